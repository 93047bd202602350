import { afterEach, describe, expect, it } from "vitest";
import { MappingSession } from "../../bridge/src/core/mapping/session.ts";
import { packStamp, RowSet, unpackStamp, WinnerTable } from "../../bridge/src/core/mapping/rowbook.ts";
import { registry } from "../../bridge/src/core/mapping/registry.ts";
import type { PrepassFn } from "../../bridge/src/core/mapping/types.ts";
import type { SourceRecord } from "../../bridge/src/core/mapping/context.ts";
import { sha256Hex } from "../../bridge/src/core/hash.ts";
import { ctxFor, pp, pxRow } from "./helpers.ts";

describe("rowbook: compact per-row bookkeeping", () => {
  it("packed stamps order exactly like the strings (prefixes, mixed formats, unpackable ones)", () => {
    const stamps = [
      "",
      "2024-01-01 00:00:00",
      "2024-01-01T00:00:00Z",
      "2024-01-01T00:00:00.5Z",
      "2024-01-01T00:00:00.000Z",
      "2024-01-01T00:00:00-06:00",
      "2024-01-01T00:00:00+01:00",
      "2024-01-01",
      "2024",
      "2023-12-31 23:59:59",
      "3/2/2024 10:00 AM",
      "2024-01-01T00:00:00.000000Z",
      "not a date",
      " ",
      "9",
    ];
    for (const s of stamps) {
      const out = new Uint32Array(4);
      if (packStamp(s, out, 0)) expect(unpackStamp(out, 0)).toBe(s);
    }
    for (const a of stamps) {
      for (const b of stamps) {
        const t = new WinnerTable();
        const slot = t.set("x", 1, "h", a, 0);
        expect(t.newerStamp(slot, b), `${JSON.stringify(b)} > ${JSON.stringify(a)}`).toBe(b > a);
      }
    }
  });

  it("content hashes: digests by their first 96 bits, other hash texts exactly", () => {
    const t = new WinnerTable();
    const d = sha256Hex("a");
    const s1 = t.set("1", 1, d, "", 0);
    expect(t.sameHash(s1, d)).toBe(true);
    expect(t.sameHash(s1, sha256Hex("b"))).toBe(false);
    expect(t.sameHash(s1, d.toUpperCase())).toBe(false);
    const s2 = t.set("2", 2, "h1", "", 1);
    expect(t.sameHash(s2, "h1")).toBe(true);
    expect(t.sameHash(s2, "h10")).toBe(false);
    // replacing a winner replaces its hash and row
    t.set("2", 7, d, "", 2);
    expect([t.row(s2), t.sameHash(s2, d), t.sameHash(s2, "h1"), t.size]).toEqual([7, true, false, 2]);
  });

  it("row set: bits for row numbers, a set for the others; add is idempotent", () => {
    const r = new RowSet();
    expect([r.add(5), r.add(5), r.add(100_000), r.add(-1), r.add(1.5), r.add(-1)]).toEqual([true, false, true, true, true, false]);
    expect([r.has(5), r.has(6), r.has(100_000), r.has(-1), r.has(1.5), r.has(2 ** 40), r.size]).toEqual([true, false, true, true, true, false, 4]);
  });
});

