import { describe, expect, it } from "vitest";
import { MappingSession } from "../../bridge/src/core/mapping/session.ts";
import { ctxFor, pp } from "./helpers.ts";

describe("§1.8 review flags in Odoo", () => {
  it("a flagged row gets the `Migration: review` tag next to its own tags and one internal note; unflagged rows get neither", () => {
    const s = new MappingSession(ctxFor("planplus", { reviewTagging: true }));
    const a = pp("contacts", 1, { "Contact ID": "1", "First Name": "A", "E-mail Address": "not-an-email", Categories: "VIP", "Created Date": "1/1/2020 8:00 AM" });
    const b = pp("contacts", 2, { "Contact ID": "2", "First Name": "B", "Created Date": "1/1/2020 8:00 AM" });
    for (const r of [a, b]) s.register("contacts", r);
    s.prepare("contacts");
    const ra = s.map("contacts", a);
    const main = ra.outputs.find((o) => o.xmlid === "ferry_planplus.planplus_contact_1")!;
    expect(main.values["category_id/id"]).toBe("ferry_planplus.planplus_tag_vip,ferry_planplus.tag_review_res_partner");
    expect(ra.outputs.find((o) => o.xmlid === "ferry_planplus.tag_review_res_partner")).toEqual({ model: "res.partner.category", xmlid: "ferry_planplus.tag_review_res_partner", role: "ensure", matchBy: ["name"], values: { name: "Migration: review" } });
    expect(ra.outputs.at(-1)).toEqual({
      model: "mail.message",
      xmlid: "ferry_planplus.planplus_contact_1_review",
      values: { model: "res.partner", message_type: "comment", "subtype_id/id": "mail.mt_note", body: "<p>Migration review: email_invalid</p>" },
      refs: [{ column: "res_id", xmlid: "ferry_planplus.planplus_contact_1" }],
    });
    const rb = s.map("contacts", b);
    expect(rb.outputs.map((o) => o.model)).toEqual(["res.partner"]);
    expect(rb.outputs[0]!.values["category_id/id"]).toBe("");
  });
});
