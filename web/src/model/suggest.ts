/**
 * Mapping proposals for the Mapping step: per source column, a target field of the object's Odoo
 * model with a confidence and a reason, from the column profile and the model's `fields_get`.
 * Stages follow base_import: exact name/label, then known synonyms, then fuzzy name similarity
 * among type-compatible fields. A column with no good match proposes a new `x_` custom field typed
 * per mapping.md §5.7. (The bridge's suggester in bridge/src/core replaces this when it lands.)
 */
import type { ColumnProfile, ValueKind } from "../profile/column_profile.ts";
import type { FieldInfo, SourceSystem } from "./api.ts";

/** Target model per source object (mapping.md §3, §4; Community defaults). */
export const TARGET_MODEL: Record<SourceSystem, Record<string, string>> = {
  planplus: {
    users: "res.users",
    companies: "res.partner",
    contacts: "res.partner",
    contact_company_links: "res.partner",
    deal_stages: "crm.stage",
    deals: "crm.lead",
    events: "calendar.event",
    tasks: "project.task",
    projects: "project.project",
    milestones: "project.milestone",
    help_desk_tickets: "crm.lead",
    faq_articles: "mail.message",
    custom_fields: "ir.model.fields",
  },
  plexus: {
    users: "res.users",
    employees: "hr.employee",
    customers: "res.partner",
    customer_contacts: "res.partner",
    work_order_groups: "project.project",
    work_orders: "project.task",
    job_lines: "project.task",
    schedules: "calendar.event",
    time_entries: "account.analytic.line",
    quotes: "sale.order",
    quote_lines: "sale.order.line",
    tax_codes: "account.tax",
    expenses: "hr.expense",
    expense_categories: "product.product",
    custom_field_definitions: "ir.model.fields",
    attachments: "ir.attachment",
  },
};

/** Source column (normalized) → Odoo field name(s), first existing one wins. */
const SYNONYMS: Record<string, string | string[]> = {
  "company name": "name",
  "deal name": "name",
  "project name": "name",
  "milestone name": "name",
  "stage name": "name",
  subject: "name",
  "full name": "name",
  "e mail address": "email",
  "e mail": "email",
  email: "email",
  "contact e mail": "email_from",
  "web page": "website",
  "main phone": "phone",
  "business phone": "phone",
  phone: "phone",
  "mobile phone": "mobile",
  mobile: "mobile",
  street: "street",
  "business street": "street",
  city: "city",
  "business city": "city",
  "state province": "state_id",
  "business state": "state_id",
  state: "state_id",
  "postal code": "zip",
  "business postal code": "zip",
  zip: "zip",
  country: "country_id",
  "business country": "country_id",
  "job title": "function",
  owner: "user_id",
  "owner e mail": "user_id",
  "organizer e mail": "user_id",
  "assigned to": "user_id",
  "project manager": "user_id",
  description: ["description", "comment"],
  notes: ["comment", "description"],
  industry: "industry_id",
  categories: "category_id",
  amount: "expected_revenue",
  "probability": "probability",
  "close date": "date_deadline",
  "due date": "date_deadline",
  stage: "stage_id",
  priority: "priority",
  location: "location",
  "all day event": "allday",
  "created date": "create_date",
  "created at": "create_date",
  first_name: "name",
  display_name: "name",
  name: "name",
  sequence: "sequence",
  order: "sequence",
  "is won": "is_won",
  folded: "fold",
  "hourly cost": "hourly_cost",
  "hire date": "first_contract_date",
};

/** Columns that carry source identity or audit data: not mapped to a field (kept in the ledger). */
const NOT_MAPPED = /(^| )id$|^modified date$|^updated at$|^deleted|^last login$/;

