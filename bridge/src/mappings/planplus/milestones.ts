import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** milestones.csv → project.milestone (mapping.md §4.10). */
export const milestones: ObjectMapping = {
  object: "milestones",
  file: "milestones.csv",
  idField: "Milestone ID",
  order: 8,
  dependsOn: ["projects"],
  kind: "records",
  description: "One milestone per row (xmlid planplus_milestone_<Milestone ID>); Description goes to the project's chatter.",
  targets: [{ name: "main", model: "project.milestone", xmlidObject: "milestone" }],
  rejects: [{ code: "missing_required", when: { op: "blank", field: "Milestone Name" }, field: "Milestone Name", message: "Milestone Name is blank" }],
  fields: [
    { kind: "lookup_xmlid", from: "Project ID", object: "project", sourceObject: "projects", onMissing: "reject", to: "project_id/id" },
    { kind: "copy", from: "Milestone Name", to: "name" },
    { kind: "transform", from: "Due Date", to: "deadline", transform: "date", args: { field: "Due Date" } },
    { kind: "transform", from: "Completed", to: "is_reached", transform: "bool" },
    { kind: "transform", from: "Completed Date", to: "x_pp_completed_date", transform: "date", args: { field: "Completed Date" } },
    { kind: "computed", compute: "pp_milestone_note", from: ["Description"], note: "note on the project when non-empty" },
  ],
  reference: {
    "Milestone ID": "—", "Project ID": "project.milestone.project_id", "Milestone Name": "project.milestone.name", "Due Date": "project.milestone.deadline",
    Completed: "project.milestone.is_reached", "Completed Date": "project.milestone.x_pp_completed_date", Description: "mail.message.body",
  },
  customFields: [{ model: "project.milestone", name: "x_pp_completed_date", ttype: "date", label: "Completed date (PlanPlus)" }],
};
