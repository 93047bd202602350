import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { OdooClient, RateLimiter } from "../../bridge/src/odoo/client.ts";

/** A fake Odoo behind a stubbed fetch: records when each request was sent (fake clock). */
function fakeOdoo(opts: { busyFirst?: number } = {}) {
  const sent: { at: number; method: string }[] = [];
  let busy = opts.busyFirst ?? 0;
  const fetchStub = vi.fn(async (_url: string, init: { body: string }) => {
    const req = JSON.parse(init.body) as { id: number; params: { service: string; method: string; args: unknown[] } };
    const method = req.params.service === "object" ? String(req.params.args[4]) : req.params.method;
    sent.push({ at: Date.now(), method });
    if (method === "search_count" && busy > 0) {
      busy--;
      return new Response("busy", { status: 503 });
    }
    const result = method === "version" ? { server_version: "18.0", server_version_info: [18, 0, 0, "final", 0, ""], server_serie: "18.0", protocol_version: 1 } : method === "authenticate" ? 2 : 7;
    return new Response(JSON.stringify({ jsonrpc: "2.0", id: req.id, result }), { status: 200 });
  });
  return { sent, fetchStub };
}
const conn = { url: "http://odoo.invalid", db: "d", user: "u", apiKey: "k" };

describe("RateLimiter", () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it("spaces concurrent takers 1000/rps ms apart, in call order", async () => {
    const lim = new RateLimiter(2);
    const got: number[] = [];
    const all = Promise.all([0, 1, 2, 3, 4].map((i) => lim.take().then(() => got.push(i * 1000 + Date.now()))));
    await vi.advanceTimersByTimeAsync(5000);
    await all;
    // take i resolves at i * 500 ms; i * 1000 encodes the order
    expect(got).toEqual([0, 1500, 3000, 4500, 6000]);
  });

  it("does not wait after an idle gap, but never bunches after it", async () => {
    const lim = new RateLimiter(1);
    await lim.take();
    await vi.advanceTimersByTimeAsync(5000);
    const t0 = Date.now();
    await lim.take(); // the slot is free again: no wait
    expect(Date.now()).toBe(t0);
    const p = lim.take().then(() => Date.now());
    await vi.advanceTimersByTimeAsync(1000);
    expect(await p).toBe(t0 + 1000);
  });

  it("refuses a zero or negative rate", () => {
    expect(() => new RateLimiter(0)).toThrow(/> 0/);
    expect(() => new RateLimiter(-1)).toThrow(/> 0/);
  });
});

describe("client rate cap", () => {
  let saved: string | undefined;
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    saved = process.env.FERRY_MAX_RPS;
    delete process.env.FERRY_MAX_RPS;
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    if (saved === undefined) delete process.env.FERRY_MAX_RPS;
    else process.env.FERRY_MAX_RPS = saved;
  });

  it("sends at most one request per second at maxRequestsPerSecond 1, login and retries included", async () => {
    const odoo = fakeOdoo({ busyFirst: 2 });
    vi.stubGlobal("fetch", odoo.fetchStub);
    const run = (async () => {
      const client = await OdooClient.connect(conn, { maxRequestsPerSecond: 1, retry: { delaysMs: [10], retries: 3 } });
      expect(client.maxRequestsPerSecond).toBe(1);
      for (let i = 0; i < 3; i++) await client.searchCount("res.partner", []);
      // parallel callers share the same cap
      await Promise.all([client.searchCount("res.partner", []), client.searchCount("res.partner", [])]);
    })();
    await vi.advanceTimersByTimeAsync(20_000);
    await run;
    // version + authenticate + 2 refused (503) + 5 answered
    expect(odoo.sent.map((s) => s.method).filter((m) => m === "search_count")).toHaveLength(7);
    expect(odoo.sent).toHaveLength(9);
    const gaps = odoo.sent.slice(1).map((s, i) => s.at - (odoo.sent[i] as { at: number }).at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000);
    expect((odoo.sent.at(-1) as { at: number }).at).toBe(8000);
  });

  it("takes the cap from FERRY_MAX_RPS when the option is not given; 0 or no value = uncapped", async () => {
    const odoo = fakeOdoo();
    vi.stubGlobal("fetch", odoo.fetchStub);
    process.env.FERRY_MAX_RPS = "0.5";
    const capped = OdooClient.connect(conn);
    await vi.advanceTimersByTimeAsync(5000);
    expect((await capped).maxRequestsPerSecond).toBe(0.5);
    expect(odoo.sent.map((s) => s.at)).toEqual([0, 2000]);
    // an explicit option wins over the environment
    expect((await OdooClient.connect(conn, { maxRequestsPerSecond: 0 })).maxRequestsPerSecond).toBeUndefined();
    delete process.env.FERRY_MAX_RPS;
    const free = await OdooClient.connect(conn);
    expect(free.maxRequestsPerSecond).toBeUndefined();
  });

  it("refuses a malformed FERRY_MAX_RPS", async () => {
    vi.stubGlobal("fetch", fakeOdoo().fetchStub);
    process.env.FERRY_MAX_RPS = "fast";
    await expect(OdooClient.connect(conn)).rejects.toThrow(/positive number/);
  });
});

describe("fewer requests for a capped client", () => {
  it("resolves external ids of several modules in one request, chunked by name count", async () => {
    const { startSimulator } = await import("../../bridge/src/odoo/simulator/index.ts");
    const sim = await startSimulator();
    try {
      const client = await OdooClient.connect(sim);
      const rows = ["mod_a.p1", "mod_a.p2", "mod_b.p3"].map((x, i) => [x, `P ${i}`]);
      const res = await client.load("res.partner", ["id", "name"], rows);
      expect(res.ids).toHaveLength(3);
      const before = client.requestCount;
      const got = await client.resolveXmlids(["mod_a.p1", "mod_b.p3", "base.us", "mod_c.none", "mod_a.p2"]);
      expect(client.requestCount - before).toBe(1);
      expect([...got.keys()].sort()).toEqual(["base.us", "mod_a.p1", "mod_a.p2", "mod_b.p3"]);
      expect(got.get("base.us")?.model).toBe("res.country");
      const ids = (res.ids as number[]).slice().sort((a, b) => a - b);
      expect([got.get("mod_a.p1")?.id, got.get("mod_a.p2")?.id, got.get("mod_b.p3")?.id].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(ids);
      // chunkSize 2: 4 names -> 2 requests, same answer
      const b2 = client.requestCount;
      const again = await client.resolveXmlids(["mod_a.p1", "mod_b.p3", "base.us", "mod_a.p2"], 2);
      expect(client.requestCount - b2).toBe(2);
      expect(again.size).toBe(4);
    } finally {
      await sim.close();
    }
  });
});
