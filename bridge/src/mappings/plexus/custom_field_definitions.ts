import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** custom_field_definitions → x_plexus_<key> manual fields (mapping.md §3.12), schema step. */
export const customFieldDefinitions: ObjectMapping = {
  object: "custom_field_definitions",
  file: "custom_field_definitions.jsonl",
  idField: "id",
  order: 0,
  dependsOn: ["customers", "work_orders"],
  kind: "records",
  prepass: ["px_custom_drift"],
  description: "Each definition (inactive ones too) becomes a manual field x_plexus_<key> on res.partner (customer) or project.task (work_order); type per §5.7, options as selection rows. Plus x_plexus_custom_extra (Text) per model for undefined keys. Dropdown values used by records but missing from the options are appended here, before any record is written (flag custom_value_not_in_options on those records).",
  targets: [],
  skips: [{ code: "deleted", when: { op: "true", field: "deleted" }, message: "soft-deleted in Plexus" }],
  fields: [],
  post: ["px_custom_definition"],
  reference: {
    id: "—", key: "ir.model.fields.name", label: "ir.model.fields.field_description", type: "ir.model.fields.ttype", options: "ir.model.fields.selection_ids",
    applies_to: "ir.model.fields.model_id", required: "—", active: "—", position: "ir.model.fields.selection.sequence", created_at: "—", updated_at: "—", deleted: "—", deleted_at: "—",
  },
  customFields: [
    { model: "res.partner", name: "x_plexus_custom_extra", ttype: "text", label: "Plexus custom fields (undefined keys)" },
    { model: "project.task", name: "x_plexus_custom_extra", ttype: "text", label: "Plexus custom fields (undefined keys)" },
  ],
};
