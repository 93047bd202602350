/**
 * Generic named transforms (mapping.md §1.4) used by mapping rules via `{ kind: "transform", transform: "<name>" }`.
 * They wrap the normalizers of core/normalize and turn their results into load() cells, notes and flags.
 */
import type { RowIssue } from "../codes.ts";
import {
  countryCode,
  deadlineUtc,
  htmlToText,
  isBlank,
  isoOffsetToUtc,
  localDateTimeToUtc,
  nameKey,
  normalizeEmail,
  normalizePhone,
  normalizeZip,
  parseBool,
  parseMoney,
  parsePlanPlusDate,
  parsePlanPlusDateTime,
  parseQuadrant,
  textToHtml,
  truncateName,
} from "../normalize/index.ts";
import { XMLID_MODULE, xmlid } from "../xmlid.ts";
import type { MapContext } from "./context.ts";
import { getPath, isBlankValue, lookupValueMap } from "./engine.ts";
import type { OwnerResult } from "./owners.ts";
import type { MapOutput, RuleFn, RuleInput, RuleResult } from "./types.ts";
import { flag } from "./types.ts";

export function s(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "object") return null;
  const t = String(v).trim();
  return t === "" ? null : t;
}

/** Untrimmed text for verbatim columns (Description/Notes). */
export function raw(v: unknown): string | null {
  if (v === null || v === undefined || typeof v === "object") return null;
  const t = String(v);
  return t.trim() === "" ? null : t;
}

/** `[a-z0-9_]` slug of a label (xmlids, selection values). */
export function slug(text: string): string {
  const out = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return out === "" ? "x" : out;
}

export function arg<T>(input: RuleInput, name: string, dflt: T): T {
  const v = input.args[name];
  return v === undefined ? dflt : (v as T);
}

/** Value of another source path of the same row. */
export function field(input: RuleInput, path: string): unknown {
  return getPath(input.state.record.data, path);
}

export function mod(ctx: MapContext): string {
  return XMLID_MODULE[ctx.source];
}

/** Owner result → `user_id/.id` style value + flags. */
export function ownerCell(res: OwnerResult, field: string): RuleResult {
  const out: RuleResult = { value: res.userId === null ? null : String(res.userId) };
  if (res.flags.length) out.issues = res.flags.map((f) => flag(f, `owner ${res.sourceRef ?? ""}: ${f}`, field, res.sourceRef));
  return out;
}

/** Find-or-create helper record (tags, industries, sources): an `ensure` output and its xmlid. */
export function ensure(ctx: MapContext, model: string, object: string, name: string, extra: Record<string, string> = {}, matchBy: string[] = ["name"]): MapOutput {
  return {
    model,
    xmlid: `${mod(ctx)}.${ctx.source}_${object}_${slug(name)}`,
    values: { name, ...extra },
    role: "ensure",
    matchBy,
  };
}

/** Country cell: ISO-2 → `base.<cc>` xmlid; blank → default country. */
export function countryXmlid(ctx: MapContext, rawCountry: unknown): { xmlid: string | null; code: string | null; unknown?: string } {
  const txt = s(rawCountry);
  const code = txt === null ? countryCode(ctx.settings.defaultCountry) : countryCode(txt);
  if (code === null) return { xmlid: null, code: null, unknown: txt ?? undefined };
  return { xmlid: `base.${code.toLowerCase()}`, code };
}

/** State by code or name within the country, from the state table the run layer supplies; not found → null (reported, not flagged). */
export function stateId(ctx: MapContext, countryCodeIso: string | null, rawState: unknown): string | null {
  const txt = s(rawState);
  if (!txt || !countryCodeIso) return null;
  const k = nameKey(txt);
  const st = ctx.settings.states ?? [];
  const hit = st.find((x) => x.country.toUpperCase() === countryCodeIso && (nameKey(x.code) === k || nameKey(x.name) === k));
  return hit ? String(hit.id) : null;
}

