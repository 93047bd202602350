/**
 * `ferry audit` (issue 7, mapping.md §6): the destination before a migration — Odoo version, required
 * vs installed apps for the source's scope, optional Enterprise apps and the fallback each object will
 * use, existing records that may collide with the source (same e-mails, stage names, project names),
 * records Ferry already created, and users. `--install` installs the missing apps after confirmation.
 */
import { getPath } from "../core/mapping/engine.ts";
import { readFile } from "node:fs/promises";
import type { SourceSystem } from "../core/codes.ts";
import { FerryError } from "../core/errors.ts";
import { importMappingJson } from "../core/mapping/document.ts";
import { preflight } from "../core/mapping/preflight.ts";
import type { MappingDoc } from "../core/mapping/schema.ts";
import { normalizeEmail } from "../core/normalize/email.ts";
import { nameKey } from "../core/normalize/names.ts";
import type { AuditView } from "../core/validate-report.ts";
import { XMLID_MODULE } from "../core/xmlid.ts";
import { defaultMapping } from "../mappings/index.ts";
import type { OdooClient } from "../odoo/client.ts";
import { installModules, type InstallResult } from "../odoo/provision.ts";
import type { SourceExport } from "../sources/types.ts";
import { mappingModels, readTargetProfile } from "./steps.ts";

/** Apps each source needs (mapping.md intro; issue 7). */
export const REQUIRED_APPS: Record<SourceSystem, string[]> = {
  planplus: ["contacts", "crm", "project", "calendar"],
  plexus: ["contacts", "project", "hr_timesheet", "sale_management", "hr_expense", "calendar"],
};
/** Enterprise apps used when present (mapping.md §6). */
export const OPTIONAL_APPS = ["helpdesk", "knowledge", "planning", "project_enterprise"];

export interface Collision {
  kind: "email" | "stage" | "project";
  model: string;
  /** The normalized value both sides share. */
  value: string;
  /** `object:id` of the first source rows carrying it (at most 5). */
  source: string[];
  odoo: { id: number; name: string; ferry: boolean }[];
}

export interface AuditReport extends AuditView {
  source: SourceSystem;
  odoo: { url: string; db: string; version: string; major: number };
  collisions: Collision[];
  install?: InstallResult;
}

export async function loadAuditMapping(source: SourceSystem, file?: string): Promise<MappingDoc> {
  if (!file) return defaultMapping(source);
  try {
    const doc = importMappingJson(await readFile(file, "utf8"));
    if (doc.source !== source) throw new Error(`mapping is for ${doc.source}, not ${source}`);
    return doc;
  } catch (e) {
    throw new FerryError("usage", `cannot read mapping ${file}: ${(e as Error).message}`, { file });
  }
}

interface CollisionProbe {
  kind: Collision["kind"];
  object: string;
  column: string;
  model: string;
}

/**
 * Source columns to compare with existing Odoo records, read off the mapping: columns written to
 * `email` on res.partner targets, and to `name` on crm.stage / project.project / project.task.type.
 */
