import { describe, expect, it } from "vitest";
import { CsvChunkParser, LineChunker } from "../../web/src/profile/csv_chunks.ts";
import { profileBlob, profileUpload } from "../../web/src/profile/profile_file.ts";
import { detectObject } from "../../web/src/profile/detect.ts";
import { causeClass, causeLabel, causeShort, parseDiffCsv, filterDiff } from "../../web/src/model/diff.ts";
import { proposeObject } from "../../web/src/model/suggest.ts";
import { FakeOrm } from "./fakes/fake_orm.ts";
import { FerryApi } from "../../web/src/model/api.ts";
import type { OrmLike } from "../../web/src/model/orm.ts";
import { readFileSync } from "node:fs";
import { zipSync, strToU8 } from "fflate";

const TRICKY = 'a,b,c\r\n"x, y","he said ""hi""","line1\r\nline2"\r\n1,,3\n"",last,"q"';

function parseInPieces(text: string, size: number): string[][] {
  const p = new CsvChunkParser();
  const out: string[][] = [];
  for (let i = 0; i < text.length; i += size) out.push(...p.feed(text.slice(i, i + size)));
  out.push(...p.end());
  return out;
}

describe("CsvChunkParser", () => {
  it("gives the same records whatever the chunk size (quotes, doubled quotes, CRLF inside fields)", () => {
    const whole = parseInPieces(TRICKY, TRICKY.length);
    expect(whole).toEqual([
      ["a", "b", "c"],
      ["x, y", 'he said "hi"', "line1\r\nline2"],
      ["1", "", "3"],
      ["", "last", "q"],
    ]);
    for (const size of [1, 2, 3, 5, 7, 13]) expect(parseInPieces(TRICKY, size)).toEqual(whole);
  });

  it("does not invent a record for a trailing line break", () => {
    expect(parseInPieces("a,b\r\n1,2\r\n", 3)).toEqual([["a", "b"], ["1", "2"]]);
  });

  it("splits JSON Lines across chunks and drops empty lines", () => {
    const c = new LineChunker();
    const lines = [...c.feed('{"a":1}\r\n{"b"'), ...c.feed(':2}\n\n{"c":3}'), ...c.end()];
    expect(lines).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
  });
});

