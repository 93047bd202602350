/**
 * PlanPlus `Recurrence Pattern` (sources.md B.5.1): the English text grammar or an `RRULE:` with the
 * allowed RFC 5545 parts → the recurrence fields of Odoo 18 `calendar.event` (rrule_type, interval,
 * end_type, count, until, mon…sun, month_by, day, byday, weekday) and the equivalent RRULE value.
 * Pure. Anything outside the grammar, or that Odoo cannot express, is `{ ok: false, reason }`:
 * the caller loads a single event and flags `recurrence_unparsed` (Part C `recurrence`), never drops it.
 */
import { parsePlanPlusDate } from "./dates.ts";

export type RecurrenceWeekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
const WEEK: readonly RecurrenceWeekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const RR: Record<string, RecurrenceWeekday> = { MO: "mon", TU: "tue", WE: "wed", TH: "thu", FR: "fri", SA: "sat", SU: "sun" };
const FULL: Record<string, RecurrenceWeekday> = { monday: "mon", tuesday: "tue", wednesday: "wed", thursday: "thu", friday: "fri", saturday: "sat", sunday: "sun" };
const ORDINAL: Record<string, "1" | "2" | "3" | "4" | "-1"> = { first: "1", second: "2", third: "3", fourth: "4", last: "-1" };

/** calendar.event recurrence fields, typed (cells() gives the import cells). */
export interface RecurrenceFields {
  rrule_type: "daily" | "weekly" | "monthly" | "yearly";
  interval: number;
  end_type: "forever" | "count" | "end_date";
  count?: number;
  /** `YYYY-MM-DD`, inclusive */
  until?: string;
  /** weekly: the days it repeats on */
  weekdays?: RecurrenceWeekday[];
  /** monthly: by date of month (`day`) or by nth weekday (`byday` + `weekday`) */
  month_by?: "date" | "day";
  day?: number;
  byday?: "1" | "2" | "3" | "4" | "-1";
  weekday?: "MON" | "TUE" | "WED" | "THU" | "FRI" | "SAT" | "SUN";
}

export type RecurrenceResult =
  | { ok: true; fields: RecurrenceFields; /** RFC 5545 RRULE value (no `RRULE:` prefix) */ rrule: string; /** import cells for calendar.event */ cells: Record<string, string> }
  | { ok: false; reason: string };

const fail = (reason: string): RecurrenceResult => ({ ok: false, reason });

function weekdayOf(isoDate: string): RecurrenceWeekday | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  const dow = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay(); // 0 = Sunday
  return WEEK[(dow + 6) % 7] ?? null;
}

function validMonthDay(m: number, d: number): boolean {
  const max = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return max !== undefined && d >= 1 && d <= max;
}

function finish(f: RecurrenceFields, startDate: string | null): RecurrenceResult {
  if (f.until && startDate && f.until < startDate) return fail(`ends (${f.until}) before the event starts (${startDate})`);
  const cells: Record<string, string> = { recurrency: "1", rrule_type: f.rrule_type, interval: String(f.interval) };
  const parts = [`FREQ=${f.rrule_type.toUpperCase()}`];
  if (f.interval !== 1) parts.push(`INTERVAL=${f.interval}`);
  if (f.weekdays) {
    for (const d of f.weekdays) cells[d] = "1";
    parts.push(`BYDAY=${WEEK.filter((d) => f.weekdays?.includes(d)).map((d) => d.slice(0, 2).toUpperCase()).join(",")}`);
  }
  if (f.month_by === "date" && f.day !== undefined) {
    Object.assign(cells, { month_by: "date", day: String(f.day) });
    parts.push(`BYMONTHDAY=${f.day}`);
  } else if (f.month_by === "day" && f.byday && f.weekday) {
    Object.assign(cells, { month_by: "day", byday: f.byday, weekday: f.weekday });
    parts.push(`BYDAY=${f.byday}${f.weekday.slice(0, 2)}`);
  }
  cells["end_type"] = f.end_type;
  if (f.end_type === "count") {
    cells["count"] = String(f.count);
    parts.push(`COUNT=${f.count}`);
  } else if (f.end_type === "end_date" && f.until) {
    cells["until"] = f.until;
    parts.push(`UNTIL=${f.until.replace(/-/g, "")}`);
  }
  return { ok: true, fields: f, rrule: parts.join(";"), cells };
}

