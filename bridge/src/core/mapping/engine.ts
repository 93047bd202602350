/**
 * The mapping engine (pure): interprets one `ObjectMapping` for one source record.
 * mapRecord(ctx, om, record) → outputs (load() rows), row issues and, when not loaded, the outcome.
 */
import type { RowIssue } from "../codes.ts";
import { nameKey } from "../normalize/names.ts";
import { xmlid } from "../xmlid.ts";
import type { MapContext, SourceRecord } from "./context.ts";
import { columnField, fieldExists, hasModel, moduleInstalled } from "./context.ts";
import { registry } from "./registry.ts";
import type { Condition, FieldRule, ObjectMapping, Target, ValueMap } from "./schema.ts";
import type { MapOutput, MapResult, OutputDraft, RowState, RuleResult } from "./types.ts";
import { flag } from "./types.ts";

/** Value at an exact key (PlanPlus headers), else a dot path into nested JSON (Plexus). */
export function getPath(data: Record<string, unknown>, path: string): unknown {
  if (path in data) return data[path];
  let cur: unknown = data;
  for (const part of path.split(".")) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

export function isBlankValue(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === "string") return v.trim() === "";
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

/** Truthy per sources.md boolean spellings (blank = false). */
export function truthy(v: unknown): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v !== "string") return false;
  return ["true", "yes", "y", "1", "x", "on"].includes(v.trim().toLowerCase());
}

export function evalCondition(state: RowState, cond: Condition): boolean {
  const data = state.record.data;
  switch (cond.op) {
    case "blank":
      return isBlankValue(getPath(data, cond.field));
    case "present":
      return !isBlankValue(getPath(data, cond.field));
    case "true":
      return truthy(getPath(data, cond.field));
    case "false":
      return !truthy(getPath(data, cond.field));
    case "eq":
    case "ne": {
      const v = getPath(data, cond.field);
      const eq = v !== null && v !== undefined && nameKey(String(v)) === nameKey(cond.value);
      return cond.op === "eq" ? eq : !eq;
    }
    case "in": {
      const v = getPath(data, cond.field);
      if (v === null || v === undefined) return false;
      const k = nameKey(String(v));
      return cond.values.some((x) => nameKey(x) === k);
    }
    case "all":
      return cond.of.every((c) => evalCondition(state, c));
    case "any":
      return cond.of.some((c) => evalCondition(state, c));
    case "not":
      return !evalCondition(state, cond.of);
    case "predicate": {
      const fn = registry().predicates[cond.name];
      if (!fn) throw new Error(`unknown predicate ${cond.name}`);
      return fn(state, cond.args ?? {});
    }
  }
}

/** mapping.md §6: the first variant whose modules are installed and models present. */
export function chooseVariant(ctx: MapContext, om: ObjectMapping): string | null {
  for (const v of om.variants ?? []) {
    const mods = v.requires.modules ?? [];
    const models = v.requires.models ?? [];
    if (mods.every((m) => moduleInstalled(ctx.profile, m)) && models.every((m) => hasModel(ctx.profile, m))) return v.id;
  }
  return null;
}

export function plannedFieldSet(ctx: MapContext): Set<string> {
  return new Set(ctx.customFields.keys());
}

/** First alternative of `to` whose field exists on the model (custom x_ fields count when planned). */
export function resolveColumn(ctx: MapContext, model: string, to: string | string[] | undefined, planned?: ReadonlySet<string>): string | null {
  if (to === undefined) return null;
  const alts = Array.isArray(to) ? to : [to];
  const p = planned ?? plannedFieldSet(ctx);
  for (const c of alts) if (fieldExists(ctx.profile, model, c, p)) return c;
  return null;
}

function targetActive(state: RowState, t: Target): boolean {
  if (t.variant !== undefined && t.variant !== state.variant) return false;
  return t.when === undefined || evalCondition(state, t.when);
}

function makeDraft(ctx: MapContext, om: ObjectMapping, record: SourceRecord, t: Target): OutputDraft {
  return {
    target: t,
    model: t.model,
    xmlid: xmlid(ctx.source, t.xmlidObject, record.id, t.xmlidSuffix),
    values: {},
    notes: [],
    prepend: [],
    refs: [],
    dropped: false,
  };
}

