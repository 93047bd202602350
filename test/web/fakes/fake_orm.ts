/**
 * An in-memory stand-in for Odoo's `orm` service with the ferry.* models, for component tests
 * (vitest + jsdom) and the browser e2e harness. It stores records per model, evaluates simple
 * domains, applies one2many create commands, returns Many2one values as [id, name], and simulates
 * what the server and the bridge sidecar do: mapping approval (who/when, back to draft on edit),
 * app installation, a sample run with a field diff, a full run advancing phase by phase on each
 * read (with a reconciliation gate), the reject list and a ledger-based rollback.
 * Pure TypeScript: no Node APIs (the harness bundles it for the browser).
 */
export type Rec = Record<string, unknown> & { id: number };
type Vals = Record<string, unknown>;

export interface FakeOptions {
  /** Phase name whose rejects exceed the gate (the run halts there once). */
  gatePhase?: string | null;
  /** Percent of rows the full run advances per read of the run. */
  stepPct?: number;
  /** Current user (approvals, names). */
  uid?: number;
}

const M2O: Record<string, Record<string, string>> = {
  "ferry.project": { fallback_owner_id: "res.users" },
  "ferry.source.file": { project_id: "ferry.project" },
  "ferry.mapping": { project_id: "ferry.project", approved_by_id: "res.users" },
  "ferry.mapping.line": { mapping_id: "ferry.mapping" },
  "ferry.value.map": { line_id: "ferry.mapping.line" },
  "ferry.owner": { project_id: "ferry.project", user_id: "res.users" },
  "ferry.run": { project_id: "ferry.project", rolled_back_by_id: "ferry.run" },
  "ferry.run.phase": { run_id: "ferry.run" },
  "ferry.reject": { run_id: "ferry.run" },
  "ferry.ledger": { run_id: "ferry.run", rolled_back_by_id: "ferry.run" },
};

/** One2many fields: field → [comodel, inverse field]. */
const O2M: Record<string, Record<string, [string, string]>> = {
  "ferry.mapping": { line_ids: ["ferry.mapping.line", "mapping_id"] },
  "ferry.mapping.line": { value_map_ids: ["ferry.value.map", "line_id"] },
  "ferry.run": { phase_ids: ["ferry.run.phase", "run_id"], report_ids: ["ir.attachment", "res_id"] },
};

type FieldDef = { string: string; type: string; relation?: string; selection?: [string, string][]; readonly?: boolean; required?: boolean };

/** A compact fields_get of the Odoo models the mappings target. */
export const FIELDS: Record<string, Record<string, FieldDef>> = {
  "res.partner": {
    name: { string: "Name", type: "char", required: true },
    email: { string: "Email", type: "char" },
    phone: { string: "Phone", type: "char" },
    mobile: { string: "Mobile", type: "char" },
    website: { string: "Website Link", type: "char" },
    street: { string: "Street", type: "char" },
    street2: { string: "Street2", type: "char" },
    city: { string: "City", type: "char" },
    zip: { string: "Zip", type: "char" },
    state_id: { string: "State", type: "many2one", relation: "res.country.state" },
    country_id: { string: "Country", type: "many2one", relation: "res.country" },
    function: { string: "Job Position", type: "char" },
    comment: { string: "Notes", type: "html" },
    user_id: { string: "Salesperson", type: "many2one", relation: "res.users" },
    industry_id: { string: "Industry", type: "many2one", relation: "res.partner.industry" },
    category_id: { string: "Tags", type: "many2many", relation: "res.partner.category" },
    is_company: { string: "Is a Company", type: "boolean" },
    parent_id: { string: "Related Company", type: "many2one", relation: "res.partner" },
    create_date: { string: "Created on", type: "datetime", readonly: true },
    display_name: { string: "Display Name", type: "char", readonly: true },
  },
  "crm.lead": {
    name: { string: "Opportunity", type: "char", required: true },
    expected_revenue: { string: "Expected Revenue", type: "monetary" },
    probability: { string: "Probability", type: "float" },
    date_deadline: { string: "Expected Closing", type: "date" },
    stage_id: { string: "Stage", type: "many2one", relation: "crm.stage" },
    user_id: { string: "Salesperson", type: "many2one", relation: "res.users" },
    description: { string: "Notes", type: "html" },
    priority: { string: "Priority", type: "selection", selection: [["0", "Low"], ["1", "Medium"], ["2", "High"], ["3", "Very High"]] },
    email_from: { string: "Email", type: "char" },
  },
  "project.task": {
    name: { string: "Title", type: "char", required: true },
    priority: { string: "Priority", type: "selection", selection: [["0", "Low"], ["1", "High"]] },
    date_deadline: { string: "Deadline", type: "datetime" },
    user_ids: { string: "Assignees", type: "many2many", relation: "res.users" },
    description: { string: "Description", type: "html" },
    project_id: { string: "Project", type: "many2one", relation: "project.project" },
  },
};
FIELDS["project.project"] = { name: { string: "Name", type: "char", required: true }, description: { string: "Description", type: "html" }, user_id: { string: "Project Manager", type: "many2one", relation: "res.users" } };
FIELDS["calendar.event"] = { name: { string: "Meeting Subject", type: "char", required: true }, location: { string: "Location", type: "char" }, allday: { string: "All Day", type: "boolean" }, description: { string: "Description", type: "html" } };
FIELDS["res.users"] = { name: { string: "Name", type: "char" }, login: { string: "Login", type: "char" }, email: { string: "Email", type: "char" } };

