/**
 * One invocation of `ferry plan` or `ferry run`: opens the source, connects the sink (a real Odoo,
 * or a scratch simulator for `plan`), runs the phased pipeline and writes the run folder:
 * ledger.jsonl, rejected_rows.csv, flagged_rows.csv, reconciliation.json, report.html (+ plan.json).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { FerryError } from "../core/errors.ts";
import type { ObjectReconciliation } from "../core/reconcile.ts";
import { isBalanced } from "../core/reconcile.ts";
import { renderReport } from "../core/report-html.ts";
import { XMLID_MODULE } from "../core/xmlid.ts";
import { OdooClient } from "../odoo/client.ts";
import { defaultFieldsDir, startSimulator } from "../odoo/simulator/index.ts";
import type { Settings } from "../cli/settings.ts";
import { odooConnection } from "../cli/settings.ts";
import { openSource } from "./source.ts";
import { PROFILE_MODELS, buildSteps } from "./steps.ts";
import { Ledger, ledgerLines, loadedRowIndex, type LedgerEntry, type LedgerMirror } from "./ledger.ts";
import { RowReports } from "./reports.ts";
import { runPipeline } from "./pipeline.ts";
import { odooSink } from "./sink.ts";
import type { Sink } from "./pipeline.ts";
import type { SourceExport } from "../sources/types.ts";
import { safeJson } from "./secrets.ts";
import { CustomFieldProvisioner, SOURCE_CREATED_FIELD, provisionSteps, schemaOutputs, sourceCreatedFields, type ProvisionResult } from "./provision.ts";
import { binaryResolver } from "./binary.ts";
import { checkOwnersResolved } from "./owners.ts";
import { readFile } from "node:fs/promises";
import type { CustomField, MappingDoc } from "../core/mapping/schema.ts";
import type { MapOutput } from "../core/mapping/types.ts";
import type { ObjectStep } from "./pipeline.ts";
import { approve, checkApproved } from "../core/mapping/approval.ts";
import { importMappingJson } from "../core/mapping/document.ts";
import { defaultMapping } from "../mappings/index.ts";

/**
 * The approval gate: `plan` may use the proposed (draft) mapping; `run` needs an approved mapping
 * whose content is unchanged since approval, or `--approve-proposed`.
 */
export async function loadMapping(mode: RunMode, settings: Settings, opts: RunOptions): Promise<MappingDoc> {
  const source = settings.source as "plexus" | "planplus";
  if (opts.mappingFile) {
    let doc: MappingDoc;
    try {
      doc = importMappingJson(await readFile(opts.mappingFile, "utf8"));
    } catch (e) {
      throw new FerryError("usage", `cannot read mapping ${opts.mappingFile}: ${(e as Error).message}`, { file: opts.mappingFile });
    }
    if (doc.source !== source) throw new FerryError("usage", `mapping ${opts.mappingFile} is for ${doc.source}, not ${source}`, { file: opts.mappingFile });
    if (mode !== "plan") {
      const check = checkApproved(doc);
      if (!check.ok) {
        throw new FerryError("mapping_unapproved", `${check.reason}${check.changes.length ? `: ${check.changes.join("; ")}` : ""} — review it and run \`ferry map approve ${opts.mappingFile} --by <name>\``, { file: opts.mappingFile });
      }
    }
    return doc;
  }
  if (mode === "plan") return defaultMapping(source);
  if (opts.approveProposed) return approve(defaultMapping(source), `${settings.user ?? "odoo user"} (--approve-proposed)`);
  throw new FerryError("mapping_unapproved", "no approved mapping: pass --mapping <approved mapping.json> (ferry map propose, review, ferry map approve) or --approve-proposed");
}

export type RunMode = "plan" | "run";

