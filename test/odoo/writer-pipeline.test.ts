import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator } from "../../bridge/src/odoo/simulator/index.ts";
import type { Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient, OdooError } from "../../bridge/src/odoo/client.ts";
import type { OdooFields, OdooLoadResult } from "../../bridge/src/odoo/client.ts";
import { loadBatches } from "../../bridge/src/odoo/writer.ts";
import type { BatchReport, LoadRow } from "../../bridge/src/odoo/writer.ts";

/**
 * A stand-in client: `load` takes `delay(rows)` ms, records how many calls overlapped, and answers
 * ids in order. `fail(rows, attempt)` may return messages (a refused call) or throw.
 */
function fakeClient(opts: { delay?: (rows: string[][]) => number; fields?: OdooFields; fail?: (rows: string[][], attempt: number) => OdooLoadResult | undefined } = {}) {
  let next = 1;
  let inFlight = 0;
  const calls: { first: string; size: number; overlapped: number }[] = [];
  const attempts = new Map<string, number>();
  const ids = new Map<string, number>();
  const client = {
    async fieldsGet(): Promise<OdooFields> {
      return opts.fields ?? { name: { string: "Name", type: "char" }, parent_id: { string: "Parent", type: "many2one", relation: "res.partner" } };
    },
    async load(_m: string, _f: string[], rows: string[][]): Promise<OdooLoadResult> {
      const first = rows[0]?.[0] ?? "";
      const attempt = attempts.get(first) ?? 0;
      attempts.set(first, attempt + 1);
      inFlight++;
      calls.push({ first, size: rows.length, overlapped: inFlight });
      try {
        await new Promise((r) => setTimeout(r, opts.delay ? opts.delay(rows) : 5));
        const refused = opts.fail?.(rows, attempt);
        if (refused) return refused;
        // Like load with an `id` column: the same xmlid gets the same record.
        return { ids: rows.map((r) => ids.get(r[0] as string) ?? (ids.set(r[0] as string, next++), ids.get(r[0] as string) as number)), messages: [] };
      } finally {
        inFlight--;
      }
    },
  };
  return { client: client as unknown as OdooClient, calls };
}
const rows = (n: number, prefix = "x"): LoadRow[] => Array.from({ length: n }, (_, i) => ({ key: `${prefix}${i}`, cells: [`t.${prefix}${i}`, `N${i}`, ""] }));
const FIELDS = ["id", "name", "parent_id/id"];

