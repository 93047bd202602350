/**
 * Mapping documents as data (mapping.md §1–§6). One `MappingDoc` per source system; one
 * `ObjectMapping` per source object. Everything here is plain JSON so that a document can be
 * exported, reviewed, edited in the wizard, hashed and approved (approval.ts).
 *
 * The engine (engine.ts) interprets these rules; named transforms/computes/predicates live in
 * registries (transforms.ts, computes-*.ts) and are referenced here by name only.
 */
import { z } from "zod";

/** A condition over the source record (dot paths into Plexus JSON, exact CSV header texts for PlanPlus). */
export type Condition =
  | { op: "blank" | "present" | "true" | "false"; field: string }
  | { op: "eq" | "ne"; field: string; value: string }
  | { op: "in"; field: string; values: string[] }
  | { op: "all" | "any"; of: Condition[] }
  | { op: "not"; of: Condition }
  | { op: "predicate"; name: string; args?: Record<string, unknown> };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ op: z.enum(["blank", "present", "true", "false"]), field: z.string() }).strict(),
    z.object({ op: z.enum(["eq", "ne"]), field: z.string(), value: z.string() }).strict(),
    z.object({ op: z.literal("in"), field: z.string(), values: z.array(z.string()) }).strict(),
    z.object({ op: z.enum(["all", "any"]), of: z.array(ConditionSchema) }).strict(),
    z.object({ op: z.literal("not"), of: ConditionSchema }).strict(),
    z.object({ op: z.literal("predicate"), name: z.string(), args: z.record(z.string(), z.unknown()).optional() }).strict(),
  ]),
);

/** What a missing reference does: leave empty, flag `orphan_reference`, or reject the row. */
export const OnMissingSchema = z.enum(["empty", "flag", "reject"]);

const RuleBase = {
  /** Output the rule writes to (see `ObjectMapping.targets`); default `main`. */
  target: z.string().optional(),
  /**
   * load() column, or alternatives: the first whose field exists in the target profile wins
   * (mapping.md §1.1: `planned_date_begin` else `x_plexus_scheduled_start`, `tax_id` else `tax_ids`).
   */
  to: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  /** When no alternative exists: write `<label>: value` as a line of the target's notes field. */
  fallbackNote: z.string().optional(),
  when: ConditionSchema.optional(),
  /** Only active when the object's chosen variant (module fallback) has this id. */
  variant: z.string().optional(),
  /** Short human explanation for the sign-off document. */
  note: z.string().optional(),
};

export const FieldRuleSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("copy"), from: z.string(), ...RuleBase }).strict(),
  z
    .object({
      kind: z.literal("transform"),
      from: z.union([z.string(), z.array(z.string())]),
      transform: z.string(),
      args: z.record(z.string(), z.unknown()).optional(),
      ...RuleBase,
    })
    .strict(),
  z
    .object({
      kind: z.literal("lookup_xmlid"),
      from: z.string(),
      /** xmlid object part, e.g. `company` → `planplus_company_<id>`. */
      object: z.string(),
      /** Source object whose ids are checked for existence/loaded state (default = `object`). */
      sourceObject: z.string().optional(),
      onMissing: OnMissingSchema,
      ...RuleBase,
    })
    .strict(),
  z
    .object({
      kind: z.literal("lookup_email"),
      from: z.string(),
      /** Index name in the lookup index (e.g. `contact_email`). */
      index: z.string(),
      object: z.string(),
      onMissing: OnMissingSchema,
      /** Flag raised when nothing matches (default orphan_reference). */
      missingFlag: z.string().optional(),
      ...RuleBase,
    })
    .strict(),
  z
    .object({
      kind: z.literal("value_map"),
      from: z.string(),
      map: z.string(),
      /** Column of the map row to write (default `value`). */
      column: z.string().optional(),
      ...RuleBase,
    })
    .strict(),
  z.object({ kind: z.literal("constant"), value: z.string(), ...RuleBase }).strict(),
  z
    .object({
      kind: z.literal("computed"),
      compute: z.string(),
      from: z.array(z.string()).optional(),
      args: z.record(z.string(), z.unknown()).optional(),
      ...RuleBase,
    })
    .strict(),
]);
export type FieldRule = z.infer<typeof FieldRuleSchema>;

/** One Odoo record an object produces per source row (fan-out: several targets). */
export const TargetSchema = z
  .object({
    name: z.string(),
    /** Odoo model, e.g. `res.partner`. */
    model: z.string(),
    /** xmlid: `<source>_<xmlidObject>_<id>` plus optional suffix (mapping.md §1.2). */
    xmlidObject: z.string(),
    xmlidSuffix: z.string().optional(),
    /** Target only produced when this holds. */
    when: ConditionSchema.optional(),
    /** Field collecting notes (`comment` on partners, `description` on tasks); `html` targets get <br>-joined lines. */
    notesField: z.string().optional(),
    notesHtml: z.boolean().optional(),
    variant: z.string().optional(),
  })
  .strict();
