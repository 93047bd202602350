/** Per-value type classification for the profiler. */
import { normalizeOneEmail } from "../normalize/email.ts";
import { parsePlanPlusDate } from "../normalize/dates.ts";
import { parseMoney } from "../normalize/money.ts";

export type ValueType = "email" | "phone" | "date" | "number" | "money" | "url" | "bool" | "text";
export type ColumnType = ValueType | "enum" | "empty";

const BOOL = new Set(["true", "false", "yes", "no", "y", "n", "x", "on", "off"]);
const NUMBER_RE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;
const MONEY_HINT = /[$€£¥]|\b(?:USD|EUR|CAD|GBP|AUD|MXN|CHF|JPY)\b/i;
const URL_RE = /^(?:https?:\/\/|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|us|ca|uk|de|example|info|biz)(?:\/\S*)?$/i;
const PHONE_RE = /^\+?[\d\s().\-/]{7,}(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?$/i;

export function classifyValue(raw: unknown): ValueType {
  if (typeof raw === "boolean") return "bool";
  if (typeof raw === "number") return "number";
  const s = String(raw).trim();
  if (BOOL.has(s.toLowerCase())) return "bool";
  if (s.includes("@") && !/\s/.test(s.replace(/^.*</, "").replace(/>.*$/, "")) && normalizeOneEmail(s) !== null) return "email";
  if (s.includes("@") && /[;,]/.test(s) && s.split(/[;,]/).every((p) => normalizeOneEmail(p) !== null)) return "email";
  if (NUMBER_RE.test(s)) return "number";
  if (MONEY_HINT.test(s) && parseMoney(s) !== null) return "money";
  if (!/^\d+(?:\.\d+)?$/.test(s) && /\d/.test(s) && parsePlanPlusDate(s) !== null) return "date";
  if (PHONE_RE.test(s) && (s.match(/\d/g)?.length ?? 0) >= 7 && (s.match(/\d/g)?.length ?? 0) <= 15) return "phone";
  if (URL_RE.test(s)) return "url";
  return "text";
}
