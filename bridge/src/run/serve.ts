/**
 * `ferry serve`: the sidecar. Claims runs queued in the Odoo addon (ferry.run.claim_next, leases with
 * heartbeats), downloads the uploaded exports, runs them with the same pipeline as the CLI, and
 * reports progress, ledger rows, rejects and reports back to the addon as it goes.
 */
import { mkdir, writeFile, readFile, readdir } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, join, resolve } from "node:path";
import { FerryError } from "../core/errors.ts";
import type { ObjectReconciliation } from "../core/reconcile.ts";
import { sumValues } from "../core/reconcile.ts";
import { approve } from "../core/mapping/approval.ts";
import { exportMappingJson } from "../core/mapping/document.ts";
import type { MappingDoc } from "../core/mapping/schema.ts";
import { preflight } from "../core/mapping/preflight.ts";
import { openSource } from "./source.ts";
import { readTargetProfile } from "./steps.ts";
import { validateRun } from "./validate.ts";
import { defaultMapping } from "../mappings/index.ts";
import type { Settings } from "../cli/settings.ts";
import { ledgerLines, type LedgerEntry } from "./ledger.ts";
import { redact } from "./secrets.ts";
import { executeRun, targetKey, type RunState } from "./session.ts";
import { executeSample, removeSample, type SampleCleanup } from "./sample.ts";
import { OdooClient } from "../odoo/client.ts";
import { odooConnection } from "../cli/settings.ts";

/** Rows per object in a sample run queued from the wizard. */
const SAMPLE_SIZE = 20;

/** The run dict `ferry.run.claim_next` returns (docs/addon.md). */
export interface ClaimedRun {
  id: number;
  name: string;
  run_type: "audit" | "sample" | "full" | "delta" | "rollback";
  attempts: number;
  since: string | false;
  accepted_phases: string[];
  project: {
    id: number;
    name: string;
    source_system: "plexus" | "planplus";
    scope: string[];
    fallback_owner: string | false;
    batch_size: number;
    rate_cap: number;
    reject_threshold_pct: number;
  };
  mappings: { id: number; source_object: string; state: string; content_hash: string | false; approved_by: string | false; approved_at: string | false }[];
  source_files: { id: number; name: string; attachment_id: number; detected_object: string | false }[];
}

/** The addon's RPC surface used by the sidecar. */
export interface AddonApi {
  claimNext(workerId: string, leaseSeconds: number): Promise<ClaimedRun | false>;
  heartbeat(runId: number, workerId: string): Promise<{ ok: boolean; state: string }>;
  reportProgress(runId: number, phase: string, counters: Record<string, unknown>, workerId: string): Promise<void>;
  /** Rows may carry `seq` (line number in the local ledger.jsonl): the addon skips a (run, seq) it has already. */
  appendLedger(runId: number, rows: (LedgerEntry & { seq?: number })[], workerId: string): Promise<void>;
  /** Highest `seq` of the local run `bridgeRun` the addon holds (0: none); every line up to it is there. */
  ledgerAcknowledged(runId: number, bridgeRun: string, workerId: string): Promise<number>;
  appendRejects(runId: number, rows: Record<string, unknown>[], workerId: string): Promise<void>;
  attachReport(runId: number, name: string, base64: string, workerId: string): Promise<void>;
  markDone(runId: number, summary: unknown, workerId: string): Promise<void>;
  markFailed(runId: number, message: string, workerId: string): Promise<void>;
  markHalted(runId: number, phase: string, message: string, workerId: string): Promise<void>;
  readAttachment(attachmentId: number): Promise<Buffer>;
}

