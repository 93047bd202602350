/**
 * Which source object a file holds (sources.md A.6 and B.1/B.4): by its fixed file name first
 * (case-insensitive), else by the id column of its header (the first column of every PlanPlus file
 * is distinctive), else by a Plexus `<object>.jsonl` name. Unknown files are reported, not guessed.
 */
export type SourceSystem = "plexus" | "planplus";

export const PLANPLUS_FILES: Record<string, string> = {
  "users.csv": "users",
  "companies.csv": "companies",
  "contacts.csv": "contacts",
  "contact_company_links.csv": "contact_company_links",
  "deal_stages.csv": "deal_stages",
  "deals.csv": "deals",
  "events.csv": "events",
  "tasks.csv": "tasks",
  "projects.csv": "projects",
  "milestones.csv": "milestones",
  "help_desk_tickets.csv": "help_desk_tickets",
  "faq_articles.csv": "faq_articles",
  "custom_fields.csv": "custom_fields",
  "sync_connections.csv": "sync_connections",
  "deleted_items.csv": "deleted_items",
};

/** First header cell → object, for renamed PlanPlus files. */
const PLANPLUS_ID_COLUMNS: Record<string, string> = {
  "user id": "users",
  "company id": "companies",
  "contact id": "contacts",
  "link id": "contact_company_links",
  "stage id": "deal_stages",
  "deal id": "deals",
  "event id": "events",
  "task id": "tasks",
  "project id": "projects",
  "milestone id": "milestones",
  "ticket id": "help_desk_tickets",
  "article id": "faq_articles",
  "connection id": "sync_connections",
};

export const PLEXUS_OBJECTS = [
  "users",
  "employees",
  "customers",
  "customer_contacts",
  "work_order_groups",
  "work_orders",
  "job_lines",
  "schedules",
  "time_entries",
  "quotes",
  "quote_lines",
  "tax_codes",
  "expenses",
  "expense_categories",
  "custom_field_definitions",
  "attachments",
  "workflow_rules",
] as const;

export interface Detection {
  source: SourceSystem | null;
  object: string | null;
  /** How it was recognised, for the UI. */
  by: "file name" | "header" | "none";
}

export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

export function detectObject(path: string, header: readonly string[] | null): Detection {
  const name = baseName(path).toLowerCase();
  const pp = PLANPLUS_FILES[name];
  if (pp) return { source: "planplus", object: pp, by: "file name" };
  if (name.endsWith(".jsonl")) {
    const obj = name.slice(0, -".jsonl".length);
    if ((PLEXUS_OBJECTS as readonly string[]).includes(obj)) return { source: "plexus", object: obj, by: "file name" };
  }
  if (header && header.length > 0) {
    const first = (header[0] ?? "").replace(/^\uFEFF/, "").trim().toLowerCase();
    if (first === "object" && header.some((h) => h.trim().toLowerCase() === "field label")) {
      return { source: "planplus", object: "custom_fields", by: "header" };
    }
    if (first === "object" && header.some((h) => h.trim().toLowerCase() === "deleted date")) {
      return { source: "planplus", object: "deleted_items", by: "header" };
    }
    const obj = PLANPLUS_ID_COLUMNS[first];
    if (obj) return { source: "planplus", object: obj, by: "header" };
  }
  return { source: null, object: null, by: "none" };
}
