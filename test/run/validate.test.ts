/**
 * `ferry validate` on a real run of the PlanPlus sample into the simulator: counts by object and by
 * model, link checks derived from the mapping, fill rates, rejects by reason — then the same after
 * damage done in Odoo (a task loses its project, an event is deleted) must fail with exit 1.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ferryCode } from "./ferry-cli.ts";
import { renderValidationHtml, validationCsv, type ValidationReport } from "../../bridge/src/core/validate-report.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import type { Reconciliation } from "../../bridge/src/run/session.ts";

const SAMPLE = resolve(import.meta.dirname, "../../sample/planplus");
const KEY = "sim-validate-key-321";
let sim: Simulator;
let client: OdooClient;
let root: string;
let run: string;
let rec: Reconciliation;

const ferry = ferryCode;
const conn = () => ["--odoo", sim.url, "--db", sim.db, "--user", sim.user, "--api-key", KEY];
const src = ["--source", "planplus", "--input", SAMPLE, "--export-time-zone", "America/Chicago"];
const readValidation = async (dir: string) => JSON.parse(await readFile(join(dir, "validation.json"), "utf8")) as ValidationReport;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, apiKeys: [KEY] });
  client = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: KEY });
  root = await mkdtemp(join(tmpdir(), "ferry-validate-"));
  run = join(root, "run1");
  expect(await ferry(["run", ...src, ...conn(), "--approve-proposed", "--fallback-owner", "admin", "--accept-phase", "*", "--out", run])).toBe(0);
  rec = JSON.parse(await readFile(join(run, "reconciliation.json"), "utf8")) as Reconciliation;
}, 60_000);
afterAll(async () => {
  await client?.close();
  await sim?.close();
});

describe("ferry validate", () => {
  it("passes on a clean run: source = landed + rejected + skipped per object, Odoo counts, links, fill rates", async () => {
    expect(await ferry(["owners", ...src, ...conn(), "--fallback-owner", "admin", "--out", join(root, "owners-planplus")])).toBe(0);
    expect(await ferry(["validate", ...src, ...conn(), "--run", run])).toBe(0);
    const v = await readValidation(run);
    expect(v.ok).toBe(true);
    expect(v.problems).toEqual([]);
    const companies = v.objects.find((o) => o.object === "companies");
    expect(companies).toMatchObject({ source_count: 22, landed: 18, rejected: 2, skipped: 2, balanced: true });
    expect(v.objects.map((o) => o.object)).toEqual(rec.objects.map((o) => o.object));
    for (const o of v.objects) expect(o.source_count).toBe(o.landed + o.rejected + o.skipped + o.other);

    // by model: the Ferry module's external ids and the records behind them, vs the run's expectation
    const partners = v.models.find((m) => m.model === "res.partner");
    expect(partners).toMatchObject({ expected: rec.odoo_records["res.partner"], xmlids: rec.odoo_records["res.partner"], missing: 0, ok: true });
    expect(v.models.find((m) => m.model === "project.task")?.active).toBe(19);

    // links derived from the mapping's reference tables; the link table sets the contacts' parents
    const parent = v.null_fk.find((c) => c.object === "contact_company_links" && c.field === "parent_id");
    expect(parent).toMatchObject({ model: "res.partner", checked: 46, empty: 0 });
    const taskProject = v.null_fk.find((c) => c.object === "tasks" && c.field === "project_id");
    expect(taskProject).toMatchObject({ checked: 19, empty: 0 });
    // a deal whose contact did not land has an empty partner: explained, not a failure
    expect(v.null_fk.find((c) => c.object === "deals" && c.field === "partner_id")).toMatchObject({ empty: 0, explained: 1 });

    const quadrant = v.fill_rates.find((f) => f.object === "tasks" && f.field === "x_quadrant");
    expect(quadrant).toMatchObject({ model: "project.task", source_rows: 19, source_filled: 15, odoo_filled: 14 });
    expect(v.notes.join("\n")).toMatch(/project\.task\.x_quadrant: filled on 14 records, the source had 15/);
    expect(v.fill_rates.find((f) => f.field === "x_pp_percent_complete")).toMatchObject({ source_filled: 19, odoo_filled: 19 });
    // custom_fields.csv values land on their records as inferred x_pp_ fields
    expect(v.fill_rates.find((f) => f.field === "x_pp_segment")).toMatchObject({ object: "custom_fields", model: "res.partner", source_filled: 12, odoo_filled: 12 });
    expect(v.fill_rates.find((f) => f.field === "x_pp_newsletter")).toMatchObject({ source_rows: 9, source_filled: 6 }); // Yes ×3, x ×3 ticked; No ×3

    expect(v.rejects_by_reason).toContainEqual({ object: "contacts", outcome: "rejected", code: "missing_required", count: 1 });
    expect(v.rejects_by_reason).toContainEqual({ object: "contacts", outcome: "skipped", code: "duplicate_row", count: 1 });
    expect(v.owners.flagged_rows.owner_unmatched).toBeGreaterThan(0);
    expect(v.owners.summary.unmatched).toBeGreaterThan(0); // from runs/owners-planplus/owners.json beside the run

    const html = await readFile(join(run, "validation.html"), "utf8");
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<script|<link|src="http/i);
    const csv = await readFile(join(run, "validation.csv"), "utf8");
    expect(csv).toContain('"accounting","companies","","","source = landed + rejected + skipped","22","22","0","yes","landed 18, rejected 2, skipped 2, other 0"');
  });

  it("fails (exit 1) when a task lost its project and an event was deleted in Odoo", async () => {
    const ledger = (await readFile(join(run, "ledger.jsonl"), "utf8")).split("\n").filter(Boolean).map((l) => JSON.parse(l) as { object: string; model?: string; res_id?: number; source_id: string; operation: string });
    const task = ledger.find((e) => e.object === "tasks" && e.model === "project.task" && e.operation === "create")!;
    expect(task).toBeDefined();
    await client.write("project.task", [task.res_id!], { project_id: false });
    const sourceId = task.source_id;
    const [ev] = await client.searchRead<{ res_id: number }>("ir.model.data", [["module", "=", "ferry_planplus"], ["model", "=", "calendar.event"]], { fields: ["res_id"], limit: 3 });
    await client.executeKw("calendar.event", "unlink", [[ev!.res_id]]);
    await client.executeKw("ir.model.data", "unlink", [await client.search("ir.model.data", [["model", "=", "calendar.event"], ["res_id", "=", ev!.res_id]])]);

    const out = join(root, "broken");
    expect(await ferry(["validate", ...src, ...conn(), "--run", run, "--out", out])).toBe(1);
    const v = await readValidation(out);
    expect(v.ok).toBe(false);
    expect(v.null_fk.find((c) => c.object === "tasks" && c.field === "project_id")).toMatchObject({ empty: 1, examples: [sourceId] });
    expect(v.models.find((m) => m.model === "calendar.event")).toMatchObject({ expected: 13, xmlids: 12, ok: false });
    expect(v.problems.join("\n")).toMatch(/calendar\.event: 12 records in Odoo, the run expected 13/);
    expect(v.problems.join("\n")).toContain(`without project_id although the source had Project ID / Project Name (e.g. ${sourceId})`);
  });

  it("without --input still checks counts, and says the link checks were skipped", async () => {
    const out = join(root, "noinput");
    await ferry(["validate", ...conn(), "--run", run, "--out", out]);
    const v = await readValidation(out);
    expect(v.source).toBe("planplus");
    expect(v.null_fk).toEqual([]);
    expect(v.notes.join(" ")).toMatch(/no --input/);
    expect(v.models.length).toBeGreaterThan(5);
  });

  it("refuses a plan folder and a folder without reconciliation.json (exit 2)", async () => {
    const plan = join(root, "plan");
    expect(await ferry(["plan", ...src, "--accept-phase", "*", "--out", plan])).toBe(0);
    expect(await ferry(["validate", ...conn(), "--run", plan])).toBe(2);
    expect(await ferry(["validate", ...conn(), "--run", join(root, "nope")])).toBe(2);
  }, 30_000);
});

describe("validation rendering", () => {
  const report: ValidationReport = {
    source: "planplus", run: "r1", run_dir: "/x", generated_at: "2026-01-01T00:00:00Z", target: "t",
    objects: [{ object: "<img src=x onerror=alert(1)>", source_count: 3, landed: 1, rejected: 1, skipped: 1, other: 0, balanced: true, rejected_by: { missing_required: 1 }, skipped_by: { deleted: 1 } }],
    models: [], null_fk: [{ object: "=HYPERLINK(1)", model: "project.task", field: "project_id", label: "x", checked: 2, empty: 1, explained: 0, examples: ["=1+1"] }],
    fill_rates: [], owners: { summary: {}, flagged_rows: {} }, rejects_by_reason: [{ object: "tasks", outcome: "rejected", code: "+cmd", count: 1 }],
    ok: false, problems: ["@SUM(A1)"], notes: [],
  };
  it("escapes source text in HTML and neutralizes formulas in CSV", () => {
    const html = renderValidationHtml(report);
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const csv = validationCsv(report);
    expect(csv).toContain(`"null_fk","'=HYPERLINK(1)"`);
    expect(csv).toContain(`"rejected +cmd"`);
    expect(csv).not.toMatch(/(^|,)"[=+\-@]/m);
  });
});
