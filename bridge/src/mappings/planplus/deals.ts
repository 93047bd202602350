import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** deals.csv → crm.lead opportunities (mapping.md §4.6). */
export const deals: ObjectMapping = {
  object: "deals",
  file: "deals.csv",
  idField: "Deal ID",
  order: 6,
  dependsOn: ["deal_stages", "contacts", "companies", "users"],
  kind: "records",
  description: "One opportunity per deal (xmlid planplus_deal_<Deal ID>) in the PlanPlus pipeline team; Status is authoritative (won stage / archived with lost reason).",
  targets: [{ name: "main", model: "crm.lead", xmlidObject: "deal", notesField: "description", notesHtml: true }],
  rejects: [{ code: "missing_required", when: { op: "blank", field: "Deal Name" }, field: "Deal Name", message: "Deal Name is blank" }],
  fields: [
    { kind: "transform", from: "Deal Name", to: "name", transform: "truncate_name", args: { field: "Deal Name" } },
    { kind: "computed", compute: "pp_deal", note: "stage, status (active/probability/lost reason/date_closed), amount+currency, partner (contact, else company by name), source" },
    { kind: "transform", from: "Owner E-mail", to: "user_id/.id", transform: "owner_email", args: { field: "Owner E-mail" } },
    { kind: "transform", from: "Description", to: "description", transform: "html" },
    { kind: "transform", from: "Created Date", transform: "create_date" },
  ],
  reference: {
    "Deal ID": "—", "Deal Name": "crm.lead.name", Stage: "crm.lead.stage_id", Amount: "crm.lead.expected_revenue", Currency: "crm.lead.x_pp_original_amount",
    "Probability (%)": "crm.lead.probability", "Close Date": "crm.lead.date_deadline", "Contact ID": "crm.lead.partner_id", "Contact Name": "crm.lead.contact_name",
    Company: "crm.lead.partner_name", "Owner E-mail": "crm.lead.user_id", "Lead Source": "crm.lead.source_id", Description: "crm.lead.description", Status: "crm.lead.active",
    "Created Date": "crm.lead.create_date", "Modified Date": "—",
  },
  customFields: [{ model: "crm.lead", name: "x_pp_original_amount", ttype: "char", label: "Original amount (PlanPlus)" }],
};
