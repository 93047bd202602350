/**
 * Dates, times and zones (sources.md B.3, C.2 `date_mixed`, `date_day_first`, `dst_gap`, `dst_overlap`;
 * mapping.md §1.4 `utc()`, `local_date()`, `deadline()`). Pure: zones come from `Intl`.
 */
import { resolveTimeZone } from "./timezone.ts";

export type DstFlag = "dst_gap_adjusted" | "dst_ambiguous";

export interface ParsedDate {
  /** `YYYY-MM-DD` */
  date: string;
  /** true when read day-first because the first component was > 12 (flag `date_ambiguous`). */
  dayFirst?: boolean;
}

export interface UtcResult {
  /** naive UTC `YYYY-MM-DD HH:MM:SS` (what Odoo stores) */
  utc: string;
  flags: DstFlag[];
  dayFirst?: boolean;
}

interface Parts {
  y: number;
  m: number;
  d: number;
  time?: { h: number; mi: number; s: number };
  /** minutes east of UTC when the text carried `Z` or `±HH:MM` */
  offset?: number;
  dayFirst?: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));
const pad2 = (n: number): string => TWO[n] ?? String(n).padStart(2, "0");
const pad4 = (n: number): string => String(n).padStart(4, "0");

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[m - 1] ?? 0;
}

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** `h:mm AM/PM`, `h:mm:ss AM`, `9 AM`, `HH:MM`, `HH:MM:SS`. */
export function parseTime(raw: string | null | undefined): { h: number; mi: number; s: number } | null {
  if (raw == null) return null;
  const t = raw.trim();
  let m = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])\.?\s*m?\.?$/i.exec(t);
  if (m) {
    let h = Number(m[1]);
    const mi = Number(m[2] ?? 0);
    const s = Number(m[3] ?? 0);
    if (h < 1 || h > 12 || mi > 59 || s > 59) return null;
    const pm = (m[4] as string).toLowerCase() === "p";
    if (h === 12) h = pm ? 12 : 0;
    else if (pm) h += 12;
    return { h, mi, s };
  }
  m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(t);
  if (m) {
    const h = Number(m[1]);
    const mi = Number(m[2]);
    const s = Number(m[3] ?? 0);
    if (h > 23 || mi > 59 || s > 59) return null;
    return { h, mi, s };
  }
  return null;
}

function parseOffset(z: string | undefined): number | undefined | null {
  if (z === undefined || z === "") return undefined;
  if (z === "Z" || z === "z") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (!m) return null;
  const v = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === "-" ? -v : v;
}

/** The documented form exactly as PlanPlus writes it (`3/7/2025`, `3/7/2025 9:05 AM`): the common case, one regex. */
const US_FAST_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2}) ([AaPp])[Mm])?$/;

/** Parse any accepted date / date-time shape into parts; null when none applies or the date is impossible. */
function parseParts(raw: string): Parts | null {
  const f = US_FAST_RE.exec(raw);
  if (f) {
    const a = Number(f[1]);
    const b = Number(f[2]);
    const y = Number(f[3]);
    const dayFirst = a > 12;
    const month = dayFirst ? b : a;
    const day = dayFirst ? a : b;
    if (!validDate(y, month, day)) return null;
    const p: Parts = { y, m: month, d: day };
    if (dayFirst) p.dayFirst = true;
    if (f[4] !== undefined) {
      let h = Number(f[4]);
      const mi = Number(f[5]);
      if (h < 1 || h > 12 || mi > 59) return null;
      const pm = f[6] === "p" || f[6] === "P";
      if (h === 12) h = pm ? 12 : 0;
      else if (pm) h += 12;
      p.time = { h, mi, s: 0 };
    }
    return p;
  }
  const s = raw.trim().replace(/\s+/g, " ");
  if (s === "") return null;
  // 1. documented US form: M/D/YYYY [h:mm AM/PM]
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](.+))?$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    let month = a;
    let day = b;
    let dayFirst = false;
    if (a > 12) {
      month = b;
      day = a;
      dayFirst = true;
    }
    if (!validDate(y, month, day)) return null;
    const p: Parts = { y, m: month, d: day };
    if (dayFirst) p.dayFirst = true;
    if (m[4] !== undefined) {
      const t = parseTime(m[4]);
      if (!t) return null;
      p.time = t;
    }
    return p;
  }
  // 2. ISO: YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM], YYYY-MM-DD HH:MM[:SS]
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (!validDate(y, mo, d)) return null;
    const p: Parts = { y, m: mo, d };
    if (m[4] !== undefined) {
      const h = Number(m[4]);
      const mi = Number(m[5]);
      const sec = Number(m[6] ?? 0);
      if (h > 23 || mi > 59 || sec > 59) return null;
      p.time = { h, mi, s: sec };
      const off = parseOffset(m[7]);
      if (off === null) return null;
      if (off !== undefined) p.offset = off;
    }
    return p;
  }
  // 3. Mon D, YYYY [time]
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})(?: (.+))?$/.exec(s);
  if (m) {
    const mo = MONTHS[(m[1] as string).toLowerCase()];
    const d = Number(m[2]);
    const y = Number(m[3]);
    if (mo === undefined || !validDate(y, mo, d)) return null;
    const p: Parts = { y, m: mo, d };
    if (m[4] !== undefined) {
      const t = parseTime(m[4]);
      if (!t) return null;
      p.time = t;
    }
    return p;
  }
  // 4. Excel serial day number (days since 1899-12-30), fraction = time of day
  m = /^(\d{5})(\.\d+)?$/.exec(s);
  if (m) {
    const serial = Number(s);
    if (serial < 20000 || serial > 80000) return null;
    const days = Math.floor(serial);
    const dt = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
    const p: Parts = { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
    if (m[2] !== undefined) {
      const secs = Math.round((serial - days) * 86_400);
      if (secs > 0 && secs < 86_400) p.time = { h: Math.floor(secs / 3600), mi: Math.floor((secs % 3600) / 60), s: secs % 60 };
    }
    return p;
  }
  return null;
}

