/** External-id scheme of mapping.md §1.2. */
import type { SourceSystem } from "./codes.ts";
import { sha1Hex } from "./hash.ts";

export const XMLID_MODULE: Record<SourceSystem, string> = {
  plexus: "ferry_plexus",
  planplus: "ferry_planplus",
};

/** `-` becomes `_`; any other character outside [A-Za-z0-9_] becomes `_` plus a SHA-1 suffix keeping ids distinct. */
export function sanitizeSourceId(raw: string): string {
  const id = raw.trim();
  let other = false;
  const clean = id.replace(/[^A-Za-z0-9_]/g, (ch) => {
    if (ch === "-") return "_";
    other = true;
    return "_";
  });
  return other ? `${clean}_${sha1Hex(id).slice(0, 8)}` : clean;
}

/** Name part: `<source>_<object>_<id>[_<suffix>]`, e.g. `planplus_contact_100245`. */
export function xmlidName(source: SourceSystem, object: string, sourceId: string, suffix?: string): string {
  const base = `${source}_${object}_${sanitizeSourceId(sourceId)}`;
  return suffix ? `${base}_${suffix}` : base;
}

/** Fully qualified `module.name`, as `load` takes it in an `id` or `field/id` column. */
export function xmlid(source: SourceSystem, object: string, sourceId: string, suffix?: string): string {
  return `${XMLID_MODULE[source]}.${xmlidName(source, object, sourceId, suffix)}`;
}
