/** expected.json written next to each generated export. */
import { writeFileSync } from "node:fs";
import type { Tally } from "./util.ts";

export interface ExpectedFile {
  format: "ferry-sample-expected";
  version: 1;
  source: "planplus" | "plexus";
  scale: number;
  seed: string;
  /** folder of the export, relative to this file */
  export: string;
  /**
   * Reader-level outcomes per object, by construction: `source_count` = rows the reader must yield
   * (C.1 counting: blank CSV records and blank custom_fields Value rows excluded, listed as `ignored`),
   * `records` = rows passed on as records, `rejected` / `skipped` by code.
   */
  objects: Tally["objects"];
  /** one entry per injected defect: object, source id, row (when fixed by construction), defect class of C.2, expected treatment */
  defects: Tally["defects"];
}

export function writeExpected(file: string, source: "planplus" | "plexus", exportDir: string, scale: number, seed: string, t: Tally): void {
  const doc: ExpectedFile = { format: "ferry-sample-expected", version: 1, source, scale, seed, export: exportDir, objects: t.objects, defects: t.defects };
  writeFileSync(file, JSON.stringify(doc, null, 2) + "\n");
}
