/**
 * `npm run demo`: the whole flow on the bundled sample exports into Ferry's built-in Odoo 18
 * simulator (no Odoo server needed), ending with a report. Steps: plan (dry run) → run → run again
 * (idempotent: nothing new) for each source system present in sample/.
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { startSimulator } from "../bridge/src/odoo/simulator/index.ts";
import { executeRun, type RunResult } from "../bridge/src/run/session.ts";
import { resolveSettings } from "../bridge/src/cli/settings.ts";
import { printSummary } from "../bridge/src/cli/summary.ts";
import { approveMappingFile, proposeMapping } from "../bridge/src/cli/map.ts";

const root = resolve(import.meta.dirname, "..");
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
const demoDir = join(root, "runs", `demo-${stamp}`);
await mkdir(demoDir, { recursive: true });

const sim = await startSimulator({ port: 0 });
const line = "─".repeat(78);
console.log(line);
console.log("Ferry demo — target: Ferry's BUILT-IN ODOO 18 SIMULATOR (in-memory, no Odoo server needed)");
console.log(`  simulator: ${sim.url}  db ${sim.db}  user ${sim.user}`);
console.log("  To migrate into a real Odoo instead:");
console.log("    npx ferry run --source planplus --input <export folder> \\");
console.log("      --odoo https://your-odoo --db <db> --user <login> --api-key <key>   (or FERRY_ODOO_* env vars)");
console.log(line);

const sources: { source: "planplus" | "plexus"; input: string; extra: Record<string, string> }[] = [
  { source: "planplus", input: join(root, "sample", "planplus"), extra: { exportTimeZone: "America/Chicago" } },
  { source: "plexus", input: join(root, "sample", "plexus"), extra: {} },
];

const results: { label: string; result: RunResult }[] = [];
let failed = false;
try {
  for (const s of sources) {
    if (!existsSync(s.input)) {
      console.log(`(no sample at ${relative(root, s.input)}; run \`npm run sample\` to generate it)`);
      continue;
    }
    const common = { source: s.source, input: s.input, fallbackOwner: "admin", ...s.extra };
    // Ferry proposes the mapping; a person reviews and approves it before any record moves.
    console.log(`\n▶ ${s.source}: propose the mapping, then approve it (in a real migration: after review of mapping.md)`);
    const proposed = await proposeMapping(resolveSettings({ ...common, out: join(demoDir, `${s.source}-0-mapping`) }, {}));
    await approveMappingFile(proposed.file, "Demo reviewer");
    console.log(`  ${relative(process.cwd(), proposed.file)} approved by "Demo reviewer"; readable version: ${relative(process.cwd(), proposed.markdown)}`);
    const odoo = { odooUrl: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey };
    const steps: { label: string; mode: "plan" | "run"; flags: Record<string, unknown> }[] = [
      { label: `${s.source}: plan (dry run)`, mode: "plan", flags: { ...common, out: join(demoDir, `${s.source}-1-plan`) } },
      { label: `${s.source}: run into the simulator`, mode: "run", flags: { ...common, ...odoo, out: join(demoDir, `${s.source}-2-run`) } },
      { label: `${s.source}: run again (idempotent: expect nothing new)`, mode: "run", flags: { ...common, ...odoo, out: join(demoDir, `${s.source}-3-rerun`) } },
    ];
    for (const step of steps) {
      console.log(`\n▶ ${step.label}`);
      const settings = resolveSettings(step.flags, {});
      const result = await executeRun(step.mode, settings, { acceptPhases: new Set(["*"]), mappingFile: proposed.file });
      printSummary(result, process.stdout);
      results.push({ label: step.label, result });
      if (!result.reconciliation.balanced) failed = true;
    }
  }
} catch (e) {
  failed = true;
  console.error(`demo failed: ${(e as Error).stack ?? String(e)}`);
} finally {
  await sim.close();
}

console.log(`\n${line}`);
console.log("Demo summary (target: built-in Odoo 18 simulator)");
for (const { label, result } of results) {
  const created = Object.values(result.reconciliation.created).reduce((a, b) => a + b, 0);
  const landed = result.reconciliation.objects.reduce((a, o) => a + o.loaded, 0);
  console.log(`  ${label.padEnd(58)} landed ${String(landed).padStart(5)}  new ${String(created).padStart(5)}`);
}
const firstRuns = results.filter((r) => r.label.endsWith("run into the simulator"));
if (firstRuns.length) console.log("\nOpen the reports:");
for (const r of firstRuns) console.log(`  ${r.label.split(":")[0]}: ${relative(process.cwd(), r.result.reportPath)}`);
console.log(`All run folders: ${relative(process.cwd(), demoDir)}`);
process.exitCode = failed || results.length === 0 ? 1 : 0;
