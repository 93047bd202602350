/** One PlanPlus CSV file as an ObjectReader (sources.md B.2, B.4, C.1). */
import { hash as oneShotHash } from "node:crypto";
import { stat } from "node:fs/promises";
import type { RowOrigin } from "../../core/codes.ts";
import { FerryError } from "../../core/errors.ts";
import { parsePlanPlusDateTime } from "../../core/normalize/dates.ts";
import { countItem, newFileCounts } from "../types.ts";
import type { FileCounts, ObjectReader, ReadItem } from "../types.ts";
import { DedupeIndex } from "../dedupe.ts";
import type { DedupeDecision } from "../dedupe.ts";
import { CsvSyntaxError, csvBatches, csvRecords, detectEncoding } from "./csv.ts";
import type { CsvParserKind, PlanPlusEncoding } from "./csv.ts";
import { CsvScanError, scanRecords } from "./prescan.ts";
import type { ScannedRecord } from "./prescan.ts";
import { headerKey, isVerbatim, missingRequired, validatePlanPlusRow } from "./schema.ts";
import type { PlanPlusFileSpec } from "./schema.ts";

const SEP = "\u001f";
const RAW_MAX = 1000;

interface Column {
  /** key in `data`: the spec header text, or the trimmed file header for unknown columns */
  key: string;
  verbatim: boolean;
}

type Decision = DedupeDecision;

/** Minutes since epoch of a `M/D/YYYY h:mm AM` (or other accepted) value, for ordering; -2^31 when blank/bad. */
function modifiedMinutes(raw: string | null): number {
  if (raw === null) return -2147483648;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])[Mm])?$/.exec(raw);
  let ms: number;
  if (m) {
    let h = Number(m[4] ?? 0);
    if (m[7]) {
      const pm = m[7].toLowerCase() === "p";
      if (h === 12) h = pm ? 12 : 0;
      else if (pm) h += 12;
    }
    ms = Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), h, Number(m[5] ?? 0));
  } else {
    const r = parsePlanPlusDateTime(raw, "UTC");
    if (!r) return -2147483648;
    ms = Date.parse(`${r.utc.replace(" ", "T")}Z`);
  }
  return Number.isFinite(ms) ? Math.floor(ms / 60_000) : -2147483648;
}

export interface PlanPlusFileReaderInit {
  spec: PlanPlusFileSpec;
  path: string;
  /** file name as written in reports (the actual name found, relative to the export root) */
  file: string;
  encoding: PlanPlusEncoding;
  header: string[];
  /** set `false` to skip the duplicate/superseded pre-pass (one pass only) */
  dedupe?: boolean;
  parser?: CsvParserKind;
  /**
   * `fast` (default): the read loop checks rows with the compiled form of the zod row schema and runs
   * zod itself on the rows that fail it (for the issue); `zod`: every row through zod `safeParse`.
   */
  validation?: "fast" | "zod";
}

export class PlanPlusFileReader implements ObjectReader {
  readonly object: string;
  readonly file: string;
  readonly encoding: PlanPlusEncoding;
  readonly header: string[];
  readonly unknownColumns: string[];
  private readonly columns: Column[];
  private readonly spec: PlanPlusFileSpec;
  private readonly path: string;
  private readonly dedupe: boolean;
  private readonly parser: CsvParserKind;
  private readonly validation: "fast" | "zod";
  counts: FileCounts | undefined;
  /** spec columns absent from the file (optional ones read as null) */
  readonly absentColumns: string[];

  constructor(init: PlanPlusFileReaderInit) {
    this.spec = init.spec;
    this.object = init.spec.object;
    this.file = init.file;
    this.path = init.path;
    this.encoding = init.encoding;
    this.header = init.header.map((h) => h.replace(/^\uFEFF/, "").trim());
    this.dedupe = init.dedupe ?? true;
    this.parser = init.parser ?? "fast";
    this.validation = init.validation ?? "fast";
    const byKey = new Map(init.spec.columns.map((c) => [headerKey(c), c]));
    const seen = new Set<string>();
    this.unknownColumns = [];
    this.columns = this.header.map((h) => {
      const specCol = byKey.get(headerKey(h));
      if (specCol && !seen.has(specCol)) {
        seen.add(specCol);
        return { key: specCol, verbatim: isVerbatim(specCol) };
      }
      this.unknownColumns.push(h);
      return { key: h, verbatim: false };
    });
    this.absentColumns = init.spec.columns.filter((c) => !seen.has(c));
    for (const col of init.spec.required) {
      if (!seen.has(col)) {
        throw new FerryError("missing_column", `${this.file}: required column "${col}" is missing`, { file: this.file, column: col });
      }
    }
  }

