/**
 * WizardModel: all state and server calls of the migration wizard, outside any component
 * (base_import's BaseImportModel pattern). Components read its fields and call its methods; the
 * root component wraps it with `useState` so every change re-renders what depends on it.
 */
import { FerryApi } from "./api.ts";
import type { FieldInfo, MappingLineRec, MappingRec, ModuleRec, OdooUser, OwnerDecision, OwnerRec, PhaseRec, Project, RejectRec, RunRec, SourceFileRec, SourceSystem, ValueMapRec } from "./api.ts";
import type { OrmLike, WizardUi } from "./orm.ts";
import { errorMessage } from "./orm.ts";
import { STEPS, stepIndex, type StepKey } from "./steps.ts";
import { proposeObject, TARGET_MODEL } from "./suggest.ts";
import { distinct, filterDiff, parseDiffCsv, type DiffFilter, type DiffRow } from "./diff.ts";
import { RateTracker } from "./progress.ts";
import { reconFromPhases, reconFromSummary, type ReconView } from "./recon.ts";
import { profileUpload, type ProfiledFile, type ProfileOptions } from "../profile/profile_file.ts";
import type { FileProfile } from "../profile/column_profile.ts";
import { OwnerResolver } from "../../../bridge/src/core/mapping/owners.ts";
import { csvLine, UTF8_BOM } from "../../../bridge/src/core/csv-out.ts";
import { renderReport } from "../../../bridge/src/core/report-html.ts";

/** Apps the scope needs (mapping.md header): module technical name → why. */
export const REQUIRED_APPS: Record<SourceSystem, string[]> = {
  planplus: ["contacts", "crm", "project", "calendar"],
  plexus: ["contacts", "project", "hr_timesheet", "sale_management", "hr_expense", "calendar"],
};
/** Enterprise apps used when present (fallbacks otherwise, mapping.md §6). */
export const OPTIONAL_APPS = ["helpdesk", "knowledge", "planning", "project_enterprise"];

export const PLANPLUS_OBJECTS = ["users", "companies", "contacts", "contact_company_links", "deal_stages", "deals", "events", "tasks", "projects", "milestones", "help_desk_tickets", "faq_articles", "custom_fields"];
export const PLEXUS_SCOPE = ["users", "employees", "customers", "customer_contacts", "work_order_groups", "work_orders", "job_lines", "schedules", "time_entries", "quotes", "quote_lines", "tax_codes", "expenses", "expense_categories", "custom_field_definitions", "attachments"];

/** Objects that are read for owner resolution or reference only, not mapped to a model. */
const NOT_MAPPED_OBJECTS = new Set(["users", "sync_connections", "deleted_items", "workflow_rules", "custom_fields", "custom_field_definitions", "contact_company_links"]);

export interface UploadItem {
  key: number;
  name: string;
  bytes: number;
  progress: number;
  status: "profiling" | "saving" | "done" | "error";
  message: string;
  entries: ProfiledFile[];
}

export interface LineView {
  rec: MappingLineRec;
  values: ValueMapRec[];
  samples: string[];
  newFieldType: string;
}

export interface MappingView {
  rec: MappingRec;
  lines: LineView[];
  fields: FieldInfo[];
}

export interface StoredFile extends SourceFileRec {
  parsed: (FileProfile & { header?: string[] }) | null;
}

export interface OwnerRow extends OwnerRec {
  /** Proposed by the resolver before the admin decides. */
  hint: string;
}

export function parseProfile(text: string): StoredFile["parsed"] {
  if (!text) return null;
  try {
    return JSON.parse(text) as FileProfile;
  } catch {
    return null;
  }
}

/** Base64 of a Blob without blocking the page (FileReader works off the main thread). */
export function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(blob);
  });
}

export class WizardModel {
  readonly api: FerryApi;
  step: StepKey = "project";
  busy = false;
  loaded = false;

  // project
  projects: Project[] = [];
  project: Project | null = null;
  draft = { name: "", source: "planplus" as SourceSystem, scope: [...PLANPLUS_OBJECTS] };
  audit: { required: ModuleRec[]; optional: ModuleRec[]; existing: { model: string; count: number }[]; done: boolean } = { required: [], optional: [], existing: [], done: false };

  // upload
  uploads: UploadItem[] = [];
  files: StoredFile[] = [];
  credentials = { url: "", stored: false };
  private uploadSeq = 0;

