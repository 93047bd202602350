/** `ferry validate [--run RUN_DIR]`: post-migration validation → validation.json, validation.html, validation.csv. */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import type { SourceSystem } from "../../core/codes.ts";
import { FerryError } from "../../core/errors.ts";
import { preflight } from "../../core/mapping/preflight.ts";
import { renderValidationHtml, validationCsv } from "../../core/validate-report.ts";
import { loadAuditMapping } from "../../run/audit.ts";
import { safeJson } from "../../run/secrets.ts";
import { openSource } from "../../run/source.ts";
import { readTargetProfile } from "../../run/steps.ts";
import { latestRunDir, readReconciliation, validateRun } from "../../run/validate.ts";
import { resolveSettings } from "../settings.ts";
import { connectFor, progressLine } from "./audit.ts";

export function register(program: Command, helpers: { connectionOptions: (cmd: Command) => Command }): void {
  helpers
    .connectionOptions(
      program
        .command("validate")
        .description("post-migration validation of a run: counts source vs Odoo, empty links, custom-field fill rates, owners, rejects by reason; writes validation.json, validation.html, validation.csv (pass --input to check links and fill rates)"),
    )
    .option("--run <dir>", "run folder to validate (default: the newest run under runs/)")
    .option("--mapping <file>", "mapping document the run used (default: the reference mapping of the source)")
    .option("--gate-threshold <ratio>", "tolerated difference between expected and found record counts", (v) => Number.parseFloat(v), 0.01)
    .action(async (flags: Record<string, unknown>) => {
      const settings = resolveSettings(flags);
      const runDir = resolve((flags.run as string | undefined) ?? (await latestRunDir()) ?? "");
      if (!flags.run && runDir === resolve("")) throw new FerryError("usage", "no run folder: pass --run <RUN_DIR>");
      const rec = await readReconciliation(runDir);
      if (rec.kind === "plan") throw new FerryError("usage", `${runDir} is a plan (dry run): nothing to validate in Odoo`);
      const source = (settings.source ?? rec.source) as SourceSystem;
      if (source !== rec.source) throw new FerryError("usage", `--source ${source} but the run is a ${rec.source} run`);
      const doc = await loadAuditMapping(source, flags.mapping as string | undefined);
      const client = await connectFor("validate", settings);
      try {
        const profile = await readTargetProfile(client, doc);
        const variants = new Map(preflight(doc, profile).variants.map((v) => [v.object, v.variant]));
        const exp = settings.input ? await openSource({ ...settings, source }) : undefined;
        const bar = progressLine();
        const report = await validateRun({ client, runDir, doc, profile, variants, ...(exp ? { exp } : {}), threshold: flags.gateThreshold as number, progress: bar.step }).finally(bar.done);
        const out = resolve(settings.out ?? runDir);
        await mkdir(out, { recursive: true });
        await writeFile(join(out, "validation.json"), `${safeJson(report, 2)}\n`);
        await writeFile(join(out, "validation.html"), renderValidationHtml(report));
        await writeFile(join(out, "validation.csv"), validationCsv(report));
        if (settings.json) process.stdout.write(`${safeJson(report)}\n`);
        const w = settings.json ? process.stderr : process.stdout;
        for (const o of report.objects) w.write(`  ${o.object.padEnd(24)} source ${o.source_count} = landed ${o.landed} + rejected ${o.rejected} + skipped ${o.skipped}${o.other ? ` + other ${o.other}` : ""} ${o.balanced ? "✔" : "✘"}\n`);
        for (const p of report.problems) w.write(`problem: ${p}\n`);
        for (const n of report.notes) w.write(`note: ${n}\n`);
        w.write(`${report.ok ? "validation passed" : `validation found ${report.problems.length} problem(s)`} — ${join(out, "validation.html")}\n`);
        if (!report.ok) throw new FerryError("validation_failed", `validation found ${report.problems.length} problem(s); see ${join(out, "validation.html")}`);
      } finally {
        await client.close();
      }
    });
}
