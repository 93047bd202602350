/** Plexus Software: offline bundle reader, export API client, API simulator. */
export { openPlexusBundle, attachmentPath, JsonlObjectReader, jsonlLines, fileStats } from "./bundle.ts";
export type { OpenPlexusBundleOptions } from "./bundle.ts";
export { PLEXUS_OBJECTS, PLEXUS_ID_PREFIX } from "./objects.ts";
export type { PlexusObject } from "./objects.ts";
