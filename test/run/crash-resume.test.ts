/**
 * `kill -9` of the bridge at 20 random points, `ferry resume` after each: the end state equals a
 * clean run's — zero duplicates, zero missing — and each created record is ledgered exactly once.
 * Plexus: kills at fixed points inside provisioning (custom fields created but not given their
 * external ids, external ids half made, the custom-field phase's load committed but not ledgered),
 * with the Odoo clock ahead of / behind the bridge's, then a few random kills.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { readLedger } from "../../bridge/src/run/ledger.ts";
import type { Reconciliation } from "../../bridge/src/run/session.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const SAMPLE = join(ROOT, "sample", "planplus");
const PLEXUS = join(ROOT, "sample", "plexus");
const MODELS = ["res.partner", "crm.lead", "crm.stage", "project.project", "project.task", "project.milestone", "calendar.event", "mail.message"];
const KILLS = 20;

let crashed: Simulator;
let clean: Simulator;
let root: string;

function ferry(sim: Simulator, args: string[], url = sim.url): { done: Promise<number | null>; kill: () => void } {
  const child = spawn(process.execPath, [join(ROOT, "bin", "ferry.js"), ...args], {
    env: { ...process.env, FERRY_ODOO_URL: url, FERRY_ODOO_DB: sim.db, FERRY_ODOO_USER: sim.user, FERRY_ODOO_API_KEY: sim.apiKey },
    stdio: process.env.FERRY_TEST_VERBOSE ? "inherit" : "ignore",
  });
  const done = new Promise<number | null>((res) => child.on("exit", (code) => res(code)));
  return { done, kill: () => child.kill("SIGKILL") };
}

async function state(sim: Simulator, module = "ferry_planplus", models = MODELS): Promise<Record<string, { count: number; xmlids: string[] }>> {
  const c = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey });
  const out: Record<string, { count: number; xmlids: string[] }> = {};
  for (const m of models) {
    const count = await c.searchCount(m, [], { active_test: false });
    const xmlids = (await c.searchRead<{ name: string }>("ir.model.data", [["module", "=", module], ["model", "=", m]], { fields: ["name"] })).map((r) => r.name).sort();
    out[m] = { count, xmlids };
  }
  await c.close();
  return out;
}

const runArgs = (out: string) => ["run", "--source", "planplus", "--input", SAMPLE, "--export-time-zone", "America/Chicago", "--fallback-owner", "admin", "--approve-proposed", "--accept-phase", "*", "--batch-size", "3", "--out", out];

beforeAll(async () => {
  crashed = await startSimulator({ port: 0 });
  clean = await startSimulator({ port: 0 });
  root = await mkdtemp(join(tmpdir(), "ferry-crash-"));
});
afterAll(async () => {
  await crashed?.close();
  await clean?.close();
});

describe("kill -9 and resume", () => {
  it(`survives ${KILLS} kills at random points`, async () => {
    const ref = join(root, "clean");
    expect(await ferry(clean, runArgs(ref)).done).toBe(0);

    const dir = join(root, "crashed");
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let kills = 0;
    let finished = false;
    // Each attempt is killed once the ledger has grown by a random number of lines, plus a random
    // few milliseconds: that lands inside load calls, between Odoo's commit and the ledger fsync, etc.
    const lines = async () => (await readFile(join(dir, "ledger.jsonl"), "utf8").catch(() => "")).split("\n").length;
    for (let i = 0; i < KILLS * 3 && kills < KILLS && !finished; i++) {
      const args = existsSync(join(dir, "run.json")) ? ["resume", dir] : runArgs(dir);
      const start = await lines();
      const target = start + 1 + Math.floor(rand() * 12);
      const extraMs = Math.floor(rand() * 150);
      const p = ferry(crashed, args);
      let exited = false;
      void p.done.then(() => (exited = true));
      while (!exited && (await lines()) < target) await new Promise((r) => setTimeout(r, 15));
      if (!exited) {
        await new Promise((r) => setTimeout(r, extraMs));
        p.kill();
      }
      const code = await p.done;
      if (code === null) kills += 1;
      else {
        expect(code).toBe(0);
        finished = true;
      }
    }
    expect(kills).toBe(KILLS);
    if (!finished) expect(await ferry(crashed, ["resume", dir]).done).toBe(0);

    const a = JSON.parse(await readFile(join(dir, "reconciliation.json"), "utf8")) as Reconciliation;
    const b = JSON.parse(await readFile(join(ref, "reconciliation.json"), "utf8")) as Reconciliation;
    const counts = (r: Reconciliation) => r.objects.map((o) => [o.object, o.source_count, o.loaded, o.skipped, o.rejected]);
    expect(counts(a)).toEqual(counts(b));
    expect(a.balanced).toBe(true);

    // Zero duplicates, zero missing: same records and external ids as the clean run.
    expect(await state(crashed)).toEqual(await state(clean));

    // Each record created once in the ledger, across all attempts.
    const creates = (await readLedger(join(dir, "ledger.jsonl"))).filter((e) => e.operation === "create" && e.xmlid);
    const seen = new Map<string, number>();
    for (const e of creates) seen.set(e.xmlid as string, (seen.get(e.xmlid as string) ?? 0) + 1);
    expect([...seen.entries()].filter(([, n]) => n > 1)).toEqual([]);
    const refCreates = (await readLedger(join(ref, "ledger.jsonl"))).filter((e) => e.operation === "create" && e.xmlid).map((e) => e.xmlid).sort();
    expect([...seen.keys()].sort()).toEqual(refCreates);
  }, 600_000);
});

/** External ids ledgered as created, with how many times, over the given ledgers. */
async function createdXmlids(...ledgers: string[]): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  for (const l of ledgers) for (const e of await readLedger(l)) if (e.operation === "create" && e.xmlid) seen.set(e.xmlid, (seen.get(e.xmlid) ?? 0) + 1);
  return seen;
}

