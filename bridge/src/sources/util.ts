/** Node-side helpers shared by the readers: zip extraction, file listing, fast hashing, id index. */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, promises as fsp } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Unzip, UnzipInflate } from "fflate";

export function sha256HexNode(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * Reads a file in chunks into ONE reusable buffer (no per-chunk allocations, so resident memory stays
 * flat however big the file is). A yielded chunk is only valid until the next iteration.
 */
export async function* readChunks(file: string, size = 1 << 20): AsyncGenerator<Buffer> {
  const fh = await fsp.open(file, "r");
  const buf = Buffer.allocUnsafe(size);
  try {
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, size, null);
      if (bytesRead === 0) break;
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}

/** SHA-256 of a file, streamed. */
export async function sha256File(file: string): Promise<string> {
  const h = createHash("sha256");
  for await (const chunk of readChunks(file)) h.update(chunk);
  return h.digest("hex");
}

/** Two independent 32-bit string hashes (FNV-1a and a multiplicative mix): a 64-bit key with negligible collisions. */
export function hash64(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a | 0, b | 0];
}

/**
 * Streams a `.zip` into a fresh temp folder (memory stays bounded by the largest deflate window).
 * Returns the folder; when the zip holds exactly one top-level folder and no files, that folder.
 */
export async function extractZip(zipPath: string): Promise<string> {
  const dest = await fsp.mkdtemp(path.join(tmpdir(), "ferry-zip-"));
  const pending: Promise<void>[] = [];
  const unzip = new Unzip((file) => {
    const rel = file.name.replace(/\\/g, "/");
    if (rel.endsWith("/")) return;
    const norm = path.normalize(rel);
    if (norm.startsWith("..") || path.isAbsolute(norm)) return;
    const target = path.join(dest, norm);
    pending.push(
      new Promise<void>((resolve, reject) => {
        fsp.mkdir(path.dirname(target), { recursive: true }).then(() => {
          const out = createWriteStream(target);
          out.on("error", reject);
          out.on("finish", () => resolve());
          file.ondata = (err, chunk, final) => {
            if (err) {
              reject(err);
              return;
            }
            if (chunk.length) out.write(chunk);
            if (final) out.end();
          };
          file.start();
        }, reject);
      }),
    );
  });
  unzip.register(UnzipInflate);
  for await (const chunk of createReadStream(zipPath, { highWaterMark: 1 << 20 })) {
    unzip.push(chunk as Uint8Array);
    // let the file writes that were started catch up
    await new Promise((r) => setImmediate(r));
  }
  unzip.push(new Uint8Array(0), true);
  await Promise.all(pending);
  return singleFolderRoot(dest);
}

async function singleFolderRoot(dir: string): Promise<string> {
  const entries = await fsp.readdir(dir, { withFileTypes: true });
  const visible = entries.filter((e) => !e.name.startsWith("__MACOSX") && e.name !== ".DS_Store");
  if (visible.length === 1 && visible[0]?.isDirectory()) return path.join(dir, visible[0].name);
  return dir;
}

/** Folder or zip → folder. */
export async function resolveInput(input: string): Promise<{ root: string; extracted: boolean }> {
  const st = await fsp.stat(input);
  if (st.isDirectory()) return { root: input, extracted: false };
  if (/\.zip$/i.test(input)) return { root: await extractZip(input), extracted: true };
  throw new Error(`not a folder or .zip: ${input}`);
}

/** All files below `root`: lower-cased relative path with `/` → absolute path. */
export async function listFiles(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (dir: string, rel: string): Promise<void> => {
    for (const e of await fsp.readdir(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(dir, e.name), r);
      else if (e.isFile()) out.set(r.toLowerCase(), path.join(dir, e.name));
    }
  };
  await walk(root, "");
  return out;
}

/**
 * Open-addressing index of 64-bit keys → dense entry number, memory ~ 4 bytes/slot + caller arrays.
 * `lookupOrInsert` returns the existing entry or -1 after inserting as entry `count - 1`.
 */
