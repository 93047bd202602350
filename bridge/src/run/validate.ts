/**
 * `ferry validate` (issue 7): checks a finished run against Odoo — rows by object (source = landed +
 * rejected + skipped, from reconciliation.json), records by model (the Ferry module's external ids
 * and the records behind them), empty links where the source had a value (null foreign keys), custom
 * field fill rates source vs Odoo, owner summary, rejects by reason.
 *
 * Checks are derived from the mapping document: each object's `reference` table says where every
 * source column lands (`model.field`); many2one fields give the link checks, `x_` fields the fill rates.
 */
import { getPath } from "../core/mapping/engine.ts";
import { readFile, readdir, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parse } from "csv-parse/sync";
import type { SourceSystem } from "../core/codes.ts";
import { FerryError } from "../core/errors.ts";
import type { TargetProfile } from "../core/mapping/context.ts";
import type { MappingDoc, ObjectMapping } from "../core/mapping/schema.ts";
import { sumValues, type ObjectReconciliation } from "../core/reconcile.ts";
import type { FillRate, NullFkCheck, ValidationModel, ValidationObject, ValidationReport } from "../core/validate-report.ts";
import { XMLID_MODULE, xmlid } from "../core/xmlid.ts";
import { customFieldName } from "../core/mapping/customfields.ts";
import { nameKey } from "../core/normalize/names.ts";
import type { OdooClient } from "../odoo/client.ts";
import type { SourceExport } from "../sources/types.ts";
import type { Reconciliation } from "./session.ts";
import { mappingModels } from "./steps.ts";

export async function readReconciliation(runDir: string): Promise<Reconciliation> {
  try {
    return JSON.parse(await readFile(join(runDir, "reconciliation.json"), "utf8")) as Reconciliation;
  } catch (e) {
    throw new FerryError("usage", `${runDir} is not a finished run folder (reconciliation.json: ${(e as Error).message})`, { file: join(runDir, "reconciliation.json") });
  }
}

/** The newest run folder under `root` whose reconciliation.json is a real (not `plan`) run. */
export async function latestRunDir(root = "runs"): Promise<string | undefined> {
  let best: { dir: string; mtime: number } | undefined;
  let names: string[] = [];
  try {
    names = await readdir(root);
  } catch {
    return undefined;
  }
  for (const n of names) {
    const dir = join(root, n);
    try {
      const st = await stat(join(dir, "reconciliation.json"));
      const rec = JSON.parse(await readFile(join(dir, "reconciliation.json"), "utf8")) as { kind?: string };
      if (rec.kind === "plan") continue;
      if (!best || st.mtimeMs > best.mtime) best = { dir, mtime: st.mtimeMs };
    } catch {
      /* not a run folder */
    }
  }
  return best?.dir;
}

type CsvRow = Record<string, string>;
async function readCsv(file: string): Promise<CsvRow[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return [];
  }
  return parse(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as CsvRow[];
}

function emptyValue(v: unknown): boolean {
  return v === null || v === undefined || v === false || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0);
}

/** How to find the Odoo record a row of `om` writes `model` on, and where a column's link points. */
interface FieldCheck {
  object: string;
  model: string;
  field: string;
  type: string;
  relation?: string;
  columns: string[];
  /** Record carrying the field: xmlid of the row via this object's target, or via an id column naming another object's row. */
  recordOf: (row: Record<string, unknown>, id: string) => string | null;
  /** Columns naming another object's row (their xmlid object), for "parent not loaded". */
  parents: { column: string; xmlidObject: string }[];
}

function mainTarget(om: ObjectMapping, model?: string): ObjectMapping["targets"][number] | undefined {
  const ts = om.targets.filter((t) => (model ? t.model === model : true) && !t.xmlidSuffix);
  return ts.find((t) => t.name === "main") ?? ts[0];
}

