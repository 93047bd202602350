/** A relational field reaches load() through one column only (Odoo refuses name + external id together). */
import { describe, expect, it } from "vitest";
import { oneColumnPerField } from "../../bridge/src/core/mapping/engine.ts";

describe("oneColumnPerField", () => {
  it("keeps the most specific non-empty column of a relational field", () => {
    expect(oneColumnPerField({ name: "A", country_id: "US", "country_id/id": "base.us" })).toEqual({ name: "A", "country_id/id": "base.us" });
    expect(oneColumnPerField({ country_id: "US", "country_id/id": "" })).toEqual({ country_id: "US" });
    expect(oneColumnPerField({ "state_id/.id": "52", "state_id/id": "base.state_us_tx", state_id: "" })).toEqual({ "state_id/.id": "52" });
    expect(oneColumnPerField({ "tag_ids/id": "", tag_ids: "" })).toEqual({ "tag_ids/id": "" });
    const untouched = { name: "B", "parent_id/id": "x.y" };
    expect(oneColumnPerField(untouched)).toBe(untouched);
  });
});
