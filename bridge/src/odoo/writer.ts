/**
 * Batch writer on top of `model.load`: batches rows, and when Odoo rejects a batch (`ids: false`,
 * all-or-nothing) isolates exactly the bad rows and loads the good ones. Isolation first trusts the
 * row numbers in Odoo's messages (one extra call for the rest), and falls back to bisection
 * (O(log n) calls per bad row) when messages don't point at rows. Optional adaptive batch size:
 * aims for `targetMs` per call, grows when fast, halves on timeouts / memory errors.
 */
import type { CallOptions, OdooClient, OdooFields, OdooLoadMessage } from "./client.ts";
import { OdooError, OdooHttpError, OdooResourceError, OdooTimeoutError } from "./errors.ts";
import { precheckRows } from "./prevalidate.ts";

export interface LoadRow {
  /** Caller's key for the row (usually the xmlid); returned in `landed` / `failed`. */
  key: string;
  /** Cells in the order of `fields`. */
  cells: string[];
}
export interface LandedRow {
  key: string;
  id: number;
}
export interface FailedRow {
  key: string;
  message: string;
  field?: string;
  /** All of Odoo's messages for the row. */
  messages?: OdooLoadMessage[];
}
export interface BatchReport {
  /** 0-based index of the top-level batch. */
  index: number;
  size: number;
  landed: LandedRow[];
  failed: FailedRow[];
  /** `load` calls this batch needed (isolation included). */
  calls: number;
  ms: number;
  /** Batch size the next batch will use. */
  nextSize: number;
}
export interface AdaptiveOptions {
  /** Aim for calls of at most about this long (default 10 s: per-call overhead stays small, far from timeouts). */
  targetMs?: number;
  minSize?: number;
  maxSize?: number;
}
export interface LoadBatchesOptions {
  /** Fixed batch size (default 500), or the starting size when adaptive (default: `maxSize`). */
  batchSize?: number;
  /** A batch never carries more than about this many bytes of cell text (default 16 MB; e.g. attachments). */
  maxBytes?: number;
  /** Adapt the batch size to call duration (default true). `false` = fixed `batchSize`. */
  adaptive?: boolean | AdaptiveOptions;
  /** Context for `load` (merged over the client's bulk context). */
  context?: Record<string, unknown>;
  /** `guided` (default): use Odoo's row numbers, bisect when they don't suffice. `bisect`: always bisect. */
  isolate?: "guided" | "bisect";
  /** Called after each committed top-level batch (ledger checkpoint). Awaited. */
  onBatch?: (report: BatchReport) => void | Promise<void>;
  /**
   * Consecutive batches in flight at once (default 2): the next batch is prepared and sent while Odoo
   * still works on the previous one, so neither side idles (Odoo serves concurrent requests from
   * threads or workers). A batch waits for an earlier one still in flight when they share an external
   * id (same record, or a reference to a record the other creates) or a database id; with a
   * relational column matched by name (no `/id`), batches go one at a time. `onBatch` still sees the
   * batches in order. 1 = strictly one call at a time.
   */
  pipeline?: number;
  /** Parallel workers (default 1). Rows with the same `partition` are never written by two workers at once. */
  concurrency?: number;
  /** Partition of a row (e.g. its parent xmlid); batches never mix partitions across workers. */
  partition?: (row: LoadRow) => string;
  /** Set `noupdate` on the external ids of landed rows after each batch (mapping.md §1.2). */
  noupdate?: boolean;
  /**
   * Fail rows Odoo would certainly refuse (bad boolean/selection/number, unknown xmlid, known SQL
   * constraints) before sending them, with Odoo's message (default true). Saves a failed batch per bad row.
   */
  precheck?: boolean;
}
export interface LoadBatchesResult {
  landed: LandedRow[];
  failed: FailedRow[];
  /** Total `load` calls. */
  calls: number;
}

interface Acc {
  landed: LandedRow[];
  failed: FailedRow[];
  calls: number;
}

const ERROR_TYPES = new Set(["error"]);

