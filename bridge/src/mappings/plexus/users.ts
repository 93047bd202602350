import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** users → validated only (mapping.md §3.1). */
export const users: ObjectMapping = {
  object: "users",
  file: "users.jsonl",
  idField: "id",
  order: 1,
  dependsOn: [],
  kind: "validate",
  description: "Source users are never created: matched to Odoo users by e-mail for owner resolution (§1.5).",
  targets: [],
  fields: [],
  post: ["px_user_validate"],
  reference: {
    id: "—", email: "res.users.login", first_name: "res.users.name", last_name: "res.users.name", display_name: "res.users.name", role: "—",
    active: "res.users.active", employee_id: "hr.employee.user_id", time_zone: "res.users.tz", last_login_at: "—", created_at: "—", updated_at: "—", deleted: "—", deleted_at: "—",
  },
};
