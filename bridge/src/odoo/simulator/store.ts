/**
 * In-memory Odoo model store for the simulator: field definitions from recorded `fields_get`
 * dumps, records, domains, CRUD with Odoo's validation and error texts, `load` (see load.ts).
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { formatUtc } from "./tz.ts";
import { pyRepr } from "../pyrepr.ts";

export { pyRepr };

export type Vals = Record<string, unknown>;
export interface FieldDef {
  string: string;
  type: string;
  required?: boolean;
  readonly?: boolean;
  relation?: string;
  selection?: [string, string][];
  store?: boolean;
  [k: string]: unknown;
}

/** Error carrying Odoo's `error.data` (name + message). */
export class SimError extends Error {
  constructor(readonly odooName: string, message: string, readonly status = 200) {
    super(message);
  }
}
export const E = {
  user: (m: string) => new SimError("odoo.exceptions.UserError", m, 422),
  validation: (m: string) => new SimError("odoo.exceptions.ValidationError", m, 422),
  access: (m: string) => new SimError("odoo.exceptions.AccessError", m, 403),
  denied: () => new SimError("odoo.exceptions.AccessDenied", "Access Denied", 401),
  missing: (m: string) => new SimError("odoo.exceptions.MissingError", m, 404),
  value: (m: string) => new SimError("builtins.ValueError", m, 500),
  attribute: (m: string) => new SimError("builtins.AttributeError", m, 404),
};

/** Descriptions of the recorded models (`ir.model.name`), used in messages and display names. */
export const MODEL_LABELS: Record<string, string> = {
  "res.partner": "Contact", "crm.stage": "CRM Stages", "crm.lead": "Lead/Opportunity", "crm.tag": "CRM Tag", "crm.team": "Sales Team",
  "crm.lost.reason": "Opp. Lost Reason", "project.project": "Project", "project.task": "Task", "project.task.type": "Task Stage",
  "project.milestone": "Project Milestone", "project.tags": "Project Tags", "hr.employee": "Employee", "hr.department": "Department",
  "hr.expense": "Expense", "hr.expense.sheet": "Expense Report", "account.analytic.line": "Analytic Line", "account.analytic.account": "Analytic Account",
  "account.tax": "Tax", "account.fiscal.position": "Fiscal Position", "calendar.event": "Calendar Event", "calendar.attendee": "Calendar Attendee Information",
  "ir.attachment": "Attachment", "ir.model.data": "Model Data", "ir.model.fields": "Fields", "ir.model.fields.selection": "Fields Selection", "ir.model": "Models",
  "ir.module.module": "Module", "mail.message": "Message", "product.category": "Product Category", "product.product": "Product", "product.template": "Product",
  "res.company": "Companies", "res.country": "Country", "res.country.state": "Country state", "res.currency": "Currency", "res.partner.category": "Partner Tags",
  "res.partner.industry": "Industry", "res.users": "User", "sale.order": "Sales Order", "sale.order.line": "Sales Order Line", "uom.uom": "Product Unit of Measure",
};

/** one2many field → inverse many2one, where the recordings don't say. */
const INVERSES: Record<string, string> = {
  "res.partner.child_ids": "parent_id", "project.task.child_ids": "parent_id", "sale.order.order_line": "order_id",
  "calendar.event.attendee_ids": "event_id", "ir.model.fields.selection_ids": "field_id", "ir.model.field_id": "model_id",
  "project.project.task_ids": "project_id", "hr.expense.sheet.expense_line_ids": "sheet_id", "crm.team.crm_team_member_ids": "crm_team_id",
  "project.project.milestone_ids": "project_id", "project.task.timesheet_ids": "task_id", "project.project.timesheet_ids": "project_id",
  "res.partner.user_ids": "partner_id", "hr.employee.child_ids": "parent_id", "res.country.state_ids": "country_id",
};

/** Models referenced by recorded fields but not recorded themselves: minimal stand-ins. */
const PHANTOMS: Record<string, [number, string][]> = {
  "mail.message.subtype": [[1, "Discussions"], [2, "Note"], [3, "Activities"]],
  "resource.calendar": [[1, "Standard 40 hours/week"]],
  "account.analytic.plan": [[1, "Projects"]],
  "account.tax.group": [[1, "Tax 15%"]],
  "uom.category": [[1, "Unit"]],
  "resource.resource": [],
  "mail.alias": [],
  "res.groups": [[1, "Role / User"]],
  "utm.source": [],
  "res.partner.title": [],
  "utm.medium": [],
  "utm.campaign": [],
};

/** `_order` of the recorded models (default `id`). */
export const MODEL_ORDER: Record<string, string> = {
  "res.partner": "complete_name, id desc",
  "ir.model.data": "module, model, name",
  "ir.model.fields": "name",
  "ir.model.fields.selection": "sequence, id",
  "crm.stage": "sequence, name, id",
  "crm.lead": "priority desc, id desc",
  "calendar.event": "start desc, id",
  "account.analytic.line": "date desc, id desc",
  "mail.message": "id desc",
  "sale.order": "date_order desc, id desc",
  "project.project": "sequence, name, id",
  "project.task.type": "sequence, id",
  "res.users": "name, login",
  "hr.employee": "name",
  "res.partner.category": "name",
  "product.product": "default_code, name, id",
};

/** Models whose fields dump came after the others: their ir.model rows go last, so the others keep their ids. */
const LATE_MODELS = ["calendar.recurrence", "project.task.stage.personal"];

/** Recurrence fields of calendar.event (Odoo 18 _get_recurrent_fields) that the calendar.recurrence keeps. */
const RECURRENT_FIELDS = ["byday", "until", "rrule_type", "month_by", "event_tz", "interval", "count", "end_type", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "day", "weekday"];
/** Odoo 18 calendar_recurrence.MAX_RECURRENT_EVENT: a rule without end (or a larger count) stops there. */
const MAX_RECURRENT_EVENT = 720;
const WEEKDAY_FIELDS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
/** Odoo 18 project.task _get_default_personal_stage_create_vals: [name, fold]. */
const PERSONAL_STAGES: [string, boolean][] = [["Inbox", false], ["Today", false], ["This Week", false], ["This Month", false], ["Later", false], ["Done", true], ["Cancelled", true]];

const MAGIC = new Set(["id", "create_date", "write_date", "create_uid", "write_uid", "__last_update", "display_name"]);

export interface ModelDef {
  name: string;
  fields: Record<string, FieldDef>;
  records: Map<number, Vals>;
  nextId: number;
}

export interface StoreOptions {
  /** Directory of fields_get dumps, or several: later ones override earlier ones per model. */
  fieldsDir: string | string[];
  /** Major version emulated (18 or 19). */
  major: number;
  now?: () => Date;
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === false || v === "" || (Array.isArray(v) && v.length === 0);
}

