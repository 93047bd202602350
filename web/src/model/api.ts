/**
 * Every ORM call the wizard makes, in one place. Model and field names follow the addon
 * (odoo_addon/ferry/models/*.py); when the addon changes a name, this is the only file to adjust.
 */
import type { Domain, OrmLike, Vals } from "./orm.ts";
import { m2oId, m2oName, num, str } from "./orm.ts";

export const M = {
  project: "ferry.project",
  file: "ferry.source.file",
  mapping: "ferry.mapping",
  line: "ferry.mapping.line",
  valueMap: "ferry.value.map",
  owner: "ferry.owner",
  run: "ferry.run",
  phase: "ferry.run.phase",
  ledger: "ferry.ledger",
  reject: "ferry.reject",
} as const;

export type SourceSystem = "plexus" | "planplus";
export type RunType = "audit" | "sample" | "full" | "delta" | "rollback";
export type RunState = "queued" | "claimed" | "running" | "halted" | "paused" | "done" | "failed";

export interface Project {
  id: number;
  name: string;
  source: SourceSystem;
  scope: string[];
  fallbackOwnerId: number | null;
  fallbackOwnerName: string;
  rollbackWindowHours: number;
  thresholdPct: number;
  state: string;
  plexusUrl: string;
  hasPlexusToken: boolean;
}

export interface SourceFileRec {
  id: number;
  name: string;
  object: string;
  encoding: string;
  rows: number;
  profile: string;
}

export interface ValueMapRec {
  id: number;
  lineId: number;
  source: string;
  proposed: string;
  target: string;
  confidence: number;
  reason: string;
  approved: boolean;
}

export interface MappingLineRec {
  id: number;
  mappingId: number;
  sequence: number;
  source: string;
  proposed: string;
  target: string;
  transform: string;
  confidence: number;
  reason: string;
  approved: boolean;
  valueMapIds: number[];
}

export interface MappingRec {
  id: number;
  object: string;
  model: string;
  sequence: number;
  state: "draft" | "approved";
  approvedBy: string;
  approvedAt: string;
  lineIds: number[];
}

export type OwnerDecision = "matched" | "fallback" | "provision_inactive" | "";

export interface OwnerRec {
  id: number;
  key: string;
  name: string;
  email: string;
  records: number;
  decision: OwnerDecision;
  userId: number | null;
  userName: string;
}

export interface RunRec {
  id: number;
  type: RunType;
  state: RunState;
  phaseIds: number[];
  startedAt: string;
  endedAt: string;
  /** Why the run failed or halted. */
  message: string;
  currentPhase: string;
  /** Reconciliation summary reported by the bridge (JSON text, reconciliation.json shape). */
  summary: string;
  reportIds: number[];
  rolledBackBy: number | null;
}

export interface PhaseRec {
  id: number;
  name: string;
  sequence: number;
  state: "pending" | "running" | "halted" | "done";
  source: number;
  landed: number;
  rejected: number;
  skipped: number;
  updatedAt: string;
}

export interface RejectRec {
  object: string;
  file: string;
  row: number;
  sourceId: string;
  field: string;
  code: string;
  reason: string;
}

export interface OdooUser {
  id: number;
  name: string;
  login: string;
  email: string;
  active: boolean;
}

export interface ModuleRec {
  id: number;
  name: string;
  label: string;
  state: string;
}

export interface FieldInfo {
  name: string;
  string: string;
  type: string;
  required: boolean;
  readonly: boolean;
  relation?: string;
  selection?: [string, string][];
}

const PROJECT_FIELDS = ["name", "source_system", "scope", "fallback_owner_id", "rollback_window_hours", "reject_threshold_pct", "state", "plexus_url", "has_plexus_token"];
const RUN_FIELDS = ["name", "run_type", "state", "phase_ids", "started_at", "ended_at", "message", "summary", "current_phase", "report_ids", "rolled_back_by_id"];