/** Look a raw value up in a value map (mapping.md §5). Unknown → default row + `value_unmapped` (counted). */
export function lookupValueMap(
  ctx: MapContext,
  mapName: string,
  raw: unknown,
): { values: Record<string, string> | null; issue?: RowIssue; blank: boolean } {
  const map: ValueMap | undefined = ctx.doc.valueMaps[mapName];
  if (!map) throw new Error(`unknown value map ${mapName}`);
  const text = raw === null || raw === undefined ? "" : String(raw);
  const key = nameKey(text);
  if (key === "") {
    const b = map.rows.find((r) => r.blank);
    return { values: b ? b.values : null, blank: true };
  }
  const row = map.rows.find((r) => r.match.some((m) => nameKey(m) === key));
  if (row) return { values: row.values, blank: false };
  for (const p of map.patterns ?? []) {
    if (new RegExp(p.regex, "i").test(text.trim())) {
      const r = map.rows[p.row];
      if (r) return { values: r.values, blank: false };
    }
  }
  ctx.index.countUnmapped(mapName, text.trim());
  const def = map.rows.find((r) => r.default);
  return {
    values: def ? def.values : null,
    blank: false,
    issue: flag("value_unmapped", `"${text.trim()}" is not in value map ${mapName}; default used`, undefined, text),
  };
}

function evalRule(state: RowState, rule: FieldRule, draft: OutputDraft | undefined, column: string | null): RuleResult {
  const { ctx, record } = state;
  const data = record.data;
  switch (rule.kind) {
    case "copy": {
      const v = getPath(data, rule.from);
      return { value: isBlankValue(v) ? null : String(v).trim() };
    }
    case "constant":
      return { value: rule.value };
    case "value_map": {
      const r = lookupValueMap(ctx, rule.map, getPath(data, rule.from));
      const out: RuleResult = { value: r.values ? (r.values[rule.column ?? "value"] ?? null) : null };
      if (r.issue) out.issues = [{ ...r.issue, field: rule.from }];
      return out;
    }
    case "lookup_xmlid": {
      const v = getPath(data, rule.from);
      if (isBlankValue(v)) return { value: null };
      const id = String(v).trim();
      const obj = rule.sourceObject ?? rule.object;
      const known = ctx.index.isKnown(obj, id);
      const loaded = ctx.index.isLoaded(obj, id);
      if (loaded) return { value: ctx.index.mergedInto.get(`${obj}:${id}`) ?? xmlid(ctx.source, rule.object, id) };
      const code = known ? "parent_not_loaded" : "orphan_reference";
      const msg = known ? `${obj} ${id} was not loaded` : `${obj} ${id} is not in the export`;
      if (rule.onMissing === "reject") return { reject: { code, message: msg, field: rule.from } };
      if (rule.onMissing === "flag") return { value: null, issues: [flag("orphan_reference", msg, rule.from, id)] };
      return { value: null };
    }
    case "lookup_email": {
      const v = getPath(data, rule.from);
      if (isBlankValue(v)) return { value: null };
      const fn = registry().rules["email_lookup"];
      if (!fn) throw new Error("email_lookup rule missing");
      return fn({ state, values: [v], args: { index: rule.index, object: rule.object, onMissing: rule.onMissing, missingFlag: rule.missingFlag, field: rule.from }, column, draft });
    }
    case "transform":
    case "computed": {
      const name = rule.kind === "transform" ? rule.transform : rule.compute;
      const fn = registry().rules[name];
      if (!fn) throw new Error(`unknown ${rule.kind} ${name}`);
      const from = rule.from === undefined ? [] : Array.isArray(rule.from) ? rule.from : [rule.from];
      return fn({ state, values: from.map((f) => getPath(data, f)), args: rule.args ?? {}, column, draft });
    }
  }
}

function addIssues(state: RowState, issues: RowIssue[] | undefined): void {
  for (const i of issues ?? []) {
    if (!state.issues.some((x) => x.code === i.code && x.field === i.field)) state.issues.push(i);
  }
}

/** Append notes to the target's notes field (HTML with <br>/<p> when the target says so). */
function finishNotes(ctx: MapContext, d: OutputDraft): void {
  const nf = d.target.notesField;
  if (!nf || (d.notes.length === 0 && d.prepend.length === 0)) return;
  const html = d.target.notesHtml ?? false;
  const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "<br>");
  const parts: string[] = [];
  for (const p of d.prepend) parts.push(html ? `<p>${esc(p)}</p>` : p);
  const existing = d.values[nf];
  if (existing) parts.push(existing);
  for (const n of d.notes) parts.push(html ? `<p>${esc(n)}</p>` : n);
  if (!fieldExists(ctx.profile, d.model, nf, plannedFieldSet(ctx))) return;
  d.values[nf] = parts.join(html ? "" : "\n");
}

