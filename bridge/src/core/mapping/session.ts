/**
 * A mapping session: the run layer's handle on the engine for one run.
 *
 *   const session = new MappingSession(ctx);                 // ctx from createMapContext(...)
 *   for (const om of session.objects()) {                    // load order §1.3 (fallback variants applied)
 *     for (const dep of session.readBefore(om.object))       // later objects a prepass needs (links before contacts)
 *       for (const r of read(dep)) session.register(dep, r);
 *     for (const r of read(om.object)) session.register(om.object, r);
 *     session.prepare(om.object);                            // cross-record passes (parents, duplicates, cycles)
 *     for (const r of read(om.object)) { const res = session.map(om.object, r); … write res.outputs …
 *                                        if Odoo refused: session.onOutcome(om.object, r.id, "rejected") }
 *     extra = session.finish(om.object);                     // second-pass outputs (task parents, job-line tables)
 *   }
 *   session.documents()                                      // workflow rebuild reference, sync handoff, custom-field checklist
 *
 * Memory: per object the session keeps registered row numbers (a bitset) and the winning row per id
 * (typed arrays, rowbook.ts), plus, for objects whose cross-record passes read rows, the winning rows
 * cut down to the cells those passes read (PASS_READS). All of it is dropped at `finish(object)`;
 * a later read of that object registers its rows afresh (same winners, same pass results).
 */
import type { Outcome, RowIssue } from "../codes.ts";
import { receiptMissing } from "./computes-plexus.ts";
import { nameKey, normalizeEmail, parsePlanPlusDateTime } from "../normalize/index.ts";
import type { MapContext, SourceRecord } from "./context.ts";
import { mapRecord } from "./engine.ts";
import { registry } from "./registry.ts";
import type { Condition, ObjectMapping } from "./schema.ts";
import { RowSet, WinnerTable } from "./rowbook.ts";
import type { MapOutput, MapResult } from "./types.ts";

/** Objects whose rows later objects read (kept in the lookup index). */
const KEEP_ROWS: Record<string, ReadonlySet<string>> = {
  planplus: new Set(["users", "companies", "contact_company_links", "deal_stages", "projects", "milestones", "tasks", "deals", "custom_fields"]),
  plexus: new Set([
    "users",
    "employees",
    "customers",
    "work_order_groups",
    "work_orders",
    "job_lines",
    "quotes",
    "tax_codes",
    "expense_categories",
    "custom_field_definitions",
    "attachments",
    "expenses",
    "schedules",
  ]),
};

/** Named indexes built while registering rows: object → (index name, key of a row). */
type Indexer = [string, (d: Record<string, unknown>) => string | null];
const INDEXERS: Record<string, Indexer[]> = {
  "planplus:contacts": [["contact_email", (d) => normalizeEmail(str(d["E-mail Address"])).email]],
  "planplus:companies": [["company_name", (d) => nameKey(str(d["Company Name"])) || null]],
  "planplus:projects": [["project_name", (d) => nameKey(str(d["Project Name"])) || null]],
  "planplus:deal_stages": [["stage_name", (d) => nameKey(str(d["Stage Name"])) || null]],
  "plexus:customers": [["customer_email", (d) => normalizeEmail(str((d["primary_contact"] as Record<string, unknown> | null)?.["email"])).email]],
};

/**
 * A kept cell (or index key) as its own string. A CSV cell cut from a decoded read chunk is a V8 sliced
 * string that keeps the whole chunk (64 KiB) alive: kept for every row, cells hold the whole file's text.
 * Measured on a 50k-row contacts.csv (10.7 MB) read by the PlanPlus reader: one kept e-mail per row held
 * 12.4 MB as read, 4.2 MB copied; the session after registering all contacts 37.5 MB → 29.2 MB, the
 * index after finish 24.7 MB → 16.4 MB.
 */
function detach(v: unknown): unknown {
  return typeof v === "string" && v.length >= 13 ? (" " + v).slice(1) : v;
}

function str(v: unknown): string | null {
  if (v === null || v === undefined || typeof v === "object") return null;
  const t = String(v).trim();
  return t === "" ? null : t;
}

