import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DedupeScan, decideGroup } from "../../bridge/src/sources/dedupe.ts";
import { hash64, ScalableBloom } from "../../bridge/src/sources/util.ts";
import { openPlanPlus } from "../../bridge/src/sources/planplus/index.ts";
import type { PlanPlusFileReader } from "../../bridge/src/sources/planplus/reader.ts";
import { openPlexusBundle } from "../../bridge/src/sources/plexus/bundle.ts";
import type { JsonlObjectReader } from "../../bridge/src/sources/plexus/bundle.ts";
import { items, view } from "./read-items.ts";


const COMPANY_HEADER = '"Company ID","Company Name","Industry","Web Page","Main Phone","Fax","Street","City","State/Province","Postal Code","Country","Owner","Description","Created Date","Modified Date"';
const company = (id: string, name: string, modified: string): string => `"${id}","${name}","","","","","","","","","","","","3/1/2025 9:00 AM","${modified}"`;

describe("duplicate / superseded decisions in one pre-pass (sources.md C.1, C.2)", () => {
  it("PlanPlus: repeated ids are decided with ONE scan of the file; a newer copy later in the file wins, identical copies skip as duplicate_row", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ferry-dd-"));
    const lines = [COMPANY_HEADER];
    // 300 ids; every 10th is repeated: an identical copy, then a newer copy at the end of the file
    for (let i = 0; i < 300; i++) lines.push(company(`C${i}`, `Co ${i}`, "3/2/2025 9:00 AM"));
    for (let i = 0; i < 300; i += 10) lines.push(company(`C${i}`, `Co ${i}`, "3/2/2025 9:00 AM"));
    for (let i = 0; i < 300; i += 10) lines.push(company(`C${i}`, `Co ${i} renamed`, "3/3/2025 9:00 AM"));
    writeFileSync(path.join(dir, "companies.csv"), lines.join("\r\n") + "\r\n");
    const reader = (await openPlanPlus(dir)).objects.get("companies") as PlanPlusFileReader;
    const list = await items(reader);
    expect(reader.prepassScans).toBe(1);
    expect(list).toHaveLength(360);
    const first = list[0];
    expect(first).toMatchObject({ kind: "outcome", outcome: "skipped", id: "C0", origin: { file: "companies.csv", row: 1 }, issue: { code: "superseded" } });
    expect(first?.kind === "outcome" && first.issue.message).toContain("row 331");
    expect(list[300]).toMatchObject({ kind: "outcome", id: "C0", origin: { row: 301 }, issue: { code: "duplicate_row" } });
    expect(list[330]).toMatchObject({ kind: "record", record: { id: "C0", data: { "Company Name": "Co 0 renamed" } } });
    expect(list[1]).toMatchObject({ kind: "record", record: { id: "C1" } });
    expect(reader.counts).toMatchObject({ read: 360, valid: 300, skipped: 60, skippedBy: { superseded: 30, duplicate_row: 30 } });
    // a second read reuses the decisions (file unchanged): no further scan, same outcome
    expect(view(await items(reader))).toEqual(view(list));
    expect(reader.prepassScans).toBe(1);
  });

  it("Plexus JSONL: one pre-pass; a malformed first copy takes no part (the valid later copy is kept)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ferry-dd-"));
    const rec = (id: string, updated: string, status: string): string => JSON.stringify({ id, updated_at: updated, status, gps: { lat: 1 } });
    const truncated = rec("wo_a", "2024-06-09T00:00:00Z", "completed").slice(0, -1); // passes the id/updated_at fast path, not JSON
    const lines = [truncated, rec("wo_b", "2024-06-01T00:00:00Z", "new"), rec("wo_a", "2024-06-02T00:00:00Z", "new"), rec("wo_b", "2024-06-01T00:00:00Z", "new")];
    writeFileSync(path.join(dir, "work_orders.jsonl"), lines.join("\n") + "\n");
    const reader = (await openPlexusBundle(dir, { verify: false })).objects.get("work_orders") as JsonlObjectReader;
    const list = await items(reader);
    expect(reader.prepassScans).toBe(1);
    // (minimal records: the schema rejects them for missing fields; what matters is that line 3 is not skipped)
    expect(view(list)).toEqual(["1:malformed_row:wo_a", "2:missing_required:wo_b", "3:missing_required:wo_a", "4:duplicate_row:wo_b"]);
  });

  it("groups are keyed by the exact id: a 64-bit hash collision between two ids never skips a row", () => {
    const scan = new DedupeScan();
    expect(scan.seen("X")).toBe(false);
    // as if "Y" (row 5) had the same 64-bit hash as "X" (row 1): the scan records it as a repeat of "Y"
    scan.repeat("Y", 5, 0, 111);
    scan.repeat("X", 9, 0, 222); // a real repeat of X with other content and the same order key → row 9 wins (later)
    const plan = scan.finish();
    expect(plan.decision("X", 1, () => ({ upd: 0, content: 333 }))).toEqual({ code: "superseded", keeper: 9 });
    expect(plan.decision("Y", 5, () => ({ upd: 0, content: 111 }))).toBeNull();
    expect(plan.decision("X", 9, () => null)).toBeNull();
    expect(plan.decision("Z", 2, () => ({ upd: 0, content: 1 }))).toBeNull();
  });

  it("decideGroup: greatest order key wins, ties → later row; identical copies of the winner → its first row", () => {
    const d = decideGroup([
      { row: 1, upd: 5, content: 1 },
      { row: 2, upd: 9, content: 2 },
      { row: 3, upd: 9, content: 2 },
      { row: 4, upd: 1, content: 1 },
    ]);
    expect(d.keeper).toBe(2);
    expect([...d.codes]).toEqual([
      [1, "superseded"],
      [3, "duplicate_row"],
      [4, "duplicate_row"],
    ]);
  });

  it("the pre-pass id filter: no false negatives, rare false positives, ~4 bytes per id", () => {
    const bloom = new ScalableBloom();
    const n = 300_000;
    let firstHits = 0;
    for (let i = 0; i < n; i++) {
      const [a, b] = hash64(`CT-${i}`);
      if (bloom.testAndAdd(a, b)) firstHits++;
    }
    expect(firstHits / n).toBeLessThan(0.005);
    let again = 0;
    for (let i = 0; i < n; i++) {
      const [a, b] = hash64(`CT-${i}`);
      if (bloom.testAndAdd(a, b)) again++;
    }
    expect(again).toBe(n);
    let fp = 0;
    for (let i = 0; i < n; i++) {
      const [a, b] = hash64(`other-${i}`);
      if (bloom.testAndAdd(a, b)) fp++;
    }
    expect(fp / n).toBeLessThan(0.005);
    expect(bloom.bytes / (2 * n)).toBeLessThan(5);
  });
});
