/**
 * Duplicate / superseded decisions for a stream of (row, id, updated, content) occurrences
 * (sources.md C.1/C.2): memory = an id index (~30 bytes per distinct id) plus the duplicated ids.
 */
import { hash64, IntColumn, KeyIndex } from "../util.ts";

export type DedupeDecision = { code: "duplicate_row" | "superseded"; keeper: number };

export class DedupeIndex {
  private index = new KeyIndex();
  private firstRow = new IntColumn();
  private firstUpd = new IntColumn();
  private groups = new Map<number, { row: number; upd: number; content: string }[]>();
  private byRow: Map<number, { row: number; upd: number; content: string }> | null = null;

  /**
   * `updated`: an Int32 ordering key (seconds since an epoch, minutes, ...); larger = newer.
   * `content` may be given now, or later through `setContent` for the rows `repeatedRows()` lists.
   */
  add(row: number, id: string, updated: number, content = ""): void {
    const [a, b] = hash64(id);
    const e = this.index.lookupOrInsert(a, b);
    if (e === -1) {
      const idx = this.index.count - 1;
      this.firstRow.set(idx, row);
      this.firstUpd.set(idx, updated);
      if (content) (this.firstContent ??= new Map()).set(row, content);
      return;
    }
    let g = this.groups.get(e);
    if (!g) {
      const fr = this.firstRow.get(e);
      g = [{ row: fr, upd: this.firstUpd.get(e), content: this.firstContent?.get(fr) ?? "" }];
      this.groups.set(e, g);
    }
    g.push({ row, upd: updated, content });
  }
  private firstContent: Map<number, string> | null = null;

  hasRepeats(): boolean {
    return this.groups.size > 0;
  }

  /** Rows whose id occurs more than once (the only rows whose content matters). */
  repeatedRows(): Set<number> {
    this.byRow = new Map();
    for (const g of this.groups.values()) for (const o of g) this.byRow.set(o.row, o);
    return new Set(this.byRow.keys());
  }

  /** Drop a row from the decision (it turned out not to be a valid record). */
  exclude(row: number): void {
    const o = this.byRow?.get(row);
    if (o) o.upd = Number.NaN;
  }

  setContent(row: number, content: string): void {
    const o = this.byRow?.get(row);
    if (o) o.content = content;
  }

  /** Winner per id: greatest `updated`, ties → the later row; identical copies of the winner → its first row. */
  decisions(): Map<number, DedupeDecision> {
    const out = new Map<number, DedupeDecision>();
    for (const all of this.groups.values()) {
      const occs = all.filter((o) => !Number.isNaN(o.upd));
      if (occs.length < 2) continue;
      let best = occs[0] as (typeof occs)[number];
      for (const o of occs) if (o.upd > best.upd || (o.upd === best.upd && o.row > best.row)) best = o;
      const keeper = (occs.find((o) => o.content === best.content) as (typeof occs)[number]).row;
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
