/**
 * Mapping proposals for the Mapping step, from the bridge's suggester (bridge/src/core/suggest):
 * per source column a target field of the object's Odoo model, or a new typed `x_` custom field, with
 * a confidence and a reason, computed from the column profile and the model's `fields_get`.
 */
import { suggestMapping, type ColumnInput } from "../../../bridge/src/core/suggest/index.ts";
import type { FieldInfo as CoreFieldInfo } from "../../../bridge/src/core/mapping/context.ts";
import type { ColumnProfile } from "../profile/column_profile.ts";
import type { FieldInfo, SourceSystem } from "./api.ts";

/** Target model per source object (mapping.md §3, §4; Community defaults, fallbacks of §6). */
export const TARGET_MODEL: Record<SourceSystem, Record<string, string>> = {
  planplus: {
    companies: "res.partner",
    contacts: "res.partner",
    deal_stages: "crm.stage",
    deals: "crm.lead",
    events: "calendar.event",
    tasks: "project.task",
    projects: "project.project",
    milestones: "project.milestone",
    help_desk_tickets: "crm.lead",
    faq_articles: "mail.message",
  },
  plexus: {
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
    attachments: "ir.attachment",
  },
};

export interface Proposal {
  source: string;
  /** Existing field name, a new `x_` field name, or "" (not migrated). */
  target: string;
  /** For a new custom field: its type. */
  newFieldType: string;
  confidence: number;
  reason: string;
  samples: string[];
  /** Value-map proposals for selection / boolean targets. */
  values: { source: string; target: string; confidence: number; reason: string }[];
}

export function columnInput(c: ColumnProfile): ColumnInput {
  return { name: c.name, type: c.inferredType, samples: c.samples, topValues: c.topValues };
}

export function proposeObject(source: SourceSystem, model: string, columns: ColumnProfile[], fields: FieldInfo[]): Proposal[] {
  const record: Record<string, CoreFieldInfo> = {};
  for (const f of fields) record[f.name] = { type: f.type, string: f.string, relation: f.relation, selection: f.selection, required: f.required, readonly: f.readonly };
  const suggestions = suggestMapping(columns.map(columnInput), [{ model, fields: record }], { customPrefix: source === "plexus" ? "x_plexus_" : "x_pp_" });
  return suggestions.map((s, i) => {
    const col = columns[i] as ColumnProfile;
    const p = s.proposal;
    return {
      source: s.column,
      target: p.kind === "none" ? "" : p.field,
      newFieldType: p.kind === "custom" ? p.ttype : "",
      confidence: Math.round(s.confidence * 100) / 100,
      reason: s.reason,
      samples: col.samples,
      values: (s.valueMap ?? []).map((v) => ({
        source: v.source,
        target: v.target ?? "",
        confidence: v.confidence,
        reason: v.target ? "closest option" : "no similar option: choose one (unmapped values are flagged value_unmapped)",
      })),
    };
  });
}
