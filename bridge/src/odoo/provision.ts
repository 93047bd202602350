/**
 * Provisioning helpers, all idempotent: typed custom fields via `ir.model.fields`, stages
 * (`crm.stage`, `project.task.type`), app installation (with confirmation).
 */
import type { OdooClient } from "./client.ts";
import { OdooError } from "./errors.ts";

export const CUSTOM_FIELD_TYPES = ["char", "text", "html", "integer", "float", "date", "datetime", "boolean", "selection", "many2one"] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export interface CustomFieldSpec {
  /** Technical name, must start with `x_`. */
  name: string;
  type: CustomFieldType;
  label: string;
  /** `[value, label]` pairs, for `selection`. */
  selection?: [string, string][];
  /** Target model, for `many2one`. */
  relation?: string;
  required?: boolean;
  help?: string;
}
export interface FieldProvisionResult {
  created: string[];
  existing: string[];
  /** Exists with another type/relation: left alone, needs a human. */
  conflicts: { name: string; existingType: string; wantedType: string }[];
}

/** Creates the missing custom fields on `model` (existing ones with the same type are left as they are). */
export async function ensureCustomFields(client: OdooClient, model: string, specs: CustomFieldSpec[]): Promise<FieldProvisionResult> {
  for (const s of specs) {
    if (!/^x_[a-z0-9_]+$/.test(s.name)) throw new OdooError("odoo_provision", `Custom field name ${s.name} must start with x_ and use a-z, 0-9, _`);
    if (!CUSTOM_FIELD_TYPES.includes(s.type)) throw new OdooError("odoo_provision", `Unsupported custom field type ${s.type} for ${s.name}`);
    if (s.type === "selection" && !s.selection?.length) throw new OdooError("odoo_provision", `Selection field ${s.name} needs values`);
    if (s.type === "many2one" && !s.relation) throw new OdooError("odoo_provision", `many2one field ${s.name} needs a relation`);
  }
  client.invalidateFields(model);
  const fields = await client.fieldsGet(model);
  const out: FieldProvisionResult = { created: [], existing: [], conflicts: [] };
  const todo: CustomFieldSpec[] = [];
  for (const s of specs) {
    const f = fields[s.name];
    if (!f) todo.push(s);
    else if (f.type !== s.type || (s.type === "many2one" && f.relation !== s.relation)) out.conflicts.push({ name: s.name, existingType: f.relation ? `${f.type}(${f.relation})` : f.type, wantedType: s.relation ? `${s.type}(${s.relation})` : s.type });
    else out.existing.push(s.name);
  }
  if (!todo.length) return out;
  const [modelId] = await client.search("ir.model", [["model", "=", model]], { limit: 1 });
  if (!modelId) throw new OdooError("odoo_provision", `Model ${model} is not installed`);
  // One create for all fields of the model: Odoo reloads its registry once per call, which is the
  // expensive part of adding fields (seconds each on a real server).
  const valsList = todo.map((s) => {
    const vals: Record<string, unknown> = { model_id: modelId, name: s.name, ttype: s.type, field_description: s.label, state: "manual", required: Boolean(s.required) };
    if (s.help) vals.help = s.help;
    if (s.type === "many2one") vals.relation = s.relation;
    if (s.type === "selection") vals.selection_ids = (s.selection ?? []).map(([value, name], i) => [0, 0, { value, name, sequence: i }]);
    return vals;
  });
  await createFieldsOnce(client, model, todo, valsList);
  out.created.push(...todo.map((s) => s.name));
  client.invalidateFields(model);
  return out;
}

/**
 * `create` on ir.model.fields is not idempotent: after a connection reset or a timeout the fields
 * may or may not exist (the server may have committed before the answer was lost). Before each
 * retry the fields are looked up by model + name, and only the ones still missing are created again.
 */
