import { describe, expect, it } from "vitest";
import { csvLine, neutralizeFormula, rowReportLine, truncateForReport } from "../../bridge/src/core/csv-out.ts";
import { renderReport } from "../../bridge/src/core/report-html.ts";
import { countOutcome, emptyObjectReconciliation } from "../../bridge/src/core/reconcile.ts";

describe("report CSV", () => {
  it("neutralizes formula-like strings but not numbers", () => {
    for (const s of ["=HYPERLINK(\"http://x\",\"click\")", "+1 555", "-5", "@SUM(A1)", "\tx", "\rx"]) {
      expect(neutralizeFormula(s)).toBe(`'${s}`);
    }
    expect(neutralizeFormula("plain")).toBe("plain");
    expect(csvLine([-5, "-5"])).toBe(`"-5","'-5"\r\n`);
  });
  it("quotes every field, doubles quotes, ends lines with CRLF", () => {
    expect(csvLine(['a"b', "c,d", null])).toBe(`"a""b","c,d",""\r\n`);
  });
  it("truncates raw values to 200 characters without splitting a surrogate pair", () => {
    const s = `${"x".repeat(199)}😀tail`;
    const t = truncateForReport(s);
    expect(t.length).toBe(199);
    expect(truncateForReport("short")).toBe("short");
    const line = rowReportLine({ source: "planplus", object: "contacts", sourceId: "1", row: 3, outcome: "rejected", code: "missing_required", raw: "=1+1", message: "m" });
    expect(line).toContain(`"'=1+1"`);
    expect(line).toContain(`,"3",`);
  });
});

describe("HTML report", () => {
  it("escapes source text and shows the counts", () => {
    const r = emptyObjectReconciliation("<script>alert(1)</script>");
    countOutcome(r, "loaded", undefined, [], "create");
    countOutcome(r, "rejected", "missing_required");
    const html = renderReport({ title: "t", source: "planplus", kind: "plan", runId: "r", target: "sim", generatedAt: "now", objects: [r], notes: ["<b>x</b>"] });
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;b&gt;x&lt;/b&gt;");
    expect(html).toContain("missing_required&nbsp;1");
    expect(html).not.toMatch(/https?:\/\//); // self-contained: no CDN
  });
});