function toProject(r: Vals): Project {
  return {
    id: num(r.id),
    name: str(r.name),
    source: (str(r.source_system) || "planplus") as SourceSystem,
    scope: str(r.scope)
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    fallbackOwnerId: m2oId(r.fallback_owner_id),
    fallbackOwnerName: m2oName(r.fallback_owner_id),
    rollbackWindowHours: r.rollback_window_hours === undefined ? 72 : num(r.rollback_window_hours),
    thresholdPct: r.reject_threshold_pct === undefined ? 1 : num(r.reject_threshold_pct),
    state: str(r.state),
    plexusUrl: str(r.plexus_url),
    hasPlexusToken: r.has_plexus_token === true,
  };
}

function ids(v: unknown): number[] {
  return Array.isArray(v) ? v.filter((x): x is number => typeof x === "number") : [];
}

export class FerryApi {
  /** Fields the server actually has on ferry.run (read lazily; the addon may add more). */
  private runFields: string[] | null = null;

  constructor(readonly orm: OrmLike) {}

  // ---- projects -------------------------------------------------------------------------------
  async listProjects(): Promise<Project[]> {
    const rows = await this.orm.searchRead(M.project, [], PROJECT_FIELDS, { order: "id desc", limit: 20 });
    return rows.map(toProject);
  }

  async createProject(name: string, source: SourceSystem, scope: string[]): Promise<number> {
    const [id] = await this.orm.create(M.project, [{ name, source_system: source, scope: scope.join(",") }]);
    return id as number;
  }

  async readProject(id: number): Promise<Project> {
    const [r] = await this.orm.read(M.project, [id], PROJECT_FIELDS);
    if (!r) throw new Error(`Migration project ${id} not found`);
    return toProject(r);
  }

  async writeProject(id: number, vals: { scope?: string[]; fallbackOwnerId?: number | null; source?: SourceSystem }): Promise<void> {
    const out: Vals = {};
    if (vals.scope) out.scope = vals.scope.join(",");
    if (vals.fallbackOwnerId !== undefined) out.fallback_owner_id = vals.fallbackOwnerId ?? false;
    if (vals.source) out.source_system = vals.source;
    await this.orm.write(M.project, [id], out);
  }

  /** Stores Plexus API credentials server-side; they are never read back. */
  async storePlexusCredentials(projectId: number, url: string, token: string): Promise<void> {
    await this.orm.call(M.project, "action_store_plexus_credentials", [[projectId], url, token]);
  }

  // ---- audit: installed apps ------------------------------------------------------------------
  async modules(names: string[]): Promise<ModuleRec[]> {
    const rows = await this.orm.searchRead("ir.module.module", [["name", "in", names]], ["name", "shortdesc", "state"]);
    return rows.map((r) => ({ id: num(r.id), name: str(r.name), label: str(r.shortdesc) || str(r.name), state: str(r.state) }));
  }

  /** Installs apps the way Settings → Apps does (the server reloads its registry). */
  async installModules(moduleIds: number[]): Promise<void> {
    await this.orm.call("ir.module.module", "button_immediate_install", [moduleIds]);
  }

  /** Records a previous Ferry load already created in this database (possible collisions). */
  async existingMigratedRecords(source: SourceSystem): Promise<{ model: string; count: number }[]> {
    const rows = await this.orm.searchRead("ir.model.data", [["module", "=", `ferry_${source}`]], ["model"], { limit: 20000 });
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(str(r.model), (counts.get(str(r.model)) ?? 0) + 1);
    return [...counts.entries()].map(([model, count]) => ({ model, count })).sort((a, b) => b.count - a.count);
  }

  async countWhere(model: string, domain: Domain): Promise<number> {
    return this.orm.searchCount(model, domain);
  }

  // ---- source files ---------------------------------------------------------------------------
  async createSourceFile(projectId: number, vals: { name: string; object: string; encoding: string; rows: number; profile: string; base64: string | null }): Promise<number> {
    const rec: Vals = {
      project_id: projectId,
      name: vals.name,
      detected_object: vals.object,
      encoding: vals.encoding,
      row_count: vals.rows,
      profile: vals.profile,
    };
    if (vals.base64 !== null) rec.upload = vals.base64;
    const [id] = await this.orm.create(M.file, [rec]);
    return id as number;
  }

