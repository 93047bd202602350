/**
 * The walking skeleton end to end through the `ferry` CLI: PlanPlus sample → simulator, with
 * accounting, idempotent re-run, ledger, reject reports, the approval gate and the phase gate.
 */
import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../bridge/src/cli/main.ts";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { readLedger } from "../../bridge/src/run/ledger.ts";
import type { Reconciliation } from "../../bridge/src/run/session.ts";

const SAMPLE = resolve(import.meta.dirname, "../../sample/planplus");
const KEY = "sim-secret-key-123";

let sim: Simulator;
let root: string;
let mapping: string;

async function ferry(args: string[]): Promise<number> {
  const out = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write; // keep test output quiet
  try {
    return await main(args);
  } finally {
    process.stdout.write = out;
  }
}

const conn = () => ["--odoo", sim.url, "--db", sim.db, "--user", sim.user, "--api-key", KEY];
const src = ["--source", "planplus", "--input", SAMPLE, "--export-time-zone", "America/Chicago", "--fallback-owner", "admin"];

beforeAll(async () => {
  sim = await startSimulator({ port: 0, apiKeys: [KEY] });
  root = await mkdtemp(join(tmpdir(), "ferry-cli-"));
  expect(await ferry(["map", "propose", "--source", "planplus", "--out", join(root, "map")])).toBe(0);
  mapping = join(root, "map", "mapping.json");
});
afterAll(async () => {
  await sim?.close();
});

describe("ferry run (PlanPlus sample into the simulator)", () => {
  it("refuses to run without an approved mapping (exit 4), and after an edit to an approved one", async () => {
    expect(await ferry(["run", ...src, ...conn(), "--out", join(root, "unapproved")])).toBe(4);
    expect(await ferry(["run", ...src, ...conn(), "--mapping", mapping, "--out", join(root, "draft")])).toBe(4);
  });

  it("halts at the first phase over 1 % rejects with exit code 3", async () => {
    expect(await ferry(["map", "approve", mapping, "--by", "Test Reviewer"])).toBe(0);
    const out = join(root, "halt");
    expect(await ferry(["run", ...src, ...conn(), "--mapping", mapping, "--out", out])).toBe(3);
    const rec = JSON.parse(await readFile(join(out, "reconciliation.json"), "utf8")) as Reconciliation;
    expect(rec.halted?.object).toBe("companies");
    expect(rec.objects.map((o) => o.object)).not.toContain("contacts");
  });

  it("lands every valid company and contact, linked, and accounts for every row", async () => {
    const out = join(root, "run1");
    expect(await ferry(["run", ...src, ...conn(), "--mapping", mapping, "--accept-phase", "*", "--out", out])).toBe(0);
    const rec = JSON.parse(await readFile(join(out, "reconciliation.json"), "utf8")) as Reconciliation;
    expect(rec.balanced).toBe(true);
    const byObject = Object.fromEntries(rec.objects.map((o) => [o.object, o]));
    // sample/planplus.expected.json: companies 22 rows (2 rejected, 2 skipped), contacts 52 rows.
    expect(byObject.companies?.source_count).toBe(22);
    expect(byObject.companies?.loaded).toBe(18);
    expect(byObject.contacts?.source_count).toBe(52);
    expect(byObject.contacts?.loaded).toBe(48);

    const client = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: KEY });
    const companies = await client.searchCount("res.partner", [["is_company", "=", true], ["id", ">", 3]]);
    expect(companies).toBeGreaterThanOrEqual(18);
    const linked = await client.searchRead<{ parent_id: [number, string] | false }>("res.partner", [["is_company", "=", false], ["parent_id", "!=", false]], { fields: ["parent_id"] });
    expect(linked.length).toBeGreaterThan(20);
    await client.close();

    const rejects = await readFile(join(out, "rejected_rows.csv"), "utf8");
    expect(rejects.startsWith("\uFEFF\"Source\",\"Object\",\"Source ID\",\"Row\"")).toBe(true);
    expect(rejects).toMatch(/"planplus","contact_company_links","[^"]+","\d+","rejected","orphan_reference"/);
    expect(rejects).toMatch(/"planplus","contacts","[^"]*","\d+","rejected","missing_required"/);

    // companies landed in the halted run already; this run created the contacts (one ledger line per write)
    const ledger = [...(await readLedger(join(root, "halt", "ledger.jsonl"))), ...(await readLedger(join(out, "ledger.jsonl")))];
    const creates = ledger.filter((e) => e.operation === "create" && e.model === "res.partner");
    expect(new Set(creates.filter((e) => e.object === "companies").map((e) => e.xmlid)).size).toBe(18);
    expect(new Set(creates.filter((e) => e.object === "contacts").map((e) => e.xmlid)).size).toBe(48);
    for (const e of creates) {
      expect(e.source_id).toBeTruthy();
      expect(e.xmlid).toMatch(/^ferry_planplus\.planplus_/);
      expect(e.res_id).toBeGreaterThan(0);
    }
  });

  it("a second run creates nothing and writes nothing unchanged", async () => {
    const out = join(root, "run2");
    expect(await ferry(["run", ...src, ...conn(), "--mapping", mapping, "--accept-phase", "*", "--out", out])).toBe(0);
    const rec = JSON.parse(await readFile(join(out, "reconciliation.json"), "utf8")) as Reconciliation;
    expect(rec.created).toEqual({});
    const ledger = await readLedger(join(out, "ledger.jsonl"));
    expect(ledger.filter((e) => e.operation === "create" || e.operation === "update").map((e) => `${e.object} ${e.model} ${e.xmlid}`)).toEqual([]);
    expect(rec.objects.find((o) => o.object === "contacts")?.operations).toEqual({ unchanged: 48 });
  });

  it("refuses an approved mapping edited after approval, saying what changed (exit 4)", async () => {
    const edited = join(root, "edited.json");
    const doc = JSON.parse(await readFile(mapping, "utf8")) as { status: string; objects: { object: string; fields: { to?: unknown }[] }[] };
    expect(doc.status).toBe("approved");
    const contacts = doc.objects.find((o) => o.object === "contacts")!;
    contacts.fields = contacts.fields.filter((f) => f.to !== "website");
    await writeFile(edited, JSON.stringify(doc));
    const err: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (err.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      expect(await ferry(["run", ...src, ...conn(), "--mapping", edited, "--out", join(root, "edited")])).toBe(4);
    } finally {
      process.stderr.write = write;
    }
    expect(err.join("")).toMatch(/object mapping "contacts" changed/);
  });

  it("never writes the API key into the run folder", async () => {
    for (const dir of ["run1", "run2", "halt"]) {
      for (const f of await readdir(join(root, dir))) {
        const text = await readFile(join(root, dir, f), "utf8").catch(() => "");
        expect(text, `${dir}/${f}`).not.toContain(KEY);
      }
    }
  });

  it("plan needs no Odoo and predicts the same outcomes", async () => {
    const out = join(root, "plan");
    expect(await ferry(["plan", ...src, "--accept-phase", "*", "--out", out])).toBe(0);
    const rec = JSON.parse(await readFile(join(out, "reconciliation.json"), "utf8")) as Reconciliation;
    expect(rec.kind).toBe("plan");
    expect(rec.objects.find((o) => o.object === "contacts")?.loaded).toBe(48);
    const html = await readFile(join(out, "report.html"), "utf8");
    expect(html).toContain("Reconciliation");
    expect(html).not.toContain("<script");
  });

  it("usage errors exit 2 and an unreachable Odoo exits 6", async () => {
    expect(await ferry(["run", "--source", "nope", "--input", SAMPLE])).toBe(2);
    expect(await ferry(["run", ...src, "--odoo", "http://127.0.0.1:9", "--db", "x", "--user", "u", "--api-key", "k", "--approve-proposed", "--out", join(root, "unreach")])).toBe(6);
  });
});