export class KeyIndex {
  private table: Int32Array;
  private mask: number;
  private keysA: Int32Array;
  private keysB: Int32Array;
  count = 0;
  constructor(initial = 1 << 14) {
    this.table = new Int32Array(initial * 2).fill(-1);
    this.mask = initial * 2 - 1;
    this.keysA = new Int32Array(initial);
    this.keysB = new Int32Array(initial);
  }
  /** Entry number of a key, or -1. */
  lookup(a: number, b: number): number {
    let slot = (a ^ Math.imul(b, 0x9e3779b1)) & this.mask;
    for (;;) {
      const e = this.table[slot] as number;
      if (e === -1) return -1;
      if (this.keysA[e] === a && this.keysB[e] === b) return e;
      slot = (slot + 1) & this.mask;
    }
  }

  lookupOrInsert(a: number, b: number): number {
    let slot = (a ^ Math.imul(b, 0x9e3779b1)) & this.mask;
    for (;;) {
      const e = this.table[slot] as number;
      if (e === -1) break;
      if (this.keysA[e] === a && this.keysB[e] === b) return e;
      slot = (slot + 1) & this.mask;
    }
    const idx = this.count++;
    if (idx >= this.keysA.length) this.growKeys();
    this.keysA[idx] = a;
    this.keysB[idx] = b;
    this.table[slot] = idx;
    if (this.count > this.table.length * 0.6) this.rehash();
    return -1;
  }
  private growKeys(): void {
    const n = this.keysA.length * 2;
    const a = new Int32Array(n);
    a.set(this.keysA);
    const b = new Int32Array(n);
    b.set(this.keysB);
    this.keysA = a;
    this.keysB = b;
  }
  private rehash(): void {
    const size = this.table.length * 2;
    this.table = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let e = 0; e < this.count; e++) {
      let slot = ((this.keysA[e] as number) ^ Math.imul(this.keysB[e] as number, 0x9e3779b1)) & this.mask;
      while (this.table[slot] !== -1) slot = (slot + 1) & this.mask;
      this.table[slot] = e;
    }
  }
}

/**
 * Scalable Bloom filter over 64-bit keys (two 32-bit hashes, double hashing): "seen before?" in ~4
 * bytes per key (16 bits per key per stage, stages doubling in capacity, so ≤ 2× the keys added), no
 * false negatives, about 0.05 % false positives per full stage (≈ 0.3 % over 2M keys). Callers must
 * treat a hit as "maybe" and confirm exactly (DedupeScan keys its groups by the exact id).
 */
export class ScalableBloom {
  private stages: { bits: Uint32Array; mask: number; capacity: number; count: number }[] = [];
  private static readonly K = 11;
  constructor(private readonly firstCapacity = 1 << 16) {
    this.addStage(firstCapacity);
  }
  private addStage(capacity: number): void {
    const nbits = capacity * 16;
    this.stages.push({ bits: new Uint32Array(nbits >>> 5), mask: nbits - 1, capacity, count: 0 });
  }
  /** bytes held by the bit arrays */
  get bytes(): number {
    let n = 0;
    for (const s of this.stages) n += s.bits.byteLength;
    return n;
  }
  private static has(st: { bits: Uint32Array; mask: number }, a: number, b: number): boolean {
    for (let i = 0; i < ScalableBloom.K; i++) {
      const bit = (a + Math.imul(i, b)) & st.mask;
      if (((st.bits[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
  /** True when the key may have been added before; otherwise adds it and returns false. */
  testAndAdd(a: number, b0: number): boolean {
    const b = b0 | 1;
    for (const st of this.stages) if (ScalableBloom.has(st, a, b)) return true;
    let st = this.stages[this.stages.length - 1] as { bits: Uint32Array; mask: number; capacity: number; count: number };
    if (st.count >= st.capacity) {
      this.addStage(st.capacity * 2);
      st = this.stages[this.stages.length - 1] as typeof st;
    }
    for (let i = 0; i < ScalableBloom.K; i++) {
      const bit = (a + Math.imul(i, b)) & st.mask;
      st.bits[bit >>> 5] = (st.bits[bit >>> 5] as number) | (1 << (bit & 31));
    }
    st.count++;
    return false;
  }
}

/** Growable Int32 column. */
export class IntColumn {
  data = new Int32Array(1 << 14);
  set(i: number, v: number): void {
    if (i >= this.data.length) {
      const n = new Int32Array(Math.max(this.data.length * 2, i + 1));
      n.set(this.data);
      this.data = n;
    }
    this.data[i] = v;
  }
  get(i: number): number {
    return this.data[i] as number;
  }
}
