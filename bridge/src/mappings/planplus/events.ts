import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** events.csv → calendar.event (mapping.md §4.7, recurrence §5.11). */
export const events: ObjectMapping = {
  object: "events",
  file: "events.csv",
  idField: "Event ID",
  order: 10,
  dependsOn: ["contacts", "users"],
  kind: "records",
  description: "One event per row (xmlid planplus_event_<Event ID>): local times in the event zone (else organizer's, else export zone + timezone_assumed) → UTC; attendees resolved by e-mail.",
  targets: [{ name: "main", model: "calendar.event", xmlidObject: "event", notesField: "description", notesHtml: true }],
  rejects: [{ code: "missing_required", when: { op: "blank", field: "Start Date" }, field: "Start Date", message: "Start Date is blank" }],
  fields: [
    { kind: "computed", compute: "pp_event_times", note: "start/stop (UTC) or allday + start_date/stop_date" },
    { kind: "computed", compute: "pp_event_name", from: ["Subject"], to: "name" },
    { kind: "copy", from: "Location", to: "location" },
    { kind: "computed", compute: "pp_event_description", to: "description", note: "html(); recurrence fields, or single event + recurrence_unparsed" },
    { kind: "computed", compute: "pp_event_partners", note: "partner_ids: attendees (user partner, loaded contact, existing partner, new attendee partner) + related contact" },
    { kind: "transform", from: "Organizer E-mail", to: "user_id/.id", transform: "owner_email", args: { field: "Organizer E-mail" } },
    { kind: "value_map", from: "Show Time As", map: "show_as", to: "show_as" },
    { kind: "computed", compute: "pp_privacy", from: ["Private"], to: "privacy" },
    { kind: "transform", from: "Categories", to: "categ_ids/id", transform: "tags", args: { model: "calendar.event.type", object: "event_tag" } },
    { kind: "transform", from: "Created Date", transform: "create_date" },
  ],
  reference: {
    "Event ID": "—", Subject: "calendar.event.name", "Start Date": "calendar.event.start", "Start Time": "calendar.event.start", "End Date": "calendar.event.stop",
    "End Time": "calendar.event.stop", "All Day Event": "calendar.event.allday", "Time Zone": "—", Location: "calendar.event.location", Description: "calendar.event.description",
    Attendees: "calendar.event.partner_ids", "Organizer E-mail": "calendar.event.user_id", "Recurrence Pattern": "calendar.event.rrule_type", "Show Time As": "calendar.event.show_as",
    Private: "calendar.event.privacy", Categories: "calendar.event.categ_ids", "Related Contact ID": "calendar.event.partner_ids", "Created Date": "calendar.event.create_date", "Modified Date": "—",
  },
};
