/** PlanPlus Online export (sources.md Part B): folder or .zip → SourceExport. */
import path from "node:path";
import { FerryError } from "../../core/errors.ts";
import type { ObjectReader, SourceExport } from "../types.ts";
import { listFiles, resolveInput } from "../util.ts";
import { openPlanPlusFile, readHeader } from "./reader.ts";
import { detectEncoding } from "./csv.ts";
import type { CsvParserKind } from "./csv.ts";
import { headerKey, PLANPLUS_FILES } from "./schema.ts";

export { PLANPLUS_FILES, PLANPLUS_BY_OBJECT } from "./schema.ts";
export type { PlanPlusFileSpec, PlanPlusRow } from "./schema.ts";
export { planPlusRowSchema, validatePlanPlusRow } from "./schema.ts";
export { PlanPlusFileReader } from "./reader.ts";

export interface OpenPlanPlusOptions {
  /** run configuration `planplus.export_kind`; default: delta when deleted_items.csv is present */
  kind?: "full" | "delta";
  /** skip the duplicate/superseded pre-pass (faster, one pass) */
  dedupe?: boolean;
  /** CSV parser: the built-in tokenizer (default) or the csv-parse library (reference) */
  parser?: CsvParserKind;
  /** row validation: `fast` (compiled zod schema checks, zod for failing rows; default) or `zod` (zod on every row) */
  validation?: "fast" | "zod";
  /** bound of a quoted CSV field in bytes (default MAX_QUOTED_BYTES, 2 MiB): an unclosed quote becomes one rejected record */
  maxQuotedBytes?: number;
}

/**
 * Opens every B.1 file present (names matched case-insensitively, at the root), checks headers
 * (missing required column → FerryError `missing_column` naming file and column), detects the
 * encoding per file, the edition (B.1) and delta kind (B.6).
 */
export async function openPlanPlus(input: string, opts: OpenPlanPlusOptions = {}): Promise<SourceExport> {
  const { root } = await resolveInput(input);
  const files = await listFiles(root);
  const objects = new Map<string, ObjectReader>();
  const warnings: string[] = [];
  const present = new Map<string, { abs: string; rel: string }>();
  for (const spec of PLANPLUS_FILES) {
    const abs = files.get(spec.file.toLowerCase());
    if (abs) present.set(spec.object, { abs, rel: path.relative(root, abs).split(path.sep).join("/") });
  }
  if (present.size === 0) throw new FerryError("not_planplus_export", `no PlanPlus CSV files found in ${input}`, { file: input });

  // Edition (B.1): contacts.csv absent and tasks.csv without "Project ID" ⇒ Planner Edition.
  let edition: "business" | "planner" = "business";
  if (!present.has("contacts")) {
    const tasks = present.get("tasks");
    if (tasks) {
      const header = (await readHeader(tasks.abs, await detectEncoding(tasks.abs))) ?? [];
      if (!header.some((h) => headerKey(h) === "project id")) edition = "planner";
    }
  }
  const kind: "full" | "delta" = opts.kind ?? (present.has("deleted_items") ? "delta" : "full");
  if (edition === "planner") warnings.push("Planner Edition export detected (contacts.csv absent, tasks.csv has no Project ID): only tasks and events are migrated");

  const missing: string[] = [];
  for (const spec of PLANPLUS_FILES) {
    const p = present.get(spec.object);
    if (!p) {
      const expected = kind === "delta" ? spec.editions.includes("delta") : spec.editions.includes(edition);
      if (expected) missing.push(spec.object);
      continue;
    }
    const reader = await openPlanPlusFile(spec, p.abs, p.rel, opts.dedupe ?? true, opts.parser ?? "fast", opts.validation ?? "fast", opts.maxQuotedBytes);
    if (reader.unknownColumns.length) warnings.push(`${p.rel}: unknown columns kept: ${reader.unknownColumns.join(", ")}`);
    const absentOptional = reader.absentColumns.filter((c) => !(edition === "planner" && spec.plannerMissing?.includes(c)));
    if (absentOptional.length) warnings.push(`${p.rel}: optional columns absent (read as empty): ${absentOptional.join(", ")}`);
    if (reader.encoding === "windows-1252") warnings.push(`${p.rel}: decoded as Windows-1252`);
    objects.set(spec.object, reader);
  }
  if (missing.length && edition === "business") warnings.push(`files not in the export: ${missing.map((m) => `${m}.csv`).join(", ")}`);
  return { source: "planplus", edition, kind, objects, missing, warnings, root, files };
}
