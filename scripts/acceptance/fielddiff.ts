/**
 * Full field diff of a run (acceptance "accounting" claim): every value the pipeline sent to Odoo
 * (load cells by external id, later write() values by record — captured by `ferry sample`'s capturing sink) is read back from Odoo, batched by ids per model, and compared cell by cell
 * with the read-back classification of bridge/src/core/diff-readback.ts (shared with `ferry sample`):
 * known Odoo rewrites are counted as expected, not as mismatches (a child contact's address synced
 * from its company, a URL scheme Odoo adds, HTML sanitizing, …).
 */
import type { MismatchCause } from "../../bridge/src/core/diff.ts";
import { EXPECTED_LABEL, expectedRewrite, readBackVerdicts, type ExpectedRewrite, type ReadBackTarget } from "../../bridge/src/core/diff-readback.ts";
import type { OdooClient } from "../../bridge/src/odoo/client.ts";
import type { LedgerEntry } from "../../bridge/src/run/ledger.ts";
import { capturingSink, newCapture, type Captured } from "../../bridge/src/run/sample.ts";

export { capturingSink, newCapture, type Captured };

export { EXPECTED_LABEL, expectedRewrite, type ExpectedRewrite };

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

/**
 * Reads back every record the run wrote (create/update in its ledger, outcome loaded) and judges
 * each captured cell with the product's read-back classification (bridge/src/core/diff-readback.ts,
 * the one `ferry sample` uses). `entries`: the run's ledger.
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
  const cellsOf = (model: string, id: number, xmlid: string): Record<string, string> => ({ ...(cap.sent.get(xmlid)?.model === model ? cap.sent.get(xmlid)?.cells : {}), ...(cap.written.get(`${model}:${id}`)?.cells ?? {}) });
  const list: ReadBackTarget[] = [];
  for (const [model, ids] of targets) for (const [id, xmlid] of ids) list.push({ model, id, xmlid, cells: cellsOf(model, id, xmlid) });
  const refXmlids = new Set<string>();
  for (const t of list) for (const [c, v] of Object.entries(t.cells)) if (c.endsWith("/id")) for (const r of v.split(",")) if (r) refXmlids.add(r);
  const refs = refXmlids.size ? await client.resolveXmlids([...refXmlids]) : new Map<string, { model: string; id: number }>();
  const verdicts = await readBackVerdicts(client, list, (x) => refs.get(x)?.id ?? null);
  const missing = new Set<string>();
  for (const v of verdicts) {
    if (v.cause === "record_missing") missing.add(`${v.model}:${v.id}`);
    if (v.column === "") {
      note(result, { model: v.model, xmlid: v.xmlid, id: v.id, field: "", expected: v.expected, actual: "", cause: "record_missing" });
      continue;
    }
    result.fields_compared++;
    if (v.status === "match") {
      result.equal++;
      if (v.rewrite) result.expected[v.rewrite] = (result.expected[v.rewrite] ?? 0) + 1;
    } else if (v.status === "expected" && v.rewrite) result.expected[v.rewrite] = (result.expected[v.rewrite] ?? 0) + 1;
    else note(result, { model: v.model, xmlid: v.xmlid, id: v.id, field: v.column, expected: v.expected, actual: v.actual, cause: v.cause ?? "different_value", ...(v.note ? { note: v.note } : {}) });
  }
  result.records = list.filter((t) => !missing.has(`${t.model}:${t.id}`)).length;
  return result;
}

function note(result: FieldDiffResult, m: FieldMismatch): void {
  result.mismatches.push(m);
  const byField = (result.by_cause[m.cause] ??= {});
  byField[`${m.model}.${m.field}`] = (byField[`${m.model}.${m.field}`] ?? 0) + 1;
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
