/** `ferry status RUN_DIR`: phase, counts, rate, ETA from the run folder (no Odoo needed). */
import type { Command } from "commander";
import { formatStatus, runStatus } from "../../run/status.ts";

export function register(program: Command, helpers: { connectionOptions: (cmd: Command) => Command }): void {
  void helpers; // status reads the run folder only
  program
    .command("status <runDir>")
    .description("phase, counts, rate and ETA of a run, from its folder (reconciliation.json, else ledger.jsonl)")
    .option("--json", "print one JSON object on stdout")
    .action(async (runDir: string, flags: Record<string, unknown>) => {
      const s = await runStatus(runDir);
      if (flags.json) process.stdout.write(`${JSON.stringify(s)}\n`);
      else process.stdout.write(formatStatus(s));
    });
}
