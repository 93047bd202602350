/**
 * `ferry rollback RUN_DIR`: undo a run from its local ledger, within the rollback window (72 h by
 * default). Records the run created are deleted (archived when Odoo refuses the delete), records it
 * updated get their previous values back. Records edited in Odoo after the run wrote them are left
 * alone unless `--force`. Writes rollback.json and its own ledger (rollback_ledger.jsonl).
 *
 * Batched, because on a real Odoo every call costs (an unlink of a record with an external id
 * invalidates server caches; the next call then takes ~2 s): one read per model chunk finds what
 * still exists and what was edited since the run; updated records are restored with one write per
 * set of equal previous values; created records are deleted in reverse ledger order, consecutive
 * records of one model with one unlink per chunk. A chunk Odoo refuses is split in halves until the
 * refused records are alone; those get the single-record treatment (archive where Odoo forbids the
 * delete). Records Odoo made along with a created one (side effects) go after their maker's group;
 * custom fields (ir.model.fields) go last, in one unlink (each unlink reloads Odoo's registry).
 */
import { readFile, readdir, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { FerryError } from "../core/errors.ts";
import { canonicalJson } from "../core/hash.ts";
import type { OdooClient } from "../odoo/client.ts";
import { Ledger, readLedger, type LedgerEntry } from "./ledger.ts";
import { safeJson } from "./secrets.ts";
import { SIDE_EFFECT_FIELDS } from "./pipeline.ts";

export interface RollbackOptions {
  force?: boolean;
  windowHours?: number;
  now?: Date;
  /** Seconds of clock skew tolerated between the ledger time and Odoo's write_date. */
  toleranceSeconds?: number;
  /** Ids per read call (default 1000). */
  readChunk?: number;
  /** Ids per unlink/write call (default 500). */
  writeChunk?: number;
}

export interface RollbackReport {
  run: string;
  rolled_back_at: string;
  forced: boolean;
  deleted: number;
  archived: number;
  restored: number;
  already_gone: number;
  refused_modified: { model: string; id: number; xmlid?: string; write_date: string }[];
  failed: { model: string; id: number; message: string }[];
}

const RELATIONAL = new Set(["many2one", "many2many", "one2many"]);
const NO_ACTIVE_TEST = { active_test: false };

/** Odoo datetime (UTC, `YYYY-MM-DD HH:MM:SS`) → epoch ms. */
function odooTime(s: string): number {
  return Date.parse(`${s.replace(" ", "T")}Z`);
}

function chunked<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/**
 * Models of a ledger segment in the order its rows created them: a model another row's record was
 * created after (a partner after its industry) comes after it; ties and cycles keep first appearance.
 */
function creationOrder(seg: readonly LedgerEntry[]): string[] {
  const first: string[] = [];
  const rows = new Map<string, string[]>();
  for (const e of seg) {
    const m = e.model as string;
    if (!first.includes(m)) first.push(m);
    const k = `${e.source_row}|${e.source_id ?? ""}`;
    const r = rows.get(k) ?? [];
    if (!r.includes(m)) r.push(m);
    rows.set(k, r);
  }
  if (first.length < 2) return first;
  const after = new Map<string, Set<string>>(first.map((m) => [m, new Set<string>()]));
  for (const r of rows.values()) for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++) after.get(r[j] as string)?.add(r[i] as string);
  const order: string[] = [];
  const left = new Set(first);
  while (left.size) {
    const next = first.find((m) => left.has(m) && [...(after.get(m) ?? [])].every((d) => !left.has(d))) ?? first.find((m) => left.has(m));
    if (next === undefined) break;
    order.push(next);
    left.delete(next);
  }
  return order;
}

/** epoch ms → Odoo datetime (UTC, `YYYY-MM-DD HH:MM:SS`). */
function odooStamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}

/**
 * Recurrences Odoo generated for calendar events we created (recurrency): every calendar.recurrence
 * one of `eventIds` points at (recurrence_id) or names as its base event (base_event_id). Found through
 * the link, not by create_date: the addon sets our events' create_date to the source's creation time,
 * so the event and its recurrence no longer share one.
 *
 * A base event whose own date is not on the rule (a Tuesday event "weekly on Mon, Wed") is detached
 * by Odoo in the same create — recurrence_id emptied, archived, the recurrence's base moved to its
 * first occurrence — so no link is left. With `window` (epoch ms, the run's start and end), such an
 * event of ours (recurrency set, no recurrence) claims the recurrence created in the window whose
 * occurrences are copies of it (same name, organizer and duration) and none of whose events has an
 * external id (ours or anyone's); the one created closest to the event's write_date (the create's
 * transaction) wins. A recurrence created before the window existed before the run and stays.
 * Call before the events go: Odoo deletes neither the other occurrences nor the recurrence with the base event.
 */
