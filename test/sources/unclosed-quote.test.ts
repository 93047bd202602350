import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openPlanPlus } from "../../bridge/src/sources/planplus/index.ts";
import { items, view } from "./read-items.ts";


const HEADER = '"Company ID","Company Name","Industry","Web Page","Main Phone","Fax","Street","City","State/Province","Postal Code","Country","Owner","Description","Created Date","Modified Date"';
const company = (id: string, description: string): string => `"${id}","Co ${id}","","","","","","","","","","","${description}","3/1/2025 9:00 AM","3/2/2025 9:00 AM"`;
/** the same row without quotes (a quoted row after an unclosed quote would close it) */
const plain = (id: string, description: string): string => `${id},Co ${id},,,,,,,,,,,${description},3/1/2025 9:00 AM,3/2/2025 9:00 AM`;

function exportDir(lines: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ferry-uq-"));
  writeFileSync(path.join(dir, "companies.csv"), lines.join("\r\n") + "\r\n");
  return dir;
}

describe("PlanPlus CSV: an unclosed quote is one reject and reading resumes (memory bounded)", () => {
  it("a quote never closed before the end of the file: the record ends at its line, every later line is read", async () => {
    // row 2's Description opens a quote that is never closed; before, everything after it was one unreadable blob
    const open = `"2","Co 2","","","","","","","","","","","multi-line note that starts fine`;
    const dir = exportDir([HEADER, company("1", "a"), open, "and its second line, no closing quote", plain("3", "c"), plain("4", "d")]);
    const reader = (await openPlanPlus(dir)).objects.get("companies");
    const list = await items(reader);
    expect(view(list)).toEqual(["1:rec:1", "2:malformed_row:2", "3:malformed_row:and its second line", "4:rec:3", "5:rec:4"]);
    const reject = list[1];
    expect(reject).toMatchObject({ kind: "outcome", outcome: "rejected", origin: { file: "companies.csv", row: 2 }, issue: { code: "malformed_row", field: "Description" } });
    expect(reject?.kind === "outcome" && reject.issue.message).toMatch(/^companies\.csv row 2: unclosed quote in field "Description" \(no closing quote before the end of the file\); the record was cut at the end of the line where the quote opened/);
    // the note's second line is read as its own (malformed: 1 field) record: visible, not silently lost
    expect(list[2]).toMatchObject({ issue: { code: "malformed_row", message: "record has 2 fields, header has 15" } });
    expect(reader?.counts).toMatchObject({ read: 5, valid: 3, rejected: 2 });
  });

  it("a quoted field longer than the bound: rejected without reading to the end of the file; duplicates after it still decided", async () => {
    const long = "x".repeat(300);
    const dir = exportDir([HEADER, company("1", "a"), `"2","Co 2","","","","","","","","","","","${long}`, `${long}`, company("3", `ok "" quoted`), company("1", "a")]);
    const ex = await openPlanPlus(dir, { maxQuotedBytes: 256 });
    const list = await items(ex.objects.get("companies"));
    expect(view(list)).toEqual(["1:rec:1", "2:malformed_row:2", `3:malformed_row:${long}`, "4:rec:3", "5:duplicate_row:1"]);
    const reject = list[1];
    expect(reject?.kind === "outcome" && reject.issue.message).toContain("no closing quote within 256 bytes");
    expect(reject?.kind === "outcome" && reject.issue.raw?.startsWith('2,Co 2,')).toBe(true);
    expect(list[3]?.kind === "record" && list[3].record.data["Description"]).toBe('ok " quoted');
  });

  it("a line without any line break within the bound: the rest of it is dropped and said so", async () => {
    const dir = exportDir([HEADER, `"9","Co 9","","","","","","","","","","","${"y".repeat(400)}`, company("3", "c")]);
    const ex = await openPlanPlus(dir, { maxQuotedBytes: 64 });
    const list = await items(ex.objects.get("companies"));
    expect(view(list)).toEqual(["1:malformed_row:9", "2:rec:3"]);
    expect(list[0]?.kind === "outcome" && list[0].issue.message).toContain("the rest of that line (over 64 bytes, no line break) was dropped");
  });
});
