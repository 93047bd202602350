/**
 * Plexus export API simulator (sources.md A.1/A.2) on 127.0.0.1 with a random port. Serves any
 * bundle (or synthetic objects) with deterministic, configurable faults: 429 bursts, 5xx,
 * dropped connections, slow responses, expired download URLs, expired cursors, and a record that
 * changes between pages (moves to the end of the listing with a later `updated_at`).
 */
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createReadStream, promises as fsp } from "node:fs";
import type { AddressInfo } from "node:net";
import { createHmac, randomBytes } from "node:crypto";
import { openPlexusBundle, attachmentPath } from "./bundle.ts";
import { PLEXUS_OBJECTS } from "./objects.ts";

export interface SimObjectSource {
  count: number;
  /** i-th record in ascending (updated_at, id) order */
  get(i: number): Record<string, unknown>;
}

export interface SimFaults {
  /** every Nth API request (1-based counter over all API requests) starts a burst of 429s */
  rateLimitEvery?: number;
  /** consecutive 429 answers per burst (default 1) */
  rateLimitBurst?: number;
  /** Retry-After value: seconds, or "http-date" to send an HTTP-date `retryAfterSeconds` ahead */
  retryAfterSeconds?: number;
  retryAfterForm?: "seconds" | "http-date";
  /** every Nth API request answers 5xx (status cycles 500, 502, 503, 504) */
  serverErrorEvery?: number;
  serverErrorBurst?: number;
  /** every Nth API request has its socket destroyed (network error) */
  dropEvery?: number;
  /** delay before each answer */
  slowMs?: number;
  /** download URLs in listings are already expired (the client must refresh before downloading) */
  expiredUrls?: boolean;
  /** the first download of each attachment answers 403 although its URL looks valid */
  refuseFirstDownload?: boolean;
  /** after serving page `afterPage` (1-based) of `object`, the record at `index` of that page changes */
  changeRecord?: { object: string; afterPage: number; index?: number };
  /** the Nth request that carries a cursor answers 400 cursor_expired */
  expireCursorAtRequest?: number;
  /** X-RateLimit-Remaining reaches 0 every N requests (reset `resetSeconds` ahead) */
  remainingZeroEvery?: number;
}

export interface SimulatorOptions {
  token: string;
  /** a bundle folder/zip, or synthetic objects */
  bundle?: string;
  objects?: Partial<Record<string, SimObjectSource>>;
  /** attachment id → binary (synthetic), overrides bundle files */
  binaries?: Map<string, Uint8Array>;
  tenant?: { tenant: string; name: string; time_zone: string; currency: string };
  faults?: SimFaults;
  /** cursor validity (A.1.1: 30 min) */
  cursorTtlMs?: number;
  /** download URL validity (A.2: ~15 min) */
  urlTtlMs?: number;
}

export interface SimulatorStats {
  requests: number;
  apiRequests: number;
  rateLimited: number;
  serverErrors: number;
  dropped: number;
  cursorExpired: number;
  downloads: number;
  downloadsRefused: number;
  /** downloads that carried an Authorization header (must stay 0) */
  downloadsWithAuth: number;
  changedRecords: string[];
  /** per path+query: times served OK */
  pages: number;
}

export interface PlexusSimulator {
  url: string;
  stats: SimulatorStats;
  close(): Promise<void>;
}

interface Store {
  base: SimObjectSource;
  appended: Record<string, unknown>[];
  moved: Set<string>;
  maxUpdated: number;
}

