/**
 * `ferry delta` against the simulator: a full run of the PlanPlus sample, a record edited in Odoo,
 * then the delta fixture (unchanged copy, two modified rows, one new row, deleted_items.csv with a
 * known and an unknown id) → exact delta counts, the conflict is not overwritten, the archive is
 * ledgered and undone by `ferry rollback`.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { executeRun, resumeRun } from "../../bridge/src/run/session.ts";
import { executeDelta, type DeltaResult } from "../../bridge/src/run/delta.ts";
import { resolveSettings } from "../../bridge/src/cli/settings.ts";
import { readLedger } from "../../bridge/src/run/ledger.ts";
import { rollbackRun } from "../../bridge/src/run/rollback.ts";
import { main } from "../../bridge/src/cli/main.ts";

const SAMPLE = resolve(import.meta.dirname, "../../sample/planplus");
const DELTA = resolve(import.meta.dirname, "../fixtures/delta/planplus");

let sim: Simulator;
let client: OdooClient;
let root: string;
let delta: DeltaResult;
let parentBefore: unknown;

const settingsFor = (input: string, out: string) =>
  resolveSettings({ source: "planplus", input, exportTimeZone: "America/Chicago", fallbackOwner: "admin", odoo: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey, out }, {});

async function partner(xmlid: string): Promise<Record<string, unknown> & { id: number }> {
  const m = await client.readByXmlids("res.partner", [xmlid], ["function", "active", "name"]);
  const r = m.get(xmlid);
  if (!r) throw new Error(`${xmlid} not in Odoo`);
  return r;
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  client = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey });
  root = await mkdtemp(join(tmpdir(), "ferry-delta-"));
  await executeRun("run", settingsFor(SAMPLE, join(root, "full")), { approveProposed: true, acceptPhases: new Set(["*"]) });
  // A person corrects contact 100003 in Odoo during the cutover window (after our write).
  await new Promise((r) => setTimeout(r, 1100));
  const p = await partner("ferry_planplus.planplus_contact_100003");
  await client.write("res.partner", [p.id], { function: "Chief Buyer (edited in Odoo)" });
  parentBefore = (await client.readByXmlids("res.partner", ["ferry_planplus.planplus_contact_100002"], ["parent_id"])).get("ferry_planplus.planplus_contact_100002")?.parent_id;
  delta = await executeDelta(settingsFor(DELTA, join(root, "delta")), { since: "2026-11-20T00:00:00Z", approveProposed: true, acceptPhases: new Set(["*"]), toleranceSeconds: 0 });
}, 120_000);

afterAll(async () => {
  await client?.close();
  await sim?.close();
});

describe("ferry delta", () => {
  it("counts created / updated / unchanged / deleted / ignored_unknown_delete / conflict exactly", async () => {
    expect(delta.delta.objects["contacts"]).toEqual({ created: 1, updated: 1, unchanged: 1, deleted: 1, ignored_unknown_delete: 1, conflict: 1 });
    const rec = JSON.parse(await readFile(join(delta.runDir, "reconciliation.json"), "utf8")) as { kind: string; delta: { objects: Record<string, unknown> } };
    expect(rec.kind).toBe("delta");
    expect(rec.delta.objects["contacts"]).toEqual(delta.delta.objects["contacts"]);
  });

  it("applies the update, keeps the Odoo edit, lists both values", async () => {
    expect((await partner("ferry_planplus.planplus_contact_100002")).function).toBe("Head of Facilities");
    // its company came from contact_company_links (not in the delta): kept, not cleared
    expect(parentBefore).toBeTruthy();
    expect((await client.readByXmlids("res.partner", ["ferry_planplus.planplus_contact_100002"], ["parent_id"])).get("ferry_planplus.planplus_contact_100002")?.parent_id).toEqual(parentBefore);
    expect((await partner("ferry_planplus.planplus_contact_100003")).function).toBe("Chief Buyer (edited in Odoo)");
    expect((await partner("ferry_planplus.planplus_contact_100999")).name).toContain("Zoe");
    const c = delta.delta.conflicts.find((x) => x.xmlid === "ferry_planplus.planplus_contact_100003");
    expect(c?.fields).toContainEqual({ field: "function", source_value: "Procurement Lead", odoo_value: "Chief Buyer (edited in Odoo)" });
    const csv = await readFile(join(delta.runDir, "conflicts.csv"), "utf8");
    expect(csv).toContain('"Procurement Lead","Chief Buyer (edited in Odoo)"');
  });

  it("archives the deleted contact with a ledger entry that rollback undoes", async () => {
    expect((await partner("ferry_planplus.planplus_contact_100006")).active).toBe(false);
    const ledger = await readLedger(join(delta.runDir, "ledger.jsonl"));
    const archive = ledger.find((e) => e.operation === "archive");
    expect(archive).toMatchObject({ xmlid: "ferry_planplus.planplus_contact_100006", model: "res.partner", previous: { active: true } });
    expect(delta.delta.deletions.find((d) => d.source_id === "999999")?.action).toBe("ignored_unknown_delete");
    const report = await rollbackRun(client, delta.runDir, { toleranceSeconds: 0 });
    expect(report.failed).toEqual([]);
    expect((await partner("ferry_planplus.planplus_contact_100006")).active).toBe(true);
    expect((await partner("ferry_planplus.planplus_contact_100002")).function).not.toBe("Head of Facilities");
    await expect(client.readByXmlids("res.partner", ["ferry_planplus.planplus_contact_100999"], ["name"])).resolves.toEqual(new Map());
  });

  it("CLI: after the rollback the same delta applies again with the same counts (--json)", async () => {
    const chunks: string[] = [];
    const orig = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((s: string) => (chunks.push(String(s)), true)) as typeof process.stdout.write;
    let code: number;
    try {
      code = await main(["delta", "--source", "planplus", "--input", DELTA, "--since", "2026-11-20", "--approve-proposed", "--accept-phase", "*", "--export-time-zone", "America/Chicago", "--fallback-owner", "admin", "--odoo", sim.url, "--db", sim.db, "--user", sim.user, "--api-key", sim.apiKey, "--out", join(root, "delta2"), "--clock-tolerance", "0", "--json"]);
    } finally {
      process.stdout.write = orig;
    }
    expect(code).toBe(0);
    const rec = JSON.parse(chunks.find((c) => c.startsWith("{"))!) as { delta: { objects: Record<string, unknown> } };
    expect(rec.delta.objects["contacts"]).toEqual({ created: 1, updated: 1, unchanged: 1, deleted: 1, ignored_unknown_delete: 1, conflict: 1 });
    expect(chunks.join("")).not.toContain(sim.apiKey);
  });

  it("is not resumed as a full run (ferry resume refuses a delta folder)", async () => {
    await expect(resumeRun(delta.runDir, {})).rejects.toThrow(/ferry delta/);
  });

  it("CLI: --since is required and checked", async () => {
    expect(await main(["delta", "--source", "planplus", "--input", DELTA, "--since", "not-a-date", "--approve-proposed", "--odoo", sim.url, "--db", sim.db, "--user", sim.user, "--api-key", sim.apiKey, "--out", join(root, "bad")])).toBe(2);
  });
});

describe("ferry delta (Plexus tombstones)", () => {
  const PX_SAMPLE = resolve(import.meta.dirname, "../../sample/plexus");
  const PX_DELTA = resolve(import.meta.dirname, "../fixtures/delta/plexus");
  let psim: Simulator;
  let pc: OdooClient;
  let proot: string;
  const pxSettings = (input: string, out: string) =>
    resolveSettings({ source: "plexus", input, fallbackOwner: "admin", odoo: psim.url, db: psim.db, user: psim.user, apiKey: psim.apiKey, out }, {});

  beforeAll(async () => {
    psim = await startSimulator({ port: 0 });
    pc = await OdooClient.connect({ url: psim.url, db: psim.db, user: psim.user, apiKey: psim.apiKey });
    proot = await mkdtemp(join(tmpdir(), "ferry-delta-px-"));
  }, 60_000);
  afterAll(async () => {
    await pc?.close();
    await psim?.close();
  });

  it("archives a deleted customer, unlinks an unedited time entry, keeps an edited one, ignores unknown ids", async () => {
    const full = await executeRun("run", pxSettings(PX_SAMPLE, join(proot, "full")), { approveProposed: true, acceptPhases: new Set(["*"]) });
    const ledger = await readLedger(join(full.runDir, "ledger.jsonl"));
    const te = (id: string) => ledger.find((e) => e.object === "time_entries" && e.source_id === id && e.operation === "create" && e.model === "account.analytic.line");
    const kept = te("te_0002e0v");
    const gone = te("te_0001cs0");
    expect(kept && gone).toBeTruthy();
    await new Promise((r) => setTimeout(r, 1100));
    await pc.write("account.analytic.line", [kept!.res_id!], { name: "corrected in Odoo" });

    const d = await executeDelta(pxSettings(PX_DELTA, join(proot, "delta")), { since: "2026-11-19T23:00:00Z", approveProposed: true, acceptPhases: new Set(["*"]), toleranceSeconds: 0 });
    const byId = new Map(d.delta.deletions.map((x) => [x.source_id, x]));
    expect(byId.get("cus_0001e0p")?.action).toBe("archived");
    // next window: the export's start minus a 1 h overlap; the export covers the asked window
    expect(d.delta.next_since).toBe("2026-11-21T05:00:00.000Z");
    expect(d.delta.warnings).toEqual([]);
    expect(byId.get("cus_zzzzzzz")?.action).toBe("ignored_unknown_delete");
    expect(byId.get("te_0001cs0")?.action).toBe("deleted");
    expect(byId.get("te_0002e0v")?.action).toBe("kept_edited");
    expect(d.delta.objects["customers"]).toMatchObject({ updated: 1, deleted: 1, ignored_unknown_delete: 1, conflict: 0 });
    expect(d.delta.objects["time_entries"]).toMatchObject({ deleted: 1, ignored_unknown_delete: 0, conflict: 1 });
    expect(await pc.read("account.analytic.line", [gone!.res_id!], ["name"])).toEqual([]);
    expect(await pc.read("account.analytic.line", [kept!.res_id!], ["name"])).toHaveLength(1);
    const cus = await pc.readByXmlids("res.partner", ["ferry_plexus.plexus_customer_cus_0001e0p"], ["active"]);
    expect(cus.get("ferry_plexus.plexus_customer_cus_0001e0p")?.active).toBe(false);
    const del = (await readLedger(join(d.runDir, "ledger.jsonl"))).find((e) => e.operation === "delete");
    expect(del).toMatchObject({ model: "account.analytic.line", res_id: gone!.res_id, source_id: "te_0001cs0" });
    expect(Object.keys(del?.previous ?? {})).toContain("unit_amount");
  }, 120_000);
});
