/** A small Plexus export covering the §3 cases; shared by the Plexus golden tests. */
import type { SourceRecord } from "../../bridge/src/core/mapping/context.ts";
import { pxRow } from "./helpers.ts";

const base = { created_at: "2024-01-02T15:00:00Z", updated_at: "2024-06-01T00:00:00Z", deleted: false, deleted_at: null };
const addr = (line1: string, city: string, state: string, zip: string | number, country = "US") => ({ line1, line2: null, city, state, postal_code: zip, country });

export const PX_USERS = [
  { id: "usr_ann", email: "Ann.Lee@acme.example", first_name: "Ann", last_name: "Lee", display_name: "Ann Lee", role: "dispatcher", active: true, employee_id: "emp_ann", time_zone: "America/Chicago", last_login_at: null, ...base },
  { id: "usr_bob", email: "bob@acme.example", first_name: "Bob", last_name: "Stone", display_name: "Bob Stone", role: "technician", active: false, employee_id: null, time_zone: "America/Denver", last_login_at: null, ...base },
  { id: "usr_tim", email: "tim@acme.example", first_name: "Tim", last_name: "Ode", display_name: "Tim Ode", role: "technician", active: true, employee_id: "emp_tim", time_zone: "America/Denver", last_login_at: null, ...base },
];

