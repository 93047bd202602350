/** Plexus-specific named computes, predicates, post steps and cross-record passes (mapping.md §3). */
import type { RowIssue } from "../codes.ts";
import {
  htmlToText,
  isoOffsetToUtc,
  localDateTimeToUtc,
  localToUtc,
  nameKey,
  normalizeEmail,
  normalizeZip,
  parseMoney,
  personName,
  textToHtml,
  truncateName,
  countryCode,
} from "../normalize/index.ts";
import { xmlid } from "../xmlid.ts";
import type { MapContext } from "./context.ts";
import { fieldExists } from "./context.ts";
import { duplicateKeys } from "./crossrecord.ts";
import { convertCustomValue, customFieldName, customFieldOutputs, inferTtype, planCustomField, selectionOptionOutput } from "./customfields.ts";
import { getPath, isBlankValue, lookupValueMap, plannedFieldSet } from "./engine.ts";
import type { CustomField } from "./schema.ts";
import { TRANSFORMS, arg, ensure, field, ownerCell, s, slug } from "./transforms.ts";
import type { MapOutput, PostFn, PredicateFn, PrepassFn, RowState, RuleFn, RuleResult } from "./types.ts";
import { flag } from "./types.ts";
import { passesChecks } from "./computes-planplus.ts";

type Obj = Record<string, unknown>;

function o(v: unknown): Obj | null {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : null;
}

const X = (ctx: MapContext, object: string, id: string, suffix?: string): string => xmlid(ctx.source, object, id, suffix);

export const DEFAULT_PROJECT = "ferry_plexus.plexus_project_default";

export function defaultProjectOutput(): MapOutput {
  return { model: "project.project", xmlid: DEFAULT_PROJECT, role: "ensure", matchBy: [], values: { name: "Plexus – Unassigned work", allow_timesheets: "1" } };
}

/** Stages of §5.1 as ensure outputs (created once, linked to every Plexus project). */
export function plexusStageOutputs(ctx: MapContext): MapOutput[] {
  const vm = ctx.doc.valueMaps["wo_status"];
  return (vm?.rows ?? []).map((r) => ({
    model: "project.task.type",
    xmlid: `ferry_plexus.${r.values["xmlid"] ?? ""}`,
    role: "ensure" as const,
    matchBy: [],
    values: { name: r.values["stage"] ?? "", sequence: r.values["sequence"] ?? "10", fold: r.values["fold"] ?? "0" },
  }));
}

function hasPrimary(pc: Obj | null): boolean {
  return pc !== null && [pc["first_name"], pc["last_name"], pc["email"]].some((v) => !isBlankValue(v));
}

function isOrg(data: Obj): boolean {
  return s(data["company_name"]) !== null;
}

/** Address parts compared after trim/case-fold, zip() and country() (§3.3). */
function addrKey(a: Obj | null, defaultCountry: string): string {
  if (!a) return "";
  const cc = countryCode(s(a["country"]) ?? defaultCountry) ?? "";
  const zipRaw = a["postal_code"];
  const zip = normalizeZip(typeof zipRaw === "number" ? zipRaw : s(zipRaw), cc, defaultCountry) ?? "";
  return [a["line1"], a["line2"], a["city"], a["state"]].map((x) => nameKey(s(x))).concat([zip.toLowerCase(), cc]).join("|");
}

/** Plexus custom fields of one record → cells, notes, flags (§3.12). */
function customValues(state: RowState, appliesTo: string, model: string): RuleResult {
  const ctx = state.ctx;
  const cfs = o(getPath(state.record.data, "custom_fields")) ?? {};
  const defs = ctx.index.rows.get("custom_field_definitions") ?? new Map<string, Obj>();
  const byKey = new Map<string, Obj>();
  for (const d of defs.values()) if (s(d["applies_to"]) === appliesTo && s(d["key"])) byKey.set(s(d["key"])!, d);
  const out: RuleResult = { cells: {}, notes: [], issues: [], pre: [], post: [] };
  const extra: string[] = [];
  for (const [key, val] of Object.entries(cfs)) {
    if (isBlankValue(val)) continue;
    const def = byKey.get(key);
    if (!def) {
      extra.push(`${key}: ${typeof val === "object" ? JSON.stringify(val) : String(val)}`);
      out.issues!.push(flag("custom_field_undefined", `custom field ${key} has no definition`, `custom_fields.${key}`, val));
      continue;
    }
    const name = customFieldName("x_plexus_", key);
    const cf = ctx.customFields.get(`${model}.${name}`);
    if (!cf) continue;
    const c = convertCustomValue(cf, val);
    if (!c.ok) {
      out.cells![name] = "";
      out.notes!.push(`${s(def["label"]) ?? key}: ${c.raw}`);
      out.issues!.push(flag("custom_value_invalid", `custom value for ${key} is not a ${cf.ttype}`, `custom_fields.${key}`, c.raw));
      continue;
    }
    out.cells![name] = c.value;
    const drift = ctx.index.getPass<string[]>("custom_drift_values", `${model}.${name}`);
    if (!("newOption" in c) && drift?.includes(c.value)) {
      // option added at schema time (px_custom_drift) because records use it: still a review flag
      out.issues!.push(flag("custom_value_not_in_options", `"${String(val)}" is not among the options of ${key}; option added`, `custom_fields.${key}`, val));
    }
    if ("newOption" in c) {
      cf.selection = [...(cf.selection ?? []), c.newOption];
      out.pre!.push(selectionOptionOutput(ctx, cf, c.newOption[0], c.newOption[1], cf.selection.length * 10)); // before the record that uses it
      out.issues!.push(flag("custom_value_not_in_options", `"${c.newOption[1]}" added to the options of ${key}`, `custom_fields.${key}`, val));
    }
  }
  if (extra.length) out.cells!["x_plexus_custom_extra"] = extra.join("\n");
  return out;
}

function employeeUser(ctx: MapContext, employeeId: string): number | null {
  return ctx.index.getPass<number | null>("employee_user", employeeId) ?? null;
}

function woProjectXmlid(ctx: MapContext, woId: string): string {
  const wo = ctx.index.row("work_orders", woId);
  const g = wo ? s(wo["group_id"]) : null;
  return g && ctx.index.isLoaded("work_order_groups", g) ? X(ctx, "wog", g) : DEFAULT_PROJECT;
}

