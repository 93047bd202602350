import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** tax_codes → validated against account.tax via the wizard's tax table (mapping.md §3.10). */
export const taxCodes: ObjectMapping = {
  object: "tax_codes",
  file: "tax_codes.jsonl",
  idField: "id",
  order: 10,
  dependsOn: [],
  kind: "validate",
  description: "Each code maps to exactly one sale tax (percent, amount = rate, price_include = price_inclusive); unmapped codes leave lines without tax (tax_unmapped).",
  targets: [],
  fields: [],
  post: ["px_tax_validate"],
  reference: {
    id: "—", code: "account.tax.name", name: "account.tax.description", rate: "account.tax.amount", price_inclusive: "account.tax.price_include", jurisdiction: "—",
    active: "account.tax.active", created_at: "—", updated_at: "—", deleted: "—", deleted_at: "—",
  },
};
