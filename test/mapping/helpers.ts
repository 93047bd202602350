import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import type { SourceSystem } from "../../bridge/src/core/codes.ts";
import { createMapContext } from "../../bridge/src/core/mapping/context.ts";
import type { MapContext, MapSettings, SourceRecord, TargetProfile } from "../../bridge/src/core/mapping/context.ts";
import type { OdooUser } from "../../bridge/src/core/mapping/owners.ts";
import type { MappingDoc } from "../../bridge/src/core/mapping/schema.ts";
import type { MappingSession } from "../../bridge/src/core/mapping/session.ts";
import { sourceHash, canonicalJson } from "../../bridge/src/core/hash.ts";
import { defaultMapping } from "../../bridge/src/mappings/index.ts";

const here = dirname(fileURLToPath(import.meta.url));

export function profile(major: 18 | 19, extraModules: string[] = [], extraFields: TargetProfile["fields"] = {}): TargetProfile {
  const p = JSON.parse(readFileSync(join(here, "fixtures", `profile${major}.json`), "utf8")) as TargetProfile;
  p.modules.push(...extraModules);
  for (const [m, f] of Object.entries(extraFields)) p.fields[m] = { ...(p.fields[m] ?? {}), ...f };
  return p;
}

export const SETTINGS: MapSettings = {
  defaultCountry: "US",
  exportTimeZone: "America/Chicago",
  tenantTimeZone: "America/Chicago",
  companyCurrency: "USD",
  fallbackOwnerLogin: "admin",
  states: [
    { id: 44, code: "TX", name: "Texas", country: "US" },
    { id: 13, code: "CA", name: "California", country: "US" },
    { id: 538, code: "ON", name: "Ontario", country: "CA" },
  ],
};

export const ODOO_USERS: OdooUser[] = [
  { id: 2, login: "admin", email: "admin@example.com", active: true, partnerId: 3 },
  { id: 7, login: "ann.lee@acme.example", email: "ann.lee@acme.example", active: true, partnerId: 30 },
  { id: 8, login: "bob@acme.example", email: "bob@acme.example", active: false, partnerId: 31 },
];

export const PP_USERS = [
  { "User ID": "U1001", "Full Name": "Ann Lee", "E-mail Address": "Ann.Lee@acme.example", Role: "User", Status: "Active", "Time Zone": null, "Mission Statement": "Serve well.", "Last Login": null },
  { "User ID": "U1002", "Full Name": "Bob Stone", "E-mail Address": "bob@acme.example", Role: "User", Status: "Inactive", "Time Zone": null, "Mission Statement": null, "Last Login": null },
  { "User ID": "U1003", "Full Name": "Chris Park", "E-mail Address": "chris@acme.example", Role: "User", Status: "Active", "Time Zone": null, "Mission Statement": null, "Last Login": null },
  { "User ID": "U1004", "Full Name": "Sam Kay", "E-mail Address": "sam1@acme.example", Role: "User", Status: "Active", "Time Zone": null, "Mission Statement": null, "Last Login": null },
  { "User ID": "U1005", "Full Name": "Sam  Kay", "E-mail Address": "sam2@acme.example", Role: "User", Status: "Active", "Time Zone": null, "Mission Statement": null, "Last Login": null },
];

/**
 * A context on the recorded Odoo 18 profile. The §1.8 review tag/note outputs are off unless
 * `reviewTagging` is set, so that per-object golden tests show the object's own cells; review.test.ts covers them.
 */
export function ctxFor(source: SourceSystem, opts: { major?: 18 | 19; modules?: string[]; extraFields?: TargetProfile["fields"]; doc?: MappingDoc; sourceUsers?: Record<string, unknown>[]; settings?: Partial<MapSettings>; reviewTagging?: boolean } = {}): MapContext {
  const doc = opts.doc ?? defaultMapping(source);
  if (!opts.doc) doc.options["reviewTagging"] = opts.reviewTagging ?? false;
  return createMapContext({
    source,
    profile: profile(opts.major ?? 18, opts.modules ?? [], opts.extraFields ?? {}),
    settings: { ...SETTINGS, ...(opts.settings ?? {}) },
    sourceUsers: opts.sourceUsers ?? (source === "planplus" ? PP_USERS : []),
    odooUsers: ODOO_USERS,
    doc,
  });
}