/** Exact decimal percent of an amount discount (§3.10): pct = amount × 100 ÷ (qty × price), 2 decimals half-up. */
export function discountPercent(amount: number, qty: number, price: number): { pct: string; rounded: boolean } | null {
  const scale = (n: number): [bigint, number] => {
    const t = n.toString();
    if (/e/i.test(t)) return [BigInt(Math.round(n * 1e6)), 6];
    const [i, f = ""] = t.split(".");
    return [BigInt(`${i}${f}`), f.length];
  };
  const [a, ae] = scale(amount);
  const [q, qe] = scale(qty);
  const [p, pe] = scale(price);
  const den = q * p;
  if (den === 0n) return null;
  // pct = a/10^ae * 100 / (den / 10^(qe+pe)) = a * 100 * 10^(qe+pe) / (den * 10^ae); compute ×10^12 for inspection
  const exp = qe + pe - ae;
  let num = a * 100n * 10n ** 12n;
  let d = den;
  if (exp >= 0) num *= 10n ** BigInt(exp);
  else d *= 10n ** BigInt(-exp);
  const neg = num < 0n !== d < 0n;
  if (num < 0n) num = -num;
  if (d < 0n) d = -d;
  const scaled = num / d; // pct × 10^12 (truncated)
  const exact = num % d === 0n && scaled % 10n ** 10n === 0n;
  const cents = (scaled + 5n * 10n ** 9n) / 10n ** 10n; // half-up to 2 decimals
  const str = `${neg ? "-" : ""}${cents / 100n}.${(cents % 100n).toString().padStart(2, "0")}`;
  return { pct: str.replace(/\.?0+$/, "") || "0", rounded: !exact };
}

