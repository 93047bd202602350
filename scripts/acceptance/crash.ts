/**
 * Crash test of the acceptance harness: `node bin/ferry.js run` as a child process, killed with
 * SIGKILL at random points (once its ledger has grown by a random number of lines, plus a random few
 * milliseconds: inside load calls, between Odoo's commit and the ledger fsync, …), then
 * `ferry resume` — until `kills` kills happened and a resume finished. The first kill lands early,
 * a few hundred milliseconds after the run recorded its start (connecting, provisioning the custom
 * fields), the others spread over the clean run's ledger. Same approach as
 * test/run/crash-resume.test.ts, on the acceptance input with the approved mapping.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

export interface CrashOptions {
  source: "planplus" | "plexus";
  input: string;
  mappingFile: string;
  /** owners-<source> folder of the clean run (copied next to the crash run, where `ferry run` reads it) */
  ownersDir: string;
  /** run folder of the crashed run (its parent is wiped) */
  runDir: string;
  conn: { url: string; db: string; user: string; apiKey: string };
  plexusToken: string;
  kills: number;
  /** ledger lines of the clean run: kill points are spread over it */
  cleanLedgerLines: number;
  seed?: number;
  /** per attempt (ms, default 10 min) */
  attemptTimeoutMs?: number;
}

export interface CrashResult {
  kills: number;
  attempts: number;
  finished: boolean;
  exitCodes: number[];
  runDir: string;
}

function ferry(args: string[], conn: CrashOptions["conn"], plexusToken: string): { done: Promise<number | null>; kill: () => void } {
  const child = spawn(process.execPath, [join(ROOT, "bin", "ferry.js"), ...args], {
    env: { ...process.env, FERRY_ODOO_URL: conn.url, FERRY_ODOO_DB: conn.db, FERRY_ODOO_USER: conn.user, FERRY_ODOO_API_KEY: conn.apiKey, FERRY_PLEXUS_TOKEN: plexusToken, NO_COLOR: "1" },
    stdio: process.env.FERRY_ACCEPTANCE_VERBOSE ? "inherit" : "ignore",
    cwd: ROOT,
  });
  const done = new Promise<number | null>((res) => child.on("exit", (code) => res(code)));
  return { done, kill: () => child.kill("SIGKILL") };
}

export async function crashAndResume(o: CrashOptions): Promise<CrashResult> {
  const root = dirname(o.runDir);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await cp(o.ownersDir, join(root, `owners-${o.source}`), { recursive: true });
  const runArgs = ["run", "--source", o.source, "--input", o.input, "--export-time-zone", "America/Chicago", "--fallback-owner", "admin", "--mapping", o.mappingFile, "--accept-phase", "*", "--out", o.runDir];
  let seed = o.seed ?? 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const step = Math.max(1, Math.floor(o.cleanLedgerLines / (o.kills + 1)));
  const lines = async () => (await readFile(join(o.runDir, "ledger.jsonl"), "utf8").catch(() => "")).split("\n").length;
  const res: CrashResult = { kills: 0, attempts: 0, finished: false, exitCodes: [], runDir: o.runDir };
  for (let i = 0; i < o.kills * 3 && res.kills < o.kills && !res.finished; i++) {
    const args = existsSync(join(o.runDir, "run.json")) ? ["resume", o.runDir, "--accept-phase", "*"] : runArgs;
    const start = await lines();
    const early = i === 0;
    const target = start + 1 + Math.floor(rand() * step);
    const extraMs = Math.floor(rand() * (early ? 400 : 150));
    res.attempts++;
    const p = ferry(args, o.conn, o.plexusToken);
    let exited = false;
    void p.done.then(() => (exited = true));
    const deadline = Date.now() + (o.attemptTimeoutMs ?? 600_000);
    const started = async () => (await readFile(join(o.runDir, "run.json"), "utf8").catch(() => "")).includes('"floors"');
    if (early) while (!exited && !(await started()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    else while (!exited && (await lines()) < target && Date.now() < deadline) await new Promise((r) => setTimeout(r, 15));
    if (!exited) {
      await new Promise((r) => setTimeout(r, extraMs));
      p.kill();
    }
    const code = await p.done;
    if (code === null) res.kills++;
    else {
      res.exitCodes.push(code);
      if (code === 0) res.finished = true;
      else break;
    }
  }
  if (!res.finished && res.exitCodes.length === 0) {
    res.attempts++;
    const code = await ferry(["resume", o.runDir, "--accept-phase", "*"], o.conn, o.plexusToken).done;
    res.exitCodes.push(code ?? -1);
    res.finished = code === 0;
  }
  return res;
}
