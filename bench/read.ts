/**
 * `npm run bench -- read [--rows 200000,2000000] [--only csv,jsonl,api] [--parser fast,csv-parse] [--runs N]
 *  [--data DIR] [--keep] [--heap MB]`
 *
 * `--semi MB`, `--heap MB`: V8 young/old generation limits for the measuring children (default: no
 * semi-space flag, `--heap 256`; `--heap 0` = V8 defaults).
 * `--parser`: CSV engines to measure (default: both, side by side); `--runs`: repeat each measurement
 * (the machine is shared: report best and spread); `--data DIR`: keep/reuse generated files in
 * DIR/planplus-<rows>, DIR/plexus-<rows> (generation of 2M rows takes minutes).
 *
 * Generates data with the sample generator and measures, each in a fresh child process (so peak RSS
 * belongs to that scenario alone): PlanPlus contacts.csv parse+normalize, Plexus time_entries.jsonl
 * parse+normalize, and Plexus API paging through the simulator (simulator in the parent process).
 *
 * Peak RSS is the child's own high-water mark (`VmHWM` of /proc/self/status, Linux). Not
 * `process.resourceUsage().maxRSS`: getrusage keeps the RSS of the forked copy of the parent from
 * before exec, so a parent that had just generated 2M rows (malloc'd buffers) made the child "peak" at
 * ~750 MB while its own high-water mark was ~200 MB. The generator also runs in its own child now.
 * `--semi MB` / `--heap MB`: V8 --max-semi-space-size / --max-old-space-size for the measuring child.
 * `--heap` defaults to 256 (see run()); `--heap 0` measures with V8's defaults.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  isoOffsetToUtc,
  localDateOfIso,
  nameKey,
  normalizeEmail,
  normalizePhone,
  normalizeZip,
  parsePlanPlusDate,
  parsePlanPlusDateTime,
  parseQuadrant,
  personName,
  htmlToText,
} from "../bridge/src/core/normalize/index.ts";
import { openPlanPlus } from "../bridge/src/sources/planplus/index.ts";
import { openPlexusBundle } from "../bridge/src/sources/plexus/bundle.ts";
import { PlexusApiClient } from "../bridge/src/sources/plexus/api.ts";
import { startPlexusSimulator } from "../bridge/src/sources/plexus/simulator.ts";
import { generatePlanPlus, PP_BASE } from "../scripts/sample/planplus.ts";
import { generatePlexus, PX_BASE, timeEntryRecord } from "../scripts/sample/plexus.ts";

const SELF = fileURLToPath(import.meta.url);

interface Result {
  scenario: string;
  rows: number;
  records: number;
  seconds: number;
  rowsPerSec: number;
  peakRssMb: number;
  /** user+system CPU seconds of the measuring process */
  cpuSeconds: number;
  /** rows per CPU second: less sensitive to other load on a shared machine than wall-clock rows/s */
  rowsPerCpuSec: number;
  bytes?: number;
  /** peak V8 heap used / external (incl. ArrayBuffers) sampled every 20 ms, MB */
  peakHeapMb?: number;
  peakExternalMb?: number;
  /** reader counts of the file (ObjectReader.counts) */
  counts?: { read: number; valid: number; rejected: number; skipped: number };
}

type ChildResult = Omit<Result, "scenario">;

/** This process's peak resident set in MB: VmHWM (Linux), else getrusage maxRSS (see the header note). */
function peakRssMb(): number {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** Samples V8 heap used and external memory every 20 ms (the readers yield to the event loop per chunk). */
const peaks = { heap: 0, external: 0 };
function startSampler(): () => void {
  const t = setInterval(() => {
    const m = process.memoryUsage();
    if (m.heapUsed > peaks.heap) peaks.heap = m.heapUsed;
    if (m.external > peaks.external) peaks.external = m.external;
  }, 20);
  return () => clearInterval(t);
}

function finish(t0: number, c0: NodeJS.CpuUsage, rows: number, records: number): ChildResult {
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    rows,
    records,
    seconds,
    rowsPerSec: Math.round(rows / seconds),
    peakRssMb: peakRssMb(),
    peakHeapMb: peaks.heap / 1048576,
    peakExternalMb: peaks.external / 1048576,
    cpuSeconds,
    rowsPerCpuSec: Math.round(rows / cpuSeconds),
  };
}