export const PLEXUS_RULES: Record<string, RuleFn> = {
  // ---------- employees §3.2
  px_employee_user: (input) => {
    const ctx = input.state.ctx;
    const d = input.state.record.data;
    let uid: number | null = null;
    const uref = s(d["user_id"]);
    if (uref) {
      const su = ctx.owners.sourceUserById(uref);
      const u = su?.email ? ctx.owners.odooUser(su.email) : undefined;
      if (u) uid = u.id;
    }
    if (uid === null) {
      const e = normalizeEmail(s(d["email"])).email;
      const u = e ? ctx.owners.odooUser(e) : undefined;
      if (u) uid = u.id;
    }
    const taken = uid !== null ? ctx.index.getPass<string>("odoo_user_employee", String(uid)) : undefined;
    if (uid === null || (taken !== undefined && taken !== input.state.record.id)) {
      ctx.index.setPass("employee_user", input.state.record.id, null);
      return { value: null, issues: [flag("employee_user_unmatched", uid === null ? "no Odoo user for this employee" : `Odoo user already linked to employee ${taken ?? ""}`, "user_id")] };
    }
    ctx.index.setPass("odoo_user_employee", String(uid), input.state.record.id);
    ctx.index.setPass("employee_user", input.state.record.id, uid);
    return { value: String(uid) };
  },
  px_employee_active: (input) => {
    const d = input.state.record.data;
    const active = d["active"] !== false && s(d["termination_date"]) === null;
    return { value: active ? "1" : "0", cells: { departure_date: active ? "" : (s(d["termination_date"]) ?? "") } };
  },
  px_prevailing_wage: (input) => {
    const v = s(input.values[0]);
    if (v === null && input.values[0] !== true) return { value: v };
    return { value: v, issues: [flag("prevailing_wage_not_migrated", "prevailing-wage data is not migrated", arg(input, "field", "prevailing_wage_classification"), input.values[0])] };
  },
  px_department: (input) => {
    const v = s(input.values[0]);
    if (v === null) return { value: null };
    const e = ensure(input.state.ctx, "hr.department", "department", v);
    return { value: e.xmlid, pre: [e] };
  },
  // ---------- customers §3.3
  px_customer_is_company: (input) => ({ value: isOrg(input.state.record.data) ? "1" : "0" }),
  px_customer_name: (input) => {
    const d = input.state.record.data;
    const pc = o(d["primary_contact"]);
    let name: string;
    if (isOrg(d)) name = (s(d["company_name"]) ?? "").replace(/\s+/g, " ");
    else {
      name = personName(s(pc?.["first_name"]), null, s(pc?.["last_name"]), null);
      if (name === "") name = normalizeEmail(s(pc?.["email"])).email ?? s(pc?.["email"]) ?? "";
    }
    const t = truncateName(name);
    return t.truncated ? { value: t.name, prepend: [name], issues: [flag("text_truncated", "name longer than 250 characters", "company_name")] } : { value: t.name };
  },
  px_primary_name: (input) => {
    const pc = o(input.state.record.data["primary_contact"]);
    let name = personName(s(pc?.["first_name"]), null, s(pc?.["last_name"]), null);
    if (name === "") name = normalizeEmail(s(pc?.["email"])).email ?? s(pc?.["email"]) ?? "";
    return { value: truncateName(name).name };
  },
  px_tax_exempt: (input) => {
    const ctx = input.state.ctx;
    const exempt = input.values[0] === true || String(input.values[0]).toLowerCase() === "true";
    const fp = ctx.settings.exemptFiscalPositionId;
    if (exempt && fp) return { value: String(fp), cells: { x_plexus_tax_exempt: "1" } };
    return { value: undefined, cells: { x_plexus_tax_exempt: exempt ? "1" : "0" } };
  },
  px_tax_code_text: (input) => {
    const id = s(input.values[0]);
    if (id === null) return { value: null };
    const row = input.state.ctx.index.row("tax_codes", id);
    return { value: row ? (s(row["code"]) ?? id) : id };
  },
  px_price_catalog: (input) => {
    const v = s(input.values[0]);
    return v === null ? { value: null } : { value: v, issues: [flag("price_catalog_not_migrated", `price catalog ${v} is not migratable`, "price_catalog_id", v)] };
  },
  px_custom_fields: (input) => customValues(input.state, arg(input, "appliesTo", "customer"), arg(input, "model", "res.partner")),
  px_email_duplicate: (input) =>
    input.state.ctx.index.getPass<boolean>("customer_email_dup", input.state.record.id)
      ? { issues: [flag("email_duplicate", "primary e-mail shared with another loaded customer", "primary_contact.email", s(input.values[0]))] }
      : {},
  px_delivery_name: (input) => {
    const a = o(input.values[0]);
    const city = s(a?.["city"]);
    return { value: city ? `Service site – ${city}` : "Service site" };
  },
  px_parent_customer: (input) => ({ value: X(input.state.ctx, "customer", input.state.record.id) }),
  // ---------- customer contacts §3.4
  px_contact_name: (input) => {
    const [f, l, e] = input.values.map(s);
    const n = personName(f, null, l, null);
    return { value: truncateName(n === "" ? (normalizeEmail(e).email ?? e ?? "") : n).name };
  },
  px_contact_type: (input) => {
    const role = nameKey(s(input.values[0]));
    return { value: role === "billing" ? "invoice" : "contact" };
  },
  px_contact_address: (input) => {
    const d = input.state.record.data;
    const role = nameKey(s(d["role"]));
    if (role !== "billing") return {};
    const own = o(d["address"]);
    const cust = input.state.ctx.index.row("customers", s(d["customer_id"]) ?? "");
    const a = own ?? o(cust?.["billing_address"]);
    if (!a) return {};
    const fn = TRANSFORMS["address"];
    return fn ? fn({ ...input, values: [a] }) : {};
  },
  // ---------- work order groups §3.5
  px_wog_name: (input) => {
    const [code, name] = input.values.map(s);
    return { value: truncateName([code, name].filter(Boolean).join(" · ")).name };
  },
  px_project_stages: (input) => {
    const stages = plexusStageOutputs(input.state.ctx);
    return { value: stages.map((x) => x.xmlid).join(","), pre: stages };
  },
  // ---------- work orders §3.6
  px_wo_name: (input) => {
    const [num, sum] = input.values.map(s);
    const full = `${num ?? ""} – ${sum ?? ""}`;
    const t = truncateName(full);
    return t.truncated ? { value: t.name, prepend: [full], issues: [flag("text_truncated", "name longer than 250 characters", "summary")] } : { value: t.name };
  },
  px_wo_project: (input) => {
    const ctx = input.state.ctx;
    const g = s(input.values[0]);
    if (g === null) return { value: DEFAULT_PROJECT, pre: [defaultProjectOutput()] };
    if (ctx.index.isLoaded("work_order_groups", g)) return { value: X(ctx, "wog", g) };
    return { value: DEFAULT_PROJECT, pre: [defaultProjectOutput()], issues: [flag("orphan_reference", `work order group ${g} not ${ctx.index.isKnown("work_order_groups", g) ? "loaded" : "in the export"}`, "group_id", g)] };
  },
  px_wo_stage: (input) => {
    const r = lookupValueMap(input.state.ctx, "wo_status", input.values[0]);
    const out: RuleResult = { value: `ferry_plexus.${r.values?.["xmlid"] ?? "plexus_stage_new"}`, cells: { state: r.values?.["value"] ?? "01_in_progress" }, pre: plexusStageOutputs(input.state.ctx) };
    if (r.issue) out.issues = [{ ...r.issue, field: "status" }];
    return out;
  },
  px_wo_priority: (input) => {
    const r = lookupValueMap(input.state.ctx, "wo_priority", input.values[0]);
    const out: RuleResult = { value: r.values?.["value"] ?? "0" };
    const tag = r.values?.["tag"];
    if (tag) {
      const e = ensure(input.state.ctx, "project.tags", "tag", tag);
      out.pre = [e];
      out.cells = { "tag_ids/id": e.xmlid };
    }
    if (r.issue) out.issues = [{ ...r.issue, field: "priority" }];
    return out;
  },
  px_wo_assignees: (input) => {
    const ctx = input.state.ctx;
    const ids = Array.isArray(input.values[0]) ? (input.values[0] as unknown[]).map((x) => String(x)) : [];
    const users: string[] = [];
    const names: string[] = [];
    const issues: RowIssue[] = [];
    for (const id of ids) {
      const emp = ctx.index.row("employees", id);
      if (!emp) {
        issues.push(flag("orphan_reference", `employee ${id} is not in the export`, "assigned_employee_ids", id));
        continue;
      }
      const uid = employeeUser(ctx, id);
      if (uid !== null && !users.includes(String(uid))) users.push(String(uid));
      else if (uid === null) names.push(s(emp["display_name"]) ?? personName(s(emp["first_name"]), null, s(emp["last_name"]), null));
    }
    return { value: users.join(","), cells: { x_plexus_assignees: names.join(", ") }, issues };
  },
  /** scheduled start/end; when the work order has none, the earliest/latest confirmed schedule (§3.8). */
  px_wo_window: (input) => {
    const ctx = input.state.ctx;
    const which = arg(input, "which", "start");
    const v = s(input.values[0]);
    let utc: string | null = null;
    const issues: RowIssue[] = [];
    if (v !== null) {
      const r = localDateTimeToUtc(v, ctx.settings.tenantTimeZone);
      if (r) {
        utc = r.utc;
        for (const f of r.flags) issues.push(flag(f, `${f} for ${which}`, which === "start" ? "scheduled_start" : "scheduled_end", v));
      } else issues.push(flag("invalid_date", `unusable date-time "${v}"`, which === "start" ? "scheduled_start" : "scheduled_end", v));
    } else {
      utc = ctx.index.getPass<string>(which === "start" ? "wo_sched_start" : "wo_sched_end", input.state.record.id) ?? null;
    }
    return { value: utc, issues };
  },
  px_service_address_text: (input) => {
    const a = o(input.values[0]);
    if (!a) return { value: null };
    const lines = [s(a["line1"]), s(a["line2"]), [s(a["city"]), s(a["state"]), s(a["postal_code"] as string)].filter(Boolean).join(" "), s(a["country"])].filter((x) => x);
    return { value: lines.join("\n") };
  },
  /** completed_at → date_end as a follow-up update: project.task create/write with a stage sets date_end itself (now in a folded stage). */
  px_wo_date_end: (input) => {
    const v = s(input.values[0]);
    const utc = v === null ? null : isoOffsetToUtc(v);
    if (!utc) return {};
    return { post: [{ model: "project.task", xmlid: X(input.state.ctx, "wo", input.state.record.id), role: "update", values: { date_end: utc } }] };
  },
  px_wo_notes: (input) => {
    const ctx = input.state.ctx;
    const notes = Array.isArray(input.values[0]) ? (input.values[0] as unknown[]) : [];
    const post: MapOutput[] = [];
    const task = X(ctx, "wo", input.state.record.id);
    const fallbackPartner = ctx.owners.fallback?.partnerId;
    for (const n of notes) {
      const note = o(n);
      if (!note || s(note["id"]) === null) continue;
      const author = ctx.owners.byUserId(note["author_user_id"]);
      const su = s(note["author_user_id"]) ? ctx.owners.sourceUserById(s(note["author_user_id"])!) : undefined;
      const odoo = su?.email ? ctx.owners.odooUser(su.email) : undefined;
      let body = textToHtml(String(note["body"] ?? ""));
      if (s(note["visibility"]) === "customer") body = `<p>[Customer-visible in Plexus]</p>${body}`;
      let authorId = odoo?.partnerId;
      if (authorId === undefined) {
        authorId = fallbackPartner;
        if (su || author.sourceRef) body = `<p>Originally by ${su?.name ?? author.sourceRef ?? "unknown"}</p>${body}`;
      }
      post.push({
        model: "mail.message",
        xmlid: X(ctx, "wo_note", s(note["id"])!),
        values: {
          model: "project.task",
          message_type: "comment",
          "subtype_id/id": "mail.mt_note",
          body,
          date: isoOffsetToUtc(s(note["created_at"])) ?? "",
          ...(authorId !== undefined ? { "author_id/.id": String(authorId) } : {}),
        },
        refs: [{ column: "res_id", xmlid: task }],
      });
    }
    return { post };
  },
  // ---------- job lines §3.7
  px_jl_fields: (input) => {
    const ctx = input.state.ctx;
    const d = input.state.record.data;
    const wo = s(d["work_order_id"]) ?? "";
    const qty = typeof d["quantity"] === "number" ? d["quantity"] : parseMoney(s(d["quantity"]))?.amount;
    const up = d["unit_price"];
    const m = typeof up === "number" ? { amount: up } : parseMoney(s(up));
    const issues: RowIssue[] = [];
    if (!m) issues.push(flag("invalid_amount", `unparseable unit price "${String(up)}"`, "unit_price", up));
    if (d["prevailing_wage"] === true) issues.push(flag("prevailing_wage_not_migrated", "prevailing-wage labor line", "prevailing_wage", true));
    return {
      value: X(ctx, "wo", wo),
      cells: {
        "project_id/id": woProjectXmlid(ctx, wo),
        name: truncateName(s(d["description"]) ?? "").name,
        allocated_hours: nameKey(s(d["unit"])) === "hr" && qty !== undefined ? String(qty) : "0",
        x_plexus_billable: d["billable"] === true ? "1" : "0",
        x_plexus_unit_price: String(m?.amount ?? 0),
      },
      issues,
    };
  },
  // ---------- schedules §3.8
  px_sched_name: (input) => {
    const ctx = input.state.ctx;
    const d = input.state.record.data;
    const t = nameKey(s(d["schedule_type"]));
    const wo = s(d["work_order_id"]);
    const num = wo ? (s(ctx.index.row("work_orders", wo)?.["number"]) ?? wo) : "";
    if (t === "soft_reservation") return { value: `Reserved – ${num}` };
    if (t === "blocked_time") return { value: s(d["notes"]) ?? "Blocked time" };
    const emp = s(d["employee_id"]) ? ctx.index.row("employees", s(d["employee_id"])!) : undefined;
    const en = emp ? (s(emp["display_name"]) ?? personName(s(emp["first_name"]), null, s(emp["last_name"]), null)) : "";
    return { value: truncateName([num, en].filter(Boolean).join(" – ")).name };
  },
  px_sched_times: (input): RuleResult => {
    const ctx = input.state.ctx;
    const d = input.state.record.data;
    const zone = s(d["time_zone"]) ?? ctx.settings.tenantTimeZone;
    const start = s(d["start"]);
    const end = s(d["end"]);
    if (d["all_day"] === true) {
      const sd = start?.slice(0, 10) ?? "";
      const ed = end?.slice(0, 10) ?? sd;
      const last = new Date(`${ed}T00:00:00Z`);
      last.setUTCDate(last.getUTCDate() - 1);
      const stop = last.toISOString().slice(0, 10) < sd ? sd : last.toISOString().slice(0, 10);
      // Odoo's own all-day convention: start 08:00 / stop 18:00 on the first / last day (dates drive the display)
      return { cells: { allday: "1", start_date: sd, stop_date: stop, start: `${sd} 08:00:00`, stop: `${stop} 18:00:00` } };
    }
    const a = start ? localDateTimeToUtc(start, zone) : null;
    const b = end ? localDateTimeToUtc(end, zone) : null;
    if (!a || !b) return { reject: { code: "invalid_required_value", message: "unparseable schedule start/end", field: a ? "end" : "start" } };
    const issues = [...a.flags, ...b.flags].map((f) => flag(f, f, "start"));
    return { cells: { allday: "0", start: a.utc, stop: b.utc }, issues };
  },
  px_sched_people: (input): RuleResult => {
    const ctx = input.state.ctx;
    const id = s(input.values[0]);
    if (id === null) return { value: undefined, issues: [flag("schedule_unassigned", "no employee (soft reservation)", "employee_id")] };
    if (!ctx.index.isKnown("employees", id) || !ctx.index.isLoaded("employees", id)) return { issues: [flag("orphan_reference", `employee ${id} not loaded`, "employee_id", id)] };
    const uid = employeeUser(ctx, id);
    return { cells: uid !== null ? { "user_id/.id": String(uid) } : {}, refs: [{ column: "partner_ids", xmlid: X(ctx, "employee", id), field: "work_contact_id", many: true }] };
  },
  px_sched_link: (input) => {
    const ctx = input.state.ctx;
    const wo = s(input.values[0]);
    if (wo === null) return {};
    if (!ctx.index.isLoaded("work_orders", wo)) return { issues: [flag("orphan_reference", `work order ${wo} not loaded`, "work_order_id", wo)] };
    return { cells: { "res_model_id/id": "project.model_project_task" }, refs: [{ column: "res_id", xmlid: X(ctx, "wo", wo) }] };
  },
  px_sched_show_as: (input) => {
    if (nameKey(s(field(input, "schedule_type"))) === "soft_reservation") return { value: "free" };
    const r = lookupValueMap(input.state.ctx, "schedule_status", input.values[0]);
    return { value: r.values?.["value"] ?? "busy", ...(r.issue ? { issues: [{ ...r.issue, field: "status" }] } : {}) };
  },
  // ---------- time entries §3.9
  px_time_entry: (input) => {
    const ctx = input.state.ctx;
    const d = input.state.record.data;
    const emp = s(d["employee_id"]) ?? "";
    const user = (() => {
      const e = ctx.index.row("employees", emp);
      const u = e && s(e["user_id"]) ? ctx.owners.sourceUserById(s(e["user_id"])!) : undefined;
      return u;
    })();
    const zone = user?.timeZone ?? ctx.settings.tenantTimeZone;
    const a = localDateTimeToUtc(s(d["start"]), zone);
    const b = localDateTimeToUtc(s(d["end"]), zone);
    if (!a || !b) return { reject: { code: "invalid_required_value", message: "unparseable start/end", field: a ? "end" : "start" } };
    const minutes = typeof d["duration_minutes"] === "number" ? d["duration_minutes"] : Number(s(d["duration_minutes"]));
    const span = (Date.parse(`${b.utc.replace(" ", "T")}Z`) - Date.parse(`${a.utc.replace(" ", "T")}Z`)) / 60000;
    if (span <= 0 && !(minutes > 0)) return { reject: { code: "invalid_required_value", message: "end ≤ start and duration ≤ 0", field: "end" } };
    const issues: RowIssue[] = [];
    for (const f of new Set([...a.flags, ...b.flags])) issues.push(flag(f, `${f} (zone ${zone})`, "start", s(d["start"])));
    if (Number.isFinite(minutes) && Math.abs(minutes - span) > 1) issues.push(flag("duration_mismatch", `duration ${minutes} min vs end − start ${span} min`, "duration_minutes", minutes));
    const hours = Number.isFinite(minutes) ? Math.round((minutes / 60) * 10000) / 10000 : 0;
    const cells: Record<string, string> = { date: a.localDate, unit_amount: String(hours), x_plexus_start: a.utc, x_plexus_end: b.utc };
    const jobLine = s(d["job_line_id"]);
    // An entry booked on a job line belongs to that line's work order even when work_order_id is blank.
    const wo = s(d["work_order_id"]) ?? (jobLine !== null ? s(ctx.index.row("job_lines", jobLine)?.["work_order_id"]) : null);
    const pre: MapOutput[] = [];
    if (wo === null) {
      cells["project_id/id"] = DEFAULT_PROJECT;
      pre.push(defaultProjectOutput());
    } else if (!ctx.index.isLoaded("work_orders", wo)) {
      cells["project_id/id"] = DEFAULT_PROJECT;
      pre.push(defaultProjectOutput());
      issues.push(flag("orphan_reference", `work order ${wo} not loaded`, "work_order_id", wo));
    } else {
      cells["project_id/id"] = woProjectXmlid(ctx, wo);
      if (cells["project_id/id"] === DEFAULT_PROJECT) pre.push(defaultProjectOutput());
      cells["task_id/id"] = jobLine && ctx.index.getPass<boolean>("job_line_subtask", jobLine) ? X(ctx, "job_line", jobLine) : X(ctx, "wo", wo);
    }
    return { cells, issues, pre };
  },
  // ---------- quotes §3.10
  px_quote_partners: (input) => {
    const ctx = input.state.ctx;
    const cid = s(input.values[0]) ?? "";
    const main = X(ctx, "customer", cid);
    const inv = ctx.index.getPass<string>("customer_invoice_child", cid);
    const del = ctx.index.getPass<string>("customer_delivery_child", cid);
    return { cells: { "partner_invoice_id/id": inv ?? main, "partner_shipping_id/id": del ?? main } };
  },
  px_quote_date: (input) => {
    const v = s(input.values[0]);
    if (v === null) return { value: null };
    return { value: localToUtc(v, "09:00", input.state.ctx.settings.tenantTimeZone)?.utc ?? null };
  },
  px_pricelist: (input) => {
    const cur = (s(input.values[0]) ?? input.state.ctx.settings.companyCurrency).toUpperCase();
    const e: MapOutput = { model: "product.pricelist", xmlid: `ferry_plexus.plexus_pricelist_${cur.toLowerCase()}`, role: "ensure", matchBy: ["currency_id"], values: { name: `Plexus ${cur}`, "currency_id/id": `base.${cur}` } };
    return { value: e.xmlid, pre: [e] };
  },
  px_sale_owner: (input) => {
    const r = input.state.ctx.owners.byUserId(input.values[0]);
    if (r.userId === null && r.sourceRef === null) {
      const fb = input.state.ctx.owners.fallback;
      return { value: fb ? String(fb.id) : null };
    }
    return ownerCell(r, "owner_user_id");
  },
  px_quote_fiscal: (input) => {
    const ctx = input.state.ctx;
    const cust = ctx.index.row("customers", s(input.values[0]) ?? "");
    const fp = ctx.settings.exemptFiscalPositionId;
    return { value: cust?.["tax_exempt"] === true && fp ? String(fp) : undefined };
  },
  px_quote_totals: (input) => {
    const d = input.state.record.data;
    input.state.document = { number: d["number"], subtotal: d["subtotal"], tax_total: d["tax_total"], total: d["total"] };
    return {};
  },
  // ---------- quote lines
  px_ql_product: (input) => {
    const d = input.state.record.data;
    const sku = s(d["sku"]);
    if (sku === null) {
      const e: MapOutput = { model: "product.product", xmlid: "ferry_plexus.plexus_product_generic", role: "ensure", matchBy: [], values: { name: "Plexus item", type: "service", sale_ok: "1" } };
      return { value: e.xmlid, pre: [e] };
    }
    const up = typeof d["unit_price"] === "number" ? d["unit_price"] : parseMoney(s(d["unit_price"]))?.amount;
    const e: MapOutput = {
      model: "product.product",
      xmlid: `ferry_plexus.plexus_product_${slug(sku)}`,
      role: "ensure",
      matchBy: ["default_code"],
      values: { name: sku, default_code: sku, type: /^LAB-/i.test(sku) ? "service" : "consu", sale_ok: "1", list_price: String(up ?? 0) },
    };
    return { value: e.xmlid, pre: [e] };
  },
  px_ql_discount: (input) => {
    const d = input.state.record.data;
    const disc = d["discount"];
    if (isBlankValue(disc)) return { value: "0" };
    const dv = typeof disc === "number" ? disc : Number(s(disc));
    if (nameKey(s(d["discount_type"])) === "amount") {
      const qty = typeof d["quantity"] === "number" ? d["quantity"] : Number(s(d["quantity"]));
      const up = typeof d["unit_price"] === "number" ? d["unit_price"] : (parseMoney(s(d["unit_price"]))?.amount ?? 0);
      const r = discountPercent(dv, qty, up);
      if (!r) return { value: "0" };
      return { value: r.pct, ...(r.rounded ? { issues: [flag("discount_rounded", `amount discount ${dv} is ${r.pct} % after rounding`, "discount", dv)] } : {}) };
    }
    return { value: String(dv) };
  },
  px_ql_tax: (input) => {
    const ctx = input.state.ctx;
    const id = s(input.values[0]);
    if (id === null) return { value: "" };
    const tax = ctx.settings.taxMap?.[id];
    if (tax === undefined) return { value: "", issues: [flag("tax_unmapped", `tax code ${id} is not mapped to exactly one Odoo tax`, "tax_code_id", id)] };
    return { value: String(tax) };
  },
  px_times_ten: (input) => {
    const n = Number(input.values[0]);
    return { value: Number.isFinite(n) ? String(n * 10) : "10" };
  },
  // ---------- expenses §3.11
  px_expense_product: (input) => {
    const ctx = input.state.ctx;
    const d = input.state.record.data;
    const isCategory = input.state.om.object === "expense_categories";
    const cid = isCategory ? null : s(d["category_id"]);
    const row = cid ? ctx.index.row("expense_categories", cid) : undefined;
    const code = isCategory ? s(d["code"]) : ((row ? s(row["code"]) : null) ?? s(d["category"]));
    const r = lookupValueMap(ctx, "expense_category", code);
    const dc = r.values?.["value"] ?? "EXP-OTHER";
    const name = r.values?.["name"] ?? "Other expenses";
    const e: MapOutput = {
      model: "product.product",
      xmlid: `ferry_plexus.plexus_expense_product_${slug(dc.replace(/^EXP-/, ""))}`,
      role: "ensure",
      matchBy: ["default_code"],
      values: { name, default_code: dc, can_be_expensed: "1", standard_price: "0", type: "service" },
    };
    const out: RuleResult = { value: e.xmlid, pre: [e] };
    if (r.issue) out.issues = [{ ...r.issue, field: "category" }];
    if (!isCategory && s(d["description"]) === null) out.cells = { name };
    return out;
  },
  px_expense_amount: (input): RuleResult => {
    const v = input.values[0];
    if (isBlankValue(v)) return { reject: { code: "missing_required", message: "amount is blank", field: "amount" } };
    const m = typeof v === "number" ? { amount: v } : parseMoney(s(v));
    if (!m) return { reject: { code: "invalid_required_value", message: `unparseable amount "${String(v)}"`, field: "amount" } };
    const ctx = input.state.ctx;
    const model = input.draft?.model ?? "hr.expense";
    const planned = plannedFieldSet(ctx);
    if (fieldExists(ctx.profile, model, "total_amount_currency", planned)) return { cells: { total_amount_currency: String(m.amount), quantity: "1" } };
    if (fieldExists(ctx.profile, model, "unit_amount", planned)) return { cells: { unit_amount: String(m.amount), quantity: "1" } };
    throw new Error("schema: hr.expense has neither total_amount_currency nor unit_amount");
  },
  px_expense_description: (input) => {
    const d = input.state.record.data;
    const q = d["quantity"];
    const parts: string[] = [];
    if (!isBlankValue(q)) parts.push(`${String(q)} miles`);
    return { value: parts.join("\n") || null };
  },
  px_expense_analytic: (input) => {
    const ctx = input.state.ctx;
    const wo = s(input.values[0]);
    if (wo === null) return {};
    if (!ctx.index.isLoaded("work_orders", wo)) return { issues: [flag("orphan_reference", `work order ${wo} not loaded`, "work_order_id", wo)] };
    return { refs: [{ column: "analytic_distribution", xmlid: woProjectXmlid(ctx, wo), field: "account_id", format: "analytic_distribution" }] };
  },
  /** Expense currency (§3.11): kept as entered; a foreign currency without an Odoo rate is flagged. */
  px_currency: (input) => {
    const ctx = input.state.ctx;
    const c = (s(input.values[0]) ?? ctx.settings.companyCurrency).toUpperCase();
    const out: RuleResult = { value: `base.${c}` };
    if (c !== ctx.settings.companyCurrency.toUpperCase() && ctx.settings.rates?.[c] === undefined) {
      out.issues = [flag("currency_not_converted", `no ${c} rate in Odoo; amount kept as entered`, "currency", c)];
    }
    return out;
  },
  // ---------- attachments §3.13
  px_attachment_parent: (input) => {
    const ctx = input.state.ctx;
    const d = input.state.record.data;
    const type = nameKey(s(d["parent_type"]));
    const pid = s(d["parent_id"]) ?? "";
    const spec: Record<string, [string, string, string]> = {
      customer: ["customers", "res.partner", "customer"],
      work_order: ["work_orders", "project.task", "wo"],
      quote: ["quotes", "sale.order", "quote"],
      expense: ["expenses", "hr.expense", "expense"],
    };
    const sp = spec[type];
    if (!sp || !ctx.index.isKnown(sp[0], pid)) return { reject: { code: "orphan_reference", message: `${type} ${pid} is not in the export`, field: "parent_id" } };
    if (!ctx.index.isLoaded(sp[0], pid)) return { reject: { code: "parent_not_loaded", message: `${type} ${pid} was not loaded`, field: "parent_id" } };
    const bin: NonNullable<RuleResult["binary"]> = {};
    if (s(d["file_path"])) bin.path = s(d["file_path"])!;
    if (s(d["download_url"])) bin.url = s(d["download_url"])!;
    if (s(d["sha256"])) bin.sha256 = s(d["sha256"])!;
    if (typeof d["size_bytes"] === "number") bin.size = d["size_bytes"];
    return { value: sp[1], refs: [{ column: "res_id", xmlid: X(ctx, sp[2], pid) }], binary: bin };
  },
  px_attachment_description: (input) => {
    const ctx = input.state.ctx;
    const d = input.state.record.data;
    const by = s(d["uploaded_by_user_id"]);
    const who = by ? (ctx.owners.sourceUserById(by)?.name ?? by) : "unknown";
    const desc = s(d["description"]);
    const line = `Uploaded ${isoOffsetToUtc(s(d["uploaded_at"])) ?? s(d["uploaded_at"]) ?? ""} UTC by ${who}`;
    return { value: desc ? `${desc}\n${line}` : line };
  },
  px_text: (input) => {
    const v = input.values[0];
    const t = typeof v === "string" ? htmlToText(v) : "";
    return { value: t === "" ? "/" : t };
  },
};

