/**
 * The built-in mapping documents (mapping.md §3–§5) as drafts. A customer's edited/approved copy is a
 * JSON export of one of these (core/mapping/document.ts).
 */
import type { SourceSystem } from "../core/codes.ts";
import { FREE_MAIL_DOMAINS } from "../core/mapping/crossrecord.ts";
import type { MappingDoc } from "../core/mapping/schema.ts";
import { MappingDocSchema } from "../core/mapping/schema.ts";
import { PLANPLUS_VALUE_MAPS, PLEXUS_VALUE_MAPS } from "../core/mapping/valuemaps.ts";
import { PLANPLUS_OBJECTS } from "./planplus/index.ts";
import { PLEXUS_OBJECTS } from "./plexus/index.ts";

export const MAPPING_VERSION = 1;

export function defaultMapping(source: SourceSystem): MappingDoc {
  const doc: MappingDoc = {
    format: "ferry-mapping",
    source,
    version: MAPPING_VERSION,
    status: "draft",
    approvedBy: null,
    approvedAt: null,
    contentHash: null,
    options:
      source === "planplus"
        ? { freeMailDomains: [...FREE_MAIL_DOMAINS], companyInferenceMinConfidence: 0.8, reviewTagging: true }
        : { jobLinesMode: "mixed", reviewTagging: true },
    valueMaps: structuredClone(source === "planplus" ? PLANPLUS_VALUE_MAPS : PLEXUS_VALUE_MAPS),
    objects: structuredClone(source === "planplus" ? PLANPLUS_OBJECTS : PLEXUS_OBJECTS),
  };
  return MappingDocSchema.parse(doc);
}
