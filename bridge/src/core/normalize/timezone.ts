/** Time zone names → IANA (sources.md B.3.1). */

const TABLE: [string, string[]][] = [
  ["Pacific/Honolulu", ["(UTC-10:00) Hawaii", "Hawaiian Standard Time", "HST"]],
  ["America/Anchorage", ["(UTC-09:00) Alaska", "Alaskan Standard Time", "AKST"]],
  ["America/Los_Angeles", ["(UTC-08:00) Pacific Time (US & Canada)", "Pacific Standard Time", "PST", "PT", "US/Pacific"]],
  ["America/Phoenix", ["(UTC-07:00) Arizona", "US Mountain Standard Time", "US/Arizona"]],
  ["America/Denver", ["(UTC-07:00) Mountain Time (US & Canada)", "Mountain Standard Time", "MST", "MT", "US/Mountain"]],
  ["America/Chicago", ["(UTC-06:00) Central Time (US & Canada)", "Central Standard Time", "CST", "CT", "US/Central"]],
  ["America/New_York", ["(UTC-05:00) Eastern Time (US & Canada)", "Eastern Standard Time", "EST", "ET", "US/Eastern"]],
  ["America/Halifax", ["(UTC-04:00) Atlantic Time (Canada)", "Atlantic Standard Time", "AST"]],
  ["Europe/London", ["(UTC+00:00) Dublin, Edinburgh, Lisbon, London", "GMT Standard Time", "GMT"]],
  ["Europe/Berlin", ["(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "W. Europe Standard Time", "CET"]],
  ["UTC", ["(UTC) Coordinated Universal Time", "UTC"]],
];

const key = (s: string): string => s.replace(/\s+/g, " ").trim().toLowerCase();
const BY_NAME = new Map<string, string>();
for (const [iana, names] of TABLE) for (const n of names) BY_NAME.set(key(n), iana);

const ianaCache = new Map<string, string | null>();

const rawMemo = new Map<string, string | null>();

/** The B.3.1 table first, then any IANA name (`Intl` validates; canonical spelling returned). */
export function resolveTimeZone(name: string | null | undefined): string | null {
  if (name == null) return null;
  const memo = rawMemo.get(name);
  if (memo !== undefined) return memo;
  const r = resolveUncached(name);
  if (rawMemo.size >= 1000) rawMemo.clear();
  rawMemo.set(name, r);
  return r;
}

function resolveUncached(name: string): string | null {
  const k = key(name);
  if (k === "") return null;
  const hit = BY_NAME.get(k);
  if (hit) return hit;
  if (!/^[a-z_]+(?:\/[a-z0-9_+-]+)+$/i.test(name.trim()) && k !== "utc") return null;
  const cached = ianaCache.get(k);
  if (cached !== undefined) return cached;
  let result: string | null = null;
  try {
    const canonical = new Intl.DateTimeFormat("en-US", { timeZone: name.trim() }).resolvedOptions().timeZone;
    // Keep the name as given (case-corrected by Intl) so America/Chicago stays America/Chicago.
    result = canonical;
  } catch {
    result = null;
  }
  ianaCache.set(k, result);
  return result;
}