export const PLEXUS_PREDICATES: Record<string, PredicateFn> = {
  px_deleted: (state) => state.record.data["deleted"] === true,
  px_is_org: (state) => isOrg(state.record.data),
  px_org_with_primary: (state) => isOrg(state.record.data) && hasPrimary(o(state.record.data["primary_contact"])),
  px_individual: (state) => !isOrg(state.record.data),
  px_individual_without_name: (state) => {
    if (isOrg(state.record.data)) return false;
    const pc = o(state.record.data["primary_contact"]);
    return !hasPrimary(pc);
  },
  px_has_delivery: (state) => {
    const d = state.record.data;
    const sa = o(d["service_address"]);
    if (!sa) return false;
    return addrKey(sa, state.ctx.settings.defaultCountry) !== addrKey(o(d["billing_address"]), state.ctx.settings.defaultCountry);
  },
  px_contact_blank: (state) => ["first_name", "last_name", "email"].every((k) => isBlankValue(state.record.data[k])),
  px_is_labor_subtask: (state) => {
    const mode = String(state.ctx.doc.options["jobLinesMode"] ?? "mixed");
    if (mode === "subtasks") return true;
    if (mode === "description") return false;
    return nameKey(s(state.record.data["line_type"])) === "labor";
  },
  px_schedule_cancelled: (state) => nameKey(s(state.record.data["status"])) === "cancelled",
};