export class FakeOrm {
  tables = new Map<string, Map<number, Rec>>();
  private seq = 100;
  calls: { model: string; method: string; args: unknown[]; kwargs: Vals }[] = [];
  opts: Required<FakeOptions>;
  /** Phase progress state of full runs: run id → reads seen. */
  private gateSeen = new Set<number>();
  /** Simulated network latency (ms) for the e2e harness. */
  latency = 0;

  constructor(opts: FakeOptions = {}) {
    this.opts = { gatePhase: opts.gatePhase ?? null, stepPct: opts.stepPct ?? 35, uid: opts.uid ?? 2 };
    this.seedUsers();
    this.seedModules();
  }

  // ------------------------------------------------------------------ storage helpers
  table(model: string): Map<number, Rec> {
    let t = this.tables.get(model);
    if (!t) {
      t = new Map();
      this.tables.set(model, t);
    }
    return t;
  }

  all(model: string): Rec[] {
    return [...this.table(model).values()];
  }

  insert(model: string, vals: Vals): number {
    const id = ++this.seq;
    const rec: Rec = { ...this.defaults(model), ...vals, id };
    const o2m = O2M[model] ?? {};
    for (const [field, [comodel, inverse]] of Object.entries(o2m)) {
      const cmds = vals[field];
      delete rec[field];
      if (Array.isArray(cmds)) for (const c of cmds) if (Array.isArray(c) && c[0] === 0) this.insert(comodel, { ...(c[2] as Vals), [inverse]: id });
    }
    this.table(model).set(id, rec);
    return id;
  }

  private defaults(model: string): Vals {
    switch (model) {
      case "ferry.project":
        return { state: "draft", scope: false, fallback_owner_id: false, rollback_window_hours: 72, reject_threshold_pct: 1 };
      case "ferry.mapping":
        return { state: "draft", approved_by_id: false, approved_at: false, sequence: 10 };
      case "ferry.run":
        return { state: "queued", name: "New run", started_at: false, ended_at: false, message: false, summary: false, current_phase: false, rolled_back_by_id: false, accepted_phases: "" };
      case "ferry.owner":
        return { decision: false, user_id: false, record_count: 0 };
      default:
        return {};
    }
  }

