/**
 * The sample run's field-level diff (sample_diff.csv written by `ferry sample`): one row per
 * record and field whose normalized source value differs from what Odoo holds, with the cause.
 * Header names are matched loosely so small renames in the bridge do not break the table.
 */
import { CsvChunkParser } from "../profile/csv_chunks.ts";

export interface DiffRow {
  object: string;
  sourceId: string;
  model: string;
  resId: string;
  field: string;
  source: string;
  odoo: string;
  cause: string;
  /** The bridge's row status: match / mismatch / not_loaded / no_write ("" when the file has none). */
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
