/**
 * Builds the OWL wizard (web/src/wizard.ts) into the Odoo addon as one unminified ES module that
 * Odoo's asset pipeline transpiles (see /work/shared/notes/odoo18-owl-vite.md):
 * - the file must be `.js` (Odoo's asset globs skip `.mjs`),
 * - `@odoo/owl` and `@web/*` stay external (Odoo provides them as modules),
 * - no code splitting (a chunk would never be loaded), no `import.meta`, named exports only.
 * test/web/build.test.ts rebuilds into a temp dir and fails when the committed output is stale.
 */
import { defineConfig } from "vite";

export const WIZARD_ENTRY = "web/src/wizard.ts";
export const WIZARD_OUT_DIR = "odoo_addon/ferry/static/src/wizard";
export const WIZARD_FILE = "wizard.js";

export function isOdooExternal(id: string): boolean {
  return id.startsWith("@odoo/") || id.startsWith("@web/");
}

export default defineConfig({
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
