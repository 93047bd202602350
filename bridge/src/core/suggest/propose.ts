/**
 * `ferry map propose` core: start from the reference mapping (mapping.md) and let the suggester handle
 * what the reference does not know — extra columns in this tenant's export get a proposed target (an
 * existing field, or a new typed `x_` field) added to the draft with its confidence and reason.
 * Columns the reference maps are checked too: agreement raises confidence, disagreement is reported
 * (the reference wins until a person edits it). The result is a draft: nothing runs before approval.
 */
import { customFieldName } from "../mapping/customfields.ts";
import type { TargetProfile } from "../mapping/context.ts";
import type { FieldRule, MappingDoc, ObjectMapping } from "../mapping/schema.ts";
import { suggestMapping } from "./index.ts";
import type { ColumnInput, ColumnSuggestion, TargetModel } from "./index.ts";

export interface ProposalLine {
  object: string;
  column: string;
  status: "reference" | "reference_differs" | "added" | "unmapped" | "covered";
  reference: string | null;
  suggestion: ColumnSuggestion;
}

function targetsFor(om: ObjectMapping, profile: TargetProfile): TargetModel[] {
  const models = [...om.targets.map((t) => t.model), ...Object.values(om.reference ?? {}).filter((r) => r !== "—").map((r) => r.slice(0, r.lastIndexOf(".")))];
  return [...new Set(models)].filter((m) => profile.fields[m]).map((m) => ({ model: m, fields: profile.fields[m]! }));
}

/** Columns some transforms write besides their `to` (address parts). */
const TRANSFORM_WRITES: Record<string, string[]> = {
  address: ["street", "street2", "city", "zip", "state_id", "country_id"],
  street_lines: ["street", "street2"],
};

function written(om: ObjectMapping): Set<string> {
  const out = new Set<string>();
  for (const f of om.fields) {
    for (const t of f.to === undefined ? [] : Array.isArray(f.to) ? f.to : [f.to]) out.add(t.split("/")[0]!);
    if (f.kind === "transform") for (const c of TRANSFORM_WRITES[f.transform] ?? []) out.add(c);
  }
  return out;
}

/** Source paths the object's rules read: a column at or under one of them is already handled (`billing_address` → `billing_address.line1`). */
function readPaths(om: ObjectMapping): string[] {
  const out: string[] = [];
  for (const f of om.fields) {
    const from = (f as { from?: string | string[] }).from;
    for (const p of from === undefined ? [] : Array.isArray(from) ? from : [from]) out.push(p);
  }
  return out;
}

function coveredBy(column: string, paths: readonly string[]): string | undefined {
  return paths.find((p) => column === p || column.startsWith(`${p}.`));
}

function ruleFor(column: string, field: string, ttype: string, note: string): FieldRule {
  const base = { from: column, to: field, note };
  if (ttype === "date") return { kind: "transform", transform: "date", args: { field: column }, ...base };
  if (ttype === "float" || ttype === "integer" || ttype === "monetary") return { kind: "transform", transform: "number", ...base };
  if (ttype === "boolean") return { kind: "transform", transform: "bool", ...base };
  if (ttype === "html") return { kind: "transform", transform: "html", ...base };
  return { kind: "copy", ...base };
}

