import { describe, expect, it } from "vitest";
import { MappingSession } from "../../bridge/src/core/mapping/session.ts";
import { ctxFor, pp, runObjects } from "./helpers.ts";

function rows() {
  return {
    users: [],
    companies: [
      pp("companies", 1, {
        "Company ID": "20031",
        "Company Name": "Brightwater Property Group",
        Industry: "Property Management",
        "Web Page": "www.brightwater.example",
        "Main Phone": "(512) 555-0100",
        Fax: "512-555-0101",
        Street: "400 Congress Ave\nSuite 1200",
        City: "Austin",
        "State/Province": "TX",
        "Postal Code": "78701",
        Country: "United States",
        Owner: "Ann Lee",
        Description: "Gate code 4411.\nCall before arrival.",
        "Created Date": "3/4/2021 9:22 AM",
        "Modified Date": "10/1/2024 9:00 AM",
      }),
      pp("companies", 2, { "Company ID": "20032", "Company Name": "Acme Widgets", "Web Page": "http://acme-widgets.example/", Owner: "Sam Kay", Country: "Canada", "State/Province": "Ontario", "Postal Code": "M5V 2T6", "Created Date": "1/1/2020 8:00 AM" }),
      pp("companies", 3, { "Company ID": "20033", "Company Name": "  ", "Created Date": "1/1/2020 8:00 AM" }),
      pp("companies", 4, { "Company ID": "20034", "Company Name": "ACME  widgets", "Postal Code": "2134", Owner: "Nobody Here", "Created Date": "1/1/2020 8:00 AM" }),
      pp("companies", 5, { "Company ID": "20035", "Company Name": "Northwind", "Web Page": "https://www.Northwind.example:8443/about", "Main Phone": "1.55E+10", "Created Date": "1/1/2020 8:00 AM" }),
    ],
    contacts: [
      pp("contacts", 1, {
        "Contact ID": "100245",
        Prefix: "Ms.",
        "First Name": "Dana",
        "Last Name": "Whitfield",
        Company: "Brightwater Property Group",
        "Job Title": "Facilities Manager",
        "E-mail Address": "Dana.Whitfield@Brightwater.example; dana@home.example",
        "Business Phone": "(512) 555-0182",
        "Mobile Phone": "512.555.0199",
        "Home Phone": "512-555-0111",
        Birthday: "3/7",
        Categories: "VIP; Key Account",
        "Priority Quadrant": "Urgent & Important",
        Owner: "Bob Stone",
        Notes: "Prefers e-mail.",
        "Created Date": "6/15/2022 2:05 PM",
      }),
      pp("contacts", 2, { "Contact ID": "100246", "First Name": "Lee", "Last Name": "Ng", "E-mail Address": "lee@ng.example", "Business Street": "1 Main St", "Business City": "Austin", "Business State": "Texas", "Business Postal Code": "787", Birthday: "13/2/1980", "Created Date": "1/1/2020 8:00 AM" }),
      pp("contacts", 3, { "Contact ID": "100247", "First Name": "Ama", Company: "acme widgets", "E-mail Address": "bob at x dot com", "Priority Quadrant": "Q7", "Created Date": "1/1/2020 8:00 AM" }),
      pp("contacts", 4, { "Contact ID": "100248", "Last Name": "Osei", "E-mail Address": "k.osei@northwind.example", "Created Date": "1/1/2020 8:00 AM" }),
      pp("contacts", 5, { "Contact ID": "100249", "First Name": "Joe", "E-mail Address": "joe@gmail.com", Company: "Unknown Co", "Created Date": "1/1/2020 8:00 AM" }),
      pp("contacts", 6, { "Contact ID": "100250", "Created Date": "1/1/2020 8:00 AM" }),
      pp("contacts", 7, { "Contact ID": "100251", "E-mail Address": "K.Osei@northwind.example", Prefix: "Capt.", "Created Date": "1/1/2020 8:00 AM" }),
      pp("contacts", 8, { "Contact ID": "100249", "First Name": "Joe", "E-mail Address": "joe@gmail.com", Company: "Unknown Co", "Created Date": "1/1/2020 8:00 AM" }),
      pp("contacts", 9, { "Contact ID": "100253", "First Name": "Name", "Last Name": "Only", "Created Date": "1/1/2020 8:00 AM" }),
    ],
    contact_company_links: [
      pp("contact_company_links", 1, { "Link ID": "LNK-000001", "Contact ID": "100245", "Company ID": "20031", Relationship: "Employee", "Is Primary": "Yes", "Created Date": "1/5/2020 8:00 AM" }),
      pp("contact_company_links", 2, { "Link ID": "LNK-000002", "Contact ID": "100246", "Company ID": "20031", Relationship: "Consultant", "Is Primary": "No", "Created Date": "1/2/2020 8:00 AM" }),
      pp("contact_company_links", 3, { "Link ID": "LNK-000003", "Contact ID": "100246", "Company ID": "20035", Relationship: "Billing Contact", "Is Primary": "No", "Created Date": "1/1/2020 8:00 AM" }),
      pp("contact_company_links", 4, { "Link ID": "LNK-000004", "Contact ID": "100245", "Company ID": "20032", Relationship: "Former Employee", "Is Primary": "No", "Created Date": "1/1/2019 8:00 AM" }),
      pp("contact_company_links", 5, { "Link ID": "LNK-000005", "Contact ID": "999999", "Company ID": "20031", "Is Primary": "Yes", "Created Date": "1/1/2020 8:00 AM" }),
      pp("contact_company_links", 6, { "Link ID": "LNK-000006", "Contact ID": "100250", "Company ID": "20031", "Is Primary": "Yes", "Created Date": "1/1/2020 8:00 AM" }),
      pp("contact_company_links", 7, { "Link ID": "LNK-000007", "Contact ID": "100253", "Company Name": "northwind ", "Is Primary": "Yes", Relationship: "Employee", "Created Date": "1/1/2020 8:00 AM" }),
      pp("contact_company_links", 8, { "Link ID": "LNK-000008", "Contact ID": "100253", "Company ID": "20033", "Is Primary": "No", "Created Date": "1/1/2020 8:00 AM" }),
      pp("contact_company_links", 9, { "Link ID": "LNK-000009", "Contact ID": "100253", "Company Name": "Nowhere Ltd", "Created Date": "1/1/2020 8:00 AM" }),
    ],
  };
}

