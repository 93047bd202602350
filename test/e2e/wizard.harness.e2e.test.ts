/**
 * Browser end-to-end test of the built wizard (odoo_addon/ferry/static/src/wizard/wizard.js) in
 * Debian's Chromium, driven by puppeteer-core, against the harness page (test/e2e/harness/) with a
 * faked ORM. Walks every step with the real sample export, checks keyboard reachability and that the
 * console stays clean, and saves a screenshot per step under test/e2e/screenshots/ (git-ignored).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { zipSync } from "fflate";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import type { AddressInfo } from "node:net";
import { build } from "vite";
import type { Browser, ElementHandle, Page } from "puppeteer-core";
import { approveOnce, CHROMIUM, launchChromium } from "./browser.ts";
import { CsvChunkParser } from "../../web/src/profile/csv_chunks.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const SHOTS = join(ROOT, "test/e2e/screenshots");
const ODOO_SRC = process.env.ODOO_SRC ?? "/opt/odoo18-src";
const ODOO_WEB = join(ODOO_SRC, "odoo/addons/web/static");
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.log(`wizard harness e2e skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const TYPES: Record<string, string> = { ".js": "text/javascript", ".html": "text/html", ".css": "text/css", ".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf" };

let server: Server;
let baseUrl = "";
let browser: Browser;
let buildDir = "";

async function startServer(): Promise<void> {
  buildDir = mkdtempSync(join(tmpdir(), "ferry-harness-"));
  await build({
    root: ROOT,
    configFile: false,
    logLevel: "silent",
    publicDir: false,
    build: {
      outDir: buildDir,
      emptyOutDir: true,
      minify: false,
      target: "es2022",
      lib: { entry: join(ROOT, "test/e2e/harness/harness.ts"), formats: ["es"], fileName: () => "harness.js" },
      rollupOptions: { external: (id: string) => id.startsWith("@odoo/") || id.startsWith("@web/") },
    },
  });
  const files: Record<string, string> = {
    "/": join(ROOT, "test/e2e/harness/index.html"),
    "/harness.css": join(ROOT, "test/e2e/harness/harness.css"),
    "/harness.js": join(buildDir, "harness.js"),
    "/wizard.js": join(ROOT, "odoo_addon/ferry/static/src/wizard/wizard.js"),
    "/owl.es.js": join(ROOT, "node_modules/@odoo/owl/dist/owl.es.js"),
    "/shim/registry.js": join(ROOT, "test/e2e/harness/shim/registry.js"),
    "/shim/hooks.js": join(ROOT, "test/e2e/harness/shim/hooks.js"),
    "/shim/confirmation_dialog.js": join(ROOT, "test/e2e/harness/shim/confirmation_dialog.js"),
    // Served from an Odoo source tree when there is one (never copied into the repo).
    "/lib/bootstrap.css": join(ODOO_WEB, "lib/bootstrap/dist/css/bootstrap.css"),
    "/lib/font-awesome.css": join(ODOO_WEB, "src/libs/fontawesome/css/font-awesome.css"),
  };
  server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] as string;
    let file = files[path];
    if (!file && path.startsWith("/lib/fonts/")) file = join(ODOO_WEB, "src/libs/fontawesome/fonts", path.slice("/lib/fonts/".length));
    if (!file || !existsSync(file)) {
      res.writeHead(path === "/favicon.ico" ? 204 : 404).end();
      return;
    }
    let body: Buffer | string = readFileSync(file);
    if (path === "/lib/font-awesome.css") body = body.toString("utf8").replace(/\.\.\/fonts\//g, "/lib/fonts/");
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function shot(page: Page, name: string): Promise<void> {
  await new Promise((r) => setTimeout(r, 150));
  await page.screenshot({ path: join(SHOTS, `harness-${name}.png`) as `${string}.png`, fullPage: true });
}

async function clickSel(page: Page, sel: string): Promise<void> {
  await page.waitForSelector(`${sel}:not([disabled])`, { visible: true });
  await page.click(sel);
}

describe.skipIf(!hasChromium)("wizard in Chromium against the harness (faked ORM)", () => {
  const errors: string[] = [];
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await startServer();
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setViewport({ width: 1360, height: 1100 });
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${baseUrl}/?gate=contacts&step=50&latency=40`);
    await page.waitForFunction(() => (window as unknown as { __ferry?: { ready: boolean } }).__ferry?.ready === true, { timeout: 20_000 });
  }, 120_000);

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === "fail" && page) await page.screenshot({ path: join(SHOTS, "harness-FAILED.png") }).catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  });

  it("walks every step: project, upload, mapping, owners, sample, run, reconciliation, rollback", async () => {
    // 1. Project (keyboard: Tab reaches the name field and the create button; Enter submits)
    await page.waitForSelector(".o_ferry_project_step");
    await shot(page, "01-project-new");
    const reached = new Set<string>();
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press("Tab");
      const id = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? el.id || [...el.classList].find((c) => c.startsWith("o_ferry_")) || el.tagName : "";
      });
      reached.add(id);
    }
    expect(reached).toContain("o_ferry_project_name");
    expect(reached).toContain("o_ferry_create_project");
    expect(reached).toContain("o_ferry_source_planplus"); // a radio group is one tab stop (arrows move inside)
    expect(reached).toContain("o_ferry_scope_contacts");
    await page.focus("#o_ferry_project_name");
    await page.keyboard.type("PlanPlus cutover");
    await page.focus(".o_ferry_create_project");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".o_ferry_apps tbody tr");
    await page.waitForSelector(".o_ferry_install");
    await shot(page, "02-project-audit");
    await clickSel(page, ".o_ferry_install");
    await page.waitForSelector(".o_harness_dialog");
    await shot(page, "03-project-install-dialog");
    await page.click(".o_dialog_confirm");
    await page.waitForFunction(() => !document.querySelector(".o_ferry_install"));

    // 2. Upload the real PlanPlus sample (a subset, so the simulated run stays short)
    await clickSel(page, ".o_ferry_next");
    await page.waitForSelector(".o_ferry_upload_step");
    const input = (await page.$("#o_ferry_file_input")) as ElementHandle<HTMLInputElement> | null;
    const files = ["users.csv", "companies.csv", "contacts.csv", "contact_company_links.csv", "deal_stages.csv", "deals.csv"].map((f) => join(ROOT, "sample/planplus", f));
    await input?.uploadFile(...files);
    await page.waitForFunction((n) => document.querySelectorAll(".o_ferry_files > tbody > tr").length === n, { timeout: 30_000 }, files.length);
    const objects = await page.$$eval(".o_ferry_files > tbody > tr > td:nth-child(2)", (tds) => tds.map((td) => td.textContent?.trim()));
    expect(objects).toEqual(["users", "companies", "contacts", "contact_company_links", "deal_stages", "deals"]);
    await shot(page, "04-upload");
    await page.click(".o_ferry_files > tbody > tr:nth-child(3) .o_ferry_profile_toggle");
    await page.waitForSelector(".o_ferry_profile");
    await shot(page, "04b-upload-profile");
    await page.click(".o_ferry_files > tbody > tr:nth-child(3) .o_ferry_profile_toggle");
    await page.waitForFunction(() => !document.querySelector(".o_ferry_profile"));

    // 3. Mapping: propose, review, approve each object
    await clickSel(page, ".o_ferry_next");
    await clickSel(page, ".o_ferry_propose");
    await page.waitForSelector(".o_ferry_lines tbody tr");
    await shot(page, "05-mapping-proposed");
    const tabs = await page.$$eval(".o_ferry_mapping_tabs button", (b) => b.map((x) => x.textContent?.replace(/Draft|Approved/, "").trim() ?? ""));
    expect(tabs).toEqual(["companies", "contacts", "deal_stages", "deals"]);
    for (const [i, object] of tabs.entries()) await approveOnce(page, i, object);
    await page.click(".o_ferry_mapping_tabs li:nth-child(2) button");
    await page.waitForSelector(".o_ferry_approved_by");
    await shot(page, "06-mapping-approved");

    // 4. Owners
    await clickSel(page, ".o_ferry_next");
    await clickSel(page, ".o_ferry_detect_owners");
    await page.waitForSelector(".o_ferry_owners tbody tr");
    await shot(page, "07-owners");
    expect(await page.$eval(".o_ferry_step_run", (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await page.select("#o_ferry_fallback", "2");
    // the fallback owner is saved first (the wizard shows a busy spinner meanwhile)
    await page.waitForFunction(() => !document.querySelector(".o_ferry_busy") && document.querySelector(".o_ferry_project_badge") !== null);
    await new Promise((r) => setTimeout(r, 300));
    await page.waitForFunction(() => !document.querySelector(".o_ferry_busy"));
    await clickSel(page, ".o_ferry_fallback_all");
    await page.waitForSelector(".o_ferry_owner_status.alert-success");
    await shot(page, "08-owners-resolved");

    // 5. Sample
    await clickSel(page, ".o_ferry_next");
    await clickSel(page, ".o_ferry_queue_sample");
    await page.waitForSelector(".o_ferry_diff tbody tr", { timeout: 20_000 });
    await shot(page, "09-sample-diff");

    // 6. Run: progress, gate, accept, done
    await clickSel(page, ".o_ferry_next");
    await clickSel(page, ".o_ferry_start_run");
    await page.waitForFunction(() => [...document.querySelectorAll(".o_ferry_phases .progress-bar")].some((b) => b.textContent === "50%"), { timeout: 30_000 });
    await shot(page, "10-run-progress");
    await page.waitForSelector(".o_ferry_gate", { timeout: 40_000 });
    await shot(page, "11-run-gate");
    await page.click(".o_ferry_accept");
    await page.waitForFunction(() => document.querySelector(".o_ferry_run_state")?.textContent?.includes("done"), { timeout: 40_000 });
    await shot(page, "12-run-done");
    await page.click(".o_ferry_rejects");
    await page.waitForFunction(() => (window as unknown as { __ferry: { downloads: { fileName: string }[] } }).__ferry.downloads.some((d) => d.fileName.startsWith("rejected_rows")));

    // 7. Reconciliation
    await clickSel(page, ".o_ferry_next");
    await page.waitForSelector(".o_ferry_recon tbody tr");
    const recon = await page.$$eval(".o_ferry_recon tbody tr", (rows) => rows.map((r) => r.getAttribute("data-object")));
    expect(recon).toEqual(["companies", "contacts", "deal_stages", "deals"]);
    await shot(page, "13-reconciliation");

    // 8. Rollback
    await clickSel(page, ".o_ferry_next");
    await clickSel(page, ".o_ferry_rollback");
    await page.waitForSelector(".o_harness_dialog");
    const body = await page.$eval(".o_harness_dialog .modal-body", (e) => e.textContent ?? "");
    const cards = await page.$$eval(".o_ferry_ledger_counts .fs-3", (els) => els.map((e) => e.textContent?.trim()));
    expect(body).toContain(`This deletes ${cards[0]} created records`);
    expect(Number(cards[0]?.replace(/,/g, ""))).toBeGreaterThan(0);
    await shot(page, "14-rollback-dialog");
    await page.click(".o_dialog_confirm");
    await page.waitForSelector(".o_ferry_rollback_step .alert-info");
    await shot(page, "15-rollback-done");

    expect(errors).toEqual([]);
  }, 240_000);

  it("takes a Plexus export bundle as one .zip: streamed in the browser, every object detected", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ferry-plexus-"));
    const entries: Record<string, Uint8Array> = {};
    const walk = (rel: string): void => {
      for (const name of readdirSync(join(ROOT, "sample/plexus", rel))) {
        const p = join(rel, name);
        if (statSync(join(ROOT, "sample/plexus", p)).isDirectory()) walk(p);
        else entries[`northwind/${p}`] = readFileSync(join(ROOT, "sample/plexus", p));
      }
    };
    walk("");
    const zipPath = join(dir, "northwind-bundle.zip");
    writeFileSync(zipPath, zipSync(entries));
    await page.$eval(".o_ferry_step_project", (e) => (e as HTMLElement).click());
    await page.waitForSelector("#o_ferry_project_select");
    await page.select("#o_ferry_project_select", "");
    await page.waitForSelector("#o_ferry_project_name");
    await page.type("#o_ferry_project_name", "Plexus cutover");
    await page.click("#o_ferry_source_plexus");
    await clickSel(page, ".o_ferry_create_project");
    await page.waitForFunction(() => document.querySelector(".o_ferry_project_badge")?.textContent?.includes("Plexus Software"));
    await clickSel(page, ".o_ferry_next");
    await page.waitForSelector(".o_ferry_upload_step");
    const input = (await page.$("#o_ferry_file_input")) as ElementHandle<HTMLInputElement> | null;
    await input?.uploadFile(zipPath);
    await page.waitForFunction(() => document.querySelector(".o_ferry_upload_status")?.textContent?.includes("files,"), { timeout: 60_000 });
    expect(await page.$$eval(".o_ferry_uploads .o_ferry_upload_status", (e) => e.length)).toBe(1); // the previous project's uploads are gone
    const jsonl = readdirSync(join(ROOT, "sample/plexus")).filter((f) => f.endsWith(".jsonl")).map((f) => f.replace(/\.jsonl$/, ""));
    // the status line can show before every row is rendered on a loaded machine: wait for the rows
    await page.waitForFunction((n) => document.querySelectorAll(".o_ferry_files > tbody > tr").length >= n, { timeout: 60_000 }, jsonl.length);
    const objects = await page.$$eval(".o_ferry_files > tbody > tr > td:nth-child(2)", (tds) => tds.map((td) => td.textContent?.trim()));
    expect([...objects].sort()).toEqual([...jsonl].sort());
    await shot(page, "17-plexus-bundle");
    await clickSel(page, ".o_ferry_next");
    await clickSel(page, ".o_ferry_propose");
    await page.waitForSelector(".o_ferry_lines tbody tr");
    await page.click(".o_ferry_mapping_tabs li:nth-child(2) button");
    await shot(page, "18-plexus-mapping");
    const tabs = await page.$$eval(".o_ferry_mapping_tabs button", (b) => b.map((x) => x.textContent?.replace(/Draft|Approved/, "").trim()));
    expect(tabs).toContain("customers");
    expect(tabs).toContain("work_orders");
    rmSync(dir, { recursive: true, force: true });
    expect(errors).toEqual([]);
  }, 180_000);

  it("profiles a large upload without freezing the page (event loop stays responsive)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ferry-big-"));
    const parser = new CsvChunkParser();
    const recs = [...parser.feed(readFileSync(join(ROOT, "sample/planplus/contacts.csv"), "utf8")), ...parser.end()];
    const quote = (r: string[]): string => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(",");
    const header = quote(recs[0] as string[]);
    // blank records are ignored by the reader (sources.md B.2), so leave them out of the count
    const rows = recs.slice(1).filter((r) => r.some((c) => c.trim() !== "")).map(quote);
    const lines = [header];
    for (let i = 0; lines.length <= 40_000; i += 1) lines.push(rows[i % rows.length] as string);
    const big = join(dir, "contacts.csv");
    writeFileSync(big, lines.join("\r\n") + "\r\n");
    await page.evaluate(() => {
      const w = window as unknown as { __gap: number; __beat: number; __gapAt: string };
      w.__gap = 0;
      w.__gapAt = "";
      let last = performance.now();
      let status = "";
      w.__beat = window.setInterval(() => {
        const now = performance.now();
        if (now - last > w.__gap) {
          w.__gap = now - last;
          w.__gapAt = `${status} -> ${[...document.querySelectorAll(".o_ferry_upload_status")].map((e) => e.textContent).pop() ?? ""}`;
        }
        status = [...document.querySelectorAll(".o_ferry_upload_status")].map((e) => e.textContent).pop() ?? "";
        last = now;
      }, 10);
    });
    await page.$eval(".o_ferry_step_upload", (e) => (e as HTMLElement).click());
    await page.waitForSelector(".o_ferry_upload_step");
    const before = await page.$$eval(".o_ferry_files > tbody > tr", (r) => r.length);
    const input = (await page.$("#o_ferry_file_input")) as ElementHandle<HTMLInputElement> | null;
    const t0 = Date.now();
    await input?.uploadFile(big);
    await page.waitForFunction((n) => document.querySelectorAll(".o_ferry_files > tbody > tr").length === n + 1, { timeout: 120_000 }, before);
    const seconds = (Date.now() - t0) / 1000;
    const [gap, gapAt] = await page.evaluate(() => {
      const w = window as unknown as { __gap: number; __beat: number; __gapAt: string };
      clearInterval(w.__beat);
      return [w.__gap, w.__gapAt] as const;
    });
    const size = (await page.$$eval(".o_ferry_files > tbody > tr:last-child > td", (tds) => tds.map((td) => td.textContent?.trim())))[3];
    console.log(`large upload: ${lines.length - 1} rows profiled in ${seconds.toFixed(1)} s, longest main-thread pause ${Math.round(gap)} ms (${gapAt})`);
    expect(size).toBe("40,000");
    // Synchronous profiling would block for the whole duration (seconds); streamed, the longest
    // pause is one slice plus garbage collection.
    expect(gap).toBeLessThan(500);
    expect(gap).toBeLessThan((seconds * 1000) / 5);
    await shot(page, "16-large-upload");
    rmSync(dir, { recursive: true, force: true });
    expect(errors).toEqual([]);
  }, 180_000);
});
