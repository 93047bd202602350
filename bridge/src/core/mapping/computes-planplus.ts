/**
 * PlanPlus-specific named computes, predicates, post steps and cross-record passes
 * (mapping.md §4). Mapping data files reference these by name.
 */
import {
  hostOf,
  htmlToText,
  localToUtc,
  nameKey,
  normalizeEmail,
  normalizeOneEmail,
  parseBool,
  parseMoney,
  parsePlanPlusDate,
  parsePlanPlusDateTime,
  personName,
  resolveTimeZone,
  textToHtml,
  truncateName,
} from "../normalize/index.ts";
import type { RowIssue } from "../codes.ts";
import { sha1Hex } from "../hash.ts";
import { fieldExists } from "./context.ts";
import { breakParentCycles } from "./crossrecord.ts";
import { customFieldName, convertCustomValue, inferTtype, planCustomField } from "./customfields.ts";
import type { CustomType } from "./customfields.ts";
import { lookupValueMap } from "./engine.ts";
import { parseRecurrencePattern, recurrenceProblem, startIsOccurrence } from "../normalize/recurrence.ts";
import type { CustomField } from "./schema.ts";
import { TRANSFORMS, ensure, slug } from "./transforms.ts";
import { xmlid } from "../xmlid.ts";
import type { MapContext, SourceRecord } from "./context.ts";
import { duplicateKeys, resolveCompanyLinks } from "./crossrecord.ts";
import type { CompanySummary, ContactSummary, LinkOutcome, LinkSummary, ParentResolution } from "./crossrecord.ts";
import { evalCondition, getPath } from "./engine.ts";
import type { ObjectMapping } from "./schema.ts";
import { arg, field, s } from "./transforms.ts";
import type { MapOutput, PostFn, PredicateFn, PrepassFn, RuleFn, RuleResult } from "./types.ts";
import { flag } from "./types.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Would this row pass the object's skip/reject rules? (cross-record passes consider only loadable rows) */
export function passesChecks(ctx: MapContext, om: ObjectMapping, record: SourceRecord): boolean {
  const st = { ctx, om, record, variant: null, drafts: new Map(), pre: [], post: [], issues: [] };
  for (const sk of om.skips ?? []) if (evalCondition(st, sk.when)) return false;
  for (const r of om.rejects ?? []) if (evalCondition(st, r.when)) return false;
  return true;
}

export const PLANPLUS_RULES: Record<string, RuleFn> = {
  /** §4.3 name: name_person; all blank → e-mail, else the Company text; truncate_name. */
  pp_contact_name: (input) => {
    const [first, middle, last, suffix, email, company] = input.values.map(s);
    let name = personName(first, middle, last, suffix);
    if (name === "") name = normalizeEmail(email).email ?? email ?? company ?? "";
    const t = truncateName(name);
    const out: RuleResult = { value: t.name };
    if (t.truncated) {
      out.prepend = [name];
      out.issues = [flag("text_truncated", "name longer than 250 characters", "First Name")];
    }
    return out;
  },
  /** §4.3 Prefix → title (base data xmlid); unknown → comment line (no flag). */
  pp_title: (input) => {
    const v = s(input.values[0]);
    if (v === null) return { value: null };
    const map = input.state.ctx.doc.valueMaps["partner_title"];
    const row = map?.rows.find((r) => r.match.some((m) => nameKey(m) === nameKey(v)));
    if (!row || input.column === null) return { value: null, notes: [`Prefix: ${v}`] };
    return { value: row.values["value"] ?? null };
  },
  /** §4.3 Birthday: date → x_pp_birthday; M/D without year → comment "Birthday: March 7"; invalid → invalid_date. */
  pp_birthday: (input) => {
    const v = s(input.values[0]);
    if (v === null) return { value: null };
    const md = /^(\d{1,2})\/(\d{1,2})$/.exec(v);
    if (md) {
      const m = Number(md[1]);
      const d = Number(md[2]);
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { value: null, notes: [`Birthday: ${MONTHS[m - 1]} ${d}`] };
    }
    const p = parsePlanPlusDate(v);
    if (!p) return { value: null, notes: [`Birthday: ${v}`], issues: [flag("invalid_date", `unusable birthday "${v}"`, "Birthday", v)] };
    const out: RuleResult = { value: p.date };
    if (p.dayFirst) out.issues = [flag("date_ambiguous", `"${v}" read day-first`, "Birthday", v)];
    return out;
  },
  /** §4.3 parent company from the link-resolution pass; else the Company text in company_name. */
  pp_contact_parent: (input) => {
    const ctx = input.state.ctx;
    const id = input.state.record.id;
    const res = ctx.index.getPass<ParentResolution>("contact_parent", id);
    const company = s(field(input, "Company"));
    const out: RuleResult = { cells: {} };
    if (res?.companyId) {
      out.value = xmlid("planplus", "company", res.companyId);
      out.cells!["company_name"] = "";
      if (res.by === "by_link" && res.relationship) out.cells!["x_pp_relationship"] = res.relationship;
    } else {
      out.value = null;
      out.cells!["company_name"] = company ?? "";
    }
    if (res?.flags.length) {
      out.issues = res.flags.map((f) =>
        flag(
          f,
          f === "company_inferred" && res.inference
            ? `company ${res.inference.companyId} inferred from e-mail domain ${res.inference.domain} (confidence ${res.inference.confidence})`
            : f === "multiple_company_links"
              ? `several company links; chose ${res.linkId ?? ""}`
              : `company reference ambiguous`,
          f === "company_inferred" ? "E-mail Address" : "Company",
        ),
      );
    }
    return out;
  },
  /** §4.3 email_duplicate from the pass over loaded contacts. */
  pp_email_duplicate: (input) => {
    const ctx = input.state.ctx;
    const pass = arg(input, "pass", "contact_email_dup");
    if (ctx.index.getPass<boolean>(pass, input.state.record.id)) {
      return { issues: [flag("email_duplicate", "e-mail shared with another loaded contact", "E-mail Address", s(input.values[0]))] };
    }
    return {};
  },
};

