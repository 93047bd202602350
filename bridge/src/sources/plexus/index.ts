/** Plexus Software: offline bundle reader, export API client, API simulator. */
export { openPlexusBundle, attachmentPath, JsonlObjectReader, jsonlLines, fileStats } from "./bundle.ts";
export type { OpenPlexusBundleOptions } from "./bundle.ts";
export { PLEXUS_OBJECTS, PLEXUS_ID_PREFIX } from "./objects.ts";
export type { PlexusObject } from "./objects.ts";
export { PlexusApiClient, PlexusApiError, parseRetryAfter } from "./api.ts";
export type { PlexusApiOptions, ApiEvent, ListOptions, TenantInfo } from "./api.ts";
export { exportBundle, openPlexusApi } from "./export.ts";
export type { ExportOptions, ExportResult, OpenPlexusApiOptions } from "./export.ts";
export { startPlexusSimulator } from "./simulator.ts";
export type { PlexusSimulator, SimulatorOptions, SimFaults, SimObjectSource } from "./simulator.ts";
export { plexusRecordSchema, tombstoneSchema, validatePlexusRecord } from "./schema.ts";
export { PLEXUS_FIELDS } from "./fields.ts";
export type { PlexusField, PlexusFieldType } from "./fields.ts";