const posInt = (s: string): number | null => (/^\d{1,6}$/.test(s) && Number(s) >= 1 ? Number(s) : null);

function parseEnding(text: string, f: RecurrenceFields): string | null {
  if (text === "") {
    f.end_type = "forever";
    return null;
  }
  let m = /^until (\S+)$/.exec(text);
  if (m) {
    const d = parsePlanPlusDate(m[1] as string);
    if (!d || d.dayFirst) return `"until" date "${m[1]}" is not a M/D/YYYY date`;
    f.end_type = "end_date";
    f.until = d.date;
    return null;
  }
  m = /^for (\d+) occurrences?$/.exec(text);
  if (m) {
    const n = posInt(m[1] as string);
    if (n === null) return `"for N occurrences" needs N ≥ 1`;
    f.end_type = "count";
    f.count = n;
    return null;
  }
  return `ending "${text}" is neither "until M/D/YYYY" nor "for N occurrences"`;
}

function parseDays(list: string): RecurrenceWeekday[] | null {
  const out: RecurrenceWeekday[] = [];
  for (const p of list.split(/, ?/)) {
    const d = RR[p.slice(0, 2).toUpperCase()];
    if (p.length !== 3 || !d || WEEK.indexOf(d) === -1 || d.slice(0, 3) !== p) return null;
    if (!out.includes(d)) out.push(d);
  }
  return out;
}

const DAY = "(?:mon|tue|wed|thu|fri|sat|sun)";
const DAYS = `(${DAY}(?:, ?${DAY})*)`;
const BASES: [RegExp, (m: RegExpExecArray, startDate: string | null) => RecurrenceFields | string][] = [
  [/^daily(?= |$)/, () => ({ rrule_type: "daily", interval: 1, end_type: "forever" })],
  [/^every (\d+) days(?= |$)/, (m) => (Number(m[1]) >= 2 ? { rrule_type: "daily", interval: Number(m[1]), end_type: "forever" } : `"Every N days" needs N ≥ 2`)],
  [/^every weekday(?= |$)/, () => ({ rrule_type: "weekly", interval: 1, end_type: "forever", weekdays: ["mon", "tue", "wed", "thu", "fri"] })],
  [new RegExp(`^weekly on ${DAYS}(?= |$)`), (m) => ({ rrule_type: "weekly", interval: 1, end_type: "forever", weekdays: parseDays(m[1] as string) ?? [] })],
  [
    new RegExp(`^every (\\d+) weeks on ${DAYS}(?= |$)`),
    (m) => (Number(m[1]) >= 2 ? { rrule_type: "weekly", interval: Number(m[1]), end_type: "forever", weekdays: parseDays(m[2] as string) ?? [] } : `"Every N weeks" needs N ≥ 2`),
  ],
  [/^monthly on day (\d{1,2})(?= |$)/, (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 31 ? { rrule_type: "monthly", interval: 1, end_type: "forever", month_by: "date", day: Number(m[1]) } : `day of month ${m[1]} is not 1–31`)],
  [
    /^every (\d+) months on day (\d{1,2})(?= |$)/,
    (m) =>
      Number(m[1]) < 2
        ? `"Every N months" needs N ≥ 2`
        : Number(m[2]) >= 1 && Number(m[2]) <= 31
          ? { rrule_type: "monthly", interval: Number(m[1]), end_type: "forever", month_by: "date", day: Number(m[2]) }
          : `day of month ${m[2]} is not 1–31`,
  ],
  [
    /^monthly on the (first|second|third|fourth|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?= |$)/,
    (m) => ({ rrule_type: "monthly", interval: 1, end_type: "forever", month_by: "day", byday: ORDINAL[m[1] as string], weekday: (FULL[m[2] as string] as string).toUpperCase() as RecurrenceFields["weekday"] }),
  ],
  [
    /^yearly on (\d{1,2})\/(\d{1,2})(?= |$)/,
    (m, startDate) => {
      const mo = Number(m[1]);
      const d = Number(m[2]);
      if (!validMonthDay(mo, d)) return `"${m[1]}/${m[2]}" is not a month/day`;
      // Odoo repeats a yearly event on its start date's month and day
      if (!startDate) return "a yearly rule needs the event's start date";
      const [, sm, sd] = startDate.split("-").map(Number);
      if (sm !== mo || sd !== d) return `yearly on ${mo}/${d} but the event starts on ${startDate}: Odoo repeats on the start date`;
      return { rrule_type: "yearly", interval: 1, end_type: "forever" };
    },
  ],
];