/** Resends of a call that Odoo refused only because of a concurrent transaction. */
const CONFLICT_RETRIES = 4;
const CONFLICT = /could not serialize access|concurrent update|deadlock detected|could not obtain lock|lock not available/i;
/** Every error message is a lock/serialization conflict (Odoo load turns those into row errors). */
function isConflict(messages: OdooLoadMessage[]): boolean {
  const errs = messages.filter((m) => ERROR_TYPES.has(m.type));
  return errs.length > 0 && errs.every((m) => CONFLICT.test(m.message));
}

function rowFailure(row: LoadRow, messages: OdooLoadMessage[]): FailedRow {
  const errs = messages.filter((m) => ERROR_TYPES.has(m.type));
  const first = errs[0] ?? messages[0];
  const out: FailedRow = { key: row.key, message: first?.message ?? "Odoo rejected the row without a message" };
  if (first?.field) out.field = first.field;
  if (messages.length) out.messages = messages;
  return out;
}

function isSizeError(e: unknown): boolean {
  return (
    e instanceof OdooTimeoutError ||
    e instanceof OdooResourceError ||
    (e instanceof OdooHttpError && (e.httpStatus === 502 || e.httpStatus === 504 || e.httpStatus === 413))
  );
}

class Sizer {
  size: number;
  readonly adaptive: boolean;
  readonly target: number;
  readonly min: number;
  readonly max: number;
  readonly maxBytes: number;
  /** The size is settled (fixed, or the last full batch confirmed it): batches may overlap. */
  steady: boolean;
  constructor(opts: LoadBatchesOptions) {
    const a = opts.adaptive ?? true;
    this.adaptive = a !== false;
    const ao: AdaptiveOptions = typeof a === "object" ? a : {};
    this.target = ao.targetMs ?? 10_000;
    this.min = Math.max(1, ao.minSize ?? 25);
    this.max = Math.max(this.min, ao.maxSize ?? 2000);
    this.maxBytes = opts.maxBytes ?? 16_000_000;
    // Adaptive: start at the max (Odoo's import plateau is ~500-2000 rows and every call has a fixed cost),
    // then follow the measured time per row. Fixed: `batchSize` (500).
    this.size = Math.max(1, opts.batchSize ?? (this.adaptive ? this.max : 500));
    if (this.adaptive) this.size = Math.min(this.max, Math.max(this.min, this.size));
    this.steady = !this.adaptive;
  }
  observe(rows: number, ms: number): void {
    if (!this.adaptive || rows < this.size * 0.9) return;
    const perRow = ms / Math.max(1, rows);
    const ideal = this.target / Math.max(perRow, 0.001);
    // Move at most ×4 up / ×0.5 down per step, to stay stable on noisy timings.
    const next = Math.min(this.max, Math.max(this.min, Math.round(Math.min(this.size * 4, Math.max(this.size / 2, ideal)))));
    // Within ±25%: the size holds (timings are noisy); calls may now overlap without skewing the next step.
    this.steady = Math.abs(next - this.size) <= this.size / 4;
    this.size = next;
  }
  shrink(): void {
    this.steady = false;
    this.size = Math.max(this.adaptive ? this.min : 1, Math.floor(this.size / 2));
  }
}

const rowBytes = (r: LoadRow) => r.cells.reduce((n, c) => n + c.length + 4, 8);

