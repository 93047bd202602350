/**
 * Profiles uploaded source files in the browser without freezing the page: the file is read in
 * slices (Blob.slice), decoded and parsed incrementally, and the loop yields to the event loop
 * whenever it has worked for more than a frame's worth of time. Zip bundles are inflated as a
 * stream (fflate Unzip), entry by entry; attachment binaries inside a Plexus bundle are skipped.
 */
import { Unzip, UnzipInflate } from "fflate";
import { CsvChunkParser, LineChunker } from "./csv_chunks.ts";
import { ChunkDecoder, Utf8Invalid, type TextEncodingName } from "./decode.ts";
import { Profiler, type FileProfile } from "./column_profile.ts";
import { baseName, detectObject, type Detection } from "./detect.ts";
import { emptyOwnerRefs } from "./owners.ts";

export const DEFAULT_SLICE_BYTES = 64 * 1024;
/** Work budget between two yields, in milliseconds. */
export const DEFAULT_BUDGET_MS = 12;

export type FileFormat = "csv" | "jsonl" | "manifest" | "other";

export interface ProfiledFile {
  path: string;
  name: string;
  format: FileFormat;
  bytes: number;
  encoding: TextEncodingName | null;
  detection: Detection;
  header: string[];
  profile: FileProfile;
  /** Parsed manifest.json of a Plexus bundle. */
  manifest?: Record<string, unknown>;
}

export interface ProfileOptions {
  sliceBytes?: number;
  budgetMs?: number;
  /** Called with bytes read so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** How to give the page a turn; default a macrotask (setTimeout 0). */
  yieldFn?: () => Promise<void>;
  signal?: AbortSignal;
}

export function formatOf(path: string): FileFormat {
  const n = baseName(path).toLowerCase();
  if (n === "manifest.json") return "manifest";
  if (n.endsWith(".csv")) return "csv";
  if (n.endsWith(".jsonl")) return "jsonl";
  return "other";
}

const defaultYield = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Cooperative scheduler: `maybeYield()` awaits a macrotask once the budget is spent. */
export class Yielder {
  private last = Date.now();
  yields = 0;
  constructor(
    private readonly budgetMs: number,
    private readonly yieldFn: () => Promise<void>,
    private readonly signal?: AbortSignal,
  ) {}

  async maybeYield(force = false): Promise<void> {
    if (this.signal?.aborted) throw new DOMException("Profiling cancelled", "AbortError");
    if (force || Date.now() - this.last >= this.budgetMs) {
      this.yields += 1;
      await this.yieldFn();
      this.last = Date.now();
      if (this.signal?.aborted) throw new DOMException("Profiling cancelled", "AbortError");
    }
  }
}

/** Decodes and parses one file's bytes as they arrive; throws Utf8Invalid to ask for a restart. */
export class EntrySink {
  private decoder: ChunkDecoder;
  private csv = new CsvChunkParser();
  private lines = new LineChunker();
  private profiler: Profiler;
  private header: string[] | null = null;
  private manifestText = "";
  bytes = 0;
  readonly format: FileFormat;

  constructor(
    readonly path: string,
    encoding: "utf-8" | "windows-1252" = "utf-8",
  ) {
    this.format = formatOf(path);
    this.profiler = new Profiler(detectObject(path, null).object);
    this.decoder = new ChunkDecoder(encoding);
  }

  push(bytes: Uint8Array, final: boolean): void {
    this.bytes += bytes.length;
    let text = this.decoder.decode(bytes);
    if (final) text += this.decoder.end();
    this.consume(text, final);
  }

  private consume(text: string, final: boolean): void {
    if (this.format === "csv") {
      const records = this.csv.feed(text);
      if (final) records.push(...this.csv.end());
      for (const r of records) {
        if (this.header === null) {
          this.header = r.map((h) => h.trim());
          this.profiler.setHeader(this.header);
        } else {
          this.profiler.addCsv(this.header, r);
        }
      }
    } else if (this.format === "jsonl") {
      const lines = this.lines.feed(text);
      if (final) lines.push(...this.lines.end());
      for (const l of lines) this.profiler.addJsonLine(l);
    } else if (this.format === "manifest") {
      this.manifestText += text;
    }
  }

