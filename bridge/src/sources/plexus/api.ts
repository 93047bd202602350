/**
 * Plexus export API client (sources.md A.1, A.2): bearer token, cursor paging (limit 500),
 * modified_since / include_deleted, 429 + Retry-After (seconds or HTTP-date), 5xx/network retries
 * with jittered exponential backoff (cap 60 s, at most 6 attempts), cursor_expired restart with
 * de-duplication, attachment download with URL refresh and size/SHA-256 verification (streamed).
 */
import { createHash } from "node:crypto";
import { createWriteStream, promises as fsp } from "node:fs";
import path from "node:path";
import { FerryError } from "../../core/errors.ts";

export interface PlexusApiOptions {
  baseUrl: string;
  /** secret: never logged, never written */
  token: string;
  /** allow http:// (tests and the simulator) */
  allowInsecure?: boolean;
  pageSize?: number;
  /** total attempts for 5xx / network errors (A.1.4: 6) */
  maxAttempts?: number;
  /** first backoff delay (A.1.4: 1 s) */
  baseDelayMs?: number;
  /** backoff cap (A.1.4: 60 s) */
  maxDelayMs?: number;
  /** ±jitter fraction (A.1.4: 0.2) */
  jitter?: number;
  /** milliseconds per Retry-After second (1000; tests shrink it) */
  retryAfterUnitMs?: number;
  /** upper bound on consecutive 429 waits for one request before giving up */
  maxRateLimitWaits?: number;
  /** per-request timeout (A.1: 60 s read) */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  fetch?: typeof fetch;
  userAgent?: string;
  /** observability hook (never receives the token) */
  onEvent?: (e: ApiEvent) => void;
}

export type ApiEvent =
  | { type: "retry"; reason: "rate_limited" | "server_error" | "network_error"; status?: number; waitMs: number; attempt: number; path: string }
  | { type: "throttle"; waitMs: number }
  | { type: "cursor_restart"; object: string; modifiedSince: string | null }
  | { type: "url_refresh"; attachmentId: string };

export class PlexusApiError extends FerryError {
  constructor(
    readonly status: number,
    code: string,
    message: string,
    readonly path: string,
  ) {
    super(code, `Plexus API ${status} ${code} on ${path}: ${message}`, { status, path });
  }
}

export interface ListOptions {
  modifiedSince?: string | null;
  includeDeleted?: boolean;
  filters?: Record<string, string>;
}

export interface TenantInfo {
  tenant: string;
  name: string;
  time_zone: string;
  currency: string;
  api_version: string;
}

const realSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Retry-After: integer seconds or an HTTP-date; returns milliseconds to wait (≥ 0), or null. */
export function parseRetryAfter(value: string | null, unitMs = 1000, now = Date.now()): number | null {
  if (value === null) return null;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * unitMs);
  const at = Date.parse(v);
  if (!Number.isFinite(at)) return null;
  return Math.max(0, Math.round(((at - now) / 1000) * unitMs));
}

export class PlexusApiClient {
  private readonly o: Required<Omit<PlexusApiOptions, "onEvent" | "fetch">> & Pick<PlexusApiOptions, "onEvent">;
  private readonly fetchFn: typeof fetch;
  private throttleUntil = 0;

  constructor(opts: PlexusApiOptions) {
    const base = opts.baseUrl.replace(/\/+$/, "");
    if (!/^https:\/\//i.test(base) && !(opts.allowInsecure && /^http:\/\//i.test(base))) {
      throw new FerryError("insecure_url", "Plexus base URL must use https:// (set plexus.allow_insecure for tests)", { url: base });
    }
    this.o = {
      baseUrl: base,
      token: opts.token,
      allowInsecure: opts.allowInsecure ?? false,
      pageSize: Math.min(500, opts.pageSize ?? 500),
      maxAttempts: opts.maxAttempts ?? 6,
      baseDelayMs: opts.baseDelayMs ?? 1000,
      maxDelayMs: opts.maxDelayMs ?? 60_000,
      jitter: opts.jitter ?? 0.2,
      retryAfterUnitMs: opts.retryAfterUnitMs ?? 1000,
      maxRateLimitWaits: opts.maxRateLimitWaits ?? 50,
      timeoutMs: opts.timeoutMs ?? 60_000,
      sleep: opts.sleep ?? realSleep,
      random: opts.random ?? Math.random,
      userAgent: opts.userAgent ?? "ferry/0.1.0",
      onEvent: opts.onEvent,
    };
    this.fetchFn = opts.fetch ?? fetch;
  }

  /** Backoff before attempt `attempt + 1` (attempt ≥ 1): base·2^(attempt−1), capped, ±jitter. */
  backoffMs(attempt: number): number {
    const raw = Math.min(this.o.baseDelayMs * 2 ** (attempt - 1), this.o.maxDelayMs);
    return Math.max(0, Math.round(raw * (1 + this.o.jitter * (2 * this.o.random() - 1))));
  }

