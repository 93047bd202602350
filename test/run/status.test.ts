/**
 * `ferry status RUN_DIR` from the run folder alone: a finished (or halted) run from reconciliation.json,
 * a running one from ledger.jsonl (rows, rate, ETA against the plan beside it), a stalled one by the
 * ledger's age, a torn last line after a crash.
 */
import { mkdir, mkdtemp, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../bridge/src/cli/main.ts";
import type { LedgerEntry } from "../../bridge/src/run/ledger.ts";
import { formatStatus, runStatus, STALL_SECONDS } from "../../bridge/src/run/status.ts";

let root: string;
const T0 = Date.parse("2026-11-23T10:00:00Z");

function entry(i: number, object: string, operation: LedgerEntry["operation"], seconds: number): LedgerEntry {
  return { run: "r-1", phase: object, source: "planplus", object, source_id: `${object}-${i}`, source_row: i + 2, operation, outcome: operation === "reject" ? "rejected" : "loaded", ...(operation === "create" ? { model: "res.partner", res_id: 100 + i, xmlid: `ferry_planplus.x_${i}` } : {}), time: new Date(T0 + seconds * 1000).toISOString() };
}

const obj = (object: string, n: number, loaded: number, rejected: Record<string, number> = {}) => ({ object, source_count: n, loaded, merged: 0, documented: 0, validated: 0, skipped: {}, rejected, flagged: {}, rows_flagged_any: 0, operations: { create: loaded } });

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "ferry-status-"));
  // a plan of the same source beside the runs: 200 rows expected
  await mkdir(join(root, "plan"));
  await writeFile(join(root, "plan", "reconciliation.json"), JSON.stringify({ source: "planplus", run: "p", kind: "plan", started_at: "", finished_at: "", objects: [obj("companies", 50, 50), obj("contacts", 150, 150)] }));
});

describe("ferry status", () => {
  it("reads a finished run from reconciliation.json", async () => {
    const dir = join(root, "done");
    await mkdir(dir);
    await writeFile(join(dir, "reconciliation.json"), JSON.stringify({ source: "planplus", run: "r-done", kind: "full", started_at: "2026-11-23T10:00:00Z", finished_at: "2026-11-23T10:00:20Z", objects: [obj("companies", 50, 48, { missing_required: 2 })], balanced: true, odoo_records: {}, created: {}, warnings: [] }));
    const s = await runStatus(dir);
    expect(s).toMatchObject({ state: "finished", run: "r-done", phase: "companies", rows_done: 50, rows_expected: 50, elapsed_seconds: 20, rate_per_second: 2.5, eta_seconds: 0 });
    expect(s.objects[0]).toEqual({ object: "companies", rows: 50, created: 48, updated: 0, rejected: 2, skipped: 0 });
  });

  it("reports a halted run and how to continue", async () => {
    const dir = join(root, "halted");
    await mkdir(dir);
    await writeFile(join(dir, "reconciliation.json"), JSON.stringify({ source: "planplus", run: "r-h", kind: "full", started_at: "2026-11-23T10:00:00Z", finished_at: "2026-11-23T10:00:05Z", objects: [obj("companies", 50, 40, { missing_required: 10 })], halted: { object: "companies", reasons: ["10 of 50 rejected"] }, balanced: true }));
    const s = await runStatus(dir);
    expect(s.state).toBe("halted");
    expect(s.note).toContain("--accept-phase companies");
  });

  it("reads a running run from its ledger: phase, rows, rate, ETA from the plan beside it; tolerates a torn line", async () => {
    const dir = join(root, "running");
    await mkdir(dir);
    const lines = [
      ...Array.from({ length: 50 }, (_, i) => entry(i, "companies", i === 3 ? "reject" : "create", i * 0.2)),
      ...Array.from({ length: 30 }, (_, i) => entry(i, "contacts", "create", 10 + i * 0.2)),
    ];
    // the row that was created and then updated in a second pass counts once
    lines.push({ ...entry(0, "contacts", "update", 16) });
    await writeFile(join(dir, "ledger.jsonl"), `${lines.map((l) => JSON.stringify(l)).join("\n")}\n{"run":"r-1","phase":"con`);
    const mtime = new Date(T0 + 16_000);
    await utimes(join(dir, "ledger.jsonl"), mtime, mtime);
    const s = await runStatus(dir, new Date(T0 + 20_000));
    expect(s.state).toBe("running");
    expect(s.phase).toBe("contacts");
    expect(s.rows_done).toBe(80);
    expect(s.objects).toEqual([
      { object: "companies", rows: 50, created: 49, updated: 0, rejected: 1, skipped: 0 },
      { object: "contacts", rows: 30, created: 30, updated: 1, rejected: 0, skipped: 0 },
    ]);
    expect(s.elapsed_seconds).toBe(16);
    expect(s.rate_per_second).toBe(5);
    expect(s.rows_expected).toBe(200);
    expect(s.eta_seconds).toBe(24); // (200 - 80) / 5
    expect(formatStatus(s)).toContain("rows 80 of 200");
  });

  it("calls a run stalled when the ledger has not grown for a while", async () => {
    const s = await runStatus(join(root, "running"), new Date(T0 + 16_000 + (STALL_SECONDS + 1) * 1000));
    expect(s.state).toBe("stalled");
    expect(s.note).toMatch(/ferry resume/);
  });

  it("--json prints one object; a missing folder is a usage error (exit 2)", async () => {
    const chunks: string[] = [];
    const out = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    process.stdout.write = ((c: string) => (chunks.push(String(c)), true)) as typeof process.stdout.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      expect(await main(["status", join(root, "done"), "--json"])).toBe(0);
      expect(await main(["status", join(root, "nope")])).toBe(2);
    } finally {
      process.stdout.write = out;
      process.stderr.write = err;
    }
    expect(chunks).toHaveLength(1);
    expect(JSON.parse(chunks[0]!)).toMatchObject({ state: "finished", run: "r-done" });
  });
});
