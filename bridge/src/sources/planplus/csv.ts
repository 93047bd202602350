/** Streaming CSV plumbing for PlanPlus files (sources.md B.2): encoding detection, decoding, records. */
import { createReadStream, promises as fsp } from "node:fs";
import { once } from "node:events";
import { isUtf8 } from "node:buffer";
import { parse } from "csv-parse";
import { CsvTokenizer } from "./tokenizer.ts";
import { readChunks } from "../util.ts";

/** `fast`: the built-in tokenizer (default); `csv-parse`: the reference library parser. */
export type CsvParserKind = "fast" | "csv-parse";

export type PlanPlusEncoding = "utf-8" | "utf-8-bom" | "windows-1252";

/** BOM `EF BB BF` ⇒ UTF-8 (BOM stripped); else strict UTF-8 over the whole file ⇒ UTF-8; else Windows-1252. */
export async function detectEncoding(file: string): Promise<PlanPlusEncoding> {
  const fh = await fsp.open(file, "r");
  try {
    const head = Buffer.alloc(3);
    const { bytesRead } = await fh.read(head, 0, 3, 0);
    if (bytesRead === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8-bom";
  } finally {
    await fh.close();
  }
  // strict UTF-8 check without decoding (isUtf8 is native); a sequence cut by a chunk boundary is carried over
  let carry: Buffer | null = null;
  for await (const chunk of readChunks(file)) {
    const data: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    let cut: number = data.length;
    let i = data.length - 1;
    while (i >= 0 && cut - i <= 3 && ((data[i] as number) & 0xc0) === 0x80) i--;
    if (i >= 0) {
      const lead = data[i] as number;
      const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      if (need > 1 && data.length - i < need) cut = i;
    }
    if (!isUtf8(data.subarray(0, cut))) return "windows-1252";
    carry = cut < data.length ? Buffer.from(data.subarray(cut)) : null;
  }
  return carry && !isUtf8(carry) ? "windows-1252" : "utf-8";
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly records: number,
  ) {
    super(message);
  }
}

/**
 * Yields raw records (arrays of decoded cells, header included). Quoted fields may hold commas and
 * line breaks; rows with a wrong field count are passed through for the caller to reject.
 * `fast`: an unclosed quote gives one broken record (tokenizer.ts `unclosedQuote`) and reading goes on.
 * `csv-parse`: a fatal syntax error (unclosed quote at end of file) ends the stream with CsvSyntaxError.
 */
export async function* csvRecords(file: string, encoding: PlanPlusEncoding, kind: CsvParserKind = "fast", maxQuotedBytes?: number): AsyncGenerator<string[]> {
  if (kind === "fast") {
    for await (const batch of csvBatches(file, encoding, 1 << 16, maxQuotedBytes)) yield* batch;
    return;
  }
  const input = createReadStream(file, { highWaterMark: 1 << 20 });
  const decoder = new TextDecoder(encoding === "windows-1252" ? "windows-1252" : "utf-8");
  const parser = parse({ relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: false, max_record_size: 0 });
  const pump = (async () => {
    try {
      let first = true;
      for await (const chunk of input) {
        let text = decoder.decode(chunk as Buffer, { stream: true });
        if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
        if (text && !parser.write(text)) await once(parser, "drain");
      }
      const rest = decoder.decode();
      if (rest) parser.write(rest);
      parser.end();
    } catch (e) {
      parser.destroy(e as Error);
    }
  })();
  let n = 0;
  try {
    for await (const rec of parser) {
      n++;
      yield rec as string[];
    }
  } catch (e) {
    input.destroy();
    throw new CsvSyntaxError((e as Error).message, n);
  } finally {
    input.destroy();
    parser.destroy();
    void pump;
  }
}

/**
 * Records in batches with the built-in tokenizer; fastest way to read a file. Reads, decodes,
 * tokenizes and yields 64 KiB at a time: the decoded text and a batch (~150 contacts) stay small young
 * objects, and each read is a macrotask turn in which V8's GC tasks run. An unclosed quote does not
 * hold the rest of the file: the tokenizer bounds a quoted field (`maxQuotedBytes`) and returns the
 * broken record tagged (tokenizer.ts `unclosedQuote`).
 */
export async function* csvBatches(file: string, encoding: PlanPlusEncoding, batchBytes = 1 << 16, maxQuotedBytes?: number): AsyncGenerator<string[][]> {
  const decoder = new TextDecoder(encoding === "windows-1252" ? "windows-1252" : "utf-8");
  const tok = new CsvTokenizer({ utf8: encoding !== "windows-1252", ...(maxQuotedBytes ? { maxQuotedBytes } : {}) });
  let first = true;
  for await (const chunk of readChunks(file, batchBytes)) {
    let text = decoder.decode(chunk, { stream: true });
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text) first = false;
    const recs = tok.push(text);
    if (recs.length) yield recs;
  }
  const rest = decoder.decode();
  const recs = rest ? tok.push(rest) : [];
  recs.push(...tok.end());
  if (recs.length) yield recs;
}
