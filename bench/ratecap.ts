/**
 * `npm run bench -- ratecap [--rps 1] [--rows 4000] [--scale 60] [--only writer,run] [--rounds 2] [--keep]`
 *
 * Rate-capped mode (Odoo Online allows about 1 request per second): rows/s Ferry achieves with every
 * Odoo request held to `--rps`, side by side with the same load uncapped, in the same run.
 * - writer: Ferry's batch writer loads a contacts-like object (companies, then people with their
 *   company, country, phone, address, notes) with the client capped and uncapped, in rotating order.
 * - run: the `ferry` command line (`ferry run --max-rps N`) migrates a generated PlanPlus export of
 *   users, companies, contacts and their company links (`--scale`), capped and uncapped.
 * Every request passes a counting proxy on 127.0.0.1, which reports requests by method and the most
 * requests seen in any one-second window (proof the cap holds). Target: ODOO_URL / ODOO_DB /
 * ODOO_USER / ODOO_PASSWORD, else a fresh built-in simulator per measurement (clearly labelled).
 * On a real server the records are removed afterwards (`ferry rollback` for the runs) unless `--keep`.
 */
import { spawn } from "node:child_process";
import { createServer, request as httpRequest } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import { mkdtempSync, rmSync, readFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { OdooClient } from "../bridge/src/odoo/client.ts";
import type { OdooConnection } from "../bridge/src/odoo/client.ts";
import { loadBatches } from "../bridge/src/odoo/writer.ts";
import type { LoadRow } from "../bridge/src/odoo/writer.ts";
import { startSimulator } from "../bridge/src/odoo/simulator/index.ts";
import type { Simulator } from "../bridge/src/odoo/simulator/index.ts";
import { generatePlanPlus } from "../scripts/sample/planplus.ts";

const ROOT = new URL("..", import.meta.url).pathname;

function arg(args: string[], name: string, def: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : def;
}

interface Hit {
  at: number;
  call: string;
}

/** HTTP proxy that forwards everything to `target` and notes each request's time and Odoo method. */
async function countingProxy(target: string): Promise<{ url: string; hits: Hit[]; close: () => Promise<void> }> {
  const to = new URL(target);
  const hits: Hit[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      let call = `${req.method} ${req.url}`;
      try {
        const j = JSON.parse(body.toString("utf8")) as { params?: { service?: string; method?: string; args?: unknown[] } };
        const p = j.params;
        if (p?.service === "object" && Array.isArray(p.args)) call = `${String(p.args[3])}.${String(p.args[4])}`;
        else if (p?.service) call = `${p.service}.${String(p.method)}`;
      } catch {
        /* not JSON: keep the path */
      }
      hits.push({ at: Date.now(), call });
      const fwd = httpRequest(
        { host: to.hostname, port: to.port || 80, path: req.url, method: req.method, headers: { ...req.headers, host: to.host, "content-length": String(body.length) } },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      fwd.on("error", () => {
        res.writeHead(502);
        res.end();
      });
      fwd.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const addr = server.address() as { port: number };
  return { url: `http://127.0.0.1:${addr.port}`, hits, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** Most requests in any window of `ms` (sliding, starting at each request). */
function peakInWindow(hits: Hit[], ms = 1000): number {
  let best = 0;
  for (let i = 0, j = 0; i < hits.length; i++) {
    while ((hits[i] as Hit).at - (hits[j] as Hit).at >= ms) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

/** Shortest gap between two consecutive requests reaching the proxy (ms). */
function minGap(hits: Hit[]): number {
  let best = Infinity;
  for (let i = 1; i < hits.length; i++) best = Math.min(best, (hits[i] as Hit).at - (hits[i - 1] as Hit).at);
  return best === Infinity ? 0 : best;
}

/** Rows per second from the first `load` request to the last request (set-up calls before excluded). */
function loadPhase(hits: Hit[], rows: number, endAt: number): number {
  const first = hits.find((h) => h.call.endsWith(".load"));
  return first ? rows / Math.max(0.001, (endAt - first.at) / 1000) : 0;
}

function byCall(hits: Hit[]): string {
  const m = new Map<string, number>();
  for (const h of hits) m.set(h.call, (m.get(h.call) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ");
}

interface Line {
  test: string;
  cap: string;
  rows: number;
  landed: number;
  requests: number;
  seconds: number;
  rowsPerSec: number;
  peak1s: number;
  minGapMs: number;
  /** Rows/s from the first load request on (set-up requests excluded). */
  loadPhaseRowsPerSec: number;
  calls: string;
  round: number;
}

const WRITER_FIELDS = ["id", "name", "is_company", "email", "phone", "street", "city", "zip", "country_id/id", "function", "comment", "parent_id/id"];

/** A contacts-like object: one company per 10 rows, people linked to them. */
function contactRows(tag: string, n: number): { companies: LoadRow[]; people: LoadRow[] } {
  const companies: LoadRow[] = [];
  const people: LoadRow[] = [];
  const nc = Math.max(1, Math.round(n / 10));
  for (let i = 0; i < nc; i++) {
    const x = `ferry_ratecap.${tag}_co_${i}`;
    companies.push({ key: x, cells: [x, `Ratecap Co ${tag} ${i}`, "1", `info${i}@co${i}.example`, `+1 312 555 ${String(1000 + (i % 9000))}`, `${i} Main St`, "Chicago", "60601", "base.us", "", "", ""] });
  }
  for (let i = 0; i < n - nc; i++) {
    const x = `ferry_ratecap.${tag}_p_${i}`;
    people.push({ key: x, cells: [x, `Person ${tag} ${i}`, "0", `p${i}@co${i % nc}.example`, `+1 773 555 ${String(1000 + (i % 9000))}`, `${i} Oak Ave`, "Evanston", "60201", "base.us", "Buyer", `<p>Met at fair ${i}</p>`, `ferry_ratecap.${tag}_co_${i % nc}`] });
  }
  return { companies, people };
}

function ferryCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "ferry.js"), ...args], { env: { ...process.env, NO_COLOR: "1", ...env }, cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-6000)));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export async function run(args: string[]): Promise<void> {
  const env = process.env;
  const url = env.ODOO_URL ?? env.FERRY_ODOO_URL;
  const rps = Number(arg(args, "rps", "1"));
  const n = Number(arg(args, "rows", "4000"));
  const scale = Number(arg(args, "scale", "60"));
  const rounds = Number(arg(args, "rounds", "2"));
  const only = arg(args, "only", "writer,run").split(",");
  const realConn: OdooConnection | undefined = url
    ? { url, db: env.ODOO_DB ?? env.FERRY_ODOO_DB ?? "", user: env.ODOO_USER ?? env.FERRY_ODOO_USER ?? "", apiKey: env.ODOO_PASSWORD ?? env.FERRY_ODOO_API_KEY ?? "" }
    : undefined;
  const target = realConn ? `real Odoo at ${url} (db ${realConn.db})` : "BUILT-IN SIMULATOR (a fresh one per measurement; not a real Odoo - set ODOO_URL, ODOO_DB, ODOO_USER, ODOO_PASSWORD to measure a server)";
  const load0 = loadavg()[0] ?? 0;
  const tag = `r${Date.now().toString(36)}`;
  let version = "";
  console.error(`ratecap bench: target ${target}; cap ${rps} request/s; writer ${n} rows; run: PlanPlus scale ${scale}; tag ${tag}`);
  const lines: Line[] = [];
  const cleanup: (() => Promise<void>)[] = [];

  /** A target (fresh simulator or the real server) behind a counting proxy. */
  const withTarget = async <T>(fn: (conn: OdooConnection, hits: Hit[]) => Promise<T>): Promise<T> => {
    let sim: Simulator | undefined;
    let conn: OdooConnection;
    if (realConn) conn = realConn;
    else {
      sim = await startSimulator({ port: 0 });
      conn = { url: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey };
    }
    const proxy = await countingProxy(conn.url);
    try {
      return await fn({ ...conn, url: proxy.url }, proxy.hits);
    } finally {
      await proxy.close();
      await sim?.close();
    }
  };
  const add = (l: Line) => {
    lines.push(l);
    console.error(`  ${l.test.padEnd(34)} ${l.cap.padEnd(10)} ${String(l.landed).padStart(6)}/${l.rows} landed ${String(l.requests).padStart(5)} requests ${l.seconds.toFixed(1).padStart(7)} s ${l.rowsPerSec.toFixed(1).padStart(8)} rows/s (${l.loadPhaseRowsPerSec.toFixed(1)} from the first load on)  min gap ${l.minGapMs} ms`);
    console.error(`      requests: ${l.calls}`);
  };

  const writer = async (capped: boolean, round: number) => {
    await withTarget(async (conn, hits) => {
      const { companies, people } = contactRows(`${tag}${round}${capped ? "c" : "u"}`, n);
      const t0 = performance.now();
      const client = await OdooClient.connect(conn, { maxRequestsPerSecond: capped ? rps : 0, timeoutMs: 600_000 });
      version = client.version.server_version;
      const a = await loadBatches(client, "res.partner", WRITER_FIELDS, companies);
      const b = await loadBatches(client, "res.partner", WRITER_FIELDS, people);
      const seconds = (performance.now() - t0) / 1000;
      const ids = [...a.landed, ...b.landed].map((l) => l.id);
      const landed = ids.length;
      add({ test: "writer: contacts-like res.partner", cap: capped ? `${rps} req/s` : "none", rows: n, landed, requests: hits.length, seconds, rowsPerSec: landed / seconds, peak1s: peakInWindow(hits), minGapMs: minGap(hits), loadPhaseRowsPerSec: loadPhase(hits, landed, Date.now()), calls: byCall(hits), round });
      if (realConn && !args.includes("--keep")) {
        cleanup.push(async () => {
          const c = await OdooClient.connect(realConn);
          for (let i = 0; i < ids.length; i += 2000) await c.unlink("res.partner", ids.slice(i, i + 2000));
          await c.close();
        });
      }
      await client.close();
    });
  };

  // A PlanPlus export with one object to migrate (contacts) and what it needs (users, companies, links).
  const work = mkdtempSync(join(tmpdir(), "ferry-ratecap-"));
  const input = join(work, "planplus");
  let sourceRows = 0;
  if (only.includes("run")) {
    const t = generatePlanPlus(input, { scale, seed: "ratecap", only: ["users", "companies", "contacts", "contact_company_links"] });
    sourceRows = ["users", "companies", "contacts", "contact_company_links"].reduce((s, o) => s + (t.objects[o]?.source_count ?? 0), 0);
  }
  const fullRun = async (capped: boolean, round: number) => {
    await withTarget(async (conn, hits) => {
      const out = join(work, `run-${round}-${capped ? "capped" : "free"}`);
      const cliEnv = { FERRY_ODOO_URL: conn.url, FERRY_ODOO_DB: conn.db, FERRY_ODOO_USER: conn.user, FERRY_ODOO_API_KEY: conn.apiKey };
      const t0 = performance.now();
      const r = await ferryCli(["run", "--source", "planplus", "--input", input, "--export-time-zone", "America/Chicago", "--fallback-owner", "admin", "--approve-proposed", "--accept-phase", "*", "--out", out, "--json", ...(capped ? ["--max-rps", String(rps)] : [])], cliEnv);
      const seconds = (performance.now() - t0) / 1000;
      if (r.code !== 0 && r.code !== 3) throw new Error(`ferry run exited ${r.code}: ${r.stderr.split("\n").slice(-8).join("\n")}`);
      const rec = JSON.parse(readFileSync(join(out, "reconciliation.json"), "utf8")) as { objects: { object: string; source_count: number; loaded: number }[] };
      const landed = rec.objects.reduce((s, o) => s + o.loaded, 0);
      const src = rec.objects.reduce((s, o) => s + o.source_count, 0);
      add({ test: "ferry run: PlanPlus contacts", cap: capped ? `${rps} req/s` : "none", rows: src, landed, requests: hits.length, seconds, rowsPerSec: src / seconds, peak1s: peakInWindow(hits), minGapMs: minGap(hits), loadPhaseRowsPerSec: loadPhase(hits, src, Date.now()), calls: byCall(hits), round });
      if (realConn) {
        // Remove what the run created before the next one (the next run would otherwise find it all unchanged).
        const rb = await ferryCli(["rollback", out, "--force", "--yes", "--json"], { FERRY_ODOO_URL: realConn.url, FERRY_ODOO_DB: realConn.db, FERRY_ODOO_USER: realConn.user, FERRY_ODOO_API_KEY: realConn.apiKey });
        if (rb.code !== 0) console.error(`  !! rollback of ${out} exited ${rb.code}: ${rb.stderr.split("\n").slice(-4).join("\n")}`);
      }
    });
  };

  const variants: ((round: number) => Promise<void>)[] = [];
  if (only.includes("writer")) variants.push((r) => writer(true, r), (r) => writer(false, r));
  if (only.includes("run")) variants.push((r) => fullRun(true, r), (r) => fullRun(false, r));
  try {
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < variants.length; k++) await (variants[(k + r) % variants.length] as (round: number) => Promise<void>)(r);
    }
  } finally {
    for (const c of cleanup) await c().catch((e: unknown) => console.error(`cleanup failed: ${(e as Error).message}`));
    if (!args.includes("--keep")) rmSync(work, { recursive: true, force: true });
  }

  // Totals per variant over the rounds.
  const merged: Line[] = [];
  for (const l of lines) {
    const m = merged.find((x) => x.test === l.test && x.cap === l.cap);
    if (!m) merged.push({ ...l });
    else {
      m.rows += l.rows;
      m.landed += l.landed;
      m.requests += l.requests;
      m.seconds += l.seconds;
      m.rowsPerSec = m.rows / m.seconds;
      m.peak1s = Math.max(m.peak1s, l.peak1s);
      m.minGapMs = Math.min(m.minGapMs, l.minGapMs);
      m.loadPhaseRowsPerSec = 0; // per round only
    }
  }
  const ratios: string[] = [];
  for (const test of new Set(merged.map((m) => m.test))) {
    const c = merged.find((m) => m.test === test && m.cap !== "none");
    const u = merged.find((m) => m.test === test && m.cap === "none");
    if (c) ratios.push(`${test}: ${c.rowsPerSec.toFixed(0)} rows/s at ${c.cap} (target >= 400), shortest gap between requests ${c.minGapMs} ms${u ? `; ${(c.rowsPerSec / u.rowsPerSec).toFixed(2)}x the uncapped ${u.rowsPerSec.toFixed(0)} rows/s` : ""}; ${(c.rows / c.requests).toFixed(0)} rows per request`);
  }
  for (const r of ratios) console.log(r);
  const table = [
    "| test | round | cap | rows | landed | requests | seconds | rows/s | rows/s from 1st load | min gap ms |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...lines.map((l) => `| ${l.test} | ${l.round + 1} | ${l.cap} | ${l.rows} | ${l.landed} | ${l.requests} | ${l.seconds.toFixed(1)} | **${l.rowsPerSec.toFixed(0)}** | ${l.loadPhaseRowsPerSec.toFixed(0)} | ${l.minGapMs} |`),
  ].join("\n");
  console.log(table);
  console.log(`\nrequests by method (last round):\n${lines.filter((l) => l.round === rounds - 1).map((l) => `- ${l.test}, cap ${l.cap}: ${l.calls}`).join("\n")}`);
  console.error(`done: ${new Date().toISOString()}; machine ${cpus().length} x ${cpus()[0]?.model.trim() ?? "?"}, node ${process.version}, Odoo ${version || "(run only)"}, load average ${load0.toFixed(1)} -> ${(loadavg()[0] ?? 0).toFixed(1)}; ${sourceRows ? `export rows ${sourceRows}` : ""}`);
}
