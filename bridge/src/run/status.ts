/**
 * `ferry status RUN_DIR`: phase, counts, rate and ETA of a run, read from its folder only (no Odoo):
 * reconciliation.json once the run finished; otherwise the ledger's lines (streamed) and file times.
 */
import { createReadStream } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { FerryError } from "../core/errors.ts";
import { sumValues } from "../core/reconcile.ts";
import type { LedgerEntry } from "./ledger.ts";
import type { Reconciliation } from "./session.ts";

export type RunState = "finished" | "halted" | "running" | "stalled" | "not_started";

export interface ObjectStatus {
  object: string;
  /** Rows decided so far (ledger: distinct source rows; finished: source_count). */
  rows: number;
  created: number;
  updated: number;
  rejected: number;
  skipped: number;
}

export interface RunStatus {
  run_dir: string;
  run: string | null;
  source: string | null;
  kind: string | null;
  state: RunState;
  /** Object being loaded (running) or where the run halted / ended. */
  phase: string | null;
  objects: ObjectStatus[];
  rows_done: number;
  /** Rows the run will read, when known (finished run, or the newest plan of the same source beside it). */
  rows_expected: number | null;
  started_at: string | null;
  last_write_at: string | null;
  elapsed_seconds: number | null;
  rate_per_second: number | null;
  eta_seconds: number | null;
  balanced?: boolean;
  halted?: { object: string; reasons: string[] };
  note?: string;
}

/** A run whose ledger has not grown for this long, without reconciliation.json, is reported stalled. */
export const STALL_SECONDS = 300;

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

/** Source rows of the newest `plan` of the same source in the runs folder beside `runDir`. */
async function expectedFromPlan(runDir: string, source: string | null): Promise<number | null> {
  const root = dirname(runDir);
  let names: string[] = [];
  try {
    names = await readdir(root);
  } catch {
    return null;
  }
  let best: { mtime: number; rows: number } | null = null;
  for (const n of names) {
    const f = join(root, n, "reconciliation.json");
    const rec = await readJson<Reconciliation>(f);
    if (!rec || rec.kind !== "plan" || (source && rec.source !== source)) continue;
    const mtime = (await stat(f)).mtimeMs;
    if (!best || mtime > best.mtime) best = { mtime, rows: rec.objects.reduce((s, o) => s + o.source_count, 0) };
  }
  return best?.rows ?? null;
}

