import type { ObjectMapping } from "../../core/mapping/schema.ts";

const ORG = { op: "predicate", name: "px_is_org" } as const;
const IND = { op: "predicate", name: "px_individual" } as const;

/** customers → res.partner split: company + primary person, or one individual; delivery child (mapping.md §3.3). */
export const customers: ObjectMapping = {
  object: "customers",
  file: "customers.jsonl",
  idField: "id",
  order: 3,
  dependsOn: ["users", "custom_field_definitions", "tax_codes"],
  kind: "records",
  description:
    "Organisation (company_name non-blank) → company plexus_customer_<id> + child person plexus_customer_<id>_primary; individual → one person plexus_customer_<id>; a different service address → delivery child plexus_customer_<id>_delivery. Billing people come from customer_contacts.",
  prepass: ["px_customer_email_dup"],
  targets: [
    { name: "main", model: "res.partner", xmlidObject: "customer", notesField: "comment", notesHtml: true },
    { name: "primary", model: "res.partner", xmlidObject: "customer", xmlidSuffix: "primary", when: { op: "predicate", name: "px_org_with_primary" }, notesField: "comment", notesHtml: true },
    { name: "delivery", model: "res.partner", xmlidObject: "customer", xmlidSuffix: "delivery", when: { op: "predicate", name: "px_has_delivery" } },
  ],
  skips: [{ code: "deleted", when: { op: "true", field: "deleted" }, message: "soft-deleted in Plexus" }],
  rejects: [{ code: "missing_required", when: { op: "predicate", name: "px_individual_without_name" }, field: "primary_contact", message: "individual customer without name parts and e-mail" }],
  post: ["px_customer_children"],
  fields: [
    { kind: "computed", compute: "px_customer_is_company", to: "is_company" },
    { kind: "computed", compute: "px_customer_name", to: "name" },
    { kind: "transform", from: "primary_contact.email", to: "email", transform: "email", when: IND, args: { field: "primary_contact.email" } },
    { kind: "computed", compute: "px_email_duplicate", from: ["primary_contact.email"] },
    { kind: "transform", from: "primary_contact.phone", to: "phone", transform: "phone", when: IND, args: { countryFrom: "billing_address.country", field: "primary_contact.phone" } },
    { kind: "transform", from: "primary_contact.mobile", to: "mobile", transform: "phone", when: IND, args: { countryFrom: "billing_address.country", label: "Mobile", field: "primary_contact.mobile" } },
    { kind: "transform", from: "phone", to: "phone", transform: "phone", when: ORG, args: { countryFrom: "billing_address.country", field: "phone" } },
    { kind: "copy", from: "website", to: "website" },
    { kind: "transform", from: "industry", to: "industry_id/id", transform: "industry" },
    { kind: "transform", from: "billing_address", transform: "address", note: "street, street2, city, state_id, zip, country_id" },
    { kind: "transform", from: "owner_user_id", to: "user_id/.id", transform: "owner_id", args: { field: "owner_user_id" } },
    { kind: "copy", from: "account_number", to: "ref" },
    { kind: "transform", from: "notes", to: "comment", transform: "html" },
    { kind: "copy", from: "status", to: "x_plexus_customer_status" },
    { kind: "computed", compute: "px_tax_exempt", from: ["tax_exempt"], to: "property_account_position_id/.id", note: "wizard-chosen exempt fiscal position; else x_plexus_tax_exempt only" },
    { kind: "computed", compute: "px_tax_code_text", from: ["tax_code_id"], to: "x_plexus_default_tax_code" },
    { kind: "computed", compute: "px_price_catalog", from: ["price_catalog_id"], to: "x_plexus_price_catalog" },
    { kind: "computed", compute: "px_custom_fields", args: { appliesTo: "customer", model: "res.partner" }, note: "x_plexus_<key> per definition (§3.12)" },
    { kind: "transform", from: "created_at", transform: "create_date" },
    // primary person of an organisation
    { target: "primary", kind: "constant", to: "is_company", value: "0" },
    { target: "primary", kind: "constant", to: "type", value: "contact" },
    { target: "primary", kind: "computed", compute: "px_parent_customer", to: "parent_id/id" },
    { target: "primary", kind: "computed", compute: "px_primary_name", to: "name" },
    { target: "primary", kind: "transform", from: "primary_contact.email", to: "email", transform: "email", args: { field: "primary_contact.email" } },
    { target: "primary", kind: "transform", from: "primary_contact.phone", to: "phone", transform: "phone", args: { countryFrom: "billing_address.country", field: "primary_contact.phone" } },
    { target: "primary", kind: "transform", from: "primary_contact.mobile", to: "mobile", transform: "phone", args: { countryFrom: "billing_address.country", label: "Mobile", field: "primary_contact.mobile" } },
    { target: "primary", kind: "copy", from: "primary_contact.title", to: "function" },
    // delivery child
    { target: "delivery", kind: "constant", to: "is_company", value: "0" },
    { target: "delivery", kind: "constant", to: "type", value: "delivery" },
    { target: "delivery", kind: "computed", compute: "px_parent_customer", to: "parent_id/id" },
    { target: "delivery", kind: "computed", compute: "px_delivery_name", from: ["service_address"], to: "name" },
    { target: "delivery", kind: "transform", from: "service_address", transform: "address" },
  ],
  reference: {
    id: "—", account_number: "res.partner.ref", customer_type: "res.partner.is_company", company_name: "res.partner.name", primary_contact: "res.partner.child_ids",
    phone: "res.partner.phone", website: "res.partner.website", industry: "res.partner.industry_id", billing_address: "res.partner.street", service_address: "res.partner.child_ids",
    owner_user_id: "res.partner.user_id", tax_code_id: "res.partner.x_plexus_default_tax_code", tax_exempt: "res.partner.property_account_position_id",
    price_catalog_id: "res.partner.x_plexus_price_catalog", status: "res.partner.x_plexus_customer_status", notes: "res.partner.comment", custom_fields: "—",
    created_at: "res.partner.create_date", updated_at: "—", deleted: "—", deleted_at: "—",
  },
  customFields: [
    { model: "res.partner", name: "x_plexus_customer_status", ttype: "selection", label: "Plexus status", selection: [["active", "Active"], ["inactive", "Inactive"], ["prospect", "Prospect"]] },
    { model: "res.partner", name: "x_plexus_tax_exempt", ttype: "boolean", label: "Tax exempt (Plexus)" },
    { model: "res.partner", name: "x_plexus_default_tax_code", ttype: "char", label: "Plexus default tax code" },
    { model: "res.partner", name: "x_plexus_price_catalog", ttype: "char", label: "Plexus price catalog" },
  ],
};
