/**
 * Reading back what Ferry sent to Odoo and classifying every differing value by cause — one
 * classification shared by `ferry sample` (sample_diff.csv/.html, the wizard's diff table) and the
 * acceptance harness's full field diff. A value is:
 * - `match`: equal (compareCell of diff.ts);
 * - `expected`: Odoo legitimately rewrote it to an equivalent or derived value (a rule of
 *   {@link expectedRewrite}, each precise about model, field and values);
 * - `mismatch`: anything else, with its {@link MismatchCause}.
 * Pure (no Node imports): the caller passes a client with `fieldsGet` and `read`.
 */
import { compareCell, EXPECTED_LABEL, type ExpectedRewrite, type MismatchCause } from "./diff.ts";

export { EXPECTED_LABEL, type ExpectedRewrite };

export const ADDRESS_FIELDS: ReadonlySet<string> = new Set(["street", "street2", "city", "zip", "state_id", "country_id"]);

function text(v: unknown): string {
  return v === false || v === null || v === undefined ? "" : Array.isArray(v) ? String(v[0]) : String(v);
}

/**
 * Classifies a differing cell as a known Odoo rewrite (or undefined: a real mismatch).
 * `rec`: the Odoo record (for calendar.event its rrule fields; for res.partner `type`);
 * `parent`: a contact's parent company (address fields).
 */
