import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openPlanPlus } from "../../bridge/src/sources/planplus/index.ts";
import { openPlexusBundle } from "../../bridge/src/sources/plexus/index.ts";
import { generatePlexus } from "../../scripts/sample/plexus.ts";
import type { SourceExport } from "../../bridge/src/sources/types.ts";
import { generatePlanPlus } from "../../scripts/sample/planplus.ts";
import { writeExpected } from "../../scripts/sample/expected.ts";
import type { ExpectedFile } from "../../scripts/sample/expected.ts";

type Counts = { source_count: number; records: number; rejected: Record<string, number>; skipped: Record<string, number> };

async function countAll(ex: SourceExport): Promise<Record<string, Counts>> {
  const out: Record<string, Counts> = {};
  for (const [name, reader] of ex.objects) {
    const c: Counts = { source_count: 0, records: 0, rejected: {}, skipped: {} };
    const rows = new Set<number>();
    for await (const item of reader.read()) {
      c.source_count++;
      const row = item.kind === "record" ? item.record.origin.row : item.origin.row;
      expect(rows.has(row), `${name}: row ${row} yielded twice`).toBe(false);
      rows.add(row);
      if (item.kind === "record") c.records++;
      else if (item.outcome === "rejected") c.rejected[item.issue.code] = (c.rejected[item.issue.code] ?? 0) + 1;
      else c.skipped[item.issue.code] = (c.skipped[item.issue.code] ?? 0) + 1;
    }
    out[name] = c;
  }
  return out;
}

function pick(o: ExpectedFile["objects"]): Record<string, Counts> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, { source_count: v.source_count, records: v.records, rejected: v.rejected, skipped: v.skipped }]));
}

describe("PlanPlus reader against the generated sample's expected.json", () => {
  it("committed scale-1 sample: every object matches expected counts", async () => {
    const root = path.resolve("sample");
    const expected = JSON.parse(readFileSync(path.join(root, "planplus.expected.json"), "utf8")) as ExpectedFile;
    const ex = await openPlanPlus(path.join(root, "planplus"));
    expect(ex.edition).toBe("business");
    expect(ex.kind).toBe("full");
    expect(ex.missing).toEqual([]);
    expect(await countAll(ex)).toEqual(pick(expected.objects));
    expect(ex.objects.get("users")?.encoding).toBe("windows-1252");
    expect(ex.objects.get("companies")?.encoding).toBe("utf-8-bom");
  });

  it("scale 3 with a different seed: counts scale and still match", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ferry-pp-"));
    const t = generatePlanPlus(path.join(dir, "planplus"), { scale: 3, seed: "7", usersEncoding: "utf-8" });
    writeExpected(path.join(dir, "planplus.expected.json"), "planplus", "planplus", 3, "7", t);
    const ex = await openPlanPlus(path.join(dir, "planplus"));
    expect(await countAll(ex)).toEqual(pick(t.objects));
    expect(t.objects["contacts"]?.records).toBe(3 * (50 - 2));
    expect(ex.objects.get("users")?.encoding).toBe("utf-8");
  });
});

describe("Plexus bundle reader against the generated sample's expected.json", () => {
  it("committed scale-1 bundle: manifest verifies, every object matches expected counts", async () => {
    const root = path.resolve("sample");
    const expected = JSON.parse(readFileSync(path.join(root, "plexus.expected.json"), "utf8")) as ExpectedFile;
    const ex = await openPlexusBundle(path.join(root, "plexus"));
    expect(ex.warnings).toEqual([]);
    expect(ex.missing).toEqual([]);
    expect(ex.kind).toBe("full");
    expect(ex.objects.size).toBe(17);
    expect(await countAll(ex)).toEqual(pick(expected.objects));
  });

  it("scale 2: counts scale and still match", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ferry-px-"));
    const t = generatePlexus(path.join(dir, "plexus"), { scale: 2, seed: "9" });
    const ex = await openPlexusBundle(path.join(dir, "plexus"));
    expect(ex.warnings).toEqual([]);
    expect(await countAll(ex)).toEqual(pick(t.objects));
  });
});
