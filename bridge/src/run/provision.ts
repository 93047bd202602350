/**
 * Provisioning before data writes (mapping.md §1.3 step 0, §1.9): the custom fields the approved
 * mapping plans (fixed and inferred), the stages, the holding ("unassigned") project and — Plexus —
 * the work-order-group projects, PlanPlus — the deal stages. Everything is idempotent and every
 * record created is ledgered, so `ferry rollback` removes it again.
 *
 * `ferry run` uses the same pieces: {@link CustomFieldProvisioner} for the fields, and the pipeline
 * for the records (stages and projects are `ensure`/record outputs of the mapping engine).
 * `ferry provision` is {@link provision}: a run of the schema phase only.
 */
import type { CustomField, MappingDoc } from "../core/mapping/schema.ts";
import { customFieldXmlid } from "../core/mapping/customfields.ts";
import { defaultProjectOutput, plexusStageOutputs } from "../core/mapping/computes-plexus.ts";
import { defaultProject, taskStageOutputs } from "../core/mapping/computes-planplus.ts";
import type { MapOutput } from "../core/mapping/types.ts";
import type { OdooClient } from "../odoo/client.ts";
import { ensureCustomFields, type CustomFieldSpec } from "../odoo/provision.ts";
import type { Settings } from "../cli/settings.ts";
import type { Ledger, LedgerEntry } from "./ledger.ts";
import type { ObjectStep } from "./pipeline.ts";
import type { ReadItem } from "../sources/types.ts";
import type { BuiltSteps } from "./steps.ts";
import type { RunOptions, RunResult } from "./session.ts";

export interface ProvisionReport {
  created: string[];
  existing: string[];
  conflicts: string[];
  skippedModels: string[];
}

/**
 * Visible field holding the source creation time when Ferry cannot set `create_date` itself
 * (no addon run to ask, mapping.md §1.6): Datetime "Created in source" on each model that receives
 * a source creation time.
 */
export const SOURCE_CREATED_FIELD = "x_ferry_source_created";

