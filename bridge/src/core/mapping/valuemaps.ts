/**
 * Value maps of mapping.md §5 as data. Unknown source values use the `default` row and raise
 * `value_unmapped` (counted per value in the lookup index) — never a silent default.
 * All maps are part of the mapping document and editable before approval.
 */
import type { ValueMap } from "./schema.ts";

const fold = (fold: boolean): string => (fold ? "1" : "0");

function stageRows(rows: [string[], string, number, boolean, string, boolean?][], xmlPrefix: string): ValueMap["rows"] {
  return rows.map(([match, name, seq, f, state, dflt]) => ({
    match,
    values: { value: state, stage: name, sequence: String(seq), fold: fold(f), xmlid: `${xmlPrefix}${match[0]!.replace(/[^A-Za-z0-9]+/g, "_").toLowerCase()}` },
    ...(dflt ? { default: true } : {}),
  }));
}

export const PLEXUS_VALUE_MAPS: Record<string, ValueMap> = {
  wo_status: {
    description: "§5.1 Plexus work-order status → project.task.type (xmlid plexus_stage_<status>) + state",
    rows: stageRows(
      [
        [["new"], "New", 10, false, "01_in_progress", true],
        [["scheduled"], "Scheduled", 20, false, "01_in_progress"],
        [["dispatched"], "Dispatched", 30, false, "01_in_progress"],
        [["in_progress"], "In Progress", 40, false, "01_in_progress"],
        [["on_hold"], "On Hold", 50, false, "04_waiting_normal"],
        [["completed"], "Completed", 60, true, "1_done"],
        [["invoiced"], "Invoiced", 70, true, "1_done"],
        [["cancelled"], "Cancelled", 80, true, "1_canceled"],
      ],
      "plexus_stage_",
    ),
  },
  wo_priority: {
    description: "§5.2 Plexus priority → project.task.priority ('0' normal, '1' high) + tag",
    rows: [
      { match: ["low"], values: { value: "0", tag: "Low priority" } },
      { match: ["normal"], values: { value: "0", tag: "" }, default: true, blank: true },
      { match: ["high"], values: { value: "1", tag: "" } },
      { match: ["emergency"], values: { value: "1", tag: "Emergency" } },
    ],
  },
  expense_category: {
    description: "§5.8 Plexus expense category code → expense product (default_code)",
    rows: [
      { match: ["mileage"], values: { value: "EXP-MILEAGE", name: "Mileage" } },
      { match: ["materials"], values: { value: "EXP-MATERIALS", name: "Materials" } },
      { match: ["meals"], values: { value: "EXP-MEALS", name: "Meals" } },
      { match: ["lodging"], values: { value: "EXP-LODGING", name: "Lodging" } },
      { match: ["fuel"], values: { value: "EXP-FUEL", name: "Fuel" } },
      { match: ["tools"], values: { value: "EXP-TOOLS", name: "Tools & Equipment" } },
      { match: ["parking"], values: { value: "EXP-PARKING", name: "Parking & Tolls" } },
      { match: ["other"], values: { value: "EXP-OTHER", name: "Other expenses" }, default: true },
    ],
  },
  paid_by: {
    description: "§5.9 Plexus paid_by → hr.expense.payment_mode",
    rows: [
      { match: ["employee"], values: { value: "own_account" }, default: true },
      { match: ["company"], values: { value: "company_account" } },
    ],
  },
  schedule_status: {
    description: "§5.9 Plexus schedules.status → calendar.event.show_as",
    rows: [
      { match: ["tentative"], values: { value: "free" } },
      { match: ["confirmed"], values: { value: "busy" }, default: true },
    ],
  },
  custom_field_type: {
    description: "§5.7 custom field types → ir.model.fields.ttype (text → text when long/multi-line)",
    rows: [
      { match: ["text"], values: { value: "char" }, default: true },
      { match: ["number"], values: { value: "float" } },
      { match: ["date"], values: { value: "date" } },
      { match: ["checkbox"], values: { value: "boolean" } },
      { match: ["dropdown"], values: { value: "selection" } },
    ],
  },
  workflow_object: {
    description: "§3.14 workflow trigger object → Odoo model",
    rows: [
      { match: ["customer"], values: { value: "res.partner" } },
      { match: ["work_order"], values: { value: "project.task" } },
      { match: ["quote"], values: { value: "sale.order" } },
      { match: ["schedule"], values: { value: "calendar.event" } },
      { match: ["time_entry"], values: { value: "account.analytic.line" } },
      { match: ["expense"], values: { value: "hr.expense" } },
    ],
  },
};

