/**
 * Plexus Software file bundle generator (sources.md A.6): 17 JSON Lines files, manifest.json with
 * counts and SHA-256, files/<attachment id>/<file_name> binaries. Part C defects repeat per block.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { instant, isoDate, OutFile, Rng, Tally, CITIES, FIRST, LAST, SUFFIX, WORDS } from "./util.ts";

export const PLEXUS_OBJECTS = [
  "users", "employees", "customers", "customer_contacts", "work_order_groups", "work_orders", "job_lines", "schedules", "time_entries",
  "quotes", "quote_lines", "tax_codes", "expenses", "expense_categories", "custom_field_definitions", "attachments", "workflow_rules",
] as const;

export const PX_BASE = { employees: 10, customers: 20, customer_contacts: 25, work_order_groups: 5, work_orders: 30, job_lines: 60, schedules: 30, time_entries: 60, quotes: 10, quote_lines: 25, expenses: 15, attachments: 8 };

const PREFIX: Record<string, string> = {
  users: "usr", employees: "emp", customers: "cus", customer_contacts: "cct", work_order_groups: "wog", work_orders: "wo", job_lines: "jl", schedules: "sch",
  time_entries: "te", quotes: "quo", quote_lines: "ql", tax_codes: "tax", expenses: "exp", expense_categories: "ecat", custom_field_definitions: "cfd",
  attachments: "att", workflow_rules: "wfr",
};
const SALT: Record<string, number> = Object.fromEntries(Object.keys(PREFIX).map((k, i) => [k, 1000 + i * 7777]));

/** Stable `<prefix>_<7 base-36>` id for the i-th record of an object (a bijection on i < 36^7). */
export function pxId(object: string, i: number): string {
  const n = (i * 48271 + (SALT[object] ?? 0)) % 78364164096;
  return `${PREFIX[object]}_${n.toString(36).padStart(7, "0")}`;
}

/** JSONL writer: `\n` (or `\r\n`) line ends, optional BOM; counts non-empty lines for the manifest. */
class Jsonl {
  private out: OutFile;
  lines = 0;
  constructor(
    readonly file: string,
    private readonly eol = "\n",
    bom = false,
  ) {
    this.out = new OutFile(file, bom ? "utf-8-bom" : "utf-8");
  }
  put(obj: unknown): number {
    this.out.write(JSON.stringify(obj) + this.eol);
    return ++this.lines;
  }
  raw(line: string): number {
    this.out.write(line + this.eol);
    return line.trim() === "" ? this.lines : ++this.lines;
  }
  close(): void {
    this.out.close();
  }
}

const base = (i: number, created: number): Record<string, unknown> => ({ created_at: instant(created), updated_at: instant(created + 86_400 + i), deleted: false, deleted_at: null });

const ZONES = [["America/Chicago", "-06:00", "-05:00"], ["America/New_York", "-05:00", "-04:00"], ["America/Denver", "-07:00", "-06:00"]] as const;

/** `2024-11-04T07:30:00-06:00` for a day offset and minute of day in one of the zones (winter/summer offset by month). */
function localDt(day: number, minute: number, zi: number): string {
  const d = isoDate(day);
  const month = Number(d.slice(5, 7));
  const z = ZONES[zi % ZONES.length] as (typeof ZONES)[number];
  const off = month >= 4 && month <= 10 ? z[2] : z[1];
  const h = String(Math.floor(minute / 60)).padStart(2, "0");
  const m = String(minute % 60).padStart(2, "0");
  return `${d}T${h}:${m}:00${off}`;
}

export interface PlexusOptions {
  scale: number;
  seed: string;
  /** restrict to these objects (bench); manifest lists only what was written */
  only?: string[];
}