async function findGeneratedRecurrences(client: OdooClient, eventIds: readonly number[], readChunk = 1000, window?: { since: number; until: number }): Promise<number[]> {
  const found = new Set<number>();
  type Ev = { id: number; recurrence_id?: unknown; recurrency?: boolean; name?: unknown; user_id?: unknown; start?: unknown; stop?: unknown; write_date?: unknown };
  const detached: Ev[] = [];
  for (const part of chunked([...new Set(eventIds)], readChunk)) {
    const rows = await client.read<Ev>("calendar.event", part, ["recurrence_id", "recurrency", "name", "user_id", "start", "stop", "write_date"], NO_ACTIVE_TEST).catch(() => [] as Ev[]);
    for (const r of rows) {
      const rec = many2oneId(r.recurrence_id);
      if (rec !== undefined) found.add(rec);
      else if (r.recurrency) detached.push(r);
    }
    for (const id of await client.search("calendar.recurrence", [["base_event_id", "in", part]]).catch(() => [] as number[])) found.add(id);
  }
  if (window === undefined) return [...found].sort((a, b) => a - b);
  const out = new Set<number>();
  for (const part of chunked([...found], readChunk)) {
    for (const c of await client.read<{ id: number; create_date: string | false }>("calendar.recurrence", part, ["create_date"], NO_ACTIVE_TEST)) {
      if (typeof c.create_date === "string" && odooTime(c.create_date) >= window.since) out.add(c.id);
    }
  }
  if (detached.length) {
    const cands = await client.searchRead<{ id: number; create_date: string }>(
      "calendar.recurrence",
      [["create_date", ">=", odooStamp(window.since)], ["create_date", "<=", odooStamp(window.until)], ["id", "not in", [...found]]],
      { fields: ["create_date"], context: NO_ACTIVE_TEST },
    );
    if (cands.length) {
      const events = await client.searchRead<Ev>("calendar.event", [["recurrence_id", "in", cands.map((c) => c.id)]], { fields: ["recurrence_id", "name", "user_id", "start", "stop"], context: NO_ACTIVE_TEST });
      const named = new Set<number>();
      for (const part of chunked(events.map((e) => e.id), readChunk)) {
        for (const x of await client.searchRead<{ res_id: number }>("ir.model.data", [["model", "=", "calendar.event"], ["res_id", "in", part]], { fields: ["res_id"] })) named.add(x.res_id);
      }
      const shape = (e: Ev): string => `${String(e.name)}|${many2oneId(e.user_id) ?? ""}|${odooTime(String(e.stop)) - odooTime(String(e.start))}`;
      const byRec = new Map<number, { shapes: Set<string>; clean: boolean }>();
      for (const e of events) {
        const rid = many2oneId(e.recurrence_id);
        if (rid === undefined) continue;
        const g = byRec.get(rid) ?? { shapes: new Set<string>(), clean: true };
        g.shapes.add(shape(e));
        if (named.has(e.id)) g.clean = false;
        byRec.set(rid, g);
      }
      const taken = new Set<number>();
      for (const ev of detached) {
        const at = typeof ev.write_date === "string" ? odooTime(ev.write_date) : 0;
        const best = cands
          .filter((c) => !taken.has(c.id) && byRec.get(c.id)?.clean && byRec.get(c.id)?.shapes.size === 1 && byRec.get(c.id)?.shapes.has(shape(ev)))
          .sort((a, b) => Math.abs(odooTime(a.create_date) - at) - Math.abs(odooTime(b.create_date) - at))[0];
        if (best) {
          taken.add(best.id);
          out.add(best.id);
        }
      }
    }
  }
  return [...out].sort((a, b) => a - b);
}

function many2oneId(v: unknown): number | undefined {
  return Array.isArray(v) ? (v[0] as number) : typeof v === "number" ? v : undefined;
}

/**
 * Deletes the occurrences of `recurrenceIds` (archived ones too), then the recurrences: one search +
 * one unlink per chunk. `onDeleted` hears each unlinked chunk (for a ledger). Returns how many records went.
 */
