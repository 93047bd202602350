import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FerryError } from "../../bridge/src/core/errors.ts";
import {
  openPlexusApi,
  openPlexusBundle,
  parseRetryAfter,
  PlexusApiClient,
  PlexusApiError,
  startPlexusSimulator,
} from "../../bridge/src/sources/plexus/index.ts";
import type { ApiEvent, PlexusSimulator, SimFaults } from "../../bridge/src/sources/plexus/index.ts";
import type { SourceExport } from "../../bridge/src/sources/types.ts";

const SAMPLE = path.resolve("sample/plexus");
const TOKEN = "test-token-not-a-secret";
let sim: PlexusSimulator | null = null;
afterEach(async () => {
  await sim?.close();
  sim = null;
});

async function recordIds(ex: SourceExport): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const [name, r] of ex.objects) {
    const ids: string[] = [];
    for await (const it of r.read()) if (it.kind === "record") ids.push(it.record.id);
    out.set(name, ids);
  }
  return out;
}

function fastClient(url: string, waits: ApiEvent[], extra: Partial<ConstructorParameters<typeof PlexusApiClient>[0]> = {}): ConstructorParameters<typeof PlexusApiClient>[0] {
  return {
    baseUrl: url,
    token: TOKEN,
    allowInsecure: true,
    baseDelayMs: 1,
    maxDelayMs: 8,
    retryAfterUnitMs: 1,
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 5))),
    onEvent: (e) => waits.push(e),
    ...extra,
  };
}