export function plexusRows(): Record<string, SourceRecord[]> {
  const r = (object: string, list: Record<string, unknown>[]) => list.map((d, i) => pxRow(object, i + 1, { ...base, ...d }));
  return {
    custom_field_definitions: r("custom_field_definitions", [
      { id: "cfd_1", key: "trade_type", label: "Trade Type", type: "dropdown", options: ["HVAC", "Plumbing", "Electrical"], applies_to: "customer", required: false, active: true, position: 1 },
      { id: "cfd_2", key: "service_area_flag", label: "Service area", type: "checkbox", options: null, applies_to: "customer", required: false, active: false, position: 2 },
      { id: "cfd_3", key: "gate_code", label: "Gate code", type: "number", options: null, applies_to: "work_order", required: false, active: true, position: 1 },
    ]),
    users: r("users", PX_USERS),
    employees: r("employees", [
      { id: "emp_ann", employee_number: "E-0001", first_name: "Ann", last_name: "Lee", display_name: "Ann Lee", email: "ann.lee@acme.example", mobile_phone: "(512) 555-0150", department: "Office", job_title: "Dispatcher", manager_employee_id: null, user_id: "usr_ann", hourly_cost: 31.5, pay_type: "salary", prevailing_wage_classification: null, hire_date: "2019-04-01", termination_date: null, active: true },
      { id: "emp_tim", employee_number: "E-0002", first_name: "Tim", last_name: "Ode", display_name: "Tim Ode", email: "tim@acme.example", mobile_phone: null, department: "Service", job_title: "Technician", manager_employee_id: "emp_ann", user_id: "usr_tim", hourly_cost: "28.00", pay_type: "hourly", prevailing_wage_classification: "Electrician Journeyman - Zone 2", hire_date: null, termination_date: null, active: true },
      { id: "emp_old", employee_number: "E-0003", first_name: "Old", last_name: "Hand", display_name: "Old Hand", email: null, mobile_phone: null, department: "service", job_title: null, manager_employee_id: null, user_id: null, hourly_cost: null, pay_type: "hourly", prevailing_wage_classification: null, hire_date: null, termination_date: "2023-12-31", active: false },
    ]),
    customers: r("customers", [
      {
        id: "cus_0k3x9qa", account_number: "C-10023", customer_type: "commercial", company_name: "Brightwater Property Group",
        primary_contact: { first_name: "Dana", last_name: "Whitfield", title: "Facilities Manager", email: "dana.whitfield@brightwater.example", phone: "(512) 555-0182", mobile: null },
        phone: "512-555-0100", website: "www.brightwater.example", industry: "Property Management",
        billing_address: { line1: "400 Congress Ave", line2: "Suite 1200", city: "Austin", state: "TX", postal_code: "78701", country: "US" },
        service_address: addr("9 Lake Rd", "Round Rock", "TX", "78664"), owner_user_id: "usr_ann", tax_code_id: "tax_1", tax_exempt: false, price_catalog_id: null,
        status: "active", notes: "Gate code 4411.\nCall before arrival.", custom_fields: { trade_type: "hvac", service_area_flag: true, legacy_rating: "A+" },
      },
      {
        id: "cus_res1", account_number: "C-10024", customer_type: "residential", company_name: "  ",
        primary_contact: { first_name: "Lee", last_name: "Ng", title: null, email: "LEE@ng.example", phone: "555-0100", mobile: "1.55E+10" },
        phone: null, website: null, industry: null, billing_address: addr("1 Elm St", "Boston", "MA", 2134), service_address: addr("1 elm st ", "BOSTON", "MA", "02134"),
        owner_user_id: "usr_zzz", tax_code_id: null, tax_exempt: true, price_catalog_id: "pc_7", status: "prospect", notes: null, custom_fields: { trade_type: "Solar" },
      },
      { id: "cus_bad", account_number: "C-10025", customer_type: "residential", company_name: null, primary_contact: { first_name: null, last_name: " ", title: null, email: null, phone: "555", mobile: null }, phone: null, website: null, industry: null, billing_address: null, service_address: null, owner_user_id: null, tax_code_id: null, tax_exempt: false, price_catalog_id: null, status: "active", notes: null, custom_fields: {} },
      { id: "cus_del", account_number: "C-10026", customer_type: "commercial", company_name: "Gone Inc", primary_contact: null, phone: null, website: null, industry: null, billing_address: null, service_address: null, owner_user_id: null, tax_code_id: null, tax_exempt: false, price_catalog_id: null, status: "inactive", notes: null, custom_fields: {}, deleted: true },
      { id: "cus_dup", account_number: "C-10027", customer_type: "residential", company_name: null, primary_contact: { first_name: "Lee", last_name: "Ng", title: null, email: "lee@ng.example", phone: null, mobile: null }, phone: null, website: null, industry: null, billing_address: null, service_address: null, owner_user_id: null, tax_code_id: null, tax_exempt: false, price_catalog_id: null, status: "active", notes: null, custom_fields: {} },
    ]),
    customer_contacts: r("customer_contacts", [
      { id: "cct_bill", customer_id: "cus_0k3x9qa", role: "billing", first_name: "Pat", last_name: "Payne", title: "AP Clerk", email: "ap@brightwater.example", phone: null, mobile: null, address: null, is_active: true },
      { id: "cct_prim", customer_id: "cus_0k3x9qa", role: "primary", first_name: "Dana", last_name: "Whitfield", title: null, email: "Dana.Whitfield@brightwater.example", phone: null, mobile: null, address: null, is_active: true },
      { id: "cct_prim2", customer_id: "cus_0k3x9qa", role: "primary", first_name: "Max", last_name: "Mohr", title: null, email: "max@brightwater.example", phone: null, mobile: null, address: null, is_active: false },
      { id: "cct_orphan", customer_id: "cus_nope", role: "other", first_name: "X", last_name: null, title: null, email: null, phone: null, mobile: null, address: null, is_active: true },
      { id: "cct_blank", customer_id: "cus_0k3x9qa", role: "other", first_name: " ", last_name: null, title: null, email: null, phone: null, mobile: null, address: null, is_active: true },
      { id: "cct_gone", customer_id: "cus_bad", role: "other", first_name: "Y", last_name: null, title: null, email: null, phone: null, mobile: null, address: null, is_active: true },
    ]),
    work_order_groups: r("work_order_groups", [
      { id: "wog_017", code: "GRP-017", name: "Brightwater maintenance 2024", customer_id: "cus_0k3x9qa", manager_user_id: "usr_ann", status: "closed", description: "Quarterly PM", start_date: "2024-01-01", end_date: "2024-12-31" },
    ]),
    work_orders: r("work_orders", [
      {
        id: "wo_8k2m1qz", number: "WO-10042", group_id: "wog_017", customer_id: "cus_0k3x9qa", summary: "Replace blower motor", description: "Unit 3 on roof.",
        status: "in_progress", priority: "emergency", owner_user_id: "usr_bob", assigned_employee_ids: ["emp_tim", "emp_old", "emp_ghost"],
        scheduled_start: "2024-11-04T07:30:00-06:00", scheduled_end: "2024-11-04T11:45:00-06:00", completed_at: null, service_address: addr("9 Lake Rd", "Round Rock", "TX", "78664"),
        notes: [
          { id: "n_1", body: "Customer called <b>twice</b>", author_user_id: "usr_ann", created_at: "2024-11-03T10:00:00Z", visibility: "internal" },
          { id: "n_2", body: "Parts on order", author_user_id: "usr_gone", created_at: "2024-11-03T11:00:00Z", visibility: "customer" },
        ],
        custom_fields: { gate_code: "4411" },
      },
      { id: "wo_2", number: "WO-10043", group_id: null, customer_id: "cus_nope", summary: "Shop job", description: null, status: "awaiting_parts", priority: "low", owner_user_id: null, assigned_employee_ids: [], scheduled_start: null, scheduled_end: null, completed_at: "2024-11-05T20:00:00Z", service_address: null, notes: [], custom_fields: { gate_code: "n/a" } },
    ]),
    job_lines: r("job_lines", [
      { id: "jl_1", work_order_id: "wo_8k2m1qz", line_number: 1, line_type: "labor", sku: "LAB-HVAC", description: "Install motor", quantity: 2.5, unit: "hr", unit_price: 95, unit_cost: 40, billable: true, prevailing_wage: true },
      { id: "jl_2", work_order_id: "wo_8k2m1qz", line_number: 2, line_type: "material", sku: "MOT-1/2HP", description: "Blower motor <1/2 HP>", quantity: 1, unit: "ea", unit_price: "$412.50", unit_cost: 300, billable: true, prevailing_wage: false },
      { id: "jl_3", work_order_id: "wo_missing", line_number: 1, line_type: "labor", sku: null, description: "x", quantity: 1, unit: "hr", unit_price: "TBD", unit_cost: null, billable: false, prevailing_wage: false },
      { id: "jl_4", work_order_id: "wo_8k2m1qz", line_number: 3, line_type: "other", sku: null, description: "Disposal fee", quantity: 1, unit: "ea", unit_price: "TBD", unit_cost: null, billable: false, prevailing_wage: false },
    ]),
    schedules: r("schedules", [
      { id: "sch_1", work_order_id: "wo_2", employee_id: "emp_tim", schedule_type: "assignment", status: "confirmed", start: "2024-11-06T08:00:00-06:00", end: "2024-11-06T10:00:00-06:00", all_day: false, time_zone: "America/Chicago", notes: null },
      { id: "sch_2", work_order_id: "wo_2", employee_id: null, schedule_type: "soft_reservation", status: "tentative", start: "2024-11-07T08:00:00", end: "2024-11-07T12:00:00", all_day: false, time_zone: "America/Chicago", notes: null },
      { id: "sch_3", work_order_id: null, employee_id: "emp_ann", schedule_type: "blocked_time", status: "confirmed", start: "2024-12-24T00:00:00-06:00", end: "2024-12-26T00:00:00-06:00", all_day: true, time_zone: "America/Chicago", notes: "Holiday" },
      { id: "sch_4", work_order_id: "wo_2", employee_id: "emp_tim", schedule_type: "assignment", status: "cancelled", start: "2024-11-08T08:00:00-06:00", end: "2024-11-08T09:00:00-06:00", all_day: false, time_zone: "America/Chicago", notes: null },
      { id: "sch_5", work_order_id: "wo_2", employee_id: "emp_tim", schedule_type: "assignment", status: "confirmed", start: "2024-11-09T13:00:00-06:00", end: "2024-11-09T15:30:00-06:00", all_day: false, time_zone: "America/Chicago", notes: null },
    ]),
    time_entries: r("time_entries", [
      { id: "te_1q8z7mm", employee_id: "emp_tim", work_order_id: "wo_8k2m1qz", job_line_id: "jl_1", entry_type: "job", start: "2024-11-04T23:30:00-06:00", end: "2024-11-05T01:45:00-06:00", duration_minutes: 135, billable: true, notes: "Replaced <b>blower</b> motor", gps: { lat: 30.2, lng: -97.7, accuracy_m: 12 }, approved: true },
      { id: "te_2", employee_id: "emp_tim", work_order_id: null, job_line_id: null, entry_type: "shop", start: "2024-03-10T01:30:00", end: "2024-03-10T04:00:00", duration_minutes: 60, billable: false, notes: null, gps: null, approved: false },
      { id: "te_3", employee_id: "emp_ghost", work_order_id: null, job_line_id: null, entry_type: "shop", start: "2024-03-10T01:30:00-06:00", end: "2024-03-10T02:00:00-06:00", duration_minutes: 30, billable: false, notes: null, gps: null, approved: false },
      { id: "te_4", employee_id: "emp_tim", work_order_id: "wo_zzz", job_line_id: null, entry_type: "job", start: "2024-03-10T05:00:00-06:00", end: "2024-03-10T05:00:00-06:00", duration_minutes: 0, billable: false, notes: null, gps: null, approved: false },
      { id: "te_5", employee_id: "emp_tim", work_order_id: "wo_zzz", job_line_id: null, entry_type: "travel", start: "2024-03-11T05:00:00-05:00", end: "2024-03-11T05:20:00-05:00", duration_minutes: 20, billable: false, notes: "drive", gps: null, approved: false },
    ]),
    tax_codes: r("tax_codes", [
      { id: "tax_1", code: "TX-AUSTIN-8.25", name: "Austin sales tax", rate: 8.25, price_inclusive: false, jurisdiction: "TX", active: true },
      { id: "tax_2", code: "TX-OLD", name: "Old", rate: 6.25, price_inclusive: false, jurisdiction: "TX", active: false },
    ]),
    quotes: r("quotes", [
      { id: "quo_1", number: "Q-24-00123", customer_id: "cus_0k3x9qa", work_order_id: "wo_8k2m1qz", status: "sent", issue_date: "2024-11-01", expiry_date: "2024-12-01", currency: "USD", customer_po: "PO-77", owner_user_id: null, terms: "Net 30", subtotal: 500, tax_total: 41.25, total: 541.25 },
      { id: "quo_2", number: "Q-24-00124", customer_id: "cus_bad", work_order_id: null, status: "draft", issue_date: "2024-11-02", expiry_date: null, currency: "CAD", customer_po: null, owner_user_id: "usr_ann", terms: null, subtotal: 0, tax_total: 0, total: 0 },
    ]),
    quote_lines: r("quote_lines", [
      { id: "ql_1", quote_id: "quo_1", line_number: 1, sku: "LAB-HVAC", description: "Labor", quantity: 3, unit_price: 95, discount: 10, discount_type: "amount", tax_code_id: "tax_1" },
      { id: "ql_2", quote_id: "quo_1", line_number: 2, sku: null, description: "Misc", quantity: 1, unit_price: "TBD", discount: 5, discount_type: "percent", tax_code_id: "tax_2" },
      { id: "ql_3", quote_id: "quo_1", line_number: 3, sku: " MOT-1/2HP ", description: "Motor", quantity: 4, unit_price: 25, discount: 20, discount_type: "amount", tax_code_id: null },
      { id: "ql_4", quote_id: "quo_2", line_number: 1, sku: null, description: "x", quantity: 1, unit_price: 1, discount: null, discount_type: null, tax_code_id: null },
    ]),
    expense_categories: r("expense_categories", [
      { id: "ecat_1", code: "mileage", name: "Mileage", unit: "mile", default_rate: 0.67, active: true },
      { id: "ecat_2", code: "snacks", name: "Snacks", unit: null, default_rate: null, active: true },
    ]),
    expenses: r("expenses", [
      { id: "exp_1", employee_id: "emp_tim", work_order_id: "wo_8k2m1qz", date: "2024-11-04", category_id: "ecat_1", category: "mileage", description: null, amount: "$33.50", currency: "USD", quantity: 50, paid_by: "employee", status: "submitted", receipt_attachment_id: "att_9" },
      { id: "exp_2", employee_id: "emp_tim", work_order_id: null, date: "2024-11-05", category_id: null, category: "snacks", description: "Team snacks", amount: 12, currency: "USD", quantity: null, paid_by: "company", status: "draft", receipt_attachment_id: null },
      { id: "exp_3", employee_id: "emp_tim", work_order_id: null, date: "2024-11-05", category_id: null, category: "meals", description: "Lunch", amount: "call me", currency: "USD", quantity: null, paid_by: "employee", status: "draft", receipt_attachment_id: null },
      { id: "exp_4", employee_id: "emp_tim", work_order_id: null, date: "2024-11-06", category_id: null, category: "lodging", description: "Hotel Toronto", amount: "189.00", currency: "CAD", quantity: null, paid_by: "employee", status: "draft", receipt_attachment_id: null },
    ]),
    attachments: r("attachments", [
      { id: "att_1", parent_type: "work_order", parent_id: "wo_8k2m1qz", file_name: "photo 1.jpg", content_type: "image/jpeg", size_bytes: 10, sha256: "00", description: "Before", uploaded_by_user_id: "usr_ann", uploaded_at: "2024-11-04T18:00:00Z", download_url: null, expires_at: null, file_path: "files/att_1/photo 1.jpg" },
      { id: "att_2", parent_type: "customer", parent_id: "cus_bad", file_name: "x.pdf", content_type: "application/pdf", size_bytes: 10, sha256: "00", description: null, uploaded_by_user_id: null, uploaded_at: "2024-11-04T18:00:00Z", download_url: null, expires_at: null, file_path: "files/att_2/x.pdf" },
    ]),
    workflow_rules: r("workflow_rules", [
      { id: "wfr_1", name: "Notify on completion", description: null, enabled: true, trigger: { event: "status_changed", object: "work_order", conditions: [{ field: "status", op: "changed_to", value: "completed" }], schedule: null }, actions: [{ type: "send_email", params: { template: "done" } }, { type: "send_fax", params: {} }], created_by_user_id: null },
    ]),
  };
}
