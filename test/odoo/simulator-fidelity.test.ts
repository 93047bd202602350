/**
 * Simulator behaviours that mirror Odoo 18 (checked against /opt/odoo18-src and a real server):
 * manual fields created through load() join their model, UNIQUE(model, name), deleting a field
 * removes it; employees get a work contact; a template goes with its last variant; timesheets of
 * archived employees are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";

let sim: Simulator;
let client: OdooClient;
beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  client = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey });
});
afterAll(async () => {
  await client.close();
  await sim.close();
});

describe("simulator fidelity (Odoo 18)", () => {
  it("a manual field loaded through ir.model.fields is part of its model; a second one with the same name is refused; unlink removes it", async () => {
    const res = await client.load("ir.model.fields", ["id", "name", "field_description", "ttype", "model", "model_id/id", "state"], [["ferry_t.f1", "x_t_kind", "Kind", "selection", "res.partner", "base.model_res_partner", "manual"]]);
    const fid = (res.ids as number[])[0] as number;
    expect(fid).toBeGreaterThan(0);
    await client.load("ir.model.fields.selection", ["id", "field_id/id", "value", "name", "sequence"], [["ferry_t.o1", "ferry_t.f1", "a", "Alpha", "10"]]);
    client.invalidateFields("res.partner");
    const f = (await client.fieldsGet("res.partner"))["x_t_kind"];
    expect(f?.type).toBe("selection");
    expect(f?.selection).toEqual([["a", "Alpha"]]);
    const pid = await client.create("res.partner", { name: "P", x_t_kind: "a" });
    await expect(client.create("ir.model.fields", { model_id: (await client.search("ir.model", [["model", "=", "res.partner"]]))[0], name: "x_t_kind", ttype: "char", field_description: "Again", state: "manual" })).rejects.toThrow(/unique per model/);
    expect(await client.search("ir.model.fields", [["model", "=", "res.partner"], ["name", "=", "x_t_kind"]])).toEqual([fid]);
    await client.unlink("ir.model.fields", [fid]);
    client.invalidateFields("res.partner");
    expect((await client.fieldsGet("res.partner"))["x_t_kind"]).toBeUndefined();
    expect(await client.search("ir.model.fields.selection", [["value", "=", "a"], ["name", "=", "Alpha"]])).toEqual([]);
    expect((await client.read("res.partner", [pid], ["name"]))[0]).toMatchObject({ name: "P" });
  });

  it("an employee gets a new work contact, or its user's partner", async () => {
    const [e1] = await client.create("hr.employee", [{ name: "No Mail" }]);
    const [row] = await client.read<{ work_contact_id: [number, string] | false }>("hr.employee", [e1 as number], ["work_contact_id"]);
    expect(row?.work_contact_id).not.toBe(false);
    const partner = (row?.work_contact_id as [number, string])[0];
    expect((await client.read("res.partner", [partner], ["name"]))[0]).toMatchObject({ name: "No Mail" });
    const e2 = await client.create("hr.employee", { name: "Admin's employee", user_id: 2 });
    const [row2] = await client.read<{ work_contact_id: [number, string] | false }>("hr.employee", [e2], ["work_contact_id"]);
    expect((row2?.work_contact_id as [number, string])[0]).toBe(3); // Administrator's partner
  });

  it("deleting a product's last variant deletes its template", async () => {
    const p = await client.create("product.product", { name: "Widget" });
    const [row] = await client.read<{ product_tmpl_id: [number, string] }>("product.product", [p], ["product_tmpl_id"]);
    const tmpl = row?.product_tmpl_id[0] as number;
    expect(await client.search("product.template", [["id", "=", tmpl]])).toEqual([tmpl]);
    await client.unlink("product.product", [p]);
    expect(await client.search("product.template", [["id", "=", tmpl]], { context: { active_test: false } })).toEqual([]);
  });

  it("refuses a timesheet of an archived employee (as hr_timesheet's create does), accepts it with active_test off", async () => {
    const emp = await client.create("hr.employee", { name: "Gone", active: false });
    const project = await client.create("project.project", { name: "P", allow_timesheets: true });
    const line = { name: "/", employee_id: emp, project_id: project, unit_amount: 1, date: "2024-01-02" };
    await expect(client.create("account.analytic.line", line)).rejects.toThrow(/active employee/);
    const res = await client.load("account.analytic.line", ["name", "employee_id/.id", "project_id/.id", "unit_amount", "date"], [["/", String(emp), String(project), "1", "2024-01-02"]]);
    expect(res.ids).toBe(false);
    expect(JSON.stringify(res.messages)).toContain("Timesheets must be created with an active employee");
    const ok = await client.create("account.analytic.line", line, { active_test: false });
    expect(typeof ok).toBe("number");
  });

  it("load: ir.attachment.res_id is stored and read as an integer; a one2many /.id column links the listed records", async () => {
    const pid = await client.create("res.partner", { name: "Holder" });
    const res = await client.load("ir.attachment", ["id", "name", "res_model", "res_id"], [["ferry_t.att1", "a.txt", "res.partner", String(pid)]]);
    const [att] = await client.read<{ res_id: unknown }>("ir.attachment", res.ids as number[], ["res_id"]);
    expect(att?.res_id).toBe(pid);
    const kids = await client.create("res.partner", [{ name: "Kid 1" }, { name: "Kid 2" }]);
    const parent = await client.load("res.partner", ["id", "name", "is_company", "child_ids/.id"], [["ferry_t.co", "Co", "1", kids.join(",")]]);
    const co = (parent.ids as number[])[0] as number;
    const rows = await client.read<{ parent_id: [number, string] | false }>("res.partner", kids, ["parent_id"]);
    expect(rows.map((r) => (r.parent_id as [number, string])[0])).toEqual([co, co]);
    await expect(client.load("res.partner", ["id", "name", "child_ids/name"], [["ferry_t.co2", "Co2", "x"]])).rejects.toThrow(/sub-field columns are not simulated/);
  });

  it("load refuses a row naming a relational field by name and by external id (Odoo's Ambiguous specification)", async () => {
    const res = await client.load("res.partner", ["id", "name", "country_id", "country_id/id"], [["ferry_t.amb1", "A", "", "base.us"], ["ferry_t.amb2", "B", "", ""]]);
    expect(res.ids).toBe(false);
    expect(res.messages.map((m) => m.message)).toEqual(["Ambiguous specification for field 'Country', only provide one of name, external id or database id"]);
  });

  it("a task's stage sets its date_end (now when folded); a project start date without an end date is dropped on write", async () => {
    const done = await client.create("project.task.type", { name: "Done", fold: true });
    const project = await client.create("project.project", { name: "Dates" });
    const task = await client.create("project.task", { name: "T", project_id: project, stage_id: done, date_end: "2024-08-28 13:53:20" });
    const [t] = await client.read<{ date_end: string }>("project.task", [task], ["date_end"]);
    expect(t?.date_end).not.toBe("2024-08-28 13:53:20");
    await client.write("project.task", [task], { date_end: "2024-08-28 13:53:20" });
    expect((await client.read<{ date_end: string }>("project.task", [task], ["date_end"]))[0]?.date_end).toBe("2024-08-28 13:53:20");
    await client.write("project.project", [project], { date_start: "2023-04-11" });
    expect((await client.read<{ date_start: unknown }>("project.project", [project], ["date_start"]))[0]?.date_start).toBe(false);
    await client.write("project.project", [project], { date_start: "2023-04-11", date: "2023-05-01" });
    expect((await client.read<{ date_start: unknown }>("project.project", [project], ["date_start"]))[0]?.date_start).toBe("2023-04-11");
  });
});
