import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** projects.csv (+ project_summaries/) → project.project and the summary attachment (mapping.md §4.8). */
export const projects: ObjectMapping = {
  object: "projects",
  file: "projects.csv",
  idField: "Project ID",
  order: 7,
  dependsOn: ["companies", "users", "milestones"],
  kind: "records",
  description: "One project per row (xmlid planplus_project_<Project ID>); Completed/Cancelled archived; PlanPlus task stages linked; summary page attached (planplus_summary_<Project ID>).",
  prepass: ["pp_project_milestones"],
  targets: [{ name: "main", model: "project.project", xmlidObject: "project", notesField: "description", notesHtml: true }],
  rejects: [{ code: "missing_required", when: { op: "blank", field: "Project Name" }, field: "Project Name", message: "Project Name is blank" }],
  fields: [
    { kind: "transform", from: "Project Name", to: "name", transform: "truncate_name", args: { field: "Project Name" } },
    { kind: "transform", from: "Description", to: "description", transform: "html" },
    { kind: "value_map", from: "Status", map: "project_status", to: "active" },
    { kind: "copy", from: "Status", to: "x_pp_project_status" },
    { kind: "transform", from: "Start Date", to: "date_start", transform: "date", args: { field: "Start Date", label: "Start date" } },
    { kind: "transform", from: "Due Date", to: "date", transform: "date", args: { field: "Due Date", label: "Due date" } },
    { kind: "transform", from: "Project Manager", to: "user_id/.id", transform: "owner_name", args: { field: "Project Manager" } },
    { kind: "computed", compute: "pp_project_company", from: ["Company"], to: "partner_id/id" },
    { kind: "computed", compute: "pp_project_flags", note: "allow_milestones when it has milestones, allow_timesheets, type_ids = PlanPlus task stages" },
    { kind: "computed", compute: "pp_project_summary", note: "ir.attachment `<name> – Summary.html` (text/html); absent file → summary_missing" },
    { kind: "transform", from: "Created Date", transform: "create_date" },
  ],
  reference: {
    "Project ID": "—", "Project Name": "project.project.name", Description: "project.project.description", Status: "project.project.active", "Start Date": "project.project.date_start",
    "Due Date": "project.project.date", "Project Manager": "project.project.user_id", Company: "project.project.partner_id", "Summary File": "ir.attachment.datas",
    "Created Date": "project.project.create_date", "Modified Date": "—",
  },
  customFields: [{ model: "project.project", name: "x_pp_project_status", ttype: "char", label: "PlanPlus status" }],
};
