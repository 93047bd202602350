/**
 * Rollback's RPC calls do not grow with the records rolled back (real Odoo: each call after an
 * unlink costs ~2 s): reads, unlinks and writes go per model and chunk. A chunk Odoo refuses is
 * split until the refused record is alone; it is archived, the rest deleted.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { runPipeline } from "../../bridge/src/run/pipeline.ts";
import { syntheticStep } from "./synthetic-step.ts";
import { odooSink } from "../../bridge/src/run/sink.ts";
import { Ledger, readLedger } from "../../bridge/src/run/ledger.ts";
import { RowReports } from "../../bridge/src/run/reports.ts";
import { rollbackRun } from "../../bridge/src/run/rollback.ts";
import type { MapOutput } from "../../bridge/src/core/mapping/types.ts";
import { useSimulatorClient } from "./sim-client.ts";

let sim: Simulator;
let client: OdooClient;
let dir: string;
useSimulatorClient("ferry-rbcalls-", (s, c, d) => {
  sim = s;
  client = c;
  dir = d;
});

const step = syntheticStep;

async function ids(model: string): Promise<number[]> {
  return (await client.search(model, [], { context: { active_test: false } })).sort((a, b) => a - b);
}

/** A run of `n` rows per object: a tag and a partner per row (the ledger alternates between them), an employee per row (its work contact is a side effect), an update of a pre-existing partner per row. */
async function runOf(n: number): Promise<void> {
  await client.load("res.partner", ["id", "name", "function"], Array.from({ length: n }, (_, i) => [`ferry_plexus.t_old_${i}`, `Old ${i}`, "Before"]));
  const ledger = await Ledger.open(join(dir, "ledger.jsonl"));
  const res = await runPipeline(
    [
      step("companies", n, (i): MapOutput[] => [
        { model: "res.partner.category", xmlid: `ferry_plexus.t_cat_${i}`, values: { name: `Tag ${i}` } },
        { model: "res.partner", xmlid: `ferry_plexus.t_co_${i}`, values: { name: `Co ${i}`, is_company: "1" } },
      ]),
      step("employees", n, (i) => [{ model: "hr.employee", xmlid: `ferry_plexus.t_emp_${i}`, values: { name: `Emp ${i}` } }]),
      step("titles", n, (i) => [{ model: "res.partner", xmlid: `ferry_plexus.t_old_${i}`, role: "update", values: { function: "After" } }]),
    ],
    { runId: "t", source: "plexus", kind: "full", sink: odooSink(client), ledger, reports: new RowReports(dir), batchSize: 500, acceptPhases: new Set(["*"]) },
  );
  await ledger.close();
  expect(res.objects.map((o) => o.loaded)).toEqual([n, n, n]);
}

async function rollbackCalls(n: number): Promise<{ calls: number; byMethod: Record<string, number> }> {
  const partners = await ids("res.partner");
  const cats = await ids("res.partner.category");
  const imd = await ids("ir.model.data");
  await runOf(n);
  const entries = await readLedger(join(dir, "ledger.jsonl"));
  // neighbouring ledger entries alternate between models (per row), side effects included
  expect(entries.filter((e) => e.code === "side_effect")).toHaveLength(n);
  const before = { ...sim.stats.calls };
  const report = await rollbackRun(client, dir);
  const byMethod: Record<string, number> = {};
  for (const [k, v] of Object.entries(sim.stats.calls)) if (v - (before[k] ?? 0) > 0) byMethod[k] = v - (before[k] ?? 0);
  expect(report.failed).toEqual([]);
  expect(report.deleted).toBe(4 * n); // tag, company, employee, work contact
  expect(report.restored).toBe(n);
  // Odoo is as before the run (the pre-existing partners were loaded before it)
  expect((await ids("res.partner")).length).toBe(partners.length + n);
  expect(await ids("res.partner.category")).toEqual(cats);
  expect(await ids("hr.employee")).toEqual([]);
  expect((await ids("ir.model.data")).length).toBe(imd.length + n);
  const olds = await client.searchRead<{ function: string }>("res.partner", [["name", "in", Array.from({ length: n }, (_, i) => `Old ${i}`)]], { fields: ["function"] });
  expect(olds.map((r) => r.function)).toEqual(Array(n).fill("Before"));
  return { calls: Object.values(byMethod).reduce((a, b) => a + b, 0), byMethod };
}

describe("rollback RPC calls", () => {
  it("go per model and chunk, not per record (10 rows vs 300 rows: same calls)", async () => {
    const small = await rollbackCalls(10);
    await client.close();
    await sim.close();
    sim = await startSimulator({ port: 0 });
    client = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey });
    dir = await mkdtemp(join(tmpdir(), "ferry-rbcalls-"));
    const large = await rollbackCalls(300);
    expect(large.byMethod).toEqual(small.byMethod);
    // unlinks: tags, companies, employees, work contacts; one write for the equal previous values
    expect(large.byMethod["res.partner.write"]).toBe(1);
    expect(large.calls).toBeLessThanOrEqual(20);
  });

  it("splits a refused chunk: the refused record is archived, the others deleted, in few calls", async () => {
    const n = 64;
    await runOf(n);
    const entries = await readLedger(join(dir, "ledger.jsonl"));
    const companies = entries.filter((e) => e.object === "companies" && e.model === "res.partner").map((e) => e.res_id as number);
    const blocked = companies[17] as number;
    // as Odoo refuses to delete a record another one still points at (ondelete restrict)
    const unlink = client.unlink.bind(client);
    let partnerUnlinks = 0;
    client.unlink = async (model: string, ids: number[], context?: Record<string, unknown>) => {
      if (model === "res.partner") partnerUnlinks += 1;
      if (model === "res.partner" && ids.includes(blocked)) throw new Error("The operation cannot be completed: another model requires the record being deleted");
      return unlink(model, ids, context);
    };
    const report = await rollbackRun(client, dir);
    expect(report.failed).toEqual([]);
    expect(report.archived).toBe(1);
    expect(report.deleted).toBe(4 * n - 1);
    const left = await client.read<{ id: number; active: boolean }>("res.partner", companies, ["active"], { active_test: false });
    expect(left).toEqual([{ id: blocked, active: false }]);
    // companies: 1 + 2·log2(64) unlinks at most, work contacts: 1
    expect(partnerUnlinks).toBeLessThanOrEqual(1 + 2 * Math.log2(n) + 1);
  });
});