/** A PlanPlus row: every header present (null when not given), as the reader produces it. */
export function ppRow(object: string, headers: string, row: number, data: Record<string, string | null>, idField?: string): SourceRecord {
  const cols = headers.split(",").map((h) => h.replace(/^"|"$/g, ""));
  const full: Record<string, string | null> = {};
  for (const c of cols) full[c] = data[c] ?? null;
  const id = String(full[idField ?? cols[0]!] ?? "");
  return { origin: { source: "planplus", object, file: `${object}.csv`, row }, id, data: full, hash: sourceHash(cols.map((c) => full[c] ?? "")) };
}

export function pxRow(object: string, row: number, data: Record<string, unknown>): SourceRecord {
  return { origin: { source: "plexus", object, file: `${object}.jsonl`, row }, id: String(data["id"]), data, hash: sourceHash(JSON.parse(canonicalJson(data)) as Record<string, unknown>) };
}

export const PP_HEADERS: Record<string, string> = {
  users: "User ID,Full Name,E-mail Address,Role,Status,Time Zone,Mission Statement,Last Login",
  companies: `"Company ID","Company Name","Industry","Web Page","Main Phone","Fax","Street","City","State/Province","Postal Code","Country","Owner","Description","Created Date","Modified Date"`,
  contacts: `"Contact ID","Prefix","First Name","Middle Name","Last Name","Suffix","Company","Job Title","E-mail Address","E-mail 2 Address","Business Phone","Mobile Phone","Home Phone","Business Fax","Business Street","Business City","Business State","Business Postal Code","Business Country","Web Page","Birthday","Categories","Priority Quadrant","Owner","Notes","Created Date","Modified Date"`,
  contact_company_links: `"Link ID","Contact ID","Company ID","Company Name","Relationship","Is Primary","Created Date"`,
  deal_stages: `"Stage ID","Stage Name","Order","Probability (%)","Is Won","Is Lost","Folded"`,
  deals: `"Deal ID","Deal Name","Stage","Amount","Currency","Probability (%)","Close Date","Contact ID","Contact Name","Company","Owner E-mail","Lead Source","Description","Status","Created Date","Modified Date"`,
  events: `"Event ID","Subject","Start Date","Start Time","End Date","End Time","All Day Event","Time Zone","Location","Description","Attendees","Organizer E-mail","Recurrence Pattern","Show Time As","Private","Categories","Related Contact ID","Created Date","Modified Date"`,
  tasks: `"Task ID","Subject","Parent Task ID","Project ID","Project Name","Priority","Quadrant","Status","% Complete","Start Date","Due Date","Completed Date","Owner E-mail","Related Contact ID","Description","Created Date","Modified Date"`,
  projects: `"Project ID","Project Name","Description","Status","Start Date","Due Date","Project Manager","Company","Summary File","Created Date","Modified Date"`,
  milestones: `"Milestone ID","Project ID","Milestone Name","Due Date","Completed","Completed Date","Description"`,
  help_desk_tickets: `"Ticket ID","Ticket Number","Subject","Description","Status","Priority","Category","Contact E-mail","Contact Name","Assigned To","Created Date","Resolved Date","Modified Date"`,
  faq_articles: `"Article ID","Category","Sort Order","Question","Answer","Published","Related Company ID","Created Date","Modified Date"`,
  custom_fields: `"Object","Record ID","Field Label","Field Type","Value"`,
  sync_connections: "Connection ID,Provider,Scope,Account,User E-mail,Status,Last Sync,Time Zone",
};

export function pp(object: string, row: number, data: Record<string, string | null>): SourceRecord {
  const h = PP_HEADERS[object];
  if (!h) throw new Error(object);
  return ppRow(object, h, row, data);
}

/** Register + prepare + map every row of each object in order; returns results per object keyed by id (and row). */
export function runObjects(session: MappingSession, rows: Record<string, SourceRecord[]>): Record<string, ReturnType<MappingSession["map"]>[]> {
  const out: Record<string, ReturnType<MappingSession["map"]>[]> = {};
  for (const om of session.objects()) {
    const list = rows[om.object];
    if (!list) continue;
    for (const dep of session.readBefore(om.object)) for (const r of rows[dep] ?? []) session.register(dep, r);
    for (const r of list) session.register(om.object, r);
    session.prepare(om.object);
    out[om.object] = list.map((r) => session.map(om.object, r));
    session.finish(om.object);
  }
  return out;
}
