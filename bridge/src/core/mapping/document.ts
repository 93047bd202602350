/**
 * Mapping document I/O: JSON export/import (validated, names checked against the registries), and a
 * readable sign-off document (Markdown + CSV) for the customer.
 */
import { UTF8_BOM, csvLine } from "../csv-out.ts";
import type { TargetProfile } from "./context.ts";
import { registry } from "./registry.ts";
import type { Condition, FieldRule, MappingDoc, ObjectMapping } from "./schema.ts";
import { MappingDocSchema } from "./schema.ts";

export function exportMappingJson(doc: MappingDoc): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Every transform/compute/predicate/post/prepass/value-map name the document uses must exist. */
export function validateNames(doc: MappingDoc): string[] {
  const reg = registry();
  const errors: string[] = [];
  const cond = (o: string, c: Condition | undefined): void => {
    if (!c) return;
    if (c.op === "predicate" && !reg.predicates[c.name]) errors.push(`${o}: unknown predicate ${c.name}`);
    if (c.op === "all" || c.op === "any") c.of.forEach((x) => cond(o, x));
    if (c.op === "not") cond(o, c.of);
  };
  for (const om of doc.objects) {
    const o = om.object;
    for (const f of om.fields) {
      cond(o, f.when);
      if (f.kind === "transform" && !reg.rules[f.transform]) errors.push(`${o}: unknown transform ${f.transform}`);
      if (f.kind === "computed" && !reg.rules[f.compute]) errors.push(`${o}: unknown compute ${f.compute}`);
      if (f.kind === "value_map" && !doc.valueMaps[f.map]) errors.push(`${o}: unknown value map ${f.map}`);
      const t = f.target ?? "main";
      if (om.kind === "records" && om.targets.length > 0 && !om.targets.some((x) => x.name === t)) errors.push(`${o}: rule targets unknown output ${t}`);
    }
    for (const p of om.post ?? []) if (!reg.posts[p]) errors.push(`${o}: unknown post step ${p}`);
    for (const p of om.prepass ?? []) if (!reg.prepasses[p]) errors.push(`${o}: unknown prepass ${p}`);
    for (const r of [...(om.rejects ?? []), ...(om.skips ?? [])]) cond(o, r.when);
    for (const t of om.targets) cond(o, t.when);
  }
  return errors;
}

export function importMappingJson(text: string): MappingDoc {
  const doc = MappingDocSchema.parse(JSON.parse(text));
  const errs = validateNames(doc);
  if (errs.length) throw new Error(`mapping document refers to unknown names:\n${errs.join("\n")}`);
  return doc;
}

function fromText(f: FieldRule): string {
  if (!("from" in f) || f.from === undefined) return "—";
  return Array.isArray(f.from) ? f.from.join(", ") : f.from;
}

function toText(f: FieldRule): string {
  if (f.to === undefined) return f.kind === "transform" || f.kind === "computed" ? "(several / notes)" : "—";
  return Array.isArray(f.to) ? f.to.join(" | else ") : f.to;
}

function ruleText(f: FieldRule): string {
  switch (f.kind) {
    case "copy":
      return "copy";
    case "constant":
      return `constant "${f.value}"`;
    case "transform":
      return `transform ${f.transform}`;
    case "computed":
      return `computed ${f.compute}`;
    case "value_map":
      return `value map ${f.map}${f.column ? `.${f.column}` : ""}`;
    case "lookup_xmlid":
      return `external id of ${f.object} (missing: ${f.onMissing})`;
    case "lookup_email":
      return `by e-mail in ${f.index} (missing: ${f.onMissing})`;
  }
}

function targetOf(om: ObjectMapping, f: FieldRule): string {
  const t = om.targets.find((x) => x.name === (f.target ?? "main"));
  return t ? t.model : "—";
}

