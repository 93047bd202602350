/**
 * Duplicate / superseded decisions for a stream of (row, id, updated, content) occurrences
 * (sources.md C.1/C.2): memory = an id index (~30 bytes per distinct id) plus the duplicated ids.
 */
import { hash64, IntColumn, KeyIndex } from "../util.ts";

export type DedupeDecision = { code: "duplicate_row" | "superseded"; keeper: number };

export class DedupeIndex {
  private index = new KeyIndex();
  private firstRow = new IntColumn();
  private firstC1 = new IntColumn();
  private firstC2 = new IntColumn();
  private firstUpd = new IntColumn();
  private groups = new Map<number, { row: number; c1: number; c2: number; upd: number }[]>();

  /** `updated`: an Int32 ordering key (seconds since an epoch, minutes, ...); larger = newer. */
  add(row: number, id: string, updated: number, content: string): void {
    const [a, b] = hash64(id);
    const [c1, c2] = hash64(content);
    const e = this.index.lookupOrInsert(a, b);
    if (e === -1) {
      const idx = this.index.count - 1;
      this.firstRow.set(idx, row);
      this.firstC1.set(idx, c1);
      this.firstC2.set(idx, c2);
      this.firstUpd.set(idx, updated);
      return;
    }
    let g = this.groups.get(e);
    if (!g) {
      g = [{ row: this.firstRow.get(e), c1: this.firstC1.get(e), c2: this.firstC2.get(e), upd: this.firstUpd.get(e) }];
      this.groups.set(e, g);
    }
    g.push({ row, c1, c2, upd: updated });
  }

  /** Winner per id: greatest `updated`, ties → the later row; identical copies of the winner → its first row. */
  decisions(): Map<number, DedupeDecision> {
    const out = new Map<number, DedupeDecision>();
    for (const occs of this.groups.values()) {
      let best = occs[0] as (typeof occs)[number];
      for (const o of occs) if (o.upd > best.upd || (o.upd === best.upd && o.row > best.row)) best = o;
      const keeper = (occs.find((o) => o.c1 === best.c1 && o.c2 === best.c2) as (typeof occs)[number]).row;
      const seen = new Set<string>();
      for (const o of occs) {
        const ck = `${o.c1}:${o.c2}`;
        if (o.row !== keeper) out.set(o.row, { code: seen.has(ck) ? "duplicate_row" : "superseded", keeper });
        seen.add(ck);
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
