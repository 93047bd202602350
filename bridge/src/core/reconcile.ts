/**
 * Reconciliation accounting (sources.md C.1, mapping.md §7): every source row ends with exactly one
 * outcome, and source_count = loaded + merged + skipped + rejected + documented + validated.
 */
import type { FlagCode, Outcome } from "./codes.ts";

export interface ObjectReconciliation {
  object: string;
  source_count: number;
  loaded: number;
  merged: number;
  documented: number;
  validated: number;
  skipped: Record<string, number>;
  rejected: Record<string, number>;
  flagged: Record<string, number>;
  rows_flagged_any: number;
  /** Write operations behind `loaded`: created / updated / unchanged (skipped by content hash). */
  operations: Record<string, number>;
}

export function emptyObjectReconciliation(object: string): ObjectReconciliation {
  return {
    object,
    source_count: 0,
    loaded: 0,
    merged: 0,
    documented: 0,
    validated: 0,
    skipped: {},
    rejected: {},
    flagged: {},
    rows_flagged_any: 0,
    operations: {},
  };
}

function bump(map: Record<string, number>, key: string, by = 1): void {
  map[key] = (map[key] ?? 0) + by;
}

/** Counts one row's final outcome. Flags count only on loaded rows, once per code per row. */
export function countOutcome(
  rec: ObjectReconciliation,
  outcome: Outcome,
  code?: string,
  flags: readonly (FlagCode | string)[] = [],
  operation?: string,
): void {
  rec.source_count += 1;
  switch (outcome) {
    case "loaded": {
      rec.loaded += 1;
      if (operation) bump(rec.operations, operation);
      const distinct = new Set(flags);
      for (const f of distinct) bump(rec.flagged, f);
      if (distinct.size > 0) rec.rows_flagged_any += 1;
      break;
    }
    case "skipped":
      bump(rec.skipped, code ?? "unspecified");
      break;
    case "rejected":
      bump(rec.rejected, code ?? "unspecified");
      break;
    case "merged":
      rec.merged += 1;
      break;
    case "documented":
      rec.documented += 1;
      break;
    case "validated":
      rec.validated += 1;
      break;
  }
}

export function sumValues(map: Record<string, number>): number {
  let n = 0;
  for (const v of Object.values(map)) n += v;
  return n;
}

/** True when the counts add up: source = loaded + merged + skipped + rejected + documented + validated. */
export function isBalanced(rec: ObjectReconciliation): boolean {
  return (
    rec.source_count ===
    rec.loaded + rec.merged + rec.documented + rec.validated + sumValues(rec.skipped) + sumValues(rec.rejected)
  );
}

export interface GateResult {
  halt: boolean;
  reasons: string[];
}

/**
 * Phase gate of mapping.md §7: halt when rejects exceed `threshold` of the source count, or when the
 * number of records found in Odoo differs from the expected number by more than `threshold`.
 */
export function phaseGate(
  rec: ObjectReconciliation,
  opts: { threshold?: number; expectedInOdoo?: number; foundInOdoo?: number } = {},
): GateResult {
  const threshold = opts.threshold ?? 0.01;
  const reasons: string[] = [];
  const rejected = sumValues(rec.rejected);
  if (rec.source_count > 0 && rejected / rec.source_count > threshold) {
    reasons.push(
      `${rec.object}: ${rejected} of ${rec.source_count} rows rejected (${pct(rejected / rec.source_count)} > ${pct(threshold)})`,
    );
  }
  if (opts.expectedInOdoo !== undefined && opts.foundInOdoo !== undefined) {
    const diff = Math.abs(opts.foundInOdoo - opts.expectedInOdoo);
    const base = Math.max(opts.expectedInOdoo, 1);
    if (diff / base > threshold) {
      reasons.push(
        `${rec.object}: Odoo holds ${opts.foundInOdoo} records, expected ${opts.expectedInOdoo} (differs by ${pct(diff / base)} > ${pct(threshold)})`,
      );
    }
  }
  return { halt: reasons.length > 0, reasons };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(x < 0.1 ? 2 : 1)}%`;
}
