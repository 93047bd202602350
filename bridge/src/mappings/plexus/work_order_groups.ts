import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** work_order_groups → project.project (mapping.md §3.5). */
export const workOrderGroups: ObjectMapping = {
  object: "work_order_groups",
  file: "work_order_groups.jsonl",
  idField: "id",
  order: 5,
  dependsOn: ["customers", "users"],
  kind: "records",
  description: "One project per group (xmlid plexus_wog_<id>) named `<code> · <name>`; closed groups stay active; Plexus stages linked.",
  targets: [{ name: "main", model: "project.project", xmlidObject: "wog", notesField: "description", notesHtml: true }],
  skips: [{ code: "deleted", when: { op: "true", field: "deleted" }, message: "soft-deleted in Plexus" }],
  fields: [
    { kind: "computed", compute: "px_wog_name", from: ["code", "name"], to: "name" },
    { kind: "transform", from: "description", to: "description", transform: "html" },
    { kind: "lookup_xmlid", from: "customer_id", object: "customer", sourceObject: "customers", onMissing: "flag", to: "partner_id/id" },
    { kind: "transform", from: "manager_user_id", to: "user_id/.id", transform: "owner_id", args: { field: "manager_user_id" } },
    { kind: "constant", to: "active", value: "1", note: "closed contracts stay active (history)" },
    { kind: "copy", from: "status", to: "x_plexus_group_status" },
    { kind: "transform", from: "start_date", to: "date_start", transform: "iso_date" },
    // Only with an end date: Odoo 18's project.project.write clears date_start too when `date` is written empty,
    // so the run rewriting a provisioned group project (no end date) would lose the start date it was created with.
    { kind: "transform", from: "end_date", to: "date", transform: "iso_date", when: { op: "present", field: "end_date" }, note: "only when the group has an end date (an empty end date written to Odoo also clears the start date)" },
    { kind: "constant", to: "allow_timesheets", value: "1" },
    { kind: "computed", compute: "px_project_stages", to: "type_ids/id" },
    { kind: "transform", from: "created_at", transform: "create_date" },
  ],
  reference: {
    id: "—", code: "project.project.name", name: "project.project.name", customer_id: "project.project.partner_id", manager_user_id: "project.project.user_id",
    status: "project.project.x_plexus_group_status", description: "project.project.description", start_date: "project.project.date_start", end_date: "project.project.date",
    created_at: "project.project.create_date", updated_at: "—", deleted: "—", deleted_at: "—",
  },
  customFields: [{ model: "project.project", name: "x_plexus_group_status", ttype: "selection", label: "Plexus group status", selection: [["open", "Open"], ["closed", "Closed"]] }],
};
