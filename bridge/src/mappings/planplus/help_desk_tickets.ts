import type { ObjectMapping } from "../../core/mapping/schema.ts";

const CRM = "crm";
const HD = "helpdesk";

/** help_desk_tickets.csv → helpdesk.ticket, else crm.lead with x_ticket_type (mapping.md §4.11, §6). */
export const helpDeskTickets: ObjectMapping = {
  object: "help_desk_tickets",
  file: "help_desk_tickets.csv",
  idField: "Ticket ID",
  order: 11,
  dependsOn: ["contacts", "users"],
  kind: "records",
  description: "With Helpdesk: helpdesk.ticket in team planplus_helpdesk_team. Community fallback: crm.lead opportunity `[HD-…] subject` in team \"Help Desk (migrated)\" with x_ticket_type=support_ticket (kept out of the sales pipeline).",
  variants: [
    { id: HD, label: "helpdesk.ticket (Helpdesk app)", requires: { modules: ["helpdesk"], models: ["helpdesk.ticket"] } },
    { id: CRM, label: "crm.lead with x_ticket_type", requires: { models: ["crm.lead"] } },
  ],
  targets: [
    { name: "main", model: "crm.lead", xmlidObject: "ticket", variant: CRM, notesField: "description", notesHtml: true },
    { name: "hd", model: "helpdesk.ticket", xmlidObject: "ticket", variant: HD, notesField: "description", notesHtml: true },
  ],
  rejects: [{ code: "missing_required", when: { op: "predicate", name: "pp_ticket_blank" }, field: "Subject", message: "Subject and Description both blank" }],
  fields: [
    { variant: CRM, kind: "computed", compute: "pp_ticket_name", to: "name", note: "[Ticket Number] subject (blank subject → first description line, ≤ 80 chars)" },
    { variant: CRM, kind: "constant", to: "type", value: "opportunity" },
    { variant: CRM, kind: "constant", to: "x_ticket_type", value: "support_ticket" },
    { variant: CRM, kind: "computed", compute: "pp_ticket_stage", from: ["Status"], to: "stage_id/id", note: "§5.3 stages of the help-desk team" },
    { variant: CRM, kind: "value_map", from: "Priority", map: "ticket_priority", to: "priority" },
    { variant: CRM, kind: "transform", from: "Description", to: "description", transform: "html" },
    { variant: CRM, kind: "computed", compute: "pp_ticket_contact", to: "partner_id/id", note: "loaded contact with that e-mail (lowest Contact ID), else contact_unmatched" },
    { variant: CRM, kind: "transform", from: "Assigned To", to: "user_id/.id", transform: "owner_name", args: { field: "Assigned To" } },
    { variant: CRM, kind: "transform", from: "Category", to: "tag_ids/id", transform: "tags", args: { model: "crm.tag", object: "crm_tag" } },
    { variant: CRM, kind: "copy", from: "Ticket Number", to: "x_ticket_number" },
    { variant: CRM, kind: "computed", compute: "pp_resolved", from: ["Resolved Date"], to: "date_closed" },
    { variant: CRM, kind: "transform", from: "Created Date", transform: "create_date" },
    { target: "hd", variant: HD, kind: "computed", compute: "pp_ticket_name", to: "name", args: { withNumber: false } },
    { target: "hd", variant: HD, kind: "transform", from: "Description", to: "description", transform: "html" },
    { target: "hd", variant: HD, kind: "computed", compute: "pp_ticket_stage", from: ["Status"], to: "stage_id/id" },
    { target: "hd", variant: HD, kind: "value_map", from: "Priority", map: "ticket_priority", to: "priority" },
    { target: "hd", variant: HD, kind: "computed", compute: "pp_ticket_contact", to: "partner_id/id" },
    { target: "hd", variant: HD, kind: "transform", from: "Assigned To", to: "user_id/.id", transform: "owner_name", args: { field: "Assigned To" } },
    { target: "hd", variant: HD, kind: "transform", from: "Category", to: "tag_ids/id", transform: "tags", args: { model: "helpdesk.tag", object: "helpdesk_tag" } },
    { target: "hd", variant: HD, kind: "transform", from: "Created Date", transform: "create_date" },
  ],
  reference: {
    "Ticket ID": "—", "Ticket Number": "crm.lead.x_ticket_number", Subject: "crm.lead.name", Description: "crm.lead.description", Status: "crm.lead.stage_id",
    Priority: "crm.lead.priority", Category: "crm.lead.tag_ids", "Contact E-mail": "crm.lead.email_from", "Contact Name": "crm.lead.contact_name",
    "Assigned To": "crm.lead.user_id", "Created Date": "crm.lead.create_date", "Resolved Date": "crm.lead.date_closed", "Modified Date": "—",
  },
  customFields: [
    { model: "crm.lead", name: "x_ticket_type", ttype: "selection", label: "Ticket type", selection: [["support_ticket", "Support ticket"]] },
    { model: "crm.lead", name: "x_ticket_number", ttype: "char", label: "Ticket number" },
  ],
};
