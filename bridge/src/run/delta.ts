/**
 * `ferry delta`: loads a delta export (PlanPlus re-export with deleted_items.csv, Plexus delta bundle
 * with tombstones) through the same pipeline into the same Odoo, then applies deletions
 * (mapping.md §1.2 delta outcomes, §1.7 deletions):
 * - rows loaded before with the same content → `unchanged` (previous run folders under the same runs root);
 * - records edited in Odoo after the end of the run that last wrote them (Odoo touching a record later in that same run is ours), where a mapped value differs → `conflict`
 *   (not overwritten, both values listed in conflicts.csv) unless `overwriteConflicts`;
 * - recycle-bin rows / tombstones for a known xmlid → archive (active=False) or, for the line-like
 *   models of §1.7, unlink when not edited since our write; ledgered with previous values;
 *   unknown ids → `ignored_unknown_delete`.
 * reconciliation.json gets `delta`: per object created/updated/unchanged/deleted/ignored_unknown_delete/conflict.
 */
import { readFile, readdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { compareCell } from "../core/diff.ts";
import { csvLine, UTF8_BOM } from "../core/csv-out.ts";
import { FerryError } from "../core/errors.ts";
import { deletedItemXmlid } from "../core/mapping/computes-planplus.ts";
import { sanitizeSourceId } from "../core/xmlid.ts";
import type { OdooClient } from "../odoo/client.ts";
import type { Settings } from "../cli/settings.ts";
import type { SourceExport } from "../sources/types.ts";
import { readLedger, type Ledger, type LedgerEntry } from "./ledger.ts";
import type { LoadRow, Sink } from "./pipeline.ts";
import { executeRun, loadMapping, newRunId, passRunOptions, targetKey, type PassedRunOptions, type RunResult } from "./session.ts";

export interface DeltaCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  ignored_unknown_delete: number;
  conflict: number;
}

export interface DeltaConflict {
  object: string;
  source_id: string | null;
  model: string;
  id: number;
  xmlid: string;
  odoo_write_date: string;
  our_last_write: string;
  fields: { field: string; source_value: string; odoo_value: string }[];
}

export interface DeltaDeletion {
  object: string;
  source_id: string;
  xmlid: string | null;
  model?: string;
  id?: number;
  action: "archived" | "deleted" | "cancelled" | "already_archived" | "kept_edited" | "ignored_unknown_delete" | "failed";
  message?: string;
}

export interface DeltaSection {
  since: string;
  overwrite_conflicts: boolean;
  objects: Record<string, DeltaCounts>;
  conflicts: DeltaConflict[];
  deletions: DeltaDeletion[];
  /** Records whose relation values were kept although the delta row left them empty (dependency not in the delta). */
  kept_values: number;
  /**
   * Where the next delta should start: Plexus — this export's start minus a 1 h overlap; PlanPlus
   * (date-granular filters) — the day this delta was loaded. Never later than records not yet seen.
   */
  next_since: string;
  warnings: string[];
}

export interface DeltaOptions extends PassedRunOptions {
  /** ISO time (or date) the delta export covers from; recorded, and checked to be a valid time. */
  since: string;
  overwriteConflicts?: boolean;
  /** Clock skew tolerated between the ledger time and Odoo's write_date (default 5 s). */
  toleranceSeconds?: number;
}

/** §1.7: models archived on deletion; models unlinked under the edit check; the rest is archived when it can be. */
const UNLINK_MODELS = new Set(["account.analytic.line", "sale.order.line", "ir.attachment", "mail.message", "project.milestone", "hr.expense"]);

/** PlanPlus deleted_items.csv `Object` → source object name (for counting). */
const PLANPLUS_OBJECTS: Record<string, string> = { contact: "contacts", company: "companies", deal: "deals", event: "events", task: "tasks", project: "projects" };

const emptyCounts = (): DeltaCounts => ({ created: 0, updated: 0, unchanged: 0, deleted: 0, ignored_unknown_delete: 0, conflict: 0 });