async function removeRecurrences(client: OdooClient, recurrenceIds: readonly number[], writeChunk = 500, onDeleted?: (model: string, ids: number[]) => Promise<void>): Promise<number> {
  let n = 0;
  for (const part of chunked([...recurrenceIds], writeChunk)) {
    const events = await client.search("calendar.event", [["recurrence_id", "in", part]], { context: NO_ACTIVE_TEST });
    for (const ev of chunked(events, writeChunk)) {
      await client.unlink("calendar.event", ev);
      n += ev.length;
      await onDeleted?.("calendar.event", ev);
    }
    const recs = await client.search("calendar.recurrence", [["id", "in", part]], { context: NO_ACTIVE_TEST });
    if (recs.length) {
      await client.unlink("calendar.recurrence", recs);
      n += recs.length;
      await onDeleted?.("calendar.recurrence", recs);
    }
  }
  return n;
}

/**
 * Personal task stages (project.task.type with a user_id: Inbox, Today, This Week …) Odoo created
 * for users who had none when a task was assigned to them (project.task create/write with user_ids).
 * Counted as ours: created between `since` and `until` (epoch ms), for a user whose every personal
 * stage was created then (Odoo creates the set only for a user without any). By user.
 */
async function findGeneratedPersonalStages(client: OdooClient, since: number, until: number): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  const fields = await client.fieldsGet("project.task.type").catch(() => ({}) as Record<string, unknown>);
  if (!("user_id" in fields)) return out;
  const rows = await client.searchRead<{ id: number; user_id: unknown }>(
    "project.task.type",
    [["user_id", "!=", false], ["create_date", ">=", odooStamp(since)], ["create_date", "<=", odooStamp(until)]],
    { fields: ["user_id"], context: NO_ACTIVE_TEST },
  );
  for (const r of rows) {
    const u = Array.isArray(r.user_id) ? (r.user_id[0] as number) : typeof r.user_id === "number" ? r.user_id : undefined;
    if (u !== undefined) out.set(u, [...(out.get(u) ?? []), r.id]);
  }
  for (const [u, ids] of [...out]) {
    const older = await client.search("project.task.type", [["user_id", "=", u], ["id", "not in", ids]], { limit: 1, context: NO_ACTIVE_TEST });
    if (older.length) out.delete(u);
  }
  return out;
}

/**
 * Deletes the personal stages of `byUser` of each user whose stages hold no task any more (call after
 * our tasks are gone); a user's set that still holds someone else's task stays. Odoo refuses to
 * delete an active user's last personal stage (project.task.type ondelete check, skipped only with
 * the `_force_unlink` context, as at module uninstall): the user had none before the run, so the
 * check is bypassed for these. Returns [deleted, kept] ids.
 */
async function removePersonalStages(client: OdooClient, byUser: ReadonlyMap<number, readonly number[]>, onDeleted?: (model: string, ids: number[]) => Promise<void>): Promise<{ deleted: number[]; kept: number[] }> {
  const deleted: number[] = [];
  const kept: number[] = [];
  for (const [, ids] of byUser) {
    const stages = await client.search("project.task.type", [["id", "in", [...ids]]], { context: NO_ACTIVE_TEST });
    if (stages.length === 0) continue;
    const inUse =
      (await client.search("project.task.stage.personal", [["stage_id", "in", stages]], { limit: 1 }).catch(() => [] as number[])).length > 0 ||
      (await client.search("project.task", [["stage_id", "in", stages]], { limit: 1, context: NO_ACTIVE_TEST })).length > 0;
    if (inUse) {
      kept.push(...stages);
      continue;
    }
    await client.unlink("project.task.type", stages, { _force_unlink: true });
    deleted.push(...stages);
    await onDeleted?.("project.task.type", stages);
  }
  return { deleted, kept };
}

/** Records Odoo generated along with a run's records that its ledger cannot name. */
export interface GeneratedRecords {
  recurrences: number[];
  /** Personal stages by user. */
  personalStages: Map<number, number[]>;
}

/**
 * Finds what Odoo generated along with a run (or a sample): the recurrences (and so occurrences) of
 * the calendar events it created, and — when it wrote tasks — the personal stages made for their
 * assignees. `since` / `until`: the run's window in epoch ms (slack included by the caller). Call
 * before the run's records are deleted; remove with `removeGenerated` after.
 */
