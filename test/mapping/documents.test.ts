import { describe, expect, it } from "vitest";
import { preflight } from "../../bridge/src/core/mapping/preflight.ts";
import { syncConnectionsHandoff, workflowReference, customFieldChecklistFor } from "../../bridge/src/core/mapping/documents.ts";
import { customFieldName, inferTtype } from "../../bridge/src/core/mapping/customfields.ts";
import { deletedItemXmlid } from "../../bridge/src/core/mapping/computes-planplus.ts";
import { MappingSession } from "../../bridge/src/core/mapping/session.ts";
import { defaultMapping } from "../../bridge/src/mappings/index.ts";
import { ctxFor, profile } from "./helpers.ts";
import { PX_USERS, plexusRows } from "./plexus-fixture.ts";

describe("preflight against the target profile", () => {
  it("Odoo 18 Community: fallbacks chosen, nothing blocking", () => {
    const pp = preflight(defaultMapping("planplus"), profile(18));
    expect(pp.errors).toEqual([]);
    expect(pp.variants).toEqual([
      { object: "help_desk_tickets", variant: "crm", label: "crm.lead with x_ticket_type" },
      { object: "faq_articles", variant: "notes", label: "internal notes (mail.message) on a partner" },
    ]);
    expect(pp.choices).toContainEqual({ object: "tasks", wanted: ["project.task.planned_date_begin", "project.task.x_planplus_start_date"], chosen: "project.task.x_planplus_start_date" });
    const px = preflight(defaultMapping("plexus"), profile(18));
    expect(px.errors).toEqual([]);
    expect(px.choices).toContainEqual({ object: "quote_lines", wanted: ["sale.order.line.tax_id", "sale.order.line.tax_ids"], chosen: "sale.order.line.tax_id" });
    expect(px.variants).toEqual([{ object: "schedules", variant: "calendar", label: "calendar.event" }]);
  });

  it("Odoo 19: tax_ids, no mobile/title (note fallback), still no blocking error", () => {
    const px = preflight(defaultMapping("plexus"), profile(19));
    expect(px.choices).toContainEqual({ object: "quote_lines", wanted: ["sale.order.line.tax_id", "sale.order.line.tax_ids"], chosen: "sale.order.line.tax_ids" });
    const pp = preflight(defaultMapping("planplus"), profile(19));
    expect(pp.choices).toContainEqual({ object: "contacts", wanted: ["res.partner.mobile"], chosen: null });
    expect(pp.errors.filter((e) => e.includes("contacts"))).toEqual([]);
  });

  it("a missing model or field without fallback blocks the run with a clear message", () => {
    const p = profile(18);
    delete p.fields["hr.expense"]!["total_amount_currency"];
    delete p.fields["project.milestone"];
    expect(preflight(defaultMapping("plexus"), p).errors).toContain("expenses: hr.expense has neither total_amount_currency nor unit_amount (mapping.md §1.1)");
    expect(preflight(defaultMapping("planplus"), p).errors).toContain("milestones: target model project.milestone is not installed");
  });
});

describe("reference documents", () => {
  it("workflow rebuild reference: JSON with verbatim rules + readable Markdown", () => {
    const s = new MappingSession(ctxFor("plexus", { sourceUsers: PX_USERS }));
    const wf = plexusRows()["workflow_rules"]!;
    for (const r of wf) s.register("workflow_rules", r);
    const docs = wf.map((r) => s.map("workflow_rules", r).document!);
    const out = workflowReference(docs, "northwind-field", "2026-11-23T17:00:00Z");
    const json = JSON.parse(out.json) as { source: string; tenant: string; rules: { id: string; trigger: unknown; actions: unknown[] }[] };
    expect(json.source).toBe("plexus");
    expect(json.rules[0]!.trigger).toEqual({ event: "status_changed", object: "work_order", conditions: [{ field: "status", op: "changed_to", value: "completed" }], schedule: null });
    expect(out.markdown).toContain("## Notify on completion (wfr_1)");
    expect(out.markdown).toContain("- Model: `project.task`");
    expect(out.markdown).toContain("- Trigger: `on_stage_set`");
    expect(out.markdown).toContain("- Action `send_fax`: **no equivalent**");
  });

  it("sync-connection handoff: Markdown + formula-safe CSV", () => {
    const h = syncConnectionsHandoff([{ connection: "SC-1", provider: "Google Calendar", scope: "Calendar", account: "=cmd|x", planplus_user: "ann@x.example", odoo_user: null, status: "Error", last_sync_utc: "2025-03-01 13:15:00", time_zone: "CST", reconnect: "Settings → Integrations → Google Calendar" }]);
    expect(h.csv).toContain(`"SC-1","Google Calendar","Calendar","'=cmd|x","ann@x.example","","Error","2025-03-01 13:15:00","CST","Settings → Integrations → Google Calendar"`);
    expect(h.markdown).toContain("(no matching Odoo user)");
  });

  it("custom-field checklist and naming/typing rules (§1.9, §5.7)", () => {
    const ctx = ctxFor("planplus");
    const md = customFieldChecklistFor(ctx);
    expect(md).toContain("| res.partner | `x_quadrant` | Priority Quadrant | Selection | Q1 – Urgent & Important; Q2 – Not Urgent & Important; Q3 – Urgent & Not Important; Q4 – Not Urgent & Not Important |");
    expect(md).toContain("| project.task | `x_pp_percent_complete` | % Complete | Integer |  |");
    expect(customFieldName("x_pp_", "Préférence de contact")).toBe("x_pp_preference_de_contact");
    const long = customFieldName("x_pp_", "a very long label ".repeat(6));
    expect(long).toHaveLength(60);
    expect(long).toMatch(/^x_pp_a_very_long_label_a_very_long_label_a_very_long_la_[0-9a-f]{4}$/);
    expect(inferTtype("Text", ["short"])).toBe("char");
    expect(inferTtype("text", ["two\nlines"])).toBe("text");
    expect(inferTtype("Number")).toBe("float");
    expect(inferTtype("Dropdown")).toBe("selection");
    expect(inferTtype("Checkbox")).toBe("boolean");
    expect(inferTtype("Formula")).toBeNull();
  });

  it("deleted_items rows resolve to the xmlid they delete", () => {
    expect(deletedItemXmlid("Contact", "100245")).toBe("ferry_planplus.planplus_contact_100245");
    expect(deletedItemXmlid("Deal", "DL-000123")).toBe("ferry_planplus.planplus_deal_DL_000123");
    expect(deletedItemXmlid("Milestone", "MS-1")).toBeNull();
  });
});
