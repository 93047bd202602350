/**
 * `npm run bench -- mapping-memory [--rows 200000,2000000] [--only planplus,plexus] [--no-map]`
 *
 * Memory the mapping session (bridge/src/core/mapping/session.ts) holds while N generated rows go
 * through it: PlanPlus contacts (cross-record pass pp_contact_parents, 1% of ids repeated with a later
 * Modified Date) and Plexus work orders (pass px_wo_schedule_window, 1% repeated with a later updated_at).
 * Rows are generated on the fly for every read, so nothing but the session (and the context's lookup
 * index) keeps them: register all rows, prepare, map all rows (skipped with --no-map), finish.
 *
 * Each scenario runs in a fresh child process (`--expose-gc`): peak V8 heap used (sampled every 5,000
 * rows and after each phase), heap used after prepare and after finish (after a full GC), and the
 * child's peak RSS (VmHWM). "session" is the heap still held after finish minus the heap before the
 * first row (what the run carries into the next objects: the lookup index + the session's state).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SourceRecord } from "../bridge/src/core/mapping/context.ts";
import { MappingSession } from "../bridge/src/core/mapping/session.ts";
import { sourceHash } from "../bridge/src/core/hash.ts";
import { ctxFor } from "../test/mapping/helpers.ts";

const SELF = fileURLToPath(import.meta.url);
const MB = 1024 * 1024;

const CONTACT_COLS = [
  "Contact ID", "Prefix", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Job Title", "E-mail Address", "E-mail 2 Address",
  "Business Phone", "Mobile Phone", "Home Phone", "Business Fax", "Business Street", "Business City", "Business State", "Business Postal Code",
  "Business Country", "Web Page", "Birthday", "Categories", "Priority Quadrant", "Owner", "Notes", "Created Date", "Modified Date",
];

/** Row i of n: ids repeat for the last 1% of rows (a later copy of an earlier id, newer stamp). */
function idOf(i: number, n: number): { id: number; copy: boolean } {
  const dup = Math.floor(n / 100);
  return i >= n - dup ? { id: (i - (n - dup)) * 97 % (n - dup), copy: true } : { id: i, copy: false };
}

function contact(i: number, n: number): SourceRecord {
  const { id, copy } = idOf(i, n);
  const d: Record<string, string | null> = {};
  for (const c of CONTACT_COLS) d[c] = null;
  d["Contact ID"] = `C${String(id).padStart(8, "0")}`;
  d["First Name"] = `First${id % 5000}`;
  d["Last Name"] = `Last${id}`;
  d["Company"] = `Company ${id % 1000}`;
  d["Job Title"] = "Buyer";
  d["E-mail Address"] = `person${id}@example${id % 300}.com`;
  d["Business Phone"] = `(512) 555-${String(id % 10000).padStart(4, "0")}`;
  d["Business Street"] = `${id % 900} Main St`;
  d["Business City"] = "Austin";
  d["Business State"] = "TX";
  d["Business Postal Code"] = "78701";
  d["Business Country"] = "United States";
  d["Notes"] = `Met at the trade show; follow up about order ${id}.`;
  d["Created Date"] = "01/15/2023 09:30 AM";
  d["Modified Date"] = copy ? "03/02/2024 10:00 AM" : "02/01/2024 08:15 AM";
  return { origin: { source: "planplus", object: "contacts", file: "contacts.csv", row: i + 2 }, id: d["Contact ID"]!, data: d, hash: sourceHash(CONTACT_COLS.map((c) => d[c] ?? "")) };
}

function company(i: number): SourceRecord {
  const d: Record<string, string | null> = { "Company ID": `CO${i}`, "Company Name": `Company ${i}`, Industry: null, "Web Page": null, "Main Phone": null, Fax: null, Street: null, City: null, "State/Province": null, "Postal Code": null, Country: "United States", Owner: null, Description: null, "Created Date": null, "Modified Date": null };
  return { origin: { source: "planplus", object: "companies", file: "companies.csv", row: i + 2 }, id: `CO${i}`, data: d, hash: sourceHash(Object.values(d).map((v) => v ?? "")) };
}

