import { describe, expect, it } from "vitest";
import { MappingSession } from "../../bridge/src/core/mapping/session.ts";
import type { MapResult } from "../../bridge/src/core/mapping/types.ts";
import { recurrenceCells as parseRecurrence } from "../../bridge/src/core/normalize/recurrence.ts";
import { ctxFor } from "./helpers.ts";
import { planplusRows } from "./planplus-fixture.ts";

const codes = (r: MapResult) => r.issues.map((i) => i.code).sort();
const main = (r: MapResult) => r.outputs.find((o) => o.target !== undefined)!;

function run(opts: Parameters<typeof ctxFor>[1] = {}) {
  const session = new MappingSession(ctxFor("planplus", { ...opts, settings: { summaryFiles: ["project_summaries/PR-0001.html"], ...(opts.settings ?? {}) } }));
  const rows = planplusRows();
  const res: Record<string, MapResult[]> = {};
  const finished: Record<string, ReturnType<MappingSession["finish"]>> = {};
  for (const om of session.objects()) {
    const list = rows[om.object] ?? [];
    for (const dep of session.readBefore(om.object)) for (const r of rows[dep] ?? []) session.register(dep, r);
    for (const r of list) session.register(om.object, r);
    session.prepare(om.object);
    res[om.object] = list.map((r) => session.map(om.object, r));
    finished[om.object] = session.finish(om.object);
  }
  return { session, res, finished };
}

