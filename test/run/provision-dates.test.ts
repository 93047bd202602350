/**
 * Plexus work-order-group projects keep their start date through `ferry provision` + `ferry run`
 * (simulator, which mirrors Odoo 18's project.project.write: a start date written without an end
 * date on a project that has none is dropped; only create keeps it).
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { runFerry } from "./ferry-cli.ts";

const PLEXUS = resolve(import.meta.dirname, "../../sample/plexus");
const groups = readFileSync(join(PLEXUS, "work_order_groups.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { id: string; start_date: string | null; end_date: string | null; deleted: boolean });

let sim: Simulator;
let client: OdooClient;
let root: string;
const conn = () => ["--odoo", sim.url, "--db", sim.db, "--user", sim.user, "--api-key", sim.apiKey];
const src = ["--source", "plexus", "--input", PLEXUS, "--fallback-owner", "admin", "--approve-proposed"];

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  client = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey });
  root = await mkdtemp(join(tmpdir(), "ferry-provision-dates-"));
});
afterAll(async () => {
  await client?.close();
  await sim?.close();
});

async function projectDates(): Promise<Map<string, { date_start: unknown; date: unknown }>> {
  const ids = groups.filter((g) => !g.deleted).map((g) => `ferry_plexus.plexus_wog_${g.id}`);
  const refs = await client.resolveXmlids(ids);
  const out = new Map<string, { date_start: unknown; date: unknown }>();
  for (const g of groups) {
    const ref = refs.get(`ferry_plexus.plexus_wog_${g.id}`);
    if (!ref) continue;
    const [p] = await client.read<{ date_start: unknown; date: unknown }>("project.project", [ref.id], ["date_start", "date"]);
    if (p) out.set(g.id, { date_start: p.date_start, date: p.date });
  }
  return out;
}

describe("work-order-group projects keep date_start (provision, then run)", () => {
  it("date_start equals the source value after provision + run", async () => {
    const p = await runFerry(["provision", ...src, ...conn(), "--out", join(root, "prov")]);
    expect(p.code, p.stderr).toBe(0);
    const r = await runFerry(["run", ...src, ...conn(), "--accept-phase", "*", "--yes", "--out", join(root, "run")]);
    expect([0, 1], r.stderr).toContain(r.code);
    const dates = await projectDates();
    const withStart = groups.filter((g) => !g.deleted && g.start_date);
    expect(withStart.length).toBeGreaterThan(0);
    expect(withStart.some((g) => !g.end_date)).toBe(true); // the case Odoo's write drops
    for (const g of withStart) expect(dates.get(g.id)?.date_start, g.id).toBe(g.start_date);
    for (const g of withStart.filter((x) => x.end_date)) expect(dates.get(g.id)?.date, g.id).toBe(g.end_date);
  }, 120_000);
});
