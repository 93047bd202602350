/**
 * Local append-only ledger: one JSON line per write (or per decided row), flushed durably per batch.
 * Used when the addon is absent (Odoo Online) and mirrored to `ferry.ledger` when it is installed.
 */
import { createReadStream } from "node:fs";
import { open, readFile, readdir, stat } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";

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
  /** A record Odoo created along with ours (code `side_effect`): `<model>#<id>.<field>` of the record that points at it. */
  side_effect_of?: string;
  time: string;
}

/**
 * Receives each batch once it is durable locally. `firstSeq`: the line number of its first entry in
 * the ledger (1-based, counting the entries {@link readLedger} returns), the key that makes
 * mirroring a line twice harmless and lets a restarted sidecar re-send what did not arrive.
 */
export type LedgerMirror = (entries: readonly LedgerEntry[], firstSeq: number) => Promise<void>;

export class Ledger {
  #count: number;

  private constructor(
    readonly path: string,
    private readonly fh: FileHandle,
    count: number,
    private readonly mirror?: LedgerMirror,
  ) {
    this.#count = count;
  }

  /** Entries in the ledger (readable lines, written before or by this handle). */
  get count(): number {
    return this.#count;
  }

  /** `mirror` receives every appended batch after it is durable locally (the addon's `ferry.ledger`). */
  static async open(path: string, mirror?: LedgerMirror): Promise<Ledger> {
    const fh = await open(path, "a+");
    let count = 0;
    try {
      // A crash mid-write leaves a torn last line without its newline: end it, or the next line
      // appended would be glued to it and be unreadable too (a lost entry of the resumed run).
      const { size } = await fh.stat();
      if (size > 0) {
        const last = Buffer.alloc(1);
        await fh.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) {
          await fh.appendFile("\n", "utf8");
          await fh.sync();
        }
        for await (const _ of ledgerLines(path)) count++;
      }
    } catch (e) {
      await fh.close();
      throw e;
    }
    return new Ledger(path, fh, count, mirror);
  }

  /** Appends the entries and fsyncs before returning: after this, a crash cannot lose them. */
  async append(entries: readonly LedgerEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.fh.appendFile(entries.map((e) => `${JSON.stringify(e)}\n`).join(""), "utf8");
    await this.fh.sync();
    const first = this.#count + 1;
    this.#count += entries.length;
    await this.mirror?.(entries, first);
  }

  async close(): Promise<void> {
    await this.fh.close();
  }
}

/**
 * Streams a ledger's entries in order (line by line: a ledger of millions of rows is never held in
 * memory), skipping a torn line left by a crash. `seq` is the entry's line number as {@link Ledger}
 * counts it.
 */
export async function* ledgerLines(path: string): AsyncGenerator<{ seq: number; entry: LedgerEntry }> {
  let stream: ReturnType<typeof createReadStream>;
  try {
    await stat(path);
    stream = createReadStream(path, { encoding: "utf8" });
  } catch {
    return;
  }
  let seq = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    let entry: LedgerEntry;
    try {
      entry = JSON.parse(line) as LedgerEntry;
    } catch {
      continue; // torn write at the end of a crashed attempt
    }
    yield { seq: ++seq, entry };
  }
}

/** Reads a whole ledger (small ledgers: rollback, delta, sample), tolerating a torn last line after a crash. */
export async function readLedger(path: string): Promise<LedgerEntry[]> {
  const out: LedgerEntry[] = [];
  for await (const { entry } of ledgerLines(path)) out.push(entry);
  return out;
}

/** Key of a loaded row in the unchanged-row index: object plus its content hash. */
export function rowKey(object: string, sourceHash: string): string {
  return `${object}:${sourceHash.slice(0, 32)}`;
}

/** 96-bit keys (three uint32) in an open-addressing table: ~20 bytes a key instead of a string's ~100. */
class Key96Set {
  #keys = new Uint32Array(3 * 1024);
  #table = new Int32Array(2048).fill(-1);
  #mask = 2047;
  size = 0;