/** §1.8: tag column per model for the `Migration: review` tag, and the tag model. */
const REVIEW_TAG: Record<string, [string, string]> = {
  "res.partner": ["category_id/id", "res.partner.category"],
  "crm.lead": ["tag_ids/id", "crm.tag"],
  "project.task": ["tag_ids/id", "project.tags"],
  "project.project": ["tag_ids/id", "project.tags"],
};
/** Models with chatter that get the "Migration review: …" internal note. */
const CHATTER = new Set(["res.partner", "crm.lead", "project.task", "project.project", "hr.employee", "calendar.event", "sale.order", "hr.expense"]);

/**
 * mapping.md §1.8: a loaded row with flags gets the `Migration: review` tag (xmlid `<module>.tag_review_<model>`)
 * on its main record and one internal note listing the flags. Option `reviewTagging: false` turns it off.
 */
function reviewOutputs(state: RowState): { pre: MapOutput[]; post: MapOutput[] } {
  const out = { pre: [] as MapOutput[], post: [] as MapOutput[] };
  if (state.ctx.doc.options["reviewTagging"] === false || state.outcome !== undefined) return out;
  const flags = [...new Set(state.issues.map((i) => i.code))];
  const main = state.drafts.get("main") ?? [...state.drafts.values()][0];
  if (flags.length === 0 || !main || main.dropped) return out;
  const module = main.xmlid.slice(0, main.xmlid.indexOf("."));
  const tag = REVIEW_TAG[main.model];
  if (tag && fieldExists(state.ctx.profile, main.model, tag[0])) {
    const xml = `${module}.tag_review_${main.model.replace(/\./g, "_")}`;
    out.pre.push({ model: tag[1], xmlid: xml, role: "ensure", matchBy: ["name"], values: { name: "Migration: review" } });
    const cur = main.values[tag[0]];
    main.values[tag[0]] = cur ? `${cur},${xml}` : xml;
  }
  if (CHATTER.has(main.model)) {
    out.post.push({
      model: "mail.message",
      xmlid: `${main.xmlid}_review`,
      values: { model: main.model, message_type: "comment", "subtype_id/id": "mail.mt_note", body: `<p>Migration review: ${flags.join(", ")}</p>` },
      refs: [{ column: "res_id", xmlid: main.xmlid }],
    });
  }
  return out;
}

export function newRowState(ctx: MapContext, om: ObjectMapping, record: SourceRecord): RowState {
  return { ctx, om, record, variant: chooseVariant(ctx, om), drafts: new Map(), pre: [], post: [], issues: [] };
}

function finish(state: RowState): MapResult {
  const res: MapResult = { outputs: [], issues: [] };
  if (state.variant) res.variant = state.variant;
  if (state.ignored) return { ...res, ignored: true };
  if (state.outcome && state.outcome.outcome !== "documented" && state.outcome.outcome !== "validated") {
    res.outcome = state.outcome;
    // rejects/skips/merges carry their own issue (the reason); flags of a non-loaded row are not counted.
    res.issues = state.issues.filter((i) => i.code === state.outcome?.code);
    if (state.outcome.outcome === "merged") {
      res.issues = [];
      if (state.ref) res.ref = state.ref;
    }
    return res;
  }
  if (state.outcome) res.outcome = state.outcome;
  if (state.document) res.document = state.document;
  const outputs: MapOutput[] = [...state.pre];
  const review = reviewOutputs(state);
  outputs.push(...review.pre);
  for (const d of state.drafts.values()) {
    if (d.dropped) continue;
    finishNotes(state.ctx, d);
    const o: MapOutput = { model: d.model, xmlid: d.xmlid, values: oneColumnPerField(d.values), target: d.target.name };
    if (d.createDate) o.createDate = d.createDate;
    if (d.refs.length) o.refs = d.refs;
    if (d.binary) o.binary = d.binary;
    outputs.push(o);
  }
  outputs.push(...state.post, ...review.post);
  res.outputs = outputs;
  res.issues = state.issues;
  if (state.ref) res.ref = state.ref;
  return res;
}

