/**
 * `ferry delta` treats a write_date inside the run that wrote the record (up to that run's end) as
 * ours: Odoo rewrites records later in the same run (a partner touched when its contacts or related
 * records are written afterwards). Simulated by moving contact 100002's ledgered writes 30 s before
 * its write_date, still inside the run (run.json finished_at and later ledger entries are after it):
 * the delta updates it, no conflict. Contact 100003, edited in Odoo after the run ended, is still a
 * conflict.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { executeRun } from "../../bridge/src/run/session.ts";
import { executeDelta, type DeltaResult } from "../../bridge/src/run/delta.ts";
import { resolveSettings } from "../../bridge/src/cli/settings.ts";
import type { LedgerEntry } from "../../bridge/src/run/ledger.ts";

const SAMPLE = resolve(import.meta.dirname, "../../sample/planplus");
const DELTA = resolve(import.meta.dirname, "../fixtures/delta/planplus");
const TOUCHED = "ferry_planplus.planplus_contact_100002";
const EDITED = "ferry_planplus.planplus_contact_100003";

let sim: Simulator;
let client: OdooClient;
let root: string;
let delta: DeltaResult;
let touchedWriteDate: string;
let shiftedTo: string;

const settingsFor = (input: string, out: string) =>
  resolveSettings({ source: "planplus", input, exportTimeZone: "America/Chicago", fallbackOwner: "admin", odoo: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey, out }, {});

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  client = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey });
  root = await mkdtemp(join(tmpdir(), "ferry-delta-window-"));
  const full = await executeRun("run", settingsFor(SAMPLE, join(root, "full")), { approveProposed: true, acceptPhases: new Set(["*"]) });
  // Our ledgered writes of 100002 now predate its write_date by 30 s: as if a later step of the
  // same run had touched it after we wrote it.
  const path = join(full.runDir, "ledger.jsonl");
  const lines = (await readFile(path, "utf8")).split("\n").filter(Boolean).map((l) => JSON.parse(l) as LedgerEntry);
  const shifted = lines.map((e) => (e.xmlid === TOUCHED ? { ...e, time: new Date(Date.parse(e.time) - 30_000).toISOString() } : e));
  shiftedTo = shifted.filter((e) => e.xmlid === TOUCHED).map((e) => e.time).sort().at(-1) ?? "";
  await writeFile(path, shifted.map((e) => JSON.stringify(e)).join("\n") + "\n");
  const m = await client.readByXmlids("res.partner", [TOUCHED], ["write_date"]);
  touchedWriteDate = String(m.get(TOUCHED)?.write_date);
  // A person edits 100003 in Odoo after the run ended.
  await new Promise((r) => setTimeout(r, 1100));
  const e = (await client.readByXmlids("res.partner", [EDITED], ["id"])).get(EDITED);
  await client.write("res.partner", [e!.id], { function: "Chief Buyer (edited in Odoo)" });
  delta = await executeDelta(settingsFor(DELTA, join(root, "delta")), { since: "2026-11-20T00:00:00Z", approveProposed: true, acceptPhases: new Set(["*"]), toleranceSeconds: 0 });
}, 120_000);

afterAll(async () => {
  await client?.close();
  await sim?.close();
});

describe("ferry delta: write_date within the writing run is ours", () => {
  it("the setup puts 100002's write_date after our ledgered write of it", () => {
    expect(shiftedTo).not.toBe("");
    expect(Date.parse(`${touchedWriteDate.replace(" ", "T")}Z`)).toBeGreaterThan(Date.parse(shiftedTo) + 1000);
  });

  it("updates the record Odoo touched within the run (no conflict); the record edited after the run is a conflict", async () => {
    expect(delta.delta.conflicts.map((c) => c.xmlid)).toEqual([EDITED]);
    expect(delta.delta.objects["contacts"]).toMatchObject({ updated: 1, conflict: 1 });
    const m = await client.readByXmlids("res.partner", [TOUCHED, EDITED], ["function"]);
    expect(m.get(TOUCHED)?.function).toBe("Head of Facilities");
    expect(m.get(EDITED)?.function).toBe("Chief Buyer (edited in Odoo)");
  });
});
