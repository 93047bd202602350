/**
 * Static checks of the Odoo addon (`npm run check:addon`), no Odoo needed:
 * - every .py compiles (python3 py_compile), every .xml is well-formed;
 * - the manifest parses, has the keys Odoo and OCA expect, every `data` file exists, every
 *   `assets` glob matches a file (a glob matching nothing is a warning: Odoo skips it silently);
 * - ir.model.access.csv references models defined in the addon's Python (or known Odoo models)
 *   and groups that exist; every concrete model has an ACL row (Odoo warns otherwise);
 * - XML ids referenced in data files (ref=, groups=, parent=, action=, ref('..'), %(..)d) are
 *   defined earlier in manifest order, or belong to a module the addon depends on.
 *
 * Usage: tsx scripts/check-addon.ts [--addon DIR] [--json]. Exit 0 when clean, 1 on a problem.
 * Parsing of Python and XML is done by python3 (required anyway for py_compile).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";

export interface CheckResult {
  addon: string;
  problems: string[];
  warnings: string[];
  stats: { python: number; xml: number; dataFiles: number; aclRows: number; models: number; refs: number };
}

interface PyFile { file: string; ok: boolean; error?: string; models: { name: string; kind: string }[] }
interface XmlNode { id?: string; model?: string; tag: string; refs: string[] }
interface XmlFile { file: string; ok: boolean; error?: string; nodes: XmlNode[] }
interface Extracted {
  py: PyFile[];
  xml: XmlFile[];
  manifest: { ok: boolean; error?: string; value?: Record<string, unknown> };
}

/** Odoo models an ACL of ours may legitimately reference without defining them. */
const KNOWN_ODOO_MODELS = new Set([
  "res.partner", "res.users", "res.company", "res.groups", "res.partner.category", "res.country",
  "ir.attachment", "ir.model", "ir.model.data", "ir.model.fields", "ir.cron", "ir.ui.menu",
  "ir.actions.act_window", "ir.actions.client", "ir.actions.server", "mail.message", "mail.thread",
  "crm.lead", "crm.stage", "project.project", "project.task", "project.milestone", "hr.employee",
  "calendar.event", "account.analytic.line", "sale.order", "sale.order.line", "hr.expense",
]);
const REQUIRED_MANIFEST_KEYS = ["name", "version", "license", "depends", "data", "installable"];
const ALWAYS_AVAILABLE_MODULES = new Set(["base"]);

const PY_HELPER = String.raw`
import ast, json, os, py_compile, sys, tempfile, xml.etree.ElementTree as ET, re
req = json.load(sys.stdin)
out = {"py": [], "xml": [], "manifest": {"ok": False}}
REF_RE = re.compile(r"ref\(\s*['\"]([\w.]+)['\"]\s*\)")
PCT_RE = re.compile(r"%\(([\w.]+)\)d")
with tempfile.TemporaryDirectory() as tmp:
    for i, f in enumerate(req["py"]):
        entry = {"file": f, "ok": True, "models": []}
        try:
            py_compile.compile(f, cfile=os.path.join(tmp, f"{i}.pyc"), doraise=True)
            tree = ast.parse(open(f, encoding="utf-8").read(), f)
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef):
                    kind = next((b.attr for b in node.bases if isinstance(b, ast.Attribute)), "")
                    for stmt in node.body:
                        if (isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "_name" for t in stmt.targets)
                                and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)):
                            entry["models"].append({"name": stmt.value.value, "kind": kind})
        except py_compile.PyCompileError as exc:
            entry.update(ok=False, error=str(exc.msg).strip().splitlines()[-1] if str(exc.msg).strip() else repr(exc))
        except Exception as exc:
            entry.update(ok=False, error=repr(exc))
        out["py"].append(entry)
for f in req["xml"]:
    entry = {"file": f, "ok": True, "nodes": []}
    try:
        root = ET.parse(f).getroot()
        for el in root.iter():
            refs = []
            for attr in ("ref", "parent", "action", "inherit_id", "group_id"):
                if el.get(attr) and el.tag in ("field", "menuitem", "record", "template"):
                    refs.append(el.get(attr))
            if el.get("groups"):
                refs += [g.strip().lstrip("!") for g in el.get("groups").split(",") if g.strip()]
            for value in list(el.attrib.values()) + [el.text or ""]:
                refs += REF_RE.findall(value) + PCT_RE.findall(value)
            node = {"tag": el.tag, "refs": refs}
            if el.get("id") and el.tag in ("record", "menuitem", "template", "report", "act_window", "function"):
                node["id"] = el.get("id")
                node["model"] = el.get("model") or ("ir.ui.menu" if el.tag == "menuitem" else "")
            if refs or "id" in node:
                entry["nodes"].append(node)
    except Exception as exc:
        entry.update(ok=False, error=str(exc))
    out["xml"].append(entry)
try:
    out["manifest"] = {"ok": True, "value": ast.literal_eval(open(req["manifest"], encoding="utf-8").read())}
except Exception as exc:
    out["manifest"] = {"ok": False, "error": repr(exc)}
json.dump(out, sys.stdout)
`;

