import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: [{ find: /^@web\/(.+)$/, replacement: `${new URL("./test/web/fakes/web/", import.meta.url).pathname}$1.ts` }] }, // Odoo web client modules for the wizard's jsdom tests
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    reporters: process.env.CI ? ["default", ["json", { outputFile: "test-results/vitest.json" }]] : ["default"],
  },
});
