/**
 * `kill -9` of the bridge at 20 random points, `ferry resume` after each: the end state equals a
 * clean run's — zero duplicates, zero missing — and each created record is ledgered exactly once.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { readLedger } from "../../bridge/src/run/ledger.ts";
import type { Reconciliation } from "../../bridge/src/run/session.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const SAMPLE = join(ROOT, "sample", "planplus");
const MODELS = ["res.partner", "crm.lead", "crm.stage", "project.project", "project.task", "project.milestone", "calendar.event", "mail.message"];
const KILLS = 20;

let crashed: Simulator;
let clean: Simulator;
let root: string;

function ferry(sim: Simulator, args: string[]): { done: Promise<number | null>; kill: () => void } {
  const child = spawn(process.execPath, [join(ROOT, "bin", "ferry.js"), ...args], {
    env: { ...process.env, FERRY_ODOO_URL: sim.url, FERRY_ODOO_DB: sim.db, FERRY_ODOO_USER: sim.user, FERRY_ODOO_API_KEY: sim.apiKey },
    stdio: process.env.FERRY_TEST_VERBOSE ? "inherit" : "ignore",
  });
  const done = new Promise<number | null>((res) => child.on("exit", (code) => res(code)));
  return { done, kill: () => child.kill("SIGKILL") };
}

async function state(sim: Simulator): Promise<Record<string, { count: number; xmlids: string[] }>> {
  const c = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey });
  const out: Record<string, { count: number; xmlids: string[] }> = {};
  for (const m of MODELS) {
    const count = await c.searchCount(m, [], { active_test: false });
    const xmlids = (await c.searchRead<{ name: string }>("ir.model.data", [["module", "=", "ferry_planplus"], ["model", "=", m]], { fields: ["name"] })).map((r) => r.name).sort();
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
