/** The contract comparison must catch real differences: replay tampered recordings and expect the diffs. */
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { startSimulator, DEFAULT_FIELDS_DIR } from "../../bridge/src/odoo/simulator/index.ts";
import { Replayer, loadFieldDefs, loadTranscripts } from "./replay.ts";

const HERE = dirname(fileURLToPath(import.meta.url));

describe("contract replay comparison", () => {
  it("flags changed values, wrong id links, a result where None was recorded, and changed messages", async () => {
    const t = loadTranscripts(join(HERE, "fixtures/odoo18-transcripts.json"));
    type R = { result: unknown };
    ((t[40]!.response as R).result as { messages: { message: string }[] }).messages[0]!.message = "tampered";
    ((t[21]!.response as R).result as Record<string, unknown>[])[1]!.parent_id = [8, "Acme Plumbing Pty Ltd"];
    ((t[71]!.response as R).result as Record<string, unknown>[])[0]!.probability = 41.0;
    (t[30]!.response as R).result = null;
    ((t[16]!.response as R).result as Record<string, unknown>[])[0]!.name = "Contact Z";
    const sim = await startSimulator({ db: "plexus" });
    try {
      const r = new Replayer({ url: sim.url, db: sim.db, user: "admin", password: "admin" }, loadFieldDefs(DEFAULT_FIELDS_DIR), "");
      const failed: number[] = [];
      for (let i = 0; i < t.length; i++) if (!(await r.run(t[i]!, i)).ok) failed.push(i);
      expect(failed).toEqual([16, 21, 30, 40, 71]);
    } finally {
      await sim.close();
    }
  });
});