describe("Plexus API client against the simulator", () => {
  it("with 429 bursts, 5xx, dropped connections, an expired cursor, a record changing between pages and expired URLs: nothing lost, nothing duplicated", async () => {
    const faults: SimFaults = {
      rateLimitEvery: 4, rateLimitBurst: 2, retryAfterSeconds: 3, serverErrorEvery: 7, dropEvery: 11,
      changeRecord: { object: "customers", afterPage: 1, index: 1 }, expireCursorAtRequest: 3, expiredUrls: true,
    };
    sim = await startPlexusSimulator({ bundle: SAMPLE, token: TOKEN, faults });
    const events: ApiEvent[] = [];
    const ex = await openPlexusApi({ ...fastClient(sim.url, events), pageSize: 7, workDir: mkdtempSync(path.join(tmpdir(), "ferry-api-")) });
    const reference = await recordIds(await openPlexusBundle(SAMPLE));
    const got = await recordIds(ex);
    for (const [object, ids] of reference) {
      const mine = got.get(object) ?? [];
      expect(new Set(mine).size, `${object}: an id yielded twice`).toBe(mine.length);
      expect([...mine].sort(), object).toEqual([...ids].sort());
    }
    // the record changed while paging was served twice; the older copy is a superseded skip
    expect(sim.stats.changedRecords).toHaveLength(1);
    const customers = ex.objects.get("customers");
    const skips: string[] = [];
    for await (const it of customers?.read() ?? []) if (it.kind === "outcome") skips.push(`${it.issue.code}:${it.id}`);
    expect(skips).toContain(`superseded:${sim.stats.changedRecords[0]}`);
    // faults really happened and were retried
    expect(sim.stats.rateLimited).toBeGreaterThan(2);
    expect(sim.stats.serverErrors).toBeGreaterThan(1);
    expect(sim.stats.dropped).toBeGreaterThan(0);
    expect(sim.stats.cursorExpired).toBe(1);
    expect(events.some((e) => e.type === "cursor_restart")).toBe(true);
    // Retry-After honoured: every 429 wait is exactly Retry-After (3 s in the test's time unit)
    const rl = events.filter((e) => e.type === "retry" && e.reason === "rate_limited");
    expect(rl.length).toBe(sim.stats.rateLimited);
    expect(rl.every((e) => e.type === "retry" && e.waitMs === 3)).toBe(true);
    // attachments: expired URLs refreshed, token never sent to storage, missing and bad binaries reported
    expect(sim.stats.downloadsWithAuth).toBe(0);
    expect(events.filter((e) => e.type === "url_refresh").length).toBeGreaterThanOrEqual(8);
    expect(ex.exportResult.attachments.downloaded).toBe(6);
    expect(ex.exportResult.attachments.missing).toHaveLength(1);
    expect(ex.exportResult.attachments.mismatched).toHaveLength(1);
    expect(ex.manifest).toMatchObject({ format: "plexus-export-bundle", tenant: "northwind-field", export_type: "full" });
  });

  it("Retry-After in HTTP-date form is honoured", async () => {
    sim = await startPlexusSimulator({ bundle: SAMPLE, token: TOKEN, faults: { rateLimitEvery: 2, retryAfterSeconds: 3, retryAfterForm: "http-date" } });
    const events: ApiEvent[] = [];
    const client = new PlexusApiClient(fastClient(sim.url, events, { retryAfterUnitMs: 100, pageSize: 2 }));
    const users: unknown[] = [];
    for await (const u of client.list("users")) users.push(u);
    expect(users).toHaveLength(6);
    const rl = events.filter((e) => e.type === "retry" && e.reason === "rate_limited");
    expect(rl.length).toBeGreaterThan(0);
    // HTTP-date has 1 s resolution: 2–3 s ahead → 200–300 in this unit
    for (const e of rl) expect(e.type === "retry" && e.waitMs).toBeGreaterThanOrEqual(190);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:10 GMT", 1000, Date.parse("2015-10-21T07:28:00Z"))).toBe(10_000);
    expect(parseRetryAfter("120")).toBe(120_000);
    expect(parseRetryAfter("soon")).toBeNull();
  });

  it("5xx: jittered exponential backoff capped, at most 6 attempts, then a clear error", async () => {
    sim = await startPlexusSimulator({ bundle: SAMPLE, token: TOKEN, faults: { serverErrorEvery: 1 } });
    const events: ApiEvent[] = [];
    const waits: number[] = [];
    const client = new PlexusApiClient({
      baseUrl: sim.url, token: TOKEN, allowInsecure: true, onEvent: (e) => events.push(e),
      sleep: async (ms) => { waits.push(ms); },
    });
    const err = await client.tenant().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FerryError);
    expect((err as FerryError).code).toBe("server_error");
    expect(sim.stats.apiRequests).toBe(6);
    expect(waits).toHaveLength(5);
    const nominal = [1000, 2000, 4000, 8000, 16000];
    waits.forEach((w, i) => {
      expect(w).toBeGreaterThanOrEqual((nominal[i] as number) * 0.8);
      expect(w).toBeLessThanOrEqual((nominal[i] as number) * 1.2);
    });
    const capped = new PlexusApiClient({ baseUrl: "https://x.example", token: "t", random: () => 1 });
    expect(capped.backoffMs(10)).toBe(72_000);
    expect(capped.backoffMs(10)).toBeLessThanOrEqual(60_000 * 1.2);
    expect(new PlexusApiClient({ baseUrl: "https://x.example", token: "t", random: () => 0.5 }).backoffMs(9)).toBe(60_000);
  });

  it("a download refused with 403 gets a fresh URL once; binaries verified", async () => {
    sim = await startPlexusSimulator({ bundle: SAMPLE, token: TOKEN, faults: { refuseFirstDownload: true } });
    const events: ApiEvent[] = [];
    const ex = await openPlexusApi({ ...fastClient(sim.url, events), objects: ["attachments"], workDir: mkdtempSync(path.join(tmpdir(), "ferry-api-a-")) });
    expect(ex.exportResult.attachments).toMatchObject({ downloaded: 6, missing: [expect.stringMatching(/^att_/)], mismatched: [expect.stringMatching(/^att_/)] });
    expect(sim.stats.downloadsRefused).toBe(8);
    expect(events.filter((e) => e.type === "url_refresh")).toHaveLength(8);
    expect(sim.stats.downloadsWithAuth).toBe(0);
  });

  it("errors: bad token, limit over 500, http:// refused, 404 endpoint", async () => {
    sim = await startPlexusSimulator({ bundle: SAMPLE, token: TOKEN });
    const bad = new PlexusApiClient({ baseUrl: sim.url, token: "wrong", allowInsecure: true });
    const e1 = await bad.tenant().catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(PlexusApiError);
    expect((e1 as PlexusApiError).code).toBe("invalid_token");
    const good = new PlexusApiClient({ baseUrl: sim.url, token: TOKEN, allowInsecure: true });
    const e2 = await good.request("/v1/customers?limit=501").catch((e: unknown) => e);
    expect((e2 as PlexusApiError).code).toBe("invalid_parameter");
    expect(() => new PlexusApiClient({ baseUrl: sim?.url ?? "", token: TOKEN })).toThrow(/https/);
    const e3 = await good.request("/v1/nothing").catch((e: unknown) => e);
    expect((e3 as PlexusApiError).status).toBe(404);
  });

  it("throttles itself when X-RateLimit-Remaining is 0; delta paging with modified_since returns tombstones as records", async () => {
    sim = await startPlexusSimulator({ bundle: SAMPLE, token: TOKEN, faults: { remainingZeroEvery: 2, slowMs: 2 } });
    const events: ApiEvent[] = [];
    const client = new PlexusApiClient(fastClient(sim.url, events, { pageSize: 5 }));
    const all: Record<string, unknown>[] = [];
    for await (const r of client.list("time_entries", { modifiedSince: "2000-01-01T00:00:00Z" })) all.push(r);
    expect(events.some((e) => e.type === "throttle")).toBe(true);
    const since = String(all[Math.floor(all.length / 2)]?.["updated_at"]);
    const ex = await openPlexusApi({ ...fastClient(sim.url, []), objects: ["time_entries"], modifiedSince: since, workDir: mkdtempSync(path.join(tmpdir(), "ferry-api-d-")) });
    expect(ex.kind).toBe("delta");
    const recs: Record<string, unknown>[] = [];
    for await (const it of ex.objects.get("time_entries")?.read() ?? []) if (it.kind === "record") recs.push(it.record.data);
    expect(recs.length).toBe(all.filter((r) => String(r["updated_at"]) >= since).length);
    expect(recs.every((r) => String(r["updated_at"]) >= since)).toBe(true);
    expect(recs.some((r) => r["deleted"] === true && Object.keys(r).length === 4)).toBe(true);
  });
});