describe("PlanPlus deals, projects, tasks, events, tickets, FAQ, custom fields (golden)", () => {
  const { res, finished, session } = run();

  it("deal stages → crm.stage in the pipeline team; lost stage skipped", () => {
    const s = res["deal_stages"]!;
    expect(main(s[1]!).xmlid).toBe("ferry_planplus.planplus_stage_STG_2");
    expect(main(s[1]!).values).toEqual({ name: "Qualified", sequence: "20", requirements: "PlanPlus probability: 25 %", "team_id/id": "ferry_planplus.planplus_team_pipeline", is_won: "0", fold: "0" });
    expect(main(s[2]!).values["is_won"]).toBe("1");
    expect(s[3]!.outcome).toEqual({ outcome: "skipped", code: "lost_stage" });
    const s19 = run({ major: 19 }).res["deal_stages"]!;
    expect(main(s19[0]!).values["team_ids/id"]).toBe("ferry_planplus.planplus_team_pipeline");
  });

  it("deals: stage by name, probability from the stage, contact partner, owner, source; won / lost / unknown stage", () => {
    const d = res["deals"]!;
    expect(main(d[0]!).xmlid).toBe("ferry_planplus.planplus_deal_DL_000123");
    expect(main(d[0]!).values).toEqual({
      name: "Roof HVAC retrofit",
      type: "opportunity",
      "team_id/id": "ferry_planplus.planplus_team_pipeline",
      active: "1",
      probability: "25",
      date_deadline: "2025-03-15",
      "stage_id/id": "ferry_planplus.planplus_stage_STG_2",
      x_pp_original_amount: "",
      expected_revenue: "12500",
      "partner_id/id": "ferry_planplus.planplus_contact_100245",
      contact_name: "",
      partner_name: "",
      "source_id/id": "ferry_planplus.planplus_source_trade_show",
      "user_id/.id": "7",
      description: "<p>Big one</p>",
    });
    expect(main(d[1]!).values).toMatchObject({ "stage_id/id": "ferry_planplus.planplus_stage_STG_5", probability: "100", date_closed: "2025-02-01 18:00:00", expected_revenue: "1234.5", x_pp_original_amount: "1234.5 EUR", partner_name: "acme" });
    expect(codes(d[1]!)).toEqual(["currency_not_converted", "reference_ambiguous"]);
    expect(main(run({ settings: { rates: { EUR: 1.1 } } }).res["deals"]![1]!).values["expected_revenue"]).toBe("1357.95");
    expect(main(d[2]!).values).toMatchObject({ active: "0", probability: "0", "lost_reason_id/id": "ferry_planplus.planplus_lost_reason", "stage_id/id": "ferry_planplus.planplus_stage_STG_1", expected_revenue: "0", contact_name: "Pat", partner_name: "Nobody Inc" });
    expect(codes(d[2]!)).toEqual(["date_ambiguous", "invalid_amount", "orphan_reference", "orphan_reference"]);
    expect(main(d[3]!).values).toMatchObject({ "stage_id/id": "ferry_planplus.planplus_stage_STG_1", probability: "40" });
    expect(codes(d[3]!)).toEqual(["value_unmapped"]);
    expect(d[4]!.outcome).toEqual({ outcome: "rejected", code: "missing_required" });
  });

  it("projects: archived when completed, company by name, milestones flag, task stages, summary attachment or summary_missing", () => {
    const p = res["projects"]!;
    expect(main(p[0]!).values).toMatchObject({ name: "Office move", active: "1", x_pp_project_status: "On Hold", date_start: "2025-01-06", date: "2025-06-30", "user_id/.id": "7", "partner_id/id": "ferry_planplus.planplus_company_20031", allow_milestones: "1", allow_timesheets: "1" });
    const att = p[0]!.outputs.find((o) => o.model === "ir.attachment")!;
    expect(att).toEqual({ model: "ir.attachment", xmlid: "ferry_planplus.planplus_summary_PR_0001", values: { name: "Office move – Summary.html", mimetype: "text/html", res_model: "project.project" }, refs: [{ column: "res_id", xmlid: "ferry_planplus.planplus_project_PR_0001" }], binary: { path: "project_summaries/PR-0001.html" } });
    expect(main(p[1]!).values).toMatchObject({ active: "0", allow_milestones: "0", "partner_id/id": "" });
    expect(codes(p[1]!)).toEqual(["reference_ambiguous", "summary_missing"]);
    const m = res["milestones"]!;
    expect(main(m[0]!).values).toEqual({ "project_id/id": "ferry_planplus.planplus_project_PR_0001", name: "Contract signed", deadline: "2025-02-01", is_reached: "1", x_pp_completed_date: "2025-01-30" });
    expect(m[0]!.outputs[1]!.model).toBe("mail.message");
    expect(m[1]!.outcome).toEqual({ outcome: "rejected", code: "orphan_reference" });
  });

  it("tasks: project by id / name / default, F-C priority, quadrant, stage/state, deadline in the export zone, parents second pass with cycle break", () => {
    const t = res["tasks"]!;
    expect(main(t[0]!).values).toEqual({
      name: "Plan move",
      "project_id/id": "ferry_planplus.planplus_project_PR_0001",
      priority: "1",
      x_pp_priority: "high",
      x_pp_priority_rank: "A1",
      x_quadrant: "q2",
      "stage_id/id": "ferry_planplus.planplus_task_stage_in_progress",
      state: "01_in_progress",
      x_pp_percent_complete: "40",
      x_planplus_start_date: "2025-01-10",
      date_deadline: "2025-02-01 05:59:00",
      "user_ids/.id": "7",
      "partner_id/id": "ferry_planplus.planplus_contact_100245",
      description: "<p>Line 1<br>Line 2</p>",
    });
    expect(main(t[1]!).values).toMatchObject({ "project_id/id": "ferry_planplus.planplus_project_PR_0001", x_pp_priority: "low", state: "04_waiting_normal", date_deadline: "", description: "<p>Due date: 2/30/2025</p>" });
    expect(codes(t[1]!)).toEqual(["invalid_date"]);
    expect(codes(t[2]!)).toEqual(["parent_cycle", "value_unmapped"]);
    expect(main(t[3]!).values["project_id/id"]).toBe("ferry_planplus.planplus_project_default");
    expect(codes(t[3]!)).toEqual(["orphan_reference", "value_unmapped"]);
    // Completed Date is written after the task (Odoo stamps date_end = now when a task lands in a folded stage)
    expect(main(t[3]!).values["date_end"]).toBeUndefined();
    expect(t[3]!.outputs.find((o) => o.role === "update" && o.model === "project.task")).toMatchObject({ xmlid: "ferry_planplus.planplus_task_TK_000004", values: { date_end: "2025-02-04 05:59:00" } });
    expect(codes(t[4]!)).toEqual(["orphan_reference"]);
    expect(t[5]!.outcome).toEqual({ outcome: "rejected", code: "missing_required" });
    expect(finished["tasks"]).toEqual([
      // the stage is written again with the parent: Odoo 18 resets it when the project is archived
      { model: "project.task", xmlid: "ferry_planplus.planplus_task_TK_000002", role: "update", values: { "parent_id/id": "ferry_planplus.planplus_task_TK_000001", "stage_id/id": "ferry_planplus.planplus_task_stage_waiting" } },
      { model: "project.task", xmlid: "ferry_planplus.planplus_task_TK_000004", role: "update", values: { "parent_id/id": "ferry_planplus.planplus_task_TK_000003", "stage_id/id": "ferry_planplus.planplus_task_stage_to_do" } },
    ]);
    const pe = run({ modules: ["project_enterprise"], extraFields: { "project.task": { planned_date_begin: { type: "datetime" } } } }).res["tasks"]!;
    expect(main(pe[0]!).values["planned_date_begin"]).toBe("2025-01-10 14:00:00");
    expect(main(pe[0]!).values["x_planplus_start_date"]).toBeUndefined();
  });

  it("events: zone → UTC, attendees resolved (user partner, contact, new attendee), recurrence, DST gap, all-day, rejects", () => {
    const e = res["events"]!;
    const ev = main(e[0]!);
    expect(ev.values).toEqual({
      allday: "0",
      start: "2025-03-07 14:05:00",
      stop: "2025-03-07 15:00:00",
      name: "Kickoff",
      location: "HQ",
      description: "<p>Agenda:<br>All</p>",
      recurrency: "1",
      rrule_type: "weekly",
      interval: "2",
      wed: "1",
      fri: "1",
      end_type: "end_date",
      until: "2025-06-30",
      "user_id/.id": "7",
      show_as: "free",
      privacy: "private",
      "categ_ids/id": "ferry_planplus.planplus_event_tag_meeting",
    });
    expect(ev.refs).toEqual([
      { column: "partner_ids", many: true, xmlid: "ferry_planplus.planplus_contact_100245" },
      { column: "partner_ids", many: true, id: 30 },
      { column: "partner_ids", many: true, xmlid: "ferry_planplus.planplus_attendee_8e06012a9a53b970" },
      { column: "partner_ids", many: true, xmlid: "ferry_planplus.planplus_contact_100246" },
    ]);
    expect(e[0]!.outputs[0]!.values).toEqual({ name: "New Person", email: "new@x.example" });
    expect(codes(e[0]!)).toEqual(["email_invalid"]);
    expect(main(e[1]!).values).toMatchObject({ name: "(no subject)", start: "2025-03-09 08:30:00", stop: "2025-03-09 09:00:00", description: "<p>Recurrence (not migrated): Every fortnight</p>", "user_id/.id": "2" });
    expect(codes(e[1]!)).toEqual(["dst_gap_adjusted", "invalid_date", "owner_unmatched", "recurrence_unparsed", "timezone_assumed"]);
    expect(main(e[2]!).values).toMatchObject({ allday: "1", start_date: "2025-12-24", stop_date: "2025-12-25" });
    expect(e[3]!.outcome).toEqual({ outcome: "rejected", code: "invalid_required_value" });
    expect(main(e[4]!).values).toMatchObject({ start: "2025-01-06 15:00:00", rrule_type: "monthly", month_by: "day", byday: "1", weekday: "MON", end_type: "count", count: "12" });
  });

  it("recurrence grammar", () => {
    expect(parseRecurrence("Daily", null)).toEqual({ recurrency: "1", rrule_type: "daily", interval: "1", end_type: "forever" });
    expect(parseRecurrence("Every weekday for 10 occurrences", null)).toMatchObject({ rrule_type: "weekly", mon: "1", fri: "1", end_type: "count", count: "10" });
    expect(parseRecurrence("Monthly on the last Friday", null)).toMatchObject({ month_by: "day", byday: "-1", weekday: "FRI" });
    expect(parseRecurrence("Every 3 months on day 15", null)).toMatchObject({ interval: "3", month_by: "date", day: "15" });
    expect(parseRecurrence("Yearly on 3/7", "2025-03-07")).toMatchObject({ rrule_type: "yearly" });
    expect(parseRecurrence("Yearly on 3/8", "2025-03-07")).toBeNull();
    expect(parseRecurrence("RRULE:FREQ=HOURLY", null)).toBeNull();
    expect(parseRecurrence("RRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20250630T000000Z", null)).toMatchObject({ tue: "1", thu: "1", end_type: "end_date", until: "2025-06-30" });
  });

  it("tickets: crm.lead fallback in the help-desk team (Community); helpdesk.ticket when installed", () => {
    const t = res["help_desk_tickets"]!;
    expect(t[0]!.variant).toBe("crm");
    expect(main(t[0]!).values).toEqual({
      name: "[HD-2024-00123] Printer jams",
      type: "opportunity",
      x_ticket_type: "support_ticket",
      "stage_id/id": "ferry_planplus.planplus_ticket_stage_pending",
      "team_id/id": "ferry_planplus.planplus_team_helpdesk",
      priority: "3",
      description: "It <b>jams</b>",
      "partner_id/id": "ferry_planplus.planplus_contact_100245",
      email_from: "dana@brightwater.example",
      contact_name: "",
      "user_id/.id": "7",
      "tag_ids/id": "ferry_planplus.planplus_crm_tag_hardware",
      x_ticket_number: "HD-2024-00123",
      date_closed: "2025-01-06 23:30:00",
    });
    expect(t[0]!.outputs.find((o) => o.model === "crm.stage")!.values).toEqual({ name: "Pending", sequence: "20", fold: "0", is_won: "0", "team_id/id": "ferry_planplus.planplus_team_helpdesk" });
    expect(main(t[1]!).values["name"]).toBe("[HD-2024-00124] First line of the description that is quite long and goes on and on beyond eight");
    expect(codes(t[1]!)).toEqual(["contact_unmatched", "value_unmapped"]);
    expect(t[2]!.outcome).toEqual({ outcome: "rejected", code: "missing_required" });
    const hdFields = { name: { type: "char" }, description: { type: "html" }, stage_id: { type: "many2one" }, priority: { type: "selection" }, partner_id: { type: "many2one" }, partner_email: { type: "char" }, user_id: { type: "many2one" }, tag_ids: { type: "many2many" }, team_id: { type: "many2one" } };
    const hd = run({ modules: ["helpdesk"], extraFields: { "helpdesk.ticket": hdFields } }).res["help_desk_tickets"]!;
    expect(hd[0]!.variant).toBe("helpdesk");
    expect(main(hd[0]!).model).toBe("helpdesk.ticket");
    expect(main(hd[0]!).xmlid).toBe("ferry_planplus.planplus_ticket_0000001");
    expect(main(hd[0]!).values).toMatchObject({ name: "Printer jams", "stage_id/id": "ferry_planplus.planplus_helpdesk_stage_pending", "team_id/id": "ferry_planplus.planplus_helpdesk_team", partner_email: "dana@brightwater.example", priority: "3" });
  });

  it("FAQ: notes on the related company or the own company partner (Community); knowledge articles when installed", () => {
    const f = res["faq_articles"]!;
    expect(main(f[0]!)).toEqual({
      model: "mail.message",
      xmlid: "ferry_planplus.planplus_faq_FAQ_0001",
      target: "main",
      values: { model: "res.partner", message_type: "comment", "subtype_id/id": "mail.mt_note", date: "2025-01-06 15:00:00", body: "<h3>[FAQ] Billing › How do I pay?</h3><p>By card.</p>" },
      refs: [{ column: "res_id", xmlid: "ferry_planplus.planplus_company_20031" }],
    });
    expect(main(run({ settings: { ownCompanyPartnerId: 1 } }).res["faq_articles"]![1]!).refs).toEqual([{ column: "res_id", id: 1 }]);
    expect(codes(f[1]!)).toEqual(["orphan_reference"]);
    const kn = run({ modules: ["knowledge"], extraFields: { "knowledge.article": { name: { type: "char" }, body: { type: "html" }, parent_id: { type: "many2one" }, sequence: { type: "integer" } } } }).res["faq_articles"]!;
    expect(main(kn[1]!).model).toBe("knowledge.article");
    expect(main(kn[1]!).values).toEqual({ "parent_id/id": "ferry_planplus.planplus_faq_category_general", name: "[Draft] Hours?", body: "<p>9 to 5</p>", sequence: "1" });
  });

  it("custom fields: typed inference per model and label, values written to records, invalid values to notes, blank ignored", () => {
    const cf = session.ctx.customFields;
    expect(cf.get("res.partner.x_pp_preferred_channel")).toMatchObject({ ttype: "selection", selection: [["e_mail", "E-mail"], ["phone", "Phone"]], inferred: true });
    expect(cf.get("res.partner.x_pp_vip")?.ttype).toBe("boolean");
    expect(cf.get("crm.lead.x_pp_budget")?.ttype).toBe("float");
    expect(cf.get("project.task.x_pp_goal")?.ttype).toBe("char");
    const c = res["custom_fields"]!;
    expect(c[0]!.outputs).toEqual([{ model: "res.partner", xmlid: "ferry_planplus.planplus_contact_100245", role: "update", values: { x_pp_preferred_channel: "e_mail" } }]);
    expect(c[2]!.outputs).toEqual([{ model: "res.partner", xmlid: "ferry_planplus.planplus_contact_100246", role: "update", values: { x_pp_vip: "" }, append: { comment: "VIP: maybe" } }]);
    expect(codes(c[2]!)).toEqual(["custom_value_invalid"]);
    expect(c[3]!.outputs[0]!.values).toEqual({ x_pp_budget: "5000" });
    expect(c[6]!.outcome).toEqual({ outcome: "rejected", code: "parent_not_loaded" });
    expect(c[7]!.outcome).toEqual({ outcome: "rejected", code: "orphan_reference" });
    expect(c[8]!.ignored).toBe(true);
  });

  it("sync connections are documented with the Odoo place to reconnect", () => {
    const s = res["sync_connections"]![0]!;
    expect(s.outcome).toEqual({ outcome: "documented" });
    expect(s.document).toMatchObject({ provider: "Google Calendar", odoo_user: "ann.lee@acme.example", last_sync_utc: "2025-03-01 13:15:00" });
  });
});
