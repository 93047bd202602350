/**
 * Records Odoo creates along with ours (an employee's work contact, a product's template) are
 * ledgered as side effects of this run — before the record that made them, so rollback deletes them
 * after it — and a pre-existing record a new one points at (a user's partner) is left alone.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { OdooClient } from "../../bridge/src/odoo/client.ts";
import { runPipeline, type ObjectStep } from "../../bridge/src/run/pipeline.ts";
import { odooSink } from "../../bridge/src/run/sink.ts";
import { Ledger, readLedger } from "../../bridge/src/run/ledger.ts";
import { RowReports } from "../../bridge/src/run/reports.ts";
import { rollbackRun } from "../../bridge/src/run/rollback.ts";
import type { SourceRecord } from "../../bridge/src/sources/types.ts";
import { useSimulatorClient } from "./sim-client.ts";

let client: OdooClient;
let dir: string;
useSimulatorClient("ferry-side-", (_s, c, d) => {
  client = c;
  dir = d;
});

const rec = (id: string, row: number, data: Record<string, unknown>): SourceRecord => ({ id, hash: `h${id}`, origin: { source: "plexus", object: "employees", file: "employees.jsonl", row }, data }) as unknown as SourceRecord;

function step(object: string, model: string, rows: { id: string; values: Record<string, string> }[]): ObjectStep {
  return {
    object,
    async *read() {
      for (const [i, r] of rows.entries()) yield { kind: "record", record: rec(r.id, i + 1, {}) } as never;
    },
    map(record) {
      const r = rows.find((x) => x.id === record.id)!;
      return { outputs: [{ model, xmlid: `ferry_plexus.t_${object}_${r.id}`, values: r.values }], issues: [] };
    },
  };
}

async function ids(model: string): Promise<number[]> {
  return (await client.search(model, [], { context: { active_test: false } })).sort((a, b) => a - b);
}

describe("side-effect records", () => {
  it("are ledgered before their record and rolled back after it; a user's partner is not", async () => {
    const partnersBefore = await ids("res.partner");
    const templatesBefore = await ids("product.template");
    const ledger = await Ledger.open(join(dir, "ledger.jsonl"));
    const res = await runPipeline(
      [
        step("employees", "hr.employee", [{ id: "e1", values: { name: "Ann" } }, { id: "e2", values: { name: "Bob", "user_id/.id": "2" } }, { id: "e3", values: { name: "Cy", work_email: "cy@x.example" } }]),
        step("items", "product.product", [{ id: "p1", values: { name: "Widget" } }]),
      ],
      { runId: "t", source: "plexus", kind: "full", sink: odooSink(client), ledger, reports: new RowReports(dir) },
    );
    await ledger.close();
    expect(res.objects.map((o) => o.loaded)).toEqual([3, 1]);
    const entries = await readLedger(join(dir, "ledger.jsonl"));
    const side = entries.filter((e) => e.code === "side_effect");
    expect(side.map((e) => e.model).sort()).toEqual(["product.template", "res.partner", "res.partner"]);
    // each side effect comes right before the record that made it (rollback walks backwards)
    for (const s of side) {
      const next = entries[entries.indexOf(s) + 1];
      expect(s.side_effect_of).toBe(`${next?.model}#${next?.res_id}.${s.model === "res.partner" ? "work_contact_id" : "product_tmpl_id"}`);
    }
    // Bob's work contact is the admin's partner (3): not ours
    expect(side.some((e) => e.res_id === 3)).toBe(false);
    // not counted as landed records of the run
    expect(res.created["res.partner"]).toBeUndefined();
    expect((await ids("res.partner")).length).toBe(partnersBefore.length + 2);

    const report = await rollbackRun(client, dir);
    expect(report.failed).toEqual([]);
    expect(await ids("res.partner")).toEqual(partnersBefore);
    expect(await ids("product.template")).toEqual(templatesBefore);
    expect(await ids("hr.employee")).toEqual([]);
    expect(await client.search("res.partner", [["id", "=", 3]])).toEqual([3]);
  });

  it("are found at rollback time when the ledger lacks them (a create recovered after a crash)", async () => {
    const partnersBefore = await ids("res.partner");
    const ledger = await Ledger.open(join(dir, "ledger.jsonl"));
    await runPipeline([step("employees", "hr.employee", [{ id: "e1", values: { name: "Ann" } }, { id: "e2", values: { name: "Bob", "user_id/.id": "2" } }])], { runId: "t", source: "plexus", kind: "full", sink: odooSink(client), ledger, reports: new RowReports(dir) });
    await ledger.close();
    const path = join(dir, "ledger.jsonl");
    const lines = (await readFile(path, "utf8")).split("\n").filter((l) => l && !l.includes('"side_effect"'));
    await writeFile(path, `${lines.join("\n")}\n`);
    expect((await ids("res.partner")).length).toBe(partnersBefore.length + 1);
    const report = await rollbackRun(client, dir);
    expect(report.failed).toEqual([]);
    expect(await ids("res.partner")).toEqual(partnersBefore);
  });

  it("a write made during a later run that is rolled back already is not an edit in Odoo", async () => {
    const a = join(dir, "a");
    const b = join(dir, "b");
    await mkdir(a);
    await mkdir(b);
    const ledger = await Ledger.open(join(a, "ledger.jsonl"));
    await runPipeline([step("customers", "res.partner", [{ id: "c1", values: { name: "Co" } }])], { runId: "a", source: "plexus", kind: "full", sink: odooSink(client), ledger, reports: new RowReports(a) });
    await ledger.close();
    const started = new Date(Date.now() - 1000).toISOString();
    await writeFile(join(a, "run.json"), JSON.stringify({ started_at: started, finished_at: new Date().toISOString(), target: "t" }));
    await new Promise((r) => setTimeout(r, 1100));
    // run b (a delta, say) starts, its write reaches the partner, then b is rolled back
    await writeFile(join(b, "run.json"), JSON.stringify({ started_at: new Date().toISOString(), target: "t" }));
    const [id] = await client.search("res.partner", [["name", "=", "Co"]]);
    await client.write("res.partner", [id as number], { function: "Boss" });
    await writeFile(join(b, "rollback.json"), "{}");
    const copy = await readFile(join(a, "ledger.jsonl"), "utf8");
    await rollbackRun(client, a, { toleranceSeconds: 0 });
    expect(await client.search("res.partner", [["name", "=", "Co"]], { context: { active_test: false } })).toEqual([]);
    // without b's rollback the same write is an edit: refused
    await rm(join(b, "rollback.json"));
    await rm(join(a, "rollback.json"));
    await rm(join(a, "rollback_ledger.jsonl"));
    const [again] = await client.create("res.partner", [{ name: "Co2" }]);
    await writeFile(join(a, "ledger.jsonl"), copy.replace(/"res_id":\d+/, `"res_id":${again}`));
    await new Promise((r) => setTimeout(r, 2100));
    await client.write("res.partner", [again as number], { function: "Boss" });
    const report = await rollbackRun(client, a, { toleranceSeconds: 0 });
    expect(report.refused_modified.map((r) => r.id)).toEqual([again]);
  });
});