// ---------------------------------------------------------------- child scenarios
async function childCsv(dir: string, parser: "fast" | "csv-parse"): Promise<ChildResult> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const ex = await openPlanPlus(dir, { parser });
  const reader = ex.objects.get("contacts");
  if (!reader) throw new Error("contacts.csv missing");
  let rows = 0;
  let records = 0;
  let sink = 0;
  for await (const item of reader.read()) {
    rows++;
    if (item.kind !== "record") continue;
    records++;
    const d = item.record.data as Record<string, string | null>;
    const country = d["Business Country"];
    const e = normalizeEmail(d["E-mail Address"]);
    const p1 = normalizePhone(d["Business Phone"], country);
    const p2 = normalizePhone(d["Mobile Phone"], country);
    const name = personName(d["First Name"], d["Middle Name"], d["Last Name"], d["Suffix"]);
    const zip = normalizeZip(d["Business Postal Code"], country);
    const c = parsePlanPlusDateTime(d["Created Date"], "America/Chicago");
    const m = parsePlanPlusDateTime(d["Modified Date"], "America/Chicago");
    const b = d["Birthday"] ? parsePlanPlusDate(d["Birthday"]) : null;
    const q = parseQuadrant(d["Priority Quadrant"]);
    const k = nameKey(d["Company"]);
    const notes = d["Notes"] ? htmlToText(d["Notes"]) : "";
    sink += (e.email?.length ?? 0) + (p1.phone?.length ?? 0) + (p2.phone?.length ?? 0) + name.length + (zip?.length ?? 0) + (c ? 1 : 0) + (m ? 1 : 0) + (b ? 1 : 0) + (q ? 1 : 0) + k.length + notes.length;
  }
  if (sink < 0) console.log(sink);
  const c = reader.counts;
  return { ...finish(t0, c0, rows, records), ...(c ? { counts: { read: c.read, valid: c.valid, rejected: c.rejected, skipped: c.skipped } } : {}) };
}

async function childJsonl(dir: string): Promise<ChildResult> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const ex = await openPlexusBundle(dir);
  const reader = ex.objects.get("time_entries");
  if (!reader) throw new Error("time_entries.jsonl missing");
  let rows = 0;
  let records = 0;
  let sink = 0;
  for await (const item of reader.read()) {
    rows++;
    if (item.kind !== "record") continue;
    records++;
    const d = item.record.data;
    const s = isoOffsetToUtc(String(d["start"]));
    const e = isoOffsetToUtc(String(d["end"]));
    const day = localDateOfIso(String(d["start"]));
    const minutes = s && e ? (Date.parse(`${e.replace(" ", "T")}Z`) - Date.parse(`${s.replace(" ", "T")}Z`)) / 60_000 : 0;
    sink += (day?.length ?? 0) + (Math.abs(minutes - Number(d["duration_minutes"])) > 1 ? 1 : 0);
  }
  if (sink < 0) console.log(sink);
  const c = reader.counts;
  return { ...finish(t0, c0, rows, records), ...(c ? { counts: { read: c.read, valid: c.valid, rejected: c.rejected, skipped: c.skipped } } : {}) };
}

async function childApi(url: string): Promise<ChildResult> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const client = new PlexusApiClient({ baseUrl: url, token: "bench-token", allowInsecure: true });
  let rows = 0;
  let sink = 0;
  for await (const page of client.pages("time_entries")) {
    for (const r of page) {
      rows++;
      sink += isoOffsetToUtc(String(r["start"]))?.length ?? 0;
    }
  }
  if (sink < 0) console.log(sink);
  return finish(t0, c0, rows, rows);
}

// ---------------------------------------------------------------- parent
function runChild(kind: string, target: string, v8: { heap?: number | undefined; semi?: number | undefined }, extra = ""): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const flags = [...(v8.heap ? [`--max-old-space-size=${v8.heap}`] : []), ...(v8.semi ? [`--max-semi-space-size=${v8.semi}`] : [])];
    const child = spawn(process.execPath, [...flags, "--import", "tsx", SELF, "--child", kind, target, extra], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.on("exit", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      if (code !== 0) reject(new Error(`child ${kind} exited ${code}: ${out}`));
      else resolve(JSON.parse(line) as ChildResult);
    });
  });
}

function fmt(r: Result): string {
  const mb = r.bytes ? ` ${(r.bytes / 1048576).toFixed(0).padStart(5)} MB file` : "            ";
  const c = r.counts ? `  reader: read ${r.counts.read} valid ${r.counts.valid} rejected ${r.counts.rejected} skipped ${r.counts.skipped}` : "";
  return `${r.scenario.padEnd(52)} ${String(r.rows).padStart(9)} rows ${r.seconds.toFixed(1).padStart(6)} s ${String(r.rowsPerSec).padStart(7)} rows/s ${String(r.rowsPerCpuSec).padStart(7)} rows/CPU-s  peak RSS ${r.peakRssMb.toFixed(0).padStart(4)} MB (heap ${(r.peakHeapMb ?? 0).toFixed(0)}, ext ${(r.peakExternalMb ?? 0).toFixed(0)})${mb}  (load ${loadavg()[0]?.toFixed(1)})${c}`;
}

