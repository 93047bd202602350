/**
 * `ferry provision` against the simulator: custom fields, stages, the holding project and the
 * work-order-group projects are created once (a second call creates nothing and says so), ledgered
 * (rollback removes them), gated on an approved mapping (exit 4) and a reachable Odoo (exit 6); a
 * full run afterwards still links the group projects to their customers. Also: a custom-field
 * create whose answer is lost after it committed is not repeated.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../bridge/src/cli/main.ts";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { OdooUnreachableError } from "../../bridge/src/odoo/errors.ts";
import { ensureCustomFields } from "../../bridge/src/odoo/provision.ts";
import { readLedger } from "../../bridge/src/run/ledger.ts";
import { provision, SOURCE_CREATED_FIELD, type ProvisionResult } from "../../bridge/src/run/provision.ts";
import { resolveSettings } from "../../bridge/src/cli/settings.ts";
import { executeRun } from "../../bridge/src/run/session.ts";

const PLEXUS = resolve(import.meta.dirname, "../../sample/plexus");

let sim: Simulator;
let client: OdooClient;
let root: string;

async function ferry(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  let stdout = "";
  let stderr = "";
  process.stdout.write = ((s: string) => ((stdout += s), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => ((stderr += s), true)) as typeof process.stderr.write;
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

const conn = () => ["--odoo", sim.url, "--db", sim.db, "--user", sim.user, "--api-key", sim.apiKey];
const src = ["--source", "plexus", "--input", PLEXUS, "--fallback-owner", "admin"];
const settingsFor = (out: string) => resolveSettings({ source: "plexus", input: PLEXUS, fallbackOwner: "admin", odoo: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey, out }, {});

const WOGS = ["wog_0000orw", "wog_0001q0r"];
const wogXmlid = (id: string) => `ferry_plexus.plexus_wog_${id}`;

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  client = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey });
  root = await mkdtemp(join(tmpdir(), "ferry-provision-"));
});
afterAll(async () => {
  await client?.close();
  await sim?.close();
});

describe("ferry provision (Plexus sample into the simulator)", () => {
  let first: ProvisionResult;

  it("--help exits 0 and names the flags", async () => {
    const r = await ferry(["provision", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--mapping");
    expect(r.stdout).toContain("--json");
  });

  it("refuses a mapping that is not approved (exit 4) and an unreachable Odoo (exit 6)", async () => {
    expect((await ferry(["map", "propose", "--source", "plexus", "--input", PLEXUS, "--out", join(root, "map")])).code).toBe(0);
    const draft = join(root, "map", "mapping.json");
    expect((await ferry(["provision", ...src, ...conn(), "--mapping", draft, "--out", join(root, "draft")])).code).toBe(4);
    const r = await ferry(["provision", ...src, "--odoo", "http://127.0.0.1:9", "--db", "x", "--user", "admin", "--api-key", "secret-key-xyz", "--approve-proposed", "--out", join(root, "down")]);
    expect(r.code).toBe(6);
    expect(r.stderr).not.toContain("secret-key-xyz");
  });

  it("creates custom fields, stages, the holding project and the group projects, ledgered, --json", async () => {
    const out = join(root, "p1");
    const r = await ferry(["provision", ...src, ...conn(), "--approve-proposed", "--out", out, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    first = JSON.parse(r.stdout) as ProvisionResult;
    expect(first.createdTotal).toBeGreaterThan(0);
    expect(first.customFields.created).toEqual(expect.arrayContaining(["project.project.x_plexus_group_status", `project.task.${SOURCE_CREATED_FIELD}`]));
    expect(first.records["project.task.type"]?.created).toBeGreaterThanOrEqual(5);
    // 5 groups (one soft-deleted → skipped) + the holding project
    const wogLines = (await readFile(join(PLEXUS, "work_order_groups.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l) as { deleted: boolean });
    expect(first.records["project.project"]?.created).toBe(wogLines.filter((w) => !w.deleted).length + 1);
    const found = await client.resolveXmlids(["ferry_plexus.plexus_project_default", ...WOGS.map(wogXmlid)]);
    expect(found.size).toBe(3);
    // every record and field it created is in its ledger (rollback's input)
    const ledger = await readLedger(join(out, "ledger.jsonl"));
    const creates = ledger.filter((e) => e.operation === "create");
    expect(creates.filter((e) => e.model === "project.project").length).toBe(first.records["project.project"]?.created);
    expect(creates.filter((e) => e.model === "ir.model.fields").length).toBe(first.customFields.created.length);
    expect(JSON.parse(await readFile(join(out, "run.json"), "utf8"))).toMatchObject({ kind: "provision", status: "done" });
  });

  it("a second call creates nothing and says so", async () => {
    const r = await ferry(["provision", ...src, ...conn(), "--approve-proposed", "--out", join(root, "p2")]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("nothing created: everything was already provisioned");
    const again = await provision(settingsFor(join(root, "p3")), { approveProposed: true });
    expect(again.createdTotal).toBe(0);
    expect(again.customFields.existing.length).toBe(first.customFields.created.length + first.customFields.existing.length);
    expect(again.records["project.project"]).toEqual({ created: 0, existing: first.records["project.project"]?.created });
    expect((await readLedger(join(root, "p3", "ledger.jsonl"))).filter((e) => e.operation === "create")).toEqual([]);
  });

  it("a full run afterwards links the group projects to their customers; rollback of the provision removes what it created", async () => {
    const run = await executeRun("run", settingsFor(join(root, "full")), { approveProposed: true, acceptPhases: new Set(["*"]) });
    const projects = await client.readByXmlids("project.project", WOGS.map(wogXmlid), ["partner_id"]);
    for (const x of WOGS) expect(projects.get(wogXmlid(x))?.partner_id, x).toBeTruthy();
    // undo the full run, then the provisioning: nothing of either is left
    expect((await ferry(["rollback", join(root, "full"), ...conn(), "--force"])).code).toBe(0);
    const rb = await ferry(["rollback", join(root, "p1"), ...conn(), "--force"]);
    expect(rb.code, rb.stderr).toBe(0);
    expect((await client.resolveXmlids(["ferry_plexus.plexus_project_default", ...WOGS.map(wogXmlid)])).size).toBe(0);
    expect(await client.searchCount("ir.model.fields", [["name", "=", "x_plexus_group_status"]])).toBe(0);
    expect(run.reconciliation.balanced).toBe(true);
  });
});

describe("ferry provision (PlanPlus sample)", () => {
  it("creates deal stages, task stages, the holding project and the inferred x_pp_ fields, once", async () => {
    const pp = resolve(import.meta.dirname, "../../sample/planplus");
    const settings = (out: string) => resolveSettings({ source: "planplus", input: pp, exportTimeZone: "America/Chicago", fallbackOwner: "admin", odoo: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey, out }, {});
    const r = await provision(settings(join(root, "pp1")), { approveProposed: true });
    expect(r.records["crm.stage"]?.created).toBeGreaterThan(2);
    expect(r.records["project.task.type"]?.created).toBeGreaterThan(2);
    expect((await client.resolveXmlids(["ferry_planplus.planplus_project_default"])).size).toBe(1);
    expect(r.customFields.created.some((f) => /\.x_pp_/.test(f))).toBe(true); // inferred from custom_fields.csv
    const again = await provision(settings(join(root, "pp2")), { approveProposed: true });
    expect(again.createdTotal).toBe(0);
  });
});

describe("custom-field create after a lost answer", () => {
  it("looks the fields up before retrying, so a create that committed is not repeated", async () => {
    const c = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey });
    const original = c.create.bind(c);
    let calls = 0;
    // First call: the server commits, then the connection resets before the answer arrives.
    (c as unknown as { create: typeof c.create }).create = (async (model: string, vals: Record<string, unknown> | Record<string, unknown>[]) => {
      if (model === "ir.model.fields") {
        calls++;
        if (calls === 1) {
          await original(model, vals as Record<string, unknown>[]);
          throw new OdooUnreachableError("Cannot reach Odoo: ECONNRESET", { retryable: false, ambiguous: true });
        }
      }
      return original(model, vals as Record<string, unknown>[]);
    }) as typeof c.create;
    const specs = [
      { name: "x_lost_answer_a", type: "char" as const, label: "A" },
      { name: "x_lost_answer_b", type: "integer" as const, label: "B" },
    ];
    const r = await ensureCustomFields(c, "res.partner", specs);
    expect(r.created).toEqual(["x_lost_answer_a", "x_lost_answer_b"]);
    expect(calls).toBe(1); // both had committed: no second create
    expect(await c.searchCount("ir.model.fields", [["model", "=", "res.partner"], ["name", "in", ["x_lost_answer_a", "x_lost_answer_b"]]])).toBe(2);

    // A reset before the server saw anything: only the missing fields are created on the retry.
    calls = 0;
    (c as unknown as { create: typeof c.create }).create = (async (model: string, vals: Record<string, unknown> | Record<string, unknown>[]) => {
      if (model === "ir.model.fields" && ++calls === 1) throw new OdooUnreachableError("Cannot reach Odoo: ECONNRESET", { retryable: false, ambiguous: true });
      return original(model, vals as Record<string, unknown>[]);
    }) as typeof c.create;
    const r2 = await ensureCustomFields(c, "res.partner", [{ name: "x_lost_answer_c", type: "char", label: "C" }]);
    expect(r2.created).toEqual(["x_lost_answer_c"]);
    expect(calls).toBe(2);
    expect(await c.searchCount("ir.model.fields", [["name", "=", "x_lost_answer_c"]])).toBe(1);
    await c.close();
  });
});