export interface RunOptions {
  /** Approved mapping document file (required for `run` unless approveProposed). */
  mappingFile?: string;
  /** Propose + approve in one step, recorded as approved by the Odoo user running it (scripted runs). */
  approveProposed?: boolean;
  batchSize?: number;
  acceptPhases?: ReadonlySet<string>;
  gateThreshold?: number;
  runId?: string;
  onProgress?: (object: string, counts: ObjectReconciliation) => void;
  /** Mirrors each durable ledger batch (the addon's ferry.ledger); `firstSeq`: its first line's number in ledger.jsonl. */
  ledgerMirror?: LedgerMirror;
  /** Receives each rejected/skipped row. */
  onRejectRow?: RowReports["onRow"];
  signal?: AbortSignal;
  /** Attachments larger than this are rejected (`file_too_large`); default 25 MB. */
  maxAttachmentBytes?: number;
  /** Continue a stopped or crashed run (same run id, folder and start time). */
  resume?: { run: string; started_at: string; floors?: IdFloors };
  /** Run kind recorded in reconciliation.json (`ferry delta`, `ferry sample`, `ferry provision`); default full. */
  kind?: "full" | "delta" | "sample" | "provision";
  /**
   * The addon's run this execution reports to (`ferry serve`): source creation times are then set
   * on `create_date` by the addon (`ferry.run.set_source_create_dates`, mapping.md §1.6) for records
   * whose creation the ledger mirror has already reported. Without it they go to the visible field
   * `x_ferry_source_created` ("Created in source").
   */
  addonRun?: { id: number; workerId?: string };
  /** Keep source creation times (mapping.md §1.6 `preserve_create_date`); default true. */
  preserveCreateDate?: boolean;
  /** Replaces the opened export (e.g. `ferry sample` keeps a connected slice). */
  transformSource?: (exp: SourceExport) => SourceExport | Promise<SourceExport>;
  /** Wraps the Odoo sink (e.g. `ferry delta` holds back writes that would overwrite edits made in Odoo). */
  wrapSink?: (sink: Sink, client: OdooClient) => Sink;
  /** Write every row even when an earlier run loaded the same content (`ferry sample` reads every sampled record back). */
  reloadAll?: boolean;
  /** Runs after the load, before reconciliation.json is written; returned keys are added to it. */
  afterLoad?: (ctx: { client: OdooClient; ledger?: Ledger; runDir: string; runId: string; exp: SourceExport; objects: ObjectReconciliation[] }) => Promise<Record<string, unknown> | void>;
}

/** The run options `ferry sample` and `ferry delta` pass through to the underlying run. */
export type PassedRunOptions = Pick<RunOptions, "mappingFile" | "approveProposed" | "batchSize" | "acceptPhases" | "gateThreshold" | "onProgress" | "signal">;