/** Contacts with a duplicate (same content), a superseded copy, an older later copy, e-mail duplicates and a company by name. */
function contactRows(): { companies: SourceRecord[]; contacts: SourceRecord[] } {
  const base = { "Last Name": "Lee", "Created Date": "1/1/2020 8:00 AM" };
  return {
    companies: [pp("companies", 1, { "Company ID": "1", "Company Name": "Acme", "Created Date": "1/1/2020 8:00 AM" })],
    contacts: [
      pp("contacts", 1, { ...base, "Contact ID": "10", "First Name": "Ann", Company: "Acme", "E-mail Address": "ann@acme.example", "Modified Date": "1/1/2024 8:00 AM" }),
      pp("contacts", 2, { ...base, "Contact ID": "11", "First Name": "Bo", "E-mail Address": "shared@x.example", "Modified Date": "1/1/2024 8:00 AM" }),
      pp("contacts", 3, { ...base, "Contact ID": "12", "First Name": "Cy", "E-mail Address": "old@x.example", "Modified Date": "1/1/2024 8:00 AM" }),
      pp("contacts", 4, { ...base, "Contact ID": "10", "First Name": "Ann", Company: "Acme", "E-mail Address": "ann@acme.example", "Modified Date": "1/1/2024 8:00 AM" }),
      // a later copy of 12 with a newer stamp wins; its e-mail now collides with 11
      pp("contacts", 5, { ...base, "Contact ID": "12", "First Name": "Cy", "E-mail Address": "shared@x.example", "Modified Date": "2/1/2024 8:00 AM" }),
      // a later copy of 11 with an older stamp loses
      pp("contacts", 6, { ...base, "Contact ID": "11", "First Name": "Bo", "E-mail Address": "bo@x.example", "Modified Date": "6/1/2023 8:00 AM" }),
      // rejected (missing_required): takes no part in the duplicate check
      pp("contacts", 7, { "Contact ID": "13", "Created Date": "1/1/2020 8:00 AM" }),
    ],
  };
}

type Step = { codes: (string | undefined)[]; outputs: unknown[]; passes: unknown; report: unknown };

function readContacts(s: MappingSession, rows: ReturnType<typeof contactRows>, opts: { twice?: boolean } = {}): Step {
  for (const r of rows.companies) s.register("companies", r);
  s.prepare("companies");
  for (const r of rows.companies) s.map("companies", r);
  s.finish("companies");
  const readOnce = (): void => {
    for (const r of rows.contacts) s.register("contacts", r);
    s.prepare("contacts");
  };
  readOnce();
  if (opts.twice) readOnce();
  const res = rows.contacts.map((r) => s.map("contacts", r));
  s.finish("contacts");
  const idx = s.ctx.index;
  const passes = ["contact_parent", "contact_email_dup"].map((p) => [...(idx.passes.get(p) ?? new Map<string, unknown>()).entries()].sort());
  return { codes: res.map((r) => r.outcome?.code), outputs: res.map((r) => r.outputs), passes, report: s.report() };
}

