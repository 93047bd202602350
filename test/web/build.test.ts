/**
 * The committed wizard bundle (odoo_addon/ferry/static/src/wizard/wizard.js) must be exactly what
 * `npm run build` produces, and must satisfy what Odoo 18's regex-based module transpiler accepts
 * (/work/shared/notes/odoo18-owl-vite.md). When an Odoo 18 source tree is present (ODOO_SRC, or
 * /opt/odoo18-src), the bundle is also run through Odoo's own transpiler and syntax-checked.
 */
import { describe, expect, it, beforeAll } from "vitest";
import { mkdtempSync, readFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { Script } from "node:vm";
import { build, parseAst } from "vite";

const ROOT = resolve(import.meta.dirname, "../..");
const COMMITTED = join(ROOT, "odoo_addon/ferry/static/src/wizard/wizard.js");
const ODOO_SRC = process.env.ODOO_SRC ?? "/opt/odoo18-src";
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

let built = "";
const committed = existsSync(COMMITTED) ? readFileSync(COMMITTED, "utf8") : "";

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), "ferry-wizard-build-"));
  try {
    await build({ root: ROOT, configFile: join(ROOT, "vite.config.ts"), logLevel: "silent", build: { outDir: out } });
    built = readFileSync(join(out, "wizard.js"), "utf8");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 120_000);

describe("wizard bundle", () => {
  it("is committed and byte-identical to a fresh `npm run build` (run it and commit the result)", () => {
    expect(committed.length).toBeGreaterThan(0);
    expect(built.length).toBeGreaterThan(0);
    // Compare sizes first for a readable failure, then the content.
    expect(committed.length).toBe(built.length);
    expect(committed === built).toBe(true);
  });

  it("has no import.meta, no default export, and names without `$` in imports and exports", () => {
    expect(built).not.toMatch(/import\.meta/);
    expect(built).not.toMatch(/export\s+default|as\s+default\b/);
    const lines = built.split("\n");
    const importLines = lines.filter((l) => /^\s*import\b/.test(l));
    const exportLines = lines.filter((l) => /^\s*export\b/.test(l));
    expect(importLines.length).toBeGreaterThan(0);
    for (const l of importLines) {
      // Odoo's IMPORT_BASIC_RE: `import { a, b } from "x";` with names of [\w\s,] only, on one line.
      expect(l, l).toMatch(/^import \{[\w\s,]+\} from "(@odoo\/owl|@web\/[\w/.-]+)";$/);
    }
    expect(exportLines).toEqual(["export { Wizard };"]);
  });

  it("keeps @odoo/owl and @web/* external and inlines everything else", () => {
    const specifiers = [...built.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(specifiers).toContain("@odoo/owl");
    expect(specifiers).toContain("@web/core/registry");
    for (const s of specifiers) expect(s).toMatch(/^@odoo\/owl$|^@web\//);
    expect(built).not.toMatch(/\bimport\s*\(/); // no dynamic import: no chunk Odoo would never load
    expect(built).not.toMatch(/\brequire\s*\(/);
    expect(built).toContain('registry.category("actions").add("ferry.wizard", Wizard)');
  });

  it("has no line inside the code that Odoo's line-anchored transpiler would take for an import/export", () => {
    const lines = built.split("\n");
    const firstCode = lines.findIndex((l) => !/^import\b/.test(l) && l.trim() !== "");
    const body = lines.slice(firstCode, -2);
    for (const l of body) expect(l, l).not.toMatch(/^\s*(import|export)\s+[{*\w"']/);
  });

  it.skipIf(!existsSync(join(ODOO_SRC, "odoo/tools/js_transpiler.py")))("survives Odoo 18's own transpiler and parses", () => {
    const code = [
      "import sys",
      `sys.path.insert(0, ${JSON.stringify(ODOO_SRC)})`,
      "from odoo.tools.js_transpiler import transpile_javascript",
      "sys.stdout.write(transpile_javascript('/ferry/static/src/wizard/wizard.js', sys.stdin.read()))",
    ].join("\n");
    const out = execFileSync(PYTHON, ["-c", code], { input: built, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(out.startsWith("odoo.define('@ferry/wizard/wizard', ['@web/core/registry', '@odoo/owl'")).toBe(true);
    expect(out).not.toMatch(/^\s*(import|export)\s/m);
    expect(out).toContain("Object.assign(__exports, { Wizard });");
    expect(() => new Script(out, { filename: "transpiled-wizard.js" })).not.toThrow();
  });
});

/** String literal values and template texts of a script, in source order. */
function texts(code: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (!v || typeof v !== "object") return;
    if (Array.isArray(v)) return v.forEach(walk);
    const n = v as { type?: string; value?: unknown };
    if (n.type === "Literal" && typeof n.value === "string") out.push(n.value);
    if (n.type === "TemplateElement") out.push(String((n.value as { cooked: string }).cooked));
    for (const [k, c] of Object.entries(n)) if (k !== "type" && c && typeof c === "object") walk(c);
  };
  walk(parseAst(code));
  return out;
}

const hasRjsmin = (() => {
  try {
    execFileSync(PYTHON, ["-c", "import rjsmin"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("wizard bundle under Odoo's minifier", () => {
  it("has no template literal with expressions left (rjsmin mangles nested ones)", () => {
    let count = 0;
    const walk = (v: unknown, parent: string): void => {
      if (!v || typeof v !== "object") return;
      if (Array.isArray(v)) return v.forEach((c) => walk(c, parent));
      const n = v as { type?: string; expressions?: unknown[] };
      if (n.type === "TemplateLiteral" && (n.expressions?.length ?? 0) > 0 && parent !== "TaggedTemplateExpression") count += 1;
      for (const [k, c] of Object.entries(n)) if (k !== "type" && c && typeof c === "object") walk(c, n.type ?? parent);
    };
    walk(parseAst(built), "");
    expect(count).toBe(0);
  });

  it.skipIf(!hasRjsmin)("keeps every string and template text intact through rjsmin (what Odoo serves outside debug mode)", () => {
    const code = "import sys\nfrom rjsmin import jsmin\nsys.stdout.write(jsmin(sys.stdin.read()))";
    const min = execFileSync(PYTHON, ["-c", code], { input: built, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(texts(min)).toEqual(texts(built));
  });
});

if (!hasRjsmin) console.log("build.test: rjsmin round-trip skipped: python rjsmin not installed (apt-get install python3-rjsmin)");

if (!existsSync(join(ODOO_SRC, "odoo/tools/js_transpiler.py"))) {
  console.log(`build.test: Odoo transpiler check skipped: no Odoo 18 source at ${ODOO_SRC} (set ODOO_SRC)`);
}
