/** Plexus offline bundle (sources.md A.6): directory or .zip of JSON Lines files + manifest.json. */
import { promises as fsp } from "node:fs";
import { createHash, hash as oneShotHash } from "node:crypto";
import path from "node:path";
import type { RowOrigin } from "../../core/codes.ts";
import { FerryError } from "../../core/errors.ts";
import { canonicalJsonFast } from "./canonical.ts";
import { counted } from "../types.ts";
import type { FileCounts, ObjectReader, ReadItem, SourceExport } from "../types.ts";
import { validatePlexusRecord } from "./schema.ts";
import { listFiles, readChunks, resolveInput } from "../util.ts";
import { contentKey, DedupePlan, DedupeScan, instantKey } from "../dedupe.ts";
import { PLEXUS_OBJECTS } from "./objects.ts";

const RAW_MAX = 1000;

/** Lines of a JSONL file: 1-based physical line numbers, BOM stripped, `\r\n` accepted, empty lines skipped. */
export async function* jsonlLines(file: string): AsyncGenerator<{ line: number; text: string }> {
  const decoder = new TextDecoder("utf-8");
  let rest = "";
  let n = 0;
  let out: { line: number; text: string }[] = [];
  const take = (text: string): void => {
    n++;
    let t = text;
    if (t.endsWith("\r")) t = t.slice(0, -1);
    if (t.trim() !== "") out.push({ line: n, text: t });
  };
  // 64 KiB chunks: a chunk's lines are consumed before the next scavenge (they die young; RSS stays flat)
  for await (const chunk of readChunks(file, 1 << 16)) {
    const text = rest + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (;;) {
      const nl = text.indexOf("\n", start);
      if (nl === -1) break;
      take(text.slice(start, nl));
      start = nl + 1;
    }
    rest = text.slice(start);
    if (out.length) {
      const batch = out;
      out = [];
      yield* batch;
    }
  }
  rest += decoder.decode();
  if (rest !== "") take(rest);
  yield* out;
}

const ID_AT_START = /^\s*\{\s*"id"\s*:\s*"((?:[^"\\]|\\.)*)"/;
const UPDATED = /"updated_at":"([^"\\]*)"/g;

/**
 * `id` and `updated_at` of a JSONL line without a full parse when that is unambiguous (`id` first,
 * exactly one string `updated_at` in the whole line); otherwise JSON.parse. Null for lines that are
 * not JSON objects with a string id.
 */
export function idAndUpdated(text: string): { id: string; updated: unknown } | null {
  const m = ID_AT_START.exec(text);
  if (m && !(m[1] as string).includes("\\")) {
    UPDATED.lastIndex = 0;
    const u1 = UPDATED.exec(text);
    if (u1 && UPDATED.exec(text) === null && !text.includes('"updated_at":null')) {
      // lines that repeat an id are fully parsed before any decision (see decide())
      if (text.trimEnd().endsWith("}")) return { id: m[1] as string, updated: u1[1] };
    }
  }
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch {
    return null;
  }
  if (!obj || typeof obj !== "object" || Array.isArray(obj)) return null;
  const rec = obj as Record<string, unknown>;
  return typeof rec["id"] === "string" ? { id: rec["id"], updated: rec["updated_at"] } : null;
}

function guessId(text: string): string | null {
  const m = /^\s*\{\s*"id"\s*:\s*"([^"\\]{1,100})"/.exec(text);
  return m ? (m[1] as string) : null;
}

export interface PlexusReaderOptions {
  /** full export: deleted rows/tombstones are skipped (`deleted`); delta: passed on as records */
  kind: "full" | "delta";
  dedupe?: boolean;
}

/**
 * Reads objects from any source of JSON lines (a file, or the API client's pages): a pre-pass finds
 * repeated ids for the duplicate/superseded decisions, the second pass yields one item per line.
 */
export class JsonlObjectReader implements ObjectReader {
  counts: FileCounts | undefined;
  /** passes over the lines made by duplicate pre-passes so far (one per read) */
  prepassScans = 0;
  constructor(
    readonly object: string,
    readonly file: string,
    private readonly lines: () => AsyncIterable<{ line: number; text: string }>,
    private readonly opts: PlexusReaderOptions,
  ) {}

