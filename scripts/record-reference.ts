/**
 * Records the reference data a fresh Odoo database ships with (countries, states, titles,
 * currencies, units, message subtypes, model external ids, default taxes) from a real server into
 * bridge/src/odoo/simulator/reference18.json, so the simulator resolves `base.us`-style ids like Odoo.
 * Usage: ODOO_URL=http://127.0.0.1:8069 ODOO_DB=plexus ODOO_USER=admin ODOO_PASSWORD=admin tsx scripts/record-reference.ts
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { OdooClient } from "../bridge/src/odoo/client.ts";

const env = process.env;
const client = await OdooClient.connect({
  url: env.ODOO_URL ?? "http://127.0.0.1:8069",
  db: env.ODOO_DB ?? "plexus",
  user: env.ODOO_USER ?? "admin",
  apiKey: env.ODOO_PASSWORD ?? "admin",
});

async function withXmlids(model: string, fields: string[], domain: unknown[] = []) {
  const rows = await client.searchRead<Record<string, unknown>>(model, domain, { fields, context: { active_test: false }, order: "id" });
  const data = await client.searchRead<{ module: string; name: string; res_id: number }>("ir.model.data", [["model", "=", model]], { fields: ["module", "name", "res_id"] });
  const byId = new Map<number, string[]>();
  for (const d of data) byId.set(d.res_id, [...(byId.get(d.res_id) ?? []), `${d.module}.${d.name}`]);
  return rows.map((r) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) out[k] = Array.isArray(v) && v.length === 2 && typeof v[0] === "number" ? v[0] : v;
    const x = byId.get(r.id as number);
    if (x) out.xmlids = x.sort();
    return out;
  });
}

const reference = {
  recorded_from: (await client.executeKw<Record<string, unknown>>("res.users", "context_get", [])) && `Odoo ${client.version.server_version}`,
  "res.country": await withXmlids("res.country", ["code", "name", "phone_code", "currency_id"]),
  "res.country.state": await withXmlids("res.country.state", ["code", "name", "country_id"]),
  "res.partner.title": await withXmlids("res.partner.title", ["name", "shortcut"]),
  "res.currency": await withXmlids("res.currency", ["name", "symbol", "active", "decimal_places"]),
  "uom.uom": await withXmlids("uom.uom", ["name", "category_id", "uom_type", "factor", "active"]),
  "uom.category": await withXmlids("uom.category", ["name"]),
  "mail.message.subtype": await withXmlids("mail.message.subtype", ["name", "internal", "res_model", "default"]),
  "res.partner.industry": await withXmlids("res.partner.industry", ["name", "full_name", "active"]),
  "account.tax": await withXmlids("account.tax", ["name", "amount", "amount_type", "type_tax_use", "price_include_override", "active"]),
  "ir.model": await withXmlids("ir.model", ["model", "name"]),
};
const out = join(import.meta.dirname, "..", "bridge", "src", "odoo", "simulator", "reference18.json");
await writeFile(out, `${JSON.stringify(reference, null, 1)}\n`);
console.log(`wrote ${out}: ${Object.entries(reference).filter(([, v]) => Array.isArray(v)).map(([k, v]) => `${k} ${(v as unknown[]).length}`).join(", ")}`);
await client.close();