/** The options a sample/delta caller set, without undefined keys (exactOptionalPropertyTypes). */
export function passRunOptions(opts: PassedRunOptions): PassedRunOptions {
  return {
    ...(opts.mappingFile ? { mappingFile: opts.mappingFile } : {}),
    ...(opts.approveProposed ? { approveProposed: true } : {}),
    ...(opts.batchSize ? { batchSize: opts.batchSize } : {}),
    ...(opts.acceptPhases ? { acceptPhases: opts.acceptPhases } : {}),
    ...(opts.gateThreshold !== undefined ? { gateThreshold: opts.gateThreshold } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  };
}

/** run.json: what a run was started with (no secrets), for `ferry resume` and `ferry status`. */
export interface RunState {
  run: string;
  mode: RunMode;
  started_at: string;
  finished_at?: string;
  settings: Partial<Settings>;
  /** Odoo the run wrote to (URL + database): the loaded-row index only trusts runs into the same one. */
  target: string | null;
  options: { mappingFile?: string; approveProposed?: boolean; batchSize?: number; acceptPhases: string[]; gateThreshold?: number };
  status: "running" | "done" | "halted";
  /** `ferry delta` / `ferry sample` / `ferry provision` runs (absent = full run). */
  kind?: "delta" | "sample" | "provision";
  /** Highest ids before the first write (full runs): `ferry resume` recovers what lies above them. */
  floors?: IdFloors;
}

/**
 * Highest record id per model before a run's first write (run.json `floors`): whatever a crashed
 * attempt of the run created lies above them. Ids come from Odoo's sequences, so unlike
 * `create_date` they do not depend on the clocks of Odoo and the bridge, nor on second-granularity
 * timestamps (records another run — `ferry provision` — created in the same second as this run's
 * start are not this run's).
 */
export type IdFloors = Record<string, number>;

/** {@link IdFloors} of `ir.model.data` and of the installed models among `models`. */
export async function idFloors(client: OdooClient, models: Iterable<string>): Promise<IdFloors> {
  const wanted = [...new Set(models)].filter((m) => m !== "ir.model.data");
  const installed = (await client.searchRead<{ model: string }>("ir.model", [["model", "in", wanted]], { fields: ["model"] })).map((m) => m.model).sort();
  const floors: IdFloors = {};
  for (const m of ["ir.model.data", ...installed]) {
    const [top] = await client.search(m, [], { limit: 1, order: "id desc", context: { active_test: false } });
    floors[m] = top ?? 0;
  }
  return floors;
}

/**
 * After a crash, records may exist in Odoo whose ledger lines never became durable (the process died
 * between Odoo's commit and the fsync). They are found by their external ids (ours, created since
 * the run started and not ledgered by it) and ledgered as creates of this run, so a rollback still
 * removes them. Since the run started means: above the run's {@link IdFloors} (ids of
 * `ir.model.data` and of the record's model); runs started before floors were recorded fall back
 * to `create_date` ≥ the start (second precision).
 */
export async function recoverLedger(client: OdooClient, ledger: Ledger, runId: string, source: "plexus" | "planplus", startedAt: string, floors?: IdFloors): Promise<number> {
  const known = new Set<string>();
  // A record can carry several of our external ids (find-or-create matched one we made earlier): one create is enough.
  const knownRecords = new Set<string>();
  for await (const { entry: e } of ledgerLines(ledger.path)) {
    if (e.operation !== "create") continue;
    if (e.xmlid) known.add(e.xmlid);
    knownRecords.add(`${e.model}:${e.res_id}`);
  }
  const since = startedAt.replace("T", " ").replace(/\..*$/, "").replace("Z", "");
  const module = XMLID_MODULE[source];
  const xmlidFloor = floors?.["ir.model.data"];
  const rows = await client.searchRead<{ name: string; model: string; res_id: number }>(
    "ir.model.data",
    [["module", "=", module], xmlidFloor !== undefined ? ["id", ">", xmlidFloor] : ["create_date", ">=", since]],
    { fields: ["name", "model", "res_id"], order: "id" },
  );
  const time = new Date().toISOString();
  // Odoo names the records it makes along with ours after them (`<ours>_product_template` for an
  // _inherits parent, `<ours>_mail_alias`): not loaded by us, not ledgered by a clean run either.
  const ours = new Set([...known, ...rows.map((r) => `${module}.${r.name}`)]);
  const companion = (r: { name: string; model: string }): boolean => {
    const suffix = `_${r.model.replace(/\./g, "_")}`;
    return r.name.endsWith(suffix) && ours.has(`${module}.${r.name.slice(0, -suffix.length)}`);
  };
  // Only records that were themselves created since the start (not older records given our id now).
  const candidates = rows.filter((r) => !known.has(`${module}.${r.name}`) && !knownRecords.has(`${r.model}:${r.res_id}`) && !companion(r));
  const fresh = new Set<string>();
  const byModel = new Map<string, number[]>();
  for (const r of candidates) byModel.set(r.model, [...(byModel.get(r.model) ?? []), r.res_id]);
  for (const [model, ids] of byModel) {
    const floor = floors?.[model];
    if (floor !== undefined) {
      const exist = await client.search(model, [["id", "in", ids.filter((id) => id > floor)]], { context: { active_test: false } });
      for (const id of exist) fresh.add(`${model}:${id}`);
      continue;
    }
    const recs = await client.read<{ id: number; create_date: string }>(model, ids, ["create_date"], { active_test: false });
    for (const rec of recs) if (rec.create_date >= since) fresh.add(`${model}:${rec.id}`);
  }
  const missing: LedgerEntry[] = candidates
    .filter((r) => fresh.has(`${r.model}:${r.res_id}`) && !knownRecords.has(`${r.model}:${r.res_id}`) && Boolean(knownRecords.add(`${r.model}:${r.res_id}`)))
    .map((r) => ({ run: runId, phase: "resume", source, object: "(recovered after a crash)", source_id: null, source_row: 0, model: r.model, res_id: r.res_id, xmlid: `${module}.${r.name}`, operation: "create", outcome: "loaded", code: "recovered", time }));
  await ledger.append(missing);
  return missing.length;
}

/** `ferry resume RUN_DIR`: re-executes the run in its folder; rows already loaded are recognised and not written twice. */
export async function resumeRun(runDir: string, overrides: Partial<Settings>, extra: Pick<RunOptions, "acceptPhases"> = {}): Promise<RunResult> {
  let state: RunState;
  try {
    state = JSON.parse(await readFile(join(runDir, "run.json"), "utf8")) as RunState;
  } catch (e) {
    throw new FerryError("usage", `${runDir} is not a run folder (no readable run.json): ${(e as Error).message}`, { file: join(runDir, "run.json") });
  }
  if (state.kind) throw new FerryError("usage", `${runDir} is a \`ferry ${state.kind}\` run: run \`ferry ${state.kind}\` again into a new run folder under the same runs root (rows it already loaded count as unchanged)`);
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined && v !== false));
  const settings = { ...state.settings, ...defined, out: runDir } as Settings;
  const accept = new Set([...state.options.acceptPhases, ...(extra.acceptPhases ?? [])]);
  return executeRun(state.mode, settings, {
    ...(state.options.mappingFile ? { mappingFile: state.options.mappingFile } : {}),
    ...(state.options.approveProposed ? { approveProposed: true } : {}),
    ...(state.options.batchSize ? { batchSize: state.options.batchSize } : {}),
    ...(state.options.gateThreshold !== undefined ? { gateThreshold: state.options.gateThreshold } : {}),
    acceptPhases: accept,
    resume: { run: state.run, started_at: state.started_at, ...(state.floors ? { floors: state.floors } : {}) },
  });
}