export async function findGenerated(client: OdooClient, o: { eventIds: readonly number[]; touchesTasks: boolean; since: number; until: number; readChunk?: number }): Promise<GeneratedRecords> {
  const window = { since: o.since, until: o.until };
  const recurrences = o.eventIds.length ? await findGeneratedRecurrences(client, o.eventIds, o.readChunk ?? 1000, window).catch(() => [] as number[]) : [];
  const personalStages = o.touchesTasks ? await findGeneratedPersonalStages(client, o.since, o.until).catch(() => new Map<number, number[]>()) : new Map<number, number[]>();
  return { recurrences, personalStages };
}

/** Deletes what `findGenerated` found (call after the run's own records are gone). */
export async function removeGenerated(client: OdooClient, g: GeneratedRecords, writeChunk = 500, onDeleted?: (model: string, ids: number[]) => Promise<void>): Promise<{ deleted: number; failed: { model: string; id: number; message: string }[] }> {
  const out = { deleted: 0, failed: [] as { model: string; id: number; message: string }[] };
  if (g.recurrences.length) {
    try {
      out.deleted += await removeRecurrences(client, g.recurrences, writeChunk, onDeleted);
    } catch (err) {
      for (const id of g.recurrences) out.failed.push({ model: "calendar.recurrence", id, message: (err as Error).message });
    }
  }
  if (g.personalStages.size) {
    try {
      out.deleted += (await removePersonalStages(client, g.personalStages, onDeleted)).deleted.length;
    } catch (err) {
      for (const ids of g.personalStages.values()) for (const id of ids) out.failed.push({ model: "project.task.type", id, message: (err as Error).message });
    }
  }
  return out;
}

