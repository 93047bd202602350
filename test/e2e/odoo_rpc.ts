/**
 * Minimal JSON-RPC access to a real Odoo for the e2e test, and the real bridge sidecar
 * (`node bin/ferry.js serve`) started as a child process against the same Odoo.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
export interface OdooConn {
  url: string;
  db: string;
  login: string;
  password: string;
  uid: number;
}

let rpcId = 0;

export async function jsonRpc<T>(url: string, service: string, method: string, args: unknown[]): Promise<T> {
  const res = await fetch(`${url}/jsonrpc`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", method: "call", params: { service, method, args }, id: ++rpcId }),
  });
  const body = (await res.json()) as { result?: T; error?: { data?: { message?: string }; message?: string } };
  if (body.error) throw new Error(body.error.data?.message ?? body.error.message ?? "Odoo RPC error");
  return body.result as T;
}

export async function connect(url: string, db: string, login: string, password: string): Promise<OdooConn> {
  const uid = await jsonRpc<number | false>(url, "common", "authenticate", [db, login, password, {}]);
  if (!uid) throw new Error(`Odoo refused ${login} on ${db}`);
  return { url, db, login, password, uid };
}

export function kw<T>(c: OdooConn, model: string, method: string, args: unknown[], kwargs: Record<string, unknown> = {}): Promise<T> {
  return jsonRpc<T>(c.url, "object", "execute_kw", [c.db, c.uid, c.password, model, method, args, kwargs]);
}

/** The bridge sidecar (`ferry serve`) as a child process; its output is kept in `log`. */
export class Sidecar {
  readonly log: string[] = [];
  private constructor(private readonly child: ChildProcess) {}

  /** Starts `node bin/ferry.js serve` against the Odoo of `c` (the password doubles as API key over JSON-RPC). */
  static start(root: string, c: OdooConn, workDir: string): Sidecar {
    const child = spawn(process.execPath, [join(root, "bin/ferry.js"), "serve", "--poll-seconds", "1", "--lease-seconds", "120", "--work-dir", workDir, "--worker-id", `e2e-sidecar-${process.pid}`], {
      cwd: root,
      env: { ...process.env, FERRY_ODOO_URL: c.url, FERRY_ODOO_DB: c.db, FERRY_ODOO_USER: c.login, FERRY_ODOO_API_KEY: c.password, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const s = new Sidecar(child);
    const keep = (chunk: Buffer): void => {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) s.log.push(`${new Date().toISOString().slice(11, 19)} ${line}`);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    child.on("exit", (code, signal) => s.log.push(`exited (${code ?? signal})`));
    return s;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGTERM (serve stops polling), then SIGKILL after `graceMs` if it is still in a run. */
  async stop(graceMs = 5000): Promise<void> {
    if (!this.running) return;
    const exited = new Promise<void>((r) => this.child.once("exit", () => r()));
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
  }
}
