import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: [".tmp*/", "node_modules/", "odoo_addon/", "runs/", "coverage/", "dist/", "test/e2e/screenshots/", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // bridge/src/core must stay isomorphic: it runs in the wizard too.
    files: ["bridge/src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["node:*", "fs", "path", "os", "crypto", "stream", "http", "https", "zlib", "url", "buffer", "child_process"], message: "bridge/src/core is isomorphic: no Node imports" }] }],
      "no-restricted-globals": ["error", "process", "Buffer", "require", "__dirname"],
    },
  },
  {
    files: ["bin/**/*.js", "scripts/**/*.ts", "scripts/**/*.mjs", "bench/**/*.ts"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
