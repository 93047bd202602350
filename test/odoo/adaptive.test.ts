import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OdooClient, OdooTimeoutError } from "../../bridge/src/odoo/client.ts";
import type { OdooLoadResult } from "../../bridge/src/odoo/client.ts";
import { loadBatches } from "../../bridge/src/odoo/writer.ts";
import { startSimulator } from "../../bridge/src/odoo/simulator/index.ts";
import type { Simulator } from "../../bridge/src/odoo/simulator/index.ts";

/** A stand-in client whose `load` costs `msPerRow` and times out above `maxRows`. */
function fakeClient(msPerRow: number, maxRows = Infinity) {
  const sizes: number[] = [];
  let next = 1;
  const client = {
    async load(_m: string, _f: string[], rows: string[][]): Promise<OdooLoadResult> {
      sizes.push(rows.length);
      if (rows.length > maxRows) throw new OdooTimeoutError("Odoo did not answer within the timeout");
      await new Promise((r) => setTimeout(r, rows.length * msPerRow));
      return { ids: rows.map(() => next++), messages: [] };
    },
  };
  return { client: client as unknown as OdooClient, sizes };
}
const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, cells: [`x.k${i}`, `N${i}`] }));

describe("adaptive batch size", () => {
  it("grows while calls are fast (x4 per step), up to maxSize", async () => {
    const { client, sizes } = fakeClient(0.01);
    const res = await loadBatches(client, "res.partner", ["id", "name"], rows(6000), { batchSize: 100, adaptive: { targetMs: 5000, maxSize: 1600 }, precheck: false });
    expect(res.landed).toHaveLength(6000);
    expect(sizes.slice(0, 4)).toEqual([100, 400, 1600, 1600]);
  });

  it("starts at maxSize by default and keeps it while calls stay under the target", async () => {
    const { client, sizes } = fakeClient(0.01);
    await loadBatches(client, "res.partner", ["id", "name"], rows(5000), { precheck: false });
    expect(sizes).toEqual([2000, 2000, 1000]);
  });

  it("caps a batch by bytes (large cells such as attachments)", async () => {
    const { client, sizes } = fakeClient(0);
    const big = Array.from({ length: 10 }, (_, i) => ({ key: `a${i}`, cells: [`x.a${i}`, "z".repeat(400_000)] }));
    await loadBatches(client, "ir.attachment", ["id", "datas"], big, { precheck: false, maxBytes: 1_000_000 });
    expect(sizes).toEqual([2, 2, 2, 2, 2]);
  });

  it("shrinks towards the target duration when calls are slow", async () => {
    const { client, sizes } = fakeClient(2);
    await loadBatches(client, "res.partner", ["id", "name"], rows(700), { batchSize: 200, adaptive: { targetMs: 100, minSize: 10 }, precheck: false });
    expect(sizes[0]).toBe(200);
    expect(sizes[1]).toBe(100);
    expect(sizes.slice(-3).every((s) => s <= 60)).toBe(true);
  });

  it("halves a batch that times out and lands every row", async () => {
    const { client, sizes } = fakeClient(0, 300);
    const res = await loadBatches(client, "res.partner", ["id", "name"], rows(1000), { batchSize: 1000, adaptive: { minSize: 10 }, precheck: false });
    expect(res.landed).toHaveLength(1000);
    expect(new Set(res.landed.map((l) => l.key)).size).toBe(1000);
    expect(sizes[0]).toBe(1000);
    expect(Math.max(...sizes.slice(1).filter((s) => s > 0))).toBeLessThanOrEqual(500);
  });

  it("never resends a load without an id column after a timeout", async () => {
    const { client } = fakeClient(0, 10);
    await expect(loadBatches(client, "res.partner", ["name", "email"], rows(50).map((r) => ({ key: r.key, cells: ["a", "b"] })), { batchSize: 50, precheck: false })).rejects.toBeInstanceOf(OdooTimeoutError);
  });
});

describe("rate cap and parallel workers", () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(async () => {
    await sim.close();
  });

  it("spaces requests to maxRequestsPerSecond", async () => {
    const client = await OdooClient.connect(sim, { maxRequestsPerSecond: 20 });
    const t0 = Date.now();
    for (let i = 0; i < 10; i++) await client.searchCount("res.partner", []);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(400);
  });

  it("parallel workers never write the same partition at once and land every row", async () => {
    const inFlight = new Map<string, number>();
    let overlaps = 0;
    let maxParallel = 0;
    let calls = 0;
    let next = 1;
    const client = {
      async load(_m: string, _f: string[], rows: string[][]): Promise<OdooLoadResult> {
        const parts = new Set(rows.map((r) => r[2] as string));
        calls++;
        for (const p of parts) {
          if (inFlight.has(p)) overlaps++;
          inFlight.set(p, calls);
        }
        maxParallel = Math.max(maxParallel, new Set(inFlight.values()).size);
        await new Promise((r) => setTimeout(r, 5));
        for (const p of parts) inFlight.delete(p);
        return { ids: rows.map(() => next++), messages: [] };
      },
    } as unknown as OdooClient;
    const data = Array.from({ length: 900 }, (_, i) => ({ key: `c${i}`, cells: [`ferry_par.c${i}`, `Par ${i}`, `g${i % 12}`] }));
    const res = await loadBatches(client, "res.partner", ["id", "name", "parent_id/id"], data, { batchSize: 40, adaptive: false, concurrency: 3, partition: (r) => r.cells[2] as string, precheck: false });
    expect(res.landed).toHaveLength(900);
    expect(new Set(res.landed.map((l) => l.key)).size).toBe(900);
    expect(maxParallel).toBeGreaterThan(1);
    expect(overlaps).toBe(0);
  });

  it("marks external ids noupdate when asked", async () => {
    const client = await OdooClient.connect(sim);
    await loadBatches(client, "res.partner", ["id", "name"], [{ key: "a", cells: ["ferry_nu.a", "A"] }], { noupdate: true });
    const [row] = await client.searchRead<{ noupdate: boolean }>("ir.model.data", [["module", "=", "ferry_nu"], ["name", "=", "a"]], { fields: ["noupdate"] });
    expect(row?.noupdate).toBe(true);
  });
});
