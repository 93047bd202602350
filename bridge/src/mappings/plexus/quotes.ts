import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** quotes → sale.order in draft (mapping.md §3.10). */
export const quotes: ObjectMapping = {
  object: "quotes",
  file: "quotes.jsonl",
  idField: "id",
  order: 11,
  dependsOn: ["customers", "customer_contacts", "work_orders", "users"],
  kind: "records",
  description: "One draft quotation per quote (xmlid plexus_quote_<id>) keeping the Plexus number; never confirmed. Totals are compared after load.",
  targets: [{ name: "main", model: "sale.order", xmlidObject: "quote" }],
  skips: [{ code: "deleted", when: { op: "true", field: "deleted" }, message: "soft-deleted in Plexus" }],
  fields: [
    { kind: "lookup_xmlid", from: "customer_id", object: "customer", sourceObject: "customers", onMissing: "reject", to: "partner_id/id" },
    { kind: "copy", from: "number", to: "name" },
    { kind: "copy", from: "number", to: "origin" },
    { kind: "computed", compute: "px_quote_partners", from: ["customer_id"], note: "first invoice / delivery child, else the customer" },
    { kind: "computed", compute: "px_quote_date", from: ["issue_date"], to: "date_order", note: "09:00 tenant zone → UTC" },
    { kind: "transform", from: "expiry_date", to: "validity_date", transform: "iso_date" },
    { kind: "constant", to: "state", value: "draft" },
    { kind: "copy", from: "status", to: "x_plexus_quote_status" },
    { kind: "computed", compute: "px_pricelist", from: ["currency"], to: "pricelist_id/id" },
    { kind: "copy", from: "customer_po", to: "client_order_ref" },
    { kind: "computed", compute: "px_sale_owner", from: ["owner_user_id"], to: "user_id/.id" },
    { kind: "transform", from: "terms", to: "note", transform: "html" },
    { kind: "lookup_xmlid", from: "work_order_id", object: "wo", sourceObject: "work_orders", onMissing: "flag", to: "x_plexus_work_order_id/id" },
    { kind: "computed", compute: "px_quote_fiscal", from: ["customer_id"], to: "fiscal_position_id/.id" },
    { kind: "computed", compute: "px_quote_totals", note: "subtotal/tax_total/total kept for the report comparison" },
    { kind: "transform", from: "created_at", transform: "create_date" },
  ],
  reference: {
    id: "—", number: "sale.order.name", customer_id: "sale.order.partner_id", work_order_id: "sale.order.x_plexus_work_order_id", status: "sale.order.x_plexus_quote_status",
    issue_date: "sale.order.date_order", expiry_date: "sale.order.validity_date", currency: "sale.order.pricelist_id", customer_po: "sale.order.client_order_ref",
    owner_user_id: "sale.order.user_id", terms: "sale.order.note", subtotal: "—", tax_total: "—", total: "—", lines: "sale.order.order_line",
    created_at: "sale.order.create_date", updated_at: "—", deleted: "—", deleted_at: "—",
  },
  customFields: [
    { model: "sale.order", name: "x_plexus_quote_status", ttype: "selection", label: "Plexus quote status", selection: [["draft", "Draft"], ["sent", "Sent"], ["accepted", "Accepted"], ["declined", "Declined"], ["expired", "Expired"]] },
    { model: "sale.order", name: "x_plexus_work_order_id", ttype: "many2one", relation: "project.task", label: "Plexus work order" },
  ],
};