/** Odoo datetime (UTC `YYYY-MM-DD HH:MM:SS`) → epoch ms. */
function odooTime(s: unknown): number {
  return typeof s === "string" ? Date.parse(`${s.replace(" ", "T")}Z`) : 0;
}

/**
 * Whether a record was edited in Odoo after our last write (a conflict candidate). Not an edit:
 * - a write_date up to the end of the run that last wrote it (plus the clock tolerance): Odoo
 *   touching a record later in that same run is ours (the rule rollback uses);
 * - a write_date from this delta run itself, by the user the delta runs as: Odoo propagating the
 *   delta's own writes to related records before the delta reaches them (writing a company
 *   partner rewrites its contacts' synced address/commercial fields: their write_date moves on).
 * A person's edit before the delta started, or by another user during it, stays an edit.
 */
export function editedAfterOurWrite(cur: { write_date?: unknown; write_uid?: unknown }, last: { until: number }, ctx: { tolerance: number; deltaStartedAt: number; uid: number }): boolean {
  const wrote = odooTime(cur.write_date);
  if (wrote <= last.until + ctx.tolerance) return false;
  const by = Array.isArray(cur.write_uid) ? cur.write_uid[0] : cur.write_uid;
  // Odoo's write_date has whole seconds: only the seconds after the one the delta started in are
  // surely "during the delta" (an edit just before the start shares that second: it stays an edit).
  if (ctx.uid > 0 && by === ctx.uid && wrote >= Math.ceil(ctx.deltaStartedAt / 1000) * 1000) return false;
  return true;
}

interface Written {
  time: number;
  /**
   * End of the run that wrote it (its last ledger entry or run.json finished_at, whichever is later):
   * Odoo rewrites records during a run (a partner touched when its contacts are written later), so
   * a write_date up to here is ours, not an edit made in Odoo — the rule rollback uses.
   */
  until: number;
  iso: string;
  model: string;
  res_id: number;
  object: string;
  source_id: string | null;
  /** The source row whose load created the record. */
  createdBy?: { object: string; source_id: string | null };
}

/** Our last write per xmlid (and per record) in earlier runs into the same Odoo, from their ledgers. */
interface PreviousWrites {
  byXmlid: Map<string, Written>;
  byRecord: Map<string, Written>;
  entries: LedgerEntry[];
  /** xmlid → field → source object whose phase updated it. */
  laterFields: Map<string, Map<string, string>>;
}

async function previousWrites(runsRoot: string, target: string, exclude: string): Promise<PreviousWrites> {
  const laterFields = new Map<string, Map<string, string>>();
  const byXmlid = new Map<string, Written>();
  const byRecord = new Map<string, Written>();
  const all: LedgerEntry[] = [];
  let dirs: string[] = [];
  try {
    dirs = await readdir(runsRoot);
  } catch {
    return { byXmlid, byRecord, entries: all, laterFields };
  }
  for (const d of dirs) {
    const dir = join(runsRoot, d);
    if (dir === exclude) continue;
    const runState = await readFile(join(dir, "run.json"), "utf8").then((x) => JSON.parse(x) as { target?: string | null; finished_at?: string }, () => undefined);
    if (runState?.target !== target) continue;
    // A rolled-back run's own writes are undone, but the rollback's restores/archives are our writes too.
    const rolledBack = await stat(join(dir, "rollback.json")).then(() => true, () => false);
    const entries = rolledBack ? await readLedger(join(dir, "rollback_ledger.jsonl")) : await readLedger(join(dir, "ledger.jsonl"));
    const finished = runState?.finished_at ? Date.parse(runState.finished_at) : Number.NaN;
    const until = entries.reduce((m, e) => Math.max(m, Date.parse(e.time) || 0), Number.isFinite(finished) ? finished : 0);
    for (const e of entries) {
      if (!e.model || e.res_id === undefined) continue;
      if (!["create", "update", "archive", "restore"].includes(e.operation)) continue;
      all.push(e);
      const time = Date.parse(e.time);
      const w: Written = { time, until: Math.max(until, time), iso: e.time, model: e.model, res_id: e.res_id, object: e.object, source_id: e.source_id };
      if (e.xmlid && (byXmlid.get(e.xmlid)?.time ?? -1) < time) byXmlid.set(e.xmlid, { ...w, ...(byXmlid.get(e.xmlid)?.createdBy ? { createdBy: byXmlid.get(e.xmlid)?.createdBy } : {}) });
      if (e.xmlid && e.operation === "create") (byXmlid.get(e.xmlid) as Written).createdBy = { object: e.object, source_id: e.source_id };
      // Fields a later phase of another object set on this record (contact_company_links → a contact's parent_id).
      if (e.xmlid && e.operation === "update" && e.previous) {
        const m = laterFields.get(e.xmlid) ?? new Map<string, string>();
        for (const f of Object.keys(e.previous)) m.set(f, e.object);
        laterFields.set(e.xmlid, m);
      }
      const rk = `${e.model}:${e.res_id}`;
      if ((byRecord.get(rk)?.time ?? -1) < time) byRecord.set(rk, w);
    }
  }
  // Only fields set by another object's phase than the one that created the record.
  for (const [x, m] of laterFields) {
    const creator = byXmlid.get(x)?.createdBy?.object;
    for (const [f, obj] of m) if (obj === creator) m.delete(f);
  }
  return { byXmlid, byRecord, entries: all, laterFields };
}

