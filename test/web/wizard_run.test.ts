// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { $, $$, click, FakeBus, flush, mountWizard, select, type Harness } from "./helpers.ts";
import { FakeOrm } from "./fakes/fake_orm.ts";
import type { WizardModel } from "../../web/src/model/wizard_model.ts";

function model(h: Harness): WizardModel {
  return (h.app as unknown as { model: WizardModel }).model;
}

/** A project ready to run: files uploaded, mappings approved, owners resolved. */
function readyOrm(gatePhase: string | null = null): FakeOrm {
  const orm = new FakeOrm({ gatePhase, stepPct: 50 });
  const p = orm.insert("ferry.project", { name: "Cutover", source_system: "planplus", scope: "companies,contacts", fallback_owner_id: 2 });
  orm.insert("ferry.source.file", { project_id: p, name: "companies.csv", detected_object: "companies", encoding: "utf-8", row_count: 40, profile: "{}" });
  orm.insert("ferry.source.file", { project_id: p, name: "contacts.csv", detected_object: "contacts", encoding: "utf-8", row_count: 200, profile: "{}" });
  orm.insert("ferry.mapping", { project_id: p, source_object: "companies", target_model: "res.partner", sequence: 20, state: "approved", approved_by_id: 2, approved_at: "2026-11-23 16:00:00" });
  orm.insert("ferry.mapping", { project_id: p, source_object: "contacts", target_model: "res.partner", sequence: 30, state: "approved", approved_by_id: 2, approved_at: "2026-11-23 16:00:00" });
  orm.insert("ferry.owner", { project_id: p, source_key: "U1001", source_name: "Dana Whitfield", decision: "matched", user_id: 3, record_count: 12 });
  return orm;
}

describe("step 5 (Sample)", () => {
  it("queues a sample run, polls it and shows the field diff filterable by object, field and cause", async () => {
    const h = await mountWizard({ orm: readyOrm() });
    await click(h, ".o_ferry_step_sample");
    await click(h, ".o_ferry_queue_sample");
    expect(h.orm.all("ferry.run").at(-1)).toMatchObject({ run_type: "sample" });
    expect(($(h, ".o_ferry_queue_sample") as HTMLButtonElement).disabled).toBe(true);
    await click(h, ".o_ferry_refresh_sample");
    await click(h, ".o_ferry_refresh_sample");
    expect($(h, ".o_ferry_diff_count").textContent).toContain("4 of 4 differences");
    await select(h, "#o_ferry_diff_object", "contacts");
    expect($$(h, ".o_ferry_diff tbody tr")).toHaveLength(3);
    await select(h, "#o_ferry_diff_cause", "whitespace");
    expect($$(h, ".o_ferry_diff tbody tr").map((r) => r.querySelector("code")?.textContent)).toEqual(["name"]);
    const field = $(h, "#o_ferry_diff_field") as HTMLInputElement;
    await select(h, "#o_ferry_diff_cause", "");
    field.value = "par";
    field.dispatchEvent(new Event("input", { bubbles: true }));
    await flush();
    expect($(h, ".o_ferry_diff_count").textContent).toContain("1 of 4");
  });
});