export function expectedRewrite(model: string, field: string, cell: string, actual: unknown, rec: Record<string, unknown>, parent?: Record<string, unknown>): ExpectedRewrite | undefined {
  const got = text(actual);
  // a contact-type child takes its company's address; any child left without one gets it filled in
  if (model === "res.partner" && ADDRESS_FIELDS.has(field) && parent && (cell === "" || rec.type === "contact" || rec.type === false || rec.type === undefined)) {
    if (text(parent[field]) === got) return "address_from_company";
  }
  // Odoo 18 computes project.task.state: without open blocking tasks a waiting task is in progress (the source status stays in the stage)
  if (model === "project.task" && field === "state" && cell === "04_waiting_normal" && got === "01_in_progress") return "task_state_computed";
  if (/(^|_)website$|_url$|^url$/.test(field) && cell !== "" && /^https?:\/\//i.test(got) && got.replace(/^https?:\/\//i, "").replace(/\/$/, "") === cell.replace(/\/$/, "")) return "url_scheme_added";
  return undefined;
}

/** Odoo field description (fields_get) as far as the diff needs it. */
export interface FieldInfo {
  type: string;
  relation?: string;
}

/** The slice of the Odoo client the read-back needs. */
export interface ReadBackClient {
  fieldsGet(model: string): Promise<Record<string, unknown>>;
  read<T = Record<string, unknown>>(model: string, ids: number[], fields?: string[], context?: Record<string, unknown>): Promise<T[]>;
}

/** One record to read back: the cells sent for it (load cells by column, write() values). */
export interface ReadBackTarget {
  model: string;
  id: number;
  xmlid: string;
  cells: Record<string, string>;
}

/** The verdict on one sent cell (or, with column "", on a record not found). */
export interface CellVerdict {
  model: string;
  id: number;
  xmlid: string;
  column: string;
  status: "match" | "expected" | "mismatch";
  cause?: MismatchCause | "record_missing";
  rewrite?: ExpectedRewrite;
  expected: string;
  actual: string;
  note?: string;
}

/** Relation ids a cell stands for: `field/id` xmlids, `field/.id` ids, write() ids or x2many command lists. */
export function relationIdsOf(column: string, cell: string, info: FieldInfo | undefined, resolveXmlid: (xmlid: string) => number | null): (number | null)[] | undefined {
  if (column.endsWith("/id")) return cell === "" ? [] : cell.split(",").map((r) => resolveXmlid(r));
  if (!info || !["many2one", "many2many", "one2many"].includes(info.type)) return column.endsWith("/.id") ? (cell === "" ? [] : cell.split(",").map((n) => (Number.isFinite(Number(n)) ? Number(n) : null))) : undefined;
  if (cell === "") return [];
  if (cell.startsWith("[")) {
    const ids: (number | null)[] = [];
    try {
      for (const c of JSON.parse(cell) as unknown[]) if (Array.isArray(c)) ids.push(...(c[0] === 6 ? (c[2] as number[]) : c[0] === 4 ? [c[1] as number] : []));
    } catch {
      return [null];
    }
    return ids;
  }
  return cell.split(",").map((n) => (Number.isFinite(Number(n)) ? Number(n) : null));
}

/** A many2one cell given by name (Odoo's name_search on load), not by id or xmlid. */
function isByName(column: string, cell: string, info: FieldInfo | undefined): boolean {
  return info?.type === "many2one" && cell !== "" && !column.endsWith("/id") && !column.endsWith("/.id") && !/^\d+$/.test(cell);
}

/** Records read for the comparison: extra fields the classification looks at. */
function extraFields(model: string, fields: Record<string, unknown>): string[] {
  if (model === "res.partner") return ["parent_id", "type"].filter((f) => f in fields);
  return [];
}

const CHUNK = 500;

/**
 * Reads every target back (batched by ids per model, archived records included) and judges each
 * sent cell. Empty x2many cells add nothing and are not compared. Verdicts come in target order.
 */
export async function readBackVerdicts(client: ReadBackClient, targets: readonly ReadBackTarget[], resolveXmlid: (xmlid: string) => number | null): Promise<CellVerdict[]> {
  const byModel = new Map<string, ReadBackTarget[]>();
  for (const t of targets) byModel.set(t.model, [...(byModel.get(t.model) ?? []), t]);
  const verdicts = new Map<ReadBackTarget, CellVerdict[]>();
  const byName: { verdict: CellVerdict; relation: string; target: number; cell: string }[] = [];
  for (const [model, list] of byModel) {
    const fields = (await client.fieldsGet(model)) as Record<string, FieldInfo>;
    const cols = new Set<string>();
    for (const t of list) for (const c of Object.keys(t.cells)) cols.add(c.split("/")[0] as string);
    const names = [...new Set([...[...cols].filter((f) => f in fields), ...extraFields(model, fields)])];
    const ids = [...new Set(list.map((t) => t.id))];
    const current = new Map<number, Record<string, unknown> & { id: number }>();
    for (let i = 0; i < ids.length; i += CHUNK) for (const r of await client.read<Record<string, unknown> & { id: number }>(model, ids.slice(i, i + CHUNK), names, { active_test: false })) current.set(r.id, r);
    // parents of child contacts (address sync)
    const parents = new Map<number, Record<string, unknown>>();
    if (model === "res.partner") {
      const pids = [...new Set([...current.values()].map((r) => (Array.isArray(r.parent_id) ? (r.parent_id[0] as number) : 0)).filter((p) => p > 0))];
      const addr = [...ADDRESS_FIELDS].filter((f) => f in fields);
      for (let i = 0; i < pids.length; i += CHUNK) for (const p of await client.read<Record<string, unknown> & { id: number }>(model, pids.slice(i, i + CHUNK), addr, { active_test: false })) parents.set(p.id, p);
    }
    for (const t of list) {
      const out: CellVerdict[] = [];
      verdicts.set(t, out);
      const base = { model, id: t.id, xmlid: t.xmlid };
      const cur = current.get(t.id);
      if (!cur) {
        out.push({ ...base, column: "", status: "mismatch", cause: "record_missing", expected: t.xmlid, actual: "", note: "record not found in Odoo" });
        continue;
      }
      const parent = Array.isArray(cur.parent_id) ? parents.get(cur.parent_id[0] as number) : undefined;
      for (const [column, cell] of Object.entries(t.cells).sort(([a], [b]) => a.localeCompare(b))) {
        const field = column.split("/")[0] as string;
        const info = fields[field];
        if (isByName(column, cell, info)) {
          const v = cur[field];
          const name = Array.isArray(v) ? String(v[1] ?? "") : "";
          const verdict: CellVerdict = { ...base, column, status: "match", expected: cell, actual: name };
          out.push(verdict);
          if (name.trim().toLowerCase() === cell.trim().toLowerCase()) continue;
          if (Array.isArray(v) && info?.relation) byName.push({ verdict, relation: info.relation, target: v[0] as number, cell });
          else Object.assign(verdict, { status: "mismatch", cause: v ? "different_value" : "relation_not_resolved" });
          continue;
        }
        const relationIds = relationIdsOf(column, cell, info, resolveXmlid);
        if (info && ["one2many", "many2many"].includes(info.type) && relationIds && relationIds.length === 0) continue; // an empty x2many cell adds nothing
        const cmp = compareCell({ type: info?.type, cell, ...(relationIds ? { relationIds } : {}) }, cur[field]);
        if (cmp.equal) {
          out.push({ ...base, column, status: "match", expected: cmp.expected, actual: cmp.actual, ...(info?.type === "html" && cell !== String(cur[field] ?? "") ? { rewrite: "html_sanitized" as const } : {}) });
          continue;
        }
        const why = expectedRewrite(model, field, cell, cur[field], cur, parent);
        if (why) {
          out.push({ ...base, column, status: "expected", rewrite: why, expected: cmp.expected, actual: cmp.actual });
          continue;
        }
        out.push({
          ...base,
          column,
          status: "mismatch",
          cause: cmp.cause ?? "different_value",
          expected: cmp.expected,
          actual: cmp.actual,
          ...(model === "res.partner" && ADDRESS_FIELDS.has(field) ? { note: `type ${String(cur.type)}, parent ${parent ? `#${String(parent.id)} ${field}=${JSON.stringify(parent[field])}` : "none"}` } : {}),
        });
      }
    }
  }
  // by-name cells whose display name differs: compare with the related record's code (countries, states)
  const byRelation = new Map<string, typeof byName>();
  for (const b of byName) byRelation.set(b.relation, [...(byRelation.get(b.relation) ?? []), b]);
  for (const [relation, list] of byRelation) {
    const rf = await client.fieldsGet(relation);
    const codes = new Map<number, string>();
    if ("code" in rf) for (const r of await client.read<{ id: number; code: string | false }>(relation, [...new Set(list.map((b) => b.target))], ["code"], { active_test: false })) codes.set(r.id, String(r.code || ""));
    for (const b of list) if ((codes.get(b.target) ?? "").toLowerCase() !== b.cell.trim().toLowerCase()) Object.assign(b.verdict, { status: "mismatch", cause: "different_value" });
  }
  return targets.flatMap((t) => verdicts.get(t) ?? []);
}