  async listSourceFiles(projectId: number): Promise<SourceFileRec[]> {
    const rows = await this.orm.searchRead(M.file, [["project_id", "=", projectId]], ["name", "detected_object", "encoding", "row_count", "profile"]);
    return rows.map((r) => ({ id: num(r.id), name: str(r.name), object: str(r.detected_object), encoding: str(r.encoding), rows: num(r.row_count), profile: str(r.profile) }));
  }

  async deleteSourceFile(id: number): Promise<void> {
    await this.orm.unlink(M.file, [id]);
  }

  // ---- mapping --------------------------------------------------------------------------------
  async fieldsGet(model: string): Promise<FieldInfo[]> {
    const res = await this.orm.call<Record<string, Vals>>(model, "fields_get", [], { attributes: ["string", "type", "required", "readonly", "relation", "selection"] });
    return Object.entries(res)
      .map(([name, f]) => {
        const info: FieldInfo = { name, string: str(f.string) || name, type: str(f.type), required: f.required === true, readonly: f.readonly === true };
        if (typeof f.relation === "string") info.relation = f.relation;
        if (Array.isArray(f.selection)) info.selection = f.selection as [string, string][];
        return info;
      })
      .sort((a, b) => a.string.localeCompare(b.string));
  }

  async createMapping(
    projectId: number,
    object: string,
    model: string,
    sequence: number,
    lines: { source: string; target: string; transform: string; confidence: number; reason: string; values: { source: string; target: string; confidence: number; reason: string }[] }[],
  ): Promise<number> {
    const [id] = await this.orm.create(M.mapping, [
      {
        project_id: projectId,
        source_object: object,
        target_model: model,
        sequence,
        line_ids: lines.map((l, i) => [
          0,
          0,
          {
            sequence: (i + 1) * 10,
            source_field: l.source,
            proposed_target: l.target,
            target_field: l.target,
            transform: l.transform,
            confidence: l.confidence,
            reason: l.reason,
            approved: false,
            value_map_ids: l.values.map((v) => [0, 0, { source_value: v.source, proposed_value: v.target, target_value: v.target, confidence: v.confidence, reason: v.reason, approved: false }]),
          },
        ]),
      },
    ]);
    return id as number;
  }

  async listMappings(projectId: number): Promise<MappingRec[]> {
    const rows = await this.orm.searchRead(M.mapping, [["project_id", "=", projectId]], ["source_object", "target_model", "sequence", "state", "approved_by_id", "approved_at", "line_ids"]);
    return rows.map((r) => ({
      id: num(r.id),
      object: str(r.source_object),
      model: str(r.target_model),
      sequence: num(r.sequence),
      state: str(r.state) === "approved" ? "approved" : "draft",
      approvedBy: m2oName(r.approved_by_id),
      approvedAt: str(r.approved_at),
      lineIds: ids(r.line_ids),
    }));
  }

  async readLines(mappingIds: number[]): Promise<MappingLineRec[]> {
    if (mappingIds.length === 0) return [];
    const rows = await this.orm.searchRead(M.line, [["mapping_id", "in", mappingIds]], ["mapping_id", "sequence", "source_field", "proposed_target", "target_field", "transform", "confidence", "reason", "approved", "value_map_ids"]);
    return rows.map((r) => ({
      id: num(r.id),
      mappingId: m2oId(r.mapping_id) ?? 0,
      sequence: num(r.sequence),
      source: str(r.source_field),
      proposed: str(r.proposed_target),
      target: str(r.target_field),
      transform: str(r.transform),
      confidence: num(r.confidence),
      reason: str(r.reason),
      approved: r.approved === true,
      valueMapIds: ids(r.value_map_ids),
    }));
  }

