/**
 * The wizard in a real Odoo 18 with the `ferry` addon installed (set ODOO_URL, and ODOO_DB /
 * ODOO_USER / ODOO_PASSWORD, default plexus / admin / admin). Logs in through /web/login, opens the
 * Migration app from the home menu, uploads the PlanPlus sample, proposes and approves the mapping,
 * resolves owners, then queues a sample and a full run. Runs are played by StandInSidecar through the
 * addon's real sidecar RPC API (until `ferry serve` exists); the wizard shows progress, the gate,
 * reconciliation, and rolls the run back on the server, which really deletes the partners it created.
 * Screenshots: test/e2e/screenshots/odoo-*.png.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, ElementHandle, Page } from "puppeteer-core";
import { CsvChunkParser } from "../../web/src/profile/csv_chunks.ts";
import { CHROMIUM, launchChromium } from "./browser.ts";
import { connect, kw, StandInSidecar, type CompanyRow, type OdooConn } from "./odoo_rpc.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const SHOTS = join(ROOT, "test/e2e/screenshots");
const URL_ = process.env.ODOO_URL?.replace(/\/$/, "") ?? "";
const DB = process.env.ODOO_DB ?? "plexus";
const USER = process.env.ODOO_USER ?? "admin";
const PASSWORD = process.env.ODOO_PASSWORD ?? "admin";
const skip = !URL_ || !existsSync(CHROMIUM);
if (!URL_) console.log("wizard Odoo e2e skipped: ODOO_URL is not set (a real Odoo 18 with the ferry addon installed)");
else if (!existsSync(CHROMIUM)) console.log(`wizard Odoo e2e skipped: no Chromium at ${CHROMIUM}`);

function csvRows(file: string): Record<string, string>[] {
  const p = new CsvChunkParser();
  const recs = [...p.feed(readFileSync(file, "utf8").replace(/^\uFEFF/, "")), ...p.end()];
  const header = recs.shift() ?? [];
  return recs.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

async function shot(page: Page, name: string): Promise<void> {
  await new Promise((r) => setTimeout(r, 400));
  await page.screenshot({ path: join(SHOTS, `odoo-${name}.png`) as `${string}.png`, fullPage: true });
}

/** The Next button (notifications may cover the status bar on the right, like for a user). */
async function next(page: Page, step: string): Promise<void> {
  await clickSel(page, ".o_ferry_next");
  await page.waitForSelector(`.o_ferry_step_${step}.o_arrow_button_current`, { timeout: 30_000 });
}

async function clickSel(page: Page, sel: string, timeout = 30_000): Promise<void> {
  await page.waitForSelector(`${sel}:not([disabled])`, { visible: true, timeout });
  await page.click(sel);
}