/** Loads `rows` into `model` in batches; every row ends up in exactly one of `landed` / `failed`. */
export async function loadBatches(client: OdooClient, model: string, fields: string[], rows: LoadRow[], opts: LoadBatchesOptions = {}): Promise<LoadBatchesResult> {
  for (const r of rows) {
    if (r.cells.length !== fields.length) {
      throw new OdooError("odoo_load_shape", `Row ${r.key} has ${r.cells.length} cells for ${fields.length} fields`);
    }
  }
  const sizer = new Sizer(opts);
  // Without an `id` column, `load` always creates: resending after an unknown outcome could duplicate.
  const callOpts: CallOptions = { idempotent: fields.includes("id") };
  const guided = (opts.isolate ?? "guided") === "guided";
  const total: Acc = { landed: [], failed: [], calls: 0 };

  const call = async (part: LoadRow[], acc: Acc) => {
    const t0 = Date.now();
    for (let attempt = 0; ; attempt++) {
      acc.calls++;
      const res = await client.load(model, fields, part.map((r) => r.cells), opts.context, callOpts);
      // Odoo's load reports a lock conflict with a concurrent transaction as row errors (and rolled
      // the call back): the rows are not at fault, send them again.
      if (res.ids !== false || attempt >= CONFLICT_RETRIES || !isConflict(res.messages)) return { res, ms: Date.now() - t0 };
      await new Promise<void>((r) => setTimeout(r, 100 * 2 ** attempt * (0.5 + Math.random())));
    }
  };

  /** Bisection: loads `part`, splitting until single bad rows remain. */
  const bisect = async (part: LoadRow[], acc: Acc, known?: OdooLoadMessage[]): Promise<void> => {
    if (part.length === 0) return;
    if (part.length === 1 && known) {
      acc.failed.push(rowFailure(part[0] as LoadRow, known));
      return;
    }
    const { res } = await call(part, acc);
    if (res.ids !== false) return collect(part, res.ids, acc);
    if (part.length === 1) {
      acc.failed.push(rowFailure(part[0] as LoadRow, res.messages));
      return;
    }
    const mid = Math.ceil(part.length / 2);
    await bisect(part.slice(0, mid), acc);
    await bisect(part.slice(mid), acc);
  };

  /** After a failed call: drop the rows Odoo named, load the rest; bisect when names don't help. */
  const isolate = async (part: LoadRow[], messages: OdooLoadMessage[], acc: Acc, depth: number): Promise<void> => {
    const errors = messages.filter((m) => ERROR_TYPES.has(m.type));
    const named = new Map<number, OdooLoadMessage[]>();
    let unnamed = errors.length === 0;
    for (const m of errors) {
      if (typeof m.record === "number" && m.record >= 0 && m.record < part.length) {
        const list = named.get(m.record) ?? [];
        list.push(m);
        named.set(m.record, list);
      } else unnamed = true;
    }
    if (!guided || named.size === 0 || depth > 8) {
      if (part.length === 1) {
        acc.failed.push(rowFailure(part[0] as LoadRow, messages));
        return;
      }
      const mid = Math.ceil(part.length / 2);
      await bisect(part.slice(0, mid), acc);
      await bisect(part.slice(mid), acc);
      return;
    }
    void unnamed; // rows after Odoo's error cut-off are handled when the rest is reloaded
    const rest: LoadRow[] = [];
    part.forEach((r, i) => {
      const msgs = named.get(i);
      if (msgs) acc.failed.push(rowFailure(r, msgs));
      else rest.push(r);
    });
    if (rest.length === 0) return;
    const { res } = await call(rest, acc);
    if (res.ids !== false) return collect(rest, res.ids, acc);
    await isolate(rest, res.messages, acc, depth + 1);
  };

  const collect = (part: LoadRow[], ids: number[], acc: Acc): void => {
    if (ids.length !== part.length) {
      throw new OdooError("odoo_load_ids", `load returned ${ids.length} ids for ${part.length} rows on ${model}`);
    }
    part.forEach((r, i) => acc.landed.push({ key: r.key, id: ids[i] as number }));
  };

  /** One top-level batch, shrinking on timeouts / memory errors. */
  const runBatch = async (part: LoadRow[], acc: Acc): Promise<void> => {
    let res;
    try {
      const r = await call(part, acc);
      res = r.res;
      if (res.ids !== false) sizer.observe(part.length, r.ms);
    } catch (e) {
      if (isSizeError(e) && part.length > 1 && callOpts.idempotent) {
        sizer.shrink();
        const mid = Math.ceil(part.length / 2);
        await runBatch(part.slice(0, mid), acc);
        await runBatch(part.slice(mid), acc);
        return;
      }
      throw e;
    }
    if (res.ids !== false) return collect(part, res.ids, acc);
    // A rejected batch costs Odoo a row-by-row retry of all of it: keep batches smaller while rows fail.
    if (sizer.adaptive) sizer.shrink();
    await isolate(part, res.messages, acc, 0);
  };

  // Pre-check: rows Odoo would refuse never reach it.
  const preFailed = new Map<number, OdooLoadMessage>();
  if ((opts.precheck ?? true) && rows.length > 0) {
    for (const f of await precheckRows(client, model, fields, rows.map((r) => r.cells), opts.context)) preFailed.set(f.index, f.message);
  }
  const preFail = (i: number): FailedRow => rowFailure(rows[i] as LoadRow, [preFailed.get(i) as OdooLoadMessage]);

  const idCol = fields.indexOf("id");
  const rowByKey = new Map<string, LoadRow>();
  if (opts.noupdate && idCol >= 0) for (const r of rows) rowByKey.set(r.key, r);

  const concurrency = Math.max(1, opts.concurrency ?? 1);
  let index = 0;
  const emit = async (part: LoadRow[], acc: Acc, t0: number) => {
    if (opts.noupdate && idCol >= 0 && acc.landed.length) {
      const xmlids = acc.landed.map((l) => rowByKey.get(l.key)?.cells[idCol] ?? "").filter(Boolean);
      acc.calls += await markNoupdate(client, xmlids);
    }
    total.landed.push(...acc.landed);
    total.failed.push(...acc.failed);
    total.calls += acc.calls;
    const report: BatchReport = { index: index++, size: acc.landed.length + acc.failed.length, landed: acc.landed, failed: acc.failed, calls: acc.calls, ms: Date.now() - t0, nextSize: sizer.size };
    if (opts.onBatch) await opts.onBatch(report);
  };

  if (concurrency === 1 || !opts.partition) {
    // Overlap starts once the batch size is settled (fixed size, or adaptive and confirmed by a full
    // batch): until then each call's timing sets the next size. Decided when first needed.
    let depthKnown: number | undefined;
    const depthNow = async (): Promise<number> => {
      if (!sizer.steady || flights.length === 0) return 1;
      depthKnown ??= await pipelineDepth(client, model, fields, opts.pipeline ?? 2);
      return depthKnown;
    };
    const refCols = fields.flatMap((f, i) => (f === "id" || f === ".id" || f.endsWith("/id") || f.endsWith("/.id") ? [i] : []));
    /** The external / database ids a batch names: two batches in flight never share one. */
    const idsOf = (part: LoadRow[]): Set<string> => {
      const out = new Set<string>();
      for (const r of part) {
        for (const i of refCols) {
          const f = fields[i] as string;
          const dbId = f === ".id" || f.endsWith("/.id");
          for (const x of (r.cells[i] ?? "").split(",")) {
            const v = x.trim();
            if (v) out.add(dbId ? `#${v}` : qualify(v));
          }
        }
      }
      return out;
    };
    interface Flight {
      ids: Set<string>;
      settled: Promise<unknown>;
    }
    let flights: Flight[] = [];
    let failure: { error: unknown } | undefined;
    let emitting: Promise<void> = Promise.resolve();
    let pos = 0;
    while (pos < rows.length && !failure) {
      // Size not settled: the batches in flight decide it, wait for them before cutting the next one.
      if (!sizer.steady && flights.length) {
        await Promise.all(flights.map((f) => f.settled));
        flights = [];
        if (failure) break;
      }
      const acc: Acc = { landed: [], failed: [], calls: 0 };
      const part: LoadRow[] = [];
      const target = sizer.size;
      let bytes = 0;
      while (pos < rows.length && part.length < target) {
        if (preFailed.has(pos)) acc.failed.push(preFail(pos));
        else {
          const b = rowBytes(rows[pos] as LoadRow);
          if (part.length > 0 && bytes + b > sizer.maxBytes) break;
          bytes += b;
          part.push(rows[pos] as LoadRow);
        }
        pos++;
      }
      // Wait for a free slot, and for every batch in flight that names one of this batch's ids.
      const depth = await depthNow();
      const ids = (depthKnown ?? opts.pipeline ?? 2) > 1 ? idsOf(part) : new Set<string>();
      const clash = (f: Flight) => {
        for (const x of ids) if (f.ids.has(x)) return true;
        return false;
      };
      const waitFor = flights.filter((f, i) => i <= flights.length - depth || clash(f));
      if (waitFor.length) await Promise.all(waitFor.map((f) => f.settled));
      flights = flights.filter((f) => !waitFor.includes(f));
      if (failure) break; // a batch failed meanwhile: send nothing more (batches already sent are still reported)
      const t0 = Date.now();
      const work = part.length ? runBatch(part, acc) : Promise.resolve();
      const settled = work.then(
        () => true,
        (e: unknown) => {
          failure ??= { error: e };
          return false;
        },
      );
      flights.push({ ids, settled });
      // Reports leave in batch order, each after its own call ended and the previous report was handled.
      emitting = emitting.then(async () => {
        if (await settled) await emit(part, acc, t0);
      });
      emitting.catch((e: unknown) => void (failure ??= { error: e }));
      if ((depthKnown ?? (opts.pipeline ?? 2)) <= 1) await emitting.catch(() => undefined);
    }
    await Promise.all(flights.map((f) => f.settled));
    await emitting.catch(() => undefined);
    if (failure) throw failure.error;
    return total;
  }

  if (preFailed.size) {
    const acc: Acc = { landed: [], failed: [...preFailed.keys()].sort((a, b) => a - b).map(preFail), calls: 0 };
    await emit([], acc, Date.now());
  }
  const kept = preFailed.size ? rows.filter((_, i) => !preFailed.has(i)) : rows;

  // Parallel: group by partition, hand whole partitions to workers so no partition is written twice at once.
  const groups = new Map<string, LoadRow[]>();
  for (const r of kept) {
    const p = opts.partition(r);
    const g = groups.get(p);
    if (g) g.push(r);
    else groups.set(p, [r]);
  }
  const queue = [...groups.values()];
  let emitting = Promise.resolve();
  const worker = async () => {
    let pending: LoadRow[] = [];
    const flush = async () => {
      while (pending.length) {
        let n = 0;
        let bytes = 0;
        while (n < pending.length && n < sizer.size) {
          const b = rowBytes(pending[n] as LoadRow);
          if (n > 0 && bytes + b > sizer.maxBytes) break;
          bytes += b;
          n++;
        }
        const part = pending.slice(0, n);
        pending = pending.slice(part.length);
        const acc: Acc = { landed: [], failed: [], calls: 0 };
        const t0 = Date.now();
        await runBatch(part, acc);
        emitting = emitting.then(() => emit(part, acc, t0));
        await emitting;
      }
    };
    for (;;) {
      const g = queue.shift();
      if (!g) break;
      pending.push(...g);
      if (pending.length >= sizer.size) await flush();
    }
    await flush();
  };
  await Promise.all(Array.from({ length: concurrency }, () => worker()));
  return total;
}

