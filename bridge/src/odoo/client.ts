/**
 * The one Odoo client: JSON-RPC (`/jsonrpc`, `common`/`object` services) for Odoo ≤ 18 and
 * JSON-2 (`/json/2/<model>/<method>`, bearer API key) picked automatically on Odoo 19+.
 * Typed errors from `error.data.name`; only transient failures are retried (jittered back-off table).
 * The API key/password lives in a private field and never appears in messages or logs.
 */
import { JSONRPCClient } from "json-rpc-2.0";
import type { JSONRPCResponse } from "json-rpc-2.0";
import {
  OdooAuthError,
  OdooError,
  OdooHttpError,
  OdooTimeoutError,
  OdooUnreachableError,
  odooErrorFromData,
  redact,
} from "./errors.ts";
import type { OdooErrorData } from "./errors.ts";

export * from "./errors.ts";

export interface OdooConnection {
  url: string;
  db: string;
  user: string;
  /** API key or password. */
  apiKey: string;
}

export interface RetryOptions {
  /** Max resends after the first attempt (default 5). */
  retries?: number;
  /** Back-off table in ms, indexed by attempt (last entry repeats); ±50% jitter. */
  delaysMs?: number[];
  /** Cap for a single wait (default 10 s). */
  maxDelayMs?: number;
}

export type OdooProtocol = "jsonrpc" | "json2";

export interface ConnectOptions {
  /** Per-request timeout (default 120 s). */
  timeoutMs?: number;
  /** `false` disables retries. */
  retry?: RetryOptions | false;
  /** `auto` (default): JSON-2 when the server is 19+, else JSON-RPC. */
  protocol?: OdooProtocol | "auto";
  /** Context merged into every write (`create`, `write`, `unlink`, `load`); default {@link BULK_CONTEXT}. */
  context?: Record<string, unknown>;
  /** Request-rate cap (requests per second, e.g. 1 for Odoo Online; 0 = none); default env FERRY_MAX_RPS. */
  maxRequestsPerSecond?: number;
  /** Called on each retry (no secrets in the error). */
  onRetry?: (info: { attempt: number; delayMs: number; error: OdooError; model?: string; method?: string }) => void;
}

export interface CallOptions {
  /** Override retry policy for this call. */
  retry?: RetryOptions | false;
  timeoutMs?: number;
  /** Resend also after ambiguous failures (timeout, 502/504). Default: true except for `create` and unknown methods. */
  idempotent?: boolean;
}

export interface OdooVersion {
  server_version: string;
  server_version_info: (number | string)[];
  server_serie: string;
  protocol_version: number;
}

export interface OdooFieldInfo {
  string: string;
  type: string;
  required?: boolean;
  readonly?: boolean;
  relation?: string;
  selection?: [string, string][];
  store?: boolean;
  [key: string]: unknown;
}
export type OdooFields = Record<string, OdooFieldInfo>;

export interface OdooLoadMessage {
  type: "error" | "warning" | "info" | string;
  message: string;
  record?: number;
  rows?: { from: number; to: number };
  field?: string;
  field_name?: string;
  moreinfo?: unknown;
}
export interface OdooLoadResult {
  ids: number[] | false;
  messages: OdooLoadMessage[];
  nextrow?: number;
}

export type Domain = unknown[];

export interface SearchReadOptions {
  fields?: string[];
  limit?: number;
  offset?: number;
  order?: string;
  context?: Record<string, unknown>;
}

/** Default context for bulk writes: UTC, no tracking, no chatter noise, no e-mails. */
export const BULK_CONTEXT: Readonly<Record<string, unknown>> = Object.freeze({
  tz: "UTC",
  tracking_disable: true,
  mail_create_nolog: true,
  mail_notrack: true,
  mail_create_nosubscribe: true,
  mail_auto_subscribe_no_notify: true,
  no_reset_password: true,
});