  async readValueMaps(lineIds: number[]): Promise<ValueMapRec[]> {
    if (lineIds.length === 0) return [];
    const rows = await this.orm.searchRead(M.valueMap, [["line_id", "in", lineIds]], ["line_id", "source_value", "proposed_value", "target_value", "confidence", "reason", "approved"]);
    return rows.map((r) => ({
      id: num(r.id),
      lineId: m2oId(r.line_id) ?? 0,
      source: str(r.source_value),
      proposed: str(r.proposed_value),
      target: str(r.target_value),
      confidence: num(r.confidence),
      reason: str(r.reason),
      approved: r.approved === true,
    }));
  }

  async writeLine(lineId: number, vals: { target?: string; approved?: boolean }): Promise<void> {
    const out: Vals = {};
    if (vals.target !== undefined) out.target_field = vals.target || false;
    if (vals.approved !== undefined) out.approved = vals.approved;
    await this.orm.write(M.line, [lineId], out);
  }

  async approveLines(lineIds: number[]): Promise<void> {
    if (lineIds.length) await this.orm.write(M.line, lineIds, { approved: true });
  }

  async writeValueMap(id: number, target: string): Promise<void> {
    await this.orm.write(M.valueMap, [id], { target_value: target, approved: true });
  }

  async approveMapping(id: number): Promise<void> {
    await this.orm.call(M.mapping, "action_approve", [[id]]);
  }

  async resetMapping(id: number): Promise<void> {
    await this.orm.call(M.mapping, "action_reset_draft", [[id]]);
  }

  // ---- owners ---------------------------------------------------------------------------------
  async listOwners(projectId: number): Promise<OwnerRec[]> {
    const rows = await this.orm.searchRead(M.owner, [["project_id", "=", projectId]], ["source_key", "source_name", "source_email", "record_count", "decision", "user_id"]);
    return rows.map((r) => ({
      id: num(r.id),
      key: str(r.source_key),
      name: str(r.source_name),
      email: str(r.source_email),
      records: num(r.record_count),
      decision: (str(r.decision) || "") as OwnerDecision,
      userId: m2oId(r.user_id),
      userName: m2oName(r.user_id),
    }));
  }

  async createOwners(projectId: number, owners: { key: string; name: string; email: string; records: number; decision: OwnerDecision; userId: number | null }[]): Promise<void> {
    if (owners.length === 0) return;
    await this.orm.create(
      M.owner,
      owners.map((o) => ({ project_id: projectId, source_key: o.key, source_name: o.name, source_email: o.email, record_count: o.records, decision: o.decision || false, user_id: o.userId ?? false })),
    );
  }

  async decideOwner(id: number, decision: OwnerDecision, userId: number | null): Promise<void> {
    await this.orm.write(M.owner, [id], { decision: decision || false, user_id: userId ?? false });
  }

  /** Odoo users, archived included (mapping.md §1.5 matches archived users too). */
  async users(): Promise<OdooUser[]> {
    const rows = await this.orm.searchRead("res.users", [["share", "=", false]], ["name", "login", "email", "active"], { context: { active_test: false }, order: "name", limit: 5000 });
    return rows.map((r) => ({ id: num(r.id), name: str(r.name), login: str(r.login), email: str(r.email), active: r.active !== false }));
  }

  // ---- runs -----------------------------------------------------------------------------------
  private async knownRunFields(): Promise<string[]> {
    if (!this.runFields) {
      const res = await this.orm.call<Record<string, Vals>>(M.run, "fields_get", [], { attributes: ["type"] });
      this.runFields = Object.keys(res);
    }
    return this.runFields;
  }

  async queueRun(projectId: number, type: RunType, extra: Vals = {}): Promise<number> {
    const known = await this.knownRunFields();
    const vals: Vals = { project_id: projectId, run_type: type };
    for (const [k, v] of Object.entries(extra)) if (known.includes(k)) vals[k] = v;
    const [id] = await this.orm.create(M.run, [vals]);
    return id as number;
  }