function mdCell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** Readable sign-off document (Markdown). `profile` adds the fallback chosen per object. */
export function renderMappingMarkdown(doc: MappingDoc, profile?: TargetProfile): string {
  const L: string[] = [];
  L.push(`# Ferry mapping — ${doc.source === "plexus" ? "Plexus Software" : "PlanPlus Online"} → Odoo`);
  L.push("");
  L.push(`Version ${doc.version} · status **${doc.status}**${doc.approvedBy ? ` · approved by ${doc.approvedBy} at ${doc.approvedAt}` : ""}${doc.contentHash ? ` · content hash \`${doc.contentHash}\`` : ""}`);
  L.push("");
  L.push("Every source row ends loaded, merged, skipped, rejected, documented or validated; values missing from a value map are flagged `value_unmapped` and counted.");
  L.push("");
  const objs = [...doc.objects].sort((a, b) => a.order - b.order);
  for (const om of objs) {
    L.push(`## ${om.order}. ${om.object} (\`${om.file}\`) → ${om.targets.map((t) => `\`${t.model}\``).join(", ") || om.kind}`);
    L.push("");
    L.push(om.description);
    L.push("");
    if (om.variants?.length) {
      L.push(`Fallbacks (first available wins): ${om.variants.map((v) => `${v.label} [needs ${[...(v.requires.modules ?? []), ...(v.requires.models ?? [])].join(", ") || "nothing"}]`).join(" → ")}`);
      if (profile) {
        const chosen = om.variants.find((v) => (v.requires.modules ?? []).every((m) => profile.modules.includes(m)) && (v.requires.models ?? []).every((m) => profile.fields[m] !== undefined));
        L.push(`Chosen for this database: **${chosen?.label ?? "none"}**`);
      }
      L.push("");
    }
    if (om.targets.length) {
      L.push(`External ids: ${om.targets.map((t) => `\`${doc.source}_${t.xmlidObject}_<id>${t.xmlidSuffix ? `_${t.xmlidSuffix}` : ""}\` (${t.model}${t.when ? ", conditional" : ""})`).join("; ")}`);
      L.push("");
    }
    if (om.rejects?.length || om.skips?.length) {
      for (const s of om.skips ?? []) L.push(`- skipped \`${s.code}\`: ${s.message}`);
      for (const r of om.rejects ?? []) L.push(`- rejected \`${r.code}\`: ${r.message}`);
      L.push("");
    }
    if (om.fields.length) {
      L.push("| source | Odoo model | Odoo field | rule | note |");
      L.push("|---|---|---|---|---|");
      for (const f of om.fields) L.push(`| ${mdCell(fromText(f))} | ${targetOf(om, f)} | ${mdCell(toText(f))} | ${mdCell(ruleText(f))}${f.when ? " (conditional)" : ""}${f.variant ? ` [${f.variant}]` : ""} | ${mdCell(f.note ?? "")} |`);
      L.push("");
    }
    if (om.customFields?.length) {
      L.push(`Custom fields: ${om.customFields.map((c) => `\`${c.model}.${c.name}\` (${c.ttype})`).join(", ")}`);
      L.push("");
    }
  }
  L.push("## Value maps");
  L.push("");
  for (const [name, vm] of Object.entries(doc.valueMaps)) {
    L.push(`### ${name}`);
    L.push("");
    L.push(vm.description);
    L.push("");
    const cols = [...new Set(vm.rows.flatMap((r) => Object.keys(r.values)))];
    L.push(`| source values | ${cols.join(" | ")} | |`);
    L.push(`|---|${cols.map(() => "---|").join("")}---|`);
    for (const r of vm.rows) L.push(`| ${mdCell(r.match.join(", ") || "(blank)")} | ${cols.map((c) => mdCell(r.values[c] ?? "")).join(" | ")} | ${r.default ? "**default**" : ""}${r.blank ? " blank" : ""} |`);
    L.push("");
  }
  L.push("## Sign-off");
  L.push("");
  L.push("Approved by: ______________________  Date: ______________");
  L.push("");
  return L.join("\n");
}

/** CSV version of the field table (UTF-8 BOM, CRLF, all quoted, formula-safe). */
export function renderMappingCsv(doc: MappingDoc): string {
  let out = UTF8_BOM + csvLine(["Order", "Object", "File", "Source", "Odoo Model", "Odoo Field", "Rule", "Condition", "Note"]);
  for (const om of [...doc.objects].sort((a, b) => a.order - b.order)) {
    for (const f of om.fields) {
      out += csvLine([om.order, om.object, om.file, fromText(f), targetOf(om, f), toText(f), ruleText(f), f.when ? JSON.stringify(f.when) : "", f.note ?? ""]);
    }
  }
  return out;
}
