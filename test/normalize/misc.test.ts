import { describe, expect, it } from "vitest";
import {
  countryCode,
  hostOf,
  htmlToText,
  nameKey,
  normalizeZip,
  parseBool,
  parseMoney,
  parseQuadrant,
  personName,
  textToHtml,
  truncateName,
} from "../../bridge/src/core/normalize/index.ts";

describe("names", () => {
  it("personName joins non-empty parts and collapses whitespace", () => {
    expect(personName(" Ann ", null, "Lee", "")).toBe("Ann Lee");
    expect(personName("Mary  Jo", "K.", "Smith", "Jr.")).toBe("Mary Jo K. Smith Jr.");
    expect(personName(null, null, null, null)).toBe("");
  });
  it("nameKey trims, collapses and case-folds only", () => {
    expect(nameKey("  Acme   Corp. ")).toBe("acme corp.");
    expect(nameKey("ACME Corp")).not.toBe(nameKey("Acme Corp."));
  });
  it("truncateName cuts at 250 code points without splitting a surrogate pair (C.2 long_text)", () => {
    expect(truncateName("x".repeat(250))).toEqual({ name: "x".repeat(250), truncated: false });
    const long = "a".repeat(249) + "😀" + "bbb";
    const r = truncateName(long);
    expect(r.truncated).toBe(true);
    expect(Array.from(r.name)).toHaveLength(250);
    expect(r.name.endsWith("😀")).toBe(true);
    const emoji = "😀".repeat(250);
    expect(truncateName(emoji).truncated).toBe(false);
    expect(truncateName("abcdef", 3)).toEqual({ name: "abc", truncated: true });
  });
});

describe("parseBool", () => {
  it.each([
    ["Yes", true], ["no", false], ["TRUE", true], ["False", false], ["Y", true], ["n", false], ["1", true], ["0", false],
    ["x", true], ["X", true], ["on", true], ["OFF", false], [" yes ", true],
  ] as const)("%j → %j", (raw, v) => expect(parseBool(raw)).toBe(v));
  it("blank and garbage are null", () => {
    expect(parseBool("")).toBeNull();
    expect(parseBool(null)).toBeNull();
    expect(parseBool("maybe")).toBeNull();
  });
});

describe("normalizeZip (C.2 zip_leading_zero)", () => {
  it.each([
    ["2134", "US", "02134"],
    ["501", "US", "00501"],
    ["2134", "", "02134"],
    ["2134", null, "02134"],
    ["021345678", "USA", "02134-5678"],
    ["78701", "United States", "78701"],
    ["78701-1234", "US", "78701-1234"],
    ["2134-5678", "US", "02134-5678"],
    ["K1A 0B1", "Canada", "K1A 0B1"],
    ["2134", "Germany", "2134"],
  ])("%j in %j → %j", (raw, country, expected) => expect(normalizeZip(raw, country)).toBe(expected));
  it("pads JSON numbers", () => {
    expect(normalizeZip(2134, "US")).toBe("02134");
    expect(normalizeZip(21345678, "US")).toBe("02134-5678");
    expect(normalizeZip("", "US")).toBeNull();
  });
});

describe("parseMoney (C.2 money, money_invalid)", () => {
  it.each([
    ["$12,500.00", 12500, "USD"],
    ["12500", 12500, undefined],
    ["12,500.00", 12500, undefined],
    ["1.234,50 €", 1234.5, "EUR"],
    ["EUR 1.234,50", 1234.5, "EUR"],
    ["1234,50", 1234.5, undefined],
    ["12,500", 12500, undefined],
    ["1,234,567", 1234567, undefined],
    ["1.234.567", 1234567, undefined],
    ["12.5", 12.5, undefined],
    ["-$45.10", -45.1, "USD"],
    ["($45.10)", -45.1, "USD"],
    ["CAD 99", 99, "CAD"],
    ["£ 10", 10, "GBP"],
  ])("%j → %d %s", (raw, amount, currency) => {
    const r = parseMoney(raw);
    expect(r?.amount).toBeCloseTo(amount, 6);
    expect(r?.currency).toBe(currency);
  });
  it("numbers pass through; garbage is null", () => {
    expect(parseMoney(12.5)).toEqual({ amount: 12.5 });
    for (const bad of ["TBD", "call", "", "$", "1,2.3.4", null]) expect(parseMoney(bad)).toBeNull();
  });
});

describe("html (C.2 html_in_text, newlines)", () => {
  it("htmlToText strips tags, decodes entities, keeps line breaks", () => {
    expect(htmlToText("<p>Gate code&nbsp;4411.</p><p>Call <b>before</b> arrival &amp; knock.</p>")).toBe("Gate code 4411.\nCall before arrival & knock.");
    expect(htmlToText("Line 1<br>Line 2<br/>Line &#8211; 3")).toBe("Line 1\nLine 2\nLine – 3");
    expect(htmlToText("<ul><li>one</li><li>two</li></ul>")).toBe("• one\n• two");
  });
  it("plain text is untouched (including < and & as data)", () => {
    expect(htmlToText("a < b & c\r\nnext")).toBe("a < b & c\r\nnext");
    expect(htmlToText('=HYPERLINK("http://x","click")')).toBe('=HYPERLINK("http://x","click")');
  });
  it("textToHtml escapes and converts breaks; HTML kept", () => {
    expect(textToHtml("Tom & Jerry <3\nline 2\n\npara 2")).toBe("<p>Tom &amp; Jerry &lt;3<br>line 2</p><p>para 2</p>");
    expect(textToHtml("<p>kept</p>")).toBe("<p>kept</p>");
    expect(textToHtml("")).toBe("");
  });
});

describe("countryCode, hostOf, parseQuadrant", () => {
  it.each([
    ["US", "US"], ["USA", "US"], ["United States", "US"], ["united  states of america", "US"], ["CA", "CA"], ["Canada", "CA"],
    ["Germany", "DE"], ["UK", "GB"], ["United Kingdom", "GB"], ["mx", "MX"],
  ])("country %j → %j", (n, c) => expect(countryCode(n)).toBe(c));
  it("unknown/blank country is null", () => {
    expect(countryCode("Atlantis")).toBeNull();
    expect(countryCode("")).toBeNull();
  });
  it.each([
    ["https://www.Brightwater.example/contact?x=1", "brightwater.example"],
    ["www.x.example", "x.example"],
    ["http://x.example:8080/", "x.example"],
    ["x.example.", "x.example"],
    ["HTTP://user@Shop.X.example", "shop.x.example"],
  ])("host %j → %j", (u, h) => expect(hostOf(u)).toBe(h));
  it.each([
    ["Q1", "Q1"], ["1", "Q1"], ["I", "Q1"], ["urgent & important", "Q1"], ["Important & Urgent", "Q1"],
    ["ii", "Q2"], ["Important & Not Urgent", "Q2"], ["III", "Q3"], ["Urgent and Not Important", "Q3"], ["iv", "Q4"],
    ["Not Urgent  and Not Important", "Q4"],
  ])("quadrant %j → %j", (raw, q) => expect(parseQuadrant(raw)).toBe(q));
  it("unknown quadrant is null", () => {
    expect(parseQuadrant("Q5")).toBeNull();
    expect(parseQuadrant("")).toBeNull();
  });
});
