/**
 * PlanPlus-specific named computes, predicates, post steps and cross-record passes
 * (mapping.md §4). Mapping data files reference these by name.
 */
import { hostOf, nameKey, normalizeEmail, parsePlanPlusDate, parsePlanPlusDateTime, personName, truncateName } from "../normalize/index.ts";
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

export const PLANPLUS_FINISHERS: Record<string, (ctx: MapContext) => MapOutput[]> = {};