  // mapping
  mappings: MappingView[] = [];
  activeMapping = 0;

  // owners
  owners: OwnerRow[] = [];
  users: OdooUser[] = [];
  /** Why an owner needs a decision, from the last detection (source key → text). */
  ownerHints: Record<string, string> = {};

  // sample
  sampleRun: RunRec | null = null;
  diff: DiffRow[] = [];
  diffFilter: DiffFilter = { object: "", field: "", cause: "" };

  // run
  run: RunRec | null = null;
  phases: PhaseRec[] = [];
  rates = new RateTracker();
  lastPollAt = 0;
  /** Closes the sticky "review needed" notification once the run leaves the gate. */
  closeGateNotice: (() => void) | null = null;

  // reconciliation
  recon: ReconView | null = null;

  // rollback
  ledgerCounts: Record<string, number> = {};
  rollbackRunId: number | null = null;

  /** Overridable for tests (e.g. a synchronous yield). */
  profileOptions: ProfileOptions = {};
  now: () => number = () => Date.now();

  constructor(
    orm: OrmLike,
    readonly ui: WizardUi,
  ) {
    this.api = new FerryApi(orm);
  }

  // ------------------------------------------------------------------------------ helpers
  /** Server operations run one after the other (a click while a save is in flight waits for it). */
  private chain: Promise<unknown> = Promise.resolve();

  private guard<T>(fn: () => Promise<T>, errorTitle: string): Promise<T | undefined> {
    this.busy = true;
    const run = async (): Promise<T | undefined> => {
      try {
        return await fn();
      } catch (e) {
        this.ui.notify(errorMessage(e), { type: "danger", title: errorTitle });
        return undefined;
      }
    };
    const p = this.chain.then(run);
    this.chain = p.finally(() => {
      if (this.chain === settled) this.busy = false;
    });
    const settled = this.chain;
    return p;
  }

  get projectId(): number {
    if (!this.project) throw new Error("No migration project selected");
    return this.project.id;
  }

  get source(): SourceSystem {
    return this.project?.source ?? this.draft.source;
  }

  // ------------------------------------------------------------------------------ navigation
  /** Why a step cannot be opened yet, or "" when it can. */
  blocker(step: StepKey): string {
    const i = stepIndex(step);
    if (i > 0 && !this.project) return "Create or choose a migration project first.";
    if (i > stepIndex("upload") && this.files.length === 0) return "Upload the source files first.";
    if (i > stepIndex("mapping") && (this.mappings.length === 0 || this.mappings.some((m) => m.rec.state !== "approved"))) return "Approve every mapping first.";
    if (i > stepIndex("owners") && !this.ownersResolved) return "Resolve every owner first.";
    if (i > stepIndex("run") && !(this.run && this.run.state === "done")) return "Finish a full run first.";
    return "";
  }

  canOpen(step: StepKey): boolean {
    return this.blocker(step) === "";
  }

  async goTo(step: StepKey): Promise<void> {
    const why = this.blocker(step);
    if (why) {
      this.ui.notify(why, { type: "warning" });
      return;
    }
    this.step = step;
    await this.enter(step);
  }

  async next(): Promise<void> {
    const i = stepIndex(this.step);
    const nxt = STEPS[i + 1];
    if (nxt) await this.goTo(nxt.key);
  }

  async back(): Promise<void> {
    const i = stepIndex(this.step);
    const prev = STEPS[i - 1];
    if (prev) await this.goTo(prev.key);
  }

  /** Loads what a step shows. */
  async enter(step: StepKey): Promise<void> {
    if (!this.project) return;
    switch (step) {
      case "project":
        await this.runAudit();
        break;
      case "upload":
        await this.loadFiles();
        break;
      case "mapping":
        await this.loadMappings();
        break;
      case "owners":
        await this.loadOwners();
        break;
      case "sample":
        await this.loadSample();
        break;
      case "run":
        await this.loadRun();
        break;
      case "reconciliation":
        await this.loadReconciliation();
        break;
      case "rollback":
        await this.loadRollback();
        break;
    }
  }

  // ------------------------------------------------------------------------------ 1. project
  async load(): Promise<void> {
    await this.guard(async () => {
      this.projects = await this.api.listProjects();
      this.users = await this.api.users();
      const first = this.projects[0];
      if (first) await this.selectProject(first.id);
    }, "Could not load migration projects");
    this.loaded = true;
  }

