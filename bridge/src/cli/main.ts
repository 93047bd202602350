/**
 * The `ferry` command line (spec/cli.md). Human text goes to stderr when `--json` prints the
 * machine result on stdout. Exit codes: 0 done · 1 failed · 2 usage · 3 halted at a gate ·
 * 4 mapping not approved · 5 unresolved owners · 6 Odoo unreachable or authentication refused.
 */
import { Command, CommanderError, Option } from "commander";
import { FerryError } from "../core/errors.ts";
import { sumValues, type ObjectReconciliation } from "../core/reconcile.ts";
import { redact } from "../run/secrets.ts";
import { odooConnection, resolveSettings } from "./settings.ts";
import { OdooClient } from "../odoo/client.ts";
import { addonApi, serve } from "../run/serve.ts";
import { rollbackRun } from "../run/rollback.ts";
import { executeRun, resumeRun, type RunMode } from "../run/session.ts";
import { printSummary } from "./summary.ts";
import { approveMappingFile, proposeMapping } from "./map.ts";
import { register as registerAudit } from "./commands/audit.ts";
import { register as registerOwners } from "./commands/owners.ts";
import { register as registerValidate } from "./commands/validate.ts";
import { register as registerStatus } from "./commands/status.ts";
import { register as registerDelta } from "./commands/delta.ts";
import { register as registerSample } from "./commands/sample.ts";
import { register as registerProvision } from "./commands/provision.ts";
import { register as registerExport } from "./commands/export.ts";

/** One live progress line on stderr, only when stderr is a terminal (cli.md). */
function progressLine(): { update: (object: string, counts: ObjectReconciliation) => void; done: () => void } | undefined {
  if (!process.stderr.isTTY) return undefined;
  const start = Date.now();
  let total = 0;
  const seen = new Map<string, number>();
  return {
    update(object, c) {
      seen.set(object, c.source_count);
      total = [...seen.values()].reduce((a, b) => a + b, 0);
      const rate = total / Math.max((Date.now() - start) / 1000, 0.001);
      const bold = process.env.NO_COLOR ? (t: string) => t : (t: string) => `\u001b[1m${t}\u001b[22m`;
      process.stderr.write(`\r\u001b[2K${bold(object)}: ${c.source_count} rows · landed ${c.loaded} · rejected ${sumValues(c.rejected)} · skipped ${sumValues(c.skipped)} · ${total} rows in all, ${rate.toFixed(0)} rows/s`);
    },
    done() {
      process.stderr.write("\r\u001b[2K");
    },
  };
}

export const EXIT = { ok: 0, failed: 1, usage: 2, halted: 3, unapproved: 4, owners: 5, odoo: 6 } as const;

export function connectionOptions(cmd: Command): Command {
  return cmd
    .option("--odoo <url>", "Odoo base URL (env FERRY_ODOO_URL)")
    .option("--db <name>", "Odoo database (env FERRY_ODOO_DB)")
    .option("--user <login>", "Odoo login (env FERRY_ODOO_USER)")
    .addOption(new Option("--api-key <key>", "Odoo API key or password (env FERRY_ODOO_API_KEY); never printed"))
    .option("--plexus-url <url>", "Plexus export API base URL (env FERRY_PLEXUS_URL)")
    .addOption(new Option("--plexus-token <token>", "Plexus API token (env FERRY_PLEXUS_TOKEN); never printed"))
    .option("--config <file>", "JSON settings file (env FERRY_CONFIG); flags win over env, env over file")
    .option("--max-rps <n>", "cap Odoo requests per second, e.g. 1 for Odoo Online (env FERRY_MAX_RPS)", (v: string) => ((process.env.FERRY_MAX_RPS = v), Number(v)))
    .option("--source <system>", "source system: plexus | planplus")
    .option("--input <path>", "Plexus bundle folder/zip or PlanPlus export folder/zip")
    .option("--out <dir>", "run folder (default runs/<run id>/)")
    .option("--time-zone <iana>", "Plexus tenant default zone (overrides the bundle manifest)")
    .option("--export-time-zone <iana>", "PlanPlus export user's zone (sources.md B.3)")
    .option("--default-country <code>", "country for phone/zip rules", "US")
    .option("--fallback-owner <login>", "owner for unmatched source owners")
    .option("--yes", "answer yes to confirmations")
    .option("--json", "print one JSON object on stdout");
}

