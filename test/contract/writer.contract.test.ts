/**
 * Writer/client contract: the same assertions on the simulator and (with ODOO_URL, ODOO_DB, ODOO_USER,
 * ODOO_PASSWORD) on a real Odoo — bad-row isolation, pre-check parity with Odoo's own messages,
 * idempotent reload, external-id read-back, custom-field provisioning, load datetimes in a context tz.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator } from "../../bridge/src/odoo/simulator/index.ts";
import type { Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import type { OdooConnection } from "../../bridge/src/odoo/client.ts";
import { loadBatches } from "../../bridge/src/odoo/writer.ts";
import type { LoadRow } from "../../bridge/src/odoo/writer.ts";
import { ensureCustomFields } from "../../bridge/src/odoo/provision.ts";
import { precheckRows } from "../../bridge/src/odoo/prevalidate.ts";

/** Cells and what Odoo 18's load answers (checked against a real server); the pre-check must agree. */
const EDGE_CELLS: [model: string, field: string, cell: string, expected: string][] = [
  ["res.partner", "is_company", " 1", "Unknown value ' 1' for boolean field 'Is a Company'"],
  ["res.partner", "is_company", "TRUE", "OK"],
  ["res.partner", "is_company", "it's", "Unknown value 'it's' for boolean field 'Is a Company'"],
  ["res.partner", "color", "1_000", "OK"],
  ["res.partner", "color", " 7 ", "OK"],
  ["res.partner", "color", "1.0", "'1.0' does not seem to be an integer for field 'Color Index'"],
  ["res.partner", "partner_latitude", "1e3", "OK"],
  ["res.partner", "partner_latitude", "1,5", "'1,5' does not seem to be a number for field 'Geo Latitude'"],
  ["res.partner", "type", "INVOICE", "OK"],
  ["res.partner", "type", "invoice address", "OK"],
  ["res.partner", "type", " invoice", "Value ' invoice' not found in selection field 'Address Type'"],
  ["crm.lead", "date_deadline", "2024-6-4", "OK"],
  ["crm.lead", "date_deadline", "2024-06-04 10:00:00", "OK"],
  ["crm.lead", "date_deadline", "2024-13-01", "'2024-13-01' does not seem to be a valid date for field 'Expected Closing'"],
  ["crm.lead", "date_closed", "2024-06-04", "OK"],
  ["crm.lead", "date_closed", "2024-06-04 10:00", "OK"],
  ["crm.lead", "date_closed", "2024-06-04T10:00:00", "'2024-06-04T10:00:00' does not seem to be a valid datetime for field 'Closed Date'"],
  ["crm.lead", "tag_ids/id", "ferry_edge.nope1,ferry_edge.nope2", "No matching record found for external id 'ferry_edge.nope1' in field 'Tags'"],
];

const FIELDS = ["id", "name", "email", "is_company", "parent_id/id"];

