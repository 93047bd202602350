import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** job_lines → labor sub-tasks, other lines → table in the parent description (mapping.md §3.7, mode job_lines_mode). */
export const jobLines: ObjectMapping = {
  object: "job_lines",
  file: "job_lines.jsonl",
  idField: "id",
  order: 7,
  dependsOn: ["work_orders"],
  kind: "records",
  description: "mixed (default): labor lines → child task plexus_job_line_<id>; other lines → rows of an HTML table appended to the work order description. Both count as loaded.",
  targets: [{ name: "main", model: "project.task", xmlidObject: "job_line", when: { op: "predicate", name: "px_is_labor_subtask" } }],
  skips: [{ code: "deleted", when: { op: "true", field: "deleted" }, message: "soft-deleted in Plexus" }],
  post: ["px_job_line_table"],
  fields: [
    { kind: "lookup_xmlid", from: "work_order_id", object: "wo", sourceObject: "work_orders", onMissing: "reject", to: "parent_id/id" },
    { kind: "computed", compute: "px_jl_fields", to: "parent_id/id", note: "project, name, allocated_hours (unit hr), billable, unit price" },
    { kind: "computed", compute: "px_times_ten", from: ["line_number"], to: "sequence" },
    { kind: "transform", from: "created_at", transform: "create_date" },
  ],
  reference: {
    id: "—", work_order_id: "project.task.parent_id", line_number: "project.task.sequence", line_type: "—", sku: "—", description: "project.task.name", quantity: "project.task.allocated_hours",
    unit: "—", unit_price: "project.task.x_plexus_unit_price", unit_cost: "—", billable: "project.task.x_plexus_billable", prevailing_wage: "—",
    created_at: "project.task.create_date", updated_at: "—", deleted: "—", deleted_at: "—",
  },
  customFields: [
    { model: "project.task", name: "x_plexus_billable", ttype: "boolean", label: "Billable (Plexus)" },
    { model: "project.task", name: "x_plexus_unit_price", ttype: "float", label: "Unit price (Plexus)" },
  ],
};
