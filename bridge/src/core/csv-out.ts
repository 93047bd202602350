/**
 * CSV writing for reports (sources.md C.3): every field quoted, CRLF, formula-like string cells
 * neutralized with a leading quote (C.2 `formula_text`). Numbers are written as numbers, unprefixed.
 */
export const UTF8_BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a string that a spreadsheet would read as a formula with `'`. Never strips or evaluates. */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type CsvCell = string | number | null | undefined;

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '""';
  const text = typeof value === "number" ? String(value) : neutralizeFormula(value);
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}

/** Cuts a raw value for reports at `max` characters without splitting a surrogate pair. */
export function truncateForReport(value: string, max = 200): string {
  if (value.length <= max) return value;
  let cut = max;
  const code = value.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return value.slice(0, cut);
}

export const ROW_REPORT_HEADER = ["Source", "Object", "Source ID", "Row", "Outcome", "Code", "Field", "Raw Value", "Message"] as const;

export interface RowReportLine {
  source: string;
  object: string;
  sourceId: string | null;
  row: number;
  outcome: string;
  code: string;
  field?: string | undefined;
  raw?: string | undefined;
  message: string;
}

export function rowReportLine(line: RowReportLine): string {
  return csvLine([
    line.source,
    line.object,
    line.sourceId ?? "",
    line.row,
    line.outcome,
    line.code,
    line.field ?? "",
    line.raw === undefined ? "" : truncateForReport(line.raw),
    line.message,
  ]);
}
