import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** expenses → hr.expense in draft (mapping.md §3.11). */
export const expenses: ObjectMapping = {
  object: "expenses",
  file: "expenses.jsonl",
  idField: "id",
  order: 13,
  dependsOn: ["employees", "expense_categories", "work_orders"],
  kind: "records",
  description: "One draft expense (xmlid plexus_expense_<id>) without report; amount in total_amount_currency (unit_amount × 1 in older versions).",
  targets: [{ name: "main", model: "hr.expense", xmlidObject: "expense" }],
  skips: [{ code: "deleted", when: { op: "true", field: "deleted" }, message: "soft-deleted in Plexus" }],
  fields: [
    { kind: "computed", compute: "px_expense_amount", from: ["amount"], note: "⚠ total_amount_currency else unit_amount; blank → missing_required; unparseable → invalid_required_value" },
    { kind: "lookup_xmlid", from: "employee_id", object: "employee", sourceObject: "employees", onMissing: "reject", to: "employee_id/id" },
    { kind: "copy", from: "description", to: "name" },
    { kind: "computed", compute: "px_expense_product", to: "product_id/id", note: "category_id → code (else category) → §5.8 product" },
    { kind: "computed", compute: "px_expense_description", to: "description", note: "mileage: N miles" },
    { kind: "computed", compute: "px_currency", from: ["currency"], to: "currency_id/id" },
    { kind: "transform", from: "date", to: "date", transform: "iso_date" },
    { kind: "value_map", from: "paid_by", map: "paid_by", to: "payment_mode" },
    { kind: "copy", from: "status", to: "x_plexus_expense_status" },
    { kind: "computed", compute: "px_expense_analytic", from: ["work_order_id"], note: "100 % on the work order project's analytic account" },
    { kind: "transform", from: "created_at", transform: "create_date" },
  ],
  reference: {
    id: "—", employee_id: "hr.expense.employee_id", work_order_id: "hr.expense.analytic_distribution", date: "hr.expense.date", category_id: "hr.expense.product_id",
    category: "hr.expense.product_id", description: "hr.expense.name", amount: "hr.expense.total_amount_currency", currency: "hr.expense.currency_id",
    quantity: "hr.expense.description", paid_by: "hr.expense.payment_mode", status: "hr.expense.x_plexus_expense_status", receipt_attachment_id: "ir.attachment.res_id",
    created_at: "hr.expense.create_date", updated_at: "—", deleted: "—", deleted_at: "—",
  },
  customFields: [
    { model: "hr.expense", name: "x_plexus_expense_status", ttype: "selection", label: "Plexus expense status", selection: [["draft", "Draft"], ["submitted", "Submitted"], ["approved", "Approved"], ["reimbursed", "Reimbursed"], ["rejected", "Rejected"]] },
  ],
};
