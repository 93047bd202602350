/**
 * PlanPlus Online Business export generator (sources.md Part B) with a controlled set of Part C
 * defects repeated in every block of the base size, so counts scale with `scale`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PLANPLUS_BY_OBJECT } from "../../bridge/src/sources/planplus/schema.ts";
import { CITIES, CsvOut, FIRST, LAST, ppDate, ppDateTime, ppTime, Rng, SUFFIX, Tally, WORDS } from "./util.ts";
import type { FileEncoding } from "./util.ts";

export interface PlanPlusOptions {
  scale: number;
  seed: string;
  /** encoding of users.csv (default windows-1252: the old-export-server case); companies.csv always has a BOM */
  usersEncoding?: FileEncoding;
  /** write only these objects (benchmarks); cross-references still assume the full set */
  only?: string[];
}

export const PP_BASE = { companies: 20, contacts: 50, deals: 15, events: 15, tasks: 20, projects: 4, milestones: 6, tickets: 8, faq: 5, sync: 3 };

const cols = (object: string): readonly string[] => PLANPLUS_BY_OBJECT.get(object)?.columns ?? [];

export const PP_USERS = [
  { id: "U1001", name: "Dana Whitfield", email: "dana.whitfield@northwind.example", role: "Administrator", status: "Active", tz: "(UTC-06:00) Central Time (US & Canada)" },
  { id: "U1002", name: "José Núñez", email: "jose.nunez@northwind.example", role: "Manager", status: "Active", tz: "Eastern Standard Time" },
  { id: "U1003", name: "Priya Patel", email: "Priya.Patel@Northwind.example", role: "User", status: "Active", tz: "America/Denver" },
  { id: "U1004", name: "Sam Lee", email: "sam.lee@northwind.example", role: "User", status: "Active", tz: "PST" },
  { id: "U1005", name: "Sam Lee", email: "samuel.lee@northwind.example", role: "User", status: "Active", tz: "" },
  { id: "U1006", name: "Old Timer", email: "old.timer@northwind.example", role: "User", status: "Inactive", tz: "CST" },
  { id: "U1007", name: "Marta Rossi", email: "marta.rossi@northwind.example", role: "Manager", status: "Active", tz: "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna" },
];
const OWNERS = ["Dana Whitfield", "José Núñez", "Priya Patel", "Marta Rossi"];
const OWNER_EMAILS = ["dana.whitfield@northwind.example", "jose.nunez@northwind.example", "priya.patel@northwind.example", "marta.rossi@northwind.example"];

/** 555 for the first 10,000 rows (fictional range), then other exchanges so phones stay unique at any scale. */
const exch = (i: number): string => (i < 10_000 ? "555" : String(200 + (Math.floor(i / 10_000) % 800)));

export function companyId(i: number): string {
  return String(20001 + i);
}
export function contactId(i: number): string {
  return String(100001 + i);
}
const companyName = (i: number): string => `${WORDS[i % WORDS.length]} ${SUFFIX[Math.floor(i / WORDS.length) % SUFFIX.length]}${i >= WORDS.length * SUFFIX.length ? ` ${Math.floor(i / (WORDS.length * SUFFIX.length)) + 1}` : ""}`;

