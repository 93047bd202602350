import { describe, expect, it } from "vitest";
import { validateNames } from "../../bridge/src/core/mapping/document.ts";
import { preflight } from "../../bridge/src/core/mapping/preflight.ts";
import { MappingSession } from "../../bridge/src/core/mapping/session.ts";
import { proposeMappingDoc, renderProposalMarkdown, suggestColumn } from "../../bridge/src/core/suggest/index.ts";
import { defaultMapping } from "../../bridge/src/mappings/index.ts";
import { PP_HEADERS, ctxFor, ppRow, profile } from "./helpers.ts";

describe("map propose: reference mapping + suggester for columns it does not know", () => {
  const headers = PP_HEADERS["contacts"]!.split(",").map((h) => h.replace(/"/g, ""));
  const columns = [...headers.map((name) => ({ name, samples: [] as string[] })), { name: "Loyalty Points", samples: ["12", "40.5"] }, { name: "Anniversary", samples: ["3/7/2019"] }, { name: "Zip Code", samples: ["78701"] }];
  const { doc, lines } = proposeMappingDoc(defaultMapping("planplus"), { contacts: columns }, profile(18));

  it("adds typed custom fields and rules for extra columns, keeps the draft status, stays valid", () => {
    expect(doc.status).toBe("draft");
    const contacts = doc.objects.find((o) => o.object === "contacts")!;
    expect(contacts.customFields).toContainEqual({ model: "res.partner", name: "x_pp_loyalty_points", ttype: "float", label: "Loyalty Points", note: "proposed by the suggester" });
    expect(contacts.customFields).toContainEqual({ model: "res.partner", name: "x_pp_anniversary", ttype: "date", label: "Anniversary", note: "proposed by the suggester" });
    expect(contacts.fields.find((f) => f.to === "x_pp_loyalty_points")).toMatchObject({ kind: "transform", transform: "number", from: "Loyalty Points" });
    // zip is already written by the address rule: reported for review, not added twice
    expect(lines.find((l) => l.column === "Zip Code")!.status).toBe("unmapped");
    expect(lines.find((l) => l.column === "E-mail Address")).toMatchObject({ status: "reference", reference: "res.partner.email" });
    expect(validateNames(doc)).toEqual([]);
    expect(preflight(doc, profile(18)).errors).toEqual([]);
    expect(renderProposalMarkdown(lines)).toContain("| contacts | Loyalty Points | new res.partner.x_pp_loyalty_points (float) | 0.60 | added |");
  });

  it("the proposed rules map data once approved", () => {
    const session = new MappingSession(ctxFor("planplus", { doc }));
    const hdr = [...headers, "Loyalty Points", "Anniversary", "Zip Code"].map((h) => `"${h}"`).join(",");
    const r = ppRow("contacts", hdr, 1, { "Contact ID": "1", "First Name": "A", "Loyalty Points": "1,250", Anniversary: "3/7/2019", "Created Date": "1/1/2020 8:00 AM" });
    session.register("contacts", r);
    session.prepare("contacts");
    const v = session.map("contacts", r).outputs.find((o) => o.model === "res.partner")!.values;
    expect(v).toMatchObject({ x_pp_loyalty_points: "1250", x_pp_anniversary: "2019-03-07" });
  });

  it("many2one value maps by fuzzy match against existing Odoo records", () => {
    const lead = { model: "crm.lead", fields: profile(18).fields["crm.lead"]! };
    const s = suggestColumn({ name: "Stage", samples: ["Prospect", "qualified", "Negotiation"] }, [lead], { customPrefix: "x_pp_", existingValues: { "crm.lead.stage_id": [["1", "New"], ["2", "Qualified"], ["3", "Proposition"], ["4", "Won"]] } }, 2);
    expect(s.proposal).toEqual({ kind: "field", model: "crm.lead", field: "stage_id" });
    expect(s.valueMap).toEqual([
      { source: "Prospect", target: null, confidence: 0 },
      { source: "qualified", target: "2", confidence: 1 },
      { source: "Negotiation", target: null, confidence: 0 },
    ]);
  });
});

describe("map propose: nested columns a rule already reads", () => {
  it("does not propose new fields for the parts of an address the address rule writes", () => {
    const columns = [
      { name: "billing_address.line1", samples: ["12 Main St", "4 Oak Ave"] },
      { name: "billing_address.line2", samples: ["Suite 200"] },
      { name: "loyalty_tier", type: "enum", samples: ["gold", "silver"] },
    ];
    const { doc, lines } = proposeMappingDoc(defaultMapping("plexus"), { customers: columns }, profile(18));
    const customers = doc.objects.find((o) => o.object === "customers")!;
    expect(lines.find((l) => l.column === "billing_address.line2")).toMatchObject({ status: "covered" });
    expect(lines.find((l) => l.column === "billing_address.line2")!.suggestion.reason).toContain('"billing_address"');
    expect((customers.customFields ?? []).map((f) => f.name)).not.toContain("x_plexus_billing_address_line1");
    expect((customers.customFields ?? []).map((f) => f.name)).not.toContain("x_plexus_billing_address_line2");
    // a column no rule reads still gets its proposal
    expect(lines.find((l) => l.column === "loyalty_tier")!.status).toBe("added");
    // its few distinct values look like a list, but a selection would refuse any value the samples missed
    expect(customers.customFields).toContainEqual(expect.objectContaining({ name: "x_plexus_loyalty_tier", ttype: "char" }));
  });
});
