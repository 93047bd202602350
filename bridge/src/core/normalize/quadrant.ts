/** Franklin-Covey priority quadrant (sources.md B.5). */
export type Quadrant = "Q1" | "Q2" | "Q3" | "Q4";

const TABLE: Record<string, Quadrant> = {};
const SPELLINGS: Record<Quadrant, string[]> = {
  Q1: ["q1", "1", "i", "urgent & important", "urgent and important", "important & urgent"],
  Q2: ["q2", "2", "ii", "not urgent & important", "important & not urgent", "not urgent and important"],
  Q3: ["q3", "3", "iii", "urgent & not important", "not important & urgent", "urgent and not important"],
  Q4: ["q4", "4", "iv", "not urgent & not important", "not urgent and not important"],
};
for (const [q, list] of Object.entries(SPELLINGS) as [Quadrant, string[]][]) for (const s of list) TABLE[s] = q;

/** Case-insensitive; null when blank or not a known spelling (`enum_unknown`). */
export function parseQuadrant(raw: string | null | undefined): Quadrant | null {
  if (raw == null) return null;
  return TABLE[raw.replace(/\s+/g, " ").trim().toLowerCase()] ?? null;
}