  setDraftSource(source: SourceSystem): void {
    this.draft.source = source;
    this.draft.scope = source === "planplus" ? [...PLANPLUS_OBJECTS] : [...PLEXUS_SCOPE];
  }

  toggleScope(object: string): void {
    const s = this.draft.scope;
    this.draft.scope = s.includes(object) ? s.filter((o) => o !== object) : [...s, object];
  }

  async createProject(): Promise<void> {
    const name = this.draft.name.trim();
    if (!name) {
      this.ui.notify("Give the migration project a name.", { type: "warning" });
      return;
    }
    await this.guard(async () => {
      const id = await this.api.createProject(name, this.draft.source, this.draft.scope);
      this.projects = await this.api.listProjects();
      await this.selectProject(id);
      this.ui.notify(`Migration project "${name}" created.`, { type: "success" });
    }, "Could not create the project");
  }

  /** Back to the "new project" form: nothing of the previous project stays on screen. */
  newProject(): void {
    this.project = null;
    this.draft = { name: "", source: this.draft.source, scope: this.draft.source === "planplus" ? [...PLANPLUS_OBJECTS] : [...PLEXUS_SCOPE] };
    this.resetProjectState();
  }

  private resetProjectState(): void {
    this.audit = { required: [], optional: [], existing: [], done: false };
    this.uploads = [];
    this.files = [];
    this.mappings = [];
    this.activeMapping = 0;
    this.owners = [];
    this.ownerHints = {};
    this.run = null;
    this.phases = [];
    this.sampleRun = null;
    this.diff = [];
    this.recon = null;
    this.ledgerCounts = {};
    this.rates = new RateTracker();
  }

  async selectProject(id: number): Promise<void> {
    this.resetProjectState();
    this.project = await this.api.readProject(id);
    this.draft.source = this.project.source;
    this.credentials = { url: this.project.plexusUrl, stored: this.project.hasPlexusToken };
    this.draft.scope = this.project.scope.length ? this.project.scope : this.project.source === "planplus" ? [...PLANPLUS_OBJECTS] : [...PLEXUS_SCOPE];
    await this.loadFiles();
    await this.loadMappings();
    await this.loadOwners();
    this.run = await this.api.latestRun(id, "full");
    await this.runAudit();
  }

  async saveScope(): Promise<void> {
    await this.guard(async () => {
      await this.api.writeProject(this.projectId, { scope: this.draft.scope });
      if (this.project) this.project.scope = [...this.draft.scope];
      this.ui.notify("Scope saved.", { type: "success" });
    }, "Could not save the scope");
  }

  async runAudit(): Promise<void> {
    if (!this.project) return;
    const src = this.project.source;
    const mods = await this.api.modules([...REQUIRED_APPS[src], ...OPTIONAL_APPS]);
    const byName = new Map(mods.map((m) => [m.name, m]));
    this.audit = {
      required: REQUIRED_APPS[src].map((n) => byName.get(n) ?? { id: 0, name: n, label: n, state: "uninstallable" }),
      optional: OPTIONAL_APPS.map((n) => byName.get(n)).filter((m): m is ModuleRec => !!m),
      existing: await this.api.existingMigratedRecords(src),
      done: true,
    };
  }

  get missingApps(): ModuleRec[] {
    return this.audit.required.filter((m) => m.state !== "installed" && m.id > 0);
  }

  async installMissing(): Promise<boolean> {
    const missing = this.missingApps;
    if (missing.length === 0) return false;
    const ok = await this.ui.confirm({
      title: "Install missing apps",
      body: `Install ${missing.map((m) => m.label).join(", ")}? Odoo reloads its modules; this can take a minute.`,
      confirmLabel: "Install",
    });
    if (!ok) return false;
    const done = await this.guard(async () => {
      await this.api.installModules(missing.map((m) => m.id));
      await this.runAudit();
      this.ui.notify("Apps installed.", { type: "success" });
      return true;
    }, "Installation failed");
    return done === true;
  }

  // ------------------------------------------------------------------------------ 2. upload
  async loadFiles(): Promise<void> {
    if (!this.project) return;
    const recs = await this.api.listSourceFiles(this.project.id);
    this.files = recs.map((r) => ({ ...r, parsed: parseProfile(r.profile) }));
  }

