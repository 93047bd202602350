/** Booleans (mapping.md §1.4 `boolean()`, sources.md B.3). */

const TRUE = new Set(["true", "yes", "y", "1", "x", "on", "t"]);
const FALSE = new Set(["false", "no", "n", "0", "off", "f"]);

/**
 * `true/false/yes/no/y/n/1/0/x/on/off`, case-insensitive. Returns null for blank AND for values that
 * are not booleans; use `isBlank` to tell them apart (blank = false for flags, null for custom fields).
 */
export function parseBool(raw: string | boolean | number | null | undefined): boolean | null {
  if (raw == null) return null;
  if (typeof raw === "boolean") return raw;
  if (typeof raw === "number") return raw === 1 ? true : raw === 0 ? false : null;
  const s = raw.trim().toLowerCase();
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return null;
}

export function isBlank(raw: unknown): boolean {
  return raw == null || (typeof raw === "string" && raw.trim() === "");
}