const DEFAULT_RETRY: Required<RetryOptions> = { retries: 5, delaysMs: [250, 500, 1000, 2000, 4000, 8000], maxDelayMs: 10_000 };
const FIELD_ATTRIBUTES = ["string", "type", "required", "readonly", "relation", "selection", "store"];
/** Methods that are safe to resend when the outcome of the first attempt is unknown. */
const IDEMPOTENT_METHODS = new Set([
  "load", "write", "unlink", "read", "search", "search_read", "search_count", "fields_get", "name_search",
  "check_object_reference", "context_get", "has_access", "check_access_rights", "read_group", "default_get",
  "action_archive", "action_unarchive", "button_immediate_install", "web_search_read",
]);
/** JSON-2 takes keyword arguments named as in the Python signature. */
const JSON2_SIGNATURES: Record<string, string[]> = {
  search_read: ["domain", "fields", "offset", "limit", "order"],
  search: ["domain", "offset", "limit", "order"],
  search_count: ["domain", "limit"],
  read: ["ids", "fields", "load"],
  write: ["ids", "vals"],
  unlink: ["ids"],
  create: ["vals_list"],
  fields_get: ["allfields", "attributes"],
  load: ["fields", "data"],
  name_search: ["name", "domain", "operator", "limit"],
  name_create: ["name"],
  check_object_reference: ["module", "xml_id", "raise_on_access_error"],
  default_get: ["fields_list"],
  has_access: ["ids", "operation"],
  check_access_rights: ["operation", "raise_exception"],
  context_get: [],
  copy: ["ids", "default"],
};

type Json = unknown;
interface RpcParams {
  url: string;
  timeoutMs: number;
  state: { transport?: OdooError };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Request-rate cap: request starts are spaced 1000/rps ms apart (slots reserved in call order, so
 * concurrent callers queue fairly). Every HTTP request takes a slot, retries included.
 */
export class RateLimiter {
  #next = 0;
  readonly intervalMs: number;
  constructor(readonly requestsPerSecond: number) {
    if (!(requestsPerSecond > 0)) throw new OdooError("odoo_rate", `requests per second must be > 0, not ${requestsPerSecond}`);
    this.intervalMs = 1000 / requestsPerSecond;
  }
  /** Resolves when the caller may send its request. */
  async take(): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.#next);
    this.#next = at + this.intervalMs;
    if (at > now) await sleep(at - now);
  }
}

/** `maxRequestsPerSecond` from the option, else env FERRY_MAX_RPS (`ferry --max-rps`); undefined = no cap. */
function rateCap(opt: number | undefined): number | undefined {
  const raw = opt ?? (typeof process !== "undefined" ? process.env.FERRY_MAX_RPS : undefined);
  if (raw === undefined || raw === "") return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new OdooError("odoo_rate", `max requests per second must be a positive number, not "${String(raw)}"`);
  return n > 0 ? n : undefined;
}

function isIdList(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((x) => typeof x === "number");
}

export class OdooClient {
  readonly url: string;
  readonly db: string;
  readonly user: string;
  uid = 0;
  version: OdooVersion = { server_version: "", server_version_info: [], server_serie: "", protocol_version: 1 };
  major = 0;
  protocol: OdooProtocol = "jsonrpc";
  /** Number of HTTP requests sent (including retries). */
  requestCount = 0;
  readonly #apiKey: string;
  readonly #opts: ConnectOptions;
  readonly #rpc: JSONRPCClient<RpcParams>;
  readonly #fieldsCache = new Map<string, Promise<OdooFields>>();
  readonly #limiter: RateLimiter | undefined;
  readonly #writeContext: Record<string, unknown>;
  #closed = false;
  #nextId = 0;

