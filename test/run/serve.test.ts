/**
 * The sidecar against a fake addon (the RPC surface of docs/addon.md, in memory) and the Odoo
 * simulator as the target: claim → download → run → progress, ledger, rejects, reports → done.
 */
import { readFile, readdir } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { serve, type AddonApi, type ClaimedRun } from "../../bridge/src/run/serve.ts";
import { resolveSettings } from "../../bridge/src/cli/settings.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import type { LedgerEntry } from "../../bridge/src/run/ledger.ts";

const SAMPLE = resolve(import.meta.dirname, "../../sample/planplus");

class FakeAddon implements AddonApi {
  queue: ClaimedRun[] = [];
  files = new Map<number, Buffer>();
  ledger: LedgerEntry[] = [];
  rejects: Record<string, unknown>[] = [];
  progress: { phase: string; counters: Record<string, unknown> }[] = [];
  reports: string[] = [];
  state = new Map<number, string>();
  heartbeatOk = true;
  async claimNext(): Promise<ClaimedRun | false> {
    const r = this.queue.shift();
    if (r) this.state.set(r.id, "claimed");
    if (r) this.claimed.set(r.id, r);
    return r ?? false;
  }
  async heartbeat(id: number) {
    return { ok: this.heartbeatOk, state: this.heartbeatOk ? (this.state.get(id) ?? "running") : "paused" };
  }
  async reportProgress(_id: number, phase: string, counters: Record<string, unknown>) {
    this.progress.push({ phase, counters });
  }
  /** As ferry.run.append_ledger: a line numbered (`run` + `seq`) that is there already is skipped. */
  async appendLedger(_id: number, rows: (LedgerEntry & { seq?: number })[]) {
    const crash = this.crashOnLedgerCall;
    if (crash && ++crash.calls === crash.at && !crash.committed) throw new Error("sidecar killed before the ledger batch reached the addon");
    for (const r of rows) {
      const key = r.seq !== undefined ? `${r.run}#${r.seq}` : undefined;
      if (key && this.#lines.has(key)) continue;
      if (key) this.#lines.add(key);
      this.ledger.push(r);
    }
    if (crash && crash.calls === crash.at && crash.committed) throw new Error("sidecar killed after the addon committed the batch, before its answer");
  }
  #lines = new Set<string>();
  /** Fails the `at`-th appendLedger call like a sidecar dying around it (`committed`: after the addon stored the rows). */
  crashOnLedgerCall?: { at: number; committed: boolean; calls: number };
  async ledgerAcknowledged(_id: number, bridgeRun: string) {
    return Math.max(0, ...this.ledger.filter((e) => e.run === bridgeRun).map((e) => (e as { seq?: number }).seq ?? 0));
  }
  /** The run queued again (an expired lease after the sidecar died). */
  requeue(id: number): void {
    const run = this.claimed.get(id);
    if (!run) throw new Error(`run ${id} was never claimed`);
    this.queue.push({ ...run, attempts: run.attempts + 1 });
    this.claimed.set(id, { ...run, attempts: run.attempts + 1 });
    this.state.set(id, "queued");
  }
  async appendRejects(_id: number, rows: Record<string, unknown>[]) {
    this.rejects.push(...rows);
  }
  async attachReport(_id: number, name: string) {
    this.reports.push(name);
  }
  summaries = new Map<number, Record<string, unknown>>();
  async markDone(id: number, summary: unknown) {
    this.state.set(id, "done");
    this.summaries.set(id, summary as Record<string, unknown>);
  }
  async markFailed(id: number, message: string) {
    this.state.set(id, `failed: ${message}`);
  }
  halted = new Map<number, { run: ClaimedRun; phase: string }>();
  claimed = new Map<number, ClaimedRun>();
  async markHalted(id: number, phase: string) {
    this.state.set(id, `halted: ${phase}`);
    const run = this.claimed.get(id);
    if (run) this.halted.set(id, { run, phase });
  }
  /** ferry.run.action_accept_gate: the halted phase joins accepted_phases and the run is queued again (claim_next counts the attempt). */
  acceptGate(id: number): string {
    const h = this.halted.get(id);
    if (!h) throw new Error(`run ${id} is not halted`);
    this.halted.delete(id);
    this.queue.push({ ...h.run, attempts: h.run.attempts + 1, accepted_phases: [...h.run.accepted_phases, h.phase] });
    this.state.set(id, "queued");
    return h.phase;
  }
  /** What the wizard's rollback dialog counts (api.ledgerCounts): ledger rows per operation. */
  ledgerCounts(): Record<string, number> {
    const out: Record<string, number> = { create: 0, update: 0, archive: 0, delete: 0 };
    for (const e of this.ledger) if (e.operation in out) out[e.operation] = (out[e.operation] ?? 0) + 1;
    return out;
  }
  async readAttachment(id: number) {
    const b = this.files.get(id);
    if (!b) throw new Error("no attachment");
    return b;
  }
}

let sim: Simulator;
let work: string;
beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  work = await mkdtemp(join(tmpdir(), "ferry-serve-"));
});
afterAll(async () => sim?.close());

