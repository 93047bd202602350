/**
 * Byte-level record scanner for the duplicate/superseded pre-pass: finds the same records as
 * CsvTokenizer (RFC 4180 with relaxed quotes, CRLF/LF/lone CR) without decoding the file to text or
 * building cell strings. Only the cells asked for are turned into strings. The delimiters are ASCII,
 * so the bytes of UTF-8 and Windows-1252 files can be scanned alike. test/sources/prescan.test.ts
 * checks it record for record against the tokenizer.
 */
import { open } from "node:fs/promises";
import { CsvTokenizer, MAX_QUOTED_BYTES } from "./tokenizer.ts";
import type { PlanPlusEncoding } from "./csv.ts";

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** One record found by the scanner; valid only during the callback. */
export interface ScannedRecord {
  /** 1-based record number, header = 0 */
  index: number;
  /** number of fields */
  width: number;
  /**
   * an unclosed quoted field (tokenizer.ts rule: no closing quote within the bound, or none at all):
   * the record ends at the first line break after its opening quote; `width - 1` is that field
   */
  broken: boolean;
  /** cell `i` as the tokenizer would give it (decoded, unescaped); "" when the record has fewer fields */
  cell(i: number): string;
  /** the whole record tokenized (slow path, for the few records that need it) */
  cells(): string[];
}

export class CsvScanError extends Error {}

/** Windows-1252 bytes 0x80–0x9F (B.2); the rest of the range is Latin-1. */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * Decodes a byte range. Windows-1252 is mapped by hand: Node 20's one-shot
 * `TextDecoder("windows-1252").decode()` reads it as Latin-1 (0x93 → U+0093 instead of “).
 */
function decoderFor(encoding: PlanPlusEncoding): (bytes: Buffer) => string {
  if (encoding !== "windows-1252") {
    const d = new TextDecoder("utf-8");
    return (bytes) => d.decode(bytes);
  }
  return (bytes) => {
    const s = bytes.toString("latin1");
    return /[\u0080-\u009f]/.test(s) ? s.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string) : s;
  };
}

/**
 * Calls `onRecord` for every record of the file (header included, index 0). `wanted`: the field
 * indexes whose byte ranges are kept (others are only counted). An unclosed quoted field gives a
 * record with `broken` set (same rule and same record boundaries as CsvTokenizer).
 */
