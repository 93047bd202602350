import { describe, expect, it } from "vitest";
import { MappingSession } from "../../bridge/src/core/mapping/session.ts";
import { discountPercent } from "../../bridge/src/core/mapping/computes-plexus.ts";
import type { MapResult } from "../../bridge/src/core/mapping/types.ts";
import { ctxFor } from "./helpers.ts";
import { PX_USERS, plexusRows } from "./plexus-fixture.ts";

const codes = (r: MapResult) => r.issues.map((i) => i.code).sort();
const main = (r: MapResult, model?: string) => r.outputs.find((o) => o.target === "main" && (!model || o.model === model))!;

function run(opts: Parameters<typeof ctxFor>[1] = {}) {
  const session = new MappingSession(ctxFor("plexus", { sourceUsers: PX_USERS, settings: { taxMap: { tax_1: 41 }, ...(opts.settings ?? {}) }, ...opts }));
  const rows = plexusRows();
  const res: Record<string, MapResult[]> = {};
  const finished: Record<string, ReturnType<MappingSession["finish"]>> = {};
  for (const om of session.objects()) {
    const list = rows[om.object] ?? [];
    for (const dep of session.readBefore(om.object)) for (const r of rows[dep] ?? []) session.register(dep, r);
    for (const r of list) session.register(om.object, r);
    session.prepare(om.object);
    res[om.object] = list.map((r) => session.map(om.object, r));
    finished[om.object] = session.finish(om.object);
  }
  return { session, res, finished };
}