export const PLANPLUS_PREDICATES: Record<string, PredicateFn> = {
  /** Write own address unless a parent company is resolved and the contact has no own street (Odoo keeps the parent's). */
  pp_contact_writes_address: (state) => {
    const res = state.ctx.index.getPass<ParentResolution>("contact_parent", state.record.id);
    if (!res?.companyId) return true;
    return s(getPath(state.record.data, "Business Street")) !== null;
  },
  /** §4.3 all of First Name, Last Name, E-mail Address, Company blank. */
  pp_contact_missing_required: (state) =>
    ["First Name", "Last Name", "E-mail Address", "Company"].every((k) => s(getPath(state.record.data, k)) === null),
};

export const PLANPLUS_POSTS: Record<string, PostFn> = {
  /** §2 users are validated; a matched user's Mission Statement goes to x_pp_mission_statement on its partner. */
  pp_user_validate: (state) => {
    const ctx = state.ctx;
    state.outcome = { outcome: "validated" };
    const email = normalizeEmail(s(getPath(state.record.data, "E-mail Address"))).email;
    const u = email ? ctx.owners.odooUser(email) : undefined;
    const mission = getPath(state.record.data, "Mission Statement");
    const text = typeof mission === "string" && mission.trim() !== "" ? mission : null;
    state.document = { email, odooUserId: u?.id ?? null, matched: u !== undefined, active: u?.active ?? null };
    if (u && text !== null && u.partnerId !== undefined) {
      state.post.push({ model: "res.partner", xmlid: "", resId: u.partnerId, role: "update", values: { x_pp_mission_statement: text } });
    }
  },
  /** §4.4 a link row's outcome comes from the resolution pass; the chosen link points to the contact. */
  pp_link_outcome: (state) => {
    const out = state.ctx.index.getPass<LinkOutcome>("link_outcome", state.record.id);
    if (!out || out.outcome === "loaded") {
      const contact = s(getPath(state.record.data, "Contact ID")) ?? "";
      state.ref = { model: "res.partner", xmlid: xmlid("planplus", "contact", contact) };
      if (!out) {
        state.outcome = { outcome: "rejected", code: "orphan_reference" };
        state.issues.push({ code: "orphan_reference", message: "link not resolved (contacts not prepared)" });
      }
      return;
    }
    state.outcome = { outcome: out.outcome, code: out.code };
    state.issues.push({ code: out.code, message: out.message });
  },
};

function companySummaries(ctx: MapContext): CompanySummary[] {
  const rows = ctx.index.rows.get("companies") ?? new Map<string, Record<string, unknown>>();
  return [...rows.entries()].map(([id, d]) => ({
    id,
    nameKey: nameKey(s(d["Company Name"])),
    host: hostOf(s(d["Web Page"])),
    loaded: ctx.index.isLoaded("companies", id),
  }));
}

function linkSummaries(ctx: MapContext): LinkSummary[] {
  const rows = ctx.index.rows.get("contact_company_links") ?? new Map<string, Record<string, unknown>>();
  return [...rows.entries()].map(([id, d]) => {
    const prim = s(d["Is Primary"]);
    return {
      linkId: id,
      contactId: s(d["Contact ID"]) ?? "",
      companyId: s(d["Company ID"]),
      companyNameKey: s(d["Company Name"]) ? nameKey(s(d["Company Name"])) : null,
      relationship: s(d["Relationship"]),
      isPrimary: prim !== null && ["yes", "y", "true", "1", "x"].includes(prim.toLowerCase()),
      created: parsePlanPlusDateTime(s(d["Created Date"]), ctx.settings.exportTimeZone)?.utc ?? null,
    };
  });
}

export const PLANPLUS_PREPASSES: Record<string, PrepassFn> = {
  /**
   * §4.3/§4.4 over all contacts (needs companies loaded and links registered): parent per contact,
   * outcome per link, e-mail duplicates among loadable contacts.
   */
  pp_contact_parents: (ctx, om, records) => {
    const contacts: ContactSummary[] = records.map((r) => ({
      id: r.id,
      loaded: passesChecks(ctx, om, r),
      companyNameKey: s(r.data["Company"]) ? nameKey(s(r.data["Company"])) : null,
      email: normalizeEmail(s(r.data["E-mail Address"])).email,
    }));
    const opts = ctx.doc.options as { freeMailDomains?: string[]; companyInferenceMinConfidence?: number };
    const res = resolveCompanyLinks(contacts, companySummaries(ctx), linkSummaries(ctx), {
      ...(opts.freeMailDomains ? { freeMailDomains: opts.freeMailDomains } : {}),
      ...(opts.companyInferenceMinConfidence !== undefined ? { minConfidence: opts.companyInferenceMinConfidence } : {}),
    });
    for (const [id, p] of res.parents) ctx.index.setPass("contact_parent", id, p);
    for (const [id, o] of res.links) ctx.index.setPass("link_outcome", id, o);
    ctx.index.setPass("report", "parent_resolution", res.stats);
    ctx.index.setPass("report", "company_inferences", res.inferences);
    for (const id of duplicateKeys(contacts.filter((c) => c.loaded).map((c) => ({ id: c.id, key: c.email })))) ctx.index.setPass("contact_email_dup", id, true);
  },
};


// ======================================================================================
// deal stages, deals, events, projects, milestones, tasks, tickets, FAQ, custom fields, sync
// ======================================================================================

const M = "ferry_planplus";
const X = (object: string, id: string, suffix?: string): string => xmlid("planplus", object, id, suffix);

export function pipelineTeam(): MapOutput {
  return { model: "crm.team", xmlid: `${M}.planplus_team_pipeline`, role: "ensure", matchBy: ["name"], values: { name: "PlanPlus pipeline", use_opportunities: "1" } };
}
export function lostReason(): MapOutput {
  return { model: "crm.lost.reason", xmlid: `${M}.planplus_lost_reason`, role: "ensure", matchBy: ["name"], values: { name: "Lost in PlanPlus" } };
}
export function helpdeskCrmTeam(): MapOutput {
  return { model: "crm.team", xmlid: `${M}.planplus_team_helpdesk`, role: "ensure", matchBy: ["name"], values: { name: "Help Desk (migrated)", use_opportunities: "1" } };
}
export function defaultProject(): MapOutput {
  return { model: "project.project", xmlid: `${M}.planplus_project_default`, role: "ensure", matchBy: [], values: { name: "PlanPlus – Unassigned tasks", allow_timesheets: "1" } };
}

