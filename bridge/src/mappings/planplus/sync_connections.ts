import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** sync_connections.csv → handoff document only (mapping.md §4.14). */
export const syncConnections: ObjectMapping = {
  object: "sync_connections",
  file: "sync_connections.csv",
  idField: "Connection ID",
  order: 14,
  dependsOn: ["users"],
  kind: "document",
  description: "Documented in sync_connections.md/.csv: provider, scope, account, users, status, last sync (UTC) and where to reconnect in Odoo. Tokens are not in the export and are never requested.",
  targets: [],
  fields: [{ kind: "computed", compute: "pp_sync_document" }],
  reference: {
    "Connection ID": "—", Provider: "—", Scope: "—", Account: "—", "User E-mail": "res.users.login", Status: "—", "Last Sync": "—", "Time Zone": "—",
  },
};
