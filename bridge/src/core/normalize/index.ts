/** Normalizers of sources.md Part C and mapping.md §1.4. Pure and isomorphic. */
export { normalizeEmail, normalizeOneEmail, isValidEmail } from "./email.ts";
export type { EmailResult } from "./email.ts";
export { normalizePhone, setPhoneMemo } from "./phone.ts";
export type { PhoneResult } from "./phone.ts";
export { personName, nameKey, truncateName } from "./names.ts";
export { parseBool, isBlank } from "./bool.ts";
export { normalizeZip } from "./zip.ts";
export { parseMoney } from "./money.ts";
export type { Money } from "./money.ts";
export {
  parsePlanPlusDate,
  parsePlanPlusDateTime,
  parseTime,
  localToUtc,
  isoOffsetToUtc,
  localDateOfIso,
  localDateTimeToUtc,
  deadlineUtc,
  zoneOffsetMinutes,
} from "./dates.ts";
export type { ParsedDate, UtcResult, DstFlag } from "./dates.ts";
export { resolveTimeZone } from "./timezone.ts";
export { htmlToText, textToHtml, looksLikeHtml, decodeEntities } from "./html.ts";
export { countryCode } from "./country.ts";
export { hostOf } from "./url.ts";
export { parseQuadrant } from "./quadrant.ts";
export type { Quadrant } from "./quadrant.ts";
export { parseRecurrencePattern, recurrenceCells, recurrenceProblem } from "./recurrence.ts";
export type { RecurrenceFields, RecurrenceResult, RecurrenceWeekday } from "./recurrence.ts";
