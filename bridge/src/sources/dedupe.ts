/**
 * Duplicate / superseded decisions (sources.md C.1/C.2) in two cheap passes:
 * 1. `see(id)` for every row: a 64-bit id index (~24 bytes per distinct id) notes which ids repeat;
 * 2. only when some do, `occurrence(...)` for the rows of repeated ids (order key + content hash).
 * Memory does not depend on row size and only the repeated rows are kept.
 */
import { hash64, KeyIndex } from "./util.ts";

export type DedupeDecision = { code: "duplicate_row" | "superseded"; keeper: number };

interface Occ {
  row: number;
  upd: number;
  content: string;
}

export class DedupeIndex {
  private index = new KeyIndex();
  private repeated = new Set<number>();
  private groups = new Map<number, Occ[]>();

  /** Pass 1. */
  see(id: string): void {
    const [a, b] = hash64(id);
    const e = this.index.lookupOrInsert(a, b);
    if (e !== -1) this.repeated.add(e);
  }

  hasRepeats(): boolean {
    return this.repeated.size > 0;
  }

  /** Pass 2: the group number when `id` occurs more than once, else -1. */
  repeatedGroup(id: string): number {
    const [a, b] = hash64(id);
    const e = this.index.lookup(a, b);
    return e !== -1 && this.repeated.has(e) ? e : -1;
  }

  /**
   * Pass 2: one occurrence of a repeated id. `updated`: Int32 ordering key (larger = newer);
   * `content`: a hash of the row, or null when the row turned out not to be a valid record.
   */
  occurrence(group: number, row: number, updated: number, content: string | null): void {
    if (content === null) return;
    let g = this.groups.get(group);
    if (!g) {
      g = [];
      this.groups.set(group, g);
    }
    g.push({ row, upd: updated, content });
  }

  /** Winner per id: greatest `updated`, ties → the later row; identical copies of the winner → its first row. */
  decisions(): Map<number, DedupeDecision> {
    const out = new Map<number, DedupeDecision>();
    for (const occs of this.groups.values()) {
      if (occs.length < 2) continue;
      let best = occs[0] as Occ;
      for (const o of occs) if (o.upd > best.upd || (o.upd === best.upd && o.row > best.row)) best = o;
      const keeper = (occs.find((o) => o.content === best.content) as Occ).row;
      const seen = new Set<string>();
      for (const o of occs) {
        if (o.row !== keeper) out.set(o.row, { code: seen.has(o.content) ? "duplicate_row" : "superseded", keeper });
        seen.add(o.content);
      }
    }
    return out;
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