  /**
   * Pre-pass, one scan: ids into a 64-bit hash index (freed after the scan); a line whose id was seen
   * before is parsed and recorded (updated_at + content hash). The read pass decides each repeated id
   * when it reaches the id's first line (dedupe.ts).
   */
  private async decide(): Promise<DedupePlan> {
    if (this.opts.dedupe === false) return new DedupePlan();
    const scan = new DedupeScan();
    this.prepassScans++;
    for await (const { line, text } of this.lines()) {
      const key = idAndUpdated(text);
      if (!key || !scan.seen(key.id)) continue;
      let valid = true;
      try {
        JSON.parse(text); // a malformed line accepted by the fast path takes no part in the decision
      } catch {
        valid = false;
      }
      scan.repeat(key.id, line, instantKey(key.updated), valid ? contentKey(oneShotHash("sha1", text.trim(), "hex")) : null);
    }
    return scan.finish();
  }

  /** Every line → one item; records validated against the object's zod schema (schema.ts). */
  read(): AsyncGenerator<ReadItem> {
    return counted(this.file, this.items(), (c) => (this.counts = c));
  }

  private async *items(): AsyncGenerator<ReadItem> {
    const plan = await this.decide();
    const origin = (row: number): RowOrigin => ({ source: "plexus", object: this.object, file: this.file, row });
    for await (const { line, text } of this.lines()) {
      let obj: unknown;
      try {
        obj = JSON.parse(text);
      } catch (e) {
        yield { kind: "outcome", origin: origin(line), id: guessId(text), outcome: "rejected", issue: { code: "malformed_row", raw: text.slice(0, RAW_MAX), message: `not valid JSON: ${(e as Error).message}` } };
        continue;
      }
      if (!obj || typeof obj !== "object" || Array.isArray(obj)) {
        yield { kind: "outcome", origin: origin(line), id: null, outcome: "rejected", issue: { code: "malformed_row", raw: text.slice(0, RAW_MAX), message: "line is not a JSON object" } };
        continue;
      }
      const data = obj as Record<string, unknown>;
      const id = typeof data["id"] === "string" && data["id"] !== "" ? data["id"] : null;
      if (id === null) {
        yield { kind: "outcome", origin: origin(line), id: null, outcome: "rejected", issue: { code: "missing_required", field: "id", message: "record has no id" } };
        continue;
      }
      const g = plan.groupOf(id);
      const d = g ? plan.decide(g, line, plan.needsOwn(g, line) ? { upd: instantKey(data["updated_at"]), content: contentKey(oneShotHash("sha1", text.trim(), "hex")) } : null) : null;
      if (d) {
        yield {
          kind: "outcome",
          origin: origin(line),
          id,
          outcome: "skipped",
          issue: { code: d.code, message: d.code === "duplicate_row" ? `identical copy of line ${d.keeper}` : `older copy; line ${d.keeper} has the latest updated_at` },
        };
        continue;
      }
      if (data["deleted"] === true && this.opts.kind === "full") {
        yield { kind: "outcome", origin: origin(line), id, outcome: "skipped", issue: { code: "deleted", message: `deleted at ${String(data["deleted_at"] ?? "?")}` } };
        continue;
      }
      const bad = validatePlexusRecord(this.object, data);
      if (bad) {
        yield { kind: "outcome", origin: origin(line), id, outcome: "rejected", issue: bad };
        continue;
      }
      const hash = oneShotHash("sha256", canonicalJsonFast(data), "hex");
      yield { kind: "record", record: { origin: origin(line), id, data, hash } };
    }
  }
}