describe("ferry plan --odoo", () => {
  it("validates against the target database's own fields (read only), e.g. a required custom field", async () => {
    const target = await startSimulator({ port: 0 });
    try {
      const c = await OdooClient.connect({ url: target.url, db: target.db, user: target.user, apiKey: target.apiKey });
      const [modelId] = await c.search("ir.model", [["model", "=", "crm.lead"]]);
      await c.create("ir.model.fields", { model_id: modelId, name: "x_region", ttype: "char", field_description: "Region", state: "manual", required: true });
      const before = await c.searchCount("res.partner", []);
      await c.close();
      const out = join(root, "plan-target");
      const code = await ferry(["plan", ...src, "--odoo", target.url, "--db", target.db, "--user", target.user, "--api-key", target.apiKey, "--accept-phase", "*", "--out", out]);
      expect(code).toBe(0);
      const rec = JSON.parse(await readFile(join(out, "reconciliation.json"), "utf8")) as Reconciliation;
      expect(rec.target).toContain(target.url);
      // every deal becomes a crm.lead without the target's required x_region: Odoo refuses them all
      expect(rec.objects.find((o) => o.object === "deals")?.loaded).toBe(0);
      expect(rec.objects.find((o) => o.object === "contacts")?.loaded).toBe(48);
      const c2 = await OdooClient.connect({ url: target.url, db: target.db, user: target.user, apiKey: target.apiKey });
      expect(await c2.searchCount("res.partner", [])).toBe(before); // nothing written to the target
      await c2.close();
    } finally {
      await target.close();
    }
  });
});
