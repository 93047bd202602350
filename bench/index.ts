export {};

/**
 * `npm run bench -- <name> [args]` runs bench/<name>.ts, whose exported `run(args)` prints its
 * figures as ratios measured side by side in the same run. `npm run bench` (or `-- all`) runs every
 * section in turn with its defaults: read, load, ratecap (real Odoo when ODOO_URL… is set, else the
 * simulator, labelled as such).
 */
const ALL = ["read", "load", "ratecap"];
const [benchName = "all", ...args] = process.argv.slice(2);
if (!/^[a-z][a-z0-9-]*$/.test(benchName)) {
  console.error(`usage: npm run bench -- [all | ${ALL.join(" | ")} | <file in bench/>] [args]`);
  process.exit(2);
}
type Bench = { run(args: string[]): Promise<void> };
async function load(name: string): Promise<Bench> {
  try {
    return (await import(`./${name}.ts`)) as Bench;
  } catch (e) {
    console.error(`no benchmark "${name}": ${(e as Error).message}`);
    process.exit(2);
  }
}
if (benchName === "all") {
  for (const name of ALL) {
    console.log(`\n## ${name}\n`);
    await (await load(name)).run(args);
  }
} else {
  await (await load(benchName)).run(args);
}
