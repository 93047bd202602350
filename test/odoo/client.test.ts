import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "node:net";
import { startSimulator } from "../../bridge/src/odoo/simulator/index.ts";
import type { Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import {
  OdooAccessError,
  OdooAuthError,
  OdooClient,
  OdooError,
  OdooMissingError,
  OdooUnreachableError,
  OdooUserError,
  OdooValueError,
} from "../../bridge/src/odoo/client.ts";

const SECRET = "S3cr3t-Pass-XYZ";
let sim: Simulator;
let client: OdooClient;

beforeAll(async () => {
  sim = await startSimulator({ password: SECRET });
  client = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: SECRET }, { retry: { delaysMs: [1] } });
});
afterAll(async () => {
  await client.close();
  await sim.close();
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      const port = typeof a === "object" && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

describe("OdooClient.connect", () => {
  it("reads the version and authenticates", () => {
    expect(client.uid).toBe(2);
    expect(client.major).toBe(18);
    expect(client.version.server_version).toBe("18.0-20250506");
    expect(client.protocol).toBe("jsonrpc");
  });

  it("refuses bad credentials with OdooAuthError and never echoes the secret", async () => {
    const err = await OdooClient.connect({ url: sim.url, db: sim.db, user: "admin", apiKey: "Wr0ng-Secret-123" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OdooAuthError);
    expect(err).toBeInstanceOf(OdooError);
    expect(String((err as Error).message)).not.toContain("Wr0ng-Secret-123");
    expect(JSON.stringify(err)).not.toContain("Wr0ng-Secret-123");
  });

  it("reports an unknown database as an auth error", async () => {
    const err = await OdooClient.connect({ url: sim.url, db: "no_such_db", user: "admin", apiKey: SECRET }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OdooAuthError);
    expect((err as Error).message).toContain("no_such_db");
  });

  it("reports an unreachable server as OdooUnreachableError", async () => {
    const port = await freePort();
    const err = await OdooClient.connect({ url: `http://127.0.0.1:${port}`, db: "x", user: "u", apiKey: SECRET }, { retry: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OdooUnreachableError);
    expect((err as OdooError).retryable).toBe(true);
  });

  it("does not serialise the key", () => {
    expect(JSON.stringify(client)).not.toContain(SECRET);
  });
});

describe("executeKw errors", () => {
  it("types server errors from error.data.name", async () => {
    const unknownModel = await client.executeKw("x_no_such.model", "search_read", [[]]).catch((e: unknown) => e);
    expect(unknownModel).toBeInstanceOf(OdooUserError);
    expect((unknownModel as OdooError).name).toBe("odoo.exceptions.UserError");
    expect((unknownModel as Error).message).toBe("Object x_no_such.model doesn't exist");
    const unknownMethod = await client.executeKw("res.partner", "no_such_method", [[]]).catch((e: unknown) => e);
    expect(unknownMethod).toBeInstanceOf(OdooValueError);
    expect((unknownMethod as OdooError).odooName).toBe("builtins.AttributeError");
    const priv = await client.executeKw("res.partner", "_create", [[{ name: "x" }]]).catch((e: unknown) => e);
    expect(priv).toBeInstanceOf(OdooAccessError);
    const missing = await client.write("res.partner", [99999999], { name: "ghost" }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(OdooMissingError);
    expect((missing as Error).message).toContain("res.partner(99999999,)");
  });

  it("treats a response without result (Python None) as success", async () => {
    const id = await client.create("res.partner", { name: "Archive me" });
    await expect(client.executeKw("res.partner", "action_archive", [[id]])).resolves.toBeNull();
    expect(await client.searchCount("res.partner", [["id", "=", id]])).toBe(0);
    expect(await client.searchCount("res.partner", [["id", "=", id]], { active_test: false })).toBe(1);
  });
});

describe("CRUD helpers", () => {
  it("create/read/search_read/write/unlink like Odoo 18", async () => {
    const company = await client.create("res.partner", { name: "Acme Plumbing", is_company: true });
    expect(typeof company).toBe("number");
    const ids = await client.create("res.partner", [{ name: "Contact A", parent_id: company }]);
    expect(ids).toHaveLength(1);
    const rows = await client.searchRead("res.partner", [["parent_id", "=", company]], { fields: ["name", "parent_id", "email", "category_id"] });
    expect(rows).toEqual([{ id: ids[0], name: "Contact A", parent_id: [company, "Acme Plumbing"], email: false, category_id: [] }]);
    expect(await client.read("res.partner", [99999999], ["name"])).toEqual([]);
    expect(await client.write("res.partner", ids, { function: "Owner" })).toBe(true);
    expect(await client.unlink("res.partner", ids)).toBe(true);
    expect(await client.search("res.partner", [["parent_id", "=", company]])).toEqual([]);
  });

  it("caches fields_get per client", async () => {
    const before = sim.stats.calls["crm.lead.fields_get"] ?? 0;
    const f1 = await client.fieldsGet("crm.lead");
    const f2 = await client.fieldsGet("crm.lead");
    expect(f1).toBe(f2);
    expect(f1.stage_id).toMatchObject({ type: "many2one", relation: "crm.stage" });
    expect(sim.stats.calls["crm.lead.fields_get"]).toBe(before + 1);
  });
});

describe("load and external ids", () => {
  it("loads, reports bad rows all-or-nothing, and resolves xmlids", async () => {
    const ok = await client.load("res.partner", ["id", "name", "is_company"], [["ferry_t.c1", "C1", "1"], ["ferry_t.c2", "C2", "0"]]);
    expect(ok.ids).toHaveLength(2);
    const bad = await client.load("res.partner", ["id", "name", "parent_id/id"], [["ferry_t.k1", "K1", "ferry_t.c1"], ["ferry_t.k2", "K2", "ferry_t.nope"]]);
    expect(bad.ids).toBe(false);
    expect(bad.messages[0]).toMatchObject({ type: "error", record: 1, field: "parent_id", message: "No matching record found for external id 'ferry_t.nope' in field 'Related Company'" });
    const map = await client.resolveXmlids(["ferry_t.c1", "ferry_t.c2", "ferry_t.k1", "other.none"]);
    expect([...map.keys()].sort()).toEqual(["ferry_t.c1", "ferry_t.c2"]);
    expect(map.get("ferry_t.c1")).toEqual({ model: "res.partner", id: (ok.ids as number[])[0] });
    await client.executeKw("res.partner", "action_archive", [[(ok.ids as number[])[1]]]);
    const rows = await client.readByXmlids("res.partner", ["ferry_t.c1", "ferry_t.c2", "ferry_t.k1"], ["name", "active"]);
    expect(Object.fromEntries(rows)).toEqual({
      "ferry_t.c1": { id: (ok.ids as number[])[0], name: "C1", active: true },
      "ferry_t.c2": { id: (ok.ids as number[])[1], name: "C2", active: false },
    });
    expect((await client.readByXmlids("crm.lead", ["ferry_t.c1"], ["name"])).size).toBe(0);
  });

  it("parses naive datetimes in the context tz on load only", async () => {
    const r = await client.load("calendar.event", ["id", "name", "start", "stop"], [["ferry_t.ev", "Sydney", "2024-06-04 09:00:00", "2024-06-04 10:00:00"]], { tz: "Australia/Sydney" });
    const [ev] = await client.read("calendar.event", r.ids as number[], ["start", "stop"]);
    expect(ev).toMatchObject({ start: "2024-06-03 23:00:00", stop: "2024-06-04 00:00:00" });
  });

  it("raises ValueError for an unknown column", async () => {
    await expect(client.load("res.partner", ["id", "name", "x_nope"], [["ferry_t.u", "U", "v"]])).rejects.toThrow("Invalid field name 'x_nope'");
  });
});

describe("retries", () => {
  it("retries transient faults and not permanent errors", async () => {
    sim.setFaults({ rate: 0.5, kinds: ["serialization", "http503", "http502"], seed: 7, methods: ["search_count"] });
    try {
      const retried: string[] = [];
      const c = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: SECRET }, { retry: { delaysMs: [1], retries: 8 }, onRetry: (i) => retried.push(i.error.code) });
      for (let i = 0; i < 10; i++) expect(await c.searchCount("res.partner", [["id", "=", 1]])).toBe(1);
      expect(retried.length).toBeGreaterThan(0);
      const before = retried.length;
      await expect(c.executeKw("res.partner", "no_such_method", [[]])).rejects.toBeInstanceOf(OdooValueError);
      expect(retried.length).toBe(before);
    } finally {
      sim.setFaults(undefined);
    }
  });

  it("does not resend create after an ambiguous failure", async () => {
    sim.setFaults({ rate: 1, kinds: ["http502"], methods: ["create"] });
    try {
      const before = sim.stats.calls["res.partner.create"] ?? 0;
      await expect(client.create("res.partner", { name: "Once" })).rejects.toMatchObject({ httpStatus: 502 });
      expect(sim.stats.faults.http502).toBeGreaterThan(0);
      expect(sim.stats.calls["res.partner.create"] ?? 0).toBe(before);
    } finally {
      sim.setFaults(undefined);
    }
  });
});

describe("odd servers", () => {
  it("fails fast on a 200 answer that is not JSON-RPC", async () => {
    const { createServer } = await import("node:http");
    const srv = createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end('{"hello":"proxy"}');
    });
    await new Promise<void>((r) => srv.listen(0, "127.0.0.1", () => r()));
    const a = srv.address();
    const port = typeof a === "object" && a ? a.port : 0;
    try {
      const err = await OdooClient.connect({ url: `http://127.0.0.1:${port}`, db: "x", user: "u", apiKey: SECRET }, { retry: false, timeoutMs: 3000 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OdooError);
      expect((err as Error).message).toContain("not a JSON-RPC answer");
    } finally {
      srv.closeAllConnections();
      srv.close();
    }
  });
});
