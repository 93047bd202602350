import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** contact_company_links.csv → parent_id of the contact (outcome per link row) — mapping.md §4.4. */
export const contactCompanyLinks: ObjectMapping = {
  object: "contact_company_links",
  file: "contact_company_links.csv",
  idField: "Link ID",
  order: 4,
  dependsOn: ["contacts", "companies"],
  kind: "records",
  description:
    "Links create no record: the chosen link sets the contact's parent_id and x_pp_relationship (written with the contact); Former Employee and non-chosen links are skipped (secondary_link).",
  targets: [],
  fields: [],
  post: ["pp_link_outcome"],
  reference: {
    "Link ID": "—",
    "Contact ID": "res.partner.id",
    "Company ID": "res.partner.parent_id",
    "Company Name": "res.partner.parent_id",
    Relationship: "res.partner.x_pp_relationship",
    "Is Primary": "res.partner.parent_id",
    "Created Date": "—",
  },
};