export const PLEXUS_POSTS: Record<string, PostFn> = {
  px_user_validate: (state) => {
    const u = state.ctx.owners.byUserId(state.record.id);
    state.outcome = { outcome: "validated" };
    state.document = { odooUserId: u.userId, matched: !u.flags.includes("owner_unmatched"), inactive: u.flags.includes("owner_inactive") };
  },
  /** §3.3 remember children for quotes; customers' primary person for merges. */
  px_customer_children: (state) => {
    const ctx = state.ctx;
    if (state.drafts.has("delivery")) ctx.index.setPass("customer_delivery_child", state.record.id, state.drafts.get("delivery")!.xmlid);
  },
  /** §3.4 role handling: merge a primary duplicate, flag a second primary, remember billing children. */
  px_contact_role: (state) => {
    const ctx = state.ctx;
    const d = state.record.data;
    const cid = s(d["customer_id"]) ?? "";
    const role = nameKey(s(d["role"]));
    const draft = state.drafts.get("main");
    if (role === "billing" && draft && !ctx.index.getPass<string>("customer_invoice_child", cid)) ctx.index.setPass("customer_invoice_child", cid, draft.xmlid);
    if (role !== "primary") return;
    const cust = ctx.index.row("customers", cid);
    const pc = o(cust?.["primary_contact"]);
    if (!hasPrimary(pc)) return;
    const e1 = normalizeEmail(s(d["email"])).email;
    const e2 = normalizeEmail(s(pc?.["email"])).email;
    const n1 = nameKey(personName(s(d["first_name"]), null, s(d["last_name"]), null));
    const n2 = nameKey(personName(s(pc?.["first_name"]), null, s(pc?.["last_name"]), null));
    if ((e1 !== null && e1 === e2) || (n1 !== "" && n1 === n2)) {
      const target = cust && isOrg(cust) ? X(ctx, "customer", cid, "primary") : X(ctx, "customer", cid);
      state.outcome = { outcome: "merged" };
      state.ref = { model: "res.partner", xmlid: target };
      return;
    }
    state.issues.push(flag("second_primary_contact", "primary contact differs from the customer's embedded primary contact", "role"));
  },
  /** §3.7 non-subtask job lines become rows of the parent's description table (emitted by the finisher). */
  px_job_line_table: (state) => {
    const ctx = state.ctx;
    const d = state.record.data;
    const wo = s(d["work_order_id"]) ?? "";
    if (state.drafts.has("main")) {
      ctx.index.setPass("job_line_subtask", state.record.id, true);
      return;
    }
    const parsed = typeof d["unit_price"] === "number" ? d["unit_price"] : (parseMoney(s(d["unit_price"]))?.amount ?? null);
    if (parsed === null) state.issues.push(flag("invalid_amount", `unparseable unit price "${String(d["unit_price"])}"; 0 used`, "unit_price", d["unit_price"]));
    if (d["prevailing_wage"] === true) state.issues.push(flag("prevailing_wage_not_migrated", "prevailing-wage line", "prevailing_wage", true));
    const up = parsed ?? 0;
    const rows = ctx.index.getPass<string[][]>("job_line_rows", wo) ?? [];
    rows.push([String(d["line_number"] ?? ""), s(d["line_type"]) ?? "", s(d["sku"]) ?? "", s(d["description"]) ?? "", String(d["quantity"] ?? ""), s(d["unit"]) ?? "", String(up), d["billable"] === true ? "yes" : "no"]);
    ctx.index.setPass("job_line_rows", wo, rows);
    state.ref = { model: "project.task", xmlid: X(ctx, "wo", wo) };
  },
  px_custom_definition: (state) => {
    const ctx = state.ctx;
    const d = state.record.data;
    const key = s(d["key"]) ?? "";
    const model = s(d["applies_to"]) === "work_order" ? "project.task" : "res.partner";
    const ttype = inferTtype(s(d["type"]) ?? "text") ?? "char";
    const opts = Array.isArray(d["options"]) ? (d["options"] as unknown[]).map((x) => String(x)) : [];
    const name = customFieldName("x_plexus_", key);
    const drift = ctx.index.getPass<[string, string][]>("custom_drift", `${model}.${name}`) ?? [];
    const cf: CustomField = {
      model,
      name,
      ttype,
      label: s(d["label"]) ?? key,
      ...(ttype === "selection" ? { selection: [...opts.map((x) => [slug(x), x] as [string, string]), ...drift] } : {}),
    };
    planCustomField(ctx, cf);
    state.post.push(...customFieldOutputs(ctx, ctx.customFields.get(`${model}.${cf.name}`) ?? cf));
  },
  px_workflow_document: (state) => {
    state.outcome = { outcome: "documented" };
    state.document = workflowEntry(state.ctx, state.record.data);
  },
  px_tax_validate: (state) => {
    const mapped = state.ctx.settings.taxMap?.[state.record.id];
    state.outcome = { outcome: "validated" };
    state.document = { id: state.record.id, code: state.record.data["code"], rate: state.record.data["rate"], price_inclusive: state.record.data["price_inclusive"], odooTaxId: mapped ?? null, mapped: mapped !== undefined };
  },
};

