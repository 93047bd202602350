/**
 * Contract suite: every exchange of the recorded Odoo 18 transcripts, replayed in order against the
 * simulator and — when ODOO_URL, ODOO_DB, ODOO_USER, ODOO_PASSWORD are set — against a real Odoo.
 * Same request rewriting and the same comparison rules for both (see replay.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { startSimulator, DEFAULT_FIELDS_DIR } from "../../bridge/src/odoo/simulator/index.ts";
import type { Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { Replayer, loadFieldDefs, loadTranscripts } from "./replay.ts";
import type { ExchangeOutcome, Target } from "./replay.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const transcripts = loadTranscripts(join(HERE, "fixtures/odoo18-transcripts.json"));
const fields = loadFieldDefs(DEFAULT_FIELDS_DIR);

function suite(label: string, getTarget: () => Target, tag: string) {
  let replayer: Replayer;
  const outcomes: ExchangeOutcome[] = [];
  beforeAll(() => {
    replayer = new Replayer(getTarget(), fields, tag);
  });
  afterAll(() => {
    const ok = outcomes.filter((o) => o.ok).length;
    console.log(`contract odoo18 [${label}]: ${ok}/${transcripts.length} exchanges match${outcomes.length < transcripts.length ? ` (${transcripts.length - outcomes.length} not run)` : ""}`);
    for (const o of outcomes.filter((x) => !x.ok)) console.log(`  #${o.index} ${o.name}: ${o.diffs.join(" | ")}`);
  });
  transcripts.forEach((ex, i) => {
    it(`#${i} ${ex.name}`, async () => {
      const out = await replayer.run(ex, i);
      outcomes.push(out);
      expect(out.diffs).toEqual([]);
    });
  });
}

describe("contract odoo18: simulator", () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ db: "plexus" });
  });
  afterAll(async () => {
    await sim.close();
  });
  suite("simulator", () => ({ url: sim.url, db: sim.db, user: sim.user, password: sim.apiKey }), "");
});

const env = process.env;
const real = env.ODOO_URL && env.ODOO_DB && env.ODOO_USER && env.ODOO_PASSWORD;
if (!real) {
  console.log("contract odoo18 [real Odoo]: skipped - set ODOO_URL, ODOO_DB, ODOO_USER, ODOO_PASSWORD to run the same assertions against a real Odoo 18");
}
describe.skipIf(!real)("contract odoo18: real Odoo", () => {
  const tag = `r${Date.now().toString(36)}`;
  suite(`real ${env.ODOO_URL ?? ""} db ${env.ODOO_DB ?? ""}, run tag ${tag}`, () => ({ url: String(env.ODOO_URL).replace(/\/+$/, ""), db: String(env.ODOO_DB), user: String(env.ODOO_USER), password: String(env.ODOO_PASSWORD) }), tag);
});
