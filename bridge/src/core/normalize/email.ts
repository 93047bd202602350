/** E-mail normalization (sources.md C.2 `email`, `email_invalid`, `multi_value`; mapping.md §1.4 `email()`). */

export interface EmailResult {
  /** The first address, normalized; null when the cell is empty or the first value is invalid. */
  email: string | null;
  /** Further addresses of a multi-value cell (normalized when valid, else as typed): they go to notes. */
  extra: string[];
  /** The first value as typed when it could not be normalized (flag `email_invalid`, raw kept in notes). */
  invalid?: string;
}

const EMPTY_TOKENS = new Set(["n/a", "na", "none", "-", "--", "null"]);
const DOMAIN_RE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/** Split a cell on `;` / `,` outside double quotes and angle brackets. */
function splitList(text: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  let angle = 0;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === "<" && !quoted) angle++;
    else if (ch === ">" && !quoted && angle > 0) angle--;
    if ((ch === ";" || ch === ",") && !quoted && angle === 0) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter((s) => s !== "");
}

/** Normalize one address; null when it is not valid after normalization. */
export function normalizeOneEmail(raw: string): string | null {
  let s = raw.trim();
  const angle = /<([^<>]*)>/.exec(s);
  if (angle) s = angle[1] ?? "";
  s = s.trim();
  for (;;) {
    const before = s;
    if (/^mailto:/i.test(s)) s = s.slice(7).trim();
    if (s.length >= 2 && ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'")))) s = s.slice(1, -1).trim();
    if (s === before) break;
  }
  s = s.toLowerCase();
  return isValidEmail(s) ? s : null;
}

/** Valid = one `@`, non-empty local part without spaces, domain with a dot and only [a-z0-9.-] labels. */
export function isValidEmail(s: string): boolean {
  const at = s.indexOf("@");
  if (at <= 0 || at !== s.lastIndexOf("@")) return false;
  const local = s.slice(0, at);
  const domain = s.slice(at + 1);
  if (/\s/.test(local)) return false;
  return DOMAIN_RE.test(domain);
}

function isEmptyToken(s: string): boolean {
  return s === "" || (s.length <= 8 && EMPTY_TOKENS.has(s.trim().toLowerCase()));
}

/** Characters that make a cell a list or need the slow path of normalizeOneEmail. */
const SPECIAL = /[;,"'<>]|^\s|\s$|^mailto:/i;

export function normalizeEmail(raw: string | null | undefined): EmailResult {
  if (raw == null) return { email: null, extra: [] };
  const text = String(raw).trim();
  if (isEmptyToken(text)) return { email: null, extra: [] };
  if (!SPECIAL.test(text)) {
    // one plain address (the common case): same result as the general path below
    const lower = text.toLowerCase();
    return isValidEmail(lower) ? { email: lower, extra: [] } : { email: null, extra: [], invalid: text };
  }
  const parts = splitList(text).filter((p) => !isEmptyToken(p));
  if (parts.length === 0) return { email: null, extra: [] };
  const [first, ...rest] = parts as [string, ...string[]];
  const extra = rest.map((p) => normalizeOneEmail(p) ?? p);
  const email = normalizeOneEmail(first);
  if (email === null) return { email: null, extra, invalid: first };
  return { email, extra };
}
