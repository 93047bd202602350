/**
 * Full field diff of a run (acceptance "accounting" claim): every value the pipeline sent to Odoo
 * (load cells by external id, later write() values by record — captured from the sink as
 * `ferry sample` does) is read back from Odoo, batched by ids per model, and compared cell by cell
 * with `compareCell` of bridge/src/core/diff.ts. Known Odoo rewrites are classified as expected, not
 * as mismatches: a child contact's address synced from its company, a URL scheme Odoo adds, HTML
 * sanitizing (compareCell already compares HTML by text).
 */
import type { MismatchCause } from "../../bridge/src/core/diff.ts";
import { compareCell } from "../../bridge/src/core/diff.ts";
import type { OdooClient } from "../../bridge/src/odoo/client.ts";
import type { LedgerEntry } from "../../bridge/src/run/ledger.ts";
import type { LoadRow, Sink } from "../../bridge/src/run/pipeline.ts";

interface Sent {
  model: string;
  cells: Record<string, string>;
}

/** What the pipeline sent: load cells by external id, write() values by `model:id`. */
export interface Captured {
  sent: Map<string, Sent>;
  written: Map<string, Sent>;
}

export function newCapture(): Captured {
  return { sent: new Map(), written: new Map() };
}

/** Wraps a sink and remembers every value it sends (later values of the same cell win). */
export function capturingSink(inner: Sink, cap: Captured): Sink {
  return {
    ...inner,
    async load(model, fields, rows: LoadRow[]) {
      const res = await inner.load(model, fields, rows);
      const landed = new Set(res.landed.filter((l) => !l.held).map((l) => l.key));
      for (const r of rows) {
        if (!landed.has(r.key)) continue;
        const prev = cap.sent.get(r.key);
        const cells: Record<string, string> = { ...(prev?.model === model ? prev.cells : {}) };
        fields.forEach((f, i) => {
          if (f !== "id") cells[f] = r.cells[i] ?? "";
        });
        cap.sent.set(r.key, { model, cells });
      }
      return res;
    },
    async write(model, ids, values) {
      await inner.write(model, ids, values);
      for (const id of ids) {
        const k = `${model}:${id}`;
        const cells: Record<string, string> = { ...(cap.written.get(k)?.cells ?? {}) };
        for (const [f, v] of Object.entries(values)) cells[f] = v === false || v === null || v === undefined ? "" : v === true ? "1" : Array.isArray(v) ? JSON.stringify(v) : String(v);
        cap.written.set(k, { model, cells });
      }
    },
  };
}

/** Why a differing value is still expected. */
export type ExpectedRewrite = "address_from_company" | "url_scheme_added" | "html_sanitized" | "task_state_computed";

export const EXPECTED_LABEL: Record<ExpectedRewrite, string> = {
  address_from_company: "child contact's address synced from its company (Odoo)",
  url_scheme_added: "http:// added to a website (Odoo)",
  html_sanitized: "HTML wrapped/sanitized by Odoo",
  task_state_computed: "task 'waiting' state reset to in progress by Odoo (it derives waiting from blocking tasks)",
};

export interface FieldMismatch {
  model: string;
  xmlid: string;
  id: number;
  field: string;
  expected: string;
  actual: string;
  cause: MismatchCause | "record_missing";
  note?: string;
}

export interface FieldDiffResult {
  records: number;
  models: number;
  fields_compared: number;
  equal: number;
  expected: Partial<Record<ExpectedRewrite, number>>;
  mismatches: FieldMismatch[];
  /** mismatches per cause → per model.field count */
  by_cause: Partial<Record<string, Record<string, number>>>;
}

const ADDRESS_FIELDS = new Set(["street", "street2", "city", "zip", "state_id", "country_id"]);
const CHUNK = 500;