export class Store {
  readonly models = new Map<string, ModelDef>();
  readonly major: number;
  private readonly now: () => Date;
  /** Frozen clock for one request so create_date == write_date inside it. */
  constructor(opts: StoreOptions) {
    this.major = opts.major;
    this.now = opts.now ?? (() => new Date());
    const dirs = Array.isArray(opts.fieldsDir) ? opts.fieldsDir : [opts.fieldsDir];
    for (const dir of dirs) {
      for (const f of readdirSync(dir)) {
        if (!f.endsWith(".json") || f === "versions.json") continue;
        const name = f.slice(0, -5);
        const fields = JSON.parse(readFileSync(join(dir, f), "utf8")) as Record<string, FieldDef>;
        this.models.set(name, { name, fields, records: new Map(), nextId: 1 });
      }
    }
    for (const [name, rows] of Object.entries(PHANTOMS)) {
      if (this.models.has(name)) continue;
      const fields: Record<string, FieldDef> = { name: { string: "Name", type: "char", store: true }, active: { string: "Active", type: "boolean", store: true } };
      const m: ModelDef = { name, fields, records: new Map(), nextId: 1 };
      this.models.set(name, m);
      for (const [id, n] of rows) m.records.set(id, { id, name: n, active: true });
      m.nextId = rows.length + 1;
    }
    this.seed(dirs[dirs.length - 1] as string);
  }

  nowStr(): string {
    return formatUtc(this.now().getTime());
  }

  model(name: string): ModelDef {
    const m = this.models.get(name);
    if (!m) throw E.user(`Object ${name} doesn't exist`);
    return m;
  }

  // ------------------------------------------------------------------ seed data
  private seed(fieldsDir: string): void {
    const raw = (model: string, vals: Vals, id?: number) => this.insertRaw(model, vals, id);
    raw("res.currency", { name: "USD", symbol: "$", active: true }, 1);
    raw("res.partner", { name: "My Company", is_company: true, active: true, type: "contact" }, 1);
    raw("res.partner", { name: "OdooBot", active: false, type: "contact" }, 2);
    raw("res.partner", { name: "Administrator", active: true, type: "contact" }, 3);
    raw("res.company", { name: "My Company", partner_id: 1, currency_id: 1, active: true }, 1);
    raw("res.partner", { company_id: false }, undefined);
    this.model("res.partner").records.delete(4);
    this.model("res.partner").nextId = 4;
    raw("res.users", { login: "__system__", name: "OdooBot", partner_id: 2, active: false, company_id: 1 }, 1);
    raw("res.users", { login: "admin", name: "Administrator", partner_id: 3, active: true, company_id: 1, tz: false, lang: "en_US" }, 2);
    raw("crm.team", { name: "Sales", active: true, sequence: 10 }, 1);
    [["New", 1, false], ["Qualified", 2, false], ["Proposition", 3, false], ["Won", 70, true]].forEach(([name, seq, won], i) =>
      raw("crm.stage", { name, sequence: seq, is_won: won, fold: false, team_id: false }, i + 1),
    );
    this.model("crm.stage").nextId = 6; // 5 was used by the recorded server's setup
    raw("uom.uom", { name: "Units", active: true }, 1);
    raw("product.category", { name: "All" }, 1);
    let i = 1;
    const late = (n: string): number => (LATE_MODELS.includes(n) ? 1 : 0);
    for (const name of [...this.models.keys()].filter((n) => !(n in PHANTOMS)).sort((a, b) => late(a) - late(b) || (a < b ? -1 : a > b ? 1 : 0))) {
      raw("ir.model", { model: name, name: MODEL_LABELS[name] ?? name, state: "base", order: "id" }, i++);
    }
    const vpath = join(fieldsDir, "versions.json");
    if (existsSync(vpath)) {
      const v = JSON.parse(readFileSync(vpath, "utf8")) as { installed_modules?: { name: string; latest_version: string }[] };
      for (const mod of v.installed_modules ?? []) raw("ir.module.module", { name: mod.name, latest_version: mod.latest_version, state: "installed" });
    }
    for (const extra of ["sale_stock", "helpdesk_mgmt", "website"]) raw("ir.module.module", { name: extra, state: "uninstalled" });
  }

  /** Insert without validation (seed and internal records). */
  insertRaw(model: string, vals: Vals, id?: number): number {
    const m = this.model(model);
    const rid = id ?? m.nextId;
    m.nextId = Math.max(m.nextId, rid + 1);
    const now = this.nowStr();
    const rec: Vals = { ...this.defaults(m), ...vals, id: rid, create_date: now, write_date: now, create_uid: 2, write_uid: 2 };
    m.records.set(rid, rec);
    return rid;
  }

  private defaults(m: ModelDef): Vals {
    const d: Vals = {};
    for (const [name, f] of Object.entries(m.fields)) {
      if (MAGIC.has(name)) continue;
      switch (f.type) {
        case "boolean":
          d[name] = name === "active";
          break;
        case "one2many":
        case "many2many":
          d[name] = [];
          break;
        case "integer":
        case "float":
        case "monetary":
          d[name] = 0;
          break;
        default:
          d[name] = false;
      }
    }
    return d;
  }

  // ------------------------------------------------------------------ display names
  displayName(model: string, id: number): string {
    const m = this.models.get(model);
    const r = m?.records.get(id);
    if (!r) return `${model},${id}`;
    if (model === "res.partner") {
      const own = typeof r.name === "string" ? r.name : "";
      const pid = r.parent_id;
      if (typeof pid === "number" && !r.is_company) {
        const parent = this.displayName("res.partner", pid);
        return own ? `${parent}, ${own}` : parent;
      }
      return own;
    }
    if (model === "ir.model.fields") {
      const mod = this.models.get("ir.model")?.records.get(r.model_id as number);
      return `${String(r.field_description)} (${String(mod?.name ?? r.model)})`;
    }
    if (model === "ir.model.data") return `${String(r.module)}.${String(r.name)}`;
    if (model === "account.analytic.account" && typeof r.partner_id === "number") return `${String(r.name)} - ${this.displayName("res.partner", r.partner_id)}`;
    if (model === "res.currency") return String(r.name);
    if (model === "calendar.attendee") return this.displayName("res.partner", r.partner_id as number);
    if (model === "res.users" || model === "hr.employee") return String(r.name ?? "");
    const name = r.name ?? r.complete_name ?? r.display_name;
    return typeof name === "string" ? name : `${model},${id}`;
  }

  // ------------------------------------------------------------------ domains
  private fieldValue(model: string, rec: Vals, path: string): unknown {
    const [head, ...rest] = path.split(".");
    const m = this.model(model);
    const f = m.fields[head as string];
    if (head === "id") return rec.id;
    if (!f && head !== "id") throw E.value(`Invalid field ${model}.${head} in leaf`);
    let v = this.get(model, rec, head as string);
    if (rest.length && f?.relation) {
      const ids = Array.isArray(v) ? (v as number[]) : typeof v === "number" ? [v] : [];
      const vals = ids.map((id) => {
        const r = this.models.get(f.relation as string)?.records.get(id);
        return r ? this.fieldValue(f.relation as string, r, rest.join(".")) : false;
      });
      v = vals.length === 1 ? vals[0] : vals.length === 0 ? false : vals;
    }
    return v;
  }