export function generatePlexus(dir: string, opts: PlexusOptions): Tally {
  const t = new Tally();
  const N = Math.max(1, Math.floor(opts.scale));
  mkdirSync(dir, { recursive: true });
  const want = (o: string): boolean => !opts.only || opts.only.includes(o);
  const writers = new Map<string, Jsonl>();
  const open = (object: string, eol = "\n", bom = false): Jsonl => {
    const w = new Jsonl(path.join(dir, `${object}.jsonl`), eol, bom);
    writers.set(object, w);
    t.init(object, `${object}.jsonl`);
    return w;
  };
  const F = (o: string): string => `${o}.jsonl`;
  const rec = (o: string): void => t.record(o, F(o));
  const D = (o: string, id: string | null, defect: string, expect: string, field?: string, row: number | null = null): void => t.defect(o, id, row, defect, expect, field);

  const nUsers = 6;
  const nEmp = PX_BASE.employees * N;
  const nCus = PX_BASE.customers * N;
  const nWo = PX_BASE.work_orders * N;
  const nQuo = PX_BASE.quotes * N;
  const nAtt = PX_BASE.attachments * N;
  const nExp = PX_BASE.expenses * N;
  const nJl = PX_BASE.job_lines * N;

  // users
  if (want("users")) {
    const w = open("users");
    const roles = ["admin", "dispatcher", "office", "technician", "sales", "technician"];
    for (let i = 0; i < nUsers; i++) {
      const first = FIRST[i] as string;
      const last = LAST[i] as string;
      w.put({
        id: pxId("users", i), email: `${first.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")}.${last.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")}@northwind-field.example`,
        first_name: first, last_name: last, display_name: `${first} ${last}`, role: roles[i], active: i !== 5, employee_id: i < 4 ? pxId("employees", i) : null,
        time_zone: ZONES[i % 3]?.[0], last_login_at: i === 5 ? null : instant(60_000_000 + i * 1000), ...base(i, 1_000 + i * 100),
      });
      rec("users");
    }
    D("users", pxId("users", 5), "owner_inactive", "inactive user: flag owner_inactive on records owned by it");
    w.close();
  }

  // employees (file starts with a BOM)
  if (want("employees")) {
    const w = open("employees", "\n", true);
    for (let i = 0; i < nEmp; i++) {
      const k = i % PX_BASE.employees;
      const first = FIRST[(i + 3) % FIRST.length] as string;
      const last = LAST[(i * 5) % LAST.length] as string;
      const former = k === 9;
      w.put({
        id: pxId("employees", i), employee_number: `E-${String(i + 1).padStart(4, "0")}`, first_name: first, last_name: last, display_name: `${first} ${last}`,
        email: k === 8 ? null : `emp${i}@northwind-field.example`, mobile_phone: k === 7 ? "5.12555E+09" : `(512) 555-${String(3000 + i).slice(-4)}`,
        department: ["Service", "Installation", "Office", "Sales", "Warehouse"][k % 5], job_title: ["Technician", "Lead Technician", "Dispatcher", "Sales Rep", "Storekeeper"][k % 5],
        manager_employee_id: k === 0 ? null : pxId("employees", i - k), user_id: i < 4 ? pxId("users", i) : null, hourly_cost: 28 + k * 1.5, pay_type: k < 7 ? "hourly" : "salary",
        prevailing_wage_classification: k === 1 ? "Electrician Journeyman - Zone 2" : null, hire_date: isoDate(-900 + i * 10), termination_date: former ? isoDate(500) : null,
        active: !former, ...base(i, 2_000 + i * 100),
      });
      rec("employees");
      if (k === 1) D("employees", pxId("employees", i), "prevailing_wage", "flag prevailing_wage_not_migrated");
      if (k === 7) D("employees", pxId("employees", i), "phone_excel", "flag phone_invalid", "mobile_phone");
    }
    D("employees", null, "bom", "employees.jsonl starts with a BOM (stripped)");
    w.close();
  }

  // tax_codes, expense_categories, custom_field_definitions, workflow_rules: fixed
  if (want("tax_codes")) {
    const w = open("tax_codes");
    const codes: [string, string, number, boolean][] = [["TX-AUSTIN-8.25", "Austin Sales Tax", 8.25, false], ["TX-STATE-6.25", "Texas State Tax", 6.25, false], ["EXEMPT", "Exempt", 0, false], ["CO-DENVER-8.81", "Denver incl.", 8.81, true]];
    codes.forEach(([code, name, rate, incl], i) => {
      w.put({ id: pxId("tax_codes", i), code, name, rate, price_inclusive: incl, jurisdiction: i === 2 ? null : name.split(" ")[0], active: true, ...base(i, 500 + i) });
      rec("tax_codes");
    });
    w.close();
  }
  if (want("expense_categories")) {
    const w = open("expense_categories");
    ["mileage", "materials", "meals", "lodging", "fuel", "tools", "parking", "other"].forEach((code, i) => {
      w.put({ id: pxId("expense_categories", i), code, name: code[0]?.toUpperCase() + code.slice(1), unit: code === "mileage" ? "mile" : null, default_rate: code === "mileage" ? 0.67 : null, active: code !== "tools", ...base(i, 600 + i) });
      rec("expense_categories");
    });
    w.close();
  }
  const CFD: [string, string, string, string[] | null, string][] = [
    ["trade_type", "Trade Type", "dropdown", ["HVAC", "Plumbing", "Electrical"], "customer"],
    ["license_number", "License Number", "text", null, "customer"],
    ["service_area_flag", "Service Area", "checkbox", null, "customer"],
    ["contract_value", "Contract Value", "number", null, "customer"],
    ["site_access_date", "Site Access Date", "date", null, "work_order"],
  ];
  if (want("custom_field_definitions")) {
    const w = open("custom_field_definitions");
    CFD.forEach(([key, label, type, options, applies], i) => {
      w.put({ id: pxId("custom_field_definitions", i), key, label, type, options, applies_to: applies, required: i === 0, active: i !== 3, position: i + 1, ...base(i, 700 + i) });
      rec("custom_field_definitions");
    });
    w.close();
  }
  if (want("workflow_rules")) {
    const w = open("workflow_rules");
    const rules = [
      { name: "Notify dispatcher on emergency", trigger: { event: "record_created", object: "work_order", conditions: [{ field: "priority", op: "eq", value: "emergency" }], schedule: null }, actions: [{ type: "send_sms", params: { to: "dispatcher" } }] },
      { name: "Thank-you after completion", trigger: { event: "status_changed", object: "work_order", conditions: [{ field: "status", op: "changed_to", value: "completed" }], schedule: null }, actions: [{ type: "send_email", params: { template: "thank_you" } }] },
      { name: "Quote follow-up", trigger: { event: "scheduled_time", object: "quote", conditions: [{ field: "status", op: "eq", value: "sent" }], schedule: { offset_minutes: 4320, relative_to: "issue_date" } }, actions: [{ type: "create_follow_up", params: { assign_to: "owner" } }] },
      { name: "Webhook to accounting", trigger: { event: "field_changed", object: "expense", conditions: [{ field: "status", op: "in", value: ["approved"] }], schedule: null }, actions: [{ type: "webhook", params: { url: "https://hooks.example/acct" } }] },
    ];
    rules.forEach((r, i) => {
      w.put({ id: pxId("workflow_rules", i), name: r.name, description: null, enabled: i !== 3, trigger: r.trigger, actions: r.actions, created_by_user_id: pxId("users", 0), ...base(i, 800 + i) });
      rec("workflow_rules");
    });
    w.close();
  }

  // customers
  const address = (i: number, rng: Rng): Record<string, unknown> => {
    const [city, state, zip] = rng.pick(CITIES);
    return { line1: `${100 + i} Commerce Dr`, line2: i % 3 === 0 ? "Suite 200" : null, city, state, postal_code: zip, country: rng.pick(["US", "US", "USA", "United States"]) };
  };
  if (want("customers")) {
    const rng = new Rng(`${opts.seed}:customers`);
    const w = open("customers");
    for (let i = 0; i < nCus; i++) {
      const k = i % PX_BASE.customers;
      const id = pxId("customers", i);
      const residential = k % 4 === 1;
      const first = FIRST[(i * 7) % FIRST.length] as string;
      const last = LAST[(i * 3) % LAST.length] as string;
      const company = `${WORDS[i % WORDS.length]} ${SUFFIX[(i * 3) % SUFFIX.length]}`;
      const r: Record<string, unknown> = {
        id, account_number: `C-${10001 + i}`, customer_type: residential ? "residential" : "commercial", company_name: residential ? null : company,
        primary_contact: { first_name: first, last_name: last, title: residential ? null : "Facilities Manager", email: `${first.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")}.${i}@cust${i}.example`, phone: `(512) 555-${String(4000 + (i % 5000)).slice(-4)}`, mobile: null },
        phone: residential ? null : `512-555-${String(100 + (i % 900)).padStart(4, "0")}`, website: residential ? null : `www.cust${i}.example`, industry: residential ? null : rng.pick(["HVAC", "Property Management", "Retail"]),
        billing_address: address(i, rng), service_address: k % 5 === 0 ? address(i + 1, rng) : null, owner_user_id: pxId("users", i % 4), tax_code_id: pxId("tax_codes", i % 2),
        tax_exempt: k === 19, price_catalog_id: null, status: ["active", "active", "inactive", "prospect"][k % 4], notes: null, custom_fields: { trade_type: rng.pick(["HVAC", "Plumbing", "Electrical"]), license_number: `TACLA${10000 + i}C`, service_area_flag: true },
        ...base(i, 10_000 + i * 50),
      };
      const pc = r["primary_contact"] as Record<string, unknown>;
      const ba = r["billing_address"] as Record<string, unknown>;
      const cf = r["custom_fields"] as Record<string, unknown>;
      switch (k) {
        case 2: pc["email"] = "bob@"; D("customers", id, "email_invalid", "flag email_invalid", "primary_contact.email"); break;
        case 3: r["phone"] = "1.55E+10"; D("customers", id, "phone_excel", "flag phone_invalid", "phone"); break;
        case 4: Object.assign(ba, { postal_code: 2134, country: "US", city: "Boston", state: "MA" }); D("customers", id, "zip_leading_zero", "JSON number 2134 → 02134", "billing_address.postal_code"); break;
        case 7: r["notes"] = "<p>Gate code <b>4411</b>.</p><p>Call before arrival &amp; knock.</p>"; D("customers", id, "html_in_text", "notes HTML"); break;
        case 8: cf["trade_type"] = "Solar"; D("customers", id, "custom_option_drift", "flag custom_value_not_in_options", "custom_fields.trade_type"); break;
        case 9: cf["legacy_code"] = "LC-77"; D("customers", id, "custom_key_undefined", "flag custom_field_undefined", "custom_fields.legacy_code"); break;
        case 10: cf["contract_value"] = "lots"; D("customers", id, "custom_value_bad", "flag custom_value_invalid", "custom_fields.contract_value"); break;
        case 11: r["primary_contact"] = null; break;
        case 12: ba["country"] = "United States"; break;
        case 13: r["website"] = `http://www.Cust${i}.example/home`; break;
        case 14: r["price_catalog_id"] = "pc_gold"; D("customers", id, "price_catalog", "flag price_catalog_not_migrated"); break;
        case 15: r["owner_user_id"] = "usr_zzzzzzz"; D("customers", id, "owner_unknown", "flag owner_unmatched", "owner_user_id"); break;
        case 16: r["notes"] = '=HYPERLINK("http://x.example","click")'; D("customers", id, "formula_text", "loaded unchanged", "notes"); break;
        case 17: case 18: pc["email"] = `shared.${Math.floor(i / PX_BASE.customers)}@dup.example`; D("customers", id, "email_duplicate", "flag email_duplicate", "primary_contact.email"); break;
        case 1: r["customer_type"] = "residential"; break;
      }
      if (k === 5) {
        Object.assign(r, { deleted: true, deleted_at: instant(20_000_000 + i), status: "inactive" });
        const row = w.put(r);
        t.skipped("customers", F("customers"), "deleted");
        D("customers", id, "soft_deleted", "skip deleted", undefined, row);
        continue;
      }
      w.put(r);
      rec("customers");
      if (k === 6) {
        const row = w.put(r);
        t.skipped("customers", F("customers"), "duplicate_row");
        D("customers", id, "duplicate_row", "skip duplicate_row", undefined, row);
      }
    }
    w.close();
  }

  // customer_contacts
  if (want("customer_contacts")) {
    const w = open("customer_contacts");
    const B = PX_BASE.customer_contacts;
    for (let i = 0; i < B * N; i++) {
      const k = i % B;
      const id = pxId("customer_contacts", i);
      const ci = (Math.floor(i / B) * PX_BASE.customers + (k % PX_BASE.customers)) % nCus;
      const role = k < 5 ? "primary" : k < 12 ? "billing" : "other";
      const first = role === "primary" ? FIRST[(ci * 7) % FIRST.length] : FIRST[(i + 11) % FIRST.length];
      const last = role === "primary" ? LAST[(ci * 3) % LAST.length] : LAST[(i + 5) % LAST.length];
      if (k === 24) {
        const row = w.put({ id, deleted: true, deleted_at: instant(30_000_000 + i), updated_at: instant(30_000_000 + i) });
        t.skipped("customer_contacts", F("customer_contacts"), "deleted");
        D("customer_contacts", id, "soft_deleted", "tombstone in a full export: skip deleted", undefined, row);
        continue;
      }
      const r: Record<string, unknown> = {
        id, customer_id: k === 23 ? "cus_nothere" : pxId("customers", ci), role, first_name: first, last_name: last, title: role === "billing" ? "Accounts Payable" : null,
        email: role === "primary" ? `${(first as string).toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")}.${ci}@cust${ci}.example` : `contact${i}@cust${ci}.example`,
        phone: `(512) 555-${String(6000 + (i % 3000)).slice(-4)}`, mobile: k === 13 ? "N/A" : null,
        address: role === "billing" && k % 2 === 0 ? { line1: "PO Box 77", line2: null, city: "Austin", state: "TX", postal_code: "78767", country: "US" } : null,
        is_active: k !== 20, ...base(i, 12_000 + i * 30),
      };
      if (k === 2) r["first_name"] = "Someone";
      if (k === 2) D("customer_contacts", id, "second_primary", "a primary differing from the embedded one: flag second_primary_contact");
      if (k === 23) D("customer_contacts", id, "orphan_required", "reject orphan_reference (customer cus_nothere)", "customer_id");
      w.put(r);
      rec("customer_contacts");
    }
    w.close();
  }

  // work_order_groups
  if (want("work_order_groups")) {
    const w = open("work_order_groups");
    for (let i = 0; i < PX_BASE.work_order_groups * N; i++) {
      w.put({
        id: pxId("work_order_groups", i), code: `GRP-${String(i + 1).padStart(3, "0")}`, name: `Maintenance contract ${i + 1}`, customer_id: i % 5 === 4 ? null : pxId("customers", (i * 4) % nCus),
        manager_user_id: pxId("users", i % 4), status: i % 5 === 3 ? "closed" : "open", description: i % 2 ? "Quarterly PM visits" : null, start_date: isoDate(100 + i), end_date: i % 5 === 3 ? isoDate(400 + i) : null,
        ...base(i, 15_000 + i * 10),
      });
      rec("work_order_groups");
    }
    w.close();
  }

  // work_orders (a record changed during paging appears twice: older copy superseded)
  if (want("work_orders")) {
    const w = open("work_orders");
    const B = PX_BASE.work_orders;
    const late: Record<string, unknown>[] = [];
    for (let i = 0; i < nWo; i++) {
      const k = i % B;
      const id = pxId("work_orders", i);
      const day = 600 + (i % 200);
      const zi = i % 3;
      const r: Record<string, unknown> = {
        id, number: `WO-${10001 + i}`, group_id: k % 3 === 0 ? pxId("work_order_groups", Math.floor(i / 3) % (PX_BASE.work_order_groups * N)) : null, customer_id: k === 29 ? null : pxId("customers", i % nCus),
        summary: `${["Replace blower motor", "Annual inspection", "Install thermostat", "Fix leak", "No heat call"][k % 5]} #${i + 1}`, description: null,
        status: ["new", "scheduled", "dispatched", "in_progress", "on_hold", "completed", "invoiced", "cancelled"][k % 8], priority: ["low", "normal", "high", "emergency"][k % 4],
        owner_user_id: pxId("users", i % 4), assigned_employee_ids: k % 6 === 5 ? [] : [pxId("employees", i % nEmp)], scheduled_start: localDt(day, 8 * 60, zi), scheduled_end: localDt(day, 10 * 60 + 30, zi),
        completed_at: k % 8 >= 5 ? instant(day * 86_400 + 50_000) : null, service_address: null,
        notes: k % 4 === 0 ? [{ id: `note_${i}`, body: "Customer called.\nWill be home after 2pm.", author_user_id: pxId("users", 1), created_at: instant(day * 86_400 - 3600), visibility: "internal" }] : [],
        custom_fields: k === 10 ? { site_access_date: "2025-02-30" } : k % 7 === 0 ? { site_access_date: isoDate(day - 1) } : {},
        ...base(i, 40_000 + i * 60),
      };
      switch (k) {
        case 4: r["status"] = "awaiting_parts"; D("work_orders", id, "enum_unknown", "flag value_unmapped", "status"); break;
        case 5: r["scheduled_start"] = `${isoDate(day)}T08:00:00`; D("work_orders", id, "offset_missing", "tenant/user zone, flag timezone_assumed", "scheduled_start"); break;
        case 6: r["description"] = "<p>Unit #3 on the <b>roof</b>.</p><ul><li>Bring ladder</li></ul>"; break;
        case 7: r["summary"] = `${"Very long work order summary text ".repeat(9)}end`; D("work_orders", id, "long_text", "flag text_truncated", "summary"); break;
        case 10: D("work_orders", id, "custom_value_bad", "flag custom_value_invalid (2025-02-30)", "custom_fields.site_access_date"); break;
      }
      w.put(r);
      if (k === 3) {
        t.skipped("work_orders", F("work_orders"), "superseded");
        D("work_orders", id, "superseded", "older copy skipped superseded; the later line (status completed) wins", undefined, w.lines);
        late.push({ ...r, status: "completed", updated_at: instant(90_000_000 + i) });
      } else rec("work_orders");
    }
    for (const r of late) {
      w.put(r);
      rec("work_orders");
    }
    w.close();
  }

  // job_lines
  if (want("job_lines")) {
    const w = open("job_lines");
    const B = PX_BASE.job_lines;
    for (let i = 0; i < nJl; i++) {
      const k = i % B;
      const id = pxId("job_lines", i);
      const labor = k % 3 === 0;
      const r: Record<string, unknown> = {
        id, work_order_id: pxId("work_orders", Math.floor(i / 2) % nWo), line_number: (i % 2) + 1, line_type: labor ? "labor" : ["material", "equipment", "other"][k % 3],
        sku: labor ? null : `SKU-${1000 + (k % 40)}`, description: labor ? "Technician labor" : `Part ${k}`, quantity: labor ? 2.5 : (k % 4) + 1, unit: labor ? "hr" : "ea",
        unit_price: labor ? 95 : 12.5 + k, unit_cost: labor ? 40 : 6 + k / 2, billable: k % 10 !== 9, prevailing_wage: k === 3, ...base(i, 42_000 + i * 30),
      };
      if (k === 1) { r["unit_price"] = "1,234.50"; D("job_lines", id, "money", "string money 1,234.50 → 1234.5", "unit_price"); }
      if (k === 2) { r["unit_price"] = "call"; D("job_lines", id, "money_invalid", "flag invalid_amount, 0 used", "unit_price"); }
      if (k === 3) D("job_lines", id, "prevailing_wage", "flag prevailing_wage_not_migrated");
      w.put(r);
      rec("job_lines");
    }
    w.close();
  }

  // schedules
  if (want("schedules")) {
    const w = open("schedules");
    const B = PX_BASE.schedules;
    for (let i = 0; i < B * N; i++) {
      const k = i % B;
      const id = pxId("schedules", i);
      const day = 600 + (i % 200);
      const zi = i % 3;
      const r: Record<string, unknown> = {
        id, work_order_id: pxId("work_orders", i % nWo), employee_id: pxId("employees", i % nEmp), schedule_type: "assignment", status: "confirmed",
        start: localDt(day, 8 * 60, zi), end: localDt(day, 12 * 60, zi), all_day: false, time_zone: ZONES[zi]?.[0], notes: null, ...base(i, 44_000 + i * 20),
      };
      switch (k) {
        case 1: Object.assign(r, { employee_id: null, schedule_type: "soft_reservation" }); D("schedules", id, "soft_reservation", "flag schedule_unassigned"); break;
        case 2: r["status"] = "cancelled"; D("schedules", id, "cancelled", "skip cancelled (mapper)"); break;
        case 3: Object.assign(r, { all_day: true, start: localDt(day, 0, zi), end: localDt(day + 2, 0, zi) }); D("schedules", id, "all_day", "2-day all-day entry (exclusive end)"); break;
        case 4: Object.assign(r, { work_order_id: null, schedule_type: "blocked_time", notes: "Training" }); break;
        case 5: r["start"] = "not a date"; D("schedules", id, "date_invalid_required", "reject invalid_required_value", "start"); break;
      }
      w.put(r);
      rec("schedules");
    }
    w.close();
  }

  // time_entries (CRLF line ends, a truncated line, a tombstone, an empty line)
  if (want("time_entries")) writeTimeEntries(path.join(dir, "time_entries.jsonl"), PX_BASE.time_entries * N, { nEmp, nWo, nJl, seed: opts.seed }, t, open);

  // quotes + quote_lines (bundle: no `lines` key)
  if (want("quotes")) {
    const w = open("quotes");
    for (let i = 0; i < nQuo; i++) {
      const k = i % PX_BASE.quotes;
      const sub = 1000 + i * 10;
      w.put({
        id: pxId("quotes", i), number: `Q-24-${String(i + 1).padStart(5, "0")}`, customer_id: pxId("customers", (i * 2) % nCus), work_order_id: k % 2 ? pxId("work_orders", i % nWo) : null,
        status: ["draft", "sent", "accepted", "declined", "expired"][k % 5], issue_date: isoDate(500 + i), expiry_date: k % 3 ? isoDate(530 + i) : null, currency: k === 7 ? "CAD" : "USD",
        customer_po: k % 4 === 0 ? `PO-${7000 + i}` : null, owner_user_id: k === 9 ? null : pxId("users", 4), terms: "Net 30", subtotal: sub, tax_total: +(sub * 0.0825).toFixed(2), total: +(sub * 1.0825).toFixed(2),
        ...base(i, 46_000 + i * 40),
      });
      rec("quotes");
    }
    w.close();
  }
  if (want("quote_lines")) {
    const w = open("quote_lines");
    const B = PX_BASE.quote_lines;
    for (let i = 0; i < B * N; i++) {
      const k = i % B;
      const id = pxId("quote_lines", i);
      const r: Record<string, unknown> = {
        id, quote_id: pxId("quotes", Math.floor(i / 2.5) % nQuo), line_number: (i % 3) + 1, sku: k % 5 === 4 ? null : `SKU-${2000 + k}`, description: `Quoted item ${k}`, quantity: (k % 3) + 1,
        unit_price: 50 + k * 5, discount: k % 6 === 1 ? 10 : k % 6 === 2 ? 7.33 : null, discount_type: k % 6 === 1 ? "percent" : k % 6 === 2 ? "amount" : null, tax_code_id: pxId("tax_codes", k % 3),
        ...base(i, 46_500 + i * 20),
      };
      if (k === 2) D("quote_lines", id, "discount_amount", "amount discount → percent, flag discount_rounded if inexact", "discount");
      if (k === 8) { r["tax_code_id"] = "tax_missing"; D("quote_lines", id, "tax_unknown", "flag tax_unmapped", "tax_code_id"); }
      if (k === 9) { r["unit_price"] = "$1.234,50"; D("quote_lines", id, "money", "string money → 1234.5", "unit_price"); }
      w.put(r);
      rec("quote_lines");
    }
    w.close();
  }

  // attachments + binaries
  const attFile = (i: number): string => (i % PX_BASE.attachments === 4 ? "Rechnung März 2024.pdf" : `photo ${i + 1}.jpg`);
  if (want("attachments")) {
    const w = open("attachments");
    const rng = new Rng(`${opts.seed}:attachments`);
    for (let i = 0; i < nAtt; i++) {
      const k = i % PX_BASE.attachments;
      const id = pxId("attachments", i);
      const name = attFile(i);
      const size = 64 + rng.int(0, 400);
      const bytes = new Uint8Array(size);
      for (let b = 0; b < size; b++) bytes[b] = rng.int(0, 255);
      const sha = createHash("sha256").update(bytes).digest("hex");
      const parentType = ["customer", "work_order", "quote", "expense"][k % 4] as string;
      const parentId = parentType === "customer" ? pxId("customers", i % nCus) : parentType === "work_order" ? pxId("work_orders", i % nWo) : parentType === "quote" ? pxId("quotes", i % nQuo) : pxId("expenses", i % nExp);
      const rel = `files/${id}/${name}`;
      if (k !== 5) {
        mkdirSync(path.join(dir, "files", id), { recursive: true });
        writeFileSync(path.join(dir, rel), bytes);
      }
      w.put({
        id, parent_type: parentType, parent_id: parentId, file_name: name, content_type: name.endsWith(".pdf") ? "application/pdf" : "image/jpeg", size_bytes: size,
        sha256: k === 6 ? "0".repeat(64) : sha, description: k % 2 ? "Before photo" : null, uploaded_by_user_id: pxId("users", k % 4), uploaded_at: instant(48_000_000 + i * 100),
        download_url: null, expires_at: null, file_path: rel, ...base(i, 48_000 + i * 10),
      });
      rec("attachments");
      if (k === 5) D("attachments", id, "file_missing", "reject file_missing (binary absent)");
      if (k === 6) D("attachments", id, "checksum_mismatch", "reject checksum_mismatch");
      if (k === 4) D("attachments", id, "file_name", "non-ASCII file name with spaces");
    }
    w.close();
  }

  // expenses
  if (want("expenses")) {
    const w = open("expenses");
    const B = PX_BASE.expenses;
    for (let i = 0; i < nExp; i++) {
      const k = i % B;
      const id = pxId("expenses", i);
      const cat = k % 8;
      const r: Record<string, unknown> = {
        id, employee_id: pxId("employees", i % nEmp), work_order_id: k % 3 ? pxId("work_orders", i % nWo) : null, date: isoDate(610 + i), category_id: pxId("expense_categories", cat),
        category: ["mileage", "materials", "meals", "lodging", "fuel", "tools", "parking", "other"][cat], description: `Expense ${i + 1}`, amount: cat === 0 ? 33.5 : 12 + k * 3.25, currency: "USD",
        quantity: cat === 0 ? 50 : null, paid_by: k % 2 ? "company" : "employee", status: ["draft", "submitted", "approved", "reimbursed", "rejected"][k % 5],
        receipt_attachment_id: null, ...base(i, 49_000 + i * 25),
      };
      if (k === 3) { r["receipt_attachment_id"] = pxId("attachments", Math.floor(i / B) * PX_BASE.attachments + 3); }
      if (k === 5) { r["receipt_attachment_id"] = pxId("attachments", Math.floor(i / B) * PX_BASE.attachments + 5); D("expenses", id, "receipt_missing", "flag receipt_missing (attachment binary absent)"); }
      if (k === 6) { r["amount"] = "$45.10"; D("expenses", id, "money", "string amount → 45.10", "amount"); }
      if (k === 7) { r["amount"] = "TBD"; D("expenses", id, "money_invalid", "reject invalid_required_value", "amount"); }
      if (k === 8) { r["currency"] = "CAD"; D("expenses", id, "currency_foreign", "flag currency_not_converted when no rate", "currency"); }
      w.put(r);
      rec("expenses");
    }
    w.close();
  }

  // manifest.json
  const objects: Record<string, { file: string; count: number; sha256: string }> = {};
  for (const [object, w] of writers) {
    const file = `${object}.jsonl`;
    objects[object] = { file, count: w.lines, sha256: createHash("sha256").update(readFileSync(path.join(dir, file))).digest("hex") };
  }
  writeFileSync(
    path.join(dir, "manifest.json"),
    JSON.stringify(
      {
        format: "plexus-export-bundle", format_version: "1.2", api_version: "v1", tenant: "northwind-field", tenant_name: "Northwind Field Services", export_type: "full",
        export_started_at: "2025-01-15T06:00:00Z", export_finished_at: "2025-01-15T06:41:12Z", modified_since: null, include_deleted: true, time_zone: "America/Chicago", currency: "USD",
        files_dir: "files", objects,
      },
      null,
      2,
    ) + "\n",
  );
  return t;
}

