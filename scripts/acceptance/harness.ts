/**
 * The acceptance harness (issue 10): generates both sample sources at a scale, then per source runs
 * audit → provision → owners → map propose/approve → sample → run (+ full field diff) → validate →
 * delta → rollback in-process against the Odoo simulator (or a real Odoo from
 * ODOO_URL/ODOO_DB/ODOO_USER/ODOO_PASSWORD), then a fault-injected run, a kill -9/resume crash run and
 * (Plexus) a run reading the faulty Plexus API, and scores every check (scoreboard.json + scoreboard.md).
 */
import { createHash, randomBytes } from "node:crypto";
import { appendFileSync } from "node:fs";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, platform } from "node:os";
import { join, resolve } from "node:path";
import { generatePlanPlus } from "../sample/planplus.ts";
import { generatePlexus } from "../sample/plexus.ts";
import { writeExpected, type ExpectedFile } from "../sample/expected.ts";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
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
import { executeSample } from "../../bridge/src/run/sample.ts";
import { executeDelta } from "../../bridge/src/run/delta.ts";
import { startPlexusSimulator } from "../../bridge/src/sources/plexus/simulator.ts";
import { openPlexusApi } from "../../bridge/src/sources/plexus/export.ts";
import type { ApiEvent } from "../../bridge/src/sources/plexus/api.ts";
import type { LedgerEntry } from "../../bridge/src/run/ledger.ts";
import { startFaultProxy } from "./fault-proxy.ts";
import { capturingSink, describeMismatches, EXPECTED_LABEL, fullFieldDiff, newCapture, type ExpectedRewrite } from "./fielddiff.ts";
import { buildDelta } from "./delta-input.ts";
import { crashAndResume } from "./crash.ts";
import { checkAddonAcls } from "./security.ts";
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
  /** kill -9 points of the crash run (default 20; 0 = crash run skipped). */
  crashKills?: number;
  /** Skip the fault-injected, crash and Plexus API re-runs (their lines say so): the lifecycle alone. */
  noReruns?: boolean;
  /** Rows per object of the sample run (default 5). */
  sampleSize?: number;
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
  /** `at`: position in the scoreboard (a line scored later than its place in the step order). */
  add(source: string, check: string, status: CheckStatus | boolean, summary: string, numbers: Record<string, number> = {}, details: string[] = [], started = Date.now(), at?: number): void {
    const s: CheckStatus = typeof status === "boolean" ? (status ? "pass" : "fail") : status;
    const line: CheckLine = { source, check, status: s, summary, numbers, details, seconds: (Date.now() - started) / 1000 };
    if (at !== undefined && at < this.checks.length) this.checks.splice(at, 0, line);
    else this.checks.push(line);
    this.log(`${s.toUpperCase().padEnd(4)} ${source} · ${check}: ${summary}`);
    if (this.progressFile) appendFileSync(this.progressFile, `${safeJson(line)}\n`);
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

/** What later runs are compared with: the clean run's new external ids and record counts per model. */
interface CleanRun {
  rec: Reconciliation;
  runDir: string;
  /** New external ids per model: `ferry provision` + the run (a re-run does both in one go). */
  xmlids: Record<string, number>;
  /** New records per model, the same way. */
  newRecords: Record<string, number>;
  ledgerLines: number;
  createdXmlids: Set<string>;
  mappingFile?: string;
}

/**
 * Zero loss, zero duplicates against the clean run: the same new external ids per model, the same new
 * records per model, the same loaded rows per object (and source rows, unless the input differs in
 * form, as the Plexus API's latest-copy-per-id listing does).
 */
async function compareWithClean(c: CleanRun, client: OdooClient, source: SourceName, before: Record<string, string[]>, xBefore: Record<string, number>, rec: Reconciliation, compareSourceCounts = true): Promise<{ problems: string[]; xmlids: number }> {
  const xAfter = await xmlidCounts(client, source);
  const during = await snapshot(client);
  const problems: string[] = [];
  for (const m of new Set([...Object.keys(xAfter), ...Object.keys(c.xmlids)])) {
    const n = (xAfter[m] ?? 0) - (xBefore[m] ?? 0);
    if (n !== (c.xmlids[m] ?? 0)) problems.push(`${m}: ${n} new external ids, clean run ${c.xmlids[m] ?? 0}`);
  }
  for (const m of Object.keys(c.newRecords)) {
    if (m === "ir.model.data" || m === "mail.message") continue; // compared through the external ids above
    const a = c.newRecords[m] ?? 0;
    const b = (during[m]?.length ?? 0) - (before[m]?.length ?? 0);
    if (a !== b) problems.push(`${m}: ${b} new records, clean run ${a}`);
  }
  for (const o of rec.objects) {
    const k = c.rec.objects.find((x) => x.object === o.object);
    if (!k || k.loaded !== o.loaded || (compareSourceCounts && k.source_count !== o.source_count)) problems.push(`${o.object}: loaded ${o.loaded}/${o.source_count}, clean run ${k?.loaded}/${k?.source_count}`);
  }
  const xmlids = Object.values(xAfter).reduce((x, y) => x + y, 0) - Object.values(xBefore).reduce((x, y) => x + y, 0);
  return { problems, xmlids };
}

type ProvisionFn = (
  settings: Settings,
  opts: { mappingFile?: string; approveProposed?: boolean },
) => Promise<{ runDir: string; customFields: { created: string[]; existing: string[]; conflicts: string[]; skippedModels: string[] }; records: Record<string, { created: number; existing: number }>; createdTotal: number; rejected: number; warnings: string[] }>;

/** Every custom field a ledger says was created resolves by external id to an ir.model.fields record of that name. */
async function checkProvisioned(client: OdooClient, ledger: readonly LedgerEntry[]): Promise<string[]> {
  const created = ledger.filter((e) => e.operation === "create" && e.model === "ir.model.fields" && e.xmlid);
  const refs = await client.resolveXmlids(created.map((e) => e.xmlid as string));
  const fields = created.length ? await client.read<{ id: number; model: string; name: string }>("ir.model.fields", created.map((e) => e.res_id as number), ["model", "name"]) : [];
  const byId = new Map(fields.map((f) => [f.id, f]));
  const problems: string[] = [];
  for (const e of created) {
    const f = byId.get(e.res_id as number);
    const want = String((e.previous as { field?: string } | undefined)?.field ?? "");
    if (!f) problems.push(`${want}: ir.model.fields #${e.res_id} not in Odoo`);
    else if (want && `${f.model}.${f.name}` !== want) problems.push(`${want}: ir.model.fields #${e.res_id} is ${f.model}.${f.name}`);
    if (refs.get(e.xmlid as string)?.id !== e.res_id) problems.push(`${e.xmlid} → ${refs.get(e.xmlid as string)?.id ?? "not found"}, ledger says #${e.res_id}`);
  }
  return problems;
}

/** Model:id of every record a run folder's ledgers touched (the run's and its rollback's). */
async function touchedRecords(runDir: string): Promise<Set<string>> {
  const out = new Set<string>();
  for (const f of ["ledger.jsonl", "rollback_ledger.jsonl"]) for (const e of await readLedger(join(runDir, f)).catch(() => [] as LedgerEntry[])) if (e.model && e.res_id !== undefined) out.add(`${e.model}:${e.res_id}`);
  return out;
}

export async function runAcceptance(opts: AcceptanceOptions): Promise<Scoreboard> {
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const startedAt = new Date().toISOString();
  const out = resolve(opts.out);
  const seed = opts.seed ?? "1";
  const crashKills = opts.crashKills ?? 20;
  const sampleSize = opts.sampleSize ?? 5;
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
  // `ferry provision` (run/provision.ts `provision`), when that module exports it
  const provisionFn = ((await import("../../bridge/src/run/provision.ts")) as unknown as { provision?: ProvisionFn }).provision;

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
    const settingsFor = (runOut: string, t: Target, from = input): Settings =>
      resolveSettings({ source, input: from, exportTimeZone: "America/Chicago", fallbackOwner: "admin", odoo: t.url, db: t.db, user: t.user, apiKey: t.apiKey, plexusToken, out: runOut }, {});
    const client = await OdooClient.connect({ url: target.url, db: target.db, user: target.user, apiKey: target.apiKey });
    odooVersion = client.version.server_version;
    const ownersDir = join(work, `owners-${source}`);
    let clean: CleanRun | undefined;
    try {
      const before = await snapshot(client);
      const xmlidsBefore = await xmlidCounts(client, source);
      // what `ferry provision` adds (re-runs provision inside the run): counted into the clean run's figures
      let provisioned: { snap: Record<string, string[]>; xmlids: Record<string, number> } = { snap: before, xmlids: xmlidsBefore };
      const doc = await loadAuditMapping(source);
      const exp = await openSource(settingsFor(work, target));

      // audit
      let t = Date.now();
      await board.step(source, "audit", async () => {
        const a = await audit({ client, source, doc, exp });
        await writeFile(join(work, "audit.json"), `${safeJson(a, 2)}\n`);
        board.add(source, "audit", a.missing.length === 0 && a.preflight_errors.length === 0, `missing apps ${a.missing.length}, preflight errors ${a.preflight_errors.length}, collisions ${a.collisions.length}`, { missing_apps: a.missing.length, preflight_errors: a.preflight_errors.length, collisions: a.collisions.length }, [...a.missing.map((m) => `missing app ${m}`), ...a.preflight_errors.map(String)], t);
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
      const mappingOpt = mappingFile ? { mappingFile } : { approveProposed: true as const };

      // provision: `ferry provision` (run/provision.ts `provision`) when it exists — then called twice,
      // the second call must create nothing; until it lands the run provisions itself and the line,
      // scored after the run, reports what the run provisioned
      let provisionDir: string | undefined;
      let provisionAt: number | undefined;
      t = Date.now();
      if (typeof provisionFn === "function") {
        await board.step(source, "provision", async () => {
          const p = await provisionFn(settingsFor(join(work, "provision"), target), mappingOpt);
          provisionDir = p.runDir;
          provisioned = { snap: await snapshot(client), xmlids: await xmlidCounts(client, source) };
          const again = await provisionFn(settingsFor(join(work, "provision-again"), target), mappingOpt);
          const problems = await checkProvisioned(client, await readLedger(join(p.runDir, "ledger.jsonl")));
          if (again.createdTotal !== 0) problems.push(`second call created ${again.createdTotal} more (not idempotent)`);
          problems.push(...p.customFields.conflicts.map((x) => `custom field conflict: ${x}`));
          if (p.rejected) problems.push(`${p.rejected} rows rejected`);
          const recs = Object.entries(p.records).map(([m, n]) => `${m} ${n.created}+${n.existing}`).join(", ");
          board.add(source, "provision", problems.length === 0 && p.createdTotal > 0, `\`ferry provision\`: ${p.customFields.created.length} custom fields created (${p.customFields.existing.length} existing), records created+existing: ${recs || "none"}; second call created ${again.createdTotal}`, { custom_fields: p.customFields.created.length, created_total: p.createdTotal, second_call_created: again.createdTotal, problems: problems.length }, [...problems, ...p.customFields.skippedModels.map((m) => `custom fields for ${m} not created: model not installed`)], t);
        });
      } else provisionAt = board.checks.length;

      // owners (fallback owner: admin) → where `ferry run` reads overrides from
      t = Date.now();
      await board.step(source, "owners", async () => {
        const r = await resolveOwners({ client, exp, doc, fallbackOwner: "admin" });
        await mkdir(ownersDir, { recursive: true });
        await writeFile(join(ownersDir, "owners.json"), `${safeJson(r, 2)}\n`);
        board.add(source, "owners (fallback admin)", r.ok, `matched ${r.summary.matched}, inactive ${r.summary.inactive}, unmatched ${r.summary.unmatched}, ambiguous ${r.summary.ambiguous}, fallback ${r.fallback_owner?.login ?? "none"} → ${r.ok ? "resolved" : "unresolved"}`, { matched: r.summary.matched, unmatched: r.summary.unmatched, ambiguous: r.summary.ambiguous, inactive: r.summary.inactive }, r.warnings, t);
      });

      // sample: a connected slice loaded, read back field by field, then rolled back (its own runs root)
      t = Date.now();
      await board.step(source, "sample", async () => {
        const root = join(work, "sample-runs");
        await mkdir(root, { recursive: true });
        await cp(ownersDir, join(root, `owners-${source}`), { recursive: true }).catch(() => undefined);
        const s = await executeSample(settingsFor(join(root, "sample"), target), { size: sampleSize, ...mappingOpt, acceptPhases: new Set(["*"]) });
        const rb = await rollbackRun(client, s.runDir);
        const residue = diffSnapshots(provisioned.snap, await snapshot(client));
        const bad = Object.entries(s.diff.by_cause).filter(([c]) => c !== "value_normalized");
        const badN = bad.reduce((a, [, n]) => a + (n ?? 0), 0);
        board.add(
          source,
          "sample",
          !s.halted && s.diff.records > 0 && s.diff.fields_compared > 0 && badN === 0,
          `${sampleSize} rows/object → ${s.diff.rows} rows, ${s.diff.records} records, ${s.diff.fields_compared} fields compared: ${s.diff.mismatches} mismatches (${Object.entries(s.diff.by_cause).map(([c, n]) => `${c} ${n}`).join(", ") || "none"}), ${Object.values(s.diff.expected).reduce((a, b) => a + (b ?? 0), 0)} expected Odoo rewrites (${Object.entries(s.diff.expected).map(([c, n]) => `${c} ${n}`).join(", ") || "none"}), ${s.diff.not_loaded} rows not loaded; rolled back (${rb.deleted} deleted, ${residue.length} models differ from the snapshot)`,
          { rows: s.diff.rows, records: s.diff.records, fields: s.diff.fields_compared, mismatches: s.diff.mismatches, unexpected: badN, not_loaded: s.diff.not_loaded, residue_models: residue.length },
          [...bad.map(([c, n]) => `${c}: ${n} (see ${s.csvPath})`), ...residue.map((d) => `after the sample's rollback: ${d}`)],
          t,
        );
      });

      // run (capturing every value sent, for the full field diff). Re-runs are compared with what this
      // run adds to the database as it is now (a sample's rollback residue is scored by the rollback line).
      const beforeRun = await snapshot(client);
      const xmlidsBeforeRun = await xmlidCounts(client, source);
      t = Date.now();
      const cap = newCapture();
      const result = await board.step(source, "run", async () => {
        const r = await executeRun("run", settingsFor(join(work, "run"), target), { ...mappingOpt, acceptPhases: new Set(["*"]), wrapSink: (sink) => capturingSink(sink, cap) });
        const loaded = r.reconciliation.objects.reduce((a, o) => a + o.loaded, 0);
        const src = r.reconciliation.objects.reduce((a, o) => a + o.source_count, 0);
        board.add(source, "run", !r.halted, `${src} source rows, ${loaded} loaded, ${r.reconciliation.objects.length} objects, ${r.halted ? "HALTED" : "done"} in ${((Date.now() - t) / 1000).toFixed(1)} s`, { source_rows: src, loaded, rows_per_s: Math.round(src / Math.max((Date.now() - t) / 1000, 0.001)) }, r.halted ? [JSON.stringify(r.reconciliation.halted)] : [], t);
        return r;
      });

      if (result) {
        const rec = JSON.parse(await readFile(join(result.runDir, "reconciliation.json"), "utf8")) as Reconciliation;
        const ledger = await readLedger(join(result.runDir, "ledger.jsonl"));

        // provision (the run's own provisioning until `ferry provision` exists): every custom field it
        // created resolves by external id to an ir.model.fields record of that name
        t = Date.now();
        if (provisionAt !== undefined) await board.step(source, "provision", async () => {
          const created = ledger.filter((e) => e.phase === "provision" && e.operation === "create" && e.model === "ir.model.fields" && e.xmlid);
          const problems = await checkProvisioned(client, ledger);
          const conflicts = rec.warnings.filter((w) => w.startsWith("custom field conflict"));
          const skippedModels = rec.warnings.filter((w) => w.startsWith("custom fields for"));
          const x = await client.searchCount("ir.model.data", [["module", "=", XMLID_MODULE[source]], ["model", "=", "ir.model.fields"]]);
          board.add(
            source,
            "provision (by the run)",
            problems.length === 0 && conflicts.length === 0,
            `no standalone \`ferry provision\` yet: the run provisioned ${created.length} custom fields (${new Set(created.map((e) => e.xmlid)).size} external ids; ${x} ir.model.fields external ids of ${XMLID_MODULE[source]} in Odoo), ${problems.length} problems, ${conflicts.length} conflicts${skippedModels.length ? `; ${skippedModels.length} models not installed (fields not needed)` : ""}`,
            { created: created.length, xmlids: x, problems: problems.length, conflicts: conflicts.length },
            [...problems, ...conflicts, ...skippedModels],
            t,
            provisionAt,
          );
        });

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

        // every landed row's field values equal the normalized source: all values sent, read back
        t = Date.now();
        await board.step(source, "landed field values", async () => {
          client.invalidateFields(); // custom fields were created since the snapshot read fields_get
          const d = await fullFieldDiff(client, ledger, cap);
          const expectedN = Object.values(d.expected).reduce((a, b) => a + (b ?? 0), 0);
          board.add(
            source,
            "landed field values = normalized source",
            d.mismatches.length === 0 && d.fields_compared > 0,
            `${d.records} records / ${d.models} models read back, ${d.fields_compared} field values compared (every value sent): ${d.equal} equal, ${expectedN} expected Odoo rewrites (${Object.entries(d.expected).map(([k, n]) => `${EXPECTED_LABEL[k as ExpectedRewrite]} ${n}`).join(", ") || "none"}), ${d.mismatches.length} mismatches${d.mismatches.length ? ` (${Object.entries(d.by_cause).map(([c, m]) => `${c} ${Object.values(m ?? {}).reduce((a, b) => a + b, 0)}`).join(", ")})` : ""}`,
            { records: d.records, fields: d.fields_compared, equal: d.equal, expected_rewrites: expectedN, mismatches: d.mismatches.length },
            describeMismatches(d),
            t,
          );
        });

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

        // provision (X1 − X0) + run (X3 − X2): a sample's rollback residue (X2 − X1) is left out
        const models = new Set([...Object.keys(xmlids), ...Object.keys(xmlidsBefore)]);
        const newXmlids = Object.fromEntries([...models].map((m) => [m, (xmlids[m] ?? 0) - (xmlidsBeforeRun[m] ?? 0) + (provisioned.xmlids[m] ?? 0) - (xmlidsBefore[m] ?? 0)]).filter(([, n]) => n !== 0));
        const during = await snapshot(client);
        const len = (snap: Record<string, string[]>, m: string) => snap[m]?.length ?? 0;
        const newRecords = Object.fromEntries(Object.keys(during).map((m) => [m, len(during, m) - len(beforeRun, m) + len(provisioned.snap, m) - len(before, m)]));
        clean = {
          rec,
          runDir: result.runDir,
          xmlids: newXmlids,
          newRecords,
          ledgerLines: ledger.length,
          createdXmlids: new Set([...(provisionDir ? await readLedger(join(provisionDir, "ledger.jsonl")) : []), ...ledger].filter((e) => e.operation === "create" && e.xmlid).map((e) => e.xmlid as string)),
          ...(mappingFile ? { mappingFile } : {}),
        };

        // delta: a few contacts/customers changed with later modified times, one new, two deleted
        t = Date.now();
        const delta = await board.step(source, "delta", async () => {
          const object = source === "planplus" ? "contacts" : "customers";
          const landedIds = new Set(ledger.filter((e) => e.object === object && e.operation === "create" && e.outcome === "loaded" && e.model === "res.partner" && e.source_id).map((e) => e.source_id as string));
          const plan = await buildDelta(source, input, join(out, "inputs", `${source}-delta`), landedIds, rec.started_at.replace(/\.\d{3}Z$/, "Z"), XSS_MARKER);
          const d = await executeDelta(settingsFor(join(work, "delta"), target, plan.dir), { since: plan.since, ...mappingOpt, acceptPhases: new Set(["*"]) });
          const problems: string[] = [];
          const counts = d.delta.objects[object];
          if (d.halted) problems.push(`halted: ${JSON.stringify(d.reconciliation.halted)}`);
          if (!counts) problems.push(`no delta counts for ${object}`);
          else {
            if (counts.created !== plan.created.length) problems.push(`${object}: created ${counts.created}, delta has ${plan.created.length} new`);
            if (counts.updated !== plan.modified.size) problems.push(`${object}: updated ${counts.updated}, delta has ${plan.modified.size} modified`);
            if (counts.deleted !== plan.deleted.length) problems.push(`${object}: deleted ${counts.deleted}, delta deletes ${plan.deleted.length}`);
            if (counts.conflict || counts.ignored_unknown_delete) problems.push(`${object}: ${counts.conflict} conflicts, ${counts.ignored_unknown_delete} unknown deletes`);
          }
          // read back: the new job titles on the row's partners, the new row's records, deletions archived
          const deltaLedger = await readLedger(join(d.runDir, "ledger.jsonl"));
          const partnerXmlids = async (sid: string) => [...ledger, ...deltaLedger].filter((e) => e.object === object && e.source_id === sid && e.model === "res.partner" && e.xmlid && (e.operation === "create" || e.operation === "update")).map((e) => e.xmlid as string);
          let titles = 0;
          for (const [sid, title] of plan.modified) {
            const recs = await client.readByXmlids("res.partner", await partnerXmlids(sid), ["function", "active"]);
            if ([...recs.values()].some((r) => r.function === title)) titles++;
            else problems.push(`${object} ${sid}: job title ${JSON.stringify(title)} not in Odoo (${[...recs.values()].map((r) => JSON.stringify(r.function)).join(", ") || "no record"})`);
          }
          let createdFound = 0;
          for (const sid of plan.created) {
            const recs = await client.readByXmlids("res.partner", await partnerXmlids(sid), ["active"]);
            if (recs.size > 0) createdFound++;
            else problems.push(`${object} ${sid}: new row not in Odoo`);
          }
          let archived = 0;
          for (const sid of plan.deleted) {
            const del = d.delta.deletions.find((x) => x.object === object && x.source_id === sid);
            if (!del?.model || del.id === undefined) {
              problems.push(`${object} ${sid}: deletion ${del?.action ?? "not applied"}`);
              continue;
            }
            const [r] = await client.read<{ active?: boolean }>(del.model, [del.id], del.model === "res.partner" ? ["active"] : ["id"], { active_test: false });
            if (del.action === "archived" && r?.active === false) archived++;
            else if (del.action === "deleted" && !r) archived++;
            else problems.push(`${object} ${sid}: ${del.action}, ${del.model}#${del.id} ${r ? `active=${String(r.active)}` : "gone"}`);
          }
          board.add(
            source,
            "delta",
            problems.length === 0,
            `delta of ${object} since ${plan.since}: ${plan.modified.size} modified, ${plan.created.length} new, ${plan.deleted.length} deleted → counts ${counts ? `created ${counts.created}, updated ${counts.updated}, unchanged ${counts.unchanged}, deleted ${counts.deleted}, conflict ${counts.conflict}` : "none"}; read back: ${titles}/${plan.modified.size} new titles, ${createdFound}/${plan.created.length} new rows, ${archived}/${plan.deleted.length} deletions archived`,
            { modified: plan.modified.size, created: plan.created.length, deleted: plan.deleted.length, titles_read_back: titles, created_found: createdFound, archived, problems: problems.length },
            problems,
            t,
          );
          return d;
        });

        // rollback (delta first, then the full run) → the snapshot taken before the run
        t = Date.now();
        await board.step(source, "rollback", async () => {
          const rd = delta ? await rollbackRun(client, delta.runDir) : undefined;
          let r = await rollbackRun(client, result.runDir);
          let forced = 0;
          const unexpectedRefusals: string[] = [];
          // the sample is rolled back already; a full run started before `ferry provision` existed is too
          if (r.refused_modified.length && delta) {
            // records the delta (and its rollback) wrote after the full run ended look "edited since":
            // expected; anything else refused is a finding
            const touched = await touchedRecords(delta.runDir);
            for (const x of r.refused_modified) if (!touched.has(`${x.model}:${x.id}`)) unexpectedRefusals.push(`${x.model}#${x.id} refused (edited at ${x.write_date}), not touched by the delta`);
            if (unexpectedRefusals.length === 0) {
              forced = r.refused_modified.length;
              const again = await rollbackRun(client, result.runDir, { force: true });
              r = { ...again, deleted: r.deleted + again.deleted, archived: r.archived + again.archived, restored: r.restored + again.restored, refused_modified: [] };
            }
          }
          // `ferry provision`'s run last: its stages/projects/fields were written to by the full run
          let rp: Awaited<ReturnType<typeof rollbackRun>> | undefined;
          if (provisionDir) {
            rp = await rollbackRun(client, provisionDir);
            if (rp.refused_modified.length) {
              const touched = new Set([...(await touchedRecords(result.runDir)), ...(delta ? await touchedRecords(delta.runDir) : [])]);
              const odd = rp.refused_modified.filter((x) => !touched.has(`${x.model}:${x.id}`));
              unexpectedRefusals.push(...odd.map((x) => `provision: ${x.model}#${x.id} refused (edited at ${x.write_date}), not touched by the run`));
              if (odd.length === 0) {
                forced += rp.refused_modified.length;
                const again = await rollbackRun(client, provisionDir, { force: true });
                rp = { ...again, deleted: rp.deleted + again.deleted, archived: rp.archived + again.archived, restored: rp.restored + again.restored, refused_modified: [] };
              }
            }
          }
          const after = await snapshot(client);
          const d = diffSnapshots(before, after);
          const rows = Object.values(before).reduce((a, v) => a + v.length, 0);
          const failed = [...(rd?.failed ?? []), ...r.failed, ...(rp?.failed ?? [])];
          board.add(
            source,
            "rollback restores snapshot",
            d.length === 0 && failed.length === 0 && r.refused_modified.length === 0 && (rd?.refused_modified.length ?? 0) === 0 && (rp?.refused_modified.length ?? 0) === 0 && unexpectedRefusals.length === 0,
            `${rd ? `delta rolled back (deleted ${rd.deleted}, archived ${rd.archived}, restored ${rd.restored}), then ` : ""}full run: deleted ${r.deleted}, archived ${r.archived}, restored ${r.restored}${rp ? `, then provision: deleted ${rp.deleted}, restored ${rp.restored}` : ""}; failed ${failed.length}, refused ${r.refused_modified.length}${forced ? ` (${forced} records rewritten by a later run or rollback: re-run with --force)` : ""}; ${Object.keys(before).length} models / ${rows} records compared, ${d.length} differ`,
            { deleted: r.deleted, archived: r.archived, restored: r.restored, failed: failed.length, forced, models_differing: d.length },
            [...d, ...unexpectedRefusals, ...failed.map((f) => `${f.model}#${f.id}: ${f.message}`)],
            t,
          );
        });
      }
    } finally {
      await client.close();
      await target.close();
    }

    // A re-run into a clean target, compared with the clean run (zero loss, zero duplicates), then rolled back.
    const rerun = async (
      check: string,
      body: (ft: Target, c: CleanRun) => Promise<{ rec: Reconciliation; runDir: string; halted: boolean; summary: string; numbers: Record<string, number>; ok: boolean; problems: string[]; compareSourceCounts?: boolean; ledgerCheck?: boolean }>,
      wrap?: (base: Target) => Promise<{ target: Target; close: () => Promise<void> }>,
    ): Promise<void> => {
      const tf = Date.now();
      if (opts.noReruns) {
        board.add(source, check, "skip", "skipped: --no-reruns (lifecycle only)", {}, [], tf);
        return;
      }
      if (!clean) {
        board.add(source, check, "fail", "no clean run to compare with", {}, [], tf);
        return;
      }
      const c = clean;
      await board.step(source, check, async () => {
        const base = await newTarget();
        const w = wrap ? await wrap(base) : { target: base, close: async () => {} };
        const fc = await OdooClient.connect({ url: base.url, db: base.db, user: base.user, apiKey: base.apiKey });
        try {
          const before = await snapshot(fc);
          const xBefore = await xmlidCounts(fc, source);
          // the clean path's steps: `ferry provision` (when it exists), then the run
          const slug = check.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "").toLowerCase();
          const prov = provisionFn ? await provisionFn(settingsFor(join(work, "rerun-provision", slug), w.target), c.mappingFile ? { mappingFile: c.mappingFile } : { approveProposed: true }) : undefined;
          const r = await body(w.target, c);
          const cmp = await compareWithClean(c, fc, source, before, xBefore, r.rec, r.compareSourceCounts ?? true);
          const problems = [...r.problems, ...cmp.problems];
          if (r.ledgerCheck) {
            // each record created once across all attempts, and the same external ids as the clean run
            const seen = new Map<string, number>();
            const provLedger = prov ? await readLedger(join(prov.runDir, "ledger.jsonl")) : [];
            for (const e of [...provLedger, ...(await readLedger(join(r.runDir, "ledger.jsonl")))]) if (e.operation === "create" && e.xmlid) seen.set(e.xmlid, (seen.get(e.xmlid) ?? 0) + 1);
            const dup = [...seen].filter(([, n]) => n > 1);
            const miss = [...c.createdXmlids].filter((x) => !seen.has(x));
            const extra = [...seen.keys()].filter((x) => !c.createdXmlids.has(x));
            if (dup.length) problems.push(`${dup.length} external ids ledgered as created more than once (e.g. ${dup.slice(0, 3).map(([x, n]) => `${x} ×${n}`).join(", ")})`);
            if (miss.length) problems.push(`${miss.length} external ids the clean run created are missing (e.g. ${miss.slice(0, 3).join(", ")})`);
            if (extra.length) problems.push(`${extra.length} external ids the clean run did not create (e.g. ${extra.slice(0, 3).join(", ")})`);
            r.numbers.duplicates = dup.length;
            r.numbers.missing = miss.length;
          }
          const rb = await rollbackRun(fc, r.runDir);
          if (prov) {
            const rp = await rollbackRun(fc, prov.runDir);
            // records the run wrote after provisioning are refused as "edited since": forced (see the rollback line)
            if (rp.refused_modified.length) {
              const touched = await touchedRecords(r.runDir);
              const odd = rp.refused_modified.filter((x) => !touched.has(`${x.model}:${x.id}`));
              if (odd.length) problems.push(...odd.map((x) => `provision rollback: ${x.model}#${x.id} refused, not touched by the run`));
              else await rollbackRun(fc, prov.runDir, { force: true });
            }
          }
          board.add(source, check, problems.length === 0 && r.ok && !r.halted, `${r.summary}; ${cmp.xmlids} external ids, ${problems.length} differences from the clean run (loss/duplicates); rolled back ${rb.deleted + rb.archived}`, { ...r.numbers, xmlids: cmp.xmlids, differences: problems.length }, problems, tf);
        } finally {
          await fc.close();
          await w.close();
          await base.close();
        }
      });
    };

    // fault-injected run: ~5% transient faults on every object call → same records, no duplicates.
    // Simulator: its own fault injection; real Odoo: the same database behind the fault proxy.
    {
      const rate = opts.faultRate ?? 0.05;
      let proxy: Awaited<ReturnType<typeof startFaultProxy>> | undefined;
      let sim: Simulator | undefined;
      await rerun(
        "fault-injected run",
        async (ft, c) => {
          sim?.setFaults({ rate, kinds: ["http502", "http503", "http504", "serialization", "slow", "timeout"], delayMs: 200, seed: 2026 });
          proxy?.setRate(rate);
          let r;
          try {
            r = await executeRun("run", settingsFor(join(work, "run-faults"), ft), { ...(c.mappingFile ? { mappingFile: c.mappingFile } : { approveProposed: true }), acceptPhases: new Set(["*"]) });
          } finally {
            sim?.setFaults(undefined);
            proxy?.setRate(0);
          }
          const stats = sim ? sim.stats : (proxy as NonNullable<typeof proxy>).stats;
          const injected = sum(stats.faults);
          const kinds = Object.entries(stats.faults).map(([k, n]) => `${k} ${n}`).join(", ");
          return { rec: r.reconciliation, runDir: r.runDir, halted: r.halted, ok: injected > 0, problems: injected > 0 ? [] : ["no fault injected"], summary: `${injected} faults injected (${kinds}) over ${stats.requests} requests${proxy ? " (fault proxy on 127.0.0.1 in front of Odoo)" : " (simulator)"}`, numbers: { injected, requests: stats.requests } };
        },
        async (base) => {
          sim = base.sim;
          if (!opts.odoo) return { target: base, close: async () => {} };
          proxy = await startFaultProxy({ upstream: base.url, rate: 0, delayMs: 200, seed: 2026 });
          const p = proxy;
          return { target: { ...base, url: p.url }, close: () => p.close() };
        },
      );
    }

    // crash run: kill -9 of `ferry run` at random points, `ferry resume` each time
    if (crashKills > 0) {
      await rerun("crash: kill -9 + resume", async (ft, c) => {
        const runDir = join(work, "crash-runs", "run");
        const cr = await crashAndResume({ source, input, mappingFile: c.mappingFile ?? "", ownersDir, runDir, conn: { url: ft.url, db: ft.db, user: ft.user, apiKey: ft.apiKey }, plexusToken, kills: crashKills, cleanLedgerLines: c.ledgerLines });
        const rec = JSON.parse(await readFile(join(runDir, "reconciliation.json"), "utf8").catch(() => "null")) as Reconciliation | null;
        const problems: string[] = [];
        if (cr.kills < crashKills) problems.push(`only ${cr.kills} of ${crashKills} kills landed before the run finished`);
        if (!cr.finished) problems.push(`the run did not finish after resuming (exit codes ${cr.exitCodes.join(", ")})`);
        if (!rec) problems.push("no reconciliation.json");
        else if (!rec.balanced) problems.push("reconciliation not balanced");
        return {
          rec: rec ?? c.rec,
          runDir,
          halted: !cr.finished,
          ok: cr.finished && Boolean(rec),
          problems,
          ledgerCheck: true,
          summary: `${cr.kills} kills (SIGKILL) at random points over ${cr.attempts} attempts (\`ferry run\`, then \`ferry resume\`), ${cr.finished ? "finished" : "NOT finished"}`,
          numbers: { kills: cr.kills, attempts: cr.attempts },
        };
      });
    } else board.add(source, "crash: kill -9 + resume", "skip", "skipped: --crash-kills 0");

    // Plexus: a run reading the Plexus API (simulator serving the same bundle) with 429 bursts and
    // expired attachment URLs → the same external ids and counts as the bundle run
    if (source === "plexus") {
      await rerun("Plexus API run (429 bursts, expired URLs)", async (ft, c) => {
        const root = join(work, "api-runs");
        await rm(root, { recursive: true, force: true });
        await mkdir(root, { recursive: true });
        await cp(ownersDir, join(root, `owners-${source}`), { recursive: true }).catch(() => undefined);
        const px = await startPlexusSimulator({ token: plexusToken, bundle: input, faults: { rateLimitEvery: 4, rateLimitBurst: 3, retryAfterSeconds: 1, expiredUrls: true } });
        const events: Record<string, number> = {};
        const onEvent = (e: ApiEvent) => {
          const k = e.type === "retry" ? e.reason : e.type;
          events[k] = (events[k] ?? 0) + 1;
        };
        let r;
        try {
          r = await executeRun("run", settingsFor(join(root, "run"), ft), {
            ...(c.mappingFile ? { mappingFile: c.mappingFile } : { approveProposed: true }),
            acceptPhases: new Set(["*"]),
            transformSource: () => openPlexusApi({ baseUrl: px.url, token: plexusToken, allowInsecure: true, retryAfterUnitMs: 5, baseDelayMs: 5, maxRateLimitWaits: 50, workDir: join(root, "api-export"), onEvent }),
          });
        } finally {
          await px.close();
        }
        const problems: string[] = [];
        if (px.stats.rateLimited === 0) problems.push("no 429 answered");
        if ((events.url_refresh ?? 0) === 0) problems.push("no expired attachment URL refreshed");
        if (px.stats.downloadsWithAuth > 0) problems.push(`${px.stats.downloadsWithAuth} downloads carried the Authorization header`);
        return {
          rec: r.reconciliation,
          runDir: r.runDir,
          halted: r.halted,
          ok: problems.length === 0,
          problems,
          compareSourceCounts: false,
          summary: `read from the Plexus API simulator (${px.stats.apiRequests} API requests, ${px.stats.rateLimited} answered 429, ${events.rate_limited ?? 0} retries after 429, ${events.url_refresh ?? 0} expired download URLs refreshed, ${px.stats.downloads} downloads)`,
          numbers: { api_requests: px.stats.apiRequests, rate_limited: px.stats.rateLimited, url_refreshes: events.url_refresh ?? 0, downloads: px.stats.downloads },
        };
      });
    }
  }

  // addon ACLs for a non-manager user
  {
    const ta = Date.now();
    await board.step("all", "addon ACLs (non-manager user)", async () => {
      if (!opts.odoo) {
        board.add("all", "addon ACLs (non-manager user)", "skip", "skipped: the Odoo simulator does not emulate the ferry addon's models or access rules (no ferry.* models in bridge/src/odoo/simulator); checked against a real Odoo with the addon installed", {}, [], ta);
        return;
      }
      const admin = await OdooClient.connect({ url: opts.odoo.url, db: opts.odoo.db, user: opts.odoo.user, apiKey: opts.odoo.password });
      try {
        const r = await checkAddonAcls(admin, opts.odoo, (s) => secrets.push(s));
        board.add("all", "addon ACLs (non-manager user)", r.status, r.summary, { denied: r.denied, attempts: r.attempts }, r.details, ta);
      } finally {
        await admin.close();
      }
    });
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