export type Target = z.infer<typeof TargetSchema>;

/** A module fallback (mapping.md §6): the first variant whose requirements hold is used. */
export const VariantSchema = z
  .object({
    id: z.string(),
    requires: z.object({ modules: z.array(z.string()).optional(), models: z.array(z.string()).optional() }).strict(),
    label: z.string(),
  })
  .strict();

export const RejectRuleSchema = z
  .object({
    code: z.enum(["missing_required", "invalid_required_value", "orphan_reference", "parent_not_loaded"]),
    when: ConditionSchema,
    field: z.string().optional(),
    message: z.string(),
  })
  .strict();

export const SkipRuleSchema = z
  .object({
    code: z.enum(["deleted", "cancelled", "lost_stage", "secondary_link", "superseded", "duplicate_row"]),
    when: ConditionSchema,
    message: z.string(),
  })
  .strict();

export const CustomFieldSchema = z
  .object({
    model: z.string(),
    name: z.string().regex(/^x_[a-z0-9_]{1,58}$/),
    ttype: z.enum(["char", "text", "html", "float", "integer", "date", "datetime", "boolean", "selection", "many2one"]),
    label: z.string(),
    relation: z.string().optional(),
    selection: z.array(z.tuple([z.string(), z.string()])).optional(),
    /** Filled by inference (PlanPlus custom_fields.csv, Plexus definitions) rather than fixed by the mapping. */
    inferred: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();
export type CustomField = z.infer<typeof CustomFieldSchema>;

export const ObjectMappingSchema = z
  .object({
    /** Source object name as in sources.md (`contacts`, `work_orders`). */
    object: z.string(),
    /** CSV file or JSONL/endpoint name. */
    file: z.string(),
    /** Source id field (`Contact ID`, `id`). */
    idField: z.string(),
    /** false: the id is not unique per row (custom_fields.csv), so no duplicate/superseded detection. */
    uniqueId: z.boolean().optional(),
    /** Load-order step of mapping.md §1.3. */
    order: z.number(),
    /** Source objects that must be processed before this one. */
    dependsOn: z.array(z.string()),
    /** `records`: creates Odoo records; `validate`: users; `document`: reference outputs only. */
    kind: z.enum(["records", "validate", "document"]),
    description: z.string(),
    variants: z.array(VariantSchema).optional(),
    targets: z.array(TargetSchema),
    skips: z.array(SkipRuleSchema).optional(),
    rejects: z.array(RejectRuleSchema).optional(),
    fields: z.array(FieldRuleSchema),
    /** Named whole-row step run after the field rules (merges, outcome decisions, extra outputs). */
    post: z.array(z.string()).optional(),
    /** Cross-record pass run over all rows of the object before mapping (crossrecord.ts). */
    prepass: z.array(z.string()).optional(),
    /** Source columns considered by the suggester's accuracy check: column → reference target (`model.field`, or `—`). */
    reference: z.record(z.string(), z.string()).optional(),
    customFields: z.array(CustomFieldSchema).optional(),
  })
  .strict();
export type ObjectMapping = z.infer<typeof ObjectMappingSchema>;

export const ValueMapRowSchema = z
  .object({
    /** Source spellings (compared after trim, whitespace collapse and case-fold). */
    match: z.array(z.string()),
    /** Output columns, e.g. `{ value: "01_in_progress", stage: "New" }`. */
    values: z.record(z.string(), z.string()),
    /** Row used for unknown values (always with `value_unmapped`). */
    default: z.boolean().optional(),
    /** Row used for blank values without a flag. */
    blank: z.boolean().optional(),
  })
  .strict();

export const ValueMapSchema = z
  .object({
    description: z.string(),
    /** Match by prefix patterns such as `A1`…`A9` via regex strings. */
    patterns: z.array(z.object({ regex: z.string(), row: z.number().int() }).strict()).optional(),
    rows: z.array(ValueMapRowSchema),
  })
  .strict();
export type ValueMap = z.infer<typeof ValueMapSchema>;

export const MappingDocSchema = z
  .object({
    format: z.literal("ferry-mapping"),
    source: z.enum(["plexus", "planplus"]),
    version: z.number().int(),
    status: z.enum(["draft", "approved"]),
    approvedBy: z.string().nullable(),
    approvedAt: z.string().nullable(),
    contentHash: z.string().nullable(),
    /** Per-part hashes at approval (objects, value maps, options) so a changed mapping can say what changed. */
    approvalDigest: z.record(z.string(), z.string()).nullable().optional(),
    /** Run settings that are part of the mapping (job_lines_mode, free-mail domains, min confidence…). */
    options: z.record(z.string(), z.unknown()),
    valueMaps: z.record(z.string(), ValueMapSchema),
    objects: z.array(ObjectMappingSchema),
  })
  .strict();
export type MappingDoc = z.infer<typeof MappingDocSchema>;