export function addonApi(client: OdooClient): AddonApi {
  const call = <T>(method: string, args: unknown[], kwargs: Record<string, unknown> = {}) => client.executeKw<T>("ferry.run", method, args, kwargs);
  return {
    claimNext: (w, lease) => call<ClaimedRun | false>("claim_next", [w, lease]),
    heartbeat: (id, w) => call<{ ok: boolean; state: string }>("heartbeat", [id, w]),
    reportProgress: async (id, phase, counters, w) => void (await call("report_progress", [id, phase, counters], { worker_id: w })),
    appendLedger: async (id, rows, w) => void (await call("append_ledger", [id, rows], { worker_id: w })),
    ledgerAcknowledged: (id, bridgeRun, w) => call<number>("ledger_acknowledged", [id, bridgeRun], { worker_id: w }),
    appendRejects: async (id, rows, w) => void (await call("append_rejects", [id, rows], { worker_id: w })),
    attachReport: async (id, name, b64, w) => void (await call("attach_report", [id, name, b64], { worker_id: w })),
    markDone: async (id, summary, w) => void (await call("mark_done", [id, summary], { worker_id: w })),
    markFailed: async (id, message, w) => void (await call("mark_failed", [id, message], { worker_id: w })),
    markHalted: async (id, phase, message, w) => void (await call("mark_halted", [id, phase, message], { worker_id: w })),
    readAttachment: async (attId) => {
      const [row] = await client.read<{ datas: string | false }>("ir.attachment", [attId], ["datas"]);
      if (!row || !row.datas) throw new FerryError("file_missing", `attachment ${attId} has no content`);
      return Buffer.from(row.datas, "base64");
    },
  };
}

/**
 * The mapping restricted to the objects this run has files for (plus the objects they depend on),
 * when every uploaded file names its object. Objects without a file load nothing anyway, but their
 * custom fields would still be provisioned: on a real Odoo each model's fields cost a registry
 * reload (3–8 s), and a PlanPlus contacts upload provisioned ten models instead of one. A bundle
 * (.zip) or an undetected file keeps the whole mapping.
 */
export function scopeMapping(doc: MappingDoc, run: Pick<ClaimedRun, "source_files" | "mappings">): MappingDoc {
  const named = run.source_files.map((f) => f.detected_object);
  if (named.length === 0 || named.some((o) => !o)) return doc;
  const byName = new Map(doc.objects.map((o) => [o.object, o]));
  const keep = new Set<string>();
  const add = (o: string): void => {
    if (keep.has(o) || !byName.has(o)) return;
    keep.add(o);
    for (const d of byName.get(o)?.dependsOn ?? []) add(d);
  };
  for (const o of [...(named as string[]), ...run.mappings.map((m) => m.source_object)]) add(o);
  return { ...doc, objects: doc.objects.filter((o) => keep.has(o.object)) };
}

/**
 * The post-run checks of `ferry validate` (empty links where the source had a value, custom-field
 * fill rates) in the run summary's shape the wizard's Reconciliation step reads
 * (`null_fk: [{check, count}]`, `fill_rates: [{field, source, odoo}]` as ratios).
 */
async function validationChecks(settings: Settings, doc: MappingDoc, runDir: string): Promise<Record<string, unknown>> {
  const conn = odooConnection(settings);
  if (!conn) return {};
  const client = await OdooClient.connect(conn);
  try {
    const profile = await readTargetProfile(client, doc);
    const variants = new Map(preflight(doc, profile).variants.map((v) => [v.object, v.variant]));
    const exp = await openSource(settings);
    const report = await validateRun({ client, runDir, doc, profile, variants, exp });
    return {
      null_fk: report.null_fk.map((c) => ({ check: `${c.label} (${c.checked} checked)`, count: c.empty })),
      fill_rates: report.fill_rates.map((f) => ({ field: `${f.model}.${f.field}`, source: f.source_rows ? f.source_filled / f.source_rows : 0, odoo: f.odoo_records ? f.odoo_filled / f.odoo_records : 0 })),
    };
  } finally {
    await client.close();
  }
}

function counters(o: ObjectReconciliation, state: string): Record<string, unknown> {
  return { source: o.source_count, landed: o.loaded + o.merged + o.documented + o.validated, rejected: sumValues(o.rejected), skipped: sumValues(o.skipped), state };
}

/**
 * The work folder of an addon run, and the state of an earlier claim to continue in it. A run queued
 * again (an accepted gate, Resume after a pause, an expired lease) continues in the folder of its
 * earlier claim: the newest `odoo-run-<id>[-<n>]` folder whose run went to the same Odoo database
 * (older versions made one `odoo-run-<id>-<attempt>` folder per claim). A first claim never reuses a
 * folder (a database re-created from a template hands out the same run ids again): it gets
 * `odoo-run-<id>`, or a fresh `odoo-run-<id>-<timestamp>` when that name is taken.
 */
