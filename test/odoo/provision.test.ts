import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator } from "../../bridge/src/odoo/simulator/index.ts";
import type { Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { ensureCustomFields, ensureStages, installModules } from "../../bridge/src/odoo/provision.ts";

let sim: Simulator;
let client: OdooClient;
beforeAll(async () => {
  sim = await startSimulator();
  client = await OdooClient.connect(sim);
});
afterAll(async () => {
  await sim.close();
});

describe("ensureCustomFields", () => {
  it("creates typed custom fields once and reports conflicts", async () => {
    const specs = [
      { name: "x_trade_type", type: "selection" as const, label: "Trade Type", selection: [["plumbing", "Plumbing"], ["hvac", "HVAC"]] as [string, string][] },
      { name: "x_license_number", type: "char" as const, label: "License Number" },
      { name: "x_crew_size", type: "integer" as const, label: "Crew Size" },
      { name: "x_rate", type: "float" as const, label: "Rate" },
      { name: "x_since", type: "date" as const, label: "Customer Since" },
      { name: "x_last_visit", type: "datetime" as const, label: "Last Visit" },
      { name: "x_vip", type: "boolean" as const, label: "VIP" },
      { name: "x_notes", type: "text" as const, label: "Legacy Notes" },
      { name: "x_region_id", type: "many2one" as const, label: "Region", relation: "res.country.state" },
    ];
    const first = await ensureCustomFields(client, "res.partner", specs);
    expect(first.created).toHaveLength(9);
    const fields = await client.fieldsGet("res.partner");
    expect(fields.x_trade_type).toMatchObject({ type: "selection", selection: [["plumbing", "Plumbing"], ["hvac", "HVAC"]] });
    expect(fields.x_region_id).toMatchObject({ type: "many2one", relation: "res.country.state" });
    const again = await ensureCustomFields(client, "res.partner", specs);
    expect(again).toEqual({ created: [], existing: specs.map((s) => s.name), conflicts: [] });
    const clash = await ensureCustomFields(client, "res.partner", [{ name: "x_vip", type: "char", label: "VIP" }]);
    expect(clash.conflicts).toEqual([{ name: "x_vip", existingType: "boolean", wantedType: "char" }]);
    const r = await client.load("res.partner", ["id", "name", "x_trade_type", "x_vip", "x_crew_size"], [["ferry_pv.p", "P", "HVAC", "1", "4"]]);
    expect(r.ids).toHaveLength(1);
    await expect(ensureCustomFields(client, "res.partner", [{ name: "trade", type: "char", label: "T" }])).rejects.toThrow("must start with x_");
  });
});

describe("ensureStages", () => {
  it("finds or creates stages, by xmlid or name", async () => {
    const a = await ensureStages(client, "crm.stage", [{ name: "Qualified" }, { name: "Quoted", sequence: 7, xmlid: "ferry_plexus.stage_quoted" }]);
    expect(a.get("Qualified")).toBe(2);
    const quoted = a.get("Quoted") as number;
    const b = await ensureStages(client, "crm.stage", [{ name: "Quoted", xmlid: "ferry_plexus.stage_quoted" }]);
    expect(b.get("Quoted")).toBe(quoted);
    await client.write("crm.stage", [quoted], { name: "Quoted (renamed in Odoo)" });
    const c = await ensureStages(client, "crm.stage", [{ name: "Quoted", xmlid: "ferry_plexus.stage_quoted" }]);
    expect(c.get("Quoted")).toBe(quoted);
    const t = await ensureStages(client, "project.task.type", [{ name: "To Do", sequence: 1 }, { name: "Done", fold: true }]);
    const t2 = await ensureStages(client, "project.task.type", [{ name: "To Do" }, { name: "Done" }]);
    expect([...t2]).toEqual([...t]);
  });
});

describe("installModules", () => {
  it("installs only after confirmation and only what is missing", async () => {
    const declined = await installModules(client, ["crm", "sale_stock"], () => false);
    expect(declined).toEqual({ installed: [], alreadyInstalled: ["crm"], unknown: [], declined: ["sale_stock"] });
    let asked: string[] = [];
    const done = await installModules(client, ["crm", "sale_stock", "no_such_app"], (list) => ((asked = list), true));
    expect(asked).toEqual(["sale_stock"]);
    expect(done).toEqual({ installed: ["sale_stock"], alreadyInstalled: ["crm"], unknown: ["no_such_app"], declined: [] });
  });
});
