/**
 * Addon ACLs for a non-manager user (issue 10 security checks): a plain internal user (group
 * base.group_user only), created over RPC, tries to read and create the ferry addon's records
 * (ferry.project, ferry.run, ferry.ledger); each attempt must fail with an AccessError. The user and
 * its partner are removed afterwards.
 */
import { randomBytes } from "node:crypto";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { OdooAccessError } from "../../bridge/src/odoo/errors.ts";

export interface AclResult {
  status: "pass" | "fail" | "skip";
  summary: string;
  details: string[];
  denied: number;
  attempts: number;
}

export const ACL_MODELS = ["ferry.project", "ferry.run", "ferry.ledger"];

/** `admin`: a client of the manager (admin) user; `conn`: where to log in as the plain user. */
export async function checkAddonAcls(admin: OdooClient, conn: { url: string; db: string }, addSecret: (s: string) => void): Promise<AclResult> {
  const installed = await admin.searchCount("ir.module.module", [["name", "=", "ferry"], ["state", "=", "installed"]]);
  if (!installed) return { status: "skip", summary: "skipped: the ferry addon is not installed in this database (install it to check its ACLs)", details: [], denied: 0, attempts: 0 };
  const login = `ferry_acc_plain_${randomBytes(4).toString("hex")}`;
  const password = `pw_${randomBytes(12).toString("hex")}`;
  addSecret(password);
  const group = (await admin.resolveXmlids(["base.group_user"])).get("base.group_user");
  if (!group) return { status: "fail", summary: "base.group_user not found", details: [], denied: 0, attempts: 0 };
  const uid = await admin.create("res.users", { name: "Ferry acceptance plain user", login, password, groups_id: [[6, 0, [group.id]]] });
  const details: string[] = [];
  let denied = 0;
  let attempts = 0;
  try {
    const [u] = await admin.read<{ groups_id: number[] }>("res.users", [uid], ["groups_id"]);
    const manager = (await admin.resolveXmlids(["ferry.group_ferry_manager"])).get("ferry.group_ferry_manager");
    if (manager && u?.groups_id.includes(manager.id)) details.push("the plain user is in Migration Manager (implied group?)");
    const plain = await OdooClient.connect({ url: conn.url, db: conn.db, user: login, apiKey: password });
    try {
      const tries: [string, string, () => Promise<unknown>][] = [];
      for (const m of ACL_MODELS) {
        tries.push([m, "read", () => plain.searchRead(m, [], { fields: ["id"], limit: 1 })]);
        tries.push([m, "create", () => plain.executeKw(m, "create", [{}])]);
      }
      for (const [m, op, fn] of tries) {
        attempts++;
        try {
          await fn();
          details.push(`${m} ${op}: allowed for a plain internal user`);
        } catch (e) {
          if (e instanceof OdooAccessError || /AccessError|access/i.test((e as Error).name ?? "")) denied++;
          else details.push(`${m} ${op}: ${(e as Error).name}: ${(e as Error).message.split("\n")[0]} (not an AccessError)`);
        }
      }
    } finally {
      await plain.close();
    }
  } finally {
    const [u] = await admin.read<{ partner_id: [number, string] }>("res.users", [uid], ["partner_id"], { active_test: false });
    try {
      await admin.unlink("res.users", [uid]);
      if (u) await admin.unlink("res.partner", [u.partner_id[0]]);
    } catch (e) {
      details.push(`cleanup: ${(e as Error).message.split("\n")[0]}`);
      await admin.write("res.users", [uid], { active: false }).catch(() => undefined);
    }
  }
  const ok = denied === attempts && details.length === 0;
  return { status: ok ? "pass" : "fail", summary: `plain internal user (base.group_user) on ${ACL_MODELS.join(", ")}: ${denied}/${attempts} read/create attempts denied with AccessError`, details, denied, attempts };
}
