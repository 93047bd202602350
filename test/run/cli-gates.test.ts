/**
 * `ferry delta` and `ferry sample` stopped at a reconciliation gate exit with 3 (cli.md), like
 * `ferry run`; with `--accept-phase` the same command exits 0.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ferryCode } from "./ferry-cli.ts";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import type { Reconciliation } from "../../bridge/src/run/session.ts";

const SAMPLE = resolve(import.meta.dirname, "../../sample/planplus");
const DELTA = resolve(import.meta.dirname, "../fixtures/delta/planplus");

let sim: Simulator;
let root: string;

const ferry = ferryCode;

const conn = () => ["--odoo", sim.url, "--db", sim.db, "--user", sim.user, "--api-key", sim.apiKey];
const src = (input: string) => ["--source", "planplus", "--input", input, "--export-time-zone", "America/Chicago", "--fallback-owner", "admin", "--approve-proposed"];

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  root = await mkdtemp(join(tmpdir(), "ferry-gates-"));
});
afterAll(async () => {
  await sim?.close();
});

describe("gate exit codes", () => {
  it("ferry sample halted at a gate exits 3 (the sample export has rejected rows)", async () => {
    const out = join(root, "sample-halt");
    expect(await ferry(["sample", ...src(SAMPLE), ...conn(), "--size", "300", "--out", out])).toBe(3);
    const rec = JSON.parse(await readFile(join(out, "reconciliation.json"), "utf8")) as Reconciliation;
    expect(rec.halted?.object).toBeTruthy();
  });

  it("ferry delta halted at a gate exits 3; a delta within its gates exits 0", async () => {
    // A full run first (accepted), so the delta has something to build on.
    expect(await ferry(["run", ...src(SAMPLE), ...conn(), "--accept-phase", "*", "--out", join(root, "full")])).toBe(0);
    // The whole export again as a delta: its 2 rejected companies of 22 trip the 1 % gate.
    const halted = join(root, "delta-halt");
    expect(await ferry(["delta", ...src(SAMPLE), ...conn(), "--since", "2026-11-20", "--out", halted])).toBe(3);
    const rec = JSON.parse(await readFile(join(halted, "reconciliation.json"), "utf8")) as Reconciliation;
    expect(rec.halted?.object).toBe("companies");
    // A delta without rejects passes its gates: exit 0.
    expect(await ferry(["delta", ...src(DELTA), ...conn(), "--since", "2026-11-20", "--out", join(root, "delta-ok")])).toBe(0);
  });
});