export function proposeMappingDoc(base: MappingDoc, columnsByObject: Record<string, ColumnInput[]>, profile: TargetProfile): { doc: MappingDoc; lines: ProposalLine[] } {
  const doc = structuredClone(base);
  doc.status = "draft";
  doc.approvedBy = null;
  doc.approvedAt = null;
  doc.contentHash = null;
  doc.approvalDigest = null;
  const prefix = doc.source === "plexus" ? "x_plexus_" : "x_pp_";
  const lines: ProposalLine[] = [];
  for (const om of doc.objects) {
    const cols = columnsByObject[om.object];
    if (!cols || om.kind !== "records") continue;
    const targets = targetsFor(om, profile);
    const have = written(om);
    const reads = readPaths(om);
    const all = suggestMapping(cols, targets, { customPrefix: prefix, idColumns: [om.idField] });
    cols.forEach((c, i) => {
      const s = all[i]!;
      const ref = om.reference?.[c.name];
      if (ref !== undefined) {
        const got = s.proposal.kind === "none" ? "—" : `${s.proposal.model}.${s.proposal.field}`;
        const agrees = got === ref || (ref.includes(".x_") && s.proposal.kind === "custom");
        lines.push({ object: om.object, column: c.name, status: agrees ? "reference" : "reference_differs", reference: ref, suggestion: agrees ? { ...s, confidence: Math.max(s.confidence, 0.95) } : s });
        return;
      }
      const by = coveredBy(c.name, reads);
      if (by !== undefined) {
        // e.g. billing_address.line1 is written as street by the address rule on billing_address: no new field.
        lines.push({ object: om.object, column: c.name, status: "covered", reference: null, suggestion: { ...s, reason: `read by the mapping's rule on "${by}"` } });
        return;
      }
      const main = om.targets.find((t) => t.name === "main" && !t.variant) ?? om.targets[0];
      if (s.proposal.kind === "none" || !main) {
        lines.push({ object: om.object, column: c.name, status: "unmapped", reference: null, suggestion: s });
        return;
      }
      if (s.proposal.kind === "field") {
        if (s.proposal.model !== main.model || have.has(s.proposal.field)) {
          lines.push({ object: om.object, column: c.name, status: "unmapped", reference: null, suggestion: { ...s, reason: `${s.reason}; already written by another rule — review` } });
          return;
        }
        const ft = profile.fields[s.proposal.model]?.[s.proposal.field]?.type ?? "char";
        om.fields.push(ruleFor(c.name, s.proposal.field, ft, `proposed (${s.confidence.toFixed(2)}): ${s.reason}`));
        have.add(s.proposal.field);
      } else {
        const name = customFieldName(prefix as "x_plexus_" | "x_pp_", c.name);
        // A selection needs every option before the load; the profile only saw samples, so a short list
        // of values becomes a char field (a reviewer may turn it into a selection with its values).
        const ttype = s.proposal.ttype === "selection" ? "char" : s.proposal.ttype;
        const why = ttype === s.proposal.ttype ? s.reason : `${s.reason}; created as char: a selection needs all its values before the load`;
        om.fields.push(ruleFor(c.name, name, ttype, `proposed (${s.confidence.toFixed(2)}): ${why}`));
        om.customFields = [...(om.customFields ?? []), { model: main.model, name, ttype: ttype as "char", label: c.name, note: "proposed by the suggester" }];
        have.add(name);
      }
      om.reference = { ...(om.reference ?? {}), [c.name]: `${main.model}.${s.proposal.field}` };
      lines.push({ object: om.object, column: c.name, status: "added", reference: null, suggestion: s });
    });
  }
  return { doc, lines };
}

/** Markdown section listing every column with its proposal, confidence and reason. */
export function renderProposalMarkdown(lines: ProposalLine[]): string {
  const L = ["## Column proposals", "", "| object | column | proposal | confidence | status | reason |", "|---|---|---|---|---|---|"];
  const esc = (s: string): string => s.replace(/\|/g, "\\|");
  for (const l of lines) {
    const p = l.suggestion.proposal;
    const what = p.kind === "none" ? "no target" : p.kind === "custom" ? `new ${p.model}.${p.field} (${p.ttype})` : `${p.model}.${p.field}`;
    L.push(`| ${l.object} | ${esc(l.column)} | ${esc(what)} | ${l.suggestion.confidence.toFixed(2)} | ${l.status}${l.status === "reference_differs" ? ` (mapping: ${l.reference ?? ""})` : ""} | ${esc(l.suggestion.reason)} |`);
  }
  L.push("");
  return L.join("\n");
}
