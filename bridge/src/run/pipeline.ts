/**
 * The phased load: for each source object in dependency order, stream its rows, map them, push the
 * mapped records to Odoo in batches through one sink, and account for every row (landed, rejected
 * with reason, skipped with reason). Writes the ledger per batch, the row reports and the
 * reconciliation; halts at a phase whose counts are off by more than the threshold.
 */
import type { FlagCode, Outcome, RowIssue, RowOrigin } from "../core/codes.ts";
import { emptyObjectReconciliation, countOutcome, phaseGate, type ObjectReconciliation } from "../core/reconcile.ts";
import { sha256Hex } from "../core/hash.ts";
import { FerryError } from "../core/errors.ts";
import type { MapOutput } from "../core/mapping/types.ts";
import type { SourceRecord, ReadItem } from "../sources/types.ts";
import { rowKey, type Ledger, type LedgerEntry, type LedgerOperation } from "./ledger.ts";
import type { RowReports } from "./reports.ts";

/** One Odoo record produced from a source row: `values` are `load()` cells keyed by column name. */
export type MappedOutput = MapOutput;

export interface MapResult {
  outputs: MappedOutput[];
  issues: RowIssue[];
  /** Not a source row by the counting rules (e.g. a blank custom_fields Value): not counted at all. */
  ignored?: boolean;
  /** Set when the row does not land as a record (rejected, skipped, merged, documented, validated). */
  outcome?: { outcome: Exclude<Outcome, "loaded">; code?: string; field?: string; raw?: string; message?: string };
}

/** One phase of the run: a source object, how to read it and how to map one record. */
export interface ObjectStep {
  object: string;
  read(): AsyncIterable<ReadItem>;
  map(record: SourceRecord): MapResult;
  /** Called once each row's outcome is known (lets later phases know what landed). */
  onOutcome?(record: SourceRecord, outcome: Outcome): void;
  /** Second-pass writes after every row of the object (e.g. task parents); already counted rows. */
  finish?(): MappedOutput[];
}

export interface LoadRow {
  key: string;
  cells: string[];
}

/** Where records go: a real Odoo, the simulator, or (for `plan`) a scratch simulator. */
export interface Sink {
  /** Loads rows with external ids, isolating bad rows; returns landed ids and per-row failures. */
  /** `held`: an existing record the sink deliberately did not write (delta conflict): counted and ledgered as unchanged. */
  load(model: string, fields: string[], rows: LoadRow[]): Promise<{ landed: { key: string; id: number; held?: boolean }[]; failed: { key: string; message: string; field?: string }[] }>;
  /** Existing records for external ids (absent = not in Odoo). */
  resolve(xmlids: string[]): Promise<Map<string, { model: string; id: number }>>;
  /** Current values of fields, for previous-values in the ledger (rollback). */
  read(model: string, ids: number[], fields: string[]): Promise<Record<string, unknown>[]>;
  write(model: string, ids: number[], values: Record<string, unknown>): Promise<void>;
  /** First record matching a domain (archived included), for find-or-create. */
  findFirst(model: string, domain: unknown[]): Promise<number | undefined>;
  /** Gives an existing record our external id (find-or-create matched an existing record). */
  registerXmlid(xmlid: string, model: string, id: number): Promise<void>;
  fieldType(model: string, field: string): Promise<string | undefined>;
}

export interface PipelineOptions {
  runId: string;
  source: string;
  kind: "full" | "delta" | "sample" | "plan";
  sink: Sink;
  ledger?: Ledger;
  reports: RowReports;
  /** Rows (object + content hash, see rowKey) loaded by earlier runs: unchanged rows are not written again. */
  previousRows?: { has(key: string): boolean };
  /** Included in every content hash, so a changed mapping rewrites records. */
  mappingHash?: string;
  batchSize?: number;
  gateThreshold?: number;
  acceptPhases?: ReadonlySet<string>;
  onProgress?: (object: string, counts: ObjectReconciliation) => void;
  /** File content of an output's `binary` (attachments), base64, or why it cannot be had. */
  resolveBinary?: (binary: NonNullable<MappedOutput["binary"]>) => Promise<{ base64: string } | { error: { code: string; message: string } }>;
  /** Stops the run between batches (e.g. the addon paused it or the lease was lost). */
  signal?: AbortSignal;
  now?: () => string;
}

