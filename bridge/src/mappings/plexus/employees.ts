import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** employees → hr.employee (mapping.md §3.2); manager links in a second pass. */
export const employees: ObjectMapping = {
  object: "employees",
  file: "employees.jsonl",
  idField: "id",
  order: 2,
  dependsOn: ["users"],
  kind: "records",
  description: "One employee per row (xmlid plexus_employee_<id>), always loaded unless deleted; user link via the Plexus user's e-mail, else the employee e-mail.",
  targets: [{ name: "main", model: "hr.employee", xmlidObject: "employee", notesField: "notes" }],
  skips: [{ code: "deleted", when: { op: "true", field: "deleted" }, message: "soft-deleted in Plexus" }],
  fields: [
    { kind: "computed", compute: "px_contact_name", from: ["first_name", "last_name", "email"], to: "name" },
    { kind: "transform", from: "email", to: "work_email", transform: "email", args: { field: "email" } },
    { kind: "transform", from: "mobile_phone", to: "mobile_phone", transform: "phone", args: { label: "Mobile", field: "mobile_phone" } },
    { kind: "computed", compute: "px_department", from: ["department"], to: "department_id/id" },
    { kind: "copy", from: "job_title", to: "job_title" },
    { kind: "computed", compute: "px_employee_user", to: "user_id/.id" },
    { kind: "transform", from: "hourly_cost", to: "hourly_cost", transform: "money", args: { field: "hourly_cost" } },
    { kind: "copy", from: "employee_number", to: "x_plexus_employee_number" },
    { kind: "copy", from: "pay_type", to: "x_plexus_pay_type" },
    { kind: "computed", compute: "px_prevailing_wage", from: ["prevailing_wage_classification"], to: "x_plexus_prevailing_wage_class", args: { field: "prevailing_wage_classification" } },
    { kind: "transform", from: "hire_date", to: "x_plexus_hire_date", transform: "iso_date" },
    { kind: "computed", compute: "px_employee_active", to: "active", note: "active=false or termination_date → archived with departure_date" },
    { kind: "transform", from: "created_at", transform: "create_date" },
  ],
  reference: {
    id: "—", employee_number: "hr.employee.x_plexus_employee_number", first_name: "hr.employee.name", last_name: "hr.employee.name", display_name: "hr.employee.name",
    email: "hr.employee.work_email", mobile_phone: "hr.employee.mobile_phone", department: "hr.employee.department_id", job_title: "hr.employee.job_title",
    manager_employee_id: "hr.employee.parent_id", user_id: "hr.employee.user_id", hourly_cost: "hr.employee.hourly_cost", pay_type: "hr.employee.x_plexus_pay_type",
    prevailing_wage_classification: "hr.employee.x_plexus_prevailing_wage_class", hire_date: "hr.employee.x_plexus_hire_date", termination_date: "hr.employee.departure_date",
    active: "hr.employee.active", created_at: "hr.employee.create_date", updated_at: "—", deleted: "—", deleted_at: "—",
  },
  customFields: [
    { model: "hr.employee", name: "x_plexus_employee_number", ttype: "char", label: "Plexus employee number" },
    { model: "hr.employee", name: "x_plexus_pay_type", ttype: "selection", label: "Pay type", selection: [["hourly", "Hourly"], ["salary", "Salary"]] },
    { model: "hr.employee", name: "x_plexus_prevailing_wage_class", ttype: "char", label: "Prevailing wage classification" },
    { model: "hr.employee", name: "x_plexus_hire_date", ttype: "date", label: "Hire date" },
  ],
};