describe("MappingSession: same decisions with compact state", () => {
  const pass = registry().prepasses;
  const orig = pass["pp_contact_parents"]!;
  afterEach(() => {
    pass["pp_contact_parents"] = orig;
  });

  it("duplicate / superseded rows and the contact pass over the winners only", () => {
    const r = readContacts(new MappingSession(ctxFor("planplus")), contactRows());
    expect(r.codes).toEqual([undefined, undefined, "superseded", "duplicate_row", undefined, "superseded", "missing_required"]);
    const [parents, dups] = r.passes as [string, unknown][][];
    expect(dups).toEqual([["11", true], ["12", true]]);
    expect(parents!.map(([id]) => id)).toEqual(["10", "11", "12"]);
    expect((r.report as { parent_resolution: unknown }).parent_resolution).not.toBeNull();
  });

  it("the pass gets the winning rows in read order, cut down to the cells it reads, with the same results as whole rows", () => {
    let seen: SourceRecord[] = [];
    pass["pp_contact_parents"] = ((ctx, om, records) => {
      seen = records;
      orig(ctx, om, records);
    }) as PrepassFn;
    const rows = contactRows();
    const cut = readContacts(new MappingSession(ctxFor("planplus")), rows);
    expect(seen.map((x) => [x.id, x.origin.row])).toEqual([["10", 1], ["11", 2], ["12", 5], ["13", 7]]);
    for (const x of seen) expect(Object.keys(x.data).sort()).toEqual(["Company", "E-mail Address", "First Name", "Last Name"]);
    // same rows, whole: the pass run directly on a fresh context gives the same pass results
    const ctx = ctxFor("planplus");
    const whole = new MappingSession(ctx);
    for (const c of rows.companies) whole.register("companies", c);
    for (const c of rows.companies) whole.map("companies", c);
    for (const c of rows.contacts) ctx.index.addKnown("contacts", c.id);
    const winners = [1, 2, 5, 7].map((row) => rows.contacts.find((c) => c.origin.row === row)!);
    orig(ctx, whole.object("contacts"), winners);
    const passes = ["contact_parent", "contact_email_dup"].map((p) => [...(ctx.index.passes.get(p) ?? new Map<string, unknown>()).entries()].sort());
    expect(passes).toEqual(cut.passes);
    expect(ctx.index.getPass("report", "parent_resolution")).toEqual((cut.report as { parent_resolution: unknown }).parent_resolution);
  });

  it("a pass the session does not know gets whole rows", () => {
    let seen: SourceRecord[] = [];
    pass["pp_contact_parents"] = orig;
    const ctx = ctxFor("planplus");
    const om = ctx.doc.objects.find((o) => o.object === "contacts")!;
    om.prepass = ["pp_contact_parents", "test_spy_pass"];
    pass["test_spy_pass"] = (_c, _o, records) => {
      seen = records;
    };
    try {
      const s = new MappingSession(ctx);
      const rows = contactRows();
      for (const r of rows.contacts) s.register("contacts", r);
      s.prepare("contacts");
      expect(seen.map((x) => x.origin.row)).toEqual([1, 2, 5, 7]);
      expect(seen[0]).toBe(rows.contacts[0]);
    } finally {
      delete pass["test_spy_pass"];
    }
  });

  it("reading a step twice (before finish) and again after finish gives the same outcomes, outputs and pass results", () => {
    const once = readContacts(new MappingSession(ctxFor("planplus")), contactRows());
    const twice = readContacts(new MappingSession(ctxFor("planplus")), contactRows(), { twice: true });
    expect(twice).toEqual(once);
    // after finish the object's state is dropped; a new read of it registers its rows afresh
    const s = new MappingSession(ctxFor("planplus"));
    readContacts(s, contactRows());
    expect(s.phase("contacts")).toBe("new");
    const again = readContacts(s, contactRows());
    expect(again).toEqual(once);
  });

  it("lifecycle: registering → prepared → dropped at finish; registering a row twice counts it once", () => {
    const s = new MappingSession(ctxFor("planplus"));
    const rows = contactRows();
    expect(s.phase("contacts")).toBe("new");
    for (const r of [...rows.contacts, ...rows.contacts]) s.register("contacts", r);
    expect([s.phase("contacts"), s.registeredRows("contacts")]).toEqual(["registering", 7]);
    s.prepare("contacts");
    expect(s.phase("contacts")).toBe("prepared");
    s.finish("contacts");
    expect([s.phase("contacts"), s.registeredRows("contacts")]).toEqual(["new", 0]);
  });

  it("Plexus: duplicate / superseded customers and e-mail duplicates among the winners", () => {
    const cust = (row: number, id: string, email: string, updated: string) =>
      pxRow("customers", row, { id, customer_type: "residential", company_name: null, primary_contact: { first_name: "A", last_name: id, email }, updated_at: updated, deleted: false });
    const s = new MappingSession(ctxFor("plexus"));
    const rows = [
      cust(1, "c1", "a@x.example", "2024-01-01T00:00:00Z"),
      cust(2, "c2", "b@x.example", "2024-01-01T00:00:00Z"),
      cust(3, "c2", "a@x.example", "2024-01-01T00:00:00.5Z"),
      cust(4, "c1", "a@x.example", "2024-01-01T00:00:00Z"),
      cust(5, "c3", "a@x.example", "2023-12-31T00:00:00Z"),
      cust(6, "c3", "c@x.example", "2023-12-30T00:00:00Z"),
    ];
    for (const r of rows) s.register("customers", r);
    s.prepare("customers");
    const codes = rows.map((r) => s.map("customers", r).outcome?.code);
    // stamps compare as text: "…00.5Z" sorts before "…00Z", so row 3 does not supersede row 2
    expect(codes).toEqual([undefined, undefined, "superseded", "duplicate_row", undefined, "superseded"]);
    expect([...(s.ctx.index.passes.get("customer_email_dup")?.keys() ?? [])].sort()).toEqual(["c1", "c3"]);
  });
});