const isoDate = (p: { y: number; m: number; d: number }): string => `${pad4(p.y)}-${pad2(p.m)}-${pad2(p.d)}`;

/** A PlanPlus date cell (or any `date_mixed` shape) → `YYYY-MM-DD`; a time part is ignored. */
export function parsePlanPlusDate(raw: string | null | undefined): ParsedDate | null {
  if (raw == null) return null;
  const p = parseParts(raw);
  if (!p) return null;
  const r: ParsedDate = { date: isoDate(p) };
  if (p.dayFirst) r.dayFirst = true;
  return r;
}

// ---- zone arithmetic ----------------------------------------------------------------------

const dtfCache = new Map<string, Intl.DateTimeFormat>();
const DAY_MS = 86_400_000;

function formatter(zone: string): Intl.DateTimeFormat {
  let f = dtfCache.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric",
    });
    dtfCache.set(zone, f);
  }
  return f;
}

/** Offset of `zone` at `ms` straight from Intl (minutes east of UTC). */
function rawOffset(zone: string, ms: number): number {
  const at = Math.floor(ms / 1000) * 1000;
  const parts = formatter(zone).formatToParts(new Date(at));
  let y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
  for (const p of parts) {
    switch (p.type) {
      case "year": y = Number(p.value); break;
      case "month": mo = Number(p.value); break;
      case "day": d = Number(p.value); break;
      case "hour": h = Number(p.value) % 24; break;
      case "minute": mi = Number(p.value); break;
      case "second": se = Number(p.value); break;
    }
  }
  return Math.round((Date.UTC(y, mo - 1, d, h, mi, se) - at) / 60_000);
}

/** Per zone and UTC day: offset at the start, offset at the end, and the transition instant (NaN if none). */
const dayCache = new Map<string, Map<number, [number, number, number]>>();
let dayCacheSize = 0;

/** Offset of `zone` at instant `ms`, in minutes east of UTC. Cached per UTC day (≤ 1 transition a day). */
let lastZone = "";
let lastByDay: Map<number, [number, number, number]> | undefined;

export function zoneOffsetMinutes(zone: string, ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  let byDay = zone === lastZone ? lastByDay : dayCache.get(zone);
  if (!byDay) {
    byDay = new Map();
    dayCache.set(zone, byDay);
  }
  lastZone = zone;
  lastByDay = byDay;
  let e = byDay.get(day);
  if (!e) {
    const start = day * DAY_MS;
    const o0 = rawOffset(zone, start);
    const o1 = rawOffset(zone, start + DAY_MS);
    let t = NaN;
    if (o0 !== o1) {
      // first minute of the day with the new offset
      let lo = 0;
      let hi = 1440;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (rawOffset(zone, start + mid * 60_000) === o0) lo = mid + 1;
        else hi = mid;
      }
      t = start + lo * 60_000;
    }
    e = [o0, o1, t];
    if (++dayCacheSize > 200_000) {
      dayCache.clear();
      dayCacheSize = 0;
      byDay = new Map();
      dayCache.set(zone, byDay);
      lastZone = zone;
      lastByDay = byDay;
    }
    byDay.set(day, e);
  }
  return Number.isNaN(e[2]) || ms < e[2] ? e[0] : e[1];
}