describe("step 6 (Run)", () => {
  it("keeps the run button disabled while an owner is unresolved", async () => {
    const orm = readyOrm();
    orm.insert("ferry.owner", { project_id: orm.all("ferry.project")[0]?.id, source_key: "ghost", source_name: "Ghost", decision: false, user_id: false });
    const h = await mountWizard({ orm });
    expect(($(h, ".o_ferry_step_run") as HTMLButtonElement).disabled).toBe(true);
    await model(h).goTo("run"); // even forced, the model refuses
    expect(model(h).step).toBe("project");
    expect(h.notifications.at(-1)?.message).toBe("Resolve every owner first.");
  });

  it("shows progress per phase with rows/s and ETA, pauses and resumes, halts at the gate and continues when accepted", async () => {
    const orm = readyOrm("contacts");
    orm.opts.stepPct = 25;
    const h = await mountWizard({ orm });
    let now = 1_000_000;
    model(h).now = () => now;
    await click(h, ".o_ferry_step_run");
    expect($(h, ".o_ferry_start_run").hasAttribute("disabled")).toBe(false);
    await click(h, ".o_ferry_start_run"); // queued, then claimed by the (simulated) bridge
    const run = h.orm.all("ferry.run").at(-1);
    expect(run).toMatchObject({ run_type: "full", state: "running" });
    const m = model(h);
    const tick = async (): Promise<void> => {
      now += 2000;
      await m.poll();
      await flush(2);
    };
    await tick();
    expect($(h, 'tr[data-phase="companies"] .progress-bar').textContent).toBe("25%");
    expect($(h, 'tr[data-phase="contacts"] .progress-bar').textContent).toBe("0%");
    await tick();
    // companies: 10 rows per 2 s poll → 5 rows/s, 20 rows left → 4 s
    expect($(h, 'tr[data-phase="companies"] .o_ferry_rate').textContent).toBe("5");
    expect($(h, 'tr[data-phase="companies"] .o_ferry_eta').textContent).toBe("4 s");
    await tick();
    await tick();
    expect($(h, 'tr[data-phase="companies"] .progress-bar').textContent).toBe("100%");
    await tick(); // contacts 25 %
    await click(h, ".o_ferry_pause");
    expect(h.orm.table("ferry.run").get(run?.id as number)?.state).toBe("paused");
    expect(h.target.querySelector(".o_ferry_pause")).toBeNull();
    await tick(); // paused: nothing moves
    expect($(h, 'tr[data-phase="contacts"] .progress-bar').textContent).toBe("25%");
    await click(h, ".o_ferry_resume");
    await tick();
    await tick();
    expect($(h, 'tr[data-phase="contacts"] .o_ferry_rate').textContent).toBe("25");
    await tick();
    // 5 % of contacts rejected: halted at the gate
    expect($(h, ".o_ferry_gate").textContent).toContain("contacts");
    expect(h.notifications.some((n) => n.title === "Review needed")).toBe(true);
    const gateNotice = h.notifications.find((n) => n.title === "Review needed");
    expect(gateNotice).toMatchObject({ sticky: true, closed: false });
    await click(h, ".o_ferry_accept");
    expect(h.orm.calls.some((c) => c.method === "action_accept_gate")).toBe(true);
    expect(gateNotice?.closed).toBe(true); // the sticky gate notice goes once the run moves on
    for (let i = 0; i < 3; i += 1) await tick();
    expect($(h, ".o_ferry_run_state").textContent).toContain("done");
    expect(($(h, ".o_ferry_step_reconciliation") as HTMLButtonElement).disabled).toBe(false);
  });

  it("refreshes at once when the addon pushes run progress over the bus, and unsubscribes on close", async () => {
    const bus = new FakeBus();
    const h = await mountWizard({ orm: readyOrm(), bus });
    await click(h, ".o_ferry_step_run");
    await click(h, ".o_ferry_start_run");
    const run = h.orm.all("ferry.run").at(-1);
    const reads = (): number => h.orm.calls.filter((c) => c.model === "ferry.run" && c.method === "read").length;
    const before = reads();
    bus.emit("ferry.run/progress", { id: 999999, state: "running" }); // another run: ignored
    await flush();
    expect(reads()).toBe(before);
    bus.emit("ferry.run/progress", { id: run?.id, state: "running" });
    await flush();
    expect(reads()).toBe(before + 1);
    expect($(h, 'tr[data-phase="companies"] .progress-bar').textContent).toBe("50%");
    h.app.__owl__.app.destroy();
    expect(bus.listeners.get("ferry.run/progress")).toEqual([]);
  });

  it("downloads the rejects as CSV with spreadsheet formulas neutralized", async () => {
    const h = await mountWizard({ orm: readyOrm("contacts") });
    await click(h, ".o_ferry_step_run");
    await click(h, ".o_ferry_start_run");
    for (let i = 0; i < 8; i += 1) await model(h).poll();
    await flush();
    const downloads: { fileName: string; content: string }[] = [];
    model(h).ui.download = (fileName, _mime, content) => downloads.push({ fileName, content });
    await click(h, ".o_ferry_rejects");
    expect(downloads[0]?.fileName).toMatch(/^rejected_rows_run\d+\.csv$/);
    const lines = (downloads[0]?.content ?? "").replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe('"Source","Object","File","Row","Source ID","Field","Code","Reason"');
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"") is not an e-mail"`);
    expect(lines.filter(Boolean).length).toBeGreaterThan(2);
  });

  it("stopping to fix asks for confirmation, then cancels the run", async () => {
    const h = await mountWizard({ orm: readyOrm("companies") });
    await click(h, ".o_ferry_step_run");
    await click(h, ".o_ferry_start_run");
    for (let i = 0; i < 4; i += 1) await model(h).poll();
    await flush();
    h.confirmAnswer = false;
    await click(h, ".o_ferry_fix");
    expect(h.orm.all("ferry.run").at(-1)?.state).toBe("halted");
    h.confirmAnswer = true;
    await click(h, ".o_ferry_fix");
    expect(h.orm.all("ferry.run").at(-1)?.state).toBe("failed");
    expect(h.target.querySelector(".alert-danger")?.textContent).toContain("Cancelled");
  });
});

