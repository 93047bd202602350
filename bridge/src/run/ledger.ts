/**
 * Local append-only ledger: one JSON line per write (or per decided row), flushed durably per batch.
 * Used when the addon is absent (Odoo Online) and mirrored to `ferry.ledger` when it is installed.
 */
import { open, readFile, readdir, stat } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { join } from "node:path";

export type LedgerOperation = "create" | "update" | "unchanged" | "archive" | "delete" | "restore" | "reject" | "skip";

export interface LedgerEntry {
  run: string;
  phase: string;
  source: string;
  object: string;
  source_id: string | null;
  source_row: number;
  model?: string;
  res_id?: number;
  xmlid?: string;
  operation: LedgerOperation;
  outcome: string;
  code?: string;
  flags?: string[];
  source_hash?: string;
  previous?: Record<string, unknown>;
  time: string;
}

export class Ledger {
  private constructor(
    readonly path: string,
    private readonly fh: FileHandle,
  ) {}

  static async open(path: string): Promise<Ledger> {
    return new Ledger(path, await open(path, "a"));
  }

  /** Appends the entries and fsyncs before returning: after this, a crash cannot lose them. */
  async append(entries: readonly LedgerEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.fh.appendFile(entries.map((e) => `${JSON.stringify(e)}\n`).join(""), "utf8");
    await this.fh.sync();
  }

  async close(): Promise<void> {
    await this.fh.close();
  }
}

/** Reads a ledger, tolerating a torn last line after a crash. */
export async function readLedger(path: string): Promise<LedgerEntry[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return [];
  }
  const out: LedgerEntry[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as LedgerEntry);
    } catch {
      // torn write at the end of a crashed run: the row was not acknowledged, so it is retried.
    }
  }
  return out;
}

/**
 * The latest content hash written per external id, over every run folder under `runsRoot`
 * (oldest first), so unchanged rows can be skipped on the next run (mapping.md §1.2).
 */
export async function hashIndex(runsRoot: string, exclude?: string): Promise<Map<string, { hash: string; resId?: number; time: string }>> {
  const index = new Map<string, { hash: string; resId?: number; time: string }>();
  let dirs: string[] = [];
  try {
    dirs = await readdir(runsRoot);
  } catch {
    return index;
  }
  const withTimes: { dir: string; mtime: number }[] = [];
  for (const d of dirs) {
    const p = join(runsRoot, d, "ledger.jsonl");
    if (exclude && join(runsRoot, d) === exclude) continue;
    try {
      withTimes.push({ dir: p, mtime: (await stat(p)).mtimeMs });
    } catch {
      /* not a run folder */
    }
  }
  withTimes.sort((a, b) => a.mtime - b.mtime);
  for (const { dir } of withTimes) {
    for (const e of await readLedger(dir)) {
      if (!e.xmlid || !e.source_hash) continue;
      if (e.operation === "create" || e.operation === "update" || e.operation === "unchanged") {
        index.set(e.xmlid, { hash: e.source_hash, ...(e.res_id !== undefined ? { resId: e.res_id } : {}), time: e.time });
      } else if (e.operation === "delete" || e.operation === "archive") {
        index.delete(e.xmlid);
      }
    }
  }
  return index;
}