/** time_entries.jsonl alone (also used by the read benchmark). Returns the number of source lines. */
export function writeTimeEntries(
  file: string,
  n: number,
  ctx: { nEmp: number; nWo: number; nJl: number; seed: string },
  t: Tally,
  open?: (object: string, eol?: string, bom?: boolean) => Jsonl,
): number {
  const w = open ? open("time_entries", "\r\n") : new Jsonl(file, "\r\n");
  if (!open) t.init("time_entries", "time_entries.jsonl");
  const F = "time_entries.jsonl";
  const B = PX_BASE.time_entries;
  for (let i = 0; i < n; i++) {
    const k = i % B;
    const id = pxId("time_entries", i);
    const r = timeEntryRecord(i, ctx);
    const day = 600 + (Math.floor(i / 4) % 300);
    const zi = i % 3;
    const dur = Number(r["duration_minutes"]);
    switch (k) {
      case 11: r["duration_minutes"] = dur - 30; t.defect("time_entries", id, null, "duration_mismatch", "flag duration_mismatch"); break;
      case 12: r["start"] = `${isoDate(day)}T07:00:00`; t.defect("time_entries", id, null, "offset_missing", "flag timezone_assumed", "start"); break;
      case 13: Object.assign(r, { end: r["start"], duration_minutes: 0 }); t.defect("time_entries", id, null, "end_not_after_start", "reject invalid_required_value"); break;
      case 14: Object.assign(r, { start: localDt(day, 23 * 60, zi), end: localDt(day + 1, 60, zi), duration_minutes: 120 }); t.defect("time_entries", id, null, "overnight", "local date = start's local date"); break;
    }
    if (k === 20) {
      const row = w.raw(JSON.stringify(r).slice(0, 57));
      t.rejected("time_entries", F, "malformed_row");
      t.defect("time_entries", id, row, "malformed", "truncated JSON line: reject malformed_row");
      continue;
    }
    if (k === 21) {
      const row = w.put({ id, deleted: true, deleted_at: instant(95_000_000 + i), updated_at: instant(95_000_000 + i) });
      t.skipped("time_entries", F, "deleted");
      t.defect("time_entries", id, row, "soft_deleted", "tombstone: skip deleted");
      continue;
    }
    w.put(r);
    t.record("time_entries", F);
    if (k === 22) w.raw("");
  }
  w.close();
  return w.lines;
}

