/**
 * The pipeline's RPC calls per object batch do not grow with the rows in it: references that read
 * a field of the referenced record and updates of existing records are read once per model and
 * batch, not once per row (rate-capped Odoo: ~1 request/s).
 */
import { describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { runPipeline } from "../../bridge/src/run/pipeline.ts";
import { syntheticStep } from "./synthetic-step.ts";
import { odooSink } from "../../bridge/src/run/sink.ts";
import { RowReports } from "../../bridge/src/run/reports.ts";
import { useSimulatorClient } from "./sim-client.ts";

let sim: Simulator;
let client: OdooClient;
let dir: string;
useSimulatorClient("ferry-calls-", (s, c, d) => {
  sim = s;
  client = c;
  dir = d;
});

const step = syntheticStep;

/** Object calls of one run of `n` rows: a timesheet per row (the project's analytic account read through the ref), plus an update of an existing partner per row (append to its comment). */
async function callsFor(n: number): Promise<{ calls: number; byMethod: Record<string, number> }> {
  await client.load("project.project", ["id", "name", "allow_timesheets"], [["ferry_plexus.t_project", "P", "1"]]);
  await client.load("hr.employee", ["id", "name"], [["ferry_plexus.t_emp", "E"]]);
  await client.load("res.partner", ["id", "name"], Array.from({ length: n }, (_, i) => [`ferry_plexus.t_partner_${i}`, `Partner ${i}`]));
  const before = { ...sim.stats.calls };
  const res = await runPipeline(
    [
      step("time_entries", n, (i) => [
        {
          model: "account.analytic.line",
          xmlid: `ferry_plexus.t_line_${i}`,
          values: { name: `line ${i}`, unit_amount: "1", date: "2024-01-02", "project_id/id": "ferry_plexus.t_project", "employee_id/id": "ferry_plexus.t_emp" },
          refs: [{ column: "account_id", xmlid: "ferry_plexus.t_project", field: "account_id" }],
        },
      ]),
      step("notes", n, (i) => [{ model: "res.partner", xmlid: `ferry_plexus.t_partner_${i}`, role: "update", values: { function: `Job ${i}`, "parent_id/id": "ferry_plexus.t_partner_0" }, append: { comment: `note ${i}` } }]),
      // the same values for every record: one write call for the batch
      step("titles", n, (i) => [{ model: "res.partner", xmlid: `ferry_plexus.t_partner_${i}`, role: "update", values: { function: "Technician" } }]),
    ],
    { runId: "t", source: "plexus", kind: "full", sink: odooSink(client), reports: new RowReports(dir), batchSize: 500, acceptPhases: new Set(["*"]) },
  );
  expect(res.objects.map((o) => o.loaded)).toEqual([n, n, n]);
  const rows = await client.searchRead<{ function: string; comment: string }>("res.partner", [["id", "in", [...(await client.resolveXmlids([`ferry_plexus.t_partner_${n - 1}`])).values()].map((x) => x.id)]], { fields: ["function", "comment"] });
  expect(rows[0]).toMatchObject({ function: "Technician" });
  expect(rows[0]?.comment).toContain(`note ${n - 1}`);
  const byMethod: Record<string, number> = {};
  for (const [k, v] of Object.entries(sim.stats.calls)) if (v - (before[k] ?? 0) > 0) byMethod[k] = v - (before[k] ?? 0);
  const writes = byMethod["res.partner.write"] ?? 0;
  return { calls: Object.values(byMethod).reduce((a, b) => a + b, 0) - writes, byMethod };
}

describe("pipeline RPC calls", () => {
  it("reads per model and batch, not per row (10 rows vs 200 rows: same number of non-write calls)", async () => {
    const small = await callsFor(10);
    await client.close();
    await sim.close();
    sim = await startSimulator({ port: 0 });
    client = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey });
    const large = await callsFor(200);
    expect(large.byMethod["res.partner.read"]).toBe(small.byMethod["res.partner.read"]);
    expect(large.byMethod["project.project.read"]).toBe(small.byMethod["project.project.read"]);
    expect(large.calls).toBe(small.calls);
    // writes: one per distinct set of values (the appended notes differ per record; the common title is one call)
    expect(large.byMethod["res.partner.write"]).toBe(200 + 1);
    expect(large.calls).toBeLessThan(20);
  });
});
