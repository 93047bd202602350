/**
 * Everything the engine reads besides the row itself: target profile (fields_get + modules),
 * run settings, owner resolution, and the lookup index of ids seen / loaded so far.
 * The run layer builds one `MapContext` per run (createMapContext) and keeps it for all objects.
 */
import type { RowOrigin, SourceSystem } from "../codes.ts";
import { OwnerResolver } from "./owners.ts";
import type { OdooUser, SourceUser } from "./owners.ts";
import type { CustomField, MappingDoc } from "./schema.ts";

/** The shape readers produce (bridge/src/sources). */
export interface SourceRecord {
  origin: RowOrigin;
  id: string;
  data: Record<string, unknown>;
  hash: string;
}

/** One field of `fields_get()` (attributes the mapping needs). */
export interface FieldInfo {
  type: string;
  string?: string;
  relation?: string;
  selection?: [string, string][] | unknown;
  required?: boolean;
  readonly?: boolean;
  store?: boolean;
}

/** mapping.md §1.1 target profile. */
export interface TargetProfile {
  odooMajor: number;
  /** Installed module technical names. */
  modules: string[];
  /** fields_get per model; a model absent here is treated as not installed. */
  fields: Record<string, Record<string, FieldInfo>>;
}

export interface MapSettings {
  /** ISO-2, phone/zip/country default (cli `--default-country`, default US). */
  defaultCountry: string;
  /** PlanPlus export user's zone (sources.md B.3). */
  exportTimeZone: string;
  /** Plexus tenant zone (bundle manifest `time_zone`). */
  tenantTimeZone: string;
  /** Tenant / company currency (ISO 4217). */
  companyCurrency: string;
  /** Login (or e-mail) of the fallback owner; must exist among the Odoo users. */
  fallbackOwnerLogin: string | null;
  /** Database id of the fiscal position chosen for tax-exempt customers, if any. */
  exemptFiscalPositionId?: number | null;
  /** Database id of the migrating company's own partner (FAQ fallback notes). */
  ownCompanyPartnerId?: number | null;
  /** Plexus tax code id → Odoo account.tax database id (the validated tax table, §3.10). */
  taxMap?: Record<string, number>;
  /** res.country.state rows (database id, code, name, country ISO-2) for `state()`; absent → state left empty. */
  states?: { id: number; code: string; name: string; country: string }[];
  /** Company-currency units per 1 unit of a foreign currency (Odoo rates at run time); absent → `currency_not_converted`. */
  rates?: Record<string, number>;
  /** Existing Odoo partners by normalized e-mail (lowest id), for event attendees (§4.7 step 3). */
  partnersByEmail?: Record<string, number>;
  /** Relative paths of project summary files present in the export (`project_summaries/PR-0001.html`); absent → assume present. */
  summaryFiles?: string[];
}

/** Loaded state of source ids per object, plus named indexes (name_key → ids, host → ids…). */
export class LookupIndex {
  /** ids present in the export (every row read, including rejected ones). */
  readonly known = new Map<string, Set<string>>();
  /** ids whose row was (or, in a plan, would be) loaded or merged. */
  readonly loaded = new Map<string, Set<string>>();
  /** xmlid of a merged row's target (e.g. customer contact folded into `_primary`). */
  readonly mergedInto = new Map<string, string>();
  /** Kept source rows of objects other objects need to read (customers, employees…). */
  readonly rows = new Map<string, Map<string, Record<string, unknown>>>();
  /** Named multi-value indexes: index name → key → ids (in insertion order). */
  readonly named = new Map<string, Map<string, string[]>>();
  /** Results of cross-record passes, by pass name. */
  readonly passes = new Map<string, Map<string, unknown>>();
  /** value_unmapped counts: map name → source value → rows. */
  readonly unmapped = new Map<string, Map<string, number>>();

