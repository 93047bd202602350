/** `ferry owners`: owner resolution report → owners.json (with the editable override table) + owners.csv; exit 5 when owners stay unresolved without a fallback. */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { FerryError } from "../../core/errors.ts";
import { ownersCsv, readOverrides, resolveOwners } from "../../run/owners.ts";
import { safeJson } from "../../run/secrets.ts";
import { openSource } from "../../run/source.ts";
import { loadAuditMapping } from "../../run/audit.ts";
import { resolveSettings } from "../settings.ts";
import { connectFor, progressLine } from "./audit.ts";

export function register(program: Command, helpers: { connectionOptions: (cmd: Command) => Command }): void {
  helpers
    .connectionOptions(
      program
        .command("owners")
        .description("match every source owner/employee to an Odoo user by normalized e-mail (archived users included); writes owners.json (edit its `overrides` table: source key → Odoo login, then run again) and owners.csv"),
    )
    .option("--mapping <file>", "mapping document (default: the reference mapping of the source)")
    .option("--overrides <file>", "read the override table from this owners.json (default: <out>/owners.json)")
    .action(async (flags: Record<string, unknown>) => {
      const settings = resolveSettings(flags);
      if (!settings.source) throw new FerryError("usage", "--source plexus|planplus is required");
      if (!settings.input) throw new FerryError("usage", "--input <folder or zip> is required");
      // a stable default folder, so the override table written here is read back on the next call
      const out = resolve(settings.out ?? join("runs", `owners-${settings.source}`));
      const overrides = await readOverrides((flags.overrides as string | undefined) ?? join(out, "owners.json"));
      const doc = await loadAuditMapping(settings.source, flags.mapping as string | undefined);
      const client = await connectFor("owners", settings);
      try {
        const exp = await openSource(settings);
        const bar = progressLine();
        const report = await resolveOwners({ client, exp, doc, fallbackOwner: settings.fallbackOwner, overrides, progress: bar.step }).finally(bar.done);
        await mkdir(out, { recursive: true });
        await writeFile(join(out, "owners.json"), `${safeJson(report, 2)}\n`);
        await writeFile(join(out, "owners.csv"), ownersCsv(report));
        if (settings.json) process.stdout.write(`${safeJson(report)}\n`);
        const w = settings.json ? process.stderr : process.stdout;
        const s = report.summary;
        w.write(`owners: ${s.matched} matched, ${s.inactive} inactive/archived, ${s.override} by override, ${s.unmatched} unmatched (${s.rows_unmatched} rows), ${s.ambiguous} ambiguous (${s.rows_ambiguous} rows)\n`);
        for (const o of report.owners.filter((x) => x.status === "unmatched" || x.status === "ambiguous").slice(0, 20)) {
          w.write(`  ${o.status.padEnd(9)} ${o.key}  ${Object.entries(o.rows).map(([k, v]) => `${k} ${v}`).join(", ")}${o.note ? `  (${o.note})` : ""}\n`);
        }
        for (const x of report.warnings) w.write(`warning: ${x}\n`);
        w.write(`report: ${join(out, "owners.csv")} · override table: ${join(out, "owners.json")}\n`);
        if (report.fallback_owner && report.fallback_owner.odoo_user_id === null) {
          throw new FerryError("owners_unresolved", `fallback owner "${report.fallback_owner.login}" is not an Odoo user`);
        }
        if (!report.ok) {
          throw new FerryError("owners_unresolved", `${report.unresolved} owner(s) unresolved and no --fallback-owner: create the users, fill the override table in ${join(out, "owners.json")}, or set --fallback-owner`);
        }
      } finally {
        await client.close();
      }
    });
}
