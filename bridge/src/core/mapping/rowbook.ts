/**
 * Compact per-row bookkeeping for the mapping session (session.ts): which rows of an object were
 * registered, and per source id the winning row (sources.md C.1 duplicate / superseded decisions).
 * Per row this keeps numbers in typed arrays, not a JS object and strings each:
 * - `RowSet`: registered row numbers as a bitset (1 bit per row number);
 * - `WinnerTable`: id → slot (exact: the id strings are the ones the lookup index already keeps as
 *   known ids), and per slot the winning row number, a registration sequence number, the content
 *   hash (96 bits of a sha1/sha256 hex digest; any other hash text is kept and compared exactly) and
 *   the row's order stamp packed so that comparing the packed words gives the same order as comparing
 *   the strings (stamps outside the packable alphabet/length are kept and compared as strings).
 */

/** Registered row numbers: a growable bitset; rows that are not small non-negative integers go to a Set. */
export class RowSet {
  private bits = new Uint8Array(1024);
  private other: Set<number> | null = null;
  private n = 0;

  get size(): number {
    return this.n;
  }

  has(row: number): boolean {
    if (Number.isInteger(row) && row >= 0 && row < 2 ** 31) {
      const i = row >>> 3;
      return i < this.bits.length && ((this.bits[i] ?? 0) & (1 << (row & 7))) !== 0;
    }
    return this.other?.has(row) ?? false;
  }

  /** Adds the row; false when it was already there. */
  add(row: number): boolean {
    if (Number.isInteger(row) && row >= 0 && row < 2 ** 31) {
      const i = row >>> 3;
      if (i >= this.bits.length) {
        let len = this.bits.length;
        while (len <= i) len *= 2;
        const b = new Uint8Array(len);
        b.set(this.bits);
        this.bits = b;
      }
      const m = 1 << (row & 7);
      const cur = this.bits[i] ?? 0;
      if (cur & m) return false;
      this.bits[i] = cur | m;
      this.n++;
      return true;
    }
    this.other ??= new Set();
    if (this.other.has(row)) return false;
    this.other.add(row);
    this.n++;
    return true;
  }
}

/** Characters a packed stamp may hold, in char-code order (code 0 = end of string). */
const STAMP_ALPHABET = " +-./0123456789:TZ";
const STAMP_CODE = new Map([...STAMP_ALPHABET].map((c, i) => [c.charCodeAt(0), i + 1] as const));
const STAMP_WORDS = 4;
const STAMP_PER_WORD = 6;
const STAMP_MAX = STAMP_WORDS * STAMP_PER_WORD;

/**
 * Packs `s` into `out[at..at+3]` so that word-by-word unsigned comparison orders like JS string
 * comparison (5 bits per character, order-preserving codes, shorter = padded with 0). False when
 * the string does not fit (too long or a character outside the alphabet).
 */
export function packStamp(s: string, out: Uint32Array, at: number): boolean {
  if (s.length > STAMP_MAX) return false;
  for (let w = 0; w < STAMP_WORDS; w++) {
    let word = 0;
    for (let k = 0; k < STAMP_PER_WORD; k++) {
      const i = w * STAMP_PER_WORD + k;
      let code = 0;
      if (i < s.length) {
        const c = STAMP_CODE.get(s.charCodeAt(i));
        if (c === undefined) return false;
        code = c;
      }
      word = word * 32 + code;
    }
    out[at + w] = word;
  }
  return true;
}

export function unpackStamp(src: Uint32Array, at: number): string {
  let s = "";
  for (let w = 0; w < STAMP_WORDS; w++) {
    const word = src[at + w] ?? 0;
    for (let k = STAMP_PER_WORD - 1; k >= 0; k--) {
      const code = Math.floor(word / 32 ** k) % 32;
      if (code === 0) return s;
      s += STAMP_ALPHABET[code - 1];
    }
  }
  return s;
}

const DIGEST = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const FLAG_STAMP_TEXT = 1;
const FLAG_HASH_TEXT = 2;

