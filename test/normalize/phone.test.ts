import { describe, expect, it } from "vitest";
import { normalizePhone } from "../../bridge/src/core/normalize/index.ts";

describe("normalizePhone (C.2 phone_format, phone_excel, phone_placeholder)", () => {
  it.each([
    ["(512) 555-0147", "+15125550147"],
    ["512.555.0147", "+15125550147"],
    ["+1 512 555 0147", "+15125550147"],
    ["512-555-0147 x22", "+15125550147 ext. 22"],
    ["512-555-0147 ext. 22", "+15125550147 ext. 22"],
    ["(512) 555-0147 Ext 7", "+15125550147 ext. 7"],
  ])("E.164 for %j (US default)", (raw, expected) => {
    expect(normalizePhone(raw)).toEqual({ phone: expected, extra: [] });
  });

  it("uses the record country (code or name)", () => {
    expect(normalizePhone("020 7946 0958", "United Kingdom").phone).toBe("+442079460958");
    expect(normalizePhone("020 7946 0958", "GB").phone).toBe("+442079460958");
    expect(normalizePhone("(416) 555-0199", "Canada").phone).toBe("+14165550199");
  });

  it("keeps numbers that cannot be validated as typed", () => {
    expect(normalizePhone(" 555-0147 ")).toEqual({ phone: "555-0147", extra: [] });
    expect(normalizePhone("1-800-FLOWERS")).toEqual({ phone: "1-800-FLOWERS", extra: [] });
  });

  it.each(["1.55E+10", "5.12555E+09", "5.125550147e9", "call me", "n.a."])("Excel notation / no digits %j → invalid", (raw) => {
    expect(normalizePhone(raw)).toEqual({ phone: null, extra: [], invalid: raw });
  });

  it.each(["N/A", "none", "-", "0", "", "  ", null])("placeholder %j → empty, no flag", (raw) => {
    expect(normalizePhone(raw)).toEqual({ phone: null, extra: [] });
  });

  it("splits multi-value cells on /", () => {
    expect(normalizePhone("512-555-0147 / 512-555-0148")).toEqual({ phone: "+15125550147", extra: ["+15125550148"] });
  });

  it("keeps formula-like text as data", () => {
    expect(normalizePhone("+1 512 555 0100").phone).toBe("+15125550100");
  });
});

describe("NANP memo agrees with libphonenumber", () => {
  it("random US/CA numbers in several formats: memoized results equal the library's", async () => {
    const { setPhoneMemo } = await import("../../bridge/src/core/normalize/index.ts");
    let seed = 12345;
    const rnd = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const inputs: [string, string][] = [];
    for (let i = 0; i < 4000; i++) {
      const npa = String(200 + rnd(800));
      const nxx = String(rnd(1000)).padStart(3, "0");
      const line = String(rnd(10000)).padStart(4, "0");
      const fmt = [`(${npa}) ${nxx}-${line}`, `${npa}.${nxx}.${line}`, `+1 ${npa} ${nxx} ${line}`, `1-${npa}-${nxx}-${line}`, `${npa}${nxx}${line} x${rnd(99)}`][i % 5] as string;
      inputs.push([fmt, i % 3 === 0 ? "CA" : "US"]);
      // same 7-digit prefix, other line numbers: the memo must still agree
      inputs.push([`(${npa}) ${nxx}-${String(rnd(10000)).padStart(4, "0")}`, i % 3 === 0 ? "CA" : "US"]);
    }
    setPhoneMemo(false);
    const exact = inputs.map(([p, c]) => normalizePhone(p, c));
    setPhoneMemo(true);
    const memo = inputs.map(([p, c]) => normalizePhone(p, c));
    expect(memo).toEqual(exact);
    expect(exact.some((r) => r.phone?.startsWith("+1"))).toBe(true);
    expect(exact.some((r) => r.phone !== null && !r.phone.startsWith("+"))).toBe(true);
  });
});
