import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** custom_fields.csv → typed x_pp_* fields inferred from the rows, values written to the records (mapping.md §4.13, §5.7). */
export const customFields: ObjectMapping = {
  object: "custom_fields",
  file: "custom_fields.csv",
  idField: "Record ID",
  uniqueId: false,
  order: 13,
  dependsOn: ["contacts", "companies", "deals", "tasks"],
  kind: "records",
  description: "Fields inferred per (model, label): most frequent Field Type, dropdown options = distinct values (> 50 → Char). Each non-blank value updates its record; unconvertible values go to the record's notes (custom_value_invalid).",
  prepass: ["pp_custom_field_inference"],
  targets: [],
  fields: [{ kind: "computed", compute: "pp_custom_value", note: "typed value → x_pp_<slug(label)> on the record" }],
  reference: { Object: "ir.model.fields.model_id", "Record ID": "—", "Field Label": "ir.model.fields.field_description", "Field Type": "ir.model.fields.ttype", Value: "—" },
};
