/** Named computes shared by both sources. */
import { normalizeEmail } from "../normalize/index.ts";
import type { FlagCode } from "../codes.ts";
import { xmlid } from "../xmlid.ts";
import { arg, s } from "./transforms.ts";
import type { RuleFn, RuleResult } from "./types.ts";
import { flag } from "./types.ts";

/** Lowest-id loaded row of `object` whose normalized e-mail is in index `index`. */
export function emailMatch(ids: string[], isLoaded: (id: string) => boolean): string | null {
  const loaded = ids.filter(isLoaded).sort((a, b) => (a.length - b.length) || (a < b ? -1 : a > b ? 1 : 0));
  return loaded[0] ?? null;
}

export const COMMON_RULES: Record<string, RuleFn> = {
  /** lookup_email rules: normalized e-mail → loaded row (lowest id) → its xmlid. */
  email_lookup: (input) => {
    const ctx = input.state.ctx;
    const rawv = s(input.values[0]);
    const fieldName = arg<string | undefined>(input, "field", undefined);
    const e = normalizeEmail(rawv);
    if (e.email === null) {
      if (e.invalid !== undefined) return { value: null, issues: [flag("email_invalid", `invalid e-mail "${e.invalid}"`, fieldName, e.invalid)] };
      return { value: null };
    }
    const object = arg(input, "object", "contact");
    const sourceObject = arg(input, "sourceObject", "contacts");
    const id = emailMatch(ctx.index.get(arg(input, "index", "contact_email"), e.email), (x) => ctx.index.isLoaded(sourceObject, x));
    if (id) return { value: xmlid(ctx.source, object, id) };
    const onMissing = arg<string>(input, "onMissing", "flag");
    const out: RuleResult = { value: null };
    if (onMissing !== "empty") out.issues = [flag(arg<FlagCode>(input, "missingFlag", "orphan_reference"), `no loaded record with e-mail ${e.email}`, fieldName, e.email)];
    return out;
  },
};
