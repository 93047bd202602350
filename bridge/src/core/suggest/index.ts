/**
 * The mapping suggester ("AI proposes the map", issue 6): deterministic and offline.
 *
 * Input: column profiles (name, inferred type, samples) of one source object + the `fields_get` of the
 * candidate target models (first = primary). Output per column: a proposed existing field, a proposed
 * new `x_` custom field with an inferred type, or "no target", with a confidence 0–1 and a reason; for
 * selection targets, a value-map proposal by fuzzy match. An optional adviser (e.g. an LLM) may
 * re-rank proposals through `SuggestAdviser`, but nothing depends on it.
 */
import { classifyValue } from "../profile/infer.ts";
import { slug } from "../mapping/transforms.ts";
import type { FieldInfo } from "../mapping/context.ts";
import { IGNORE, NEVER, RELATIONS, SYNONYMS } from "./synonyms.ts";

export interface ColumnInput {
  name: string;
  /** Profiler type (`email`, `phone`, `date`, `number`, `money`, `url`, `bool`, `text`, `enum`, `empty`). */
  type?: string;
  /** Same, under the name core/profile's ColumnProfile uses (a profile can be passed as is). */
  inferredType?: string;
  samples: string[];
  /** Distinct values with counts (profiler topValues), for value-map proposals. */
  topValues?: { value: string; count: number }[];
}

export interface TargetModel {
  model: string;
  fields: Record<string, FieldInfo>;
}

export type Proposal =
  | { kind: "field"; model: string; field: string }
  | { kind: "custom"; model: string; field: string; ttype: string }
  | { kind: "none" };

export interface ValueMapProposal {
  source: string;
  target: string | null;
  confidence: number;
}

export interface ColumnSuggestion {
  column: string;
  proposal: Proposal;
  confidence: number;
  reason: string;
  /** Other candidates considered, best first. */
  alternatives: { model: string; field: string; score: number }[];
  valueMap?: ValueMapProposal[];
}

export interface SuggestOptions {
  /** Prefix of proposed custom fields: `x_plexus_` / `x_pp_`. */
  customPrefix: string;
  /** Existing Odoo records for many2one value maps: `model.field` → [database id or xmlid, display name][] (e.g. stages). */
  existingValues?: Record<string, [string, string][]>;
  /** Column names that identify the row (never mapped to a field). */
  idColumns?: string[];
}

/** Optional re-ranking hook (LLM or rules); must be deterministic for tests if used there. */
export interface SuggestAdviser {
  advise(column: ColumnInput, suggestion: ColumnSuggestion, targets: TargetModel[]): ColumnSuggestion;
}

/** Values that read as an archive flag (active / not active). */
const BOOLISH = new Set(["yes", "no", "true", "false", "y", "n", "1", "0", "x", "on", "off", "active", "inactive", "archived", "on hold", "completed", "cancelled"]);
/** Column names too generic to trust without checking the values against the target. */
const OVERLOADED = new Set(["status", "state"]);

const TECHNICAL = /^(message_|activity_|website_message|rating_|access_|__|display_name$|create_uid$|write_uid$|write_date$|id$)/;

/** Normalized phrase of a column name: words, lower case, `e-mail` → `email`, punctuation dropped. */
export function phrase(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/e-?mail/g, "email")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/\s+/g, " ");
}

function tokens(s: string): string[] {
  return phrase(s)
    .split(" ")
    .filter((t) => t !== "" && t !== "id" && t !== "ids");
}

function jaccard(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const A = new Set(a);
  const B = new Set(b);
  let i = 0;
  for (const x of A) if (B.has(x)) i++;
  return i / (A.size + B.size - i);
}

/** All of the field's words appear in the column name (`Zip Code` ⊇ `zip`). */
function contained(field: string[], column: string[]): number {
  if (field.length === 0) return 0;
  const c = new Set(column);
  return field.every((t) => c.has(t)) ? 0.9 : 0;
}

function levenshtein(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[n]!;
}

function similarity(a: string, b: string): number {
  const x = phrase(a).replace(/ /g, "");
  const y = phrase(b).replace(/ /g, "");
  if (!x || !y) return 0;
  return 1 - levenshtein(x, y) / Math.max(x.length, y.length);
}

