/** Plexus object mappings (mapping.md §3), one file per source object. */
import type { ObjectMapping } from "../../core/mapping/schema.ts";
import { users } from "./users.ts";
import { customFieldDefinitions } from "./custom_field_definitions.ts";
import { employees } from "./employees.ts";
import { customers } from "./customers.ts";
import { customerContacts } from "./customer_contacts.ts";
import { workOrderGroups } from "./work_order_groups.ts";
import { workOrders } from "./work_orders.ts";
import { jobLines } from "./job_lines.ts";
import { schedules } from "./schedules.ts";
import { timeEntries } from "./time_entries.ts";
import { taxCodes } from "./tax_codes.ts";
import { quotes } from "./quotes.ts";
import { quoteLines } from "./quote_lines.ts";
import { expenseCategories } from "./expense_categories.ts";
import { expenses } from "./expenses.ts";
import { attachments } from "./attachments.ts";
import { workflowRules } from "./workflow_rules.ts";

export const PLEXUS_OBJECTS: ObjectMapping[] = [
  customFieldDefinitions,
  users,
  employees,
  customers,
  customerContacts,
  workOrderGroups,
  workOrders,
  jobLines,
  schedules,
  timeEntries,
  taxCodes,
  quotes,
  quoteLines,
  expenseCategories,
  expenses,
  attachments,
  workflowRules,
];