const TRIGGERS: Record<string, string> = { record_created: "on_create", status_changed: "on_stage_set", field_changed: "on_create_or_write", scheduled_time: "on_time" };
const ACTIONS: Record<string, string> = {
  send_email: 'server action "Send email" (create the e-mail template first)',
  send_sms: 'server action "Send SMS" (needs IAP credits)',
  assign_user: 'server action "Update record" (responsible user)',
  set_field: 'server action "Update record"',
  create_follow_up: 'server action "Create activity"',
  webhook: 'server action "Send webhook notification"',
};

/** §3.14 one rebuild-reference entry: the rule verbatim plus an Odoo automation-rule suggestion. */
export function workflowEntry(ctx: MapContext, d: Obj): Obj {
  const trig = o(d["trigger"]) ?? {};
  const actions = Array.isArray(d["actions"]) ? (d["actions"] as unknown[]).map((a) => o(a) ?? {}) : [];
  const notes: string[] = [];
  const objVm = lookupValueMap(ctx, "workflow_object", trig["object"]);
  const model = objVm.values?.["value"] ?? null;
  if (!model) notes.push(`no Odoo model for object "${String(trig["object"])}"`);
  const ev = s(trig["event"]) ?? "";
  const trigger: Obj = { type: TRIGGERS[ev] ?? null };
  if (!TRIGGERS[ev]) notes.push(`trigger event "${ev}" has no equivalent`);
  const conds = Array.isArray(trig["conditions"]) ? (trig["conditions"] as Obj[]) : [];
  if (ev === "field_changed") trigger["trigger_fields"] = conds.map((c) => c["field"]);
  if (ev === "scheduled_time") {
    const sch = o(trig["schedule"]);
    trigger["offset_minutes"] = sch?.["offset_minutes"] ?? null;
    trigger["relative_to"] = sch?.["relative_to"] ?? null;
  }
  if (conds.length) trigger["filter"] = conds.map((c) => `${String(c["field"])} ${String(c["op"])} ${JSON.stringify(c["value"])}`).join(" AND ");
  const sugg = actions.map((a) => {
    const t = s(a["type"]) ?? "";
    if (!ACTIONS[t]) notes.push(`action "${t}" has no equivalent`);
    return { type: t, odoo: ACTIONS[t] ?? null, params: a["params"] ?? null };
  });
  return {
    id: d["id"],
    name: d["name"],
    description: d["description"] ?? null,
    enabled: d["enabled"],
    trigger: d["trigger"],
    actions: d["actions"],
    suggestion: { model, trigger, actions: sugg, notes },
  };
}

