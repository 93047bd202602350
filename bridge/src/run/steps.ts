/**
 * Builds the run's phases from the mapping document: reads the target profile from Odoo
 * (fields_get, installed modules, users, states, company currency), creates the mapping session,
 * and turns each source object present in the export into an ObjectStep in load order.
 */
import type { SourceRecord as MapSourceRecord, TargetProfile, MapSettings, FieldInfo } from "../core/mapping/context.ts";
import { createMapContext } from "../core/mapping/context.ts";
import type { OdooUser } from "../core/mapping/owners.ts";
import { MappingSession } from "../core/mapping/session.ts";
import type { MappingDoc } from "../core/mapping/schema.ts";
import { contentHash } from "../core/mapping/approval.ts";
import type { OdooClient } from "../odoo/client.ts";
import type { SourceExport, ReadItem } from "../sources/types.ts";
import type { Settings } from "../cli/settings.ts";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { applyOwnerOverrides, type OwnersReport } from "./owners.ts";
import type { MapResult, ObjectStep } from "./pipeline.ts";

export interface BuiltSteps {
  steps: ObjectStep[];
  /** Odoo models the mapping writes (for record counts). */
  models: string[];
  mappingHash: string;
  session: MappingSession;
  profile: TargetProfile;
  warnings: string[];
}

/** Target models named by a mapping document (targets and custom-field models). */
export function mappingModels(doc: MappingDoc): string[] {
  const models = new Set<string>();
  for (const o of doc.objects) {
    for (const t of o.targets) models.add(t.model);
    for (const f of o.customFields ?? []) models.add(f.model);
  }
  return [...models].sort();
}

/** Models whose fields the target profile reads besides the mapping's targets. */
export const PROFILE_EXTRA_MODELS = [
  "res.partner",
  "res.users",
  "res.partner.category",
  "res.partner.industry",
  "res.partner.title",
  "ir.attachment",
  "mail.message",
  "calendar.event",
  "crm.lead",
  "crm.stage",
  "crm.team",
  "crm.tag",
  "crm.lost.reason",
  "project.project",
  "project.task",
  "project.task.type",
  "project.tags",
  "project.milestone",
  "hr.employee",
  "hr.department",
  "account.analytic.line",
  "sale.order",
  "sale.order.line",
  "product.product",
  "hr.expense",
  "helpdesk.ticket",
  "knowledge.article",
  "planning.slot",
];

/** Every model a profile may need (mapping targets of both sources + the extras). */
export const PROFILE_MODELS: ReadonlySet<string> = new Set([...PROFILE_EXTRA_MODELS, "ir.model.fields", "ir.model.fields.selection", "res.country", "res.country.state", "res.currency", "res.company", "product.pricelist", "utm.source", "res.partner.title", "calendar.event.type", "project.tags", "crm.tag", "account.tax", "uom.uom"]);

/** mapping.md §1.1: the target profile, read from Odoo; a model that does not exist is left out. */
export async function readTargetProfile(client: OdooClient, doc: MappingDoc): Promise<TargetProfile> {
  const fields: Record<string, Record<string, FieldInfo>> = {};
  const models = [...new Set([...mappingModels(doc), ...PROFILE_EXTRA_MODELS])];
  const existing = new Set(
    (await client.searchRead<{ model: string }>("ir.model", [["model", "in", models]], { fields: ["model"] })).map((m) => m.model),
  );
  for (const m of models) {
    if (!existing.has(m)) continue;
    fields[m] = (await client.fieldsGet(m)) as Record<string, FieldInfo>;
  }
  return { odooMajor: client.major, modules: await client.installedModules(), fields };
}

async function readAll(exp: SourceExport, object: string): Promise<Record<string, unknown>[]> {
  const reader = exp.objects.get(object);
  if (!reader) return [];
  const out: Record<string, unknown>[] = [];
  for await (const item of reader.read()) if (item.kind === "record") out.push(item.record.data);
  return out;
}

async function summaryFilesOf(root: string): Promise<string[]> {
  const dirs = (await readdir(root).catch(() => [] as string[])).filter((d) => d.toLowerCase() === "project_summaries");
  const out: string[] = [];
  for (const d of dirs) for (const f of await readdir(join(root, d)).catch(() => [] as string[])) out.push(`${d}/${f}`, `project_summaries/${f}`);
  return out;
}