export async function scanRecords(
  file: string,
  encoding: PlanPlusEncoding,
  wanted: readonly number[],
  onRecord: (rec: ScannedRecord) => void,
  /** read size (tests use tiny chunks to exercise boundaries) */
  chunkSize = 1 << 20,
  /** bound of a quoted field in bytes (tokenizer.ts MAX_QUOTED_BYTES) */
  maxQuotedBytes = MAX_QUOTED_BYTES,
): Promise<void> {
  const cap = maxQuotedBytes;
  const utf8 = encoding !== "windows-1252";
  const decode = decoderFor(encoding);
  const maxWanted = wanted.length ? Math.max(...wanted) : -1;
  const want = new Uint8Array(maxWanted + 1);
  for (const w of wanted) want[w] = 1;
  const starts = new Int32Array(maxWanted + 1);
  const ends = new Int32Array(maxWanted + 1);
  /** per wanted field: 0 plain, 1 quoted without escapes, 2 needs the tokenizer (escapes / text after the closing quote) */
  const kinds = new Uint8Array(maxWanted + 1);
  let buf: Buffer = Buffer.alloc(0);
  let recStart = 0;
  let recEnd = 0;
  let width = 0;
  let index = 0;

  /** dropping the rest of a broken line (no line break within the bound) */
  let skipping = false;
  const rec: ScannedRecord = {
    index: 0,
    width: 0,
    broken: false,
    cell(i: number): string {
      if (this.broken) return "";
      if (i > maxWanted || want[i] !== 1 || i >= width) return i < width ? (this.cells()[i] ?? "") : "";
      const s = starts[i] as number;
      const e = ends[i] as number;
      const k = kinds[i] as number;
      if (k === 2) return this.cells()[i] ?? "";
      const a = k === 1 ? s + 1 : s;
      const b = k === 1 ? e - 1 : e;
      for (let j = a; j < b; j++) if ((buf[j] as number) >= 0x80) return decode(buf.subarray(a, b));
      return buf.toString("latin1", a, b);
    },
    cells(): string[] {
      const tok = new CsvTokenizer({ maxQuotedBytes: cap, utf8 });
      const text = decode(buf.subarray(recStart, recEnd));
      const out = tok.push(text);
      out.push(...tok.end());
      return out[0] ?? [""];
    },
  };

  /**
   * Scans complete records of buf[from, limit); returns where the first incomplete record starts.
   * `final`: no more data follows (the last record may lack a line break).
   */
  const scan = (from: number, limit: number, final: boolean): number => {
    let i = from;
    while (i < limit) {
      if (skipping) {
        let j = i;
        while (j < limit && buf[j] !== LF && buf[j] !== CR) j++;
        if (j >= limit) return limit;
        if (buf[j] === CR) {
          if (j + 1 < limit) i = buf[j + 1] === LF ? j + 2 : j + 1;
          else if (final) i = j + 1;
          else return j; // CR at the end of the data: wait for a possible LF
        } else i = j + 1;
        skipping = false;
        continue;
      }
      recStart = i;
      width = 0;
      let field = 0;
      let complete = false;
      let broken = false;
      for (;;) {
        // at the start of field `field`
        const fs = i;
        let kind = 0;
        if (i < limit && buf[i] === QUOTE) {
          kind = 1;
          i++;
          for (;;) {
            // short fields: a plain loop beats the native indexOf call; long ones (notes): indexOf
            let q = -1;
            const stop = i + 48 < limit ? i + 48 : limit;
            let j = i;
            while (j < stop && buf[j] !== QUOTE) j++;
            if (j < stop) q = j;
            else if (stop < limit) q = buf.indexOf(QUOTE, stop);
            if (q === -1 || q >= limit) {
              if (limit - (fs + 1) > cap || final) broken = true;
              else return recStart;
              break;
            }
            if (q - (fs + 1) > cap) {
              broken = true;
              break;
            }
            if (q + 1 < limit && buf[q + 1] === QUOTE) {
              if (q + 2 - (fs + 1) > cap) {
                broken = true;
                break;
              }
              kind = 2;
              i = q + 2;
              continue;
            }
            if (q + 1 >= limit && !final) return recStart;
            i = q + 1;
            break;
          }
          if (broken) {
            // the record ends at the first line break after the opening quote
            let b = fs + 1;
            while (b < limit && buf[b] !== LF && buf[b] !== CR) b++;
            if (b >= limit) {
              skipping = true;
              i = limit;
            } else if (buf[b] === CR) {
              if (b + 1 < limit) i = buf[b + 1] === LF ? b + 2 : b + 1;
              else if (final) i = b + 1;
              else return recStart; // wait for a possible LF
            } else i = b + 1;
            recEnd = b;
            width = field + 1;
            rec.index = index++;
            rec.width = width;
            rec.broken = true;
            onRecord(rec);
            rec.broken = false;
            break;
          }
        }
        // unquoted content, or text after a closing quote
        while (i < limit) {
          const c = buf[i] as number;
          if (c === COMMA || c === LF || c === CR) break;
          if (kind !== 0) kind = 2;
          i++;
        }
        if (field <= maxWanted && want[field] === 1) {
          starts[field] = fs;
          ends[field] = i;
          kinds[field] = kind;
        }
        field++;
        if (i >= limit) {
          if (!final) return recStart;
          recEnd = i;
          complete = true;
          break;
        }
        const c = buf[i] as number;
        if (c === COMMA) {
          i++;
          continue;
        }
        recEnd = i;
        if (c === CR) {
          if (i + 1 < limit) i = buf[i + 1] === LF ? i + 2 : i + 1;
          else if (final) i = i + 1;
          else return recStart; // CR at the end of the data: wait for a possible LF
        } else i++;
        complete = true;
        break;
      }
      if (broken) continue;
      if (!complete) return recStart;
      width = field;
      rec.index = index++;
      rec.width = width;
      onRecord(rec);
    }
    return limit;
  };

  // one reusable buffer: unread tail moved to the front, the next chunk read behind it
  const fh = await open(file, "r");
  try {
    let work = Buffer.allocUnsafe(chunkSize * 2);
    let len = 0;
    let bomCheck = encoding === "utf-8-bom";
    for (;;) {
      if (work.length - len < chunkSize) {
        const bigger = Buffer.allocUnsafe(Math.max(work.length * 2, len + chunkSize));
        work.copy(bigger, 0, 0, len);
        work = bigger;
      }
      const { bytesRead } = await fh.read(work, len, chunkSize, null);
      if (bytesRead === 0) break;
      len += bytesRead;
      if (bomCheck) {
        if (len < 3) continue;
        bomCheck = false;
        if (work[0] === 0xef && work[1] === 0xbb && work[2] === 0xbf) {
          work.copy(work, 0, 3, len);
          len -= 3;
        }
      }
      buf = work;
      const at = scan(0, len, false);
      if (at > 0) {
        work.copy(work, 0, at, len);
        len -= at;
      }
    }
    if (len > 0) {
      buf = work;
      scan(0, len, true);
    }
  } finally {
    await fh.close();
  }
}
