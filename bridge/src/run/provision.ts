/**
 * Provisioning before data writes (mapping.md §1.9): the custom fields the approved mapping plans,
 * created idempotently as manual fields. Created fields are ledgered so rollback can remove them.
 */
import type { CustomField } from "../core/mapping/schema.ts";
import { customFieldXmlid } from "../core/mapping/customfields.ts";
import type { OdooClient } from "../odoo/client.ts";
import { ensureCustomFields, type CustomFieldSpec } from "../odoo/provision.ts";
import type { Ledger, LedgerEntry } from "./ledger.ts";

export interface ProvisionReport {
  created: string[];
  existing: string[];
  conflicts: string[];
  skippedModels: string[];
}

export async function provisionCustomFields(
  client: OdooClient,
  fields: Iterable<CustomField>,
  opts: { ledger?: Ledger; runId: string; source: string; installedModels: ReadonlySet<string> },
): Promise<ProvisionReport> {
  const byModel = new Map<string, CustomFieldSpec[]>();
  for (const cf of fields) {
    if (cf.ttype === "selection" && !cf.selection?.length) continue; // options arrive with the data (inferred)
    const spec: CustomFieldSpec = {
      name: cf.name,
      type: cf.ttype,
      label: cf.label,
      ...(cf.selection ? { selection: cf.selection } : {}),
      ...(cf.relation ? { relation: cf.relation } : {}),
    };
    byModel.set(cf.model, [...(byModel.get(cf.model) ?? []), spec]);
  }
  const report: ProvisionReport = { created: [], existing: [], conflicts: [], skippedModels: [] };
  for (const [model, specs] of byModel) {
    if (!opts.installedModels.has(model)) {
      report.skippedModels.push(model);
      continue;
    }
    const res = await ensureCustomFields(client, model, specs);
    // Give each field the external id the mapping engine refers to (selection options added during the load).
    const names = [...res.created, ...res.existing];
    if (names.length) {
      const rows = await client.searchRead<{ id: number; name: string }>("ir.model.fields", [["model", "=", model], ["name", "in", names]], { fields: ["name"] });
      const xmlids = rows.map((r) => ({ r, x: customFieldXmlid(opts.source as "plexus" | "planplus", model, r.name) }));
      const known = await client.resolveXmlids(xmlids.map((e) => e.x));
      for (const { r, x } of xmlids) {
        if (known.has(x)) continue;
        const dot = x.indexOf(".");
        await client.create("ir.model.data", { module: x.slice(0, dot), name: x.slice(dot + 1), model: "ir.model.fields", res_id: r.id, noupdate: true });
      }
    }
    report.created.push(...res.created.map((n) => `${model}.${n}`));
    report.existing.push(...res.existing.map((n) => `${model}.${n}`));
    report.conflicts.push(...res.conflicts.map((c) => `${model}.${c.name}: exists as ${c.existingType}, mapping wants ${c.wantedType}`));
    if (res.created.length && opts.ledger) {
      const rows = await client.searchRead<{ id: number; name: string }>("ir.model.fields", [["model", "=", model], ["name", "in", res.created]], { fields: ["name"] });
      const time = new Date().toISOString();
      const entries: LedgerEntry[] = rows.map((r) => ({
        run: opts.runId,
        phase: "provision",
        source: opts.source,
        object: "custom_fields",
        source_id: null,
        source_row: 0,
        model: "ir.model.fields",
        res_id: r.id,
        xmlid: customFieldXmlid(opts.source as "plexus" | "planplus", model, r.name),
        operation: "create",
        outcome: "loaded",
        time,
        previous: { field: `${model}.${r.name}` },
      }));
      await opts.ledger.append(entries);
    }
  }
  return report;
}