async function queuedRun(addon: FakeAddon, id: number, over: Partial<ClaimedRun> = {}): Promise<void> {
  const files = (await readdir(SAMPLE)).filter((f) => f.endsWith(".csv"));
  const source_files = [];
  for (const [i, f] of files.entries()) {
    addon.files.set(id * 100 + i, await readFile(join(SAMPLE, f)));
    source_files.push({ id: i + 1, name: f, attachment_id: id * 100 + i, detected_object: f.replace(".csv", "") });
  }
  addon.queue.push({
    id,
    name: `Full run ${id}`,
    run_type: "full",
    attempts: 1,
    since: false,
    accepted_phases: ["*"],
    project: { id: 1, name: "Acme", source_system: "planplus", scope: [], fallback_owner: "admin", batch_size: 200, rate_cap: 0, reject_threshold_pct: 1 },
    mappings: [{ id: 1, source_object: "contacts", state: "approved", content_hash: "x", approved_by: "Admin", approved_at: "2026-11-23 16:00:00" }],
    source_files,
    ...over,
  });
}

describe("ferry serve", () => {
  it("claims a queued run, runs it and mirrors progress, ledger, rejects and reports to the addon", async () => {
    const addon = new FakeAddon();
    await queuedRun(addon, 1);
    const settings = resolveSettings({ odoo: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey, exportTimeZone: "America/Chicago" }, {});
    const r = await serve(addon, settings, { once: true, workRoot: work, workerId: "test-worker", log: () => undefined });
    expect(r.processed).toEqual([{ id: 1, result: "done" }]);
    expect(addon.state.get(1)).toBe("done");
    const local = (await readFile(join(work, "odoo-run-1", "run", "ledger.jsonl"), "utf8")).trim().split("\n");
    expect(addon.ledger.length).toBe(local.length); // every durable ledger line reached the addon
    expect(addon.ledger.some((e) => e.object === "contacts" && e.operation === "create" && e.xmlid?.startsWith("ferry_planplus."))).toBe(true);
    expect(addon.rejects.some((x) => x.source_object === "contact_company_links" && x.code === "orphan_reference")).toBe(true);
    expect(addon.reports).toEqual(expect.arrayContaining(["report.html", "reconciliation.json", "rejected_rows.csv"]));
    const contacts = addon.progress.filter((p) => p.phase === "contacts").at(-1);
    expect(contacts?.counters).toMatchObject({ source: 52, landed: 48, state: "done" });
    // a phase reads "done" as soon as the next one starts, not only at the end of the run
    const firstContacts = addon.progress.findIndex((p) => p.phase === "contacts");
    expect(addon.progress.slice(0, firstContacts).some((p) => p.phase === "companies" && p.counters.state === "done")).toBe(true);
    // the wizard's Reconciliation step gets ferry validate's link checks and fill rates
    const summary = addon.summaries.get(1) as { null_fk?: { check: string; count: number }[]; fill_rates?: { field: string; source: number; odoo: number }[] };
    expect(summary.null_fk?.length).toBeGreaterThan(0);
    expect(summary.fill_rates?.some((f) => f.field.startsWith("res.partner.x_") && f.source > 0)).toBe(true);
  });

  it("an accepted gate continues the same run in the same folder: loaded rows are not written again", async () => {
    // Fresh databases: each ledger must show what its run did, not what earlier tests left.
    const gatedRun = async (accepted: string[]) => {
      const own = await startSimulator({ port: 0 });
      try {
        const addon = new FakeAddon();
        await queuedRun(addon, 7, { accepted_phases: accepted });
        const settings = resolveSettings({ odoo: own.url, db: own.db, user: own.user, apiKey: own.apiKey, exportTimeZone: "America/Chicago" }, {});
        const root = await mkdtemp(join(work, "gated-"));
        const gates: string[] = [];
        for (let claim = 1; claim <= 8 && addon.state.get(7) !== "done"; claim++) {
          const r = await serve(addon, settings, { once: true, workRoot: root, workerId: "test-worker", log: () => undefined });
          expect(r.processed.map((p) => p.id)).toEqual([7]);
          if (addon.state.get(7) === "done") break;
          expect(addon.state.get(7)).toMatch(/^halted: /);
          gates.push(addon.acceptGate(7));
        }
        expect(addon.state.get(7)).toBe("done");
        return { addon, root, gates };
      } finally {
        await own.close();
      }
    };
    const single = await gatedRun(["*"]); // the same data in one pass, every gate accepted up front
    const { addon, root, gates } = await gatedRun([]);
    expect(gates.length).toBeGreaterThanOrEqual(2); // the sample trips the 1 % gate more than once
    // one run folder for all claims, one run id in its ledger, every line mirrored once
    expect((await readdir(root)).filter((d) => d.startsWith("odoo-run-7"))).toEqual(["odoo-run-7"]);
    const local = (await readFile(join(root, "odoo-run-7", "run", "ledger.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l) as LedgerEntry);
    expect(new Set(local.map((e) => e.run))).toEqual(new Set(["odoo-7-1"]));
    expect(addon.ledger.length).toBe(local.length);
    // no record is created twice, and no source row is written twice
    const writes = addon.ledger.filter((e) => e.operation === "create" || e.operation === "update");
    const created = new Set(writes.filter((e) => e.operation === "create").map((e) => `${e.model}:${e.res_id}`));
    expect(created.size).toBe(writes.filter((e) => e.operation === "create").length);
    // a row may write its record twice within one pass (a task's date_end after the task): as many as one pass, no more
    const rowRepeats = (ledger: LedgerEntry[]) => {
      const keys = ledger.filter((e) => e.operation === "create" || e.operation === "update").map((e) => `${e.object}|${e.source_id}|${e.model}:${e.res_id}`);
      return keys.length - new Set(keys).size;
    };
    expect(rowRepeats(addon.ledger)).toBe(rowRepeats(single.addon.ledger));
    // a record created earlier in the run is not written again by a later claim: the run's ledger
    // holds the same writes as one pass (where a later phase may still fill fields of a record an
    // earlier phase created: custom field values, task parents — written once)
    const signature = (ledger: LedgerEntry[]) =>
      ledger.filter((e) => e.operation === "create" || e.operation === "update").map((e) => `${e.operation} ${e.object} ${e.xmlid ?? ""} ${e.source_id ?? ""}`).sort();
    expect(signature(addon.ledger)).toEqual(signature(single.addon.ledger));
    const ownUpdates = (ledger: LedgerEntry[]) => {
      const mine = new Set(ledger.filter((e) => e.operation === "create").map((e) => `${e.model}:${e.res_id}`));
      return ledger.filter((e) => e.operation === "update" && mine.has(`${e.model}:${e.res_id}`)).length;
    };
    expect(ownUpdates(addon.ledger)).toBe(ownUpdates(single.addon.ledger));
    // the rollback dialog's counts (and the server preview's restore count) equal those of one pass
    expect(addon.ledgerCounts()).toEqual(single.addon.ledgerCounts());
    console.log(`gated run: ${gates.length} gates accepted (${gates.join(", ")}); ledger ${JSON.stringify(addon.ledgerCounts())}; updates of its own records ${ownUpdates(addon.ledger)} (one pass: ${ownUpdates(single.addon.ledger)})`);
    // the finished run still accounts for every row (rows of earlier claims count as landed)
    const contacts = addon.progress.filter((p) => p.phase === "contacts").at(-1);
    expect(contacts?.counters).toMatchObject({ source: 52, landed: 48, state: "done" });
  }, 60_000);

  for (const committed of [false, true]) {
    it(`a sidecar that dies between a durable ledger line and its mirror (${committed ? "the addon stored the batch, the answer was lost" : "the batch never reached the addon"}): the next claim re-sends it, once`, async () => {
      const own = await startSimulator({ port: 0 });
      try {
        const addon = new FakeAddon();
        await queuedRun(addon, 9, { project: { id: 1, name: "Acme", source_system: "planplus", scope: [], fallback_owner: "admin", batch_size: 40, rate_cap: 0, reject_threshold_pct: 1 } });
        addon.crashOnLedgerCall = { at: 4, committed, calls: 0 };
        const settings = resolveSettings({ odoo: own.url, db: own.db, user: own.user, apiKey: own.apiKey, exportTimeZone: "America/Chicago" }, {});
        const root = await mkdtemp(join(work, "mirror-"));
        const logs: string[] = [];
        await serve(addon, settings, { once: true, workRoot: root, workerId: "test-worker", log: (l) => logs.push(l) });
        expect(addon.state.get(9)).toMatch(/^failed: sidecar killed/);
        const path = join(root, "odoo-run-9", "run", "ledger.jsonl");
        const durable = (await readFile(path, "utf8")).trim().split("\n").length;
        // the crash left lines in the local ledger the addon does not have (or has without knowing it)
        expect(durable).toBeGreaterThan(committed ? 0 : addon.ledger.length);
        addon.crashOnLedgerCall = undefined;
        addon.requeue(9);
        await serve(addon, settings, { once: true, workRoot: root, workerId: "test-worker", log: (l) => logs.push(l) });
        expect(addon.state.get(9)).toBe("done");
        expect(logs.some((l) => /re-sent \d+ ledger lines/.test(l))).toBe(!committed);
        // the addon's ledger is the local one: every line once, in order, none missing
        const local = (await readFile(path, "utf8")).trim().split("\n").map((l) => JSON.parse(l) as LedgerEntry);
        expect(addon.ledger.map((e) => (e as { seq?: number }).seq)).toEqual(local.map((_, i) => i + 1));
        expect(addon.ledger.map((e) => ({ ...e, seq: undefined }))).toEqual(local.map((e) => ({ ...e, seq: undefined })));
        const creates = addon.ledger.filter((e) => e.operation === "create").map((e) => `${e.model}:${e.res_id}`);
        expect(new Set(creates).size).toBe(creates.length);
      } finally {
        await own.close();
      }
    }, 60_000);
  }

  it("plays a sample run: loads a slice, attaches the field diff, and leaves nothing behind", async () => {
    const addon = new FakeAddon();
    await queuedRun(addon, 4, { run_type: "sample" });
    const settings = resolveSettings({ odoo: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey, exportTimeZone: "America/Chicago" }, {});
    const client = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey });
    const before = await client.searchCount("res.partner", [], { active_test: false });
    await serve(addon, settings, { once: true, workRoot: join(work, "sample"), log: () => undefined });
    expect(addon.state.get(4)).toBe("done");
    expect(addon.reports).toEqual(expect.arrayContaining(["sample_diff.csv", "sample_diff.html"]));
    expect(await client.searchCount("res.partner", [], { active_test: false })).toBe(before);
    expect(await client.searchCount("ir.model.fields", [["name", "=", "x_pp_relationship"]])).toBe(1); // custom fields stay for the full run
    await client.close();
  });

  it("provisions only the custom fields of the objects uploaded (a contacts upload touches no crm.lead field)", async () => {
    const addon = new FakeAddon();
    await queuedRun(addon, 6, { run_type: "sample" });
    const run = addon.queue[0] as ClaimedRun;
    run.source_files = run.source_files.filter((f) => ["users", "companies", "contacts", "contact_company_links"].includes(String(f.detected_object)));
    const own = await startSimulator({ port: 0 }); // fresh: no custom field yet
    try {
      const settings = resolveSettings({ odoo: own.url, db: own.db, user: own.user, apiKey: own.apiKey, exportTimeZone: "America/Chicago" }, {});
      const client = await OdooClient.connect({ url: own.url, db: own.db, user: own.user, apiKey: own.apiKey });
      await serve(addon, settings, { once: true, workRoot: join(work, "scoped"), log: () => undefined });
      expect(addon.state.get(6)).toBe("done");
      expect(await client.searchCount("ir.model.fields", [["model", "=", "res.partner"], ["name", "=", "x_pp_relationship"]])).toBe(1);
      expect(await client.searchCount("ir.model.fields", [["model", "in", ["crm.lead", "project.task", "calendar.event"]], ["name", "in", ["x_ferry_source_created", "x_pp_original_amount", "x_ticket_number", "x_pp_priority", "x_quadrant"]]])).toBe(0);
      await client.close();
    } finally {
      await own.close();
    }
  });

  it("refuses a run whose mapping is not approved in Odoo", async () => {
    const addon = new FakeAddon();
    await queuedRun(addon, 2, { mappings: [{ id: 1, source_object: "contacts", state: "draft", content_hash: false, approved_by: false, approved_at: false }] });
    const settings = resolveSettings({ odoo: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey }, {});
    await serve(addon, settings, { once: true, workRoot: work, log: () => undefined });
    expect(addon.state.get(2)).toMatch(/^failed: mapping not approved: contacts/);
    expect(addon.ledger).toEqual([]);
  });

  it("stops when Odoo pauses the run (heartbeat not ok)", async () => {
    const addon = new FakeAddon();
    addon.heartbeatOk = false;
    await queuedRun(addon, 3, { project: { id: 1, name: "Acme", source_system: "planplus", scope: [], fallback_owner: "admin", batch_size: 5, rate_cap: 0, reject_threshold_pct: 1 } });
    const settings = resolveSettings({ odoo: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey }, {});
    await serve(addon, settings, { once: true, workRoot: work, leaseSeconds: 3, log: () => undefined });
    expect(addon.state.get(3)).toMatch(/^failed: run stopped during .*paused/);
  });
});
