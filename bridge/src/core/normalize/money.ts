/** Money strings (sources.md C.2 `money`). */

export interface Money {
  amount: number;
  currency?: string;
}

const SYMBOLS: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₪": "ILS", "₺": "TRY" };

/**
 * Strip currency symbols/codes and spaces; if both `.` and `,` occur the last one is the decimal
 * separator; if only `,` occurs and is followed by exactly 2 digits at the end it is the decimal
 * separator; a single `.` alone is a decimal point; otherwise separators are thousands separators.
 * `(12.50)` and a leading/trailing `-` are negative. Returns null when unparseable (`TBD`, `call`).
 */
export function parseMoney(raw: string | number | null | undefined): Money | null {
  if (raw == null) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? { amount: raw } : null;
  let s = raw.trim();
  if (s === "") return null;
  let currency: string | undefined;
  const code = /\b([A-Za-z]{3})\b/.exec(s);
  if (code) {
    currency = (code[1] as string).toUpperCase();
    s = s.replace(code[0], "");
  }
  for (const [sym, cur] of Object.entries(SYMBOLS)) {
    if (s.includes(sym)) {
      currency ??= cur;
      s = s.split(sym).join("");
    }
  }
  s = s.replace(/[\s\u00a0\u202f']/g, "");
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith("-")) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.endsWith("-")) {
    negative = !negative;
    s = s.slice(0, -1);
  } else if (s.startsWith("+")) s = s.slice(1);
  if (!/^[0-9.,]+$/.test(s) || !/\d/.test(s)) return null;
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const dec = lastDot > lastComma ? "." : ",";
    const thou = dec === "." ? "," : ".";
    const idx = Math.max(lastDot, lastComma);
    const intPart = s.slice(0, idx).split(thou).join("");
    const frac = s.slice(idx + 1);
    if (intPart.includes(dec) || frac.includes(thou)) return null;
    normalized = `${intPart}.${frac}`;
  } else if (lastComma >= 0) {
    if (/,\d{2}$/.test(s)) normalized = `${s.slice(0, lastComma).split(",").join("")}.${s.slice(lastComma + 1)}`;
    else normalized = s.split(",").join("");
  } else if (lastDot >= 0) {
    normalized = s.indexOf(".") === lastDot ? s : s.split(".").join("");
  } else normalized = s;
  if (!/^\d*\.?\d*$/.test(normalized) || normalized === ".") return null;
  const amount = Number(normalized);
  if (!Number.isFinite(amount)) return null;
  const result: Money = { amount: negative ? -amount : amount };
  if (currency) result.currency = currency;
  return result;
}