export const PLEXUS_PREPASSES: Record<string, PrepassFn> = {
  /**
   * §3.12 option drift, decided at schema time: dropdown values used by customers / work orders but missing from
   * the definition's options are appended to the field before any record is written (so no record waits for its option).
   */
  px_custom_drift: (ctx, _om, records) => {
    const scan: Record<string, string> = { customer: "customers", work_order: "work_orders" };
    for (const r of records) {
      const d = r.data;
      if (s(d["type"]) !== "dropdown" || d["deleted"] === true) continue;
      const key = s(d["key"]) ?? "";
      const appliesTo = s(d["applies_to"]) ?? "";
      const model = appliesTo === "work_order" ? "project.task" : "res.partner";
      const name = customFieldName("x_plexus_", key);
      const opts = Array.isArray(d["options"]) ? (d["options"] as unknown[]).map((x) => String(x)) : [];
      const known = new Set(opts.flatMap((x) => [nameKey(x), slug(x)]));
      const added: [string, string][] = [];
      for (const row of (ctx.index.rows.get(scan[appliesTo] ?? "") ?? new Map<string, Obj>()).values()) {
        const v = o(row["custom_fields"])?.[key];
        if (typeof v !== "string" || v.trim() === "") continue;
        if (known.has(nameKey(v)) || known.has(slug(v))) continue;
        known.add(nameKey(v));
        known.add(slug(v));
        added.push([slug(v), v.trim()]);
      }
      if (added.length) {
        ctx.index.setPass("custom_drift", `${model}.${name}`, added);
        ctx.index.setPass("custom_drift_values", `${model}.${name}`, added.map(([v]) => v));
      }
    }
  },
  /** §3.3 e-mail duplicates among loadable customers. */
  px_customer_email_dup: (ctx, om, records) => {
    const rows = records.filter((r) => passesChecks(ctx, om, r)).map((r) => ({ id: r.id, key: normalizeEmail(s(o(r.data["primary_contact"])?.["email"])).email }));
    for (const id of duplicateKeys(rows)) ctx.index.setPass("customer_email_dup", id, true);
  },
  /** §3.8 window of work orders without scheduled start/end: earliest confirmed schedule start, latest end. */
  px_wo_schedule_window: (ctx) => {
    const scheds = ctx.index.rows.get("schedules") ?? new Map<string, Obj>();
    for (const d of scheds.values()) {
      if (nameKey(s(d["status"])) !== "confirmed" || d["deleted"] === true) continue;
      const wo = s(d["work_order_id"]);
      if (!wo) continue;
      const zone = s(d["time_zone"]) ?? ctx.settings.tenantTimeZone;
      const a = localDateTimeToUtc(s(d["start"]), zone)?.utc;
      const b = localDateTimeToUtc(s(d["end"]), zone)?.utc;
      const cs = ctx.index.getPass<string>("wo_sched_start", wo);
      const ce = ctx.index.getPass<string>("wo_sched_end", wo);
      if (a && (!cs || a < cs)) ctx.index.setPass("wo_sched_start", wo, a);
      if (b && (!ce || b > ce)) ctx.index.setPass("wo_sched_end", wo, b);
    }
  },
};

