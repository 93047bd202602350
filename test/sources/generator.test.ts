import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generatePlanPlus } from "../../scripts/sample/planplus.ts";
import { generatePlexus } from "../../scripts/sample/plexus.ts";
import { writeExpected } from "../../scripts/sample/expected.ts";
import { openPlanPlus } from "../../bridge/src/sources/planplus/index.ts";

function files(dir: string, rel = ""): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of readdirSync(path.join(dir, rel))) {
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(path.join(dir, r)).isDirectory()) for (const [k, v] of files(dir, r)) out.set(k, v);
    else out.set(r, readFileSync(path.join(dir, r)));
  }
  return out;
}

describe("sample generator", () => {
  it("is deterministic: regenerating scale 1 / seed 1 reproduces the committed sample byte for byte", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ferry-gen-"));
    const pp = generatePlanPlus(path.join(dir, "planplus"), { scale: 1, seed: "1" });
    writeExpected(path.join(dir, "planplus.expected.json"), "planplus", "planplus", 1, "1", pp);
    const px = generatePlexus(path.join(dir, "plexus"), { scale: 1, seed: "1" });
    writeExpected(path.join(dir, "plexus.expected.json"), "plexus", "plexus", 1, "1", px);
    const mine = files(dir);
    const committed = files(path.resolve("sample"));
    expect([...mine.keys()].sort()).toEqual([...committed.keys()].filter((k) => !k.startsWith("generated/")).sort());
    for (const [k, v] of mine) expect(v.equals(committed.get(k) as Buffer), k).toBe(true);
  });

  it("another seed changes values but not the outcome counts", () => {
    const a = generatePlanPlus(mkdtempSync(path.join(tmpdir(), "ferry-gen-a-")), { scale: 2, seed: "a" });
    const bdir = mkdtempSync(path.join(tmpdir(), "ferry-gen-b-"));
    const b = generatePlanPlus(bdir, { scale: 2, seed: "b" });
    expect(a.objects).toEqual(b.objects);
    expect(readFileSync(path.join(bdir, "contacts.csv"), "utf8")).not.toEqual(readFileSync(path.resolve("sample/planplus/contacts.csv"), "utf8"));
  });

  it("every B.1 file and all 17 Plexus files with a manifest are written; CRLF everywhere in CSV", () => {
    const pp = readdirSync(path.resolve("sample/planplus")).sort();
    expect(pp).toEqual([
      "companies.csv", "contact_company_links.csv", "contacts.csv", "custom_fields.csv", "deal_stages.csv", "deals.csv", "events.csv", "faq_articles.csv",
      "help_desk_tickets.csv", "milestones.csv", "project_summaries", "projects.csv", "sync_connections.csv", "tasks.csv", "users.csv",
    ]);
    for (const f of pp.filter((n) => n.endsWith(".csv"))) {
      const text = readFileSync(path.resolve("sample/planplus", f), "latin1");
      let quoted = false;
      let breaks = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"') quoted = !quoted;
        else if (c === "\n" && !quoted) {
          expect(text[i - 1], `${f}: bare LF between records at ${i}`).toBe("\r");
          breaks++;
        }
      }
      expect(breaks, f).toBeGreaterThan(1);
    }
    const manifest = JSON.parse(readFileSync(path.resolve("sample/plexus/manifest.json"), "utf8")) as { objects: Record<string, unknown> };
    expect(Object.keys(manifest.objects)).toHaveLength(17);
  });
});

describe("PlanPlus reader: big and tricky cells (C.2 huge_text, formula_text, newlines)", () => {
  it("a 1 MiB Notes cell, formula text and embedded line breaks come through unchanged", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ferry-huge-"));
    const header = '"Contact ID","First Name","Job Title","Notes","Created Date","Modified Date"';
    const huge = `Line "one"\r\n${"x".repeat(1_048_576 - 40)}\nend`;
    const esc = (s: string): string => `"${s.replace(/"/g, '""')}"`;
    writeFileSync(path.join(dir, "contacts.csv"), `${header}\r\n${["100001", "Ann", "@SUM(A1)", huge, "3/7/2025 9:05 AM", "3/7/2025 9:05 AM"].map(esc).join(",")}\r\n${["100002", "=HYPERLINK(\"http://x\",\"click\")", "+1 555 0100", "-5", "3/7/2025 9:05 AM", "3/7/2025 9:05 AM"].map(esc).join(",")}\r\n`);
    const ex = await openPlanPlus(dir);
    const recs: Record<string, unknown>[] = [];
    for await (const it of ex.objects.get("contacts")?.read() ?? []) if (it.kind === "record") recs.push(it.record.data);
    expect(recs[0]?.["Notes"]).toBe(huge);
    expect(recs[0]?.["Job Title"]).toBe("@SUM(A1)");
    expect(recs[1]?.["First Name"]).toBe('=HYPERLINK("http://x","click")');
    expect(recs[1]?.["Job Title"]).toBe("+1 555 0100");
    expect(recs[1]?.["Notes"]).toBe("-5");
  });
});