/** ms → `YYYY-MM-DD HH:MM:SS` (UTC) by arithmetic (days → civil date, Howard Hinnant's algorithm). */
function fmtUtc(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  let sec = Math.floor((ms - days * DAY_MS) / 1000);
  const h = Math.floor(sec / 3600);
  sec -= h * 3600;
  const mi = Math.floor(sec / 60);
  sec -= mi * 60;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)} ${pad2(h)}:${pad2(mi)}:${pad2(sec)}`;
}

/** Local wall-clock (as if UTC ms) in IANA `zone` → instant ms, with gap/overlap handling (C.2). */
function wallToInstant(wall: number, zone: string): { ms: number; flags: DstFlag[] } {
  if (zone === "UTC") return { ms: wall, flags: [] };
  const before = zoneOffsetMinutes(zone, wall - 86_400_000);
  const after = zoneOffsetMinutes(zone, wall + 86_400_000);
  const t1 = wall - before * 60_000;
  const t2 = wall - after * 60_000;
  const ok1 = zoneOffsetMinutes(zone, t1) === before;
  const ok2 = zoneOffsetMinutes(zone, t2) === after;
  if (ok1 && ok2) {
    if (t1 === t2) return { ms: t1, flags: [] };
    return { ms: Math.min(t1, t2), flags: ["dst_ambiguous"] };
  }
  if (ok1) return { ms: t1, flags: [] };
  if (ok2) return { ms: t2, flags: [] };
  // Gap: the wall time does not exist; read it with the pre-transition offset = moved forward by the gap.
  return { ms: t1, flags: ["dst_gap_adjusted"] };
}

/**
 * `date` (any accepted date shape) + `time` (`h:mm AM/PM` or `HH:MM[:SS]`; blank = midnight) in `zone`
 * (IANA or a B.3.1 name) → naive UTC. Null when date, time or zone is unusable.
 */
export function localToUtc(date: string, time: string | null | undefined, zone: string): UtcResult | null {
  const z = resolveTimeZone(zone);
  if (!z) return null;
  const p = parseParts(date);
  if (!p) return null;
  let t = p.time ?? { h: 0, mi: 0, s: 0 };
  if (time != null && time.trim() !== "") {
    const pt = parseTime(time);
    if (!pt) return null;
    t = pt;
  }
  const wall = Date.UTC(p.y, p.m - 1, p.d, t.h, t.mi, t.s);
  const { ms, flags } = wallToInstant(wall, z);
  const r: UtcResult = { utc: fmtUtc(ms), flags };
  if (p.dayFirst) r.dayFirst = true;
  return r;
}

/**
 * A PlanPlus date-time cell (`M/D/YYYY h:mm AM/PM`, or any `date_mixed` shape) read in `zone`
 * (the export time zone for audit columns). A value with `Z`/offset is converted directly.
 */
export function parsePlanPlusDateTime(raw: string | null | undefined, zone: string): UtcResult | null {
  if (raw == null) return null;
  const p = parseParts(raw);
  if (!p) return null;
  const t = p.time ?? { h: 0, mi: 0, s: 0 };
  const wall = Date.UTC(p.y, p.m - 1, p.d, t.h, t.mi, t.s);
  let r: UtcResult;
  if (p.offset !== undefined) r = { utc: fmtUtc(wall - p.offset * 60_000), flags: [] };
  else {
    const z = resolveTimeZone(zone);
    if (!z) return null;
    const { ms, flags } = wallToInstant(wall, z);
    r = { utc: fmtUtc(ms), flags };
  }
  if (p.dayFirst) r.dayFirst = true;
  return r;
}

const ISO_OFFSET_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|z|[+-]\d{2}:?\d{2})$/;

/** `2024-11-04T07:30:00-06:00` → `2024-11-04 13:30:00`. Null without an offset or when unparseable. */
export function isoOffsetToUtc(iso: string | null | undefined): string | null {
  if (iso == null) return null;
  const m = ISO_OFFSET_RE.exec(iso.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const s = Number(m[6] ?? 0);
  if (!validDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return null;
  const off = parseOffset(m[7]);
  if (off == null) return null;
  return fmtUtc(Date.UTC(y, mo - 1, d, h, mi, s) - off * 60_000);
}

/** The calendar date in the offset given (not the UTC date): `2024-11-04T23:30:00-06:00` → `2024-11-04`. */
export function localDateOfIso(iso: string | null | undefined): string | null {
  if (iso == null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(iso.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return validDate(y, mo, d) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/**
 * A Plexus `LocalDateTime`: with an offset it is converted directly; without one (C.2 `offset_missing`)
 * it is read in `fallbackZone` and `timezone_assumed` is added to the flags. Null when unparseable.
 */
export function localDateTimeToUtc(
  value: string | null | undefined,
  fallbackZone: string,
): { utc: string; localDate: string; flags: (DstFlag | "timezone_assumed")[] } | null {
  if (value == null) return null;
  const direct = isoOffsetToUtc(value);
  const localDate = localDateOfIso(value);
  if (direct && localDate) return { utc: direct, localDate, flags: [] };
  const p = parseParts(value);
  if (!p || p.offset !== undefined) return null;
  const r = localToUtc(value, null, fallbackZone);
  if (!r) return null;
  return { utc: r.utc, localDate: isoDate(p), flags: ["timezone_assumed", ...r.flags] };
}

/** A date-only deadline for a Datetime field: 23:59:00 local in `zone`, as naive UTC. */
export function deadlineUtc(date: string, zone: string): string | null {
  return localToUtc(date, "23:59:00", zone)?.utc ?? null;
}
