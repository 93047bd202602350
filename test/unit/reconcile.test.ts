import { describe, expect, it } from "vitest";
import { countOutcome, emptyObjectReconciliation, isBalanced, phaseGate } from "../../bridge/src/core/reconcile.ts";

describe("reconciliation accounting", () => {
  it("counts every outcome once and balances", () => {
    const r = emptyObjectReconciliation("contacts");
    countOutcome(r, "loaded", undefined, ["email_invalid", "email_invalid", "owner_unmatched"], "create");
    countOutcome(r, "loaded", undefined, [], "update");
    countOutcome(r, "skipped", "duplicate_row");
    countOutcome(r, "rejected", "missing_required");
    countOutcome(r, "validated");
    expect(r.source_count).toBe(5);
    expect(r.loaded).toBe(2);
    expect(r.flagged).toEqual({ email_invalid: 1, owner_unmatched: 1 });
    expect(r.rows_flagged_any).toBe(1);
    expect(r.operations).toEqual({ create: 1, update: 1 });
    expect(isBalanced(r)).toBe(true);
    r.source_count += 1;
    expect(isBalanced(r)).toBe(false);
  });

  it("halts a phase above 1% rejects, not at or below", () => {
    const r = emptyObjectReconciliation("companies");
    for (let i = 0; i < 99; i++) countOutcome(r, "loaded");
    countOutcome(r, "rejected", "missing_required");
    expect(phaseGate(r).halt).toBe(false); // exactly 1%
    countOutcome(r, "rejected", "missing_required");
    const g = phaseGate(r);
    expect(g.halt).toBe(true);
    expect(g.reasons[0]).toContain("2 of 101 rows rejected");
  });

  it("halts when Odoo's count differs from the expected by more than the threshold", () => {
    const r = emptyObjectReconciliation("deals");
    expect(phaseGate(r, { expectedInOdoo: 1000, foundInOdoo: 995 }).halt).toBe(false);
    expect(phaseGate(r, { expectedInOdoo: 1000, foundInOdoo: 980 }).halt).toBe(true);
  });
});

import { writeValue } from "../../bridge/src/run/pipeline.ts";

describe("load cells written through write()", () => {
  it("converts by field type so an unticked checkbox stays unticked", () => {
    expect(writeValue("boolean", "0")).toBe(false);
    expect(writeValue("boolean", "1")).toBe(true);
    expect(writeValue("boolean", "")).toBe(false);
    expect(writeValue("integer", "42")).toBe(42);
    expect(writeValue("float", "2.5")).toBe(2.5);
    expect(writeValue("date", "")).toBe(false);
    expect(writeValue("char", "0")).toBe("0");
  });
});
