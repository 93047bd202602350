/**
 * Issue 7's lifecycle at scale 10 on the simulator, both sources: audit → provision → owners → sample →
 * run → (checks) → validate → delta → rollback, every line passing. The re-runs (faults, crash, API)
 * are the scale-1 acceptance test's job; here they are skipped and must say so.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAcceptance } from "../../scripts/acceptance/harness.ts";

describe("lifecycle at scale 10 (simulator)", () => {
  it("completes for both sources with every object balanced and the rollback snapshot identical", async () => {
    const out = await mkdtemp(join(tmpdir(), "ferry-lifecycle10-"));
    try {
      const board = await runAcceptance({ scale: 10, sources: ["planplus", "plexus"], out, noReruns: true, sampleSize: 5, log: () => {} });
      const failed = board.checks.filter((c) => c.status === "fail");
      if (failed.length) console.log(failed.map((c) => `${c.source} · ${c.check}: ${c.summary}\n  ${c.details.slice(0, 5).join("\n  ")}`).join("\n"));
      expect(failed.map((c) => `${c.source} · ${c.check}`)).toEqual([]);
      for (const c of board.checks.filter((x) => x.status === "skip")) expect(c.summary).toMatch(/^skipped: /);
      for (const source of ["planplus", "plexus"]) {
        const line = (name: string) => board.checks.find((c) => c.source === source && c.check.startsWith(name));
        for (const name of ["audit", "provision", "owners", "sample", "run", "accounting per object", "validate", "delta", "rollback restores snapshot"]) expect(line(name)?.status, `${source} ${name}`).toBe("pass");
        // scale 10: thousands of rows, not the scale-1 sample
        expect(line("run")?.numbers.source_rows).toBeGreaterThan(2000);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 300_000);
});