describe("loadBatches pipelining (2 calls in flight)", () => {
  it("overlaps consecutive batches, never more than 2, and reports them in order even when a later one finishes first", async () => {
    // Batch 0 is slow, batch 1 fast: batch 1 ends first but is reported second.
    const { client, calls } = fakeClient({ delay: (r) => (r[0]?.[0] === "t.x0" ? 60 : 5) });
    const reports: BatchReport[] = [];
    const res = await loadBatches(client, "res.partner", FIELDS, rows(400), { batchSize: 100, adaptive: false, precheck: false, onBatch: (r) => void reports.push(r) });
    expect(Math.max(...calls.map((c) => c.overlapped))).toBe(2);
    expect(calls.filter((c) => c.overlapped === 2).length).toBeGreaterThan(0);
    expect(reports.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(reports.flatMap((r) => r.landed.map((l) => l.key))).toEqual(rows(400).map((r) => r.key));
    expect(res.landed.map((l) => l.key)).toEqual(rows(400).map((r) => r.key));
    expect(new Set(res.landed.map((l) => l.id)).size).toBe(400);
  });

  it("pipeline 1 keeps one call at a time", async () => {
    const { client, calls } = fakeClient();
    await loadBatches(client, "res.partner", FIELDS, rows(300), { batchSize: 100, adaptive: false, precheck: false, pipeline: 1 });
    expect(calls.map((c) => c.overlapped)).toEqual([1, 1, 1]);
  });

  it("waits for the batch in flight when the next one references a record it creates, or writes the same record", async () => {
    const { client, calls } = fakeClient({ delay: () => 20 });
    const data = rows(300);
    data[150]!.cells[2] = "t.x10"; // batch 1 → a parent created by batch 0
    data[250] = { key: "dup", cells: ["t.x160", "again", ""] }; // batch 2 writes a record of batch 1
    const res = await loadBatches(client, "res.partner", FIELDS, data, { batchSize: 100, adaptive: false, precheck: false });
    expect(calls.map((c) => c.overlapped)).toEqual([1, 1, 1]);
    expect(res.landed.find((l) => l.key === "dup")?.id).toBe(res.landed.find((l) => l.key === "x160")?.id);
  });

  it("never overlaps when a relational column is matched by name (Odoo's name_search cannot see uncommitted records)", async () => {
    const { client, calls } = fakeClient({ delay: () => 10 });
    await loadBatches(client, "res.partner", ["id", "name", "parent_id"], rows(300), { batchSize: 100, adaptive: false, precheck: false });
    expect(calls.map((c) => c.overlapped)).toEqual([1, 1, 1]);
  });

  it("resends a call Odoo refused only for a concurrent-update conflict; the rows land, none is failed", async () => {
    const conflict: OdooLoadResult = { ids: false, messages: [{ type: "error", message: "could not serialize access due to concurrent update", record: 3 }] };
    const { client, calls } = fakeClient({ fail: (r, attempt) => (r[0]?.[0] === "t.x100" && attempt < 2 ? conflict : undefined) });
    const res = await loadBatches(client, "res.partner", FIELDS, rows(300), { batchSize: 100, adaptive: false, precheck: false });
    expect(res.failed).toEqual([]);
    expect(res.landed).toHaveLength(300);
    expect(calls.filter((c) => c.first === "t.x100")).toHaveLength(3);
  });

  it("a failing batch stops the sending; a batch already in flight that landed is still reported, then the error is thrown", async () => {
    const { client, calls } = fakeClient({
      delay: (r) => (r[0]?.[0] === "t.x100" ? 30 : 5),
      fail: (r) => {
        if (r[0]?.[0] === "t.x100") throw new OdooError("odoo_boom", "boom");
        return undefined;
      },
    });
    const reports: BatchReport[] = [];
    await expect(loadBatches(client, "res.partner", FIELDS, rows(500), { batchSize: 100, adaptive: false, precheck: false, onBatch: (r) => void reports.push(r) })).rejects.toThrow("boom");
    // Batch 1 failed while batch 2 was in flight: batch 2 landed and is reported after batch 0; nothing after it was sent.
    expect(reports.map((r) => r.landed[0]?.key)).toEqual(["x0", "x200"]);
    expect(calls.map((c) => c.first)).toEqual(["t.x0", "t.x100", "t.x200"]);
  });
});

describe("loadBatches pipelining against the simulator", () => {
  let sim: Simulator;
  let client: OdooClient;
  beforeAll(async () => {
    sim = await startSimulator({ latencyMs: 5 });
    client = await OdooClient.connect(sim);
  });
  afterAll(async () => {
    await client.close();
    await sim.close();
  });

  it("isolates the bad rows of overlapping batches: every good row landed once, every bad row failed, reports in order", async () => {
    const data: LoadRow[] = Array.from({ length: 2000 }, (_, i) => ({ key: `ferry_p.r${i}`, cells: [`ferry_p.r${i}`, `Row ${i}`, i % 3 ? "0" : "1"] }));
    const bad = [7, 499, 500, 1234, 1999];
    for (const i of bad) data[i]!.cells[i % 2 ? 1 : 2] = i % 2 ? "" : "maybe";
    const reports: BatchReport[] = [];
    const before = await client.searchCount("res.partner", [], { active_test: false });
    const res = await loadBatches(client, "res.partner", ["id", "name", "is_company"], data, { batchSize: 250, adaptive: false, precheck: false, onBatch: (r) => void reports.push(r) });
    expect(res.failed.map((f) => f.key).sort()).toEqual(bad.map((i) => `ferry_p.r${i}`).sort());
    expect(res.landed).toHaveLength(2000 - bad.length);
    expect(new Set(res.landed.map((l) => l.id)).size).toBe(2000 - bad.length);
    expect(reports.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(reports.flatMap((r) => [...r.landed, ...r.failed].map((x) => x.key)).sort()).toEqual(data.map((d) => d.key).sort());
    expect(await client.searchCount("res.partner", [], { active_test: false })).toBe(before + 2000 - bad.length);
    const map = await client.resolveXmlids(data.map((d) => d.key));
    expect(map.size).toBe(2000 - bad.length);
    for (const l of res.landed) expect(map.get(l.key)?.id).toBe(l.id);
  });
});