export async function run(args: string[]): Promise<void> {
  const get = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sizes = (get("rows") ?? "200000,2000000").split(",").map(Number);
  const only = (get("only") ?? "csv,jsonl,api").split(",");
  const keep = args.includes("--keep");
  const parsers = (get("parser") ?? "fast,csv-parse").split(",") as ("fast" | "csv-parse")[];
  const runs = Math.max(1, Number(get("runs") ?? "1"));
  const dataDir = get("data");
  /**
   * `--heap MB`: run the measuring processes with --max-old-space-size=MB. Default 256: V8 then uses its
   * memory-constrained heap growth (the readers' live heap is ~26 MB, so the cap never binds; with V8's
   * defaults the old generation fills with garbage on long runs: CSV 2M rows 259–270 MB instead of
   * 171–175 MB, docs/benchmarks.md). `--heap 0`: V8 defaults.
   */
  const heapArg = get("heap");
  const heap = heapArg === undefined ? 256 : Number(heapArg) > 0 ? Number(heapArg) : undefined;
  const semi = get("semi") ? Number(get("semi")) : undefined;
  const v8 = { heap, semi };
  const results: Result[] = [];
  console.log(`Read benchmark ${new Date().toISOString().slice(0, 16)} UTC: node ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}${heap ? `, --max-old-space-size=${heap}` : ", V8 default heap limits"}${semi ? `, --max-semi-space-size=${semi}` : ""}`);
  for (const n of sizes) {
    const work = dataDir ? path.resolve(dataDir) : mkdtempSync(path.join(tmpdir(), `ferry-bench-read-${n}-`));
    try {
      if (only.includes("csv")) {
        const dir = path.join(work, dataDir ? `planplus-${n}` : "planplus");
        const scale = Math.ceil(n / PP_BASE.contacts);
        const file = path.join(dir, "contacts.csv");
        if (!dataDir || !existsSync(file)) {
          const g0 = performance.now();
          await generateInChild("planplus", dir, scale);
          console.log(`  generated contacts.csv (${(statSync(file).size / 1048576).toFixed(0)} MB) in ${((performance.now() - g0) / 1000).toFixed(1)} s`);
        }
        for (let k = 0; k < runs; k++) {
          for (const parser of parsers) {
            const r = { scenario: `PlanPlus contacts.csv parse+normalize (${parser === "fast" ? "built-in tokenizer" : "csv-parse"})`, ...(await runChild("csv", dir, v8, parser)), bytes: statSync(file).size };
            results.push(r);
            console.log(fmt(r));
          }
        }
      }
      if (only.includes("jsonl")) {
        const dir = path.join(work, dataDir ? `plexus-${n}` : "plexus");
        const scale = Math.ceil(n / PX_BASE.time_entries);
        const file = path.join(dir, "time_entries.jsonl");
        if (!dataDir || !existsSync(file)) {
          const g0 = performance.now();
          await generateInChild("plexus", dir, scale);
          console.log(`  generated time_entries.jsonl (${(statSync(file).size / 1048576).toFixed(0)} MB) in ${((performance.now() - g0) / 1000).toFixed(1)} s`);
        }
        for (let k = 0; k < runs; k++) {
          const r = { scenario: "Plexus time_entries.jsonl parse+normalize", ...(await runChild("jsonl", dir, v8)), bytes: statSync(file).size };
          results.push(r);
          console.log(fmt(r));
        }
      }
      if (only.includes("api")) {
        const ctx = { nEmp: 100, nWo: 1000, nJl: 2000 };
        const sim = await startPlexusSimulator({ token: "bench-token", objects: { time_entries: { count: n, get: (i) => timeEntryRecord(i, ctx) } } });
        try {
          for (let k = 0; k < runs; k++) {
            const r = { scenario: "Plexus API paging (simulator, limit 500)", ...(await runChild("api", sim.url, v8)) };
            results.push(r);
            console.log(fmt(r));
          }
        } finally {
          await sim.close();
        }
      }
    } finally {
      if (!keep && !dataDir) rmSync(work, { recursive: true, force: true });
    }
  }
  console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  console.log("\n| scenario | rows | wall s | rows/s (wall) | CPU s | rows/CPU-s | peak RSS (MB) | peak heap / external (MB) |\n|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of results)
    console.log(`| ${r.scenario} | ${r.rows.toLocaleString("en-US")} | ${r.seconds.toFixed(1)} | ${r.rowsPerSec.toLocaleString("en-US")} | ${r.cpuSeconds.toFixed(1)} | ${r.rowsPerCpuSec.toLocaleString("en-US")} | ${r.peakRssMb.toFixed(0)} | ${(r.peakHeapMb ?? 0).toFixed(0)} / ${(r.peakExternalMb ?? 0).toFixed(0)} |`);
}

/** Generates a data set in a child process, so the parent (which spawns the measuring children) stays small. */
function generateInChild(kind: "planplus" | "plexus", dir: string, scale: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", SELF, "--generate", kind, dir, String(scale)], { stdio: ["ignore", "inherit", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`generator exited ${code}`))));
  });
}

if (process.argv[2] === "--generate") {
  const [kind, dir, scale] = process.argv.slice(3);
  if (kind === "planplus") generatePlanPlus(dir as string, { scale: Number(scale), seed: "bench", only: ["contacts"] });
  else generatePlexus(dir as string, { scale: Number(scale), seed: "bench", only: ["time_entries"] });
}

if (process.argv[2] === "--child") {
  const stopSampler = startSampler();
  const kind = process.argv[3];
  const target = process.argv[4] ?? "";
  const r = kind === "csv" ? await childCsv(target, process.argv[5] === "csv-parse" ? "csv-parse" : "fast") : kind === "jsonl" ? await childJsonl(target) : await childApi(target);
  stopSampler();
  process.stdout.write(JSON.stringify(r) + "\n");
}
