/**
 * Odoo's own in-process ORM as the ceiling of the load benchmark: the same rows (model, fields,
 * count) created by `odoo-bin shell` in the same database, no RPC at all. Needs ODOO_SRC (an Odoo
 * source tree with odoo-bin), ODOO_CONF (default /tmp/odoo18.conf) and ODOO_PYTHON (default
 * /usr/bin/python3). Shell start-up is not timed; each chunk is created and committed, as one
 * RPC call would be.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type CeilingMode = "create" | "load_records" | "load";

export interface CeilingInput {
  db: string;
  model: string;
  /** Same columns as the `load` rows (`id` = xmlid, `x/id` = xmlid reference). */
  fields: string[];
  rows: string[][];
  chunk: number;
  /**
   * `create`: `create(vals_list)` (cells converted to values first, untimed). `load_records`: create +
   * external ids (`_load_records`, what `load` does after converting). `load`: `model.load(fields, rows)`
   * in-process, the very call Ferry sends over RPC.
   */
  mode: CeilingMode;
  context: Record<string, unknown>;
  /** Run as this login (default admin, like the RPC variants): access rules apply as they do over RPC. */
  login?: string;
}

export interface CeilingResult {
  seconds: number;
  ids: number[];
  chunks: number;
  /** Seconds of the whole shell process (start-up included), for information. */
  wallSeconds: number;
}

const SCRIPT = String.raw`
import json, sys, time
spec = json.load(open(SPEC_PATH))
uid = env['res.users'].search([('login', '=', spec.get('login') or 'admin')], limit=1).id
e = env(user=uid, su=False, context=dict(env.context, **spec['context']))
Model = e[spec['model']]
fields = spec['fields']
defs = Model.fields_get([f.split('/')[0] for f in fields if f != 'id'], attributes=['type'])
ref_cache = {}
def ref(x):
    if x not in ref_cache:
        rec = e.ref(x if '.' in x else '__import__.' + x, raise_if_not_found=False)
        ref_cache[x] = rec.id if rec else False
    return ref_cache[x]
def convert(row):
    vals, xmlid = {}, None
    for f, v in zip(fields, row):
        if f == 'id':
            xmlid = v or None
            continue
        base = f.split('/')[0]
        t = defs.get(base, {}).get('type')
        if f.endswith('/id'):
            if v:
                vals[base] = ref(v)
        elif t == 'boolean':
            vals[base] = v.lower() in ('1', 'true', 'yes')
        elif t == 'integer':
            vals[base] = int(v) if v else 0
        elif t in ('float', 'monetary'):
            vals[base] = float(v) if v else 0.0
        else:
            vals[base] = v or False
    return xmlid, vals
def write(part_rows):
    if spec['mode'] == 'load':
        res = Model.load(fields, part_rows)
        if not res['ids']:
            raise Exception('in-process load refused the rows: %s' % res['messages'][:3])
        return res['ids']
    part = [convert(r) for r in part_rows]
    if spec['mode'] == 'create':
        return Model.create([v for _, v in part]).ids
    return Model._load_records([{'xml_id': x if '.' in x else '__import__.' + x, 'values': v, 'noupdate': False} for x, v in part]).ids
rows = spec['rows']
# Warm-up (rolled back): a fresh shell has cold caches that a long-running server does not.
warm = [[(c + '_warmup' if f == 'id' and c else c) for f, c in zip(fields, r)] for r in rows[:50]]
write(warm)
e.cr.rollback()
e.invalidate_all()
ids, chunks = [], 0
t0 = time.perf_counter()
for i in range(0, len(rows), spec['chunk']):
    ids.extend(write(rows[i:i + spec['chunk']]))
    e.cr.commit()
    chunks += 1
elapsed = time.perf_counter() - t0
sys.stdout.write('\nFERRY_CEILING ' + json.dumps({'seconds': elapsed, 'ids': ids, 'chunks': chunks}) + '\n')
sys.stdout.flush()
`;

export function ceilingAvailable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.ODOO_SRC || undefined;
}

/** Runs the ORM ceiling in `odoo-bin shell`; throws with the shell's stderr tail when it fails. */
export async function ormCeiling(input: CeilingInput, env: NodeJS.ProcessEnv = process.env): Promise<CeilingResult> {
  const src = env.ODOO_SRC;
  if (!src) throw new Error("ODOO_SRC is not set");
  const conf = env.ODOO_CONF ?? "/tmp/odoo18.conf";
  const python = env.ODOO_PYTHON ?? "/usr/bin/python3";
  const dir = mkdtempSync(join(tmpdir(), "ferry-ceiling-"));
  const specPath = join(dir, "spec.json");
  writeFileSync(specPath, JSON.stringify(input));
  const t0 = performance.now();
  try {
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(python, [join(src, "odoo-bin"), "shell", "-c", conf, "-d", input.db, "--no-http", "--log-level=warn"], { cwd: src, stdio: ["pipe", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
      child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
      child.on("error", reject);
      child.on("close", (code) => (code === 0 && stdout.includes("FERRY_CEILING ") ? resolve(stdout) : reject(new Error(`odoo-bin shell exited ${code}: ${stderr.trim().split("\n").slice(-6).join("\n")}`))));
      child.stdin.end(`SPEC_PATH = ${JSON.stringify(specPath)}\n${SCRIPT}`);
    });
    const line = out.split("\n").find((l) => l.startsWith("FERRY_CEILING ")) as string;
    const r = JSON.parse(line.slice("FERRY_CEILING ".length)) as { seconds: number; ids: number[]; chunks: number };
    return { ...r, wallSeconds: (performance.now() - t0) / 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
