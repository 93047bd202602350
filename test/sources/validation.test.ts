import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openPlanPlus, PLANPLUS_BY_OBJECT, planPlusRowSchema, validatePlanPlusRow } from "../../bridge/src/sources/planplus/index.ts";
import { missingRequired } from "../../bridge/src/sources/planplus/schema.ts";
import { openPlexusBundle, validatePlexusRecord, plexusRecordSchema } from "../../bridge/src/sources/plexus/index.ts";
import { generatePlexus } from "../../scripts/sample/plexus.ts";
import type { ReadItem, SourceExport } from "../../bridge/src/sources/types.ts";

async function drain(ex: SourceExport, object: string): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const it of ex.objects.get(object)!.read()) out.push(it);
  return out;
}

function writeCsv(dir: string, name: string, lines: string[]): void {
  writeFileSync(path.join(dir, name), lines.join("\r\n") + "\r\n");
}

const CONTACT_HEADER =
  '"Contact ID","Prefix","First Name","Middle Name","Last Name","Suffix","Company","Job Title","E-mail Address","E-mail 2 Address","Business Phone","Mobile Phone","Home Phone","Business Fax","Business Street","Business City","Business State","Business Postal Code","Business Country","Web Page","Birthday","Categories","Priority Quadrant","Owner","Notes","Created Date","Modified Date"';
const contact = (id: string, first: string, last: string, email: string, company: string, created = "3/7/2025 9:05 AM"): string =>
  [id, "", first, "", last, "", company, "", email, "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", created, "3/8/2025 9:05 AM"].map((c) => `"${c}"`).join(",");

describe("PlanPlus rows validated with the zod row schema", () => {
  it("the fast check and zod agree on every row of every sample file (both modes give the same items)", async () => {
    const fast = await openPlanPlus(path.resolve("sample/planplus"));
    const zod = await openPlanPlus(path.resolve("sample/planplus"), { validation: "zod" });
    for (const object of fast.objects.keys()) {
      const a = await drain(fast, object);
      const b = await drain(zod, object);
      expect(b, object).toEqual(a);
      for (const it of a) {
        if (it.kind !== "record") continue;
        const spec = PLANPLUS_BY_OBJECT.get(object)!;
        const data = it.record.data as Record<string, string | null>;
        expect(missingRequired(spec, (c) => data[c] ?? null)).toBeNull();
        expect(planPlusRowSchema(spec).safeParse(data).success).toBe(true);
      }
    }
  });

  it("rejects carry source, file, row, id, field and reason; one bad row does not stop the read; counts per file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ferry-val-"));
    writeCsv(dir, "contacts.csv", [
      CONTACT_HEADER,
      contact("100001", "Ann", "Lee", "ann@x.example", ""),
      contact("100002", "", "", "", ""), // nobody: one-of rule
      contact("100003", "Bo", "", "", "", ""), // Created Date blank
      '"100004","too","few"',
      contact("100005", "", "", "", "Acme"), // company alone is enough
    ]);
    const ex = await openPlanPlus(dir);
    const reader = ex.objects.get("contacts")!;
    const items = await drain(ex, "contacts");
    expect(items.map((i) => (i.kind === "record" ? `ok ${i.record.id}` : `${i.issue.code} ${i.id} ${i.issue.field ?? ""}`))).toEqual([
      "ok 100001",
      "missing_required 100002 First Name|Last Name|E-mail Address|Company",
      "missing_required 100003 Created Date",
      "malformed_row 100004 ",
      "ok 100005",
    ]);
    const r = items[1]!;
    expect(r.kind === "outcome" && r.origin).toEqual({ source: "planplus", object: "contacts", file: "contacts.csv", row: 2 });
    expect(reader.counts).toEqual({ file: "contacts.csv", read: 5, valid: 2, rejected: 3, skipped: 0, rejectedBy: { missing_required: 2, malformed_row: 1 }, skippedBy: {}, done: true });
  });

  it("zod issue → reject: missing vs one-of, first problem in column order", () => {
    const spec = PLANPLUS_BY_OBJECT.get("events")!;
    const row = Object.fromEntries(spec.columns.map((c) => [c, "x"])) as Record<string, string | null>;
    expect(validatePlanPlusRow(spec, row)).toBeNull();
    row["All Day Event"] = "False";
    row["End Time"] = null;
    expect(validatePlanPlusRow(spec, row)).toMatchObject({ code: "missing_required", field: "End Time" });
    row["Start Date"] = null;
    expect(validatePlanPlusRow(spec, row)).toMatchObject({ code: "missing_required", field: "Start Date" });
    row["Start Date"] = "";
    expect(validatePlanPlusRow(spec, row)).toMatchObject({ code: "missing_required", field: "Start Date" });
    row["Start Date"] = 5 as unknown as string; // not text: not a CSV cell
    expect(validatePlanPlusRow(spec, row)).toMatchObject({ code: "invalid_required_value", field: "Start Date" });
  });
});

