import { describe, expect, it } from "vitest";
import {
  deadlineUtc,
  isoOffsetToUtc,
  localDateOfIso,
  localDateTimeToUtc,
  localToUtc,
  parsePlanPlusDate,
  parsePlanPlusDateTime,
  parseTime,
  resolveTimeZone,
} from "../../bridge/src/core/normalize/index.ts";

describe("parsePlanPlusDate (C.2 date_mixed, date_day_first, date_invalid)", () => {
  it.each([
    ["3/7/2025", "2025-03-07"],
    ["12/31/2024", "2024-12-31"],
    ["2025-03-07", "2025-03-07"],
    ["2025-03-07T10:00:00Z", "2025-03-07"],
    ["2025-03-07 10:00", "2025-03-07"],
    ["Mar 7, 2025", "2025-03-07"],
    ["March 7 2025", "2025-03-07"],
    ["Sept 7, 2025", "2025-09-07"],
    ["45723", "2025-03-07"],
    ["3/7/2025 9:05 AM", "2025-03-07"],
  ])("%j → %j", (raw, date) => expect(parsePlanPlusDate(raw)).toEqual({ date }));

  it("day-first when the first component is > 12", () => {
    expect(parsePlanPlusDate("25/12/2024")).toEqual({ date: "2024-12-25", dayFirst: true });
    expect(parsePlanPlusDate("31/2/2024")).toBeNull();
  });

  it.each(["2/30/2025", "TBD", "13/13/2024", "", "19999", "80001", "2025-02-29", "0/5/2025"])("invalid %j → null", (raw) => {
    expect(parsePlanPlusDate(raw)).toBeNull();
  });
});

describe("parseTime", () => {
  it.each([
    ["9:05 AM", [9, 5]], ["12:30 PM", [12, 30]], ["12:00 AM", [0, 0]], ["11:59 pm", [23, 59]], ["7 PM", [19, 0]], ["14:15", [14, 15]],
  ] as const)("%j", (raw, [h, mi]) => expect(parseTime(raw)).toEqual({ h, mi, s: 0 }));
  it("rejects nonsense", () => {
    expect(parseTime("13:00 PM")).toBeNull();
    expect(parseTime("25:00")).toBeNull();
    expect(parseTime("noon")).toBeNull();
  });
});

describe("zones and UTC (C.2 dst_gap, dst_overlap, tz_unknown)", () => {
  it("resolves B.3.1 names and IANA", () => {
    expect(resolveTimeZone("(UTC-06:00) Central Time (US & Canada)")).toBe("America/Chicago");
    expect(resolveTimeZone("  central   standard time ")).toBe("America/Chicago");
    expect(resolveTimeZone("EST")).toBe("America/New_York");
    expect(resolveTimeZone("US/Arizona")).toBe("America/Phoenix");
    expect(resolveTimeZone("(UTC) Coordinated Universal Time")).toBe("UTC");
    expect(resolveTimeZone("Europe/Paris")).toBe("Europe/Paris");
    expect(resolveTimeZone("Mars/Olympus")).toBeNull();
    expect(resolveTimeZone("Bogus Standard Time")).toBeNull();
    expect(resolveTimeZone("")).toBeNull();
  });

  it("converts standard and daylight local times", () => {
    expect(localToUtc("1/15/2025", "9:00 AM", "America/Chicago")).toEqual({ utc: "2025-01-15 15:00:00", flags: [] });
    expect(localToUtc("7/15/2025", "9:00 AM", "CST")).toEqual({ utc: "2025-07-15 14:00:00", flags: [] });
    expect(localToUtc("7/15/2025", "9:00 AM", "Europe/Berlin")).toEqual({ utc: "2025-07-15 07:00:00", flags: [] });
  });

  it("moves a spring-forward gap time forward and flags it", () => {
    expect(localToUtc("3/9/2025", "2:30 AM", "America/Chicago")).toEqual({ utc: "2025-03-09 08:30:00", flags: ["dst_gap_adjusted"] });
    expect(localToUtc("3/30/2025", "2:30 AM", "Europe/Berlin")).toEqual({ utc: "2025-03-30 01:30:00", flags: ["dst_gap_adjusted"] });
  });

  it("uses the first (daylight) occurrence of a fall-back overlap", () => {
    expect(localToUtc("11/2/2025", "1:30 AM", "America/Chicago")).toEqual({ utc: "2025-11-02 06:30:00", flags: ["dst_ambiguous"] });
  });

  it("unknown zone or bad time → null", () => {
    expect(localToUtc("1/15/2025", "9:00 AM", "Bogus")).toBeNull();
    expect(localToUtc("1/15/2025", "9:00 XM", "UTC")).toBeNull();
  });

  it("parsePlanPlusDateTime reads audit columns in the export zone", () => {
    expect(parsePlanPlusDateTime("3/7/2025 9:05 AM", "America/New_York")).toEqual({ utc: "2025-03-07 14:05:00", flags: [] });
    expect(parsePlanPlusDateTime("2025-03-07T09:05:00-05:00", "America/Chicago")).toEqual({ utc: "2025-03-07 14:05:00", flags: [] });
    expect(parsePlanPlusDateTime("25/12/2024 10:00 AM", "UTC")).toEqual({ utc: "2024-12-25 10:00:00", flags: [], dayFirst: true });
    expect(parsePlanPlusDateTime("3/9/2025 2:15 AM", "America/Chicago")?.flags).toEqual(["dst_gap_adjusted"]);
    expect(parsePlanPlusDateTime("TBD", "UTC")).toBeNull();
  });

  it("Plexus LocalDateTime: offset kept, local date in the offset; missing offset → zone assumed", () => {
    expect(isoOffsetToUtc("2024-11-04T07:30:00-06:00")).toBe("2024-11-04 13:30:00");
    expect(isoOffsetToUtc("2024-11-04T23:30:00-06:00")).toBe("2024-11-05 05:30:00");
    expect(isoOffsetToUtc("2024-06-01T14:03:27Z")).toBe("2024-06-01 14:03:27");
    expect(isoOffsetToUtc("2024-11-04T07:30:00")).toBeNull();
    expect(localDateOfIso("2024-11-04T23:30:00-06:00")).toBe("2024-11-04");
    expect(localDateTimeToUtc("2024-11-04T07:30:00", "America/Chicago")).toEqual({
      utc: "2024-11-04 13:30:00",
      localDate: "2024-11-04",
      flags: ["timezone_assumed"],
    });
    expect(localDateTimeToUtc("2024-11-04T07:30:00-05:00", "America/Chicago")?.flags).toEqual([]);
  });

  it("deadlineUtc = 23:59 local", () => {
    expect(deadlineUtc("2025-01-15", "America/Chicago")).toBe("2025-01-16 05:59:00");
    expect(deadlineUtc("7/15/2025", "UTC")).toBe("2025-07-15 23:59:00");
  });
});
