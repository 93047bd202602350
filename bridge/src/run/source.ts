/** Opens the export named by the settings: a PlanPlus folder/zip or a Plexus bundle folder/zip. */
import { FerryError } from "../core/errors.ts";
import type { Settings } from "../cli/settings.ts";
import { openPlanPlus } from "../sources/planplus/index.ts";
import { openPlexusBundle } from "../sources/plexus/index.ts";
import type { SourceExport } from "../sources/types.ts";

export async function openSource(settings: Settings): Promise<SourceExport> {
  if (!settings.input) throw new FerryError("usage", "--input <folder or zip> is required");
  return settings.source === "plexus" ? openPlexusBundle(settings.input) : openPlanPlus(settings.input);
}