/** Link (many2one) and custom (`x_`) field checks read off the mapping's reference tables. */
export function fieldChecks(doc: MappingDoc, profile: TargetProfile, variants: Map<string, string | null> = new Map()): FieldCheck[] {
  const source = doc.source;
  const byIdField = new Map<string, ObjectMapping>();
  for (const om of doc.objects) if (om.kind === "records" && mainTarget(om)) byIdField.set(`${om.idField}\u0000${mainTarget(om)!.model}`, om);
  const out = new Map<string, FieldCheck>();
  for (const om of doc.objects) {
    if (om.kind !== "records" || !om.reference) continue;
    const variant = variants.get(om.object);
    for (const [column, ref] of Object.entries(om.reference)) {
      const dot = ref.lastIndexOf(".");
      if (dot <= 0) continue;
      const model = ref.slice(0, dot);
      const field = ref.slice(dot + 1);
      if (field === "id") continue;
      const info = profile.fields[model]?.[field];
      if (!info) continue;
      const isLink = info.type === "many2one";
      const isCustom = field.startsWith("x_") && info.type !== "many2many" && info.type !== "one2many";
      if (!isLink && !isCustom) continue;
      const key = `${om.object}\u0000${model}\u0000${field}`;
      const existing = out.get(key);
      if (existing) {
        existing.columns.push(column);
        continue;
      }
      let recordOf: FieldCheck["recordOf"] | undefined;
      const own = om.targets.filter((t) => t.model === model && !t.xmlidSuffix && (t.variant === undefined || variant === undefined || t.variant === variant));
      const t = own.find((x) => x.name === "main") ?? own[0];
      if (t) recordOf = (_row, id) => xmlid(source, t.xmlidObject, id);
      else {
        // a row that writes onto another object's record: its reference names that object's id column (`Contact ID` → res.partner.id)
        const idCol = Object.entries(om.reference).find(([, r]) => r === `${model}.id`)?.[0];
        const other = idCol ? byIdField.get(`${idCol}\u0000${model}`) : undefined;
        const ot = other ? mainTarget(other, model) : undefined;
        if (idCol && ot) recordOf = (row) => (emptyValue(getPath(row, idCol)) ? null : xmlid(source, ot.xmlidObject, String(getPath(row, idCol))));
      }
      if (!recordOf) continue;
      out.set(key, { object: om.object, model, field, type: info.type, ...(info.relation ? { relation: info.relation } : {}), columns: [column], recordOf, parents: [] });
    }
  }
  // where each link column points (for "parent not loaded"): the mapping's lookup rule, else the object
  // whose id column has that name (PlanPlus `Company ID`), else the object named after it (Plexus `job_line_id` → job_lines)
  for (const c of out.values()) {
    if (c.type !== "many2one" || !c.relation) continue;
    const om = doc.objects.find((o) => o.object === c.object);
    for (const column of c.columns) {
      const lookup = om?.fields.find((r) => r.kind === "lookup_xmlid" && r.from === column) as { object: string } | undefined;
      let xmlidObject = lookup?.object;
      if (!xmlidObject) {
        const byId = byIdField.get(`${column}\u0000${c.relation}`);
        const named = doc.objects.find((o) => o.object === `${column.replace(/_ids?$/, "")}s`);
        const parent = byId ?? named;
        const pt = parent ? mainTarget(parent, c.relation) : undefined;
        xmlidObject = pt?.xmlidObject;
      }
      if (xmlidObject) c.parents.push({ column, xmlidObject });
    }
  }
  return [...out.values()];
}

/** The link has a value in the source: a non-empty, non-boolean cell in one of the check's columns. */
function linkValue(v: unknown): boolean {
  return !emptyValue(v) && typeof v !== "boolean";
}

function parentXmlids(source: SourceSystem, c: FieldCheck, row: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const p of c.parents) {
    const v = getPath(row, p.column);
    if (linkValue(v)) out.push(xmlid(source, p.xmlidObject, String(v)));
  }
  return out;
}

/** One custom value of a source row: the record it lands on and its `x_` field. */
interface CustomValue {
  xmlid: string;
  value: unknown;
  model: string;
  field: string;
}

/**
 * Custom values that are not columns of their own (PlanPlus custom_fields.csv rows, Plexus nested
 * `custom_fields` objects), with the record and the inferred field (customFieldName) they land on.
 */
function customValueExtractors(doc: MappingDoc): Map<string, (row: Record<string, unknown>, id: string) => CustomValue[]> {
  const out = new Map<string, (row: Record<string, unknown>, id: string) => CustomValue[]>();
  const source = doc.source;
  const objectByName = (k: string): ObjectMapping | undefined => doc.objects.find((o) => o.object === `${k}s` || o.object === k.replace(/y$/, "ies"));
  for (const om of doc.objects) {
    const uses = om.fields.some((r) => r.kind === "computed" && r.compute === "pp_custom_value");
    if (uses && source === "planplus") {
      out.set(om.object, (row) => {
        const v = row["Value"];
        if (emptyValue(v)) return [];
        const target = objectByName(nameKey(String(row["Object"] ?? "")));
        const t = target ? mainTarget(target) : undefined;
        const rid = row["Record ID"];
        if (!t || emptyValue(rid)) return [];
        return [{ xmlid: xmlid(source, t.xmlidObject, String(rid)), value: v, model: t.model, field: customFieldName("x_pp_", String(row["Field Label"] ?? "")) }];
      });
    }
    const px = om.fields.find((r) => r.kind === "computed" && r.compute === "px_custom_fields") as { args?: Record<string, unknown> } | undefined;
    if (px && source === "plexus") {
      const model = String(px.args?.["model"] ?? mainTarget(om)?.model ?? "");
      const t = mainTarget(om, model);
      if (!t) continue;
      out.set(om.object, (row, id) => {
        const cfs = row["custom_fields"];
        if (!cfs || typeof cfs !== "object") return [];
        return Object.entries(cfs as Record<string, unknown>)
          .filter(([, v]) => !emptyValue(v))
          .map(([k, v]) => ({ xmlid: xmlid(source, t.xmlidObject, id), value: v, model, field: customFieldName("x_plexus_", k) }));
      });
    }
  }
  return out;
}