describe("Plexus mappings (golden)", () => {
  const { session, res, finished } = run();

  it("customer split: organisation → company + primary person + delivery child, exact cells", () => {
    const r = res["customers"]![0]!;
    expect(r.outputs.map((o) => [o.model, o.xmlid])).toEqual([
      ["res.partner.industry", "ferry_plexus.plexus_industry_property_management"],
      ["res.partner", "ferry_plexus.plexus_customer_cus_0k3x9qa"],
      ["res.partner", "ferry_plexus.plexus_customer_cus_0k3x9qa_primary"],
      ["res.partner", "ferry_plexus.plexus_customer_cus_0k3x9qa_delivery"],
    ]);
    expect(main(r).values).toEqual({
      is_company: "1",
      name: "Brightwater Property Group",
      phone: "+15125550100",
      website: "www.brightwater.example",
      "industry_id/id": "ferry_plexus.plexus_industry_property_management",
      street: "400 Congress Ave",
      street2: "Suite 1200",
      city: "Austin",
      zip: "78701",
      "country_id/id": "base.us",
      "state_id/.id": "44",
      "user_id/.id": "7",
      ref: "C-10023",
      comment: "<p>Gate code 4411.<br>Call before arrival.</p>",
      x_plexus_customer_status: "active",
      x_plexus_tax_exempt: "0",
      x_plexus_default_tax_code: "TX-AUSTIN-8.25",
      x_plexus_price_catalog: "",
      x_plexus_trade_type: "hvac",
      x_plexus_service_area_flag: "1",
      x_plexus_custom_extra: "legacy_rating: A+",
    });
    expect(main(r).createDate).toBe("2024-01-02 15:00:00");
    expect(r.outputs[2]!.values).toEqual({
      is_company: "0",
      type: "contact",
      "parent_id/id": "ferry_plexus.plexus_customer_cus_0k3x9qa",
      name: "Dana Whitfield",
      email: "dana.whitfield@brightwater.example",
      phone: "+15125550182",
      mobile: "",
      function: "Facilities Manager",
    });
    expect(r.outputs[3]!.values).toMatchObject({ type: "delivery", name: "Service site – Round Rock", street: "9 Lake Rd", zip: "78664", "parent_id/id": "ferry_plexus.plexus_customer_cus_0k3x9qa" });
    expect(codes(r)).toEqual(["custom_field_undefined"]);
  });

  it("individual customer: one person, same address → no delivery child; custom option drift; flags", () => {
    const r = res["customers"]![1]!;
    expect(r.outputs.filter((o) => o.model === "res.partner").map((o) => o.xmlid)).toEqual(["ferry_plexus.plexus_customer_cus_res1"]);
    expect(main(r).values).toMatchObject({ is_company: "0", name: "Lee Ng", email: "lee@ng.example", zip: "02134", "user_id/.id": "2", x_plexus_tax_exempt: "1", x_plexus_trade_type: "solar", comment: "<p>Original mobile: 1.55E+10</p>" });
    // the drifted option is added with the field definition (schema step), before any record uses it
    expect(r.outputs.find((o) => o.model === "ir.model.fields.selection")).toBeUndefined();
    expect(res["custom_field_definitions"]![0]!.outputs.map((o) => o.values["value"] ?? o.values["name"])).toEqual(["x_plexus_trade_type", "hvac", "plumbing", "electrical", "solar"]);
    expect(res["custom_field_definitions"]![0]!.outputs.at(-1)!.values).toEqual({ "field_id/id": "ferry_plexus.plexus_field_res_partner_x_plexus_trade_type", value: "solar", name: "Solar", sequence: "40" });
    expect(codes(r)).toEqual(["custom_value_not_in_options", "email_duplicate", "owner_unmatched", "phone_invalid", "price_catalog_not_migrated"]);
    expect(res["customers"]![2]!.outcome).toEqual({ outcome: "rejected", code: "missing_required" });
    expect(res["customers"]![3]!.outcome).toEqual({ outcome: "skipped", code: "deleted" });
    expect(codes(res["customers"]![4]!)).toEqual(["email_duplicate"]);
  });

  it("tax-exempt customer gets the wizard's fiscal position when one is chosen", () => {
    const r = run({ settings: { exemptFiscalPositionId: 5 } }).res["customers"]![1]!;
    expect(main(r).values["property_account_position_id/.id"]).toBe("5");
  });

  it("customer contacts: billing child type=invoice with the customer's billing address; primary merged; second primary flagged; rejects", () => {
    const cc = res["customer_contacts"]!;
    expect(main(cc[0]!).xmlid).toBe("ferry_plexus.plexus_customer_contact_cct_bill");
    expect(main(cc[0]!).values).toMatchObject({ type: "invoice", name: "Pat Payne", "parent_id/id": "ferry_plexus.plexus_customer_cus_0k3x9qa", street: "400 Congress Ave", city: "Austin", function: "AP Clerk", active: "1" });
    expect(cc[1]!.outcome).toEqual({ outcome: "merged" });
    expect(cc[1]!.ref).toEqual({ model: "res.partner", xmlid: "ferry_plexus.plexus_customer_cus_0k3x9qa_primary" });
    expect(main(cc[2]!).values).toMatchObject({ type: "contact", active: "0" });
    expect(codes(cc[2]!)).toEqual(["second_primary_contact"]);
    expect(cc.slice(3).map((r) => r.outcome)).toEqual([
      { outcome: "rejected", code: "orphan_reference" },
      { outcome: "rejected", code: "missing_required" },
      { outcome: "rejected", code: "parent_not_loaded" },
    ]);
  });

  it("work order group → project with stages; closed stays active", () => {
    const r = res["work_order_groups"]![0]!;
    const p = main(r, "project.project");
    expect(p.xmlid).toBe("ferry_plexus.plexus_wog_wog_017");
    expect(p.values).toMatchObject({ name: "GRP-017 · Brightwater maintenance 2024", active: "1", x_plexus_group_status: "closed", allow_timesheets: "1", date_start: "2024-01-01", date: "2024-12-31", "user_id/.id": "7" });
    expect(p.values["type_ids/id"]!.split(",")).toHaveLength(8);
    expect(r.outputs.filter((o) => o.model === "project.task.type").map((o) => o.values["name"])).toEqual(["New", "Scheduled", "Dispatched", "In Progress", "On Hold", "Completed", "Invoiced", "Cancelled"]);
  });

  it("work order → task: name, stage/state, emergency tag, owner, assignees, planned start fallback, notes, custom fields", () => {
    const r = res["work_orders"]![0]!;
    const t = main(r, "project.task");
    expect(t.values).toMatchObject({
      name: "WO-10042 – Replace blower motor",
      x_plexus_wo_number: "WO-10042",
      "project_id/id": "ferry_plexus.plexus_wog_wog_017",
      "stage_id/id": "ferry_plexus.plexus_stage_in_progress",
      state: "01_in_progress",
      priority: "1",
      "tag_ids/id": "ferry_plexus.plexus_tag_emergency",
      "x_plexus_owner_id/.id": "8",
      "user_ids/.id": "",
      x_plexus_assignees: "Tim Ode, Old Hand",
      x_plexus_scheduled_start: "2024-11-04 13:30:00",
      date_deadline: "2024-11-04 17:45:00",
      x_plexus_gate_code: "4411",
    });
    expect(t.values["planned_date_begin"]).toBeUndefined();
    const notes = r.outputs.filter((o) => o.model === "mail.message");
    expect(notes.map((n) => n.xmlid)).toEqual(["ferry_plexus.plexus_wo_note_n_1", "ferry_plexus.plexus_wo_note_n_2"]);
    expect(notes[0]!.values).toEqual({ model: "project.task", message_type: "comment", "subtype_id/id": "mail.mt_note", body: "Customer called <b>twice</b>", date: "2024-11-03 10:00:00", "author_id/.id": "30" });
    expect(notes[1]!.values["body"]).toBe("<p>Originally by usr_gone</p><p>[Customer-visible in Plexus]</p><p>Parts on order</p>");
    expect(notes[1]!.refs).toEqual([{ column: "res_id", xmlid: "ferry_plexus.plexus_wo_wo_8k2m1qz" }]);
    expect(codes(r)).toEqual(["orphan_reference", "owner_inactive"]);
  });

  it("schedule → planned dates: project_enterprise present → planned_date_begin; without a WO window the schedules fill it", () => {
    const withPe = run({ modules: ["project_enterprise"], extraFields: { "project.task": { planned_date_begin: { type: "datetime" } } } }).res["work_orders"]!;
    expect(main(withPe[0]!, "project.task").values["planned_date_begin"]).toBe("2024-11-04 13:30:00");
    expect(main(withPe[0]!, "project.task").values["x_plexus_scheduled_start"]).toBeUndefined();
    const r = res["work_orders"]![1]!;
    const t = main(r, "project.task");
    expect(t.values).toMatchObject({ "project_id/id": "ferry_plexus.plexus_project_default", x_plexus_scheduled_start: "2024-11-06 14:00:00", date_deadline: "2024-11-09 21:30:00", "stage_id/id": "ferry_plexus.plexus_stage_new", priority: "0", "tag_ids/id": "ferry_plexus.plexus_tag_low_priority", x_plexus_gate_code: "" });
    expect(r.outputs.find((o) => o.role === "update" && o.model === "project.task" && o.xmlid === t.xmlid)?.values).toEqual({ date_end: "2024-11-05 20:00:00" });
    expect(t.values["description"]).toBe("<p>Gate code: n/a</p>");
    expect(codes(r)).toEqual(["custom_value_invalid", "orphan_reference", "value_unmapped"]);
    expect(session.ctx.index.unmapped.get("wo_status")?.get("awaiting_parts")).toBe(1);
  });

  it("job lines: labor → subtask, other lines → table in the parent description, orphans rejected", () => {
    const jl = res["job_lines"]!;
    expect(main(jl[0]!).xmlid).toBe("ferry_plexus.plexus_job_line_jl_1");
    expect(main(jl[0]!).values).toEqual({ "parent_id/id": "ferry_plexus.plexus_wo_wo_8k2m1qz", "project_id/id": "ferry_plexus.plexus_wog_wog_017", name: "Install motor", allocated_hours: "2.5", x_plexus_billable: "1", x_plexus_unit_price: "95", sequence: "10" });
    expect(main(jl[0]!).createDate).toBe("2024-01-02 15:00:00");
    expect(codes(jl[0]!)).toEqual(["prevailing_wage_not_migrated"]);
    expect(jl[1]!.outcome).toBeUndefined();
    expect(jl[1]!.outputs).toEqual([]);
    expect(jl[1]!.ref).toEqual({ model: "project.task", xmlid: "ferry_plexus.plexus_wo_wo_8k2m1qz" });
    expect(jl[2]!.outcome).toEqual({ outcome: "rejected", code: "orphan_reference" });
    expect(jl[3]!.outcome).toBeUndefined();
    expect(codes(jl[3]!)).toEqual(["invalid_amount"]);
    expect(finished["job_lines"]).toEqual([
      {
        model: "project.task",
        xmlid: "ferry_plexus.plexus_wo_wo_8k2m1qz",
        role: "update",
        values: {
          description:
            "<p>Unit 3 on roof.</p><table><thead><tr><th>#</th><th>type</th><th>SKU</th><th>description</th><th>qty</th><th>unit</th><th>unit price</th><th>billable</th></tr></thead><tbody><tr><td>2</td><td>material</td><td>MOT-1/2HP</td><td>Blower motor &lt;1/2 HP&gt;</td><td>1</td><td>ea</td><td>412.5</td><td>yes</td></tr><tr><td>3</td><td>other</td><td></td><td>Disposal fee</td><td>1</td><td>ea</td><td>0</td><td>no</td></tr></tbody></table>",
        },
      },
    ]);
    expect(finished["employees"]).toEqual([{ model: "hr.employee", xmlid: "ferry_plexus.plexus_employee_emp_tim", role: "update", values: { "parent_id/id": "ferry_plexus.plexus_employee_emp_ann" } }]);
  });

  it("schedules → calendar events (planning.slot when installed); cancelled skipped; all-day inclusive end", () => {
    const s = res["schedules"]!;
    expect(main(s[0]!).values).toEqual({ name: "WO-10043 – Tim Ode", allday: "0", start: "2024-11-06 14:00:00", stop: "2024-11-06 16:00:00", "res_model_id/id": "project.model_project_task", show_as: "busy", description: "", x_plexus_schedule_type: "assignment" });
    expect(main(s[0]!).refs).toEqual([
      { column: "partner_ids", xmlid: "ferry_plexus.plexus_employee_emp_tim", field: "work_contact_id", many: true },
      { column: "res_id", xmlid: "ferry_plexus.plexus_wo_wo_2" },
    ]);
    expect(main(s[1]!).values).toMatchObject({ name: "Reserved – WO-10043", show_as: "free" });
    expect(codes(s[1]!)).toEqual(["schedule_unassigned", "timezone_assumed"]);
    expect(main(s[2]!).values).toMatchObject({ name: "Holiday", allday: "1", start_date: "2024-12-24", stop_date: "2024-12-25", "user_id/.id": "7" });
    expect(s[3]!.outcome).toEqual({ outcome: "skipped", code: "cancelled" });
    const planning = run({ modules: ["planning"], extraFields: { "planning.slot": { start_datetime: { type: "datetime" }, end_datetime: { type: "datetime" }, resource_id: { type: "many2one" }, task_id: { type: "many2one" } } } }).res["schedules"]!;
    expect(planning[0]!.variant).toBe("planning");
    expect(planning[0]!.outputs[0]!.model).toBe("planning.slot");
    expect(planning[0]!.outputs[0]!.values).toMatchObject({ start_datetime: "2024-11-06 14:00:00", end_datetime: "2024-11-06 16:00:00", "task_id/id": "ferry_plexus.plexus_wo_wo_2" });
  });

  it("time entries: minutes → hours, local date of clock-in, zone of the employee's user, rejects", () => {
    const t = res["time_entries"]!;
    expect(main(t[0]!).values).toEqual({
      "employee_id/id": "ferry_plexus.plexus_employee_emp_tim",
      date: "2024-11-04",
      unit_amount: "2.25",
      x_plexus_start: "2024-11-05 05:30:00",
      x_plexus_end: "2024-11-05 07:45:00",
      "project_id/id": "ferry_plexus.plexus_wog_wog_017",
      "task_id/id": "ferry_plexus.plexus_job_line_jl_1",
      name: "Replaced blower motor",
      x_plexus_billable: "1",
      x_plexus_approved: "1",
      x_plexus_entry_type: "job",
    });
    expect(main(t[1]!).values).toMatchObject({ x_plexus_start: "2024-03-10 08:30:00", unit_amount: "1", "project_id/id": "ferry_plexus.plexus_project_default", name: "/" });
    expect(codes(t[1]!)).toEqual(["duration_mismatch", "timezone_assumed"]);
    expect(t[2]!.outcome).toEqual({ outcome: "rejected", code: "orphan_reference" });
    expect(t[3]!.outcome).toEqual({ outcome: "rejected", code: "invalid_required_value" });
    expect(main(t[4]!).values["unit_amount"]).toBe("0.3333");
  });

  it("quotes and lines: draft order, invoice/delivery children, tax mapping, amount discount, products", () => {
    const q = main(res["quotes"]![0]!, "sale.order");
    expect(q.values).toEqual({
      "partner_id/id": "ferry_plexus.plexus_customer_cus_0k3x9qa",
      name: "Q-24-00123",
      origin: "Q-24-00123",
      "partner_invoice_id/id": "ferry_plexus.plexus_customer_contact_cct_bill",
      "partner_shipping_id/id": "ferry_plexus.plexus_customer_cus_0k3x9qa_delivery",
      date_order: "2024-11-01 14:00:00",
      validity_date: "2024-12-01",
      state: "draft",
      x_plexus_quote_status: "sent",
      "pricelist_id/id": "ferry_plexus.plexus_pricelist_usd",
      client_order_ref: "PO-77",
      "user_id/.id": "2",
      note: "<p>Net 30</p>",
      "x_plexus_work_order_id/id": "ferry_plexus.plexus_wo_wo_8k2m1qz",
    });
    expect(res["quotes"]![1]!.outcome).toEqual({ outcome: "rejected", code: "parent_not_loaded" });
    const l = res["quote_lines"]!;
    expect(main(l[0]!).values).toEqual({ "order_id/id": "ferry_plexus.plexus_quote_quo_1", "product_id/id": "ferry_plexus.plexus_product_lab_hvac", name: "Labor", product_uom_qty: "3", price_unit: "95", discount: "3.51", "tax_id/.id": "41", sequence: "10" });
    expect(l[0]!.outputs[0]!.values).toMatchObject({ default_code: "LAB-HVAC", type: "service" });
    expect(codes(l[0]!)).toEqual(["discount_rounded"]);
    expect(main(l[1]!).values).toMatchObject({ "product_id/id": "ferry_plexus.plexus_product_generic", price_unit: "0", discount: "5", "tax_id/.id": "" });
    expect(codes(l[1]!)).toEqual(["invalid_amount", "tax_unmapped"]);
    expect(main(l[2]!).values).toMatchObject({ discount: "20", "product_id/id": "ferry_plexus.plexus_product_mot_1_2hp" });
    expect(codes(l[2]!)).toEqual([]);
    // Odoo 19 renamed the line taxes: the profile decides
    const l19 = run({ major: 19 }).res["quote_lines"]!;
    expect(main(l19[0]!).values["tax_ids/.id"]).toBe("41");
    expect(main(l19[0]!).values["tax_id/.id"]).toBeUndefined();
  });

  it("discount percent is exact decimal arithmetic, half-up", () => {
    expect(discountPercent(10, 3, 95)).toEqual({ pct: "3.51", rounded: true });
    expect(discountPercent(0.1, 1, 0.3)).toEqual({ pct: "33.33", rounded: true });
    expect(discountPercent(12.5, 1, 50)).toEqual({ pct: "25", rounded: false });
    expect(discountPercent(1, 8, 1)).toEqual({ pct: "12.5", rounded: false });
  });

  it("expense category → product; expenses: amount field from the profile, mileage description, payment mode, analytic ref, rejects", () => {
    const c = res["expense_categories"]!;
    expect(c[0]!.outputs).toEqual([{ model: "product.product", xmlid: "ferry_plexus.plexus_expense_product_mileage", role: "ensure", matchBy: ["default_code"], values: { name: "Mileage", default_code: "EXP-MILEAGE", can_be_expensed: "1", standard_price: "0", type: "service" } }]);
    expect(codes(c[1]!)).toEqual(["value_unmapped"]);
    const e = res["expenses"]!;
    expect(main(e[0]!).values).toEqual({
      total_amount_currency: "33.5",
      quantity: "1",
      "employee_id/id": "ferry_plexus.plexus_employee_emp_tim",
      name: "Mileage",
      "product_id/id": "ferry_plexus.plexus_expense_product_mileage",
      description: "50 miles",
      "currency_id/id": "base.USD",
      date: "2024-11-04",
      payment_mode: "own_account",
      x_plexus_expense_status: "submitted",
    });
    expect(main(e[0]!).refs).toEqual([{ column: "analytic_distribution", xmlid: "ferry_plexus.plexus_wog_wog_017", field: "account_id", format: "analytic_distribution" }]);
    expect(main(e[1]!).values).toMatchObject({ "product_id/id": "ferry_plexus.plexus_expense_product_other", payment_mode: "company_account" });
    expect(codes(e[1]!)).toEqual(["value_unmapped"]);
    expect(e[2]!.outcome).toEqual({ outcome: "rejected", code: "invalid_required_value" });
    expect(main(e[3]!).values).toMatchObject({ total_amount_currency: "189", "currency_id/id": "base.CAD", "product_id/id": "ferry_plexus.plexus_expense_product_lodging" });
    expect(codes(e[3]!)).toEqual(["currency_not_converted"]);
    expect(codes(run({ settings: { taxMap: { tax_1: 41 }, rates: { CAD: 0.73 } } }).res["expenses"]![3]!)).toEqual([]);
    expect(session.postChecks()).toEqual([{ object: "expenses", id: "exp_1", issue: { code: "receipt_missing", field: "receipt_attachment_id", raw: "att_9", message: "receipt attachment att_9 did not load" } }]);
  });

  it("attachments on the parent record; workflow rules documented with an automation suggestion; users and taxes validated", () => {
    const a = res["attachments"]!;
    expect(main(a[0]!).values).toEqual({ res_model: "project.task", name: "photo 1.jpg", mimetype: "image/jpeg", description: "Before\nUploaded 2024-11-04 18:00:00 UTC by Ann Lee" });
    expect(main(a[0]!).createDate).toBe("2024-11-04 18:00:00");
    expect(a[1]!.outcome).toEqual({ outcome: "rejected", code: "parent_not_loaded" });
    const w = res["workflow_rules"]![0]!;
    expect(w.outcome).toEqual({ outcome: "documented" });
    expect(w.document!["suggestion"]).toEqual({
      model: "project.task",
      trigger: { type: "on_stage_set", filter: 'status changed_to "completed"' },
      actions: [
        { type: "send_email", odoo: 'server action "Send email" (create the e-mail template first)', params: { template: "done" } },
        { type: "send_fax", odoo: null, params: {} },
      ],
      notes: ['action "send_fax" has no equivalent'],
    });
    expect(res["users"]!.map((u) => u.outcome)).toEqual([{ outcome: "validated" }, { outcome: "validated" }, { outcome: "validated" }]);
    expect(res["tax_codes"]![1]!.document).toMatchObject({ mapped: false });
  });
});
