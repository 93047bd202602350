/**
 * Owner references seen while profiling (mapping.md §1.5): distinct values of the columns that name
 * a responsible user, with row counts, and the rows of the source user files (PlanPlus users.csv,
 * Plexus users.jsonl). Bounded: at most MAX_OWNER_KEYS distinct references per file.
 */
export const MAX_OWNER_KEYS = 5000;

/** Columns naming an owner: PlanPlus display names / e-mails, Plexus `*_user_id`. */
export const PLANPLUS_OWNER_NAME_COLUMNS = ["Owner", "Project Manager", "Assigned To"];
export const PLANPLUS_OWNER_EMAIL_COLUMNS = ["Owner E-mail", "Organizer E-mail"];

export function isOwnerColumn(column: string): "name" | "email" | "user_id" | null {
  if (PLANPLUS_OWNER_NAME_COLUMNS.includes(column)) return "name";
  if (PLANPLUS_OWNER_EMAIL_COLUMNS.includes(column)) return "email";
  if (/_user_id$/.test(column) || column === "user_id") return "user_id";
  return null;
}

export interface OwnerRefs {
  /** `<kind>:<value>` → rows referencing it. */
  refs: Record<string, number>;
  capped: boolean;
  /** Raw rows of the source user file (read with OwnerResolver.sourceUserOf). */
  users: Record<string, unknown>[];
}

export function emptyOwnerRefs(): OwnerRefs {
  return { refs: {}, capped: false, users: [] };
}

export class OwnerCollector {
  readonly out = emptyOwnerRefs();
  private count = 0;

  constructor(private readonly objectName: string | null) {}

  addCell(column: string, raw: unknown): void {
    const kind = isOwnerColumn(column);
    if (!kind || raw === null || raw === undefined) return;
    const value = String(raw).trim();
    if (value === "") return;
    const key = `${kind}:${value}`;
    if (this.out.refs[key] === undefined) {
      if (this.count >= MAX_OWNER_KEYS) {
        this.out.capped = true;
        return;
      }
      this.count += 1;
      this.out.refs[key] = 0;
    }
    this.out.refs[key] = (this.out.refs[key] ?? 0) + 1;
  }

  /** A row of a user file (PlanPlus users.csv or Plexus users.jsonl), kept raw. */
  addUserRow(row: Record<string, unknown>): void {
    if (this.objectName !== "users" || this.out.users.length >= MAX_OWNER_KEYS) return;
    this.out.users.push(row);
  }
}