const CHUNK = 1000;

async function readField(client: OdooClient, model: string, ids: number[], field: string): Promise<Map<number, unknown>> {
  const out = new Map<number, unknown>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await client.searchRead<Record<string, unknown> & { id: number }>(model, [["id", "in", ids.slice(i, i + CHUNK)]], { fields: [field], context: { active_test: false } });
    for (const r of rows) out.set(r.id, r[field]);
  }
  return out;
}

function truthy(v: unknown): boolean {
  if (typeof v === "boolean") return v;
  return ["true", "yes", "y", "1", "x"].includes(String(v ?? "").trim().toLowerCase());
}

export interface ValidateInput {
  client: OdooClient;
  runDir: string;
  doc: MappingDoc;
  profile: TargetProfile;
  /** Source export (link checks and fill rates need the source values). */
  exp?: SourceExport;
  /** Module fallback chosen per object (preflight). */
  variants?: Map<string, string | null>;
  threshold?: number;
  /** Called with the step in progress (progress line on a terminal). */
  progress?: (step: string) => void;
}

export async function validateRun(input: ValidateInput): Promise<ValidationReport> {
  const { client, runDir, doc } = input;
  const rec = await readReconciliation(runDir);
  const source = rec.source as SourceSystem;
  const threshold = input.threshold ?? 0.01;
  const problems: string[] = [];
  const notes: string[] = [];

  const objects: ValidationObject[] = rec.objects.map((o: ObjectReconciliation) => {
    const rejected = sumValues(o.rejected);
    const skipped = sumValues(o.skipped);
    const other = o.merged + o.documented + o.validated;
    const balanced = o.source_count === o.loaded + rejected + skipped + other;
    if (!balanced) problems.push(`${o.object}: source ${o.source_count} ≠ landed ${o.loaded} + rejected ${rejected} + skipped ${skipped}${other ? ` + other ${other}` : ""}`);
    return { object: o.object, source_count: o.source_count, landed: o.loaded, rejected, skipped, other, balanced, rejected_by: o.rejected, skipped_by: o.skipped };
  });

  // records by model
  const models: ValidationModel[] = [];
  const module = XMLID_MODULE[source];
  for (const model of [...new Set([...mappingModels(doc), ...Object.keys(rec.odoo_records ?? {})])].sort()) {
    if (!input.profile.fields[model]) continue;
    input.progress?.(`counting ${model}`);
    const resIds: number[] = [];
    for (let offset = 0; ; offset += 5000) {
      const page = await client.searchRead<{ res_id: number }>("ir.model.data", [["module", "=", module], ["model", "=", model]], { fields: ["res_id"], offset, limit: 5000, order: "id" });
      resIds.push(...page.map((p) => p.res_id));
      if (page.length < 5000) break;
    }
    const expected = rec.odoo_records?.[model] ?? null;
    if (resIds.length === 0 && !expected) continue;
    let existing = 0;
    let active = 0;
    const hasActive = "active" in (input.profile.fields[model] ?? {});
    for (let i = 0; i < resIds.length; i += 5000) {
      const chunk = resIds.slice(i, i + 5000);
      existing += await client.searchCount(model, [["id", "in", chunk]], { active_test: false });
      active += hasActive ? await client.searchCount(model, [["id", "in", chunk], ["active", "=", true]], { active_test: false }) : 0;
    }
    if (!hasActive) active = existing;
    const missing = resIds.length - existing;
    const ok = missing === 0 && (expected === null || Math.abs(existing - expected) <= Math.max(expected, 1) * threshold);
    if (missing) problems.push(`${model}: ${missing} external id(s) point to deleted records`);
    if (!ok && !missing) problems.push(`${model}: ${existing} records in Odoo, the run expected ${expected}`);
    models.push({ model, expected, xmlids: resIds.length, active, missing, ok });
  }

  // link and custom-field checks (need the source rows)
  const nullFk: NullFkCheck[] = [];
  const fillRates: FillRate[] = [];
  if (input.exp) {
    const rejected = new Set((await readCsv(join(runDir, "rejected_rows.csv"))).map((r) => `${r["Object"]}\u0000${r["Source ID"]}`));
    const flagged = new Map<string, Set<string>>(); // object \0 id → columns flagged
    for (const r of await readCsv(join(runDir, "flagged_rows.csv"))) {
      const k = `${r["Object"]}\u0000${r["Source ID"]}`;
      const s = flagged.get(k) ?? new Set<string>();
      s.add(r["Field"] ?? "");
      flagged.set(k, s);
    }
    const checks = fieldChecks(doc, input.profile, input.variants);
    const byObject = new Map<string, FieldCheck[]>();
    for (const c of checks) byObject.set(c.object, [...(byObject.get(c.object) ?? []), c]);
    for (const [object, cs] of byObject) {
      const reader = input.exp.objects.get(object);
      if (!reader) continue;
      input.progress?.(`checking links and fields of ${object}`);
      // rows that landed (not rejected/skipped) and the values we need, per check
      const rows: { id: string; rec: (string | null)[]; parent: string[][]; had: boolean[]; truthy: boolean[] }[] = [];
      for await (const it of reader.read()) {
        if (it.kind !== "record" || rejected.has(`${object}\u0000${it.record.id}`)) continue;
        const d = it.record.data;
        rows.push({
          id: it.record.id,
          rec: cs.map((c) => c.recordOf(d, it.record.id)),
          parent: cs.map((c) => parentXmlids(source, c, d)),
          had: cs.map((c) => (c.type === "many2one" ? c.columns.some((col) => linkValue(getPath(d, col))) : c.columns.some((col) => !emptyValue(getPath(d, col))))),
          truthy: cs.map((c) => c.columns.some((col) => truthy(getPath(d, col)))),
        });
      }
      const xmlids = new Set<string>();
      for (const r of rows) for (let i = 0; i < cs.length; i++) {
        if (r.rec[i]) xmlids.add(r.rec[i]!);
        for (const p of r.parent[i] ?? []) xmlids.add(p);
      }
      const resolved = await client.resolveXmlids([...xmlids]);
      for (let i = 0; i < cs.length; i++) {
        const c = cs[i]!;
        const ids = [...new Set(rows.map((r) => (r.rec[i] ? resolved.get(r.rec[i]!) : undefined)).filter((x) => x && x.model === c.model).map((x) => x!.id))];
        const values = await readField(client, c.model, ids, c.field);
        const isLink = c.type === "many2one";
        let checked = 0;
        let empty = 0;
        let explained = 0;
        const examples: string[] = [];
        let srcFilled = 0;
        let odooFilled = 0;
        let landed = 0;
        for (const r of rows) {
          const x = r.rec[i] ? resolved.get(r.rec[i]!) : undefined;
          if (!x || x.model !== c.model || !values.has(x.id)) continue;
          const v = values.get(x.id);
          landed++;
          if (c.type === "boolean") {
            if (r.truthy[i]) srcFilled++;
            if (v === true) odooFilled++;
          } else {
            if (r.had[i]) srcFilled++;
            if (!emptyValue(v)) odooFilled++;
          }
          if (!isLink || !r.had[i]) continue;
          checked++;
          if (!emptyValue(v)) continue;
          const parentGone = (r.parent[i] ?? []).some((p) => !resolved.has(p));
          const cols = flagged.get(`${object}\u0000${r.id}`);
          const flaggedCol = cols !== undefined && c.columns.some((col) => cols.has(col) || cols.has(c.field));
          if (parentGone || flaggedCol) explained++;
          else {
            empty++;
            if (examples.length < 5) examples.push(r.id);
          }
        }
        if (isLink && checked > 0) {
          const relLabel = c.relation ? ` (${c.relation})` : "";
          nullFk.push({ object, model: c.model, field: c.field, label: `${c.model}.${c.field}${relLabel} empty where ${object}.${c.columns.join(" / ")} had a value`, checked, empty, explained, examples });
          if (empty > 0) problems.push(`${object}: ${empty} ${c.model} record(s) without ${c.field} although the source had ${c.columns.join(" / ")} (e.g. ${examples.join(", ")})`);
        }
        if (c.field.startsWith("x_") && landed > 0) {
          fillRates.push({ object, model: c.model, field: c.field, source_column: c.columns.join(" / "), source_filled: srcFilled, source_rows: landed, odoo_filled: odooFilled, odoo_records: landed });
          if (odooFilled < srcFilled) notes.push(`${c.model}.${c.field}: filled on ${odooFilled} records, the source had ${srcFilled}`);
        }
      }
    }
    // custom values held in their own rows / nested objects: distinct records with a value vs records filled in Odoo
    for (const [object, extract] of customValueExtractors(doc)) {
      const reader = input.exp.objects.get(object);
      if (!reader) continue;
      input.progress?.(`checking custom values of ${object}`);
      const wanted = new Map<string, { model: string; field: string; xmlids: Set<string>; truthy: Set<string> }>();
      for await (const it of reader.read()) {
        if (it.kind !== "record" || rejected.has(`${object}\u0000${it.record.id}`)) continue;
        for (const cv of extract(it.record.data, it.record.id)) {
          const k = `${cv.model}.${cv.field}`;
          const e = wanted.get(k) ?? { model: cv.model, field: cv.field, xmlids: new Set<string>(), truthy: new Set<string>() };
          e.xmlids.add(cv.xmlid);
          if (truthy(cv.value)) e.truthy.add(cv.xmlid);
          wanted.set(k, e);
        }
      }
      const resolved = await client.resolveXmlids([...wanted.values()].flatMap((w) => [...w.xmlids]));
      for (const w of [...wanted.values()].sort((a, b) => `${a.model}.${a.field}`.localeCompare(`${b.model}.${b.field}`))) {
        if (!input.profile.fields[w.model]) continue;
        const ids = [...w.xmlids].map((x) => resolved.get(x)).filter((x) => x && x.model === w.model).map((x) => x!.id);
        let filled = 0;
        const info = (await client.fieldsGet(w.model))[w.field];
        // a checkbox counts as filled when it is ticked, on both sides
        const srcFilled = info?.type === "boolean" ? [...w.truthy].filter((x) => resolved.get(x)?.model === w.model).length : ids.length;
        if (info) {
          const values = await readField(client, w.model, ids, w.field);
          for (const v of values.values()) if (!emptyValue(v)) filled++;
        }
        fillRates.push({ object, model: w.model, field: w.field, source_column: object === "custom_fields" ? "custom_fields.csv Value" : `custom_fields.${w.field.replace(/^x_plexus_/, "")}`, source_filled: srcFilled, source_rows: ids.length, odoo_filled: filled, odoo_records: ids.length });
        if (!info) notes.push(`${w.model}.${w.field}: the field does not exist in Odoo (${ids.length} records had a value)`);
        else if (filled !== srcFilled) notes.push(`${w.model}.${w.field}: ${info.type === "boolean" ? "ticked" : "filled"} on ${filled} records, the source had ${srcFilled}`);
      }
    }
  } else {
    notes.push("no --input: link checks and fill rates need the source export and were skipped");
  }

  // owners: the run folder's owners.json if `ferry owners` wrote one there, and the owner flags of the run
  const flaggedRows: Record<string, number> = {};
  for (const o of rec.objects) for (const [k, v] of Object.entries(o.flagged)) if (k.startsWith("owner_") || k === "employee_user_unmatched") flaggedRows[k] = (flaggedRows[k] ?? 0) + v;
  let ownerSummary: Record<string, number> = {};
  // `ferry owners` writes to the run folder with --out, else to runs/owners-<source>/ beside the runs
  for (const f of [join(runDir, "owners.json"), join(dirname(runDir), `owners-${source}`, "owners.json")]) {
    try {
      const ow = JSON.parse(await readFile(f, "utf8")) as { summary?: Record<string, number> };
      ownerSummary = ow.summary ?? {};
      break;
    } catch {
      /* no owner report there */
    }
  }

  const rejectsByReason: ValidationReport["rejects_by_reason"] = [];
  for (const o of rec.objects) {
    for (const [code, count] of Object.entries(o.rejected)) if (count) rejectsByReason.push({ object: o.object, outcome: "rejected", code, count });
    for (const [code, count] of Object.entries(o.skipped)) if (count) rejectsByReason.push({ object: o.object, outcome: "skipped", code, count });
  }

  return {
    source,
    run: rec.run,
    run_dir: runDir,
    generated_at: new Date().toISOString(),
    target: `${client.url} db ${client.db} (Odoo ${client.version.server_version})`,
    objects,
    models,
    null_fk: nullFk,
    fill_rates: fillRates,
    owners: { summary: ownerSummary, flagged_rows: flaggedRows },
    rejects_by_reason: rejectsByReason,
    ok: problems.length === 0,
    problems,
    notes,
  };
}
