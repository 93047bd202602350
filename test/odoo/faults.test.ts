import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator } from "../../bridge/src/odoo/simulator/index.ts";
import type { Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { loadBatches } from "../../bridge/src/odoo/writer.ts";

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.close();
});

describe("transient faults", () => {
  it("5% transient faults across a 20,000-row load: every row lands exactly once", async () => {
    const client = await OdooClient.connect(sim, { timeoutMs: 1000, retry: { retries: 8, delaysMs: [5, 20, 50] } });
    const before = await client.searchCount("res.partner", [], { active_test: false });
    // Timeouts: the server commits, then answers after the client gave up (the ambiguous case).
    sim.setFaults({ rate: 0.05, kinds: ["timeout", "http502", "http503", "http504", "serialization", "slow", "reset"], methods: ["load"], delayMs: 1300, seed: 2026 });
    const rows = Array.from({ length: 20_000 }, (_, i) => {
      const x = `ferry_fault.partner_${i}`;
      return { key: x, cells: [x, `Fault Partner ${i}`, i % 3 ? "0" : "1"] };
    });
    const res = await loadBatches(client, "res.partner", ["id", "name", "is_company"], rows, { batchSize: 100, adaptive: false });
    sim.setFaults(undefined);
    const injected = Object.values(sim.stats.faults).reduce((a, b) => a + b, 0);
    expect(injected).toBeGreaterThanOrEqual(5);
    expect(sim.stats.faults.timeout ?? 0).toBeGreaterThan(0);
    expect(res.failed).toEqual([]);
    expect(res.landed).toHaveLength(20_000);
    expect(new Set(res.landed.map((l) => l.key)).size).toBe(20_000);
    expect(new Set(res.landed.map((l) => l.id)).size).toBe(20_000);
    // Verify through external ids: one record per xmlid, no extra records.
    const byXmlid = await client.resolveXmlids(rows.map((r) => r.cells[0] as string));
    expect(byXmlid.size).toBe(20_000);
    expect(await client.searchCount("ir.model.data", [["module", "=", "ferry_fault"]])).toBe(20_000);
    expect(await client.searchCount("res.partner", [], { active_test: false })).toBe(before + 20_000);
    for (const l of res.landed.slice(0, 50)) expect(byXmlid.get(l.key)?.id).toBe(l.id);
  }, 120_000);
});
