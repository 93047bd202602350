/** PlanPlus CSV files of sources.md B.4: exact header texts, required columns, id columns; zod row schemas. */
import { z } from "zod";
import type { RowIssue } from "../../core/codes.ts";

export interface PlanPlusFileSpec {
  object: string;
  file: string;
  /** exact header texts, in spec order */
  columns: readonly string[];
  /** columns marked `req = yes` (file-level required: a missing one makes the file unreadable) */
  required: readonly string[];
  /** column(s) forming the row id (several are joined with `|`) */
  idColumns: readonly string[];
  editions: readonly ("business" | "planner" | "delta")[];
  /** Planner Edition lacks these columns */
  plannerMissing?: readonly string[];
  /** the record's modification time column, for `superseded` ordering */
  modifiedColumn?: string;
}

const VERBATIM = new Set(["Description", "Notes", "Answer"]);
/** Cells kept verbatim (not trimmed), B.2 cell trimming. */
export function isVerbatim(column: string): boolean {
  return VERBATIM.has(column);
}

export const PLANPLUS_FILES: readonly PlanPlusFileSpec[] = [
  {
    object: "users",
    file: "users.csv",
    columns: ["User ID", "Full Name", "E-mail Address", "Role", "Status", "Time Zone", "Mission Statement", "Last Login"],
    required: ["User ID", "Full Name", "E-mail Address", "Status"],
    idColumns: ["User ID"],
    editions: ["business"],
  },
  {
    object: "companies",
    file: "companies.csv",
    columns: ["Company ID", "Company Name", "Industry", "Web Page", "Main Phone", "Fax", "Street", "City", "State/Province", "Postal Code", "Country", "Owner", "Description", "Created Date", "Modified Date"],
    required: ["Company ID", "Company Name", "Created Date", "Modified Date"],
    idColumns: ["Company ID"],
    editions: ["business", "delta"],
    modifiedColumn: "Modified Date",
  },
  {
    object: "contacts",
    file: "contacts.csv",
    columns: ["Contact ID", "Prefix", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Job Title", "E-mail Address", "E-mail 2 Address", "Business Phone", "Mobile Phone", "Home Phone", "Business Fax", "Business Street", "Business City", "Business State", "Business Postal Code", "Business Country", "Web Page", "Birthday", "Categories", "Priority Quadrant", "Owner", "Notes", "Created Date", "Modified Date"],
    required: ["Contact ID", "Created Date", "Modified Date"],
    idColumns: ["Contact ID"],
    editions: ["business", "delta"],
    modifiedColumn: "Modified Date",
  },
  {
    object: "contact_company_links",
    file: "contact_company_links.csv",
    columns: ["Link ID", "Contact ID", "Company ID", "Company Name", "Relationship", "Is Primary", "Created Date"],
    required: ["Link ID", "Contact ID", "Created Date"],
    idColumns: ["Link ID"],
    editions: ["business", "delta"],
    modifiedColumn: "Created Date",
  },
  {
    object: "deal_stages",
    file: "deal_stages.csv",
    columns: ["Stage ID", "Stage Name", "Order", "Probability (%)", "Is Won", "Is Lost", "Folded"],
    required: ["Stage ID", "Stage Name", "Order", "Probability (%)", "Is Won", "Is Lost"],
    idColumns: ["Stage ID"],
    editions: ["business"],
  },
  {
    object: "deals",
    file: "deals.csv",
    columns: ["Deal ID", "Deal Name", "Stage", "Amount", "Currency", "Probability (%)", "Close Date", "Contact ID", "Contact Name", "Company", "Owner E-mail", "Lead Source", "Description", "Status", "Created Date", "Modified Date"],
    required: ["Deal ID", "Deal Name", "Stage", "Status", "Created Date", "Modified Date"],
    idColumns: ["Deal ID"],
    editions: ["business", "delta"],
    modifiedColumn: "Modified Date",
  },
  {
    object: "events",
    file: "events.csv",
    columns: ["Event ID", "Subject", "Start Date", "Start Time", "End Date", "End Time", "All Day Event", "Time Zone", "Location", "Description", "Attendees", "Organizer E-mail", "Recurrence Pattern", "Show Time As", "Private", "Categories", "Related Contact ID", "Created Date", "Modified Date"],
    required: ["Event ID", "Start Date", "End Date", "All Day Event", "Created Date", "Modified Date"],
    idColumns: ["Event ID"],
    editions: ["business", "planner", "delta"],
    plannerMissing: ["Attendees", "Related Contact ID"],
    modifiedColumn: "Modified Date",
  },
  {
    object: "tasks",
    file: "tasks.csv",
    columns: ["Task ID", "Subject", "Parent Task ID", "Project ID", "Project Name", "Priority", "Quadrant", "Status", "% Complete", "Start Date", "Due Date", "Completed Date", "Owner E-mail", "Related Contact ID", "Description", "Created Date", "Modified Date"],
    required: ["Task ID", "Subject", "Created Date", "Modified Date"],
    idColumns: ["Task ID"],
    editions: ["business", "planner", "delta"],
    plannerMissing: ["Project ID", "Project Name", "Related Contact ID"],
    modifiedColumn: "Modified Date",
  },
  {
    object: "projects",
    file: "projects.csv",
    columns: ["Project ID", "Project Name", "Description", "Status", "Start Date", "Due Date", "Project Manager", "Company", "Summary File", "Created Date", "Modified Date"],
    required: ["Project ID", "Project Name", "Status", "Created Date", "Modified Date"],
    idColumns: ["Project ID"],
    editions: ["business"],
    modifiedColumn: "Modified Date",
  },
  {
    object: "milestones",
    file: "milestones.csv",
    columns: ["Milestone ID", "Project ID", "Milestone Name", "Due Date", "Completed", "Completed Date", "Description"],
    required: ["Milestone ID", "Project ID", "Milestone Name"],
    idColumns: ["Milestone ID"],
    editions: ["business"],
  },
  {
    object: "help_desk_tickets",
    file: "help_desk_tickets.csv",
    columns: ["Ticket ID", "Ticket Number", "Subject", "Description", "Status", "Priority", "Category", "Contact E-mail", "Contact Name", "Assigned To", "Created Date", "Resolved Date", "Modified Date"],
    required: ["Ticket ID", "Ticket Number", "Status", "Created Date", "Modified Date"],
    idColumns: ["Ticket ID"],
    editions: ["business"],
    modifiedColumn: "Modified Date",
  },
  {
    object: "faq_articles",
    file: "faq_articles.csv",
    columns: ["Article ID", "Category", "Sort Order", "Question", "Answer", "Published", "Related Company ID", "Created Date", "Modified Date"],
    required: ["Article ID", "Question", "Answer", "Created Date", "Modified Date"],
    idColumns: ["Article ID"],
    editions: ["business"],
    modifiedColumn: "Modified Date",
  },
  {
    object: "custom_fields",
    file: "custom_fields.csv",
    columns: ["Object", "Record ID", "Field Label", "Field Type", "Value"],
    required: ["Object", "Record ID", "Field Label", "Field Type"],
    idColumns: ["Object", "Record ID", "Field Label"],
    editions: ["business"],
  },
  {
    object: "sync_connections",
    file: "sync_connections.csv",
    columns: ["Connection ID", "Provider", "Scope", "Account", "User E-mail", "Status", "Last Sync", "Time Zone"],
    required: ["Connection ID", "Provider", "Scope", "Account", "User E-mail", "Status"],
    idColumns: ["Connection ID"],
    editions: ["business"],
  },
  {
    object: "deleted_items",
    file: "deleted_items.csv",
    columns: ["Object", "Record ID", "Name", "Deleted Date", "Deleted By"],
    required: ["Object", "Record ID", "Deleted Date"],
    idColumns: ["Object", "Record ID"],
    editions: ["delta"],
    modifiedColumn: "Deleted Date",
  },
];

export const PLANPLUS_BY_OBJECT = new Map(PLANPLUS_FILES.map((f) => [f.object, f]));

/** Header matching key: strip BOM, trim, collapse inner spaces, case-fold. */
export function headerKey(s: string): string {
  return s.replace(/^\uFEFF/, "").replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * Row-level rules of the B.4 notes beyond the `required` columns (one-of columns, timed events).
 * Returns the missing field (name, or `A|B` for one-of rules), or null.
 */
export function rowRuleMissing(object: string, get: (col: string) => string | null): string | null {
  switch (object) {
    case "contacts":
      if (get("First Name") === null && get("Last Name") === null && get("E-mail Address") === null && get("Company") === null)
        return "First Name|Last Name|E-mail Address|Company";
      break;
    case "contact_company_links":
      if (get("Company ID") === null && get("Company Name") === null) return "Company ID|Company Name";
      break;
    case "help_desk_tickets":
      if (get("Subject") === null && get("Description") === null) return "Subject|Description";
      break;
    case "events": {
      const allDay = (get("All Day Event") ?? "").toLowerCase();
      if (["false", "no", "n", "0"].includes(allDay)) {
        if (get("Start Time") === null) return "Start Time";
        if (get("End Time") === null) return "End Time";
      }
      break;
    }
  }
  return null;
}

/**
 * Fast form of the row schema for the read loop: the first missing field, or null when the row is
 * valid. Must agree with `planPlusRowSchema` (test/sources/validation.test.ts checks it row by row).
 */
export function missingRequired(spec: PlanPlusFileSpec, get: (col: string) => string | null): string | null {
  for (const col of spec.required) if (get(col) === null) return col;
  return rowRuleMissing(spec.object, get);
}

/**
 * A PlanPlus row as the reader yields it: spec header text → trimmed text, or null when the cell is
 * empty (B.2); unknown columns under their header text. All values stay text: dates, numbers, enums
 * and e-mails are judged by the mapping (Part C treats most bad values as flags, not rejects).
 */
export type PlanPlusRow = Record<string, string | null>;

const schemaCache = new Map<string, z.ZodType<PlanPlusRow>>();

/**
 * zod schema of one file's rows, derived from the B.4 column table: `req = yes` columns are
 * non-empty text, the others text or null, plus the row rules of the notes (`rowRuleMissing`).
 */
export function planPlusRowSchema(spec: PlanPlusFileSpec): z.ZodType<PlanPlusRow> {
  const hit = schemaCache.get(spec.object);
  if (hit) return hit;
  const required = new Set(spec.required);
  const shape: Record<string, z.ZodType<string | null>> = {};
  for (const col of spec.columns) shape[col] = required.has(col) ? z.string().min(1) : z.string().nullable();
  const schema = z
    .object(shape)
    .catchall(z.string().nullable())
    .superRefine((row, ctx) => {
      const missing = rowRuleMissing(spec.object, (c) => row[c] ?? null);
      if (missing !== null) ctx.addIssue({ code: "custom", path: [missing], message: `one of "${missing.split("|").join('", "')}" is required` });
    }) as unknown as z.ZodType<PlanPlusRow>;
  schemaCache.set(spec.object, schema);
  return schema;
}

/**
 * Runs `fn` without stack capture: a failed safeParse builds a ZodError (an Error), and capturing its
 * stack costs more than the whole row (profiled: 4 % of a read with 2 % bad rows). Synchronous only.
 */
export function withoutStacks<T>(fn: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Validates one row with the zod schema: null when valid, else the reject issue of the first problem. */
export function validatePlanPlusRow(spec: PlanPlusFileSpec, row: PlanPlusRow): RowIssue | null {
  const r = withoutStacks(() => planPlusRowSchema(spec).safeParse(row));
  if (r.success) return null;
  const issue = r.error.issues[0];
  const field = String(issue?.path[0] ?? "");
  const value = row[field];
  if (value === null || value === undefined || value === "" || issue?.code === "custom") {
    return { code: "missing_required", field, message: field.includes("|") ? `one of "${field.split("|").join('", "')}" is required` : `required value "${field}" is empty` };
  }
  return { code: "invalid_required_value", field, raw: String(value).slice(0, 200), message: `"${field}": ${issue?.message ?? "invalid"}` };
}
