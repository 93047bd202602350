import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** workflow_rules → rebuild reference document (mapping.md §3.14); nothing is created in Odoo. */
export const workflowRules: ObjectMapping = {
  object: "workflow_rules",
  file: "workflow_rules.jsonl",
  idField: "id",
  order: 16,
  dependsOn: [],
  kind: "document",
  description: "Written to workflow_rebuild_reference.json/.md with an Odoo automation-rule suggestion per rule.",
  targets: [],
  skips: [{ code: "deleted", when: { op: "true", field: "deleted" }, message: "soft-deleted in Plexus" }],
  fields: [],
  post: ["px_workflow_document"],
  reference: { id: "—", name: "—", description: "—", enabled: "—", trigger: "—", actions: "—", created_by_user_id: "—", created_at: "—", updated_at: "—", deleted: "—", deleted_at: "—" },
};