  addKnown(object: string, id: string): void {
    let s = this.known.get(object);
    if (!s) this.known.set(object, (s = new Set()));
    s.add(id);
  }
  isKnown(object: string, id: string): boolean {
    return this.known.get(object)?.has(id) ?? false;
  }
  markLoaded(object: string, id: string): void {
    let s = this.loaded.get(object);
    if (!s) this.loaded.set(object, (s = new Set()));
    s.add(id);
  }
  /** The run layer calls this when Odoo refused a row the engine mapped. */
  markNotLoaded(object: string, id: string): void {
    this.loaded.get(object)?.delete(id);
  }
  isLoaded(object: string, id: string): boolean {
    return this.loaded.get(object)?.has(id) ?? false;
  }
  keepRow(object: string, id: string, data: Record<string, unknown>): void {
    let m = this.rows.get(object);
    if (!m) this.rows.set(object, (m = new Map()));
    if (!m.has(id)) m.set(id, data);
  }
  row(object: string, id: string): Record<string, unknown> | undefined {
    return this.rows.get(object)?.get(id);
  }
  add(index: string, key: string, id: string): void {
    let m = this.named.get(index);
    if (!m) this.named.set(index, (m = new Map()));
    const list = m.get(key);
    if (!list) m.set(key, [id]);
    else if (!list.includes(id)) list.push(id);
  }
  get(index: string, key: string): string[] {
    return this.named.get(index)?.get(key) ?? [];
  }
  setPass(pass: string, key: string, value: unknown): void {
    let m = this.passes.get(pass);
    if (!m) this.passes.set(pass, (m = new Map()));
    m.set(key, value);
  }
  getPass<T>(pass: string, key: string): T | undefined {
    return this.passes.get(pass)?.get(key) as T | undefined;
  }
  countUnmapped(map: string, value: string): void {
    let m = this.unmapped.get(map);
    if (!m) this.unmapped.set(map, (m = new Map()));
    m.set(value, (m.get(value) ?? 0) + 1);
  }
}

export interface MapContext {
  source: SourceSystem;
  profile: TargetProfile;
  settings: MapSettings;
  owners: OwnerResolver;
  index: LookupIndex;
  /** The mapping document in use (value maps, options, objects). */
  doc: MappingDoc;
  /** Custom fields the run will provision, key `model.field` (mapping rules + inference). */
  customFields: Map<string, CustomField>;
}

export interface CreateMapContextInput {
  source: SourceSystem;
  profile: TargetProfile;
  settings: MapSettings;
  /** Source users (Plexus `users`, PlanPlus `users.csv`) as raw records. */
  sourceUsers: Record<string, unknown>[];
  /** Odoo `res.users` read with active_test=False: id, login, email, active, partner_id. */
  odooUsers: OdooUser[];
  doc: MappingDoc;
}

export function createMapContext(input: CreateMapContextInput): MapContext {
  const users: SourceUser[] = input.sourceUsers.map((u) => OwnerResolver.sourceUserOf(input.source, u));
  return {
    source: input.source,
    profile: input.profile,
    settings: input.settings,
    owners: new OwnerResolver(input.source, users, input.odooUsers, input.settings.fallbackOwnerLogin),
    index: new LookupIndex(),
    doc: input.doc,
    customFields: new Map(
      input.doc.objects.flatMap((o) => (o.customFields ?? []).map((f) => [`${f.model}.${f.name}`, f] as const)),
    ),
  };
}

// ---------- profile helpers ----------

export function hasModel(profile: TargetProfile, model: string): boolean {
  return profile.fields[model] !== undefined;
}

export function moduleInstalled(profile: TargetProfile, module: string): boolean {
  return profile.modules.includes(module);
}

/** Field part of a load() column: `parent_id/id` → `parent_id`, `user_ids/.id` → `user_ids`. */
export function columnField(column: string): string {
  const i = column.indexOf("/");
  return i < 0 ? column : column.slice(0, i);
}

/** Custom fields (x_…) planned by the mapping count as present: provisioning creates them before data writes. */
export function fieldExists(profile: TargetProfile, model: string, column: string, planned?: ReadonlySet<string>): boolean {
  const f = columnField(column);
  if (profile.fields[model]?.[f] !== undefined) return true;
  return f.startsWith("x_") && (planned?.has(`${model}.${f}`) ?? false);
}

export function fieldInfo(profile: TargetProfile, model: string, column: string): FieldInfo | undefined {
  return profile.fields[model]?.[columnField(column)];
}