/** The i-th synthetic time entry (no defects): also served by the benchmark's simulator source. */
export function timeEntryRecord(i: number, ctx: { nEmp: number; nWo: number; nJl: number }): Record<string, unknown> {
  const k = i % PX_BASE.time_entries;
  const day = 600 + (Math.floor(i / 4) % 300);
  const zi = i % 3;
  const startMin = 7 * 60 + (i % 4) * 30;
  const dur = 120 + (k % 5) * 15;
  return {
    id: pxId("time_entries", i), employee_id: pxId("employees", i % ctx.nEmp), work_order_id: k % 10 === 9 ? null : pxId("work_orders", i % ctx.nWo), job_line_id: k % 3 === 0 ? pxId("job_lines", (i * 3) % ctx.nJl) : null,
    entry_type: k % 10 === 9 ? "shop" : k % 10 === 8 ? "travel" : "job", start: localDt(day, startMin, zi), end: localDt(day, startMin + dur, zi), duration_minutes: dur,
    billable: k % 10 < 8, notes: k % 7 === 0 ? "Replaced blower motor" : null, gps: k % 2 ? { lat: 30.2672, lng: -97.7431, accuracy_m: 12 } : null, approved: k % 5 !== 4,
    ...base(i, 50_000 + i * 3),
  };
}