function parseText(text: string, startDate: string | null): RecurrenceResult {
  const lower = text.toLowerCase();
  for (const [re, build] of BASES) {
    const m = re.exec(lower);
    if (!m) continue;
    const f = build(m, startDate);
    if (typeof f === "string") return fail(f);
    if (f.weekdays && f.weekdays.length === 0) return fail("weekday list not understood");
    const err = parseEnding(lower.slice(m[0].length).trim(), f);
    if (err) return fail(err);
    return finish(f, startDate);
  }
  return fail("not a B.5.1 pattern");
}

function parseRrule(body: string, startDate: string | null): RecurrenceResult {
  const parts = new Map<string, string>();
  for (const p of body.split(";")) {
    if (p.trim() === "") continue;
    const eq = p.indexOf("=");
    if (eq <= 0) return fail(`RRULE part "${p}" is not KEY=VALUE`);
    const k = p.slice(0, eq).trim().toUpperCase();
    if (parts.has(k)) return fail(`RRULE repeats ${k}`);
    parts.set(k, p.slice(eq + 1).trim().toUpperCase());
  }
  for (const k of parts.keys()) if (!["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "COUNT", "UNTIL"].includes(k)) return fail(`RRULE part ${k} is not supported`);
  const freq = parts.get("FREQ");
  const types: Record<string, RecurrenceFields["rrule_type"]> = { DAILY: "daily", WEEKLY: "weekly", MONTHLY: "monthly", YEARLY: "yearly" };
  const t = freq ? types[freq] : undefined;
  if (!t) return fail(freq ? `FREQ=${freq} is not supported` : "RRULE without FREQ");
  const f: RecurrenceFields = { rrule_type: t, interval: 1, end_type: "forever" };
  if (parts.has("INTERVAL")) {
    const n = posInt(parts.get("INTERVAL") as string);
    if (n === null) return fail(`INTERVAL=${parts.get("INTERVAL")} is not a positive integer`);
    f.interval = n;
  }
  const byday = parts.get("BYDAY");
  const bymd = parts.get("BYMONTHDAY");
  if (byday !== undefined && bymd !== undefined) return fail("BYDAY and BYMONTHDAY together cannot be expressed in Odoo");
  if ((t === "daily" || t === "yearly") && (byday !== undefined || bymd !== undefined)) return fail(`BYDAY/BYMONTHDAY with FREQ=${freq} cannot be expressed in Odoo`);
  if (t === "weekly") {
    if (bymd !== undefined) return fail("BYMONTHDAY with FREQ=WEEKLY");
    if (byday !== undefined) {
      const days: RecurrenceWeekday[] = [];
      for (const d of byday.split(",")) {
        const w = RR[d];
        if (!w) return fail(`BYDAY value "${d}" is not MO..SU`);
        if (!days.includes(w)) days.push(w);
      }
      f.weekdays = days;
    } else {
      const w = startDate ? weekdayOf(startDate) : null;
      if (!w) return fail("FREQ=WEEKLY without BYDAY needs the event's start date");
      f.weekdays = [w];
    }
  }
  if (t === "monthly") {
    if (byday !== undefined) {
      const m = /^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(byday);
      if (!m) return fail(`monthly BYDAY "${byday}" is not one of 1MO..4SU / -1MO..-1SU`);
      f.month_by = "day";
      f.byday = m[1] as RecurrenceFields["byday"];
      f.weekday = (RR[m[2] as string] as string).toUpperCase() as RecurrenceFields["weekday"];
    } else if (bymd !== undefined) {
      const d = posInt(bymd);
      if (d === null || d > 31) return fail(`BYMONTHDAY=${bymd} is not 1–31`);
      f.month_by = "date";
      f.day = d;
    } else {
      const m = startDate ? /^\d{4}-\d{2}-(\d{2})$/.exec(startDate) : null;
      if (!m) return fail("FREQ=MONTHLY without BYDAY/BYMONTHDAY needs the event's start date");
      f.month_by = "date";
      f.day = Number(m[1]);
    }
  }
  const count = parts.get("COUNT");
  const until = parts.get("UNTIL");
  if (count !== undefined && until !== undefined) return fail("COUNT and UNTIL together (RFC 5545 forbids it)");
  if (count !== undefined) {
    const n = posInt(count);
    if (n === null) return fail(`COUNT=${count} is not a positive integer`);
    f.end_type = "count";
    f.count = n;
  } else if (until !== undefined) {
    const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(until);
    if (!m || !validMonthDay(Number(m[2]), Number(m[3])) || (Number(m[2]) === 2 && Number(m[3]) === 29 && Number(m[1]) % 4 !== 0)) return fail(`UNTIL=${until} is not YYYYMMDD or YYYYMMDDTHHMMSSZ`);
    f.end_type = "end_date";
    f.until = `${m[1]}-${m[2]}-${m[3]}`;
  }
  return finish(f, startDate);
}

/**
 * Parses a `Recurrence Pattern` cell. `startDate` (`YYYY-MM-DD`, the event's first day) is needed
 * for "Yearly on M/D" (must be the start day) and for RRULEs that rely on DTSTART (weekly without
 * BYDAY, monthly without BYDAY/BYMONTHDAY). Blank text is `{ ok: false, reason: "blank" }`.
 */
export function parseRecurrencePattern(raw: string | null | undefined, startDate: string | null = null): RecurrenceResult {
  const text = (raw ?? "").trim().replace(/\s+/g, " ");
  if (text === "") return fail("blank");
  if (/^rrule:/i.test(text)) return parseRrule(text.slice(6).replace(/ /g, ""), startDate);
  return parseText(text, startDate);
}

/** calendar.event import cells, or null when not understood (same contract as the mapping's former parser). */
export function recurrenceCells(raw: string, startDate: string | null): Record<string, string> | null {
  const r = parseRecurrencePattern(raw, startDate);
  return r.ok ? r.cells : null;
}

/** Why a pattern is not understood (for the `recurrence_unparsed` message); null when it is. */
export function recurrenceProblem(raw: string, startDate: string | null): string | null {
  const r = parseRecurrencePattern(raw, startDate);
  return r.ok ? null : r.reason;
}

/**
 * Whether the event's first day (`YYYY-MM-DD`) is itself an occurrence of the rule. Odoo 18 builds
 * a recurrence's occurrences from the rule starting at the base event and archives the base event
 * when its day is not one of them (a Tuesday event "weekly on Mon, Wed"): the migrated record would
 * end up archived, outside its own series.
 */
export function startIsOccurrence(f: RecurrenceFields, startDate: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(startDate);
  if (!m) return true;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const wd = weekdayOf(startDate);
  if (f.rrule_type === "weekly") return !f.weekdays || f.weekdays.length === 0 || (wd !== null && f.weekdays.includes(wd));
  if (f.rrule_type === "monthly" && f.month_by === "date" && f.day !== undefined) return f.day === d;
  if (f.rrule_type === "monthly" && f.month_by === "day" && f.byday && f.weekday) {
    if (wd === null || wd !== f.weekday.toLowerCase().slice(0, 3)) return false;
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return f.byday === "-1" ? d + 7 > last : Math.ceil(d / 7) === Number(f.byday);
  }
  return true;
}
