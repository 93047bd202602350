/**
 * Duplicate / superseded decisions (sources.md C.1/C.2) with ONE pre-pass over the file:
 * 1. pre-pass (`DedupeScan`): every row's id goes into a 64-bit hash index (typed arrays, ~16–24 bytes
 *    per distinct id, dropped when the pass ends). A row whose id hash was seen before is recorded with
 *    its exact id, order key and content hash; only these repeats are kept.
 * 2. read pass (`DedupePlan.decision`): when the read reaches the first row of a repeated id (it comes
 *    before all recorded repeats) it supplies that row's order key and content hash; the group is then
 *    decided at once. Groups are keyed by the exact id string, so a 64-bit hash collision between two
 *    different ids only costs a group that turns out to have one row (no wrong decision).
 */
import { hash64, KeyIndex } from "./util.ts";

export type DedupeDecision = { code: "duplicate_row" | "superseded"; keeper: number };

export interface Occurrence {
  row: number;
  /** Int32 ordering key (larger = newer) */
  upd: number;
  /** hash of the row content (`contentKey`: 52 bits of a hex digest) */
  content: number;
}

interface Group {
  /** second and later occurrences, in file order */
  repeats: Occurrence[];
  /** after the decision: the kept row and the code of every other row */
  decided: { keeper: number; codes: Map<number, DedupeDecision["code"]> } | null;
}

/** A hex digest → a number key for content comparison within one id's rows (52 bits: 13 hex digits). */
export function contentKey(hexDigest: string): number {
  return parseInt(hexDigest.slice(0, 13), 16);
}

/** Pre-pass state. */
export class DedupeScan {
  private index: KeyIndex | null = new KeyIndex();
  private readonly groups = new Map<string, Group>();

  /**
   * Call for every eligible row in file order. True when the id (by its 64-bit hash) was seen on an
   * earlier row: then call `repeat` for this row.
   */
  seen(id: string): boolean {
    if (!this.index) throw new Error("DedupeScan: pass already finished");
    const [a, b] = hash64(id);
    return this.index.lookupOrInsert(a, b) !== -1;
  }

  /** A repeated row (after `seen` returned true). `content` null: the row is not a usable record and takes no part. */
  repeat(id: string, row: number, upd: number, content: number | null): void {
    let g = this.groups.get(id);
    if (!g) {
      g = { repeats: [], decided: null };
      this.groups.set(id, g);
    }
    if (content !== null) g.repeats.push({ row, upd, content });
  }

  /** Ends the pass: frees the id index, returns what the read pass needs. */
  finish(): DedupePlan {
    this.index = null;
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

  /**
   * For an eligible row, in file order: null = keep it; else the skip decision. `self()` gives this
   * row's order key and content hash (null when it is not a usable record); it is called only for the
   * first row of a repeated id.
   */
  decision(id: string, row: number, self: () => { upd: number; content: number } | null): DedupeDecision | null {
    if (this.groups.size === 0) return null;
    const g = this.groups.get(id);
    if (!g) return null;
    let d = g.decided;
    if (!d) {
      const own = g.repeats.length && (g.repeats[0] as Occurrence).row <= row ? null : self();
      d = decideGroup(own ? [{ row, ...own }, ...g.repeats] : g.repeats);
      g.decided = d;
    }
    const code = d.codes.get(row);
    return code ? { code, keeper: d.keeper } : null;
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
