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
 */
import type { Outcome, RowIssue } from "../codes.ts";
import { receiptMissing } from "./computes-plexus.ts";
import { nameKey, normalizeEmail, parsePlanPlusDateTime } from "../normalize/index.ts";
import type { MapContext, SourceRecord } from "./context.ts";
import { mapRecord } from "./engine.ts";
import { registry } from "./registry.ts";
import type { ObjectMapping } from "./schema.ts";
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

function str(v: unknown): string | null {
  if (v === null || v === undefined || typeof v === "object") return null;
  const t = String(v).trim();
  return t === "" ? null : t;
}

interface Seen {
  row: number;
  hash: string;
  stamp: string;
}

export class MappingSession {
  private readonly pending = new Map<string, SourceRecord[]>();
  private readonly winners = new Map<string, Map<string, Seen>>();
  /** Rows registered per object (row numbers; ids can repeat). */
  private readonly registered = new Map<string, Set<number>>();

  private isRegistered(object: string, record: SourceRecord): boolean {
    return this.registered.get(object)?.has(record.origin.row) ?? false;
  }

  constructor(readonly ctx: MapContext) {}

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

  /** Register one read row: known ids, kept rows, indexes, duplicate/superseded tracking. Idempotent per (object, row). */
  register(object: string, record: SourceRecord): void {
    let seen = this.registered.get(object);
    if (!seen) this.registered.set(object, (seen = new Set()));
    if (seen.has(record.origin.row)) return;
    seen.add(record.origin.row);
    const idx = this.ctx.index;
    idx.addKnown(object, record.id);
    let w = this.winners.get(object);
    if (!w) this.winners.set(object, (w = new Map()));
    const modified = str(record.data["Modified Date"]);
    const stamp = str(record.data["updated_at"]) ?? (modified ? (parsePlanPlusDateTime(modified, this.ctx.settings.exportTimeZone)?.utc ?? modified) : "");
    const prev = w.get(record.id);
    const keep = KEEP_ROWS[this.ctx.source]?.has(object) ?? false;
    const unique = this.ctx.doc.objects.find((o) => o.object === object)?.uniqueId !== false;
    if (!unique) {
      if (keep) idx.keepRow(object, `${record.id}#${record.origin.row}`, record.data);
    } else if (!prev || (prev.hash !== record.hash && stamp > prev.stamp)) {
      w.set(record.id, { row: record.origin.row, hash: record.hash, stamp });
      if (keep) idx.rows.get(object)?.delete(record.id);
      if (keep) idx.keepRow(object, record.id, record.data);
      for (const [name, fn] of INDEXERS[`${this.ctx.source}:${object}`] ?? []) {
        const k = fn(record.data);
        if (k) idx.add(name, k, record.id);
      }
    }
    // rows are kept only for objects with cross-record passes (memory stays flat for the others)
    if (this.ctx.doc.objects.find((o) => o.object === object)?.prepass?.length) {
      let list = this.pending.get(object);
      if (!list) this.pending.set(object, (list = []));
      list.push(record);
    }
  }

  /** Duplicate / superseded decision for a registered row (sources.md C.1). */
  private dedupe(object: string, record: SourceRecord): MapResult | null {
    const win = this.winners.get(object)?.get(record.id);
    if (!win || win.row === record.origin.row) return null;
    if (win.hash === record.hash) return { outputs: [], issues: [{ code: "duplicate_row", message: `same id and content as row ${win.row}` }], outcome: { outcome: "skipped", code: "duplicate_row" } };
    return { outputs: [], issues: [{ code: "superseded", message: `a later copy (row ${win.row}) is used` }], outcome: { outcome: "skipped", code: "superseded" } };
  }

  /** Run the object's cross-record passes over its registered (winning) rows. */
  prepare(object: string): void {
    const om = this.object(object);
    const all = this.pending.get(object) ?? [];
    const unique = om.uniqueId !== false;
    const winners = unique ? all.filter((r) => this.winners.get(object)?.get(r.id)?.row === r.origin.row) : all;
    for (const p of om.prepass ?? []) {
      const fn = registry().prepasses[p];
      if (!fn) throw new Error(`unknown prepass ${p}`);
      fn(this.ctx, om, winners);
    }
  }

  /** Map one row; marks it loaded (optimistically) unless rejected/skipped. */
  map(object: string, record: SourceRecord): MapResult {
    if (!this.isRegistered(object, record)) this.register(object, record);
    const dup = this.object(object).uniqueId === false ? null : this.dedupe(object, record);
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

  /** Second-pass outputs after all rows of the object are mapped (e.g. task parent_id, job-line tables). */
  finish(object: string): MapOutput[] {
    const fn = registry().finishers[`${this.ctx.source}:${object}`];
    const out = fn ? fn(this.ctx) : [];
    this.pending.delete(object);
    return out;
  }
}