export interface Reconciliation {
  source: string;
  run: string;
  kind: "full" | "delta" | "sample" | "plan" | "provision";
  target: string;
  started_at: string;
  finished_at: string;
  objects: ObjectReconciliation[];
  odoo_records: Record<string, number>;
  created: Record<string, number>;
  halted?: { object: string; reasons: string[] };
  balanced: boolean;
  /** How source creation times were kept (mapping.md §1.6). */
  source_created?: { mode: "create_date" | "field" | "off"; field?: string; set: number; refused: number };
  warnings: string[];
}

export interface RunResult {
  runDir: string;
  reportPath: string;
  reconciliation: Reconciliation;
  halted: boolean;
  /** `ferry provision` only. */
  provision?: ProvisionResult;
}

/**
 * Read-only copy of a target database's schema for `plan --odoo`: fields_get of the models Ferry
 * writes and the installed modules, in the simulator's recording format.
 */
async function snapshotTargetSchema(conn: { url: string; db: string; user: string; apiKey: string }, dir: string): Promise<string> {
  const client = await OdooClient.connect(conn);
  try {
    await mkdir(dir, { recursive: true });
    const models = (await client.searchRead<{ model: string }>("ir.model", [["model", "in", [...PROFILE_MODELS]]], { fields: ["model"] })).map((m) => m.model);
    for (const m of models) {
      const fields = await client.executeKw<Record<string, unknown>>(m, "fields_get", [], { attributes: ["string", "type", "required", "readonly", "relation", "selection", "store", "related"] });
      await writeFile(join(dir, `${m}.json`), JSON.stringify(fields));
    }
    const mods = await client.searchRead<{ name: string; latest_version: string | false }>("ir.module.module", [["state", "=", "installed"]], { fields: ["name", "latest_version"] });
    await writeFile(join(dir, "versions.json"), JSON.stringify({ version: client.version, installed_modules: mods.map((m) => ({ name: m.name, latest_version: m.latest_version || "" })) }));
    return dir;
  } finally {
    await client.close();
  }
}

/** Which Odoo a run writes to: URL (without trailing slash) and database. */
export function targetKey(settings: Settings): string {
  return `${(settings.odooUrl ?? "").replace(/\/+$/, "")}|${settings.db ?? ""}`;
}

export function newRunId(source: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
  return `${stamp}-${source}-${Math.random().toString(36).slice(2, 6)}`;
}