export interface PipelineResult {
  objects: ObjectReconciliation[];
  halted?: { object: string; reasons: string[] };
  /** Gates that tripped but were accepted with --accept-phase. */
  acceptedGates: string[];
  created: Record<string, number>;
}

interface Pending {
  origin: RowOrigin;
  id: string | null;
  hash: string;
  record?: SourceRecord;
  outputs: MappedOutput[];
  issues: RowIssue[];
}

interface Verdict {
  id?: number;
  operation: LedgerOperation;
  failure?: { message: string; field?: string; code?: string };
  previous?: Record<string, unknown>;
  /** Records Odoo created along with this one (a new employee's work contact …): ledgered so rollback removes them. */
  sideEffects?: SideEffect[];
}

export interface SideEffect {
  model: string;
  id: number;
  /** `<model>#<id>.<field>`: the record (and its field) that points at it. */
  via: string;
}

/**
 * Models whose create makes Odoo create further records, found through a field of the new record.
 * `unlessSet`: when that field of the new record is set, the related record is not new (an employee
 * with a user gets the user's partner as work contact).
 */
export const SIDE_EFFECT_FIELDS: Readonly<Record<string, readonly { field: string; model: string; unlessSet?: string }[]>> = {
  "hr.employee": [{ field: "work_contact_id", model: "res.partner", unlessSet: "user_id" }],
  "product.product": [{ field: "product_tmpl_id", model: "product.template" }],
};

/** Odoo datetime `YYYY-MM-DD HH:MM:SS` (UTC) → epoch ms. */
const odooMs = (v: unknown): number => (typeof v === "string" ? Date.parse(`${v.replace(" ", "T")}Z`) : Number.NaN);

/**
 * The records Odoo created along with `ids` (just created by one load call): a related record counts
 * only when it was created in the same transaction (same create_date as the new record; Odoo stamps a
 * whole transaction with one time, 1 s tolerance for other servers) — a pre-existing record the new
 * one merely points at is left alone.
 */
async function findSideEffects(sink: Sink, model: string, ids: number[], known: ReadonlySet<string>): Promise<Map<number, SideEffect[]>> {
  const out = new Map<number, SideEffect[]>();
  const specs = SIDE_EFFECT_FIELDS[model];
  if (!specs?.length || ids.length === 0) return out;
  const parents = await sink.read(model, ids, [...new Set([...specs.flatMap((s) => [s.field, ...(s.unlessSet ? [s.unlessSet] : [])]), "create_date"])]);
  for (const spec of specs) {
    const links = new Map<number, { parent: number; at: number }[]>();
    for (const r of parents) {
      if (spec.unlessSet && r[spec.unlessSet] !== false && r[spec.unlessSet] !== undefined && r[spec.unlessSet] !== null) continue;
      const v = r[spec.field];
      const child = Array.isArray(v) ? v[0] : v;
      if (typeof child !== "number" || known.has(`${spec.model}:${child}`)) continue;
      links.set(child, [...(links.get(child) ?? []), { parent: r.id as number, at: odooMs(r.create_date) }]);
    }
    if (links.size === 0) continue;
    const children = await sink.read(spec.model, [...links.keys()], ["create_date"]);
    for (const c of children) {
      const by = links.get(c.id as number) ?? [];
      // Shared by several new records: still one side effect (ledgered with the first).
      const first = by[0];
      if (!first || !(Math.abs(odooMs(c.create_date) - first.at) <= 1000)) continue;
      out.set(first.parent, [...(out.get(first.parent) ?? []), { model: spec.model, id: c.id as number, via: `${model}#${first.parent}.${spec.field}` }]);
    }
  }
  return out;
}

const fieldOf = (column: string): string => column.split("/")[0] as string;

/**
 * A `load()` cell as `write()` wants it: write() does not parse strings the way load() does
 * ("0" would be a true boolean), so cells are converted by the field's type.
 */
