/**
 * The sample run's field-level diff (sample_diff.csv written by `ferry sample`): one row per
 * record and field whose normalized source value differs from what Odoo holds, with the cause.
 * Header names are matched loosely so small renames in the bridge do not break the table.
 */
import { CsvChunkParser } from "../profile/csv_chunks.ts";
import { diffCauseLabel, isExpectedRewrite } from "../../../bridge/src/core/diff.ts";

export interface DiffRow {
  object: string;
  sourceId: string;
  model: string;
  resId: string;
  field: string;
  source: string;
  odoo: string;
  cause: string;
  /** The bridge's row status: match / expected (Odoo rewrote it legitimately; cause = the rule) / mismatch / not_loaded / no_write ("" when the file has none). */
  status: string;
  note: string;
}

const ALIASES: Record<keyof DiffRow, string[]> = {
  object: ["object", "source object", "source_object"],
  sourceId: ["source id", "source_id", "id"],
  model: ["model", "res_model", "odoo model"],
  resId: ["res_id", "odoo id", "record id"],
  field: ["field", "odoo field", "target field"],
  source: ["source value", "source_value", "expected", "source"],
  odoo: ["odoo value", "odoo_value", "actual", "odoo"],
  cause: ["cause", "mismatch cause", "reason", "kind"],
  status: ["status"],
  note: ["note"],
};

export function parseDiffCsv(text: string): DiffRow[] {
  const p = new CsvChunkParser();
  const records = [...p.feed(text.replace(/^\uFEFF/, "")), ...p.end()];
  const header = (records.shift() ?? []).map((h) => h.trim().toLowerCase());
  const idx = {} as Record<keyof DiffRow, number>;
  for (const key of Object.keys(ALIASES) as (keyof DiffRow)[]) idx[key] = header.findIndex((h) => ALIASES[key].includes(h));
  return (
    records
      .filter((r) => r.some((c) => c.trim() !== ""))
      .map((r) => {
        const get = (k: keyof DiffRow): string => {
          const i = idx[k];
          return i >= 0 ? (r[i] ?? "") : "";
        };
        const status = get("status");
        return { object: get("object"), sourceId: get("sourceId"), model: get("model"), resId: get("resId"), field: get("field"), source: get("source"), odoo: get("odoo"), cause: get("cause") || (status && status !== "mismatch" ? status : "differs"), status, note: get("note") };
      })
      // `ferry sample` lists every compared field; the table shows what did not land as sent.
      .filter((d) => d.status !== "match")
  );
}

export interface DiffFilter {
  object: string;
  field: string;
  cause: string;
}

export function filterDiff(rows: readonly DiffRow[], f: DiffFilter): DiffRow[] {
  const field = f.field.trim().toLowerCase();
  return rows.filter((r) => (!f.object || r.object === f.object) && (!f.cause || r.cause === f.cause) && (!field || r.field.toLowerCase().includes(field)));
}

export function distinct(rows: readonly DiffRow[], key: keyof DiffRow): string[] {
  return [...new Set(rows.map((r) => r[key]).filter(Boolean))].sort();
}

const STATUS_LABEL: Record<string, string> = { not_loaded: "not loaded", no_write: "not written (unchanged)", differs: "different value" };

/** Words for a mismatch cause or row status (the bridge's labels), e.g. "truncated in Odoo". */
export function causeLabel(cause: string): string {
  return diffCauseLabel(cause) ?? STATUS_LABEL[cause] ?? cause.replace(/_/g, " ");
}

/** Short form for the badge: the label without its parenthesis. */
export function causeShort(cause: string): string {
  return causeLabel(cause).replace(/\s*\(.*\)$/, "");
}

/** Badge colour: benign normalizations are informative, lost or unloaded values need a look. */
export function causeClass(cause: string): string {
  if (cause === "value_normalized" || cause === "no_write" || isExpectedRewrite(cause)) return "text-bg-info"; // Odoo's legitimate rewrites (status expected) are not mismatches
  if (cause === "not_loaded" || cause === "field_missing_in_odoo" || cause === "relation_not_resolved") return "text-bg-danger";
  return "text-bg-warning";
}