/**
 * A proxy in front of the simulator that kills the bridge (SIGKILL) at a chosen Odoo call: the
 * `nth` call of `call` (`model.method`) of the attempt, forwarded and committed, its answer never
 * delivered — the worst moment, the write happened and the bridge did not learn of it.
 */
async function killProxy(upstream: string): Promise<{ url: string; arm: (call: string, nth: number, kill: () => void) => void; fired: () => boolean; close: () => Promise<void> }> {
  let armed: { call: string; nth: number; seen: number; kill: () => void; fired: boolean } | undefined;
  const body = async (req: IncomingMessage): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  };
  const server = createServer((req, res) => {
    void (async () => {
      const payload = await body(req);
      let call = "";
      try {
        const j = JSON.parse(payload.toString("utf8")) as { params?: { service?: string; args?: unknown[] } };
        if (j.params?.service === "object") call = `${String(j.params.args?.[3])}.${String(j.params.args?.[4])}`;
      } catch {
        /* not JSON-RPC */
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string" && !["host", "content-length", "connection"].includes(k)) headers[k] = v;
      const up = await fetch(`${upstream}${req.url ?? "/"}`, { method: req.method ?? "GET", headers, ...(payload.length ? { body: new Uint8Array(payload) } : {}) });
      const answer = Buffer.from(await up.arrayBuffer());
      if (armed && !armed.fired && call === armed.call && ++armed.seen === armed.nth) {
        armed.fired = true;
        armed.kill();
        res.destroy();
        return;
      }
      res.writeHead(up.status, { "content-type": up.headers.get("content-type") ?? "application/json" }).end(answer);
    })().catch(() => res.destroy());
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arm: (call, nth, kill) => void (armed = { call, nth, seen: 0, kill, fired: false }),
    fired: () => armed?.fired ?? false,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** The Odoo server's clock `offsetMs` away from the bridge's (create_date of what it writes). */
function skewClock(sim: Simulator, offsetMs: number): void {
  Object.assign(sim.store, { now: () => new Date(Date.now() + offsetMs) });
}

const PLEXUS_MODELS = [...MODELS, "ir.model.fields", "ir.model.fields.selection", "project.task.type", "sale.order", "account.analytic.line", "hr.employee", "ir.attachment"];
const plexusRun = (out: string) => ["run", "--source", "plexus", "--input", PLEXUS, "--export-time-zone", "America/Chicago", "--fallback-owner", "admin", "--approve-proposed", "--accept-phase", "*", "--batch-size", "5", "--out", out];
/** Kill points inside provisioning, one per attempt (each attempt resumes the previous one). */
const PROVISION_KILLS: [string, number][] = [
  ["ir.model.fields.create", 1], // first model's custom fields exist, no external id yet
  ["ir.model.data.create", 3], // external ids of a model's fields half made
  ["ir.model.fields.create", 2], // the next model's fields
  ["ir.model.fields.load", 1], // Plexus custom-field definitions: fields created by the load, not ledgered
  ["ir.model.fields.selection.load", 1], // their options
];

describe("Plexus: kill -9 inside provisioning, then resume", () => {
  const sims: Simulator[] = [];
  afterAll(async () => {
    for (const s of sims) await s.close();
  });

  async function crashRun(sim: Simulator, dir: string, kills: [string, number][], randomKills: number): Promise<number> {
    const proxy = await killProxy(sim.url);
    let n = 0;
    try {
      for (const [call, nth] of kills) {
        const args = existsSync(join(dir, "run.json")) ? ["resume", dir] : plexusRun(dir);
        const p = ferry(sim, args, proxy.url);
        proxy.arm(call, nth, p.kill);
        const code = await p.done;
        expect(proxy.fired(), `kill at ${call} #${nth}`).toBe(true);
        expect(code).toBeNull();
        n++;
      }
      proxy.arm("-", 0, () => {});
      let seed = 777;
      const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const lines = async () => (await readFile(join(dir, "ledger.jsonl"), "utf8").catch(() => "")).split("\n").length;
      for (let i = 0; i < randomKills; i++) {
        const start = await lines();
        const p = ferry(sim, ["resume", dir]);
        let exited = false;
        void p.done.then(() => (exited = true));
        const target = start + 5 + Math.floor(rand() * 60);
        while (!exited && (await lines()) < target) await new Promise((r) => setTimeout(r, 15));
        if (exited) break;
        await new Promise((r) => setTimeout(r, Math.floor(rand() * 100)));
        p.kill();
        if ((await p.done) === null) n++;
      }
      expect(await ferry(sim, ["resume", dir]).done).toBe(0);
    } finally {
      await proxy.close();
    }
    return n;
  }

  it("no duplicate, no lost row, each record ledgered as created once (Odoo clock 20 s behind)", async () => {
    const clean = await startSimulator({ port: 0 });
    const crashed = await startSimulator({ port: 0 });
    sims.push(clean, crashed);
    // behind: what a crashed attempt created carries a create_date before the run's start
    skewClock(crashed, -20_000);
    const ref = join(root, "plexus-clean", "run");
    expect(await ferry(clean, plexusRun(ref)).done).toBe(0);
    const dir = join(root, "plexus-crashed", "run");
    expect(await crashRun(crashed, dir, PROVISION_KILLS, 2)).toBeGreaterThanOrEqual(PROVISION_KILLS.length);

    expect(await state(crashed, "ferry_plexus", PLEXUS_MODELS)).toEqual(await state(clean, "ferry_plexus", PLEXUS_MODELS));
    const a = JSON.parse(await readFile(join(dir, "reconciliation.json"), "utf8")) as Reconciliation;
    const b = JSON.parse(await readFile(join(ref, "reconciliation.json"), "utf8")) as Reconciliation;
    const counts = (r: Reconciliation) => r.objects.map((o) => [o.object, o.source_count, o.loaded, o.skipped, o.rejected]);
    expect(counts(a)).toEqual(counts(b));
    const seen = await createdXmlids(join(dir, "ledger.jsonl"));
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
    expect([...seen.keys()].sort()).toEqual([...(await createdXmlids(join(ref, "ledger.jsonl"))).keys()].sort());
  }, 300_000);

  it("after `ferry provision`, a crashed run does not claim the provisioned records (Odoo clock 20 s ahead)", async () => {
    const sim = await startSimulator({ port: 0 });
    sims.push(sim);
    // ahead: records `ferry provision` made just before carry a create_date after the run's start
    // (as records made in the same second as the start do with second-precision timestamps)
    skewClock(sim, 20_000);
    const prov = join(root, "plexus-provision", "prov");
    expect(await ferry(sim, ["provision", "--source", "plexus", "--input", PLEXUS, "--approve-proposed", "--out", prov]).done).toBe(0);
    const dir = join(root, "plexus-after-provision", "run");
    // everything provisioned already: kill while the run checks the fields, then on its first loads
    await crashRun(sim, dir, [["ir.model.data.search_read", 2], ["res.partner.load", 1]], 0);
    const seen = await createdXmlids(join(prov, "ledger.jsonl"), join(dir, "ledger.jsonl"));
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
    const recovered = (await readLedger(join(dir, "ledger.jsonl"))).filter((e) => e.code === "recovered");
    expect(recovered.filter((e) => e.model === "ir.model.fields" || e.model === "project.task.type")).toEqual([]);
  }, 300_000);
});
