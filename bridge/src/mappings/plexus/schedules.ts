import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** schedules → calendar.event (Community) or planning.slot (if installed) — mapping.md §3.8. */
export const schedules: ObjectMapping = {
  object: "schedules",
  file: "schedules.jsonl",
  idField: "id",
  order: 8,
  dependsOn: ["work_orders", "employees"],
  kind: "records",
  description: "Each schedule row becomes its own event (xmlid plexus_schedule_<id>); cancelled rows are skipped.",
  variants: [
    { id: "planning", label: "planning.slot (Planning app)", requires: { modules: ["planning"], models: ["planning.slot"] } },
    { id: "calendar", label: "calendar.event", requires: { models: ["calendar.event"] } },
  ],
  targets: [
    { name: "main", model: "calendar.event", xmlidObject: "schedule", variant: "calendar", notesField: "description", notesHtml: true },
    { name: "slot", model: "planning.slot", xmlidObject: "schedule", variant: "planning" },
  ],
  skips: [
    { code: "deleted", when: { op: "true", field: "deleted" }, message: "soft-deleted in Plexus" },
    { code: "cancelled", when: { op: "predicate", name: "px_schedule_cancelled" }, message: "cancelled schedule" },
  ],
  fields: [
    { kind: "computed", compute: "px_sched_name", to: "name", variant: "calendar" },
    { kind: "computed", compute: "px_sched_times", variant: "calendar", note: "start/stop utc(); all-day: start_date/stop_date (exclusive end − 1 day)" },
    { kind: "computed", compute: "px_sched_people", from: ["employee_id"], variant: "calendar", note: "partner_ids = employee work contact; user_id = employee's user" },
    { kind: "computed", compute: "px_sched_link", from: ["work_order_id"], variant: "calendar", note: "res_model_id/res_id = the work order task" },
    { kind: "computed", compute: "px_sched_show_as", from: ["status"], to: "show_as", variant: "calendar" },
    { kind: "transform", from: "notes", to: "description", transform: "html", variant: "calendar" },
    { kind: "copy", from: "schedule_type", to: "x_plexus_schedule_type", variant: "calendar" },
    { kind: "transform", from: "created_at", transform: "create_date", variant: "calendar" },
    { target: "slot", kind: "transform", from: "start", to: "start_datetime", transform: "local_datetime", variant: "planning" },
    { target: "slot", kind: "transform", from: "end", to: "end_datetime", transform: "local_datetime", variant: "planning" },
    { target: "slot", kind: "transform", from: "employee_id", to: "resource_id/id", transform: "xmlid_of", args: { object: "employee" }, variant: "planning", note: "employee's resource (resolved by the run layer)" },
    { target: "slot", kind: "lookup_xmlid", from: "work_order_id", object: "wo", sourceObject: "work_orders", onMissing: "flag", to: "task_id/id", variant: "planning" },
  ],
  reference: {
    id: "—", work_order_id: "calendar.event.res_id", employee_id: "calendar.event.partner_ids", schedule_type: "calendar.event.x_plexus_schedule_type", status: "calendar.event.show_as",
    start: "calendar.event.start", end: "calendar.event.stop", all_day: "calendar.event.allday", time_zone: "—", notes: "calendar.event.description",
    created_at: "calendar.event.create_date", updated_at: "—", deleted: "—", deleted_at: "—",
  },
  customFields: [
    { model: "calendar.event", name: "x_plexus_schedule_type", ttype: "selection", label: "Plexus schedule type", selection: [["assignment", "Assignment"], ["soft_reservation", "Soft reservation"], ["blocked_time", "Blocked time"]] },
  ],
};