async function createFieldsOnce(client: OdooClient, model: string, todo: CustomFieldSpec[], valsList: Record<string, unknown>[], attempts = 4): Promise<void> {
  let pending = todo.map((s, i) => ({ spec: s, vals: valsList[i] as Record<string, unknown> }));
  for (let attempt = 1; ; attempt++) {
    try {
      await client.create("ir.model.fields", pending.map((p) => p.vals));
      return;
    } catch (e) {
      if (!(e instanceof OdooError) || !e.isTransient() || attempt >= attempts) throw e;
      await new Promise((r) => setTimeout(r, Math.min(200 * 2 ** attempt, 5000)));
      const found = await client.searchRead<{ name: string; ttype: string }>("ir.model.fields", [["model", "=", model], ["name", "in", pending.map((p) => p.spec.name)]], { fields: ["name", "ttype"] });
      const done = new Set(found.map((f) => f.name));
      pending = pending.filter((p) => !done.has(p.spec.name));
      if (pending.length === 0) return; // the lost answer's create had committed
    }
  }
}

export interface StageSpec {
  name: string;
  sequence?: number;
  fold?: boolean;
  /** crm.stage only. */
  is_won?: boolean;
  /** Optional external id (`module.name`) to find it again even if renamed in Odoo. */
  xmlid?: string;
  /** project.task.type: projects that use it. */
  projectIds?: number[];
}

/** Finds stages by external id, then by exact name; creates the missing ones. Returns name → id. */
export async function ensureStages(client: OdooClient, model: "crm.stage" | "project.task.type", stages: StageSpec[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const byXmlid = await client.resolveXmlids(stages.flatMap((s) => (s.xmlid ? [s.xmlid] : [])));
  const existing = await client.searchRead<{ id: number; name: string }>(model, [["name", "in", stages.map((s) => s.name)]], { fields: ["name"], order: "id", context: { active_test: false } });
  for (const s of stages) {
    const x = s.xmlid ? byXmlid.get(s.xmlid) : undefined;
    const found = x && x.model === model ? x.id : existing.find((e) => e.name === s.name)?.id;
    if (found) {
      out.set(s.name, found);
      continue;
    }
    const vals: Record<string, unknown> = { name: s.name };
    if (s.sequence !== undefined) vals.sequence = s.sequence;
    if (s.fold !== undefined) vals.fold = s.fold;
    if (model === "crm.stage" && s.is_won !== undefined) vals.is_won = s.is_won;
    if (model === "project.task.type" && s.projectIds?.length) vals.project_ids = [[6, 0, s.projectIds]];
    const id = await client.create(model, vals);
    if (s.xmlid) {
      const dot = s.xmlid.indexOf(".");
      await client.create("ir.model.data", { module: s.xmlid.slice(0, dot), name: s.xmlid.slice(dot + 1), model, res_id: id, noupdate: true });
    }
    out.set(s.name, id);
  }
  return out;
}

export interface InstallResult {
  installed: string[];
  alreadyInstalled: string[];
  /** Not available on the server. */
  unknown: string[];
  /** Confirmation refused. */
  declined: string[];
}

/** Installs apps with `button_immediate_install` after `confirm` agrees (it gets the list to install). */
export async function installModules(
  client: OdooClient,
  names: string[],
  confirm: (toInstall: string[]) => boolean | Promise<boolean>,
  opts: { timeoutMs?: number } = {},
): Promise<InstallResult> {
  const rows = await client.searchRead<{ id: number; name: string; state: string }>("ir.module.module", [["name", "in", names]], { fields: ["name", "state"] });
  const res: InstallResult = { installed: [], alreadyInstalled: [], unknown: [], declined: [] };
  const todo: { id: number; name: string }[] = [];
  for (const n of names) {
    const r = rows.find((x) => x.name === n);
    if (!r) res.unknown.push(n);
    else if (r.state === "installed") res.alreadyInstalled.push(n);
    else todo.push(r);
  }
  if (!todo.length) return res;
  if (!(await confirm(todo.map((t) => t.name)))) {
    res.declined.push(...todo.map((t) => t.name));
    return res;
  }
  await client.executeKw("ir.module.module", "button_immediate_install", [todo.map((t) => t.id)], {}, { timeoutMs: opts.timeoutMs ?? 900_000 });
  const after = await client.searchRead<{ name: string; state: string }>("ir.module.module", [["id", "in", todo.map((t) => t.id)]], { fields: ["name", "state"] });
  for (const a of after) if (a.state === "installed") res.installed.push(a.name);
  for (const t of todo) if (!res.installed.includes(t.name)) throw new OdooError("odoo_provision", `Module ${t.name} did not install`);
  client.invalidateFields();
  return res;
}
