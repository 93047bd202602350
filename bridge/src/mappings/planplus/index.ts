/** PlanPlus object mappings (mapping.md §4), one file per source object. */
import type { ObjectMapping } from "../../core/mapping/schema.ts";
import { users } from "./users.ts";
import { companies } from "./companies.ts";
import { contacts } from "./contacts.ts";
import { contactCompanyLinks } from "./contact_company_links.ts";
import { dealStages } from "./deal_stages.ts";
import { deals } from "./deals.ts";
import { projects } from "./projects.ts";
import { milestones } from "./milestones.ts";
import { tasks } from "./tasks.ts";
import { events } from "./events.ts";
import { helpDeskTickets } from "./help_desk_tickets.ts";
import { faqArticles } from "./faq_articles.ts";
import { customFields } from "./custom_fields.ts";
import { syncConnections } from "./sync_connections.ts";

export const PLANPLUS_OBJECTS: ObjectMapping[] = [
  users,
  companies,
  contacts,
  contactCompanyLinks,
  dealStages,
  deals,
  projects,
  milestones,
  tasks,
  events,
  helpDeskTickets,
  faqArticles,
  customFields,
  syncConnections,
];
