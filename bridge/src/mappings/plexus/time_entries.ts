import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** time_entries → account.analytic.line timesheets (mapping.md §3.9). */
export const timeEntries: ObjectMapping = {
  object: "time_entries",
  file: "time_entries.jsonl",
  idField: "id",
  order: 9,
  dependsOn: ["employees", "work_orders", "job_lines"],
  kind: "records",
  description: "One timesheet line per entry (xmlid plexus_time_entry_<id>): minutes ÷ 60 → hours (4 decimals), date = local date of clock-in.",
  targets: [{ name: "main", model: "account.analytic.line", xmlidObject: "time_entry" }],
  skips: [{ code: "deleted", when: { op: "true", field: "deleted" }, message: "soft-deleted in Plexus" }],
  fields: [
    { kind: "lookup_xmlid", from: "employee_id", object: "employee", sourceObject: "employees", onMissing: "reject", to: "employee_id/id" },
    { kind: "computed", compute: "px_time_entry", note: "date, unit_amount, project/task, x_plexus_start/end; rejects unusable start/end" },
    { kind: "computed", compute: "px_text", from: ["notes"], to: "name" },
    { kind: "transform", from: "billable", to: "x_plexus_billable", transform: "bool" },
    { kind: "transform", from: "approved", to: "x_plexus_approved", transform: "bool" },
    { kind: "copy", from: "entry_type", to: "x_plexus_entry_type" },
    { kind: "transform", from: "created_at", transform: "create_date" },
  ],
  reference: {
    id: "—", employee_id: "account.analytic.line.employee_id", work_order_id: "account.analytic.line.task_id", job_line_id: "account.analytic.line.task_id",
    entry_type: "account.analytic.line.x_plexus_entry_type", start: "account.analytic.line.date", end: "account.analytic.line.x_plexus_end",
    duration_minutes: "account.analytic.line.unit_amount", billable: "account.analytic.line.x_plexus_billable", notes: "account.analytic.line.name", gps: "—",
    approved: "account.analytic.line.x_plexus_approved", created_at: "account.analytic.line.create_date", updated_at: "—", deleted: "—", deleted_at: "—",
  },
  customFields: [
    { model: "account.analytic.line", name: "x_plexus_billable", ttype: "boolean", label: "Billable (Plexus)" },
    { model: "account.analytic.line", name: "x_plexus_approved", ttype: "boolean", label: "Approved (Plexus)" },
    { model: "account.analytic.line", name: "x_plexus_entry_type", ttype: "selection", label: "Entry type", selection: [["job", "Job"], ["travel", "Travel"], ["shop", "Shop"], ["training", "Training"]] },
    { model: "account.analytic.line", name: "x_plexus_start", ttype: "datetime", label: "Clock-in (Plexus)" },
    { model: "account.analytic.line", name: "x_plexus_end", ttype: "datetime", label: "Clock-out (Plexus)" },
  ],
};
