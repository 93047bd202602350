/**
 * A fault-injecting HTTP proxy on 127.0.0.1 in front of an Odoo (real or simulated), for the
 * fault-injected acceptance run against a real Odoo. JSON-RPC `object.execute_kw` calls get, with
 * probability `rate`: a 502/503/504 without reaching Odoo, a serialization failure without reaching
 * Odoo, a slow forward, or a late answer (forwarded and committed, the answer held back `delayMs`).
 * Everything else is forwarded untouched.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type ProxyFault = "http502" | "http503" | "http504" | "serialization" | "slow" | "late";

export interface FaultProxyOptions {
  upstream: string;
  rate: number;
  kinds?: ProxyFault[];
  delayMs?: number;
  seed?: number;
}

export interface FaultProxy {
  url: string;
  stats: { requests: number; faults: Record<string, number> };
  setRate(rate: number): void;
  close(): Promise<void>;
}

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startFaultProxy(opts: FaultProxyOptions): Promise<FaultProxy> {
  const upstream = opts.upstream.replace(/\/+$/, "");
  const kinds = opts.kinds ?? ["http502", "http503", "http504", "serialization", "slow", "late"];
  const rand = prng(opts.seed ?? 2026);
  let rate = opts.rate;
  const stats = { requests: 0, faults: {} as Record<string, number> };

  const forward = async (req: IncomingMessage, payload: Buffer): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string" && !["host", "content-length", "connection"].includes(k)) headers[k] = v;
    const res = await fetch(`${upstream}${req.url ?? "/"}`, { method: req.method ?? "GET", headers, ...(payload.length ? { body: new Uint8Array(payload) } : {}) });
    const out: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      if (!["content-length", "content-encoding", "transfer-encoding", "connection"].includes(k)) out[k] = v;
    });
    return { status: res.status, headers: out, body: Buffer.from(await res.arrayBuffer()) };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    stats.requests++;
    const payload = await body(req);
    let fault: ProxyFault | undefined;
    let rpcId: unknown = null;
    if (req.method === "POST" && req.url === "/jsonrpc" && rate > 0) {
      try {
        const j = JSON.parse(payload.toString("utf8")) as { id?: unknown; params?: { service?: string; method?: string } };
        rpcId = j.id ?? null;
        if (j.params?.service === "object" && j.params.method === "execute_kw" && rand() < rate) fault = kinds[Math.floor(rand() * kinds.length)];
      } catch {
        /* not JSON: forward */
      }
    }
    if (fault) stats.faults[fault] = (stats.faults[fault] ?? 0) + 1;
    if (fault === "http502" || fault === "http503" || fault === "http504") {
      res.writeHead(Number(fault.slice(4)), { "content-type": "text/html" }).end("<html><body>Bad Gateway</body></html>");
      return;
    }
    if (fault === "serialization") {
      const message = "could not serialize access due to concurrent update\n";
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({ jsonrpc: "2.0", id: rpcId, error: { code: 200, message: "Odoo Server Error", data: { name: "psycopg2.errors.SerializationFailure", debug: message, message, arguments: [message], context: {} } } }),
      );
      return;
    }
    if (fault === "slow") await sleep(opts.delayMs ?? 200);
    const up = await forward(req, payload);
    if (fault === "late") await sleep(opts.delayMs ?? 200);
    res.writeHead(up.status, up.headers).end(up.body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end(`proxy error: ${(e as Error).message}`);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    setRate: (r) => {
      rate = r;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