  #slot(a: number, b: number, c: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ c) & this.#mask;
  }

  has(a: number, b: number, c: number): boolean {
    for (let slot = this.#slot(a, b, c); ; slot = (slot + 1) & this.#mask) {
      const e = this.#table[slot] as number;
      if (e === -1) return false;
      if (this.#keys[3 * e] === a && this.#keys[3 * e + 1] === b && this.#keys[3 * e + 2] === c) return true;
    }
  }

  add(a: number, b: number, c: number): void {
    let slot = this.#slot(a, b, c);
    for (; ; slot = (slot + 1) & this.#mask) {
      const e = this.#table[slot] as number;
      if (e === -1) break;
      if (this.#keys[3 * e] === a && this.#keys[3 * e + 1] === b && this.#keys[3 * e + 2] === c) return;
    }
    const e = this.size++;
    if (3 * this.size > this.#keys.length) {
      const grown = new Uint32Array(this.#keys.length * 2);
      grown.set(this.#keys);
      this.#keys = grown;
    }
    this.#keys[3 * e] = a;
    this.#keys[3 * e + 1] = b;
    this.#keys[3 * e + 2] = c;
    this.#table[slot] = e;
    if (this.size * 2 > this.#table.length) this.#rehash();
  }

  #rehash(): void {
    this.#table = new Int32Array(this.#table.length * 2).fill(-1);
    this.#mask = this.#table.length - 1;
    for (let e = 0; e < this.size; e++) {
      let slot = this.#slot(this.#keys[3 * e] as number, this.#keys[3 * e + 1] as number, this.#keys[3 * e + 2] as number);
      while (this.#table[slot] !== -1) slot = (slot + 1) & this.#mask;
      this.#table[slot] = e;
    }
  }

  *entries(): Generator<[number, number, number]> {
    for (let e = 0; e < this.size; e++) yield [this.#keys[3 * e] as number, this.#keys[3 * e + 1] as number, this.#keys[3 * e + 2] as number];
  }
}

const HEX96 = /^[0-9a-f]{24}/;

/**
 * The loaded-row index ({@link rowKey} keys): per object, the first 96 bits of each row's content
 * hash in typed arrays (a run of millions of rows keeps tens of MB, not a string per row). A
 * collision of 96-bit prefixes between a changed row and a loaded one is negligible (~10⁻¹⁶ at
 * 10⁷ rows). Keys whose hash is not hex are kept as they are.
 */
export class LoadedRows {
  readonly #byObject = new Map<string, Key96Set>();
  readonly #other = new Set<string>();

  static #split(key: string): { object: string; hex: string | undefined } {
    const i = key.lastIndexOf(":");
    const object = key.slice(0, i);
    const hash = key.slice(i + 1);
    return { object, hex: i > 0 && HEX96.test(hash) ? hash.slice(0, 24) : undefined };
  }

  static #words(hex: string): [number, number, number] {
    return [Number.parseInt(hex.slice(0, 8), 16), Number.parseInt(hex.slice(8, 16), 16), Number.parseInt(hex.slice(16, 24), 16)];
  }

  add(key: string): this {
    const { object, hex } = LoadedRows.#split(key);
    if (hex === undefined) {
      this.#other.add(key);
      return this;
    }
    let set = this.#byObject.get(object);
    if (!set) this.#byObject.set(object, (set = new Key96Set()));
    set.add(...LoadedRows.#words(hex));
    return this;
  }

  has(key: string): boolean {
    const { object, hex } = LoadedRows.#split(key);
    if (hex === undefined) return this.#other.has(key);
    return this.#byObject.get(object)?.has(...LoadedRows.#words(hex)) ?? false;
  }

  /** Adds every key of `other`. */
  addAll(other: LoadedRows): this {
    for (const k of other.#other) this.#other.add(k);
    for (const [object, set] of other.#byObject) {
      let mine = this.#byObject.get(object);
      if (!mine) this.#byObject.set(object, (mine = new Key96Set()));
      for (const [a, b, c] of set.entries()) mine.add(a, b, c);
    }
    return this;
  }

  get size(): number {
    let n = this.#other.size;
    for (const s of this.#byObject.values()) n += s.size;
    return n;
  }
}

/**
 * Rows already loaded by earlier runs under `runsRoot` (object + content hash), so a re-run skips
 * rows whose content and mapping are unchanged (mapping.md §1.2: re-loading is ~9× slower than creating).
 * Ledgers are streamed line by line.
 */
export async function loadedRowIndex(runsRoot: string, opts: { exclude?: string; target?: string } = {}): Promise<LoadedRows> {
  const exclude = opts.exclude;
  const index = new LoadedRows();
  let dirs: string[] = [];
  try {
    dirs = await readdir(runsRoot);
  } catch {
    return index;
  }
  const files: { path: string; mtime: number }[] = [];
  for (const d of dirs) {
    if (exclude && join(runsRoot, d) === exclude) continue;
    // A rolled-back run's rows are no longer in Odoo.
    if (await stat(join(runsRoot, d, "rollback.json")).then(() => true, () => false)) continue;
    // Only runs into the same Odoo database count (run.json records the target).
    if (opts.target !== undefined) {
      const target = await readFile(join(runsRoot, d, "run.json"), "utf8").then((t) => (JSON.parse(t) as { target?: string | null }).target, () => undefined);
      if (target !== opts.target) continue;
    }
    const p = join(runsRoot, d, "ledger.jsonl");
    try {
      files.push({ path: p, mtime: (await stat(p)).mtimeMs });
    } catch {
      /* not a run folder */
    }
  }
  files.sort((a, b) => a.mtime - b.mtime);
  for (const { path } of files) {
    for await (const { entry: e } of ledgerLines(path)) {
      if (!e.source_hash || e.outcome !== "loaded") continue;
      if (e.operation === "create" || e.operation === "update" || e.operation === "unchanged") index.add(rowKey(e.object, e.source_hash));
    }
  }
  return index;
}
