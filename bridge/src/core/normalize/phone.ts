/** Phone normalization (sources.md C.2 `phone_format`, `phone_excel`, `phone_placeholder`, `multi_value`). */
import { parsePhoneNumberFromString } from "libphonenumber-js";
import type { CountryCode } from "libphonenumber-js";
import { countryCode } from "./country.ts";

export interface PhoneResult {
  /** E.164 (plus ` ext. N`) when valid for the country, else the value as typed; null when empty or invalid. */
  phone: string | null;
  /** Further numbers of a `/`-separated cell, normalized the same way: they go to notes. */
  extra: string[];
  /** The value as typed when it is not a usable number (flag `phone_invalid`, raw kept in notes). */
  invalid?: string;
}

const PLACEHOLDERS = new Set(["n/a", "na", "none", "-", "--", "0", "null", "tbd", "unknown"]);
const EXCEL_RE = /^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i;
const EXT_RE = /\s*(?:,\s*)?(?:ext\.?|extension|x|#)\s*(\d{1,6})\s*$/i;

function isPlaceholder(s: string): boolean {
  return s === "" || (s.length <= 7 && PLACEHOLDERS.has(s.toLowerCase()));
}

type One = { ok: string } | { bad: string };

/**
 * NANP fast path: for US/CA, libphonenumber's validity of a 10-digit number is decided by its first
 * 7 digits (metadata patterns are prefixes followed by `\d{4}` or longer tails), so the verdict is
 * memoized per (country, `+` written, first 7 digits). test/normalize checks the memo against
 * libphonenumber on random numbers.
 */
const NANP_RE = /^(\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})$/;
const nanpMemo = new Map<string, boolean>();
let useMemo = true;

/**
 * Results per distinct (cell, country): the same numbers recur (switchboards, shared fax lines, a
 * contact's phone repeated on its company and deals). Bounded: emptied when it reaches CACHE_MAX,
 * so memory does not grow with the file. Results are frozen (shared between callers).
 */
const CACHE_MAX = 20_000;
const resultCache = new Map<string, PhoneResult>();

/** Tests only: turn the NANP memo and the result cache off to compare with libphonenumber alone. */
export function setPhoneMemo(on: boolean): void {
  useMemo = on;
  nanpMemo.clear();
  resultCache.clear();
}

/** E.164 of a NANP_RE match when libphonenumber calls it valid (memoized per 7-digit prefix), else null. */
function nanpE164(m: RegExpExecArray, body: string, country: "US" | "CA"): string | null {
  const digits = `${m[2]}${m[3]}${m[4]}`;
  const key = `${country}${m[1] ? "+" : ""}${digits.slice(0, 7)}`;
  let valid = nanpMemo.get(key);
  if (valid === undefined) {
    const p = parsePhoneNumberFromString(body, country);
    valid = !!p && p.isValid() && p.number === `+1${digits}`;
    if (nanpMemo.size > 50_000) nanpMemo.clear();
    nanpMemo.set(key, valid);
  }
  return valid ? `+1${digits}` : null;
}

function normalizeOne(raw: string, country: CountryCode): One {
  const s = raw.trim();
  if (EXCEL_RE.test(s.replace(/\s+/g, ""))) return { bad: s };
  if (!/\d/.test(s)) return { bad: s };
  let body = s;
  let ext: string | undefined;
  const m = EXT_RE.exec(s);
  if (m && m.index > 0) {
    ext = m[1];
    body = s.slice(0, m.index);
  }
  if (useMemo && (country === "US" || country === "CA")) {
    const m = NANP_RE.exec(body.trim());
    if (m) {
      const e164 = nanpE164(m, body, country);
      if (e164 !== null) return { ok: ext ? `${e164} ext. ${ext}` : e164 };
      return { ok: s };
    }
  }
  const parsed = parsePhoneNumberFromString(body, country);
  if (parsed && parsed.isValid()) {
    const e = ext ?? parsed.ext;
    return { ok: e ? `${parsed.number} ext. ${e}` : parsed.number };
  }
  return { ok: s };
}

/**
 * `country` is the record's country (code or name); blank → `defaultCountry` (default `US`).
 */
export function normalizePhone(raw: string | number | null | undefined, country?: string | null, defaultCountry = "US"): PhoneResult {
  if (raw == null) return { phone: null, extra: [] };
  const text = String(raw).trim();
  if (isPlaceholder(text)) return { phone: null, extra: [] };
  const cc = (countryCode(country ?? "") ?? countryCode(defaultCountry) ?? "US") as CountryCode;
  if (!useMemo) return normalizeText(text, cc);
  if (cc === "US" || cc === "CA") {
    // fast path: one plain 10-digit NANP number (no extension, no second number) – what normalizeOne would do
    const m = NANP_RE.exec(text);
    if (m) return { phone: nanpE164(m, text, cc) ?? text, extra: [] };
  }
  const key = `${cc}\u0000${text}`;
  const hit = resultCache.get(key);
  if (hit) return hit;
  const r = normalizeText(text, cc);
  Object.freeze(r.extra);
  Object.freeze(r);
  if (resultCache.size >= CACHE_MAX) resultCache.clear();
  resultCache.set(key, r);
  return r;
}

function normalizeText(text: string, cc: CountryCode): PhoneResult {
  const parts = text.split("/").map((p) => p.trim()).filter((p) => !isPlaceholder(p));
  if (parts.length === 0) return { phone: null, extra: [] };
  const results = parts.map((p) => normalizeOne(p, cc));
  const first = results[0] as One;
  const extra = results.slice(1).map((r) => ("ok" in r ? r.ok : r.bad));
  if ("bad" in first) return { phone: null, extra, invalid: first.bad };
  return { phone: first.ok, extra };
}
