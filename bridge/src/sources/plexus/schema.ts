/**
 * zod schemas of the Plexus records (sources.md A.3/A.4), built from PLEXUS_FIELDS. Tolerant where
 * Part C says real data deviates and the row must survive: legacy Money/Quantity as strings, postal
 * codes as JSON numbers, phones mangled into numbers, unknown keys (kept), enum values outside the
 * documented set (flagged later, `enum_unknown`), dates/instants as any string (checked by the mapping).
 * collections (`custom_fields`, id/note lists) null or absent (read as empty).
 * Not tolerated: any other non-null field absent or null, or a value of the wrong JSON type.
 */
import { z } from "zod";
import type { RowIssue } from "../../core/codes.ts";
import { withoutStacks } from "../planplus/schema.ts";
import { PLEXUS_FIELDS } from "./fields.ts";
import type { PlexusField, PlexusFieldType } from "./fields.ts";
import type { PlexusObject } from "./objects.ts";

const str = z.string();
const num = z.union([z.number(), z.string()]);
const nstr = z.string().nullable().optional();
const addressSchema = z.looseObject({
  line1: nstr,
  line2: nstr,
  city: nstr,
  state: nstr,
  postal_code: z.union([z.string(), z.number()]).nullable().optional(),
  country: nstr,
});
const contactInfoSchema = z.looseObject({
  first_name: nstr,
  last_name: nstr,
  title: nstr,
  email: nstr,
  phone: z.union([z.string(), z.number()]).nullable().optional(),
  mobile: z.union([z.string(), z.number()]).nullable().optional(),
});
const geoSchema = z.looseObject({ lat: z.number().nullable().optional(), lng: z.number().nullable().optional(), accuracy_m: z.number().nullable().optional() });
const noteSchema = z.looseObject({ id: z.string().optional(), body: z.string().nullable().optional(), author_user_id: nstr, created_at: nstr, visibility: nstr });

function typeSchema(t: PlexusFieldType): z.ZodType {
  switch (t) {
    case "Id":
      return z.string().min(1);
    case "Instant":
    case "LocalDateTime":
    case "Date":
    case "Currency":
    case "Email":
    case "enum":
    case "string":
      return str;
    case "Phone":
      return z.union([z.string(), z.number()]);
    case "Money":
    case "Quantity":
    case "number":
    case "integer":
      return num;
    case "boolean":
      return z.boolean();
    case "Address":
      return addressSchema;
    case "ContactInfo":
      return contactInfoSchema;
    case "GeoPoint":
      return geoSchema;
    case "CustomFields":
      return z.record(z.string(), z.unknown());
    case "IdList":
    case "StringList":
      return z.array(z.string());
    case "NoteList":
      return z.array(noteSchema);
    case "ObjectList":
      return z.array(z.looseObject({}));
    case "object":
      return z.looseObject({});
  }
}

/** Fields a full record may lack (bundle quotes have no `lines`, A.6). */
const MAY_BE_ABSENT = new Set(["quotes.lines"]);
/** Collections read as empty when null (`{}` / `[]` in valid data; a null loses nothing). */
const COLLECTIONS = new Set<PlexusFieldType>(["CustomFields", "IdList", "NoteList", "ObjectList", "StringList"]);

/** The zod schema of one object's full records (unknown keys are allowed and kept by the reader). */
export function plexusRecordSchema(object: PlexusObject): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, type, nullable] of PLEXUS_FIELDS[object]) {
    let s = typeSchema(type);
    if (nullable || COLLECTIONS.has(type)) s = s.nullable().optional();
    else if (MAY_BE_ABSENT.has(`${object}.${name}`)) s = s.optional();
    shape[name] = s;
  }
  return z.object(shape);
}

/** A.1.2 tombstone: only four keys are guaranteed. */
export const tombstoneSchema = z.object({ id: z.string().min(1), deleted: z.literal(true), deleted_at: z.string().nullable().optional(), updated_at: z.string().nullable().optional() });

const cache = new Map<string, { schema: z.ZodObject; fields: Map<string, PlexusField> }>();
function entry(object: PlexusObject): { schema: z.ZodObject; fields: Map<string, PlexusField> } {
  let e = cache.get(object);
  if (!e) {
    e = { schema: plexusRecordSchema(object), fields: new Map(PLEXUS_FIELDS[object].map((f) => [f[0], f])) };
    cache.set(object, e);
  }
  return e;
}

export function isPlexusObject(object: string): object is PlexusObject {
  return Object.prototype.hasOwnProperty.call(PLEXUS_FIELDS, object);
}

const RAW_MAX = 200;
function rawOf(v: unknown): string {
  if (v === undefined) return "";
  const s = typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
  return s.length > RAW_MAX ? s.slice(0, RAW_MAX) : s;
}

function getPath(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/**
 * Validates one parsed record. Null when valid; else the reject issue of the first problem:
 * a non-null field absent/null → `missing_required`; a non-null field of the wrong type →
 * `invalid_required_value`; a nullable field (or a nested value) of the wrong type → `malformed_row`
 * (the record does not have the shape of the format).
 */
export function validatePlexusRecord(object: string, data: Record<string, unknown>): RowIssue | null {
  if (!isPlexusObject(object)) return null;
  const tomb = data["deleted"] === true;
  const { schema, fields } = entry(object);
  const r = withoutStacks(() => (tomb ? tombstoneSchema.safeParse(data) : schema.safeParse(data)));
  if (r.success) return null;
  const issue = r.error.issues[0];
  if (!issue) return null;
  const path = issue.path;
  const field = path.map(String).join(".");
  const top = fields.get(String(path[0] ?? ""));
  const value = getPath(data, path);
  const required = tomb ? path.length === 1 : top !== undefined && !top[2] && path.length === 1;
  if (required && (value === undefined || value === null || value === "")) {
    return { code: "missing_required", field, message: `required field "${field}" is ${value === undefined ? "absent" : value === null ? "null" : "empty"}` };
  }
  const message = `field "${field}": ${issue.message}`;
  if (required) return { code: "invalid_required_value", field, raw: rawOf(value), message };
  return { code: "malformed_row", field, raw: rawOf(value), message };
}
