/** `ferry export --plexus-url URL --plexus-token T --out DIR`: a Plexus API tenant to an offline bundle (sources.md A.6). */
import type { Command } from "commander";
import { FerryError } from "../../core/errors.ts";
import { PlexusApiClient } from "../../sources/plexus/api.ts";
import { exportBundle } from "../../sources/plexus/export.ts";
import { PLEXUS_OBJECTS } from "../../sources/plexus/objects.ts";
import { safeJson } from "../../run/secrets.ts";
import { resolveSettings } from "../settings.ts";

/** http:// is accepted for a Plexus API on this machine only (the simulator, a tunnel); anything else needs https. */
function loopback(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === "127.0.0.1" || host === "localhost" || host === "[::1]" || host === "::1";
  } catch {
    return false;
  }
}

export function register(program: Command, helpers: { connectionOptions: (cmd: Command) => Command }): void {
  helpers
    .connectionOptions(
      program
        .command("export")
        .description("write a Plexus API tenant to an offline bundle (sources.md A.6): <object>.jsonl per endpoint, attachment files under files/, manifest.json with counts and SHA-256; the token is never written"),
    )
    .option("--since <time>", "delta export: records modified since this ISO 8601 time (tombstones included)")
    .option("--objects <names>", `comma-separated objects (default all: ${PLEXUS_OBJECTS.join(", ")})`)
    .option("--no-files", "do not download attachment binaries")
    .action(async (flags: Record<string, unknown>) => {
      const settings = resolveSettings(flags);
      if (!settings.plexusUrl) throw new FerryError("usage", "`ferry export` needs --plexus-url (or FERRY_PLEXUS_URL)");
      if (!settings.plexusToken) throw new FerryError("usage", "`ferry export` needs --plexus-token (or FERRY_PLEXUS_TOKEN)");
      if (!settings.out) throw new FerryError("usage", "`ferry export` needs --out DIR (the bundle folder)");
      const objects = typeof flags.objects === "string" ? flags.objects.split(",").map((s) => s.trim()).filter(Boolean) : undefined;
      const unknown = (objects ?? []).filter((o) => !(PLEXUS_OBJECTS as readonly string[]).includes(o));
      if (unknown.length) throw new FerryError("usage", `unknown Plexus object(s): ${unknown.join(", ")}`);
      let since: string | null = null;
      if (typeof flags.since === "string") {
        const t = Date.parse(flags.since);
        if (Number.isNaN(t)) throw new FerryError("usage", `--since ${flags.since} is not an ISO 8601 date or date-time`);
        since = new Date(t).toISOString().replace(/\.\d{3}Z$/, "Z");
      }
      const client = new PlexusApiClient({ baseUrl: settings.plexusUrl, token: settings.plexusToken, allowInsecure: loopback(settings.plexusUrl) });
      const tty = process.stderr.isTTY;
      const r = await exportBundle(client, settings.out, {
        ...(objects ? { objects } : {}),
        modifiedSince: since,
        downloadFiles: flags.files !== false,
        ...(tty ? { onProgress: (object: string, n: number) => process.stderr.write(`\r\u001b[2K${object}: ${n} records`) } : {}),
      });
      if (tty) process.stderr.write("\r\u001b[2K");
      if (settings.json) process.stdout.write(`${safeJson(r)}\n`);
      const out = settings.json ? process.stderr : process.stdout;
      const lines = [`Plexus ${since ? `delta export since ${since}` : "export"} → ${r.dir}`];
      for (const [object, n] of Object.entries(r.counts)) lines.push(`  ${object.padEnd(26)} ${n}`);
      lines.push(`attachments: ${r.attachments.downloaded} downloaded, ${r.attachments.missing.length} missing, ${r.attachments.mismatched.length} checksum mismatches`);
      for (const w of r.warnings) lines.push(`warning: ${w}`);
      lines.push(`read it with: --source plexus --input ${r.dir}`);
      out.write(`${lines.join("\n")}\n`);
    });
}
