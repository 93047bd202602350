/**
 * `model.load(fields, data)` as Odoo 18 does it: string cells converted per field type, relations by
 * `x/id` (external id), `x/.id` (database id) or name, rows applied in order, and any error rolls the
 * whole call back (`ids: false`) with one message per bad row in Odoo's shape.
 */
import type { FieldDef, Store, Vals } from "./store.ts";
import { E, SimError, pyRepr } from "./store.ts";
import { localToUtc } from "./tz.ts";

export interface LoadMessage {
  type: string;
  message: string;
  record?: number;
  rows?: { from: number; to: number };
  field?: string;
  field_name?: string;
  moreinfo?: unknown;
}
export interface LoadResult {
  ids: number[] | false;
  messages: LoadMessage[];
  nextrow: number;
}

interface Column {
  index: number;
  base: string;
  sub: "" | "id" | ".id";
  def?: FieldDef;
}

/** Odoo's load messages quote values and labels as '%s' (not repr). */
const q = (s: string) => `'${s}'`;

class RowError extends Error {
  constructor(readonly msg: Omit<LoadMessage, "type" | "record" | "rows">) {
    super(msg.message);
  }
}

const TRUE = new Set(["1", "true", "yes"]);
const FALSE = new Set(["0", "false", "no", ""]);

function action(resModel: string, domain?: unknown[]): Vals {
  const a: Vals = {
    name: "Possible Values",
    type: "ir.actions.act_window",
    target: "new",
    view_mode: "list,form",
    views: [[false, "list"], [false, "form"]],
    context: { create: false },
    help: "See all possible values",
    res_model: resModel,
  };
  if (domain) a.domain = domain;
  return a;
}

export function qualify(xmlid: string): { module: string; name: string; full: string } {
  const dot = xmlid.indexOf(".");
  const module = dot > 0 ? xmlid.slice(0, dot) : "__import__";
  const name = dot > 0 ? xmlid.slice(dot + 1) : xmlid;
  return { module, name, full: `${module}.${name}` };
}

export function xmlidLookup(store: Store, xmlid: string): { model: string; res_id: number; imdId: number } | undefined {
  const { module, name } = qualify(xmlid);
  const imd = store.model("ir.model.data");
  const idx = imdIndex(store);
  const imdId = idx.get(`${module}.${name}`);
  if (imdId === undefined) return undefined;
  const r = imd.records.get(imdId);
  if (!r) {
    idx.delete(`${module}.${name}`);
    return undefined;
  }
  return { model: r.model as string, res_id: r.res_id as number, imdId };
}

const indexes = new WeakMap<Store, Map<string, number>>();
/** module.name → ir.model.data id (rebuilt lazily; kept in sync by {@link registerXmlid}). */
export function imdIndex(store: Store): Map<string, number> {
  let idx = indexes.get(store);
  const imd = store.model("ir.model.data");
  if (!idx || idx.size !== imd.records.size) {
    idx = new Map();
    for (const [id, r] of imd.records) idx.set(`${String(r.module)}.${String(r.name)}`, id);
    indexes.set(store, idx);
  }
  return idx;
}
/** Models whose `_rec_names_search` includes `code` in Odoo 18 (name_search matches `US`, `TX`). */
const REC_NAMES_CODE = new Set(["res.country", "res.country.state"]);

export function registerXmlid(store: Store, xmlid: string, model: string, resId: number): number {
  const { module, name } = qualify(xmlid);
  const idx = imdIndex(store);
  const id = store.insertRaw("ir.model.data", { module, name, model, res_id: resId, noupdate: false, complete_name: `${module}.${name}` });
  idx.set(`${module}.${name}`, id);
  return id;
}