  private async fetchOnce(url: string, withAuth: boolean): Promise<Response> {
    const headers: Record<string, string> = { Accept: "application/json", "Accept-Encoding": "gzip", "User-Agent": this.o.userAgent };
    if (withAuth) headers["Authorization"] = `Bearer ${this.o.token}`;
    return this.fetchFn(url, { method: "GET", headers, signal: AbortSignal.timeout(this.o.timeoutMs) });
  }

  /**
   * GET with the A.1.4 retry rules. Returns the OK response; throws PlexusApiError for other
   * 4xx, FerryError `server_error`/`network_error` after the last attempt.
   */
  async request(pathOrUrl: string, opts: { auth?: boolean; okStatuses?: number[] } = {}): Promise<Response> {
    const url = /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : `${this.o.baseUrl}${pathOrUrl}`;
    const shown = pathOrUrl.startsWith("/") ? pathOrUrl.split("?")[0] ?? pathOrUrl : "<download url>";
    let attempt = 0;
    let rateWaits = 0;
    for (;;) {
      const now = Date.now();
      if (this.throttleUntil > now) {
        const w = this.throttleUntil - now;
        this.o.onEvent?.({ type: "throttle", waitMs: w });
        await this.o.sleep(w);
      }
      let res: Response;
      try {
        res = await this.fetchOnce(url, opts.auth !== false);
      } catch (e) {
        attempt++;
        if (attempt >= this.o.maxAttempts) throw new FerryError("network_error", `Plexus API unreachable after ${attempt} attempts on ${shown}: ${(e as Error).message}`, { path: shown });
        const w = this.backoffMs(attempt);
        this.o.onEvent?.({ type: "retry", reason: "network_error", waitMs: w, attempt, path: shown });
        await this.o.sleep(w);
        continue;
      }
      const remaining = res.headers.get("x-ratelimit-remaining");
      const reset = Number(res.headers.get("x-ratelimit-reset"));
      if (remaining === "0" && Number.isFinite(reset) && reset > 0) this.throttleUntil = Math.min(reset * 1000, Date.now() + this.o.maxDelayMs);
      if (res.status === 429) {
        await res.body?.cancel();
        rateWaits++;
        if (rateWaits > this.o.maxRateLimitWaits) throw new PlexusApiError(429, "rate_limited", `still rate limited after ${rateWaits - 1} waits`, shown);
        const w = parseRetryAfter(res.headers.get("retry-after"), this.o.retryAfterUnitMs) ?? this.backoffMs(Math.min(rateWaits, 6));
        this.o.onEvent?.({ type: "retry", reason: "rate_limited", status: 429, waitMs: w, attempt, path: shown });
        await this.o.sleep(w);
        continue;
      }
      if (res.status >= 500) {
        await res.body?.cancel();
        attempt++;
        if (attempt >= this.o.maxAttempts) throw new FerryError("server_error", `Plexus API answered ${res.status} ${attempt} times on ${shown}`, { path: shown, status: res.status });
        const w = this.backoffMs(attempt);
        this.o.onEvent?.({ type: "retry", reason: "server_error", status: res.status, waitMs: w, attempt, path: shown });
        await this.o.sleep(w);
        continue;
      }
      if (res.ok || opts.okStatuses?.includes(res.status)) return res;
      let code = `http_${res.status}`;
      let message = res.statusText;
      try {
        const body = (await res.json()) as { error?: { code?: string; message?: string } };
        if (body.error?.code) code = body.error.code;
        if (body.error?.message) message = body.error.message;
      } catch {
        /* not JSON */
      }
      throw new PlexusApiError(res.status, code, message, shown);
    }
  }

  private async getJson<T>(p: string): Promise<T> {
    const res = await this.request(p);
    return (await res.json()) as T;
  }

  tenant(): Promise<TenantInfo> {
    return this.getJson<TenantInfo>("/v1/tenant");
  }

  getAttachment(id: string): Promise<Record<string, unknown>> {
    return this.getJson<Record<string, unknown>>(`/v1/attachments/${encodeURIComponent(id)}`);
  }

