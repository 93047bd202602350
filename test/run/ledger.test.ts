import { mkdtemp, mkdir, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { Ledger, LoadedRows, ledgerLines, loadedRowIndex, readLedger, rowKey, type LedgerEntry } from "../../bridge/src/run/ledger.ts";
import { redact, registerSecret, safeJson } from "../../bridge/src/run/secrets.ts";
import { idFloors, recoverLedger } from "../../bridge/src/run/session.ts";
import { startSimulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";

const entry = (over: Partial<LedgerEntry>): LedgerEntry => ({
  run: "r1", phase: "contacts", source: "planplus", object: "contacts", source_id: "1", source_row: 1,
  operation: "create", outcome: "loaded", time: "2026-01-01T00:00:00Z", ...over,
});

describe("local ledger", () => {
  it("appends, survives a torn last line and indexes loaded rows by object and content hash", async () => {
    const root = await mkdtemp(join(tmpdir(), "ferry-ledger-"));
    await mkdir(join(root, "a"));
    const l = await Ledger.open(join(root, "a", "ledger.jsonl"));
    await l.append([entry({ xmlid: "m.x1", source_hash: "h1", res_id: 7 }), entry({ xmlid: "m.x2", source_hash: "h2" })]);
    await l.append([entry({ xmlid: "m.x1", source_hash: "h1b", operation: "update" })]);
    await l.close();
    await appendFile(join(root, "a", "ledger.jsonl"), '{"run":"r1","xmlid":"m.x3"'); // crash mid-write
    expect((await readLedger(join(root, "a", "ledger.jsonl"))).length).toBe(3);
    const idx = await loadedRowIndex(root);
    expect(idx.has(rowKey("contacts", "h1"))).toBe(true);
    expect(idx.has(rowKey("contacts", "h1b"))).toBe(true);
    expect(idx.has(rowKey("contacts", "h2"))).toBe(true);
    expect(idx.has(rowKey("companies", "h2"))).toBe(false);
    // rejected rows are not "already loaded"
    const l2 = await Ledger.open(join(root, "a", "ledger.jsonl"));
    await l2.append([entry({ source_hash: "h9", operation: "reject", outcome: "rejected" })]);
    await l2.append([entry({ source_hash: "h10", xmlid: "m.x4" })]);
    await l2.close();
    expect((await loadedRowIndex(root)).has(rowKey("contacts", "h9"))).toBe(false);
    // the lines appended after the torn one are readable (not glued to it)
    const after = await readLedger(join(root, "a", "ledger.jsonl"));
    expect(after.map((e) => e.xmlid ?? e.source_hash)).toEqual(["m.x1", "m.x2", "m.x1", "h9", "m.x4"]);
    expect((await loadedRowIndex(root)).has(rowKey("contacts", "h10"))).toBe(true);
  });
});

describe("ledger line numbers (the mirror's key)", () => {
  it("numbers lines across reopenings and a torn line as ledgerLines reads them back", async () => {
    const root = await mkdtemp(join(tmpdir(), "ferry-ledger-seq-"));
    const path = join(root, "ledger.jsonl");
    const got: [string | undefined, number][] = [];
    const mirror = async (entries: readonly LedgerEntry[], first: number) => void entries.forEach((e, i) => got.push([e.xmlid, first + i]));
    const a = await Ledger.open(path, mirror);
    await a.append([entry({ xmlid: "m.a" }), entry({ xmlid: "m.b" })]);
    await a.close();
    await appendFile(path, '{"run":"r1","xmlid":"m.torn"'); // crash mid-write
    const b = await Ledger.open(path, mirror);
    expect(b.count).toBe(2);
    await b.append([entry({ xmlid: "m.c" })]);
    await b.close();
    const c = await Ledger.open(path, mirror);
    await c.append([entry({ xmlid: "m.d" })]);
    await c.close();
    expect(got).toEqual([["m.a", 1], ["m.b", 2], ["m.c", 3], ["m.d", 4]]);
    const read: [string | undefined, number][] = [];
    for await (const { seq, entry: e } of ledgerLines(path)) read.push([e.xmlid, seq]);
    expect(read).toEqual(got);
    expect([...(await readLedger(path))].map((e) => e.xmlid)).toEqual(["m.a", "m.b", "m.c", "m.d"]);
  });
});

describe("loaded-row index in typed arrays", () => {
  const sha = (s: string) => createHash("sha256").update(s).digest("hex");
  it("answers like a set of object + hash keys, over many rows and several objects", () => {
    const idx = new LoadedRows();
    const n = 20_000;
    for (let i = 0; i < n; i++) idx.add(rowKey(i % 2 ? "contacts" : "companies", sha(`row ${i}`)));
    expect(idx.size).toBe(n);
    for (let i = 0; i < n; i++) {
      expect(idx.has(rowKey(i % 2 ? "contacts" : "companies", sha(`row ${i}`)))).toBe(true);
      if (i % 10 === 0) {
        expect(idx.has(rowKey(i % 2 ? "companies" : "contacts", sha(`row ${i}`)))).toBe(false); // other object
        expect(idx.has(rowKey("contacts", sha(`other ${i}`)))).toBe(false);
      }
    }
    idx.add(rowKey("contacts", sha("row 1"))); // again: no second entry
    expect(idx.size).toBe(n);
    // object names may hold ':' (the key splits at the last one); non-hex hashes are kept as they are
    idx.add(rowKey("a:b", sha("x")));
    idx.add("contacts:h1");
    expect(idx.has(rowKey("a:b", sha("x")))).toBe(true);
    expect(idx.has(rowKey("b", sha("x")))).toBe(false);
    expect(idx.has("contacts:h1")).toBe(true);
    expect(idx.has("contacts:h2")).toBe(false);
    const other = new LoadedRows().add(rowKey("tasks", sha("t"))).add("tasks:plain");
    idx.addAll(other);
    expect(idx.has(rowKey("tasks", sha("t"))) && idx.has("tasks:plain")).toBe(true);
    expect(idx.size).toBe(n + 4);
  });
});

describe("secrets", () => {
  it("never lets a registered secret through", () => {
    registerSecret("s3cr3t-key-value");
    expect(redact("auth with s3cr3t-key-value failed")).toBe("auth with *** failed");
    expect(safeJson({ k: "s3cr3t-key-value" })).not.toContain("s3cr3t");
  });
});

describe("recoverLedger after a crash", () => {
  it("ledgers what the run created above its id floors and did not ledger — not older records, not Odoo's companions", async () => {
    const sim = await startSimulator({ port: 0 });
    const client = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey });
    try {
      const xmlid = async (name: string, model: string, id: number) => client.create("ir.model.data", { module: "ferry_planplus", name, model, res_id: id, noupdate: true });
      const old = await client.create("res.partner", { name: "Before the run" });
      await xmlid("planplus_contact_old", "res.partner", old);
      const floors = await idFloors(client, ["res.partner", "product.template"]);
      expect(floors["ir.model.data"]).toBeGreaterThan(0);
      const ledgered = await client.create("res.partner", { name: "Ledgered" });
      await xmlid("planplus_contact_1", "res.partner", ledgered);
      const lost = await client.create("res.partner", { name: "Created, then the kill before the fsync" });
      await xmlid("planplus_contact_2", "res.partner", lost);
      const made = await client.create("product.template", { name: "Odoo made it along with ours" });
      await xmlid("planplus_contact_2_product_template", "product.template", made);
      await xmlid("planplus_contact_matched", "res.partner", old); // find-or-create gave an older record our id
      const dir = await mkdtemp(join(tmpdir(), "ferry-recover-"));
      const ledger = await Ledger.open(join(dir, "ledger.jsonl"));
      await ledger.append([entry({ model: "res.partner", res_id: ledgered, xmlid: "ferry_planplus.planplus_contact_1" })]);
      expect(await recoverLedger(client, ledger, "r1", "planplus", new Date().toISOString(), floors)).toBe(1);
      expect(await recoverLedger(client, ledger, "r1", "planplus", new Date().toISOString(), floors)).toBe(0); // once
      await ledger.close();
      const rec = (await readLedger(join(dir, "ledger.jsonl"))).filter((e) => e.code === "recovered");
      expect(rec.map((e) => [e.xmlid, e.model, e.res_id, e.operation])).toEqual([["ferry_planplus.planplus_contact_2", "res.partner", lost, "create"]]);
    } finally {
      await client.close();
      await sim.close();
    }
  });
});