export function load(store: Store, model: string, fields: string[], data: string[][], context: Vals, userTz: string | false): LoadResult {
  const m = store.model(model);
  const cols: Column[] = fields.map((f, index) => {
    const parts = f.split("/");
    const base = parts[0] as string;
    const sub = (parts[1] ?? "") as Column["sub"];
    if (base === "id" || base === ".id") return { index, base, sub: base === ".id" ? ".id" : "id" };
    const def = m.fields[base];
    if (def?.type === "one2many" && parts.length > 1 && sub !== "id" && sub !== ".id") {
      // Odoo creates child records from sub-field columns over continuation lines; not simulated.
      throw E.value(`one2many sub-field columns are not simulated: ${pyRepr(f)} (use ${base}/id or ${base}/.id to link existing records)`);
    }
    if (!def || (sub !== "" && sub !== "id" && sub !== ".id")) throw E.value(`Invalid field name ${pyRepr(f)}`);
    return { index, base, sub, def };
  });
  const tz = typeof context.tz === "string" && context.tz ? context.tz : userTz || "UTC";
  const nameCreate = (context.name_create_enabled_fields ?? {}) as Record<string, boolean>;

  // Undo log: the whole call is one transaction.
  const undo: (() => void)[] = [];
  const messages: LoadMessage[] = [];
  const ids: number[] = [];
  let failed = false;

  const resolveRel = (col: Column, cell: string): number | false => {
    const def = col.def as FieldDef;
    const rel = def.relation as string;
    const label = def.string;
    if (cell === "") return false;
    if (col.sub === "id") {
      const hit = xmlidLookup(store, cell);
      if (!hit || !store.models.get(rel)?.records.has(hit.res_id)) {
        throw new RowError({ field: col.base, field_name: label, message: `No matching record found for external id ${q(cell)} in field ${q(label)}`, moreinfo: action("ir.model.data", [["model", "=", rel]]) });
      }
      return hit.res_id;
    }
    if (col.sub === ".id") {
      const n = Number(cell);
      if (!Number.isInteger(n)) throw new RowError({ field: col.base, field_name: label, message: `Invalid database id ${q(cell)} for the field ${q(label)}` });
      if (!store.models.get(rel)?.records.has(n)) {
        throw new RowError({ field: col.base, field_name: label, message: `No matching record found for database id ${q(cell)} in field ${q(label)}`, moreinfo: action(rel) });
      }
      return n;
    }
    const relModel = store.models.get(rel);
    const found: number[] = [];
    if (relModel) {
      for (const r of relModel.records.values()) {
        if (r.active === false) continue;
        if (r.name === cell || store.displayName(rel, r.id as number) === cell || (REC_NAMES_CODE.has(rel) && r.code === cell)) found.push(r.id as number);
      }
    }
    if (found.length === 0) {
      if (nameCreate[col.base] && relModel) {
        const id = store.create(rel, [{ name: cell }], context)[0] as number;
        undo.push(() => relModel.records.delete(id));
        return id;
      }
      throw new RowError({ field: col.base, field_name: label, message: `No matching record found for name ${q(cell)} in field ${q(label)}`, moreinfo: action(rel) });
    }
    return Math.min(...found);
  };

  const convert = (col: Column, cell: string): unknown => {
    const def = col.def as FieldDef;
    const label = def.string;
    switch (def.type) {
      case "boolean": {
        const v = cell.toLowerCase(); // Odoo does not strip: " 1" is refused
        if (TRUE.has(v)) return true;
        if (FALSE.has(v)) return false;
        throw new RowError({ field: col.base, field_name: label, message: `Unknown value ${q(cell)} for boolean field ${q(label)}`, moreinfo: "Use '1' for yes and '0' for no" });
      }
      case "integer": {
        if (cell === "") return 0;
        if (!/^\s*[+-]?\d+(_\d+)*\s*$/.test(cell)) throw new RowError({ field: col.base, field_name: label, message: `${q(cell)} does not seem to be an integer for field ${q(label)}` });
        return parseInt(cell.replace(/_/g, ""), 10);
      }
      case "float":
      case "monetary": {
        if (cell === "") return 0;
        const n = Number(cell);
        if (!Number.isFinite(n)) throw new RowError({ field: col.base, field_name: label, message: `${q(cell)} does not seem to be a number for field ${q(label)}` });
        return n;
      }
      case "selection": {
        if (cell === "") return false;
        const sel = def.selection ?? [];
        const low = cell.toLowerCase();
        for (const [value, lab] of sel) if (value === cell || String(value).toLowerCase() === low || lab.toLowerCase() === low) return value;
        throw new RowError({ field: col.base, field_name: label, message: `Value ${q(cell)} not found in selection field ${q(label)}`, moreinfo: sel.map(([, l]) => l) });
      }
      case "date": {
        if (cell === "") return false;
        const d = parseOdooDate(cell.slice(0, 10));
        if (!d) throw new RowError({ field: col.base, field_name: label, message: `${q(cell)} does not seem to be a valid date for field ${q(label)}`, moreinfo: "Use the format '2012-12-31'" });
        return d;
      }
      case "datetime": {
        if (cell === "") return false;
        const dt = parseOdooDatetime(cell);
        if (!dt) throw new RowError({ field: col.base, field_name: label, message: `${q(cell)} does not seem to be a valid datetime for field ${q(label)}`, moreinfo: "Use the format '2012-12-31 23:59:59'" });
        return localToUtc(dt, tz);
      }
      case "many2one":
        return resolveRel(col, cell);
      case "many2many": {
        if (cell === "") return [[6, 0, []]];
        const idsList = cell.split(",").map((p) => resolveRel(col, p.trim())).filter((x): x is number => x !== false);
        return [[6, 0, idsList]];
      }
      case "one2many": {
        // As Odoo's _str_to_one2many for a reference-only column: each listed record is linked (and updated with nothing).
        if (col.sub === "") throw new RowError({ field: col.base, field_name: label, message: `one2many column ${q(col.base)} needs ${q(`${col.base}/id`)} or ${q(`${col.base}/.id`)} (sub-field columns are not simulated)` });
        if (cell === "") return [];
        const linked = cell.split(",").map((p) => resolveRel(col, p.trim())).filter((x): x is number => x !== false);
        return linked.flatMap((id) => [[4, id], [1, id, {}]]);
      }
      case "many2one_reference": {
        // ir.attachment.res_id, mail.message.res_id: an integer field for load (Odoo's _str_to_many2one_reference).
        if (cell === "") return false;
        if (!/^\s*[+-]?\d+\s*$/.test(cell)) throw new RowError({ field: col.base, field_name: label, message: `${q(cell)} does not seem to be an integer for field ${q(label)}` });
        return parseInt(cell, 10);
      }
      default:
        return cell === "" ? false : cell;
    }
  };

  // A relational field named by several columns (name, /id, /.id): Odoo's _referencing_subfield refuses the
  // row as soon as any of them holds a value, empty siblings included.
  const relCols = new Map<string, Column[]>();
  for (const c of cols) if (c.def && ["many2one", "many2many", "one2many"].includes(c.def.type)) relCols.set(c.base, [...(relCols.get(c.base) ?? []), c]);
  const ambiguous = [...relCols.values()].filter((list) => list.length > 1);

  data.forEach((row, i) => {
    const at = { rows: { from: i, to: i }, record: i };
    let xmlid = "";
    let dbId: number | undefined;
    const vals: Vals = {};
    const rowMsgs: LoadMessage[] = [];
    const skip = new Set<string>();
    for (const list of ambiguous) {
      const c = list[0] as Column;
      if (!list.some((x) => String(row[x.index] ?? "") !== "")) continue;
      skip.add(c.base);
      const label = (c.def as FieldDef).string;
      rowMsgs.push({ ...at, type: "error", field: c.base, field_name: label, message: `Ambiguous specification for field ${q(label)}, only provide one of name, external id or database id` } as LoadMessage);
    }
    for (const col of cols) {
      if (skip.has(col.base)) continue;
      const cell = String(row[col.index] ?? "");
      if (col.base === "id" && col.sub === "id") {
        xmlid = cell;
        continue;
      }
      if (col.base === ".id") {
        dbId = Number(cell);
        continue;
      }
      try {
        if (col.def?.readonly && (col.base === "create_date" || col.base === "write_date" || col.base === "create_uid" || col.base === "write_uid")) continue;
        vals[col.base] = convert(col, cell);
      } catch (e) {
        if (e instanceof RowError) rowMsgs.push({ ...at, type: "error", ...e.msg });
        else throw e;
      }
    }
    if (rowMsgs.length) {
      messages.push(...rowMsgs);
      failed = true;
      return;
    }
    try {
      const existing = xmlid ? xmlidLookup(store, xmlid) : undefined;
      const targetId = existing && existing.model === model && m.records.has(existing.res_id) ? existing.res_id : dbId && m.records.has(dbId) ? dbId : undefined;
      if (targetId !== undefined) {
        const prev = { ...(m.records.get(targetId) as Vals) };
        store.write(model, [targetId], vals);
        undo.push(() => m.records.set(targetId, prev));
        ids.push(targetId);
      } else {
        const id = store.create(model, [vals], context)[0] as number;
        undo.push(() => m.records.delete(id));
        if (xmlid) {
          if (existing) {
            const imd = store.model("ir.model.data");
            const r = imd.records.get(existing.imdId) as Vals;
            const prev = { ...r };
            Object.assign(r, { model, res_id: id });
            undo.push(() => imd.records.set(existing.imdId, prev));
          } else {
            const imdId = registerXmlid(store, xmlid, model, id);
            undo.push(() => {
              imdIndex(store).delete(qualify(xmlid).full);
              store.model("ir.model.data").records.delete(imdId);
            });
          }
        }
        ids.push(id);
      }
    } catch (e) {
      if (!(e instanceof SimError)) throw e;
      failed = true;
      messages.push(rowErrorFromCreate(store, model, e, at));
    }
  });

  if (failed) {
    for (const u of undo.reverse()) u();
    const errors = messages.filter((x) => x.type === "error").length;
    if (errors > 10 && errors > data.length / 10) {
      messages.push({ type: "warning", message: "Found more than 10 errors and more than one error per 10 records, interrupted to avoid showing too many errors." });
    }
    return { ids: false, messages, nextrow: 0 };
  }
  return { ids, messages, nextrow: 0 };
}

