/** Reads a source reader to the end, and a compact view of what it yielded (row:kind:id). */
import type { ObjectReader, ReadItem } from "../../bridge/src/sources/types.ts";

export async function items(r: ObjectReader | undefined): Promise<ReadItem[]> {
  if (!r) throw new Error("reader missing");
  const out: ReadItem[] = [];
  for await (const it of r.read()) out.push(it);
  return out;
}

export const view = (list: ReadItem[]): string[] =>
  list.map((i) => (i.kind === "record" ? `${i.record.origin.row}:rec:${i.record.id}` : `${i.origin.row}:${i.issue.code}:${i.id}`));