export async function executeRun(mode: RunMode, settings: Settings, opts: RunOptions = {}): Promise<RunResult> {
  if (!settings.source) throw new FerryError("usage", "--source plexus|planplus is required");
  if (!settings.input) throw new FerryError("usage", "--input <folder or zip> is required (reading the Plexus API directly: use `ferry export` first)");
  const conn = odooConnection(settings);
  if (mode === "run" && !conn) throw new FerryError("usage", "`ferry run` needs --odoo, --db, --user and --api-key (or FERRY_ODOO_* env vars)");

  const runId = opts.resume?.run ?? opts.runId ?? newRunId(settings.source);
  const runDir = resolve(settings.out ?? join("runs", runId));
  await mkdir(runDir, { recursive: true });
  const startedAt = opts.resume?.started_at ?? new Date().toISOString();
  // What `ferry resume` needs to continue this run (no secrets: the key comes from flags/env again).
  const state: RunState = {
    run: runId,
    mode,
    started_at: startedAt,
    settings: { ...settings, apiKey: undefined, plexusToken: undefined, out: runDir },
    target: mode === "run" && settings.odooUrl ? targetKey(settings) : null,
    options: {
      ...(opts.mappingFile ? { mappingFile: resolve(opts.mappingFile) } : {}),
      ...(opts.approveProposed ? { approveProposed: true } : {}),
      ...(opts.batchSize ? { batchSize: opts.batchSize } : {}),
      acceptPhases: [...(opts.acceptPhases ?? [])],
      ...(opts.gateThreshold !== undefined ? { gateThreshold: opts.gateThreshold } : {}),
    },
    status: "running",
    ...(opts.kind && opts.kind !== "full" ? { kind: opts.kind } : {}),
    ...(opts.resume?.floors ? { floors: opts.resume.floors } : {}),
  };
  // run.json holds no secret (key and token removed above); written verbatim so that a login that
  // happens to equal a password is not masked into something resume cannot use.
  await writeFile(join(runDir, "run.json"), `${JSON.stringify(state, null, 2)}\n`);

  const opened = await openSource(settings);
  const source = opts.transformSource ? await opts.transformSource(opened) : opened;
  let simulator: Awaited<ReturnType<typeof startSimulator>> | undefined;
  let client: OdooClient;
  let target: string;
  if (mode === "plan") {
    // A dry run loads into a throw-away simulator, so Odoo's own validation (types, selections,
    // required fields, relations) decides "would land" exactly as it would for real. With --odoo,
    // the simulator takes that database's field definitions and installed modules (read only).
    const fieldsDirs = conn ? [defaultFieldsDir(), await snapshotTargetSchema(conn, join(runDir, ".target-schema"))] : undefined;
    simulator = await startSimulator({ port: 0, ...(fieldsDirs ? { fieldsDir: fieldsDirs } : {}) });
    client = await OdooClient.connect({ url: simulator.url, db: simulator.db, user: simulator.user, apiKey: simulator.apiKey });
    target = conn
      ? `dry run (scratch simulator with the fields and modules of ${conn.url} db ${conn.db}; nothing written to any Odoo)`
      : "dry run (scratch Odoo 18 simulator; nothing written to any Odoo)";
  } else {
    client = await OdooClient.connect(conn as NonNullable<typeof conn>);
    target = `${conn?.url} db ${conn?.db} (Odoo ${client.version.server_version})`;
    // Before the first write of a resumable (full) run: where its records' ids start (kept by every attempt).
    if (!opts.resume && (opts.kind ?? "full") === "full") {
      try {
        state.floors = await idFloors(client, PROFILE_MODELS);
        await writeFile(join(runDir, "run.json"), `${JSON.stringify(state, null, 2)}\n`);
      } catch (e) {
        await client.close();
        throw e;
      }
    }
  }

  const provisionOnly = opts.kind === "provision";
  // Source creation times (mapping.md §1.6): the addon sets create_date for what its run created;
  // otherwise they land in the visible field x_ferry_source_created (written with the record).
  // (an addon run on a database without the addon — a test double — falls back to the field)
  const addonRun = opts.addonRun && mode === "run" && (await client.searchCount("ir.model", [["model", "=", "ferry.run"]])) > 0 ? opts.addonRun : undefined;
  const keepCreated: "create_date" | "field" | "off" = opts.preserveCreateDate === false ? "off" : addonRun ? "create_date" : "field";
  const createdAt = new SourceCreatedTimes(client, keepCreated, addonRun, provisionOnly);
  const mirror = opts.ledgerMirror || keepCreated === "create_date"
    ? async (entries: readonly LedgerEntry[], firstSeq: number) => {
        await opts.ledgerMirror?.(entries, firstSeq);
        await createdAt.afterLedger(entries);
      }
    : undefined;
  const ledger = mode === "run" ? await Ledger.open(join(runDir, "ledger.jsonl"), mirror) : undefined;
  const reports = new RowReports(runDir);
  if (opts.onRejectRow) reports.onRow = opts.onRejectRow;
  try {
    const loaded = await loadMapping(mode, settings, opts);
    // Provisioning writes group projects before their customers exist: no review flags/notes for that.
    const doc: MappingDoc = provisionOnly ? { ...loaded, options: { ...loaded.options, reviewTagging: false } } : loaded;
    // No work order, time entry or deal lands without an owner: unresolved owners and no fallback stop here (exit 5).
    const owners = mode === "run" && !provisionOnly ? await checkOwnersResolved({ client, exp: source, doc, ...(settings.fallbackOwner ? { fallbackOwner: settings.fallbackOwner } : {}), ownersFile: join(dirname(runDir), `owners-${settings.source}`, "owners.json") }) : undefined;
    // Custom fields are provisioned before data writes: the mapping's fixed ones now, inferred ones
    // (PlanPlus custom_fields.csv, Plexus definitions) as soon as their object's prepass has run.
    const provisioner = new CustomFieldProvisioner(client, {
      ...(ledger ? { ledger } : {}),
      runId,
      source: settings.source,
      installedModels: () => new Set(Object.keys(steps.profile.fields)),
    });
    const provisionPending = async (): Promise<void> => provisioner.ensure(steps.session.ctx.customFields.entries());
    const steps = await buildSteps(source, settings, client, doc, { afterPrepare: provisionPending, ...(owners ? { owners } : {}) });
    // One ir.model.fields create per model (each one reloads Odoo's registry): the creation-time field goes with the mapping's.
    const createdFields = keepCreated === "field" ? sourceCreatedFields(doc).map((f) => [`${f.model}.${f.name}`, f] as [string, CustomField]) : [];
    await provisioner.ensure([...createdFields, ...steps.session.ctx.customFields.entries()]);
    const provision = provisioner.report;
    const runSteps = createdAt.wrap(provisionOnly ? provisionSteps(steps, settings.source) : steps.steps, provisioner.present);
    if (opts.resume && ledger) await recoverLedger(client, ledger, runId, settings.source, opts.resume.started_at, opts.resume.floors);
    // Rows earlier runs loaded — and, when resuming, what this run's crashed attempts already loaded.
    // `ferry provision` hashes its rows apart, so the full run still writes what provisioning could not know (customer links).
    const mappingHash = provisionOnly ? `provision:${steps.mappingHash}` : steps.mappingHash;
    const previousRows = mode === "run" && !opts.reloadAll ? await loadedRowIndex(dirname(runDir), { target: targetKey(settings), ...(opts.resume ? {} : { exclude: runDir }) }) : undefined;
    if (previousRows && opts.resume) previousRows.addAll(await loadedRowIndex(runDir, { target: targetKey(settings) }));
    const result = await runPipeline(runSteps, {
      runId,
      source: settings.source,
      kind: mode === "plan" ? "plan" : opts.kind === "provision" ? "full" : (opts.kind ?? "full"),
      sink: opts.wrapSink ? opts.wrapSink(odooSink(client, opts.batchSize ? { batchSize: opts.batchSize } : {}), client) : odooSink(client, opts.batchSize ? { batchSize: opts.batchSize } : {}),
      reports,
      ...(ledger ? { ledger } : {}),
      ...(previousRows ? { previousRows } : {}),
      mappingHash,
      ...(opts.batchSize ? { batchSize: opts.batchSize } : client.maxRequestsPerSecond ? { batchSize: 2000 } : {}),
      gateThreshold: opts.gateThreshold ?? 0.01,
      ...(opts.acceptPhases ? { acceptPhases: opts.acceptPhases } : {}),
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
      resolveBinary: binaryResolver(source, opts.maxAttachmentBytes),
    });

    const extra = opts.afterLoad ? await opts.afterLoad({ client, ...(ledger ? { ledger } : {}), runDir, runId, exp: source, objects: result.objects }) : undefined;
    const odooRecords: Record<string, number> = {};
    if (mode === "run") {
      for (const model of steps.models) {
        odooRecords[model] = await client.searchCount("ir.model.data", [
          ["module", "=", XMLID_MODULE[settings.source]],
          ["model", "=", model],
        ]);
      }
    }
    const reconciliation: Reconciliation = {
      source: settings.source,
      run: runId,
      kind: mode === "plan" ? "plan" : (opts.kind ?? "full"),
      target,
      started_at: startedAt,
      finished_at: new Date().toISOString(),
      objects: result.objects,
      odoo_records: odooRecords,
      created: result.created,
      ...(result.halted ? { halted: result.halted } : {}),
      balanced: result.objects.every(isBalanced),
      ...(extra ?? {}),
      source_created: createdAt.summary(),
      warnings: [...createdAt.warnings, ...result.acceptedGates, ...steps.warnings, ...provision.conflicts.map((c) => `custom field conflict: ${c}`), ...provision.skippedModels.map((m) => `custom fields for ${m} not created: model not installed`), ...source.missing.map((m) => `not in the export: ${m}`), ...source.warnings],
    };
    await writeFile(join(runDir, "reconciliation.json"), `${safeJson(reconciliation, 2)}\n`);
    await writeFile(join(runDir, "run.json"), `${JSON.stringify({ ...state, status: result.halted ? "halted" : "done", finished_at: reconciliation.finished_at }, null, 2)}\n`);
    if (mode === "plan") {
      await writeFile(
        join(runDir, "plan.json"),
        `${safeJson({ source: settings.source, run: runId, phases: steps.steps.map((s) => s.object), models: steps.models, mapping_hash: steps.mappingHash, would_create: result.created }, 2)}\n`,
      );
    }
    const reportPath = join(runDir, "report.html");
    await writeFile(
      reportPath,
      renderReport({
        title: mode === "plan" ? `Ferry plan — ${settings.source}` : `Ferry run — ${settings.source}`,
        source: settings.source,
        kind: mode === "plan" ? "plan (dry run)" : "full run",
        runId,
        target,
        generatedAt: reconciliation.finished_at,
        objects: result.objects,
        ...(mode === "run" ? { odooRecords } : {}),
        ...(result.halted ? { gates: result.halted.reasons } : {}),
        notes: reconciliation.warnings,
        files: [
          { name: "rejected_rows.csv", label: "Rejected and skipped rows (CSV)" },
          { name: "flagged_rows.csv", label: "Flagged rows (CSV)" },
          { name: "reconciliation.json", label: "Reconciliation (JSON)" },
          ...(mode === "run" ? [{ name: "ledger.jsonl", label: "Ledger (JSON Lines)" }] : []),
        ],
      }),
    );
    const out: RunResult = { runDir, reportPath, reconciliation, halted: Boolean(result.halted) };
    if (provisionOnly) out.provision = await provisionSummary(client, out, provision, schemaOutputs(steps, settings.source), createdAt.xmlidsSeen);
    return out;
  } finally {
    await reports.close();
    await ledger?.close();
    await client.close();
    await simulator?.close();
  }
}