  private constructor(conn: OdooConnection, opts: ConnectOptions) {
    this.url = conn.url.replace(/\/+$/, "");
    this.db = conn.db;
    this.user = conn.user;
    this.#apiKey = conn.apiKey;
    this.#opts = opts;
    this.#writeContext = { ...(opts.context ?? BULK_CONTEXT) };
    const rps = rateCap(opts.maxRequestsPerSecond);
    this.#limiter = rps ? new RateLimiter(rps) : undefined;
    this.#rpc = new JSONRPCClient<RpcParams>(async (payload, params) => {
      let body: Json;
      try {
        body = await this.#postJson(params.url, payload, params.timeoutMs, {});
      } catch (e) {
        params.state.transport = e as OdooError;
        throw e;
      }
      const resp = body as Partial<JSONRPCResponse> & Record<string, unknown>;
      const sentId = (payload as { id?: unknown }).id;
      if (!resp || typeof resp !== "object" || Array.isArray(resp) || resp.id !== sentId) {
        // Not an answer to this request (proxy page, wrong endpoint): fail instead of waiting forever.
        const err = new OdooHttpError(`Odoo sent a response that is not a JSON-RPC answer to this call (${new URL(params.url).pathname})`);
        params.state.transport = err;
        throw err;
      }
      // A Python method returning None comes back without `result`: that is success.
      if (resp && typeof resp === "object" && !("result" in resp) && !("error" in resp)) resp.result = null;
      this.#rpc.receive(resp as JSONRPCResponse);
    });
  }

  /** Connects: reads the version, authenticates, and picks the protocol. */
  static async connect(conn: OdooConnection, opts: ConnectOptions = {}): Promise<OdooClient> {
    const c = new OdooClient(conn, opts);
    await c.#init();
    return c;
  }

  /** What `JSON.stringify(client)` shows: never the key. */
  toJSON(): Record<string, unknown> {
    return { url: this.url, db: this.db, user: this.user, uid: this.uid, major: this.major, protocol: this.protocol };
  }

  async #init(): Promise<void> {
    const noRetry: CallOptions = { retry: this.#opts.retry === false ? false : { ...this.#opts.retry, retries: Math.min(this.#opts.retry?.retries ?? 2, 2) } };
    let version: OdooVersion;
    try {
      version = (await this.#withRetry(() => this.#jsonrpc("common", "version", []), noRetry, true)) as OdooVersion;
    } catch (e) {
      if (e instanceof OdooHttpError && e.httpStatus === 404) {
        // /jsonrpc removed (Odoo 20+?): fall back to the plain version endpoint.
        const v = (await this.#getJson(`${this.url}/web/version`)) as { version: string; version_info: (number | string)[] };
        version = { server_version: v.version, server_version_info: v.version_info, server_serie: v.version, protocol_version: 1 };
      } else throw e;
    }
    this.version = version;
    const first = version.server_version_info?.[0];
    this.major = typeof first === "number" ? first : parseInt(String(version.server_version), 10) || 0;
    const wanted = this.#opts.protocol ?? "auto";
    const tryJson2 = wanted === "json2" || (wanted === "auto" && this.major >= 19);
    if (tryJson2) {
      try {
        this.protocol = "json2";
        const ctx = (await this.#withRetry(() => this.#json2("res.users", "context_get", {}), noRetry, true)) as { uid?: number };
        if (typeof ctx?.uid === "number") {
          this.uid = ctx.uid;
          return;
        }
      } catch (e) {
        // A password (not an API key) is refused by JSON-2 on 19: fall back to JSON-RPC below.
        if (!(e instanceof OdooAuthError) || wanted === "json2") throw e;
      }
      this.protocol = "jsonrpc";
    }
    let uid: unknown;
    try {
      uid = await this.#withRetry(() => this.#jsonrpc("common", "authenticate", [this.db, this.user, this.#apiKey, {}]), noRetry, true);
    } catch (e) {
      if (e instanceof OdooError && e.odooName?.startsWith("psycopg2") && /does not exist/.test(e.message)) {
        throw new OdooAuthError(`Odoo database "${this.db}" does not exist`, { odooName: e.odooName });
      }
      throw e;
    }
    if (typeof uid !== "number" || uid <= 0) {
      throw new OdooAuthError(`Odoo refused the login for user "${this.user}" on database "${this.db}" (wrong password or API key)`);
    }
    this.uid = uid;
  }

  /** The request-rate cap in force (requests per second), undefined when uncapped. */
  get maxRequestsPerSecond(): number | undefined {
    return this.#limiter?.requestsPerSecond;
  }

  /** Calls `model.method(*args, **kwargs)`. */
  async executeKw<T = unknown>(model: string, method: string, args: unknown[] = [], kwargs: Record<string, unknown> = {}, callOpts: CallOptions = {}): Promise<T> {
    if (this.#closed) throw new OdooError("odoo_closed", "Odoo client is closed");
    const idempotent = callOpts.idempotent ?? IDEMPOTENT_METHODS.has(method);
    return (await this.#withRetry(
      () =>
        this.protocol === "json2"
          ? this.#json2(model, method, this.#json2Body(method, args, kwargs), callOpts.timeoutMs)
          : this.#jsonrpc("object", "execute_kw", [this.db, this.uid, this.#apiKey, model, method, args, kwargs], callOpts.timeoutMs, model, method),
      callOpts,
      idempotent,
      model,
      method,
    )) as T;
  }

  /** `fields_get` with the attributes mapping decisions need; cached per client. */
  fieldsGet(model: string): Promise<OdooFields> {
    let p = this.#fieldsCache.get(model);
    if (!p) {
      p = this.executeKw<OdooFields>(model, "fields_get", [], { attributes: FIELD_ATTRIBUTES });
      p.catch(() => this.#fieldsCache.delete(model));
      this.#fieldsCache.set(model, p);
    }
    return p;
  }
  /** Drop cached metadata (after creating custom fields). */
  invalidateFields(model?: string): void {
    if (model) this.#fieldsCache.delete(model);
    else this.#fieldsCache.clear();
  }

  searchRead<T = Record<string, unknown>>(model: string, domain: Domain = [], opts: SearchReadOptions = {}): Promise<T[]> {
    const kw: Record<string, unknown> = {};
    if (opts.fields) kw.fields = opts.fields;
    if (opts.limit !== undefined) kw.limit = opts.limit;
    if (opts.offset !== undefined) kw.offset = opts.offset;
    if (opts.order !== undefined) kw.order = opts.order;
    if (opts.context) kw.context = opts.context;
    return this.executeKw<T[]>(model, "search_read", [domain], kw);
  }
  search(model: string, domain: Domain = [], opts: Omit<SearchReadOptions, "fields"> = {}): Promise<number[]> {
    const kw: Record<string, unknown> = {};
    if (opts.limit !== undefined) kw.limit = opts.limit;
    if (opts.offset !== undefined) kw.offset = opts.offset;
    if (opts.order !== undefined) kw.order = opts.order;
    if (opts.context) kw.context = opts.context;
    return this.executeKw<number[]>(model, "search", [domain], kw);
  }
  read<T = Record<string, unknown>>(model: string, ids: number[], fields?: string[], context?: Record<string, unknown>): Promise<T[]> {
    const kw: Record<string, unknown> = {};
    if (context) kw.context = context;
    return this.executeKw<T[]>(model, "read", fields ? [ids, fields] : [ids], kw);
  }
  searchCount(model: string, domain: Domain = [], context?: Record<string, unknown>): Promise<number> {
    return this.executeKw<number>(model, "search_count", [domain], context ? { context } : {});
  }
  /** `create(vals)` → id; `create([vals...])` → ids (JSON-2's always-a-list answer is normalised). */
  async create(model: string, vals: Record<string, unknown>, context?: Record<string, unknown>): Promise<number>;
  async create(model: string, vals: Record<string, unknown>[], context?: Record<string, unknown>): Promise<number[]>;
  async create(model: string, vals: Record<string, unknown> | Record<string, unknown>[], context?: Record<string, unknown>): Promise<number | number[]> {
    const res = await this.executeKw<number | number[]>(model, "create", [vals], { context: this.#ctx(context) });
    if (Array.isArray(vals)) return Array.isArray(res) ? res : [res];
    return Array.isArray(res) ? (res[0] as number) : res;
  }
  write(model: string, ids: number[], vals: Record<string, unknown>, context?: Record<string, unknown>): Promise<boolean> {
    return this.executeKw<boolean>(model, "write", [ids, vals], { context: this.#ctx(context) });
  }
  unlink(model: string, ids: number[], context?: Record<string, unknown>): Promise<boolean> {
    return this.executeKw<boolean>(model, "unlink", [ids], { context: this.#ctx(context) });
  }
  /** `model.load(fields, rows)`: all-or-nothing per call; `ids: false` plus messages when any row fails. */
  async load(model: string, fields: string[], rows: string[][], context?: Record<string, unknown>, callOpts: CallOptions = {}): Promise<OdooLoadResult> {
    const res = await this.executeKw<OdooLoadResult>(model, "load", [fields, rows], { context: this.#ctx(context) }, callOpts);
    return { ids: res.ids, messages: res.messages ?? [], nextrow: res.nextrow ?? 0 };
  }

  /** Resolves `module.name` external ids (chunked `ir.model.data` reads). Unknown ones are absent from the map. */
  async resolveXmlids(xmlids: string[], chunkSize = 1000): Promise<Map<string, { model: string; id: number }>> {
    const out = new Map<string, { model: string; id: number }>();
    const byModule = new Map<string, string[]>();
    for (const x of new Set(xmlids)) {
      const dot = x.indexOf(".");
      const module = dot > 0 ? x.slice(0, dot) : "__export__";
      const name = dot > 0 ? x.slice(dot + 1) : x;
      let list = byModule.get(module);
      if (!list) byModule.set(module, (list = []));
      list.push(name);
    }
    // Up to chunkSize names per request, several modules in one request (one call matters when rate-capped).
    let parts: unknown[][] = [];
    let count = 0;
    const flush = async () => {
      if (!parts.length) return;
      const domain: unknown[] = [...Array<string>(parts.length - 1).fill("|"), ...parts.flatMap((p) => ["&", ...p])];
      parts = [];
      count = 0;
      const rows = await this.searchRead<{ module: string; name: string; model: string; res_id: number }>("ir.model.data", domain, { fields: ["module", "name", "model", "res_id"] });
      for (const r of rows) out.set(`${r.module}.${r.name}`, { model: r.model, id: r.res_id });
    };
    for (const [module, names] of byModule) {
      for (let i = 0; i < names.length; ) {
        const chunk = names.slice(i, i + chunkSize - count);
        i += chunk.length;
        parts.push([["module", "=", module], ["name", "in", chunk]]);
        count += chunk.length;
        if (count >= chunkSize) await flush();
      }
    }
    await flush();
    return out;
  }

  /** Reads records by external id (for diffs and reconciliation), chunked; missing or other-model xmlids are absent. */
  async readByXmlids<T extends Record<string, unknown> = Record<string, unknown>>(model: string, xmlids: string[], fields: string[], chunkSize = 1000): Promise<Map<string, T & { id: number }>> {
    const refs = await this.resolveXmlids(xmlids, chunkSize);
    const byId = new Map<number, string[]>();
    for (const [x, r] of refs) if (r.model === model) byId.set(r.id, [...(byId.get(r.id) ?? []), x]);
    const ids = [...byId.keys()];
    const out = new Map<string, T & { id: number }>();
    for (let i = 0; i < ids.length; i += chunkSize) {
      const rows = await this.read<T & { id: number }>(model, ids.slice(i, i + chunkSize), fields, { active_test: false });
      for (const row of rows) for (const x of byId.get(row.id) ?? []) out.set(x, row);
    }
    return out;
  }

  /** Technical names of installed modules. */
  async installedModules(): Promise<string[]> {
    const rows = await this.searchRead<{ name: string }>("ir.module.module", [["state", "=", "installed"]], { fields: ["name"] });
    return rows.map((r) => r.name).sort();
  }

  /** Stops further calls (pending ones finish). Connections are pooled by Node's fetch. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#fieldsCache.clear();
  }

  // ---------------------------------------------------------------------------------------------

  #ctx(extra?: Record<string, unknown>): Record<string, unknown> {
    return extra ? { ...this.#writeContext, ...extra } : { ...this.#writeContext };
  }

  #json2Body(method: string, args: unknown[], kwargs: Record<string, unknown>): Record<string, unknown> {
    const body: Record<string, unknown> = {};
    const names = JSON2_SIGNATURES[method];
    let rest = args;
    if (!names) {
      // Unknown method: a leading id list is the recordset, further positional args are not expressible.
      if (rest.length > 0 && isIdList(rest[0])) {
        body.ids = rest[0];
        rest = rest.slice(1);
      }
      if (rest.length > 0) throw new OdooError("odoo_json2_args", `JSON-2 needs keyword arguments for ${method}; pass them in kwargs`);
    } else {
      rest.forEach((v, i) => {
        const n = names[i];
        if (!n) throw new OdooError("odoo_json2_args", `Too many positional arguments for ${method}`);
        body[n] = v;
      });
    }
    return { ...body, ...kwargs };
  }

  async #jsonrpc(service: string, method: string, args: unknown[], timeoutMs?: number, model?: string, kwMethod?: string): Promise<unknown> {
    const state: RpcParams["state"] = {};
    const params: RpcParams = { url: `${this.url}/jsonrpc`, timeoutMs: timeoutMs ?? this.#opts.timeoutMs ?? 120_000, state };
    const resp = await this.#rpc.requestAdvanced({ jsonrpc: "2.0", method: "call", params: { service, method, args }, id: ++this.#nextId }, params);
    if (state.transport) throw state.transport;
    if (resp.error) {
      const data = resp.error.data as OdooErrorData | undefined;
      throw odooErrorFromData(data, redact(resp.error.message, [this.#apiKey]), { model, method: kwMethod });
    }
    return resp.result ?? null;
  }

  async #json2(model: string, method: string, body: Record<string, unknown>, timeoutMs?: number): Promise<unknown> {
    return this.#postJson(`${this.url}/json/2/${encodeURIComponent(model)}/${encodeURIComponent(method)}`, body, timeoutMs ?? this.#opts.timeoutMs ?? 120_000, {
      Authorization: `bearer ${this.#apiKey}`,
      "X-Odoo-Database": this.db,
    }, { model, method, json2: true });
  }

  async #getJson(url: string): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(this.#opts.timeoutMs ?? 120_000) });
    } catch (e) {
      throw this.#networkError(e);
    }
    if (!res.ok) throw new OdooHttpError(`Odoo answered HTTP ${res.status} for ${new URL(url).pathname}`, { httpStatus: res.status });
    return res.json();
  }

  #networkError(e: unknown): OdooError {
    const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
    if (err?.name === "TimeoutError" || err?.name === "AbortError") {
      return new OdooTimeoutError(`Odoo did not answer within the timeout (${this.url})`);
    }
    const code = err?.cause?.code ?? "";
    const detail = redact(code || err?.cause?.message || err?.message || "network error", [this.#apiKey]);
    // A refused connection never reached the server: safe to resend anything. Resets may have.
    const refused = code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN";
    return new OdooUnreachableError(`Cannot reach Odoo at ${this.url}: ${detail}`, refused ? { retryable: true } : { retryable: false, ambiguous: true });
  }

  async #postJson(url: string, payload: unknown, timeoutMs: number, headers: Record<string, string>, json2?: { model: string; method: string; json2: true }): Promise<unknown> {
    // Serialize before taking a rate slot: a big batch then leaves right at its slot, not a JSON.stringify later.
    const requestBody = JSON.stringify(payload);
    if (this.#limiter) await this.#limiter.take();
    this.requestCount++;
    let res: Response;
    try {
      res = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json", ...headers },
        body: requestBody,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      throw this.#networkError(e);
    }
    let text: string;
    try {
      text = await res.text();
    } catch (e) {
      throw this.#networkError(e);
    }
    let body: unknown;
    let parsed = true;
    try {
      body = text === "" ? null : JSON.parse(text);
    } catch {
      parsed = false;
    }
    const status = res.status;
    if (json2) {
      if (status === 200 && parsed) return body;
      if (parsed && body && typeof body === "object" && "name" in body) {
        const err = odooErrorFromData(body as OdooErrorData, `HTTP ${status}`, { httpStatus: status, model: json2.model, method: json2.method });
        if (status === 401 && !(err instanceof OdooAuthError)) return Promise.reject(new OdooAuthError(err.message, { httpStatus: status, odooName: err.odooName }));
        return Promise.reject(err);
      }
    } else if (status === 200 && parsed) {
      return body;
    }
    const path = new URL(url).pathname;
    if (status === 502 || status === 504) throw new OdooHttpError(`Odoo gateway error HTTP ${status} for ${path}`, { httpStatus: status, ambiguous: true });
    if (status === 503 || status === 429) throw new OdooHttpError(`Odoo busy (HTTP ${status}) for ${path}`, { httpStatus: status, retryable: true });
    if (status === 404 && json2) throw new OdooAuthError(`Odoo database "${this.db}" not found (HTTP 404 for ${path})`, { httpStatus: status });
    throw new OdooHttpError(`Unexpected HTTP ${status}${parsed ? "" : " (not JSON)"} from Odoo for ${path}`, { httpStatus: status });
  }

  async #withRetry<T>(fn: () => Promise<T>, callOpts: CallOptions, idempotent: boolean, model?: string, method?: string): Promise<T> {
    const policy = callOpts.retry ?? this.#opts.retry;
    const retry = policy === false ? { ...DEFAULT_RETRY, retries: 0 } : { ...DEFAULT_RETRY, ...policy };
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (e) {
        if (!(e instanceof OdooError)) throw e;
        const transient = e.retryable || (e.ambiguous && idempotent);
        if (!transient || attempt >= retry.retries) throw e;
        const base = retry.delaysMs[Math.min(attempt, retry.delaysMs.length - 1)] ?? 1000;
        const delayMs = Math.min(retry.maxDelayMs, Math.round(base * (0.5 + Math.random())));
        this.#opts.onRetry?.({ attempt: attempt + 1, delayMs, error: e, model, method });
        await sleep(delayMs);
      }
    }
  }
}
