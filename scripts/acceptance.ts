/**
 * `npm run acceptance [-- --scale N --source planplus|plexus|both --out DIR --fault-rate 0.05 --crash-kills 20 --sample-size 5]`
 *
 * End-to-end acceptance harness (docs/acceptance.md): writes <out>/scoreboard.json and
 * <out>/scoreboard.md, prints the Markdown scoreboard, exits 1 when any check fails.
 * Real Odoo instead of the simulator: set ODOO_URL, ODOO_DB, ODOO_USER, ODOO_PASSWORD.
 */
import { resolve } from "node:path";
import { renderMarkdown } from "./acceptance/scoreboard.ts";
import { runAcceptance, type SourceName } from "./acceptance/harness.ts";

function arg(name: string, def?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : def;
}

const scale = Number(arg("scale", "1"));
const sourceArg = arg("source", "both") as string;
if (!Number.isInteger(scale) || scale < 1 || !["planplus", "plexus", "both"].includes(sourceArg)) {
  console.error("usage: npm run acceptance -- [--scale N] [--source planplus|plexus|both] [--out DIR] [--fault-rate 0.05] [--crash-kills 20] [--sample-size 5]");
  process.exit(2);
}
const crashKills = Number(arg("crash-kills", "20"));
const sampleSize = Number(arg("sample-size", "5"));
if (!Number.isInteger(crashKills) || crashKills < 0 || !Number.isInteger(sampleSize) || sampleSize < 1) {
  console.error("--crash-kills: a whole number ≥ 0; --sample-size: a whole number ≥ 1");
  process.exit(2);
}
const sources: SourceName[] = sourceArg === "both" ? ["planplus", "plexus"] : [sourceArg as SourceName];
const out = resolve(arg("out") ?? `runs/acceptance-scale-${scale}`);
const env = process.env;
const odoo = env.ODOO_URL ? { url: env.ODOO_URL, db: env.ODOO_DB ?? "", user: env.ODOO_USER ?? "admin", password: env.ODOO_PASSWORD ?? "" } : undefined;
if (odoo && (!odoo.db || !odoo.password)) {
  console.error("ODOO_URL is set: ODOO_DB and ODOO_PASSWORD are needed too");
  process.exit(2);
}

const board = await runAcceptance({ scale, sources, out, ...(odoo ? { odoo } : {}), faultRate: Number(arg("fault-rate", "0.05")), crashKills, sampleSize, noReruns: process.argv.includes("--no-reruns") });
process.stdout.write(renderMarkdown(board));
process.stdout.write(`\nscoreboard: ${out}/scoreboard.json, ${out}/scoreboard.md\n`);
process.exit(board.passed ? 0 : 1);
