/**
 * Cross-record logic as pure functions over small row summaries (no Odoo, no I/O):
 * PlanPlus company-link resolution with domain inference (mapping.md §4.3/§4.4), e-mail duplicates
 * (§3.3/§4.3), task parent cycles (§4.9).
 */
import type { FlagCode } from "../codes.ts";

/** Free-mail domains never used for inference (mapping.md §4.3; configurable: extend, do not shrink). */
export const FREE_MAIL_DOMAINS = [
  "gmail.com",
  "googlemail.com",
  "yahoo.com",
  "ymail.com",
  "hotmail.com",
  "outlook.com",
  "live.com",
  "msn.com",
  "aol.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "comcast.net",
  "att.net",
  "sbcglobal.net",
  "verizon.net",
  "protonmail.com",
  "proton.me",
  "gmx.com",
  "mail.com",
  "yandex.com",
  "zoho.com",
] as const;

export interface CompanySummary {
  id: string;
  nameKey: string;
  host: string | null;
  loaded: boolean;
}

export interface LinkSummary {
  linkId: string;
  contactId: string;
  companyId: string | null;
  companyNameKey: string | null;
  relationship: string | null;
  isPrimary: boolean;
  /** Sortable created time (UTC `YYYY-MM-DD HH:MM:SS`); null sorts last. */
  created: string | null;
}

export interface ContactSummary {
  id: string;
  loaded: boolean;
  companyNameKey: string | null;
  /** Normalized valid e-mail, or null. */
  email: string | null;
}

export type ParentBy = "by_link" | "by_name" | "by_domain" | "none";

export interface ParentResolution {
  companyId: string | null;
  by: ParentBy;
  flags: FlagCode[];
  /** Chosen link (by_link). */
  linkId?: string;
  relationship?: string | null;
  /** Domain inference details (also when below the confidence threshold and not applied). */
  inference?: { domain: string; companyId: string; confidence: number; applied: boolean };
}

export type LinkOutcome =
  | { outcome: "loaded" }
  | { outcome: "skipped"; code: "secondary_link"; message: string }
  | { outcome: "rejected"; code: "orphan_reference" | "parent_not_loaded"; message: string };

export interface CompanyLinkResult {
  parents: Map<string, ParentResolution>;
  links: Map<string, LinkOutcome>;
  stats: Record<ParentBy, number>;
  inferences: { contactId: string; domain: string; companyId: string; confidence: number; applied: boolean }[];
}

const FORMER = "former employee";
/** Confidence of the one inference rule defined today (exact host match of the company web page). */
export const DOMAIN_MATCH_CONFIDENCE = 0.9;

function cmpLink(a: LinkSummary, b: LinkSummary): number {
  if (a.created !== b.created) {
    if (a.created === null) return 1;
    if (b.created === null) return -1;
    return a.created < b.created ? -1 : 1;
  }
  return a.linkId < b.linkId ? -1 : a.linkId > b.linkId ? 1 : 0;
}

