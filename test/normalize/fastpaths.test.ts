/**
 * The read benchmark's hot normalizers have fast paths (bench/read.ts, docs/benchmarks.md). Each must
 * give exactly what the general path gives: checked here on generated values.
 */
import { describe, expect, it } from "vitest";
import { normalizeEmail, normalizePhone, parsePlanPlusDate, parsePlanPlusDateTime, personName, nameKey, setPhoneMemo } from "../../bridge/src/core/normalize/index.ts";

let seed = 11;
const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);

describe("normalizer fast paths agree with the general paths", () => {
  it("US dates/date-times: the one-regex path = the general parser (padding a space forces the general path)", () => {
    for (let k = 0; k < 3000; k++) {
      const m = 1 + rnd(14);
      const d = 1 + rnd(32);
      const y = 1995 + rnd(40);
      const h = rnd(14);
      const mi = rnd(61);
      const ap = ["AM", "PM", "am", "pm"][rnd(4)];
      const v = rnd(3) === 0 ? `${m}/${d}/${y}` : `${m}/${d}/${y} ${h}:${String(mi).padStart(2, "0")} ${ap}`;
      for (const zone of ["America/Chicago", "UTC", "Europe/Berlin"]) expect(parsePlanPlusDateTime(v, zone), v).toEqual(parsePlanPlusDateTime(` ${v} `, zone));
      expect(parsePlanPlusDate(v), v).toEqual(parsePlanPlusDate(`${v} `));
    }
  });

  it("UTC formatting by arithmetic = Date's ISO string, across centuries, leap days and DST changes", () => {
    for (let k = 0; k < 3000; k++) {
      const ms = Date.UTC(1900 + rnd(250), rnd(12), 1 + rnd(31), rnd(24), rnd(60), rnd(60));
      const iso = new Date(ms).toISOString();
      const v = `${iso.slice(0, 10)}T${iso.slice(11, 19)}Z`;
      expect(parsePlanPlusDateTime(v, "UTC")?.utc, v).toBe(`${iso.slice(0, 10)} ${iso.slice(11, 19)}`);
    }
    expect(parsePlanPlusDateTime("3/9/2025 2:30 AM", "America/Chicago")).toEqual({ utc: "2025-03-09 08:30:00", flags: ["dst_gap_adjusted"] });
    expect(parsePlanPlusDateTime("11/2/2025 1:30 AM", "America/Chicago")).toEqual({ utc: "2025-11-02 06:30:00", flags: ["dst_ambiguous"] });
    expect(parsePlanPlusDateTime("2/29/2024 12:00 AM", "America/New_York")?.utc).toBe("2024-02-29 05:00:00");
    expect(parsePlanPlusDateTime("2/29/2025 12:00 AM", "America/New_York")).toBeNull();
  });

  it("e-mail: a plain cell gives what the list path gives", () => {
    const cells = ["Ann.Lee@X.Example", "bob@", "bob at x dot com", "a b@x.example", "x@y", "ok@sub.x-y.example", "UPPER@CASE.EXAMPLE", "é@x.example"];
    for (const c of cells) {
      // a trailing ";" sends the same address through splitList / normalizeOneEmail
      const slow = normalizeEmail(`${c};`);
      const fast = normalizeEmail(c);
      expect(fast.email, c).toBe(slow.email);
      expect(fast.invalid ?? null, c).toBe(slow.invalid ?? null);
      expect(fast.extra).toEqual([]);
    }
  });

  it("phone: the NANP fast path + result cache = libphonenumber alone", () => {
    const shapes = [(a: string, b: string, c: string) => `(${a}) ${b}-${c}`, (a: string, b: string, c: string) => `${a}.${b}.${c}`, (a: string, b: string, c: string) => `+1 ${a} ${b} ${c}`, (a: string, b: string, c: string) => `1-${a}-${b}-${c}`];
    const values: [string, string | null][] = [];
    for (let k = 0; k < 400; k++) {
      const a = String(200 + rnd(800));
      const b = String(rnd(1000)).padStart(3, "0");
      const c = String(rnd(10000)).padStart(4, "0");
      values.push([shapes[rnd(shapes.length)]!(a, b, c), ["US", "Canada", null, "DE"][rnd(4)] ?? null]);
    }
    values.push(["1.55E+10", null], ["n/a", null], ["512-555-0147 x22", "US"], ["512-555-0147 / 512-555-0148", "US"], ["+49 30 1234567", "DE"]);
    const fast = values.map(([p, c]) => normalizePhone(p, c));
    const again = values.map(([p, c]) => normalizePhone(p, c)); // cache hits
    setPhoneMemo(false);
    try {
      const slow = values.map(([p, c]) => normalizePhone(p, c));
      expect(fast).toEqual(slow);
      expect(again).toEqual(slow);
    } finally {
      setPhoneMemo(true);
    }
  });

  it("names: tidy input skips the collapse, untidy input is collapsed", () => {
    expect(personName("Ann", null, "Lee", "")).toBe("Ann Lee");
    expect(personName(" Ann ", "  Marie", "Lee\tJones", "Jr.")).toBe("Ann Marie Lee Jones Jr.");
    expect(personName("", "  ", null, undefined)).toBe("");
    expect(nameKey("  Acme   Corp\u00a0Inc ")).toBe("acme corp inc");
    expect(nameKey("Acme Corp")).toBe("acme corp");
  });
});