/**
 * What each cross-record pass reads of the rows it is given (top-level keys of `record.data`), so the
 * session keeps only those cells until the pass runs; `checks`: it also evaluates the object's
 * skips/rejects (passesChecks), whose fields are added. "none": it reads no rows (it works from the
 * lookup index). A pass not listed here is given whole rows.
 */
const PASS_READS: Record<string, { columns: string[]; checks: boolean } | "none"> = {
  pp_contact_parents: { columns: ["Company", "E-mail Address"], checks: true },
  pp_task_parents: { columns: ["Parent Task ID", "Status", "Completed Date"], checks: true },
  pp_project_milestones: "none",
  pp_custom_field_inference: { columns: ["Value", "Object", "Field Label", "Field Type"], checks: false },
  px_custom_drift: { columns: ["type", "deleted", "key", "applies_to", "options"], checks: false },
  px_customer_email_dup: { columns: ["primary_contact"], checks: true },
  px_wo_schedule_window: "none",
};

/** Cells a skip/reject predicate reads (top-level keys); a predicate not listed here makes the pass keep whole rows. */
const PREDICATE_READS: Record<string, string[]> = {
  pp_contact_missing_required: ["First Name", "Last Name", "E-mail Address", "Company"],
  px_individual_without_name: ["company_name", "primary_contact"],
};

/** Keys of `data` a condition reads (the exact field text and its first dot segment), or null when unknown. */
function conditionKeys(c: Condition, into: Set<string>): boolean {
  switch (c.op) {
    case "all":
    case "any":
      return c.of.every((x) => conditionKeys(x, into));
    case "not":
      return conditionKeys(c.of, into);
    case "predicate": {
      const cols = PREDICATE_READS[c.name];
      if (!cols) return false;
      for (const k of cols) into.add(k);
      return true;
    }
    default:
      into.add(c.field);
      into.add(c.field.split(".")[0] ?? c.field);
      return true;
  }
}

/**
 * How rows are kept for an object's passes: null = not at all (no pass reads rows), "whole" = as read,
 * else the list of keys to keep.
 */
function passView(om: ObjectMapping | undefined): null | "whole" | string[] {
  const passes = om?.prepass ?? [];
  if (!om || passes.length === 0) return null;
  const keys = new Set<string>();
  let reads = false;
  for (const p of passes) {
    const r = PASS_READS[p];
    if (r === undefined) return "whole";
    if (r === "none") continue;
    reads = true;
    for (const k of r.columns) keys.add(k);
    if (r.checks) for (const c of [...(om.skips ?? []), ...(om.rejects ?? [])]) if (!conditionKeys(c.when, keys)) return "whole";
  }
  return reads ? [...keys] : null;
}

/** Lifecycle of one object in the session: rows are registered, then prepared; `finish` drops the state. */
type Phase = "registering" | "prepared";

/** Per-object state, dropped at `finish` (a later read of the object registers its rows afresh). */
interface ObjectState {
  om: ObjectMapping | undefined;
  unique: boolean;
  keep: boolean;
  phase: Phase;
  /** Row numbers registered (ids can repeat). */
  registered: RowSet;
  /** Winning row per id (unique-id objects). */
  winners: WinnerTable;
  /** How the passes' rows are kept (see passView). */
  view: null | "whole" | string[];
  /** Rows for the passes: by winner slot (unique ids), else in read order. */
  pending: (SourceRecord | undefined)[];
  /** Registrations so far (orders winners like the read). */
  seq: number;
}

export class MappingSession {
  private readonly state = new Map<string, ObjectState>();

  constructor(readonly ctx: MapContext) {}

  private stateOf(object: string): ObjectState {
    let st = this.state.get(object);
    if (!st) {
      const om = this.ctx.doc.objects.find((o) => o.object === object);
      st = {
        om,
        unique: om?.uniqueId !== false,
        keep: KEEP_ROWS[this.ctx.source]?.has(object) ?? false,
        phase: "registering",
        registered: new RowSet(),
        winners: new WinnerTable(),
        view: passView(om),
        pending: [],
        seq: 0,
      };
      this.state.set(object, st);
    }
    return st;
  }

