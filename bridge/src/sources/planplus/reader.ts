/** One PlanPlus CSV file as an ObjectReader (sources.md B.2, B.4, C.1). */
import { hash as oneShotHash } from "node:crypto";
import { stat } from "node:fs/promises";
import type { RowOrigin } from "../../core/codes.ts";
import { FerryError } from "../../core/errors.ts";
import { parsePlanPlusDateTime } from "../../core/normalize/dates.ts";
import { countItem, newFileCounts } from "../types.ts";
import type { FileCounts, ObjectReader, ReadItem } from "../types.ts";
import { contentKey, DedupePlan, DedupeScan } from "../dedupe.ts";
import type { DedupeDecision } from "../dedupe.ts";
import { CsvSyntaxError, csvBatches, csvRecords, detectEncoding } from "./csv.ts";
import type { CsvParserKind, PlanPlusEncoding } from "./csv.ts";
import { CsvScanError, scanRecords } from "./prescan.ts";
import { MAX_QUOTED_BYTES, unclosedQuote } from "./tokenizer.ts";
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
  /** bound of a quoted field in bytes (tokenizer.ts MAX_QUOTED_BYTES) */
  maxQuotedBytes?: number;
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
  private readonly maxQuotedBytes: number;
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
    this.maxQuotedBytes = init.maxQuotedBytes ?? MAX_QUOTED_BYTES;
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
      yield* csvBatches(this.path, this.encoding, 1 << 16, this.maxQuotedBytes);
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

  /** scans of the file made by duplicate pre-passes so far (one per pre-pass; none while the file is unchanged) */
  prepassScans = 0;

  /** plan of the latest pre-pass, reused while the file is unchanged (read() is called several times per run) */
  private decided: { key: string; plan: DedupePlan } | null = null;

  /** column index of the order key (`Modified Date`) of repeated ids, -1 when the file has none */
  private get modIdx(): number {
    return this.spec.modifiedColumn ? this.columns.findIndex((col) => col.key === this.spec.modifiedColumn) : -1;
  }

  /**
   * Pre-pass, ONE scan of the bytes (prescan.ts: no decoding, only the id cells become strings): ids
   * go into a 64-bit hash index (~16–24 bytes per distinct id, freed after the scan); a row whose id
   * was seen before is tokenized and recorded (order key + content hash). The read pass decides each
   * repeated id when it reaches the id's first row (dedupe.ts).
   */
  private async decide(): Promise<DedupePlan> {
    if (!this.dedupe) return new DedupePlan();
    const st = await stat(this.path);
    const key = `${st.size}:${st.mtimeMs}`;
    if (this.decided?.key === key) return this.decided.plan;
    const scan = new DedupeScan();
    const width = this.columns.length;
    const idIdx = this.spec.idColumns.map((c) => this.columns.findIndex((col) => col.key === c));
    const modIdx = this.modIdx;
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
    this.prepassScans++;
    try {
      await scanRecords(this.path, this.encoding, wanted, (rec) => {
        if (rec.index === 0 || rec.width !== width || rec.broken) return;
        if (valueIdx >= 0 && rec.cell(valueIdx).trim() === "") return;
        const id = idOfRec(rec);
        if (id === null || !scan.seen(id)) return;
        const cells = rec.cells();
        const mod = modIdx >= 0 ? modifiedMinutes((cells[modIdx] ?? "").trim() || null) : 0;
        scan.repeat(id, rec.index, mod, contentKey(oneShotHash("sha256", cells.join(SEP), "hex")));
      }, undefined, this.maxQuotedBytes);
    } catch (e) {
      if (!(e instanceof CsvScanError)) throw e;
    }
    const plan = scan.finish();
    this.decided = { key, plan };
    return plan;
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
    const plan = await this.decide();
    const modIdx = this.modIdx;
    const width = this.columns.length;
    let row = 0;
    let headerSeen = false;
    const origin = (r: number): RowOrigin => ({ source: "planplus", object: this.object, file: this.file, row: r });
    const malformed = (r: number, id: string | null, rec: readonly string[], message: string, field?: string): ReadItem => ({
      kind: "outcome",
      origin: origin(r),
      id,
      outcome: "rejected",
      issue: { code: "malformed_row", ...(field === undefined ? {} : { field }), raw: rec.join(",").slice(0, RAW_MAX), message },
    });
    try {
      for await (const batch of this.batches()) {
        const out: ReadItem[] = [];
        for (const rec of batch) {
          if (!headerSeen) {
            headerSeen = true;
            continue;
          }
          row++;
          const unclosed = unclosedQuote(rec);
          if (unclosed) {
            const field = this.header[unclosed.field] ?? `column ${unclosed.field + 1}`;
            const idIdx = this.columns.findIndex((c) => c.key === this.spec.idColumns[0]);
            const idGuess = this.spec.idColumns.length === 1 && idIdx >= 0 && idIdx < unclosed.field ? (rec[idIdx] ?? "").trim() || null : null;
            const why =
              unclosed.cause === "too_long"
                ? `no closing quote within ${this.maxQuotedBytes} bytes`
                : "no closing quote before the end of the file";
            const resumed = unclosed.lineBreakFound
              ? "the record was cut at the end of the line where the quote opened; reading resumed on the next line"
              : `the rest of that line (over ${this.maxQuotedBytes} bytes, no line break) was dropped; reading resumed on the next line`;
            out.push(malformed(row, idGuess, rec, `${this.file} row ${row}: unclosed quote in field "${field}" (${why}); ${resumed}`, field));
            continue;
          }
          if (rec.length !== width) {
            if (rec.every((c) => c.trim() === "")) continue;
            const idIdx = this.columns.findIndex((c) => c.key === this.spec.idColumns[0]);
            const idGuess = this.spec.idColumns.length === 1 && idIdx >= 0 ? (rec[idIdx] ?? "").trim() || null : null;
            out.push(malformed(row, idGuess, rec, `record has ${rec.length} fields, header has ${width}`));
            continue;
          }
          const data = this.toData(rec);
          if (this.isIgnored(data)) continue;
          const id = this.idOf(data);
          let hash: string | null = null;
          let decision: DedupeDecision | null = null;
          const group = id === null ? null : plan.groupOf(id);
          if (group) {
            let own: { upd: number; content: number } | null = null;
            if (plan.needsOwn(group, row)) {
              hash = oneShotHash("sha256", rec.join(SEP), "hex");
              own = { upd: modIdx >= 0 ? modifiedMinutes((rec[modIdx] ?? "").trim() || null) : 0, content: contentKey(hash) };
            }
            decision = plan.decide(group, row, own);
          }
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
          out.push({ kind: "record", record: { origin: origin(row), id: id as string, data, hash: hash ?? oneShotHash("sha256", rec.join(SEP), "hex") } });
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
  maxQuotedBytes?: number,
): Promise<PlanPlusFileReader> {
  const encoding = await detectEncoding(absPath);
  const header = await readHeader(absPath, encoding);
  if (!header) throw new FerryError("empty_file", `${file}: file is empty (no header record)`, { file });
  return new PlanPlusFileReader({ spec, path: absPath, file, encoding, header, dedupe, parser, validation, ...(maxQuotedBytes ? { maxQuotedBytes } : {}) });
}
