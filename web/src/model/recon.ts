/**
 * Reconciliation view data: per object source / landed / rejected / skipped, from the run's summary
 * (reconciliation.json of mapping.md §7, reported by the bridge) or, when the run has no summary,
 * from its phase counters. Extra checks (null foreign keys, custom-field fill rates, owners) are
 * shown when the summary carries them.
 */
import type { ObjectReconciliation } from "../../../bridge/src/core/reconcile.ts";
import { emptyObjectReconciliation, isBalanced, sumValues } from "../../../bridge/src/core/reconcile.ts";
import type { PhaseRec } from "./api.ts";

export interface ReconRow {
  object: string;
  source: number;
  landed: number;
  rejected: number;
  skipped: number;
  other: number;
  balanced: boolean;
}

export interface NullFkCheck {
  label: string;
  count: number;
}

export interface FillRate {
  field: string;
  source: number;
  odoo: number;
}

export interface ReconView {
  rows: ReconRow[];
  nullFk: NullFkCheck[];
  fillRates: FillRate[];
  owners: { label: string; count: number }[];
  odooRecords: Record<string, number>;
  fromSummary: boolean;
  objects: ObjectReconciliation[];
}

function rec(o: Record<string, unknown>): ObjectReconciliation {
  const out = emptyObjectReconciliation(String(o.object ?? "?"));
  const n = (k: string): number => (typeof o[k] === "number" ? (o[k] as number) : 0);
  const m = (k: string): Record<string, number> => (o[k] && typeof o[k] === "object" ? (o[k] as Record<string, number>) : {});
  out.source_count = n("source_count");
  out.loaded = n("loaded");
  out.merged = n("merged");
  out.documented = n("documented");
  out.validated = n("validated");
  out.skipped = m("skipped");
  out.rejected = m("rejected");
  out.flagged = m("flagged");
  out.rows_flagged_any = n("rows_flagged_any");
  out.operations = m("operations");
  return out;
}

function asList(v: unknown, label: string, count: string): { label: string; count: number }[] {
  if (Array.isArray(v)) {
    return v
      .filter((x): x is Record<string, unknown> => !!x && typeof x === "object")
      .map((x) => ({ label: String(x[label] ?? x.check ?? x.name ?? "?"), count: Number(x[count] ?? x.count ?? 0) }));
  }
  if (v && typeof v === "object") return Object.entries(v as Record<string, unknown>).map(([k, c]) => ({ label: k, count: typeof c === "number" ? c : Array.isArray(c) ? c.length : Number((c as { count?: number })?.count ?? 0) }));
  return [];
}

export function reconFromPhases(phases: readonly PhaseRec[]): ReconView {
  const objects = phases.map((p) => {
    const o = emptyObjectReconciliation(p.name);
    o.source_count = p.source;
    o.loaded = p.landed;
    if (p.rejected) o.rejected = { rejected: p.rejected };
    if (p.skipped) o.skipped = { skipped: p.skipped };
    return o;
  });
  return build(objects, { fromSummary: false });
}

export function reconFromSummary(summaryJson: string, phases: readonly PhaseRec[]): ReconView {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(summaryJson) as Record<string, unknown>;
  } catch {
    return reconFromPhases(phases);
  }
  if (!Array.isArray(data.objects)) return reconFromPhases(phases);
  const objects = (data.objects as Record<string, unknown>[]).map(rec);
  const fill = Array.isArray(data.fill_rates)
    ? (data.fill_rates as Record<string, unknown>[]).map((f) => ({ field: String(f.field ?? "?"), source: Number(f.source ?? 0), odoo: Number(f.odoo ?? 0) }))
    : [];
  return build(objects, {
    fromSummary: true,
    nullFk: asList(data.null_fk ?? data.null_foreign_keys, "check", "count"),
    fillRates: fill,
    owners: asList(data.owners, "label", "count"),
    odooRecords: data.odoo_records && typeof data.odoo_records === "object" ? (data.odoo_records as Record<string, number>) : {},
  });
}

function build(
  objects: ObjectReconciliation[],
  extra: { fromSummary: boolean; nullFk?: NullFkCheck[]; fillRates?: FillRate[]; owners?: { label: string; count: number }[]; odooRecords?: Record<string, number> },
): ReconView {
  return {
    rows: objects.map((o) => ({
      object: o.object,
      source: o.source_count,
      landed: o.loaded,
      rejected: sumValues(o.rejected),
      skipped: sumValues(o.skipped),
      other: o.merged + o.documented + o.validated,
      balanced: isBalanced(o),
    })),
    nullFk: extra.nullFk ?? [],
    fillRates: extra.fillRates ?? [],
    owners: extra.owners ?? [],
    odooRecords: extra.odooRecords ?? {},
    fromSummary: extra.fromSummary,
    objects,
  };
}