  private nonNull = 0;

  /** Cells → data (trimmed, empty → null); `this.nonNull` = number of non-null cells. */
  private toData(rec: string[]): Record<string, string | null> {
    const data: Record<string, string | null> = {};
    let nonNull = 0;
    const cols = this.columns;
    for (let i = 0; i < cols.length; i++) {
      const col = cols[i] as Column;
      const raw = rec[i] ?? "";
      const t = raw.trim();
      if (t === "") data[col.key] = null;
      else {
        data[col.key] = col.verbatim ? raw : t;
        nonNull++;
      }
    }
    for (const c of this.absentColumns) data[c] = null;
    this.nonNull = nonNull;
    return data;
  }

  private idOf(data: Record<string, string | null>): string | null {
    const cols = this.spec.idColumns;
    if (cols.length === 1) return data[cols[0] as string] ?? null;
    let id = "";
    for (let k = 0; k < cols.length; k++) {
      const v = data[cols[k] as string] ?? null;
      if (v === null) return null;
      id = k ? `${id}|${v}` : v;
    }
    return id;
  }

  /** blank record (every cell empty), or a custom_fields row with a blank Value (B.4: not counted) */
  private isIgnored(data: Record<string, string | null>): boolean {
    if (this.nonNull === 0) return true;
    return this.spec.object === "custom_fields" && data["Value"] === null;
  }