/** Finisher after job lines: the HTML table of non-subtask lines appended to each parent's description. */
export function jobLineTableOutputs(ctx: MapContext): MapOutput[] {
  const out: MapOutput[] = [];
  const m = ctx.index.passes.get("job_line_rows");
  if (!m) return out;
  const esc = (x: string): string => x.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  for (const [wo, rows] of m) {
    const r = (rows as string[][]).sort((a, b) => Number(a[0]) - Number(b[0]));
    const head = ["#", "type", "SKU", "description", "qty", "unit", "unit price", "billable"];
    const table = `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${r.map((row) => `<tr>${row.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
    const woRow = ctx.index.row("work_orders", wo);
    const desc = woRow && typeof woRow["description"] === "string" && woRow["description"].trim() !== "" ? textToHtml(woRow["description"]) : "";
    out.push({ model: "project.task", xmlid: X(ctx, "wo", wo), role: "update", values: { description: desc + table } });
  }
  return out;
}

/** Finisher after employees: manager links (second pass §3.2). */
export function employeeManagerOutputs(ctx: MapContext): MapOutput[] {
  const out: MapOutput[] = [];
  for (const [id, d] of ctx.index.rows.get("employees") ?? new Map<string, Obj>()) {
    const mgr = s(d["manager_employee_id"]);
    if (!mgr || !ctx.index.isLoaded("employees", id)) continue;
    if (!ctx.index.isLoaded("employees", mgr)) continue;
    out.push({ model: "hr.employee", xmlid: X(ctx, "employee", id), role: "update", values: { "parent_id/id": X(ctx, "employee", mgr) } });
  }
  return out;
}

/** Post-check after attachments: expenses whose receipt did not load (§3.11 receipt_missing). */
export function receiptMissing(ctx: MapContext): { expenseId: string; attachmentId: string }[] {
  const out: { expenseId: string; attachmentId: string }[] = [];
  for (const [id, d] of ctx.index.rows.get("expenses") ?? new Map<string, Obj>()) {
    const att = s(d["receipt_attachment_id"]);
    if (att && ctx.index.isLoaded("expenses", id) && !ctx.index.isLoaded("attachments", att)) out.push({ expenseId: id, attachmentId: att });
  }
  return out;
}