  /**
   * Pages one object listing. Yields each page's records. On `cursor_expired` the listing restarts
   * with `modified_since` = the `updated_at` of the last record yielded (inclusive); records at that
   * exact instant already yielded are dropped so nothing is yielded twice by the restart.
   */
  async *pages(object: string, opts: ListOptions = {}): AsyncGenerator<Record<string, unknown>[]> {
    let since = opts.modifiedSince ?? null;
    let cursor: string | null = null;
    let lastUpdated: string | null = null;
    let idsAtLast = new Set<string>();
    let restartSkip: { at: string; ids: Set<string> } | null = null;
    for (;;) {
      const q = new URLSearchParams({ limit: String(this.o.pageSize) });
      if (cursor) q.set("cursor", cursor);
      if (since) q.set("modified_since", since);
      q.set("include_deleted", opts.includeDeleted === false ? "false" : "true");
      for (const [k, v] of Object.entries(opts.filters ?? {})) q.set(k, v);
      let body: { data?: unknown; next_cursor?: unknown; has_more?: unknown };
      try {
        body = await this.getJson(`/v1/${object}?${q.toString()}`);
      } catch (e) {
        if (e instanceof PlexusApiError && e.code === "cursor_expired") {
          since = lastUpdated ?? opts.modifiedSince ?? null;
          cursor = null;
          restartSkip = lastUpdated ? { at: lastUpdated, ids: new Set(idsAtLast) } : null;
          this.o.onEvent?.({ type: "cursor_restart", object, modifiedSince: since });
          continue;
        }
        throw e;
      }
      if (!Array.isArray(body.data)) throw new PlexusApiError(200, "bad_response", "listing without a data array", `/v1/${object}`);
      const page: Record<string, unknown>[] = [];
      for (const r of body.data as Record<string, unknown>[]) {
        const u = typeof r["updated_at"] === "string" ? r["updated_at"] : null;
        const id = String(r["id"]);
        if (restartSkip && u !== null && u <= restartSkip.at && restartSkip.ids.has(id)) continue;
        page.push(r);
        if (u !== null) {
          if (u !== lastUpdated) {
            lastUpdated = u;
            idsAtLast = new Set();
          }
          idsAtLast.add(id);
        }
      }
      if (page.length) yield page;
      if (body.has_more !== true || typeof body.next_cursor !== "string") return;
      cursor = body.next_cursor;
    }
  }

  /** Records one by one. */
  async *list(object: string, opts: ListOptions = {}): AsyncGenerator<Record<string, unknown>> {
    for await (const page of this.pages(object, opts)) yield* page;
  }

  /**
   * Streams an attachment binary to `dest` (no Authorization header on the storage host), refreshing
   * the URL when expired or answered 403 (once), verifying size and SHA-256. Throws FerryError
   * `file_missing` (404/410) or `checksum_mismatch` (file removed).
   */
  async downloadAttachment(meta: Record<string, unknown>, dest: string, opts: { keepOnMismatch?: boolean } = {}): Promise<{ size: number; sha256: string }> {
    const id = String(meta["id"]);
    let current = meta;
    let refreshed = false;
    const expired = (m: Record<string, unknown>): boolean => typeof m["expires_at"] === "string" && Date.parse(m["expires_at"]) <= Date.now();
    const refresh = async (): Promise<void> => {
      this.o.onEvent?.({ type: "url_refresh", attachmentId: id });
      try {
        current = await this.getAttachment(id);
      } catch (e) {
        if (e instanceof PlexusApiError && (e.status === 404 || e.status === 410)) throw new FerryError("file_missing", `attachment ${id} no longer exists`, { id });
        throw e;
      }
      refreshed = true;
    };
    if (typeof current["download_url"] !== "string" || expired(current)) await refresh();
    for (;;) {
      const url = current["download_url"];
      if (typeof url !== "string") throw new FerryError("file_missing", `attachment ${id} has no download URL`, { id });
      const res = await this.request(url, { auth: false, okStatuses: [403, 404, 410] });
      if (res.status === 403) {
        await res.body?.cancel();
        if (refreshed) throw new FerryError("file_missing", `attachment ${id}: download refused after a URL refresh`, { id });
        await refresh();
        continue;
      }
      if (res.status === 404 || res.status === 410) {
        await res.body?.cancel();
        throw new FerryError("file_missing", `attachment ${id}: binary gone (${res.status})`, { id });
      }
      await fsp.mkdir(path.dirname(dest), { recursive: true });
      const h = createHash("sha256");
      let size = 0;
      const out = createWriteStream(dest);
      const done = new Promise<void>((resolve, reject) => {
        out.on("finish", resolve);
        out.on("error", reject);
      });
      if (res.body) {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          h.update(chunk);
          size += chunk.length;
          if (!out.write(chunk)) await new Promise<void>((r) => out.once("drain", () => r()));
        }
      }
      out.end();
      await done;
      const sha256 = h.digest("hex");
      const wantSize = current["size_bytes"];
      const wantSha = typeof current["sha256"] === "string" ? current["sha256"].toLowerCase() : null;
      if ((typeof wantSize === "number" && wantSize !== size) || (wantSha !== null && wantSha !== sha256)) {
        if (!opts.keepOnMismatch) await fsp.rm(dest, { force: true });
        throw new FerryError("checksum_mismatch", `attachment ${id}: got ${size} bytes sha256 ${sha256.slice(0, 12)}…, metadata says ${String(wantSize)} / ${String(wantSha).slice(0, 12)}…`, { id });
      }
      return { size, sha256 };
    }
  }
}
