/** A small PlanPlus Business export covering the §4 cases beyond partners. */
import type { SourceRecord } from "../../bridge/src/core/mapping/context.ts";
import { pp } from "./helpers.ts";

export function planplusRows(): Record<string, SourceRecord[]> {
  const rows = <T extends Record<string, string | null>>(object: string, list: T[]) => list.map((d, i) => pp(object, i + 1, d));
  return {
    companies: rows("companies", [
      { "Company ID": "20031", "Company Name": "Brightwater Property Group", "Web Page": "brightwater.example", "Created Date": "1/1/2020 8:00 AM" },
      { "Company ID": "20032", "Company Name": "Acme", "Created Date": "1/1/2020 8:00 AM" },
      { "Company ID": "20033", "Company Name": "acme", "Created Date": "1/1/2020 8:00 AM" },
    ]),
    contacts: rows("contacts", [
      { "Contact ID": "100245", "First Name": "Dana", "Last Name": "Whitfield", "E-mail Address": "dana@brightwater.example", "Created Date": "1/1/2020 8:00 AM" },
      { "Contact ID": "100246", "First Name": "Lee", "E-mail Address": "lee@ng.example", "Created Date": "1/1/2020 8:00 AM" },
      { "Contact ID": "100247", "Created Date": "1/1/2020 8:00 AM" },
    ]),
    contact_company_links: [],
    deal_stages: rows("deal_stages", [
      { "Stage ID": "STG-1", "Stage Name": "Prospect", Order: "1", "Probability (%)": "10", "Is Won": "No", "Is Lost": "No", Folded: "No" },
      { "Stage ID": "STG-2", "Stage Name": "Qualified", Order: "2", "Probability (%)": "25%", "Is Won": "No", "Is Lost": "No", Folded: "No" },
      { "Stage ID": "STG-5", "Stage Name": "Won", Order: "5", "Probability (%)": "100", "Is Won": "Yes", "Is Lost": "No", Folded: "No" },
      { "Stage ID": "STG-6", "Stage Name": "Lost", Order: "6", "Probability (%)": "0", "Is Won": "No", "Is Lost": "Yes", Folded: "Yes" },
    ]),
    deals: rows("deals", [
      { "Deal ID": "DL-000123", "Deal Name": "Roof HVAC retrofit", Stage: " qualified ", Amount: "$12,500.00", Currency: "", "Probability (%)": "", "Close Date": "3/15/2025", "Contact ID": "100245", Company: "Brightwater Property Group", "Owner E-mail": "ANN.LEE@acme.example", "Lead Source": "Trade Show", Description: "Big one", Status: "Open", "Created Date": "1/5/2025 9:00 AM" },
      { "Deal ID": "DL-000124", "Deal Name": "Won deal", Stage: "Won", Amount: "1.234,50 €", Currency: "EUR", "Close Date": "2/1/2025", Company: "acme", Status: "Won", "Created Date": "1/5/2025 9:00 AM" },
      { "Deal ID": "DL-000125", "Deal Name": "Lost deal", Stage: "Lost", Amount: "TBD", "Contact ID": "100247", Company: "Nobody Inc", "Contact Name": "Pat", Status: "Lost", "Close Date": "13/2/2025", "Created Date": "1/5/2025 9:00 AM" },
      { "Deal ID": "DL-000126", "Deal Name": "Odd stage", Stage: "Discovery", "Probability (%)": "40", Status: "Open", "Created Date": "1/5/2025 9:00 AM" },
      { "Deal ID": "DL-000127", "Deal Name": " ", Stage: "Prospect", Status: "Open", "Created Date": "1/5/2025 9:00 AM" },
    ]),
    projects: rows("projects", [
      { "Project ID": "PR-0001", "Project Name": "Office move", Description: "Move to 5th floor", Status: "On Hold", "Start Date": "1/6/2025", "Due Date": "6/30/2025", "Project Manager": "Ann Lee", Company: "Brightwater Property Group", "Summary File": "project_summaries/PR-0001.html", "Created Date": "1/5/2025 9:00 AM" },
      { "Project ID": "PR-0002", "Project Name": "Old work", Status: "Completed", Company: "ACME", "Summary File": "project_summaries/PR-0002.html", "Created Date": "1/5/2025 9:00 AM" },
    ]),
    milestones: rows("milestones", [
      { "Milestone ID": "MS-00001", "Project ID": "PR-0001", "Milestone Name": "Contract signed", "Due Date": "2/1/2025", Completed: "Yes", "Completed Date": "1/30/2025", Description: "Signed by both" },
      { "Milestone ID": "MS-00002", "Project ID": "PR-9999", "Milestone Name": "Ghost", Completed: "No" },
    ]),
    tasks: rows("tasks", [
      { "Task ID": "TK-000001", Subject: "Plan move", "Parent Task ID": null, "Project ID": "PR-0001", Priority: "A1", Quadrant: "II", Status: "In Progress", "% Complete": "40%", "Start Date": "1/10/2025", "Due Date": "1/31/2025", "Owner E-mail": "ann.lee@acme.example", "Related Contact ID": "100245", Description: "Line 1\nLine 2", "Created Date": "1/5/2025 9:00 AM" },
      { "Task ID": "TK-000002", Subject: "Book movers", "Parent Task ID": "TK-000001", "Project Name": "office  MOVE", Priority: "Low", Status: "Waiting on someone else", "Due Date": "2/30/2025", "Created Date": "1/5/2025 9:00 AM" },
      { "Task ID": "TK-000003", Subject: "Cycle A", "Parent Task ID": "TK-000004", Status: "Deferred", Priority: "Z", "Created Date": "1/5/2025 9:00 AM" },
      { "Task ID": "TK-000004", Subject: "Cycle B", "Parent Task ID": "TK-000003", "Project ID": "PR-7777", Status: "Done?", "Completed Date": "2/3/2025", "Created Date": "1/5/2025 9:00 AM" },
      { "Task ID": "TK-000005", Subject: "Orphan child", "Parent Task ID": "TK-999999", "Created Date": "1/5/2025 9:00 AM" },
      { "Task ID": "TK-000006", Subject: "", "Created Date": "1/5/2025 9:00 AM" },
    ]),
    events: rows("events", [
      { "Event ID": "EV-000001", Subject: "Kickoff", "Start Date": "3/7/2025", "Start Time": "9:05 AM", "End Date": "3/7/2025", "End Time": "10:00 AM", "All Day Event": "False", "Time Zone": "(UTC-05:00) Eastern Time (US & Canada)", Location: "HQ", Description: "Agenda:\nAll", Attendees: "Dana <DANA@brightwater.example>; Ann.Lee@acme.example; New Person <new@x.example>; bob at x", "Organizer E-mail": "ann.lee@acme.example", "Recurrence Pattern": "Every 2 weeks on Wed, Fri until 6/30/2025", "Show Time As": "Tentative", Private: "True", Categories: "Meeting", "Related Contact ID": "100246", "Created Date": "1/5/2025 9:00 AM" },
      { "Event ID": "EV-000002", Subject: "", "Start Date": "3/9/2025", "Start Time": "2:30 AM", "End Date": "3/9/2025", "End Time": "1:00 AM", "All Day Event": "False", "Time Zone": "", "Recurrence Pattern": "Every fortnight", "Organizer E-mail": "nobody@else.example", "Created Date": "1/5/2025 9:00 AM" },
      { "Event ID": "EV-000003", Subject: "Holiday", "Start Date": "12/24/2025", "End Date": "12/26/2025", "All Day Event": "True", "Time Zone": "Pacific Standard Time", "Created Date": "1/5/2025 9:00 AM" },
      { "Event ID": "EV-000004", Subject: "Bad", "Start Date": "TBD", "All Day Event": "False", "Created Date": "1/5/2025 9:00 AM" },
      { "Event ID": "EV-000005", Subject: "Monthly", "Start Date": "1/6/2025", "Start Time": "9:00 AM", "End Date": "1/6/2025", "End Time": "9:30 AM", "All Day Event": "False", "Time Zone": "CST", "Recurrence Pattern": "RRULE:FREQ=MONTHLY;BYDAY=1MO;COUNT=12", "Related Contact ID": "100247", "Created Date": "1/5/2025 9:00 AM" },
    ]),
    help_desk_tickets: rows("help_desk_tickets", [
      { "Ticket ID": "0000001", "Ticket Number": "HD-2024-00123", Subject: "Printer jams", Description: "It <b>jams</b>", Status: "Pending", Priority: "Urgent", Category: "Hardware", "Contact E-mail": "Dana@Brightwater.example", "Contact Name": "Dana", "Assigned To": "Ann Lee", "Created Date": "1/5/2025 9:00 AM", "Resolved Date": "1/6/2025 5:30 PM" },
      { "Ticket ID": "0000002", "Ticket Number": "HD-2024-00124", Subject: "", Description: "First line of the description that is quite long and goes on and on beyond eighty characters\nsecond", Status: "Escalated", Priority: "", "Contact E-mail": "stranger@x.example", "Contact Name": "Stranger", "Created Date": "1/5/2025 9:00 AM" },
      { "Ticket ID": "0000003", "Ticket Number": "HD-2024-00125", Subject: "", Description: "", Status: "Open", "Created Date": "1/5/2025 9:00 AM" },
    ]),
    faq_articles: rows("faq_articles", [
      { "Article ID": "FAQ-0001", Category: "Billing", "Sort Order": "2", Question: "How do I pay?", Answer: "<p>By card.</p>", Published: "Yes", "Related Company ID": "20031", "Created Date": "1/5/2025 9:00 AM", "Modified Date": "1/6/2025 9:00 AM" },
      { "Article ID": "FAQ-0002", Category: "General", "Sort Order": "1", Question: "Hours?", Answer: "9 to 5", Published: "No", "Related Company ID": "29999", "Created Date": "1/5/2025 9:00 AM", "Modified Date": "1/6/2025 9:00 AM" },
    ]),
    custom_fields: rows("custom_fields", [
      { Object: "Contact", "Record ID": "100245", "Field Label": "Preferred Channel", "Field Type": "Dropdown", Value: "E-mail" },
      { Object: "Contact", "Record ID": "100246", "Field Label": "preferred  channel", "Field Type": "Dropdown", Value: "Phone" },
      { Object: "Contact", "Record ID": "100246", "Field Label": "VIP", "Field Type": "Checkbox", Value: "maybe" },
      { Object: "Deal", "Record ID": "DL-000123", "Field Label": "Budget", "Field Type": "Number", Value: "$5,000" },
      { Object: "Deal", "Record ID": "DL-000124", "Field Label": "Budget", "Field Type": "Text", Value: "n/a" },
      { Object: "Task", "Record ID": "TK-000001", "Field Label": "Goal", "Field Type": "Text", Value: "Grow" },
      { Object: "Task", "Record ID": "TK-000006", "Field Label": "Goal", "Field Type": "Text", Value: "x" },
      { Object: "Company", "Record ID": "29999", "Field Label": "Region", "Field Type": "Text", Value: "West" },
      { Object: "Contact", "Record ID": "100245", "Field Label": "Birthday Card", "Field Type": "Date", Value: "" },
    ]),
    sync_connections: rows("sync_connections", [
      { "Connection ID": "SC-1", Provider: "Google Calendar", Scope: "Calendar;Contacts", Account: "ann@gmail.com", "User E-mail": "ann.lee@acme.example", Status: "Connected", "Last Sync": "3/1/2025 7:15 AM", "Time Zone": "CST" },
    ]),
  };
}
