/**
 * Column profiling of one source file: per column the filled count, a few distinct sample values,
 * the longest value, and what the values look like (e-mail, number/money, date, boolean, quadrant,
 * multi-line text). Uses bridge/src/core/normalize so the wizard classifies values exactly like the
 * bridge does. Memory is bounded: distinct values are tracked up to MAX_DISTINCT per column.
 */
import { isValidEmail } from "../../../bridge/src/core/normalize/email.ts";
import { parseMoney } from "../../../bridge/src/core/normalize/money.ts";
import { parseBool } from "../../../bridge/src/core/normalize/bool.ts";
import { parseQuadrant } from "../../../bridge/src/core/normalize/quadrant.ts";
import { OwnerCollector, type OwnerRefs } from "./owners.ts";

export const MAX_SAMPLES = 5;
export const MAX_DISTINCT = 51;

export type ValueKind = "email" | "number" | "date" | "datetime" | "boolean" | "quadrant" | "text";

export interface ColumnProfile {
  name: string;
  filled: number;
  empty: number;
  samples: string[];
  /** Distinct non-empty values, capped: `distinctCapped` says the real number is higher. */
  distinct: number;
  distinctCapped: boolean;
  maxLength: number;
  multiline: boolean;
  kinds: Partial<Record<ValueKind, number>>;
  /** The kind covering at least 90 % of the filled cells, else "text". */
  kind: ValueKind;
}

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

const DATE_RE = /^\d{1,2}\/\d{1,2}\/\d{4}$|^\d{4}-\d{2}-\d{2}$/;
const DATETIME_RE = /^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}( ?[AP]M)?$|^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/i;

export function classify(value: string): ValueKind {
  if (DATETIME_RE.test(value)) return "datetime";
  if (DATE_RE.test(value)) return "date";
  if (value.includes("@") && isValidEmail(value.trim().toLowerCase())) return "email";
  if (parseQuadrant(value) !== null && !/^\d+$/.test(value)) return "quadrant";
  if (parseBool(value) !== null && !/^\d+$/.test(value)) return "boolean";
  if (/\d/.test(value) && parseMoney(value) !== null) return "number";
  return "text";
}

class ColumnAcc {
  filled = 0;
  empty = 0;
  samples: string[] = [];
  seen = new Set<string>();
  capped = false;
  maxLength = 0;
  multiline = false;
  kinds: Partial<Record<ValueKind, number>> = {};
  constructor(readonly name: string) {}

  add(raw: string): void {
    const value = raw.trim();
    if (value === "") {
      this.empty += 1;
      return;
    }
    this.filled += 1;
    if (value.length > this.maxLength) this.maxLength = value.length;
    if (!this.multiline && /[\r\n]/.test(value)) this.multiline = true;
    if (!this.seen.has(value)) {
      if (this.seen.size < MAX_DISTINCT) this.seen.add(value);
      else this.capped = true;
      if (this.samples.length < MAX_SAMPLES) this.samples.push(value.length > 80 ? `${value.slice(0, 79)}…` : value);
    }
    const kind = classify(value.length > 200 ? value.slice(0, 200) : value);
    this.kinds[kind] = (this.kinds[kind] ?? 0) + 1;
  }

  result(): ColumnProfile {
    let kind: ValueKind = "text";
    for (const [k, n] of Object.entries(this.kinds) as [ValueKind, number][]) {
      if (k !== "text" && this.filled > 0 && n / this.filled >= 0.9) kind = k;
    }
    return {
      name: this.name,
      filled: this.filled,
      empty: this.empty,
      samples: this.samples,
      distinct: this.seen.size,
      distinctCapped: this.capped,
      maxLength: this.maxLength,
      multiline: this.multiline,
      kinds: this.kinds,
      kind,
    };
  }
}

/** Accumulates records (arrays aligned on a header, or JSON objects) into a FileProfile. */
export class Profiler {
  private cols = new Map<string, ColumnAcc>();
  private order: string[] = [];
  rows = 0;
  malformed = 0;
  invalidJson = 0;
  private owners: OwnerCollector;

  /** `objectName` is the detected source object ("users" collects the user rows). */
  constructor(objectName: string | null = null) {
    this.owners = new OwnerCollector(objectName);
  }

  private col(name: string): ColumnAcc {
    let c = this.cols.get(name);
    if (!c) {
      c = new ColumnAcc(name);
      this.cols.set(name, c);
      this.order.push(name);
    }
    return c;
  }

  setHeader(header: readonly string[]): void {
    for (const h of header) this.col(h);
  }

  /** One CSV record; blank records are ignored, records of the wrong length count as malformed. */
  addCsv(header: readonly string[], record: readonly string[]): void {
    if (record.every((c) => c.trim() === "")) return;
    this.rows += 1;
    if (record.length !== header.length) {
      this.malformed += 1;
      return;
    }
    const userRow: Record<string, string> = {};
    for (let i = 0; i < header.length; i += 1) {
      const name = header[i] as string;
      const cell = record[i] ?? "";
      this.col(name).add(cell);
      this.owners.addCell(name, cell);
      userRow[name] = cell;
    }
    this.owners.addUserRow(userRow);
  }

  /** One JSON Lines line: top-level keys are columns; nested values are profiled as JSON text. */
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
    for (const [k, v] of Object.entries(row)) {
      const text = v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
      this.col(k).add(text);
      this.owners.addCell(k, v);
    }
    this.owners.addUserRow(row);
  }

  result(): FileProfile {
    return {
      columns: this.order.map((n) => (this.cols.get(n) as ColumnAcc).result()),
      rows: this.rows,
      malformed: this.malformed,
      invalidJson: this.invalidJson,
      owners: this.owners.out,
    };
  }
}