describe("Plexus records validated with the zod schema of their object", () => {
  const full = (over: Record<string, unknown>): Record<string, unknown> => ({
    id: "te_0000001", employee_id: "emp_0000001", work_order_id: null, job_line_id: null, entry_type: "job",
    start: "2024-11-04T07:30:00-06:00", end: "2024-11-04T11:45:00-06:00", duration_minutes: 255, billable: true, notes: null,
    gps: null, approved: true, created_at: "2024-11-04T17:46:02Z", updated_at: "2024-11-05T08:00:00Z", deleted: false, deleted_at: null, ...over,
  });

  it("messy-but-valid values survive: legacy money strings, numeric postal codes, unknown keys, unknown enum values, no offset", () => {
    expect(validatePlexusRecord("time_entries", full({}))).toBeNull();
    expect(validatePlexusRecord("time_entries", full({ entry_type: "overtime", start: "2024-11-04T07:30:00", extra_key: { a: 1 } }))).toBeNull();
    expect(validatePlexusRecord("time_entries", full({ duration_minutes: "255" }))).toBeNull();
    const cust = {
      id: "cus_1", account_number: "C-1", customer_type: "commercial", company_name: null, primary_contact: { first_name: "A", last_name: null, title: null, email: "x", phone: 15125550147, mobile: null },
      phone: "1.55E+10", website: null, industry: null, billing_address: { line1: "x", line2: null, city: "y", state: "TX", postal_code: 2134, country: "US" }, service_address: null,
      owner_user_id: null, tax_code_id: null, tax_exempt: false, price_catalog_id: null, status: "active", notes: "<b>x</b>", custom_fields: { anything: [1, 2] },
      created_at: "x", updated_at: "y", deleted: false, deleted_at: null,
    };
    expect(validatePlexusRecord("customers", cust)).toBeNull();
    expect(validatePlexusRecord("customers", { ...cust, custom_fields: null })).toBeNull(); // collections: null = empty
    expect(validatePlexusRecord("job_lines", { id: "jl_1" })).toMatchObject({ code: "missing_required" });
    expect(plexusRecordSchema("quotes").shape["lines"]!.safeParse(undefined).success).toBe(true);
  });

  it("wrong shapes are rejected with the field: absent/null required → missing_required, wrong type → invalid_required_value / malformed_row", () => {
    expect(validatePlexusRecord("time_entries", full({ employee_id: null }))).toMatchObject({ code: "missing_required", field: "employee_id" });
    const { start: _s, ...noStart } = full({});
    expect(validatePlexusRecord("time_entries", noStart)).toMatchObject({ code: "missing_required", field: "start" });
    expect(validatePlexusRecord("time_entries", full({ billable: "maybe" }))).toMatchObject({ code: "invalid_required_value", field: "billable", raw: "maybe" });
    expect(validatePlexusRecord("time_entries", full({ gps: "30.1,-97.7" }))).toMatchObject({ code: "malformed_row", field: "gps" });
    expect(validatePlexusRecord("time_entries", full({ gps: { lat: "x" } }))).toMatchObject({ code: "malformed_row", field: "gps.lat" });
    // tombstones need only their four keys
    expect(validatePlexusRecord("time_entries", { id: "te_1", deleted: true, deleted_at: "2025-02-03T16:20:11Z", updated_at: "2025-02-03T16:20:11Z" })).toBeNull();
  });

  it("reader: a bad line becomes a reject with line, id, field and raw; the rest is read; counts", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ferry-valpx-"));
    generatePlexus(path.join(dir, "plexus"), { scale: 1, seed: "3", only: ["time_entries"] });
    const file = path.join(dir, "plexus", "time_entries.jsonl");
    const lines = readFileSync(file, "utf8").split("\n");
    const i = lines.findIndex((l) => l.includes('"billable":true'));
    lines[i] = lines[i]!.replace('"billable":true', '"billable":"yes please"');
    writeFileSync(file, lines.join("\n"));
    const ex = await openPlexusBundle(path.join(dir, "plexus"), { verify: false });
    const items = await drain(ex, "time_entries");
    const bad = items.find((it) => it.kind === "outcome" && it.issue.field === "billable");
    expect(bad).toMatchObject({ kind: "outcome", outcome: "rejected", origin: { source: "plexus", object: "time_entries", row: i + 1 }, issue: { code: "invalid_required_value", raw: "yes please" } });
    expect(bad?.kind === "outcome" && bad.id).toMatch(/^te_/);
    const c = ex.objects.get("time_entries")!.counts!;
    expect(c.done).toBe(true);
    expect(c.read).toBe(items.length);
    expect(c.valid + c.rejected + c.skipped).toBe(c.read);
    expect(c.rejectedBy["invalid_required_value"]).toBe(1);
  });
});