/** Non-empty line count (manifest `count`) and SHA-256 of a file, in one streamed pass. */
export async function fileStats(file: string): Promise<{ count: number; sha256: string }> {
  const h = createHash("sha256");
  let count = 0;
  let nonBlank = false;
  const isBlankByte = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0d || b === 0xef || b === 0xbb || b === 0xbf;
  for await (const buf of readChunks(file)) {
    h.update(buf);
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, start);
      const end = nl === -1 ? buf.length : nl;
      if (!nonBlank) {
        for (let i = start; i < end; i++) {
          if (!isBlankByte(buf[i] as number)) {
            nonBlank = true;
            break;
          }
        }
      }
      if (nl === -1) break;
      if (nonBlank) count++;
      nonBlank = false;
      start = nl + 1;
    }
  }
  if (nonBlank) count++;
  return { count, sha256: h.digest("hex") };
}

export interface OpenPlexusBundleOptions {
  /** override manifest export_type */
  kind?: "full" | "delta";
  /** verify manifest counts/sha256 (one extra streamed pass per file; default true) */
  verify?: boolean;
  dedupe?: boolean;
}

interface ManifestShape {
  format?: unknown;
  format_version?: unknown;
  export_type?: unknown;
  files_dir?: unknown;
  objects?: Record<string, { file?: string; count?: number; sha256?: string }>;
}

export async function openPlexusBundle(input: string, opts: OpenPlexusBundleOptions = {}): Promise<SourceExport> {
  const { root } = await resolveInput(input);
  const files = await listFiles(root);
  const warnings: string[] = [];
  let manifest: ManifestShape | undefined;
  const mPath = files.get("manifest.json");
  if (mPath) {
    try {
      manifest = JSON.parse((await fsp.readFile(mPath, "utf8")).replace(/^\uFEFF/, "")) as ManifestShape;
    } catch (e) {
      throw new FerryError("bad_manifest", `manifest.json is not valid JSON: ${(e as Error).message}`, { file: "manifest.json" });
    }
    if (manifest.format !== "plexus-export-bundle") warnings.push(`manifest.json: unexpected format ${JSON.stringify(manifest.format)}`);
    const major = String(manifest.format_version ?? "").split(".")[0];
    if (major !== "1") throw new FerryError("unsupported_bundle_version", `manifest.json: format_version ${String(manifest.format_version)} is not supported (1.x)`, { file: "manifest.json" });
  } else warnings.push("manifest.json missing: counts and checksums not verified");

  const kind: "full" | "delta" = opts.kind ?? (manifest?.export_type === "delta" ? "delta" : "full");
  const objects = new Map<string, ObjectReader>();
  const missing: string[] = [];
  for (const object of PLEXUS_OBJECTS) {
    const rel = manifest?.objects?.[object]?.file ?? `${object}.jsonl`;
    const abs = files.get(rel.toLowerCase()) ?? files.get(`${object}.jsonl`);
    if (!abs) {
      missing.push(object);
      if (manifest?.objects?.[object]) warnings.push(`${rel}: listed in manifest.json but absent`);
      continue;
    }
    const file = path.relative(root, abs).split(path.sep).join("/");
    objects.set(object, new JsonlObjectReader(object, file, () => jsonlLines(abs), { kind, dedupe: opts.dedupe ?? true }));
    const m = manifest?.objects?.[object];
    if (manifest && !m) warnings.push(`${file}: not listed in manifest.json`);
    if (m && opts.verify !== false) {
      const st = await fileStats(abs);
      if (typeof m.count === "number" && m.count !== st.count) warnings.push(`${file}: manifest count ${m.count}, file has ${st.count} non-empty lines`);
      if (typeof m.sha256 === "string" && m.sha256.toLowerCase() !== st.sha256) warnings.push(`${file}: SHA-256 differs from manifest.json`);
    }
  }
  if (missing.length) warnings.push(`objects not exported (file absent): ${missing.join(", ")}`);
  const result: SourceExport = { source: "plexus", kind, objects, missing, warnings, root, files };
  if (manifest) result.manifest = manifest;
  return result;
}

/** Path of an attachment binary (`file_path` relative to the bundle root), or null when absent. */
export function attachmentPath(ex: SourceExport, filePath: string): string | null {
  return ex.files?.get(filePath.replace(/\\/g, "/").toLowerCase()) ?? null;
}
