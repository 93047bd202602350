/** Plexus object mappings (mapping.md §3), one file per source object. */
import type { ObjectMapping } from "../../core/mapping/schema.ts";

export const PLEXUS_OBJECTS: ObjectMapping[] = [];
