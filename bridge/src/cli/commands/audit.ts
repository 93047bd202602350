/** `ferry audit`: destination audit → audit.json + audit.html; `--install` installs missing apps after confirmation. */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import type { Command } from "commander";
import { FerryError } from "../../core/errors.ts";
import { renderAuditHtml } from "../../core/validate-report.ts";
import { OdooClient } from "../../odoo/client.ts";
import { audit, loadAuditMapping } from "../../run/audit.ts";
import { safeJson } from "../../run/secrets.ts";
import { newRunId } from "../../run/session.ts";
import { openSource } from "../../run/source.ts";
import { odooConnection, resolveSettings, type Settings } from "../settings.ts";

export async function connectFor(command: string, settings: Settings): Promise<OdooClient> {
  const conn = odooConnection(settings);
  if (!conn) throw new FerryError("usage", `\`ferry ${command}\` needs --odoo, --db, --user and --api-key (or FERRY_ODOO_* env vars)`);
  return OdooClient.connect(conn);
}

/** One overwritten status line on stderr when it is a terminal (cli.md: progress only on a TTY); call done() before printing. */
export function progressLine(): { step: (s: string) => void; done: () => void } {
  const tty = Boolean(process.stderr.isTTY);
  let shown = false;
  return {
    step: (s) => {
      if (!tty) return;
      process.stderr.write(`\r\x1b[2K${s}…`);
      shown = true;
    },
    done: () => {
      if (shown) process.stderr.write("\r\x1b[2K");
      shown = false;
    },
  };
}

/** Confirmation for installing apps: --yes, else an interactive prompt; never silently without a terminal. */
export function installConfirm(settings: Settings): (apps: string[]) => Promise<boolean> {
  return async (apps) => {
    if (settings.yes) return true;
    if (!process.stdin.isTTY || !process.stderr.isTTY) {
      throw new FerryError("usage", `installing ${apps.join(", ")} needs confirmation: pass --yes (no terminal to ask)`);
    }
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      const answer = await rl.question(`Install ${apps.join(", ")} into the Odoo database? This can take minutes. [y/N] `);
      return /^y(es)?$/i.test(answer.trim());
    } finally {
      rl.close();
    }
  };
}

export function register(program: Command, helpers: { connectionOptions: (cmd: Command) => Command }): void {
  helpers
    .connectionOptions(program.command("audit").description("destination audit: Odoo version, required vs installed apps, module fallbacks, records that may collide, users; writes audit.json, audit.html"))
    .option("--install", "install the missing required apps (asks first; --yes to confirm in scripts)")
    .option("--mapping <file>", "mapping document (default: the reference mapping of the source)")
    .action(async (flags: Record<string, unknown>) => {
      const settings = resolveSettings(flags);
      if (!settings.source) throw new FerryError("usage", "--source plexus|planplus is required (it decides the apps in scope)");
      const out = resolve(settings.out ?? join("runs", newRunId(`audit-${settings.source}`)));
      const doc = await loadAuditMapping(settings.source, flags.mapping as string | undefined);
      const client = await connectFor("audit", settings);
      try {
        const exp = settings.input ? await openSource(settings) : undefined;
        const bar = progressLine();
        const report = await audit({
          progress: bar.step,
          client,
          source: settings.source,
          doc,
          ...(exp ? { exp } : {}),
          ...(flags.install ? { install: { confirm: async (apps: string[]) => (bar.done(), installConfirm(settings)(apps)) } } : {}),
        }).finally(bar.done);
        await mkdir(out, { recursive: true });
        await writeFile(join(out, "audit.json"), `${safeJson(report, 2)}\n`);
        await writeFile(join(out, "audit.html"), renderAuditHtml(report));
        if (settings.json) process.stdout.write(`${safeJson(report)}\n`);
        const w = settings.json ? process.stderr : process.stdout;
        w.write(`Odoo ${report.odoo.version} at ${report.odoo.url} db ${report.odoo.db}\n`);
        w.write(report.missing.length ? `missing apps: ${report.missing.join(", ")} (ferry audit --install)\n` : "all required apps installed\n");
        for (const f of report.fallbacks) w.write(`  ${f.object}: ${f.variant ?? "none"} (${f.label})\n`);
        w.write(`collisions: ${Object.entries(report.collision_counts).map(([k, v]) => `${k} ${v}`).join(", ")} · users ${report.users_total}\n`);
        if (report.install) w.write(`installed: ${report.install.installed.join(", ") || "none"}${report.install.declined.length ? ` · declined: ${report.install.declined.join(", ")}` : ""}\n`);
        w.write(`report: ${join(out, "audit.html")}\n`);
      } finally {
        await client.close();
      }
    });
}
