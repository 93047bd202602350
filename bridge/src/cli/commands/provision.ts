/** `ferry provision --mapping FILE`: custom fields, stages, holding project, work-order-group projects (run/provision.ts). */
import type { Command } from "commander";
import { FerryError } from "../../core/errors.ts";
import { provision } from "../../run/provision.ts";
import { safeJson } from "../../run/secrets.ts";
import { resolveSettings } from "../settings.ts";

export function register(program: Command, helpers: { connectionOptions: (cmd: Command) => Command }): void {
  helpers
    .connectionOptions(
      program
        .command("provision")
        .description("create what the approved mapping needs before data moves: custom fields (fixed and inferred from the export), stages, the holding project, Plexus work-order-group projects / PlanPlus deal stages; idempotent (a second call creates nothing); writes ledger.jsonl and provision.json to the run folder, so `ferry rollback RUN_DIR` undoes it"),
    )
    .option("--mapping <file>", "approved mapping document (JSON)")
    .option("--approve-proposed", "propose and approve the mapping in one step (scripted runs)")
    .option("--batch-size <n>", "records per load call", (v) => Number.parseInt(v, 10))
    .action(async (flags: Record<string, unknown>) => {
      const settings = resolveSettings(flags);
      const r = await provision(settings, {
        ...(flags.mapping ? { mappingFile: flags.mapping as string } : {}),
        approveProposed: Boolean(flags.approveProposed),
        ...(typeof flags.batchSize === "number" ? { batchSize: flags.batchSize } : {}),
      });
      if (settings.json) process.stdout.write(`${safeJson({ ...r, result: undefined, reconciliation: r.result.reconciliation })}\n`);
      const out = settings.json ? process.stderr : process.stdout;
      const cf = r.customFields;
      const lines = [`Ferry provision ${r.run} — source ${r.source}`, `target: ${r.target}`];
      lines.push(`custom fields: ${cf.created.length} created, ${cf.existing.length} already there${cf.conflicts.length ? `, ${cf.conflicts.length} CONFLICTS` : ""}${cf.skippedModels.length ? ` (models not installed: ${cf.skippedModels.join(", ")})` : ""}`);
      for (const [model, c] of Object.entries(r.records).sort()) lines.push(`${model}: ${c.created} created, ${c.existing} already there`);
      lines.push(r.createdTotal === 0 ? "nothing created: everything was already provisioned" : `created ${r.createdTotal} in all; undo with: ferry rollback ${r.runDir}`);
      for (const c of cf.conflicts) lines.push(`conflict: ${c}`);
      for (const w of r.warnings) lines.push(`warning: ${w}`);
      if (r.rejected) lines.push(`${r.rejected} record(s) refused by Odoo: ${r.runDir}/rejected_rows.csv`);
      lines.push(`ledger: ${r.runDir}/ledger.jsonl`);
      out.write(`${lines.join("\n")}\n`);
      if (r.rejected) throw new FerryError("provision_incomplete", `${r.rejected} record(s) could not be provisioned (see ${r.runDir}/rejected_rows.csv)`);
    });
}