  /** Profiles dropped files in the browser (streamed, yielding), then stores each as an attachment. */
  async addFiles(files: readonly File[]): Promise<void> {
    const projectId = this.projectId;
    for (const file of files) {
      const item: UploadItem = { key: ++this.uploadSeq, name: file.name, bytes: file.size, progress: 0, status: "profiling", message: "", entries: [] };
      this.uploads.push(item);
      // `this.uploads` may be a reactive proxy: work on the stored element so the UI follows.
      const live = this.uploads[this.uploads.length - 1] as UploadItem;
      try {
        const entries = await profileUpload(file, file.name, {
          ...this.profileOptions,
          onProgress: (done, total) => {
            live.progress = total > 0 ? done / total : 1;
          },
        });
        live.entries = entries;
        live.status = "saving";
        const base64 = await blobToBase64(file);
        const isZip = file.name.toLowerCase().endsWith(".zip");
        const usable = entries.filter((e) => e.format === "csv" || e.format === "jsonl");
        if (usable.length === 0) throw new Error("No CSV or JSON Lines file found (PlanPlus *.csv, Plexus bundle *.jsonl or .zip)");
        let first = true;
        for (const e of usable) {
          await this.api.createSourceFile(projectId, {
            name: isZip ? e.path : file.name,
            object: e.detection.object ?? "",
            encoding: e.encoding ?? "",
            rows: e.profile.rows,
            profile: JSON.stringify({ ...e.profile, header: e.header, source: e.detection.source, detected_by: e.detection.by }),
            // A bundle is stored once, on its first entry; the others point at the same upload by name.
            base64: isZip && !first ? null : base64,
          });
          first = false;
        }
        const unknown = usable.filter((e) => !e.detection.object).map((e) => e.name);
        const wrongSource = usable.filter((e) => e.detection.source && this.project && e.detection.source !== this.project.source).map((e) => e.name);
        live.status = "done";
        live.progress = 1;
        live.message = [
          `${usable.length} file${usable.length > 1 ? "s" : ""}, ${usable.reduce((n, e) => n + e.profile.rows, 0)} rows`,
          unknown.length ? `not recognised: ${unknown.join(", ")}` : "",
          wrongSource.length ? `from the other source system: ${wrongSource.join(", ")}` : "",
        ]
          .filter(Boolean)
          .join(" · ");
      } catch (e) {
        live.status = "error";
        live.message = errorMessage(e);
        this.ui.notify(`${file.name}: ${live.message}`, { type: "danger", title: "Upload failed" });
      }
    }
    await this.loadFiles();
  }

  async removeFile(id: number): Promise<void> {
    await this.guard(async () => {
      await this.api.deleteSourceFile(id);
      await this.loadFiles();
    }, "Could not remove the file");
  }

  async storeCredentials(token: string): Promise<void> {
    const url = this.credentials.url.trim();
    if (!/^https:\/\//.test(url) || !token) {
      this.ui.notify("Enter the HTTPS export API URL and the token.", { type: "warning" });
      return;
    }
    await this.guard(async () => {
      await this.api.storePlexusCredentials(this.projectId, url, token);
      this.credentials.stored = true;
      this.ui.notify("Plexus API credentials stored on the server. They are not shown again.", { type: "success" });
    }, "Could not store the credentials");
  }

  // ------------------------------------------------------------------------------ 3. mapping
  async loadMappings(): Promise<void> {
    if (!this.project) return;
    const recs = await this.api.listMappings(this.project.id);
    const lines = await this.api.readLines(recs.map((r) => r.id));
    const values = await this.api.readValueMaps(lines.map((l) => l.id));
    const samplesOf = (object: string, column: string): string[] => {
      for (const f of this.files) if (f.object === object) return f.parsed?.columns.find((c) => c.name === column)?.samples ?? [];
      return [];
    };
    const fieldCache = new Map<string, FieldInfo[]>(this.mappings.map((m) => [m.rec.model, m.fields]));
    const views: MappingView[] = [];
    for (const rec of recs.sort((a, b) => a.sequence - b.sequence || a.id - b.id)) {
      let fields = fieldCache.get(rec.model);
      if (!fields) {
        fields = await this.api.fieldsGet(rec.model).catch(() => []);
        fieldCache.set(rec.model, fields);
      }
      views.push({
        rec,
        fields,
        lines: lines
          .filter((l) => l.mappingId === rec.id)
          .sort((a, b) => a.sequence - b.sequence || a.id - b.id)
          .map((l) => ({ rec: l, values: values.filter((v) => v.lineId === l.id), samples: samplesOf(rec.object, l.source), newFieldType: l.transform.startsWith("new_field:") ? l.transform.slice(10) : "" })),
      });
    }
    this.mappings = views;
    if (this.activeMapping >= views.length) this.activeMapping = 0;
  }