  /** Where an object is in its lifecycle: "new" (nothing registered, or finished and dropped), "registering", "prepared". */
  phase(object: string): "new" | Phase {
    return this.state.get(object)?.phase ?? "new";
  }

  /** Rows registered for an object since its state was created (for tests and progress). */
  registeredRows(object: string): number {
    return this.state.get(object)?.registered.size ?? 0;
  }

  /** Object mappings in load order. */
  objects(): ObjectMapping[] {
    return [...this.ctx.doc.objects].sort((a, b) => a.order - b.order);
  }

  object(name: string): ObjectMapping {
    const om = this.ctx.doc.objects.find((o) => o.object === name);
    if (!om) throw new Error(`no mapping for source object ${name}`);
    return om;
  }

  /** Objects that must be registered before `object` although they come later in load order. */
  readBefore(object: string): string[] {
    const om = this.object(object);
    return om.dependsOn.filter((d) => {
      const dep = this.ctx.doc.objects.find((o) => o.object === d);
      return dep !== undefined && dep.order > om.order;
    });
  }

  /** The cells of a row the object's passes read (the row itself when they need all of it). */
  private passRecord(st: ObjectState, record: SourceRecord): SourceRecord {
    if (st.view === "whole") return record;
    // kept objects: the lookup index holds the winning row's data anyway, so the pass shares it
    if (st.keep) return { origin: record.origin, id: record.id, data: record.data, hash: "" };
    const data: Record<string, unknown> = {};
    for (const k of st.view ?? []) if (k in record.data) data[k] = detach(record.data[k]);
    return { origin: record.origin, id: record.id, data, hash: "" };
  }

  /** Register one read row: known ids, kept rows, indexes, duplicate/superseded tracking. Idempotent per (object, row). */
  register(object: string, record: SourceRecord): void {
    const st = this.stateOf(object);
    if (!st.registered.add(record.origin.row)) return;
    const idx = this.ctx.index;
    idx.addKnown(object, record.id);
    const seq = st.seq++;
    const modified = str(record.data["Modified Date"]);
    const stamp = str(record.data["updated_at"]) ?? (modified ? (parsePlanPlusDateTime(modified, this.ctx.settings.exportTimeZone)?.utc ?? modified) : "");
    const w = st.winners;
    const prev = w.slot(record.id);
    if (!st.unique) {
      if (st.keep) idx.keepRow(object, `${record.id}#${record.origin.row}`, record.data);
      // rows are kept only for objects whose passes read rows (memory stays flat for the others)
      if (st.view !== null) st.pending.push(this.passRecord(st, record));
    } else if (prev === undefined || (!w.sameHash(prev, record.hash) && w.newerStamp(prev, stamp))) {
      const slot = w.set(record.id, record.origin.row, record.hash, stamp, seq);
      if (st.keep) idx.rows.get(object)?.delete(record.id);
      if (st.keep) idx.keepRow(object, record.id, record.data);
      for (const [name, fn] of INDEXERS[`${this.ctx.source}:${object}`] ?? []) {
        const k = fn(record.data);
        if (k) idx.add(name, detach(k) as string, record.id); // a key kept for the run: not a slice of the read chunk
      }
      // only the winning row of an id is kept for the passes (a superseded one is dropped here)
      if (st.view !== null) st.pending[slot] = this.passRecord(st, record);
    }
  }

  /** Duplicate / superseded decision for a registered row (sources.md C.1). */
  private dedupe(st: ObjectState, record: SourceRecord): MapResult | null {
    const slot = st.winners.slot(record.id);
    if (slot === undefined) return null;
    const row = st.winners.row(slot);
    if (row === record.origin.row) return null;
    if (st.winners.sameHash(slot, record.hash)) return { outputs: [], issues: [{ code: "duplicate_row", message: `same id and content as row ${row}` }], outcome: { outcome: "skipped", code: "duplicate_row" } };
    return { outputs: [], issues: [{ code: "superseded", message: `a later copy (row ${row}) is used` }], outcome: { outcome: "skipped", code: "superseded" } };
  }

