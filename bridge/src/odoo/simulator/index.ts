/**
 * Odoo stand-in: an in-memory JSON-RPC (and, in 19 mode, JSON-2) server on 127.0.0.1 that validates
 * against recorded `fields_get` dumps and answers like the recorded Odoo 18 (see
 * `../shared/odoo18/transcripts.json`). Supports fault injection for tests.
 * Defaults: db `ferry`, user `admin`, password/API key `admin` (uid 2).
 */
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { E, SimError, Store } from "./store.ts";
import { seedReference } from "./reference.ts";
import type { Vals } from "./store.ts";
import { load, registerXmlid, xmlidLookup, qualify } from "./load.ts";

export type FaultKind = "timeout" | "http502" | "http503" | "http504" | "serialization" | "slow" | "reset";

export interface FaultOptions {
  /** Probability (0..1) that an `execute_kw`/JSON-2 call gets a fault. */
  rate?: number;
  /** Which faults to draw from (default all transient kinds). */
  kinds?: FaultKind[];
  /** Only fault these methods (default: every object call). */
  methods?: string[];
  /** Delay for `slow` and `timeout` (timeout: the call is executed and committed, the answer held back). */
  delayMs?: number;
  /** Seeded PRNG for reproducible runs. */
  seed?: number;
}

export interface SimulatorOptions {
  port?: number;
  /** Directory of `<model>.json` fields_get dumps (+ versions.json). Default: the bundled Odoo 18 recordings. */
  fieldsDir?: string | string[];
  db?: string;
  user?: string;
  /** Password; also accepted as API key. */
  password?: string;
  /** Extra accepted API keys. */
  apiKeys?: string[];
  /** Emulate this major version (18 default; 19 enables JSON-2 and 19's texts). */
  major?: 18 | 19;
  faults?: FaultOptions;
  /** Fixed per-call latency in ms (for benchmarks of the client, default 0). */
  latencyMs?: number;
}

export interface SimulatorStats {
  /** HTTP requests received. */
  requests: number;
  /** `object.execute_kw` / JSON-2 calls by `model.method`. */
  calls: Record<string, number>;
  faults: Record<string, number>;
}

export interface Simulator {
  url: string;
  db: string;
  user: string;
  apiKey: string;
  major: number;
  store: Store;
  stats: SimulatorStats;
  /** Change fault injection at run time. */
  setFaults(f: FaultOptions | undefined): void;
  close(): Promise<void>;
}

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_FIELDS_DIR = join(HERE, "fields18");
/** API key the simulator accepts by default in `major: 19` mode (JSON-2 needs a key, not a password). */
export const DEFAULT_API_KEY_19 = "0123456789abcdef0123456789abcdef01234567";
/** Odoo 19 recordings (19 models); overlaid on the 18 ones in `major: 19` mode. */
export const FIELDS19_DIR = join(HERE, "fields19");

