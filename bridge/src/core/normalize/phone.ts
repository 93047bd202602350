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
  return s === "" || PLACEHOLDERS.has(s.toLowerCase());
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

/** Tests only: turn the NANP memo off to compare with libphonenumber alone. */
export function setPhoneMemo(on: boolean): void {
  useMemo = on;
  nanpMemo.clear();
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
      const digits = `${m[2]}${m[3]}${m[4]}`;
      const key = `${country}${m[1] ? "+" : ""}${digits.slice(0, 7)}`;
      let valid = nanpMemo.get(key);
      if (valid === undefined) {
        const p = parsePhoneNumberFromString(body, country);
        valid = !!p && p.isValid() && p.number === `+1${digits}`;
        if (nanpMemo.size > 50_000) nanpMemo.clear();
        nanpMemo.set(key, valid);
      }
      if (valid) return { ok: ext ? `+1${digits} ext. ${ext}` : `+1${digits}` };
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
  const parts = text.split("/").map((p) => p.trim()).filter((p) => !isPlaceholder(p));
  if (parts.length === 0) return { phone: null, extra: [] };
  const results = parts.map((p) => normalizeOne(p, cc));
  const first = results[0] as One;
  const extra = results.slice(1).map((r) => ("ok" in r ? r.ok : r.bad));
  if ("bad" in first) return { phone: null, extra, invalid: first.bad };
  return { phone: first.ok, extra };
}