const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code).sort();

describe("PlanPlus companies, contacts, links (golden)", () => {
  const session = new MappingSession(ctxFor("planplus"));
  const res = runObjects(session, rows());
  const companies = res["companies"]!;
  const contacts = res["contacts"]!;
  const links = res["contact_company_links"]!;

  it("maps a company to exact load() cells, xmlid and create date", () => {
    const r = companies[0]!;
    expect(r.outcome).toBeUndefined();
    expect(codes(r)).toEqual([]);
    expect(r.outputs).toEqual([
      {
        model: "res.partner.industry",
        xmlid: "ferry_planplus.planplus_industry_property_management",
        values: { name: "Property Management", full_name: "Property Management" },
        role: "ensure",
        matchBy: ["name"],
      },
      {
        model: "res.partner",
        xmlid: "ferry_planplus.planplus_company_20031",
        target: "main",
        createDate: "2021-03-04 15:22:00",
        values: {
          is_company: "1",
          name: "Brightwater Property Group",
          "industry_id/id": "ferry_planplus.planplus_industry_property_management",
          website: "www.brightwater.example",
          phone: "+15125550100",
          comment: "<p>Gate code 4411.<br>Call before arrival.</p><p>Fax: 512-555-0101</p>",
          street: "400 Congress Ave",
          street2: "Suite 1200",
          city: "Austin",
          zip: "78701",
          "country_id/id": "base.us",
          "state_id/.id": "44",
          "user_id/.id": "7",
        },
      },
    ]);
  });

  it("company: ambiguous / unmatched owners fall back with flags; Canada state and zip kept; excel phone", () => {
    expect(companies[1]!.outputs[0]!.values).toMatchObject({ "user_id/.id": "2", "country_id/id": "base.ca", "state_id/.id": "538", zip: "M5V 2T6" });
    expect(codes(companies[1]!)).toEqual(["owner_ambiguous"]);
    expect(companies[3]!.outputs[0]!.values).toMatchObject({ "user_id/.id": "2", zip: "02134", name: "ACME widgets" });
    expect(codes(companies[3]!)).toEqual(["owner_unmatched"]);
    expect(codes(companies[4]!)).toEqual(["phone_invalid"]);
    expect(companies[4]!.outputs[0]!.values["phone"]).toBe("");
    expect(companies[4]!.outputs[0]!.values["comment"]).toBe("<p>Original phone: 1.55E+10</p>");
  });

  it("company with blank name is rejected missing_required", () => {
    expect(companies[2]!.outcome).toEqual({ outcome: "rejected", code: "missing_required" });
    expect(companies[2]!.outputs).toEqual([]);
  });

  it("contact: parent via primary link, no own street keeps parent's address, title, tags, quadrant, owner inactive", () => {
    const r = contacts[0]!;
    expect(r.outcome).toBeUndefined();
    const main = r.outputs.find((o) => o.model === "res.partner")!;
    expect(main.xmlid).toBe("ferry_planplus.planplus_contact_100245");
    expect(main.createDate).toBe("2022-06-15 19:05:00");
    expect(main.values).toEqual({
      is_company: "0",
      type: "contact",
      name: "Dana Whitfield",
      "title/id": "base.res_partner_title_madam",
      function: "Facilities Manager",
      email: "dana.whitfield@brightwater.example",
      phone: "+15125550182",
      mobile: "+15125550199",
      website: "",
      x_pp_birthday: "",
      "category_id/id": "ferry_planplus.planplus_tag_vip,ferry_planplus.planplus_tag_key_account",
      x_quadrant: "q1",
      "user_id/.id": "8",
      comment: "<p>Prefers e-mail.</p><p>Other e-mail: dana@home.example</p><p>Birthday: March 7</p><p>Home phone: 512-555-0111</p>",
      "parent_id/id": "ferry_planplus.planplus_company_20031",
      company_name: "",
      x_pp_relationship: "Employee",
    });
    expect(r.outputs.filter((o) => o.model === "res.partner.category").map((o) => o.values["name"])).toEqual(["VIP", "Key Account"]);
    expect(codes(r)).toEqual(["owner_inactive"]);
  });

  it("contact with two non-primary links takes the earliest and is flagged; own address written", () => {
    const r = contacts[1]!;
    const v = r.outputs[0]!.values;
    expect(v["parent_id/id"]).toBe("ferry_planplus.planplus_company_20035");
    expect(v["x_pp_relationship"]).toBe("Billing Contact");
    expect(v).toMatchObject({ street: "1 Main St", city: "Austin", "state_id/.id": "44", zip: "00787", "country_id/id": "base.us", x_pp_birthday: "1980-02-13" });
    expect(codes(r)).toEqual(["date_ambiguous", "multiple_company_links"]);
  });

  it("contact by company name: two loaded companies → reference_ambiguous, Company text kept; invalid e-mail and quadrant", () => {
    const r = contacts[2]!;
    const v = r.outputs[0]!.values;
    expect(v["parent_id/id"]).toBe("");
    expect(v["company_name"]).toBe("acme widgets");
    expect(v["email"]).toBe("");
    expect(v["x_quadrant"]).toBe("");
    expect(v["comment"]).toContain("Original e-mail: bob at x dot com");
    expect(codes(r)).toEqual(["email_invalid", "reference_ambiguous", "value_unmapped"]);
  });

  it("domain inference: company web host = e-mail domain → parent with company_inferred; duplicates flagged", () => {
    const a = contacts[3]!;
    expect(a.outputs[0]!.values["parent_id/id"]).toBe("ferry_planplus.planplus_company_20035");
    expect(a.outputs[0]!.values["name"]).toBe("Osei");
    expect(codes(a)).toEqual(["company_inferred", "email_duplicate"]);
    expect(a.issues.find((i) => i.code === "company_inferred")!.message).toContain("confidence 0.9");
    const b = contacts[6]!;
    expect(b.outputs[0]!.values["name"]).toBe("k.osei@northwind.example");
    expect(b.outputs[0]!.values["title/id"]).toBe("");
    expect(b.outputs[0]!.values["comment"]).toContain("Prefix: Capt.");
    expect(codes(b)).toEqual(["company_inferred", "email_duplicate"]);
  });

  it("free-mail domains are never used for inference; duplicate rows skipped; blank contact rejected", () => {
    const r = contacts[4]!;
    expect(r.outputs[0]!.values["parent_id/id"]).toBe("");
    expect(r.outputs[0]!.values["company_name"]).toBe("Unknown Co");
    expect(codes(r)).toEqual([]);
    expect(contacts[7]!.outcome).toEqual({ outcome: "skipped", code: "duplicate_row" });
    expect(contacts[5]!.outcome).toEqual({ outcome: "rejected", code: "missing_required" });
  });

  it("links: chosen loaded, others secondary, former employee skipped, orphans and not-loaded rejected, name-only links resolve", () => {
    const o = links.map((l) => l.outcome ?? { outcome: "loaded" });
    expect(o).toEqual([
      { outcome: "loaded" },
      { outcome: "skipped", code: "secondary_link" },
      { outcome: "loaded" },
      { outcome: "skipped", code: "secondary_link" },
      { outcome: "rejected", code: "orphan_reference" },
      { outcome: "rejected", code: "parent_not_loaded" },
      { outcome: "loaded" },
      { outcome: "rejected", code: "parent_not_loaded" },
      { outcome: "rejected", code: "orphan_reference" },
    ]);
    expect(links[0]!.ref).toEqual({ model: "res.partner", xmlid: "ferry_planplus.planplus_contact_100245" });
    expect(contacts[8]!.outputs[0]!.values["parent_id/id"]).toBe("ferry_planplus.planplus_company_20035");
  });

  it("report figures: parent resolution, inferences with confidence, unmapped values, owners", () => {
    const r = session.report();
    expect(r["parent_resolution"]).toEqual({ by_link: 3, by_name: 0, by_domain: 2, none: 2 });
    expect(r["company_inferences"]).toEqual([
      { contactId: "100248", domain: "northwind.example", companyId: "20035", confidence: 0.9, applied: true },
      { contactId: "100251", domain: "northwind.example", companyId: "20035", confidence: 0.9, applied: true },
    ]);
    expect(r["value_unmapped"]).toEqual({ quadrant: { Q7: 1 } });
    expect(r["owners"]).toEqual({ unmatched: { "Nobody Here": 1 }, inactive: { "Bob Stone": 1 }, ambiguous: { "Sam Kay": 1 } });
  });

  it("on Odoo 19 (no res.partner.mobile / title) the mobile and prefix become comment lines", () => {
    const s19 = new MappingSession(ctxFor("planplus", { major: 19 }));
    const r = runObjects(s19, rows())["contacts"]![0]!;
    const v = r.outputs.find((x) => x.model === "res.partner")!.values;
    expect(v["mobile"]).toBeUndefined();
    expect(v["title/id"]).toBeUndefined();
    expect(v["comment"]).toContain("Mobile: +15125550199");
    expect(v["comment"]).toContain("Prefix: Ms.");
  });
});
