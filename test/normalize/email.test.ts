import { describe, expect, it } from "vitest";
import { normalizeEmail } from "../../bridge/src/core/normalize/index.ts";

describe("normalizeEmail (C.2 email, email_invalid, multi_value)", () => {
  it.each([
    ["  Ann.Lee@X.Example ", "ann.lee@x.example"],
    ["mailto:bob@corp.example", "bob@corp.example"],
    ["MAILTO:Bob@Corp.Example", "bob@corp.example"],
    ["Ann Lee <ANN@x.example>", "ann@x.example"],
    ['"ann@x.example"', "ann@x.example"],
    ["'ann@x.example'", "ann@x.example"],
  ])("normalizes %j", (raw, expected) => {
    expect(normalizeEmail(raw)).toEqual({ email: expected, extra: [] });
  });

  it.each(["", "   ", "n/a", "N/A", null, undefined])("treats %j as empty", (raw) => {
    expect(normalizeEmail(raw)).toEqual({ email: null, extra: [] });
  });

  it.each(["bob@", "bob at x dot com", "a@b@c.example", "ann lee@x.example", "ann@localhost", "ann@x_y.example"])(
    "flags %j invalid and keeps the raw text",
    (raw) => {
      const r = normalizeEmail(raw);
      expect(r.email).toBeNull();
      expect(r.invalid).toBe(raw);
    },
  );

  it("splits multi-value cells on ; and , (first to field, rest to notes)", () => {
    expect(normalizeEmail("a@x.example; B@Y.example")).toEqual({ email: "a@x.example", extra: ["b@y.example"] });
    expect(normalizeEmail("a@x.example, b@y.example,c@z.example")).toEqual({ email: "a@x.example", extra: ["b@y.example", "c@z.example"] });
    expect(normalizeEmail('"Lee, Ann" <ann@x.example>; bob@y.example')).toEqual({ email: "ann@x.example", extra: ["bob@y.example"] });
  });

  it("keeps invalid extra values as typed", () => {
    expect(normalizeEmail("bob@; c@z.example")).toEqual({ email: null, extra: ["c@z.example"], invalid: "bob@" });
    expect(normalizeEmail("a@x.example; call me")).toEqual({ email: "a@x.example", extra: ["call me"] });
  });
});