/** §5.4 task stages as ensure outputs (xmlid planplus_task_stage_<slug>). */
export function taskStageOutputs(ctx: MapContext): MapOutput[] {
  return (ctx.doc.valueMaps["task_status"]?.rows ?? []).map((r) => ({
    model: "project.task.type",
    xmlid: `${M}.planplus_task_stage_${r.values["slug"] ?? "x"}`,
    role: "ensure" as const,
    matchBy: [],
    values: { name: r.values["stage"] ?? "", sequence: r.values["sequence"] ?? "10", fold: r.values["fold"] ?? "0" },
  }));
}

interface StageInfo {
  id: string;
  name: string;
  order: number;
  probability: number | null;
  won: boolean;
  lost: boolean;
}

function stages(ctx: MapContext): StageInfo[] {
  const rows = ctx.index.rows.get("deal_stages") ?? new Map<string, Record<string, unknown>>();
  return [...rows.entries()]
    .map(([id, d]) => ({
      id,
      name: s(d["Stage Name"]) ?? id,
      order: Number(s(d["Order"]) ?? "0"),
      probability: parseMoney((s(d["Probability (%)"]) ?? "").replace(/%\s*$/, ""))?.amount ?? null,
      won: parseBool(s(d["Is Won"])) === true,
      lost: parseBool(s(d["Is Lost"])) === true,
    }))
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
}

/** Event / date helpers in a zone. */
function eventZone(ctx: MapContext, cell: string | null, organizer: string | null): { zone: string; issue?: RowIssue } {
  const z = cell ? resolveTimeZone(cell) : null;
  if (z) return { zone: z };
  const org = organizer ? normalizeEmail(organizer).email : null;
  const su = org ? ctx.owners.sourceUserByEmail(org) : undefined;
  const uz = su?.timeZone ? resolveTimeZone(su.timeZone) : null;
  const zone = uz ?? ctx.settings.exportTimeZone;
  return { zone, issue: flag("timezone_assumed", cell ? `unknown time zone "${cell}"; ${zone} used` : `no time zone; ${zone} used`, "Time Zone", cell) };
}