  /** All records of the file (header included), in batches. */
  private async *batches(): AsyncGenerator<string[][]> {
    if (this.parser === "fast") {
      yield* csvBatches(this.path, this.encoding);
      return;
    }
    let batch: string[][] = [];
    for await (const rec of csvRecords(this.path, this.encoding, "csv-parse")) {
      batch.push(rec);
      if (batch.length >= 1000) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }

  /** decisions of the latest pre-pass, reused while the file is unchanged (read() is called several times per run) */
  private decided: { key: string; decisions: Map<number, Decision> } | null = null;

  /**
   * Pre-pass: find ids seen more than once and decide duplicate_row / superseded per row number.
   * Pass 1 scans the bytes (prescan.ts: no decoding, only the id cells become strings) and indexes
   * ids (~24 bytes per distinct id); only when an id repeats does a second scan tokenize and hash
   * the rows involved.
   */
  private async decide(): Promise<Map<number, Decision>> {
    const idx = new DedupeIndex();
    if (!this.dedupe) return idx.decisions();
    const st = await stat(this.path);
    const key = `${st.size}:${st.mtimeMs}`;
    if (this.decided?.key === key) return this.decided.decisions;
    const width = this.columns.length;
    const idIdx = this.spec.idColumns.map((c) => this.columns.findIndex((col) => col.key === c));
    const modIdx = this.spec.modifiedColumn ? this.columns.findIndex((col) => col.key === this.spec.modifiedColumn) : -1;
    const valueIdx = this.spec.object === "custom_fields" ? this.columns.findIndex((col) => col.key === "Value") : -1;
    const wanted = [...idIdx, valueIdx].filter((i) => i >= 0);
    const idOfRec = (rec: ScannedRecord): string | null => {
      let id = "";
      for (let k = 0; k < idIdx.length; k++) {
        const v = rec.cell(idIdx[k] as number).trim();
        if (v === "") return null;
        id += k ? `|${v}` : v;
      }
      return id;
    };
    const eachRow = async (fn: (rec: ScannedRecord, id: string) => void): Promise<void> => {
      try {
        await scanRecords(this.path, this.encoding, wanted, (rec) => {
          if (rec.index === 0 || rec.width !== width) return;
          if (valueIdx >= 0 && rec.cell(valueIdx).trim() === "") return;
          const id = idOfRec(rec);
          if (id !== null) fn(rec, id);
        });
      } catch (e) {
        if (!(e instanceof CsvScanError)) throw e;
      }
    };
    await eachRow((_rec, id) => idx.see(id));
    if (idx.hasRepeats()) {
      await eachRow((rec, id) => {
        const g = idx.repeatedGroup(id);
        if (g === -1) return;
        const cells = rec.cells();
        const mod = modIdx >= 0 ? modifiedMinutes((cells[modIdx] ?? "").trim() || null) : 0;
        idx.occurrence(g, rec.index, mod, oneShotHash("sha256", cells.join(SEP), "hex"));
      });
    }
    const decisions = idx.decisions();
    this.decided = { key, decisions };
    return decisions;
  }

  /** Every record → one item (blank records excepted); valid rows validated with the zod row schema. */
  async *read(): AsyncGenerator<ReadItem> {
    const c = newFileCounts(this.file);
    this.counts = c;
    for await (const batch of this.itemBatches()) {
      for (const item of batch) {
        countItem(c, item);
        yield item;
      }
    }
    c.done = true;
  }

  /** Items in batches (one per CSV chunk): one async step per batch, not per row. */
  private async *itemBatches(): AsyncGenerator<ReadItem[]> {
    const decisions = await this.decide();
    const width = this.columns.length;
    let row = 0;
    let headerSeen = false;
    const origin = (r: number): RowOrigin => ({ source: "planplus", object: this.object, file: this.file, row: r });
    try {
      for await (const batch of this.batches()) {
        const out: ReadItem[] = [];
        for (const rec of batch) {
          if (!headerSeen) {
            headerSeen = true;
            continue;
          }
          row++;
          if (rec.length !== width) {
            if (rec.every((c) => c.trim() === "")) continue;
            const idIdx = this.columns.findIndex((c) => c.key === this.spec.idColumns[0]);
            const idGuess = this.spec.idColumns.length === 1 && idIdx >= 0 ? (rec[idIdx] ?? "").trim() || null : null;
            out.push({
              kind: "outcome",
              origin: origin(row),
              id: idGuess,
              outcome: "rejected",
              issue: {
                code: "malformed_row",
                raw: rec.join(",").slice(0, RAW_MAX),
                message: `record has ${rec.length} fields, header has ${width}`,
              },
            });
            continue;
          }
          const data = this.toData(rec);
          if (this.isIgnored(data)) continue;
          const id = this.idOf(data);
          const decision = decisions.get(row);
          if (decision && id !== null) {
            out.push({
              kind: "outcome",
              origin: origin(row),
              id,
              outcome: "skipped",
              issue: {
                code: decision.code,
                message:
                  decision.code === "duplicate_row"
                    ? `same id and content as an earlier row; row ${decision.keeper} kept`
                    : `same id as row ${decision.keeper}, which is newer; row ${decision.keeper} kept`,
              },
            });
            continue;
          }
          const missing = this.validation === "zod" ? "" : missingRequired(this.spec, (c) => data[c] ?? null);
          if (missing !== null) {
            const issue = validatePlanPlusRow(this.spec, data) ?? (missing ? { code: "missing_required" as const, field: missing, message: `required value "${missing}" is empty` } : null);
            if (issue) {
              out.push({ kind: "outcome", origin: origin(row), id, outcome: "rejected", issue });
              continue;
            }
          }
          const hash = oneShotHash("sha256", rec.join(SEP), "hex");
          out.push({ kind: "record", record: { origin: origin(row), id: id as string, data, hash } });
        }
        if (out.length) yield out;
      }
    } catch (e) {
      if (!(e instanceof CsvSyntaxError)) throw e;
      yield [
        {
          kind: "outcome",
          origin: origin(row + 1),
          id: null,
          outcome: "rejected",
          issue: { code: "malformed_row", message: `CSV syntax error, rest of file unreadable: ${e.message}` },
        },
      ];
    }
  }
}

/** Reads the header record of a file (first CSV record). */
export async function readHeader(file: string, encoding: PlanPlusEncoding): Promise<string[] | null> {
  for await (const rec of csvRecords(file, encoding)) return rec;
  return null;
}

export async function openPlanPlusFile(
  spec: PlanPlusFileSpec,
  absPath: string,
  file: string,
  dedupe = true,
  parser: CsvParserKind = "fast",
  validation: "fast" | "zod" = "fast",
): Promise<PlanPlusFileReader> {
  const encoding = await detectEncoding(absPath);
  const header = await readHeader(absPath, encoding);
  if (!header) throw new FerryError("empty_file", `${file}: file is empty (no header record)`, { file });
  return new PlanPlusFileReader({ spec, path: absPath, file, encoding, header, dedupe, parser, validation });
}