/**
 * Source creation times (mapping.md §1.6). `create_date`: after each ledger batch is durable (and
 * mirrored to the addon), the addon is asked to set `create_date` of the records this run created.
 * `field`: the time is written with the record into `x_ferry_source_created` on models where that
 * field exists. Also remembers the external ids the run's steps produced (for `ferry provision`).
 */
class SourceCreatedTimes {
  readonly warnings: string[] = [];
  readonly xmlidsSeen = new Set<string>();
  #pending = new Map<string, string>();
  #set = 0;
  #refused = 0;
  #broken = false;

  constructor(
    private readonly client: OdooClient,
    private readonly mode: "create_date" | "field" | "off",
    private readonly addonRun?: { id: number; workerId?: string },
    private readonly collectXmlids = false,
  ) {}

  /** Steps whose outputs carry the source creation time as the mode wants it. */
  wrap(steps: ObjectStep[], presentFields: ReadonlySet<string>): ObjectStep[] {
    const touch = (o: MapOutput): MapOutput => {
      if (o.xmlid && this.collectXmlids) this.xmlidsSeen.add(o.xmlid);
      if (!o.createDate || (o.role ?? "record") !== "record" || !o.xmlid) return o;
      if (this.mode === "field" && presentFields.has(`${o.model}.${SOURCE_CREATED_FIELD}`)) return { ...o, values: { ...o.values, [SOURCE_CREATED_FIELD]: o.createDate } };
      if (this.mode === "create_date") {
        this.#pending.set(o.xmlid, o.createDate);
        // Bounded: rows that were not created (unchanged, refused) leave their entry behind; a batch is far smaller.
        if (this.#pending.size > 200_000) this.#pending.delete(this.#pending.keys().next().value as string);
      }
      return o;
    };
    return steps.map((step) => ({
      ...step,
      object: step.object,
      read: () => step.read(),
      map: (record) => {
        const r = step.map(record);
        return r.outputs.length ? { ...r, outputs: r.outputs.map(touch) } : r;
      },
      ...(step.onOutcome ? { onOutcome: (record, outcome) => step.onOutcome?.(record, outcome) } : {}),
      ...(step.finish ? { finish: () => (step.finish?.() ?? []).map(touch) } : {}),
    }));
  }

  /** Ledger mirror: the creates of this batch are in the addon's ledger now; set their create_date. */
  async afterLedger(entries: readonly LedgerEntry[]): Promise<void> {
    if (this.mode !== "create_date" || !this.addonRun || this.#broken) return;
    const rows: { model: string; res_id: number; create_date: string }[] = [];
    for (const e of entries) {
      if (e.operation !== "create" || !e.xmlid || !e.model || e.res_id === undefined) continue;
      const at = this.#pending.get(e.xmlid);
      if (at === undefined) continue;
      this.#pending.delete(e.xmlid);
      rows.push({ model: e.model, res_id: e.res_id, create_date: at });
    }
    if (rows.length === 0) return;
    try {
      const r = await this.client.executeKw<{ updated: number; refused: unknown[] }>("ferry.run", "set_source_create_dates", [this.addonRun.id, rows], this.addonRun.workerId ? { worker_id: this.addonRun.workerId } : {});
      this.#set += r.updated;
      this.#refused += r.refused.length;
    } catch (e) {
      // An addon without the method (older version): the run goes on, the report says so.
      this.#broken = true;
      this.warnings.push(`source creation times not set on create_date: ${(e as Error).message}`);
    }
  }

  summary(): NonNullable<Reconciliation["source_created"]> {
    return { mode: this.mode, ...(this.mode === "field" ? { field: SOURCE_CREATED_FIELD } : {}), set: this.#set, refused: this.#refused };
  }
}

/** `ferry provision`'s summary: what it created, what was there already; writes provision.json. */
async function provisionSummary(client: OdooClient, run: RunResult, fields: ProvisionResult["customFields"], schema: MapOutput[], xmlids: ReadonlySet<string>): Promise<ProvisionResult> {
  const rec = run.reconciliation;
  const all = new Set([...xmlids, ...schema.map((o) => o.xmlid)]);
  const found = await client.resolveXmlids([...all].filter((x) => !x.includes(".field_")));
  const records: ProvisionResult["records"] = {};
  for (const { model } of found.values()) {
    const r = (records[model] ??= { created: 0, existing: 0 });
    r.existing++;
  }
  for (const [model, n] of Object.entries(rec.created)) {
    const r = (records[model] ??= { created: 0, existing: 0 });
    r.created = n;
    r.existing = Math.max(0, r.existing - n);
  }
  const createdTotal = fields.created.length + Object.values(rec.created).reduce((a, b) => a + b, 0);
  const rejected = rec.objects.reduce((a, o) => a + Object.values(o.rejected).reduce((x, y) => x + y, 0), 0);
  const summary: ProvisionResult = {
    runDir: run.runDir,
    run: rec.run,
    source: rec.source as "plexus" | "planplus",
    target: rec.target,
    customFields: fields,
    records,
    createdTotal,
    rejected,
    warnings: rec.warnings,
    result: run,
  };
  await writeFile(join(run.runDir, "provision.json"), `${safeJson({ ...summary, result: undefined }, 2)}\n`);
  return summary;
}