  /** Stored or computed value (one2many from inverse). */
  get(model: string, rec: Vals, field: string): unknown {
    const f = this.models.get(model)?.fields[field];
    if (f?.type === "one2many" && f.relation) {
      const inv = this.inverseOf(model, field);
      if (inv) {
        const rel = this.models.get(f.relation);
        if (rel) {
          const out: number[] = [];
          for (const r of rel.records.values()) if (r[inv] === rec.id && r.active !== false) out.push(r.id as number);
          return out.sort((a, b) => a - b);
        }
      }
    }
    if (field === "display_name") return this.displayName(model, rec.id as number);
    const c = this.computed(model, rec, field);
    return c !== undefined ? c : rec[field];
  }

  inverseOf(model: string, field: string): string | undefined {
    const known = INVERSES[`${model}.${field}`];
    if (known) return known;
    const f = this.models.get(model)?.fields[field];
    const rel = f?.relation ? this.models.get(f.relation) : undefined;
    if (!rel) return undefined;
    const cands = Object.entries(rel.fields).filter(([, rf]) => rf.type === "many2one" && rf.relation === model && rf.store !== false);
    return cands.length === 1 ? cands[0]![0] : undefined;
  }

  private leaf(model: string, rec: Vals, cond: unknown[]): boolean {
    const [path, op, value] = cond as [string, string, unknown];
    let v = this.fieldValue(model, rec, path);
    const f = this.models.get(model)?.fields[path.split(".")[0] as string];
    const many = f && (f.type === "one2many" || f.type === "many2many") && !path.includes(".");
    const list = Array.isArray(v) ? (v as unknown[]) : [v];
    const eq = (a: unknown, b: unknown) => (isEmpty(a) && b === false) || a === b || (typeof a === "number" && typeof b === "string" && String(a) === b);
    const like = (a: unknown, b: unknown, ci: boolean) => {
      if (typeof a !== "string") return false;
      const s = ci ? a.toLowerCase() : a;
      const t = ci ? String(b).toLowerCase() : String(b);
      return s.includes(t);
    };
    if (!many && Array.isArray(v) && path.includes(".")) v = v[0];
    switch (op) {
      case "=":
      case "==":
        return many ? (value === false ? list.length === 0 : list.includes(value)) : eq(v, value);
      case "!=":
      case "<>":
        return many ? (value === false ? list.length > 0 : !list.includes(value)) : !eq(v, value);
      case "in":
      case "not in": {
        const arr = Array.isArray(value) ? value : [value];
        let hit: boolean;
        if (many) hit = arr.some((x) => list.includes(x));
        else if (typeof v === "string" || typeof v === "number") hit = setOf(arr).has(v);
        else hit = arr.some((x) => eq(v, x));
        return op === "in" ? hit : !hit;
      }
      case "like":
        return like(v, value, false);
      case "ilike":
        return many ? list.some((x) => like(x, value, true)) : like(v, value, true);
      case "not ilike":
        return !like(v, value, true);
      case "=like":
        return v === value;
      case "=ilike":
        return typeof v === "string" && v.toLowerCase() === String(value).toLowerCase();
      case "<":
        return (v as number) < (value as number);
      case ">":
        return (v as number) > (value as number);
      case "<=":
        return (v as number) <= (value as number);
      case ">=":
        return (v as number) >= (value as number);
      case "child_of":
      case "parent_of":
        return eq(v, value) || (Array.isArray(value) && value.includes(v));
      default:
        throw E.value(`Invalid leaf ${JSON.stringify(cond)}`);
    }
  }

  /** Evaluates an Odoo domain (prefix notation with &, |, !). */
  match(model: string, rec: Vals, domain: unknown[]): boolean {
    const stack: unknown[] = [...domain];
    const evalNext = (): boolean => {
      const t = stack.shift();
      if (t === "&") {
        const a = evalNext();
        const b = evalNext();
        return a && b;
      }
      if (t === "|") {
        const a = evalNext();
        const b = evalNext();
        return a || b;
      }
      if (t === "!") return !evalNext();
      if (Array.isArray(t)) {
        if (t.length === 3 && typeof t[0] === "string") return this.leaf(model, rec, t);
        if (t.length === 3 && (t[0] === 1 || t[0] === 0)) return Boolean(t[0]);
      }
      throw E.value(`Invalid domain term ${JSON.stringify(t)}`);
    };
    let ok = true;
    while (stack.length) ok = evalNext() && ok;
    return ok;
  }

  validateDomain(model: string, domain: unknown[]): void {
    const m = this.model(model);
    for (const t of domain) {
      if (Array.isArray(t) && typeof t[0] === "string") {
        const head = t[0].split(".")[0] as string;
        if (head !== "id" && !m.fields[head]) throw E.value(`Invalid field ${model}.${head} in condition ${pyTuple(t)}`);
      }
    }
  }

  search(model: string, domain: unknown[] = [], opts: { offset?: number; limit?: number | false; order?: string; context?: Vals } = {}): number[] {
    const m = this.model(model);
    this.validateDomain(model, domain);
    const activeTest = opts.context?.active_test !== false && "active" in m.fields && !domain.some((t) => Array.isArray(t) && t[0] === "active");
    const out: Vals[] = [];
    for (const r of m.records.values()) {
      if (activeTest && r.active === false) continue;
      if (this.match(model, r, domain)) out.push(r);
    }
    this.sort(model, out, opts.order);
    const off = opts.offset ?? 0;
    const lim = typeof opts.limit === "number" && opts.limit > 0 ? opts.limit : undefined;
    return out.slice(off, lim === undefined ? undefined : off + lim).map((r) => r.id as number);
  }

  private sort(model: string, recs: Vals[], order?: string): void {
    const m = this.model(model);
    const spec = (order || MODEL_ORDER[model] || "id").split(",").map((s) => {
      const [f, dir] = s.trim().split(/\s+/);
      return { f: f as string, desc: (dir ?? "").toLowerCase() === "desc" };
    });
    recs.sort((a, b) => {
      for (const { f, desc } of spec) {
        let x = f === "complete_name" && model === "res.partner" ? this.displayName(model, a.id as number) : a[f];
        let y = f === "complete_name" && model === "res.partner" ? this.displayName(model, b.id as number) : b[f];
        const fd = m.fields[f];
        if (fd?.type === "many2one") {
          x = typeof x === "number" ? this.displayName(fd.relation as string, x) : "";
          y = typeof y === "number" ? this.displayName(fd.relation as string, y) : "";
        }
        if (x === y) continue;
        if (x === false || x === undefined || x === null) return desc ? -1 : 1;
        if (y === false || y === undefined || y === null) return desc ? 1 : -1;
        const c = (x as number | string) < (y as number | string) ? -1 : 1;
        return desc ? -c : c;
      }
      return 0;
    });
  }