async function finished(): Promise<Harness> {
  const h = await mountWizard({ orm: readyOrm() });
  await click(h, ".o_ferry_step_run");
  await click(h, ".o_ferry_start_run");
  for (let i = 0; i < 8; i += 1) await model(h).poll();
  await flush();
  expect(model(h).run?.state).toBe("done");
  return h;
}

describe("step 7 (Reconciliation)", () => {
  it("shows source / landed / rejected / skipped per object with a chart, checks and the HTML report", async () => {
    const h = await finished();
    await click(h, ".o_ferry_step_reconciliation");
    const row = $(h, 'tr[data-object="contacts"]');
    const cells = [...row.querySelectorAll("td")].map((td) => td.textContent?.trim());
    expect(cells.slice(2, 6)).toEqual(["200", "198", "0", "2"]);
    expect(row.querySelectorAll("svg rect").length).toBe(2);
    expect(row.querySelector('[aria-label="balanced"]')).not.toBeNull();
    expect($(h, ".o_ferry_nullfk").textContent).toContain("contacts without company");
    expect($(h, ".o_ferry_fill").textContent).toContain("x_pp_quadrant");
    expect($(h, ".o_ferry_fill tbody td:nth-child(2)").textContent).toBe("62%"); // ratios shown as percentages
    expect($(h, ".o_ferry_owner_summary").textContent).toContain("fallback");
    const downloads: { fileName: string; content: string }[] = [];
    model(h).ui.download = (fileName, _mime, content) => downloads.push({ fileName, content });
    await click(h, ".o_ferry_report");
    expect(downloads[0]?.fileName).toMatch(/^reconciliation_run\d+\.html$/);
    expect(downloads[0]?.content).toContain("<svg");
    expect(downloads[0]?.content).toContain("contacts");
  });
});

describe("step 8 (Rollback)", () => {
  it("confirms with the counts and the remaining window, then rolls back on the server", async () => {
    const h = await finished();
    model(h).now = () => Date.parse("2026-11-24T17:30:00Z"); // 24 h after the end
    await click(h, ".o_ferry_step_rollback");
    const counts = $$(h, ".o_ferry_ledger_counts .fs-3").map((e) => e.textContent);
    expect(Number(counts[0])).toBeGreaterThan(0);
    expect($(h, ".o_ferry_window").textContent).toBe("48");
    h.confirmAnswer = false;
    await click(h, ".o_ferry_rollback");
    expect(h.dialogs.at(-1)?.body).toMatch(new RegExp(`This deletes ${counts[0]} created records .* 48 hours remain`));
    expect(h.orm.calls.some((c) => c.method === "rollback")).toBe(false);
    h.confirmAnswer = true;
    await click(h, ".o_ferry_rollback");
    const call = h.orm.calls.find((c) => c.method === "rollback");
    expect(call?.kwargs).toEqual({ force: false });
    expect(h.target.querySelector(".o_ferry_rollback_step .alert-info")?.textContent).toContain("rolled back");
    expect(h.notifications.at(-1)?.message).toBe("Rollback finished.");
  });

  it("does not count updates of records the run itself created as records to restore", async () => {
    const h = await finished();
    const runId = model(h).run?.id as number;
    await click(h, ".o_ferry_step_rollback");
    const before = $$(h, ".o_ferry_ledger_counts .fs-3").map((e) => e.textContent);
    // A later step of the same run wrote to a record it had created (res_id 1000 is a create), and to one it had not.
    h.orm.insert("ferry.ledger", { run_id: runId, operation: "update", res_model: "res.partner", res_id: 1000, rolled_back_by_id: false });
    h.orm.insert("ferry.ledger", { run_id: runId, operation: "update", res_model: "res.partner", res_id: 5, rolled_back_by_id: false });
    await click(h, ".o_ferry_step_run");
    await click(h, ".o_ferry_step_rollback");
    const after = $$(h, ".o_ferry_ledger_counts .fs-3").map((e) => e.textContent);
    expect(after[0]).toBe(before[0]);
    expect(Number(after[1])).toBe(Number(before[1]) + 1);
    expect(h.orm.calls.some((c) => c.method === "rollback_counts")).toBe(true);
  });

  it("refuses once the rollback window has closed", async () => {
    const h = await finished();
    model(h).now = () => Date.parse("2026-11-30T00:00:00Z");
    await click(h, ".o_ferry_step_rollback");
    expect(($(h, ".o_ferry_rollback") as HTMLButtonElement).disabled).toBe(true);
    await model(h).rollback(false);
    expect(h.orm.calls.some((c) => c.method === "rollback")).toBe(false);
  });
});
