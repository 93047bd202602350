import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator } from "../../bridge/src/odoo/simulator/index.ts";
import type { Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { loadBatches } from "../../bridge/src/odoo/writer.ts";
import type { BatchReport, LoadRow } from "../../bridge/src/odoo/writer.ts";

let sim: Simulator;
let client: OdooClient;
beforeAll(async () => {
  sim = await startSimulator();
  client = await OdooClient.connect(sim);
});
afterAll(async () => {
  await client.close();
  await sim.close();
});

const FIELDS = ["id", "name", "email", "is_company"];
function rows(prefix: string, n: number, bad: Record<number, "name" | "bool" | "parent"> = {}): LoadRow[] {
  return Array.from({ length: n }, (_, i) => {
    const key = `ferry_w.${prefix}_${i}`;
    const kind = bad[i];
    return { key, cells: [key, kind === "name" ? "" : `${prefix} ${i}`, `p${i}@x.example`, kind === "bool" ? "maybe" : i % 2 ? "1" : "0"] };
  });
}

describe("loadBatches", () => {
  it("isolates 1 bad row in 2000 by bisection in O(log n) calls", async () => {
    const data = rows("bis", 2000, { 1234: "name" });
    const res = await loadBatches(client, "res.partner", FIELDS, data, { batchSize: 2000, adaptive: false, isolate: "bisect", precheck: false });
    expect(res.failed).toEqual([expect.objectContaining({ key: "ferry_w.bis_1234", message: "'Contacts require a name'" })]);
    expect(res.landed).toHaveLength(1999);
    expect(res.calls).toBeLessThanOrEqual(1 + 2 * Math.ceil(Math.log2(2000)));
    expect(new Set(res.landed.map((l) => l.id)).size).toBe(1999);
  });

  it("uses Odoo's row numbers first: 2 calls for bad rows it names", async () => {
    const data = rows("guided", 2000, { 3: "bool", 1500: "name" });
    const res = await loadBatches(client, "res.partner", FIELDS, data, { batchSize: 2000, adaptive: false, precheck: false });
    expect(res.calls).toBe(2);
    expect(res.failed.map((f) => [f.key, f.field])).toEqual([
      ["ferry_w.guided_3", "is_company"],
      ["ferry_w.guided_1500", undefined],
    ]);
    expect(res.landed).toHaveLength(1998);
  });

  it("is idempotent: a second load returns the same ids and creates nothing", async () => {
    const data = rows("idem", 1200);
    const first = await loadBatches(client, "res.partner", FIELDS, data, { batchSize: 500, adaptive: false });
    const count = await client.searchCount("res.partner", [], { active_test: false });
    const second = await loadBatches(client, "res.partner", FIELDS, data, { batchSize: 500, adaptive: false });
    expect(second.landed).toEqual(first.landed);
    expect(await client.searchCount("res.partner", [], { active_test: false })).toBe(count);
    const map = await client.resolveXmlids(data.map((d) => d.key));
    expect(map.size).toBe(1200);
  });

  it("calls onBatch after each committed batch, in order", async () => {
    const reports: BatchReport[] = [];
    const data = rows("cb", 1100, { 600: "parent" });
    data[600]!.cells[1] = "";
    await loadBatches(client, "res.partner", FIELDS, data, { batchSize: 500, adaptive: false, precheck: false, onBatch: (r) => void reports.push(r) });
    expect(reports.map((r) => [r.index, r.size, r.landed.length, r.failed.length])).toEqual([
      [0, 500, 500, 0],
      [1, 500, 499, 1],
      [2, 100, 100, 0],
    ]);
  });

  it("keeps rows that reference a parent loaded in the same batch", async () => {
    const res = await loadBatches(client, "res.partner", ["id", "name", "parent_id/id"], [
      { key: "p", cells: ["ferry_w.parent", "Parent Co", ""] },
      { key: "c", cells: ["ferry_w.child", "Child", "ferry_w.parent"] },
      { key: "o", cells: ["ferry_w.orphan", "Orphan", "ferry_w.missing"] },
    ], { adaptive: false, precheck: false });
    expect(res.landed.map((l) => l.key)).toEqual(["p", "c"]);
    expect(res.failed).toEqual([expect.objectContaining({ key: "o", field: "parent_id" })]);
  });

  it("pre-checks rows Odoo would refuse: same messages as Odoo, no failed batch", async () => {
    const data = rows("pre", 1000, { 10: "bool", 500: "name" });
    data[700]!.cells[0] = "ferry_w.pre_700";
    const withParent = data.map((r, i) => ({ key: r.key, cells: [...r.cells, i === 900 ? "ferry_w.no_such_parent" : i === 901 ? "ferry_w.pre_0" : ""] }));
    const fields = [...FIELDS, "parent_id/id"];
    const pre = await loadBatches(client, "res.partner", fields, withParent, { batchSize: 1000, adaptive: false });
    expect(pre.calls).toBe(1);
    expect(pre.landed).toHaveLength(997);
    // The same rows sent to the server without the pre-check give the same messages.
    const again = withParent.map((r) => ({ key: r.key, cells: [r.cells[0]!.replace("ferry_w.", "ferry_w2."), ...r.cells.slice(1)] }));
    again[901]!.cells[4] = "ferry_w2.pre_0";
    const srv = await loadBatches(client, "res.partner", fields, again, { batchSize: 1000, adaptive: false, precheck: false });
    expect(srv.calls).toBe(2);
    const strip = (f: { key: string; message: string; field?: string }) => [f.key, f.message, f.field];
    expect(pre.failed.map(strip)).toEqual(srv.failed.map(strip));
    expect(pre.failed.map((f) => f.key)).toEqual(["ferry_w.pre_10", "ferry_w.pre_500", "ferry_w.pre_900"]);
  });
});

describe("loadBatches edge cases", () => {
  it("makes no call for an empty input", async () => {
    const before = sim.stats.requests;
    const res = await loadBatches(client, "res.partner", FIELDS, []);
    expect(res).toEqual({ landed: [], failed: [], calls: 0 });
    expect(sim.stats.requests).toBe(before);
  });

  it("rejects rows whose cell count does not match the fields", async () => {
    await expect(loadBatches(client, "res.partner", FIELDS, [{ key: "k", cells: ["a"] }])).rejects.toThrow("has 1 cells for 4 fields");
  });
});
