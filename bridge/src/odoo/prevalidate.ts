/**
 * Client-side pre-check of `load` rows against `fields_get`: rows Odoo would certainly refuse are
 * failed before they are sent, with Odoo's own message, so one bad row does not cost a failed batch
 * (Odoo rolls back the whole call and redoes it row by row). Only certain cases are flagged; anything
 * doubtful goes to Odoo and is handled by the writer's isolation.
 */
import type { OdooClient, OdooFields, OdooLoadMessage } from "./client.ts";
import { pyRepr } from "./pyrepr.ts";

/** Odoo's load messages quote values and labels as '%s' (not repr). */
const q = (s: string) => `'${s}'`;

function validYmd(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
/** Odoo's date parse (`%Y-%m-%d` on the first 10 characters). */
function okDate(v: string): boolean {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v.slice(0, 10));
  return Boolean(m && validYmd(Number(m[1]), Number(m[2]), Number(m[3])));
}
/** Odoo's datetime parse: a date alone or `%Y-%m-%d %H[:%M[:%S]]` (a "T" is refused). */
function okDatetime(v: string): boolean {
  if (v.length === 10) return okDate(v);
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2})(?::(\d{1,2})(?::(\d{1,2}))?)?$/.exec(v);
  return Boolean(m && validYmd(Number(m[1]), Number(m[2]), Number(m[3])) && Number(m[4]) < 24 && Number(m[5] ?? 0) < 60 && Number(m[6] ?? 0) < 60);
}

const BOOL = new Set(["1", "true", "yes", "0", "false", "no", ""]);

/** SQL constraints of standard models that `fields_get` does not show (message as Odoo 18 words it). */
const KNOWN_CONSTRAINTS: Record<string, (cell: (f: string) => string | undefined) => string | null> = {
  "res.partner": (cell) => {
    const name = cell("name");
    const type = cell("type");
    if (name !== "") return null; // only an empty cell becomes NULL; a blank is a name
    if (type !== undefined && type !== "" && type.toLowerCase() !== "contact") return null;
    return "Contacts require a name";
  },
};

export interface PrecheckFailure {
  index: number;
  message: OdooLoadMessage;
}

/** Returns the rows (by index) that Odoo would refuse, with the message Odoo would give. */
export async function precheckRows(client: OdooClient, model: string, fields: string[], rows: string[][], context: Record<string, unknown> = {}): Promise<PrecheckFailure[]> {
  const defs: OdooFields = await client.fieldsGet(model);
  const lang = typeof context.lang === "string" ? context.lang : "en_US";
  const english = lang.startsWith("en");
  const out: PrecheckFailure[] = [];

  // External ids used in relation columns: known if in the database or defined by any row here.
  const defined = new Set<string>();
  const idCol = fields.indexOf("id");
  if (idCol >= 0) for (const r of rows) if (r[idCol]) defined.add(qualify(r[idCol] as string));
  const refs = new Set<string>();
  const relCols: number[] = [];
  fields.forEach((f, i) => {
    if (f.endsWith("/id") && f !== "id") {
      relCols.push(i);
      for (const r of rows) for (const x of splitRefs(r[i] ?? "", defs[f.slice(0, -3)]?.type)) if (!defined.has(qualify(x))) refs.add(qualify(x));
    }
  });
  const known = refs.size ? await client.resolveXmlids([...refs]) : new Map();
  const constraint = KNOWN_CONSTRAINTS[model];
  const col = new Map(fields.map((f, i) => [f, i]));

  rows.forEach((row, index) => {
    const at = { rows: { from: index, to: index }, record: index };
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i] as string;
      if (f === "id" || f.includes("/.id") || f === ".id") continue;
      const base = f.endsWith("/id") ? f.slice(0, -3) : f;
      const def = defs[base];
      if (!def) continue;
      const v = row[i] ?? "";
      const label = def.string;
      let msg: OdooLoadMessage | null = null;
      if (f.endsWith("/id")) {
        for (const x of splitRefs(v, def.type)) {
          if (!defined.has(qualify(x)) && !known.has(qualify(x))) {
            msg = { ...at, type: "error", field: base, field_name: label, message: `No matching record found for external id ${q(x)} in field ${q(label)}` };
            break;
          }
        }
      } else if (def.type === "boolean" && !BOOL.has(v.toLowerCase()) && english) {
        msg = { ...at, type: "error", field: base, field_name: label, message: `Unknown value ${q(v)} for boolean field ${q(label)}`, moreinfo: "Use '1' for yes and '0' for no" };
      } else if (def.type === "selection" && v !== "" && english && def.selection?.length) {
        const low = v.toLowerCase();
        if (!def.selection.some(([val, lab]) => String(val).toLowerCase() === low || lab.toLowerCase() === low)) {
          msg = { ...at, type: "error", field: base, field_name: label, message: `Value ${q(v)} not found in selection field ${q(label)}`, moreinfo: def.selection.map(([, l]) => l) };
        }
      } else if (def.type === "integer" && v.trim() !== "" && !/^\s*[+-]?\d+(_\d+)*\s*$/.test(v)) {
        msg = { ...at, type: "error", field: base, field_name: label, message: `${q(v)} does not seem to be an integer for field ${q(label)}` };
      } else if ((def.type === "float" || def.type === "monetary") && v.trim() !== "" && Number.isNaN(Number(v.trim())) && !/^\s*[+-]?(inf|infinity|nan)\s*$/i.test(v)) {
        msg = { ...at, type: "error", field: base, field_name: label, message: `${q(v)} does not seem to be a number for field ${q(label)}` };
      }
      else if (def.type === "date" && v !== "" && !okDate(v)) {
        msg = { ...at, type: "error", field: base, field_name: label, message: `${q(v)} does not seem to be a valid date for field ${q(label)}`, moreinfo: "Use the format '2012-12-31'" };
      } else if (def.type === "datetime" && v !== "" && !okDatetime(v)) {
        msg = { ...at, type: "error", field: base, field_name: label, message: `${q(v)} does not seem to be a valid datetime for field ${q(label)}`, moreinfo: "Use the format '2012-12-31 23:59:59'" };
      }
      if (msg) {
        out.push({ index, message: msg });
        return;
      }
    }
    if (constraint) {
      const c = constraint((name) => {
        const i = col.get(name);
        return i === undefined ? undefined : (row[i] ?? "");
      });
      if (c) out.push({ index, message: { ...at, type: "error", message: client.major >= 19 ? c : pyRepr(c) } });
    }
  });
  return out;
}

function qualify(x: string): string {
  return x.includes(".") ? x : `__import__.${x}`;
}
function splitRefs(cell: string, type: string | undefined): string[] {
  if (!cell) return [];
  return type === "many2many" ? cell.split(",").map((s) => s.trim()).filter(Boolean) : [cell];
}
