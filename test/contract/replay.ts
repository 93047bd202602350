/**
 * Replays recorded Odoo exchanges against a target (simulator or real server) and compares answers.
 *
 * Comparison rules (the same for every target):
 * - Database ids may differ: every id position (create/search/load results, `id` of read rows,
 *   many2one pairs, `res_id` with its model; x2many lists as sets) is learned into a per-model map
 *   recorded→actual the first time it is seen and must stay consistent afterwards; later requests are
 *   rewritten through the map (ids in args, vals, domains, `x/.id` load cells).
 * - Datetimes the recording server stamped with its own clock (recording day, e.g. create_date) match any
 *   datetime; all other values must be equal. Errors compare `code`, `message`, `data.name`,
 *   `data.message`, `data.arguments` (not the traceback). A missing `result` must stay missing.
 * - Run-unique renames (external ids, custom field names, a few record names) are applied to the recorded
 *   request *and* response, so a server that already holds earlier runs' data answers the same.
 * - A handful of exchanges are marked in SPECIAL with the reason: `contains` (a search over the whole
 *   table — the recorded rows must be among the answer) or `pick` (compare only listed keys).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export interface Exchange {
  name: string;
  endpoint: string;
  http_status: number;
  request: unknown;
  response: unknown;
  note?: string;
}
export interface Target {
  url: string;
  db: string;
  user: string;
  password: string;
}
export interface ExchangeOutcome {
  index: number;
  name: string;
  ok: boolean;
  diffs: string[];
}

type Json = unknown;
type Obj = Record<string, unknown>;
interface FieldDef {
  type: string;
  relation?: string;
}

export interface Special {
  mode?: "contains";
  pick?: string[];
  /** Regexes for values under `result` paths (dot paths, rows by index). */
  patterns?: Record<string, RegExp>;
  reason: string;
}

export const SPECIAL: Record<string, Special> = {
  "web.session.authenticate good": {
    pick: ["uid", "is_system", "is_admin", "is_public", "is_internal_user", "user_context", "db", "server_version", "server_version_info", "name", "username", "partner_id"],
    reason: "session info is a large web-client payload (menus, hashes, UI settings); only the identity part matters to Ferry",
  },
  "crm.stage search_read": { mode: "contains", reason: "reads every stage; a used database has more" },
  "calendar.event read": { mode: "contains", reason: "search_read over all events" },
  "calendar.attendee search_read": { mode: "contains", reason: "search_read over all attendees" },
  "ir.model.fields search_read custom": { mode: "contains", reason: "all manual fields of res.partner; a used database has earlier runs' fields" },
  "sale.order read": { patterns: { "0.name": /^S\d{5}$/ }, reason: "order number comes from a sequence" },
};

const RECORDING_DAY = "2026-11-23";
const DATETIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/** Field definitions for type-directed id handling (bundled Odoo 18 recordings + fields learned at run time). */
export function loadFieldDefs(dir: string): Map<string, Record<string, FieldDef>> {
  const out = new Map<string, Record<string, FieldDef>>();
  for (const f of readdirSync(dir)) {
    if (f.endsWith(".json") && f !== "versions.json") out.set(f.slice(0, -5), JSON.parse(readFileSync(join(dir, f), "utf8")) as Record<string, FieldDef>);
  }
  return out;
}

export function loadTranscripts(path: string): Exchange[] {
  return JSON.parse(readFileSync(path, "utf8")) as Exchange[];
}

/** Renames that keep runs on a shared database apart (applied to recorded requests and responses). */
export function uniquifier(tag: string): (text: string) => string {
  if (!tag) return (t) => t;
  const rules: [RegExp, string][] = [
    [/\bplexus_(customer|contact|event|manual|does_not_exist)/g, `plexus_${tag}_$1`],
    [/\bx_trade_type\b/g, `x_trade_type_${tag}`],
    [/\bx_license_number\b/g, `x_license_number_${tag}`],
    [/\bAcme\b/g, `Acme${tag}`],
    [/\b(VIP|Builder|Quoted)\b/g, `$1${tag}`],
    [/\b(Site visit|Public holiday|TZ test|Load tz UTC|Load tz Sydney)\b/g, `$1 ${tag}`],
  ];
  return (text) => rules.reduce((t, [re, rep]) => t.replace(re, rep), text);
}

