import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** customer_contacts → res.partner children; billing → type invoice; primary duplicates merged (mapping.md §3.4). */
export const customerContacts: ObjectMapping = {
  object: "customer_contacts",
  file: "customer_contacts.jsonl",
  idField: "id",
  order: 4,
  dependsOn: ["customers"],
  kind: "records",
  description: "Child person of the customer's main partner (xmlid plexus_customer_contact_<id>); billing → type invoice with its own (else the customer's billing) address; a primary row equal to the embedded primary contact is merged.",
  targets: [{ name: "main", model: "res.partner", xmlidObject: "customer_contact", notesField: "comment", notesHtml: true }],
  skips: [{ code: "deleted", when: { op: "true", field: "deleted" }, message: "soft-deleted in Plexus" }],
  rejects: [{ code: "missing_required", when: { op: "predicate", name: "px_contact_blank" }, field: "first_name", message: "first name, last name and e-mail all blank" }],
  post: ["px_contact_role"],
  fields: [
    { kind: "lookup_xmlid", from: "customer_id", object: "customer", sourceObject: "customers", onMissing: "reject", to: "parent_id/id" },
    { kind: "constant", to: "is_company", value: "0" },
    { kind: "computed", compute: "px_contact_type", from: ["role"], to: "type" },
    { kind: "computed", compute: "px_contact_name", from: ["first_name", "last_name", "email"], to: "name" },
    { kind: "transform", from: "email", to: "email", transform: "email", args: { field: "email" } },
    { kind: "transform", from: "phone", to: "phone", transform: "phone", args: { countryFrom: "address.country", field: "phone" } },
    { kind: "transform", from: "mobile", to: "mobile", transform: "phone", args: { countryFrom: "address.country", label: "Mobile", field: "mobile" } },
    { kind: "copy", from: "title", to: "function" },
    { kind: "computed", compute: "px_contact_address", note: "billing: own address else the customer's billing address" },
    { kind: "transform", from: "is_active", to: "active", transform: "bool" },
    { kind: "transform", from: "created_at", transform: "create_date" },
  ],
  reference: {
    id: "—", customer_id: "res.partner.parent_id", role: "res.partner.type", first_name: "res.partner.name", last_name: "res.partner.name", title: "res.partner.function",
    email: "res.partner.email", phone: "res.partner.phone", mobile: "res.partner.mobile", address: "res.partner.street", is_active: "res.partner.active",
    created_at: "res.partner.create_date", updated_at: "—", deleted: "—", deleted_at: "—",
  },
};
