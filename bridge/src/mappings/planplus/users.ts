import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** users.csv → validated only (mapping.md §2, §4.1); used for owner resolution. */
export const users: ObjectMapping = {
  object: "users",
  file: "users.csv",
  idField: "User ID",
  order: 1,
  dependsOn: [],
  kind: "validate",
  description: "Source users are never created; they are matched to Odoo users by e-mail (owner resolution §1.5). Mission Statement goes to the matched user's partner.",
  targets: [],
  fields: [],
  post: ["pp_user_validate"],
  reference: {
    "User ID": "—",
    "Full Name": "res.users.name",
    "E-mail Address": "res.users.login",
    Role: "—",
    Status: "res.users.active",
    "Time Zone": "res.users.tz",
    "Mission Statement": "res.partner.x_pp_mission_statement",
    "Last Login": "—",
  },
  customFields: [{ model: "res.partner", name: "x_pp_mission_statement", ttype: "text", label: "Mission Statement" }],
};
