import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator } from "../../bridge/src/odoo/simulator/index.ts";
import type { Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooAccessError, OdooAuthError, OdooClient, OdooMissingError, OdooValueError } from "../../bridge/src/odoo/client.ts";
import { loadBatches } from "../../bridge/src/odoo/writer.ts";

let sim: Simulator;
let client: OdooClient;
beforeAll(async () => {
  sim = await startSimulator({ major: 19, db: "o19" });
  client = await OdooClient.connect(sim);
});
afterAll(async () => {
  await client.close();
  await sim.close();
});

describe("Odoo 19: JSON-2 chosen automatically", () => {
  it("connects over JSON-2 with an API key", () => {
    expect(client.major).toBe(19);
    expect(client.protocol).toBe("json2");
    expect(client.uid).toBe(2);
    expect(client.version.server_version).toBe("19.0");
  });

  it("maps positional calls to JSON-2 keyword bodies", async () => {
    const before = sim.stats.requests;
    const id = await client.create("res.partner", { name: "J2 Single" });
    expect(typeof id).toBe("number"); // JSON-2 answers [id]; the client unwraps for a dict
    const ids = await client.create("res.partner", [{ name: "J2 A" }, { name: "J2 B", is_company: true }]);
    expect(ids).toHaveLength(2);
    expect(await client.read("res.partner", ids, ["name", "is_company"])).toEqual([
      { id: ids[0], name: "J2 A", is_company: false },
      { id: ids[1], name: "J2 B", is_company: true },
    ]);
    expect(await client.write("res.partner", [id], { phone: "+1 555 0100" })).toBe(true);
    expect(await client.searchRead("res.partner", [["name", "like", "J2"]], { fields: ["name"], order: "id" })).toHaveLength(3);
    expect(await client.executeKw("res.partner", "action_archive", [[id]])).toBeNull();
    expect(await client.unlink("res.partner", [ids[1] as number])).toBe(true);
    expect(await client.read("res.partner", [999999], ["name"])).toEqual([]);
    expect(sim.stats.requests - before).toBe(8); // one HTTP request per call, no retries
    const f = await client.fieldsGet("res.partner");
    expect(f.mobile).toBeUndefined(); // 19 dropped res.partner.mobile: the bundled 19 recording says so
  });

  it("types JSON-2 errors from the HTTP error body", async () => {
    await expect(client.write("res.partner", [999999], { name: "x" })).rejects.toBeInstanceOf(OdooMissingError);
    await expect(client.executeKw("res.partner", "_compute_display_name", [[1]])).rejects.toBeInstanceOf(OdooAccessError);
    await expect(client.searchRead("no.such.model", [])).rejects.toThrow("the model 'no.such.model' does not exist");
    await expect(client.create("res.partner", { name: "X", type: "no_such_type" })).rejects.toBeInstanceOf(OdooValueError);
    const err = await client.create("crm.stage", { sequence: 3 }).catch((e: unknown) => e);
    expect((err as Error).message).toContain("Missing required value for the field 'Stage Name' (name)");
  });

  it("loads over JSON-2 with the writer", async () => {
    const res = await loadBatches(client, "res.partner", ["id", "name", "is_company"], [
      { key: "a", cells: ["__import__.o19_j1", "J2 Load Co", "1"] },
      { key: "b", cells: ["__import__.o19_j2", "J2 Bad", "maybe"] },
      { key: "c", cells: ["__import__.o19_j3", "", "0"] },
    ]);
    expect(res.landed.map((l) => l.key)).toEqual(["a"]);
    expect(res.failed).toEqual([
      expect.objectContaining({ key: "b", field: "is_company", message: "Unknown value 'maybe' for boolean field 'Is a Company'" }),
      expect.objectContaining({ key: "c", message: "Contacts require a name" }),
    ]);
  });

  it("refuses a wrong API key, and falls back to /jsonrpc for a password", async () => {
    await expect(OdooClient.connect({ url: sim.url, db: sim.db, user: "admin", apiKey: "f".repeat(40) })).rejects.toBeInstanceOf(OdooAuthError);
    const pw = await OdooClient.connect({ url: sim.url, db: sim.db, user: "admin", apiKey: "admin" });
    expect(pw.protocol).toBe("jsonrpc");
    expect(await pw.searchCount("res.partner", [["id", "=", 3]])).toBe(1);
  });
});

describe("Odoo 19 simulator: recorded JSON-2 HTTP errors", () => {
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${sim.url}${path}`, { method: "POST", body, headers: { "Content-Type": "application/json", Authorization: `bearer ${sim.apiKey}`, "X-Odoo-Database": sim.db, ...headers } });
  it.each([
    ["bad key", "/json/2/res.partner/search_read", "{}", { Authorization: "bearer nope" }, 401, "Invalid apikey"],
    ["no header", "/json/2/res.partner/search_read", "{}", { Authorization: "" }, 401, "User not authenticated, use an API Key with a Bearer Authorization header."],
    ["unknown model", "/json/2/no.such.model/search_read", "{}", {}, 404, "the model 'no.such.model' does not exist"],
    ["unknown method", "/json/2/res.partner/no_such_method", "{}", {}, 404, "The method 'res.partner.no_such_method' does not exist"],
    ["ids on a model method", "/json/2/res.partner/load", '{"ids":[1],"fields":["name"],"data":[["x"]]}', {}, 422, "cannot call res.partner.load with ids"],
    ["positional body", "/json/2/res.partner/create", '[{"name":"x"}]', {}, 422, "missing a required argument: 'vals_list'"],
  ] as const)("%s", async (_n, path, body, headers, status, message) => {
    const res = await post(path, body, headers);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { message: string }).message).toBe(message);
  });

  it("answers null for a method returning None and 404 HTML for a wrong database", async () => {
    const id = (await (await post("/json/2/res.partner/create", '{"vals_list":{"name":"N"}}')).json()) as number[];
    const res = await post("/json/2/res.partner/action_archive", JSON.stringify({ ids: id }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("null");
    const wrong = await post("/json/2/res.partner/search_read", "{}", { "X-Odoo-Database": "nope" });
    expect(wrong.status).toBe(404);
    expect(wrong.headers.get("content-type")).toContain("text/html");
  });
});
