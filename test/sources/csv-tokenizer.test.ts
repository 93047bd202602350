import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CsvTokenizer } from "../../bridge/src/sources/planplus/tokenizer.ts";
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

  it("an unterminated quoted field at end of input throws", () => {
    const t = new CsvTokenizer();
    t.push('a,"open\r\nstill open');
    expect(() => t.end()).toThrow(/Quote Not Closed/);
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
