/**
 * Records Odoo 18 generates along with ours that the ledger cannot name — emulated by the simulator —
 * go with the rollback, and the snapshot of the affected models is what it was before the run:
 * - a recurring calendar.event: its calendar.recurrence and every occurrence (also when the addon has
 *   set the event's create_date to the source's creation time, so it no longer matches the recurrence's);
 * - tasks assigned to a user without personal stages: the user's new personal stages (Inbox … Cancelled);
 * - a product whose template Odoo deletes with its last variant: "already gone", not a failure.
 * Pre-existing recurrences and personal stages stay.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import type { OdooClient } from "../../bridge/src/odoo/client.ts";
import { runPipeline, type ObjectStep } from "../../bridge/src/run/pipeline.ts";
import { odooSink } from "../../bridge/src/run/sink.ts";
import { Ledger, readLedger } from "../../bridge/src/run/ledger.ts";
import { RowReports } from "../../bridge/src/run/reports.ts";
import { rollbackRun } from "../../bridge/src/run/rollback.ts";
import { removeSample } from "../../bridge/src/run/sample.ts";
import type { SourceRecord } from "../../bridge/src/sources/types.ts";
import { useSimulatorClient } from "./sim-client.ts";

const MODELS = ["calendar.event", "calendar.recurrence", "calendar.attendee", "project.task", "project.task.type", "project.task.stage.personal", "product.product", "product.template", "res.partner", "ir.model.data"];
const FIELDS = ["name", "active", "user_id", "recurrence_id", "base_event_id", "stage_id", "task_id", "res_id", "model", "product_tmpl_id"];

let sim: Simulator;
let client: OdooClient;
let dir: string;
useSimulatorClient("ferry-rbgen-", (s, c, d) => {
  sim = s;
  client = c;
  dir = d;
});

async function snapshot(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const m of MODELS) {
    const fields = await client.fieldsGet(m);
    const rows = await client.searchRead<Record<string, unknown>>(m, [], { fields: FIELDS.filter((f) => f in fields), context: { active_test: false } });
    out[m] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

const rec = (id: string, row: number): SourceRecord => ({ id, hash: `h${id}`, origin: { source: "planplus", object: "x", file: "x.csv", row }, data: {} }) as unknown as SourceRecord;

function step(object: string, model: string, rows: { id: string; values: Record<string, string> }[]): ObjectStep {
  return {
    object,
    async *read() {
      for (const [i, r] of rows.entries()) yield { kind: "record", record: rec(r.id, i + 1) } as never;
    },
    map(record) {
      const r = rows.find((x) => x.id === record.id)!;
      return { outputs: [{ model, xmlid: `ferry_planplus.t_${object}_${r.id}`, values: r.values }], issues: [] };
    },
  };
}

async function run(steps: ObjectStep[]): Promise<void> {
  const ledger = await Ledger.open(join(dir, "ledger.jsonl"));
  await runPipeline(steps, { runId: "t", source: "planplus", kind: "full", sink: odooSink(client), ledger, reports: new RowReports(dir) });
  await ledger.close();
}

/** A record made long before the run (so the run's time window does not take it for ours). */
function backdate(model: string, ids: number[]): void {
  for (const id of ids) sim.store.setRaw(model, id, { create_date: "2020-01-01 00:00:00", write_date: "2020-01-01 00:00:00" });
}

const ev = (name: string, start: string, extra: Record<string, string> = {}): Record<string, string> => ({ name, start, stop: start.replace(/ (\d\d)/, (_, h: string) => ` ${String(Number(h) + 1).padStart(2, "0")}`), ...extra });

