/**
 * The acceptance harness (issue 10): generates both sample sources at a scale, then per source runs
 * audit → owners → map propose/approve → run → validate → rollback in-process against the Odoo
 * simulator (or a real Odoo from ODOO_URL/ODOO_DB/ODOO_USER/ODOO_PASSWORD), plus a fault-injected run,
 * and scores every check (scoreboard.json + scoreboard.md).
 */
import { createHash, randomBytes } from "node:crypto";
import { appendFileSync } from "node:fs";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, platform } from "node:os";
import { join, resolve } from "node:path";
import { generatePlanPlus } from "../sample/planplus.ts";
import { generatePlexus } from "../sample/plexus.ts";
import { writeExpected, type ExpectedFile } from "../sample/expected.ts";
import { startSimulator, type FaultOptions, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { resolveSettings, type Settings } from "../../bridge/src/cli/settings.ts";
import { approveMappingFile, proposeMapping } from "../../bridge/src/cli/map.ts";
import { executeRun, type Reconciliation } from "../../bridge/src/run/session.ts";
import { rollbackRun } from "../../bridge/src/run/rollback.ts";
import { audit, loadAuditMapping } from "../../bridge/src/run/audit.ts";
import { resolveOwners } from "../../bridge/src/run/owners.ts";
import { validateRun } from "../../bridge/src/run/validate.ts";
import { readTargetProfile } from "../../bridge/src/run/steps.ts";
import { preflight } from "../../bridge/src/core/mapping/preflight.ts";
import { openSource } from "../../bridge/src/run/source.ts";
import { readLedger } from "../../bridge/src/run/ledger.ts";
import { XMLID_MODULE } from "../../bridge/src/core/xmlid.ts";
import { importMappingJson } from "../../bridge/src/core/mapping/document.ts";
import { safeJson } from "../../bridge/src/run/secrets.ts";
import { renderReport } from "../../bridge/src/core/report-html.ts";
import { renderValidationHtml } from "../../bridge/src/core/validate-report.ts";
import { startFaultProxy } from "./fault-proxy.ts";
import { checkCsvFormulas, checkHtmlEscaping, scanSecrets } from "./checks.ts";
import { renderMarkdown, type CheckLine, type CheckStatus, type Scoreboard } from "./scoreboard.ts";

export type SourceName = "planplus" | "plexus";

export interface AcceptanceOptions {
  scale: number;
  sources: SourceName[];
  out: string;
  seed?: string;
  /** Real Odoo (else the simulator). */
  odoo?: { url: string; db: string; user: string; password: string };
  /** Fault rate of the fault-injected run (default 0.05). */
  faultRate?: number;
  log?: (line: string) => void;
}

/** Models whose records a run may touch: snapshotted before the run and after the rollback. */
export const SNAPSHOT_MODELS = [
  "res.partner", "res.partner.category", "res.partner.industry", "res.users", "crm.lead", "crm.stage", "crm.team", "crm.tag",
  "project.project", "project.task", "project.task.type", "project.milestone", "project.tags", "calendar.event",
  "account.analytic.line", "hr.employee", "hr.expense", "product.product", "product.template", "product.category",
  "sale.order", "sale.order.line", "account.tax", "mail.message", "ir.attachment", "ir.model.fields", "ir.model.data",
];
const SNAPSHOT_FIELDS = ["name", "active", "parent_id", "email", "model", "module", "res_id", "display_name", "state"];

/** A distinctive marker: the payload `<script>MARKER</script>` goes into a contact name. */
export const XSS_MARKER = "ferryAcceptanceXss()";
export const XSS_PAYLOAD = `<script>${XSS_MARKER}</script>`;
const FORMULA_PAYLOAD = "=HYPERLINK(\"http://x.example\",\"ferry\")";

interface Target {
  url: string;
  db: string;
  user: string;
  apiKey: string;
  sim?: Simulator;
  close(): Promise<void>;
}

class Board {
  readonly checks: CheckLine[] = [];
  /** `progressFile`: every line is appended as it is scored, so an interrupted run keeps its results. */
  constructor(
    private readonly log: (l: string) => void,
    private readonly progressFile?: string,
  ) {}
  add(source: string, check: string, status: CheckStatus | boolean, summary: string, numbers: Record<string, number> = {}, details: string[] = [], started = Date.now()): void {
    const s: CheckStatus = typeof status === "boolean" ? (status ? "pass" : "fail") : status;
    this.checks.push({ source, check, status: s, summary, numbers, details, seconds: (Date.now() - started) / 1000 });
    this.log(`${s.toUpperCase().padEnd(4)} ${source} · ${check}: ${summary}`);
    if (this.progressFile) appendFileSync(this.progressFile, `${safeJson(this.checks[this.checks.length - 1])}\n`);
  }
  /** Runs a step; an exception becomes a failing line. */
  async step<T>(source: string, check: string, fn: () => Promise<T>): Promise<T | undefined> {
    const t = Date.now();
    try {
      return await fn();
    } catch (e) {
      this.add(source, check, "fail", `threw: ${(e as Error).message.split("\n")[0]}`, {}, [String((e as Error).stack ?? e).slice(0, 2000)], t);
      return undefined;
    }
  }
}

function sum(m: Record<string, number> | undefined): number {
  return Object.values(m ?? {}).reduce((a, b) => a + b, 0);
}

async function snapshot(client: OdooClient): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const m of SNAPSHOT_MODELS) {
    let fields: Record<string, unknown>;
    try {
      fields = await client.fieldsGet(m);
    } catch {
      continue; // model not installed
    }
    const names = SNAPSHOT_FIELDS.filter((f) => f in fields);
    const rows = await client.searchRead<Record<string, unknown>>(m, [], { fields: names, context: { active_test: false } });
    out[m] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

function diffSnapshots(a: Record<string, string[]>, b: Record<string, string[]>): string[] {
  const out: string[] = [];
  for (const m of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = new Set(a[m] ?? []);
    const y = new Set(b[m] ?? []);
    const gone = [...x].filter((r) => !y.has(r));
    const extra = [...y].filter((r) => !x.has(r));
    if (gone.length || extra.length) out.push(`${m}: ${gone.length} missing, ${extra.length} extra${extra[0] ? ` (e.g. ${extra[0].slice(0, 120)})` : gone[0] ? ` (e.g. ${gone[0].slice(0, 120)})` : ""}`);
  }
  return out;
}

async function xmlidCounts(client: OdooClient, source: SourceName): Promise<Record<string, number>> {
  const rows = await client.searchRead<{ model: string }>("ir.model.data", [["module", "=", XMLID_MODULE[source]]], { fields: ["model"] });
  const out: Record<string, number> = {};
  for (const r of rows) out[r.model] = (out[r.model] ?? 0) + 1;
  return out;
}

/** Copies the generated export and injects an HTML payload and a formula into one ordinary contact. */
async function prepareInput(generated: string, dest: string, source: SourceName): Promise<string> {
  await rm(dest, { recursive: true, force: true });
  await cp(generated, dest, { recursive: true });
  if (source === "planplus") {
    const file = join(dest, "contacts.csv");
    const text = await readFile(file, "utf8");
    const lines = text.split("\n");
    const header = lines[0] ?? "";
    const cols = header.split(",").map((c) => c.replace(/^\uFEFF/, "").replace(/^"|"$/g, ""));
    const first = cols.indexOf("First Name");
    const title = cols.indexOf("Job Title");
    const owner = cols.indexOf("Owner");
    // first data row whose cells are all quoted simple values
    const idx = lines.findIndex((l, i) => i > 0 && /^"\d+"/.test(l) && l.split('","').length === cols.length);
    if (idx < 0 || first < 0 || title < 0 || owner < 0) throw new Error("contacts.csv: no plain row to inject into");
    const cells = (lines[idx] as string).replace(/^"|"\r?$/g, "").split('","');
    const cr = (lines[idx] as string).endsWith("\r") ? "\r" : "";
    cells[first] = XSS_PAYLOAD.replace(/"/g, '""');
    cells[title] = FORMULA_PAYLOAD.replace(/"/g, '""');
    // an owner no user matches: flagged, so its raw value reaches flagged_rows.csv
    cells[owner] = FORMULA_PAYLOAD.replace(/"/g, '""');
    lines[idx] = `"${cells.join('","')}"${cr}`;
    await writeFile(file, lines.join("\n"));
  } else {
    const file = join(dest, "customers.jsonl");
    const lines = (await readFile(file, "utf8")).split("\n");
    const idx = lines.findIndex((l) => l.includes('"company_name":"') && l.includes('"primary_contact":{'));
    if (idx < 0) throw new Error("customers.jsonl: no customer to inject into");
    const rec = JSON.parse(lines[idx] as string) as Record<string, unknown> & { primary_contact: Record<string, unknown> };
    rec.primary_contact.first_name = XSS_PAYLOAD;
    rec.primary_contact.title = FORMULA_PAYLOAD;
    rec.owner_user_id = FORMULA_PAYLOAD;
    rec.company_name = `${String(rec.company_name)} ${XSS_PAYLOAD}`;
    lines[idx] = JSON.stringify(rec);
    const text = lines.join("\n");
    await writeFile(file, text);
    // keep the bundle consistent: the manifest carries each file's SHA-256
    const mf = join(dest, "manifest.json");
    const manifest = JSON.parse(await readFile(mf, "utf8")) as { objects?: Record<string, { file?: string; sha256?: string }> };
    for (const o of Object.values(manifest.objects ?? {})) if (o.file === "customers.jsonl" && o.sha256) o.sha256 = createHash("sha256").update(text).digest("hex");
    await writeFile(mf, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  return dest;
}

async function simulatorTarget(apiKey: string): Promise<Target> {
  const sim = await startSimulator({ port: 0, apiKeys: [apiKey] });
  return { url: sim.url, db: sim.db, user: sim.user, apiKey, sim, close: () => sim.close() };
}

export async function runAcceptance(opts: AcceptanceOptions): Promise<Scoreboard> {
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const startedAt = new Date().toISOString();
  const out = resolve(opts.out);
  const seed = opts.seed ?? "1";
  await mkdir(out, { recursive: true });
  await rm(join(out, "scoreboard.lines.jsonl"), { force: true });
  const board = new Board(log, join(out, "scoreboard.lines.jsonl"));
  // Distinctive secrets: the Odoo API key (simulator) and a Plexus token; neither may reach any file.
  const apiKey = opts.odoo ? opts.odoo.password : `ferryacc_${randomBytes(16).toString("hex")}`;
  const plexusToken = `pxtok_${randomBytes(16).toString("hex")}`;
  const secrets = [apiKey, plexusToken];
  const newTarget = async (): Promise<Target> =>
    opts.odoo ? { url: opts.odoo.url, db: opts.odoo.db, user: opts.odoo.user, apiKey: opts.odoo.password, close: async () => {} } : simulatorTarget(apiKey);
  let odooVersion = "?";
  const scanDirs: string[] = [];

  // 1. generate
  const tGen = Date.now();
  const expected = new Map<SourceName, ExpectedFile>();
  for (const source of opts.sources) {
    const dir = join(out, source);
    await rm(dir, { recursive: true, force: true });
    const t = source === "planplus" ? generatePlanPlus(dir, { scale: opts.scale, seed }) : generatePlexus(dir, { scale: opts.scale, seed });
    const file = join(out, `${source}.expected.json`);
    writeExpected(file, source, source, opts.scale, seed, t);
    expected.set(source, JSON.parse(await readFile(file, "utf8")) as ExpectedFile);
  }
  board.add("all", "generate samples", "pass", opts.sources.map((s) => `${s} ${Object.values(expected.get(s)?.objects ?? {}).reduce((a, o) => a + o.source_count, 0)} rows`).join(", "), {}, [], tGen);

  for (const source of opts.sources) {
    const work = join(out, `runs-${source}`);
    await rm(work, { recursive: true, force: true });
    await mkdir(work, { recursive: true });
    scanDirs.push(work);
    const input = await prepareInput(join(out, source), join(out, "inputs", source), source);
    const target = await newTarget();
    const settingsFor = (runOut: string, t: Target): Settings =>
      resolveSettings({ source, input, exportTimeZone: "America/Chicago", fallbackOwner: "admin", odoo: t.url, db: t.db, user: t.user, apiKey: t.apiKey, plexusToken, out: runOut }, {});
    const client = await OdooClient.connect({ url: target.url, db: target.db, user: target.user, apiKey: target.apiKey });
    odooVersion = client.version.server_version;
    let clean: { rec: Reconciliation; runDir: string; xmlids: Record<string, number>; before: Record<string, string[]>; during: Record<string, string[]>; mappingFile?: string } | undefined;
    try {
      const before = await snapshot(client);
      const xmlidsBefore = await xmlidCounts(client, source);
      const doc = await loadAuditMapping(source);
      const exp = await openSource(settingsFor(work, target));

      // audit
      let t = Date.now();
      await board.step(source, "audit", async () => {
        const a = await audit({ client, source, doc, exp });
        await writeFile(join(work, "audit.json"), `${safeJson(a, 2)}\n`);
        board.add(source, "audit", a.missing.length === 0 && a.preflight_errors.length === 0, `missing apps ${a.missing.length}, preflight errors ${a.preflight_errors.length}, collisions ${a.collisions.length}`, { missing_apps: a.missing.length, preflight_errors: a.preflight_errors.length, collisions: a.collisions.length }, [...a.missing.map((m) => `missing app ${m}`), ...a.preflight_errors.map(String)], t);
      });

      // owners (fallback owner: admin) → where `ferry run` reads overrides from
      t = Date.now();
      await board.step(source, "owners", async () => {
        const r = await resolveOwners({ client, exp, doc, fallbackOwner: "admin" });
        await mkdir(join(work, `owners-${source}`), { recursive: true });
        await writeFile(join(work, `owners-${source}`, "owners.json"), `${safeJson(r, 2)}\n`);
        board.add(source, "owners (fallback admin)", r.ok, `matched ${r.summary.matched}, inactive ${r.summary.inactive}, unmatched ${r.summary.unmatched}, ambiguous ${r.summary.ambiguous}, fallback ${r.fallback_owner?.login ?? "none"} → ${r.ok ? "resolved" : "unresolved"}`, { matched: r.summary.matched, unmatched: r.summary.unmatched, ambiguous: r.summary.ambiguous, inactive: r.summary.inactive }, r.warnings, t);
      });

      // map propose + approve
      t = Date.now();
      const mappingFile = await board.step(source, "map propose/approve", async () => {
        const p = await proposeMapping({ ...settingsFor(join(work, "mapping"), target) });
        const a = await approveMappingFile(p.file, "acceptance harness");
        const approved = importMappingJson(await readFile(p.file, "utf8"));
        board.add(source, "map propose/approve", Boolean(a.contentHash) && approved.status === "approved", `${p.proposals} proposals (${p.added} added), approved hash ${a.contentHash.slice(0, 12)}`, { proposals: p.proposals, added: p.added }, [], t);
        return p.file;
      });

      // run
      t = Date.now();
      const result = await board.step(source, "run", async () => {
        const r = await executeRun("run", settingsFor(join(work, "run"), target), { ...(mappingFile ? { mappingFile } : { approveProposed: true }), acceptPhases: new Set(["*"]) });
        const loaded = r.reconciliation.objects.reduce((a, o) => a + o.loaded, 0);
        const src = r.reconciliation.objects.reduce((a, o) => a + o.source_count, 0);
        board.add(source, "run", !r.halted, `${src} source rows, ${loaded} loaded, ${r.reconciliation.objects.length} objects, ${r.halted ? "HALTED" : "done"} in ${((Date.now() - t) / 1000).toFixed(1)} s`, { source_rows: src, loaded, rows_per_s: Math.round(src / Math.max((Date.now() - t) / 1000, 0.001)) }, r.halted ? [JSON.stringify(r.reconciliation.halted)] : [], t);
        return r;
      });

      if (result) {
        const rec = JSON.parse(await readFile(join(result.runDir, "reconciliation.json"), "utf8")) as Reconciliation;
        // accounting per object
        t = Date.now();
        const unbalanced: string[] = [];
        for (const o of rec.objects) {
          const rhs = o.loaded + o.merged + sum(o.skipped) + sum(o.rejected) + o.documented + o.validated;
          if (o.source_count !== rhs) unbalanced.push(`${o.object}: source ${o.source_count} ≠ loaded ${o.loaded} + merged ${o.merged} + skipped ${sum(o.skipped)} + rejected ${sum(o.rejected)} + documented ${o.documented} + validated ${o.validated}`);
        }
        board.add(source, "accounting per object", unbalanced.length === 0 && rec.objects.length > 0, `${rec.objects.length - unbalanced.length}/${rec.objects.length} objects balanced; loaded ${rec.objects.reduce((a, o) => a + o.loaded, 0)}, merged ${rec.objects.reduce((a, o) => a + o.merged, 0)}, skipped ${rec.objects.reduce((a, o) => a + sum(o.skipped), 0)}, rejected ${rec.objects.reduce((a, o) => a + sum(o.rejected), 0)}, documented ${rec.objects.reduce((a, o) => a + o.documented, 0)}, validated ${rec.objects.reduce((a, o) => a + o.validated, 0)}`, { objects: rec.objects.length, unbalanced: unbalanced.length }, unbalanced, t);

        // expected.json (reader-level counts)
        t = Date.now();
        const ex = expected.get(source) as ExpectedFile;
        const diffs: string[] = [];
        let compared = 0;
        for (const [object, e] of Object.entries(ex.objects)) {
          const o = rec.objects.find((x) => x.object === object);
          if (!o) {
            diffs.push(`${object}: in expected.json (${e.source_count} rows), not in the reconciliation`);
            continue;
          }
          compared++;
          if (o.source_count !== e.source_count) diffs.push(`${object}: source_count ${o.source_count}, expected ${e.source_count}`);
          for (const [code, n] of Object.entries(e.rejected)) if ((o.rejected[code] ?? 0) < n) diffs.push(`${object}: rejected ${code} ${o.rejected[code] ?? 0}, reader expects at least ${n}`);
          for (const [code, n] of Object.entries(e.skipped)) if ((o.skipped[code] ?? 0) < n) diffs.push(`${object}: skipped ${code} ${o.skipped[code] ?? 0}, reader expects at least ${n}`);
        }
        const exRows = Object.values(ex.objects).reduce((a, o) => a + o.source_count, 0);
        board.add(source, "expected.json reader counts", diffs.length === 0, `${compared}/${Object.keys(ex.objects).length} objects match (${exRows} expected source rows, ${ex.defects.length} injected defects)`, { objects: compared, expected_rows: exRows, mismatches: diffs.length }, diffs, t);

        // every landed row found in Odoo by external id
        t = Date.now();
        const ledger = await readLedger(join(result.runDir, "ledger.jsonl"));
        const writes = ledger.filter((e) => (e.operation === "create" || e.operation === "update" || e.operation === "unchanged") && e.xmlid && e.model && e.res_id);
        const found = await client.resolveXmlids(writes.map((e) => e.xmlid as string));
        const missing: string[] = [];
        for (const e of writes) {
          const f = found.get(e.xmlid as string);
          if (!f || f.model !== e.model || f.id !== e.res_id) missing.push(`${e.object} row ${e.source_row}: ${e.xmlid} → ${f ? `${f.model}#${f.id}` : "not found"}, ledger says ${e.model}#${e.res_id}`);
        }
        const byModel = new Map<string, Set<number>>();
        for (const e of writes) byModel.set(e.model as string, (byModel.get(e.model as string) ?? new Set()).add(e.res_id as number));
        let gone = 0;
        for (const [model, ids] of byModel) {
          const n = await client.searchCount(model, [["id", "in", [...ids]]], { active_test: false });
          if (n !== ids.size) {
            gone += ids.size - n;
            missing.push(`${model}: ${ids.size - n} of ${ids.size} ledgered records not in Odoo`);
          }
        }
        const xmlids = await xmlidCounts(client, source);
        const countDiffs = Object.entries(rec.odoo_records).filter(([m, n]) => (xmlids[m] ?? 0) !== n).map(([m, n]) => `${m}: ${xmlids[m] ?? 0} external ids, reconciliation says ${n}`);
        const loadedRows = rec.objects.reduce((a, o) => a + o.loaded, 0);
        // one create per external id: a second create of the same xmlid is a duplicate record
        const createsByXmlid = new Map<string, number[]>();
        for (const e of writes) if (e.operation === "create") createsByXmlid.set(e.xmlid as string, [...(createsByXmlid.get(e.xmlid as string) ?? []), e.res_id as number]);
        const dupes = [...createsByXmlid].filter(([, ids]) => ids.length > 1).map(([x, ids]) => `${x} created ${ids.length} times (${ids.join(", ")})`);
        board.add(source, "landed rows found by external id", missing.length === 0 && countDiffs.length === 0 && dupes.length === 0 && writes.length > 0, `${found.size}/${new Set(writes.map((e) => e.xmlid)).size} external ids (${XMLID_MODULE[source]}.*) resolve to the ledgered record (${writes.length} ledgered writes, ${byModel.size} models, ${loadedRows} loaded rows); ${missing.length + gone} missing, ${dupes.length} created twice`, { xmlids: found.size, ledger_writes: writes.length, loaded_rows: loadedRows, missing: missing.length + gone, duplicate_creates: dupes.length, count_mismatches: countDiffs.length }, [...dupes, ...missing, ...countDiffs], t);

        // validate
        t = Date.now();
        const validation = await board.step(source, "validate", async () => {
          const profile = await readTargetProfile(client, doc);
          const variants = new Map(preflight(doc, profile).variants.map((v) => [v.object, v.variant]));
          const report = await validateRun({ client, runDir: result.runDir, doc, profile, variants, exp });
          await writeFile(join(result.runDir, "validation.json"), `${safeJson(report, 2)}\n`);
          board.add(source, "validate", report.ok, `${report.problems.length} problems, ${report.notes.length} notes`, { problems: report.problems.length }, report.problems, t);
          await writeFile(join(result.runDir, "validation.html"), renderValidationHtml(report));
          return report;
        });

        // formula neutralization
        t = Date.now();
        const bad: string[] = [];
        let cells = 0;
        let neutralized = 0;
        for (const f of ["rejected_rows.csv", "flagged_rows.csv"]) {
          let text = "";
          try {
            text = await readFile(join(result.runDir, f), "utf8");
          } catch {
            bad.push(`${f} missing`);
            continue;
          }
          const r = checkCsvFormulas(text);
          cells += r.cells;
          neutralized += r.neutralized;
          bad.push(...r.bad.map((b) => `${f} ${b}`));
        }
        board.add(source, "CSV formula neutralization", bad.length === 0 && neutralized > 0, `${cells} cells in rejected_rows.csv + flagged_rows.csv (an injected =HYPERLINK owner among them): ${bad.length} unescaped, ${neutralized} neutralized with '`, { cells, unescaped: bad.length, neutralized }, neutralized ? bad : [...bad, "no neutralized cell: the injected formula did not reach the CSVs"], t);

        // HTML escaping: the <script> contact name lands as text and no HTML file carries it raw
        t = Date.now();
        let raw = 0;
        let escaped = 0;
        const htmlFiles = ["report.html", "validation.html"];
        for (const f of htmlFiles) {
          try {
            const h = checkHtmlEscaping(await readFile(join(result.runDir, f), "utf8"), XSS_MARKER);
            raw += h.raw;
            escaped += h.escaped;
          } catch {
            /* validation.html is optional */
          }
        }
        const html = await readFile(join(result.runDir, "report.html"), "utf8");
        const landed = await client.searchCount("res.partner", [["name", "ilike", XSS_MARKER]], { active_test: false });
        // report.html shows counts and codes, not row values: feed the payload through both renderers with this run's data
        const rendered = renderReport({ title: "acceptance", source, kind: "full run", runId: rec.run, target: rec.target, generatedAt: rec.finished_at, objects: [...rec.objects, { ...rec.objects[0]!, object: XSS_PAYLOAD }], odooRecords: rec.odoo_records, notes: [...rec.warnings, `contact ${XSS_PAYLOAD}`], files: [] });
        const renderedValidation = validation ? renderValidationHtml({ ...validation, problems: [...validation.problems, `contact ${XSS_PAYLOAD}`] }) : "";
        const direct = [checkHtmlEscaping(rendered, XSS_MARKER), checkHtmlEscaping(renderedValidation, XSS_MARKER)];
        const directRaw = direct.reduce((a, d) => a + d.raw, 0);
        const directEscaped = direct.reduce((a, d) => a + d.escaped, 0);
        board.add(
          source,
          "HTML escaping",
          raw === 0 && directRaw === 0 && directEscaped >= (validation ? 3 : 2) && html.length > 0 && landed > 0,
          `<script> contact name: ${landed} partner(s) in Odoo hold it as plain text; run's report.html/validation.html: ${raw} raw, ${escaped} escaped; renderers fed the payload: ${directRaw} raw, ${directEscaped} escaped`,
          { raw, escaped, direct_raw: directRaw, direct_escaped: directEscaped, partners_with_payload: landed },
          [...(raw ? ["raw <script> in the run's HTML"] : []), ...(directRaw ? ["a renderer emitted the payload raw"] : []), ...(landed === 0 ? ["injected contact did not land (cannot show it stays text)"] : [])],
          t,
        );

        const newXmlids = Object.fromEntries(Object.entries(xmlids).map(([m, n]) => [m, n - (xmlidsBefore[m] ?? 0)]).filter(([, n]) => n !== 0));
        clean = { rec, runDir: result.runDir, xmlids: newXmlids, before, during: await snapshot(client), ...(mappingFile ? { mappingFile } : {}) };

        // rollback
        t = Date.now();
        await board.step(source, "rollback", async () => {
          const r = await rollbackRun(client, result.runDir);
          const after = await snapshot(client);
          const d = diffSnapshots(before, after);
          const rows = Object.values(before).reduce((a, v) => a + v.length, 0);
          board.add(source, "rollback restores snapshot", d.length === 0 && r.failed.length === 0 && r.refused_modified.length === 0, `deleted ${r.deleted}, archived ${r.archived}, restored ${r.restored}, failed ${r.failed.length}, refused ${r.refused_modified.length}; ${Object.keys(before).length} models / ${rows} records compared, ${d.length} differ`, { deleted: r.deleted, archived: r.archived, restored: r.restored, failed: r.failed.length, models_differing: d.length }, [...d, ...r.failed.map((f) => `${f.model}#${f.id}: ${f.message}`)], t);
        });
      }
    } finally {
      await client.close();
      await target.close();
    }

    // fault-injected run: ~5% transient faults on every object call → same records, no duplicates
    const tf = Date.now();
    if (!clean) {
      board.add(source, "fault-injected run", "fail", "no clean run to compare with", {}, [], tf);
    } else {
      const c = clean;
      await board.step(source, "fault-injected run", async () => {
        const rate = opts.faultRate ?? 0.05;
        // simulator: a fresh one with its own fault injection; real Odoo: the same database (the clean
        // run was rolled back) behind the fault proxy
        const base = await newTarget();
        const proxy = opts.odoo ? await startFaultProxy({ upstream: base.url, rate: 0, delayMs: 200, seed: 2026 }) : undefined;
        const ft: Target = proxy ? { ...base, url: proxy.url } : base;
        const sim = base.sim;
        const fc = await OdooClient.connect({ url: base.url, db: base.db, user: base.user, apiKey: base.apiKey });
        try {
          const before = await snapshot(fc);
          const xBefore = await xmlidCounts(fc, source);
          const faults: FaultOptions = { rate, kinds: ["http502", "http503", "http504", "serialization", "slow", "timeout"], delayMs: 200, seed: 2026 };
          sim?.setFaults(faults);
          proxy?.setRate(rate);
          let r;
          try {
            // same approved mapping as the clean run
            r = await executeRun("run", settingsFor(join(work, "run-faults"), ft), { ...(c.mappingFile ? { mappingFile: c.mappingFile } : { approveProposed: true }), acceptPhases: new Set(["*"]) });
          } finally {
            sim?.setFaults(undefined);
            proxy?.setRate(0);
          }
          const stats = sim ? sim.stats : (proxy as NonNullable<typeof proxy>).stats;
          const injected = sum(stats.faults);
          const xAfter = await xmlidCounts(fc, source);
          const during = await snapshot(fc);
          const problems: string[] = [];
          for (const m of new Set([...Object.keys(xAfter), ...Object.keys(c.xmlids)])) {
            const n = (xAfter[m] ?? 0) - (xBefore[m] ?? 0);
            if (n !== (c.xmlids[m] ?? 0)) problems.push(`${m}: ${n} new external ids, clean run ${c.xmlids[m] ?? 0}`);
          }
          for (const m of Object.keys(c.during)) {
            if (m === "ir.model.data" || m === "mail.message") continue; // compared through the external ids above
            const a = (c.during[m]?.length ?? 0) - (c.before[m]?.length ?? 0);
            const b = (during[m]?.length ?? 0) - (before[m]?.length ?? 0);
            if (a !== b) problems.push(`${m}: ${b} new records, clean run ${a}`);
          }
          for (const o of r.reconciliation.objects) {
            const k = c.rec.objects.find((x) => x.object === o.object);
            if (!k || k.loaded !== o.loaded || k.source_count !== o.source_count) problems.push(`${o.object}: loaded ${o.loaded}/${o.source_count}, clean run ${k?.loaded}/${k?.source_count}`);
          }
          const rb = await rollbackRun(fc, r.runDir);
          const faultKinds = Object.entries(stats.faults).map(([k, n]) => `${k} ${n}`).join(", ");
          const totalX = Object.values(xAfter).reduce((x, y) => x + y, 0) - Object.values(xBefore).reduce((x, y) => x + y, 0);
          board.add(
            source,
            "fault-injected run",
            problems.length === 0 && injected > 0 && !r.halted,
            `${injected} faults injected (${faultKinds}) over ${stats.requests} requests${proxy ? " (fault proxy)" : ""}; ${totalX} external ids, ${problems.length} differences from the clean run (loss/duplicates); rolled back ${rb.deleted + rb.archived}`,
            { injected, requests: stats.requests, xmlids: totalX, differences: problems.length },
            problems,
            tf,
          );
        } finally {
          await fc.close();
          await proxy?.close();
          await base.close();
        }
      });
    }
  }

  // secrets scan over every run folder (ledgers, reports, run.json, owners, audit, mapping)
  const ts = Date.now();
  const sc = await scanSecrets(scanDirs, secrets);
  board.add("all", "secrets scan", sc.hits.length === 0 && sc.files > 0, `${sc.files} files / ${(sc.bytes / 1024).toFixed(0)} KiB under the run dirs scanned for the API key and Plexus token: ${sc.hits.length} hits`, { files: sc.files, bytes: sc.bytes, hits: sc.hits.length }, sc.hits, ts);

  const counts: Record<CheckStatus, number> = { pass: 0, fail: 0, skip: 0 };
  for (const c of board.checks) counts[c.status]++;
  const scoreboard: Scoreboard = {
    format: "ferry-acceptance-scoreboard",
    version: 1,
    started_at: startedAt,
    finished_at: new Date().toISOString(),
    scale: opts.scale,
    sources: opts.sources,
    target: opts.odoo ? `${opts.odoo.url} db ${opts.odoo.db}` : "Odoo 18 simulator (in-process)",
    odoo_version: odooVersion,
    machine: { node: process.version, platform: `${platform()} ${process.arch}`, cpus: cpus().length },
    passed: counts.fail === 0,
    counts,
    checks: board.checks,
  };
  await writeFile(join(out, "scoreboard.json"), `${safeJson(scoreboard, 2)}\n`);
  await writeFile(join(out, "scoreboard.md"), renderMarkdown(scoreboard));
  return scoreboard;
}