  /** Objects uploaded that have no mapping yet. */
  get unmappedObjects(): string[] {
    const have = new Set(this.mappings.map((m) => m.rec.object));
    const objs = new Set(this.files.map((f) => f.object).filter((o) => o && !NOT_MAPPED_OBJECTS.has(o) && !have.has(o)));
    return [...objs];
  }

  /** Proposes a mapping for every uploaded object without one (profile + fields_get). */
  async proposeMappings(): Promise<void> {
    await this.guard(async () => {
      const src = this.source;
      const order = src === "planplus" ? PLANPLUS_OBJECTS : PLEXUS_SCOPE;
      for (const object of this.unmappedObjects) {
        const model = TARGET_MODEL[src][object];
        const file = this.files.find((f) => f.object === object);
        if (!model || !file?.parsed) continue;
        const fields = await this.api.fieldsGet(model);
        const proposals = proposeObject(src, model, file.parsed.columns, fields);
        const lines = proposals.map((p) => ({ source: p.source, target: p.target, transform: p.newFieldType ? `new_field:${p.newFieldType}` : "", confidence: p.confidence, reason: p.reason, values: p.values }));
        const seq = (order.indexOf(object) + 1) * 10;
        await this.api.createMapping(this.projectId, object, model, seq, lines);
      }
      await this.loadMappings();
    }, "Could not propose the mapping");
  }

  get currentMapping(): MappingView | null {
    return this.mappings[this.activeMapping] ?? null;
  }

  /** Changing a target returns an approved mapping to draft (the server reopens it). */
  async setTarget(line: LineView, target: string): Promise<void> {
    await this.guard(async () => {
      await this.api.writeLine(line.rec.id, { target, approved: true });
      await this.loadMappings();
    }, "Could not change the target field");
  }

  async setValue(v: ValueMapRec, target: string): Promise<void> {
    await this.guard(async () => {
      await this.api.writeValueMap(v.id, target);
      await this.loadMappings();
    }, "Could not change the value map");
  }

  /** Approves every proposed line of the mapping, then the mapping (server records who and when). */
  async approve(view: MappingView): Promise<void> {
    await this.approveMapping(view.rec.id);
  }

  /**
   * Approves the mapping with this id. Queued behind any save in flight (never dropped), and
   * idempotent: it looks the mapping up when its turn comes and does nothing if it is approved by
   * then (a double click, or a click queued behind the same approval).
   */
  async approveMapping(mappingId: number): Promise<void> {
    await this.guard(async () => {
      const view = this.mappings.find((m) => m.rec.id === mappingId);
      if (!view || view.rec.state === "approved") return;
      await this.api.approveLines(view.lines.filter((l) => !l.rec.approved && l.rec.target).map((l) => l.rec.id));
      await this.api.approveMapping(view.rec.id);
      await this.loadMappings();
      this.ui.notify(`Mapping ${view.rec.object} → ${view.rec.model} approved.`, { type: "success" });
    }, "Approval refused");
  }

  async reopen(view: MappingView): Promise<void> {
    await this.reopenMapping(view.rec.id);
  }

  /** Returns an approved mapping to draft; a no-op when it is a draft by the time its turn comes. */
  async reopenMapping(mappingId: number): Promise<void> {
    await this.guard(async () => {
      const view = this.mappings.find((m) => m.rec.id === mappingId);
      if (!view || view.rec.state !== "approved") return;
      await this.api.resetMapping(view.rec.id);
      await this.loadMappings();
    }, "Could not reopen the mapping");
  }

  /** Flags to resolve before approval: low confidence, unmapped values, new custom fields. */
  flags(view: MappingView): string[] {
    const out: string[] = [];
    for (const l of view.lines) {
      if (l.rec.target && l.rec.confidence < 0.6 && !l.rec.approved) out.push(`${l.rec.source}: low confidence (${Math.round(l.rec.confidence * 100)}%)`);
      if (l.newFieldType) out.push(`${l.rec.source}: creates custom field ${l.rec.target} (${l.newFieldType})`);
      for (const v of l.values) if (!v.target) out.push(`${l.rec.source}: value "${v.source}" has no target`);
    }
    return out;
  }