/** mapping.md §4.3 steps 1–3 and §4.4 link outcomes. */
export function resolveCompanyLinks(
  contacts: ContactSummary[],
  companies: CompanySummary[],
  links: LinkSummary[],
  opts: { freeMailDomains?: readonly string[]; minConfidence?: number } = {},
): CompanyLinkResult {
  const free = new Set((opts.freeMailDomains ?? FREE_MAIL_DOMAINS).map((d) => d.toLowerCase()));
  const minConf = opts.minConfidence ?? 0.8;
  const companyById = new Map(companies.map((c) => [c.id, c]));
  const byName = new Map<string, CompanySummary[]>();
  const byHost = new Map<string, CompanySummary[]>();
  for (const c of companies) {
    if (c.nameKey) byName.set(c.nameKey, [...(byName.get(c.nameKey) ?? []), c]);
    if (c.host) byHost.set(c.host, [...(byHost.get(c.host) ?? []), c]);
  }
  const contactById = new Map(contacts.map((c) => [c.id, c]));
  const linkOut = new Map<string, LinkOutcome>();
  const candidates = new Map<string, LinkSummary[]>();
  const resolvedCompany = new Map<string, string>();

  for (const l of links) {
    const contact = contactById.get(l.contactId);
    let company: CompanySummary | undefined;
    if (l.companyId) company = companyById.get(l.companyId);
    else if (l.companyNameKey) {
      const m = byName.get(l.companyNameKey) ?? [];
      company = m.length === 1 ? m[0] : undefined;
    }
    if (!contact || !company) {
      const what = !contact ? `contact ${l.contactId}` : `company ${l.companyId ?? l.companyNameKey ?? ""}`;
      linkOut.set(l.linkId, { outcome: "rejected", code: "orphan_reference", message: `${what} is not in the export (or the name is ambiguous)` });
      continue;
    }
    if (!contact.loaded || !company.loaded) {
      linkOut.set(l.linkId, { outcome: "rejected", code: "parent_not_loaded", message: `${!contact.loaded ? "contact" : "company"} was not loaded` });
      continue;
    }
    if ((l.relationship ?? "").trim().toLowerCase() === FORMER) {
      linkOut.set(l.linkId, { outcome: "skipped", code: "secondary_link", message: "Former Employee link" });
      continue;
    }
    resolvedCompany.set(l.linkId, company.id);
    candidates.set(l.contactId, [...(candidates.get(l.contactId) ?? []), l]);
  }

  const parents = new Map<string, ParentResolution>();
  const stats: Record<ParentBy, number> = { by_link: 0, by_name: 0, by_domain: 0, none: 0 };
  const inferences: CompanyLinkResult["inferences"] = [];

  for (const c of contacts) {
    if (!c.loaded) continue;
    const cands = candidates.get(c.id) ?? [];
    let res: ParentResolution | undefined;
    if (cands.length > 0) {
      const primaries = cands.filter((l) => l.isPrimary);
      let chosen: LinkSummary;
      const flags: FlagCode[] = [];
      if (primaries.length === 1) chosen = primaries[0]!;
      else {
        const pool = [...(primaries.length > 1 ? primaries : cands)].sort(cmpLink);
        chosen = pool[0]!;
        if (cands.length >= 2) flags.push("multiple_company_links");
      }
      for (const l of cands) {
        linkOut.set(l.linkId, l === chosen ? { outcome: "loaded" } : { outcome: "skipped", code: "secondary_link", message: `not the chosen link (${chosen.linkId})` });
      }
      res = { companyId: resolvedCompany.get(chosen.linkId) ?? null, by: "by_link", flags, linkId: chosen.linkId, relationship: chosen.relationship };
    } else if (c.companyNameKey) {
      const m = (byName.get(c.companyNameKey) ?? []).filter((x) => x.loaded);
      if (m.length === 1) res = { companyId: m[0]!.id, by: "by_name", flags: [] };
      else if (m.length > 1) res = { companyId: null, by: "none", flags: ["reference_ambiguous"] };
    }
    if (!res && c.email) {
      const domain = c.email.slice(c.email.indexOf("@") + 1);
      if (!free.has(domain)) {
        const m = (byHost.get(domain) ?? []).filter((x) => x.loaded);
        if (m.length === 1) {
          const applied = DOMAIN_MATCH_CONFIDENCE >= minConf;
          const inference = { domain, companyId: m[0]!.id, confidence: DOMAIN_MATCH_CONFIDENCE, applied };
          inferences.push({ contactId: c.id, ...inference });
          res = applied ? { companyId: m[0]!.id, by: "by_domain", flags: ["company_inferred"], inference } : { companyId: null, by: "none", flags: [], inference };
        } else if (m.length > 1) res = { companyId: null, by: "none", flags: ["reference_ambiguous"] };
      }
    }
    res ??= { companyId: null, by: "none", flags: [] };
    stats[res.by]++;
    parents.set(c.id, res);
  }
  return { parents, links: linkOut, stats, inferences };
}

/** Ids whose key is shared with at least one other id (e-mail duplicates among loaded rows). */
export function duplicateKeys(rows: { id: string; key: string | null }[]): Set<string> {
  const by = new Map<string, string[]>();
  for (const r of rows) if (r.key) by.set(r.key, [...(by.get(r.key) ?? []), r.id]);
  const out = new Set<string>();
  for (const ids of by.values()) if (ids.length > 1) for (const id of ids) out.add(id);
  return out;
}

/**
 * mapping.md §4.9 parent cycles: following parent links from a task returns to it → clear the parent of
 * the cycle member with the smallest id (string order). Returns the ids whose parent must be cleared.
 */
export function breakParentCycles(parents: Map<string, string | null>): Set<string> {
  const cleared = new Set<string>();
  const state = new Map<string, 1 | 2>(); // 1 = on current path, 2 = done
  const ids = [...parents.keys()].sort();
  for (const start of ids) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let cur: string | null | undefined = start;
    while (cur !== null && cur !== undefined && parents.has(cur) && !state.has(cur)) {
      state.set(cur, 1);
      path.push(cur);
      cur = cleared.has(cur) ? null : parents.get(cur);
    }
    if (cur !== null && cur !== undefined && state.get(cur) === 1) {
      const cycle = path.slice(path.indexOf(cur));
      const min = [...cycle].sort()[0]!;
      cleared.add(min);
    }
    for (const p of path) state.set(p, 2);
  }
  return cleared;
}