  private seedUsers(): void {
    const users = [
      { name: "Mitchell Admin", login: "admin", email: "admin@example.com", active: true, share: false },
      { name: "Dana Whitfield", login: "dana@northwind.example", email: "dana@northwind.example", active: true, share: false },
      { name: "Marc Demo", login: "marc@northwind.example", email: "marc@northwind.example", active: true, share: false },
      { name: "Old Timer", login: "old@northwind.example", email: "old@northwind.example", active: false, share: false },
    ];
    let id = 1;
    for (const u of users) {
      id += 1;
      this.table("res.users").set(id, { ...u, id });
    }
  }

  private seedModules(): void {
    const mods: [string, string, string][] = [
      ["contacts", "Contacts", "installed"],
      ["crm", "CRM", "installed"],
      ["project", "Project", "installed"],
      ["calendar", "Calendar", "uninstalled"],
      ["hr_timesheet", "Timesheets", "installed"],
      ["sale_management", "Sales", "installed"],
      ["hr_expense", "Expenses", "installed"],
      ["helpdesk", "Helpdesk", "uninstallable"],
    ];
    for (const [name, shortdesc, state] of mods) this.insert("ir.module.module", { name, shortdesc, state });
  }

  private display(model: string, id: number): string {
    const r = this.table(model).get(id);
    if (!r) return "";
    return String(r.name ?? r.source_object ?? r.id);
  }

  private out(model: string, r: Rec, fields: string[]): Vals {
    const o: Vals = { id: r.id };
    const m2o = M2O[model] ?? {};
    const o2m = O2M[model] ?? {};
    for (const f of fields.length ? fields : Object.keys(r)) {
      if (o2m[f]) {
        const [comodel, inverse] = o2m[f];
        o[f] = this.all(comodel)
          .filter((c) => c[inverse] === r.id && (comodel !== "ir.attachment" || c.res_model === model))
          .map((c) => c.id);
      } else if (m2o[f]) {
        const v = r[f];
        o[f] = typeof v === "number" && v ? [v, this.display(m2o[f], v)] : false;
      } else if (f === "mapping_id" || f === "line_id") {
        o[f] = typeof r[f] === "number" ? [r[f], ""] : false;
      } else {
        o[f] = r[f] === undefined ? false : r[f];
      }
    }
    return o;
  }

  match(model: string, r: Rec, domain: unknown[]): boolean {
    return domain.every((d) => {
      if (!Array.isArray(d)) return true;
      const [f, op, v] = d as [string, string, unknown];
      let val = r[f];
      if (Array.isArray(val)) val = val[0];
      if (model === "ferry.mapping.line" && f === "mapping_id") val = r.mapping_id;
      switch (op) {
        case "=":
          return v === false ? !val : val === v;
        case "!=":
          return v === false ? !!val : val !== v;
        case "in":
          return Array.isArray(v) && v.includes(val);
        case "ilike":
          return String(val ?? "").toLowerCase().includes(String(v).toLowerCase());
        default:
          return true;
      }
    });
  }

  private search(model: string, domain: unknown[], kwargs: Vals = {}): Rec[] {
    const ctx = (kwargs.context ?? {}) as Vals;
    let rows = this.all(model).filter((r) => this.match(model, r, domain));
    if (model === "res.users" && ctx.active_test !== false) rows = rows.filter((r) => r.active !== false);
    const order = String(kwargs.order ?? "");
    if (order.startsWith("id desc")) rows.sort((a, b) => b.id - a.id);
    else if (order.startsWith("sequence")) rows.sort((a, b) => Number(a.sequence ?? 0) - Number(b.sequence ?? 0) || a.id - b.id);
    if (typeof kwargs.limit === "number") rows = rows.slice(0, kwargs.limit);
    return rows;
  }

  private async delay(): Promise<void> {
    if (this.latency > 0) await new Promise((r) => setTimeout(r, this.latency));
  }

  // ------------------------------------------------------------------ the orm service API
  async searchRead(model: string, domain: unknown[], fields: string[], kwargs: Vals = {}): Promise<Vals[]> {
    await this.delay();
    this.calls.push({ model, method: "search_read", args: [domain, fields], kwargs });
    // Sample runs advance on any read; full runs only on `read` (one poll = one step, deterministic).
    if (model === "ferry.run") for (const r of this.search(model, domain, kwargs)) if (r.run_type === "sample") this.advance(r);
    return this.search(model, domain, kwargs).map((r) => this.out(model, r, fields));
  }