/** `module.name` as Odoo stores it (`load` puts a bare name in `__import__`). */
function qualify(x: string): string {
  return x.includes(".") ? x : `__import__.${x}`;
}

/**
 * How many batches may be in flight: 1 when a relational column is matched by name (Odoo's
 * name_search would not see the records an unfinished call creates), else `wanted`.
 */
async function pipelineDepth(client: OdooClient, model: string, fields: string[], wanted: number): Promise<number> {
  const depth = Math.max(1, Math.floor(wanted));
  if (depth === 1) return 1;
  const byName = fields.filter((f) => f !== "id" && f !== ".id" && !f.endsWith("/id") && !f.endsWith("/.id"));
  if (byName.length === 0) return depth;
  let defs: OdooFields;
  try {
    defs = await client.fieldsGet(model);
  } catch {
    return 1; // cannot tell which columns are relational: one call at a time
  }
  for (const f of byName) {
    const base = f.split("/")[0] as string;
    const type = defs[base]?.type;
    if (type === "many2one" || type === "many2many" || type === "one2many" || type === "many2one_reference" || f.includes("/")) return 1;
  }
  return depth;
}

/** Sets `noupdate = true` on the given `module.name` external ids; returns the number of RPC calls made. */
export async function markNoupdate(client: OdooClient, xmlids: string[]): Promise<number> {
  const byModule = new Map<string, string[]>();
  for (const x of xmlids) {
    const dot = x.indexOf(".");
    const module = dot > 0 ? x.slice(0, dot) : "__import__";
    const list = byModule.get(module) ?? [];
    list.push(dot > 0 ? x.slice(dot + 1) : x);
    byModule.set(module, list);
  }
  let calls = 0;
  for (const [module, names] of byModule) {
    const ids = await client.search("ir.model.data", [["module", "=", module], ["name", "in", names], ["noupdate", "=", false]]);
    calls++;
    if (ids.length) {
      await client.write("ir.model.data", ids, { noupdate: true });
      calls++;
    }
  }
  return calls;
}
