/**
 * Rollback leaves Odoo as it was before the run (snapshot of the affected models), refuses
 * records edited since the run unless forced, and respects the window.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { executeRun } from "../../bridge/src/run/session.ts";
import { resolveSettings } from "../../bridge/src/cli/settings.ts";
import { readLedger } from "../../bridge/src/run/ledger.ts";
import { rollbackRun } from "../../bridge/src/run/rollback.ts";

const SAMPLE = resolve(import.meta.dirname, "../../sample/planplus");
const MODELS = ["res.partner", "res.partner.category", "res.partner.industry", "crm.lead", "crm.stage", "crm.team", "project.project", "project.task", "project.task.type", "project.milestone", "calendar.event", "mail.message", "ir.attachment", "ir.model.fields", "ir.model.data"];

let sim: Simulator;
let client: OdooClient;
let root: string;

async function snapshot(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const m of MODELS) {
    const fields = await client.fieldsGet(m);
    const names = ["name", "active", "parent_id", "email", "model", "module", "res_id"].filter((f) => f in fields);
    const rows = await client.searchRead<Record<string, unknown>>(m, [], { fields: names, context: { active_test: false } });
    out[m] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

async function run(out: string): Promise<string> {
  const settings = resolveSettings({ source: "planplus", input: SAMPLE, exportTimeZone: "America/Chicago", fallbackOwner: "admin", odoo: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey, out }, {});
  const r = await executeRun("run", settings, { approveProposed: true, acceptPhases: new Set(["*"]) });
  return r.runDir;
}

beforeEach(async () => {
  sim = await startSimulator({ port: 0 });
  client = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey });
  root = await mkdtemp(join(tmpdir(), "ferry-rollback-"));
});
afterEach(async () => {
  await client.close();
  await sim.close();
});

describe("ferry rollback", () => {
  it("restores the affected models exactly", async () => {
    const before = await snapshot();
    const dir = await run(join(root, "r1"));
    const during = await snapshot();
    expect(during["res.partner"]!.length).toBeGreaterThan(before["res.partner"]!.length + 60);
    const report = await rollbackRun(client, dir);
    expect(report.failed).toEqual([]);
    expect(report.refused_modified).toEqual([]);
    expect(report.deleted + report.archived).toBeGreaterThan(60);
    expect(await snapshot()).toEqual(before);
    // a run after the rollback loads everything again (its rows no longer count as loaded)
    const again = await run(join(root, "r2"));
    const creates = (await readLedger(join(again, "ledger.jsonl"))).filter((e) => e.operation === "create" && e.model === "res.partner");
    expect(creates.length).toBeGreaterThanOrEqual(66);
  });

  it("leaves records edited in Odoo since the run unless forced", async () => {
    const dir = await run(join(root, "r1"));
    const ledger = await readLedger(join(dir, "ledger.jsonl"));
    const company = ledger.find((e) => e.object === "companies" && e.model === "res.partner" && e.operation === "create")!;
    await new Promise((r) => setTimeout(r, 1100));
    await client.write("res.partner", [company.res_id!], { phone: "+15125550000" });
    const report = await rollbackRun(client, dir, { toleranceSeconds: 0 });
    expect(report.refused_modified.map((r) => r.id)).toContain(company.res_id);
    const [still] = await client.read<{ id: number }>("res.partner", [company.res_id!], ["name"]);
    expect(still?.id).toBe(company.res_id);
    const forced = await rollbackRun(client, dir, { force: true });
    expect(forced.refused_modified).toEqual([]);
    expect(await client.read("res.partner", [company.res_id!], ["name"], { active_test: false })).toEqual([]);
  });

  it("refuses outside the window unless forced", async () => {
    const dir = await run(join(root, "r1"));
    const later = new Date(Date.now() + 73 * 3600_000);
    await expect(rollbackRun(client, dir, { now: later })).rejects.toThrow(/outside the 72 h rollback window/);
  });
});
