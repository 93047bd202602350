/** The fault proxy of the acceptance harness: forwards untouched at rate 0, injects what it says at rate 1, and the client recovers at 20 %. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { startFaultProxy } from "../../scripts/acceptance/fault-proxy.ts";

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
});
afterAll(async () => {
  await sim.close();
});

describe("fault proxy", () => {
  it("forwards at rate 0 and answers 502 / serialization failures at rate 1 without reaching Odoo", async () => {
    const proxy = await startFaultProxy({ upstream: sim.url, rate: 0, kinds: ["http502"] });
    const client = await OdooClient.connect({ url: proxy.url, db: sim.db, user: sim.user, apiKey: sim.apiKey }, { retry: false });
    try {
      const n = await client.searchCount("res.partner", []);
      expect(n).toBeGreaterThan(0);
      proxy.setRate(1);
      const before = sim.stats.calls["res.partner.create"] ?? 0;
      await expect(client.create("res.partner", { name: "never" })).rejects.toThrow();
      expect(sim.stats.calls["res.partner.create"] ?? 0).toBe(before);
      expect(proxy.stats.faults.http502).toBe(1);
    } finally {
      await client.close();
      await proxy.close();
    }
    const ser = await startFaultProxy({ upstream: sim.url, rate: 1, kinds: ["serialization"] });
    const c2 = await OdooClient.connect({ url: ser.url, db: sim.db, user: sim.user, apiKey: sim.apiKey }, { retry: false });
    try {
      await expect(c2.searchCount("res.partner", [])).rejects.toThrow(/serializ/i);
    } finally {
      await c2.close();
      await ser.close();
    }
  });

  it("a 20 % fault rate with late answers: every searched row comes back, every search_count agrees", async () => {
    const proxy = await startFaultProxy({ upstream: sim.url, rate: 0.2, delayMs: 20, seed: 7 });
    const client = await OdooClient.connect({ url: proxy.url, db: sim.db, user: sim.user, apiKey: sim.apiKey }, { retry: { retries: 8, delaysMs: [5, 10, 20] } });
    try {
      const direct = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey });
      const want = await direct.searchCount("res.partner", [], { active_test: false });
      await direct.close();
      for (let i = 0; i < 40; i++) expect(await client.searchCount("res.partner", [], { active_test: false })).toBe(want);
      expect(Object.values(proxy.stats.faults).reduce((a, b) => a + b, 0)).toBeGreaterThan(3);
    } finally {
      await client.close();
      await proxy.close();
    }
  });
});
