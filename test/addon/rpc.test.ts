/**
 * The addon's bridge API over real JSON-RPC, as `ferry serve` uses it. Needs a real Odoo with the
 * `ferry` addon installed: ODOO_URL, ODOO_DB, ODOO_LOGIN, ODOO_PASSWORD (e.g. the addon test
 * server on http://127.0.0.1:8072, db ferry_addon). Skips, saying why, otherwise.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const url = process.env.ODOO_URL;
const db = process.env.ODOO_DB ?? "plexus";
const login = process.env.ODOO_LOGIN ?? "admin";
const password = process.env.ODOO_PASSWORD ?? "admin";

interface RpcError { data?: { name?: string; message?: string } }
class OdooError extends Error {
  constructor(errorClass: string, message: string) {
    super(`${errorClass}: ${message}`);
    this.name = "OdooError";
  }
}

async function rpc<T>(service: string, method: string, args: unknown[]): Promise<T> {
  const res = await fetch(`${url}/jsonrpc`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", method: "call", id: 1, params: { service, method, args } }),
  });
  const body = (await res.json()) as { result?: T; error?: RpcError };
  if (body.error) throw new OdooError(body.error.data?.name ?? "OdooError", body.error.data?.message ?? "");
  return body.result as T;
}

let uid = 0;
const x = <T>(model: string, method: string, args: unknown[], kw: Record<string, unknown> = {}) =>
  rpc<T>("object", "execute_kw", [db, uid, password, model, method, args, kw]);

let skipReason = url ? "" : "ODOO_URL is not set";
beforeAll(async () => {
  if (skipReason) return;
  try {
    uid = await rpc<number>("common", "login", [db, login, password]);
    if (!uid) skipReason = `login ${login} refused on ${db}`;
    else if ((await x<number>("ir.model", "search_count", [[["model", "=", "ferry.run"]]])) === 0) {
      skipReason = `the ferry addon is not installed in database ${db}`;
    }
  } catch (err) {
    skipReason = `Odoo at ${url} unreachable: ${(err as Error).message}`;
  }
  if (skipReason) console.log(`test/addon/rpc: skipped, ${skipReason}`);
});

describe("ferry addon RPC (real Odoo)", () => {
  const tag = `rpc-${Date.now()}`;
  let projectId = 0;

  beforeAll(async () => {
    if (skipReason) return;
    projectId = await x<number>("ferry.project", "create", [{ name: tag, source_system: "planplus" }]);
  });
  afterAll(async () => {
    if (!skipReason && projectId) await x("ferry.project", "write", [[projectId], { active: false }]);
  });

  it("two sidecars claiming at once never get the same run", async (ctx) => {
    if (skipReason) return ctx.skip();
    const runs = await x<number[]>("ferry.run", "create", [[{ name: `${tag} a`, project_id: projectId }, { name: `${tag} b`, project_id: projectId }]]);
    const claims = await Promise.all(
      ["sidecar-a", "sidecar-b", "sidecar-c"].map((w) => x<{ id: number } | false>("ferry.run", "claim_next", [w, 60], { project_ids: [projectId] })),
    );
    const ids = claims.filter((c): c is { id: number } => c !== false).map((c) => c.id);
    expect(ids.sort()).toEqual([...runs].sort());
    for (const id of runs) await x("ferry.run", "mark_failed", [id, "test cleanup"]);
  });

  it("a claimed run reports progress, ledger, rejects and reports, then rolls back server-side", async (ctx) => {
    if (skipReason) return ctx.skip();
    const runId = await x<number>("ferry.run", "create", [{ name: `${tag} full`, project_id: projectId }]);
    const claim = await x<{ id: number; project: { rollback_window_hours: number } }>("ferry.run", "claim_next", ["sidecar-1", 60], { project_ids: [projectId] });
    expect(claim.id).toBe(runId);
    expect(claim.project.rollback_window_hours).toBe(72);
    expect(await x<{ ok: boolean }>("ferry.run", "heartbeat", [runId, "sidecar-2"])).toMatchObject({ ok: false });
    expect(await x<{ ok: boolean }>("ferry.run", "heartbeat", [runId, "sidecar-1"])).toMatchObject({ ok: true, state: "claimed" });

    const partnerId = await x<number>("res.partner", "create", [{ name: `${tag} partner` }]);
    await x("ferry.run", "report_progress", [runId, "companies", { source: 2, landed: 1, rejected: 1 }], { worker_id: "sidecar-1" });
    const n = await x<number>("ferry.run", "append_ledger", [runId, [
      { phase: "companies", source: "planplus", object: "companies", source_id: "C1", source_row: 2, model: "res.partner", res_id: partnerId, xmlid: `ferry_planplus.${tag.replace(/-/g, "_")}`, operation: "create", outcome: "loaded", flags: [], time: new Date().toISOString() },
      { phase: "companies", source_system: "planplus", source_object: "companies", source_id: "C2", source_row: 3, outcome: "rejected", code: "missing_required" },
    ]], { worker_id: "sidecar-1" });
    expect(n).toBe(2);
    await x("ferry.run", "append_rejects", [runId, [{ source_object: "companies", source_row: 3, field: "Company Name", code: "missing_required", reason: "empty" }]], { worker_id: "sidecar-1" });
    const attId = await x<number>("ferry.run", "attach_report", [runId, "report.html", Buffer.from("<p>ok</p>").toString("base64")], { worker_id: "sidecar-1" });
    expect(attId).toBeGreaterThan(0);
    await x("ferry.run", "mark_done", [runId], { summary: { objects: [] }, worker_id: "sidecar-1" });

    const [progress] = await x<{ state: string; phases: { name: string; landed: number; rejected: number }[] }[]>("ferry.run", "get_progress", [[runId]]);
    expect(progress).toMatchObject({ state: "done", phases: [{ name: "companies", landed: 1, rejected: 1 }] });

    // The ledger is append-only, whatever the context says.
    const ledgerIds = await x<number[]>("ferry.ledger", "search", [[["run_id", "=", runId]]]);
    await expect(x("ferry.ledger", "write", [ledgerIds, { res_id: 1 }], { context: { ferry_ledger_rollback: true } })).rejects.toThrow(/append-only/);
    await expect(x("ferry.ledger", "unlink", [ledgerIds])).rejects.toThrow(/append-only/);

    const rollbackId = await x<number>("ferry.run", "rollback", [[runId]], { force: false });
    expect(await x<number>("res.partner", "search_count", [[["id", "=", partnerId]]])).toBe(0);
    const [rb] = await x<{ state: string; run_type: string }[]>("ferry.run", "read", [[rollbackId], ["state", "run_type"]]);
    expect(rb).toMatchObject({ state: "done", run_type: "rollback" });
    await expect(x("ferry.run", "rollback", [[runId]])).rejects.toThrow(/already rolled back/);
  });
});