export class Replayer {
  private readonly ids = new Map<string, Map<number, number>>();
  private readonly seen = new Map<string, Set<number>>();
  private uid = 2;
  private readonly rename: (t: string) => string;
  requests = 0;

  constructor(
    private readonly target: Target,
    private readonly fields: Map<string, Record<string, FieldDef>>,
    tag: string,
  ) {
    this.rename = uniquifier(tag);
  }

  async run(ex: Exchange, index: number): Promise<ExchangeOutcome> {
    const recordedReq = JSON.parse(this.rename(JSON.stringify(ex.request))) as Obj;
    const recordedRes = JSON.parse(this.rename(JSON.stringify(ex.response))) as Obj;
    const req = this.rewriteRequest(ex, recordedReq);
    const path = ex.endpoint.replace(/^POST /, "");
    this.requests++;
    const res = await fetch(`${this.target.url}${path}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(req) });
    const diffs: string[] = [];
    if (res.status !== ex.http_status) diffs.push(`http status ${res.status} != ${ex.http_status}`);
    const actual = (await res.json()) as Obj;
    this.compareEnvelope(ex, req, recordedRes, actual, diffs);
    if (ex.name.startsWith("common.authenticate") && typeof actual.result === "number") this.uid = actual.result;
    return { index, name: ex.name, ok: diffs.length === 0, diffs };
  }

  // ------------------------------------------------------------------ id map
  private map(model: string, id: number): number {
    return this.ids.get(model)?.get(id) ?? id;
  }
  /** Learns/checks recorded→actual for one id; returns a diff text or null. */
  private learn(model: string, rec: number, act: number, where: string): string | null {
    let m = this.ids.get(model);
    if (!m) this.ids.set(model, (m = new Map()));
    const known = m.get(rec);
    if (known !== undefined) return known === act ? null : `${where}: ${model} id ${rec} maps to ${known}, got ${act}`;
    let s = this.seen.get(model);
    if (!s) this.seen.set(model, (s = new Set()));
    if (s.has(act)) return `${where}: ${model} id ${act} already stands for another recorded id (got it for ${rec})`;
    m.set(rec, act);
    s.add(act);
    return null;
  }

  // ------------------------------------------------------------------ request rewriting
  private rewriteRequest(ex: Exchange, body: Obj): Obj {
    const t = this.target;
    if (ex.endpoint.endsWith("/web/session/authenticate")) {
      const p = body.params as Obj;
      if (p.db === "plexus") p.db = t.db;
      if (p.login === "admin") p.login = t.user;
      if (p.password === "admin") p.password = t.password;
      return body;
    }
    const p = body.params as Obj;
    const args = (p.args ?? []) as unknown[];
    if (p.service === "common") {
      if (args[0] === "plexus") args[0] = t.db;
      if (args[1] === "admin") args[1] = t.user;
      if (args[2] === "admin") args[2] = t.password;
      return body;
    }
    if (args[0] === "plexus") args[0] = t.db;
    if (args[1] === 2) args[1] = this.uid;
    if (args[2] === "admin") args[2] = t.password;
    const model = args[3] as string;
    const method = args[4] as string;
    const margs = (args[5] ?? []) as unknown[];
    switch (method) {
      case "read":
      case "unlink":
      case "action_archive":
      case "action_unarchive":
      case "toggle_active":
      case "action_set_lost":
      case "message_post":
        margs[0] = this.mapIds(model, margs[0]);
        break;
      case "write":
        margs[0] = this.mapIds(model, margs[0]);
        margs[1] = this.mapVals(model, margs[1] as Obj);
        break;
      case "create":
        margs[0] = Array.isArray(margs[0]) ? (margs[0] as Obj[]).map((v) => this.mapVals(model, v)) : this.mapVals(model, margs[0] as Obj);
        break;
      case "search":
      case "search_read":
      case "search_count":
        margs[0] = this.mapDomain(model, margs[0] as unknown[]);
        break;
      case "load": {
        const cols = margs[0] as string[];
        const rows = margs[1] as string[][];
        cols.forEach((c, i) => {
          const rel = c === ".id" ? model : c.endsWith("/.id") ? this.fieldDef(model, c.split("/")[0] as string)?.relation : undefined;
          if (!rel) return;
          for (const r of rows) if (/^\d+$/.test(r[i] ?? "")) r[i] = String(this.map(rel, Number(r[i])));
        });
        break;
      }
    }
    return body;
  }

  private fieldDef(model: string, field: string): FieldDef | undefined {
    return this.fields.get(model)?.[field];
  }
  private mapIds(model: string, v: unknown): unknown {
    return Array.isArray(v) ? v.map((x) => (typeof x === "number" ? this.map(model, x) : x)) : typeof v === "number" ? this.map(model, v) : v;
  }
  private mapVals(model: string, vals: Obj): Obj {
    const out: Obj = {};
    for (const [k, v] of Object.entries(vals ?? {})) {
      const f = this.fieldDef(model, k);
      if (k === "res_id" && typeof v === "number") {
        const m = (vals.res_model ?? vals.model) as string | undefined;
        out[k] = m ? this.map(m, v) : v;
      } else if (f?.type === "many2one" && typeof v === "number" && f.relation) out[k] = this.map(f.relation, v);
      else if ((f?.type === "many2many" || f?.type === "one2many") && Array.isArray(v) && f.relation) {
        const rel = f.relation;
        out[k] = v.map((c) => {
          if (!Array.isArray(c)) return typeof c === "number" ? this.map(rel, c) : c;
          const [op, a, b] = c as [number, unknown, unknown];
          if (op === 0) return [0, 0, this.mapVals(rel, b as Obj)];
          if (op === 6) return [6, 0, this.mapIds(rel, b)];
          if (op === 1) return [1, this.mapIds(rel, a), this.mapVals(rel, b as Obj)];
          return [op, this.mapIds(rel, a), b];
        });
      } else out[k] = v;
    }
    return out;
  }
  private mapDomain(model: string, domain: unknown[]): unknown[] {
    return (domain ?? []).map((leaf) => {
      if (!Array.isArray(leaf) || typeof leaf[0] !== "string") return leaf;
      const [path, op, value] = leaf as [string, string, unknown];
      let m: string | undefined = model;
      let rel: string | undefined = path === "id" ? model : undefined;
      if (path !== "id") {
        for (const part of path.split(".")) {
          const f: FieldDef | undefined = m ? this.fieldDef(m, part) : undefined;
          rel = part === "id" ? m : f?.relation;
          m = f?.relation;
        }
      }
      return rel ? [path, op, this.mapIds(rel, value)] : leaf;
    });
  }

  // ------------------------------------------------------------------ response comparison
  private compareEnvelope(ex: Exchange, req: Obj, rec: Obj, act: Obj, diffs: string[]): void {
    if (act.jsonrpc !== "2.0") diffs.push("envelope: jsonrpc is not 2.0");
    if (act.id !== rec.id) diffs.push(`envelope: id ${String(act.id)} != ${String(rec.id)}`);
    const recHas = "result" in rec;
    if (recHas !== "result" in act) diffs.push(recHas ? `expected a result, got ${JSON.stringify(act.error ?? act).slice(0, 300)}` : `expected no result key, got ${JSON.stringify(act.result).slice(0, 200)}`);
    if ("error" in rec !== "error" in act) {
      if ("error" in rec) diffs.push(`expected error ${JSON.stringify(rec.error).slice(0, 200)}`);
      return;
    }
    if ("error" in rec) {
      const e1 = rec.error as Obj;
      const e2 = act.error as Obj;
      const d1 = (e1.data ?? {}) as Obj;
      const d2 = (e2.data ?? {}) as Obj;
      if (e1.code !== e2.code) diffs.push(`error.code ${String(e2.code)} != ${String(e1.code)}`);
      if (e1.message !== e2.message) diffs.push(`error.message ${String(e2.message)} != ${String(e1.message)}`);
      const recName = d1.name;
      for (const k of ["name", "message", "arguments"]) {
        const want = k === "name" ? recName : d1[k];
        if (JSON.stringify(want) !== JSON.stringify(d2[k])) diffs.push(`error.data.${k}: ${JSON.stringify(d2[k])} != ${JSON.stringify(want)}`);
      }
      return;
    }
    if (!recHas) return;
    const special = SPECIAL[ex.name];
    let r = rec.result;
    let a = act.result;
    if (special?.pick && r && typeof r === "object" && a && typeof a === "object") {
      r = Object.fromEntries(special.pick.filter((k) => k in (r as Obj)).map((k) => [k, (r as Obj)[k]]));
      a = Object.fromEntries(special.pick.filter((k) => k in (a as Obj)).map((k) => [k, (a as Obj)[k]]));
      if ((r as Obj).db === "plexus") (r as Obj).db = this.target.db;
    }
    const p = req.params as Obj;
    const args = (p.args ?? []) as unknown[];
    const model = args[3] as string | undefined;
    const method = p.service === "object" ? (args[4] as string) : undefined;
    const kind = this.resultKind(model, method, args);
    if (special?.mode === "contains" && Array.isArray(r) && Array.isArray(a)) {
      this.containsRows(model as string, r, a, diffs);
      return;
    }
    this.walk(kind, r, a, "result", diffs, special?.patterns);
  }

  private resultKind(model: string | undefined, method: string | undefined, args: unknown[]): Kind {
    if (!model || !method) return { k: "any" };
    switch (method) {
      case "create":
        return Array.isArray((args[5] as unknown[])[0]) ? { k: "ids", model } : { k: "id", model };
      case "search":
        return { k: "ids", model };
      case "read":
      case "search_read":
        return { k: "rows", model };
      case "load":
        return { k: "load", model };
      case "name_search":
        return { k: "pairs", model };
      case "check_object_reference":
        return { k: "ref" };
      case "message_post":
        return { k: "id", model: "mail.message" };
      default:
        return { k: "any" };
    }
  }

  private walk(kind: Kind, r: Json, a: Json, where: string, diffs: string[], patterns?: Record<string, RegExp>): void {
    const push = (d: string | null) => d && diffs.push(d);
    switch (kind.k) {
      case "id":
        if (typeof r === "number" && typeof a === "number") return void push(this.learn(kind.model, r, a, where));
        if (r !== a) diffs.push(`${where}: ${JSON.stringify(a)} != ${JSON.stringify(r)}`);
        return;
      case "ids":
        if (!Array.isArray(r) || !Array.isArray(a) || r.length !== a.length) return void diffs.push(`${where}: ${JSON.stringify(a)} != ${JSON.stringify(r)} (id lists)`);
        r.forEach((x, i) => this.walk({ k: "id", model: kind.model }, x, a[i], `${where}[${i}]`, diffs));
        return;
      case "load": {
        const ro = r as Obj;
        const ao = a as Obj;
        if (!ao || typeof ao !== "object") return void diffs.push(`${where}: not an object`);
        if (ro.ids === false || ao.ids === false) {
          if (ro.ids !== ao.ids) diffs.push(`${where}.ids: ${JSON.stringify(ao.ids)} != ${JSON.stringify(ro.ids)}`);
        } else this.walk({ k: "ids", model: kind.model }, ro.ids, ao.ids, `${where}.ids`, diffs);
        this.walk({ k: "any" }, ro.messages, ao.messages, `${where}.messages`, diffs);
        this.walk({ k: "any" }, ro.nextrow, ao.nextrow, `${where}.nextrow`, diffs);
        return;
      }
      case "pairs":
        if (!Array.isArray(r) || !Array.isArray(a) || r.length !== a.length) return void diffs.push(`${where}: ${JSON.stringify(a)} != ${JSON.stringify(r)}`);
        r.forEach((x, i) => {
          const [rid, rname] = x as [number, string];
          const [aid, aname] = (a[i] ?? []) as [number, string];
          push(this.learn(kind.model, rid, aid, `${where}[${i}]`));
          if (rname !== aname) diffs.push(`${where}[${i}] name ${aname} != ${rname}`);
        });
        return;
      case "ref": {
        const [rm, rid] = r as [string, number];
        const [am, aid] = (a ?? []) as [string, number];
        if (rm !== am) diffs.push(`${where}: model ${am} != ${rm}`);
        else push(this.learn(rm, rid, aid, where));
        return;
      }
      case "rows":
        if (!Array.isArray(r) || !Array.isArray(a)) return void diffs.push(`${where}: not a list`);
        if (r.length !== a.length) diffs.push(`${where}: ${a.length} rows != ${r.length}`);
        r.forEach((row, i) => this.walkRow(kind.model, row as Obj, a[i] as Obj, `${where}[${i}]`, diffs, patterns, String(i)));
        return;
      case "any":
        this.deepEqual(r, a, where, diffs);
        return;
    }
  }

  private walkRow(model: string, r: Obj, a: Obj | undefined, where: string, diffs: string[], patterns?: Record<string, RegExp>, pathPrefix = ""): void {
    if (!a || typeof a !== "object") return void diffs.push(`${where}: missing row`);
    const rk = Object.keys(r).sort().join(",");
    const ak = Object.keys(a).sort().join(",");
    if (rk !== ak) diffs.push(`${where}: keys ${ak} != ${rk}`);
    for (const [k, rv] of Object.entries(r)) {
      const av = a[k];
      const w = `${where}.${k}`;
      const pat = patterns?.[`${pathPrefix}.${k}`];
      if (pat) {
        if (typeof av !== "string" || !pat.test(av)) diffs.push(`${w}: ${JSON.stringify(av)} does not match ${String(pat)}`);
        continue;
      }
      if (k === "id") {
        this.walk({ k: "id", model }, rv, av, w, diffs);
        continue;
      }
      if (k === "res_id" && typeof rv === "number") {
        const m = (r.res_model ?? r.model) as string | undefined;
        if (m) {
          this.walk({ k: "id", model: m }, rv, av, w, diffs);
          continue;
        }
      }
      const f = this.fieldDef(model, k);
      if (f?.type === "many2one" && f.relation && Array.isArray(rv)) {
        if (!Array.isArray(av)) {
          diffs.push(`${w}: ${JSON.stringify(av)} != ${JSON.stringify(rv)}`);
          continue;
        }
        this.walk({ k: "id", model: f.relation }, rv[0], av[0], w, diffs);
        this.deepEqual(rv[1], av[1], `${w}[1]`, diffs);
        continue;
      }
      if ((f?.type === "many2many" || f?.type === "one2many") && f.relation && Array.isArray(rv)) {
        if (!Array.isArray(av) || av.length !== rv.length) {
          diffs.push(`${w}: ${JSON.stringify(av)} != ${JSON.stringify(rv)}`);
          continue;
        }
        this.compareIdSet(f.relation, rv as number[], av as number[], w, diffs);
        continue;
      }
      this.deepEqual(rv, av, w, diffs);
    }
  }

  /**
   * x2many values are sets (their order follows the server's hashing, e.g. attendees): known ids must be
   * there, and an unknown id is learned only when exactly one recorded and one actual id are left over.
   */
  private compareIdSet(model: string, rec: number[], act: number[], where: string, diffs: string[]): void {
    const rest = new Set(act);
    const unknown: number[] = [];
    for (const r of rec) {
      const known = this.ids.get(model)?.get(r);
      if (known === undefined) unknown.push(r);
      else if (!rest.delete(known)) diffs.push(`${where}: ${model} id ${r} (= ${known}) missing from ${JSON.stringify(act)}`);
    }
    if (unknown.length !== rest.size) diffs.push(`${where}: ${JSON.stringify(act)} != ${JSON.stringify(rec)}`);
    else if (unknown.length === 1) {
      const d = this.learn(model, unknown[0] as number, [...rest][0] as number, where);
      if (d) diffs.push(d);
    }
  }

  /** Each recorded row must match some actual row (ids learned from the match). */
  private containsRows(model: string, r: Json[], a: Json[], diffs: string[]): void {
    const used = new Set<number>();
    for (const [i, row] of r.entries()) {
      let matched = false;
      for (const [j, cand] of a.entries()) {
        if (used.has(j)) continue;
        const snapshot = this.snapshot();
        const trial: string[] = [];
        this.walkRow(model, row as Obj, cand as Obj, `result[${i}]`, trial);
        if (trial.length === 0) {
          used.add(j);
          matched = true;
          break;
        }
        this.restore(snapshot);
      }
      if (!matched) diffs.push(`result: recorded row ${JSON.stringify(row).slice(0, 200)} not found among ${a.length} rows`);
    }
  }
  private snapshot(): [Map<string, Map<number, number>>, Map<string, Set<number>>] {
    return [new Map([...this.ids].map(([k, v]) => [k, new Map(v)])), new Map([...this.seen].map(([k, v]) => [k, new Set(v)]))];
  }
  private restore([ids, seen]: [Map<string, Map<number, number>>, Map<string, Set<number>>]): void {
    this.ids.clear();
    for (const [k, v] of ids) this.ids.set(k, v);
    this.seen.clear();
    for (const [k, v] of seen) this.seen.set(k, v);
  }

  private deepEqual(r: Json, a: Json, where: string, diffs: string[]): void {
    if (typeof r === "string" && DATETIME.test(r) && r.startsWith(RECORDING_DAY)) {
      if (typeof a !== "string" || !DATETIME.test(a)) diffs.push(`${where}: ${JSON.stringify(a)} is not a datetime`);
      return;
    }
    if (r === null || typeof r !== "object") {
      if (r !== a) diffs.push(`${where}: ${JSON.stringify(a)} != ${JSON.stringify(r)}`);
      return;
    }
    if (Array.isArray(r)) {
      if (!Array.isArray(a) || a.length !== r.length) return void diffs.push(`${where}: ${JSON.stringify(a)?.slice(0, 300)} != ${JSON.stringify(r).slice(0, 300)}`);
      r.forEach((x, i) => this.deepEqual(x, a[i], `${where}[${i}]`, diffs));
      return;
    }
    if (!a || typeof a !== "object" || Array.isArray(a)) return void diffs.push(`${where}: ${JSON.stringify(a)} != ${JSON.stringify(r).slice(0, 300)}`);
    const ro = r as Obj;
    const ao = a as Obj;
    const keys = new Set([...Object.keys(ro), ...Object.keys(ao)]);
    for (const k of keys) {
      if (!(k in ao)) diffs.push(`${where}.${k}: missing`);
      else if (!(k in ro)) diffs.push(`${where}.${k}: unexpected ${JSON.stringify(ao[k]).slice(0, 100)}`);
      else this.deepEqual(ro[k], ao[k], `${where}.${k}`, diffs);
    }
  }
}

type Kind =
  | { k: "id"; model: string }
  | { k: "ids"; model: string }
  | { k: "rows"; model: string }
  | { k: "load"; model: string }
  | { k: "pairs"; model: string }
  | { k: "ref" }
  | { k: "any" };