/** Winning row per source id of one object. */
export class WinnerTable {
  private readonly slotOf = new Map<string, number>();
  private ids: string[] = [];
  private cap = 0;
  private rows = new Float64Array(0);
  private seqs = new Float64Array(0);
  private hashes = new Uint32Array(0);
  private stamps = new Uint32Array(0);
  private flags = new Uint8Array(0);
  /** Hash / stamp texts that do not pack (slot → text). */
  private readonly hashText = new Map<number, string>();
  private readonly stampText = new Map<number, string>();
  private readonly scratch = new Uint32Array(STAMP_WORDS);

  get size(): number {
    return this.ids.length;
  }

  slot(id: string): number | undefined {
    return this.slotOf.get(id);
  }

  id(slot: number): string {
    return this.ids[slot] ?? "";
  }

  row(slot: number): number {
    return this.rows[slot] ?? -1;
  }

  seq(slot: number): number {
    return this.seqs[slot] ?? 0;
  }

  /** Same content hash as the slot's winner. */
  sameHash(slot: number, hash: string): boolean {
    if ((this.flags[slot] ?? 0) & FLAG_HASH_TEXT) return this.hashText.get(slot) === hash;
    if (!DIGEST.test(hash)) return false;
    const b = slot * 3;
    return this.hashes[b] === parseInt(hash.slice(0, 8), 16) && this.hashes[b + 1] === parseInt(hash.slice(8, 16), 16) && this.hashes[b + 2] === parseInt(hash.slice(16, 24), 16);
  }

  /** `stamp > winner's stamp` as JS string comparison. */
  newerStamp(slot: number, stamp: string): boolean {
    const textual = ((this.flags[slot] ?? 0) & FLAG_STAMP_TEXT) !== 0;
    if (!textual && packStamp(stamp, this.scratch, 0)) {
      const b = slot * STAMP_WORDS;
      for (let w = 0; w < STAMP_WORDS; w++) {
        const a = this.scratch[w] ?? 0;
        const c = this.stamps[b + w] ?? 0;
        if (a !== c) return a > c;
      }
      return false;
    }
    const prev = textual ? (this.stampText.get(slot) ?? "") : unpackStamp(this.stamps, slot * STAMP_WORDS);
    return stamp > prev;
  }

  /** Sets (or replaces) the winner of `id`; returns its slot. */
  set(id: string, row: number, hash: string, stamp: string, seq: number): number {
    let slot = this.slotOf.get(id);
    if (slot === undefined) {
      slot = this.ids.length;
      if (slot >= this.cap) this.grow();
      this.ids.push(id);
      this.slotOf.set(id, slot);
    }
    this.rows[slot] = row;
    this.seqs[slot] = seq;
    let flags = 0;
    if (DIGEST.test(hash)) {
      const b = slot * 3;
      this.hashes[b] = parseInt(hash.slice(0, 8), 16);
      this.hashes[b + 1] = parseInt(hash.slice(8, 16), 16);
      this.hashes[b + 2] = parseInt(hash.slice(16, 24), 16);
      this.hashText.delete(slot);
    } else {
      flags |= FLAG_HASH_TEXT;
      this.hashText.set(slot, hash);
    }
    if (packStamp(stamp, this.stamps, slot * STAMP_WORDS)) this.stampText.delete(slot);
    else {
      flags |= FLAG_STAMP_TEXT;
      this.stampText.set(slot, stamp);
    }
    this.flags[slot] = flags;
    return slot;
  }

  private grow(): void {
    const cap = Math.max(1024, this.cap * 2);
    const f64 = (a: Float64Array): Float64Array<ArrayBuffer> => {
      const b = new Float64Array(cap);
      b.set(a);
      return b;
    };
    const u32 = (a: Uint32Array, k: number): Uint32Array<ArrayBuffer> => {
      const b = new Uint32Array(cap * k);
      b.set(a);
      return b;
    };
    this.rows = f64(this.rows);
    this.seqs = f64(this.seqs);
    this.hashes = u32(this.hashes, 3);
    this.stamps = u32(this.stamps, STAMP_WORDS);
    const fl = new Uint8Array(cap);
    fl.set(this.flags);
    this.flags = fl;
    this.cap = cap;
  }
}
