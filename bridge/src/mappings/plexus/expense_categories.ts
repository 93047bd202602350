import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** expense_categories → expense products (mapping.md §3.11, §5.8). */
export const expenseCategories: ObjectMapping = {
  object: "expense_categories",
  file: "expense_categories.jsonl",
  idField: "id",
  order: 12.5,
  dependsOn: [],
  kind: "records",
  description: "Each category maps to an expense product by §5.8 (matched by default_code, created when absent, xmlid plexus_expense_product_<code>, cost 0).",
  targets: [],
  skips: [{ code: "deleted", when: { op: "true", field: "deleted" }, message: "soft-deleted in Plexus" }],
  fields: [{ kind: "computed", compute: "px_expense_product", note: "§5.8 code → product; unknown → Other + value_unmapped" }],
  reference: {
    id: "—", code: "product.product.default_code", name: "product.product.name", unit: "—", default_rate: "—", active: "—", created_at: "—", updated_at: "—", deleted: "—", deleted_at: "—",
  },
};