/** Classifies a differing cell as a known Odoo rewrite (or undefined: a real mismatch). */
export function expectedRewrite(model: string, field: string, cell: string, actual: unknown, rec: Record<string, unknown>, parent?: Record<string, unknown>): ExpectedRewrite | undefined {
  const text = actual === false || actual === null || actual === undefined ? "" : Array.isArray(actual) ? String(actual[0]) : String(actual);
  // a contact-type child takes its company's address; any child left without one gets it filled in
  if (model === "res.partner" && ADDRESS_FIELDS.has(field) && parent && (cell === "" || rec.type === "contact" || rec.type === false || rec.type === undefined)) {
    const pv = parent[field];
    const pText = pv === false || pv === null || pv === undefined ? "" : Array.isArray(pv) ? String(pv[0]) : String(pv);
    if (pText === text) return "address_from_company";
  }
  // Odoo 18 computes project.task.state: without open blocking tasks a waiting task is in progress (the source status stays in x_ fields / the stage where Odoo keeps it)
  if (model === "project.task" && field === "state" && cell === "04_waiting_normal" && text === "01_in_progress") return "task_state_computed";
  if (/(^|_)website$|_url$|^url$/.test(field) && cell !== "" && /^https?:\/\//i.test(text) && text.replace(/^https?:\/\//i, "").replace(/\/$/, "") === cell.replace(/\/$/, "")) return "url_scheme_added";
  return undefined;
}

/**
 * Reads back every record the run wrote (create/update in its ledger, outcome loaded) and compares
 * each captured cell. `entries`: the run's ledger.
 */
export async function fullFieldDiff(client: OdooClient, entries: readonly LedgerEntry[], cap: Captured): Promise<FieldDiffResult> {
  // model → id → xmlid (the record's first external id in the ledger)
  const targets = new Map<string, Map<number, string>>();
  for (const e of entries) {
    if (!e.xmlid || !e.model || e.res_id === undefined || e.outcome !== "loaded" || (e.operation !== "create" && e.operation !== "update")) continue;
    if (e.phase === "provision") continue; // ir.model.fields: checked by the provision line
    const m = targets.get(e.model) ?? new Map<number, string>();
    if (!m.has(e.res_id)) m.set(e.res_id, e.xmlid);
    targets.set(e.model, m);
  }
  const result: FieldDiffResult = { records: 0, models: targets.size, fields_compared: 0, equal: 0, expected: {}, mismatches: [], by_cause: {} };
  const refXmlids = new Set<string>();
  const byName: { model: string; xmlid: string; id: number; field: string; cell: string; relation: string; target: number; name: string }[] = [];
  const cellsOf = (model: string, id: number, xmlid: string): Record<string, string> => ({ ...(cap.sent.get(xmlid)?.model === model ? cap.sent.get(xmlid)?.cells : {}), ...(cap.written.get(`${model}:${id}`)?.cells ?? {}) });
  for (const [model, ids] of targets) for (const [id, x] of ids) for (const [c, v] of Object.entries(cellsOf(model, id, x))) if (c.endsWith("/id")) for (const r of v.split(",")) if (r) refXmlids.add(r);
  const refs = refXmlids.size ? await client.resolveXmlids([...refXmlids]) : new Map<string, { model: string; id: number }>();
  const note = (m: FieldMismatch) => {
    result.mismatches.push(m);
    const byField = (result.by_cause[m.cause] ??= {});
    byField[`${m.model}.${m.field}`] = (byField[`${m.model}.${m.field}`] ?? 0) + 1;
  };
  for (const [model, ids] of targets) {
    const fields = (await client.fieldsGet(model)) as Record<string, { type: string; relation?: string }>;
    const cols = new Set<string>();
    for (const [id, x] of ids) for (const c of Object.keys(cellsOf(model, id, x))) cols.add(c.split("/")[0] as string);
    const names = [...cols].filter((f) => f in fields);
    if (model === "res.partner") for (const f of ["parent_id", "type"]) if (!names.includes(f)) names.push(f);
    const idList = [...ids.keys()];
    for (let i = 0; i < idList.length; i += CHUNK) {
      const chunk = idList.slice(i, i + CHUNK);
      const rows = await client.read<Record<string, unknown> & { id: number }>(model, chunk, names, { active_test: false });
      const byId = new Map(rows.map((r) => [r.id, r]));
      // parents of child contacts (address sync)
      const parents = new Map<number, Record<string, unknown>>();
      if (model === "res.partner") {
        const pids = [...new Set(rows.map((r) => (Array.isArray(r.parent_id) ? (r.parent_id[0] as number) : 0)).filter((p) => p > 0))];
        if (pids.length) for (const p of await client.read<Record<string, unknown> & { id: number }>(model, pids, [...ADDRESS_FIELDS].filter((f) => f in fields), { active_test: false })) parents.set(p.id, p);
      }
      for (const id of chunk) {
        const xmlid = ids.get(id) as string;
        const cur = byId.get(id);
        if (!cur) {
          note({ model, xmlid, id, field: "", expected: xmlid, actual: "", cause: "record_missing" });
          continue;
        }
        result.records++;
        const parent = Array.isArray(cur.parent_id) ? parents.get(cur.parent_id[0] as number) : undefined;
        for (const [col, cell] of Object.entries(cellsOf(model, id, xmlid))) {
          const field = col.split("/")[0] as string;
          const info = fields[field];
          let relationIds: (number | null)[] | undefined;
          if (col.endsWith("/id")) relationIds = cell === "" ? [] : cell.split(",").map((r) => refs.get(r)?.id ?? null);
          else if (info?.type === "many2one" && cell !== "" && !col.endsWith("/.id") && !/^\d+$/.test(cell)) {
            // a by-name relation cell (Odoo's name_search on load): the record's name, or its code
            const v = cur[field];
            const name = Array.isArray(v) ? String(v[1] ?? "") : "";
            result.fields_compared++;
            if (name.trim().toLowerCase() === cell.trim().toLowerCase()) result.equal++;
            else if (Array.isArray(v) && info.relation) byName.push({ model, xmlid, id, field: col, cell, relation: info.relation, target: v[0] as number, name });
            else note({ model, xmlid, id, field: col, expected: cell, actual: name, cause: v ? "different_value" : "relation_not_resolved" });
            continue;
          } else if (info && ["many2one", "many2many", "one2many"].includes(info.type)) {
            // write() values: an id, or an x2many command list ([[6,0,[ids]]], [[4,id]])
            let ids2: (number | null)[] = [];
            if (cell.startsWith("[")) {
              try {
                const cmds = JSON.parse(cell) as unknown[];
                for (const c of cmds) if (Array.isArray(c)) ids2.push(...(c[0] === 6 ? (c[2] as number[]) : c[0] === 4 ? [c[1] as number] : []));
              } catch {
                ids2 = [null];
              }
            } else if (cell !== "") ids2 = cell.split(",").map((n) => (Number.isFinite(Number(n)) ? Number(n) : null));
            relationIds = ids2;
          }
          if (info && ["one2many", "many2many"].includes(info.type) && relationIds && relationIds.length === 0) continue; // an empty x2many cell adds nothing
          const cmp = compareCell({ type: info?.type, cell, ...(relationIds ? { relationIds } : {}) }, cur[field]);
          result.fields_compared++;
          if (cmp.equal) {
            result.equal++;
            if (info?.type === "html" && cell !== String(cur[field] ?? "")) result.expected.html_sanitized = (result.expected.html_sanitized ?? 0) + 1;
            continue;
          }
          const why = expectedRewrite(model, field, cell, cur[field], cur, parent);
          if (why) {
            result.expected[why] = (result.expected[why] ?? 0) + 1;
            continue;
          }
          note({ model, xmlid, id, field: col, expected: cmp.expected, actual: cmp.actual, cause: cmp.cause ?? "different_value", ...(model === "res.partner" && ADDRESS_FIELDS.has(field) ? { note: `type ${String(cur.type)}, parent ${parent ? `#${String(parent.id)} ${field}=${JSON.stringify(parent[field])}` : "none"}` } : {}) });
        }
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
    for (const b of list) {
      if ((codes.get(b.target) ?? "").toLowerCase() === b.cell.trim().toLowerCase()) result.equal++;
      else note({ model: b.model, xmlid: b.xmlid, id: b.id, field: b.field, expected: b.cell, actual: b.name, cause: "different_value" });
    }
  }
  return result;
}

/** Mismatch details grouped by cause (first examples of each model.field). */
export function describeMismatches(r: FieldDiffResult, perCause = 8): string[] {
  const out: string[] = [];
  for (const [cause, byField] of Object.entries(r.by_cause)) {
    const total = Object.values(byField ?? {}).reduce((a, b) => a + b, 0);
    out.push(`${cause} (${total}): ${Object.entries(byField ?? {}).map(([f, n]) => `${f} ×${n}`).join(", ")}`);
    for (const m of r.mismatches.filter((x) => x.cause === cause).slice(0, perCause)) out.push(`  ${m.xmlid} ${m.field}: sent ${JSON.stringify(m.expected.slice(0, 80))}, Odoo ${JSON.stringify(m.actual.slice(0, 80))}${m.note ? ` (${m.note})` : ""}`);
  }
  return out;
}