interface ConflictProbe {
  model: string;
  id: number;
  xmlid: string;
  last: Written;
  /** load cells or write() values, by column. */
  values: Record<string, unknown>;
}

/**
 * Wraps the sink: before a record we wrote earlier is written again, its write_date is compared to
 * the end of the run of our last ledgered write; when it was edited in Odoo since and a mapped value differs, the write is
 * held back (reported as a conflict) unless overwriting is asked for.
 */
function conflictSink(inner: Sink, client: OdooClient, state: { byXmlid: Map<string, Written>; byRecord: Map<string, Written>; laterFields: Map<string, Map<string, string>>; partialObjects: Set<string>; tolerance: number; deltaStartedAt: number; overwrite: boolean; conflicts: DeltaConflict[]; conflictXmlids: Set<string>; kept: number }): Sink {
  /**
   * Fields whose empty delta cell must not clear the Odoo value: set by another object's phase, or
   * a relation of an object whose dependencies the delta does not carry (a contact's company comes
   * from contact_company_links, which a delta only holds for new links).
   */
  const keepsValue = (xmlid: string, column: string, type: string | undefined): boolean => {
    const field = column.split("/")[0] as string;
    if (state.laterFields.get(xmlid)?.has(field)) return true;
    const creator = state.byXmlid.get(xmlid)?.createdBy?.object;
    return Boolean(creator && state.partialObjects.has(creator) && (column.endsWith("/id") || column.endsWith("/.id") || type === "many2one" || type === "many2many"));
  };
  const check = async (probe: ConflictProbe): Promise<DeltaConflict | undefined> => {
    const fields = await client.fieldsGet(probe.model);
    // An empty cell for a field whose value is kept (see load) is no difference.
    const cols = Object.keys(probe.values).filter((c) => c !== "id" && c !== ".id" && !((probe.values[c] === "" || probe.values[c] === false) && keepsValue(probe.xmlid, c, fields[c.split("/")[0] as string]?.type)));
    const names = [...new Set(cols.map((c) => c.split("/")[0] as string).filter((f) => f in fields))];
    const [cur] = await client.read<Record<string, unknown>>(probe.model, [probe.id], ["write_date", "write_uid", ...names], { active_test: false });
    if (!cur) return undefined;
    if (!editedAfterOurWrite(cur, probe.last, { tolerance: state.tolerance, deltaStartedAt: state.deltaStartedAt, uid: client.uid })) return undefined;
    const diffs: DeltaConflict["fields"] = [];
    for (const col of cols) {
      const field = col.split("/")[0] as string;
      if (!(field in fields)) continue;
      const raw = probe.values[col];
      const cell = raw === false || raw === null || raw === undefined ? "" : typeof raw === "boolean" ? (raw ? "1" : "") : String(raw);
      let relationIds: (number | null)[] | undefined;
      if (col.endsWith("/id")) {
        const refs = cell === "" ? [] : cell.split(",");
        const found = refs.length ? await inner.resolve(refs) : new Map<string, { id: number }>();
        relationIds = refs.map((r) => found.get(r)?.id ?? null);
      } else if (col.endsWith("/.id") || (["many2one", "many2many", "one2many"].includes(fields[field]?.type ?? "") && cell !== "")) relationIds = cell === "" ? [] : cell.split(",").map(Number);
      const cmp = compareCell({ type: fields[field]?.type, cell, ...(relationIds ? { relationIds } : {}) }, cur[field]);
      if (!cmp.equal) diffs.push({ field, source_value: cmp.expected, odoo_value: cmp.actual });
    }
    if (diffs.length === 0) return undefined;
    const row = probe.last.createdBy ?? { object: probe.last.object, source_id: probe.last.source_id };
    return { object: row.object, source_id: row.source_id, model: probe.model, id: probe.id, xmlid: probe.xmlid, odoo_write_date: String(cur.write_date), our_last_write: probe.last.iso, fields: diffs };
  };
  return {
    ...inner,
    async load(model, fields, rows: LoadRow[]) {
      const known = await inner.resolve(rows.map((r) => r.key));
      const held: { key: string; id: number; held: true }[] = [];
      const pass: LoadRow[] = [];
      for (const r of rows) {
        const ref = known.get(r.key);
        const last = state.byXmlid.get(r.key);
        if (!ref || !last) {
          pass.push(r);
          continue;
        }
        const values = Object.fromEntries(fields.map((f, i) => [f, r.cells[i] ?? ""]));
        const conflict = await check({ model, id: ref.id, xmlid: r.key, last, values });
        if (conflict) {
          state.conflicts.push(conflict);
          if (!state.overwrite) {
            state.conflictXmlids.add(r.key);
            held.push({ key: r.key, id: ref.id, held: true });
            continue;
          }
        }
        pass.push(r);
      }
      // A delta row leaves empty what another object's phase set (a contact's company comes from
      // contact_company_links, which a delta only carries for new links): keep those values.
      const restore = new Map<string, { id: number; values: Record<string, unknown> }>();
      const ftypes = await client.fieldsGet(model);
      for (const r of pass) {
        const ref = known.get(r.key);
        if (!ref) continue;
        const empty = [...new Set(fields.filter((f, i) => f !== "id" && (r.cells[i] ?? "") === "" && keepsValue(r.key, f, ftypes[f.split("/")[0] as string]?.type)).map((f) => f.split("/")[0] as string))];
        if (empty.length === 0) continue;
        const [cur] = await client.read<Record<string, unknown>>(model, [ref.id], empty, { active_test: false });
        const values: Record<string, unknown> = {};
        for (const f of empty) {
          const v = cur?.[f];
          if (v === false || v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
          const t = ftypes[f]?.type;
          values[f] = t === "many2one" && Array.isArray(v) ? v[0] : (t === "many2many" || t === "one2many") && Array.isArray(v) ? [[6, 0, v]] : v;
        }
        if (Object.keys(values).length) restore.set(r.key, { id: ref.id, values });
      }
      const res = pass.length ? await inner.load(model, fields, pass) : { landed: [], failed: [] };
      for (const l of res.landed) {
        const keep = restore.get(l.key);
        if (!keep) continue;
        await inner.write(model, [keep.id], keep.values);
        state.kept += 1;
      }
      return { landed: [...res.landed, ...held], failed: res.failed };
    },
    async write(model, ids, values) {
      const todo: number[] = [];
      for (const id of ids) {
        const last = state.byRecord.get(`${model}:${id}`);
        const xmlid = [...state.byXmlid.entries()].find(([, w]) => w.model === model && w.res_id === id)?.[0] ?? "";
        const conflict = last ? await check({ model, id, xmlid, last, values }) : undefined;
        if (conflict) {
          state.conflicts.push(conflict);
          if (!state.overwrite) {
            if (xmlid) state.conflictXmlids.add(xmlid);
            continue;
          }
        }
        todo.push(id);
      }
      if (todo.length) await inner.write(model, todo, values);
    },
  };
}

/** Deletions of the delta export: PlanPlus deleted_items.csv rows and Plexus tombstones. */
async function deletionsOf(exp: SourceExport): Promise<{ object: string; source_id: string; xmlid: string | null }[]> {
  const out: { object: string; source_id: string; xmlid: string | null }[] = [];
  if (exp.source === "planplus") {
    const reader = exp.objects.get("deleted_items");
    if (!reader) return out;
    for await (const item of reader.read()) {
      if (item.kind !== "record") continue;
      const kind = String(item.record.data["Object"] ?? "").trim();
      const id = String(item.record.data["Record ID"] ?? "").trim();
      out.push({ object: PLANPLUS_OBJECTS[kind.toLowerCase()] ?? kind, source_id: id, xmlid: deletedItemXmlid(kind, id) });
    }
    return out;
  }
  for (const [object, reader] of exp.objects) {
    for await (const item of reader.read()) {
      if (item.kind === "record" && item.record.data["deleted"] === true) out.push({ object, source_id: item.record.id, xmlid: null });
    }
  }
  return out;
}

async function applyDeletions(
  client: OdooClient,
  exp: SourceExport,
  prev: PreviousWrites,
  ctx: { ledger?: Ledger; runId: string; tolerance: number; deltaStartedAt: number },
): Promise<DeltaDeletion[]> {
  const result: DeltaDeletion[] = [];
  const dels = await deletionsOf(exp);
  for (const d of dels) {
    // Which xmlid: PlanPlus names it (§4.15); Plexus: the main record our earlier runs wrote for that row.
    let xmlid = d.xmlid;
    if (!xmlid) {
      const suffix = `_${sanitizeSourceId(d.source_id)}`;
      xmlid = prev.entries.find((e) => e.object === d.object && e.source_id === d.source_id && e.operation === "create" && e.xmlid?.endsWith(suffix))?.xmlid ?? null;
    }
    const ref = xmlid ? (await client.resolveXmlids([xmlid])).get(xmlid) : undefined;
    if (!xmlid || !ref) {
      result.push({ ...d, xmlid, action: "ignored_unknown_delete" });
      continue;
    }
    const base = { ...d, xmlid, model: ref.model, id: ref.id };
    const entry = (operation: LedgerEntry["operation"], previous: Record<string, unknown>, code?: string): LedgerEntry => ({
      run: ctx.runId,
      phase: "deletions",
      source: exp.source,
      object: d.object,
      source_id: d.source_id,
      source_row: 0,
      model: ref.model,
      res_id: ref.id,
      xmlid: xmlid as string,
      operation,
      outcome: "deleted",
      ...(code ? { code } : {}),
      previous,
      time: new Date().toISOString(),
    });
    try {
      const fields = await client.fieldsGet(ref.model);
      const [cur] = await client.read<Record<string, unknown>>(ref.model, [ref.id], ["write_date", "write_uid", ...("active" in fields ? ["active"] : []), ...("state" in fields ? ["state"] : [])], { active_test: false });
      if (!cur) {
        result.push({ ...d, xmlid, action: "ignored_unknown_delete", message: "record no longer in Odoo" });
        continue;
      }
      const last = prev.byXmlid.get(xmlid) ?? prev.byRecord.get(`${ref.model}:${ref.id}`);
      if (UNLINK_MODELS.has(ref.model)) {
        if (!last || editedAfterOurWrite(cur, last, { tolerance: ctx.tolerance, deltaStartedAt: ctx.deltaStartedAt, uid: client.uid })) {
          result.push({ ...base, action: "kept_edited", message: `edited in Odoo at ${String(cur.write_date)} after our last write; not deleted` });
          continue;
        }
        const stored = Object.entries(fields).filter(([, f]) => (f as { store?: boolean }).store !== false && !(f as { readonly?: boolean }).readonly && !["one2many", "binary"].includes((f as { type: string }).type)).map(([n]) => n);
        const [before] = await client.read<Record<string, unknown>>(ref.model, [ref.id], stored, { active_test: false });
        await client.unlink(ref.model, [ref.id]);
        await ctx.ledger?.append([entry("delete", before ?? {})]);
        result.push({ ...base, action: "deleted" });
        continue;
      }
      if (ref.model === "sale.order") {
        if (cur.state === "draft" || cur.state === "sent") {
          await client.executeKw(ref.model, "action_cancel", [[ref.id]]);
          await ctx.ledger?.append([entry("update", { state: cur.state }, "cancelled")]);
          result.push({ ...base, action: "cancelled" });
        } else result.push({ ...base, action: "kept_edited", message: `sale order in state ${String(cur.state)}: not cancelled` });
        continue;
      }
      if (!("active" in fields)) {
        result.push({ ...base, action: "kept_edited", message: `${ref.model} cannot be archived; left in place` });
        continue;
      }
      if (cur.active === false) {
        result.push({ ...base, action: "already_archived" });
        continue;
      }
      await client.write(ref.model, [ref.id], { active: false });
      await ctx.ledger?.append([entry("archive", { active: true })]);
      result.push({ ...base, action: "archived" });
    } catch (e) {
      result.push({ ...base, action: "failed", message: (e as Error).message });
    }
  }
  return result;
}

export interface DeltaResult extends RunResult {
  delta: DeltaSection;
}

export async function executeDelta(settings: Settings, opts: DeltaOptions): Promise<DeltaResult> {
  const sinceMs = Date.parse(opts.since);
  if (!opts.since || Number.isNaN(sinceMs)) throw new FerryError("usage", `--since ${opts.since}: not a date/time (ISO 8601, e.g. 2026-11-20T00:00:00Z)`);
  if (!settings.source) throw new FerryError("usage", "--source plexus|planplus is required");
  const runId = newRunId(settings.source);
  const runDir = resolve(settings.out ?? join("runs", runId));
  const tolerance = (opts.toleranceSeconds ?? 5) * 1000;
  const prev = await previousWrites(dirname(runDir), targetKey(settings), runDir);
  if (prev.entries.length === 0) throw new FerryError("usage", `no earlier run into ${settings.odooUrl ?? "?"} db ${settings.db ?? "?"} under ${dirname(runDir)}: run \`ferry run\` first (a delta is loaded on top of a full run, in the same runs folder)`);
  const doc = await loadMapping("run", settings, opts);
  const partialObjects = new Set<string>();
  const deltaStartedAt = Date.now(); // before the delta writes anything
  const state = { byXmlid: prev.byXmlid, byRecord: prev.byRecord, laterFields: prev.laterFields, partialObjects, kept: 0, tolerance, deltaStartedAt, overwrite: Boolean(opts.overwriteConflicts), conflicts: [] as DeltaConflict[], conflictXmlids: new Set<string>() };
  let section: DeltaSection | undefined;
  const deltaWarnings: string[] = [];
  const startedAt = new Date().toISOString();
  let nextSince = `${startedAt.slice(0, 10)}T00:00:00.000Z`;

  const result = await executeRun("run", { ...settings, out: runDir }, {
    ...passRunOptions(opts),
    runId,
    kind: "delta",
    transformSource: (exp) => {
      const manifest = exp.manifest as { modified_since?: string | null; export_started_at?: string } | undefined;
      const from = manifest?.modified_since ? Date.parse(manifest.modified_since) : Number.NaN;
      if (!Number.isNaN(from) && from > sinceMs) deltaWarnings.push(`the export covers changes from ${String(manifest?.modified_since)}, after --since ${opts.since}: changes in between are not in it (export again from --since)`);
      const started = manifest?.export_started_at ? Date.parse(manifest.export_started_at) : Number.NaN;
      nextSince = !Number.isNaN(started) ? new Date(started - 3600_000).toISOString() : `${startedAt.slice(0, 10)}T00:00:00.000Z`;
      for (const o of doc.objects) if (exp.objects.has(o.object) && o.dependsOn.some((d) => d !== "users" && !exp.objects.has(d))) partialObjects.add(o.object);
      if (exp.kind !== "delta") exp.warnings.push(`the input is not recognised as a delta export (${exp.source === "planplus" ? "no deleted_items.csv" : "manifest export_type is not delta"}): deletions cannot be detected`);
      return exp;
    },
    wrapSink: (sink, client) => conflictSink(sink, client, state),
    afterLoad: async ({ client, ledger, runDir: dir, runId: id, exp, objects }) => {
      const deletions = await applyDeletions(client, exp, prev, { ...(ledger ? { ledger } : {}), runId: id, tolerance, deltaStartedAt });
      // Conflicted records were held back (the pipeline counts a row with nothing written as unchanged): move
      // them. The row is the one our earlier run wrote the record from.
      const perObject: Record<string, DeltaCounts> = {};
      for (const o of objects) {
        const c = (perObject[o.object] = emptyCounts());
        c.created = o.operations["create"] ?? 0;
        c.updated = o.operations["update"] ?? 0;
        c.unchanged = o.operations["unchanged"] ?? 0;
      }
      const conflictRows = new Map<string, Set<string>>();
      for (const c of state.conflicts) {
        const obj = c.object;
        if (state.overwrite) continue;
        const set = conflictRows.get(obj) ?? new Set<string>();
        set.add(c.source_id ?? c.xmlid);
        conflictRows.set(obj, set);
      }
      // A conflicted row counted as updated when another of its records was written (e.g. its review note), else unchanged.
      const wrote = new Set((await readLedger(join(dir, "ledger.jsonl"))).filter((e) => e.outcome === "loaded" && (e.operation === "create" || e.operation === "update")).map((e) => `${e.object}\u001f${e.source_id ?? ""}`));
      for (const [obj, set] of conflictRows) {
        const c = (perObject[obj] ??= emptyCounts());
        for (const sid of set) {
          c.conflict += 1;
          if (wrote.has(`${obj}\u001f${sid}`)) c.updated = Math.max(0, c.updated - 1);
          else c.unchanged = Math.max(0, c.unchanged - 1);
        }
      }
      for (const d of deletions) {
        const c = (perObject[d.object] ??= emptyCounts());
        if (d.action === "ignored_unknown_delete") c.ignored_unknown_delete += 1;
        else if (d.action === "archived" || d.action === "deleted" || d.action === "cancelled" || d.action === "already_archived") c.deleted += 1;
        else if (d.action === "kept_edited") c.conflict += 1; // §1.7: edited in Odoo since our write → kept and reported
      }
      section = { since: new Date(sinceMs).toISOString(), overwrite_conflicts: state.overwrite, objects: perObject, conflicts: state.conflicts, deletions, kept_values: state.kept, next_since: nextSince, warnings: deltaWarnings };
      await writeFile(
        join(dir, "conflicts.csv"),
        UTF8_BOM +
          csvLine(["object", "source_id", "model", "id", "xmlid", "field", "source_value", "odoo_value", "odoo_write_date", "our_last_write", "action"]) +
          state.conflicts.flatMap((c) => c.fields.map((f) => csvLine([c.object, c.source_id, c.model, c.id, c.xmlid, f.field, f.source_value, f.odoo_value, c.odoo_write_date, c.our_last_write, state.overwrite ? "overwritten" : "kept Odoo value"]))).join(""),
      );
      return { delta: section };
    },
  });
  if (!section) throw new FerryError("delta_incomplete", "the delta load stopped before deletions were applied");
  return { ...result, delta: section };
}
