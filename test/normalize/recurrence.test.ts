import { describe, expect, it } from "vitest";
import { parseRecurrencePattern, recurrenceCells, startIsOccurrence } from "../../bridge/src/core/normalize/recurrence.ts";

const ok = (raw: string, start: string | null = "2025-03-07") => {
  const r = parseRecurrencePattern(raw, start);
  if (!r.ok) throw new Error(`${raw}: ${r.reason}`);
  return r;
};
const reason = (raw: string, start: string | null = "2025-03-07"): string => {
  const r = parseRecurrencePattern(raw, start);
  if (r.ok) throw new Error(`${raw} parsed: ${r.rrule}`);
  return r.reason;
};

describe("recurrence grammar (sources.md B.5.1) → calendar.event fields", () => {
  it("every base form", () => {
    expect(ok("Daily").cells).toEqual({ recurrency: "1", rrule_type: "daily", interval: "1", end_type: "forever" });
    expect(ok("Daily").rrule).toBe("FREQ=DAILY");
    expect(ok("Every 3 days").fields).toEqual({ rrule_type: "daily", interval: 3, end_type: "forever" });
    expect(ok("Every weekday").cells).toEqual({ recurrency: "1", rrule_type: "weekly", interval: "1", mon: "1", tue: "1", wed: "1", thu: "1", fri: "1", end_type: "forever" });
    expect(ok("Every weekday").rrule).toBe("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
    expect(ok("Weekly on Mon, Wed").cells).toEqual({ recurrency: "1", rrule_type: "weekly", interval: "1", mon: "1", wed: "1", end_type: "forever" });
    expect(ok("Weekly on Sat").fields.weekdays).toEqual(["sat"]);
    expect(ok("Every 2 weeks on Tue, Thu, Sun").cells).toEqual({ recurrency: "1", rrule_type: "weekly", interval: "2", tue: "1", thu: "1", sun: "1", end_type: "forever" });
    expect(ok("Every 2 weeks on Tue, Thu, Sun").rrule).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH,SU");
    expect(ok("Monthly on day 15").cells).toEqual({ recurrency: "1", rrule_type: "monthly", interval: "1", month_by: "date", day: "15", end_type: "forever" });
    expect(ok("Every 3 months on day 31").fields).toMatchObject({ rrule_type: "monthly", interval: 3, month_by: "date", day: 31 });
    expect(ok("Monthly on the first Monday").cells).toMatchObject({ rrule_type: "monthly", month_by: "day", byday: "1", weekday: "MON" });
    expect(ok("Monthly on the second Tuesday").fields).toMatchObject({ byday: "2", weekday: "TUE" });
    expect(ok("Monthly on the third Wednesday").fields).toMatchObject({ byday: "3", weekday: "WED" });
    expect(ok("Monthly on the fourth Thursday").fields).toMatchObject({ byday: "4", weekday: "THU" });
    expect(ok("Monthly on the last Friday").rrule).toBe("FREQ=MONTHLY;BYDAY=-1FR");
    expect(ok("Yearly on 3/7").cells).toEqual({ recurrency: "1", rrule_type: "yearly", interval: "1", end_type: "forever" });
  });

  it("endings: until M/D/YYYY (inclusive) and for N occurrences", () => {
    expect(ok("Weekly on Mon, Wed until 6/30/2026").cells).toMatchObject({ end_type: "end_date", until: "2026-06-30" });
    expect(ok("Weekly on Mon, Wed until 6/30/2026").rrule).toBe("FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260630");
    expect(ok("Every weekday for 10 occurrences").cells).toMatchObject({ end_type: "count", count: "10" });
    expect(ok("Daily for 1 occurrence").fields).toMatchObject({ end_type: "count", count: 1 });
    expect(ok("Monthly on the last Friday until 12/31/2025").fields).toMatchObject({ until: "2025-12-31" });
    expect(ok("Yearly on 3/7 for 5 occurrences").rrule).toBe("FREQ=YEARLY;COUNT=5");
  });

  it("case-insensitive, extra spaces collapsed", () => {
    expect(ok("  EVERY   2 WEEKS on mon,  fri  UNTIL 6/30/2025 ").cells).toEqual({ recurrency: "1", rrule_type: "weekly", interval: "2", mon: "1", fri: "1", end_type: "end_date", until: "2025-06-30" });
    expect(ok("monthly ON THE Last sunday").fields).toMatchObject({ byday: "-1", weekday: "SUN" });
  });

  it("RRULE: FREQ, INTERVAL, BYDAY (weekly list, monthly nth), BYMONTHDAY, COUNT, UNTIL (date or UTC date-time)", () => {
    expect(ok("RRULE:FREQ=DAILY;INTERVAL=2").cells).toEqual({ recurrency: "1", rrule_type: "daily", interval: "2", end_type: "forever" });
    expect(ok("RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10").cells).toEqual({ recurrency: "1", rrule_type: "weekly", interval: "1", mon: "1", wed: "1", end_type: "count", count: "10" });
    expect(ok("rrule:freq=weekly;byday=tu,th;until=20250630T000000Z").cells).toMatchObject({ tue: "1", thu: "1", end_type: "end_date", until: "2025-06-30" });
    expect(ok("RRULE:FREQ=MONTHLY;BYDAY=-1MO").fields).toMatchObject({ month_by: "day", byday: "-1", weekday: "MON" });
    expect(ok("RRULE:FREQ=MONTHLY;BYDAY=3SA;INTERVAL=2").fields).toMatchObject({ interval: 2, byday: "3", weekday: "SAT" });
    expect(ok("RRULE:FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20251231").cells).toMatchObject({ month_by: "date", day: "15", until: "2025-12-31" });
    expect(ok("RRULE:FREQ=YEARLY;COUNT=3").fields).toMatchObject({ rrule_type: "yearly", count: 3 });
    // DTSTART-relative rules take the event's start date (2025-03-07 is a Friday)
    expect(ok("RRULE:FREQ=WEEKLY").fields.weekdays).toEqual(["fri"]);
    expect(ok("RRULE:FREQ=MONTHLY").fields).toMatchObject({ month_by: "date", day: 7 });
  });

  it("anything else is unparseable, with a reason (never a silent drop)", () => {
    expect(reason("Every fortnight")).toBe("not a B.5.1 pattern");
    expect(reason("Every full moon")).toBe("not a B.5.1 pattern");
    expect(reason("Every 1 days")).toMatch(/N ≥ 2/);
    expect(reason("Every 1 weeks on Mon")).toMatch(/N ≥ 2/);
    expect(reason("Every 1 months on day 3")).toMatch(/N ≥ 2/);
    expect(reason("Monthly on day 32")).toMatch(/1–31/);
    expect(reason("Monthly on day 0")).toMatch(/1–31/);
    expect(reason("Weekly on Monday")).toBe("not a B.5.1 pattern");
    expect(reason("Monthly on the fifth Monday")).toBe("not a B.5.1 pattern");
    expect(reason("Daily until soon")).toMatch(/until/);
    expect(reason("Daily until 31/12/2025")).toMatch(/M\/D\/YYYY/);
    expect(reason("Daily for 0 occurrences")).toMatch(/N ≥ 1/);
    expect(reason("Daily forever and ever")).toMatch(/ending/);
    expect(reason("Daily until 1/1/2025")).toMatch(/before the event starts/);
    expect(reason("Yearly on 3/8")).toMatch(/start date/);
    expect(reason("Yearly on 2/30")).toMatch(/month\/day/);
    expect(reason("Yearly on 3/7", null)).toMatch(/start date/);
    expect(reason("RRULE:FREQ=HOURLY")).toMatch(/HOURLY/);
    expect(reason("RRULE:INTERVAL=2")).toMatch(/without FREQ/);
    expect(reason("RRULE:FREQ=DAILY;BYHOUR=9")).toMatch(/BYHOUR/);
    expect(reason("RRULE:FREQ=DAILY;INTERVAL=0")).toMatch(/INTERVAL/);
    expect(reason("RRULE:FREQ=DAILY;COUNT=x")).toMatch(/COUNT/);
    expect(reason("RRULE:FREQ=DAILY;COUNT=3;UNTIL=20250601")).toMatch(/COUNT and UNTIL/);
    expect(reason("RRULE:FREQ=DAILY;UNTIL=2025-06-01")).toMatch(/UNTIL/);
    expect(reason("RRULE:FREQ=DAILY;UNTIL=20250230")).toMatch(/UNTIL/);
    expect(reason("RRULE:FREQ=DAILY;BYDAY=MO")).toMatch(/Odoo/);
    expect(reason("RRULE:FREQ=WEEKLY;BYDAY=1MO")).toMatch(/MO..SU/);
    expect(reason("RRULE:FREQ=MONTHLY;BYDAY=MO")).toMatch(/1MO/);
    expect(reason("RRULE:FREQ=MONTHLY;BYDAY=5MO")).toMatch(/1MO/);
    expect(reason("RRULE:FREQ=MONTHLY;BYDAY=1MO,3MO")).toMatch(/1MO/);
    expect(reason("RRULE:FREQ=MONTHLY;BYMONTHDAY=-1")).toMatch(/1–31/);
    expect(reason("RRULE:FREQ=MONTHLY;BYDAY=1MO;BYMONTHDAY=3")).toMatch(/together/);
    expect(reason("RRULE:FREQ=WEEKLY", null)).toMatch(/start date/);
    expect(reason("RRULE:FREQ=WEEKLY;FREQ=DAILY")).toMatch(/repeats/);
    expect(reason("RRULE:FREQ")).toMatch(/KEY=VALUE/);
    expect(reason("   ")).toBe("blank");
  });

  it("import cells (Odoo calendar.event load columns) for every form the spec lists", () => {
    const cases: [string, Record<string, string> | null][] = [
      ["Daily", { recurrency: "1", rrule_type: "daily", interval: "1", end_type: "forever" }],
      ["Every 3 days", { recurrency: "1", rrule_type: "daily", interval: "3", end_type: "forever" }],
      ["Every weekday for 10 occurrences", { recurrency: "1", rrule_type: "weekly", interval: "1", mon: "1", tue: "1", wed: "1", thu: "1", fri: "1", end_type: "count", count: "10" }],
      ["Weekly on Mon, Wed until 6/30/2026", { recurrency: "1", rrule_type: "weekly", interval: "1", mon: "1", wed: "1", end_type: "end_date", until: "2026-06-30" }],
      ["Every 2 weeks on Tue, Thu", { recurrency: "1", rrule_type: "weekly", interval: "2", tue: "1", thu: "1", end_type: "forever" }],
      ["Monthly on day 15", { recurrency: "1", rrule_type: "monthly", interval: "1", month_by: "date", day: "15", end_type: "forever" }],
      ["Every 3 months on day 15", { recurrency: "1", rrule_type: "monthly", interval: "3", month_by: "date", day: "15", end_type: "forever" }],
      ["Monthly on the last Friday", { recurrency: "1", rrule_type: "monthly", interval: "1", month_by: "day", byday: "-1", weekday: "FRI", end_type: "forever" }],
      ["Monthly on the first Monday for 12 occurrences", { recurrency: "1", rrule_type: "monthly", interval: "1", month_by: "day", byday: "1", weekday: "MON", end_type: "count", count: "12" }],
      ["Yearly on 3/7", { recurrency: "1", rrule_type: "yearly", interval: "1", end_type: "forever" }],
      ["RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10", { recurrency: "1", rrule_type: "weekly", interval: "1", mon: "1", wed: "1", end_type: "count", count: "10" }],
      ["RRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20250630T000000Z", { recurrency: "1", rrule_type: "weekly", interval: "1", tue: "1", thu: "1", end_type: "end_date", until: "2025-06-30" }],
      ["RRULE:FREQ=MONTHLY;BYDAY=-1FR", { recurrency: "1", rrule_type: "monthly", interval: "1", month_by: "day", byday: "-1", weekday: "FRI", end_type: "forever" }],
      ["RRULE:FREQ=MONTHLY;BYMONTHDAY=9;INTERVAL=2", { recurrency: "1", rrule_type: "monthly", interval: "2", month_by: "date", day: "9", end_type: "forever" }],
      ["RRULE:FREQ=DAILY;INTERVAL=2", { recurrency: "1", rrule_type: "daily", interval: "2", end_type: "forever" }],
      ["Every fortnight", null],
      ["RRULE:FREQ=HOURLY", null],
      ["Yearly on 3/8", null],
    ];
    for (const [raw, cells] of cases) expect(recurrenceCells(raw, "2025-03-07"), raw).toEqual(cells);
  });
});

describe("startIsOccurrence (Odoo archives a base event its rule does not repeat on)", () => {
  const f = (raw: string) => {
    const r = parseRecurrencePattern(raw, "2025-03-07");
    if (!r.ok) throw new Error(r.reason);
    return r.fields;
  };
  it("weekly: the start's weekday must be one of the rule's days", () => {
    expect(startIsOccurrence(f("Weekly on Mon, Wed"), "2025-03-10")).toBe(true); // Monday
    expect(startIsOccurrence(f("Weekly on Mon, Wed"), "2025-03-11")).toBe(false); // Tuesday
    expect(startIsOccurrence(f("Daily"), "2025-03-11")).toBe(true);
  });
  it("monthly: by date the same day, by weekday the same ordinal weekday", () => {
    expect(startIsOccurrence(f("Monthly on day 15"), "2025-03-15")).toBe(true);
    expect(startIsOccurrence(f("Monthly on day 15"), "2025-03-14")).toBe(false);
    expect(startIsOccurrence(f("Monthly on the first Monday"), "2025-01-06")).toBe(true);
    expect(startIsOccurrence(f("Monthly on the first Monday"), "2025-01-13")).toBe(false);
    expect(startIsOccurrence(f("Monthly on the last Friday"), "2025-01-31")).toBe(true);
    expect(startIsOccurrence(f("Monthly on the last Friday"), "2025-01-24")).toBe(false);
  });
});