  /**
   * Run the object's cross-record passes over its registered (winning) rows, in read order. Can run
   * again (same rows, same results) until `finish`; rows stay kept until then.
   */
  prepare(object: string): void {
    const om = this.object(object);
    const st = this.stateOf(object);
    let rows: SourceRecord[];
    if (!st.unique || st.view === null) rows = st.pending.filter((r): r is SourceRecord => r !== undefined);
    else {
      // winners in the order they were read (a replaced winner moves to its later row's place)
      const w = st.winners;
      const slots: number[] = [];
      for (let i = 0; i < w.size; i++) if (st.pending[i] !== undefined) slots.push(i);
      slots.sort((a, b) => w.seq(a) - w.seq(b));
      rows = slots.map((i) => st.pending[i]!);
    }
    for (const p of om.prepass ?? []) {
      const fn = registry().prepasses[p];
      if (!fn) throw new Error(`unknown prepass ${p}`);
      fn(this.ctx, om, PASS_READS[p] === "none" ? [] : rows);
    }
    st.phase = "prepared";
  }

  /** Map one row; marks it loaded (optimistically) unless rejected/skipped. */
  map(object: string, record: SourceRecord): MapResult {
    this.register(object, record); // no-op when the row was registered
    const st = this.stateOf(object);
    const dup = st.unique ? this.dedupe(st, record) : null;
    if (dup) return dup;
    const om = this.object(object);
    const res = mapRecord(this.ctx, om, record);
    const o = res.outcome?.outcome;
    if (o === undefined || o === "merged") this.ctx.index.markLoaded(object, record.id);
    if (o === "merged" && res.ref) this.ctx.index.mergedInto.set(`${object}:${record.id}`, res.ref.xmlid);
    return res;
  }

  /** The run layer reports Odoo's verdict; a refused row no longer counts as loaded for later objects. */
  onOutcome(object: string, id: string, outcome: Outcome): void {
    if (outcome === "loaded" || outcome === "merged") this.ctx.index.markLoaded(object, id);
    else this.ctx.index.markNotLoaded(object, id);
  }

  /**
   * Row flags that can only be decided after later objects (mapping.md §1.3 step 15): today `receipt_missing`
   * on expenses whose receipt attachment did not load. The run layer adds them to those rows' ledger flags.
   */
  postChecks(): { object: string; id: string; issue: RowIssue }[] {
    if (this.ctx.source !== "plexus") return [];
    return receiptMissing(this.ctx).map((r) => ({
      object: "expenses",
      id: r.expenseId,
      issue: { code: "receipt_missing", field: "receipt_attachment_id", raw: r.attachmentId, message: `receipt attachment ${r.attachmentId} did not load` },
    }));
  }

  /**
   * Figures for reconciliation.json / the report (mapping.md §7): contact parent resolution counts,
   * company inferences with confidence, value_unmapped counts per map and value, owner resolution
   * summary (distinct unmatched / inactive / ambiguous with row counts), custom-field inference notes.
   */
  report(): Record<string, unknown> {
    const idx = this.ctx.index;
    const o = this.ctx.owners.stats;
    const obj = (m: Map<string, number>): Record<string, number> => Object.fromEntries([...m.entries()].sort());
    return {
      parent_resolution: idx.getPass("report", "parent_resolution") ?? null,
      company_inferences: idx.getPass("report", "company_inferences") ?? [],
      custom_field_inference: idx.getPass("report", "custom_field_inference") ?? [],
      value_unmapped: Object.fromEntries([...idx.unmapped.entries()].map(([k, v]) => [k, obj(v)])),
      owners: { unmatched: obj(o.unmatched), inactive: obj(o.inactive), ambiguous: obj(o.ambiguous) },
      custom_fields: [...this.ctx.customFields.values()].map((f) => `${f.model}.${f.name}`).sort(),
    };
  }

  /**
   * Second-pass outputs after all rows of the object are mapped (e.g. task parent_id, job-line tables).
   * Drops the object's per-row state (registered rows, winners, kept pass rows): nothing later reads
   * it, and a later read of the object registers its rows afresh (same winners, same pass results).
   */
  finish(object: string): MapOutput[] {
    const fn = registry().finishers[`${this.ctx.source}:${object}`];
    const out = fn ? fn(this.ctx) : [];
    this.state.delete(object);
    return out;
  }
}