export async function runStatus(runDirArg: string, now: Date = new Date()): Promise<RunStatus> {
  const runDir = resolve(runDirArg);
  try {
    if (!(await stat(runDir)).isDirectory()) throw new Error("not a folder");
  } catch {
    throw new FerryError("usage", `run folder ${runDirArg} not found`, { file: runDirArg });
  }
  const rec = await readJson<Reconciliation>(join(runDir, "reconciliation.json"));
  const ledgerPath = join(runDir, "ledger.jsonl");
  let ledgerStat: { mtimeMs: number; size: number } | undefined;
  try {
    ledgerStat = await stat(ledgerPath);
  } catch {
    ledgerStat = undefined;
  }

  if (rec) {
    const started = Date.parse(rec.started_at);
    const finished = Date.parse(rec.finished_at);
    const rows = rec.objects.reduce((s, o) => s + o.source_count, 0);
    const elapsed = Number.isFinite(started) && Number.isFinite(finished) ? Math.max((finished - started) / 1000, 0) : null;
    return {
      run_dir: runDir,
      run: rec.run,
      source: rec.source,
      kind: rec.kind,
      state: rec.halted ? "halted" : "finished",
      phase: rec.halted?.object ?? rec.objects.at(-1)?.object ?? null,
      objects: rec.objects.map((o) => ({
        object: o.object,
        rows: o.source_count,
        created: o.operations["create"] ?? 0,
        updated: o.operations["update"] ?? 0,
        rejected: sumValues(o.rejected),
        skipped: sumValues(o.skipped),
      })),
      rows_done: rows,
      rows_expected: rows,
      started_at: rec.started_at,
      last_write_at: rec.finished_at,
      elapsed_seconds: elapsed,
      rate_per_second: elapsed && elapsed > 0 ? Math.round((rows / elapsed) * 10) / 10 : null,
      eta_seconds: 0,
      balanced: rec.balanced,
      ...(rec.halted ? { halted: rec.halted, note: `halted at ${rec.halted.object}: continue with --accept-phase ${rec.halted.object}` } : {}),
    };
  }

  // unfinished: stream the ledger (a torn last line after a crash is ignored)
  const objects = new Map<string, ObjectStatus & { seen: Set<string> }>();
  let run: string | null = null;
  let source: string | null = null;
  let first: number | null = null;
  let last: number | null = null;
  let phase: string | null = null;
  if (ledgerStat) {
    const rl = createInterface({ input: createReadStream(ledgerPath, "utf8"), crlfDelay: Infinity });
    for await (const line of rl) {
      if (!line.trim()) continue;
      let e: LedgerEntry;
      try {
        e = JSON.parse(line) as LedgerEntry;
      } catch {
        continue;
      }
      run ??= e.run;
      source ??= e.source;
      const t = Date.parse(e.time);
      if (Number.isFinite(t)) {
        if (first === null || t < first) first = t;
        if (last === null || t > last) last = t;
      }
      phase = e.object;
      let o = objects.get(e.object);
      if (!o) objects.set(e.object, (o = { object: e.object, rows: 0, created: 0, updated: 0, rejected: 0, skipped: 0, seen: new Set() }));
      const rowKey = `${e.source_id ?? ""}#${e.source_row}`;
      if (!o.seen.has(rowKey)) {
        o.seen.add(rowKey);
        o.rows++;
      }
      if (e.operation === "create") o.created++;
      else if (e.operation === "update") o.updated++;
      else if (e.operation === "reject") o.rejected++;
      else if (e.operation === "skip") o.skipped++;
    }
  }
  const rowsDone = [...objects.values()].reduce((s, o) => s + o.rows, 0);
  const lastWrite = ledgerStat ? Math.max(ledgerStat.mtimeMs, last ?? 0) : null;
  const expected = await expectedFromPlan(runDir, source);
  const elapsed = first !== null && lastWrite !== null ? Math.max((lastWrite - first) / 1000, 0) : null;
  const rate = elapsed && elapsed > 0 ? rowsDone / elapsed : null;
  const idle = lastWrite !== null ? (now.getTime() - lastWrite) / 1000 : null;
  const state: RunState = !ledgerStat || rowsDone === 0 ? "not_started" : idle !== null && idle > STALL_SECONDS ? "stalled" : "running";
  return {
    run_dir: runDir,
    run: run ?? basename(runDir),
    source,
    kind: null,
    state,
    phase,
    objects: [...objects.values()].map(({ seen: _seen, ...o }) => o),
    rows_done: rowsDone,
    rows_expected: expected,
    started_at: first !== null ? new Date(first).toISOString() : null,
    last_write_at: lastWrite !== null ? new Date(lastWrite).toISOString() : null,
    elapsed_seconds: elapsed !== null ? Math.round(elapsed) : null,
    rate_per_second: rate !== null ? Math.round(rate * 10) / 10 : null,
    eta_seconds: rate && expected !== null ? Math.max(Math.round((expected - rowsDone) / rate), 0) : null,
    ...(state === "stalled" ? { note: `no ledger write for ${Math.round(idle ?? 0)} s and no reconciliation.json: the run stopped or crashed — \`ferry resume ${runDirArg}\`` } : {}),
    ...(state === "running" && expected === null ? { note: "ETA unknown: no plan of this source beside the run folder (ferry plan gives the row count)" } : {}),
  };
}

function dur(s: number | null): string {
  if (s === null) return "?";
  if (s < 60) return `${Math.round(s)} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
  return `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min`;
}

export function formatStatus(s: RunStatus): string {
  const lines = [
    `run ${s.run ?? "?"} (${s.source ?? "?"}${s.kind ? `, ${s.kind}` : ""}) — ${s.state}${s.phase ? `, phase ${s.phase}` : ""}`,
    `rows ${s.rows_done}${s.rows_expected !== null ? ` of ${s.rows_expected}` : ""} · rate ${s.rate_per_second ?? "?"} rows/s · elapsed ${dur(s.elapsed_seconds)} · ETA ${s.state === "finished" || s.state === "halted" ? "—" : dur(s.eta_seconds)}`,
  ];
  for (const o of s.objects) lines.push(`  ${o.object.padEnd(24)} rows ${String(o.rows).padStart(7)}  created ${o.created}  updated ${o.updated}  rejected ${o.rejected}  skipped ${o.skipped}`);
  if (s.note) lines.push(s.note);
  return `${lines.join("\n")}\n`;
}
