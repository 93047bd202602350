/** `ferry sample --mapping FILE --size N`: connected slice loaded, read back, field-level diff (run/sample.ts). */
import type { Command } from "commander";
import { CAUSE_LABEL, EXPECTED_LABEL, type ExpectedRewrite, type MismatchCause } from "../../core/diff.ts";
import { FerryError } from "../../core/errors.ts";
import { executeSample } from "../../run/sample.ts";
import { redact } from "../../run/secrets.ts";
import { resolveSettings } from "../settings.ts";
import { printSummary } from "../summary.ts";

export function register(program: Command, helpers: { connectionOptions: (cmd: Command) => Command }): void {
  helpers
    .connectionOptions(
      program
        .command("sample")
        .description("load a connected slice (N rows of each object plus the parent rows they reference), read it back from Odoo and diff every field against the normalized source value; writes sample_diff.html, sample_diff.csv, reconciliation.json"),
    )
    .option("--size <n>", "rows per object (parents they need come on top)", (v) => Number.parseInt(v, 10), 300)
    .option("--mapping <file>", "approved mapping document (JSON)")
    .option("--approve-proposed", "propose and approve the mapping in one step (scripted runs)")
    .option("--batch-size <n>", "records per load call", (v) => Number.parseInt(v, 10))
    .option("--accept-phase <phase...>", "continue past the reconciliation gate of these phases")
    .option("--gate-threshold <ratio>", "halt when a phase is off by more than this ratio", (v) => Number.parseFloat(v), 0.01)
    .action(async (flags: Record<string, unknown>) => {
      const settings = resolveSettings(flags);
      const result = await executeSample(settings, {
        size: flags.size as number,
        ...(flags.mapping ? { mappingFile: flags.mapping as string } : {}),
        approveProposed: Boolean(flags.approveProposed),
        ...(typeof flags.batchSize === "number" ? { batchSize: flags.batchSize } : {}),
        acceptPhases: new Set((flags.acceptPhase as string[] | undefined) ?? []),
        gateThreshold: flags.gateThreshold as number,
      });
      if (settings.json) process.stdout.write(`${redact(JSON.stringify(result.reconciliation))}\n`);
      const out = settings.json ? process.stderr : process.stdout;
      printSummary(result, out);
      const d = result.diff;
      out.write(`sample diff: ${d.rows} rows, ${d.records} records, ${d.fields_compared} fields compared, ${d.mismatches} mismatches, ${d.not_loaded} rows not loaded\n`);
      for (const [cause, n] of Object.entries(d.by_cause)) out.write(`  ${CAUSE_LABEL[cause as MismatchCause]}: ${n}\n`);
      for (const [rule, n] of Object.entries(d.expected)) out.write(`  expected, not a mismatch — ${EXPECTED_LABEL[rule as ExpectedRewrite]}: ${n}\n`);
      out.write(`${result.htmlPath}\n${result.csvPath}\n`);
      if (result.halted) throw new FerryError("halted", `sample halted at a reconciliation gate (${result.reconciliation.halted?.object ?? "?"}): --accept-phase continues`);
    });
}