  // ------------------------------------------------------------------------------ 4. owners
  async loadOwners(): Promise<void> {
    if (!this.project) return;
    const recs = await this.api.listOwners(this.project.id);
    this.owners = recs.map((r) => ({ ...r, hint: r.decision ? "" : (this.ownerHints[r.key] ?? "") }));
  }

  /** Builds owner decisions from the uploaded files with the bridge's owner resolver (mapping.md §1.5). */
  async detectOwners(): Promise<void> {
    await this.guard(async () => {
      const src = this.source;
      const userRows = this.files.flatMap((f) => (f.object === "users" ? (f.parsed?.owners?.users ?? []) : []));
      const sourceUsers = userRows.map((r) => OwnerResolver.sourceUserOf(src, r));
      const odoo = this.users.map((u) => ({ id: u.id, login: u.login, email: u.email || null, active: u.active, name: u.name }));
      const resolver = new OwnerResolver(src, sourceUsers, odoo, null);
      const refs = new Map<string, number>();
      for (const f of this.files) for (const [k, n] of Object.entries(f.parsed?.owners?.refs ?? {})) refs.set(k, (refs.get(k) ?? 0) + n);
      const known = new Set(this.owners.map((o) => o.key));
      const out = new Map<string, { key: string; name: string; email: string; records: number; decision: OwnerDecision; userId: number | null }>();
      for (const [ref, n] of refs) {
        const [kind, ...rest] = ref.split(":");
        const value = rest.join(":");
        const res = kind === "user_id" ? resolver.byUserId(value) : kind === "email" ? resolver.byEmailCell(value) : resolver.byDisplayName(value);
        const su = res.sourceUser;
        const key = su ? su.id || su.email || value : value;
        if (known.has(key)) continue;
        const prev = out.get(key);
        if (prev) {
          prev.records += n;
          continue;
        }
        const matched = res.userId !== null && !res.flags.includes("owner_unmatched") && !res.flags.includes("owner_ambiguous");
        const inactive = res.flags.includes("owner_inactive");
        const odooUser = matched ? this.users.find((u) => u.id === res.userId) : undefined;
        this.ownerHints[key] = res.flags.includes("owner_ambiguous")
          ? "display name shared by several source users"
          : !matched
            ? su
              ? "no Odoo user with this e-mail"
              : "not found in the source user list"
            : inactive
              ? odooUser && !odooUser.active
                ? "matched Odoo user is archived"
                : "inactive in the source"
              : "";
        out.set(key, {
          key,
          name: su?.name || (kind === "name" ? value : ""),
          email: su?.email || (kind === "email" ? value : ""),
          records: n,
          // Matched active owners are decided; inactive, unmatched and ambiguous ones wait for the admin.
          decision: matched && !inactive ? "matched" : "",
          userId: matched ? res.userId : null,
        });
      }
      await this.api.createOwners(this.projectId, [...out.values()]);
      await this.loadOwners();
      this.ui.notify(`${out.size} owner${out.size === 1 ? "" : "s"} found in the uploaded files.`, { type: "info" });
    }, "Could not detect owners");
  }

  get unresolvedOwners(): OwnerRow[] {
    return this.owners.filter((o) => !o.decision || ((o.decision === "matched" || o.decision === "fallback") && !o.userId && !(o.decision === "fallback" && this.project?.fallbackOwnerId)));
  }

  get ownersResolved(): boolean {
    return this.unresolvedOwners.length === 0;
  }

  async decide(owner: OwnerRow, decision: OwnerDecision, userId: number | null): Promise<void> {
    await this.guard(async () => {
      const uid = decision === "fallback" ? (userId ?? this.project?.fallbackOwnerId ?? null) : decision === "provision_inactive" ? null : userId;
      await this.api.decideOwner(owner.id, decision, uid);
      await this.loadOwners();
    }, "Could not save the owner decision");
  }

  async setFallbackOwner(userId: number | null): Promise<void> {
    await this.guard(async () => {
      await this.api.writeProject(this.projectId, { fallbackOwnerId: userId });
      this.project = await this.api.readProject(this.projectId);
    }, "Could not set the fallback owner");
  }

