/**
 * PlanPlus recurrence text / RRULE (sources.md B.5.1) → calendar.event recurrence cells (mapping.md §5.11).
 * Returns null when the text is not understood (caller flags `recurrence_unparsed`).
 */
import { parsePlanPlusDate } from "../normalize/index.ts";

const DAY_ABBR: Record<string, string> = { mon: "mon", tue: "tue", wed: "wed", thu: "thu", fri: "fri", sat: "sat", sun: "sun" };
const DAY_FULL: Record<string, string> = { monday: "MON", tuesday: "TUE", wednesday: "WED", thursday: "THU", friday: "FRI", saturday: "SAT", sunday: "SUN" };
const ORD: Record<string, string> = { first: "1", second: "2", third: "3", fourth: "4", last: "-1" };
const RR_DAY: Record<string, string> = { MO: "mon", TU: "tue", WE: "wed", TH: "thu", FR: "fri", SA: "sat", SU: "sun" };

export type RecurrenceCells = Record<string, string>;

function weekdays(list: string[]): RecurrenceCells | null {
  const out: RecurrenceCells = {};
  for (const d of list) {
    const k = DAY_ABBR[d.trim().toLowerCase()];
    if (!k) return null;
    out[k] = "1";
  }
  return out;
}

function ending(text: string): RecurrenceCells | null {
  if (text === "") return { end_type: "forever" };
  let m = /^until (\S+)$/i.exec(text);
  if (m) {
    const d = parsePlanPlusDate(m[1]!);
    return d ? { end_type: "end_date", until: d.date } : null;
  }
  m = /^for (\d+) occurrences?$/i.exec(text);
  if (m) return { end_type: "count", count: m[1]! };
  return null;
}

function rrule(text: string, startDate: string | null): RecurrenceCells | null {
  const parts = new Map<string, string>();
  for (const p of text.split(";")) {
    const [k, v] = p.split("=");
    if (!k || v === undefined) return null;
    parts.set(k.trim().toUpperCase(), v.trim().toUpperCase());
  }
  const allowed = new Set(["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "COUNT", "UNTIL"]);
  for (const k of parts.keys()) if (!allowed.has(k)) return null;
  const freq = parts.get("FREQ");
  const map: Record<string, string> = { DAILY: "daily", WEEKLY: "weekly", MONTHLY: "monthly", YEARLY: "yearly" };
  if (!freq || !map[freq]) return null;
  const out: RecurrenceCells = { recurrency: "1", rrule_type: map[freq]!, interval: parts.get("INTERVAL") ?? "1" };
  if (!/^\d+$/.test(out["interval"]!)) return null;
  const byday = parts.get("BYDAY");
  if (byday) {
    if (freq === "MONTHLY") {
      const m = /^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(byday);
      if (!m) return null;
      Object.assign(out, { month_by: "day", byday: m[1]!, weekday: m[2]! === "MO" ? "MON" : m[2]! === "TU" ? "TUE" : m[2]! === "WE" ? "WED" : m[2]! === "TH" ? "THU" : m[2]! === "FR" ? "FRI" : m[2]! === "SA" ? "SAT" : "SUN" });
    } else {
      for (const d of byday.split(",")) {
        const k = RR_DAY[d];
        if (!k) return null;
        out[k] = "1";
      }
    }
  }
  const bmd = parts.get("BYMONTHDAY");
  if (bmd) {
    if (!/^\d{1,2}$/.test(bmd)) return null;
    Object.assign(out, { month_by: "date", day: bmd });
  }
  if (parts.has("COUNT")) Object.assign(out, { end_type: "count", count: parts.get("COUNT")! });
  else if (parts.has("UNTIL")) {
    const u = /^(\d{4})(\d{2})(\d{2})/.exec(parts.get("UNTIL")!);
    if (!u) return null;
    Object.assign(out, { end_type: "end_date", until: `${u[1]}-${u[2]}-${u[3]}` });
  } else out["end_type"] = "forever";
  if (freq === "YEARLY" && startDate === null) return null;
  return out;
}

/** `startDate` (YYYY-MM-DD) is needed to check "Yearly on M/D". */
export function parseRecurrence(raw: string, startDate: string | null): RecurrenceCells | null {
  const text = raw.trim().replace(/\s+/g, " ");
  if (text === "") return null;
  if (/^RRULE:/i.test(text)) return rrule(text.slice(6), startDate);
  const m = /^(daily|every (\d+) days|every weekday|weekly on ((?:mon|tue|wed|thu|fri|sat|sun)(?:, (?:mon|tue|wed|thu|fri|sat|sun))*)|every (\d+) weeks on ((?:mon|tue|wed|thu|fri|sat|sun)(?:, (?:mon|tue|wed|thu|fri|sat|sun))*)|monthly on day (\d{1,2})|every (\d+) months on day (\d{1,2})|monthly on the (first|second|third|fourth|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yearly on (\d{1,2})\/(\d{1,2}))(?: (.*))?$/i.exec(
    text,
  );
  if (!m) return null;
  const base = m[1]!.toLowerCase();
  let out: RecurrenceCells | null;
  if (base === "daily") out = { rrule_type: "daily", interval: "1" };
  else if (m[2]) out = Number(m[2]) >= 2 ? { rrule_type: "daily", interval: m[2] } : null;
  else if (base === "every weekday") out = { rrule_type: "weekly", interval: "1", mon: "1", tue: "1", wed: "1", thu: "1", fri: "1" };
  else if (m[3]) {
    const w = weekdays(m[3].split(","));
    out = w ? { rrule_type: "weekly", interval: "1", ...w } : null;
  } else if (m[4]) {
    const w = weekdays(m[5]!.split(","));
    out = w && Number(m[4]) >= 2 ? { rrule_type: "weekly", interval: m[4], ...w } : null;
  } else if (m[6]) out = Number(m[6]) <= 31 && Number(m[6]) >= 1 ? { rrule_type: "monthly", interval: "1", month_by: "date", day: String(Number(m[6])) } : null;
  else if (m[7]) out = Number(m[7]) >= 2 && Number(m[8]) >= 1 && Number(m[8]) <= 31 ? { rrule_type: "monthly", interval: m[7], month_by: "date", day: String(Number(m[8])) } : null;
  else if (m[9]) out = { rrule_type: "monthly", interval: "1", month_by: "day", byday: ORD[m[9].toLowerCase()]!, weekday: DAY_FULL[m[10]!.toLowerCase()]! };
  else if (m[11]) {
    if (!startDate) return null;
    const [, mm, dd] = startDate.split("-").map(Number);
    out = Number(m[11]) === mm && Number(m[12]) === dd ? { rrule_type: "yearly", interval: "1" } : null;
  } else out = null;
  if (!out) return null;
  const e = ending((m[13] ?? "").trim());
  if (!e) return null;
  return { recurrency: "1", ...out, ...e };
}
