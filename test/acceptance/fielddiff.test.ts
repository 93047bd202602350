/**
 * The acceptance full field diff: values captured from the sink are read back from Odoo (simulator)
 * and compared; an edit made in Odoo after the load is a mismatch, known Odoo rewrites are not.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { odooSink } from "../../bridge/src/run/sink.ts";
import type { LedgerEntry } from "../../bridge/src/run/ledger.ts";
import { capturingSink, describeMismatches, expectedRewrite, fullFieldDiff, newCapture } from "../../scripts/acceptance/fielddiff.ts";

let sim: Simulator;
let client: OdooClient;

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  client = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey });
});
afterAll(async () => {
  await client?.close();
  await sim?.close();
});

describe("expectedRewrite", () => {
  const company = { id: 7, city: "Austin", country_id: [233, "United States"] };
  it("a child contact's address equal to its company's is expected; another value is not", () => {
    expect(expectedRewrite("res.partner", "city", "Dallas", "Austin", { type: "contact" }, company)).toBe("address_from_company");
    expect(expectedRewrite("res.partner", "country_id", "", [233, "United States"], { type: "invoice" }, company)).toBe("address_from_company");
    expect(expectedRewrite("res.partner", "city", "Dallas", "Houston", { type: "contact" }, company)).toBeUndefined();
    // an invoice address keeps its own address: a different value sent is a real mismatch
    expect(expectedRewrite("res.partner", "city", "Dallas", "Austin", { type: "invoice" }, company)).toBeUndefined();
    expect(expectedRewrite("res.partner", "city", "Dallas", "Austin", { type: "contact" }, undefined)).toBeUndefined();
  });
  it("a URL scheme added to a website is expected, another site is not", () => {
    expect(expectedRewrite("res.partner", "website", "www.acme.example", "http://www.acme.example", {})).toBe("url_scheme_added");
    expect(expectedRewrite("res.partner", "website", "www.acme.example", "http://www.other.example", {})).toBeUndefined();
  });
  it("a waiting task Odoo puts back in progress is expected; any other state change is not", () => {
    expect(expectedRewrite("project.task", "state", "04_waiting_normal", "01_in_progress", {})).toBe("task_state_computed");
    expect(expectedRewrite("project.task", "state", "1_done", "01_in_progress", {})).toBeUndefined();
    expect(expectedRewrite("project.task", "state", "04_waiting_normal", "1_canceled", {})).toBeUndefined();
  });
});

describe("fullFieldDiff", () => {
  it("reads every captured value back; an edit made in Odoo is reported by cause, untouched values are equal", async () => {
    const cap = newCapture();
    const sink = capturingSink(odooSink(client), cap);
    const fields = ["id", "name", "city", "country_id", "is_company"];
    const res = await sink.load("res.partner", fields, [
      { key: "ferry_planplus.acc_diff_1", cells: ["ferry_planplus.acc_diff_1", "Acme Diff", "Austin", "US", "1"] },
      { key: "ferry_planplus.acc_diff_2", cells: ["ferry_planplus.acc_diff_2", "Beta Diff", "Boston", "US", "1"] },
    ]);
    expect(res.failed).toEqual([]);
    const ledger: LedgerEntry[] = res.landed.map((l, i) => ({ run: "t", phase: "companies", source: "planplus", object: "companies", source_id: String(i), source_row: i + 1, model: "res.partner", res_id: l.id, xmlid: l.key, operation: "create", outcome: "loaded", time: new Date().toISOString() }));
    const clean = await fullFieldDiff(client, ledger, cap);
    expect(clean.records).toBe(2);
    expect(clean.fields_compared).toBe(8);
    expect(clean.mismatches).toEqual([]);

    await client.write("res.partner", [res.landed[1]!.id], { city: "Chicago" });
    const edited = await fullFieldDiff(client, ledger, cap);
    expect(edited.mismatches).toHaveLength(1);
    expect(edited.mismatches[0]).toMatchObject({ xmlid: "ferry_planplus.acc_diff_2", field: "city", expected: "Boston", actual: "Chicago", cause: "different_value" });
    expect(describeMismatches(edited)[0]).toBe("different_value (1): res.partner.city ×1");
  });
});