export function writeValue(type: string | undefined, cell: string): unknown {
  switch (type) {
    case "boolean":
      return /^(1|true|yes|y|x|on)$/i.test(cell.trim());
    case "integer":
      return cell.trim() === "" ? 0 : Number.parseInt(cell, 10);
    case "float":
    case "monetary":
      return cell.trim() === "" ? 0 : Number.parseFloat(cell);
    case "char":
    case "text":
    case "html":
    case "date":
    case "datetime":
    case "selection":
      return cell === "" ? false : cell;
    default:
      return cell;
  }
}

/** Odoo's read value vs the value we would write (many2one `[id, name]` vs id; false/""/null are empty). */
function sameValue(current: unknown, next: unknown): boolean {
  const norm = (v: unknown): string => {
    if (v === false || v === null || v === undefined || v === "") return "";
    if (Array.isArray(v)) return v.length === 2 && typeof v[0] === "number" && typeof v[1] === "string" ? String(v[0]) : v.map(String).sort().join(",");
    if (v === true) return "1";
    if (typeof v === "number") return String(v);
    return String(v);
  };
  const a = norm(current);
  const b = norm(next);
  if (a === b) return true;
  const na = Number(a);
  const nb = Number(b);
  return a !== "" && b !== "" && !Number.isNaN(na) && !Number.isNaN(nb) && na === nb;
}

/**
 * Writes one batch of rows: resolves what exists, skips unchanged rows, fills references, loads
 * tier by tier (a row's later outputs may reference its earlier ones) grouped by model and column
 * set, and returns a verdict per output xmlid (or per `update` output index).
 */