describe("rollback of records Odoo generates along with ours (simulator emulation of Odoo 18)", () => {
  it("recurring events: the recurrence and all occurrences go, even after create_date was set to the source's time; a pre-existing recurrence stays", async () => {
    // someone's recurring meeting, there before the run
    const [theirs] = await client.create("calendar.event", [{ name: "Their weekly", start: "2026-01-05 09:00:00", stop: "2026-01-05 10:00:00", recurrency: true, rrule_type: "weekly", end_type: "count", count: 4, mon: true }]);
    const theirRec = (await client.read<{ recurrence_id: [number, string] }>("calendar.event", [theirs as number], ["recurrence_id"]))[0]?.recurrence_id[0] as number;
    backdate("calendar.recurrence", [theirRec]);
    backdate("calendar.event", await client.search("calendar.event", [], { context: { active_test: false } }));
    const before = await snapshot();
    await run([
      step("events", "calendar.event", [
        { id: "1", values: ev("Standup", "2026-02-02 15:00:00", { recurrency: "1", rrule_type: "weekly", end_type: "count", count: "10", mon: "1", wed: "1" }) },
        { id: "2", values: ev("Board", "2026-02-03 15:00:00", { recurrency: "1", rrule_type: "monthly", end_type: "end_date", until: "2026-12-31" }) },
        { id: "3", values: ev("Forever", "2026-02-04 15:00:00", { recurrency: "1", rrule_type: "daily", end_type: "forever" }) },
        { id: "4", values: ev("Once", "2026-02-05 15:00:00") },
        // a Tuesday "weekly on Mon, Wed": Odoo detaches and archives the base, no link to its recurrence is left
        { id: "5", values: ev("Off rule", "2026-02-03 15:00:00", { recurrency: "1", rrule_type: "weekly", end_type: "count", count: "4", mon: "1", wed: "1" }) },
      ]),
    ]);
    // a colleague's recurring meeting made during the run: not ours
    const [during] = await client.create("calendar.event", [{ name: "Colleague's", start: "2026-03-02 09:00:00", stop: "2026-03-02 09:30:00", recurrency: true, rrule_type: "weekly", end_type: "count", count: 3, mon: true }]);
    const entries = (await readLedger(join(dir, "ledger.jsonl"))).filter((e) => e.model === "calendar.event" && e.operation === "create");
    expect(entries).toHaveLength(5);
    // Odoo made 4 recurrences and their occurrences, none of them in the ledger
    const ours = entries.map((e) => e.res_id as number);
    const linked = await client.search("calendar.recurrence", [["base_event_id", "in", ours]]);
    expect(linked).toHaveLength(3);
    const offRule = (await client.read<{ active: boolean; recurrence_id: unknown }>("calendar.event", [ours[4] as number], ["active", "recurrence_id"]))[0];
    expect(offRule).toMatchObject({ active: false, recurrence_id: false });
    const theirRecs = (await client.read<{ recurrence_id: [number, string] }>("calendar.event", [theirs as number, during as number], ["recurrence_id"])).map((r) => r.recurrence_id[0]);
    const recs = await client.search("calendar.recurrence", [["id", "not in", theirRecs]]);
    expect(recs).toHaveLength(4);
    const occurrences = await client.search("calendar.event", [["recurrence_id", "in", recs], ["id", "not in", ours]], { context: { active_test: false } });
    expect(occurrences.length).toBe(9 + 10 + 719 + 4);

    // the addon sets our events' create_date to the source's creation time: no longer the recurrence's
    for (const id of ours) sim.store.setRaw("calendar.event", id, { create_date: "2019-06-01 12:00:00" });

    const report = await rollbackRun(client, dir);
    expect(report.failed).toEqual([]);
    expect(report.deleted).toBe(5 + 742 + 4);
    // the colleague's meeting is untouched; without it, the snapshot is the one from before the run
    const colleagues = await client.search("calendar.event", [["recurrence_id", "=", theirRecs[1] as number]], { context: { active_test: false } });
    expect(colleagues).toHaveLength(3);
    expect(await client.search("calendar.recurrence", [["id", "=", theirRecs[1] as number]])).toHaveLength(1);
    await client.unlink("calendar.event", colleagues);
    await client.unlink("calendar.recurrence", [theirRecs[1] as number]);
    expect(await snapshot()).toEqual(before);
    // the rollback ledger names what went without a ledger entry
    const rb = await readLedger(join(dir, "rollback_ledger.jsonl"));
    expect(rb.filter((e) => e.model === "calendar.recurrence").map((e) => e.res_id).sort()).toEqual([...recs].sort());
  });

  it("personal stages Odoo made for an assignee without any go (the ondelete check is bypassed for them only); another user's older set stays", async () => {
    const [project] = await client.create("project.project", [{ name: "P" }]);
    const [ann] = await client.create("res.users", [{ name: "Ann", login: "ann", partner_id: (await client.create("res.partner", [{ name: "Ann" }]))[0] }]);
    const [bob] = await client.create("res.users", [{ name: "Bob", login: "bob", partner_id: (await client.create("res.partner", [{ name: "Bob" }]))[0] }]);
    // Bob has had a task (and so his personal stages) for a while
    const [bobTask] = await client.create("project.task", [{ name: "Bob's", project_id: project, user_ids: [[6, 0, [bob]]] }]);
    const bobStages = await client.search("project.task.type", [["user_id", "=", bob]]);
    expect(bobStages).toHaveLength(7);
    backdate("project.task.type", await client.search("project.task.type", [], { context: { active_test: false } }));
    backdate("project.task", [bobTask as number]);
    const before = await snapshot();
    await run([
      step("tasks", "project.task", [
        { id: "1", values: { name: "T1", "project_id/.id": String(project), "user_ids/.id": `${ann},${bob}` } },
        { id: "2", values: { name: "T2", "project_id/.id": String(project), "user_ids/.id": String(ann) } },
      ]),
    ]);
    const annStages = await client.search("project.task.type", [["user_id", "=", ann]]);
    expect(annStages).toHaveLength(7);
    expect(await client.search("project.task.type", [["user_id", "=", bob]])).toEqual(bobStages);
    // Odoo refuses to delete an active user's last personal stages
    await expect(client.unlink("project.task.type", annStages)).rejects.toThrow(/at least one personal stage/);

    const report = await rollbackRun(client, dir);
    expect(report.failed).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it("personal stages that hold a task that is not ours stay", async () => {
    const [project] = await client.create("project.project", [{ name: "P" }]);
    const [ann] = await client.create("res.users", [{ name: "Ann", login: "ann", partner_id: (await client.create("res.partner", [{ name: "Ann" }]))[0] }]);
    await run([step("tasks", "project.task", [{ id: "1", values: { name: "T1", "project_id/.id": String(project), "user_ids/.id": String(ann) } }])]);
    const annStages = await client.search("project.task.type", [["user_id", "=", ann]]);
    expect(annStages).toHaveLength(7);
    // a colleague assigns Ann another task after the run
    await client.create("project.task", [{ name: "Theirs", project_id: project, user_ids: [[6, 0, [ann]]] }]);
    const report = await rollbackRun(client, dir, { force: true });
    expect(report.failed).toEqual([]);
    expect(await client.search("project.task.type", [["user_id", "=", ann]])).toEqual(annStages);
  });

  it("a template Odoo deleted with its last variant counts as already gone, not failed (read(['id']) answers for deleted records too)", async () => {
    const templatesBefore = await client.search("product.template", [], { context: { active_test: false } });
    // Odoo 18: reading only "id" does not look at the database
    expect(await client.read("product.template", [987654], ["id"])).toEqual([{ id: 987654 }]);
    await run([step("items", "product.product", [{ id: "p1", values: { name: "Widget" } }, { id: "p2", values: { name: "Gadget" } }])]);
    const side = (await readLedger(join(dir, "ledger.jsonl"))).filter((e) => e.code === "side_effect");
    expect(side.map((e) => e.model)).toEqual(["product.template", "product.template"]);
    const report = await rollbackRun(client, dir);
    expect(report.failed).toEqual([]);
    expect(report.already_gone).toBe(2);
    expect(await client.search("product.template", [], { context: { active_test: false } })).toEqual(templatesBefore);
  });

  it("sample cleanup (wizard/serve) removes the same generated records: recurrences + occurrences and new personal stages", async () => {
    const [project] = await client.create("project.project", [{ name: "P" }]);
    const [ann] = await client.create("res.users", [{ name: "Ann", login: "ann", partner_id: (await client.create("res.partner", [{ name: "Ann" }]))[0] }]);
    backdate("project.project", [project as number]);
    backdate("res.users", [ann as number]);
    backdate("res.partner", await client.search("res.partner", [], { context: { active_test: false } }));
    const before = await snapshot();
    await run([
      step("events", "calendar.event", [
        { id: "1", values: ev("Standup", "2026-02-02 15:00:00", { recurrency: "1", rrule_type: "weekly", end_type: "count", count: "5", mon: "1" }) },
        { id: "2", values: ev("Off rule", "2026-02-03 15:00:00", { recurrency: "1", rrule_type: "weekly", end_type: "count", count: "3", mon: "1", wed: "1" }) },
      ]),
      step("tasks", "project.task", [{ id: "1", values: { name: "T1", "project_id/.id": String(project), "user_ids/.id": String(ann) } }]),
    ]);
    expect(await client.search("calendar.recurrence", [])).toHaveLength(2);
    expect(await client.search("project.task.type", [["user_id", "=", ann]])).toHaveLength(7);
    const out = await removeSample(client, dir);
    expect(out.failed).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });
});
