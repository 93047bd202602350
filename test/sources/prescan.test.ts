import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csvRecords, detectEncoding } from "../../bridge/src/sources/planplus/csv.ts";
import type { PlanPlusEncoding } from "../../bridge/src/sources/planplus/csv.ts";
import { CsvScanError, scanRecords } from "../../bridge/src/sources/planplus/prescan.ts";
import { unclosedQuote } from "../../bridge/src/sources/planplus/tokenizer.ts";

/** A record with an unclosed quote compares as a marker naming the field (its cut text depends on chunking). */
const brokenMark = (field: number): string[] => [`<unclosed quote in field ${field}>`];

/** Every record as the scanner sees it: all cells through cell(i) (fast path) and cells() (slow path). */
async function scan(file: string, enc: PlanPlusEncoding, chunk?: number, cap?: number): Promise<{ fast: string[][]; slow: string[][]; error?: string }> {
  const fast: string[][] = [];
  const slow: string[][] = [];
  try {
    await scanRecords(file, enc, [0, 1, 2, 3, 4, 5, 6, 7], (r) => {
      expect(r.index).toBe(fast.length);
      if (r.broken) {
        fast.push(brokenMark(r.width - 1));
        slow.push(brokenMark(r.width - 1));
        return;
      }
      fast.push(Array.from({ length: r.width }, (_, i) => r.cell(i)));
      slow.push(r.cells());
    }, chunk, cap);
  } catch (e) {
    if (!(e instanceof CsvScanError)) throw e;
    return { fast, slow, error: e.message };
  }
  return { fast, slow };
}

async function tokenized(file: string, enc: PlanPlusEncoding, cap?: number): Promise<{ recs: string[][]; error?: string }> {
  const recs: string[][] = [];
  try {
    for await (const r of csvRecords(file, enc, "fast", cap)) {
      const u = unclosedQuote(r);
      recs.push(u ? brokenMark(u.field) : r);
    }
  } catch (e) {
    return { recs, error: (e as Error).message };
  }
  return { recs };
}

const CASES: Record<string, string> = {
  simple: "a,b,c\r\n1,2,3\r\n",
  noFinalBreak: "a,b\n1,2",
  quoted: '"a","b, with comma","c ""quoted"""\r\n"1","line\r\nbreak","x"\r\n',
  emptyFields: ',,\r\n"",x,""\r\n',
  blankLines: "a,b\r\n\r\n1,2\n\n\r3,4\r\n",
  loneCR: "a,b\rc,d\r",
  textAfterQuote: '"ab"cd,"x"y"z",3\r\n',
  quoteInsideUnquoted: 'a,b\r\n5" pipe,x\r\n',
  unicode: '"Café","Señor “q”","–"\r\n"  ids  ", " x ",y\r\n',
  trailingComma: "a,b,\r\n1,2,",
  wrongCount: '"a","b","c"\r\n"1","2"\r\n"1","2","3","4"\r\n',
  unterminated: 'a,b\r\n1,2\r\n"open,x\r\nmore',
  endsWithCR: "a,b\r\n1,2\r",
  onlyHeader: "a,b",
};

describe("prescan: byte scanner finds the same records and cells as the tokenizer", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ferry-prescan-"));
  for (const [name, text] of Object.entries(CASES)) {
    it(`${name}: whole and in 1/2/3/5-byte chunks`, async () => {
      const file = path.join(dir, `${name}.csv`);
      writeFileSync(file, text);
      const ref = await tokenized(file, "utf-8");
      for (const chunk of [1 << 20, 1, 2, 3, 5]) {
        const got = await scan(file, "utf-8", chunk);
        expect(got.fast, `chunk ${chunk}`).toEqual(ref.recs);
        expect(got.slow, `chunk ${chunk}`).toEqual(ref.recs);
        expect(!!got.error, `chunk ${chunk}`).toBe(!!ref.error);
      }
    });
  }

  it("BOM (utf-8-bom) and Windows-1252 bytes", async () => {
    const bom = path.join(dir, "bom.csv");
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('"ID","Name"\r\n"1","Café"\r\n')]));
    expect(await detectEncoding(bom)).toBe("utf-8-bom");
    expect((await scan(bom, "utf-8-bom", 2)).fast).toEqual((await tokenized(bom, "utf-8-bom")).recs);
    const cp = path.join(dir, "cp.csv");
    writeFileSync(cp, Buffer.from([0x49, 0x44, 0x2c, 0x4e, 0x0d, 0x0a, 0x31, 0x2c, 0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x0d, 0x0a]));
    expect(await detectEncoding(cp)).toBe("windows-1252");
    const got = await scan(cp, "windows-1252", 3);
    expect(got.fast).toEqual([["ID", "N"], ["1", "Café “q”"]]);
    expect(got.fast).toEqual((await tokenized(cp, "windows-1252")).recs);
  });

  it("every committed sample CSV file", async () => {
    const root = path.resolve("sample/planplus");
    for (const f of readdirSync(root).filter((n) => n.endsWith(".csv"))) {
      const file = path.join(root, f);
      const enc = await detectEncoding(file);
      const ref = await tokenized(file, enc);
      for (const chunk of [1 << 20, 97]) expect((await scan(file, enc, chunk)).fast, `${f} chunk ${chunk}`).toEqual(ref.recs);
    }
  });

  it("random CSV-like text with quotes, commas and every kind of line break", async () => {
    let seed = 7;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const alphabet = ['"', '"', ",", ",", "\r", "\n", "\r\n", "a", "b", " ", "é", "“"];
    for (let k = 0; k < 60; k++) {
      let text = "";
      const len = 5 + rnd(80);
      for (let i = 0; i < len; i++) text += alphabet[rnd(alphabet.length)];
      const file = path.join(dir, `rnd${k}.csv`);
      writeFileSync(file, text);
      const ref = await tokenized(file, "utf-8");
      for (const chunk of [1 << 20, 1, 4]) {
        const got = await scan(file, "utf-8", chunk);
        expect(got.fast, JSON.stringify(text)).toEqual(ref.recs);
        expect(!!got.error, JSON.stringify(text)).toBe(!!ref.error);
      }
    }
  });

  it("unclosed quotes under a tiny bound (1–9 bytes): same records, same broken ones, whatever the chunking", async () => {
    let seed = 11;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const alphabet = ['"', '"', ",", "\r", "\n", "\r\n", "a", "b", "é", "“", "😀"];
    let broken = 0;
    for (let k = 0; k < 120; k++) {
      let text = "";
      const len = 5 + rnd(120);
      for (let i = 0; i < len; i++) text += alphabet[rnd(alphabet.length)];
      const file = path.join(dir, `cap${k}.csv`);
      writeFileSync(file, text);
      const cap = 1 + rnd(9);
      const ref = await tokenized(file, "utf-8", cap);
      broken += ref.recs.filter((r) => r[0]?.startsWith("<unclosed")).length;
      for (const chunk of [1 << 20, 1, 2, 5]) {
        const got = await scan(file, "utf-8", chunk, cap);
        expect(got.fast, `${JSON.stringify(text)} cap ${cap} chunk ${chunk}`).toEqual(ref.recs);
        expect(got.slow, `${JSON.stringify(text)} cap ${cap} chunk ${chunk}`).toEqual(ref.recs);
      }
    }
    expect(broken).toBeGreaterThan(50);
  });
});
