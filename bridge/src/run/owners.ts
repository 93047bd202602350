/**
 * `ferry owners` (mapping.md §1.5, §2): every distinct owner / employee the source names, matched to
 * `res.users` through the mapping engine's OwnerResolver (normalized e-mail, archived users included),
 * with row counts per object, plus the manual override table (source key → Odoo login) that is kept
 * in owners.json and read back on the next call.
 */
import { readFile } from "node:fs/promises";
import { FerryError } from "../core/errors.ts";
import { csvLine, UTF8_BOM } from "../core/csv-out.ts";
import { OwnerResolver, type OdooUser, type OwnerResult, type SourceUser } from "../core/mapping/owners.ts";
import type { MappingDoc } from "../core/mapping/schema.ts";
import { normalizeEmail } from "../core/normalize/email.ts";
import { nameKey } from "../core/normalize/names.ts";
import type { SourceSystem } from "../core/codes.ts";
import type { OdooClient } from "../odoo/client.ts";
import type { SourceExport } from "../sources/types.ts";

export type OwnerKind = "user_id" | "email" | "name" | "employee";
export type OwnerStatus = "matched" | "inactive" | "unmatched" | "ambiguous" | "override";

/** One source column that names an owner, derived from the mapping document. */
export interface OwnerColumn {
  object: string;
  column: string;
  kind: OwnerKind;
}

export interface OwnerEntry {
  /** Stable key of the override table: `user_id:usr_1`, `email:a@b.c`, `name:dana whitfield`, `employee:emp_1`. */
  key: string;
  kind: OwnerKind;
  /** What the source wrote (first spelling seen). */
  source_ref: string;
  source_name: string | null;
  source_email: string | null;
  status: OwnerStatus;
  /** Status before an override was applied. */
  resolved_status: Exclude<OwnerStatus, "override">;
  odoo_user_id: number | null;
  odoo_login: string | null;
  odoo_active: boolean | null;
  override: string | null;
  /** The e-mail the engine looks up for this owner (an override aliases it to the chosen user). */
  alias_email: string | null;
  rows: Record<string, number>;
  total_rows: number;
  columns: string[];
  note?: string;
}

export interface OwnersReport {
  source: SourceSystem;
  generated_at: string;
  fallback_owner: { login: string; odoo_user_id: number | null } | null;
  summary: Record<OwnerStatus, number> & { rows_unmatched: number; rows_ambiguous: number; rows_inactive: number };
  /** Owners with no Odoo user after overrides (unmatched + ambiguous). */
  unresolved: number;
  /** True when every owner is resolved, or a valid fallback owner is set. */
  ok: boolean;
  columns: OwnerColumn[];
  owners: OwnerEntry[];
  /** Manual override table: edit the login (null = no override) and call `ferry owners` again. */
  overrides: Record<string, string | null>;
  warnings: string[];
}

const OWNER_TRANSFORMS: Record<string, OwnerKind> = { owner_id: "user_id", owner_email: "email", owner_name: "name" };
/** Computed rules that resolve a Plexus user id (quotes' owner with the fallback rule). */
const OWNER_COMPUTES: Record<string, OwnerKind> = { px_sale_owner: "user_id" };