/** The {@link SOURCE_CREATED_FIELD} definitions for every model a `create_date` rule of `doc` targets. */
export function sourceCreatedFields(doc: MappingDoc): CustomField[] {
  const models = new Set<string>();
  for (const o of doc.objects) {
    for (const r of o.fields) {
      if (r.kind !== "transform" || r.transform !== "create_date") continue;
      const name = r.target ?? "main";
      for (const t of o.targets) if (t.name === name && (!r.variant || !t.variant || t.variant === r.variant)) models.add(t.model);
    }
  }
  return [...models].sort().map((model) => ({ model, name: SOURCE_CREATED_FIELD, ttype: "datetime", label: "Created in source" }));
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

/**
 * Creates the custom fields of a run as they become known (the mapping's fixed ones first, inferred
 * ones after their object's prepass), each once; accumulates one report.
 */
export class CustomFieldProvisioner {
  readonly report: ProvisionReport = { created: [], existing: [], conflicts: [], skippedModels: [] };
  /** `model.name` of fields that exist in Odoo with the wanted type (created now or before). */
  readonly present = new Set<string>();
  readonly #done = new Set<string>();

  constructor(
    private readonly client: OdooClient,
    private readonly opts: { ledger?: Ledger; runId: string; source: string; installedModels: () => ReadonlySet<string> },
  ) {}

  /** Provisions the fields of `fields` (keyed `model.name`) not handled yet. */
  async ensure(fields: Iterable<[string, CustomField]>): Promise<void> {
    const todo = [...fields].filter(([k]) => !this.#done.has(k));
    if (todo.length === 0) return;
    const r = await provisionCustomFields(this.client, todo.map(([, v]) => v), {
      ...(this.opts.ledger ? { ledger: this.opts.ledger } : {}),
      runId: this.opts.runId,
      source: this.opts.source,
      installedModels: this.opts.installedModels(),
    });
    for (const [k, v] of todo) if (v.ttype !== "selection" || v.selection?.length) this.#done.add(k);
    for (const f of [...r.created, ...r.existing]) this.present.add(f);
    this.report.created.push(...r.created);
    this.report.existing.push(...r.existing);
    this.report.conflicts.push(...r.conflicts);
    this.report.skippedModels.push(...r.skippedModels.filter((m) => !this.report.skippedModels.includes(m)));
  }
}

/** Source objects `ferry provision` loads besides the schema records: Plexus work-order groups (projects), PlanPlus deal stages. */
export const PROVISION_OBJECTS: Record<"plexus" | "planplus", readonly string[]> = {
  plexus: ["work_order_groups"],
  planplus: ["deal_stages"],
};
/** Objects whose prepass infers custom fields (PlanPlus custom_fields.csv, Plexus definitions): primed, not loaded. */
const CUSTOM_FIELD_OBJECTS = new Set(["custom_fields", "custom_field_definitions"]);

/** The schema records every run of `source` may need before its data: task stages and the holding project. */
export function schemaOutputs(built: BuiltSteps, source: "plexus" | "planplus"): MapOutput[] {
  const ctx = built.session.ctx;
  return source === "plexus" ? [...plexusStageOutputs(ctx), defaultProjectOutput()] : [...taskStageOutputs(ctx), defaultProject()];
}

/**
 * The phases of `ferry provision`: a `schema` phase (stages + holding project, written as a second
 * pass: no source rows) and the objects of {@link PROVISION_OBJECTS}. Objects whose prepass infers
 * custom fields are primed first so those fields are created too.
 */
export function provisionSteps(built: BuiltSteps, source: "plexus" | "planplus"): ObjectStep[] {
  const wanted = new Set(PROVISION_OBJECTS[source]);
  const primers = built.steps.filter((s) => CUSTOM_FIELD_OBJECTS.has(s.object));
  const schema: ObjectStep = {
    object: "schema",
    async *read() {
      for (const p of primers) {
        // Runs the object's prepass (field inference) and the provisioning hook, reads no row.
        const it = p.read()[Symbol.asyncIterator]();
        await it.next();
        await it.return?.();
      }
      yield* [] as ReadItem[]; // no source rows of its own
    },
    map: () => ({ outputs: [], issues: [] }),
    finish: () => schemaOutputs(built, source),
  };
  // Flags of these rows (customer not loaded yet …) are the full run's to report, once the references can resolve.
  const quiet = (s: ObjectStep): ObjectStep => ({ ...s, map: (record) => ({ ...s.map(record), issues: [] }) });
  return [schema, ...built.steps.filter((s) => wanted.has(s.object)).map(quiet)];
}

export interface ProvisionResult {
  runDir: string;
  run: string;
  source: "plexus" | "planplus";
  target: string;
  customFields: ProvisionReport;
  /** Records per model: created by this call, already in Odoo before it. */
  records: Record<string, { created: number; existing: number }>;
  /** Total created (custom fields + records): 0 means everything was already provisioned. */
  createdTotal: number;
  rejected: number;
  warnings: string[];
  /** The underlying run (ledger.jsonl, reconciliation.json, report.html in runDir). */
  result: RunResult;
}

/**
 * `ferry provision --mapping FILE`: creates the approved mapping's custom fields, stages, holding
 * project and (Plexus) work-order-group projects — or (PlanPlus) deal stages — in the Odoo of
 * `settings`; idempotent. Writes ledger.jsonl, provision.json, reconciliation.json and run.json to
 * the run folder (`settings.out`, default `runs/<run id>/`), so `ferry rollback RUN_DIR` undoes it.
 *
 * `settings` needs source, input, and the Odoo connection; `opts.mappingFile` an approved mapping
 * (or `opts.approveProposed`). Throws FerryError `mapping_unapproved` (exit 4), `odoo_unreachable` /
 * `odoo_auth` (exit 6), `usage` (exit 2). Safe to call in-process (acceptance harness).
 *
 * The work-order-group projects it writes are rewritten by the next full run (with their customer
 * links, which need the customers loaded first): their rows are hashed apart from a run's.
 */
export async function provision(settings: Settings, opts: Pick<RunOptions, "mappingFile" | "approveProposed" | "runId" | "batchSize" | "ledgerMirror" | "signal"> = {}): Promise<ProvisionResult> {
  const { executeRun } = await import("./session.ts");
  const result = await executeRun("run", settings, { ...opts, kind: "provision", acceptPhases: new Set(["*"]) });
  const p = result.provision;
  if (!p) throw new Error("provision: the run returned no provisioning summary");
  return p;
}