  async latestRun(projectId: number, type: RunType): Promise<RunRec | null> {
    const known = await this.knownRunFields();
    const fields = RUN_FIELDS.filter((f) => known.includes(f));
    const rows = await this.orm.searchRead(M.run, [["project_id", "=", projectId], ["run_type", "=", type]], fields, { order: "id desc", limit: 1 });
    const r = rows[0];
    return r ? this.toRun(r) : null;
  }

  async readRun(id: number): Promise<RunRec> {
    const known = await this.knownRunFields();
    const fields = RUN_FIELDS.filter((f) => known.includes(f));
    const [r] = await this.orm.read(M.run, [id], fields);
    if (!r) throw new Error(`Run ${id} not found`);
    return this.toRun(r);
  }

  private toRun(r: Vals): RunRec {
    return {
      id: num(r.id),
      type: str(r.run_type) as RunType,
      state: (str(r.state) || "queued") as RunState,
      phaseIds: ids(r.phase_ids),
      startedAt: str(r.started_at),
      endedAt: str(r.ended_at),
      message: str(r.message),
      currentPhase: str(r.current_phase),
      summary: str(r.summary),
      reportIds: ids(r.report_ids),
      rolledBackBy: m2oId(r.rolled_back_by_id),
    };
  }

  async phases(runId: number): Promise<PhaseRec[]> {
    const rows = await this.orm.searchRead(M.phase, [["run_id", "=", runId]], ["name", "sequence", "state", "source", "landed", "rejected", "skipped", "updated_at"], { order: "sequence, id" });
    return rows.map((r) => ({
      id: num(r.id),
      name: str(r.name),
      sequence: num(r.sequence),
      state: (str(r.state) || "pending") as PhaseRec["state"],
      source: num(r.source),
      landed: num(r.landed),
      rejected: num(r.rejected),
      skipped: num(r.skipped),
      updatedAt: str(r.updated_at),
    }));
  }

  /** Run control: pause, resume (requeue), accept the gate a run halted at, cancel (to fix and re-run). */
  async runAction(runId: number, action: "pause" | "resume" | "accept" | "cancel"): Promise<void> {
    const method = { pause: "action_pause", resume: "action_requeue", accept: "action_accept_gate", cancel: "action_cancel" }[action];
    await this.orm.call(M.run, method, [[runId]]);
  }

  async rejects(runId: number, limit = 100000): Promise<RejectRec[]> {
    const rows = await this.orm.searchRead(M.reject, [["run_id", "=", runId]], ["source_object", "source_file", "source_row", "source_id", "field", "code", "reason"], { limit });
    return rows.map((r) => ({ object: str(r.source_object), file: str(r.source_file), row: num(r.source_row), sourceId: str(r.source_id), field: str(r.field), code: str(r.code), reason: str(r.reason) }));
  }

  /** Text content of a report the bridge attached to a run (e.g. sample_diff.csv). */
  async runAttachment(runId: number, name: string): Promise<string | null> {
    const rows = await this.orm.searchRead("ir.attachment", [["res_model", "=", M.run], ["res_id", "=", runId], ["name", "=", name]], ["datas"], { limit: 1, order: "id desc" });
    const datas = rows[0]?.datas;
    return typeof datas === "string" ? decodeBase64Utf8(datas) : null;
  }

  /** What a rollback of the run would touch, by operation (the server leaves out updates of records the run created: those are deleted). */
  async ledgerCounts(runId: number): Promise<Record<string, number>> {
    return this.orm.call<Record<string, number>>(M.run, "rollback_counts", [[runId]]);
  }

  /** Server-side rollback from the ledger (no bridge needed); returns the rollback run id. */
  async rollback(runId: number, force: boolean): Promise<number> {
    return this.orm.call<number>(M.run, "rollback", [[runId]], { force });
  }
}

export function decodeBase64Utf8(b64: string): string {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i += 1) bytes[i] = bin.charCodeAt(i);
  return new TextDecoder("utf-8").decode(bytes);
}