function addMinutes(utc: string, minutes: number): string {
  const t = new Date(`${utc.replace(" ", "T")}Z`).getTime() + minutes * 60000;
  return new Date(t).toISOString().slice(0, 19).replace("T", " ");
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Loaded companies with this name_key. */
function companiesByName(ctx: MapContext, name: string): string[] {
  return ctx.index.get("company_name", nameKey(name)).filter((id) => ctx.index.isLoaded("companies", id));
}

function companyByName(ctx: MapContext, name: string | null, fieldName: string): RuleResult {
  if (name === null) return { value: null };
  const ids = companiesByName(ctx, name);
  if (ids.length === 1) return { value: X("company", ids[0]!) };
  if (ids.length > 1) return { value: null, issues: [flag("reference_ambiguous", `${ids.length} companies named "${name}"`, fieldName, name)] };
  return { value: null, issues: [flag("orphan_reference", `no loaded company named "${name}"`, fieldName, name)] };
}

Object.assign(PLANPLUS_RULES, {
  // ---------- deal stages §4.5
  pp_stage_fields: (input) => {
    const d = input.state.record.data;
    const prob = s(d["Probability (%)"]);
    const order = Number(s(d["Order"]) ?? "0");
    const p = prob === null ? null : (parseMoney(prob.replace(/%\s*$/, ""))?.amount ?? null);
    const ctx = input.state.ctx;
    const teamCol = input.draft ? ([`team_id/id`, `team_ids/id`].find((c) => fieldExists(ctx.profile, input.draft!.model, c)) ?? "team_id/id") : "team_id/id";
    return {
      value: String(order * 10),
      cells: { requirements: p === null ? "" : `PlanPlus probability: ${p} %`, [teamCol]: `${M}.planplus_team_pipeline` },
      pre: [pipelineTeam(), lostReason()],
    };
  },
  // ---------- deals §4.6
  pp_deal: (input): RuleResult => {
    const ctx = input.state.ctx;
    const d = input.state.record.data;
    const all = stages(ctx);
    const real = all.filter((x) => !x.lost && ctx.index.isLoaded("deal_stages", x.id));
    const first = real[0];
    const issues: RowIssue[] = [];
    const stageText = s(d["Stage"]);
    const match = stageText ? real.find((x) => nameKey(x.name) === nameKey(stageText)) : undefined;
    const lostStage = stageText ? all.find((x) => x.lost && nameKey(x.name) === nameKey(stageText)) : undefined;
    const status = lookupValueMap(ctx, "deal_status", s(d["Status"]));
    if (status.issue) issues.push({ ...status.issue, field: "Status" });
    const st = status.values?.["value"] ?? "open";
    let stage: StageInfo | undefined = match;
    if (!match && !(lostStage && st === "lost")) {
      if (stageText !== null || real.length > 0) {
        ctx.index.countUnmapped("deal_stage", stageText ?? "");
        issues.push(flag("value_unmapped", `stage "${stageText ?? ""}" is not a PlanPlus stage; first stage used`, "Stage", stageText));
      }
    }
    stage ??= first;
    const cells: Record<string, string> = { type: "opportunity", "team_id/id": `${M}.planplus_team_pipeline` };
    const close = s(d["Close Date"]);
    const cd = close ? parsePlanPlusDate(close) : null;
    if (close && !cd) issues.push(flag("invalid_date", `unusable close date "${close}"`, "Close Date", close));
    if (cd?.dayFirst) issues.push(flag("date_ambiguous", `"${close}" read day-first`, "Close Date", close));
    const closedUtc = cd ? (localToUtc(cd.date, "12:00", ctx.settings.exportTimeZone)?.utc ?? "") : "";
    const probCell = s(d["Probability (%)"]);
    const prob = probCell === null ? null : (parseMoney(probCell.replace(/%\s*$/, ""))?.amount ?? null);
    if (st === "won") {
      stage = real.find((x) => x.won) ?? stage;
      Object.assign(cells, { probability: "100", date_closed: closedUtc, date_deadline: "", active: "1" });
    } else if (st === "lost") {
      Object.assign(cells, { active: "0", probability: "0", "lost_reason_id/id": `${M}.planplus_lost_reason`, date_closed: closedUtc, date_deadline: "" });
    } else {
      Object.assign(cells, { active: "1", probability: String(prob ?? stage?.probability ?? 0), date_deadline: cd?.date ?? "" });
    }
    cells["stage_id/id"] = stage ? X("stage", stage.id) : "";
    // amount
    const amountCell = s(d["Amount"]);
    const cur = (s(d["Currency"]) ?? "").toUpperCase();
    if (amountCell !== null) {
      const m = parseMoney(amountCell);
      if (!m) {
        cells["expected_revenue"] = "0";
        issues.push(flag("invalid_amount", `unparseable amount "${amountCell}"`, "Amount", amountCell));
      } else {
        const currency = (cur || m.currency || "USD").toUpperCase();
        let amount = m.amount;
        if (currency !== ctx.settings.companyCurrency.toUpperCase()) {
          const rate = ctx.settings.rates?.[currency];
          if (rate !== undefined) amount = Math.round(m.amount * rate * 100) / 100;
          else issues.push(flag("currency_not_converted", `no rate for ${currency}`, "Amount", amountCell));
          cells["x_pp_original_amount"] = `${m.amount} ${currency}`;
        } else cells["x_pp_original_amount"] = "";
        cells["expected_revenue"] = String(amount);
      }
    } else cells["expected_revenue"] = "0";
    // partner
    const cid = s(d["Contact ID"]);
    let partner: string | null = null;
    if (cid) {
      if (ctx.index.isLoaded("contacts", cid)) partner = X("contact", cid);
      else issues.push(flag("orphan_reference", `contact ${cid} ${ctx.index.isKnown("contacts", cid) ? "not loaded" : "not in the export"}`, "Contact ID", cid));
    }
    if (partner === null && s(d["Company"])) {
      const r = companyByName(ctx, s(d["Company"]), "Company");
      if (typeof r.value === "string") partner = r.value;
      else issues.push(...(r.issues ?? []));
    }
    cells["partner_id/id"] = partner ?? "";
    cells["contact_name"] = partner ? "" : (s(d["Contact Name"]) ?? "");
    cells["partner_name"] = partner ? "" : (s(d["Company"]) ?? "");
    const pre = [pipelineTeam(), lostReason()];
    const src = s(d["Lead Source"]);
    if (src) {
      const e = ensure(ctx, "utm.source", "source", src);
      pre.push(e);
      cells["source_id/id"] = e.xmlid;
    } else cells["source_id/id"] = "";
    return { cells, issues, pre };
  },
  // ---------- events §4.7
  pp_event_times: (input): RuleResult => {
    const ctx = input.state.ctx;
    const d = input.state.record.data;
    const sd = parsePlanPlusDate(s(d["Start Date"]));
    if (!sd) return { reject: { code: "invalid_required_value", message: `unparseable Start Date "${s(d["Start Date"]) ?? ""}"`, field: "Start Date" } };
    const issues: RowIssue[] = [];
    if (sd.dayFirst) issues.push(flag("date_ambiguous", "Start Date read day-first", "Start Date", s(d["Start Date"])));
    const ed = parsePlanPlusDate(s(d["End Date"]));
    if (parseBool(s(d["All Day Event"])) === true) {
      let stop = ed ? (ed.date === sd.date ? sd.date : addDays(ed.date, -1)) : sd.date;
      if (stop < sd.date) {
        stop = sd.date;
        issues.push(flag("invalid_date", "end before start; one-day event", "End Date", s(d["End Date"])));
      }
      return { cells: { allday: "1", start_date: sd.date, stop_date: stop, start: `${sd.date} 08:00:00`, stop: `${stop} 18:00:00` }, issues };
    }
    const z = eventZone(ctx, s(d["Time Zone"]), s(d["Organizer E-mail"]));
    if (z.issue) issues.push(z.issue);
    const a = localToUtc(sd.date, s(d["Start Time"]), z.zone);
    if (!a) return { reject: { code: "invalid_required_value", message: "unusable Start Date/Time", field: "Start Time" } };
    for (const f of a.flags) issues.push(flag(f, `${f} for start`, "Start Time", s(d["Start Time"])));
    const b = ed ? localToUtc(ed.date, s(d["End Time"]), z.zone) : null;
    let stop = b?.utc ?? null;
    for (const f of b?.flags ?? []) if (!issues.some((i) => i.code === f)) issues.push(flag(f, `${f} for end`, "End Time", s(d["End Time"])));
    if (stop === null || stop < a.utc) {
      stop = addMinutes(a.utc, 30);
      issues.push(flag("invalid_date", "end missing or before start; start + 30 min used", "End Date", s(d["End Date"])));
    }
    return { cells: { allday: "0", start: a.utc, stop }, issues };
  },
  pp_event_name: (input) => {
    const v = s(input.values[0]) ?? "(no subject)";
    const t = truncateName(v);
    return t.truncated ? { value: t.name, prepend: [v], issues: [flag("text_truncated", "subject longer than 250 characters", "Subject")] } : { value: t.name };
  },
  pp_event_description: (input) => {
    const d = input.state.record.data;
    const desc = typeof d["Description"] === "string" && d["Description"].trim() !== "" ? textToHtml(d["Description"]) : "";
    const rec = s(d["Recurrence Pattern"]);
    const sd = parsePlanPlusDate(s(d["Start Date"]));
    if (!rec) return { value: desc };
    const parsed = parseRecurrencePattern(rec, sd?.date ?? null);
    // Odoo 18 archives a base event whose first day is not an occurrence of its rule (sources.md B.5.1 / mapping.md §5.11 as for "Yearly on M/D")
    const offRule = parsed.ok && sd?.date ? !startIsOccurrence(parsed.fields, sd.date) : false;
    const r = parsed.ok && !offRule ? parsed.cells : null;
    const ctx = input.state.ctx;
    const needed = ["recurrency", "rrule_type", "interval", "end_type", "count", "until", "mon", "month_by", "day", "weekday", "byday"];
    const model = input.draft?.model ?? "calendar.event";
    const supported = needed.every((f) => fieldExists(ctx.profile, model, f));
    if (r && supported) return { value: desc, cells: r };
    return {
      value: desc + `<p>Recurrence (not migrated): ${rec.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`,
      issues: [flag("recurrence_unparsed", `recurrence "${rec}" ${offRule ? `does not repeat on the event's first day (${sd?.date ?? "?"}): Odoo would archive the event` : r ? "not supported by this Odoo" : `not understood (${recurrenceProblem(rec, sd?.date ?? null) ?? "?"})`}; single event`, "Recurrence Pattern", rec)],
    };
  },
  pp_event_partners: (input): RuleResult => {
    const ctx = input.state.ctx;
    const d = input.state.record.data;
    const refs: RuleResult["refs"] = [];
    const pre: MapOutput[] = [];
    const issues: RowIssue[] = [];
    const seen = new Set<string>();
    const add = (ref: { xmlid?: string; id?: number }): void => {
      const k = ref.xmlid ?? `#${ref.id ?? ""}`;
      if (seen.has(k)) return;
      seen.add(k);
      refs.push({ column: "partner_ids", many: true, ...ref });
    };
    const att = s(d["Attendees"]);
    for (const part of att ? att.split(/;/).map((x) => x.trim()).filter(Boolean) : []) {
      const e = normalizeOneEmail(part);
      if (!e) {
        issues.push(flag("email_invalid", `invalid attendee "${part}"`, "Attendees", part));
        continue;
      }
      const u = ctx.owners.odooUser(e);
      if (u?.partnerId !== undefined) {
        add({ id: u.partnerId });
        continue;
      }
      const contacts = ctx.index.get("contact_email", e).filter((id) => ctx.index.isLoaded("contacts", id)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
      if (contacts[0]) {
        add({ xmlid: X("contact", contacts[0]) });
        continue;
      }
      const existing = ctx.settings.partnersByEmail?.[e];
      if (existing !== undefined) {
        add({ id: existing });
        continue;
      }
      const display = /^(.*?)\s*<[^>]*>\s*$/.exec(part)?.[1]?.replace(/^"|"$/g, "").trim();
      const xml = `${M}.planplus_attendee_${sha1Hex(e).slice(0, 16)}`;
      pre.push({ model: "res.partner", xmlid: xml, role: "ensure", matchBy: [], values: { name: display || e, email: e } });
      add({ xmlid: xml });
    }
    const rc = s(d["Related Contact ID"]);
    if (rc) {
      if (ctx.index.isLoaded("contacts", rc)) add({ xmlid: X("contact", rc) });
      else issues.push(flag("orphan_reference", `contact ${rc} not loaded`, "Related Contact ID", rc));
    }
    return { refs, pre, issues };
  },
  /** `Private = True` → private; otherwise left empty (Odoo's default privacy of the organizer). */
  pp_privacy: (input) => ({ value: parseBool(s(input.values[0])) === true ? "private" : null }),
  // ---------- projects §4.8
  pp_project_company: (input) => companyByName(input.state.ctx, s(input.values[0]), "Company"),
  pp_project_flags: (input) => {
    const ctx = input.state.ctx;
    const stagesOut = taskStageOutputs(ctx);
    const hasMilestones = ctx.index.get("milestone_project", input.state.record.id).length > 0;
    return { cells: { allow_milestones: hasMilestones ? "1" : "0", allow_timesheets: "1", "type_ids/id": stagesOut.map((x) => x.xmlid).join(",") }, pre: stagesOut };
  },
  pp_project_summary: (input) => {
    const ctx = input.state.ctx;
    const d = input.state.record.data;
    const file = s(d["Summary File"]);
    if (!file) return {};
    const present = ctx.settings.summaryFiles;
    if (present && !present.includes(file.replace(/\\/g, "/"))) return { issues: [flag("summary_missing", `summary file ${file} is not in the export`, "Summary File", file)] };
    const id = input.state.record.id;
    return {
      post: [
        {
          model: "ir.attachment",
          xmlid: X("summary", id),
          values: { name: `${s(d["Project Name"]) ?? id} – Summary.html`, mimetype: "text/html", res_model: "project.project" },
          refs: [{ column: "res_id", xmlid: X("project", id) }],
          binary: { path: file },
        },
      ],
    };
  },
  // ---------- milestones §4.10
  pp_milestone_note: (input) => {
    const v = input.values[0];
    if (typeof v !== "string" || v.trim() === "") return {};
    const pid = s(input.state.record.data["Project ID"]) ?? "";
    return {
      post: [
        {
          model: "mail.message",
          xmlid: X("milestone_note", input.state.record.id),
          values: { model: "project.project", message_type: "comment", "subtype_id/id": "mail.mt_note", body: `<p>Milestone ${s(input.state.record.data["Milestone Name"]) ?? ""}:</p>${textToHtml(v)}` },
          refs: [{ column: "res_id", xmlid: X("project", pid) }],
        },
      ],
    };
  },
  // ---------- tasks §4.9
  pp_task_project: (input) => {
    const ctx = input.state.ctx;
    const [pidRaw, pnameRaw] = input.values.map(s);
    if (pidRaw) {
      if (ctx.index.isLoaded("projects", pidRaw)) return { value: X("project", pidRaw) };
      return { value: `${M}.planplus_project_default`, pre: [defaultProject()], issues: [flag("orphan_reference", `project ${pidRaw} not loaded`, "Project ID", pidRaw)] };
    }
    if (pnameRaw) {
      const ids = ctx.index.get("project_name", nameKey(pnameRaw)).filter((id) => ctx.index.isLoaded("projects", id));
      if (ids[0]) return { value: X("project", ids[0]) };
      return { value: `${M}.planplus_project_default`, pre: [defaultProject()], issues: [flag("orphan_reference", `no project named "${pnameRaw}"`, "Project Name", pnameRaw)] };
    }
    return { value: `${M}.planplus_project_default`, pre: [defaultProject()] };
  },
  pp_task_priority: (input) => {
    const v = s(input.values[0]);
    const r = lookupValueMap(input.state.ctx, "task_priority", v);
    const rank = v && /^[ABC][1-9]$/i.test(v) ? v.toUpperCase() : "";
    const out: RuleResult = { value: r.values?.["value"] ?? "0", cells: { x_pp_priority: r.values?.["pp"] ?? "", x_pp_priority_rank: rank } };
    if (r.issue) out.issues = [{ ...r.issue, field: "Priority" }];
    return out;
  },
  pp_task_stage: (input) => {
    const r = lookupValueMap(input.state.ctx, "task_status", input.values[0]);
    const out: RuleResult = { value: `${M}.planplus_task_stage_${r.values?.["slug"] ?? "to_do"}`, cells: { state: r.values?.["value"] ?? "01_in_progress" }, pre: taskStageOutputs(input.state.ctx) };
    if (r.issue) out.issues = [{ ...r.issue, field: "Status" }];
    return out;
  },
  pp_task_start: (input) => {
    const v = s(input.values[0]);
    if (v === null) return { value: null };
    const p = parsePlanPlusDate(v);
    if (!p) return { value: null, notes: [`Start date: ${v}`], issues: [flag("invalid_date", `unusable date "${v}"`, "Start Date", v)] };
    const issues = p.dayFirst ? [flag("date_ambiguous", `"${v}" read day-first`, "Start Date", v)] : [];
    const ctx = input.state.ctx;
    const info = input.draft && input.column ? ctx.profile.fields[input.draft.model]?.[input.column] : undefined;
    if (info?.type === "datetime") return { value: localToUtc(p.date, "08:00", ctx.settings.exportTimeZone)?.utc ?? null, issues };
    return { value: p.date, issues };
  },
  pp_task_parent_flags: (input) => {
    const r = input.state.ctx.index.getPass<RowIssue>("task_parent_issue", input.state.record.id);
    return r ? { issues: [r] } : {};
  },
  pp_task_contact: (input) => {
    const ctx = input.state.ctx;
    const v = s(input.values[0]);
    if (v === null) return { value: null };
    if (ctx.index.isLoaded("contacts", v)) return { value: X("contact", v) };
    return { value: null, issues: [flag("orphan_reference", `contact ${v} not loaded`, "Related Contact ID", v)] };
  },
  /** Completed Date → date_end as a follow-up update: a task landing in a folded stage gets date_end = now from Odoo. */
  pp_task_date_end: (input) => {
    const r = TRANSFORMS["deadline"]!({ ...input, draft: undefined, column: null, args: { field: "Completed Date", label: "Completed date" } });
    if (!r.value) return { ...(r.notes ? { notes: r.notes } : {}), ...(r.issues ? { issues: r.issues } : {}) };
    const post = [{ model: "project.task", xmlid: X("task", input.state.record.id), role: "update" as const, values: { date_end: r.value } }];
    return { post, ...(r.issues ? { issues: r.issues } : {}) };
  },
  pp_percent: (input) => {
    const v = s(input.values[0]);
    if (v === null) return { value: null };
    const m = parseMoney(v.replace(/%\s*$/, ""));
    return { value: m ? String(Math.round(m.amount)) : null };
  },
  // ---------- help desk §4.11
  pp_ticket_name: (input) => {
    const d = input.state.record.data;
    let subj = s(d["Subject"]);
    if (subj === null) {
      const desc = typeof d["Description"] === "string" ? htmlToText(d["Description"]) : "";
      subj = Array.from((desc.split("\n").find((l) => l.trim() !== "") ?? "").trim()).slice(0, 80).join("");
    }
    const num = s(d["Ticket Number"]);
    const name = arg(input, "withNumber", true) && num ? `[${num}] ${subj}` : subj;
    const t = truncateName(name);
    return t.truncated ? { value: t.name, prepend: [name], issues: [flag("text_truncated", "subject longer than 250 characters", "Subject")] } : { value: t.name };
  },
  pp_ticket_stage: (input) => {
    const ctx = input.state.ctx;
    const r = lookupValueMap(ctx, "ticket_status", input.values[0]);
    const slugv = r.values?.["value"] ?? "open";
    const helpdesk = input.state.variant === "helpdesk";
    const stage: MapOutput = helpdesk
      ? { model: "helpdesk.stage", xmlid: `${M}.planplus_helpdesk_stage_${slugv}`, role: "ensure", matchBy: [], values: { name: r.values?.["stage"] ?? "Open", sequence: r.values?.["sequence"] ?? "10", fold: r.values?.["fold"] ?? "0", "team_ids/id": `${M}.planplus_helpdesk_team` } }
      : {
          model: "crm.stage",
          xmlid: `${M}.planplus_ticket_stage_${slugv}`,
          role: "ensure",
          matchBy: [],
          values: {
            name: r.values?.["stage"] ?? "Open",
            sequence: r.values?.["sequence"] ?? "10",
            fold: r.values?.["fold"] ?? "0",
            is_won: "0",
            // crm.stage.team_id (18) became team_ids (19): the profile decides
            [fieldExists(ctx.profile, "crm.stage", "team_id") || !fieldExists(ctx.profile, "crm.stage", "team_ids") ? "team_id/id" : "team_ids/id"]: `${M}.planplus_team_helpdesk`,
          },
        };
    const team: MapOutput = helpdesk ? { model: "helpdesk.team", xmlid: `${M}.planplus_helpdesk_team`, role: "ensure", matchBy: ["name"], values: { name: "Help Desk (migrated)" } } : helpdeskCrmTeam();
    const out: RuleResult = { value: stage.xmlid, pre: [team, stage], cells: { "team_id/id": team.xmlid } };
    if (r.issue) out.issues = [{ ...r.issue, field: "Status" }];
    return out;
  },
  pp_ticket_contact: (input) => {
    const ctx = input.state.ctx;
    const d = input.state.record.data;
    const raw = s(d["Contact E-mail"]);
    const cells: Record<string, string> = {};
    const e = normalizeEmail(raw);
    const issues: RowIssue[] = [];
    let partner: string | null = null;
    if (e.email) {
      const ids = ctx.index.get("contact_email", e.email).filter((id) => ctx.index.isLoaded("contacts", id)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
      if (ids[0]) partner = X("contact", ids[0]);
      else issues.push(flag("contact_unmatched", `no loaded contact with e-mail ${e.email}`, "Contact E-mail", e.email));
    } else if (e.invalid !== undefined) issues.push(flag("email_invalid", `invalid e-mail "${e.invalid}"`, "Contact E-mail", e.invalid));
    const emailCol = input.state.variant === "helpdesk" ? "partner_email" : "email_from";
    cells[emailCol] = e.email ?? "";
    if (input.state.variant !== "helpdesk") cells["contact_name"] = partner ? "" : (s(d["Contact Name"]) ?? "");
    return { value: partner, cells, issues };
  },
  pp_resolved: (input) => {
    const v = s(input.values[0]);
    if (v === null) return { value: null };
    const r = parsePlanPlusDateTime(v, input.state.ctx.settings.exportTimeZone);
    return r ? { value: r.utc } : { value: null, issues: [flag("invalid_date", `unusable date-time "${v}"`, "Resolved Date", v)] };
  },
  // ---------- FAQ §4.12
  pp_faq_note: (input): RuleResult => {
    const ctx = input.state.ctx;
    const d = input.state.record.data;
    const esc = (x: string): string => x.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const cat = s(d["Category"]) ?? "";
    const q = s(d["Question"]) ?? "";
    const answer = typeof d["Answer"] === "string" ? d["Answer"] : "";
    const rc = s(d["Related Company ID"]);
    const issues: RowIssue[] = [];
    let ref: { xmlid?: string; id?: number } | null = null;
    if (rc) {
      if (ctx.index.isLoaded("companies", rc)) ref = { xmlid: X("company", rc) };
      else issues.push(flag("orphan_reference", `company ${rc} not loaded; posted on the own company`, "Related Company ID", rc));
    }
    ref ??= ctx.settings.ownCompanyPartnerId ? { id: ctx.settings.ownCompanyPartnerId } : { xmlid: "base.main_partner" };
    const date = parsePlanPlusDateTime(s(d["Modified Date"]), ctx.settings.exportTimeZone)?.utc ?? "";
    return {
      cells: { model: "res.partner", message_type: "comment", "subtype_id/id": "mail.mt_note", date, body: `<h3>[FAQ] ${esc(cat)} › ${esc(q)}</h3>${textToHtml(answer)}` },
      refs: [{ column: "res_id", ...ref }],
      issues,
    };
  },
  pp_faq_article: (input) => {
    const d = input.state.record.data;
    const cat = s(d["Category"]) ?? "General";
    const q = s(d["Question"]) ?? "";
    const published = parseBool(s(d["Published"])) !== false;
    const parent: MapOutput = { model: "knowledge.article", xmlid: `${M}.planplus_faq_category_${slug(cat)}`, role: "ensure", matchBy: [], values: { name: cat } };
    return { value: parent.xmlid, pre: [parent], cells: { name: truncateName(published ? q : `[Draft] ${q}`).name } };
  },
  // ---------- custom fields §4.13
  pp_custom_value: (input): RuleResult => {
    const ctx = input.state.ctx;
    const d = input.state.record.data;
    if (typeof d["Value"] !== "string" || d["Value"].trim() === "") {
      input.state.ignored = true; // blank Value rows are not counted (sources.md C.1)
      return {};
    }
    const object = nameKey(s(d["Object"]));
    const spec = CF_OBJECTS[object];
    const rid = s(d["Record ID"]) ?? "";
    if (!spec) return { reject: { code: "orphan_reference", message: `unknown object "${s(d["Object"]) ?? ""}"`, field: "Object" } };
    if (!ctx.index.isKnown(spec.source, rid)) return { reject: { code: "orphan_reference", message: `${spec.source} ${rid} is not in the export`, field: "Record ID" } };
    if (!ctx.index.isLoaded(spec.source, rid)) return { reject: { code: "parent_not_loaded", message: `${spec.source} ${rid} was not loaded`, field: "Record ID" } };
    const label = s(d["Field Label"]) ?? "";
    const name = customFieldName("x_pp_", label);
    const cf = ctx.customFields.get(`${spec.model}.${name}`);
    const target = X(spec.xmlObject, rid);
    const rawValue = typeof d["Value"] === "string" ? d["Value"] : "";
    if (!cf) return { reject: { code: "orphan_reference", message: `no inferred field for "${label}"`, field: "Field Label" } };
    const c = convertCustomValue(cf, rawValue);
    const notesField = spec.model === "res.partner" ? "comment" : "description";
    if (!c.ok) {
      return {
        post: [{ model: spec.model, xmlid: target, role: "update", values: { [name]: "" }, append: { [notesField]: `${label}: ${c.raw}` } }],
        issues: [flag("custom_value_invalid", `"${c.raw}" is not a ${cf.ttype}`, "Value", c.raw)],
      };
    }
    return { post: [{ model: spec.model, xmlid: target, role: "update", values: { [name]: c.value } }] };
  },
  // ---------- sync connections §4.14
  pp_sync_document: (input) => {
    const ctx = input.state.ctx;
    const d = input.state.record.data;
    const e = normalizeEmail(s(d["User E-mail"])).email;
    const u = e ? ctx.owners.odooUser(e) : undefined;
    const provider = s(d["Provider"]) ?? "";
    input.state.outcome = { outcome: "documented" };
    input.state.document = {
      connection: s(d["Connection ID"]),
      provider,
      scope: s(d["Scope"]),
      account: s(d["Account"]),
      planplus_user: s(d["User E-mail"]),
      odoo_user: u ? (u.login ?? null) : null,
      status: s(d["Status"]),
      last_sync_utc: parsePlanPlusDateTime(s(d["Last Sync"]), ctx.settings.exportTimeZone)?.utc ?? null,
      time_zone: s(d["Time Zone"]),
      reconnect: /google/i.test(provider) ? "Settings → Integrations → Google Calendar (each user: Calendar → Sync with Google)" : "Settings → Integrations → Outlook Calendar (each user: Calendar → Sync with Outlook)",
    };
    return {};
  },
} satisfies Record<string, RuleFn>);

const CF_OBJECTS: Record<string, { source: string; model: string; xmlObject: string }> = {
  contact: { source: "contacts", model: "res.partner", xmlObject: "contact" },
  company: { source: "companies", model: "res.partner", xmlObject: "company" },
  deal: { source: "deals", model: "crm.lead", xmlObject: "deal" },
  task: { source: "tasks", model: "project.task", xmlObject: "task" },
};

Object.assign(PLANPLUS_PREDICATES, {
  pp_stage_is_lost: (state) => parseBool(s(getPath(state.record.data, "Is Lost"))) === true,
  pp_ticket_blank: (state) => s(getPath(state.record.data, "Subject")) === null && s(getPath(state.record.data, "Description")) === null,
  pp_blank_value: (state) => {
    const v = getPath(state.record.data, "Value");
    return typeof v !== "string" || v.trim() === "";
  },
} satisfies Record<string, PredicateFn>);

Object.assign(PLANPLUS_POSTS, {
  pp_ignore_blank_value: (state) => {
    const v = getPath(state.record.data, "Value");
    if (typeof v !== "string" || v.trim() === "") state.ignored = true;
  },
} satisfies Record<string, PostFn>);

Object.assign(PLANPLUS_PREPASSES, {
  /** §4.13 infer one field per (model, name_key(label)): most frequent type, dropdown options, > 50 options → char. */
  pp_custom_field_inference: (ctx, _om, records) => {
    const groups = new Map<string, { model: string; label: string; types: Map<string, number>; values: string[] }>();
    for (const r of records) {
      const v = r.data["Value"];
      if (typeof v !== "string" || v.trim() === "") continue;
      const spec = CF_OBJECTS[nameKey(s(r.data["Object"]))];
      if (!spec) continue;
      const label = s(r.data["Field Label"]) ?? "";
      const key = `${spec.model}\u0000${nameKey(label)}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { model: spec.model, label, types: new Map(), values: [] }));
      const t = nameKey(s(r.data["Field Type"]));
      g.types.set(t, (g.types.get(t) ?? 0) + 1);
      g.values.push(v.trim());
    }
    const report: { model: string; field: string; note: string }[] = [];
    for (const g of groups.values()) {
      const type = [...g.types.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
      let ttype: CustomType = inferTtype(type, g.values) ?? "char";
      const name = customFieldName("x_pp_", g.label);
      let selection: [string, string][] | undefined;
      if (ttype === "selection") {
        const distinct = [...new Map(g.values.map((v) => [nameKey(v), v] as const)).values()];
        if (distinct.length > 50) {
          ttype = g.values.some((v) => v.length > 255 || /[\r\n]/.test(v)) ? "text" : "char";
          report.push({ model: g.model, field: name, note: `${distinct.length} distinct values: Char instead of Selection` });
        } else selection = distinct.map((v) => [slug(v), v]);
      }
      const cf: CustomField = { model: g.model, name, ttype, label: g.label, inferred: true, ...(selection ? { selection } : {}) };
      planCustomField(ctx, cf);
    }
    ctx.index.setPass("report", "custom_field_inference", report);
  },
  /** §4.9 parents: orphan flags and cycles (cleared parent on the smallest Task ID), before mapping tasks. */
  pp_task_parents: (ctx, om, records) => {
    const loadable = new Set(records.filter((r) => passesChecks(ctx, om, r)).map((r) => r.id));
    const parents = new Map<string, string | null>();
    for (const r of records) {
      if (!loadable.has(r.id)) continue;
      const p = s(r.data["Parent Task ID"]);
      if (p === null) continue;
      if (!loadable.has(p)) {
        ctx.index.setPass("task_parent_issue", r.id, flag("orphan_reference", `parent task ${p} ${ctx.index.isKnown("tasks", p) ? "not loaded" : "not in the export"}`, "Parent Task ID", p));
        continue;
      }
      parents.set(r.id, p);
    }
    for (const id of breakParentCycles(parents)) {
      parents.delete(id);
      ctx.index.setPass("task_parent_issue", id, flag("parent_cycle", "parent chain forms a cycle; parent cleared", "Parent Task ID"));
    }
    for (const [id, p] of parents) ctx.index.setPass("task_parent", id, p);
    // The stage a subtask is written with again in the parent pass (see PLANPLUS_FINISHERS).
    for (const r of records) {
      if (!parents.has(r.id)) continue;
      const st = lookupValueMap(ctx, "task_status", r.data["Status"]).values;
      const folded = st?.["fold"] === "1" || st?.["fold"] === "true";
      if (folded && s(r.data["Completed Date"]) !== null) continue; // a folded stage written again stamps date_end = now over the Completed Date
      ctx.index.setPass("task_parent_stage", r.id, `${M}.planplus_task_stage_${st?.["slug"] ?? "to_do"}`);
    }
  },
  /** §4.8 projects that have milestones (allow_milestones). */
  pp_project_milestones: (ctx) => {
    for (const [id, d] of ctx.index.rows.get("milestones") ?? new Map<string, Record<string, unknown>>()) {
      const p = s(d["Project ID"]);
      if (p) ctx.index.add("milestone_project", p, id);
    }
  },
} satisfies Record<string, PrepassFn>);

/**
 * Second pass after tasks: parent_id of loaded tasks whose parent loaded (§4.9), with the task's
 * stage written again in the same write: linking a parent makes Odoo 18 recompute project_id and
 * stage_id, and it resets the stage to the project's first one when the project is archived
 * (a Completed/Cancelled PlanPlus project: archived projects are not in the stage's project_ids).
 */
export const PLANPLUS_FINISHERS: Record<string, (ctx: MapContext) => MapOutput[]> = {
  "planplus:tasks": (ctx) => {
    const out: MapOutput[] = [];
    for (const [id, p] of ctx.index.passes.get("task_parent") ?? new Map<string, unknown>()) {
      if (!ctx.index.isLoaded("tasks", id) || !ctx.index.isLoaded("tasks", String(p))) continue;
      const stage = ctx.index.passes.get("task_parent_stage")?.get(id);
      out.push({ model: "project.task", xmlid: X("task", id), role: "update", values: { "parent_id/id": X("task", String(p)), ...(typeof stage === "string" ? { "stage_id/id": stage } : {}) } });
    }
    return out;
  },
};

/** deleted_items.csv row → the xmlid it deletes (mapping.md §4.15), or null for an unknown object. */
export function deletedItemXmlid(object: string, recordId: string): string | null {
  const objs: Record<string, string> = { contact: "contact", company: "company", deal: "deal", event: "event", task: "task", project: "project" };
  const o = objs[nameKey(object)];
  return o ? X(o, recordId) : null;
}