function rowErrorFromCreate(store: Store, model: string, e: SimError, at: { rows: { from: number; to: number }; record: number }): LoadMessage {
  const constraint = /^The operation cannot be completed: (Contacts require a name)$/.exec(e.message);
  if (constraint) return { ...at, type: "error", message: store.major >= 19 ? constraint[1] as string : `'${constraint[1]}'` };
  const req = /Field: (.*) \((\w+)\)\n$/.exec(e.message) ?? /Missing required value for the field '(.*)' \((\w+)\)/.exec(e.message);
  if (req) return { ...at, type: "error", field: req[2], message: `Missing required value for the field '${req[1]}' (${req[2]})` };
  void model;
  return { ...at, type: "error", message: e.message };
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
/** Python `strptime(value, "%Y-%m-%d")`: 4-digit year, 1–2 digit month/day. → "YYYY-MM-DD" or null. */
export function parseOdooDate(v: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validYmd(y, mo, d) ? `${m[1]}-${pad(mo)}-${pad(d)}` : null;
}
/** Odoo's `Datetime.to_datetime`: a date alone, or "%Y-%m-%d %H[:%M[:%S]]" (no "T"). → "YYYY-MM-DD HH:MM:SS" or null. */
export function parseOdooDatetime(v: string): string | null {
  if (v.length === 10) {
    const d = parseOdooDate(v);
    return d ? `${d} 00:00:00` : null;
  }
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2})(?::(\d{1,2})(?::(\d{1,2}))?)?$/.exec(v);
  if (!m) return null;
  const [y, mo, d, h, mi, se] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (!validYmd(y, mo, d) || h > 23 || mi > 59 || se > 59) return null;
  return `${m[1]}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(se)}`;
}
