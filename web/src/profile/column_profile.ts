/**
 * Profile of one source file: per column the core profiler's figures (bridge/src/core/profile: fill
 * rate, distinct estimate, inferred type, top values, samples), plus what the wizard needs on top:
 * the record count, malformed rows (wrong field count / invalid JSON) and owner references.
 * Memory is bounded (the core profiler caps tracked values per column).
 */
import { Profiler as CoreProfiler, type ColumnProfile } from "../../../bridge/src/core/profile/index.ts";
import { OwnerCollector, type OwnerRefs } from "./owners.ts";

export type { ColumnProfile } from "../../../bridge/src/core/profile/index.ts";

export interface FileProfile {
  columns: ColumnProfile[];
  rows: number;
  /** Records whose field count differs from the header (malformed_row). */
  malformed: number;
  /** JSONL lines that are not valid JSON. */
  invalidJson: number;
  /** Owner references and source user rows (for the Owners step). */
  owners: OwnerRefs;
}

export class Profiler {
  private core = new CoreProfiler({ samples: 5, topN: 12 });
  private owners: OwnerCollector;
  private header: readonly string[] = [];
  rows = 0;
  malformed = 0;
  invalidJson = 0;

  /** `objectName` is the detected source object ("users" collects the user rows). */
  constructor(objectName: string | null = null) {
    this.owners = new OwnerCollector(objectName);
  }

  setHeader(header: readonly string[]): void {
    this.header = header;
  }

  /** One CSV record; blank records are ignored, records of the wrong length count as malformed. */
  addCsv(header: readonly string[], record: readonly string[]): void {
    if (record.every((c) => c.trim() === "")) return;
    this.rows += 1;
    if (record.length !== header.length) {
      this.malformed += 1;
      return;
    }
    const row: Record<string, string> = {};
    for (let i = 0; i < header.length; i += 1) {
      const name = header[i] as string;
      const cell = record[i] ?? "";
      row[name] = cell;
      this.owners.addCell(name, cell);
    }
    this.core.addRow(row);
    this.owners.addUserRow(row);
  }

  /** One JSON Lines line: top-level keys are columns (nested objects flattened by the core profiler). */
  addJsonLine(line: string): void {
    this.rows += 1;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      this.invalidJson += 1;
      return;
    }
    if (obj === null || typeof obj !== "object" || Array.isArray(obj)) {
      this.invalidJson += 1;
      return;
    }
    const row = obj as Record<string, unknown>;
    if (row.deleted === true && Object.keys(row).length <= 4) return; // tombstone: no columns to profile
    for (const [k, v] of Object.entries(row)) this.owners.addCell(k, v);
    this.core.addRow(row);
    this.owners.addUserRow(row);
  }

  result(): FileProfile {
    const columns = this.core.result();
    // A header with no data rows still lists its columns.
    for (const h of this.header) {
      if (!columns.some((c) => c.name === h)) columns.push({ name: h, rows: 0, filled: 0, fillRate: 0, distinctEstimate: 0, inferredType: "empty", confidence: 0, typeCounts: {}, topValues: [], samples: [], maxLength: 0 });
    }
    return { columns, rows: this.rows, malformed: this.malformed, invalidJson: this.invalidJson, owners: this.owners.out };
  }
}