export async function buildSteps(
  exp: SourceExport,
  settings: Settings,
  client: OdooClient,
  doc: MappingDoc,
  hooks: { afterPrepare?: (object: string) => Promise<void>; owners?: Pick<OwnersReport, "owners"> } = {},
): Promise<BuiltSteps> {
  const warnings: string[] = [];
  const profile = await readTargetProfile(client, doc);
  const users = await client.searchRead<{ id: number; login: string; email: string | false; active: boolean; partner_id: [number, string] | false }>(
    "res.users",
    [],
    { fields: ["login", "email", "active", "partner_id"], context: { active_test: false } },
  );
  const odooUsers: OdooUser[] = users.map((u) => ({
    id: u.id,
    login: u.login,
    email: u.email || null,
    active: u.active,
    ...(Array.isArray(u.partner_id) ? { partnerId: u.partner_id[0] } : {}),
  }));
  const countries = await client.searchRead<{ id: number; code: string }>("res.country", [], { fields: ["code"] });
  const codeOf = new Map(countries.map((c) => [c.id, c.code]));
  const states = (await client.searchRead<{ id: number; code: string; name: string; country_id: [number, string] | false }>("res.country.state", [], { fields: ["code", "name", "country_id"] }))
    .map((s) => ({ id: s.id, code: s.code, name: s.name, country: Array.isArray(s.country_id) ? (codeOf.get(s.country_id[0]) ?? "") : "" }));
  let companyCurrency = "USD";
  try {
    const [company] = await client.searchRead<{ currency_id: [number, string] | false }>("res.company", [], { fields: ["currency_id"], limit: 1 });
    if (company && Array.isArray(company.currency_id)) companyCurrency = company.currency_id[1];
  } catch {
    warnings.push("could not read the company currency; USD assumed");
  }
  const manifest = exp.manifest as { time_zone?: string } | undefined;
  if (exp.source === "planplus" && !settings.exportTimeZone) warnings.push("--export-time-zone not given: PlanPlus audit dates read as UTC");
  const mapSettings: MapSettings = {
    defaultCountry: settings.defaultCountry,
    exportTimeZone: settings.exportTimeZone ?? "UTC",
    tenantTimeZone: settings.timeZone ?? manifest?.time_zone ?? "UTC",
    companyCurrency,
    fallbackOwnerLogin: settings.fallbackOwner ?? null,
    states,
    // Project summary pages present in the export (so a missing one is flagged, not assumed).
    ...(exp.source === "planplus" && exp.root ? { summaryFiles: await summaryFilesOf(exp.root) } : {}),
  };
  const ctx = createMapContext({
    source: exp.source,
    profile,
    settings: mapSettings,
    sourceUsers: await readAll(exp, "users"),
    // Manual owner decisions (owners.json overrides) reach the resolver as extra e-mails of the chosen users.
    odooUsers: hooks.owners ? applyOwnerOverrides(odooUsers, hooks.owners) : odooUsers,
    doc,
  });
  const session = new MappingSession(ctx);

  const steps: ObjectStep[] = [];
  for (const om of session.objects()) {
    const reader = exp.objects.get(om.object);
    if (!reader) continue;
    const object = om.object;
    steps.push({
      object,
      async *read(): AsyncIterable<ReadItem> {
        // First pass: objects a cross-record pass needs, then this object's own rows (indexes, dedupe).
        for (const dep of session.readBefore(object)) {
          const r = exp.objects.get(dep);
          if (!r) continue;
          for await (const item of r.read()) if (item.kind === "record") session.register(dep, item.record as MapSourceRecord);
        }
        for await (const item of reader.read()) if (item.kind === "record") session.register(object, item.record as MapSourceRecord);
        session.prepare(object);
        await hooks.afterPrepare?.(object);
        yield* reader.read();
      },
      map(record): MapResult {
        const res = session.map(object, record as MapSourceRecord);
        if ((res as { ignored?: boolean }).ignored) return { outputs: [], issues: [], ignored: true };
        if (res.outcome) {
          const issue = res.issues.find((i) => i.code === res.outcome?.code) ?? res.issues[0];
          return {
            outputs: [],
            issues: res.issues,
            outcome: {
              outcome: res.outcome.outcome,
              ...(res.outcome.code ? { code: res.outcome.code } : {}),
              ...(issue?.field ? { field: issue.field } : {}),
              ...(issue?.raw !== undefined ? { raw: issue.raw } : {}),
              message: issue?.message ?? res.outcome.code ?? res.outcome.outcome,
            },
          };
        }
        return { outputs: res.outputs, issues: res.issues };
      },
      onOutcome(record, outcome) {
        session.onOutcome(object, record.id, outcome);
      },
      finish() {
        return session.finish(object);
      },
    });
  }
  return { steps, models: mappingModels(doc), mappingHash: contentHash(doc), session, profile, warnings };
}