  // ------------------------------------------------------------------ read
  read(model: string, ids: number[], fields?: string[]): Vals[] {
    const m = this.model(model);
    const names = fields && fields.length ? fields : Object.keys(m.fields).filter((f) => m.fields[f]?.type !== "binary");
    for (const f of names) if (f !== "id" && !m.fields[f]) throw E.value(`Invalid field '${f}' on '${model}'`);
    const out: Vals[] = [];
    // Odoo 18: read(["id"]) fetches nothing from the database, so deleted records answer too.
    const idOnly = names.length > 0 && names.every((f) => f === "id");
    for (const id of ids) {
      const r = m.records.get(id);
      if (!r) {
        if (idOnly) out.push({ id });
        continue;
      }
      const row: Vals = { id };
      for (const f of names) if (f !== "id") row[f] = this.format(model, f, this.get(model, r, f));
      out.push(row);
    }
    return out;
  }

  private format(model: string, field: string, v: unknown): unknown {
    const f = this.model(model).fields[field] as FieldDef;
    switch (f.type) {
      case "many2one":
        return typeof v === "number" && f.relation && this.models.get(f.relation)?.records.has(v) ? [v, this.displayName(f.relation, v)] : typeof v === "number" && !this.models.get(f.relation ?? "") ? [v, `${f.relation},${v}`] : false;
      case "one2many":
      case "many2many":
        return Array.isArray(v) ? [...v] : [];
      case "boolean":
        return Boolean(v);
      case "integer":
        return typeof v === "number" ? Math.trunc(v) : 0;
      case "float":
      case "monetary":
        return typeof v === "number" ? v : 0;
      default:
        return v === undefined || v === null || v === "" ? false : v;
    }
  }

  // ------------------------------------------------------------------ write path
  /** Converts and validates create/write values (ValueError texts of Odoo 18). */
  private clean(model: string, vals: Vals, creating: boolean): Vals {
    const m = this.model(model);
    const out: Vals = {};
    for (const [k, v] of Object.entries(vals)) {
      const f = m.fields[k];
      if (!f) {
        if (this.major >= 19) throw E.value(`Invalid field '${k}' in '${model}'`);
        throw E.value(`Invalid field '${k}' on model '${model}'`);
      }
      if (MAGIC.has(k)) continue;
      switch (f.type) {
        case "selection": {
          if (v === false || v === null || v === "") {
            out[k] = false;
            break;
          }
          const sel = f.selection ?? [];
          if (sel.length && !sel.some(([val]) => val === v)) throw E.value(`Wrong value for ${model}.${k}: ${pyRepr(v)}`);
          out[k] = v;
          break;
        }
        case "many2one": {
          if (v === false || v === null || v === 0) {
            out[k] = false;
            break;
          }
          const id = Array.isArray(v) ? v[0] : v;
          if (typeof id !== "number") throw E.value(`Wrong value for ${model}.${k}: ${pyRepr(v)}`);
          const rel = this.models.get(f.relation as string);
          if (rel && !rel.records.has(id)) {
            throw E.validation(
              `The operation cannot be completed: another model requires the record being deleted. If possible, archive it instead.\n\nModel: ${MODEL_LABELS[f.relation as string] ?? f.relation} (${f.relation})\nConstraint: ${model.replace(/\./g, "_")}_${k}_fkey\n`,
            );
          }
          out[k] = id;
          break;
        }
        case "one2many":
        case "many2many":
          out[k] = v; // commands resolved after the record exists
          break;
        case "boolean":
          out[k] = Boolean(v);
          break;
        case "many2one_reference":
          out[k] = typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v;
          break;
        case "integer":
          out[k] = typeof v === "number" ? Math.trunc(v) : v === false ? 0 : Number(v);
          break;
        case "float":
        case "monetary":
          out[k] = typeof v === "number" ? v : v === false ? 0 : Number(v);
          break;
        default:
          out[k] = v === "" && f.type !== "char" && f.type !== "text" && f.type !== "html" ? false : v;
      }
    }
    void creating;
    return out;
  }

  private applyX2many(model: string, id: number, vals: Vals): void {
    const m = this.model(model);
    const rec = m.records.get(id) as Vals;
    for (const [k, v] of Object.entries(vals)) {
      const f = m.fields[k];
      if (!f || (f.type !== "one2many" && f.type !== "many2many")) continue;
      const inv = f.type === "one2many" ? this.inverseOf(model, k) : undefined;
      let current: number[] = Array.isArray(rec[k]) ? [...(rec[k] as number[])] : [];
      const cmds = Array.isArray(v) ? v : [];
      for (const c of cmds) {
        if (typeof c === "number") {
          if (!current.includes(c)) current.push(c);
          continue;
        }
        if (!Array.isArray(c)) continue;
        const [op, a, b] = c as [number, number, unknown];
        if (op === 0) {
          const child = { ...(b as Vals) };
          if (inv) child[inv] = id;
          const cid = this.create(f.relation as string, [child], {})[0] as number;
          current.push(cid);
        } else if (op === 1) this.write(f.relation as string, [a], b as Vals);
        else if (op === 2) {
          this.unlink(f.relation as string, [a]);
          current = current.filter((x) => x !== a);
        } else if (op === 3) current = current.filter((x) => x !== a);
        else if (op === 4) {
          if (!current.includes(a)) current.push(a);
          if (inv) this.setRaw(f.relation as string, a, { [inv]: id });
        } else if (op === 5) current = [];
        else if (op === 6) {
          current = [...(b as number[])];
          if (inv) for (const x of current) this.setRaw(f.relation as string, x, { [inv]: id });
        }
      }
      rec[k] = inv ? [] : current;
    }
  }

  setRaw(model: string, id: number, vals: Vals): void {
    const r = this.models.get(model)?.records.get(id);
    if (r) Object.assign(r, vals);
  }

  /** Fills required values Odoo would default, checks the rest; returns the error text or null. */
  private fillRequired(model: string, rec: Vals): { field: string; label: string } | null {
    const m = this.model(model);
    for (const [name, f] of Object.entries(m.fields)) {
      if (!f.required || MAGIC.has(name) || f.type === "one2many") continue;
      if (!isEmpty(rec[name]) || (f.type === "boolean" || f.type === "integer" || f.type === "float" || f.type === "monetary")) continue;
      if (name.startsWith("x_")) return { field: name, label: f.string }; // a required custom field has no default
      if (f.type === "selection" && f.selection?.length) {
        rec[name] = f.selection[0]?.[0];
        continue;
      }
      if (f.type === "many2one") {
        const rel = this.models.get(f.relation as string);
        if (!rel || rel.records.size === 0) continue; // not simulated / nothing to point at: Odoo computes it
        const first = [...rel.records.keys()].sort((a, b) => a - b)[0];
        if (first !== undefined && name !== "partner_id" && name !== "event_id" && name !== "order_id" && name !== "employee_id" && name !== "project_id" && name !== "field_id" && name !== "model_id") {
          rec[name] = first;
          continue;
        }
        return { field: name, label: f.string };
      }
      if (f.type === "datetime") {
        rec[name] = this.nowStr();
        continue;
      }
      if (f.type === "date") {
        rec[name] = this.nowStr().slice(0, 10);
        continue;
      }
      if (name !== "name" && name !== "login" && name !== "value" && name !== "model" && name !== "module" && name !== "field_description" && name !== "code" && name !== "symbol") {
        rec[name] = f.type === "text" ? "" : false;
        continue;
      }
      return { field: name, label: f.string };
    }
    return null;
  }

