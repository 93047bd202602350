/**
 * Seeds the simulator with the reference data a fresh Odoo 18 database ships with (countries,
 * states, titles, currencies, units, message subtypes, industries, default taxes, model external
 * ids), recorded from a real server by scripts/record-reference.ts into reference18.json.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Store, Vals } from "./store.ts";
import { registerXmlid } from "./load.ts";

type Row = Record<string, unknown> & { id: number; xmlids?: string[] };

let cached: Record<string, Row[]> | undefined;
function reference(): Record<string, Row[]> {
  cached ??= JSON.parse(readFileSync(join(import.meta.dirname, "reference18.json"), "utf8")) as Record<string, Row[]>;
  return cached;
}

export function seedReference(store: Store): void {
  const ref = reference();
  for (const [model, rows] of Object.entries(ref)) {
    if (!Array.isArray(rows) || model === "ir.model") continue;
    let m;
    try {
      m = store.model(model);
    } catch {
      continue; // model not simulated
    }
    for (const row of rows) {
      const vals: Vals = {};
      for (const [k, v] of Object.entries(row)) if (k !== "id" && k !== "xmlids" && m.fields[k]) vals[k] = v as Vals[string];
      if (m.fields.name && vals.name === undefined && typeof row.name === "string") vals.name = row.name;
      store.insertRaw(model, vals, row.id);
      for (const x of row.xmlids ?? []) registerXmlid(store, x, model, row.id);
    }
  }
  // Records every database has from install.
  for (const [xmlid, model, id] of [
    ["base.main_partner", "res.partner", 1],
    ["base.main_company", "res.company", 1],
    ["base.partner_root", "res.partner", 2],
    ["base.partner_admin", "res.partner", 3],
    ["base.user_root", "res.users", 1],
    ["base.user_admin", "res.users", 2],
    ["sales_team.team_sales_department", "crm.team", 1],
  ] as const) {
    try {
      if (store.model(model).records.has(id)) registerXmlid(store, xmlid, model, id);
    } catch {
      /* model not simulated */
    }
  }
  // Model external ids (`project.model_project_task`, `base.model_res_partner`) on the simulator's ir.model rows.
  const irModel = store.model("ir.model");
  const byName = new Map<string, number>();
  for (const [id, r] of irModel.records) byName.set(String(r.model), id);
  for (const row of ref["ir.model"] ?? []) {
    const id = byName.get(String(row.model));
    if (id === undefined) continue;
    for (const x of row.xmlids ?? []) registerXmlid(store, x, "ir.model", id);
  }
}