  result(): ProfiledFile {
    const profile = this.profiler.result();
    const header = this.header ?? profile.columns.map((c) => c.name);
    const out: ProfiledFile = {
      path: this.path,
      name: baseName(this.path),
      format: this.format,
      bytes: this.bytes,
      encoding: this.format === "other" ? null : this.decoder.encoding,
      detection: detectObject(this.path, header),
      header,
      profile,
    };
    if (this.format === "manifest") {
      try {
        out.manifest = JSON.parse(this.manifestText) as Record<string, unknown>;
        out.detection = { source: "plexus", object: null, by: "file name" };
      } catch {
        out.manifest = {};
      }
    }
    return out;
  }
}

/** Bytes of a Blob slice: Blob.arrayBuffer where available, else FileReader (older engines, jsdom). */
export function readBytes(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === "function") return blob.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsArrayBuffer(blob);
  });
}

async function readSlices(
  blob: Blob,
  opts: ProfileOptions,
  y: Yielder,
  onSlice: (bytes: Uint8Array, final: boolean) => void,
): Promise<void> {
  const size = blob.size;
  const step = opts.sliceBytes ?? DEFAULT_SLICE_BYTES;
  if (size === 0) {
    onSlice(new Uint8Array(0), true);
    opts.onProgress?.(0, 0);
    return;
  }
  for (let offset = 0; offset < size; offset += step) {
    const end = Math.min(size, offset + step);
    const bytes = await readBytes(blob.slice(offset, end));
    onSlice(bytes, end >= size);
    opts.onProgress?.(end, size);
    await y.maybeYield();
  }
}

function yielderFor(opts: ProfileOptions): Yielder {
  return new Yielder(opts.budgetMs ?? DEFAULT_BUDGET_MS, opts.yieldFn ?? defaultYield, opts.signal);
}

/** Profiles one CSV / JSONL / manifest file. */
export async function profileBlob(blob: Blob, path: string, opts: ProfileOptions = {}): Promise<ProfiledFile> {
  const y = yielderFor(opts);
  for (const encoding of ["utf-8", "windows-1252"] as const) {
    const sink = new EntrySink(path, encoding);
    try {
      await readSlices(blob, opts, y, (bytes, final) => sink.push(bytes, final));
      return sink.result();
    } catch (e) {
      if (!(e instanceof Utf8Invalid)) throw e;
    }
  }
  throw new Error("unreachable: Windows-1252 decoding cannot fail");
}

/** Profiles every CSV / JSONL / manifest entry of a zip, streaming; other entries are listed unprofiled. */
export async function profileZip(blob: Blob, path: string, opts: ProfileOptions = {}): Promise<ProfiledFile[]> {
  const y = yielderFor(opts);
  const results = new Map<string, ProfiledFile>();
  let retry = new Set<string>();
  const pass = async (force1252: Set<string> | null): Promise<Set<string>> => {
    const failed = new Set<string>();
    const unzip = new Unzip((file) => {
      const fmt = formatOf(file.name);
      if (file.name.endsWith("/")) return;
      if (force1252 && !force1252.has(file.name)) return;
      // Attachment binaries of a Plexus bundle and macOS metadata are not profiled.
      if (file.name.split("/").some((p) => p === "files" || p === "__MACOSX")) return;
      if (fmt === "other") {
        if (!force1252) results.set(file.name, otherEntry(file.name, file.originalSize ?? 0));
        return;
      }
      const sink = new EntrySink(file.name, force1252 ? "windows-1252" : "utf-8");
      let dead = false;
      file.ondata = (err, data, final) => {
        if (err) throw err;
        if (dead) return;
        try {
          sink.push(data, final);
        } catch (e) {
          if (e instanceof Utf8Invalid) {
            dead = true;
            failed.add(file.name);
            return;
          }
          throw e;
        }
        if (final) results.set(file.name, sink.result());
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    await readSlices(blob, opts, y, (bytes, final) => unzip.push(bytes, final));
    return failed;
  };
  retry = await pass(null);
  if (retry.size > 0) await pass(retry);
  return [...results.values()].map((r) => ({ ...r, path: `${baseName(path)}/${r.path}` }));
}

function otherEntry(path: string, bytes: number): ProfiledFile {
  return {
    path,
    name: baseName(path),
    format: "other",
    bytes,
    encoding: null,
    detection: { source: null, object: null, by: "none" },
    header: [],
    profile: { columns: [], rows: 0, malformed: 0, invalidJson: 0, owners: emptyOwnerRefs() },
  };
}

/** Profiles a dropped file: a zip bundle expands to its entries. */
export async function profileUpload(file: Blob, name: string, opts: ProfileOptions = {}): Promise<ProfiledFile[]> {
  if (name.toLowerCase().endsWith(".zip")) return profileZip(file, name, opts);
  return [await profileBlob(file, name, opts)];
}
