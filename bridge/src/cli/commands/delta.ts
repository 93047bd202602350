/** `ferry delta --mapping FILE --since TIME --input DELTA_EXPORT`: delta pickup on top of earlier runs (run/delta.ts). */
import type { Command } from "commander";
import { FerryError } from "../../core/errors.ts";
import { executeDelta } from "../../run/delta.ts";
import { redact } from "../../run/secrets.ts";
import { resolveSettings } from "../settings.ts";
import { printSummary } from "../summary.ts";

export function register(program: Command, helpers: { connectionOptions: (cmd: Command) => Command }): void {
  helpers
    .connectionOptions(
      program
        .command("delta")
        .description("load a delta export (rows changed since TIME, deletions) into the Odoo of the earlier runs in the same runs folder: unchanged rows are not rewritten, records edited in Odoo since our write are reported as conflicts, deletions archive; reconciliation.json gets a `delta` section, conflicts.csv lists both values"),
    )
    .requiredOption("--since <time>", "start of the delta window (ISO 8601 date or date-time)")
    .option("--mapping <file>", "approved mapping document (JSON), the one of the full run")
    .option("--approve-proposed", "propose and approve the mapping in one step (scripted runs)")
    .option("--overwrite-conflicts", "write source values over records edited in Odoo since our last write")
    .option("--clock-tolerance <seconds>", "clock skew tolerated between our ledger times and Odoo's write_date", (v) => Number.parseFloat(v), 5)
    .option("--batch-size <n>", "records per load call", (v) => Number.parseInt(v, 10))
    .option("--accept-phase <phase...>", "continue past the reconciliation gate of these phases")
    .option("--gate-threshold <ratio>", "halt when a phase is off by more than this ratio", (v) => Number.parseFloat(v), 0.01)
    .action(async (flags: Record<string, unknown>) => {
      const settings = resolveSettings(flags);
      const result = await executeDelta(settings, {
        since: String(flags.since),
        ...(flags.mapping ? { mappingFile: flags.mapping as string } : {}),
        approveProposed: Boolean(flags.approveProposed),
        overwriteConflicts: Boolean(flags.overwriteConflicts),
        toleranceSeconds: flags.clockTolerance as number,
        ...(typeof flags.batchSize === "number" ? { batchSize: flags.batchSize } : {}),
        acceptPhases: new Set((flags.acceptPhase as string[] | undefined) ?? []),
        gateThreshold: flags.gateThreshold as number,
      });
      if (settings.json) process.stdout.write(`${redact(JSON.stringify(result.reconciliation))}\n`);
      const out = settings.json ? process.stderr : process.stdout;
      printSummary(result, out);
      out.write("delta:\n");
      for (const [object, c] of Object.entries(result.delta.objects)) {
        out.write(`  ${object.padEnd(24)} created ${c.created}, updated ${c.updated}, unchanged ${c.unchanged}, deleted ${c.deleted}, ignored_unknown_delete ${c.ignored_unknown_delete}, conflict ${c.conflict}\n`);
      }
      for (const w of result.delta.warnings) out.write(`warning: ${w}\n`);
      out.write(`next delta: --since ${result.delta.next_since}\n`);
      if (result.delta.conflicts.length) out.write(`${result.delta.conflicts.length} conflict(s) ${result.delta.overwrite_conflicts ? "overwritten" : "kept as edited in Odoo (--overwrite-conflicts writes them)"}: ${result.runDir}/conflicts.csv\n`);
      if (result.halted) throw new FerryError("halted", `delta halted at a reconciliation gate (${result.reconciliation.halted?.object ?? "?"}): --accept-phase continues`);
    });
}
