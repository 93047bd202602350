import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CsvTokenizer, unclosedQuote } from "../../bridge/src/sources/planplus/tokenizer.ts";
import { openPlanPlus } from "../../bridge/src/sources/planplus/index.ts";

/** Tokenize `text` fed in pieces of `step` characters (exercises chunk boundaries). */
function tokenize(text: string, step = text.length || 1): string[][] {
  const t = new CsvTokenizer();
  const out: string[][] = [];
  for (let i = 0; i < text.length; i += step) out.push(...t.push(text.slice(i, i + step)));
  out.push(...t.end());
  return out;
}
const reference = (text: string): string[][] => parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: false }) as string[][];

const CASES: Record<string, string> = {
  simple: "a,b,c\r\n1,2,3\r\n",
  noFinalBreak: "a,b\n1,2",
  quoted: '"a","b, with comma","c ""quoted"""\r\n"1","line\r\nbreak","x"\r\n',
  emptyFields: ',,\r\n"",x,""\r\n',
  lfOnly: "a,b\n\"x\ny\",z\n",
  quoteInsideUnquoted: 'a,b\r\n5" pipe,x\r\n',
  unicode: '"Café","Señor “q”","–"\r\n',
  trailingComma: "a,b,\r\n1,2,\r\n",
  formula: '"=HYPERLINK(""http://x"",""click"")","@SUM(A1)","+1 555"\r\n',
  wrongCount: '"a","b","c"\r\n"1","2"\r\n"1","2","3","4"\r\n',
};

describe("CsvTokenizer reads like csv-parse (relax_quotes, relax_column_count)", () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`${name}: same records, whole and in 1/2/3/7-char chunks`, () => {
      const ref = reference(text);
      for (const step of [text.length, 1, 2, 3, 7]) expect(tokenize(text, step), `step ${step}`).toEqual(ref);
    });
  }

  it("lone CR ends a record; CRLF split across chunks is one break", () => {
    expect(tokenize("a,b\rc,d\r")).toEqual([["a", "b"], ["c", "d"]]);
    const t = new CsvTokenizer();
    expect(t.push("a,b\r")).toEqual([["a", "b"]]);
    expect(t.push("\nc,d")).toEqual([]);
    expect(t.end()).toEqual([["c", "d"]]);
  });

  it("an unclosed quote at end of input: its record ends at the end of that line, the lines after it are read", () => {
    const t = new CsvTokenizer();
    const out = t.push('h1,h2\r\na,"open\r\nb,c\r\nd,e');
    out.push(...t.end());
    expect(out.map((r) => [...r])).toEqual([["h1", "h2"], ["a", '"open'], ["b", "c"], ["d", "e"]]);
    expect(unclosedQuote(out[1] as string[])).toEqual({ field: 1, cause: "end_of_input", lineBreakFound: true });
    expect(out.filter((r) => unclosedQuote(r)).length).toBe(1);
  });

  it("a quoted field longer than the bound is cut without waiting for the end of the file (memory stays bounded)", () => {
    // bound 10 bytes: the 12-byte closed field is broken too; a 10-byte one is not
    for (const step of [1, 3, 1000]) {
      const t = new CsvTokenizer({ maxQuotedBytes: 10 });
      const text = 'x,"0123456789"\n"ab\ncd\nef\ngh\nij\nkl",y\nz,"0123456789ab"\nlast,1\n';
      const out: string[][] = [];
      for (let i = 0; i < text.length; i += step) out.push(...t.push(text.slice(i, i + step)));
      out.push(...t.end());
      expect(out.map((r) => (unclosedQuote(r) ? `BROKEN ${unclosedQuote(r)?.field} ${unclosedQuote(r)?.cause}` : r.join("|"))), `step ${step}`).toEqual([
        "x|0123456789",
        "BROKEN 0 too_long",
        "cd",
        "ef",
        "gh",
        "ij",
        'kl"|y',
        "BROKEN 1 too_long",
        "last|1",
      ]);
    }
  });

  it("no line break within the bound: the rest of that line is dropped, reading resumes on the next line", () => {
    const t = new CsvTokenizer({ maxQuotedBytes: 8 });
    const out = [...t.push('a,"' + "x".repeat(50)), ...t.push('"still,the,same,line\r'), ...t.push("\nnext,1"), ...t.end()];
    expect(unclosedQuote(out[0] as string[])).toEqual({ field: 1, cause: "too_long", lineBreakFound: false });
    expect(out.slice(1)).toEqual([["next", "1"]]);
  });

  it("the bound counts UTF-8 bytes (same as the byte scanner): 4 × é = 8 bytes", () => {
    const fields = (cap: number, utf8: boolean): boolean => {
      const t = new CsvTokenizer({ maxQuotedBytes: cap, utf8 });
      const out = [...t.push('"éééé"\n'), ...t.end()];
      return out.some((r) => unclosedQuote(r));
    };
    expect(fields(8, true)).toBe(false);
    expect(fields(7, true)).toBe(true);
    expect(fields(4, false)).toBe(false);
    expect(fields(3, false)).toBe(true);
  });

  it("every committed sample CSV file tokenizes exactly like csv-parse", () => {
    const dir = path.resolve("sample/planplus");
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".csv"))) {
      const buf = readFileSync(path.join(dir, f));
      const text = new TextDecoder(f === "users.csv" ? "windows-1252" : "utf-8").decode(buf);
      expect(tokenize(text, 4096), f).toEqual(reference(text));
    }
  });

  it("reader output is identical with either parser", async () => {
    const a = await openPlanPlus("sample/planplus");
    const b = await openPlanPlus("sample/planplus", { parser: "csv-parse" });
    for (const [name, r] of a.objects) {
      const x: unknown[] = [];
      const y: unknown[] = [];
      for await (const it of r.read()) x.push(it);
      for await (const it of b.objects.get(name)?.read() ?? []) y.push(it);
      expect(x, name).toEqual(y);
    }
  });
});