/** The bundled recordings, or `../shared/odoo18/fields` beside the repo when present and the bundle is not. */
export function defaultFieldsDir(): string {
  if (existsSync(join(DEFAULT_FIELDS_DIR, "res.partner.json"))) return DEFAULT_FIELDS_DIR;
  const shared = resolve(HERE, "../../../../../shared/odoo18/fields");
  return shared;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** JSON-2 keyword names → positional args of the legacy call. */
const JSON2_ARGS: Record<string, string[]> = {
  search_read: ["domain", "fields", "offset", "limit", "order"],
  search: ["domain", "offset", "limit", "order"],
  search_count: ["domain", "limit"],
  read: ["ids", "fields"],
  write: ["ids", "vals"],
  unlink: ["ids"],
  create: ["vals_list"],
  fields_get: ["allfields", "attributes"],
  load: ["fields", "data"],
  name_search: ["name", "domain", "operator", "limit"],
};
const MODEL_METHODS = new Set(["search_read", "search", "search_count", "create", "fields_get", "load", "name_search", "context_get", "check_object_reference", "default_get", "name_create", "check_access_rights"]);

export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const major = opts.major ?? 18;
  const db = opts.db ?? "ferry";
  const user = opts.user ?? "admin";
  const password = opts.password ?? "admin";
  const apiKeys = opts.apiKeys ?? (major >= 19 ? [DEFAULT_API_KEY_19] : []);
  const keys = new Set([password, ...apiKeys]);
  const base = opts.fieldsDir ?? defaultFieldsDir();
  const store = new Store({ fieldsDir: major >= 19 && !opts.fieldsDir && existsSync(FIELDS19_DIR) ? [base as string, FIELDS19_DIR] : base, major });
  seedReference(store);
  const stats: SimulatorStats = { requests: 0, calls: {}, faults: {} };
  let faults = opts.faults;
  let rand = mulberry32(faults?.seed ?? 42);
  const version = {
    server_version: major >= 19 ? "19.0" : "18.0-20250506",
    server_version_info: [major, 0, 0, "final", 0, ""],
    server_serie: `${major}.0`,
    protocol_version: 1,
  };
  const errorCode = major >= 19 ? 0 : 200;

  const drawFault = (method: string): FaultKind | undefined => {
    if (!faults || !faults.rate) return undefined;
    if (faults.methods && !faults.methods.includes(method)) return undefined;
    if (rand() >= faults.rate) return undefined;
    const kinds = faults.kinds ?? ["timeout", "http502", "http503", "serialization", "slow"];
    const k = kinds[Math.floor(rand() * kinds.length)] as FaultKind;
    stats.faults[k] = (stats.faults[k] ?? 0) + 1;
    return k;
  };

  const checkAuth = (dbName: unknown, uid: unknown, pw: unknown) => {
    if (dbName !== db) throw new SimError("psycopg2.OperationalError", `connection to server at "127.0.0.1", port 5432 failed: FATAL:  database "${String(dbName)}" does not exist\n`);
    if (uid !== 2 || typeof pw !== "string" || !keys.has(pw)) throw E.denied();
  };

  /** One model method call; returns the Python result (undefined = None). */
  const call = (model: string, method: string, args: unknown[], kwargs: Vals): unknown => {
    if (!store.models.has(model)) throw E.user(`Object ${model} doesn't exist`);
    if (method.startsWith("_")) throw E.access(`Private methods (such as '${model}.${method}') cannot be called remotely.`);
    if (major >= 19 && method === "check_access") throw E.access(`Private methods (such as '${model}.${method}') cannot be called remotely.`);
    const key = `${model}.${method}`;
    stats.calls[key] = (stats.calls[key] ?? 0) + 1;
    const ctx = (kwargs.context ?? {}) as Vals;
    const kw = (name: string, pos: number) => (kwargs[name] !== undefined ? kwargs[name] : args[pos]);
    const m = store.models.get(model);
    switch (method) {
      case "search_read": {
        const ids = store.search(model, (kw("domain", 0) as unknown[]) ?? [], { offset: kw("offset", 2) as number, limit: kw("limit", 3) as number, order: kw("order", 4) as string, context: ctx });
        return store.read(model, ids, (kw("fields", 1) as string[]) ?? undefined);
      }
      case "search":
        return store.search(model, (kw("domain", 0) as unknown[]) ?? [], { offset: kw("offset", 1) as number, limit: kw("limit", 2) as number, order: kw("order", 3) as string, context: ctx });
      case "search_count":
        return store.search(model, (kw("domain", 0) as unknown[]) ?? [], { context: ctx, limit: kw("limit", 1) as number }).length;
      case "read":
        return store.read(model, (args[0] as number[]) ?? [], (kw("fields", 1) as string[]) ?? undefined);
      case "create": {
        const v = kw("vals_list", 0);
        if (model === "ir.model.fields") return createField(v as Vals);
        if (Array.isArray(v)) return store.create(model, v as Vals[], ctx);
        const ids = store.create(model, [v as Vals], ctx);
        return ids[0];
      }
      case "write":
        return store.write(model, args[0] as number[], kw("vals", 1) as Vals);
      case "unlink":
        return store.unlink(model, args[0] as number[], ctx);
      case "fields_get": {
        const all = kw("allfields", 0) as string[] | undefined;
        const attrs = kw("attributes", 1) as string[] | undefined;
        const out: Vals = {};
        for (const [name, def] of Object.entries(m!.fields)) {
          if (all && all.length && !all.includes(name)) continue;
          if (!attrs || !attrs.length) out[name] = { ...def };
          else out[name] = Object.fromEntries(Object.entries(def).filter(([k]) => attrs.includes(k)));
        }
        return out;
      }
      case "load":
        return load(store, model, (kw("fields", 0) as string[]) ?? [], (kw("data", 1) as string[][]) ?? [], ctx, false);
      case "name_search": {
        const name = String(kw("name", 0) ?? "");
        const limit = (kw("limit", 3) as number) ?? 100;
        const ids = store.search(model, [], { context: ctx });
        const out: [number, string][] = [];
        for (const id of ids) {
          const dn = store.displayName(model, id);
          if (dn.toLowerCase().includes(name.toLowerCase())) out.push([id, dn]);
        }
        out.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
        return out.slice(0, limit);
      }
      case "name_create": {
        const id = store.create(model, [{ name: kw("name", 0) }], ctx)[0] as number;
        return [id, store.displayName(model, id)];
      }
      case "action_archive":
      case "action_unarchive":
      case "toggle_active": {
        const ids = args[0] as number[];
        for (const id of ids) {
          const r = m!.records.get(id);
          if (!r) throw E.missing(`Record does not exist or has been deleted.\n(Record: ${model}(${id},), User: 2)`);
          r.active = method === "action_archive" ? false : method === "action_unarchive" ? true : !r.active;
        }
        return undefined;
      }
      case "action_set_lost": {
        for (const id of args[0] as number[]) store.setRaw(model, id, { active: false, probability: 0 });
        return undefined;
      }
      case "check_object_reference": {
        const hit = xmlidLookup(store, `${String(kw("module", 0))}.${String(kw("xml_id", 1))}`);
        if (!hit) throw new SimError("builtins.ValueError", `External ID not found in the system: ${String(kw("module", 0))}.${String(kw("xml_id", 1))}`);
        return [hit.model, hit.res_id];
      }
      case "context_get":
        if (model !== "res.users") break;
        return { lang: "en_US", tz: false, uid: 2 };
      case "check_access_rights":
        return true;
      case "has_access":
        return true;
      case "default_get":
        return {};
      case "message_post": {
        if (!m!.fields.message_ids) break;
        const resId = (args[0] as number[])[0] as number;
        const body = String(kwargs.body ?? "");
        const subtype = kwargs.subtype_xmlid === "mail.mt_note" ? 2 : kwargs.subtype_xmlid === "mail.mt_comment" || !kwargs.subtype_xmlid ? 1 : false;
        return store.create("mail.message", [{ model, res_id: resId, body: body.startsWith("<") ? body : `<p>${body}</p>`, message_type: kwargs.message_type ?? "comment", date: kwargs.date ?? store.nowStr(), author_id: 3, subtype_id: subtype }], ctx)[0];
      }
      case "button_immediate_install": {
        if (model !== "ir.module.module") break;
        for (const id of args[0] as number[]) store.setRaw(model, id, { state: "installed" });
        return { type: "ir.actions.client", tag: "reload" };
      }
    }
    throw E.attribute(`The method '${model}.${method}' does not exist`);
  };

  /** ir.model.fields.create for custom fields (registry "reload": the field appears at once, see Store.reflectField). */
  const createField = (v: Vals | Vals[]): number | number[] => {
    const list = Array.isArray(v) ? v : [v];
    const ids: number[] = [];
    for (const vals of list) {
      const sel = Array.isArray(vals.selection_ids) ? (vals.selection_ids as [number, number, Vals][]).map((c) => c[2]).filter(Boolean) : [];
      const rest: Vals = { ...vals };
      delete rest.selection_ids;
      const fid = store.create("ir.model.fields", [rest], {})[0] as number;
      sel.sort((a, b) => Number(a.sequence ?? 0) - Number(b.sequence ?? 0)).forEach((s, i) => store.insertRaw("ir.model.fields.selection", { ...s, field_id: fid, sequence: i }));
      store.reflectField(fid);
      ids.push(fid);
    }
    return Array.isArray(v) ? ids : (ids[0] as number);
  };

  const readBody = (req: IncomingMessage) =>
    new Promise<string>((res, rej) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => res(Buffer.concat(chunks).toString("utf8")));
      req.on("error", rej);
    });

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    res.writeHead(status, { "Content-Type": typeof body === "string" ? "text/html" : "application/json", ...headers });
    res.end(text);
  };
  const errData = (e: SimError) => ({ name: e.odooName, debug: `<traceback shortened; last line: ${e.odooName}: ${e.message}>`, message: e.message, arguments: [e.message], context: {} });
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  /** Applies a drawn fault. Returns true when the response was already handled. */
  const preFault = async (kind: FaultKind | undefined, res: ServerResponse, rpcId: unknown): Promise<boolean> => {
    if (!kind) return false;
    if (kind === "http502" || kind === "http503" || kind === "http504") {
      send(res, Number(kind.slice(4)), "<html><body>Bad Gateway</body></html>");
      return true;
    }
    if (kind === "reset") {
      res.socket?.destroy();
      return true;
    }
    if (kind === "serialization") {
      const e = new SimError("psycopg2.errors.SerializationFailure", "could not serialize access due to concurrent update\n");
      send(res, 200, { jsonrpc: "2.0", id: rpcId, error: { code: errorCode, message: "Odoo Server Error", data: errData(e) } });
      return true;
    }
    if (kind === "slow") await sleep(faults?.delayMs ?? 50);
    return false;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    stats.requests++;
    if (opts.latencyMs) await sleep(opts.latencyMs);
    const url = new URL(req.url ?? "/", "http://x");
    const text = req.method === "POST" ? await readBody(req) : "";
    if (req.method === "GET" && (url.pathname === "/web/version" || url.pathname === "/json/version")) {
      return send(res, 200, { version_info: version.server_version_info, version: version.server_version });
    }
    if (url.pathname.startsWith("/json/2")) return handleJson2(req, res, url, text);
    if (req.method !== "POST") return send(res, 404, "<html>Not Found</html>");
    let body: { id?: unknown; params?: Vals };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return send(res, 400, "<html>Bad Request</html>");
    }
    const id = body.id ?? null;
    const p = body.params ?? {};
    const ok = (result: unknown) => send(res, 200, result === undefined ? { jsonrpc: "2.0", id } : { jsonrpc: "2.0", id, result });
    const fail = (e: unknown) => {
      const se = e instanceof SimError ? e : new SimError("builtins.Exception", String((e as Error)?.message ?? e));
      send(res, 200, { jsonrpc: "2.0", id, error: { code: errorCode, message: "Odoo Server Error", data: errData(se) } });
    };
    try {
      if (url.pathname === "/web/session/authenticate") {
        if (p.db !== db || p.login !== user || !keys.has(String(p.password))) throw E.denied();
        return ok({ uid: 2, is_system: true, is_admin: true, is_public: false, is_internal_user: true, user_context: { lang: "en_US", tz: false, uid: 2 }, db, server_version: version.server_version, server_version_info: version.server_version_info, name: "Administrator", username: user, partner_id: 3 });
      }
      if (url.pathname !== "/jsonrpc") return send(res, 404, "<html>Not Found</html>");
      const args = (p.args ?? []) as unknown[];
      if (p.service === "common") {
        if (p.method === "version") return ok(version);
        if (p.method === "login" || p.method === "authenticate") {
          if (args[0] !== db) throw new SimError("psycopg2.OperationalError", `connection to server at "127.0.0.1", port 5432 failed: FATAL:  database "${String(args[0])}" does not exist\n`);
          return ok(args[1] === user && keys.has(String(args[2])) ? 2 : false);
        }
        throw E.attribute(`The method 'common.${String(p.method)}' does not exist`);
      }
      if (p.service === "object" && p.method === "execute_kw") {
        const [dbName, uid, pw, model, method, margs, mkw] = args as [string, number, string, string, string, unknown[]?, Vals?];
        checkAuth(dbName, uid, pw);
        const fault = drawFault(method);
        if (await preFault(fault, res, id)) return;
        const result = call(model, method, margs ?? [], mkw ?? {});
        if (fault === "timeout") {
          // Committed, but the answer comes too late (client times out).
          await sleep(faults?.delayMs ?? 2000);
        }
        return ok(result);
      }
      throw E.attribute(`The method '${String(p.service)}.${String(p.method)}' does not exist`);
    } catch (e) {
      return fail(e);
    }
  };

  const handleJson2 = async (req: IncomingMessage, res: ServerResponse, url: URL, text: string) => {
    const j2err = (status: number, name: string, message: string, extra: unknown[] = [status]) =>
      send(res, status, { name, message, arguments: [message, ...extra], context: {} }, status === 401 ? { "WWW-Authenticate": "Bearer" } : {});
    const m = /^\/json\/2\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (major < 19) return send(res, 404, "<html>Not Found</html>");
    if (req.method !== "POST" || !m) return j2err(404, "werkzeug.exceptions.NotFound", "Did you mean POST /json/2/<model>/<method>?");
    if (!String(req.headers["content-type"] ?? "").startsWith("application/json")) return send(res, 415, "<!doctype html><title>415 Unsupported Media Type</title>");
    const dbh = req.headers["x-odoo-database"];
    if (dbh !== undefined && dbh !== db) return send(res, 404, "<!DOCTYPE html>\n<title>404 Not Found</title>");
    const auth = String(req.headers.authorization ?? "");
    const am = /^bearer\s+(.+)$/i.exec(auth);
    if (!am) return j2err(401, "werkzeug.exceptions.Unauthorized", "User not authenticated, use an API Key with a Bearer Authorization header.");
    if (!apiKeys.includes(am[1] as string)) return j2err(401, "werkzeug.exceptions.Unauthorized", "Invalid apikey");
    let body: Vals;
    try {
      body = JSON.parse(text) as Vals;
    } catch (e) {
      return j2err(400, "werkzeug.exceptions.BadRequest", `could not parse the body as json: ${(e as Error).message}`);
    }
    if (Array.isArray(body) || typeof body !== "object" || body === null) {
      return j2err(422, "werkzeug.exceptions.UnprocessableEntity", `missing a required argument: '${(JSON2_ARGS[m[2] as string] ?? ["ids"])[0]}'`);
    }
    const model = decodeURIComponent(m[1] as string);
    const method = decodeURIComponent(m[2] as string);
    if (!store.models.has(model)) return j2err(404, "werkzeug.exceptions.NotFound", `the model '${model}' does not exist`);
    if (method.startsWith("_") || method === "check_access") {
      const msg = `Private methods (such as '${model}.${method}') cannot be called remotely.`;
      return send(res, 403, { name: "odoo.exceptions.AccessError", message: msg, arguments: [msg], context: {} });
    }
    if (MODEL_METHODS.has(method) && body.ids !== undefined) return j2err(422, "werkzeug.exceptions.UnprocessableEntity", `cannot call ${model}.${method} with ids`);
    const names = JSON2_ARGS[method];
    const args: unknown[] = [];
    const kwargs: Vals = {};
    if (body.context) kwargs.context = body.context;
    if (body.ids !== undefined) args.push(body.ids);
    for (const [k, v] of Object.entries(body)) {
      if (k === "ids" || k === "context") continue;
      if (names && !names.includes(k) && !["body", "message_type", "subtype_xmlid", "date", "raise_exception", "operation", "module", "xml_id"].includes(k)) {
        const msg = `BaseModel._read_format() got an unexpected keyword argument '${k}'`;
        return send(res, 500, { name: "builtins.TypeError", message: msg, arguments: [msg], context: {} });
      }
      kwargs[k] = v;
    }
    const fault = drawFault(method);
    if (fault === "http502" || fault === "http503" || fault === "http504") return send(res, Number(fault.slice(4)), "<html>Bad Gateway</html>");
    if (fault === "serialization") {
      const msg = "could not serialize access due to concurrent update\n";
      return send(res, 500, { name: "psycopg2.errors.SerializationFailure", message: msg, arguments: [msg], context: {} });
    }
    if (fault === "slow") await sleep(faults?.delayMs ?? 50);
    try {
      let result = call(model, method, args, kwargs);
      if (method === "create" && !Array.isArray(result)) result = [result];
      if (fault === "timeout") await sleep(faults?.delayMs ?? 2000);
      return send(res, 200, result === undefined ? null : result);
    } catch (e) {
      const se = e instanceof SimError ? e : new SimError("builtins.Exception", String((e as Error)?.message ?? e), 500);
      return send(res, se.status, { name: se.odooName, message: se.message, arguments: [se.message], context: {} });
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, `<html>${String((e as Error)?.message ?? e)}</html>`);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(opts.port ?? 0, "127.0.0.1", () => r()));
  const addr = server.address();
  const port = typeof addr === "object" && addr ? addr.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    db,
    user,
    apiKey: major >= 19 && apiKeys[0] ? apiKeys[0] : password,
    major,
    store,
    stats,
    setFaults(f) {
      faults = f;
      rand = mulberry32(f?.seed ?? 42);
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export { registerXmlid, qualify };