async function writeBatch(object: string, batch: Pending[], opts: PipelineOptions, created: Record<string, number>): Promise<Map<MappedOutput, Verdict>> {
  const sink = opts.sink;
  const verdicts = new Map<MappedOutput, Verdict>();
  const known = await sink.resolve(batch.flatMap((p) => p.outputs.filter((o) => o.xmlid).map((o) => o.xmlid)));
  const idOf = (xmlid: string): number | undefined => known.get(xmlid)?.id;
  // A row loaded before with the same content and mapping, whose records are all still in Odoo, is unchanged.
  const unchangedRows = new Set<Pending>();
  for (const p of batch) {
    if (!p.hash || !opts.previousRows?.has(rowKey(object, p.hash))) continue;
    const records = p.outputs.filter((o) => (o.role ?? "record") !== "update" && o.xmlid);
    if (records.every((o) => known.has(o.xmlid)) && p.outputs.every((o) => (o.role ?? "record") !== "update" || o.resId !== undefined || known.has(o.xmlid))) {
      unchangedRows.add(p);
      for (const o of p.outputs) verdicts.set(o, { ...(idOf(o.xmlid) !== undefined ? { id: idOf(o.xmlid) as number } : {}), operation: "unchanged" });
    }
  }
  const maxTier = batch.reduce((m, p) => Math.max(m, p.outputs.length - 1), -1);
  const failedRows = new Set<Pending>();

  for (let tier = 0; tier <= maxTier; tier++) {
    const groups = new Map<string, { model: string; fields: string[]; rows: LoadRow[]; outs: Map<string, { p: Pending; o: MappedOutput }[]> }>();
    const refsToResolve: string[] = [];
    const work: { p: Pending; o: MappedOutput }[] = [];
    for (const p of batch) {
      const o = p.outputs[tier];
      if (!o || failedRows.has(p) || unchangedRows.has(p)) continue;
      work.push({ p, o });
      for (const r of o.refs ?? []) if (r.xmlid !== undefined && !known.has(r.xmlid)) refsToResolve.push(r.xmlid);
      // External ids named in cells of updates and find-or-create matches (resolved here, not per record).
      if ((o.role ?? "record") === "update" || o.matchBy?.length) {
        for (const [col, v] of Object.entries(o.values)) if (col.endsWith("/id") && v !== "" && !known.has(v)) refsToResolve.push(v);
      }
    }
    if (refsToResolve.length) for (const [k, v] of await sink.resolve(refsToResolve)) known.set(k, v);

    // One read per model for this tier instead of one per record: fields of referenced records
    // (`ref.field`) and the current values of records about to be updated.
    const current = new Map<string, Record<string, unknown>>();
    const toRead = new Map<string, { ids: Set<number>; fields: Set<string> }>();
    const want = (model: string, id: number, fields: Iterable<string>): void => {
      const slot = toRead.get(model) ?? { ids: new Set<number>(), fields: new Set<string>() };
      slot.ids.add(id);
      for (const f of fields) slot.fields.add(f);
      toRead.set(model, slot);
    };
    for (const { o } of work) {
      for (const r of o.refs ?? []) {
        const target = r.xmlid !== undefined && r.field ? known.get(r.xmlid) : undefined;
        if (target && r.field) want(target.model, target.id, [r.field]);
      }
      if ((o.role ?? "record") === "update") {
        const resId = o.resId ?? idOf(o.xmlid);
        if (resId !== undefined) want(o.model, resId, [...Object.keys(o.values).map(fieldOf), ...(o.refs ?? []).map((r) => r.column), ...Object.keys(o.append ?? {})]);
      }
    }
    for (const [model, { ids, fields }] of toRead) {
      const list = [...ids];
      for (let i = 0; i < list.length; i += 1000) {
        for (const row of await sink.read(model, list.slice(i, i + 1000), [...fields])) current.set(`${model}:${String(row.id)}`, row);
      }
    }
    const readOne = async (model: string, id: number, fields: string[]): Promise<Record<string, unknown> | undefined> => {
      const row = current.get(`${model}:${id}`);
      if (row && fields.every((f) => f in row)) return row;
      return (await sink.read(model, [id], fields))[0];
    };

    const ensureSeen = new Map<string, Verdict>();
    const rounds = new Map<string, number>();
    const writes = new Map<string, { round: number; model: string; plain: Record<string, unknown>; items: { o: MappedOutput; resId: number; previous?: Record<string, unknown> }[] }>();
    for (const { p, o } of work) {
      const role = o.role ?? "record";
      // References to records that exist now (earlier objects, earlier tiers).
      const values = { ...o.values };
      let refFailure: string | undefined;
      const byColumn = new Map<string, { ids: number[]; format?: string }>();
      for (const r of o.refs ?? []) {
        let id = r.id;
        if (r.xmlid !== undefined) {
          const target = known.get(r.xmlid);
          if (!target) {
            refFailure = `referenced record ${r.xmlid} is not in Odoo`;
            break;
          }
          id = target.id;
          if (r.field) {
            const row = await readOne(target.model, target.id, [r.field]);
            const v = row?.[r.field];
            id = Array.isArray(v) ? (v[0] as number) : typeof v === "number" ? v : undefined;
          }
        }
        if (id === undefined) continue;
        const slot = byColumn.get(r.column) ?? { ids: [], ...(r.format ? { format: r.format } : {}) };
        slot.ids.push(id);
        byColumn.set(r.column, slot);
      }
      for (const [column, slot] of byColumn) {
        const type = await sink.fieldType(o.model, column);
        if (slot.format === "analytic_distribution") values[column] = JSON.stringify({ [String(slot.ids[0])]: 100 });
        else if (type === "many2one" || type === "many2many" || type === "one2many") {
          values[`${column}/.id`] = slot.ids.join(",");
          delete values[column]; // one column per field (Odoo: "Ambiguous specification")
          delete values[`${column}/id`];
        }
        else values[column] = String(slot.ids[0]);
      }
      if (refFailure) {
        verdicts.set(o, { operation: "reject", failure: { message: refFailure } });
        failedRows.add(p);
        continue;
      }
      if (role === "update") {
        const resId = o.resId ?? idOf(o.xmlid);
        if (resId === undefined) {
          verdicts.set(o, { operation: "reject", failure: { message: `record to update (${o.xmlid || o.model}) is not in Odoo` } });
          continue;
        }
        const model = o.model;
        const plain: Record<string, unknown> = {};
        const fields = [...Object.keys(values).map(fieldOf), ...Object.keys(o.append ?? {})];
        const before = await readOne(model, resId, fields);
        for (const [f, text] of Object.entries(o.append ?? {})) {
          const cur = before?.[f];
          const html = typeof cur === "string" && /<\/?[a-z][\s\S]*>/i.test(cur);
          const add = html ? `<p>${text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</p>` : text;
          values[f] = typeof cur === "string" && cur !== "" ? `${cur}${html ? "" : "\n"}${add}` : add;
        }
        for (const [col, v] of Object.entries(values)) {
          if (col.endsWith("/id")) {
            const ref = known.get(v) ?? (await sink.resolve([v])).get(v);
            plain[fieldOf(col)] = v === "" ? false : (ref?.id ?? false);
          } else if (col.endsWith("/.id")) plain[fieldOf(col)] = v === "" ? false : Number(v);
          else plain[col] = writeValue(await sink.fieldType(model, col), v);
        }
        if (before && Object.entries(plain).every(([f, v]) => sameValue(before[f], v))) {
          verdicts.set(o, { id: resId, operation: "unchanged" }); // nothing to write: keeps re-runs and deltas quiet
          continue;
        }
        current.set(`${model}:${resId}`, { ...(before ?? { id: resId }), ...plain }); // a later update of the same record in this tier (appends) builds on it
        // Written below, one call per model and set of values (a record's second update in the tier in a later round).
        const round = (rounds.get(`${model}:${resId}`) ?? -1) + 1;
        rounds.set(`${model}:${resId}`, round);
        const wkey = `${round}\u0000${model}\u0000${JSON.stringify(Object.entries(plain).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}`;
        const slot = writes.get(wkey) ?? { round, model, plain, items: [] };
        slot.items.push({ o, resId, ...(before ? { previous: Object.fromEntries(fields.map((f) => [f, before[f]])) } : {}) });
        writes.set(wkey, slot);
        continue;
      }
      const existing = idOf(o.xmlid);
      if (role === "ensure") {
        const seen = ensureSeen.get(o.xmlid);
        if (seen?.id !== undefined) {
          verdicts.set(o, seen);
          continue;
        }
        if (existing !== undefined) {
          const v: Verdict = { id: existing, operation: "unchanged" };
          ensureSeen.set(o.xmlid, v);
          verdicts.set(o, v);
          continue;
        }
        if (o.matchBy?.length) {
          const domain: unknown[] = [];
          let matchable = true;
          for (const f of o.matchBy) {
            if (values[f] !== undefined) domain.push([f, "=", values[f]]);
            else if (values[`${f}/.id`] !== undefined) domain.push([f, "=", Number(values[`${f}/.id`])]);
            else if (values[`${f}/id`] !== undefined) {
              const x = values[`${f}/id`] as string;
              const ref = known.get(x) ?? (await sink.resolve([x])).get(x);
              if (ref) domain.push([f, "=", ref.id]);
              else matchable = false;
            } else matchable = false;
          }
          const found = matchable && !seen ? await sink.findFirst(o.model, domain) : undefined;
          if (found !== undefined) {
            await sink.registerXmlid(o.xmlid, o.model, found);
            known.set(o.xmlid, { model: o.model, id: found });
            const v: Verdict = { id: found, operation: "unchanged" };
            ensureSeen.set(o.xmlid, v);
            verdicts.set(o, v);
            continue;
          }
        }
        if (!seen) ensureSeen.set(o.xmlid, { operation: "create" }); // loaded once below, shared by every row naming it
      }
      if (o.binary) {
        // Documents move with their record: the file content goes in as `datas`, one attachment per
        // call so memory holds one file at a time; missing or corrupt files reject the row.
        const content = opts.resolveBinary ? await opts.resolveBinary(o.binary) : { error: { code: "file_missing", message: "no file source for attachments in this run" } };
        if ("error" in content) {
          verdicts.set(o, { operation: "reject", failure: { message: content.error.message, code: content.error.code, field: "file" } });
          failedRows.add(p);
          continue;
        }
        const cols = Object.keys(values).filter((c) => c !== "id").sort();
        const res = await sink
          .load(o.model, ["id", ...cols, "datas"], [{ key: o.xmlid, cells: [o.xmlid, ...cols.map((c) => values[c] ?? ""), content.base64] }])
          .catch((e: unknown) => ({ landed: [], failed: [{ key: o.xmlid, message: (e as Error).message }] }));
        const landed = res.landed[0];
        if (landed) {
          known.set(o.xmlid, { model: o.model, id: landed.id });
          if (existing === undefined) created[o.model] = (created[o.model] ?? 0) + 1;
          verdicts.set(o, { id: landed.id, operation: existing === undefined ? "create" : "update" });
        } else {
          verdicts.set(o, { operation: "reject", failure: { message: res.failed[0]?.message ?? "attachment not loaded" } });
          failedRows.add(p);
        }
        continue;
      }
      const cols = Object.keys(values).filter((c) => c !== "id").sort();
      const key = `${o.model}|${cols.join(",")}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { model: o.model, fields: ["id", ...cols], rows: [], outs: new Map() }));
      const list = g.outs.get(o.xmlid);
      if (list) {
        list.push({ p, o }); // same xmlid twice in one batch (ensure): load it once
        continue;
      }
      g.outs.set(o.xmlid, [{ p, o }]);
      g.rows.push({ key: o.xmlid, cells: [o.xmlid, ...cols.map((c) => values[c] ?? "")] });
    }

    // Updates of existing records: one write per set of equal values; a refused call is retried per record so one bad record costs only itself.
    for (const w of [...writes.values()].sort((a, b) => a.round - b.round)) {
      const ids = [...new Set(w.items.map((i) => i.resId))];
      const ok = (i: (typeof w.items)[number]): void => void verdicts.set(i.o, { id: i.resId, operation: "update", ...(i.previous ? { previous: i.previous } : {}) });
      try {
        await sink.write(w.model, ids, w.plain);
        w.items.forEach(ok);
      } catch (e) {
        if (ids.length === 1) {
          for (const i of w.items) verdicts.set(i.o, { operation: "reject", failure: { message: (e as Error).message } });
          continue;
        }
        for (const i of w.items) {
          try {
            await sink.write(w.model, [i.resId], w.plain);
            ok(i);
          } catch (err) {
            verdicts.set(i.o, { operation: "reject", failure: { message: (err as Error).message } });
          }
        }
      }
    }

    // Previous values of records about to be updated (rollback restores them).
    const previous = new Map<string, Record<string, unknown>>();
    for (const g of groups.values()) {
      const ids = g.rows.map((r) => idOf(r.key)).filter((x): x is number => x !== undefined);
      if (ids.length === 0) continue;
      const fields = g.fields.filter((f) => f !== "id").map(fieldOf);
      const rows = await sink.read(g.model, ids, fields);
      const byId = new Map(rows.map((r) => [r.id as number, r]));
      for (const r of g.rows) {
        const id = idOf(r.key);
        const before = id !== undefined ? byId.get(id) : undefined;
        if (before) previous.set(r.key, Object.fromEntries(fields.map((f) => [f, before[f]])));
      }
    }

    for (const g of groups.values()) {
      let res: Awaited<ReturnType<Sink["load"]>>;
      try {
        res = await sink.load(g.model, g.fields, g.rows);
      } catch (e) {
        // A call-level error (unknown column, missing model): every row of the group is refused with it.
        const message = (e as Error).message;
        res = { landed: [], failed: g.rows.map((r) => ({ key: r.key, message })) };
      }
      // Records Odoo made along with the new ones (known = records already ledgered/resolved by us).
      const newIds = res.landed.filter((l) => idOf(l.key) === undefined).map((l) => l.id);
      const ours = new Set([...known.values()].map((k) => `${k.model}:${k.id}`));
      const effects = SIDE_EFFECT_FIELDS[g.model] ? await findSideEffects(sink, g.model, newIds, ours).catch(() => new Map<number, SideEffect[]>()) : new Map<number, SideEffect[]>();
      for (const l of res.landed) {
        const wasThere = idOf(l.key) !== undefined;
        known.set(l.key, { model: g.model, id: l.id });
        if (!wasThere) created[g.model] = (created[g.model] ?? 0) + 1;
        const prev = previous.get(l.key);
        // Several rows may name the same record (a shared tag): the first one wrote it, the others found it.
        (g.outs.get(l.key) ?? []).forEach(({ o }, i) => {
          const side = !wasThere && i === 0 ? effects.get(l.id) : undefined;
          verdicts.set(o, i === 0 && !l.held ? { id: l.id, operation: wasThere ? "update" : "create", ...(prev ? { previous: prev } : {}), ...(side?.length ? { sideEffects: side } : {}) } : { id: l.id, operation: "unchanged" });
        });
      }
      for (const f of res.failed) {
        for (const { p, o } of g.outs.get(f.key) ?? []) {
          verdicts.set(o, { operation: "reject", failure: { message: f.message, ...(f.field ? { field: f.field } : {}) } });
          failedRows.add(p);
        }
      }
    }
  }
  return verdicts;
}

/** Ledger lines of the records Odoo created along with a record: written before its own line, so rollback (which walks backwards) deletes them after it. */
function sideEffectEntries(head: Omit<LedgerEntry, "operation" | "model" | "res_id">, v: Verdict | undefined): LedgerEntry[] {
  return (v?.sideEffects ?? []).map((e) => ({ ...head, model: e.model, res_id: e.id, operation: "create", code: "side_effect", side_effect_of: e.via }));
}

export async function runPipeline(steps: ObjectStep[], opts: PipelineOptions): Promise<PipelineResult> {
  const result: PipelineResult = { objects: [], created: {}, acceptedGates: [] };
  const batchSize = opts.batchSize ?? 500;
  const now = opts.now ?? (() => new Date().toISOString());

  for (const step of steps) {
    const rec = emptyObjectReconciliation(step.object);
    result.objects.push(rec);
    let pending: Pending[] = [];

    const base = (p: { origin: RowOrigin; id: string | null; hash?: string }, outcome: Outcome) => ({
      run: opts.runId,
      phase: step.object,
      source: opts.source,
      object: step.object,
      source_id: p.id,
      source_row: p.origin.row,
      outcome,
      time: now(),
      ...(p.hash ? { source_hash: p.hash } : {}),
    });

    /** A row that does not land as a record: count, report, ledger. */
    const settleOther = (
      p: { origin: RowOrigin; id: string | null; hash?: string; record?: SourceRecord },
      outcome: Exclude<Outcome, "loaded">,
      detail: { code?: string; field?: string; raw?: string; message?: string },
    ): LedgerEntry => {
      countOutcome(rec, outcome, detail.code);
      if (outcome === "rejected" || outcome === "skipped") {
        opts.reports.rowOutcome(p.origin, p.id, outcome, detail.code ?? "unspecified", detail.field, detail.raw, detail.message ?? "");
      }
      if (p.record) step.onOutcome?.(p.record, outcome);
      return {
        ...base(p, outcome),
        ...(detail.code ? { code: detail.code } : {}),
        operation: outcome === "rejected" ? "reject" : outcome === "skipped" ? "skip" : "unchanged",
      };
    };

    const flush = async (): Promise<void> => {
      if (pending.length === 0) return;
      const batch = pending;
      pending = [];
      const verdicts = await writeBatch(step.object, batch, opts, result.created);
      const entries: LedgerEntry[] = [];
      for (const p of batch) {
        const failed = p.outputs.map((o) => verdicts.get(o)).find((v) => v?.failure);
        if (failed?.failure) {
          entries.push(
            settleOther(p, "rejected", {
              code: failed.failure.code ?? "odoo_error",
              message: failed.failure.code ? failed.failure.message : `Odoo refused the record: ${failed.failure.message}`,
              ...(failed.failure.field ? { field: failed.failure.field } : {}),
            }),
          );
          // Outputs written before the refusal (a tag, a stage …) stay in Odoo: ledger them so rollback finds them.
          for (const o of p.outputs) {
            const v = verdicts.get(o);
            if (!v || v.failure || v.id === undefined || (v.operation !== "create" && v.operation !== "update")) continue;
            entries.push(...sideEffectEntries(base(p, "rejected"), v));
            entries.push({ ...base(p, "rejected"), model: o.model, ...(o.xmlid ? { xmlid: o.xmlid } : {}), res_id: v.id, operation: v.operation, ...(v.previous ? { previous: v.previous } : {}) });
          }
          continue;
        }
        const ops = p.outputs.map((o) => verdicts.get(o)?.operation ?? "unchanged");
        const rowOp: LedgerOperation = ops.includes("create") ? "create" : ops.includes("update") ? "update" : "unchanged";
        const flags = [...new Set(p.issues.map((i) => i.code as FlagCode))];
        countOutcome(rec, "loaded", undefined, flags, rowOp);
        for (const i of p.issues) opts.reports.flag(p.origin, p.id, i);
        if (p.record) step.onOutcome?.(p.record, "loaded");
        for (const o of p.outputs) {
          const v = verdicts.get(o);
          if (!v || v.operation === "unchanged") continue; // the ledger holds writes only
          entries.push(...sideEffectEntries(base(p, "loaded"), v));
          entries.push({
            ...base(p, "loaded"),
            model: o.model,
            ...(o.xmlid ? { xmlid: o.xmlid } : {}),
            ...(v.id !== undefined ? { res_id: v.id } : {}),
            operation: v.operation,
            ...(flags.length ? { flags } : {}),
            ...(v.previous ? { previous: v.previous } : {}),
          });
        }
      }
      await opts.ledger?.append(entries);
      opts.onProgress?.(step.object, rec);
    };

    for await (const item of step.read()) {
      if (item.kind === "outcome") {
        // (settle first: `ledger?.append(x)` would not evaluate x without a ledger)
        const entry = settleOther({ origin: item.origin, id: item.id }, item.outcome, {
          code: item.issue.code,
          ...(item.issue.field ? { field: item.issue.field } : {}),
          ...(item.issue.raw !== undefined ? { raw: item.issue.raw } : {}),
          message: item.issue.message,
        });
        await opts.ledger?.append([entry]);
        continue;
      }
      const record = item.record;
      const mapped = step.map(record);
      if (mapped.ignored) continue;
      const hash = opts.mappingHash ? sha256Hex(`${record.hash}|${opts.mappingHash}`) : record.hash;
      if (mapped.outcome) {
        const o = mapped.outcome;
        const entry = settleOther({ origin: record.origin, id: record.id, record, hash }, o.outcome, {
          ...(o.code ? { code: o.code } : {}),
          ...(o.field ? { field: o.field } : {}),
          ...(o.raw !== undefined ? { raw: o.raw } : {}),
          message: o.message ?? o.code ?? o.outcome,
        });
        await opts.ledger?.append([entry]);
        continue;
      }
      pending.push({ origin: record.origin, id: record.id, hash, record, outputs: mapped.outputs, issues: mapped.issues });
      if (pending.length >= batchSize) {
        await flush();
        if (opts.signal?.aborted) throw new FerryError("aborted", `run stopped during ${step.object}: ${String(opts.signal.reason ?? "aborted")}`);
      }
    }
    await flush();

    // Second-pass writes (parents that come later in the file, job-line tables …).
    const extra = step.finish?.() ?? [];
    if (extra.length) {
      const origin: RowOrigin = { source: opts.source as RowOrigin["source"], object: step.object, file: "(second pass)", row: 0 };
      const passes: Pending[] = extra.map((o) => ({ origin, id: null, hash: "", outputs: [o], issues: [] }));
      const verdicts = await writeBatch(step.object, passes, { ...opts, previousRows: new Set() }, result.created);
      const entries: LedgerEntry[] = [];
      for (const p of passes) {
        const o = p.outputs[0] as MappedOutput;
        const v = verdicts.get(o);
        if (!v || v.operation === "unchanged") continue;
        if (v.failure) {
          opts.reports.rowOutcome(origin, o.xmlid, "rejected", "odoo_error", v.failure.field, undefined, `second pass on ${o.xmlid}: ${v.failure.message}`);
          continue;
        }
        entries.push(...sideEffectEntries(base(p, "loaded"), v));
        entries.push({ ...base(p, "loaded"), model: o.model, xmlid: o.xmlid, ...(v.id !== undefined ? { res_id: v.id } : {}), operation: v.operation, ...(v.previous ? { previous: v.previous } : {}) });
      }
      await opts.ledger?.append(entries);
    }
    opts.onProgress?.(step.object, rec);

    const gate = phaseGate(rec, { threshold: opts.gateThreshold ?? 0.01 });
    if (gate.halt) {
      if (opts.acceptPhases?.has(step.object) || opts.acceptPhases?.has("*")) {
        result.acceptedGates.push(...gate.reasons.map((r) => `${r} (accepted)`));
      } else {
        result.halted = { object: step.object, reasons: gate.reasons };
        break;
      }
    }
  }
  return result;
}