/** `<model>#<id>.<field>` (ledger side_effect_of) → `<model>:<id>` of the maker. */
function makerKey(sideEffectOf: string): string {
  return sideEffectOf.replace(/\.[^.]*$/, "").replace(/#(\d+)$/, ":$1");
}

/** One record to delete: its ledger entry (absent for side effects found at rollback time). */
interface Target {
  model: string;
  id: number;
  e?: LedgerEntry;
}

/** How a record that cannot go is handled: ledgered records are archived when possible; late side effects and retries are failures. */
type Mode = "entry" | "late" | "retry";

export async function rollbackRun(client: OdooClient, runDir: string, opts: RollbackOptions = {}): Promise<RollbackReport> {
  const entries = (await readLedger(join(runDir, "ledger.jsonl"))).filter(
    (e) => (e.operation === "create" || e.operation === "update" || e.operation === "archive") && e.model && e.res_id !== undefined,
  );
  if (entries.length === 0) throw new FerryError("nothing_to_rollback", `no writes in ${join(runDir, "ledger.jsonl")}`);
  const now = opts.now ?? new Date();
  const first = Math.min(...entries.map((e) => Date.parse(e.time)));
  const windowHours = opts.windowHours ?? 72;
  if (now.getTime() - first > windowHours * 3600_000 && !opts.force) {
    throw new FerryError("rollback_window", `run ${entries[0]?.run} wrote its first record ${Math.round((now.getTime() - first) / 3600_000)} h ago: outside the ${windowHours} h rollback window (--force to override)`);
  }
  const readChunk = opts.readChunk ?? 1000;
  const writeChunk = opts.writeChunk ?? 500;
  const tolerance = (opts.toleranceSeconds ?? 5) * 1000;
  // "Edited since the run" = written after the run ended. Odoo itself rewrites records during a run
  // (a lead's e-mail goes to its partner, a subtask touches its parent), so the run's end — not each
  // record's own ledger time — is the line. Checked for every record before anything is undone,
  // since undoing one record can touch another: one read per model and chunk.
  const runState = await readFile(join(runDir, "run.json"), "utf8").then((t) => JSON.parse(t) as { finished_at?: string; target?: string | null }, () => ({}) as { finished_at?: string; target?: string | null });
  const runEnd = Math.max(...entries.map((e) => Date.parse(e.time)), runState.finished_at ? Date.parse(runState.finished_at) : 0);
  // Later Ferry runs into the same database that are rolled back already (a delta, the run after a
  // provisioning) rewrote records too, and Odoo propagated some of those writes (a company's restored
  // address synced to its contacts): a write inside such a run's window, from its start to the end
  // of its rollback, is ours, not an edit made in Odoo.
  const ourWindows = await laterRolledBackRuns(runDir, first, runState.target);
  // (Odoo stores write_date to the second: 1 s of slack on each side.)
  const byLaterRun = (t: number): boolean => ourWindows.some(([a, b]) => t >= a - tolerance - 1000 && t <= b + tolerance + 1000);
  const writeDates = new Map<string, { at: number; raw: string }>();
  const present = new Set<string>();
  const idsByModel = new Map<string, Set<number>>();
  for (const e of entries) {
    const s = idsByModel.get(e.model as string) ?? new Set<number>();
    s.add(e.res_id as number);
    idsByModel.set(e.model as string, s);
  }
  for (const [model, ids] of idsByModel) {
    for (const part of chunked([...ids], readChunk)) {
      const rows = await client.read<{ id: number; write_date: string | false }>(model, part, ["write_date"], NO_ACTIVE_TEST);
      for (const r of rows) {
        present.add(`${model}:${r.id}`);
        if (typeof r.write_date === "string") writeDates.set(`${model}:${r.id}`, { at: odooTime(r.write_date), raw: r.write_date });
      }
    }
  }
  // Records Odoo made along with a created record but missing from the ledger (a create recovered
  // after a crash, a ledger from before side effects were recorded): found now, by the same rule as
  // the pipeline's (created in the same transaction), and deleted right after their record.
  const ledgered = new Set(entries.filter((e) => e.operation === "create").map((e) => `${e.model}:${e.res_id}`));
  const covered = new Set(entries.flatMap((e) => (e.side_effect_of ? [e.side_effect_of.replace(/\.[^.]*$/, "")] : [])));
  const lateEffects = new Map<string, Target[]>();
  for (const [model, specs] of Object.entries(SIDE_EFFECT_FIELDS)) {
    const parents = [...new Set(entries.filter((e) => e.operation === "create" && e.model === model && e.code !== "side_effect" && !covered.has(`${model}#${e.res_id}`) && present.has(`${model}:${e.res_id}`)).map((e) => e.res_id as number))];
    if (parents.length === 0) continue;
    const fields = [...new Set([...specs.flatMap((x) => [x.field, ...(x.unlessSet ? [x.unlessSet] : [])]), "create_date"])];
    const rows: Record<string, unknown>[] = [];
    for (const part of chunked(parents, readChunk)) rows.push(...(await client.read<Record<string, unknown>>(model, part, fields, NO_ACTIVE_TEST)));
    for (const spec of specs) {
      const links = new Map<number, { parent: number; at: number }>();
      for (const r of rows) {
        if (spec.unlessSet && r[spec.unlessSet]) continue;
        const v = r[spec.field];
        const child = Array.isArray(v) ? (v[0] as number) : typeof v === "number" ? v : undefined;
        if (child === undefined || ledgered.has(`${spec.model}:${child}`) || links.has(child)) continue;
        links.set(child, { parent: r.id as number, at: typeof r.create_date === "string" ? odooTime(r.create_date) : Number.NaN });
      }
      for (const part of chunked([...links.keys()], readChunk)) {
        for (const c of await client.read<{ id: number; create_date: string | false }>(spec.model, part, ["create_date"], NO_ACTIVE_TEST)) {
          const link = links.get(c.id);
          if (!link || typeof c.create_date !== "string" || !(Math.abs(odooTime(c.create_date) - link.at) <= 1000)) continue;
          lateEffects.set(`${model}:${link.parent}`, [...(lateEffects.get(`${model}:${link.parent}`) ?? []), { model: spec.model, id: c.id }]);
        }
      }
    }
  }
  // Recurring calendar events we created: Odoo generated a recurrence and its occurrences with them.
  const ourEvents = [...new Set(entries.filter((e) => e.operation === "create" && e.model === "calendar.event" && present.has(`calendar.event:${e.res_id}`)).map((e) => e.res_id as number))];
  // and personal stages Odoo made for users our tasks were assigned to (who had none): created in the run.
  const generated = await findGenerated(client, { eventIds: ourEvents, touchesTasks: entries.some((e) => e.model === "project.task"), since: first - tolerance - 1000, until: runEnd + tolerance + 1000, readChunk });
  const report: RollbackReport = {
    run: entries[0]?.run ?? "",
    rolled_back_at: now.toISOString(),
    forced: Boolean(opts.force),
    deleted: 0,
    archived: 0,
    restored: 0,
    already_gone: 0,
    refused_modified: [],
    failed: [],
  };

  // Which records are undone, decided up front in reverse ledger order: gone ones are counted, edited
  // ones refused (once per record); records this run created are deleted, not restored.
  const decided = new Map<string, boolean>();
  const go = (e: LedgerEntry): boolean => {
    const key = `${e.model}:${e.res_id}`;
    const known = decided.get(key);
    if (known !== undefined) return known;
    let ok = true;
    if (!present.has(key)) {
      report.already_gone += 1;
      ok = false;
    } else {
      const wd = writeDates.get(key);
      if (!opts.force && wd && wd.at > runEnd + tolerance && !byLaterRun(wd.at)) {
        report.refused_modified.push({ model: e.model as string, id: e.res_id as number, ...(e.xmlid ? { xmlid: e.xmlid } : {}), write_date: wd.raw });
        ok = false;
      }
    }
    decided.set(key, ok);
    return ok;
  };
  const reversed = [...entries].reverse();
  for (const e of reversed) if (!(e.operation !== "create" && ledgered.has(`${e.model}:${e.res_id}`))) go(e);

  const rbRun = `rollback-of-${report.run}`;
  const entryFor = (t: Target, operation: LedgerEntry["operation"], extra: Partial<LedgerEntry> = {}): LedgerEntry => {
    const e = t.e;
    const out: LedgerEntry = e
      ? { run: rbRun, phase: "rollback", source: e.source, object: e.object, source_id: e.source_id, source_row: e.source_row, model: t.model, res_id: t.id, ...(e.xmlid ? { xmlid: e.xmlid } : {}), outcome: "loaded", operation, time: new Date().toISOString(), ...extra }
      : { run: rbRun, phase: "rollback", source: entries[0]?.source ?? "", object: "(side effect)", source_id: null, source_row: 0, model: t.model, res_id: t.id, outcome: "loaded", operation, time: new Date().toISOString(), code: "side_effect", ...extra };
    return out;
  };

  const ledger = await Ledger.open(join(runDir, "rollback_ledger.jsonl"));
  const gone = new Map<string, Set<number>>(); // records found gone while deleting (a cascade): their external ids are checked at the end
  const markGone = (t: Target): void => {
    const s = gone.get(t.model) ?? new Set<number>();
    s.add(t.id);
    gone.set(t.model, s);
  };
  const deleteFailures: Target[] = [];
  const deletedKeys = new Set<string>();
  for (const key of ledgered) {
    if (present.has(key)) continue;
    const i = key.lastIndexOf(":");
    markGone({ model: key.slice(0, i), id: Number(key.slice(i + 1)) });
  }

  /** Deletes `targets` (one model) with one unlink; a refused chunk drops the records already gone, then is split in halves. */
  const remove = async (model: string, targets: Target[], mode: Mode): Promise<void> => {
    if (targets.length === 0) return;
    let failure: unknown;
    try {
      await client.unlink(model, targets.map((t) => t.id));
    } catch (err) {
      failure = err;
    }
    if (failure === undefined) {
      report.deleted += targets.length;
      for (const t of targets) deletedKeys.add(`${t.model}:${t.id}`);
      await ledger.append(targets.map((t) => (mode === "retry" ? { ...entryFor(t, "delete"), object: "(retry)" } : entryFor(t, "delete"))));
      return;
    }
    // (read() with only "id" answers for deleted records too: search tells what is still there)
    const exist = new Set(await client.search(model, [["id", "in", targets.map((t) => t.id)]], { context: NO_ACTIVE_TEST }));
    const still = targets.filter((t) => exist.has(t.id));
    for (const t of targets) {
      if (exist.has(t.id)) continue;
      markGone(t); // went with an earlier record (cascade)
      if (mode === "entry") report.already_gone += 1;
    }
    if (still.length === 0) return;
    if (still.length < targets.length) return remove(model, still, mode);
    if (still.length > 1) {
      const half = Math.ceil(still.length / 2);
      await remove(model, still.slice(0, half), mode);
      await remove(model, still.slice(half), mode);
      return;
    }
    const t = still[0] as Target;
    const message = (failure as Error).message;
    if (mode === "entry" && "active" in (await client.fieldsGet(model))) {
      try {
        await client.write(model, [t.id], { active: false });
        report.archived += 1;
        await ledger.append([entryFor(t, "archive", { code: `delete refused: ${message}` })]);
        return;
      } catch (err) {
        report.failed.push({ model, id: t.id, message: (err as Error).message });
        deleteFailures.push(t);
        return;
      }
    }
    report.failed.push({ model, id: t.id, message });
    if (mode !== "retry") deleteFailures.push(t);
  };
  const removeAll = async (targets: Target[], mode: Mode): Promise<void> => {
    const byModel = new Map<string, Target[]>();
    for (const t of targets) byModel.set(t.model, [...(byModel.get(t.model) ?? []), t]);
    for (const [model, ts] of byModel) for (const part of chunked(ts, writeChunk)) await remove(model, part, mode);
  };

  try {
    // 1. Records the run updated (or archived) get their previous values back: the earliest entry's
    //    previous values win (as if undone one by one, newest first); one write per set of equal values.
    const restores = new Map<string, { model: string; id: number; e: LedgerEntry; previous: Record<string, unknown> }>();
    for (const e of reversed) {
      const key = `${e.model}:${e.res_id}`;
      if (e.operation === "create" || ledgered.has(key) || !e.previous || !decided.get(key)) continue;
      const r = restores.get(key) ?? { model: e.model as string, id: e.res_id as number, e, previous: {} };
      Object.assign(r.previous, e.previous);
      r.e = e;
      restores.set(key, r);
    }
    const restoresByModel = new Map<string, { model: string; id: number; e: LedgerEntry; previous: Record<string, unknown> }[]>();
    for (const r of restores.values()) restoresByModel.set(r.model, [...(restoresByModel.get(r.model) ?? []), r]);
    for (const [model, recs] of restoresByModel) {
      const fields = await client.fieldsGet(model);
      const groups = new Map<string, { vals: Record<string, unknown>; recs: typeof recs }>();
      for (const r of recs) {
        const vals: Record<string, unknown> = {};
        for (const [f, v] of Object.entries(r.previous)) {
          const info = fields[f];
          if (!info || info.readonly) continue;
          if (info.type === "many2one") vals[f] = Array.isArray(v) ? v[0] : (v ?? false);
          else if (RELATIONAL.has(info.type)) vals[f] = [[6, 0, Array.isArray(v) ? v : []]];
          else vals[f] = v;
        }
        const k = canonicalJson(vals);
        const g = groups.get(k) ?? { vals, recs: [] };
        g.recs.push(r);
        groups.set(k, g);
      }
      const names = [...new Set([...groups.values()].flatMap((g) => Object.keys(g.vals)))];
      const before = new Map<number, Record<string, unknown>>();
      if (names.length) for (const part of chunked(recs.map((r) => r.id), readChunk)) for (const row of await client.read<Record<string, unknown>>(model, part, names, NO_ACTIVE_TEST)) before.set(row.id as number, row);
      const restored = async (rs: typeof recs, vals: Record<string, unknown>): Promise<void> => {
        report.restored += rs.length;
        await ledger.append(rs.map((r) => entryFor(r, "restore", { previous: Object.fromEntries(Object.keys(vals).map((f) => [f, before.get(r.id)?.[f]])) })));
      };
      for (const g of groups.values()) {
        for (const part of chunked(g.recs, writeChunk)) {
          if (Object.keys(g.vals).length === 0) {
            await restored(part, g.vals);
            continue;
          }
          try {
            await client.write(model, part.map((r) => r.id), g.vals);
            await restored(part, g.vals);
          } catch (err) {
            if (part.length === 1) {
              report.failed.push({ model, id: (part[0] as Target).id, message: (err as Error).message });
              continue;
            }
            for (const r of part) {
              try {
                await client.write(model, [r.id], g.vals);
                await restored([r], g.vals);
              } catch (err2) {
                report.failed.push({ model, id: r.id, message: (err2 as Error).message });
              }
            }
          }
        }
      }
    }

    // 2. Records the run created, newest first; consecutive records of one model form one group.
    const effectsOf = new Map<string, LedgerEntry[]>();
    for (const e of reversed) {
      if (e.operation !== "create" || e.code !== "side_effect" || !e.side_effect_of) continue;
      const maker = makerKey(e.side_effect_of);
      if (!ledgered.has(maker)) continue;
      effectsOf.set(maker, [...(effectsOf.get(maker) ?? []), e]);
    }
    const attached = new Set([...effectsOf.values()].flat());
    // The ledger is written row by row (a row's industry, its partner, the partner's note …), so
    // neighbouring entries alternate between models. Entries of one object form a segment; within
    // it, models are deleted in the reverse of the order rows created them in, each model's
    // records newest first.
    const segments: LedgerEntry[][] = [];
    for (const e of entries) {
      if (e.operation !== "create" || attached.has(e)) continue;
      const seg = segments[segments.length - 1];
      const last = seg?.[seg.length - 1];
      if (seg && last && last.object === e.object && last.phase === e.phase && last.run === e.run) seg.push(e);
      else segments.push([e]);
    }
    const scheduled = new Set<string>();
    const groups: { model: string; targets: Target[]; effects: LedgerEntry[] }[] = [];
    const fieldTargets: Target[] = [];
    for (const seg of segments.reverse()) {
      for (const model of creationOrder(seg).reverse()) {
        const g = { model, targets: [] as Target[], effects: [] as LedgerEntry[] };
        for (const e of [...seg].reverse()) {
          if (e.model !== model) continue;
          const key = `${e.model}:${e.res_id}`;
          if (decided.get(key) === true && !scheduled.has(key)) {
            scheduled.add(key);
            if (model === "ir.model.fields") fieldTargets.push({ model, id: e.res_id as number, e });
            else g.targets.push({ model, id: e.res_id as number, e });
          }
          g.effects.push(...(effectsOf.get(key) ?? []));
        }
        if (g.targets.length || g.effects.length) groups.push(g);
      }
    }
    for (const g of groups) {
      for (const part of chunked(g.targets, writeChunk)) await remove(g.model, part, "entry");
      // Side effects after their makers: ledgered ones like any created record, found ones only when their maker went.
      const fx: Target[] = [];
      for (const e of g.effects) {
        const key = `${e.model}:${e.res_id}`;
        if (decided.get(key) !== true || scheduled.has(key)) continue;
        scheduled.add(key);
        fx.push({ model: e.model as string, id: e.res_id as number, e });
      }
      await removeAll(fx, "entry");
      const late: Target[] = [];
      for (const t of g.targets) {
        if (!deletedKeys.has(`${t.model}:${t.id}`)) continue;
        for (const l of lateEffects.get(`${t.model}:${t.id}`) ?? []) {
          const key = `${l.model}:${l.id}`;
          if (scheduled.has(key)) continue;
          scheduled.add(key);
          late.push(l);
        }
      }
      await removeAll(late, "late");
    }

    // 3. A delete refused because another record still pointed at it may succeed now that the
    //    later records are gone: one more pass over the refused deletes.
    const retry = deleteFailures.splice(0);
    const retryKeys = new Set(retry.map((t) => `${t.model}:${t.id}`));
    report.failed = report.failed.filter((f) => !retryKeys.has(`${f.model}:${f.id}`));
    await removeAll(retry, "retry");

    // 3b. Records Odoo generated along with ours and that the ledger cannot name: the occurrences and
    //     recurrences of our recurring events, the personal stages of users our tasks were assigned to.
    const sideLedger = async (model: string, ids: number[]): Promise<void> => {
      await ledger.append(ids.map((id) => entryFor({ model, id }, "delete")));
    };
    const g = await removeGenerated(client, generated, writeChunk, sideLedger);
    report.deleted += g.deleted;
    report.failed.push(...g.failed);

    // 4. Custom fields last, all in one unlink (each unlink reloads Odoo's registry once).
    if (fieldTargets.length) {
      await removeAll(fieldTargets, "entry");
      client.invalidateFields();
    }

    // 5. External ids: the ORM removes those of the records it deletes, but not of records that went
    //    with another one in the database (ON DELETE CASCADE): remove those left behind.
    for (const [model, ids] of gone) {
      for (const part of chunked([...ids], readChunk)) {
        const rows = await client.search("ir.model.data", [["model", "=", model], ["res_id", "in", part]]);
        if (rows.length) await client.unlink("ir.model.data", rows);
      }
    }
  } finally {
    await ledger.close();
  }
  await writeFile(join(runDir, "rollback.json"), `${safeJson(report, 2)}\n`);
  return report;
}

/** [start, end of its rollback] (epoch ms) of sibling runs into the same target that started after `since` and are rolled back. */
async function laterRolledBackRuns(runDir: string, since: number, target: string | null | undefined): Promise<[number, number][]> {
  const root = dirname(runDir);
  const out: [number, number][] = [];
  const dirs = await readdir(root).catch(() => [] as string[]);
  for (const d of dirs) {
    const dir = join(root, d);
    if (dir === runDir) continue;
    const state = await readFile(join(dir, "run.json"), "utf8").then((t) => JSON.parse(t) as { started_at?: string; target?: string | null }, () => undefined);
    const rolledBack = await stat(join(dir, "rollback.json")).catch(() => undefined);
    if (!state?.started_at || !rolledBack || (target !== undefined && state.target !== target)) continue;
    const start = Date.parse(state.started_at);
    if (!(start >= since)) continue;
    out.push([start, rolledBack.mtimeMs]);
  }
  return out;
}