export function normalizeColumn(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const COMPATIBLE: Record<ValueKind, string[]> = {
  email: ["char", "many2one"],
  number: ["float", "monetary", "integer", "char"],
  date: ["date", "datetime", "char"],
  datetime: ["datetime", "date", "char"],
  boolean: ["boolean", "selection", "char"],
  quadrant: ["selection", "char"],
  text: ["char", "text", "html", "selection", "many2one", "many2many"],
};

/** mapping.md §5.7: the type a new custom field would get. */
export function customFieldType(col: ColumnProfile): string {
  switch (col.kind) {
    case "number":
      return "float";
    case "date":
      return "date";
    case "datetime":
      return "datetime";
    case "boolean":
      return "boolean";
    case "quadrant":
      return "selection";
    default:
      if (col.maxLength > 255 || col.multiline) return "text";
      if (!col.distinctCapped && col.distinct > 0 && col.distinct <= 12 && col.filled >= col.distinct * 3) return "selection";
      return "char";
  }
}

export function customFieldName(source: SourceSystem, column: string): string {
  const slug = normalizeColumn(column).replace(/ /g, "_").slice(0, 50);
  return source === "plexus" ? `x_plexus_${slug}` : `x_pp_${slug}`;
}

/** Similarity of two normalized names (Dice coefficient over character bigrams). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = (s: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i += 1) {
      const g = s.slice(i, i + 2);
      m.set(g, (m.get(g) ?? 0) + 1);
    }
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let inter = 0;
  for (const [g, n] of ga) inter += Math.min(n, gb.get(g) ?? 0);
  return (2 * inter) / (a.length - 1 + (b.length - 1));
}

export interface Proposal {
  source: string;
  /** Existing field name, a new `x_` field name, or "" (not migrated). */
  target: string;
  /** For a new custom field: its type. */
  newFieldType: string;
  confidence: number;
  reason: string;
  samples: string[];
  kind: ValueKind;
}

export const NEW_FIELD_PREFIX = "x_";

export function proposeColumn(source: SourceSystem, col: ColumnProfile, fields: FieldInfo[]): Proposal {
  const base = { source: col.name, samples: col.samples, kind: col.kind, newFieldType: "" };
  const norm = normalizeColumn(col.name);
  const byName = new Map(fields.map((f) => [f.name, f]));
  if (NOT_MAPPED.test(norm) && norm !== "created date") {
    return { ...base, target: "", confidence: 0.9, reason: "Source identifier / audit column: kept in the ledger, not migrated to a field" };
  }
  const exact = fields.find((f) => f.name === norm.replace(/ /g, "_") || normalizeColumn(f.string) === norm);
  if (exact && !exact.readonly) {
    return { ...base, target: exact.name, confidence: 0.95, reason: `Same name as the field "${exact.string}"` };
  }
  const synList = SYNONYMS[norm];
  const syn = (Array.isArray(synList) ? synList : synList ? [synList] : []).find((n) => byName.has(n));
  if (syn) {
    const f = byName.get(syn) as FieldInfo;
    const ok = COMPATIBLE[col.kind].includes(f.type) || col.filled === 0;
    return { ...base, target: syn, confidence: ok ? 0.85 : 0.6, reason: `Known column "${col.name}" → ${f.string}${ok ? "" : ` (values look like ${col.kind}, field is ${f.type})`}` };
  }
  let best: { f: FieldInfo; s: number } | null = null;
  for (const f of fields) {
    if (f.readonly || !COMPATIBLE[col.kind].includes(f.type)) continue;
    const s = Math.max(similarity(norm, normalizeColumn(f.string)), similarity(norm, normalizeColumn(f.name)));
    if (!best || s > best.s) best = { f, s };
  }
  if (best && best.s >= 0.72) {
    return { ...base, target: best.f.name, confidence: Math.round(best.s * 0.8 * 100) / 100, reason: `Name similar to "${best.f.string}" (${Math.round(best.s * 100)}%), type ${best.f.type} fits ${col.kind} values` };
  }
  if (col.filled === 0) {
    return { ...base, target: "", confidence: 0.7, reason: "Column is empty in this export" };
  }
  const type = customFieldType(col);
  return { ...base, target: customFieldName(source, col.name), newFieldType: type, confidence: 0.5, reason: `No matching field: new custom field (${type}) proposed` };
}

export function proposeObject(source: SourceSystem, columns: ColumnProfile[], fields: FieldInfo[]): Proposal[] {
  return columns.map((c) => proposeColumn(source, c, fields));
}

/** Value-map proposals for a selection target: each distinct source value → the closest option. */
export function proposeValues(samples: string[], selection: [string, string][]): { source: string; target: string; confidence: number; reason: string }[] {
  return samples.map((v) => {
    const nv = normalizeColumn(v);
    let best: { key: string; label: string; s: number } | null = null;
    for (const [key, label] of selection) {
      const s = Math.max(similarity(nv, normalizeColumn(label)), similarity(nv, normalizeColumn(key)));
      if (!best || s > best.s) best = { key, label, s };
    }
    if (best && best.s >= 0.5) return { source: v, target: best.key, confidence: Math.round(best.s * 100) / 100, reason: `Closest option "${best.label}"` };
    return { source: v, target: "", confidence: 0, reason: "No similar option: choose one (unmapped values are flagged value_unmapped)" };
  });
}
