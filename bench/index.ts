export {};

/**
 * `npm run bench -- <name> [args]` runs bench/<name>.ts, whose exported `run(args)` prints its
 * figures as ratios measured side by side in the same run.
 */
const [benchName, ...args] = process.argv.slice(2);
if (!benchName || !/^[a-z][a-z0-9-]*$/.test(benchName)) {
  console.error("usage: npm run bench -- <name> [args]   (read | load | transform ...: the files in bench/)");
  process.exit(2);
}
let mod: { run(args: string[]): Promise<void> };
try {
  mod = (await import(`./${benchName}.ts`)) as typeof mod;
} catch (e) {
  console.error(`no benchmark "${benchName}": ${(e as Error).message}`);
  process.exit(2);
}
await mod.run(args);
