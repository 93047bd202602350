/**
 * `ferry owners` against the simulator with the committed sample exports: distinct owners with row
 * counts per object, matched / inactive (archived) / unmatched / ambiguous, the override table read
 * back on the next call, exit 5 without a fallback owner, and the run-side gate checkOwnersResolved.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ferryCode } from "./ferry-cli.ts";
import { FerryError } from "../../bridge/src/core/errors.ts";
import { OwnerResolver } from "../../bridge/src/core/mapping/owners.ts";
import { defaultMapping } from "../../bridge/src/mappings/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { applyOwnerOverrides, checkOwnersResolved, ownersCsv, readOdooUsers, type OwnersReport } from "../../bridge/src/run/owners.ts";
import { openPlanPlus } from "../../bridge/src/sources/planplus/index.ts";
import { openPlexusBundle } from "../../bridge/src/sources/plexus/index.ts";

const SAMPLE = resolve(import.meta.dirname, "../../sample");
const KEY = "sim-owner-key-456";
let sim: Simulator;
let client: OdooClient;
let root: string;

const ferry = ferryCode;
const conn = () => ["--odoo", sim.url, "--db", sim.db, "--user", sim.user, "--api-key", KEY];
const pp = ["--source", "planplus", "--input", join(SAMPLE, "planplus")];
async function mkUser(name: string, login: string, email?: string): Promise<number> {
  const partner = await client.create("res.partner", { name, ...(email ? { email } : {}) });
  return client.create("res.users", { name, login, partner_id: partner, ...(email ? { email } : {}) });
}
const readReport = async (dir: string) => JSON.parse(await readFile(join(dir, "owners.json"), "utf8")) as OwnersReport;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, apiKeys: [KEY] });
  client = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: KEY });
  root = await mkdtemp(join(tmpdir(), "ferry-owners-"));
  // Dana exists and is active; Marta exists but is archived; José's login differs in case only.
  await mkUser("Dana Whitfield", "dana.whitfield@northwind.example");
  await mkUser("Jose Nunez", "jnunez", "Jose.Nunez@Northwind.example");
  const marta = await mkUser("Marta Rossi", "marta.rossi@northwind.example");
  await client.write("res.users", [marta], { active: false });
});
afterAll(async () => {
  await client?.close();
  await sim?.close();
});

describe("ferry owners (PlanPlus sample)", () => {
  it("exits 5 with unmatched owners and no fallback, after writing the report", async () => {
    const out = join(root, "pp");
    expect(await ferry(["owners", ...pp, ...conn(), "--out", out])).toBe(5);
    const r = await readReport(out);
    const by = Object.fromEntries(r.owners.map((o) => [o.key, o]));
    // e-mail owners match by normalized e-mail against login or e-mail, archived users included
    expect(by["email:dana.whitfield@northwind.example"]?.status).toBe("matched");
    expect(by["email:jose.nunez@northwind.example"]?.odoo_login).toBe("jnunez");
    expect(by["email:marta.rossi@northwind.example"]?.status).toBe("inactive");
    expect(by["email:marta.rossi@northwind.example"]?.odoo_active).toBe(false);
    // display names go through users.csv to an e-mail
    expect(by["name:dana whitfield"]?.status).toBe("matched");
    expect(by["name:dana whitfield"]?.rows).toEqual({ companies: 5, contacts: 11, projects: 1, help_desk_tickets: 2 });
    expect(by["name:sam lee"]?.status).toBe("ambiguous");
    expect(by["name:nobody known"]?.status).toBe("unmatched");
    expect(by["email:ghost.owner@elsewhere.example"]).toMatchObject({ status: "unmatched", rows: { deals: 1, tasks: 1 } });
    expect(by["email:priya.patel@northwind.example"]?.status).toBe("unmatched");
    expect(r.ok).toBe(false);
    expect(r.unresolved).toBe(r.summary.unmatched + r.summary.ambiguous);
    // the override table lists every unresolved owner, ready to edit
    expect(r.overrides).toHaveProperty(["email:ghost.owner@elsewhere.example"], null);
    expect(r.overrides).not.toHaveProperty(["email:dana.whitfield@northwind.example"]);
    const csv = await readFile(join(out, "owners.csv"), "utf8");
    expect(csv.startsWith('\uFEFF"Key","Kind"')).toBe(true);
    expect(csv).toContain('"name:sam lee","name","Sam Lee"');
  });

  it("exits 0 with a fallback owner that exists, 5 with one that does not", async () => {
    expect(await ferry(["owners", ...pp, ...conn(), "--fallback-owner", "admin", "--out", join(root, "fb")])).toBe(0);
    expect((await readReport(join(root, "fb"))).fallback_owner).toMatchObject({ login: "admin" });
    expect(await ferry(["owners", ...pp, ...conn(), "--fallback-owner", "no.such.user", "--out", join(root, "fb2")])).toBe(5);
  });

  it("reads the edited override table back on the next call", async () => {
    const out = join(root, "pp");
    const r = await readReport(out);
    const overrides = { ...r.overrides, "email:ghost.owner@elsewhere.example": "jnunez", "name:sam lee": "admin" };
    await writeFile(join(out, "owners.json"), JSON.stringify({ ...r, overrides }, null, 2));
    expect(await ferry(["owners", ...pp, ...conn(), "--out", out])).toBe(5); // priya & co. still unmatched
    const again = await readReport(out);
    const by = Object.fromEntries(again.owners.map((o) => [o.key, o]));
    expect(by["email:ghost.owner@elsewhere.example"]).toMatchObject({ status: "override", resolved_status: "unmatched", odoo_login: "jnunez" });
    expect(by["name:sam lee"]?.status).toBe("override");
    expect(again.overrides["email:ghost.owner@elsewhere.example"]).toBe("jnunez");
    expect(again.summary.override).toBe(2);

    // the engine applies an override through an alias login on the chosen user
    const users = await readOdooUsers(client);
    const resolver = new OwnerResolver("planplus", [], applyOwnerOverrides(users, again), null);
    const jnunez = users.find((u) => u.login === "jnunez");
    expect(resolver.byEmailCell("Ghost.Owner@elsewhere.example").userId).toBe(jnunez?.id);
    expect(new OwnerResolver("planplus", [], users, null).byEmailCell("ghost.owner@elsewhere.example").flags).toEqual(["owner_unmatched"]);
  });

  it("checkOwnersResolved: the run's gate throws owners_unresolved (exit 5) unless a valid fallback is set", async () => {
    const exp = await openPlanPlus(join(SAMPLE, "planplus"));
    const doc = defaultMapping("planplus");
    const err = await checkOwnersResolved({ client, exp, doc }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FerryError);
    expect((err as FerryError).code).toBe("owners_unresolved");
    expect((err as FerryError).message).toMatch(/priya\.patel@northwind\.example/i);
    await expect(checkOwnersResolved({ client, exp, doc, fallbackOwner: "ghost" })).rejects.toThrow(/not an Odoo user/);
    const ok = await checkOwnersResolved({ client, exp, doc, fallbackOwner: "admin" });
    expect(ok.ok).toBe(true);
    // every owner resolved by overrides → no fallback needed
    const all = Object.fromEntries(ok.owners.filter((o) => o.status === "unmatched" || o.status === "ambiguous").map((o) => [o.key, "admin"]));
    expect((await checkOwnersResolved({ client, exp, doc, overrides: all })).unresolved).toBe(0);
  });
});

describe("ferry owners (Plexus sample)", () => {
  it("counts owner user ids and employees (user link, else employee e-mail) per object", async () => {
    await mkUser("Ann Lee", "ann.lee@northwind-field.example");
    const out = join(root, "px");
    expect(await ferry(["owners", "--source", "plexus", "--input", join(SAMPLE, "plexus"), ...conn(), "--fallback-owner", "admin", "--out", out])).toBe(0);
    const r = await readReport(out);
    expect(r.columns).toEqual(expect.arrayContaining([
      { object: "customers", column: "owner_user_id", kind: "user_id" },
      { object: "quotes", column: "owner_user_id", kind: "user_id" },
      { object: "time_entries", column: "employee_id", kind: "employee" },
      { object: "work_orders", column: "assigned_employee_ids", kind: "employee" },
    ]));
    const ann = r.owners.find((o) => o.key === "user_id:usr_00000rs");
    expect(ann).toMatchObject({ status: "matched", source_email: "ann.lee@northwind-field.example" });
    const dev = r.owners.find((o) => o.key === "employee:emp_00006rt"); // Dev Lee → user usr_00000rs (Ann's account)
    expect(dev?.status).toBe("matched");
    expect(dev?.rows.time_entries).toBeGreaterThan(0);
    // every employee reference is counted once per row
    const exp = await openPlexusBundle(join(SAMPLE, "plexus"));
    let rows = 0;
    for await (const it of exp.objects.get("time_entries")!.read()) if (it.kind === "record" && it.record.data["employee_id"] === "emp_00006rt") rows++;
    expect(dev?.rows.time_entries).toBe(rows);
  });
});

describe("owners.csv", () => {
  it("neutralizes formula-like cells", () => {
    const csv = ownersCsv({
      owners: [{ key: "name:=cmd", kind: "name", source_ref: "=HYPERLINK(\"x\")", source_name: "@SUM(1)", source_email: null, status: "unmatched", resolved_status: "unmatched", odoo_user_id: null, odoo_login: null, odoo_active: null, override: null, alias_email: null, rows: { contacts: 1 }, total_rows: 1, columns: [] }],
    } as unknown as OwnersReport);
    expect(csv).toContain('"\'=HYPERLINK(""x"")"');
    expect(csv).toContain('"\'@SUM(1)"');
    expect(csv).not.toMatch(/,"=|,"@/);
  });
});