function runOptions(cmd: Command): Command {
  return cmd
    .option("--mapping <file>", "approved mapping document (JSON); `plan` defaults to the proposed mapping")
    .option("--approve-proposed", "propose and approve the mapping in one step, recorded as approved by the Odoo user running it")
    .option("--batch-size <n>", "records per load call", (v) => Number.parseInt(v, 10))
    .option("--max-attachment-mb <n>", "reject attachments larger than this (file_too_large)", (v) => Number.parseFloat(v), 25)
    .option("--accept-phase <phase...>", "continue past the reconciliation gate of these phases")
    .option("--gate-threshold <ratio>", "halt when a phase is off by more than this ratio", (v) => Number.parseFloat(v), 0.01);
}

export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command("ferry")
    .description("Move a company off Plexus Software or PlanPlus Online into Odoo, with every record accounted for.")
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError();

  const runCommand = (mode: RunMode, description: string) => {
    const cmd = runOptions(connectionOptions(program.command(mode).description(description)));
    cmd.action(async (flags: Record<string, unknown>) => {
      const settings = resolveSettings(flags);
      const progress = progressLine();
      const result = await executeRun(mode, settings, {
        ...(progress ? { onProgress: progress.update } : {}),
        ...(flags.mapping ? { mappingFile: flags.mapping as string } : {}),
        approveProposed: Boolean(flags.approveProposed),
        ...(typeof flags.batchSize === "number" ? { batchSize: flags.batchSize } : {}),
        acceptPhases: new Set((flags.acceptPhase as string[] | undefined) ?? []),
        gateThreshold: flags.gateThreshold as number,
        maxAttachmentBytes: Math.round((flags.maxAttachmentMb as number) * 1048576),
      });
      progress?.done();
      if (settings.json) process.stdout.write(`${redact(JSON.stringify(result.reconciliation))}\n`);
      printSummary(result, settings.json ? process.stderr : process.stdout);
      exitCode = result.halted ? EXIT.halted : EXIT.ok;
    });
  };
  runCommand("plan", "read + normalize + map, no Odoo writes; writes plan.json, reconciliation.json, rejected_rows.csv, flagged_rows.csv, report.html");
  runCommand("run", "full migration into Odoo in phases with reconciliation gates; writes the ledger and reports");

  const map = program.command("map").description("propose and approve the field mapping (a person approves before any record moves)");
  connectionOptions(map.command("propose").description("profile the source and propose the mapping; writes mapping.json (draft), mapping.md, mapping.csv")).action(
    async (flags: Record<string, unknown>) => {
      const settings = resolveSettings(flags);
      const r = await proposeMapping(settings);
      if (settings.json) process.stdout.write(`${JSON.stringify(r)}\n`);
      (settings.json ? process.stderr : process.stdout).write(
        `proposed mapping: ${r.file} (status draft; ${r.proposals} columns profiled, ${r.added} proposals added beyond the reference mapping)\nreview: ${r.markdown}\nthen approve: ferry map approve ${r.file} --by "<your name>"\n`,
      );
    },
  );
  map
    .command("approve <file>")
    .description("mark a reviewed mapping approved (who, when, content hash)")
    .requiredOption("--by <name>", "who reviewed and approves the mapping")
    .option("--json", "print one JSON object on stdout")
    .action(async (file: string, flags: Record<string, unknown>) => {
      const r = await approveMappingFile(file, String(flags.by));
      if (flags.json) process.stdout.write(`${JSON.stringify(r)}\n`);
      else process.stdout.write(`approved ${file} by ${String(flags.by)} at ${r.approvedAt} (content hash ${r.contentHash.slice(0, 12)}…)\n`);
    });

  connectionOptions(program.command("serve").description("sidecar: claim runs queued in the Odoo addon, report progress, ledger and rejects back"))
    .option("--worker-id <id>", "name of this sidecar in the run's lease (default host:pid)")
    .option("--lease-seconds <n>", "lease length; heartbeats every third of it", (v) => Number.parseInt(v, 10), 300)
    .option("--poll-seconds <n>", "wait between claims when nothing is queued", (v) => Number.parseInt(v, 10), 5)
    .option("--work-dir <dir>", "where downloaded exports and run folders go", "runs")
    .option("--once", "process what is queued, then exit")
    .action(async (flags: Record<string, unknown>) => {
      const settings = resolveSettings(flags);
      const conn = odooConnection(settings);
      if (!conn) throw new FerryError("usage", "`ferry serve` needs --odoo, --db, --user and --api-key (or FERRY_ODOO_* env vars)");
      const client = await OdooClient.connect(conn);
      try {
        const ac = new AbortController();
        const stop = () => ac.abort("signal");
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
        const r = await serve(addonApi(client), settings, {
          ...(flags.workerId ? { workerId: String(flags.workerId) } : {}),
          leaseSeconds: flags.leaseSeconds as number,
          pollSeconds: flags.pollSeconds as number,
          workRoot: String(flags.workDir),
          once: Boolean(flags.once),
          signal: ac.signal,
        });
        if (settings.json) process.stdout.write(`${JSON.stringify(r)}\n`);
        if (r.processed.some((p) => p.result === "failed")) exitCode = EXIT.failed;
      } finally {
        await client.close();
      }
    });
  connectionOptions(program.command("rollback").argument("<run-dir>", "run folder whose ledger to undo").description("undo a run: delete what it created (archive where Odoo refuses), restore what it updated; writes rollback.json"))
    .option("--force", "also undo records edited in Odoo since the run, and outside the window")
    .option("--window-hours <n>", "rollback window", (v) => Number.parseFloat(v), 72)
    .action(async (runDir: string, flags: Record<string, unknown>) => {
      const settings = resolveSettings(flags);
      const conn = odooConnection(settings);
      if (!conn) throw new FerryError("usage", "`ferry rollback` needs --odoo, --db, --user and --api-key (or FERRY_ODOO_* env vars)");
      const client = await OdooClient.connect(conn);
      try {
        const r = await rollbackRun(client, runDir, { force: Boolean(flags.force), windowHours: flags.windowHours as number });
        if (settings.json) process.stdout.write(`${redact(JSON.stringify(r))}\n`);
        (settings.json ? process.stderr : process.stdout).write(
          `rollback of ${r.run}: ${r.deleted} deleted, ${r.archived} archived (delete refused), ${r.restored} restored, ${r.already_gone} already gone, ${r.refused_modified.length} left alone (edited in Odoo since; --force to undo), ${r.failed.length} failed\nreport: ${runDir}/rollback.json\n`,
        );
        if (r.failed.length) exitCode = EXIT.failed;
      } finally {
        await client.close();
      }
    });
  connectionOptions(program.command("resume").argument("<run-dir>", "run folder of a stopped or crashed run").description("continue a stopped or crashed run; rows already loaded are not written twice"))
    .option("--accept-phase <phase...>", "continue past the reconciliation gate of these phases")
    .action(async (runDir: string, flags: Record<string, unknown>) => {
      const s = resolveSettings(flags);
      const result = await resumeRun(
        runDir,
        { odooUrl: s.odooUrl, db: s.db, user: s.user, apiKey: s.apiKey, plexusToken: s.plexusToken },
        { acceptPhases: new Set((flags.acceptPhase as string[] | undefined) ?? []) },
      );
      if (s.json) process.stdout.write(`${redact(JSON.stringify(result.reconciliation))}\n`);
      printSummary(result, s.json ? process.stderr : process.stdout);
      exitCode = result.halted ? EXIT.halted : EXIT.ok;
    });
  registerAudit(program, { connectionOptions });
  registerOwners(program, { connectionOptions });
  registerValidate(program, { connectionOptions });
  registerStatus(program, { connectionOptions });
  registerDelta(program, { connectionOptions });
  registerSample(program, { connectionOptions });
  registerProvision(program, { connectionOptions });
  registerExport(program, { connectionOptions });
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return EXIT.ok;
      return EXIT.usage;
    }
    return reportError(e);
  }
}

function reportError(e: unknown): number {
  const err = e as Error & { code?: string; context?: Record<string, unknown> };
  const where = err.context && (err.context.file || err.context.column || err.context.field)
    ? ` (${["file", "row", "column", "field"].filter((k) => err.context?.[k] !== undefined).map((k) => `${k} ${String(err.context?.[k])}`).join(", ")})`
    : "";
  process.stderr.write(`ferry: ${redact(err.message ?? String(e))}${redact(where)}\n`);
  if (!(e instanceof FerryError)) return EXIT.failed;
  switch (err.code) {
    case "usage":
      return EXIT.usage;
    case "odoo_auth":
    case "odoo_unreachable":
      return EXIT.odoo;
    case "mapping_unapproved":
      return EXIT.unapproved;
    case "owners_unresolved":
      return EXIT.owners;
    case "halted":
      return EXIT.halted;
    default:
      return EXIT.failed;
  }
}
