/**
 * `ferry rollback RUN_DIR`: undo a run from its local ledger, within the rollback window (72 h by
 * default). Walks the ledger backwards (reverse dependency order): records the run created are
 * deleted (archived when Odoo refuses the delete), records it updated get their previous values
 * back. Records edited in Odoo after the run wrote them are left alone unless `--force`.
 * Writes rollback.json and its own ledger (rollback_ledger.jsonl).
 */
import { readFile, readdir, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { FerryError } from "../core/errors.ts";
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

/** Odoo datetime (UTC, `YYYY-MM-DD HH:MM:SS`) → epoch ms. */
function odooTime(s: string): number {
  return Date.parse(`${s.replace(" ", "T")}Z`);
}

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
  const tolerance = (opts.toleranceSeconds ?? 5) * 1000;
  // "Edited since the run" = written after the run ended. Odoo itself rewrites records during a run
  // (a lead's e-mail goes to its partner, a subtask touches its parent), so the run's end — not each
  // record's own ledger time — is the line. Checked for every record before anything is undone,
  // since undoing one record can touch another.
  const runState = await readFile(join(runDir, "run.json"), "utf8").then((t) => JSON.parse(t) as { finished_at?: string; target?: string | null }, () => ({}) as { finished_at?: string; target?: string | null });
  const runEnd = Math.max(...entries.map((e) => Date.parse(e.time)), runState.finished_at ? Date.parse(runState.finished_at) : 0);
  // Later Ferry runs into the same database that are rolled back already (a delta, the run after a
  // provisioning) rewrote records too, and Odoo propagated some of those writes (a company's restored
  // address synced to its contacts): a write inside such a run's window, from its start to the end
  // of its rollback, is ours, not an edit made in Odoo.
  const ourWindows = await laterRolledBackRuns(runDir, Math.min(...entries.map((e) => Date.parse(e.time))), runState.target);
  // (Odoo stores write_date to the second: 1 s of slack on each side.)
  const byLaterRun = (t: number): boolean => ourWindows.some(([a, b]) => t >= a - tolerance - 1000 && t <= b + tolerance + 1000);
  const writeDates = new Map<string, number>();
  const idsByModel = new Map<string, number[]>();
  for (const e of entries) idsByModel.set(e.model as string, [...new Set([...(idsByModel.get(e.model as string) ?? []), e.res_id as number])]);
  for (const [model, ids] of idsByModel) {
    for (let i = 0; i < ids.length; i += 1000) {
      const rows = await client.read<{ id: number; write_date: string | false }>(model, ids.slice(i, i + 1000), ["write_date"], { active_test: false });
      for (const r of rows) if (typeof r.write_date === "string") writeDates.set(`${model}:${r.id}`, odooTime(r.write_date));
    }
  }
  // Records Odoo made along with a created record but missing from the ledger (a create recovered
  // after a crash, a ledger from before side effects were recorded): found now, by the same rule as
  // the pipeline's (created in the same transaction), and deleted right after their record.
  const ledgered = new Set(entries.filter((e) => e.operation === "create").map((e) => `${e.model}:${e.res_id}`));
  const covered = new Set(entries.flatMap((e) => (e.side_effect_of ? [e.side_effect_of.replace(/\.[^.]*$/, "")] : [])));
  const lateEffects = new Map<string, { model: string; id: number }[]>();
  for (const [model, specs] of Object.entries(SIDE_EFFECT_FIELDS)) {
    const parents = entries.filter((e) => e.operation === "create" && e.model === model && e.code !== "side_effect" && !covered.has(`${model}#${e.res_id}`)).map((e) => e.res_id as number);
    if (parents.length === 0) continue;
    const rows = await client.read<Record<string, unknown>>(model, [...new Set(parents)], [...new Set([...specs.flatMap((x) => [x.field, ...(x.unlessSet ? [x.unlessSet] : [])]), "create_date"])], { active_test: false });
    for (const spec of specs) {
      const links = new Map<number, { parent: number; at: number }>();
      for (const r of rows) {
        if (spec.unlessSet && r[spec.unlessSet]) continue;
        const v = r[spec.field];
        const child = Array.isArray(v) ? (v[0] as number) : typeof v === "number" ? v : undefined;
        if (child === undefined || ledgered.has(`${spec.model}:${child}`) || links.has(child)) continue;
        links.set(child, { parent: r.id as number, at: typeof r.create_date === "string" ? odooTime(r.create_date) : Number.NaN });
      }
      if (links.size === 0) continue;
      for (const c of await client.read<{ id: number; create_date: string | false }>(spec.model, [...links.keys()], ["create_date"], { active_test: false })) {
        const link = links.get(c.id);
        if (!link || typeof c.create_date !== "string" || !(Math.abs(odooTime(c.create_date) - link.at) <= 1000)) continue;
        lateEffects.set(`${model}:${link.parent}`, [...(lateEffects.get(`${model}:${link.parent}`) ?? []), { model: spec.model, id: c.id }]);
      }
    }
  }
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
  const ledger = await Ledger.open(join(runDir, "rollback_ledger.jsonl"));
  const done = new Set<string>();
  const created = new Set(entries.filter((e) => e.operation === "create").map((e) => `${e.model}:${e.res_id}`));
  try {
    for (const e of [...entries].reverse()) {
      const model = e.model as string;
      const id = e.res_id as number;
      const key = `${model}:${id}`;
      if (e.operation === "update" && created.has(key)) continue; // created by this run: deleted below
      const fields = await client.fieldsGet(model);
      const [current] = await client.read<Record<string, unknown>>(model, [id], ["write_date"], { active_test: false });
      if (!current) {
        if (!done.has(key)) report.already_gone += 1;
        done.add(key);
        continue;
      }
      const writeDate = writeDates.get(key) ?? 0;
      if (!opts.force && !done.has(key) && writeDate > runEnd + tolerance && !byLaterRun(writeDate)) {
        report.refused_modified.push({ model, id, ...(e.xmlid ? { xmlid: e.xmlid } : {}), write_date: String(current.write_date) });
        done.add(key);
        continue;
      }
      const entryBase = { run: `rollback-of-${e.run}`, phase: "rollback", source: e.source, object: e.object, source_id: e.source_id, source_row: e.source_row, model, res_id: id, ...(e.xmlid ? { xmlid: e.xmlid } : {}), outcome: "loaded", time: new Date().toISOString() };
      try {
        if (e.operation === "create") {
          if (done.has(key)) continue;
          done.add(key);
          try {
            await client.unlink(model, [id]);
            report.deleted += 1;
            await ledger.append([{ ...entryBase, operation: "delete" } as LedgerEntry]);
            for (const fx of lateEffects.get(key) ?? []) {
              if (done.has(`${fx.model}:${fx.id}`)) continue;
              done.add(`${fx.model}:${fx.id}`);
              const fxBase = { ...entryBase, model: fx.model, res_id: fx.id, code: "side_effect" };
              delete (fxBase as { xmlid?: string }).xmlid;
              try {
                await client.unlink(fx.model, [fx.id]);
                report.deleted += 1;
                await ledger.append([{ ...fxBase, operation: "delete" } as LedgerEntry]);
              } catch (err) {
                if ((await client.search(fx.model, [["id", "=", fx.id]], { context: { active_test: false } })).length === 0) continue; // went with its record (cascade)
                report.failed.push({ model: fx.model, id: fx.id, message: (err as Error).message });
              }
            }
          } catch (err) {
            if (!("active" in fields)) throw err;
            await client.write(model, [id], { active: false });
            report.archived += 1;
            await ledger.append([{ ...entryBase, operation: "archive", code: `delete refused: ${(err as Error).message}` } as LedgerEntry]);
          }
        } else if (e.previous) {
          const vals: Record<string, unknown> = {};
          for (const [f, v] of Object.entries(e.previous)) {
            const info = fields[f];
            if (!info || info.readonly) continue;
            if (info.type === "many2one") vals[f] = Array.isArray(v) ? v[0] : (v ?? false);
            else if (RELATIONAL.has(info.type)) vals[f] = [[6, 0, Array.isArray(v) ? v : []]];
            else vals[f] = v;
          }
          const [before] = await client.read<Record<string, unknown>>(model, [id], Object.keys(vals));
          await client.write(model, [id], vals);
          report.restored += 1;
          await ledger.append([{ ...entryBase, operation: "restore", previous: before ?? {} } as LedgerEntry]);
        }
      } catch (err) {
        report.failed.push({ model, id, message: (err as Error).message });
      }
    }
    // A delete refused because another record still pointed at it may succeed now that the
    // later records are gone: one more pass over the failures.
    const retry = report.failed.splice(0);
    for (const f of retry) {
      try {
        await client.unlink(f.model, [f.id]);
        report.deleted += 1;
        await ledger.append([{ run: `rollback-of-${report.run}`, phase: "rollback", source: entries[0]?.source ?? "", object: "(retry)", source_id: null, source_row: 0, model: f.model, res_id: f.id, outcome: "loaded", operation: "delete", time: new Date().toISOString() }]);
      } catch (err) {
        report.failed.push({ model: f.model, id: f.id, message: (err as Error).message });
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