export function collisionProbes(doc: MappingDoc): CollisionProbe[] {
  const out: CollisionProbe[] = [];
  const seen = new Set<string>();
  for (const om of doc.objects) {
    for (const r of om.fields) {
      if (!("from" in r) || r.from === undefined || r.to === undefined) continue;
      const tos = Array.isArray(r.to) ? r.to : [r.to];
      const target = om.targets.find((t) => t.name === (r.target ?? "main"));
      if (!target) continue;
      const from = Array.isArray(r.from) ? r.from : [r.from];
      let kind: Collision["kind"] | null = null;
      if (tos.includes("email") && target.model === "res.partner") kind = "email";
      else if (tos.includes("name") && (target.model === "crm.stage" || target.model === "project.task.type")) kind = "stage";
      else if (tos.includes("name") && target.model === "project.project" && r.kind !== "computed") kind = "project";
      if (!kind || !from[0]) continue;
      const key = `${kind}\u0000${om.object}\u0000${from[0]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ kind, object: om.object, column: from[0], model: target.model });
    }
  }
  return out;
}

/** Stage names the value maps create (Plexus work-order status, PlanPlus task status → project.task.type). */
function valueMapStages(doc: MappingDoc): string[] {
  const names = new Set<string>();
  for (const vm of Object.values(doc.valueMaps ?? {})) for (const row of vm.rows) if (row.values["stage"]) names.add(row.values["stage"]);
  return [...names];
}

const PAGE = 2000;

async function readAllPages<T>(client: OdooClient, model: string, domain: unknown[], fields: string[]): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await client.searchRead<T>(model, domain, { fields, offset, limit: PAGE, order: "id", context: { active_test: false } });
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}

async function ferryOwned(client: OdooClient, source: SourceSystem, model: string, ids: number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const rows = await client.searchRead<{ res_id: number }>("ir.model.data", [["module", "=", XMLID_MODULE[source]], ["model", "=", model], ["res_id", "in", ids]], { fields: ["res_id"] });
  return new Set(rows.map((r) => r.res_id));
}

export interface AuditInput {
  client: OdooClient;
  source: SourceSystem;
  doc: MappingDoc;
  exp?: SourceExport;
  /** Install the missing required apps; `confirm` gets the list and must agree. */
  install?: { confirm: (apps: string[]) => boolean | Promise<boolean> };
  maxCollisions?: number;
  /** Called with the step in progress (progress line on a terminal). */
  progress?: (step: string) => void;
}

export async function audit(input: AuditInput): Promise<AuditReport> {
  const { client, source, doc } = input;
  const warnings: string[] = [];
  const required = REQUIRED_APPS[source];
  const readApps = async () =>
    new Map(
      (await client.searchRead<{ name: string; state: string }>("ir.module.module", [["name", "in", [...required, ...OPTIONAL_APPS]]], { fields: ["name", "state"] })).map((r) => [r.name, r.state]),
    );
  let states = await readApps();
  let install: InstallResult | undefined;
  const missingNow = required.filter((a) => states.get(a) !== "installed");
  if (input.install && missingNow.length) {
    install = await installModules(client, missingNow, input.install.confirm);
    states = await readApps();
  }
  const apps = [...required.map((n) => ({ name: n, required: true })), ...OPTIONAL_APPS.map((n) => ({ name: n, required: false }))].map((a) => ({
    ...a,
    state: states.get(a.name) ?? "not available",
  }));
  const missing = apps.filter((a) => a.required && a.state !== "installed").map((a) => a.name);

  const profile = await readTargetProfile(client, doc);
  const pf = preflight(doc, profile);

  // collisions: stream the source, keep only the distinct values to compare
  const collisions: Collision[] = [];
  const counts: Record<string, number> = { email: 0, stage: 0, project: 0 };
  const max = input.maxCollisions ?? 500;
  if (input.exp) {
    const probes = collisionProbes(doc);
    const values = new Map<string, Map<string, { model: string; refs: string[] }>>(); // kind → normalized value → model + refs
    const remember = (kind: string, model: string, value: string, ref: string) => {
      const m = values.get(kind) ?? new Map<string, { model: string; refs: string[] }>();
      values.set(kind, m);
      const e = m.get(value) ?? { model, refs: [] };
      if (e.refs.length < 5 && !e.refs.includes(ref)) e.refs.push(ref);
      m.set(value, e);
    };
    const byObject = new Map<string, CollisionProbe[]>();
    for (const p of probes) byObject.set(p.object, [...(byObject.get(p.object) ?? []), p]);
    for (const [object, ps] of byObject) {
      const reader = input.exp.objects.get(object);
      if (!reader) continue;
      input.progress?.(`reading ${object}`);
      for await (const it of reader.read()) {
        if (it.kind !== "record") continue;
        for (const p of ps) {
          const raw = getPath(it.record.data, p.column);
          if (raw === null || raw === undefined || String(raw).trim() === "") continue;
          const v = p.kind === "email" ? normalizeEmail(String(raw)).email : nameKey(String(raw));
          if (v) remember(p.kind, p.model, v, `${object}:${it.record.id}`);
        }
      }
    }
    for (const s of valueMapStages(doc)) remember("stage", "project.task.type", nameKey(s), "mapping value map");

    const emails = values.get("email");
    if (emails?.size && profile.fields["res.partner"]) {
      const partners = await readAllPages<{ id: number; name: string; email: string | false }>(client, "res.partner", [["email", "!=", false]], ["name", "email"]);
      const hits = new Map<string, { id: number; name: string }[]>();
      for (const p of partners) {
        const e = p.email ? normalizeEmail(p.email).email : null;
        if (e && emails.has(e)) hits.set(e, [...(hits.get(e) ?? []), { id: p.id, name: p.name }]);
      }
      const owned = await ferryOwned(client, source, "res.partner", [...hits.values()].flat().map((h) => h.id));
      for (const [e, odoo] of hits) {
        counts.email = (counts.email ?? 0) + 1;
        if (collisions.length < max) collisions.push({ kind: "email", model: "res.partner", value: e, source: emails.get(e)?.refs ?? [], odoo: odoo.map((o) => ({ ...o, ferry: owned.has(o.id) })) });
      }
    }
    for (const kind of ["stage", "project"] as const) {
      const vals = values.get(kind);
      if (!vals?.size) continue;
      const models = [...new Set([...vals.values()].map((v) => v.model))];
      for (const model of models) {
        if (!profile.fields[model]) continue;
        const recs = await readAllPages<{ id: number; name: string }>(client, model, [], ["name"]);
        const hits: { value: string; odoo: { id: number; name: string }[] }[] = [];
        const byKey = new Map<string, { id: number; name: string }[]>();
        for (const r of recs) {
          const k = nameKey(typeof r.name === "string" ? r.name : String(r.name));
          byKey.set(k, [...(byKey.get(k) ?? []), { id: r.id, name: String(r.name) }]);
        }
        for (const [v, info] of vals) if (info.model === model && byKey.has(v)) hits.push({ value: v, odoo: byKey.get(v)! });
        const owned = await ferryOwned(client, source, model, hits.flatMap((h) => h.odoo.map((o) => o.id)));
        for (const h of hits) {
          counts[kind] = (counts[kind] ?? 0) + 1;
          if (collisions.length < max) collisions.push({ kind, model, value: h.value, source: vals.get(h.value)?.refs ?? [], odoo: h.odoo.map((o) => ({ ...o, ferry: owned.has(o.id) })) });
        }
      }
    }
  } else {
    warnings.push("no --input: collisions with the source were not checked");
  }

  const ferryRecords: Record<string, number> = {};
  for (const model of mappingModels(doc)) {
    const n = await client.searchCount("ir.model.data", [["module", "=", XMLID_MODULE[source]], ["model", "=", model]]);
    if (n > 0) ferryRecords[model] = n;
  }

  const users = await client.searchRead<{ id: number; login: string; name: string; active: boolean; share?: boolean }>("res.users", [], {
    fields: ["login", "name", "active"],
    order: "id",
    context: { active_test: false },
  });
  if (users.length > 500) warnings.push(`${users.length} users: only the first 500 are listed`);

  return {
    source,
    generated_at: new Date().toISOString(),
    odoo: { url: client.url, db: client.db, version: client.version.server_version, major: client.major },
    apps,
    missing,
    fallbacks: pf.variants,
    choices: pf.choices.filter((c) => c.chosen === null || c.wanted.length > 1).map((c) => ({ object: c.object, wanted: c.wanted, chosen: c.chosen })),
    preflight_errors: pf.errors,
    collisions,
    collision_counts: counts,
    ferry_records: ferryRecords,
    users: users.slice(0, 500).map((u) => ({ id: u.id, login: u.login, name: u.name, active: u.active })),
    users_total: users.length,
    ...(install ? { install } : {}),
    warnings,
  };
}
