/**
 * `ferry delta` decides "edited in Odoo after we wrote it" with editedAfterOurWrite: on a real
 * Odoo 18 the delta's own write of a Plexus customer's company partner rewrites its contacts
 * (address/commercial fields synced to children), so their write_date moves into the delta run
 * before the delta reaches them — that is not a person's edit. An edit made before the delta
 * started, or by another user during it, still is (the full flow with a real edit: delta.test.ts).
 */
import { describe, expect, it } from "vitest";
import { editedAfterOurWrite } from "../../bridge/src/run/delta.ts";

const at = (iso: string) => Date.parse(iso);
const odoo = (iso: string) => iso.replace("T", " ").replace(/\.\d+Z$|Z$/, "");
// our full run ended 10:00:00; the delta started 10:05:30.400 as uid 2
const last = { until: at("2026-11-23T10:00:00Z") };
const ctx = { tolerance: 5000, deltaStartedAt: at("2026-11-23T10:05:30.400Z"), uid: 2 };

describe("editedAfterOurWrite", () => {
  it("a write_date within our run (plus tolerance) is ours", () => {
    expect(editedAfterOurWrite({ write_date: odoo("2026-11-23T10:00:04Z"), write_uid: [7, "Dana"] }, last, ctx)).toBe(false);
  });
  it("Odoo propagating the delta's own writes (our uid, in a second after the delta started) is not an edit", () => {
    expect(editedAfterOurWrite({ write_date: odoo("2026-11-23T10:05:31Z"), write_uid: [2, "Administrator"] }, last, ctx)).toBe(false);
    expect(editedAfterOurWrite({ write_date: odoo("2026-11-23T10:06:10Z"), write_uid: 2 }, last, ctx)).toBe(false);
  });
  it("a person's edit before the delta started is an edit, even by the same login (the start's own second included)", () => {
    expect(editedAfterOurWrite({ write_date: odoo("2026-11-23T10:03:00Z"), write_uid: [2, "Administrator"] }, last, ctx)).toBe(true);
    expect(editedAfterOurWrite({ write_date: odoo("2026-11-23T10:05:30Z"), write_uid: [2, "Administrator"] }, last, ctx)).toBe(true);
  });
  it("another user's edit during the delta is an edit", () => {
    expect(editedAfterOurWrite({ write_date: odoo("2026-11-23T10:05:31Z"), write_uid: [7, "Dana"] }, last, ctx)).toBe(true);
  });
  it("without a known uid nothing written after our run is taken as ours", () => {
    expect(editedAfterOurWrite({ write_date: odoo("2026-11-23T10:05:31Z"), write_uid: [2, "Administrator"] }, last, { ...ctx, uid: 0 })).toBe(true);
  });
});