  /** Every undecided owner → the fallback owner. */
  async fallbackAll(): Promise<void> {
    await this.guard(async () => {
      const fb = this.project?.fallbackOwnerId;
      if (!fb) {
        this.ui.notify("Choose the fallback owner first.", { type: "warning" });
        return;
      }
      for (const o of this.unresolvedOwners) await this.api.decideOwner(o.id, "fallback", fb);
      await this.loadOwners();
    }, "Could not apply the fallback owner");
  }

  // ------------------------------------------------------------------------------ 5. sample
  async loadSample(): Promise<void> {
    if (!this.project) return;
    this.sampleRun = await this.api.latestRun(this.project.id, "sample");
    this.diff = [];
    if (this.sampleRun?.state === "done") {
      const csv = await this.api.runAttachment(this.sampleRun.id, "sample_diff.csv");
      if (csv) this.diff = parseDiffCsv(csv);
    }
  }

  async queueSample(): Promise<void> {
    await this.guard(async () => {
      const id = await this.api.queueRun(this.projectId, "sample", { name: "Sample run" });
      this.sampleRun = await this.api.readRun(id);
      this.ui.notify("Sample run queued: the Ferry bridge picks it up.", { type: "info" });
    }, "Could not queue the sample run");
  }

  get filteredDiff(): DiffRow[] {
    return filterDiff(this.diff, this.diffFilter);
  }

  diffOptions(key: keyof DiffRow): string[] {
    return distinct(this.diff, key);
  }

  // ------------------------------------------------------------------------------ 6. run
  async loadRun(): Promise<void> {
    if (!this.project) return;
    this.run = await this.api.latestRun(this.project.id, "full");
    await this.poll();
  }

  get runActive(): boolean {
    return !!this.run && !["done", "failed"].includes(this.run.state);
  }

  get canStartRun(): boolean {
    return this.ownersResolved && this.mappings.length > 0 && this.mappings.every((m) => m.rec.state === "approved") && !this.runActive;
  }

  async startRun(): Promise<void> {
    if (!this.canStartRun) {
      this.ui.notify(this.ownersResolved ? "Approve every mapping first." : "Resolve every owner first.", { type: "warning" });
      return;
    }
    await this.guard(async () => {
      const id = await this.api.queueRun(this.projectId, "full", { name: "Full run", mapping_ids: [[6, 0, this.mappings.map((m) => m.rec.id)]] });
      this.run = await this.api.readRun(id);
      this.phases = [];
      this.rates = new RateTracker();
      this.ui.notify("Migration run queued.", { type: "success" });
    }, "Could not start the run");
  }

  /** Refreshes the current run and its phases (called on a timer while the Run step is open). */
  async poll(): Promise<void> {
    if (!this.run) return;
    const before = this.run.state;
    this.run = await this.api.readRun(this.run.id);
    this.phases = await this.api.phases(this.run.id);
    const at = this.now();
    if (this.run.state === "running") for (const p of this.phases) this.rates.add(p, at);
    else this.rates.reset();
    this.lastPollAt = at;
    if (before !== this.run.state) {
      if (this.run.state !== "halted" && this.closeGateNotice) {
        this.closeGateNotice();
        this.closeGateNotice = null;
      }
      if (this.run.state === "halted") this.closeGateNotice = this.ui.notify(this.run.message || "The run halted at a reconciliation gate.", { type: "warning", title: "Review needed", sticky: true }) ?? null;
      if (this.run.state === "done") this.ui.notify("Migration run finished.", { type: "success" });
      if (this.run.state === "failed") this.ui.notify(this.run.message || "The run failed.", { type: "danger", title: "Run failed", sticky: true });
    }
  }

  async control(action: "pause" | "resume" | "accept" | "cancel"): Promise<void> {
    if (!this.run) return;
    if (action === "cancel") {
      const ok = await this.ui.confirm({ title: "Stop the run to fix the data", body: "The run stops here. Records already loaded stay (roll them back from the Rollback step if needed). Fix the source or the mapping, then start a new run.", confirmLabel: "Stop run" });
      if (!ok) return;
    }
    const runId = this.run.id;
    await this.guard(async () => {
      await this.api.runAction(runId, action);
      await this.poll();
    }, "Run control failed");
  }

