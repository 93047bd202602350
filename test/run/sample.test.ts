/**
 * `ferry sample` against the simulator: a connected slice of the PlanPlus sample is loaded, read
 * back and diffed. Records edited in Odoo before the read-back show up as mismatches with a cause;
 * every sampled row appears in sample_diff.csv; the HTML escapes values and the CSV neutralizes formulas.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { executeSample, type SampleResult } from "../../bridge/src/run/sample.ts";
import { resolveSettings } from "../../bridge/src/cli/settings.ts";
import { openPlanPlus } from "../../bridge/src/sources/planplus/index.ts";
import { main } from "../../bridge/src/cli/main.ts";
import { compareCell } from "../../bridge/src/core/diff.ts";

const SAMPLE = resolve(import.meta.dirname, "../../sample/planplus");

let sim: Simulator;
let client: OdooClient;
let root: string;
let res: SampleResult;

const settingsFor = (out: string) =>
  resolveSettings({ source: "planplus", input: SAMPLE, exportTimeZone: "America/Chicago", fallbackOwner: "admin", odoo: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey, out }, {});

async function idOf(xmlid: string): Promise<number> {
  const ref = (await client.resolveXmlids([xmlid])).get(xmlid);
  if (!ref) throw new Error(`${xmlid} not in Odoo`);
  return ref.id;
}

/** Minimal CSV reader for the test (quoted fields, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.replace(/^\uFEFF/, "").split("\r\n")) {
    if (!line) continue;
    rows.push([...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] ?? "").replace(/""/g, '"')));
  }
  return rows;
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  client = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey });
  root = await mkdtemp(join(tmpdir(), "ferry-sample-"));
  res = await executeSample(settingsFor(join(root, "s1")), {
    size: 3,
    approveProposed: true,
    acceptPhases: new Set(["*"]),
    // Someone edits records between the load and the read-back: these must show as mismatches.
    beforeReadBack: async (c) => {
      const bob = await idOf("ferry_planplus.planplus_contact_100002");
      await c.write("res.partner", [bob], { name: "Bob Ng" });
      const carla = await idOf("ferry_planplus.planplus_contact_100003");
      const [cur] = await c.read<{ email: string }>("res.partner", [carla], ["email"]);
      await c.write("res.partner", [carla], { email: String(cur?.email).toUpperCase(), function: "=HYPERLINK(\"x\")<script>alert(1)</script>" });
      // What a real Odoo does on its own (the simulator does not): a scheme added to a website.
      const bright = await idOf("ferry_planplus.planplus_company_20001");
      await c.write("res.partner", [bright], { website: "http://www.brightwater0.example" });
    },
  });
}, 120_000);

afterAll(async () => {
  await client?.close();
  await sim?.close();
});

describe("ferry sample", () => {
  it("takes a connected slice: N rows per object plus the parents they reference", async () => {
    const links = res.slice.selected.get("contact_company_links")!;
    const companies = res.slice.selected.get("companies")!;
    const contacts = res.slice.selected.get("contacts")!;
    expect(links.size).toBe(3);
    const exp = await openPlanPlus(SAMPLE);
    for await (const item of exp.objects.get("contact_company_links")!.read()) {
      if (item.kind !== "record" || !links.has(item.record.id)) continue;
      expect(companies.has(String(item.record.data["Company ID"]))).toBe(true);
      expect(contacts.has(String(item.record.data["Contact ID"]))).toBe(true);
    }
    for await (const item of exp.objects.get("tasks")!.read()) {
      if (item.kind !== "record" || !res.slice.selected.get("tasks")!.has(item.record.id)) continue;
      const project = item.record.data["Project ID"];
      if (project) expect(res.slice.selected.get("projects")!.has(String(project))).toBe(true);
    }
    // a slice, not the whole export
    expect(contacts.size).toBeLessThan(56);
    const rec = JSON.parse(await readFile(join(res.runDir, "reconciliation.json"), "utf8")) as { kind: string; sample: { diff: { mismatches: number } } };
    expect(rec.kind).toBe("sample");
    expect(rec.sample.diff.mismatches).toBe(res.diff.mismatches);
  });

  it("lists every sampled row in sample_diff.csv", async () => {
    const rows = parseCsv(await readFile(res.csvPath, "utf8"));
    expect(rows[0]).toEqual(["object", "source_id", "model", "xmlid", "field", "status", "cause", "source_value", "odoo_value", "note"]);
    const seen = new Set(rows.slice(1).map((r) => `${r[0]}|${r[1]}`));
    for (const [object, ids] of res.slice.selected) {
      if (res.slice.whole.includes(object)) continue;
      for (const id of ids) expect(seen.has(`${object}|${id}`), `${object} ${id}`).toBe(true);
    }
    expect(res.diff.fields_compared).toBeGreaterThan(100);
  });

  it("reports the edits made in Odoo as mismatches with their cause, and nothing else", async () => {
    const rows = parseCsv(await readFile(res.csvPath, "utf8")).slice(1).filter((r) => r[5] === "mismatch");
    const find = (id: string, field: string) => rows.find((r) => r[1] === id && r[4] === field && r[2] === "res.partner");
    expect(find("100002", "name")?.[6]).toBe("truncated");
    expect(find("100002", "name")?.[8]).toBe("Bob Ng");
    expect(find("100003", "email")?.[6]).toBe("value_normalized");
    expect(find("100003", "function")?.[6]).toBe("different_value");
    // the CSV cell starting with = is neutralized
    expect(find("100003", "function")?.[8]?.startsWith("'=HYPERLINK")).toBe(true);
    const mismatchedRecords = new Set(rows.map((r) => r[3]));
    expect([...mismatchedRecords].sort()).toEqual(["ferry_planplus.planplus_contact_100002", "ferry_planplus.planplus_contact_100003"]);
    expect(res.diff.by_cause).toEqual({ truncated: 1, value_normalized: 1, different_value: 1 });
    expect(res.diff.mismatches).toBe(3);
  });

  it("counts a value Odoo legitimately rewrote as an expected rewrite (the full field diff's rule), not a mismatch", async () => {
    const rows = parseCsv(await readFile(res.csvPath, "utf8")).slice(1);
    const web = rows.find((r) => r[1] === "20001" && r[4] === "website");
    expect(web?.slice(5, 9)).toEqual(["expected", "url_scheme_added", "www.brightwater0.example", "http://www.brightwater0.example"]);
    expect(res.diff.expected).toEqual({ url_scheme_added: 1 });
    // a record written by several rows (a contact and its custom field values) is compared once
    const fieldLines = rows.filter((r) => r[4] !== "" && r[3] === "ferry_planplus.planplus_contact_100002" && r[4] === "name");
    expect(fieldLines).toHaveLength(1);
  });

  it("writes a self-contained, escaped HTML page grouped by cause", async () => {
    const html = await readFile(res.htmlPath, "utf8");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toMatch(/<(script|link)\b[^>]*(src|href)=/i);
    expect(html).toContain("truncated in Odoo (1)");
    expect(html).toContain("value normalized by Odoo (case, spacing, format) (1)");
    expect(html).toContain("Expected Odoo rewrites (not mismatches) (1)");
    expect(html).toContain("http:// added to a website (Odoo) (1)");
  });

  it("CLI: ferry sample --size 2 --json", async () => {
    const chunks: string[] = [];
    const orig = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((s: string) => (chunks.push(String(s)), true)) as typeof process.stdout.write;
    let code: number;
    try {
      code = await main(["sample", "--size", "2", "--source", "planplus", "--input", SAMPLE, "--approve-proposed", "--accept-phase", "*", "--export-time-zone", "America/Chicago", "--fallback-owner", "admin", "--odoo", sim.url, "--db", sim.db, "--user", sim.user, "--api-key", sim.apiKey, "--out", join(root, "s2"), "--json"]);
    } finally {
      process.stdout.write = orig;
    }
    expect(code).toBe(0);
    const rec = JSON.parse(chunks.find((c) => c.startsWith("{"))!) as { kind: string; sample: { size: number; rows: Record<string, number> } };
    expect(rec.kind).toBe("sample");
    expect(rec.sample.size).toBe(2);
    expect(rec.sample.rows["deals"]).toBe(2);
    expect(await main(["sample", "--size", "0", "--source", "planplus", "--input", SAMPLE, "--approve-proposed", "--odoo", sim.url, "--db", sim.db, "--user", sim.user, "--api-key", sim.apiKey, "--out", join(root, "s3")])).toBe(2);
  });
});

describe("compareCell (diff causes)", () => {
  it("classifies mismatches by cause", () => {
    expect(compareCell({ type: "html", cell: '=HYPERLINK("http://x.example","click")' }, "<p>=HYPERLINK(&quot;http://x.example&quot;,&quot;click&quot;)</p>").equal).toBe(true);
    expect(compareCell({ type: "datetime", cell: "2024-08-23 13:00:00" }, "2024-08-23 18:00:00").cause).toBe("timezone_shift");
    expect(compareCell({ type: "datetime", cell: "2024-08-23 13:00:00" }, "2024-08-23 13:00:00").equal).toBe(true);
    expect(compareCell({ type: "datetime", cell: "" }, "2026-11-23 18:22:19").cause).toBe("different_value");
    expect(compareCell({ type: "datetime", cell: "2025-03-05 05:59:00" }, "2026-11-23 18:22:19").cause).toBe("different_value");
    expect(compareCell({ type: "char", cell: "Brightwater Property Group" }, "Brightwater Prop").cause).toBe("truncated");
    expect(compareCell({ type: "char", cell: "www.a.example" }, "http://www.a.example").cause).toBe("value_normalized");
    expect(compareCell({ type: "char", cell: "(512) 555-0000" }, "+1 512-555-0000").cause).toBe("different_value");
    expect(compareCell({ type: "char", cell: "5125550000" }, "512-555-0000").cause).toBe("value_normalized");
    expect(compareCell({ type: "many2one", cell: "ferry_planplus.planplus_company_1", relationIds: [null] }, false).cause).toBe("relation_not_resolved");
    expect(compareCell({ type: "many2one", cell: "ferry_planplus.planplus_company_1", relationIds: [7] }, [7, "Maple"]).equal).toBe(true);
    expect(compareCell({ type: "many2many", cell: "a,b", relationIds: [1, 2] }, [2, 1]).equal).toBe(true);
    expect(compareCell({ type: undefined, cell: "x" }, undefined).cause).toBe("field_missing_in_odoo");
    expect(compareCell({ type: "boolean", cell: "0" }, false).equal).toBe(true);
    expect(compareCell({ type: "many2one_reference", cell: "5" }, 5).equal).toBe(true);
    // json (analytic_distribution): JSON text sent, an object read back
    expect(compareCell({ type: "json", cell: '{"12":100}' }, { "12": 100.0 }).equal).toBe(true);
    const other = compareCell({ type: "json", cell: '{"12":100}' }, { "13": 100 });
    expect([other.equal, other.cause, other.actual]).toEqual([false, "different_value", '{"13":100}']);
  });
});
