/**
 * Batch writer on top of `model.load`: batches rows, and when Odoo rejects a batch (`ids: false`,
 * all-or-nothing) isolates exactly the bad rows and loads the good ones. Isolation first trusts the
 * row numbers in Odoo's messages (one extra call for the rest), and falls back to bisection
 * (O(log n) calls per bad row) when messages don't point at rows. Optional adaptive batch size:
 * aims for `targetMs` per call, grows when fast, halves on timeouts / memory errors.
 */
import type { CallOptions, OdooClient, OdooLoadMessage } from "./client.ts";
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
  }
  observe(rows: number, ms: number): void {
    if (!this.adaptive || rows < this.size * 0.9) return;
    const perRow = ms / Math.max(1, rows);
    const ideal = this.target / Math.max(perRow, 0.001);
    // Move at most ×4 up / ×0.5 down per step, to stay stable on noisy timings.
    const next = Math.round(Math.min(this.size * 4, Math.max(this.size / 2, ideal)));
    this.size = Math.min(this.max, Math.max(this.min, next));
  }
  shrink(): void {
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
    acc.calls++;
    const t0 = Date.now();
    const res = await client.load(model, fields, part.map((r) => r.cells), opts.context, callOpts);
    return { res, ms: Date.now() - t0 };
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
    let pos = 0;
    while (pos < rows.length) {
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
      const t0 = Date.now();
      if (part.length) await runBatch(part, acc);
      await emit(part, acc, t0);
    }
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