function walk(dir: string, skip: (path: string) => boolean = () => false): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (skip(path)) continue;
    if (statSync(path).isDirectory()) files.push(...walk(path, skip));
    else files.push(path);
  }
  return files.sort();
}

/** Odoo asset glob (`module/static/src/**\/*`) to a RegExp over paths relative to the addons root. */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === "*" && glob[i + 1] === "*") {
      re += ".*";
      i++;
      if (glob[i + 1] === "/") i++;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

function runPython(payload: unknown): Extracted {
  const python = process.env.PYTHON ?? "python3";
  const res = spawnSync(python, ["-c", PY_HELPER], { input: JSON.stringify(payload), encoding: "utf8", maxBuffer: 64 << 20 });
  if (res.error || res.status !== 0) {
    throw new Error(`check-addon: ${python} failed: ${res.error?.message ?? res.stderr}`);
  }
  return JSON.parse(res.stdout) as Extracted;
}

export function checkAddon(addonDir: string): CheckResult {
  const addon = resolve(addonDir);
  const module = basename(addon);
  const problems: string[] = [];
  const warnings: string[] = [];
  const rel = (p: string) => relative(addon, p).split(sep).join("/");
  const files = walk(addon, (p) => /(__pycache__|node_modules)$/.test(p));
  const pyFiles = files.filter((f) => f.endsWith(".py"));
  const xmlFiles = files.filter((f) => f.endsWith(".xml"));
  const manifestPath = join(addon, "__manifest__.py");
  if (!existsSync(manifestPath)) {
    return { addon, problems: [`${module}: no __manifest__.py`], warnings, stats: { python: 0, xml: 0, dataFiles: 0, aclRows: 0, models: 0, refs: 0 } };
  }
  const ex = runPython({ py: pyFiles, xml: xmlFiles, manifest: manifestPath });

  for (const f of ex.py) if (!f.ok) problems.push(`${rel(f.file)}: does not compile: ${f.error}`);
  for (const f of ex.xml) if (!f.ok) problems.push(`${rel(f.file)}: XML not well-formed: ${f.error}`);

  // Models defined in the addon's Python.
  const models = new Map<string, string>();
  for (const f of ex.py) for (const m of f.models) models.set(m.name, m.kind);
  const modelXmlId = (name: string) => `model_${name.replace(/\./g, "_")}`;
  const modelByXmlId = new Map([...models.keys(), ...KNOWN_ODOO_MODELS].map((m) => [modelXmlId(m), m] as const));

  // Manifest.
  const manifest = ex.manifest.value ?? {};
  if (!ex.manifest.ok) problems.push(`__manifest__.py: not a Python dict literal: ${ex.manifest.error}`);
  for (const key of REQUIRED_MANIFEST_KEYS) if (ex.manifest.ok && !(key in manifest)) problems.push(`__manifest__.py: missing key "${key}"`);
  const depends = new Set([...(Array.isArray(manifest.depends) ? (manifest.depends as string[]) : []), ...ALWAYS_AVAILABLE_MODULES]);
  const data = Array.isArray(manifest.data) ? (manifest.data as string[]) : [];
  for (const d of data) if (!existsSync(join(addon, d))) problems.push(`__manifest__.py: data file "${d}" does not exist`);
  const assets = (manifest.assets ?? {}) as Record<string, unknown[]>;
  const addonsRoot = dirname(addon);
  const underRoot = files.map((f) => relative(addonsRoot, f).split(sep).join("/"));
  for (const [bundle, entries] of Object.entries(assets)) {
    for (const entry of entries) {
      const glob = Array.isArray(entry) ? String(entry[entry.length - 1]) : String(entry);
      if (!glob.startsWith(`${module}/`)) continue; // another module's asset
      const re = globToRegExp(glob);
      const hits = underRoot.filter((f) => re.test(f) && /\.(js|css|scss|sass|less|xml)$/.test(f));
      if (hits.length === 0) warnings.push(`__manifest__.py: asset "${glob}" of ${bundle} matches no js/css/scss/xml file (Odoo skips it)`);
    }
  }

  // XML ids: defined in manifest order, referenced only after definition (or from a dependency).
  const defined = new Set<string>([...modelByXmlId.keys()].filter((x) => models.has(modelByXmlId.get(x) as string)));
  let refCount = 0;
  const checkRef = (ref: string, where: string) => {
    refCount++;
    const [mod, name] = ref.includes(".") ? (ref.split(".", 2) as [string, string]) : [module, ref];
    if (mod === module) {
      if (!defined.has(name)) problems.push(`${where}: reference "${ref}" is not defined before this point`);
    } else if (!depends.has(mod)) {
      problems.push(`${where}: reference "${ref}" belongs to module "${mod}", which is not in depends`);
    }
  };
  const xmlByRel = new Map(ex.xml.map((f) => [rel(f.file), f]));
  let aclRows = 0;
  const aclModels = new Set<string>();
  for (const d of data) {
    if (d.endsWith(".xml")) {
      const f = xmlByRel.get(d);
      if (!f || !f.ok) continue;
      for (const node of f.nodes) {
        for (const ref of node.refs) checkRef(ref, d);
        if (node.id) defined.add(node.id.startsWith(`${module}.`) ? node.id.slice(module.length + 1) : node.id);
      }
    } else if (d.endsWith(".csv") && existsSync(join(addon, d))) {
      const csvModel = basename(d, ".csv");
      let rows: Record<string, string>[] = [];
      try {
        rows = parseCsv(readFileSync(join(addon, d), "utf8"), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
      } catch (err) {
        problems.push(`${d}: CSV does not parse: ${(err as Error).message}`);
        continue;
      }
      rows.forEach((row, i) => {
        const where = `${d} row ${i + 2}`;
        if (row.id) defined.add(row.id);
        if (csvModel !== "ir.model.access") return;
        aclRows++;
        const modelRef = row["model_id:id"] ?? "";
        const xmlid = modelRef.includes(".") ? modelRef.split(".", 2)[1] as string : modelRef;
        const model = modelByXmlId.get(xmlid);
        if (!model) problems.push(`${where}: model_id "${modelRef}" is neither a model of this addon nor a known Odoo model`);
        else aclModels.add(model);
        const group = row["group_id:id"] ?? "";
        if (group) checkRef(group, where);
        for (const perm of ["perm_read", "perm_write", "perm_create", "perm_unlink"]) {
          if (!["0", "1"].includes(row[perm] ?? "")) problems.push(`${where}: ${perm} must be 0 or 1`);
        }
      });
    }
  }
  for (const [name, kind] of models) {
    if (kind !== "AbstractModel" && !aclModels.has(name)) problems.push(`model ${name} has no row in ir.model.access.csv`);
  }

  return {
    addon,
    problems,
    warnings,
    stats: { python: pyFiles.length, xml: xmlFiles.length, dataFiles: data.length, aclRows, models: models.size, refs: refCount },
  };
}

function main(argv: string[]): number {
  const here = dirname(fileURLToPath(import.meta.url));
  const i = argv.indexOf("--addon");
  const dir = i >= 0 && argv[i + 1] ? argv[i + 1] as string : join(here, "..", "odoo_addon", "ferry");
  const result = checkAddon(dir);
  if (argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const s = result.stats;
    for (const w of result.warnings) console.log(`warning: ${w}`);
    for (const p of result.problems) console.log(`PROBLEM: ${p}`);
    console.log(
      `check-addon ${relative(process.cwd(), result.addon) || "."}: ${s.python} .py compiled, ${s.xml} XML parsed, ` +
        `${s.dataFiles} data files, ${s.models} models, ${s.aclRows} ACL rows, ${s.refs} xmlid references — ` +
        (result.problems.length ? `${result.problems.length} problem(s)` : "OK") +
        (result.warnings.length ? `, ${result.warnings.length} warning(s)` : ""),
    );
  }
  return result.problems.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
