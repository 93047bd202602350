/**
 * `npm run bench -- <name> [args]` runs bench/<name>.ts, whose exported `run(args)` prints its
 * figures as ratios measured side by side in the same run.
 */
const [name, ...args] = process.argv.slice(2);
if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error("usage: npm run bench -- <name> [args]   (read | load | transform ...: the files in bench/)");
  process.exit(2);
}
let mod: { run(args: string[]): Promise<void> };
try {
  mod = (await import(`./${name}.ts`)) as typeof mod;
} catch (e) {
  console.error(`no benchmark "${name}": ${(e as Error).message}`);
  process.exit(2);
}
await mod.run(args);