export function generatePlanPlus(dir: string, opts: PlanPlusOptions): Tally {
  const t = new Tally();
  const N = Math.max(1, Math.floor(opts.scale));
  mkdirSync(dir, { recursive: true });
  const f = (name: string): string => path.join(dir, name);
  const want = (o: string): boolean => !opts.only || opts.only.includes(o);

  // ---- users.csv (quote only when needed; Windows-1252 by default) ----
  if (want("users")) {
    const enc = opts.usersEncoding ?? "windows-1252";
    const w = new CsvOut(f("users.csv"), cols("users"), { quoteAll: false, encoding: enc });
    t.init("users", "users.csv", enc === "utf-8-bom" ? "utf-8-bom" : enc);
    for (const u of PP_USERS) {
      w.row({
        "User ID": u.id, "Full Name": u.name, "E-mail Address": u.email, Role: u.role, Status: u.status, "Time Zone": u.tz,
        "Mission Statement": u.id === "U1002" ? "Serve “first”, then lead –\r\nalways." : "", "Last Login": ppDateTime(800_000 + Number(u.id.slice(1))),
      });
      t.record("users", "users.csv");
    }
    t.defect("users", "U1004", 4, "owner_ambiguous", "Full Name \"Sam Lee\" shared by U1004 and U1005");
    t.defect("users", "U1006", 6, "owner_inactive", "Status Inactive");
    w.close();
  }

  // ---- companies.csv (UTF-8 with BOM) ----
  const CB = PP_BASE.companies;
  const nCompanies = CB * N;
  const validCompany = (i: number): boolean => !([9, 10].includes(i % CB));
  if (want("companies")) {
    const rng = new Rng(`${opts.seed}:companies`);
    const w = new CsvOut(f("companies.csv"), cols("companies"), { quoteAll: true, encoding: "utf-8-bom" });
    t.init("companies", "companies.csv", "utf-8-bom");
    const F = "companies.csv";
    for (let i = 0; i < nCompanies; i++) {
      const k = i % CB;
      const id = companyId(i);
      const [city, state, zip] = rng.pick(CITIES);
      const created = 100_000 + i * 37;
      const row: Record<string, string> = {
        "Company ID": id, "Company Name": companyName(i), Industry: rng.pick(["HVAC", "Property Management", "Retail", "Healthcare", ""]),
        "Web Page": `www.${WORDS[i % WORDS.length]?.toLowerCase().replace(/\s/g, "")}${i}.example`, "Main Phone": `(512) 555-${String(100 + (i % 900)).padStart(4, "0")}`,
        Fax: "", Street: `${100 + i} Main St`, City: city, "State/Province": state, "Postal Code": zip, Country: rng.pick(["US", "USA", "United States"]),
        Owner: OWNERS[i % OWNERS.length] as string, Description: "", "Created Date": ppDateTime(created), "Modified Date": ppDateTime(created + 5000),
      };
      switch (k) {
        case 1: row["Street"] = `${100 + i} Congress Ave\r\nSuite 1200`; break;
        case 2: Object.assign(row, { City: "Boston", "State/Province": "MA", "Postal Code": "2134", Country: "US" }); t.defect("companies", id, null, "zip_leading_zero", "Postal Code 2134 → 02134"); break;
        case 3: row["Description"] = "<p>Key account.<br>Gate code <b>4411</b> &amp; call ahead.</p>"; t.defect("companies", id, null, "html_in_text", "Description HTML kept / stripped for text"); break;
        case 4: row["Description"] = '=HYPERLINK("http://x.example","click")'; t.defect("companies", id, null, "formula_text", "loaded unchanged; report cells prefixed with '"); break;
        case 5: row["Company Name"] = `${companyName(i)} ${"Very Long Legal Name ".repeat(15)}`.trim(); t.defect("companies", id, null, "long_text", "name truncated to 250, flag text_truncated", "Company Name"); break;
        case 6: row["Company Name"] = `Café Señor “Best” – ${i}`; t.defect("companies", id, null, "encoding", "non-ASCII round-trips"); break;
        case 7: row["Main Phone"] = "5.12555E+09"; t.defect("companies", id, null, "phone_excel", "flag phone_invalid", "Main Phone"); break;
        case 11: Object.assign(row, { "Postal Code": "021345678", Country: "US", City: "Boston", "State/Province": "MA" }); t.defect("companies", id, null, "zip_leading_zero", "021345678 → 02134-5678"); break;
        case 12: case 13: row["Company Name"] = `Acme Services ${Math.floor(i / CB) + 1}`; break;
        case 15: row["Web Page"] = `http://www.Foo${i}.example/contact?x=1`; break;
        case 16: Object.assign(row, { Country: "Canada", City: "Ottawa", "State/Province": "ON", "Postal Code": "K1A 0B1", "Main Phone": "(613) 555-0199" }); break;
        case 17: row["Owner"] = "Nobody Known"; t.defect("companies", id, null, "owner_unknown", "flag owner_unmatched", "Owner"); break;
        case 18: row["Owner"] = "Sam Lee"; t.defect("companies", id, null, "owner_ambiguous", "flag owner_ambiguous", "Owner"); break;
        case 19: row["Owner"] = "Old Timer"; t.defect("companies", id, null, "owner_inactive", "flag owner_inactive (if the Odoo user matches)", "Owner"); break;
      }
      if (k === 9) {
        const r = w.rawLine(`"${id}","Broken, Inc.","Retail"`);
        t.rejected("companies", F, "malformed_row");
        t.defect("companies", id, r, "malformed", "reject malformed_row");
        continue;
      }
      if (k === 10) {
        row["Company Name"] = "  ";
        const r = w.row(row);
        t.rejected("companies", F, "missing_required");
        t.defect("companies", id, r, "missing_required", "reject missing_required", "Company Name");
        continue;
      }
      w.row(row);
      t.record("companies", F);
      if (k === 8) {
        const r = w.row(row);
        t.skipped("companies", F, "duplicate_row");
        t.defect("companies", id, r, "duplicate_row", "skip duplicate_row");
      }
      if (k === 14) {
        // an older copy first would be the usual case; here the newer copy comes second
        const newer = { ...row, Industry: "Updated Industry", "Modified Date": ppDateTime(created + 9000) };
        const r = w.row(newer);
        t.skipped("companies", F, "superseded");
        t.defect("companies", id, r - 1, "superseded", "older copy skipped superseded; row " + r + " kept");
      }
    }
    w.close();
  }

  // ---- contacts.csv ----
  const KB = PP_BASE.contacts;
  const nContacts = KB * N;
  const contactOk = (i: number): boolean => !([24, 27].includes(i % KB));
  const companyFor = (i: number): number => {
    let c = (i * 7) % nCompanies;
    while (!validCompany(c)) c = (c + 1) % nCompanies;
    return c;
  };
  const emailOf = (i: number): string => `${(FIRST[i % FIRST.length] as string).toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")}.${i}@client${companyFor(i)}.example`;
  if (want("contacts")) {
    const rng = new Rng(`${opts.seed}:contacts`);
    const F = "contacts.csv";
    const w = new CsvOut(f(F), cols("contacts"), { quoteAll: true });
    t.init("contacts", F, "utf-8");
    for (let i = 0; i < nContacts; i++) {
      const k = i % KB;
      const id = contactId(i);
      const [city, state, zip] = rng.pick(CITIES);
      const created = 200_000 + i * 23;
      const ci = companyFor(i);
      const row: Record<string, string> = {
        "Contact ID": id, Prefix: rng.pick(["", "Mr.", "Ms.", "Dr."]), "First Name": FIRST[i % FIRST.length] as string, "Middle Name": "",
        "Last Name": LAST[(i * 3) % LAST.length] as string, Suffix: "", Company: companyName(ci), "Job Title": rng.pick(["Facilities Manager", "Owner", "Buyer", "Office Manager", ""]),
        "E-mail Address": emailOf(i), "E-mail 2 Address": "", "Business Phone": `(512) ${exch(i)}-${String(i % 10000).padStart(4, "0")}`,
        "Mobile Phone": rng.chance(0.5) ? `737.${exch(i)}.${String(i % 10000).padStart(4, "0")}` : "", "Home Phone": "", "Business Fax": "",
        "Business Street": `${10 + i} Elm St`, "Business City": city, "Business State": state, "Business Postal Code": zip, "Business Country": "US",
        "Web Page": "", Birthday: rng.chance(0.3) ? ppDate(-12000 + (i % 9000)) : "", Categories: rng.pick(["", "VIP", "Newsletter", "VIP;Newsletter"]),
        "Priority Quadrant": rng.pick(["", "Q1", "Q2", "Q3", "Q4"]), Owner: OWNERS[i % OWNERS.length] as string, Notes: "",
        "Created Date": ppDateTime(created), "Modified Date": ppDateTime(created + 700),
      };
      const D = (defect: string, expect: string, field?: string): void => t.defect("contacts", id, null, defect, expect, field);
      switch (k) {
        case 3: row["E-mail Address"] = "bob at x dot com"; D("email_invalid", "flag email_invalid, raw kept in notes", "E-mail Address"); break;
        case 4: row["E-mail Address"] = `first.${i}@multi.example; second.${i}@multi.example`; D("multi_value", "first → email, rest → notes", "E-mail Address"); break;
        case 5: row["E-mail Address"] = `mailto:Ann.Lee.${i}@X.Example`; D("email", `ann.lee.${i}@x.example`, "E-mail Address"); break;
        case 6: row["E-mail Address"] = `Ann Lee <ANN.${i}@x.example>`; D("email", `ann.${i}@x.example`, "E-mail Address"); break;
        case 7: row["E-mail Address"] = "n/a"; D("email_invalid", "n/a treated as empty (no flag)", "E-mail Address"); break;
        case 8: row["Mobile Phone"] = "5.12555E+09"; D("phone_excel", "flag phone_invalid", "Mobile Phone"); break;
        case 9: row["Business Phone"] = "N/A"; D("phone_placeholder", "empty, no flag", "Business Phone"); break;
        case 10: row["Business Phone"] = "512-555-0147 x22"; D("phone_format", "+15125550147 ext. 22", "Business Phone"); break;
        case 11: row["Notes"] = "<p>Met at <b>trade show</b>.</p><p>Prefers e-mail &amp; texts.</p>"; D("html_in_text", "notes HTML", "Notes"); break;
        case 12: row["Notes"] = '=HYPERLINK("http://x.example","click")'; D("formula_text", "loaded unchanged", "Notes"); break;
        case 13: row["Job Title"] = "@SUM(A1)"; D("formula_text", "loaded unchanged", "Job Title"); break;
        case 14: row["Birthday"] = "25/12/1980"; D("date_day_first", "flag date_ambiguous", "Birthday"); break;
        case 15: row["Birthday"] = "2/30/1985"; D("date_invalid", "flag invalid_date", "Birthday"); break;
        case 16: row["Priority Quadrant"] = "Urgent & Important"; break;
        case 17: row["Priority Quadrant"] = "IV"; break;
        case 18: row["Priority Quadrant"] = "Q7"; D("enum_unknown", "flag value_unmapped", "Priority Quadrant"); break;
        case 19: row["Owner"] = "Nobody Known"; D("owner_unknown", "flag owner_unmatched", "Owner"); break;
        case 20: row["Owner"] = "Sam Lee"; D("owner_ambiguous", "flag owner_ambiguous", "Owner"); break;
        case 21: row["Owner"] = "Old Timer"; D("owner_inactive", "flag owner_inactive", "Owner"); break;
        case 22: case 23: row["E-mail Address"] = `shared.${Math.floor(i / KB)}@dup.example`; D("email_duplicate", "flag email_duplicate", "E-mail Address"); break;
        case 28: row["Notes"] = `Long history.\n${"Call log entry with details. ".repeat(200)}`; D("huge_text", "notes unchanged", "Notes"); break;
        case 29: row["First Name"] = `Bartholomew-${"Maximilian".repeat(30)}`; D("long_text", "name truncated, flag text_truncated", "First Name"); break;
        case 30: Object.assign(row, { "Business Postal Code": "2134", "Business State": "MA", "Business City": "Boston", "Business Country": "US" }); D("zip_leading_zero", "02134", "Business Postal Code"); break;
        case 31: row["Business Country"] = "USA"; break;
        case 32: row["Business Country"] = "United States"; break;
        case 33: Object.assign(row, { "Business Country": "Canada", "Business City": "Toronto", "Business State": "ON", "Business Postal Code": "M5V 2T6", "Business Phone": "(416) 555-0199" }); break;
        case 36: row["Categories"] = "VIP; Newsletter, Partner"; break;
        case 37: row["Notes"] = "Zoë from Café “Señor” – prefers ‘mornings’ … ok"; D("encoding", "round-trips unchanged", "Notes"); break;
        case 38: row["Company"] = `Acme Services ${Math.floor(i / KB) + 1}`; D("name_ambiguous", "no link row; Company name matches 2 companies → flag reference_ambiguous", "Company"); break;
        case 39: row["Notes"] = "Line one\r\nLine two\nLine three"; break;
      }
      if (k === 24) {
        Object.assign(row, { "First Name": "", "Last Name": "", "E-mail Address": "", Company: "" });
        const r = w.row(row);
        t.rejected("contacts", F, "missing_required");
        t.defect("contacts", id, r, "missing_required", "reject missing_required");
        continue;
      }
      if (k === 27) {
        const r = w.rawLine(`"${id}","","Broken","Row"`);
        t.rejected("contacts", F, "malformed_row");
        t.defect("contacts", id, r, "malformed", "reject malformed_row");
        continue;
      }
      if (k === 34) {
        const older = { ...row, "Job Title": "Old Title", "Modified Date": ppDateTime(created + 100) };
        const r = w.row(older);
        t.skipped("contacts", F, "superseded");
        t.defect("contacts", id, r, "superseded", "older copy skipped superseded");
      }
      w.row(row);
      t.record("contacts", F);
      if (k === 25) {
        w.rawLine(",".repeat(cols("contacts").length - 1));
        t.ignored("contacts", F);
      }
      if (k === 26) {
        const r = w.row(row);
        t.skipped("contacts", F, "duplicate_row");
        t.defect("contacts", id, r, "duplicate_row", "skip duplicate_row");
      }
    }
    w.close();
  }

  // ---- contact_company_links.csv ----
  if (want("contact_company_links")) {
    const F = "contact_company_links.csv";
    const w = new CsvOut(f(F), cols("contact_company_links"), { quoteAll: true });
    t.init("contact_company_links", F, "utf-8");
    let n = 0;
    const link = (contact: number, values: Record<string, string>): number => {
      n++;
      const r = w.row({ "Link ID": `LNK-${String(n).padStart(6, "0")}`, "Contact ID": contactId(contact), Relationship: "Employee", "Is Primary": "Yes", "Created Date": ppDateTime(200_000 + contact * 23 + 5), ...values });
      t.record("contact_company_links", F);
      return r;
    };
    for (let i = 0; i < nContacts; i++) {
      const k = i % KB;
      if (!contactOk(i) || k === 38) continue;
      const ci = companyFor(i);
      if (k === 40) {
        link(i, { "Company ID": companyId(ci), "Company Name": companyName(ci), "Is Primary": "No" });
        const c2 = companyFor(i + 1);
        link(i, { "Company ID": companyId(c2), "Company Name": companyName(c2), "Is Primary": "No", Relationship: "Consultant" });
        t.defect("contact_company_links", null, null, "multiple_company_links", `contact ${contactId(i)}: 2 links, none primary → flag multiple_company_links, 1 secondary_link skip`);
        continue;
      }
      if (k === 41) {
        link(i, { "Company ID": "", "Company Name": companyName(ci) });
        t.defect("contact_company_links", `LNK-${String(n).padStart(6, "0")}`, null, "link_by_name", "blank Company ID, resolved by Company Name");
        continue;
      }
      if (k === 42) {
        link(i, { "Company ID": "99999", "Company Name": "Ghost Company" });
        t.defect("contact_company_links", `LNK-${String(n).padStart(6, "0")}`, null, "orphan_required", "reject orphan_reference (company 99999 does not exist)");
        continue;
      }
      link(i, { "Company ID": companyId(ci), "Company Name": companyName(ci) });
      if (k === 43) {
        const c2 = companyFor(i + 3);
        link(i, { "Company ID": companyId(c2), "Company Name": companyName(c2), "Is Primary": "No", Relationship: "Former Employee" });
        t.defect("contact_company_links", `LNK-${String(n).padStart(6, "0")}`, null, "secondary_link", "skip secondary_link");
      }
    }
    w.close();
  }

  // ---- deal_stages.csv (standard pipeline, not scaled) ----
  if (want("deal_stages")) {
    const F = "deal_stages.csv";
    const w = new CsvOut(f(F), cols("deal_stages"), { quoteAll: true });
    t.init("deal_stages", F, "utf-8");
    const stages: [string, number, number, string, string, string][] = [
      ["Prospect", 1, 10, "No", "No", "No"], ["Qualified", 2, 25, "No", "No", "No"], ["Proposal", 3, 50, "No", "No", "No"],
      ["Negotiation", 4, 75, "No", "No", "No"], ["Won", 5, 100, "Yes", "No", "No"], ["Lost", 6, 0, "No", "Yes", "Yes"],
    ];
    stages.forEach(([name, order, prob, won, lost, folded], idx) => {
      w.row({ "Stage ID": `STG-${idx + 1}`, "Stage Name": name, Order: String(order), "Probability (%)": String(prob), "Is Won": won, "Is Lost": lost, Folded: folded });
      t.record("deal_stages", F);
    });
    t.defect("deal_stages", "STG-6", 6, "lost_stage", "skip lost_stage");
    w.close();
  }

  // ---- deals.csv ----
  if (want("deals")) {
    const rng = new Rng(`${opts.seed}:deals`);
    const F = "deals.csv";
    const w = new CsvOut(f(F), cols("deals"), { quoteAll: true });
    t.init("deals", F, "utf-8");
    const B = PP_BASE.deals;
    for (let i = 0; i < B * N; i++) {
      const k = i % B;
      const id = `DL-${String(i + 1).padStart(6, "0")}`;
      let ct = (i * 3) % nContacts;
      while (!contactOk(ct)) ct = (ct + 1) % nContacts;
      const created = 300_000 + i * 41;
      const row: Record<string, string> = {
        "Deal ID": id, "Deal Name": `${companyName(companyFor(ct))} – ${rng.pick(["Maintenance contract", "Retrofit", "Service plan", "New install"])}`,
        Stage: rng.pick(["Prospect", "Qualified", "Proposal", "Negotiation"]), Amount: `$${rng.int(1, 90)},${String(rng.int(0, 999)).padStart(3, "0")}.00`, Currency: "",
        "Probability (%)": "", "Close Date": ppDate(400 + (i % 300)), "Contact ID": contactId(ct), "Contact Name": "", Company: "",
        "Owner E-mail": OWNER_EMAILS[i % OWNER_EMAILS.length] as string, "Lead Source": rng.pick(["Referral", "Web", "Trade Show", ""]), Description: "", Status: "Open",
        "Created Date": ppDateTime(created), "Modified Date": ppDateTime(created + 999),
      };
      const D = (defect: string, expect: string, field?: string): void => t.defect("deals", id, null, defect, expect, field);
      switch (k) {
        case 1: Object.assign(row, { Amount: "1.234,50 €", Currency: "EUR" }); D("money", "1234.50 EUR; flag currency_not_converted when no rate", "Amount"); break;
        case 2: row["Amount"] = "TBD"; D("money_invalid", "flag invalid_amount, 0 used", "Amount"); break;
        case 3: row["Stage"] = "  proposal "; D("stage_case", "matches Proposal", "Stage"); break;
        case 4: row["Stage"] = "Pending Review"; D("enum_unknown", "flag value_unmapped, default stage", "Stage"); break;
        case 5: row["Contact ID"] = "999999"; D("orphan_optional", "flag orphan_reference", "Contact ID"); break;
        case 6: Object.assign(row, { Status: "Lost", Stage: "Lost" }); break;
        case 7: Object.assign(row, { Status: "Won", Stage: "Won" }); break;
        case 8: row["Owner E-mail"] = "ghost.owner@elsewhere.example"; D("owner_unknown", "flag owner_unmatched", "Owner E-mail"); break;
        case 9: Object.assign(row, { "Contact ID": "", Company: companyName(companyFor(i)), Amount: "12500" }); break;
        case 10: row["Close Date"] = "25/12/2025"; D("date_day_first", "flag date_ambiguous", "Close Date"); break;
        case 11: Object.assign(row, { Amount: "EUR 2.500,00", Currency: "" }); D("money", "2500 EUR (code fills blank currency)", "Amount"); break;
      }
      w.row(row);
      t.record("deals", F);
    }
    w.close();
  }

  // ---- events.csv ----
  if (want("events")) {
    const F = "events.csv";
    const w = new CsvOut(f(F), cols("events"), { quoteAll: true });
    t.init("events", F, "utf-8");
    const B = PP_BASE.events;
    for (let i = 0; i < B * N; i++) {
      const k = i % B;
      const id = `EV-${String(i + 1).padStart(6, "0")}`;
      const day = 790 + (i % 200);
      const created = 250_000 + i * 13;
      let ct = (i * 5) % nContacts;
      while (!contactOk(ct)) ct = (ct + 1) % nContacts;
      const row: Record<string, string> = {
        "Event ID": id, Subject: `Site visit ${i + 1}`, "Start Date": ppDate(day), "Start Time": ppTime(9 * 60), "End Date": ppDate(day), "End Time": ppTime(10 * 60 + 30),
        "All Day Event": "False", "Time Zone": "(UTC-06:00) Central Time (US & Canada)", Location: `${100 + i} Main St, Austin`, Description: "",
        Attendees: `${emailOf(ct)}; Dana Whitfield <dana.whitfield@northwind.example>`, "Organizer E-mail": OWNER_EMAILS[i % OWNER_EMAILS.length] as string,
        "Recurrence Pattern": "", "Show Time As": "Busy", Private: "False", Categories: "", "Related Contact ID": contactId(ct),
        "Created Date": ppDateTime(created), "Modified Date": ppDateTime(created + 60),
      };
      const D = (defect: string, expect: string, field?: string): void => t.defect("events", id, null, defect, expect, field);
      switch (k) {
        case 1: row["Time Zone"] = "America/New_York"; break;
        case 2: row["Time Zone"] = "CST"; break;
        case 3: Object.assign(row, { "All Day Event": "True", "Start Time": "", "End Time": "", "End Date": ppDate(day) }); D("all_day", "one-day all-day event (End = Start)"); break;
        case 4: Object.assign(row, { "All Day Event": "True", "Start Time": "", "End Time": "", "End Date": ppDate(day + 3) }); D("all_day", "3-day all-day event, stop_date = End Date − 1"); break;
        case 5: Object.assign(row, { "Start Date": "3/9/2025", "Start Time": "2:30 AM", "End Date": "3/9/2025", "End Time": "4:00 AM", "Time Zone": "Central Standard Time" }); D("dst_gap", "start 2025-03-09 08:30:00 UTC, flag dst_gap_adjusted", "Start Time"); break;
        case 6: Object.assign(row, { "Start Date": "11/2/2025", "Start Time": "1:30 AM", "End Date": "11/2/2025", "End Time": "3:00 AM", "Time Zone": "America/Chicago" }); D("dst_overlap", "start 2025-11-02 06:30:00 UTC, flag dst_ambiguous", "Start Time"); break;
        case 7: row["Time Zone"] = ""; D("tz_missing", "organizer zone, flag timezone_assumed", "Time Zone"); break;
        case 8: row["Time Zone"] = "Mars Standard Time"; D("tz_unknown", "flag timezone_assumed", "Time Zone"); break;
        case 9: Object.assign(row, { "Start Time": "3:00 PM", "End Time": "2:00 PM" }); D("end_before_start", "end = start + 30 min, flag invalid_date", "End Time"); break;
        case 10: row["Recurrence Pattern"] = "Weekly on Mon, Wed until 6/30/2026"; break;
        case 11: row["Recurrence Pattern"] = "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10"; break;
        case 12: row["Recurrence Pattern"] = "Every full moon"; D("recurrence", "flag recurrence_unparsed", "Recurrence Pattern"); break;
        case 14: row["Start Date"] = "TBD"; D("date_invalid_required", "reject invalid_required_value", "Start Date"); break;
      }
      if (k === 13) {
        row["Start Time"] = "";
        const r = w.row(row);
        t.rejected("events", F, "missing_required");
        t.defect("events", id, r, "missing_required", "timed event without Start Time: reject missing_required", "Start Time");
        continue;
      }
      w.row(row);
      t.record("events", F);
    }
    w.close();
  }

  // ---- projects.csv, project_summaries/, milestones.csv ----
  const nProjects = PP_BASE.projects * N;
  const projectId = (p: number): string => `PR-${String(p + 1).padStart(4, "0")}`;
  const projectName = (p: number): string => `Project ${WORDS[p % WORDS.length]} ${p + 1}`;
  if (want("projects")) {
    const F = "projects.csv";
    const w = new CsvOut(f(F), cols("projects"), { quoteAll: true });
    t.init("projects", F, "utf-8");
    mkdirSync(f("project_summaries"), { recursive: true });
    for (let p = 0; p < nProjects; p++) {
      const k = p % PP_BASE.projects;
      const id = projectId(p);
      const created = 150_000 + p * 101;
      const row: Record<string, string> = {
        "Project ID": id, "Project Name": projectName(p), Description: "Rollout of the new service plan.\nPhase 1 and 2.", Status: ["Active", "On Hold", "Completed", "Active"][k] as string,
        "Start Date": ppDate(700 + p), "Due Date": ppDate(800 + p), "Project Manager": OWNERS[p % OWNERS.length] as string, Company: companyName(companyFor(p)),
        "Summary File": "", "Created Date": ppDateTime(created), "Modified Date": ppDateTime(created + 10),
      };
      if (k === 0) {
        row["Summary File"] = `project_summaries/${id}.html`;
        writeFileSync(f(`project_summaries/${id}.html`), `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${projectName(p)}</title><style>body{font-family:sans-serif}</style></head>\n<body><h1>${projectName(p)}</h1><p>Status: on track. Budget used: 42&nbsp;%.</p><img src="chart.png"></body></html>\n`);
      }
      if (k === 1) {
        row["Summary File"] = `project_summaries/${id}.html`;
        t.defect("projects", id, null, "summary_missing", "flag summary_missing", "Summary File");
      }
      if (k === 3) row["Company"] = "Unknown Customer LLC";
      w.row(row);
      t.record("projects", F);
    }
    w.close();
    const M = "milestones.csv";
    const m = new CsvOut(f(M), cols("milestones"), { quoteAll: true });
    t.init("milestones", M, "utf-8");
    for (let i = 0; i < PP_BASE.milestones * N; i++) {
      const k = i % PP_BASE.milestones;
      const id = `MS-${String(i + 1).padStart(5, "0")}`;
      const done = k % 2 === 0;
      m.row({
        "Milestone ID": id, "Project ID": k === 5 ? "PR-9999" : projectId(i % nProjects), "Milestone Name": `Milestone ${k + 1}`, "Due Date": ppDate(720 + i),
        Completed: done ? "Yes" : "No", "Completed Date": done ? ppDate(719 + i) : "", Description: k === 3 ? "<p>Sign-off by <i>customer</i></p>" : "",
      });
      t.record("milestones", M);
      if (k === 5) t.defect("milestones", id, null, "orphan_required", "reject orphan_reference (project PR-9999)");
    }
    m.close();
  }

  // ---- tasks.csv ----
  if (want("tasks")) {
    const F = "tasks.csv";
    const w = new CsvOut(f(F), cols("tasks"), { quoteAll: true });
    t.init("tasks", F, "utf-8");
    const B = PP_BASE.tasks;
    const taskId = (i: number): string => `TK-${String(i + 1).padStart(6, "0")}`;
    for (let i = 0; i < B * N; i++) {
      const k = i % B;
      const id = taskId(i);
      const p = Math.floor(i / B) * PP_BASE.projects + (k % PP_BASE.projects);
      const created = 260_000 + i * 17;
      const row: Record<string, string> = {
        "Task ID": id, Subject: `Task ${i + 1}: ${["Order parts", "Call customer", "Prepare quote", "Inspect unit", "Update records"][k % 5]}`, "Parent Task ID": "",
        "Project ID": projectId(p % nProjects), "Project Name": projectName(p % nProjects), Priority: ["High", "Medium", "Low", "A", "B", "C"][k % 6] as string,
        Quadrant: ["Q1", "Q2", "Q3", "Q4", ""][k % 5] as string, Status: ["Not Started", "In Progress", "Waiting on someone else", "Deferred", "Completed"][k % 5] as string,
        "% Complete": String((k * 10) % 100), "Start Date": ppDate(780 + (i % 100)), "Due Date": ppDate(790 + (i % 100)), "Completed Date": k % 5 === 4 ? ppDate(789 + (i % 100)) : "",
        "Owner E-mail": OWNER_EMAILS[i % OWNER_EMAILS.length] as string, "Related Contact ID": "", Description: "", "Created Date": ppDateTime(created), "Modified Date": ppDateTime(created + 30),
      };
      const D = (defect: string, expect: string, field?: string): void => t.defect("tasks", id, null, defect, expect, field);
      const base = i - k;
      switch (k) {
        case 1: row["Parent Task ID"] = taskId(base); break;
        case 2: row["Parent Task ID"] = taskId(base + 5); D("parent_forward", "parent appears later in the file", "Parent Task ID"); break;
        case 6: row["Parent Task ID"] = taskId(base + 7); D("parent_cycle", "cycle with next task: this one (smallest id) gets flag parent_cycle", "Parent Task ID"); break;
        case 7: row["Parent Task ID"] = taskId(base + 6); break;
        case 8: row["Project ID"] = ""; D("project_by_name", "project resolved by Project Name", "Project Name"); break;
        case 9: row["Priority"] = "A1"; break;
        case 10: row["Priority"] = "B2"; break;
        case 11: row["Quadrant"] = "Q9"; D("enum_unknown", "flag value_unmapped", "Quadrant"); break;
        case 12: row["Status"] = ""; break;
        case 13: row["Owner E-mail"] = "ghost.owner@elsewhere.example"; D("owner_unknown", "flag owner_unmatched", "Owner E-mail"); break;
        case 14: row["Related Contact ID"] = "999998"; D("orphan_optional", "flag orphan_reference", "Related Contact ID"); break;
        case 15: row["Due Date"] = "TBD"; D("date_invalid", "flag invalid_date", "Due Date"); break;
        case 17: row["Description"] = "<ul><li>Check filter</li><li>Check &lt;belt&gt;</li></ul>"; break;
        case 18: row["Subject"] = `${"Very long task subject ".repeat(14)}end`; D("long_text", "flag text_truncated", "Subject"); break;
      }
      if (k === 16) {
        row["Subject"] = "";
        const r = w.row(row);
        t.rejected("tasks", F, "missing_required");
        t.defect("tasks", id, r, "missing_required", "reject missing_required", "Subject");
        continue;
      }
      w.row(row);
      t.record("tasks", F);
    }
    w.close();
  }

  // ---- help_desk_tickets.csv ----
  if (want("help_desk_tickets")) {
    const F = "help_desk_tickets.csv";
    const w = new CsvOut(f(F), cols("help_desk_tickets"), { quoteAll: true });
    t.init("help_desk_tickets", F, "utf-8");
    const B = PP_BASE.tickets;
    for (let i = 0; i < B * N; i++) {
      const k = i % B;
      const id = String(5000001 + i);
      let ct = (i * 11) % nContacts;
      while (!contactOk(ct) || [3, 4, 5, 6, 7, 22, 23].includes(ct % KB)) ct = (ct + 1) % nContacts;
      const created = 320_000 + i * 7;
      const row: Record<string, string> = {
        "Ticket ID": id, "Ticket Number": `HD-2025-${String(i + 1).padStart(5, "0")}`, Subject: `Unit not cooling (${i + 1})`, Description: "Customer reports warm air.\nPlease advise.",
        Status: ["Open", "Pending", "Resolved", "Closed"][k % 4] as string, Priority: ["Low", "Normal", "High", "Urgent"][k % 4] as string, Category: "Service",
        "Contact E-mail": emailOf(ct), "Contact Name": "", "Assigned To": OWNERS[i % OWNERS.length] as string, "Created Date": ppDateTime(created),
        "Resolved Date": k % 4 >= 2 ? ppDateTime(created + 300) : "", "Modified Date": ppDateTime(created + 301),
      };
      switch (k) {
        case 1: row["Subject"] = ""; row["Description"] = "Thermostat shows error E4 after the storm and will not reset at all no matter what we try\nSecond line"; t.defect("help_desk_tickets", id, null, "subject_from_description", "subject = first line of description (≤ 80 chars)"); break;
        case 3: row["Contact E-mail"] = "stranger@nowhere.example"; t.defect("help_desk_tickets", id, null, "contact_unmatched", "flag contact_unmatched"); break;
        case 4: row["Status"] = "Escalated"; t.defect("help_desk_tickets", id, null, "enum_unknown", "flag value_unmapped", "Status"); break;
        case 5: row["Description"] = "<p>See <a href=\"http://x.example\">link</a></p>"; break;
      }
      if (k === 2) {
        row["Subject"] = "";
        row["Description"] = " ";
        const r = w.row(row);
        t.rejected("help_desk_tickets", F, "missing_required");
        t.defect("help_desk_tickets", id, r, "missing_required", "reject missing_required (no subject, no description)");
        continue;
      }
      w.row(row);
      t.record("help_desk_tickets", F);
    }
    w.close();
  }

  // ---- faq_articles.csv ----
  if (want("faq_articles")) {
    const F = "faq_articles.csv";
    const w = new CsvOut(f(F), cols("faq_articles"), { quoteAll: true });
    t.init("faq_articles", F, "utf-8");
    for (let i = 0; i < PP_BASE.faq * N; i++) {
      const k = i % PP_BASE.faq;
      w.row({
        "Article ID": `FAQ-${String(i + 1).padStart(4, "0")}`, Category: ["Billing", "Service", "Scheduling"][k % 3], "Sort Order": String(k + 1),
        Question: `How do I ${["pay an invoice", "book a visit", "reschedule", "reset my thermostat", "add a site"][k]}?`,
        Answer: `<p>Step 1: open the portal.</p>\n<p>Step 2: choose <b>${k}</b>.</p>`, Published: k === 4 ? "No" : "Yes",
        "Related Company ID": k === 2 ? companyId(companyFor(i)) : "", "Created Date": ppDateTime(90_000 + i), "Modified Date": ppDateTime(95_000 + i),
      });
      t.record("faq_articles", F);
    }
    w.close();
  }

  // ---- custom_fields.csv ----
  if (want("custom_fields")) {
    const F = "custom_fields.csv";
    const w = new CsvOut(f(F), cols("custom_fields"), { quoteAll: true });
    t.init("custom_fields", F, "utf-8");
    const put = (obj: string, rid: string, label: string, type: string, value: string): void => {
      w.row({ Object: obj, "Record ID": rid, "Field Label": label, "Field Type": type, Value: value });
      if (value.trim() === "") t.ignored("custom_fields", F);
      else t.record("custom_fields", F);
    };
    for (let i = 0; i < nContacts; i++) {
      const k = i % KB;
      if (!contactOk(i) || k >= 12) continue;
      const rid = contactId(i);
      put("Contact", rid, "Customer Since", "Date", ppDate(100 + i));
      put("Contact", rid, "Lifetime Value", "Number", k === 5 ? "lots" : `${(i * 123.45).toFixed(2)}`);
      if (k === 5) t.defect("custom_fields", `Contact|${rid}|Lifetime Value`, null, "custom_value_bad", "flag custom_value_invalid");
      put("Contact", rid, "Newsletter", "Checkbox", ["Yes", "No", "x", ""][k % 4] as string);
      put("Contact", rid, "Segment", "Dropdown", ["Residential", "Commercial", "Government"][k % 3] as string);
    }
    for (let c = 0; c < nCompanies; c++) {
      if (!validCompany(c) || c % CB >= 6) continue;
      put("Company", companyId(c), "Account Tier", "Dropdown", ["Gold", "Silver", "Bronze"][c % 3] as string);
    }
    for (let i = 0; i < PP_BASE.deals * N; i += 3) put("Deal", `DL-${String(i + 1).padStart(6, "0")}`, "Referral Partner", "Text", i % 2 ? "" : `Partner ${i}`);
    w.close();
  }

  // ---- sync_connections.csv (quote only when needed) ----
  if (want("sync_connections")) {
    const F = "sync_connections.csv";
    const w = new CsvOut(f(F), cols("sync_connections"), { quoteAll: false });
    t.init("sync_connections", F, "utf-8");
    const providers = ["Google Calendar", "Microsoft 365", "Outlook"];
    for (let i = 0; i < PP_BASE.sync * N; i++) {
      w.row({
        "Connection ID": `SC-${i + 1}`, Provider: providers[i % 3] as string, Scope: ["Calendar;Contacts", "Calendar", "Calendar;Contacts;Tasks"][i % 3] as string,
        Account: OWNER_EMAILS[i % OWNER_EMAILS.length] as string, "User E-mail": OWNER_EMAILS[i % OWNER_EMAILS.length] as string,
        Status: ["Connected", "Error", "Disconnected"][i % 3] as string, "Last Sync": ppDateTime(900_000 + i), "Time Zone": "(UTC-06:00) Central Time (US & Canada)",
      });
      t.record("sync_connections", F);
    }
    w.close();
  }
  return t;
}