/** Owner columns named by the mapping: owner transforms, owner computes, and Plexus employee references. */
export function ownerColumns(doc: MappingDoc): OwnerColumn[] {
  const seen = new Set<string>();
  const out: OwnerColumn[] = [];
  const add = (object: string, column: string, kind: OwnerKind): void => {
    const k = `${object}\u0000${column}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ object, column, kind });
  };
  for (const om of doc.objects) {
    for (const r of om.fields) {
      const from = "from" in r && r.from !== undefined ? (Array.isArray(r.from) ? r.from : [r.from]) : [];
      if (r.kind === "transform" && OWNER_TRANSFORMS[r.transform] && from[0]) add(om.object, from[0], OWNER_TRANSFORMS[r.transform]!);
      else if (r.kind === "computed" && OWNER_COMPUTES[r.compute] && from[0]) add(om.object, from[0], OWNER_COMPUTES[r.compute]!);
      else if (doc.source === "plexus" && om.object !== "employees" && om.object !== "users") {
        for (const c of from) if (/(^|_)employee_ids?$/.test(c)) add(om.object, c, "employee");
      }
    }
  }
  return out;
}

function str(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === "" ? null : s;
}

function cellValues(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(str).filter((x): x is string => x !== null);
  const s = str(v);
  return s === null ? [] : [s];
}

export function ownerKey(kind: OwnerKind, ref: string): string {
  if (kind === "email") return `email:${normalizeEmail(ref).email ?? ref.trim().toLowerCase()}`;
  if (kind === "name") return `name:${nameKey(ref)}`;
  return `${kind}:${ref}`;
}

/** All res.users rows, archived included (the resolver's input). */
export async function readOdooUsers(client: OdooClient): Promise<OdooUser[]> {
  const users = await client.searchRead<{ id: number; login: string; email: string | false; active: boolean; name: string; partner_id: [number, string] | false }>(
    "res.users",
    [],
    { fields: ["login", "email", "active", "name", "partner_id"], context: { active_test: false } },
  );
  return users.map((u) => ({
    id: u.id,
    login: u.login,
    email: u.email || null,
    active: u.active,
    name: u.name,
    ...(Array.isArray(u.partner_id) ? { partnerId: u.partner_id[0] } : {}),
  }));
}

interface PlexusEmployee {
  id: string;
  userId: string | null;
  email: string | null;
  name: string;
}

/** Reads the override table of a previous owners.json (missing file → empty table). */
export async function readOverrides(file: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return {};
  }
  let parsed: { overrides?: Record<string, unknown> };
  try {
    parsed = JSON.parse(text) as { overrides?: Record<string, unknown> };
  } catch (e) {
    throw new FerryError("usage", `cannot read the owner override table ${file}: ${(e as Error).message}`, { file });
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed.overrides ?? {})) {
    const login = str(v);
    if (login) out[k] = login;
  }
  return out;
}

export interface ResolveOwnersInput {
  client: OdooClient;
  exp: SourceExport;
  doc: MappingDoc;
  fallbackOwner?: string | undefined;
  overrides?: Record<string, string>;
  /** Odoo users, when already read. */
  odooUsers?: OdooUser[];
  /** Called with the object being read (progress line on a terminal). */
  progress?: (step: string) => void;
}

/** Streams the source once per owner-bearing object and resolves every distinct owner. */
export async function resolveOwners(input: ResolveOwnersInput): Promise<OwnersReport> {
  const { exp, doc } = input;
  const source = exp.source;
  const warnings: string[] = [];
  const odooUsers = input.odooUsers ?? (await readOdooUsers(input.client));
  const byId = new Map(odooUsers.map((u) => [u.id, u]));
  const byLogin = new Map<string, OdooUser>();
  for (const u of [...odooUsers].sort((a, b) => a.id - b.id)) {
    const k = u.login.trim().toLowerCase();
    if (!byLogin.has(k)) byLogin.set(k, u);
  }

  // source users (small: one row per account) and, for Plexus, employees (needed for the user link)
  const sourceUsers: SourceUser[] = [];
  const usersReader = exp.objects.get("users");
  if (usersReader) for await (const it of usersReader.read()) if (it.kind === "record") sourceUsers.push(OwnerResolver.sourceUserOf(source, it.record.data));
  else warnings.push("the export has no users file: owners named by display name or user id cannot be matched");
  const resolver = new OwnerResolver(source, sourceUsers, odooUsers, null);
  const employees = new Map<string, PlexusEmployee>();
  const columns = ownerColumns(doc);
  if (columns.some((c) => c.kind === "employee")) {
    const r = exp.objects.get("employees");
    if (r) {
      for await (const it of r.read()) {
        if (it.kind !== "record") continue;
        const d = it.record.data;
        const name = str(d["display_name"]) ?? [str(d["first_name"]), str(d["last_name"])].filter(Boolean).join(" ");
        employees.set(it.record.id, { id: it.record.id, userId: str(d["user_id"]), email: normalizeEmail(str(d["email"])).email, name });
      }
    }
  }

  const entries = new Map<string, OwnerEntry>();
  const resolveOne = (kind: OwnerKind, ref: string, key: string): OwnerEntry => {
    let res: OwnerResult;
    let sourceName: string | null = null;
    let sourceEmail: string | null = null;
    let alias: string | null = null;
    let note: string | undefined;
    if (kind === "user_id") {
      res = resolver.byUserId(ref);
      const u = resolver.sourceUserById(ref);
      sourceName = u?.name ?? null;
      sourceEmail = u?.email ?? null;
      alias = sourceEmail;
      if (!u) note = "user id not in the export's users";
    } else if (kind === "email") {
      res = resolver.byEmailCell(ref);
      sourceEmail = normalizeEmail(ref).email;
      sourceName = res.sourceUser?.name ?? null;
      alias = sourceEmail;
      if (!sourceEmail) note = "not a valid e-mail address";
    } else if (kind === "name") {
      res = resolver.byDisplayName(ref);
      sourceName = ref;
      sourceEmail = res.sourceUser?.email ?? null;
      alias = sourceEmail;
      if (res.flags.includes("owner_ambiguous")) note = "several users share this display name";
      else if (res.flags.includes("owner_unmatched") && !res.sourceUser) note = "no user with this name in users.csv";
    } else {
      const emp = employees.get(ref);
      if (!emp) {
        res = { userId: null, flags: ["owner_unmatched"], sourceRef: ref };
        note = "employee id not in the export's employees";
      } else {
        sourceName = emp.name;
        // mapping.md §3.2: the Plexus user's e-mail first, else the employee's own e-mail
        res = emp.userId ? resolver.byUserId(emp.userId) : { userId: null, flags: ["owner_unmatched"], sourceRef: ref };
        sourceEmail = res.sourceUser?.email ?? emp.email;
        if (res.userId === null && emp.email) {
          const m = resolver.odooUser(emp.email);
          if (m) res = { userId: m.id, flags: m.active ? [] : ["owner_inactive"], sourceRef: ref };
        }
        alias = emp.userId ? (resolver.sourceUserById(emp.userId)?.email ?? emp.email) : emp.email;
      }
    }
    const resolved: OwnerEntry["resolved_status"] = res.flags.includes("owner_ambiguous")
      ? "ambiguous"
      : res.flags.includes("owner_unmatched")
        ? "unmatched"
        : res.flags.includes("owner_inactive")
          ? "inactive"
          : "matched";
    const odoo = res.userId !== null ? byId.get(res.userId) : undefined;
    return {
      key,
      kind,
      source_ref: ref,
      source_name: sourceName,
      source_email: sourceEmail,
      status: resolved,
      resolved_status: resolved,
      odoo_user_id: odoo?.id ?? null,
      odoo_login: odoo?.login ?? null,
      odoo_active: odoo ? odoo.active : null,
      override: null,
      alias_email: alias,
      rows: {},
      total_rows: 0,
      columns: [],
      ...(note ? { note } : {}),
    };
  };

  const byObject = new Map<string, OwnerColumn[]>();
  for (const c of columns) byObject.set(c.object, [...(byObject.get(c.object) ?? []), c]);
  for (const [object, cols] of byObject) {
    const reader = exp.objects.get(object);
    if (!reader) continue;
    input.progress?.(`reading ${object}`);
    for await (const it of reader.read()) {
      if (it.kind !== "record") continue;
      const seenInRow = new Set<string>();
      for (const c of cols) {
        for (const ref of cellValues(it.record.data[c.column])) {
          const key = ownerKey(c.kind, ref);
          let e = entries.get(key);
          if (!e) {
            e = resolveOne(c.kind, ref, key);
            entries.set(key, e);
          }
          const col = `${object}.${c.column}`;
          if (!e.columns.includes(col)) e.columns.push(col);
          if (seenInRow.has(key)) continue;
          seenInRow.add(key);
          e.rows[object] = (e.rows[object] ?? 0) + 1;
          e.total_rows += 1;
        }
      }
    }
  }

  // overrides: source key → Odoo login (or e-mail)
  const overrides = input.overrides ?? {};
  for (const [key, login] of Object.entries(overrides)) {
    const e = entries.get(key);
    if (!e) {
      warnings.push(`override for ${key}: no such owner in this export (kept)`);
      continue;
    }
    const u = byLogin.get(login.trim().toLowerCase()) ?? resolver.odooUser(login);
    if (!u) {
      warnings.push(`override for ${key}: Odoo user "${login}" not found`);
      continue;
    }
    e.override = u.login;
    e.status = "override";
    e.odoo_user_id = u.id;
    e.odoo_login = u.login;
    e.odoo_active = u.active;
    if (!e.alias_email) warnings.push(`override for ${key}: the source gives no e-mail for this owner, so the mapping engine cannot apply it yet (fallback owner used)`);
  }

  let fallback: OwnersReport["fallback_owner"] = null;
  if (input.fallbackOwner) {
    const u = byLogin.get(input.fallbackOwner.trim().toLowerCase()) ?? resolver.odooUser(input.fallbackOwner);
    fallback = { login: input.fallbackOwner, odoo_user_id: u?.id ?? null };
    if (!u) warnings.push(`fallback owner "${input.fallbackOwner}" is not an Odoo user`);
  }

  const owners = [...entries.values()].sort((a, b) => statusOrder(a.status) - statusOrder(b.status) || b.total_rows - a.total_rows || a.key.localeCompare(b.key));
  const summary: OwnersReport["summary"] = { matched: 0, inactive: 0, unmatched: 0, ambiguous: 0, override: 0, rows_unmatched: 0, rows_ambiguous: 0, rows_inactive: 0 };
  for (const o of owners) {
    summary[o.status] += 1;
    if (o.status === "unmatched") summary.rows_unmatched += o.total_rows;
    if (o.status === "ambiguous") summary.rows_ambiguous += o.total_rows;
    if (o.status === "inactive") summary.rows_inactive += o.total_rows;
  }
  const unresolved = summary.unmatched + summary.ambiguous;
  const table: Record<string, string | null> = {};
  for (const o of owners) if (o.resolved_status === "unmatched" || o.resolved_status === "ambiguous" || o.override) table[o.key] = o.override;
  for (const [k, v] of Object.entries(overrides)) if (!(k in table)) table[k] = v;
  return {
    source,
    generated_at: new Date().toISOString(),
    fallback_owner: fallback,
    summary,
    unresolved,
    ok: unresolved === 0 || (fallback !== null && fallback.odoo_user_id !== null),
    columns,
    owners,
    overrides: table,
    warnings,
  };
}

function statusOrder(s: OwnerStatus): number {
  return ["unmatched", "ambiguous", "inactive", "override", "matched"].indexOf(s);
}

export const OWNERS_CSV_HEADER = ["Key", "Kind", "Source Ref", "Source Name", "Source E-mail", "Status", "Odoo User ID", "Odoo Login", "Odoo Active", "Override", "Rows", "Rows by Object", "Note"] as const;

/** owners.csv: one line per distinct owner (formula-safe). */
export function ownersCsv(r: OwnersReport): string {
  let out = UTF8_BOM + csvLine([...OWNERS_CSV_HEADER]);
  for (const o of r.owners) {
    out += csvLine([
      o.key,
      o.kind,
      o.source_ref,
      o.source_name,
      o.source_email,
      o.status,
      o.odoo_user_id,
      o.odoo_login,
      o.odoo_active === null ? "" : String(o.odoo_active),
      o.override,
      o.total_rows,
      Object.entries(o.rows).map(([k, v]) => `${k}:${v}`).join("; "),
      o.note ?? "",
    ]);
  }
  return out;
}

/**
 * Odoo users plus aliases for the overrides, for the mapping engine: an overridden owner's e-mail
 * (the address the resolver looks up) becomes an extra login of the chosen user, so
 * `new OwnerResolver(source, users, applyOwnerOverrides(odooUsers, report), fallback)` resolves it
 * to that user without changing the resolver.
 */
export function applyOwnerOverrides(odooUsers: readonly OdooUser[], report: Pick<OwnersReport, "owners">): OdooUser[] {
  const out = [...odooUsers];
  const byId = new Map(odooUsers.map((u) => [u.id, u]));
  for (const o of report.owners) {
    if (!o.override || !o.alias_email || o.odoo_user_id === null) continue;
    const u = byId.get(o.odoo_user_id);
    if (!u) continue;
    out.push({ ...u, login: o.alias_email, email: o.alias_email });
  }
  return out;
}

export interface CheckOwnersInput extends ResolveOwnersInput {
  /** owners.json whose override table applies (e.g. the one `ferry owners` wrote). */
  ownersFile?: string;
}

/**
 * The run's owner gate (cli.md exit 5): resolves the owners and throws FerryError
 * `owners_unresolved` when some stay unmatched/ambiguous and no valid fallback owner is set.
 * Returns the report otherwise (its overrides can feed applyOwnerOverrides).
 */
export async function checkOwnersResolved(input: CheckOwnersInput): Promise<OwnersReport> {
  const overrides = { ...(input.ownersFile ? await readOverrides(input.ownersFile) : {}), ...(input.overrides ?? {}) };
  const report = await resolveOwners({ ...input, overrides });
  if (report.fallback_owner && report.fallback_owner.odoo_user_id === null) {
    throw new FerryError("owners_unresolved", `fallback owner "${report.fallback_owner.login}" is not an Odoo user (login or e-mail)`);
  }
  if (!report.ok) {
    const sample = report.owners
      .filter((o) => o.status === "unmatched" || o.status === "ambiguous")
      .slice(0, 5)
      .map((o) => `${o.source_ref} (${o.status}, ${o.total_rows} rows)`);
    throw new FerryError(
      "owners_unresolved",
      `${report.unresolved} source owner(s) have no Odoo user (${report.summary.rows_unmatched + report.summary.rows_ambiguous} rows): ${sample.join(", ")}${report.unresolved > 5 ? ", …" : ""} — set --fallback-owner, create the users, or fill the override table in owners.json (ferry owners)`,
    );
  }
  return report;
}