  requiredMessage(model: string, miss: { field: string; label: string }): string {
    const label = MODEL_LABELS[model] ?? model;
    if (this.major >= 19) {
      return `The operation cannot be completed: Missing required value for the field '${miss.label}' (${miss.field}).\nModel: '${label}' (${model})\n- create/update: a mandatory field is not set\n- delete: another model requires the record being deleted, you can archive it instead\n`;
    }
    return `The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n- Delete: another model requires the record being deleted. If possible, archive it instead.\n\nModel: ${label} (${model})\nField: ${miss.label} (${miss.field})\n`;
  }

  /** SQL check constraints of the recorded models; returns the constraint message or null. */
  checkConstraints(model: string, rec: Vals): string | null {
    if (model === "res.partner" && (rec.type === "contact" || !rec.type) && isEmpty(rec.name)) return "Contacts require a name";
    return null;
  }

  create(model: string, valsList: Vals[], context: Vals): number[] {
    const m = this.model(model);
    const ids: number[] = [];
    for (const raw of valsList) {
      const vals = this.clean(model, raw ?? {}, true);
      const rec: Vals = { ...this.defaults(m), ...this.modelDefaults(model, context) };
      const scalar: Vals = {};
      const x2m: Vals = {};
      for (const [k, v] of Object.entries(vals)) {
        const t = m.fields[k]?.type;
        if (t === "one2many" || t === "many2many") x2m[k] = v;
        else scalar[k] = v;
      }
      Object.assign(rec, scalar);
      this.beforeCreate(model, rec, context, raw ?? {});
      const miss = this.fillRequired(model, rec);
      if (miss) throw E.validation(this.requiredMessage(model, miss));
      const c = this.checkConstraints(model, rec);
      if (c) throw E.validation(`The operation cannot be completed: ${c}`);
      const id = m.nextId++;
      const now = this.nowStr();
      Object.assign(rec, { id, create_date: now, write_date: now, create_uid: 2, write_uid: 2 });
      m.records.set(id, rec);
      this.applyX2many(model, id, x2m);
      this.afterCreate(model, id, context);
      if (model === "calendar.event" && raw?.recurrency && !isEmpty(raw.recurrency)) this.applyRecurrence(id, raw);
      if (model === "project.task" && raw && "user_ids" in raw) this.populatePersonalStages([id]);
      ids.push(id);
    }
    return ids;
  }

  /** project.task.update_date_end (Odoo 18): a stage change sets date_end to now in a folded stage, clears it otherwise. */
  private taskStageDates(stageId: unknown): Vals {
    const stage = typeof stageId === "number" ? this.models.get("project.task.type")?.records.get(stageId) : undefined;
    return { date_end: stage?.fold ? this.nowStr() : false, date_last_stage_update: this.nowStr() };
  }

  write(model: string, ids: number[], raw: Vals): true {
    const m = this.model(model);
    const missing = ids.filter((id) => !m.records.has(id));
    if (missing.length) throw E.missing(`Record does not exist or has been deleted.\n(Record: ${model}(${missing.join(", ")},), User: 2)`);
    let vals = this.clean(model, raw, false);
    if (model === "project.task" && "stage_id" in vals && m.fields.date_end) vals = { ...vals, ...this.taskStageDates(vals.stage_id) };
    if (model === "project.project" && ("date_start" in vals || "date" in vals)) {
      // project.project.write (Odoo 18): start and end dates go together; one without the other is dropped.
      vals = { ...vals };
      const recs = ids.map((id) => m.records.get(id) as Vals);
      if (("date_start" in vals && !vals.date_start) || ("date" in vals && !vals.date)) Object.assign(vals, { date_start: false, date: false });
      else if ("date_start" in vals && !("date" in vals) && !recs.every((r) => !isEmpty(r.date))) delete vals.date_start;
      else if ("date" in vals && !("date_start" in vals) && !recs.every((r) => !isEmpty(r.date_start))) delete vals.date;
    }
    for (const id of ids) {
      const rec = m.records.get(id) as Vals;
      const next = { ...rec };
      for (const [k, v] of Object.entries(vals)) {
        const t = m.fields[k]?.type;
        if (t !== "one2many" && t !== "many2many") next[k] = v;
      }
      for (const [k] of Object.entries(vals)) {
        const f = m.fields[k];
        if (f?.required && !MAGIC.has(k) && isEmpty(next[k]) && f.type !== "boolean" && f.type !== "one2many") {
          throw E.validation(this.requiredMessage(model, { field: k, label: f.string }));
        }
      }
      const c = this.checkConstraints(model, next);
      if (c) throw E.validation(`The operation cannot be completed: ${c}`);
      Object.assign(rec, next, { write_date: this.nowStr() });
      this.applyX2many(model, id, vals);
    }
    if (model === "project.task" && "user_ids" in vals) this.populatePersonalStages(ids);
    return true;
  }

  /**
   * A manual ir.model.fields row is part of its model at once (Odoo reloads the registry), whether it
   * came through create() or load(); its selection rows are the field's options.
   */
  reflectField(fieldId: number): void {
    const f = this.models.get("ir.model.fields")?.records.get(fieldId);
    if (!f || f.state !== "manual") return;
    const target = this.models.get(String(f.model));
    if (!target) return;
    const name = String(f.name);
    const options = [...(this.models.get("ir.model.fields.selection")?.records.values() ?? [])]
      .filter((s) => s.field_id === fieldId)
      .sort((a, b) => Number(a.sequence ?? 0) - Number(b.sequence ?? 0) || Number(a.id) - Number(b.id))
      .map((s) => [String(s.value), String(s.name)] as [string, string]);
    const isNew = !target.fields[name];
    const def: FieldDef = { string: String(f.field_description || name), type: String(f.ttype), required: Boolean(f.required), readonly: false, store: true, company_dependent: false };
    if (f.ttype === "selection") def.selection = options;
    if ((f.ttype === "many2one" || f.ttype === "many2many" || f.ttype === "one2many") && typeof f.relation === "string") def.relation = f.relation;
    target.fields[name] = def;
    if (isNew) for (const r of target.records.values()) r[name] = f.ttype === "boolean" ? false : f.ttype === "integer" || f.ttype === "float" ? 0 : false;
  }

