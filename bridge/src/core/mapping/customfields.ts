/**
 * Custom fields (mapping.md §1.9, §3.12, §4.13, §5.7): technical names, type inference, value
 * conversion, and the provisioning outputs (ir.model.fields + selection options).
 */
import { sha1Hex } from "../hash.ts";
import { nameKey, parseBool, parseMoney, parsePlanPlusDate } from "../normalize/index.ts";
import type { MapContext } from "./context.ts";
import type { CustomField } from "./schema.ts";
import { slug } from "./transforms.ts";
import type { MapOutput } from "./types.ts";

/** `x_plexus_<key>` / `x_pp_<slug(label)>`: lower-case [a-z0-9_], ≤ 60 chars (cut + `_` + 4 hex of SHA-1 of the full name). */
export function customFieldName(prefix: "x_plexus_" | "x_pp_", keyOrLabel: string): string {
  const full = `${prefix}${slug(keyOrLabel)}`;
  if (full.length <= 60) return full;
  return `${full.slice(0, 55)}_${sha1Hex(full).slice(0, 4)}`;
}

export type CustomType = "char" | "text" | "float" | "date" | "boolean" | "selection";

const SOURCE_TYPES: Record<string, CustomType> = { text: "char", number: "float", date: "date", checkbox: "boolean", dropdown: "selection" };

/** §5.7: source type → ttype; text becomes `text` when any value is longer than 255 or has a line break. */
export function inferTtype(sourceType: string, values: readonly string[] = []): CustomType | null {
  const t = SOURCE_TYPES[sourceType.trim().toLowerCase()];
  if (!t) return null;
  if (t === "char" && values.some((v) => v.length > 255 || /[\r\n]/.test(v))) return "text";
  return t;
}

export type Converted = { ok: true; value: string } | { ok: false; raw: string } | { ok: true; value: string; newOption: [string, string] };

/** Convert one custom value to a load() cell for its type (§3.12/§4.13); dropdowns match options case-insensitively. */
export function convertCustomValue(cf: CustomField, raw: unknown): Converted {
  if (raw === null || raw === undefined) return { ok: true, value: "" };
  const text = typeof raw === "string" ? raw : typeof raw === "object" ? JSON.stringify(raw) : String(raw);
  if (text.trim() === "") return { ok: true, value: "" };
  switch (cf.ttype) {
    case "float": {
      const m = parseMoney(typeof raw === "number" ? raw : text);
      return m ? { ok: true, value: String(m.amount) } : { ok: false, raw: text };
    }
    case "date": {
      const d = parsePlanPlusDate(text);
      return d ? { ok: true, value: d.date } : { ok: false, raw: text };
    }
    case "boolean": {
      const b = parseBool(typeof raw === "boolean" || typeof raw === "number" ? raw : text);
      return b === null ? { ok: false, raw: text } : { ok: true, value: b ? "1" : "0" };
    }
    case "selection": {
      const k = nameKey(text);
      const opt = (cf.selection ?? []).find(([v, label]) => nameKey(label) === k || v === slug(text));
      if (opt) return { ok: true, value: opt[0] };
      const value = slug(text);
      return { ok: true, value, newOption: [value, text.trim()] };
    }
    default:
      return { ok: true, value: text };
  }
}

/** External id of a provisioned custom field: `ferry_<source>.<source>_field_<model>_<name>`. */
export function customFieldXmlid(source: "plexus" | "planplus", model: string, name: string): string {
  return `ferry_${source}.${source}_field_${model.replace(/\./g, "_")}_${name}`;
}

/**
 * The module that defines a model, for its `ir.model` external id (`<module>.model_<model>`):
 * Odoo names it after the module that first declares the model.
 */
const MODEL_MODULE: Record<string, string> = {
  "res.partner": "base",
  "res.users": "base",
  "project.project": "project",
  "project.task": "project",
  "project.milestone": "project",
  "crm.lead": "crm",
  "hr.employee": "hr",
  "calendar.event": "calendar",
  "sale.order": "sale",
  "sale.order.line": "sale",
  "account.analytic.line": "analytic",
  "hr.expense": "hr_expense",
  "helpdesk.ticket": "helpdesk",
  "knowledge.article": "knowledge",
  "planning.slot": "planning",
  "product.product": "product",
};

export function modelXmlid(model: string): string {
  return `${MODEL_MODULE[model] ?? "base"}.model_${model.replace(/\./g, "_")}`;
}

/** ir.model.fields (+ selection rows) outputs that provision a custom field; xmlid `<source>_field_<model>_<name>`. */
export function customFieldOutputs(ctx: MapContext, cf: CustomField): MapOutput[] {
  const modelXml = customFieldXmlid(ctx.source, cf.model, cf.name);
  const out: MapOutput[] = [
    {
      model: "ir.model.fields",
      xmlid: modelXml,
      role: "ensure",
      matchBy: ["model", "name"],
      values: { name: cf.name, field_description: cf.label, ttype: cf.ttype, model: cf.model, "model_id/id": modelXmlid(cf.model), state: "manual", ...(cf.relation ? { relation: cf.relation } : {}) },
    },
  ];
  (cf.selection ?? []).forEach(([value, name], i) => out.push(selectionOptionOutput(ctx, cf, value, name, (i + 1) * 10)));
  return out;
}

export function selectionOptionOutput(ctx: MapContext, cf: CustomField, value: string, name: string, sequence: number): MapOutput {
  const fieldXml = customFieldXmlid(ctx.source, cf.model, cf.name);
  return {
    model: "ir.model.fields.selection",
    xmlid: `${fieldXml}_opt_${value}`,
    role: "ensure",
    matchBy: ["field_id", "value"],
    values: { "field_id/id": fieldXml, value, name, sequence: String(sequence) },
  };
}

/** Register a custom field so rules may write it (provisioning creates it before data writes). */
export function planCustomField(ctx: MapContext, cf: CustomField): void {
  const key = `${cf.model}.${cf.name}`;
  const prev = ctx.customFields.get(key);
  if (!prev) ctx.customFields.set(key, cf);
}

/** Custom-field checklist in Odoo Studio / Settings terms (Markdown), for the admin to confirm before the run. */
export function customFieldChecklist(fields: Iterable<CustomField>): string {
  const L = ["# Custom fields to create", "", "Created by Ferry as manual fields (Settings → Technical → Fields; no Studio needed). In Odoo Studio terms:", ""];
  L.push("| model | technical name | label | Studio field type | options |");
  L.push("|---|---|---|---|---|");
  const studio: Record<string, string> = { char: "Text", text: "Multiline Text", html: "Html", float: "Decimal", integer: "Integer", date: "Date", datetime: "Date & Time", boolean: "Checkbox", selection: "Selection", many2one: "Many2One" };
  const list = [...fields].sort((a, b) => (a.model + a.name < b.model + b.name ? -1 : 1));
  for (const f of list) {
    L.push(`| ${f.model} | \`${f.name}\` | ${f.label.replace(/\|/g, "\\|")} | ${studio[f.ttype] ?? f.ttype}${f.relation ? ` → ${f.relation}` : ""} | ${(f.selection ?? []).map(([, n]) => n.replace(/\|/g, "\\|")).join("; ")} |`);
  }
  L.push("");
  L.push("- [ ] I confirm these fields may be created.");
  L.push("");
  return L.join("\n");
}
