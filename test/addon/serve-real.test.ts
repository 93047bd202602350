/**
 * Against a real Odoo with the `ferry` addon installed (ODOO_URL, ODOO_DB, ODOO_USER, ODOO_PASSWORD):
 * a run queued in Odoo is claimed and completed by `ferry serve`, its progress, ledger and reports
 * land in the addon, and the addon's server-side rollback restores the database.
 */
import { readFile, readdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { addonApi, serve } from "../../bridge/src/run/serve.ts";
import { resolveSettings } from "../../bridge/src/cli/settings.ts";

const env = process.env;
const enabled = Boolean(env.ODOO_URL && env.ODOO_DB);
if (!enabled) console.log("serve-real: skipped — set ODOO_URL, ODOO_DB, ODOO_USER, ODOO_PASSWORD to an Odoo 18 with the ferry addon installed");

const SAMPLE = resolve(import.meta.dirname, "../../sample/planplus");

describe.skipIf(!enabled)("ferry serve against a real Odoo with the addon", () => {
  it("claims and completes a queued run; server-side rollback restores the database", async () => {
    const conn = { url: env.ODOO_URL as string, db: env.ODOO_DB as string, user: env.ODOO_USER ?? "admin", apiKey: env.ODOO_PASSWORD ?? "admin" };
    const client = await OdooClient.connect(conn);
    const installed = await client.searchCount("ir.module.module", [["name", "=", "ferry"], ["state", "=", "installed"]]);
    if (!installed) {
      console.log("serve-real: the ferry addon is not installed in this database; nothing to test");
      await client.close();
      return;
    }
    const partnersBefore = await client.searchCount("res.partner", [], { active_test: false });
    const leadsBefore = await client.searchCount("crm.lead", [], { active_test: false });

    const project = await client.create("ferry.project", { name: `Serve test ${Date.now()}`, source_system: "planplus", reject_threshold_pct: 50 });
    for (const f of (await readdir(SAMPLE)).filter((n) => n.endsWith(".csv"))) {
      await client.create("ferry.source.file", { project_id: project, name: f, upload: (await readFile(join(SAMPLE, f))).toString("base64") });
    }
    const mapping = await client.create("ferry.mapping", { project_id: project, source_object: "contacts", target_model: "res.partner" });
    await client.executeKw("ferry.mapping", "action_approve", [[mapping]]);
    const runId = await client.create("ferry.run", { project_id: project, name: "Queued from Odoo", run_type: "full" });

    const work = await mkdtemp(join(tmpdir(), "ferry-serve-real-"));
    const settings = resolveSettings({ odoo: conn.url, db: conn.db, user: conn.user, apiKey: conn.apiKey, exportTimeZone: "America/Chicago", fallbackOwner: conn.user }, {});
    const result = await serve(addonApi(client), settings, { once: true, workRoot: work, workerId: "vitest-sidecar", log: () => undefined });
    expect(result.processed.find((p) => p.id === runId)?.result).toBe("done");

    const [run] = await client.read<{ state: string; landed_total: number; report_ids: number[] }>("ferry.run", [runId], ["state", "landed_total", "report_ids"]);
    expect(run?.state).toBe("done");
    expect(run?.landed_total).toBeGreaterThan(200);
    expect(run?.report_ids.length).toBeGreaterThanOrEqual(3);
    const phases = await client.searchRead<{ name: string; source: number; landed: number }>("ferry.run.phase", [["run_id", "=", runId]], { fields: ["name", "source", "landed"] });
    expect(phases.find((p) => p.name === "contacts")).toMatchObject({ source: 52, landed: 48 });
    const ledgerRows = await client.searchCount("ferry.ledger", [["run_id", "=", runId], ["operation", "=", "create"]]);
    expect(ledgerRows).toBeGreaterThan(200);
    expect(await client.searchCount("ferry.reject", [["run_id", "=", runId]])).toBeGreaterThan(5);
    expect(await client.searchCount("res.partner", [], { active_test: false })).toBeGreaterThan(partnersBefore + 60);

    await client.executeKw("ferry.run", "rollback", [[runId]], { force: false });
    expect(await client.searchCount("res.partner", [], { active_test: false })).toBe(partnersBefore);
    expect(await client.searchCount("crm.lead", [], { active_test: false })).toBe(leadsBefore);
    await client.close();
  }, 600_000);
});