/** Column value type from the profiler type or the samples. */
export function sampleType(col: ColumnInput): string {
  const t = col.type ?? col.inferredType;
  if (t && t !== "empty") return t;
  const vals = col.samples.filter((s) => s.trim() !== "");
  if (vals.length === 0) return "empty";
  const counts = new Map<string, number>();
  for (const v of vals) {
    const t = classifyValue(v);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Is a field type able to hold values of this sample type? 1 = natural, 0.6 = possible, 0 = no. */
function typeFit(sample: string, f: FieldInfo): number {
  const t = f.type;
  switch (sample) {
    case "email":
    case "phone":
    case "url":
      return t === "char" ? 1 : t === "many2one" || t === "many2many" || t === "text" || t === "html" ? 0.6 : 0;
    case "date":
      return t === "date" || t === "datetime" ? 1 : t === "char" ? 0.4 : 0;
    case "number":
    case "money":
      return t === "float" || t === "monetary" || t === "integer" ? 1 : t === "char" || t === "selection" || t === "many2one" ? 0.5 : 0;
    case "bool":
      return t === "boolean" ? 1 : t === "selection" ? 0.6 : 0.2;
    case "enum":
      return t === "selection" || t === "many2one" ? 1 : t === "char" || t === "boolean" ? 0.7 : 0.3;
    default:
      return t === "char" || t === "text" || t === "html" ? 1 : t === "many2one" || t === "many2many" || t === "selection" ? 0.6 : 0.3;
  }
}

function customType(sample: string, col: ColumnInput): string {
  switch (sample) {
    case "date":
      return "date";
    case "number":
    case "money":
      return "float";
    case "bool":
      return "boolean";
    case "enum":
      return "selection";
    default:
      return col.samples.some((s) => s.length > 255 || /[\r\n]/.test(s)) ? "text" : "char";
  }
}

/** Fuzzy value-map proposal: each source value → best selection key by label/key similarity. */
export function proposeValueMap(values: string[], options: [string, string][]): ValueMapProposal[] {
  return values.map((v) => {
    let best: [string, number] | null = null;
    for (const [key, label] of options) {
      const sc = Math.max(similarity(v, label), similarity(v, key), jaccard(tokens(v), tokens(label)));
      if (!best || sc > best[1]) best = [key, sc];
    }
    if (!best || best[1] < 0.5) return { source: v, target: null, confidence: 0 };
    return { source: v, target: best[0], confidence: Math.round(best[1] * 100) / 100 };
  });
}

function selectionOf(f: FieldInfo): [string, string][] {
  return Array.isArray(f.selection) ? (f.selection as [string, string][]) : [];
}

/** Suggest a target for one column. */
export function suggestColumn(col: ColumnInput, targets: TargetModel[], opts: SuggestOptions, index = 0): ColumnSuggestion {
  const ph = phrase(col.name);
  const stype = sampleType(col);
  const primary = targets[0];
  const none = (confidence: number, reason: string): ColumnSuggestion => ({ column: col.name, proposal: { kind: "none" }, confidence, reason, alternatives: [] });
  const finish = (s: ColumnSuggestion): ColumnSuggestion => {
    if (s.proposal.kind === "field") {
      const f = targets.find((t) => t.model === (s.proposal as { model: string }).model)?.fields[s.proposal.field];
      const existing = opts.existingValues?.[`${s.proposal.model}.${s.proposal.field}`];
      if (f && (f.type === "selection" || f.type === "boolean" || (f.type === "many2one" && existing)) && (col.topValues?.length || col.samples.length)) {
        const vals = [...new Set((col.topValues?.map((t) => t.value) ?? col.samples).filter((v) => v.trim() !== ""))];
        const opts2 = f.type === "boolean" ? ([["1", "Yes true"], ["0", "No false"]] as [string, string][]) : f.type === "many2one" ? (existing ?? []) : selectionOf(f);
        if (opts2.length) s.valueMap = proposeValueMap(vals, opts2);
      }
    }
    return s;
  };
  if ((opts.idColumns ?? []).includes(col.name) || (index === 0 && /(^| )id$/.test(ph))) return none(0.95, "row identifier: kept in the ledger and the external id, not in a field");
  // 1. domain synonyms: the primary model first, then the others; `model:field` pins a model; `—` = no target
  // nested Plexus keys arrive flattened (`primary_contact.email`, `billing_address.city`): try the last segment too
  const last = col.name.includes(".") ? phrase(col.name.slice(col.name.lastIndexOf(".") + 1)) : ph;
  const syn = SYNONYMS[ph] ?? SYNONYMS[ph.replace(/^(business|main|primary contact|billing address) /, "")] ?? SYNONYMS[last];
  if (syn) {
    if (syn[0] === IGNORE) return none(0.9, `"${col.name}" is an audit/technical column (kept in the ledger only)`);
    const vals = [...new Set((col.topValues?.map((t) => t.value) ?? col.samples).filter((v) => v.trim() !== ""))];
    for (const t of targets) {
      for (const raw of syn) {
        if (raw === IGNORE) break;
        const [pinned, cand] = raw.includes(":") ? (raw.split(":") as [string, string]) : [null, raw];
        if (pinned !== null && pinned !== t.model) continue;
        const f = t.fields[cand];
        if (!f) continue;
        // "status" is overloaded: an enumerated target must fit the values seen (value-map coverage ≥ 50 %)
        const overloaded = OVERLOADED.has(ph);
        if (overloaded && f.type === "selection" && vals.length > 0) {
          const vm = proposeValueMap(vals, selectionOf(f));
          if (vm.filter((v) => v.target !== null && v.confidence >= 0.8).length / vals.length < 0.5) continue;
        }
        if (overloaded && f.type === "boolean" && vals.length > 0 && !vals.every((v) => BOOLISH.has(v.trim().toLowerCase()))) continue;
        const fit = typeFit(stype, f);
        return finish({
          column: col.name,
          proposal: { kind: "field", model: t.model, field: cand },
          confidence: fit >= 0.6 || stype === "empty" ? 0.95 : 0.75,
          reason: `name "${col.name}" is a known synonym of ${t.model}.${cand} (${f.string ?? cand}, ${f.type})${fit < 0.6 && stype !== "empty" ? `; sample type ${stype} fits poorly` : ""}`,
          alternatives: [],
        });
      }
    }
    for (const raw of syn) {
      if (raw === IGNORE) return none(0.8, `"${col.name}" has no target field on ${targets.map((t) => t.model).join(", ")} (used for conversion / kept in the ledger)`);
      const [pinned, cand] = raw.includes(":") ? (raw.split(":") as [string, string]) : [null, raw];
      const model = pinned ?? primary?.model;
      if (cand.startsWith("x_") && model) {
        return { column: col.name, proposal: { kind: "custom", model, field: cand, ttype: customType(stype, col) }, confidence: 0.8, reason: `known source attribute without a standard Odoo field: new ${model}.${cand}`, alternatives: [] };
      }
    }
  }
  if (NEVER.includes(ph)) return none(0.8, `"${col.name}" has no Odoo equivalent (reported, not migrated)`);
  // 2. `<thing> id` → many2one to the related model
  const rel = /^(.*) id$/.exec(ph);
  if (rel) {
    const relModel = RELATIONS[rel[1]!];
    if (relModel) {
      for (const t of targets) {
        const hit = Object.entries(t.fields).find(([n, f]) => !TECHNICAL.test(n) && f.type === "many2one" && f.relation === relModel);
        if (hit) return { column: col.name, proposal: { kind: "field", model: t.model, field: hit[0] }, confidence: 0.85, reason: `reference to ${rel[1]} → many2one ${hit[0]} (${relModel})`, alternatives: [] };
      }
    }
  }
  // 3. fuzzy name similarity × type compatibility over the candidate models' writable fields
  const ct = tokens(col.name);
  const scored: { model: string; field: string; score: number }[] = [];
  for (const t of targets) {
    for (const [name, f] of Object.entries(t.fields)) {
      if (TECHNICAL.test(name) || f.readonly === true) continue;
      const nameSim = Math.max(
        similarity(col.name, name),
        jaccard(ct, tokens(name)),
        contained(tokens(name), ct),
        f.string ? Math.max(similarity(col.name, f.string), jaccard(ct, tokens(f.string)), contained(tokens(f.string), ct)) : 0,
      );
      let fit = stype === "empty" ? 0.8 : typeFit(stype, f);
      // values that read as the options of a selection are strong evidence
      if (f.type === "selection" && col.samples.length > 0) {
        const vm = proposeValueMap([...new Set(col.samples)], selectionOf(f));
        const cov = vm.filter((v) => v.target !== null && v.confidence >= 0.8).length / vm.length;
        fit = Math.max(fit, cov);
      }
      const score = nameSim * (0.6 + 0.4 * fit) * (t === primary ? 1 : 0.95);
      if (score > 0.3) scored.push({ model: t.model, field: name, score: Math.round(score * 1000) / 1000 });
    }
  }
  scored.sort((a, b) => b.score - a.score || (a.field < b.field ? -1 : 1));
  const best = scored[0];
  if (best && best.score >= 0.7) {
    return finish({
      column: col.name,
      proposal: { kind: "field", model: best.model, field: best.field },
      confidence: Math.min(0.9, best.score),
      reason: `name similarity with ${best.model}.${best.field} and compatible type (${stype})`,
      alternatives: scored.slice(1, 4),
    });
  }
  // 4. nothing fits: propose a custom field typed from the samples
  if (!primary || stype === "empty") return none(0.5, "no compatible field and no values to type a custom field");
  const field = `${opts.customPrefix}${slug(col.name)}`.slice(0, 60);
  return {
    column: col.name,
    proposal: { kind: "custom", model: primary.model, field, ttype: customType(stype, col) },
    confidence: 0.6,
    reason: `no standard field matches "${col.name}"; new ${customType(stype, col)} field inferred from ${col.samples.length} sample values (${stype})`,
    alternatives: scored.slice(0, 3),
  };
}

/** Suggest targets for all columns of one source object. */
export { proposeMappingDoc, renderProposalMarkdown } from "./propose.ts";
export type { ProposalLine } from "./propose.ts";

const codeLike = (c: ColumnInput): boolean => c.samples.length > 0 && c.samples.every((v) => /^[A-Za-z]*[-_/]?[A-Za-z0-9]*\d[A-Za-z0-9\-_/.]*$/.test(v.trim()) && !/\s/.test(v.trim()));
const oneLine = (c: ColumnInput): boolean => c.samples.length > 0 && c.samples.every((v) => v.length <= 80 && !/[\r\n<]/.test(v));

/**
 * Suggest targets for all columns of one source object, then apply whole-object rules:
 * - codes (`WO-10042`) competing with a text column for the same name field become a reference field;
 * - a record needs a name: when no column names it, a one-line `description` becomes the name.
 */
export function suggestMapping(columns: ColumnInput[], targets: TargetModel[], opts: SuggestOptions, adviser?: SuggestAdviser): ColumnSuggestion[] {
  const out = columns.map((c, i) => suggestColumn(c, targets, opts, i));
  const primary = targets[0];
  if (primary) {
    const onName = out.map((s, i) => [s, columns[i]!] as const).filter(([s]) => s.proposal.kind === "field" && s.proposal.model === primary.model && s.proposal.field === "name");
    const codes = onName.filter(([, c]) => codeLike(c));
    if (codes.length > 0 && codes.length < onName.length) {
      for (const [s, c] of codes) {
        const idx = out.indexOf(s);
        out[idx] = { ...s, proposal: { kind: "custom", model: primary.model, field: `${opts.customPrefix}${slug(c.name)}`.slice(0, 60), ttype: "char" }, confidence: 0.7, reason: `"${c.name}" holds codes (${c.samples[0] ?? ""}) while another column names the record: kept as a searchable reference field` };
      }
    }
    const named = out.some((s) => s.proposal.kind === "field" && s.proposal.model === primary.model && s.proposal.field === "name");
    if (!named && primary.fields["name"]) {
      const i = columns.findIndex((c, k) => phrase(c.name) === "description" && oneLine(c) && out[k]!.proposal.kind === "field");
      if (i >= 0) out[i] = { ...out[i]!, proposal: { kind: "field", model: primary.model, field: "name" }, confidence: 0.75, reason: `no other column names the ${primary.model} record and "${columns[i]!.name}" is one line of text: used as its name` };
    }
  }
  return adviser ? out.map((s, i) => adviser.advise(columns[i]!, s, targets)) : out;
}