const keyOf = (r: Record<string, unknown>): [string, string] => [String(r["updated_at"] ?? ""), String(r["id"] ?? "")];
const cmpKey = (a: [string, string], b: [string, string]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

function arraySource(records: Record<string, unknown>[]): SimObjectSource {
  records.sort((a, b) => cmpKey(keyOf(a), keyOf(b)));
  return { count: records.length, get: (i) => records[i] as Record<string, unknown> };
}

/** Loads a bundle: latest copy per id (the API never serves stale duplicates), malformed lines dropped. */
async function loadBundle(dir: string): Promise<{ objects: Record<string, SimObjectSource>; files: Map<string, string>; manifest: Record<string, unknown> }> {
  const ex = await openPlexusBundle(dir, { verify: false, kind: "delta" });
  const objects: Record<string, SimObjectSource> = {};
  const files = new Map<string, string>();
  for (const [name, reader] of ex.objects) {
    const list: Record<string, unknown>[] = [];
    for await (const item of reader.read()) {
      if (item.kind !== "record") continue;
      const rec = { ...item.record.data };
      if (name === "attachments" && typeof rec["file_path"] === "string") {
        const abs = attachmentPath(ex, rec["file_path"]);
        if (abs) files.set(String(rec["id"]), abs);
        rec["file_path"] = null;
      }
      list.push(rec);
    }
    objects[name] = arraySource(list);
  }
  return { objects, files, manifest: (ex.manifest ?? {}) as Record<string, unknown> };
}

function lowerBound(src: SimObjectSource, key: [string, string], inclusive: boolean): number {
  let lo = 0;
  let hi = src.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = cmpKey(keyOf(src.get(mid)), key);
    if (c < 0 || (!inclusive && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export async function startPlexusSimulator(opts: SimulatorOptions): Promise<PlexusSimulator> {
  const faults = opts.faults ?? {};
  const secret = randomBytes(16).toString("hex");
  const stats: SimulatorStats = { requests: 0, apiRequests: 0, rateLimited: 0, serverErrors: 0, dropped: 0, cursorExpired: 0, downloads: 0, downloadsRefused: 0, downloadsWithAuth: 0, changedRecords: [], pages: 0 };
  let objects: Record<string, SimObjectSource> = {};
  let files = new Map<string, string>();
  let tenant = opts.tenant ?? { tenant: "northwind-field", name: "Northwind Field Services", time_zone: "America/Chicago", currency: "USD" };
  if (opts.bundle) {
    const b = await loadBundle(opts.bundle);
    objects = b.objects;
    files = b.files;
    const m = b.manifest;
    if (!opts.tenant && typeof m["tenant"] === "string")
      tenant = { tenant: m["tenant"], name: String(m["tenant_name"] ?? m["tenant"]), time_zone: String(m["time_zone"] ?? "UTC"), currency: String(m["currency"] ?? "USD") };
  }
  for (const [k, v] of Object.entries(opts.objects ?? {})) if (v) objects[k] = v;
  const stores = new Map<string, Store>();
  for (const name of PLEXUS_OBJECTS) {
    const base: SimObjectSource = objects[name] ?? { count: 0, get: () => ({}) };
    const last = base.count ? base.get(base.count - 1) : null;
    stores.set(name, { base, appended: [], moved: new Set(), maxUpdated: last ? Date.parse(String(last["updated_at"])) || 0 : 0 });
  }
  const cursorTtl = opts.cursorTtlMs ?? 30 * 60_000;
  const urlTtl = opts.urlTtlMs ?? 15 * 60_000;
  const refusedOnce = new Set<string>();
  let rlBurstLeft = 0;
  let seBurstLeft = 0;
  let cursorRequests = 0;
  const pagesServed = new Map<string, number>();

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    const text = JSON.stringify(body);
    res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(text), ...headers });
    res.end(text);
  };
  const error = (res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void =>
    send(res, status, { error: { code, message, request_id: `req_${randomBytes(4).toString("hex")}` } }, headers);

  const sign = (id: string, exp: number): string => createHmac("sha256", secret).update(`${id}|${exp}`).digest("hex").slice(0, 32);
  const withUrl = (rec: Record<string, unknown>, base: string, expired = false): Record<string, unknown> => {
    const id = String(rec["id"]);
    const exp = expired ? Date.now() - 1000 : Date.now() + urlTtl;
    return { ...rec, download_url: `${base}/storage/${encodeURIComponent(id)}?exp=${exp}&sig=${sign(id, exp)}`, expires_at: new Date(exp).toISOString().replace(/\.\d{3}Z$/, "Z"), file_path: null };
  };

  const encodeCursor = (u: string, id: string): string => Buffer.from(JSON.stringify({ u, i: id, t: Date.now() })).toString("base64url");
  const decodeCursor = (c: string): { u: string; i: string; t: number } | null => {
    try {
      const v = JSON.parse(Buffer.from(c, "base64url").toString("utf8")) as { u: string; i: string; t: number };
      return typeof v.u === "string" && typeof v.i === "string" ? v : null;
    } catch {
      return null;
    }
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, url: URL, base: string): Promise<void> => {
    if (req.headers.authorization !== `Bearer ${opts.token}`) return error(res, 401, "invalid_token", "invalid or missing token");
    const n = ++stats.apiRequests;
    if (faults.dropEvery && n % faults.dropEvery === 0) {
      stats.dropped++;
      req.socket.destroy();
      return;
    }
    if (rlBurstLeft > 0 || (faults.rateLimitEvery && n % faults.rateLimitEvery === 0)) {
      if (rlBurstLeft === 0) rlBurstLeft = faults.rateLimitBurst ?? 1;
      rlBurstLeft--;
      stats.rateLimited++;
      const secs = faults.retryAfterSeconds ?? 1;
      const ra = faults.retryAfterForm === "http-date" ? new Date(Date.now() + secs * 1000).toUTCString() : String(secs);
      return error(res, 429, "rate_limited", "Too many requests", { "Retry-After": ra });
    }
    if (seBurstLeft > 0 || (faults.serverErrorEvery && n % faults.serverErrorEvery === 0)) {
      if (seBurstLeft === 0) seBurstLeft = faults.serverErrorBurst ?? 1;
      seBurstLeft--;
      stats.serverErrors++;
      const status = [500, 502, 503, 504][stats.serverErrors % 4] as number;
      return error(res, status, "server_error", "transient failure");
    }
    const rlHeaders: Record<string, string> = { "X-RateLimit-Limit": "120", "X-RateLimit-Remaining": faults.remainingZeroEvery && n % faults.remainingZeroEvery === 0 ? "0" : "100", "X-RateLimit-Reset": String(Math.floor(Date.now() / 1000) + 1) };
    const parts = url.pathname.replace(/^\/v1\//, "").split("/").filter(Boolean);
    if (parts[0] === "tenant" && parts.length === 1) return send(res, 200, { ...tenant, api_version: "v1" }, rlHeaders);
    const object = parts[0] ?? "";
    const store = stores.get(object);
    if (!store) return error(res, 404, "not_found", `unknown endpoint ${url.pathname}`);
    if (parts.length === 2) {
      if (object !== "attachments") return error(res, 404, "not_found", "single-record GET exists for attachments only");
      const id = decodeURIComponent(parts[1] as string);
      for (let i = 0; i < store.base.count; i++) {
        const r = store.base.get(i);
        if (r["id"] === id && !store.moved.has(id)) return send(res, 200, withUrl(r, base), rlHeaders);
      }
      const a = store.appended.find((r) => r["id"] === id);
      return a ? send(res, 200, withUrl(a, base), rlHeaders) : error(res, 404, "not_found", "no such attachment");
    }
    const limitRaw = url.searchParams.get("limit");
    const limit = limitRaw === null ? 100 : Number(limitRaw);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) return error(res, 400, "invalid_parameter", "limit must be 1..500");
    const includeDeleted = url.searchParams.get("include_deleted") === "true";
    const since = url.searchParams.get("modified_since");
    const cursorRaw = url.searchParams.get("cursor");
    let after: [string, string] | null = null;
    if (cursorRaw) {
      cursorRequests++;
      const c = decodeCursor(cursorRaw);
      if (!c) return error(res, 400, "invalid_parameter", "bad cursor");
      if (Date.now() - c.t > cursorTtl || (faults.expireCursorAtRequest && cursorRequests === faults.expireCursorAtRequest)) {
        stats.cursorExpired++;
        return error(res, 400, "cursor_expired", "cursor expired");
      }
      after = [c.u, c.i];
    }
    const filters = [...url.searchParams.entries()].filter(([k]) => !["limit", "cursor", "modified_since", "include_deleted", "expand"].includes(k));
    const page: Record<string, unknown>[] = [];
    let i = after ? lowerBound(store.base, after, false) : since ? lowerBound(store.base, [since, ""], true) : 0;
    let lastKey: [string, string] | null = null;
    const accept = (r: Record<string, unknown>): boolean => {
      if (!includeDeleted && r["deleted"] === true) return false;
      if (since && String(r["updated_at"] ?? "") < since) return false;
      return filters.every(([k, v]) => String(r[k]) === v);
    };
    let more = false;
    for (; i < store.base.count; i++) {
      const r = store.base.get(i);
      if (store.moved.has(String(r["id"]))) continue;
      if (!accept(r)) continue;
      if (page.length === limit) {
        more = true;
        break;
      }
      page.push(r);
      lastKey = keyOf(r);
    }
    if (!more) {
      for (const r of store.appended) {
        const k = keyOf(r);
        if (after && cmpKey(k, after) <= 0) continue;
        if (!accept(r)) continue;
        if (page.length === limit) {
          more = true;
          break;
        }
        page.push(r);
        lastKey = k;
      }
    }
    const pageNo = (pagesServed.get(object) ?? 0) + 1;
    pagesServed.set(object, pageNo);
    stats.pages++;
    const ch = faults.changeRecord;
    if (ch && ch.object === object && ch.afterPage === pageNo && page.length) {
      const victim = page[Math.min(ch.index ?? 0, page.length - 1)] as Record<string, unknown>;
      const id = String(victim["id"]);
      store.maxUpdated = Math.max(store.maxUpdated, Date.now()) + 1000;
      const changed = { ...victim, updated_at: new Date(store.maxUpdated).toISOString().replace(/\.\d{3}Z$/, "Z"), notes: "changed while paging" };
      store.moved.add(id);
      store.appended = store.appended.filter((r) => r["id"] !== id);
      store.appended.push(changed);
      stats.changedRecords.push(id);
      more = true;
    }
    const data = object === "attachments" ? page.map((r) => withUrl(r, base, faults.expiredUrls === true)) : page;
    const next = more && lastKey ? encodeCursor(lastKey[0], lastKey[1]) : null;
    if (faults.slowMs) await new Promise((r) => setTimeout(r, faults.slowMs));
    send(res, 200, { data, next_cursor: next, has_more: next !== null }, rlHeaders);
  };

  const handleStorage = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    stats.downloads++;
    if (req.headers.authorization) stats.downloadsWithAuth++;
    const id = decodeURIComponent(url.pathname.replace(/^\/storage\//, ""));
    const exp = Number(url.searchParams.get("exp"));
    const sig = url.searchParams.get("sig");
    if (sig !== sign(id, exp) || Date.now() > exp || (faults.refuseFirstDownload && !refusedOnce.has(id))) {
      refusedOnce.add(id);
      stats.downloadsRefused++;
      res.writeHead(403, { "Content-Type": "text/plain" });
      res.end("expired");
      return;
    }
    const bin = opts.binaries?.get(id);
    if (bin) {
      res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": bin.length });
      res.end(bin);
      return;
    }
    const abs = files.get(id);
    if (!abs || !(await fsp.stat(abs).catch(() => null))) {
      error(res, 410, "gone", "binary purged");
      return;
    }
    const st = await fsp.stat(abs);
    res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": st.size });
    createReadStream(abs).pipe(res);
  };

  const server = createServer((req, res) => {
    stats.requests++;
    const base = `http://${req.headers.host ?? "127.0.0.1"}`;
    const url = new URL(req.url ?? "/", base);
    const p = url.pathname.startsWith("/v1/") ? handleApi(req, res, url, base) : url.pathname.startsWith("/storage/") ? handleStorage(req, res, url) : Promise.resolve(error(res, 404, "not_found", "no route"));
    p.catch((e: unknown) => {
      if (!res.headersSent) error(res, 500, "server_error", (e as Error).message);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