function workOrder(i: number, n: number): SourceRecord {
  const { id, copy } = idOf(i, n);
  const data: Record<string, unknown> = {
    id: `wo_${id}`, number: `WO-${10000 + id}`, group_id: null, customer_id: `cus_${id % 5000}`, summary: `Service call ${id}`, description: `Unit ${id % 7} on roof.`,
    status: "in_progress", priority: "low", owner_user_id: null, assigned_employee_ids: [], scheduled_start: "2024-11-04T07:30:00-06:00", scheduled_end: "2024-11-04T11:45:00-06:00",
    completed_at: null, service_address: { line1: `${id % 900} Lake Rd`, line2: null, city: "Round Rock", region: "TX", postal_code: "78664", country: "US" }, notes: [], custom_fields: { gate_code: String(id % 9999) },
    updated_at: copy ? "2024-11-05T10:00:00Z" : "2024-11-04T10:00:00Z",
  };
  return { origin: { source: "plexus", object: "work_orders", file: "work_orders.jsonl", row: i + 1 }, id: String(data["id"]), data, hash: sourceHash(data) };
}

interface Figures {
  source: string;
  rows: number;
  seconds: number;
  peakHeapMb: number;
  afterPrepareMb: number;
  heldAfterFinishMb: number;
  peakRssMb: number;
}

function heap(): number {
  return process.memoryUsage().heapUsed;
}
function gcHeap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return heap();
}
function peakRss(): number {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]) / 1024;
  } catch {
    /* not Linux */
  }
  return process.resourceUsage().maxRSS / 1024;
}

function child(source: "planplus" | "plexus", n: number, map: boolean): Figures {
  const ctx = ctxFor(source);
  const session = new MappingSession(ctx);
  const object = source === "planplus" ? "contacts" : "work_orders";
  const gen = source === "planplus" ? (i: number) => contact(i, n) : (i: number) => workOrder(i, n);
  const base = gcHeap();
  let peak = base;
  const sample = (): void => {
    const h = heap();
    if (h > peak) peak = h;
  };
  const t0 = performance.now();
  if (source === "planplus") for (let i = 0; i < 1000; i++) session.register("companies", company(i));
  for (let i = 0; i < n; i++) {
    session.register(object, gen(i));
    if (i % 5000 === 0) sample();
  }
  sample();
  session.prepare(object);
  sample();
  const afterPrepare = gcHeap();
  if (map) {
    for (let i = 0; i < n; i++) {
      session.map(object, gen(i));
      if (i % 5000 === 0) sample();
    }
  }
  sample();
  session.finish(object);
  sample();
  const held = gcHeap();
  const seconds = (performance.now() - t0) / 1000;
  return { source, rows: n, seconds, peakHeapMb: (peak - base) / MB, afterPrepareMb: (afterPrepare - base) / MB, heldAfterFinishMb: (held - base) / MB, peakRssMb: peakRss() };
}

function runChild(source: string, n: number, map: boolean): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const c = spawn(process.execPath, ["--expose-gc", "--import", "tsx", SELF, "--child", source, String(n), map ? "map" : "nomap"], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    c.stdout.on("data", (b: Buffer) => (out += b.toString()));
    c.on("error", reject);
    c.on("close", (code) => {
      if (code !== 0) return reject(new Error(`child ${source} ${n} exited ${String(code)}`));
      resolve(JSON.parse(out.trim().split("\n").pop() ?? "{}") as Figures);
    });
  });
}

export async function run(args: string[]): Promise<void> {
  const opt = (name: string, dflt: string): string => {
    const i = args.indexOf(name);
    return i >= 0 ? (args[i + 1] ?? dflt) : dflt;
  };
  const rows = opt("--rows", "200000,2000000").split(",").map(Number);
  const only = opt("--only", "planplus,plexus").split(",");
  const map = !args.includes("--no-map");
  console.log(`mapping session memory (heap MB above the baseline before the first row; RSS = child's peak resident set)${map ? "" : " — map phase skipped"}`);
  console.log("| source / object | rows | peak heap | heap after prepare | held after finish | peak RSS | seconds |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const source of only) {
    for (const n of rows) {
      const f = await runChild(source, n, map);
      const name = source === "planplus" ? "PlanPlus contacts" : "Plexus work_orders";
      console.log(`| ${name} | ${n.toLocaleString("en-US")} | ${f.peakHeapMb.toFixed(0)} | ${f.afterPrepareMb.toFixed(0)} | ${f.heldAfterFinishMb.toFixed(0)} | ${f.peakRssMb.toFixed(0)} | ${f.seconds.toFixed(1)} |`);
    }
  }
}

if (process.argv[2] === "--child") {
  const f = child(process.argv[3] as "planplus" | "plexus", Number(process.argv[4]), process.argv[5] !== "nomap");
  console.log(JSON.stringify(f));
}
