/**
 * Builds the OWL wizard (web/src/wizard.ts) into the Odoo addon as one unminified ES module that
 * Odoo's asset pipeline transpiles (see /work/shared/notes/odoo18-owl-vite.md):
 * - the file must be `.js` (Odoo's asset globs skip `.mjs`),
 * - `@odoo/owl` and `@web/*` stay external (Odoo provides them as modules),
 * - no code splitting (a chunk would never be loaded), no `import.meta`, named exports only.
 * - no template literal with `${}` (Odoo minifies bundles with rjsmin, which mangles the text of a
 *   template literal nested in another one: "${n} hours remain. " became "${n}hours remain.");
 *   they are rewritten as string concatenation after bundling. Tagged templates (OWL `xml`) stay.
 * test/web/build.test.ts rebuilds into a temp dir and fails when the committed output is stale.
 */
import { defineConfig, parseAst, type Plugin } from "vite";

export const WIZARD_ENTRY = "web/src/wizard.ts";
export const WIZARD_OUT_DIR = "odoo_addon/ferry/static/src/wizard";
export const WIZARD_FILE = "wizard.js";

export function isOdooExternal(id: string): boolean {
  return id.startsWith("@odoo/") || id.startsWith("@web/");
}

interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Rewrites every untagged template literal with expressions as `("a" + String(x) + "b")`. */
export function flattenTemplateLiterals(code: string): string {
  const targets: AstNode[] = [];
  const walk = (value: unknown, parent: AstNode | null): void => {
    if (!value || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const v of value) walk(v, parent);
      return;
    }
    const node = value as AstNode;
    if (typeof node.type !== "string") return;
    if (node.type === "TemplateLiteral" && (node.expressions as AstNode[]).length > 0 && parent?.type !== "TaggedTemplateExpression") targets.push(node);
    for (const [k, v] of Object.entries(node)) if (k !== "type" && v && typeof v === "object") walk(v, node);
  };
  walk(parseAst(code), null);
  targets.sort((a, b) => a.start - b.start);
  const render = (start: number, end: number): string => {
    let out = "";
    let pos = start;
    for (const t of targets) {
      if (t.start < pos || t.end > end) continue;
      out += code.slice(pos, t.start) + generate(t);
      pos = t.end;
    }
    return out + code.slice(pos, end);
  };
  const generate = (t: AstNode): string => {
    const quasis = t.quasis as { value: { cooked: string } }[];
    const expressions = t.expressions as AstNode[];
    const parts: string[] = [];
    quasis.forEach((q, i) => {
      if (q.value.cooked) parts.push(JSON.stringify(q.value.cooked));
      const e = expressions[i];
      if (e) parts.push(`String(${render(e.start, e.end)})`);
    });
    return `(${parts.join(" + ")})`;
  };
  return render(0, code.length);
}

function odooMinifierSafe(): Plugin {
  return {
    name: "ferry-odoo-minifier-safe",
    renderChunk(code) {
      return { code: flattenTemplateLiterals(code), map: null };
    },
  };
}

export default defineConfig({
  plugins: [odooMinifierSafe()],
  publicDir: false,
  logLevel: "warn",
  build: {
    outDir: process.env.FERRY_WIZARD_OUT_DIR ?? WIZARD_OUT_DIR,
    emptyOutDir: false,
    minify: false,
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: false,
    copyPublicDir: false,
    lib: {
      entry: WIZARD_ENTRY,
      formats: ["es"],
      fileName: () => WIZARD_FILE,
    },
    rollupOptions: {
      external: isOdooExternal,
      output: {
        codeSplitting: false,
      },
    },
  },
});