  unlink(model: string, ids: number[], context: Vals = {}): true {
    const m = this.model(model);
    const missing = ids.filter((id) => !m.records.has(id));
    if (missing.length) throw E.missing(`Record does not exist or has been deleted.\n(Record: ${model}(${missing.join(", ")},), User: 2)`);
    // ondelete checks (at_uninstall=False) are skipped with the module-uninstall flag, as in Odoo
    if (model === "project.task.type" && !context._force_unlink) this.checkPersonalStagesLeft(ids);
    const unlinked = ids.map((id) => m.records.get(id) as Vals);
    for (const id of ids) m.records.delete(id);
    this.afterUnlink(model, unlinked);
    if (model !== "ir.model.data") {
      const imd = this.models.get("ir.model.data");
      if (imd) for (const [k, r] of imd.records) if (r.model === model && ids.includes(r.res_id as number)) imd.records.delete(k);
    }
    return true;
  }

  // ------------------------------------------------------------------ model-specific behaviour
  /** Cascades Odoo performs on delete. */
  private afterUnlink(model: string, gone: Vals[]): void {
    if (model === "ir.model.fields") {
      // The field leaves its model (registry reload); its options go with it (ondelete cascade).
      const sel = this.models.get("ir.model.fields.selection");
      for (const f of gone) {
        const target = this.models.get(String(f.model));
        if (f.state === "manual" && target) {
          delete target.fields[String(f.name)];
          for (const r of target.records.values()) delete r[String(f.name)];
        }
        if (sel) for (const [k, r] of sel.records) if (r.field_id === f.id) sel.records.delete(k);
      }
    }
    if (model === "ir.model.fields.selection") for (const fid of new Set(gone.map((r) => r.field_id))) if (typeof fid === "number") this.reflectField(fid);
    if (model === "project.task") {
      // project.task.stage.personal.task_id: ondelete cascade
      const personal = this.models.get("project.task.stage.personal");
      const gid = new Set(gone.map((r) => r.id));
      if (personal) for (const [k, r] of personal.records) if (gid.has(r.task_id)) personal.records.delete(k);
    }
    if (model === "project.task.type") {
      // project.task.stage.personal.stage_id: ondelete set null
      const gid = new Set(gone.map((r) => r.id));
      for (const r of this.models.get("project.task.stage.personal")?.records.values() ?? []) if (gid.has(r.stage_id)) r.stage_id = false;
    }
    if (model === "calendar.event") {
      // calendar.event.unlink (Odoo 18): a recurrence whose base event went picks its first remaining event;
      // calendar.attendee.event_id: ondelete cascade
      const gid = new Set(gone.map((r) => r.id));
      const attendees = this.models.get("calendar.attendee");
      if (attendees) for (const [k, r] of attendees.records) if (gid.has(r.event_id)) attendees.records.delete(k);
      const events = this.model("calendar.event").records;
      for (const rc of this.models.get("calendar.recurrence")?.records.values() ?? []) {
        if (!gid.has(rc.base_event_id)) continue;
        const left = [...events.values()].filter((e) => e.recurrence_id === rc.id).sort((a, b) => String(a.start).localeCompare(String(b.start)) || Number(a.id) - Number(b.id));
        rc.base_event_id = left[0]?.id ?? false;
      }
    }
    if (model === "calendar.recurrence") {
      // calendar.event.recurrence_id: ondelete set null
      const gid = new Set(gone.map((r) => r.id));
      for (const e of this.models.get("calendar.event")?.records.values() ?? []) if (gid.has(e.recurrence_id)) e.recurrence_id = false;
    }
    if (model === "product.product") {
      // Odoo 18 (product.product.unlink): a template whose last variant is deleted goes too.
      const variants = this.model("product.product").records;
      const templates = this.models.get("product.template");
      for (const tid of new Set(gone.map((r) => r.product_tmpl_id))) {
        if (typeof tid !== "number" || !templates?.records.has(tid)) continue;
        if (![...variants.values()].some((v) => v.product_tmpl_id === tid)) this.unlink("product.template", [tid]);
      }
    }
  }

  /**
   * calendar.event create with recurrency (Odoo 18 _apply_recurrence_values): a calendar.recurrence
   * (base_event_id = the event) and one occurrence per date of the rule (copies of the event, no
   * external id, recurrence_id set). Weekly rules use the weekday flags, monthly ones the same day of
   * the month; count / end date / forever (MAX_RECURRENT_EVENT). A base event off the rule is detached
   * and archived, as Odoo does.
   */
  private applyRecurrence(eventId: number, given: Vals): void {
    const recM = this.models.get("calendar.recurrence");
    const events = this.model("calendar.event");
    const base = events.records.get(eventId);
    if (!recM || !base || typeof base.start !== "string") return;
    const vals: Vals = { base_event_id: eventId, rrule_type: "weekly", end_type: "count", interval: 1, count: 1, month_by: "date", day: 1 };
    for (const f of RECURRENT_FIELDS) if (f in given && f in recM.fields && !isEmpty(given[f])) vals[f] = given[f];
    for (const f of ["interval", "count", "day"]) if (typeof vals[f] === "string") vals[f] = Number(vals[f]);
    for (const f of WEEKDAY_FIELDS) if (f in vals) vals[f] = vals[f] === true || vals[f] === 1 || vals[f] === "1" || vals[f] === "True";
    const rid = this.insertRaw("calendar.recurrence", vals);
    const startMs = Date.parse(`${base.start.replace(" ", "T")}Z`);
    const stopMs = typeof base.stop === "string" ? Date.parse(`${base.stop.replace(" ", "T")}Z`) : startMs + 3_600_000;
    const starts = recurrenceStarts(startMs, vals);
    const copy: Vals = {};
    for (const [k, v] of Object.entries(base)) if (!MAGIC.has(k) && k !== "attendee_ids" && k !== "recurrence_id" && k !== "message_ids") copy[k] = Array.isArray(v) ? [...v] : v;
    const onRule = starts.includes(startMs);
    if (onRule) Object.assign(base, { recurrence_id: rid, follow_recurrence: true, recurrency: true });
    else Object.assign(base, { recurrence_id: false, recurrency: true, active: false });
    let first: number | undefined;
    for (const t of starts) {
      if (t === startMs) continue;
      const start = formatUtc(t);
      const stop = formatUtc(t + (stopMs - startMs));
      const id = this.insertRaw("calendar.event", { ...copy, start, stop, ...(copy.allday ? { start_date: start.slice(0, 10), stop_date: stop.slice(0, 10) } : {}), recurrence_id: rid, follow_recurrence: true, recurrency: true, active: true });
      for (const p of Array.isArray(copy.partner_ids) ? (copy.partner_ids as number[]) : []) this.insertRaw("calendar.attendee", { event_id: id, partner_id: p, state: "needsAction" });
      first ??= id;
    }
    // the archived base is replaced by the first occurrence (_select_new_base_event): no link to it is left
    if (!onRule) this.setRaw("calendar.recurrence", rid, { base_event_id: first ?? false });
  }