  async read(model: string, ids: number[], fields: string[]): Promise<Vals[]> {
    await this.delay();
    this.calls.push({ model, method: "read", args: [ids, fields], kwargs: {} });
    const rows = ids.map((id) => this.table(model).get(id)).filter((r): r is Rec => !!r);
    if (model === "ferry.run") for (const r of rows) this.advance(r);
    return rows.map((r) => this.out(model, r, fields));
  }

  async searchCount(model: string, domain: unknown[]): Promise<number> {
    await this.delay();
    return this.search(model, domain).length;
  }

  async create(model: string, records: Vals[]): Promise<number[]> {
    await this.delay();
    this.calls.push({ model, method: "create", args: [records], kwargs: {} });
    const ids = records.map((v) => this.insert(model, v));
    for (const id of ids) this.afterCreate(model, id);
    return ids;
  }

  async write(model: string, ids: number[], values: Vals): Promise<boolean> {
    await this.delay();
    this.calls.push({ model, method: "write", args: [ids, values], kwargs: {} });
    for (const id of ids) {
      const r = this.table(model).get(id);
      if (!r) throw new Error(`${model}(${id}) does not exist`);
      Object.assign(r, values);
      if (model === "ferry.mapping.line") this.reopen(Number(r.mapping_id));
      if (model === "ferry.value.map") {
        const line = this.table("ferry.mapping.line").get(Number(r.line_id));
        if (line) this.reopen(Number(line.mapping_id));
      }
    }
    return true;
  }

  async unlink(model: string, ids: number[]): Promise<boolean> {
    await this.delay();
    for (const id of ids) this.table(model).delete(id);
    return true;
  }

  async call<T = unknown>(model: string, method: string, args: unknown[] = [], kwargs: Vals = {}): Promise<T> {
    await this.delay();
    this.calls.push({ model, method, args, kwargs });
    const ids = (Array.isArray(args[0]) ? args[0] : []) as number[];
    switch (method) {
      case "fields_get":
        return this.fieldsGet(model) as T;
      case "action_approve":
        for (const id of ids) {
          const m = this.table(model).get(id) as Rec;
          const lines = this.all("ferry.mapping.line").filter((l) => l.mapping_id === id);
          const open = lines.filter((l) => !l.approved && l.target_field);
          if (open.length) throw Object.assign(new Error("Approve or clear every proposed line first"), { data: { message: `Approve or clear every proposed line first (${open.map((l) => l.source_field).join(", ")}).` } });
          Object.assign(m, { state: "approved", approved_by_id: this.opts.uid, approved_at: "2026-11-23 17:00:00" });
        }
        return true as T;
      case "action_reset_draft":
        for (const id of ids) this.reopen(id);
        return true as T;
      case "button_immediate_install":
        for (const id of ids) Object.assign(this.table(model).get(id) as Rec, { state: "installed" });
        return { type: "ir.actions.client", tag: "reload" } as T;
      case "action_pause":
        return this.setRunState(ids, "paused") as T;
      case "action_requeue":
        return this.setRunState(ids, "queued") as T;
      case "action_accept_gate":
        for (const id of ids) {
          const r = this.table("ferry.run").get(id) as Rec;
          r.accepted_phases = [String(r.accepted_phases || ""), String(r.current_phase || "")].filter(Boolean).join(",");
          for (const p of this.all("ferry.run.phase").filter((p) => p.run_id === id && p.state === "halted")) p.state = "done";
        }
        return this.setRunState(ids, "queued") as T;
      case "action_cancel":
        for (const id of ids) Object.assign(this.table("ferry.run").get(id) as Rec, { message: "Cancelled by Mitchell Admin" });
        return this.setRunState(ids, "failed") as T;
      case "rollback":
        return this.rollback(ids[0] as number, kwargs.force === true) as T;
      case "rollback_counts":
        return this.rollbackCounts(ids[0] as number) as T;
      case "action_store_plexus_credentials":
        return true as T;
      default:
        throw new Error(`FakeOrm: ${model}.${method} not implemented`);
    }
  }

