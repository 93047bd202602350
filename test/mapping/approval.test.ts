import { describe, expect, it } from "vitest";
import { approve, checkApproved, contentHash, unapprove } from "../../bridge/src/core/mapping/approval.ts";
import { exportMappingJson, importMappingJson, renderMappingCsv, renderMappingMarkdown, validateNames } from "../../bridge/src/core/mapping/document.ts";
import { defaultMapping } from "../../bridge/src/mappings/index.ts";
import { profile } from "./helpers.ts";

describe("approval gate", () => {
  it("a draft mapping is refused", () => {
    const r = checkApproved(defaultMapping("planplus"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/draft/);
  });

  it("an approved mapping passes and records who, when and the content hash", () => {
    const doc = approve(defaultMapping("planplus"), "Dana Whitfield", new Date("2026-11-23T17:00:00Z"));
    expect(doc).toMatchObject({ status: "approved", approvedBy: "Dana Whitfield", approvedAt: "2026-11-23T17:00:00.000Z" });
    expect(doc.contentHash).toBe(contentHash(defaultMapping("planplus")));
    expect(checkApproved(doc)).toEqual({ ok: true });
  });

  it("an edit after approval is refused with what changed", () => {
    const doc = approve(defaultMapping("planplus"), "Dana");
    const edited = structuredClone(doc);
    edited.valueMaps["quadrant"]!.rows[0]!.values["value"] = "urgent";
    const contacts = edited.objects.find((o) => o.object === "contacts")!;
    contacts.fields = contacts.fields.filter((f) => f.to !== "website");
    const r = checkApproved(edited);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toMatch(/changed since Dana approved/);
      expect(r.changes.sort()).toEqual(['object mapping "contacts" changed', 'value map "quadrant" changed']);
    }
    // re-approval clears it; approval metadata itself is not content
    expect(checkApproved(approve(unapprove(edited), "Dana"))).toEqual({ ok: true });
  });

  it("JSON export/import round-trips and keeps the approval valid; unknown names are refused", () => {
    const doc = approve(defaultMapping("planplus"), "Dana");
    const back = importMappingJson(exportMappingJson(doc));
    expect(checkApproved(back)).toEqual({ ok: true });
    const bad = JSON.parse(exportMappingJson(doc)) as { objects: { fields: { kind: string; transform?: string }[] }[] };
    bad.objects[1]!.fields.push({ kind: "transform", transform: "no_such_transform", from: "X", to: "name" } as never);
    expect(() => importMappingJson(JSON.stringify(bad))).toThrow(/unknown transform no_such_transform/);
    expect(validateNames(defaultMapping("planplus"))).toEqual([]);
    expect(validateNames(defaultMapping("plexus"))).toEqual([]);
  });

  it("renders a sign-off document (Markdown + formula-safe CSV)", () => {
    const md = renderMappingMarkdown(defaultMapping("planplus"), profile(18));
    expect(md).toContain("| E-mail Address | res.partner | email | transform email |");
    expect(md).toContain("### quadrant");
    const csv = renderMappingCsv(defaultMapping("planplus"));
    expect(csv.startsWith("\uFEFF\"Order\",\"Object\"")).toBe(true);
    expect(csv).toContain('"3","contacts","contacts.csv","E-mail Address","res.partner","email","transform email"');
  });
});