  /** rejected_rows.csv of sources.md C.3 from the run's ferry.reject rows (formulas neutralized). */
  async downloadRejects(): Promise<void> {
    const run = this.run;
    if (!run) return;
    const rows = await this.guard(() => this.api.rejects(run.id), "Could not read the rejects");
    if (!rows) return;
    this.ui.download(`rejected_rows_run${run.id}.csv`, "text/csv", rejectsCsv(this.source, rows));
  }

  // ------------------------------------------------------------------------------ 7. reconciliation
  async loadReconciliation(): Promise<void> {
    if (!this.project) return;
    const run = this.run ?? (await this.api.latestRun(this.project.id, "full"));
    if (!run) return;
    this.run = await this.api.readRun(run.id);
    this.phases = await this.api.phases(run.id);
    this.recon = this.run.summary ? reconFromSummary(this.run.summary, this.phases) : reconFromPhases(this.phases);
  }

  downloadReport(): void {
    if (!this.recon || !this.run || !this.project) return;
    const html = renderReport({
      title: `Ferry reconciliation — ${this.project.name}`,
      source: this.project.source,
      kind: this.run.type,
      runId: String(this.run.id),
      target: "this Odoo database",
      generatedAt: new Date(this.now()).toISOString(),
      objects: this.recon.objects,
      odooRecords: this.recon.odooRecords,
      notes: [
        ...this.recon.nullFk.map((c) => `Null foreign key check — ${c.label}: ${c.count}`),
        ...this.recon.fillRates.map((f) => `Fill rate ${f.field}: source ${f.source}, Odoo ${f.odoo}`),
        ...this.recon.owners.map((o) => `Owners — ${o.label}: ${o.count}`),
      ],
    });
    this.ui.download(`reconciliation_run${this.run.id}.html`, "text/html", html);
  }

  // ------------------------------------------------------------------------------ 8. rollback
  async loadRollback(): Promise<void> {
    if (!this.run) await this.loadRun();
    if (!this.run) return;
    this.ledgerCounts = await this.api.ledgerCounts(this.run.id);
  }

  /** Hours left in the rollback window (null when the run has no end time). */
  get rollbackHoursLeft(): number | null {
    if (!this.run?.endedAt || !this.project) return null;
    const ended = Date.parse(this.run.endedAt.replace(" ", "T") + "Z");
    if (Number.isNaN(ended)) return null;
    const left = (ended + this.project.rollbackWindowHours * 3600_000 - this.now()) / 3600_000;
    return Math.max(0, Math.round(left * 10) / 10);
  }

  async rollback(force = false): Promise<void> {
    const run = this.run;
    if (!run) return;
    // Fresh counts: the dialog must state what the rollback will really do.
    const counts = await this.guard(() => this.api.ledgerCounts(run.id), "Could not read the ledger");
    if (!counts) return;
    this.ledgerCounts = counts;
    const c = counts;
    const n = (x: number | undefined): string => (x ?? 0).toLocaleString("en-US");
    const left = this.rollbackHoursLeft;
    if (left !== null && left <= 0) {
      this.ui.notify("The rollback window of this run has closed.", { type: "warning" });
      return;
    }
    const ok = await this.ui.confirm({
      title: "Roll back this migration run?",
      body:
        `This deletes ${n(c.create)} created records (archives those Odoo refuses to delete), restores ${n(c.update)} updated records and un-archives ${n(c.archive)}. ` +
        `${left === null ? "" : `${left} hours remain in the rollback window. `}` +
        (force ? "Records edited in Odoo since the migration are rolled back too." : "Records edited in Odoo since the migration are kept and listed."),
      confirmLabel: "Roll back",
    });
    if (!ok) return;
    await this.guard(async () => {
      this.rollbackRunId = await this.api.rollback(run.id, force);
      this.run = await this.api.readRun(run.id);
      this.ledgerCounts = await this.api.ledgerCounts(run.id);
      this.ui.notify("Rollback finished.", { type: "success" });
    }, "Rollback refused");
  }
}

export function rejectsCsv(source: string, rows: readonly RejectRec[]): string {
  const head = csvLine(["Source", "Object", "File", "Row", "Source ID", "Field", "Code", "Reason"]);
  return UTF8_BOM + head + rows.map((r) => csvLine([source, r.object, r.file, r.row, r.sourceId, r.field, r.code, r.reason])).join("");
}