  fieldsGet(model: string): Record<string, Vals> {
    if (model === "ferry.run") {
      const f: Record<string, Vals> = {};
      for (const k of ["name", "project_id", "run_type", "state", "phase_ids", "started_at", "ended_at", "message", "summary", "current_phase", "report_ids", "rolled_back_by_id", "mapping_ids"]) f[k] = { type: "char" };
      return f;
    }
    const defs = FIELDS[model] ?? { name: { string: "Name", type: "char" } };
    const out: Record<string, Vals> = {};
    for (const [k, v] of Object.entries(defs)) out[k] = { ...v, readonly: v.readonly ?? false, required: v.required ?? false };
    return out;
  }

  private reopen(mappingId: number): void {
    const m = this.table("ferry.mapping").get(mappingId);
    if (m && m.state === "approved") Object.assign(m, { state: "draft", approved_by_id: false, approved_at: false });
  }

  private setRunState(ids: number[], state: string): boolean {
    for (const id of ids) {
      const r = this.table("ferry.run").get(id) as Rec;
      r.state = state;
      if (state === "failed" || state === "done") r.ended_at = "2026-11-23 17:30:00";
    }
    return true;
  }

  // ------------------------------------------------------------------ simulated sidecar
  private afterCreate(model: string, id: number): void {
    if (model !== "ferry.run") return;
    const run = this.table(model).get(id) as Rec;
    const objects = this.all("ferry.mapping")
      .filter((m) => m.project_id === run.project_id)
      .sort((a, b) => Number(a.sequence) - Number(b.sequence));
    const rowsOf = (obj: string): number =>
      this.all("ferry.source.file")
        .filter((f) => f.project_id === run.project_id && f.detected_object === obj)
        .reduce((n, f) => n + Number(f.row_count || 0), 0);
    if (run.run_type === "full") {
      objects.forEach((m, i) => this.insert("ferry.run.phase", { run_id: id, name: m.source_object, sequence: (i + 1) * 10, state: "pending", source: rowsOf(String(m.source_object)) || 100, landed: 0, rejected: 0, skipped: 0 }));
    }
  }

