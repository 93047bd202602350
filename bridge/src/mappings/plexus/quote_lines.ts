import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** quote_lines → sale.order.line with product and tax mapping (mapping.md §3.10). */
export const quoteLines: ObjectMapping = {
  object: "quote_lines",
  file: "quote_lines.jsonl",
  idField: "id",
  order: 12,
  dependsOn: ["quotes", "tax_codes"],
  kind: "records",
  description: "One line per quote line (xmlid plexus_quote_line_<id>); SKU → product (find or create); tax code → the mapped tax (tax_id in 18, tax_ids later).",
  targets: [{ name: "main", model: "sale.order.line", xmlidObject: "quote_line" }],
  skips: [{ code: "deleted", when: { op: "true", field: "deleted" }, message: "soft-deleted in Plexus" }],
  fields: [
    { kind: "lookup_xmlid", from: "quote_id", object: "quote", sourceObject: "quotes", onMissing: "reject", to: "order_id/id" },
    { kind: "computed", compute: "px_ql_product", to: "product_id/id" },
    { kind: "copy", from: "description", to: "name" },
    { kind: "transform", from: "quantity", to: "product_uom_qty", transform: "number" },
    { kind: "transform", from: "unit_price", to: "price_unit", transform: "money", args: { field: "unit_price", blankValue: "0" } },
    { kind: "computed", compute: "px_ql_discount", to: "discount", note: "amount → percent, exact decimal, half-up to 2 decimals (discount_rounded)" },
    { kind: "computed", compute: "px_ql_tax", from: ["tax_code_id"], to: ["tax_id/.id", "tax_ids/.id"], note: "⚠ tax_id (18) else tax_ids" },
    { kind: "computed", compute: "px_times_ten", from: ["line_number"], to: "sequence" },
    { kind: "transform", from: "created_at", transform: "create_date" },
  ],
  reference: {
    id: "—", quote_id: "sale.order.line.order_id", line_number: "sale.order.line.sequence", sku: "sale.order.line.product_id", description: "sale.order.line.name",
    quantity: "sale.order.line.product_uom_qty", unit_price: "sale.order.line.price_unit", discount: "sale.order.line.discount", discount_type: "sale.order.line.discount",
    tax_code_id: "sale.order.line.tax_id", created_at: "sale.order.line.create_date", updated_at: "—", deleted: "—", deleted_at: "—",
  },
};
