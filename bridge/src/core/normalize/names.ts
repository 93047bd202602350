/** Name helpers (mapping.md §1.4 `name_person`, `truncate_name`, `name_key`). */

/** Whitespace other than single inner spaces (the only case where collapse() changes anything). */
const UNTIDY = /^\s|\s$|\s\s|[^\S ]/;

function collapse(s: string): string {
  return UNTIDY.test(s) ? s.replace(/\s+/g, " ").trim() : s;
}

/** Join the non-empty parts with single spaces, inner whitespace collapsed. '' when all are empty. */
export function personName(first?: string | null, middle?: string | null, last?: string | null, suffix?: string | null): string {
  let out = "";
  for (const p of [first, middle, last, suffix]) {
    if (p == null || p === "") continue;
    const c = collapse(p);
    if (c !== "") out = out === "" ? c : `${out} ${c}`;
  }
  return out;
}

/** Matching key for by-name references: trim, collapse inner whitespace, case-fold. Nothing else. */
export function nameKey(s: string | null | undefined): string {
  return collapse(s ?? "").toLowerCase();
}

/** Cut at `max` characters (code points, so a surrogate pair is never split). */
export function truncateName(s: string, max = 250): { name: string; truncated: boolean } {
  if (s.length <= max) return { name: s, truncated: false };
  const cps = Array.from(s);
  if (cps.length <= max) return { name: s, truncated: false };
  return { name: cps.slice(0, max).join(""), truncated: true };
}
