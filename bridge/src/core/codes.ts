/**
 * Outcome, skip, reject and flag codes of sources.md Part C.1. Every source row ends with
 * exactly one outcome; flags are only counted on loaded rows.
 */
export const OUTCOMES = ["loaded", "merged", "skipped", "rejected", "documented", "validated"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const SKIP_CODES = ["deleted", "duplicate_row", "superseded", "cancelled", "secondary_link", "lost_stage"] as const;
export type SkipCode = (typeof SKIP_CODES)[number];

/** In precedence order: the first that applies is reported. `odoo_error` is Odoo refusing a row (mapping.md §1.3). */
export const REJECT_CODES = [
  "malformed_row",
  "missing_required",
  "invalid_required_value",
  "orphan_reference",
  "parent_not_loaded",
  "file_missing",
  "checksum_mismatch",
  "file_too_large",
  "odoo_error",
] as const;
export type RejectCode = (typeof REJECT_CODES)[number];

export const FLAG_CODES = [
  "owner_unmatched",
  "owner_inactive",
  "owner_ambiguous",
  "employee_user_unmatched",
  "email_invalid",
  "email_duplicate",
  "phone_invalid",
  "date_ambiguous",
  "invalid_date",
  "timezone_assumed",
  "dst_gap_adjusted",
  "dst_ambiguous",
  "recurrence_unparsed",
  "custom_value_not_in_options",
  "custom_value_invalid",
  "custom_field_undefined",
  "orphan_reference",
  "reference_ambiguous",
  "parent_cycle",
  "company_inferred",
  "multiple_company_links",
  "text_truncated",
  "duration_mismatch",
  "schedule_unassigned",
  "tax_unmapped",
  "discount_rounded",
  "invalid_amount",
  "value_unmapped",
  "receipt_missing",
  "price_catalog_not_migrated",
  "prevailing_wage_not_migrated",
  "second_primary_contact",
  "contact_unmatched",
  "summary_missing",
  "currency_not_converted",
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export type SourceSystem = "plexus" | "planplus";

/** One problem found on one row: a reject, a skip or a flag, with the field and raw value it concerns. */
export interface RowIssue {
  code: RejectCode | SkipCode | FlagCode;
  field?: string;
  raw?: string;
  message: string;
}

/** Where a row came from: file (or endpoint) and its 1-based record number (sources.md C.3 `Row`). */
export interface RowOrigin {
  source: SourceSystem;
  object: string;
  file: string;
  row: number;
}