export const PLANPLUS_VALUE_MAPS: Record<string, ValueMap> = {
  ticket_status: {
    description: "§5.3 PlanPlus ticket status → stage (helpdesk team or fallback CRM team)",
    rows: [
      { match: ["Open"], values: { value: "open", stage: "Open", sequence: "10", fold: "0" }, default: true },
      { match: ["Pending"], values: { value: "pending", stage: "Pending", sequence: "20", fold: "0" } },
      { match: ["Resolved"], values: { value: "resolved", stage: "Resolved", sequence: "30", fold: "0" } },
      { match: ["Closed"], values: { value: "closed", stage: "Closed", sequence: "40", fold: "1" } },
    ],
  },
  ticket_priority: {
    description: "§5.3 PlanPlus ticket priority → crm.lead / helpdesk.ticket priority",
    rows: [
      { match: ["Low"], values: { value: "0" } },
      { match: ["Normal"], values: { value: "1" }, default: true, blank: true },
      { match: ["High"], values: { value: "2" } },
      { match: ["Urgent"], values: { value: "3" } },
    ],
  },
  task_status: {
    description: "§5.4 PlanPlus task status → project.task.type (xmlid planplus_task_stage_<slug>) + state",
    rows: [
      { match: ["Not Started"], values: { value: "01_in_progress", stage: "To Do", sequence: "10", fold: "0", slug: "to_do" }, default: true, blank: true },
      { match: ["In Progress"], values: { value: "01_in_progress", stage: "In Progress", sequence: "20", fold: "0", slug: "in_progress" } },
      { match: ["Waiting on someone else"], values: { value: "04_waiting_normal", stage: "Waiting", sequence: "30", fold: "0", slug: "waiting" } },
      { match: ["Deferred"], values: { value: "04_waiting_normal", stage: "Deferred", sequence: "40", fold: "1", slug: "deferred" } },
      { match: ["Completed"], values: { value: "1_done", stage: "Done", sequence: "50", fold: "1", slug: "done" } },
    ],
  },
  task_priority: {
    description: "§5.5 PlanPlus task priority → priority + x_pp_priority (Franklin-Covey A/B/C with rank digit)",
    patterns: [
      { regex: "^A[1-9]?$", row: 0 },
      { regex: "^B[1-9]?$", row: 1 },
      { regex: "^C[1-9]?$", row: 2 },
    ],
    rows: [
      { match: ["High", "A"], values: { value: "1", pp: "high" } },
      { match: ["Medium", "B"], values: { value: "0", pp: "medium" }, default: true },
      { match: ["Low", "C"], values: { value: "0", pp: "low" } },
      { match: [], values: { value: "0", pp: "" }, blank: true },
    ],
  },
  quadrant: {
    description: "§5.6 quadrant (canonical Q1–Q4 of sources.md B.5) → x_quadrant selection",
    rows: [
      { match: ["Q1"], values: { value: "q1", label: "Q1 – Urgent & Important" } },
      { match: ["Q2"], values: { value: "q2", label: "Q2 – Not Urgent & Important" } },
      { match: ["Q3"], values: { value: "q3", label: "Q3 – Urgent & Not Important" } },
      { match: ["Q4"], values: { value: "q4", label: "Q4 – Not Urgent & Not Important" } },
    ],
  },
  custom_field_type: {
    description: "§5.7 PlanPlus Field Type → ir.model.fields.ttype (Text → text when long/multi-line)",
    rows: [
      { match: ["Text"], values: { value: "char" }, default: true },
      { match: ["Number"], values: { value: "float" } },
      { match: ["Date"], values: { value: "date" } },
      { match: ["Checkbox"], values: { value: "boolean" } },
      { match: ["Dropdown"], values: { value: "selection" } },
    ],
  },
  show_as: {
    description: "§5.9 PlanPlus Show Time As → calendar.event.show_as",
    rows: [
      { match: ["Busy", "Out of Office"], values: { value: "busy" }, default: true, blank: true },
      { match: ["Free", "Tentative"], values: { value: "free" } },
    ],
  },
  project_status: {
    description: "§5.9 PlanPlus projects.Status → active",
    rows: [
      { match: ["Active", "On Hold"], values: { value: "1" }, default: true },
      { match: ["Completed", "Cancelled"], values: { value: "0" } },
    ],
  },
  deal_status: {
    description: "§4.6 PlanPlus deals.Status (authoritative outcome)",
    rows: [
      { match: ["Open"], values: { value: "open" }, default: true },
      { match: ["Won"], values: { value: "won" } },
      { match: ["Lost"], values: { value: "lost" } },
    ],
  },
  partner_title: {
    description: "§4.3 contact Prefix → res.partner.title (base data xmlids); unknown → comment line",
    rows: [
      { match: ["Mr.", "Mr"], values: { value: "base.res_partner_title_mister" } },
      { match: ["Mrs.", "Mrs", "Ms.", "Ms"], values: { value: "base.res_partner_title_madam" } },
      { match: ["Miss"], values: { value: "base.res_partner_title_miss" } },
      { match: ["Dr.", "Dr"], values: { value: "base.res_partner_title_doctor" } },
      { match: ["Prof.", "Prof"], values: { value: "base.res_partner_title_prof" } },
    ],
  },
};