/**
 * One load() column per relational field: Odoo refuses a row naming a field by name and by external
 * or database id at once ("Ambiguous specification for field …"), e.g. an address rule's
 * `country_id/id` plus a proposed copy into `country_id`. The most specific non-empty cell wins
 * (`/.id`, then `/id`, then the name).
 */
export function oneColumnPerField(values: Record<string, string>): Record<string, string> {
  const variants = new Map<string, string[]>();
  for (const c of Object.keys(values)) {
    const [base, sub, more] = c.split("/");
    if (more !== undefined || (sub !== undefined && sub !== "id" && sub !== ".id")) continue;
    variants.set(base as string, [...(variants.get(base as string) ?? []), c]);
  }
  let out = values;
  for (const [base, cols] of variants) {
    if (cols.length < 2) continue;
    const order = [`${base}/.id`, `${base}/id`, base].filter((c) => cols.includes(c));
    const keep = order.find((c) => values[c] !== "") ?? order[0];
    if (out === values) out = { ...values };
    for (const c of order) if (c !== keep) delete out[c];
  }
  return out;
}

/**
 * Map one source record. The run layer must have registered the object's rows in `ctx.index`
 * (session.prepare) so that references and cross-record results resolve.
 */
export function mapRecord(ctx: MapContext, om: ObjectMapping, record: SourceRecord): MapResult {
  const state = newRowState(ctx, om, record);
  for (const s of om.skips ?? []) {
    if (evalCondition(state, s.when)) {
      state.outcome = { outcome: "skipped", code: s.code };
      state.issues.push({ code: s.code, message: s.message });
      return finish(state);
    }
  }
  for (const r of om.rejects ?? []) {
    if (evalCondition(state, r.when)) {
      state.outcome = { outcome: "rejected", code: r.code };
      state.issues.push({ code: r.code, message: r.message, ...(r.field ? { field: r.field } : {}) });
      return finish(state);
    }
  }
  for (const t of om.targets) if (targetActive(state, t)) state.drafts.set(t.name, makeDraft(ctx, om, record, t));

  const planned = plannedFieldSet(ctx);
  for (const rule of om.fields) {
    if (rule.variant !== undefined && rule.variant !== state.variant) continue;
    const tname = rule.target ?? "main";
    const draft = state.drafts.get(tname);
    // A rule whose output is not produced still runs when it can reject the row (required references).
    if (!draft && om.targets.length > 0 && om.kind === "records" && !(rule.kind === "lookup_xmlid" && rule.onMissing === "reject")) continue;
    if (rule.when && !evalCondition(state, rule.when)) continue;
    const column = draft ? resolveColumn(ctx, draft.model, rule.to, planned) : null;
    const r = evalRule(state, rule, draft, column);
    if (r.reject) {
      state.outcome = { outcome: "rejected", code: r.reject.code };
      state.issues.push({ code: r.reject.code, message: r.reject.message, ...(r.reject.field ? { field: r.reject.field } : {}) });
      return finish(state);
    }
    addIssues(state, r.issues);
    if (r.pre) state.pre.push(...r.pre);
    if (r.post) state.post.push(...r.post);
    if (draft) {
      if (r.value !== undefined) {
        if (column) draft.values[column] = r.value ?? "";
        else if (rule.fallbackNote && r.value) draft.notes.push(`${rule.fallbackNote}: ${r.value}`);
      }
      for (const [c, v] of Object.entries(r.cells ?? {})) {
        if (fieldExists(ctx.profile, draft.model, c, planned)) draft.values[c] = v;
      }
      if (r.notes) draft.notes.push(...r.notes);
      if (r.prepend) draft.prepend.push(...r.prepend);
      if (r.refs) draft.refs.push(...r.refs);
      if (r.binary) draft.binary = r.binary;
    }
    if (state.outcome && state.outcome.outcome !== "documented" && state.outcome.outcome !== "validated") return finish(state);
  }
  for (const p of om.post ?? []) {
    const fn = registry().posts[p];
    if (!fn) throw new Error(`unknown post step ${p}`);
    fn(state);
    if (state.ignored) break;
    if (state.outcome && state.outcome.outcome !== "documented" && state.outcome.outcome !== "validated") break;
  }
  return finish(state);
}

/** Columns of a values object whose field is not on the model (used by preflight/tests). */
export function unknownColumns(ctx: MapContext, model: string, values: Record<string, string>): string[] {
  const planned = plannedFieldSet(ctx);
  return Object.keys(values).filter((c) => !fieldExists(ctx.profile, model, c, planned)).map(columnField);
}