  /** Each read of a run moves the simulated sidecar forward. */
  private advance(run: Rec): void {
    if (run.run_type === "sample") {
      if (run.state === "queued") run.state = "running";
      else if (run.state === "running") {
        run.state = "done";
        run.ended_at = "2026-11-23 17:10:00";
        const csv =
          '"Object","Source ID","Model","Res ID","Field","Source Value","Odoo Value","Cause"\r\n' +
          '"companies","20031","res.partner","7","phone","(555) 010-2000","+15550102000","normalized"\r\n' +
          '"contacts","100245","res.partner","9","email","JANE@EXAMPLE.COM","jane@example.com","normalized"\r\n' +
          '"contacts","100246","res.partner","10","name","Bob  Stone","Bob Stone","whitespace"\r\n' +
          '"contacts","100250","res.partner","14","parent_id","Acme Corp","","unresolved link"\r\n';
        this.insert("ir.attachment", { name: "sample_diff.csv", res_model: "ferry.run", res_id: run.id, datas: base64(csv) });
      }
      return;
    }
    if (run.run_type !== "full" || !["queued", "claimed", "running"].includes(String(run.state))) return;
    if (run.state === "queued") {
      run.state = "running";
      run.started_at ||= "2026-11-23 17:20:00";
      return;
    }
    const phases = this.all("ferry.run.phase")
      .filter((p) => p.run_id === run.id)
      .sort((a, b) => Number(a.sequence) - Number(b.sequence));
    const cur = phases.find((p) => p.state !== "done");
    if (!cur) {
      run.state = "done";
      run.ended_at = "2026-11-23 17:30:00";
      run.summary = JSON.stringify(this.summary(run.id as number, phases));
      return;
    }
    cur.state = "running";
    run.current_phase = cur.name;
    const source = Number(cur.source);
    const step = Math.max(1, Math.round((source * this.opts.stepPct) / 100));
    const isGate = cur.name === this.opts.gatePhase && !this.gateSeen.has(run.id);
    const done = Number(cur.landed) + Number(cur.rejected) + Number(cur.skipped);
    const n = Math.min(step, source - done);
    const rej = isGate ? Math.max(1, Math.ceil(n * 0.05)) : 0;
    cur.rejected = Number(cur.rejected) + rej;
    cur.skipped = Number(cur.skipped) + (n > 2 ? 1 : 0);
    cur.landed = Number(cur.landed) + n - rej - (n > 2 ? 1 : 0);
    for (let i = 0; i < rej; i += 1) this.insert("ferry.reject", { run_id: run.id, source_object: cur.name, source_file: `${cur.name}.csv`, source_row: 10 + i, source_id: `${900 + i}`, field: "E-mail Address", code: "email_invalid", reason: i === 0 ? "=HYPERLINK(\"x\") is not an e-mail" : "not an e-mail" });
    for (let i = 0; i < n - rej; i += 1) this.insert("ferry.ledger", { run_id: run.id, operation: i % 10 === 9 ? "update" : "create", res_model: "res.partner", res_id: 1000 + i, rolled_back_by_id: false });
    if (Number(cur.landed) + Number(cur.rejected) + Number(cur.skipped) >= source) {
      if (isGate) {
        this.gateSeen.add(run.id);
        cur.state = "halted";
        run.state = "halted";
        run.message = `${cur.name}: ${cur.rejected} of ${source} rows rejected (more than 1%)`;
      } else cur.state = "done";
    }
  }

  private summary(runId: number, phases: Rec[]): Vals {
    return {
      source: "planplus",
      run: runId,
      kind: "full",
      objects: phases.map((p) => ({ object: p.name, source_count: p.source, loaded: p.landed, merged: 0, documented: 0, validated: 0, skipped: p.skipped ? { duplicate_row: p.skipped } : {}, rejected: p.rejected ? { email_invalid: p.rejected } : {}, flagged: {}, rows_flagged_any: 0 })),
      odoo_records: { "res.partner": phases.reduce((n, p) => n + Number(p.landed), 0) },
      null_fk: [{ check: "contacts without company (source had one)", count: 0 }],
      fill_rates: [{ field: "x_pp_quadrant", source: 0.62, odoo: 0.62 }],
      owners: { matched: 2, fallback: 1, inactive: 1 },
    };
  }

  /** As the addon: open ledger rows by operation, without updates of records the run created. */
  private rollbackCounts(runId: number): Record<string, number> {
    const rows = this.all("ferry.ledger").filter((l) => l.run_id === runId && !l.rolled_back_by_id && l.operation);
    const created = new Set(rows.filter((l) => l.operation === "create").map((l) => `${String(l.res_model)},${String(l.res_id)}`));
    const out: Record<string, number> = { create: 0, update: 0, archive: 0, delete: 0 };
    for (const l of rows) {
      if (l.operation === "update" && created.has(`${String(l.res_model)},${String(l.res_id)}`)) continue;
      const op = String(l.operation);
      out[op] = (out[op] ?? 0) + 1;
    }
    return out;
  }

  private rollback(runId: number, force: boolean): number {
    const rb = this.insert("ferry.run", { project_id: this.table("ferry.run").get(runId)?.project_id, run_type: "rollback", state: "done", name: force ? "Forced rollback" : "Rollback" });
    for (const l of this.all("ferry.ledger").filter((l) => l.run_id === runId)) l.rolled_back_by_id = rb;
    (this.table("ferry.run").get(runId) as Rec).rolled_back_by_id = rb;
    return rb;
  }
}

export function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}
