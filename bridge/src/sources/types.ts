/** Reader interface shared by the PlanPlus and Plexus readers (issue 4). Node-only side. */
import type { RowIssue, RowOrigin, SourceSystem } from "../core/codes.ts";

/**
 * One source row that passed the reader-level checks.
 * - PlanPlus: `data` keys are the spec's exact header texts ("E-mail Address"); values `string | null`
 *   (null = empty after trimming). Unknown columns appear under their (trimmed) header text too.
 * - Plexus: `data` is the parsed JSON object as-is.
 * `hash` = mapping.md §1.2 source_hash (SHA-256 hex).
 */
export interface SourceRecord {
  origin: RowOrigin;
  id: string;
  data: Record<string, unknown>;
  hash: string;
}

export type ReadItem =
  | { kind: "record"; record: SourceRecord }
  | { kind: "outcome"; origin: RowOrigin; id: string | null; outcome: "rejected" | "skipped"; issue: RowIssue };

export interface ObjectReader {
  object: string;
  /** file name relative to the export root (`contacts.csv`, `customers.jsonl`) or the API path */
  file: string;
  /** PlanPlus: `utf-8`, `utf-8-bom` or `windows-1252` (B.2). */
  encoding?: string;
  /** PlanPlus: header texts as found in the file (trimmed). */
  header?: string[];
  /** PlanPlus: columns not in the spec, kept in `data` under their header text. */
  unknownColumns?: string[];
  /** Every source row yields exactly one item (blank CSV records / blank custom_fields values excepted). Re-callable. */
  read(): AsyncIterable<ReadItem>;
  /**
   * Counts of the latest `read()` (updated while it runs; `done` once the file was read to the end):
   * rows read, valid records, rejects and skips by code. Undefined before the first read.
   */
  readonly counts?: FileCounts | undefined;
}

/** Per-file reader counts (issue 4: read / valid / rejected). */
export interface FileCounts extends ReadCounts {
  file: string;
  rejectedBy: Record<string, number>;
  skippedBy: Record<string, number>;
  /** the read ran to the end of the file */
  done: boolean;
}

export function newFileCounts(file: string): FileCounts {
  return { file, read: 0, valid: 0, rejected: 0, skipped: 0, rejectedBy: {}, skippedBy: {}, done: false };
}

/** Adds one item to `c`. */
export function countItem(c: FileCounts, item: ReadItem): void {
  c.read++;
  if (item.kind === "record") c.valid++;
  else if (item.outcome === "rejected") {
    c.rejected++;
    c.rejectedBy[item.issue.code] = (c.rejectedBy[item.issue.code] ?? 0) + 1;
  } else {
    c.skipped++;
    c.skippedBy[item.issue.code] = (c.skippedBy[item.issue.code] ?? 0) + 1;
  }
}

/** Wraps a reader's item stream so that `set(counts)` always holds the counts of the latest read. */
export async function* counted(file: string, items: AsyncIterable<ReadItem>, set: (c: FileCounts) => void): AsyncGenerator<ReadItem> {
  const c = newFileCounts(file);
  set(c);
  for await (const item of items) {
    countItem(c, item);
    yield item;
  }
  c.done = true;
}

export interface SourceExport {
  source: SourceSystem;
  edition?: "business" | "planner";
  kind: "full" | "delta";
  /** object name → reader, for the files/endpoints present */
  objects: Map<string, ObjectReader>;
  /** object names whose file is absent (not exported) */
  missing: string[];
  /** integrity and format warnings for the report (unknown columns, manifest mismatches, ...) */
  warnings: string[];
  /** Plexus bundle manifest.json as parsed */
  manifest?: unknown;
  /** absolute root folder (after zip extraction) */
  root?: string;
  /**
   * Other files of the export by lower-cased relative path with `/` separators
   * (PlanPlus `project_summaries/pr-0001.html`, Plexus `files/<att id>/<name>`) → absolute path.
   */
  files?: Map<string, string>;
}

export interface ReadCounts {
  read: number;
  valid: number;
  rejected: number;
  skipped: number;
}

/** Drain a reader and count its items (tests, profiling, reports). */
export async function countItems(reader: ObjectReader): Promise<ReadCounts> {
  const c: ReadCounts = { read: 0, valid: 0, rejected: 0, skipped: 0 };
  for await (const item of reader.read()) {
    c.read++;
    if (item.kind === "record") c.valid++;
    else if (item.outcome === "rejected") c.rejected++;
    else c.skipped++;
  }
  return c;
}