const T: Record<string, RuleFn> = {
  /** truncate_name: > 250 characters → cut, full text prepended to the notes field, `text_truncated`. */
  truncate_name: (input) => {
    const v = s(input.values[0]);
    if (v === null) return { value: null };
    const t = truncateName(v.replace(/\s+/g, " "));
    if (!t.truncated) return { value: t.name };
    return { value: t.name, prepend: [v], issues: [flag("text_truncated", "name longer than 250 characters", arg<string | undefined>(input, "field", undefined))] };
  },
  /** email(): first address → field; others → notes; invalid → empty + raw in notes + `email_invalid`. */
  email: (input) => {
    const label = arg(input, "label", "E-mail");
    const r = normalizeEmail(s(input.values[0]));
    const out: RuleResult = { value: r.email, notes: [] };
    if (r.extra.length) out.notes!.push(`Other ${label.toLowerCase()}: ${r.extra.join("; ")}`);
    if (r.invalid !== undefined) {
      out.notes!.push(`Original ${label.toLowerCase()}: ${r.invalid}`);
      out.issues = [flag("email_invalid", `invalid e-mail "${r.invalid}"`, arg(input, "field", undefined), r.invalid)];
    }
    return out;
  },
  /** phone(): E.164 with the record's country (arg countryFrom), extra numbers → notes, invalid → notes + `phone_invalid`. */
  phone: (input) => {
    const label = arg(input, "label", "Phone");
    const cf = arg<string | null>(input, "countryFrom", null);
    const country = cf ? s(field(input, cf)) : null;
    const v = input.values[0];
    const r = normalizePhone(typeof v === "number" ? v : s(v), country, input.state.ctx.settings.defaultCountry);
    const out: RuleResult = { value: r.phone, notes: [] };
    if (r.extra.length) out.notes!.push(`Other ${label.toLowerCase()}: ${r.extra.join(" / ")}`);
    if (r.invalid !== undefined) {
      out.notes!.push(`Original ${label.toLowerCase()}: ${r.invalid}`);
      out.issues = [flag("phone_invalid", `unusable phone "${r.invalid}"`, arg(input, "field", undefined), r.invalid)];
    }
    if (input.column === null && r.phone) {
      // target has no such field (e.g. Odoo 19 res.partner.mobile): keep the number as a labelled note
      out.notes!.push(`${label}: ${r.phone}`);
      out.value = undefined;
    }
    return out;
  },
  /** html(): plain text escaped with <br>/<p>; HTML kept. */
  html: (input) => {
    const v = raw(input.values[0]);
    return { value: v === null ? null : textToHtml(v) };
  },
  /** text(): tags stripped, entities decoded. */
  text: (input) => {
    const v = raw(input.values[0]);
    const dflt = arg<string | null>(input, "default", null);
    const t = v === null ? "" : htmlToText(v);
    return { value: t === "" ? dflt : t };
  },
  /** A labelled line in the notes field (`Fax: …`). */
  note_line: (input) => {
    const v = s(input.values[0]);
    return v === null ? {} : { notes: [`${arg(input, "label", "Note")}: ${v}`] };
  },
  /** boolean(): "1"/"0"; blank → "0" (flags) unless `nullable`. */
  bool: (input) => {
    const b = parseBool(input.values[0] as string | boolean | number | null | undefined);
    if (b === null) return { value: arg(input, "nullable", false) ? null : "0" };
    return { value: b ? "1" : "0" };
  },
  /** Negated boolean (`is_active=false` → active "0" is `bool`; this is for `deleted`-like inputs). */
  not_bool: (input) => {
    const b = parseBool(input.values[0] as string | boolean | number | null | undefined);
    return { value: b ? "0" : "1" };
  },
  /** Street cell: first line → street, remaining lines → street2. */
  street_lines: (input) => {
    const v = raw(input.values[0]);
    if (v === null) return { cells: { street: "", street2: "" } };
    const lines = v
      .replace(/\r\n?/g, "\n")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "");
    return { cells: { street: lines[0] ?? "", street2: lines.slice(1).join(", ") } };
  },
  /**
   * Address from separate columns (args: street?, street2?, city, state, zip, country) or a Plexus Address
   * object (values[0] object with line1…country). Writes street, street2, city, state_id/.id, zip, country_id/id.
   */
  address: (input) => {
    const ctx = input.state.ctx;
    let a: Record<string, unknown>;
    const first = input.values[0];
    if (first !== null && typeof first === "object") {
      const o = first as Record<string, unknown>;
      a = { line1: o["line1"], line2: o["line2"], city: o["city"], state: o["state"], zip: o["postal_code"], country: o["country"] };
    } else {
      const g = (k: string): unknown => {
        const p = arg<string | null>(input, k, null);
        return p ? field(input, p) : null;
      };
      const streetRaw = raw(g("street"));
      const lines = (streetRaw ?? "")
        .replace(/\r\n?/g, "\n")
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== "");
      a = { line1: lines[0] ?? null, line2: lines.slice(1).join(", ") || s(g("street2")), city: g("city"), state: g("state"), zip: g("zip"), country: g("country") };
    }
    const c = countryXmlid(ctx, a["country"]);
    const zipRaw = a["zip"];
    const zip = normalizeZip(typeof zipRaw === "number" ? zipRaw : s(zipRaw), c.code, ctx.settings.defaultCountry);
    const cells: Record<string, string> = {
      street: s(a["line1"]) ?? "",
      street2: s(a["line2"]) ?? "",
      city: s(a["city"]) ?? "",
      zip: zip ?? "",
      "country_id/id": c.xmlid ?? "",
    };
    const st = stateId(ctx, c.code, a["state"]);
    cells["state_id/.id"] = st ?? "";
    const out: RuleResult = { cells };
    if (c.unknown) out.notes = [`Country: ${c.unknown}`];
    return out;
  },
  /** Copy with whitespace collapsed (no truncation). */
  collapse: (input) => {
    const v = s(input.values[0]);
    return { value: v === null ? null : v.replace(/\s+/g, " ") };
  },
  /** Date (any accepted shape) → YYYY-MM-DD; invalid → empty + raw in notes + `invalid_date`; day-first → `date_ambiguous`. */
  date: (input) => {
    const v = s(input.values[0]);
    if (v === null) return { value: null };
    const label = arg(input, "label", "Date");
    const p = parsePlanPlusDate(v);
    if (!p) return { value: null, notes: [`${label}: ${v}`], issues: [flag("invalid_date", `unusable date "${v}"`, arg(input, "field", undefined), v)] };
    const out: RuleResult = { value: p.date };
    if (p.dayFirst) out.issues = [flag("date_ambiguous", `"${v}" read day-first`, arg(input, "field", undefined), v)];
    return out;
  },
  /** Plexus Date (YYYY-MM-DD) as given; unparseable → empty. */
  iso_date: (input) => {
    const v = s(input.values[0]);
    if (v === null) return { value: null };
    const p = parsePlanPlusDate(v);
    return { value: p ? p.date : null };
  },
  /** Plexus Instant → naive UTC. */
  instant: (input) => {
    const v = s(input.values[0]);
    if (v === null) return { value: null };
    return { value: isoOffsetToUtc(v) ?? null };
  },
  /** Plexus LocalDateTime → naive UTC (offset, else the tenant zone + `timezone_assumed`). */
  local_datetime: (input) => {
    const v = s(input.values[0]);
    if (v === null) return { value: null };
    const r = localDateTimeToUtc(v, input.state.ctx.settings.tenantTimeZone);
    if (!r) return { value: null, issues: [flag("invalid_date", `unusable date-time "${v}"`, arg(input, "field", undefined), v)] };
    return { value: r.utc, issues: r.flags.map((f) => flag(f, `${f} for "${v}"`, arg(input, "field", undefined), v)) };
  },
  /** deadline(date, export zone) for Datetime deadlines; a Date field gets the date (profile decides). */
  deadline: (input) => {
    const v = s(input.values[0]);
    if (v === null) return { value: null };
    const p = parsePlanPlusDate(v);
    if (!p) return { value: null, notes: [`${arg(input, "label", "Date")}: ${v}`], issues: [flag("invalid_date", `unusable date "${v}"`, arg(input, "field", undefined), v)] };
    const issues: RowIssue[] = p.dayFirst ? [flag("date_ambiguous", `"${v}" read day-first`, arg(input, "field", undefined), v)] : [];
    const draft = input.draft;
    const info = draft && input.column ? input.state.ctx.profile.fields[draft.model]?.[input.column] : undefined;
    if (info && info.type === "date") return { value: p.date, issues };
    const zone = input.state.ctx.source === "planplus" ? input.state.ctx.settings.exportTimeZone : input.state.ctx.settings.tenantTimeZone;
    return { value: deadlineUtc(p.date, zone), issues };
  },
  /** money(): optional amounts; unparseable → 0 + `invalid_amount`. */
  money: (input) => {
    const v = input.values[0];
    if (isBlankValue(v)) return { value: arg<string | null>(input, "blankValue", null) };
    const m = parseMoney(typeof v === "number" ? v : s(v));
    if (!m) return { value: "0", issues: [flag("invalid_amount", `unparseable amount "${String(v)}"`, arg(input, "field", undefined), v)] };
    return { value: String(m.amount) };
  },
  /** Number (percent, quantity): parsed with money rules, `%` stripped; unparseable → empty. */
  number: (input) => {
    const v = input.values[0];
    if (isBlankValue(v)) return { value: null };
    const m = parseMoney(typeof v === "number" ? v : String(v).replace(/%\s*$/, ""));
    if (!m) return { value: null };
    const mult = arg(input, "multiply", 1);
    const n = m.amount * mult;
    return { value: arg(input, "integer", false) ? String(Math.round(n)) : String(n) };
  },
  /** Quadrant (sources.md B.5) → x_quadrant value via value map `quadrant`. */
  quadrant: (input) => {
    const v = s(input.values[0]);
    if (v === null) return { value: null };
    const q = parseQuadrant(v);
    const r = lookupValueMap(input.state.ctx, "quadrant", q ?? v);
    const out: RuleResult = { value: r.values ? (r.values["value"] ?? null) : null };
    if (r.issue) out.issues = [{ ...r.issue, field: arg(input, "field", undefined) }];
    return out;
  },
  /** res.partner.industry find/create (xmlid `<source>_industry_<slug>`). */
  industry: (input) => {
    const v = s(input.values[0]);
    if (v === null) return { value: null };
    const e = ensure(input.state.ctx, "res.partner.industry", "industry", v, { full_name: v });
    return { value: e.xmlid, pre: [e] };
  },
  /** Tags (`;` or `,` list) → find/create records of `model`, value = comma list of xmlids. */
  tags: (input) => {
    const v = s(input.values[0]);
    if (v === null) return { value: null };
    const model = arg(input, "model", "res.partner.category");
    const object = arg(input, "object", "tag");
    const names = [...new Set(v.split(/[;,]/).map((x) => x.trim().replace(/\s+/g, " ")).filter((x) => x !== ""))];
    const pre = names.map((n) => ensure(input.state.ctx, model, object, n));
    const seen = new Set<string>();
    const ids = pre.map((p) => p.xmlid).filter((x) => (seen.has(x) ? false : (seen.add(x), true)));
    return { value: ids.join(","), pre };
  },
  /** Owner by Plexus user id. */
  owner_id: (input) => ownerCell(input.state.ctx.owners.byUserId(input.values[0]), arg(input, "field", "owner")),
  /** Owner by PlanPlus e-mail cell. */
  owner_email: (input) => ownerCell(input.state.ctx.owners.byEmailCell(input.values[0]), arg(input, "field", "owner")),
  /** Owner by PlanPlus display name. */
  owner_name: (input) => ownerCell(input.state.ctx.owners.byDisplayName(input.values[0]), arg(input, "field", "owner")),
  /** Source creation time → output createDate (§1.6): PlanPlus export zone, Plexus Instant. */
  create_date: (input) => {
    const v = s(input.values[0]);
    const d = input.draft;
    if (v === null || !d) return {};
    const ctx = input.state.ctx;
    const utc = ctx.source === "plexus" ? isoOffsetToUtc(v) : (parsePlanPlusDateTime(v, ctx.settings.exportTimeZone)?.utc ?? null);
    if (utc) d.createDate = utc;
    return {};
  },
  /** xmlid of another record of this source, built from a source id column (no existence check). */
  xmlid_of: (input) => {
    const v = s(input.values[0]);
    if (v === null) return { value: null };
    return { value: xmlid(input.state.ctx.source, arg(input, "object", "x"), v, arg<string | undefined>(input, "suffix", undefined)) };
  },
  /** Blank check helper for computed "first non-blank" columns. */
  first_present: (input) => {
    for (const v of input.values) if (!isBlank(v) && typeof v !== "object") return { value: String(v).trim() };
    return { value: null };
  },
};

export const TRANSFORMS: Record<string, RuleFn> = T;
