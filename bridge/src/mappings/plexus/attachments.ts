import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** attachments → ir.attachment on the parent record (mapping.md §3.13). Binary checks (file_missing, checksum_mismatch) are the run layer's. */
export const attachments: ObjectMapping = {
  object: "attachments",
  file: "attachments.jsonl",
  idField: "id",
  order: 14,
  dependsOn: ["customers", "work_orders", "quotes", "expenses", "users"],
  kind: "records",
  description: "One attachment per row (xmlid plexus_attachment_<id>) on the customer's main partner, the task, the quotation or the expense.",
  targets: [{ name: "main", model: "ir.attachment", xmlidObject: "attachment" }],
  skips: [{ code: "deleted", when: { op: "true", field: "deleted" }, message: "soft-deleted in Plexus" }],
  fields: [
    { kind: "computed", compute: "px_attachment_parent", to: "res_model" },
    { kind: "copy", from: "file_name", to: "name" },
    { kind: "copy", from: "content_type", to: "mimetype" },
    { kind: "computed", compute: "px_attachment_description", to: "description" },
    { kind: "transform", from: "uploaded_at", transform: "create_date" },
  ],
  reference: {
    id: "—", parent_type: "ir.attachment.res_model", parent_id: "ir.attachment.res_id", file_name: "ir.attachment.name", content_type: "ir.attachment.mimetype",
    size_bytes: "—", sha256: "—", description: "ir.attachment.description", uploaded_by_user_id: "ir.attachment.description", uploaded_at: "ir.attachment.create_date",
    download_url: "ir.attachment.datas", expires_at: "—", file_path: "ir.attachment.datas", created_at: "—", updated_at: "—", deleted: "—", deleted_at: "—",
  },
};
