/** Documents move with their record: attachment bytes land in ir.attachment, verified; bad files are rejected with the reason. */
import { createHash } from "node:crypto";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";
import { executeRun } from "../../bridge/src/run/session.ts";
import { resolveSettings } from "../../bridge/src/cli/settings.ts";

const SAMPLE = resolve(import.meta.dirname, "../../sample/plexus");
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
});
afterAll(async () => sim?.close());

describe("attachments", () => {
  it("land with their bytes on the right record; missing, corrupt and oversize files are rejected", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "ferry-att-")), "r");
    const settings = resolveSettings({ source: "plexus", input: SAMPLE, fallbackOwner: "admin", odoo: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey, out }, {});
    const r = await executeRun("run", settings, { approveProposed: true, acceptPhases: new Set(["*"]) });
    const att = r.reconciliation.objects.find((o) => o.object === "attachments")!;
    expect(att.rejected).toMatchObject({ file_missing: 1, checksum_mismatch: 1 });
    expect(att.loaded).toBeGreaterThanOrEqual(4);

    const lines = (await readFile(join(SAMPLE, "attachments.jsonl"), "utf8")).trim().split("\n").map((l) => JSON.parse(l) as { id: string; file_path: string; sha256: string; size_bytes: number; parent_type: string });
    const c = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey });
    const loaded = await c.readByXmlids<{ datas: string | false; res_model: string; res_id: number }>("ir.attachment", lines.map((l) => `ferry_plexus.plexus_attachment_${l.id}`), ["datas", "res_model", "res_id"]);
    let checked = 0;
    for (const l of lines) {
      const rec = loaded.get(`ferry_plexus.plexus_attachment_${l.id}`);
      if (!rec) continue;
      expect(Number(rec.res_id)).toBeGreaterThan(0);
      const bytes = Buffer.from(rec.datas || "", "base64");
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(l.sha256);
      checked += 1;
    }
    await c.close();
    expect(checked).toBe(att.loaded);
  });

  it("refuses files over the size limit with the reason", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "ferry-att-")), "p");
    const settings = resolveSettings({ source: "plexus", input: SAMPLE, fallbackOwner: "admin", out }, {});
    const r = await executeRun("plan", settings, { acceptPhases: new Set(["*"]), maxAttachmentBytes: 300 });
    const att = r.reconciliation.objects.find((o) => o.object === "attachments")!;
    expect(att.rejected.file_too_large).toBe(2); // 341 and 412 bytes
    expect(await readFile(join(out, "rejected_rows.csv"), "utf8")).toMatch(/"file_too_large","file","","files\/att_0006nrn\/Rechnung März 2024.pdf is 0.0 MB, over the 0 MB attachment limit"/);
  });
});