describe("streamed profiling", () => {
  it("yields to the page while profiling a large file and reports progress", async () => {
    const row = '"100245","Jane","jane@example.com","3/7/2025 9:05 AM","Yes","$1,200.00"\r\n';
    const text = '"Contact ID","First Name","E-mail Address","Created Date","VIP","Amount"\r\n' + row.repeat(20000);
    let yields = 0;
    const progress: number[] = [];
    const res = await profileBlob(new Blob([text]), "contacts.csv", {
      sliceBytes: 64 * 1024,
      budgetMs: 0,
      yieldFn: async () => {
        yields += 1;
      },
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(res.profile.rows).toBe(20000);
    expect(yields).toBeGreaterThanOrEqual(Math.floor(text.length / (64 * 1024)));
    expect(progress.at(-1)).toBe(1);
    const kinds = Object.fromEntries(res.profile.columns.map((c) => [c.name, c.inferredType]));
    expect(kinds).toMatchObject({ "Contact ID": "number", "E-mail Address": "email", "Created Date": "date", VIP: "bool", Amount: "money" });
    expect(res.profile.columns[1]?.distinctEstimate).toBe(1);
    expect(res.profile.columns[1]?.fillRate).toBe(1);
  });

  it("detects Windows-1252 (and a UTF-8 BOM) and decodes accordingly", async () => {
    const cp1252 = new Uint8Array([0x61, 0x0d, 0x0a, 0x93, 0x63, 0x61, 0x66, 0xe9, 0x94, 0x0d, 0x0a]);
    const r1 = await profileBlob(new Blob([cp1252]), "users.csv", { sliceBytes: 3, budgetMs: 1000 });
    expect(r1.encoding).toBe("windows-1252");
    expect(r1.profile.columns[0]?.samples).toEqual(["\u201ccaf\u00e9\u201d"]);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Company ID\r\n20031\r\n")]);
    const r2 = await profileBlob(new Blob([bom]), "renamed.csv", { sliceBytes: 2, budgetMs: 1000 });
    expect(r2.encoding).toBe("utf-8-sig");
    expect(r2.header).toEqual(["Company ID"]);
    expect(r2.detection).toEqual({ source: "planplus", object: "companies", by: "header" });
  });

  it("streams a zip, retries a Windows-1252 entry, skips attachment binaries", async () => {
    const zip = zipSync({
      "export/contacts.csv": strToU8('"Contact ID","First Name"\r\n"1","Ann"\r\n'),
      "export/companies.csv": new Uint8Array([...strToU8('"Company ID","Company Name"\r\n"2","Caf'), 0xe9, 0x22, 0x0d, 0x0a]),
      "export/files/a/b.bin": new Uint8Array(100),
      "export/readme.txt": strToU8("hello"),
    });
    const res = await profileUpload(new Blob([zip]), "pp.zip", { sliceBytes: 50, budgetMs: 1000 });
    const by = Object.fromEntries(res.map((r) => [r.name, r]));
    expect(Object.keys(by).sort()).toEqual(["companies.csv", "contacts.csv", "readme.txt"]);
    expect(by["companies.csv"]?.encoding).toBe("windows-1252");
    expect(by["companies.csv"]?.profile.columns[1]?.samples).toEqual(["Caf\u00e9"]);
    expect(by["contacts.csv"]?.encoding).toBe("utf-8");
    expect(by["readme.txt"]?.format).toBe("other");
  });
});

describe("detection, classification, proposals, diff", () => {
  it("detects objects by file name, Plexus JSONL name, or header", () => {
    expect(detectObject("x/CONTACTS.CSV", null).object).toBe("contacts");
    expect(detectObject("work_orders.jsonl", null)).toEqual({ source: "plexus", object: "work_orders", by: "file name" });
    expect(detectObject("export (3).csv", ['"Deal ID"'.replace(/"/g, ""), "Deal Name"]).object).toBe("deals");
    expect(detectObject("notes.txt", ["foo"]).object).toBeNull();
  });

  it("proposes targets for the sample companies with the bridge's suggester (known columns, ids, custom fields)", async () => {
    const file = readFileSync(new URL("../../sample/planplus/companies.csv", import.meta.url));
    const res = await profileBlob(new Blob([file]), "companies.csv", { budgetMs: 1000 });
    const fields = await new FerryApi(new FakeOrm() as unknown as OrmLike).fieldsGet("res.partner");
    const props = proposeObject("planplus", "res.partner", res.profile.columns, fields);
    const by = Object.fromEntries(props.map((p) => [p.source, p]));
    expect(by["Company Name"]?.target).toBe("name");
    expect(by["Main Phone"]?.target).toBe("phone");
    expect(by["Web Page"]?.target).toBe("website");
    expect(by["City"]?.target).toBe("city");
    expect(by["Company ID"]?.target).toBe("");
    expect(by["Company ID"]?.reason).toMatch(/identifier/);
    for (const p of props) {
      expect(p.confidence).toBeGreaterThanOrEqual(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
      expect(p.reason.length).toBeGreaterThan(5);
      if (p.newFieldType) expect(p.target).toMatch(/^x_pp_/);
    }
  });

  it("reads the bridge's sample_diff.csv (every compared field, with a status) and keeps what differs", () => {
    const csv = '\uFEFF"object","source_id","model","xmlid","field","status","cause","source_value","odoo_value","note"\r\n' +
      '"companies","20001","res.partner","ferry_planplus.planplus_company_20001","name","match","","Acme","Acme",""\r\n' +
      '"companies","20001","res.partner","ferry_planplus.planplus_company_20001","website","mismatch","value_normalized","www.acme.example","http://www.acme.example",""\r\n' +
      '"contacts","100028","","","","not_loaded","","","","rejected: malformed_row"\r\n';
    const rows = parseDiffCsv(csv);
    expect(rows.map((r) => [r.object, r.field, r.cause])).toEqual([
      ["companies", "website", "value_normalized"],
      ["contacts", "", "not_loaded"],
    ]);
    expect(rows[1]?.note).toBe("rejected: malformed_row");
    // shown in words (the bridge's labels), coloured by how much it matters
    expect(rows.map((r) => causeShort(r.cause))).toEqual(["value normalized by Odoo", "not loaded"]);
    expect(causeLabel("value_normalized")).toBe("value normalized by Odoo (case, spacing, format)");
    expect(causeShort("some_new_cause")).toBe("some new cause");
    expect([causeClass("value_normalized"), causeClass("truncated"), causeClass("relation_not_resolved"), causeClass("not_loaded")]).toEqual(["text-bg-info", "text-bg-warning", "text-bg-danger", "text-bg-danger"]);
  });

  it("parses the sample diff CSV loosely and filters it", () => {
    const rows = parseDiffCsv('\uFEFF"object","source_id","field","source_value","odoo_value","cause"\r\n"contacts","1","email","A@X","a@x","normalized"\r\n"deals","2","name","x","y","truncated"\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ object: "contacts", field: "email", source: "A@X", odoo: "a@x", cause: "normalized" });
    expect(filterDiff(rows, { object: "", field: "NAM", cause: "" })).toHaveLength(1);
  });
});
