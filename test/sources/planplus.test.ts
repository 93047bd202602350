import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { FerryError } from "../../bridge/src/core/errors.ts";
import { openPlanPlus } from "../../bridge/src/sources/planplus/index.ts";
import type { ObjectReader, ReadItem, SourceExport } from "../../bridge/src/sources/types.ts";

const FIX = path.resolve("test/fixtures/sources");

async function items(r: ObjectReader | undefined): Promise<ReadItem[]> {
  if (!r) throw new Error("reader missing");
  const out: ReadItem[] = [];
  for await (const it of r.read()) out.push(it);
  return out;
}
const rec = (it: ReadItem | undefined): Record<string, unknown> => {
  if (!it || it.kind !== "record") throw new Error(`not a record: ${JSON.stringify(it)}`);
  return it.record.data;
};

function tmpExport(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ferry-ppt-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

const COMPANY_HEADER = '"Company ID","Company Name","Industry","Web Page","Main Phone","Fax","Street","City","State/Province","Postal Code","Country","Owner","Description","Created Date","Modified Date"';

describe("PlanPlus reader: file-level rules (B.2)", () => {
  it("a missing required column is a FerryError naming file and column", async () => {
    const err = await openPlanPlus(path.join(FIX, "pp-badheader")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FerryError);
    expect((err as FerryError).code).toBe("missing_column");
    expect((err as FerryError).context).toMatchObject({ file: "companies.csv", column: "Company Name" });
  });

  it("headers match case/space/BOM-insensitively; unknown columns are kept and reported; file names case-insensitive", async () => {
    const ex = await openPlanPlus(path.join(FIX, "pp-messy"));
    const cf = ex.objects.get("custom_fields");
    expect(cf?.encoding).toBe("utf-8-bom");
    expect(cf?.unknownColumns).toEqual(["Legacy Flag"]);
    expect(ex.warnings).toContain("custom_fields.csv: unknown columns kept: Legacy Flag");
    const list = await items(cf);
    expect(rec(list[0])).toEqual({ Object: "Contact", "Record ID": "100001", "Field Label": "Segment", "Field Type": "Dropdown", Value: "Gold", "Legacy Flag": "y" });
    expect(ex.objects.get("sync_connections")?.file).toBe("SYNC_CONNECTIONS.CSV");
    expect(ex.files?.get("project_summaries/pr-0001.html")).toMatch(/PR-0001\.html$/);
  });

  it("blank Value rows and blank records are not counted; a short record is malformed_row and reading continues", async () => {
    const ex = await openPlanPlus(path.join(FIX, "pp-messy"));
    const list = await items(ex.objects.get("custom_fields"));
    expect(list.map((i) => (i.kind === "record" ? `rec:${i.record.origin.row}` : `${i.issue.code}:${i.origin.row}`))).toEqual(["rec:1", "malformed_row:3", "rec:6"]);
    expect(rec(list[2])["Value"]).toBe("Café “q”");
  });

  it("Windows-1252 is detected and decoded (smart quotes, accents)", async () => {
    const ex = await openPlanPlus(path.join(FIX, "pp-messy"));
    const sc = ex.objects.get("sync_connections");
    expect(sc?.encoding).toBe("windows-1252");
    expect(rec((await items(sc))[0])["Account"]).toBe("Señor Café “x”");
  });

  it("trims cells except Description/Notes/Answer; embedded CRLF kept; an unterminated record is malformed_row", async () => {
    const ex = await openPlanPlus(path.join(FIX, "pp-messy"));
    const list = await items(ex.objects.get("projects"));
    expect(rec(list[0])["Project Name"]).toBe("Alpha");
    expect(rec(list[0])["Description"]).toBe("  keep  spaces \r\nline2 ");
    expect(rec(list[1])["Description"]).toBeNull();
    expect(list[2]).toMatchObject({ kind: "outcome", outcome: "rejected", id: "PR-0003", issue: { code: "malformed_row" } });
  });

  it("Planner Edition is detected and reported; missing Business files are not listed as missing", async () => {
    const ex = await openPlanPlus(path.join(FIX, "planner"));
    expect(ex.edition).toBe("planner");
    expect(ex.missing).toEqual([]);
    expect(ex.warnings.some((w) => w.includes("Planner Edition"))).toBe(true);
    const t = rec((await items(ex.objects.get("tasks")))[0]);
    expect(t["Task ID"]).toBe("TK-000001");
    expect(t["Project ID"]).toBeNull();
  });

  it("a folder with deleted_items.csv is a delta export; partial Business exports list missing files", async () => {
    const ex = await openPlanPlus(path.join(FIX, "pp-delta"));
    expect(ex.kind).toBe("delta");
    expect(ex.missing).toEqual(["contacts", "contact_company_links", "deals", "events", "tasks"]);
    const del = await items(ex.objects.get("deleted_items"));
    expect(del.map((i) => (i.kind === "record" ? i.record.id : null))).toEqual(["Contact|100003", "Company|20002"]);
    const full = await openPlanPlus(path.join(FIX, "pp-messy"), { kind: "delta" });
    expect(full.kind).toBe("delta");
  });

  it("reads a .zip whose files sit in one top-level folder", async () => {
    const enc = new TextEncoder();
    const zip = zipSync({
      "export-2025/companies.csv": enc.encode(`${COMPANY_HEADER}\r\n"20001","Zip Co","","","","","","","","","","","","3/7/2025 9:05 AM","3/7/2025 9:05 AM"\r\n`),
    });
    const dir = tmpExport({ "pp.zip": zip });
    const ex = await openPlanPlus(path.join(dir, "pp.zip"));
    const list = await items(ex.objects.get("companies"));
    expect(rec(list[0])["Company Name"]).toBe("Zip Co");
  });
});

describe("PlanPlus reader: row outcomes (C.1)", () => {
  const row = (id: string, name: string, modified: string, extra = ""): string =>
    `"${id}","${name}","${extra}","","","","","","","","","","","3/1/2025 9:00 AM","${modified}"`;

  it("duplicate_row keeps the first; superseded keeps the latest Modified Date wherever it is; missing_required rejects", async () => {
    const dir = tmpExport({
      "companies.csv": [
        COMPANY_HEADER,
        row("1", "A", "3/2/2025 9:00 AM"), // 1 kept
        row("2", "B old", "3/5/2025 9:00 AM", "x"), // 2 superseded by 4
        row("1", "A", "3/2/2025 9:00 AM"), // 3 duplicate_row of 1
        row("2", "B new", "3/5/2025 10:00 AM"), // 4 kept (newer)
        row("3", "C new", "3/9/2025 9:00 AM"), // 5 kept: newer than 6
        row("3", "C old", "3/8/2025 9:00 AM"), // 6 superseded
        row("4", "", "3/8/2025 9:00 AM"), // 7 missing Company Name
        row("", "No id", "3/8/2025 9:00 AM"), // 8 missing Company ID
        "",
      ].join("\r\n"),
    });
    const ex = await openPlanPlus(dir);
    const list = await items(ex.objects.get("companies"));
    const view = list.map((i) => (i.kind === "record" ? `${i.record.origin.row}:rec:${i.record.id}` : `${i.origin.row}:${i.issue.code}:${i.id}${i.issue.field ? `:${i.issue.field}` : ""}`));
    expect(view).toEqual(["1:rec:1", "2:superseded:2", "3:duplicate_row:1", "4:rec:2", "5:rec:3", "6:superseded:3", "7:missing_required:4:Company Name", "8:missing_required:null:Company ID"]);
    const kept = list[3];
    expect(kept?.kind === "record" && kept.record.data["Company Name"]).toBe("B new");
  });

  it("record hash is SHA-256 of the decoded cells joined by U+001F (mapping.md §1.2) and read() can run twice", async () => {
    const line = row("9", "Hash Co", "3/2/2025 9:00 AM");
    const dir = tmpExport({ "companies.csv": `${COMPANY_HEADER}\r\n${line}\r\n` });
    const ex = await openPlanPlus(dir);
    const r = ex.objects.get("companies");
    const first = await items(r);
    const second = await items(r);
    const { sourceHash } = await import("../../bridge/src/core/hash.ts");
    const cells = line.slice(1, -1).split('","');
    expect(first[0]?.kind === "record" && first[0].record.hash).toBe(sourceHash(cells));
    expect(second).toEqual(first);
  });

  it("row-level one-of rules: contacts, links, tickets, timed events", async () => {
    const sample = path.resolve("sample/planplus");
    const ex: SourceExport = await openPlanPlus(sample);
    const contacts = await items(ex.objects.get("contacts"));
    const rej = contacts.filter((i) => i.kind === "outcome" && i.issue.code === "missing_required");
    expect(rej).toHaveLength(1);
    expect(rej[0]?.kind === "outcome" && rej[0].issue.field).toBe("First Name|Last Name|E-mail Address|Company");
    const events = await items(ex.objects.get("events"));
    const ev = events.find((i) => i.kind === "outcome" && i.issue.code === "missing_required");
    expect(ev?.kind === "outcome" && ev.issue.field).toBe("Start Time");
    const tickets = await items(ex.objects.get("help_desk_tickets"));
    const tk = tickets.find((i) => i.kind === "outcome");
    expect(tk?.kind === "outcome" && tk.issue.field).toBe("Subject|Description");
    const expected = JSON.parse(readFileSync(path.resolve("sample/planplus.expected.json"), "utf8")) as { defects: { object: string; id: string; row: number | null; defect: string }[] };
    for (const d of expected.defects.filter((x) => x.object === "contacts" && x.row !== null)) {
      const hit = contacts.find((i) => (i.kind === "record" ? i.record.origin.row : i.origin.row) === d.row);
      expect(hit && hit.kind === "outcome", `${d.defect} row ${d.row}`).toBe(true);
    }
  });
});
