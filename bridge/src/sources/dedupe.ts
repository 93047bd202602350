/**
 * Duplicate / superseded decisions (sources.md C.1/C.2) with ONE pre-pass over the file:
 * 1. pre-pass (`DedupeScan`): every row's id goes into a scalable Bloom filter of 64-bit id hashes
 *    (~4 bytes per distinct id, dropped when the pass ends). A row whose id may have been seen before
 *    is recorded under its exact id with its order key and content hash; only these rows are kept.
 * 2. read pass (`DedupePlan`): when the read reaches the first row of a recorded id (it comes before
 *    all recorded rows, or is itself the first recorded one) it supplies that row's order key and
 *    content hash; the id is then decided at once. Groups are keyed by the exact id string, so a Bloom
 *    false positive (or a 64-bit hash collision) only makes a group of one row: no wrong decision.
 */
import { hash64, ScalableBloom } from "./util.ts";

export type DedupeDecision = { code: "duplicate_row" | "superseded"; keeper: number };

export interface Occurrence {
  row: number;
  /** Int32 ordering key (larger = newer) */
  upd: number;
  /** hash of the row content (`contentKey`: 52 bits of a hex digest) */
  content: number;
}

/**
 * One repeated id, as a flat number array (a few dozen bytes; 80k repeated ids at 2M rows must not
 * cost a Map and objects each):
 * - undecided: `[-1, row, upd, content, row, upd, content, ...]` (second and later occurrences);
 * - decided: `[keeper, row, code, row, code, ...]` (every other row; code 1 = duplicate_row, 2 = superseded).
 */
export type Group = number[];

const CODES = [null, "duplicate_row", "superseded"] as const;

/** A hex digest → a number key for content comparison within one id's rows (52 bits: 13 hex digits). */
export function contentKey(hexDigest: string): number {
  return parseInt(hexDigest.slice(0, 13), 16);
}

/** Pre-pass state. */
export class DedupeScan {
  private index: ScalableBloom | null = new ScalableBloom();
  private readonly groups = new Map<string, Group>();

  /**
   * Call for every eligible row in file order. True when the id may have been seen on an earlier row
   * (Bloom filter: no false negatives, rare false positives): then call `repeat` for this row.
   */
  seen(id: string): boolean {
    if (!this.index) throw new Error("DedupeScan: pass already finished");
    const [a, b] = hash64(id);
    return this.index.testAndAdd(a, b);
  }

  /** A repeated row (after `seen` returned true). `content` null: the row is not a usable record and takes no part. */
  repeat(id: string, row: number, upd: number, content: number | null): void {
    let g = this.groups.get(id);
    if (!g) {
      g = [-1];
      this.groups.set(id, g);
    }
    if (content !== null) g.push(row, upd, content);
  }

  /** Ends the pass: frees the id index, returns what the read pass needs (group arrays trimmed to size). */
  finish(): DedupePlan {
    this.index = null;
    for (const [id, g] of this.groups) this.groups.set(id, g.slice());
    return new DedupePlan(this.groups);
  }
}

/**
 * Rows of one id in file order → the kept row and the code of every other row. Winner: greatest
 * `upd`, ties → the later row; identical copies of the winner → its first row. A row whose content
 * appeared on an earlier row of the id is `duplicate_row`, else `superseded`.
 */
export function decideGroup(occs: readonly Occurrence[]): { keeper: number; codes: Map<number, DedupeDecision["code"]> } {
  const codes = new Map<number, DedupeDecision["code"]>();
  if (occs.length === 0) return { keeper: -1, codes };
  let best = occs[0] as Occurrence;
  for (const o of occs) if (o.upd > best.upd || (o.upd === best.upd && o.row > best.row)) best = o;
  const keeper = (occs.find((o) => o.content === best.content) as Occurrence).row;
  const seen = new Set<number>();
  for (const o of occs) {
    if (o.row !== keeper) codes.set(o.row, seen.has(o.content) ? "duplicate_row" : "superseded");
    seen.add(o.content);
  }
  return { keeper, codes };
}

/** Read-pass side: the decision for each row of a repeated id. Reusable for further reads of the same file. */
export class DedupePlan {
  constructor(private readonly groups: Map<string, Group> = new Map()) {}

  /** ids that occur more than once (or share a 64-bit hash with an earlier id) */
  get repeatedIds(): number {
    return this.groups.size;
  }

  /** The group of `id` when it is repeated, else null. One Map lookup; nothing allocated. */
  groupOf(id: string): Group | null {
    return this.groups.size === 0 ? null : (this.groups.get(id) ?? null);
  }

  /** True when `row` is the first row of the group and the group is not decided yet: pass its own key to `decide`. */
  needsOwn(g: Group, row: number): boolean {
    return g[0] === -1 && !(g.length > 1 && (g[1] as number) <= row);
  }

  /**
   * For an eligible row of a repeated id, in file order: null = keep it, else the skip decision.
   * `own`: this row's order key and content hash when `needsOwn` said so (null when not a usable record).
   */
  decide(g: Group, row: number, own: { upd: number; content: number } | null): DedupeDecision | null {
    if (g[0] === -1) {
      const occs: Occurrence[] = own ? [{ row, upd: own.upd, content: own.content }] : [];
      for (let k = 1; k + 2 < g.length; k += 3) occs.push({ row: g[k] as number, upd: g[k + 1] as number, content: g[k + 2] as number });
      const d = decideGroup(occs);
      // in place (the decided form is never longer: 1 + 2 × (rows − 1) ≤ 1 + 3 × recorded rows), no regrowth
      g[0] = d.keeper;
      let k = 1;
      for (const [r, code] of d.codes) {
        g[k++] = r;
        g[k++] = code === "duplicate_row" ? 1 : 2;
      }
      g.length = k;
    }
    for (let k = 1; k + 1 < g.length; k += 2) {
      if (g[k] === row) return { code: CODES[g[k + 1] as 1 | 2], keeper: g[0] as number };
    }
    return null;
  }

  /** `groupOf` + `needsOwn` + `decide` in one call (tests, small readers); `self` is called only when needed. */
  decision(id: string, row: number, self: () => { upd: number; content: number } | null): DedupeDecision | null {
    const g = this.groupOf(id);
    if (!g) return null;
    return this.decide(g, row, this.needsOwn(g, row) ? self() : null);
  }
}

const EPOCH = Date.UTC(2000, 0, 1);
/** Instant → seconds since 2000-01-01 clamped to Int32 (ordering key); unparseable → the minimum. */
export function instantKey(v: unknown): number {
  if (typeof v !== "string") return -2147483648;
  const ms = Date.parse(v);
  if (!Number.isFinite(ms)) return -2147483648;
  return Math.max(-2147483647, Math.min(2147483647, Math.floor((ms - EPOCH) / 1000)));
}
