/**
 * Streaming column profiler (issue 4): fed row by row, returns per column fill rate, distinct
 * estimate, inferred type (email/phone/date/number/money/url/bool/text/enum), top values and
 * samples. Pure and isomorphic; memory is bounded per column.
 */
import { HyperLogLog } from "./hll.ts";
import { classifyValue } from "./infer.ts";
import type { ColumnType, ValueType } from "./infer.ts";

export type { ColumnType, ValueType } from "./infer.ts";
export { classifyValue } from "./infer.ts";
export { HyperLogLog } from "./hll.ts";

export interface ColumnProfile {
  name: string;
  /** rows seen */
  rows: number;
  /** non-empty values */
  filled: number;
  fillRate: number;
  distinctEstimate: number;
  inferredType: ColumnType;
  /** share of non-empty values matching the inferred type (0–1) */
  confidence: number;
  typeCounts: Partial<Record<ValueType, number>>;
  /** most frequent values (exact while the column has few distinct values, approximate beyond) */
  topValues: { value: string; count: number }[];
  samples: string[];
  maxLength: number;
}

export interface ProfileOptions {
  topN?: number;
  samples?: number;
  /** distinct values tracked for top values before pruning */
  trackLimit?: number;
  /** values longer than this are cut in samples/top values */
  maxValueLength?: number;
  /** flatten nested objects (Plexus) into `a.b` columns; default true */
  flatten?: boolean;
}

class ColumnState {
  rows = 0;
  filled = 0;
  maxLength = 0;
  readonly hll = new HyperLogLog();
  readonly types: Partial<Record<ValueType, number>> = {};
  readonly counts = new Map<string, number>();
  readonly samples: string[] = [];
  constructor(readonly name: string) {}
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export class Profiler {
  private readonly cols = new Map<string, ColumnState>();
  private rows = 0;
  private readonly o: Required<ProfileOptions>;

  constructor(opts: ProfileOptions = {}) {
    this.o = { topN: opts.topN ?? 10, samples: opts.samples ?? 5, trackLimit: opts.trackLimit ?? 1000, maxValueLength: opts.maxValueLength ?? 120, flatten: opts.flatten ?? true };
  }

  private col(name: string): ColumnState {
    let c = this.cols.get(name);
    if (!c) {
      c = new ColumnState(name);
      c.rows = this.rows - 1; // earlier rows (before the column first appeared) count as empty
      this.cols.set(name, c);
    }
    return c;
  }

  private flatten(row: Record<string, unknown>, prefix: string, out: Map<string, unknown>, depth: number): void {
    for (const [k, v] of Object.entries(row)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (v !== null && typeof v === "object" && !Array.isArray(v) && this.o.flatten && depth < 3) this.flatten(v as Record<string, unknown>, key, out, depth + 1);
      else if (Array.isArray(v)) out.set(key, v.length === 0 ? null : v.every((x) => x === null || typeof x !== "object") ? v.join(";") : `[${v.length} items]`);
      else out.set(key, v);
    }
  }

  addRow(row: Record<string, unknown>): void {
    this.rows++;
    const flat = new Map<string, unknown>();
    this.flatten(row, "", flat, 0);
    for (const c of this.cols.values()) if (!flat.has(c.name)) c.rows++;
    for (const [name, v] of flat) {
      const c = this.col(name);
      c.rows++;
      if (isEmpty(v)) continue;
      c.filled++;
      const s = typeof v === "string" ? v : String(v);
      c.maxLength = Math.max(c.maxLength, s.length);
      const t = classifyValue(v);
      c.types[t] = (c.types[t] ?? 0) + 1;
      const key = s.length > this.o.maxValueLength ? s.slice(0, this.o.maxValueLength) : s;
      c.hll.add(s);
      c.counts.set(key, (c.counts.get(key) ?? 0) + 1);
      if (c.counts.size > this.o.trackLimit) {
        // lossy pruning: drop the values seen least often
        const min = Math.min(...c.counts.values());
        for (const [k, n] of c.counts) if (n <= min) c.counts.delete(k);
      }
      if (c.samples.length < this.o.samples && !c.samples.includes(key)) c.samples.push(key);
    }
  }

  result(): ColumnProfile[] {
    return [...this.cols.values()].map((c) => {
      const distinct = c.hll.estimate();
      let best: ValueType = "text";
      let bestN = 0;
      for (const [t, n] of Object.entries(c.types) as [ValueType, number][]) if (n > bestN) [best, bestN] = [t, n];
      let type: ColumnType = c.filled === 0 ? "empty" : best;
      let conf = c.filled ? bestN / c.filled : 0;
      const num = c.types.number ?? 0;
      const money = c.types.money ?? 0;
      if (c.filled && money > 0 && (num + money) / c.filled >= 0.8) {
        type = "money";
        conf = (num + money) / c.filled;
      } else if (c.filled && conf < 0.8) {
        type = "text";
        conf = (c.types.text ?? 0) / c.filled;
      }
      if (type === "text" && c.filled >= 10 && distinct <= Math.max(12, Math.ceil(c.filled * 0.05)) && c.maxLength <= 60) {
        type = "enum";
        conf = 1 - distinct / c.filled;
      }
      const topValues = [...c.counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, this.o.topN).map(([value, count]) => ({ value, count }));
      return {
        name: c.name, rows: c.rows, filled: c.filled, fillRate: c.rows ? c.filled / c.rows : 0, distinctEstimate: distinct, inferredType: type,
        confidence: Math.round(conf * 1000) / 1000, typeCounts: { ...c.types }, topValues, samples: [...c.samples], maxLength: c.maxLength,
      };
    });
  }
}

/** Profile any (async) iterable of rows. */
export async function profileRows(rows: Iterable<Record<string, unknown>> | AsyncIterable<Record<string, unknown>>, opts?: ProfileOptions): Promise<ColumnProfile[]> {
  const p = new Profiler(opts);
  for await (const r of rows) p.addRow(r);
  return p.result();
}