export async function runWorkDir(workRoot: string, run: Pick<ClaimedRun, "id" | "attempts">, target: string): Promise<{ dir: string; earlier?: RunState }> {
  const names = (await readdir(workRoot).catch(() => [] as string[])).filter((n) => n === `odoo-run-${run.id}` || new RegExp(`^odoo-run-${run.id}-\\d+$`).test(n));
  const primary = resolve(workRoot, `odoo-run-${run.id}`);
  if (run.attempts > 1) {
    let best: { dir: string; state: RunState } | undefined;
    for (const n of names) {
      const dir = resolve(workRoot, n);
      const state = await readFile(join(dir, "run", "run.json"), "utf8").then((t) => JSON.parse(t) as RunState, () => undefined);
      if (!state || state.mode !== "run" || state.kind || !state.run || !state.started_at || state.target !== target) continue;
      if (!best || state.started_at > best.state.started_at) best = { dir, state };
    }
    if (best) return { dir: best.dir, earlier: best.state };
  }
  return { dir: names.includes(`odoo-run-${run.id}`) ? resolve(workRoot, `odoo-run-${run.id}-${Date.now()}`) : primary };
}

/** Lines per `append_ledger` call when re-sending. */
const RESEND_BATCH = 500;

/**
 * Mirroring is resumable: each line goes to the addon with its line number (`seq`) in the local
 * ledger, the addon skips lines it holds already, and on every claim the lines after the last one
 * the addon acknowledges are re-sent — a sidecar that died after a line became durable locally and
 * before (or while) it was mirrored loses nothing and doubles nothing. Streams the local ledger.
 * Returns false when the addon is an older version without line numbers (mirrored as before).
 */
export async function resendLedger(api: AddonApi, runId: number, workerId: string, bridgeRun: string, ledgerPath: string, log: (line: string) => void = () => undefined): Promise<boolean> {
  let acked: number;
  try {
    acked = await api.ledgerAcknowledged(runId, bridgeRun, workerId);
  } catch (e) {
    log(`run ${runId}: the addon does not number ledger lines (${redact((e as Error).message)}); lines are mirrored without re-sending after a crash`);
    return false;
  }
  let batch: (LedgerEntry & { seq: number })[] = [];
  let sent = 0;
  for await (const { seq, entry } of ledgerLines(ledgerPath)) {
    if (seq <= acked) continue;
    batch.push({ ...entry, seq });
    if (batch.length >= RESEND_BATCH) {
      await api.appendLedger(runId, batch, workerId);
      sent += batch.length;
      batch = [];
    }
  }
  if (batch.length) await api.appendLedger(runId, batch, workerId);
  sent += batch.length;
  if (sent) log(`run ${runId}: re-sent ${sent} ledger lines the addon did not have (after line ${acked})`);
  return true;
}