  /**
   * project.task _populate_missing_personal_stages (Odoo 18): every assignee of the tasks gets a
   * project.task.stage.personal row; a user without any personal stage (project.task.type with
   * user_id) gets the default set (Inbox … Cancelled) first.
   */
  private populatePersonalStages(taskIds: number[]): void {
    const personal = this.models.get("project.task.stage.personal");
    const types = this.models.get("project.task.type");
    const tasks = this.model("project.task");
    if (!personal || !types || !("user_id" in types.fields)) return;
    for (const tid of taskIds) {
      const task = tasks.records.get(tid);
      const users = Array.isArray(task?.user_ids) ? (task.user_ids as number[]) : [];
      for (const u of users) {
        let row = [...personal.records.values()].find((r) => r.task_id === tid && r.user_id === u);
        if (!row) row = personal.records.get(this.insertRaw("project.task.stage.personal", { task_id: tid, user_id: u, stage_id: false })) as Vals;
        if (!isEmpty(row.stage_id)) continue;
        const own = [...types.records.values()].filter((t) => t.user_id === u && t.active !== false).sort((a, b) => Number(a.sequence ?? 0) - Number(b.sequence ?? 0) || Number(a.id) - Number(b.id));
        let first = own[0]?.id;
        if (first === undefined) {
          const made = PERSONAL_STAGES.map(([name, fold], i) => this.insertRaw("project.task.type", { name, sequence: i + 1, user_id: u, fold, active: true, project_ids: [] }));
          first = made[0];
        }
        row.stage_id = first;
      }
    }
  }

  /** project.task.type _unlink_if_remaining_personal_stages (Odoo 18): an active internal user keeps at least one personal stage. */
  private checkPersonalStagesLeft(ids: number[]): void {
    const types = this.model("project.task.type");
    const gone = new Set(ids);
    const users = new Set(ids.map((id) => types.records.get(id)?.user_id).filter((u): u is number => typeof u === "number"));
    for (const u of users) {
      const user = this.models.get("res.users")?.records.get(u);
      if (!user || user.active === false || user.share === true) continue;
      const left = [...types.records.values()].some((t) => t.user_id === u && !gone.has(t.id as number) && t.active !== false);
      if (!left) throw E.user("Each user should have at least one personal stage. Create a new stage to which the tasks can be transferred after the selected ones are deleted.");
    }
  }

  private modelDefaults(model: string, context: Vals): Vals {
    void context;
    switch (model) {
      case "res.partner":
        return { type: "contact", active: true, lang: "en_US" };
      case "crm.lead":
        return { user_id: 2, team_id: 1, company_id: 1, active: true, type: "lead", stage_id: 1 };
      case "project.task":
        return { user_ids: [2], state: "01_in_progress", active: true, company_id: 1 };
      case "project.project":
        return { active: true, company_id: 1, privacy_visibility: "portal" };
      case "hr.employee":
        return { company_id: 1, active: true, resource_calendar_id: false, employee_type: "employee" };
      case "calendar.event":
        return { user_id: 2, active: true, show_as: "busy", privacy: "public" };
      case "sale.order":
        return { state: "draft", company_id: 1, currency_id: 1, user_id: 2 };
      case "hr.expense":
        return { state: "draft", company_id: 1, currency_id: 1, quantity: 1, payment_mode: "own_account" };
      case "mail.message":
        return { message_type: "comment" };
      case "account.analytic.line":
        return { company_id: 1, amount: 0 };
      default:
        return {};
    }
  }

  private beforeCreate(model: string, rec: Vals, context: Vals, given: Vals): void {
    void context;
    if (model === "ir.model.fields") {
      // Odoo takes the model name from model_id, refuses manual fields without x_ and enforces UNIQUE(model, name).
      const modelRec = typeof rec.model_id === "number" ? this.models.get("ir.model")?.records.get(rec.model_id) : undefined;
      if (typeof modelRec?.model === "string") rec.model = modelRec.model;
      if (isEmpty(rec.state)) rec.state = "manual";
      const name = String(rec.name ?? "");
      if (rec.state === "manual" && !name.startsWith("x_")) throw E.validation("The operation cannot be completed: Custom fields must have a name that starts with 'x_'!");
      const target = this.models.get(String(rec.model));
      const taken = Boolean(target?.fields[name]) || [...this.model("ir.model.fields").records.values()].some((r) => r.model === rec.model && r.name === name);
      if (taken) throw E.validation("The operation cannot be completed: Field names must be unique per model.");
    }
    if (model === "product.product") {
      if (isEmpty(rec.product_tmpl_id)) {
        rec.product_tmpl_id = this.insertRaw("product.template", { name: rec.name, list_price: rec.list_price ?? 1, type: rec.type || "consu", categ_id: 1, uom_id: 1, uom_po_id: 1, active: true });
      }
      if (!("list_price" in given)) rec.list_price = 1;
      rec.categ_id ||= 1;
      rec.uom_id ||= 1;
      rec.uom_po_id ||= 1;
    }
    if (model === "project.project" && rec.allow_timesheets && isEmpty(rec.account_id)) {
      rec.account_id = this.insertRaw("account.analytic.account", { name: rec.name, partner_id: rec.partner_id ?? false, plan_id: 1, company_id: 1, active: true });
    }
    if (model === "account.analytic.line") {
      if (isEmpty(rec.project_id) && typeof rec.task_id === "number") rec.project_id = this.models.get("project.task")?.records.get(rec.task_id)?.project_id ?? false;
      // hr_timesheet's create looks the employee up with the caller's context: an archived one is only found with active_test off.
      const employee = typeof rec.employee_id === "number" ? this.models.get("hr.employee")?.records.get(rec.employee_id) : undefined;
      if (!isEmpty(rec.project_id) && employee && employee.active === false && context.active_test !== false) {
        throw E.validation("Timesheets must be created with an active employee in the selected companies.");
      }
      if (isEmpty(rec.account_id) && typeof rec.project_id === "number") rec.account_id = this.models.get("project.project")?.records.get(rec.project_id)?.account_id ?? false;
      if (isEmpty(rec.user_id) && typeof rec.employee_id === "number") rec.user_id = this.models.get("hr.employee")?.records.get(rec.employee_id)?.user_id ?? false;
    }
    if (model === "sale.order.line" && typeof rec.product_id === "number" && !("price_unit" in given)) {
      rec.price_unit = this.models.get("product.product")?.records.get(rec.product_id)?.list_price ?? 0;
    }
    if (model === "hr.employee" && isEmpty(rec.resource_calendar_id) && !("resource_calendar_id" in given)) rec.resource_calendar_id = 1;
    if (model === "ir.attachment" && typeof rec.datas === "string") {
      const buf = Buffer.from(rec.datas, "base64");
      const sum = createHash("sha1").update(buf).digest("hex");
      Object.assign(rec, { file_size: buf.length, checksum: sum, store_fname: `${sum.slice(0, 2)}/${sum}`, type: rec.type || "binary" });
    }
    if (model === "crm.lead" && rec.type === "lead" && rec.stage_id === 1) rec.stage_id = false;
    if (model === "project.task" && !isEmpty(given.stage_id)) Object.assign(rec, this.taskStageDates(rec.stage_id));
    if (model === "sale.order") {
      const n = this.model("sale.order").records.size + 1;
      if (isEmpty(rec.name) || rec.name === "New") rec.name = `S${String(n).padStart(5, "0")}`;
      if (isEmpty(rec.date_order)) rec.date_order = this.nowStr();
      if (typeof rec.partner_id === "number") {
        rec.partner_invoice_id ||= rec.partner_id;
        rec.partner_shipping_id ||= rec.partner_id;
      }
    }
    if (model === "sale.order.line" && isEmpty(rec.name)) {
      rec.name = typeof rec.product_id === "number" ? this.displayName("product.product", rec.product_id) : "";
    }
    if (model === "hr.expense" && typeof rec.total_amount_currency === "number") {
      rec.total_amount = rec.total_amount_currency;
      rec.price_unit = rec.total_amount_currency;
    }
    if (model === "calendar.event" && rec.allday && typeof rec.start_date === "string") {
      rec.start = `${rec.start_date} 08:00:00`;
      rec.stop = `${typeof rec.stop_date === "string" ? rec.stop_date : rec.start_date} 18:00:00`;
    }
    if (model === "calendar.event" && typeof rec.start === "string" && typeof rec.stop === "string") {
      rec.duration = (Date.parse(`${rec.stop}Z`.replace(" ", "T")) - Date.parse(`${rec.start}Z`.replace(" ", "T"))) / 3_600_000;
    }
  }

