/**
 * Owner resolution (mapping.md §1.5): a pure function over source users and Odoo users.
 * Plexus owners are user ids; PlanPlus owners are e-mails or display names (`Full Name`).
 */
import type { FlagCode, SourceSystem } from "../codes.ts";
import { normalizeEmail } from "../normalize/email.ts";
import { nameKey } from "../normalize/names.ts";

export interface SourceUser {
  /** Plexus `id`; PlanPlus `User ID`. */
  id: string;
  email: string | null;
  /** Plexus display_name; PlanPlus Full Name. */
  name: string;
  active: boolean;
  timeZone: string | null;
  employeeId: string | null;
}

/** res.users read with active_test=False. */
export interface OdooUser {
  id: number;
  login: string;
  email: string | null;
  active: boolean;
  /** res.users.partner_id (database id). */
  partnerId?: number;
  name?: string;
}

export interface OwnerResult {
  /** Odoo res.users database id; null = leave empty. */
  userId: number | null;
  flags: FlagCode[];
  /** What the source named (for the report's distinct-owner lists). */
  sourceRef: string | null;
  /** The matched source user (time zone lookups etc.). */
  sourceUser?: SourceUser;
}

function str(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === "" ? null : s;
}

export class OwnerResolver {
  private readonly byId = new Map<string, SourceUser>();
  private readonly byNameKey = new Map<string, SourceUser[]>();
  private readonly byEmail = new Map<string, SourceUser>();
  private readonly odooByKey = new Map<string, OdooUser>();
  readonly fallback: OdooUser | null;
  /** Distinct unresolved / inactive / ambiguous owners with row counts (report §1.5). */
  readonly stats = { unmatched: new Map<string, number>(), inactive: new Map<string, number>(), ambiguous: new Map<string, number>() };

  constructor(
    readonly source: SourceSystem,
    users: SourceUser[],
    odooUsers: OdooUser[],
    fallbackLogin: string | null,
  ) {
    for (const u of users) {
      this.byId.set(u.id, u);
      const k = nameKey(u.name);
      if (k) this.byNameKey.set(k, [...(this.byNameKey.get(k) ?? []), u]);
      if (u.email && !this.byEmail.has(u.email)) this.byEmail.set(u.email, u);
    }
    // login first, then e-mail; lowest id wins on collisions (deterministic).
    const sorted = [...odooUsers].sort((a, b) => a.id - b.id);
    for (const u of sorted) {
      const k = u.login.trim().toLowerCase();
      if (k && !this.odooByKey.has(k)) this.odooByKey.set(k, u);
    }
    for (const u of sorted) {
      const k = (u.email ?? "").trim().toLowerCase();
      if (k && !this.odooByKey.has(k)) this.odooByKey.set(k, u);
    }
    this.fallback = fallbackLogin ? (this.odooByKey.get(fallbackLogin.trim().toLowerCase()) ?? null) : null;
  }

  static sourceUserOf(source: SourceSystem, raw: Record<string, unknown>): SourceUser {
    if (source === "plexus") {
      return {
        id: str(raw["id"]) ?? "",
        email: normalizeEmail(str(raw["email"])).email,
        name: str(raw["display_name"]) ?? [str(raw["first_name"]), str(raw["last_name"])].filter(Boolean).join(" "),
        active: raw["active"] !== false,
        timeZone: str(raw["time_zone"]),
        employeeId: str(raw["employee_id"]),
      };
    }
    return {
      id: str(raw["User ID"]) ?? "",
      email: normalizeEmail(str(raw["E-mail Address"])).email,
      name: str(raw["Full Name"]) ?? "",
      active: (str(raw["Status"]) ?? "Active").toLowerCase() !== "inactive",
      timeZone: str(raw["Time Zone"]),
      employeeId: null,
    };
  }

  sourceUserById(id: string): SourceUser | undefined {
    return this.byId.get(id);
  }
  sourceUserByEmail(email: string): SourceUser | undefined {
    return this.byEmail.get(email);
  }
  /** Odoo user by login or e-mail (case-insensitive, archived included). */
  odooUser(email: string): OdooUser | undefined {
    return this.odooByKey.get(email.trim().toLowerCase());
  }

  private bump(m: Map<string, number>, key: string): void {
    m.set(key, (m.get(key) ?? 0) + 1);
  }

  private viaEmail(email: string | null, ref: string, sourceUser?: SourceUser): OwnerResult {
    const e = email ? normalizeEmail(email).email : null;
    const match = e ? this.odooUser(e) : undefined;
    if (!match) return this.unmatched(ref, sourceUser);
    const flags: FlagCode[] = [];
    if ((sourceUser && !sourceUser.active) || !match.active) {
      flags.push("owner_inactive");
      this.bump(this.stats.inactive, ref);
    }
    return { userId: match.id, flags, sourceRef: ref, ...(sourceUser ? { sourceUser } : {}) };
  }

  private unmatched(ref: string, sourceUser?: SourceUser): OwnerResult {
    this.bump(this.stats.unmatched, ref);
    return { userId: this.fallback?.id ?? null, flags: ["owner_unmatched"], sourceRef: ref, ...(sourceUser ? { sourceUser } : {}) };
  }

  /** Plexus `*_user_id`. */
  byUserId(id: unknown): OwnerResult {
    const ref = str(id);
    if (ref === null) return { userId: null, flags: [], sourceRef: null };
    const u = this.byId.get(ref);
    if (!u) return this.unmatched(ref);
    return this.viaEmail(u.email, ref, u);
  }

  /** PlanPlus `Owner E-mail` / `Organizer E-mail`. */
  byEmailCell(cell: unknown): OwnerResult {
    const ref = str(cell);
    if (ref === null) return { userId: null, flags: [], sourceRef: null };
    const e = normalizeEmail(ref).email;
    return this.viaEmail(e, ref, e ? this.byEmail.get(e) : undefined);
  }

  /** PlanPlus display names (`Owner`, `Project Manager`, `Assigned To`). */
  byDisplayName(cell: unknown): OwnerResult {
    const ref = str(cell);
    if (ref === null) return { userId: null, flags: [], sourceRef: null };
    const rows = this.byNameKey.get(nameKey(ref)) ?? [];
    if (rows.length === 0) return this.unmatched(ref);
    if (rows.length > 1) {
      this.bump(this.stats.ambiguous, ref);
      return { userId: this.fallback?.id ?? null, flags: ["owner_ambiguous"], sourceRef: ref };
    }
    const u = rows[0]!;
    return this.viaEmail(u.email, ref, u);
  }
}