function contract(label: string, getConn: () => OdooConnection, cleanup: boolean) {
  const tag = `c${Date.now().toString(36)}`;
  const mod = `ferry_ct_${tag}`;
  let client: OdooClient;
  const partners: number[] = [];
  const rows = (prefix: string): LoadRow[] =>
    Array.from({ length: 300 }, (_, i) => {
      const x = `${mod}.${prefix}_${i}`;
      const cells = [x, `Contract ${prefix} ${i}`, `c${i}@contract.example`, i % 5 ? "0" : "1", i > 0 && i % 50 === 0 ? `${mod}.${prefix}_0` : ""];
      if (i === 17) cells[3] = "maybe";
      if (i === 150) cells[1] = "";
      if (i === 299) cells[4] = `${mod}.nowhere`;
      return { key: x, cells };
    });
  const expected = (prefix: string, major: number) => [
    { key: `${mod}.${prefix}_17`, field: "is_company", message: "Unknown value 'maybe' for boolean field 'Is a Company'" },
    { key: `${mod}.${prefix}_150`, field: undefined, message: major >= 19 ? "Contacts require a name" : "'Contacts require a name'" },
    { key: `${mod}.${prefix}_299`, field: "parent_id", message: `No matching record found for external id '${mod}.nowhere' in field 'Related Company'` },
  ];
  const strip = (f: { key: string; field?: string; message: string }) => ({ key: f.key, field: f.field, message: f.message });

  beforeAll(async () => {
    client = await OdooClient.connect(getConn());
  });
  afterAll(async () => {
    if (cleanup && partners.length) await client.unlink("res.partner", [...new Set(partners)]);
    await client?.close();
  });

  it(`[${label}] isolates exactly the bad rows Odoo refuses (no pre-check)`, async () => {
    const res = await loadBatches(client, "res.partner", FIELDS, rows("iso"), { batchSize: 300, adaptive: false, precheck: false, isolate: "bisect" });
    partners.push(...res.landed.map((l) => l.id));
    expect(res.landed).toHaveLength(297);
    expect(res.failed.map(strip)).toEqual(expected("iso", client.major));
    expect(res.calls).toBeLessThanOrEqual(1 + 3 * 2 * Math.ceil(Math.log2(300)));
  });

  it(`[${label}] pre-check fails the same rows with the same messages, in one call`, async () => {
    const res = await loadBatches(client, "res.partner", FIELDS, rows("pre"), { batchSize: 300, adaptive: false });
    partners.push(...res.landed.map((l) => l.id));
    expect(res.calls).toBe(1);
    expect(res.failed.map(strip)).toEqual(expected("pre", client.major));
  });

  it(`[${label}] reload is idempotent and read-back by external id matches`, async () => {
    const good = rows("iso").filter((r) => !/_(17|150|299)$/.test(r.key));
    const first = await client.resolveXmlids(good.map((r) => r.key));
    expect(first.size).toBe(297);
    const before = await client.searchCount("ir.model.data", [["module", "=", mod]]);
    const again = await loadBatches(client, "res.partner", FIELDS, good, { batchSize: 150, adaptive: false });
    expect(again.failed).toEqual([]);
    for (const l of again.landed) expect(first.get(l.key)).toEqual({ model: "res.partner", id: l.id });
    expect(await client.searchCount("ir.model.data", [["module", "=", mod]])).toBe(before);
    const [child] = await client.read<{ parent_id: [number, string] | false }>("res.partner", [first.get(`${mod}.iso_50`)!.id], ["parent_id"]);
    expect(child?.parent_id && child.parent_id[0]).toBe(first.get(`${mod}.iso_0`)!.id);
  });

  it(`[${label}] provisions custom fields idempotently and loads into them`, async () => {
    const specs = [
      { name: `x_ct_${tag}_trade`, type: "selection" as const, label: "CT Trade", selection: [["plumbing", "Plumbing"], ["hvac", "HVAC"]] as [string, string][] },
      { name: `x_ct_${tag}_lic`, type: "char" as const, label: "CT Licence" },
    ];
    const made = await ensureCustomFields(client, "res.partner", specs);
    try {
      expect(made.created).toEqual(specs.map((s) => s.name));
      expect((await ensureCustomFields(client, "res.partner", specs)).existing).toEqual(specs.map((s) => s.name));
      const res = await loadBatches(client, "res.partner", ["id", "name", specs[0]!.name, specs[1]!.name], [
        { key: "a", cells: [`${mod}.cf_a`, "CF A", "HVAC", "L-1"] },
        { key: "b", cells: [`${mod}.cf_b`, "CF B", "carpentry", "L-2"] },
      ]);
      partners.push(...res.landed.map((l) => l.id));
      expect(res.landed.map((l) => l.key)).toEqual(["a"]);
      expect(res.failed.map((f) => f.message)).toEqual(["Value 'carpentry' not found in selection field 'CT Trade'"]);
      const [row] = await client.read("res.partner", [res.landed[0]!.id], [specs[0]!.name, specs[1]!.name]);
      expect(row).toMatchObject({ [specs[0]!.name]: "hvac", [specs[1]!.name]: "L-1" });
    } finally {
      if (cleanup) {
        const ids = await client.search("ir.model.fields", [["model", "=", "res.partner"], ["name", "in", specs.map((s) => s.name)]]);
        if (ids.length) await client.unlink("res.partner", partners.splice(0)).then(() => client.unlink("ir.model.fields", ids));
      }
    }
  });

  it(`[${label}] Odoo and the pre-check agree on edge cells`, async () => {
    const made: [string, number][] = [];
    const got: string[] = [];
    const pre: string[] = [];
    for (const [i, [model, field, cell]] of EDGE_CELLS.entries()) {
      const fields = ["id", "name", field];
      const row = [`${mod}.edge_${i}`, `Edge ${i}`, cell];
      const r = await client.load(model, fields, [row]);
      if (r.ids) for (const id of r.ids) made.push([model, id]);
      got.push(r.ids ? "OK" : r.messages.map((m) => m.message).join(" / "));
      const p = await precheckRows(client, model, fields, [row]);
      pre.push(p[0]?.message.message ?? "OK");
    }
    if (cleanup) for (const [m, id] of made) await client.unlink(m, [id]);
    expect(got).toEqual(EDGE_CELLS.map((e) => e[3]));
    expect(pre).toEqual(got);
  });

  it(`[${label}] load reads naive datetimes in the context tz and stores UTC`, async () => {
    const res = await loadBatches(client, "calendar.event", ["id", "name", "start", "stop"], [{ key: "e", cells: [`${mod}.ev`, `CT event ${tag}`, "2024-06-04 09:00:00", "2024-06-04 10:00:00"] }], { context: { tz: "Australia/Sydney" } });
    const [ev] = await client.read("calendar.event", [res.landed[0]!.id], ["start", "stop"]);
    expect(ev).toMatchObject({ start: "2024-06-03 23:00:00", stop: "2024-06-04 00:00:00" });
    if (cleanup) await client.unlink("calendar.event", [res.landed[0]!.id]);
  });
}

describe("writer contract: simulator", () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(async () => {
    await sim.close();
  });
  contract("simulator", () => sim, false);
});

const env = process.env;
const real = env.ODOO_URL && env.ODOO_DB && env.ODOO_USER && env.ODOO_PASSWORD;
if (!real) console.log("writer contract [real Odoo]: skipped - set ODOO_URL, ODOO_DB, ODOO_USER, ODOO_PASSWORD to run it against a real Odoo");
describe.skipIf(!real)("writer contract: real Odoo", () => {
  contract(`real ${env.ODOO_URL ?? ""}`, () => ({ url: String(env.ODOO_URL), db: String(env.ODOO_DB), user: String(env.ODOO_USER), apiKey: String(env.ODOO_PASSWORD) }), true);
});