  /** Non-stored / computed values read back (undefined = use the stored value). */
  private computed(model: string, rec: Vals, field: string): unknown {
    if (model === "crm.lead" && field === "company_currency") return typeof rec.company_id === "number" ? 1 : false;
    if (model === "res.partner" && field === "complete_name") return this.displayName(model, rec.id as number);
    if (model === "sale.order.line" && (field === "price_subtotal" || field === "price_total" || field === "price_tax")) {
      if (rec.display_type) return 0;
      const sub = Math.round(Number(rec.product_uom_qty ?? 0) * Number(rec.price_unit ?? 0) * 100) / 100;
      const tax = Math.round(sub * 15) / 100;
      return field === "price_subtotal" ? sub : field === "price_tax" ? tax : sub + tax;
    }
    if (model === "sale.order" && (field === "amount_untaxed" || field === "amount_tax" || field === "amount_total")) {
      const lines = this.models.get("sale.order.line");
      let sub = 0;
      let tax = 0;
      for (const l of lines?.records.values() ?? []) {
        if (l.order_id !== rec.id) continue;
        sub += this.computed("sale.order.line", l, "price_subtotal") as number;
        tax += this.computed("sale.order.line", l, "price_tax") as number;
      }
      const r2 = (x: number) => Math.round(x * 100) / 100;
      return field === "amount_untaxed" ? r2(sub) : field === "amount_tax" ? r2(tax) : r2(sub + tax);
    }
    return undefined;
  }

  private afterCreate(model: string, id: number, context: Vals): void {
    void context;
    const rec = this.model(model).records.get(id) as Vals;
    if (model === "ir.model.fields") this.reflectField(id);
    if (model === "ir.model.fields.selection" && typeof rec.field_id === "number") this.reflectField(rec.field_id);
    if (model === "calendar.event") {
      let partners = Array.isArray(rec.partner_ids) ? (rec.partner_ids as number[]) : [];
      const accepted = partners.length === 0;
      if (accepted) partners = [3];
      rec.partner_ids = [...partners].sort((a, b) => a - b);
      for (const p of [...partners].reverse()) this.insertRaw("calendar.attendee", { event_id: id, partner_id: p, state: accepted ? "accepted" : "needsAction" });
    }
    if (model === "hr.employee" && isEmpty(rec.work_contact_id)) {
      // Odoo 18 (hr.employee.create): the user's partner when a user is linked, else a new work contact for every employee.
      const userPartner = typeof rec.user_id === "number" ? this.models.get("res.users")?.records.get(rec.user_id)?.partner_id : undefined;
      rec.work_contact_id =
        typeof userPartner === "number"
          ? userPartner
          : this.insertRaw("res.partner", { name: rec.name, email: rec.work_email ?? false, mobile: rec.mobile_phone ?? false, company_id: rec.company_id ?? false, type: "contact", active: true });
    }
  }
}

/** Start times (epoch ms, UTC) of a recurrence rule from `startMs`: a simplified rrule (no time zones). */
function recurrenceStarts(startMs: number, r: Vals): number[] {
  const interval = Math.max(1, Number(r.interval) || 1);
  const endType = String(r.end_type || "count");
  const max = endType === "count" ? Math.min(Math.max(1, Number(r.count) || 1), MAX_RECURRENT_EVENT) : MAX_RECURRENT_EVENT;
  const until = endType === "end_date" && typeof r.until === "string" ? Date.parse(`${r.until}T23:59:59Z`) : Number.POSITIVE_INFINITY;
  const out: number[] = [];
  const day = 86_400_000;
  const push = (t: number): boolean => {
    if (t > until || out.length >= max) return false;
    if (t >= startMs) out.push(t);
    return true;
  };
  const type = String(r.rrule_type || "weekly");
  if (type === "weekly") {
    const flags = WEEKDAY_FIELDS.map((f) => Boolean(r[f]));
    if (!flags.some(Boolean)) flags[(new Date(startMs).getUTCDay() + 6) % 7] = true;
    const monday = startMs - ((new Date(startMs).getUTCDay() + 6) % 7) * day;
    for (let w = 0; out.length < max; w += interval) {
      let more = true;
      for (let d = 0; d < 7 && more; d++) if (flags[d]) more = push(monday + (w * 7 + d) * day);
      if (!more || monday + w * 7 * day > until || w > MAX_RECURRENT_EVENT * 7) break;
    }
    return out;
  }
  for (let k = 0; out.length < max && k < MAX_RECURRENT_EVENT * 2; k += 1) {
    const d = new Date(startMs);
    if (type === "daily") d.setTime(startMs + k * interval * day);
    else if (type === "monthly") d.setUTCMonth(d.getUTCMonth() + k * interval);
    else d.setUTCFullYear(d.getUTCFullYear() + k * interval);
    if (!push(d.getTime())) break;
  }
  return out;
}

const setCache = new WeakMap<unknown[], Set<unknown>>();
function setOf(arr: unknown[]): Set<unknown> {
  let s = setCache.get(arr);
  if (!s) setCache.set(arr, (s = new Set(arr)));
  return s;
}

function pyTuple(t: unknown[]): string {
  return `(${t.map(pyRepr).join(", ")})`;
}
