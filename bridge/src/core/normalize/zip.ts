/** Postal codes (sources.md C.2 `zip_leading_zero`). */
import { countryCode } from "./country.ts";

/**
 * US (or blank country with default US): 3–4 digits → left-padded to 5; a JSON number → padded
 * (5 or 9 digits); 9 digits without dash → `NNNNN-NNNN`. Other countries: trimmed as given.
 */
export function normalizeZip(raw: string | number | null | undefined, country?: string | null, defaultCountry = "US"): string | null {
  if (raw == null) return null;
  const cc = country && country.trim() !== "" ? countryCode(country) : countryCode(defaultCountry);
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return null;
    const digits = String(Math.trunc(Math.abs(raw)));
    if (cc !== "US") return digits;
    if (digits.length <= 5) return digits.padStart(5, "0");
    if (digits.length <= 9) {
      const d = digits.padStart(9, "0");
      return `${d.slice(0, 5)}-${d.slice(5)}`;
    }
    return digits;
  }
  const s = raw.trim();
  if (s === "") return null;
  if (cc !== "US") return s;
  if (/^\d{3,4}$/.test(s)) return s.padStart(5, "0");
  if (/^\d{9}$/.test(s)) return `${s.slice(0, 5)}-${s.slice(5)}`;
  if (/^\d{3,4}-\d{4}$/.test(s)) {
    const [a, b] = s.split("-") as [string, string];
    return `${a.padStart(5, "0")}-${b}`;
  }
  return s;
}