/** Processes one claimed run end to end; never throws (failures are reported to the addon). */
export async function processRun(
  api: AddonApi,
  run: ClaimedRun,
  base: Settings,
  opts: { workerId: string; workRoot: string; leaseSeconds: number; log?: (line: string) => void },
): Promise<"done" | "halted" | "failed"> {
  const log = opts.log ?? (() => undefined);
  const w = opts.workerId;
  const { dir, earlier } = await runWorkDir(opts.workRoot, run, targetKey(base));
  const abort = new AbortController();
  const beat = setInterval(() => {
    api
      .heartbeat(run.id, w)
      .then((h) => {
        if (!h.ok) abort.abort(`the run is ${h.state} in Odoo`);
      })
      .catch((e: unknown) => log(`heartbeat failed: ${redact((e as Error).message)}`));
  }, Math.max(1000, (opts.leaseSeconds * 1000) / 3));
  try {
    if (run.run_type !== "full" && run.run_type !== "sample") {
      throw new FerryError("unsupported", `run type "${run.run_type}" is not handled by this sidecar yet (full and sample runs are); use the CLI for it`);
    }
    // The approval gate, as in the CLI: every mapping of the run approved in Odoo.
    if (run.mappings.length === 0) throw new FerryError("mapping_unapproved", "the project has no mapping; propose and approve it in the wizard first");
    const unapproved = run.mappings.filter((m) => m.state !== "approved");
    if (unapproved.length) throw new FerryError("mapping_unapproved", `mapping not approved: ${unapproved.map((m) => m.source_object).join(", ")}`);
    const approver = run.mappings.map((m) => m.approved_by).find(Boolean) || "Odoo user";

    // Source files: the uploaded attachments, written to the run's work folder.
    const input = join(dir, "input");
    await mkdir(input, { recursive: true });
    if (run.source_files.length === 0) throw new FerryError("usage", "the project has no uploaded export files");
    for (const f of run.source_files) await writeFile(join(input, basename(f.name)), await api.readAttachment(f.attachment_id));
    const zip = run.source_files.length === 1 && /\.zip$/i.test(run.source_files[0]?.name ?? "");
    const doc = approve(scopeMapping(defaultMapping(run.project.source_system), run), `${approver} (approved in Odoo)`);
    const mappingFile = join(dir, "mapping.json");
    await writeFile(mappingFile, exportMappingJson(doc));

    const settings: Settings = {
      ...base,
      source: run.project.source_system,
      input: zip ? join(input, basename(run.source_files[0]?.name ?? "")) : input,
      out: join(dir, "run"),
      ...(run.project.fallback_owner ? { fallbackOwner: run.project.fallback_owner } : {}),
    };
    const rejects: Record<string, unknown>[] = [];
    const flushRejects = async () => {
      if (!rejects.length) return;
      await api.appendRejects(run.id, rejects.splice(0), w);
    };
    const lastReport = new Map<string, number>();
    let current: { object: string; counts: ObjectReconciliation } | undefined;
    let progressChain: Promise<void> = Promise.resolve();
    log(`run ${run.id} (${run.name}): ${run.project.source_system} into Odoo (${run.run_type})`);
    if (run.run_type === "sample") {
      // A connected slice is loaded, read back and diffed field by field, then removed again:
      // a sample must not stay in the database.
      const t0 = Date.now();
      const sample = await executeSample(settings, { mappingFile, size: SAMPLE_SIZE, acceptPhases: new Set(["*"]), signal: abort.signal });
      const t1 = Date.now();
      let cleanup: SampleCleanup | undefined;
      const conn = odooConnection(settings);
      if (conn) {
        const client = await OdooClient.connect(conn);
        try {
          cleanup = await removeSample(client, sample.runDir);
        } finally {
          await client.close();
        }
      }
      log(`run ${run.id}: sample loaded and read back in ${((t1 - t0) / 1000).toFixed(1)} s, removed in ${((Date.now() - t1) / 1000).toFixed(1)} s${cleanup ? ` (${cleanup.deleted} deleted, ${cleanup.archived} archived, ${cleanup.restored} restored, ${cleanup.failed.length} failed; ${cleanup.kept_custom_fields.length} custom fields kept for the full run)` : ""}`);
      for (const o of sample.reconciliation.objects) await api.reportProgress(run.id, o.object, counters(o, "done"), w);
      for (const path of [sample.csvPath, sample.htmlPath, sample.reportPath, join(sample.runDir, "sample_cleanup.json")]) {
        const data = await readFile(path).catch(() => undefined);
        if (data) await api.attachReport(run.id, basename(path), data.toString("base64"), w);
      }
      await api.markDone(run.id, { ...sample.reconciliation, kind: "sample", diff: sample.diff, ...(cleanup ? { cleanup } : {}) }, w);
      log(`run ${run.id}: sample done (${sample.diff ? "diff attached" : "no diff"})`);
      return "done";
    }
    // Claimed again (gate accepted, resumed after a pause, lease expired): continue the same run in
    // the same folder, as `ferry resume` does. Rows its earlier claims loaded are recognised from
    // its own ledger and not written again (a replay into a fresh folder rewrote every row as an
    // update: the ledger doubled and rollback listed the run's own creates as records to restore).
    if (earlier) log(`run ${run.id}: continuing ${earlier.run} (claim ${run.attempts}; accepted: ${run.accepted_phases.join(", ") || "none"})`);
    const bridgeRun = earlier?.run ?? `odoo-${run.id}-${run.attempts}`;
    const keyed = await resendLedger(api, run.id, w, bridgeRun, join(settings.out ?? "", "ledger.jsonl"), log);
    const result = await executeRun("run", settings, {
      mappingFile,
      ...(earlier ? { resume: { run: earlier.run, started_at: earlier.started_at, ...(earlier.floors ? { floors: earlier.floors } : {}) } } : { runId: bridgeRun }),
      addonRun: { id: run.id, workerId: w }, // source creation times go to create_date through the addon (mapping.md §1.6)
      batchSize: run.project.batch_size || 500,
      gateThreshold: (run.project.reject_threshold_pct || 1) / 100,
      acceptPhases: new Set([...(earlier?.options.acceptPhases ?? []), ...(run.accepted_phases ?? [])]),
      signal: abort.signal,
      ledgerMirror: async (entries, firstSeq) => {
        await api.appendLedger(run.id, keyed ? entries.map((e, i) => ({ ...e, seq: firstSeq + i })) : [...entries], w);
        await flushRejects();
      },
      onRejectRow: (r) => {
        if (r.outcome !== "rejected") return;
        rejects.push({ source_object: r.origin.object, source_file: r.origin.file, source_row: r.origin.row, source_id: r.id ?? "", field: r.field ?? "", code: r.code, reason: r.message });
      },
      onProgress: (object, counts) => {
        // One report at a time, in order: the addon creates a phase line on its first report, and
        // two concurrent first reports of a phase collide on its unique (run, phase) constraint.
        const report = (o: string, c: ObjectReconciliation, state: string): void => {
          const values = counters(c, state);
          progressChain = progressChain.then(() => api.reportProgress(run.id, o, values, w)).catch((e: unknown) => log(`progress: ${redact((e as Error).message)}`));
        };
        // Objects run one after the other: when the next one starts, the previous one is finished
        // (its last counts, which the 1 s throttle may have held back).
        if (current && current.object !== object) report(current.object, current.counts, "done");
        current = { object, counts: structuredClone(counts) };
        const now = Date.now();
        if (now - (lastReport.get(object) ?? 0) < 1000) return;
        lastReport.set(object, now);
        report(object, counts, "running");
      },
    });
    await flushRejects();
    await progressChain;
    for (const o of result.reconciliation.objects) {
      await api.reportProgress(run.id, o.object, counters(o, result.halted && result.reconciliation.halted?.object === o.object ? "halted" : "done"), w);
    }
    for (const name of ["report.html", "reconciliation.json", "rejected_rows.csv", "flagged_rows.csv"]) {
      const data = await readFile(join(result.runDir, name)).catch(() => undefined);
      if (data) await api.attachReport(run.id, name, data.toString("base64"), w);
    }
    if (result.halted && result.reconciliation.halted) {
      await api.markHalted(run.id, result.reconciliation.halted.object, result.reconciliation.halted.reasons.join("; "), w);
      log(`run ${run.id}: halted at ${result.reconciliation.halted.object}`);
      return "halted";
    }
    const checks = await validationChecks(settings, doc, result.runDir).catch((e: unknown) => {
      log(`run ${run.id}: validation checks skipped: ${redact((e as Error).message)}`);
      return {};
    });
    await api.markDone(run.id, { ...result.reconciliation, ...checks }, w);
    log(`run ${run.id}: done`);
    return "done";
  } catch (e) {
    const message = redact((e as Error).message ?? String(e));
    log(`run ${run.id}: failed: ${message}`);
    await api.markFailed(run.id, message, w).catch(() => undefined);
    return "failed";
  } finally {
    clearInterval(beat);
  }
}

export interface ServeOptions {
  workerId?: string;
  workRoot?: string;
  leaseSeconds?: number;
  pollSeconds?: number;
  /** Process at most this many runs, then return (tests, cron-style use). */
  maxRuns?: number;
  /** Return when no run is queued instead of polling. */
  once?: boolean;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

export async function serve(api: AddonApi, settings: Settings, opts: ServeOptions = {}): Promise<{ processed: { id: number; result: string }[] }> {
  const workerId = opts.workerId ?? `${hostname()}:${process.pid}`;
  const leaseSeconds = opts.leaseSeconds ?? 300;
  const processed: { id: number; result: string }[] = [];
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  log(`ferry serve: worker ${workerId}, polling for queued runs`);
  while (!opts.signal?.aborted) {
    const run = await api.claimNext(workerId, leaseSeconds);
    if (!run) {
      if (opts.once) break;
      await new Promise((r) => setTimeout(r, (opts.pollSeconds ?? 5) * 1000));
      continue;
    }
    const result = await processRun(api, run, settings, { workerId, workRoot: opts.workRoot ?? "runs", leaseSeconds, log });
    processed.push({ id: run.id, result });
    if (opts.maxRuns !== undefined && processed.length >= opts.maxRuns) break;
  }
  return { processed };
}