describe.skipIf(skip)("wizard in a real Odoo 18", () => {
  let browser: Browser;
  let page: Page;
  let conn: OdooConn;
  let sidecar: StandInSidecar | null = null;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    conn = await connect(URL_, DB, USER, PASSWORD);
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 1050 });
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(String(e)));
  }, 60_000);

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === "fail" && page) await page.screenshot({ path: join(SHOTS, "odoo-FAILED.png") }).catch(() => undefined);
  });

  afterAll(async () => {
    sidecar?.stop();
    await browser?.close();
  });

  it("opens the Migration menu and runs the whole flow", async () => {
    await page.goto(`${URL_}/web/login?db=${encodeURIComponent(DB)}&redirect=${encodeURIComponent("/odoo")}`);
    await page.waitForSelector("#login", { visible: true });
    await page.type("#login", USER);
    await page.type("#password", PASSWORD);
    await Promise.all([page.waitForNavigation({ waitUntil: "networkidle2" }), page.click("form.oe_login_form button[type=submit]")]);
    // Community: the apps menu is the dropdown at the left of the navbar.
    await clickSel(page, ".o_navbar_apps_menu button");
    await page.waitForSelector(".o_app[data-menu-xmlid='ferry.menu_ferry_root']", { visible: true, timeout: 30_000 });
    await shot(page, "00-apps-menu");
    await page.$eval(".o_app[data-menu-xmlid='ferry.menu_ferry_root']", (e) => (e as HTMLElement).click());
    await page.waitForSelector(".o_ferry_wizard .o_ferry_project_step", { timeout: 30_000 });
    await shot(page, "01-project");

    // 1. Project
    const name = `E2E PlanPlus ${new Date().toISOString().slice(0, 19)}`;
    if (await page.$("#o_ferry_project_select")) await page.select("#o_ferry_project_select", "");
    await page.waitForSelector("#o_ferry_project_name");
    await page.type("#o_ferry_project_name", name);
    await clickSel(page, ".o_ferry_create_project");
    await page.waitForSelector(".o_ferry_apps tbody tr");
    await shot(page, "02-project-audit");
    const [projectId] = await kw<number[]>(conn, "ferry.project", "search", [[["name", "=", name]]]);
    expect(projectId).toBeGreaterThan(0);

    // 2. Upload
    await next(page, "upload");
    const input = (await page.waitForSelector("#o_ferry_file_input")) as ElementHandle<HTMLInputElement>;
    const files = ["users.csv", "companies.csv", "contacts.csv", "contact_company_links.csv"].map((f) => join(ROOT, "sample/planplus", f));
    await input.uploadFile(...files);
    await page.waitForFunction((n) => document.querySelectorAll(".o_ferry_files > tbody > tr").length === n, { timeout: 60_000 }, files.length);
    await shot(page, "03-upload");
    expect(await kw<number>(conn, "ferry.source.file", "search_count", [[["project_id", "=", projectId]]])).toBe(4);

    // 3. Mapping
    await next(page, "mapping");
    await clickSel(page, ".o_ferry_propose");
    await page.waitForSelector(".o_ferry_lines tbody tr", { timeout: 30_000 });
    await page.click(".o_ferry_mapping_tabs li:nth-child(2) button");
    await page.waitForSelector(".o_ferry_lines tbody tr");
    await shot(page, "04-mapping-proposed");
    for (let i = 1; i <= 2; i += 1) {
      await page.click(`.o_ferry_mapping_tabs li:nth-child(${i}) button`);
      await clickSel(page, ".o_ferry_approve");
      await page.waitForSelector(".o_ferry_approved_by");
    }
    await shot(page, "05-mapping-approved");
    const states = await kw<{ state: string; approved_by_id: [number, string] }[]>(conn, "ferry.mapping", "search_read", [[["project_id", "=", projectId]], ["state", "approved_by_id"]]);
    expect(states.map((s) => s.state)).toEqual(["approved", "approved"]);
    expect(states[0]?.approved_by_id[0]).toBe(conn.uid);

    // 4. Owners
    await next(page, "owners");
    await clickSel(page, ".o_ferry_detect_owners");
    await page.waitForSelector(".o_ferry_owners tbody tr", { timeout: 30_000 });
    await shot(page, "06-owners");
    await page.select("#o_ferry_fallback", String(conn.uid));
    // the fallback owner is saved first (the wizard shows a busy spinner meanwhile)
    await page.waitForFunction(() => !document.querySelector(".o_ferry_busy") && document.querySelector(".o_ferry_project_badge") !== null);
    await new Promise((r) => setTimeout(r, 300));
    await page.waitForFunction(() => !document.querySelector(".o_ferry_busy"));
    await clickSel(page, ".o_ferry_fallback_all");
    await page.waitForSelector(".o_ferry_owner_status.alert-success", { timeout: 30_000 });
    await shot(page, "07-owners-resolved");

    // The bridge sidecar stand-in plays the queued runs through the addon's RPC API.
    const companies: CompanyRow[] = csvRows(join(ROOT, "sample/planplus/companies.csv")).map((r) => ({ id: r["Company ID"] ?? "", name: r["Company Name"] ?? "", phone: r["Main Phone"] ?? "", website: r["Web Page"] ?? "" })).filter((r) => r.name);
    const contacts = csvRows(join(ROOT, "sample/planplus/contacts.csv")).length;
    sidecar = new StandInSidecar(conn, projectId as number, companies, contacts);
    void sidecar.loop();

    // 5. Sample
    await next(page, "sample");
    await clickSel(page, ".o_ferry_queue_sample");
    await page.waitForFunction(() => document.querySelector(".o_ferry_sample_state .badge")?.textContent === "done", { timeout: 60_000 });
    await page.waitForSelector(".o_ferry_diff tbody tr, .o_ferry_no_diff", { timeout: 10_000 });
    await shot(page, "08-sample-diff");

    // 6. Run
    await next(page, "run");
    await clickSel(page, ".o_ferry_start_run");
    await page.waitForSelector(".o_ferry_phases tbody tr", { timeout: 60_000 });
    await shot(page, "09-run-progress");
    await page.waitForSelector(".o_ferry_gate", { timeout: 90_000 });
    await shot(page, "10-run-gate");
    await page.click(".o_ferry_accept");
    await page.waitForFunction(() => document.querySelector(".o_ferry_run_state")?.textContent?.includes("done"), { timeout: 90_000 });
    await shot(page, "11-run-done");

    // 7. Reconciliation
    await next(page, "reconciliation");
    await page.waitForSelector(".o_ferry_recon tbody tr");
    await shot(page, "12-reconciliation");

    // 8. Rollback (server side, from the ledger)
    const [run] = await kw<{ id: number }[]>(conn, "ferry.run", "search_read", [[["project_id", "=", projectId], ["run_type", "=", "full"]], ["id"]], { order: "id desc", limit: 1 });
    const ledger = await kw<{ res_id: number }[]>(conn, "ferry.ledger", "search_read", [[["run_id", "=", run?.id]], ["res_id"]]);
    expect(ledger.length).toBe(companies.length);
    expect(await kw<number>(conn, "res.partner", "search_count", [[["id", "in", ledger.map((l) => l.res_id)]]])).toBe(companies.length);
    await next(page, "rollback");
    await clickSel(page, ".o_ferry_rollback");
    await page.waitForSelector(".modal .modal-footer .btn-primary", { visible: true });
    await shot(page, "13-rollback-dialog");
    await page.click(".modal .modal-footer .btn-primary");
    await page.waitForSelector(".o_ferry_rollback_step .alert-info", { timeout: 60_000 });
    await shot(page, "14-rollback-done");
    expect(await kw<number>(conn, "res.partner", "search_count", [[["id", "in", ledger.map((l) => l.res_id)]]], { context: { active_test: false } })).toBe(0);

    sidecar.stop();
    console.log(`sidecar stand-in: ${sidecar.log.join("; ")}`);
    const ours = errors.filter((e) => /ferry|wizard/i.test(e));
    if (errors.length) console.log(`browser console errors: ${errors.join(" | ")}`);
    expect(ours).toEqual([]);
  }, 600_000);
});
