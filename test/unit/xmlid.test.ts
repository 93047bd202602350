import { describe, expect, it } from "vitest";
import { sanitizeSourceId, xmlid, xmlidName } from "../../bridge/src/core/xmlid.ts";
import { canonicalJson, sourceHash } from "../../bridge/src/core/hash.ts";

describe("external ids (mapping.md §1.2)", () => {
  it("follows the spec examples", () => {
    expect(xmlidName("plexus", "customer", "cus_0k3x9qa")).toBe("plexus_customer_cus_0k3x9qa");
    expect(xmlidName("planplus", "deal", "DL-000123")).toBe("planplus_deal_DL_000123");
    expect(xmlid("planplus", "contact", "100245")).toBe("ferry_planplus.planplus_contact_100245");
    expect(xmlid("plexus", "customer", "cus_1", "primary")).toBe("ferry_plexus.plexus_customer_cus_1_primary");
  });
  it("keeps ids with other characters distinct with a SHA-1 suffix", () => {
    const a = sanitizeSourceId("a b");
    const b = sanitizeSourceId("a/b");
    expect(a).toMatch(/^a_b_[0-9a-f]{8}$/);
    expect(b).toMatch(/^a_b_[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
    // only '-' replaced: no suffix
    expect(sanitizeSourceId("MS-00012")).toBe("MS_00012");
  });
  it("never uses the addon's own module name", () => {
    expect(xmlid("plexus", "x", "1").startsWith("ferry.")).toBe(false);
  });
});

describe("content hash", () => {
  it("is independent of key order and sensitive to every field", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: null } })).toBe('{"a":{"c":null,"d":[1,2]},"b":1}');
    expect(sourceHash({ a: 1, b: 2 })).toBe(sourceHash({ b: 2, a: 1 }));
    expect(sourceHash({ a: 1, updated_at: "x" })).not.toBe(sourceHash({ a: 1, updated_at: "y" }));
    expect(sourceHash(["a", "b"])).not.toBe(sourceHash(["ab"]));
  });
});
