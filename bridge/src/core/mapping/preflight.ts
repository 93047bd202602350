/**
 * Preflight (mapping.md §1.1, §6): resolve every target field of the mapping against the target profile
 * before any write. Records the fallback chosen per object and per ⚠ field, and lists the fields that are
 * neither present nor covered by a fallback (the run must stop with that message, no partial load).
 */
import type { TargetProfile } from "./context.ts";
import { columnField, fieldExists, hasModel } from "./context.ts";
import type { MappingDoc } from "./schema.ts";

export interface PreflightResult {
  ok: boolean;
  /** Blocking problems: model or field missing without fallback. */
  errors: string[];
  /** Module fallbacks chosen per object (§6), e.g. help_desk_tickets → crm. */
  variants: { object: string; variant: string | null; label: string }[];
  /** Field alternatives resolved (§1.1 ⚠ rows), e.g. tax_id vs tax_ids, planned_date_begin vs x_…. */
  choices: { object: string; wanted: string[]; chosen: string | null; fallbackNote?: string }[];
  /** Custom fields the run will create (model.field). */
  customFields: string[];
}

export function preflight(doc: MappingDoc, profile: TargetProfile, extraCustom: Iterable<string> = []): PreflightResult {
  const planned = new Set<string>([...doc.objects.flatMap((o) => (o.customFields ?? []).map((f) => `${f.model}.${f.name}`)), ...extraCustom]);
  const errors: string[] = [];
  const variants: PreflightResult["variants"] = [];
  const choices: PreflightResult["choices"] = [];
  for (const om of [...doc.objects].sort((a, b) => a.order - b.order)) {
    let variant: string | null = null;
    if (om.variants?.length) {
      const v = om.variants.find((x) => (x.requires.modules ?? []).every((m) => profile.modules.includes(m)) && (x.requires.models ?? []).every((m) => hasModel(profile, m)));
      variant = v?.id ?? null;
      variants.push({ object: om.object, variant, label: v?.label ?? "none available" });
      if (!v) errors.push(`${om.object}: none of the targets is available (${om.variants.map((x) => x.label).join(", ")})`);
    }
    for (const t of om.targets) {
      if (t.variant !== undefined && t.variant !== variant) continue;
      if (!hasModel(profile, t.model)) errors.push(`${om.object}: target model ${t.model} is not installed`);
    }
    for (const r of om.fields) {
      if (r.variant !== undefined && r.variant !== variant) continue;
      if (r.to === undefined) continue;
      const target = om.targets.find((t) => t.name === (r.target ?? "main"));
      if (!target || (target.variant !== undefined && target.variant !== variant) || !hasModel(profile, target.model)) continue;
      const alts = Array.isArray(r.to) ? r.to : [r.to];
      const chosen = alts.find((c) => fieldExists(profile, target.model, c, planned)) ?? null;
      if (alts.length > 1 || chosen === null) choices.push({ object: om.object, wanted: alts.map((c) => `${target.model}.${columnField(c)}`), chosen: chosen ? `${target.model}.${columnField(chosen)}` : null, ...(r.fallbackNote ? { fallbackNote: r.fallbackNote } : {}) });
      // a phone/title rule without the field degrades to a note line (transform handles it); anything else is blocking
      const degrades = r.fallbackNote !== undefined || (r.kind === "transform" && r.transform === "phone") || (r.kind === "computed" && r.compute === "pp_title");
      if (chosen === null && !degrades) errors.push(`${om.object}: ${target.model} has none of ${alts.map(columnField).join(", ")} and no fallback`);
    }
  }
  if (hasModel(profile, "hr.expense") && !fieldExists(profile, "hr.expense", "total_amount_currency") && !fieldExists(profile, "hr.expense", "unit_amount") && doc.source === "plexus") {
    errors.push("expenses: hr.expense has neither total_amount_currency nor unit_amount (mapping.md §1.1)");
  }
  return { ok: errors.length === 0, errors, variants, choices, customFields: [...planned].sort() };
}
