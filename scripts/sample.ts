/**
 * `npm run sample -- --scale N [--out DIR] [--seed S] [--source planplus|plexus|both] [--users-encoding utf-8|utf-8-bom|windows-1252]`
 *
 * Writes a deterministic PlanPlus Business export (<out>/planplus/) and Plexus bundle (<out>/plexus/),
 * each with <out>/<source>.expected.json. Default out: `sample/` for scale 1, else `sample/generated/scale-N/`.
 */
import path from "node:path";
import { rmSync } from "node:fs";
import { generatePlanPlus } from "./sample/planplus.ts";
import { generatePlexus } from "./sample/plexus.ts";
import { writeExpected } from "./sample/expected.ts";
import type { FileEncoding } from "./sample/util.ts";

function arg(name: string, def?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : def;
}

const scale = Number(arg("scale", "1"));
if (!Number.isInteger(scale) || scale < 1) {
  console.error("--scale must be a positive integer");
  process.exit(2);
}
const seed = arg("seed", "1") as string;
const source = arg("source", "both") as string;
const out = path.resolve(arg("out") ?? (scale === 1 ? "sample" : path.join("sample", "generated", `scale-${scale}`)));
const usersEncoding = arg("users-encoding") as FileEncoding | undefined;

const started = Date.now();
if (source === "planplus" || source === "both") {
  const dir = path.join(out, "planplus");
  rmSync(dir, { recursive: true, force: true });
  const t = generatePlanPlus(dir, { scale, seed, ...(usersEncoding ? { usersEncoding } : {}) });
  writeExpected(path.join(out, "planplus.expected.json"), "planplus", "planplus", scale, seed, t);
  const total = Object.values(t.objects).reduce((s, o) => s + o.source_count, 0);
  console.log(`PlanPlus export: ${dir} (${total} rows, ${t.defects.length} injected defects)`);
}
if (source === "plexus" || source === "both") {
  const dir = path.join(out, "plexus");
  rmSync(dir, { recursive: true, force: true });
  const t = generatePlexus(dir, { scale, seed });
  writeExpected(path.join(out, "plexus.expected.json"), "plexus", "plexus", scale, seed, t);
  const total = Object.values(t.objects).reduce((s, o) => s + o.source_count, 0);
  console.log(`Plexus bundle:   ${dir} (${total} lines, ${t.defects.length} injected defects)`);
}
console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
