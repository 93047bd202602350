/** PlanPlus object mappings (mapping.md §4), one file per source object. */
import type { ObjectMapping } from "../../core/mapping/schema.ts";
import { users } from "./users.ts";
import { companies } from "./companies.ts";
import { contacts } from "./contacts.ts";
import { contactCompanyLinks } from "./contact_company_links.ts";

export const PLANPLUS_OBJECTS: ObjectMapping[] = [users, companies, contacts, contactCompanyLinks];
