/**
 * Field-level diff between the value Ferry sent to Odoo (a `load()` cell: the normalized source
 * value) and the value Odoo returns from `read()`, with the likely cause of a mismatch.
 * Used by `ferry sample` (sample_diff.html/.csv) and by `ferry delta` (conflict detection). Pure.
 */
import { csvLine, UTF8_BOM } from "./csv-out.ts";
import { esc } from "./report-html.ts";
import { canonicalJson } from "./hash.ts";

export type MismatchCause =
  | "value_normalized"
  | "truncated"
  | "relation_not_resolved"
  | "field_missing_in_odoo"
  | "timezone_shift"
  | "different_value";

export const CAUSE_LABEL: Record<MismatchCause, string> = {
  value_normalized: "value normalized by Odoo (case, spacing, format)",
  truncated: "truncated in Odoo",
  relation_not_resolved: "relation not resolved",
  field_missing_in_odoo: "field missing in Odoo",
  timezone_shift: "timezone shift",
  different_value: "different value",
};

/** Why a differing value is still expected: Odoo rewrote it to an equivalent or derived value (rules in diff-readback.ts). */
export type ExpectedRewrite = "address_from_company" | "url_scheme_added" | "html_sanitized" | "task_state_computed";

export const EXPECTED_LABEL: Record<ExpectedRewrite, string> = {
  address_from_company: "child contact's address synced from its company (Odoo)",
  url_scheme_added: "http:// added to a website (Odoo)",
  html_sanitized: "HTML wrapped/sanitized by Odoo",
  task_state_computed: "task 'waiting' state reset to in progress by Odoo (it derives waiting from blocking tasks)",
};

/** Words for a mismatch cause or an expected rewrite (sample_diff.csv `cause` column), undefined when unknown. */
export function diffCauseLabel(cause: string): string | undefined {
  return (CAUSE_LABEL as Record<string, string>)[cause] ?? (EXPECTED_LABEL as Record<string, string>)[cause];
}

/** True for a `cause` that names an expected Odoo rewrite, not a mismatch. */
export function isExpectedRewrite(cause: string): cause is ExpectedRewrite {
  return Object.prototype.hasOwnProperty.call(EXPECTED_LABEL, cause);
}

/** What a column expects, as far as the caller knows it. */
export interface ExpectedCell {
  /** Odoo field type from fields_get; undefined = the field does not exist in Odoo. */
  type: string | undefined;
  /** The load cell (for `field/id` columns: the xmlid). */
  cell: string;
  /** For relation columns: the Odoo id the xmlid/`.id` cell stands for (null = not in Odoo). */
  relationId?: number | null;
  /** For x2many columns with several references: each one's Odoo id (null = not in Odoo). */
  relationIds?: (number | null)[];
}

export interface CellComparison {
  equal: boolean;
  cause?: MismatchCause;
  /** Display texts of both sides. */
  expected: string;
  actual: string;
}

/** Odoo read value as text: many2one `[id, name]` → id, x2many → sorted ids, false/null → "". */
export function odooText(v: unknown): string {
  if (v === false || v === null || v === undefined) return "";
  if (Array.isArray(v)) {
    if (v.length === 2 && typeof v[0] === "number" && typeof v[1] === "string") return String(v[0]);
    return v.map(String).sort().join(",");
  }
  if (v === true) return "1";
  if (typeof v === "object") return canonicalJson(v); // json fields (e.g. analytic_distribution) come back as objects
  return String(v);
}

const TRUE_RE = /^(1|true|yes|y|x|on)$/i;
const RELATIONAL = new Set(["many2one", "many2many", "one2many"]);

function squash(s: string): string {
  const text = s.normalize("NFC").replace(/<[^>]*>/g, " ").replace(/&nbsp;/g, " ").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

function digits(s: string): string {
  return s.replace(/[^0-9+]/g, "");
}

/** Parses `YYYY-MM-DD[ T]HH:MM[:SS]` as UTC minutes since epoch (no zone conversion). */
function minutesOf(s: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/.exec(s.trim());
  if (!m) return undefined;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])) / 60000;
}

export function compareCell(exp: ExpectedCell, actual: unknown): CellComparison {
  const type = exp.type;
  const actualText = odooText(actual);
  if (type === undefined) return { equal: false, cause: "field_missing_in_odoo", expected: exp.cell, actual: "" };
  if (RELATIONAL.has(type)) {
    if (exp.cell === "") return { equal: actualText === "", ...(actualText === "" ? {} : { cause: "different_value" as const }), expected: "", actual: actualText };
    if (exp.relationIds && exp.relationIds.length > 1) {
      const got = new Set(actualText.split(","));
      if (exp.relationIds.some((x) => x === null)) return { equal: false, cause: "relation_not_resolved", expected: exp.cell, actual: actualText };
      const ok = exp.relationIds.every((x) => got.has(String(x)));
      return { equal: ok, ...(ok ? {} : { cause: "different_value" as const }), expected: exp.cell, actual: actualText };
    }
    const want = exp.relationId ?? exp.relationIds?.[0];
    if (want === null || want === undefined) return { equal: false, cause: "relation_not_resolved", expected: exp.cell, actual: actualText };
    const ids = actualText.split(",");
    const ok = type === "many2one" ? actualText === String(want) : ids.includes(String(want));
    return ok ? { equal: true, expected: exp.cell, actual: actualText } : { equal: false, cause: actualText === "" ? "relation_not_resolved" : "different_value", expected: exp.cell, actual: actualText };
  }
  const cell = exp.cell;
  if (type === "boolean") {
    const want = TRUE_RE.test(cell.trim());
    const got = actual === true;
    return { equal: want === got, ...(want === got ? {} : { cause: "different_value" as const }), expected: want ? "1" : "", actual: got ? "1" : "" };
  }
  if (type === "integer" || type === "float" || type === "monetary" || type === "many2one_reference") {
    const a = cell.trim() === "" ? 0 : Number(cell);
    const b = typeof actual === "number" ? actual : actual === false ? 0 : Number(actualText);
    const equal = Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a));
    return { equal, ...(equal ? {} : { cause: Math.abs(a - b) < 0.01 ? ("value_normalized" as const) : ("different_value" as const) }), expected: cell, actual: actualText };
  }
  if (cell === actualText) return { equal: true, expected: cell, actual: actualText };
  if (type === "json") {
    // The cell is JSON text, Odoo answers the parsed value (`{"12": 100.0}` for `{"12":100}`).
    let parsed: unknown = undefined;
    try {
      parsed = JSON.parse(cell);
    } catch {
      /* not JSON: compared as text below */
    }
    if (parsed !== undefined && canonicalJson(parsed) === actualText) return { equal: true, expected: cell, actual: actualText };
  }
  if (type === "datetime" || type === "date") {
    const a = minutesOf(cell);
    const b = minutesOf(actualText);
    if (a !== undefined && b !== undefined && a === b) return { equal: true, expected: cell, actual: actualText };
    if (type === "date" && cell.slice(0, 10) === actualText.slice(0, 10)) return { equal: true, expected: cell, actual: actualText };
    if (a !== undefined && b !== undefined && Math.abs(a - b) % 15 === 0 && Math.abs(a - b) <= 14 * 60) return { equal: false, cause: "timezone_shift", expected: cell, actual: actualText };
    // Same minute → only the format/seconds differ; otherwise a different moment.
    const sameMinute = a !== undefined && b !== undefined && Math.abs(a - b) < 1;
    return { equal: false, cause: sameMinute ? "value_normalized" : "different_value", expected: cell, actual: actualText };
  }
  if (type === "html") {
    // Odoo sanitizes HTML: compare the text content.
    if (squash(cell) === squash(actualText)) return { equal: true, expected: cell, actual: actualText };
  }
  if (cell !== "" && actualText !== "" && cell.startsWith(actualText)) return { equal: false, cause: "truncated", expected: cell, actual: actualText };
  // Same text up to case/spacing/markup, a prefix Odoo adds (a URL scheme), or the same digits (phone formatting).
  const a = squash(cell);
  const b = squash(actualText);
  if (a === b || (a.length >= 3 && b.endsWith(a)) || (digits(cell).replace(/^\+/, "").length >= 5 && digits(cell) === digits(actualText))) return { equal: false, cause: "value_normalized", expected: cell, actual: actualText };
  return { equal: false, cause: "different_value", expected: cell, actual: actualText };
}

/** One line of the sample diff: a field of a sampled record (or a row that did not land). */
export interface DiffLine {
  object: string;
  source_id: string;
  model: string;
  xmlid: string;
  field: string;
  /** expected: Odoo rewrote the value to an equivalent/derived one (`rewrite` says which rule); not a mismatch. */
  status: "match" | "expected" | "mismatch" | "not_loaded" | "no_write";
  source_value: string;
  odoo_value: string;
  cause?: MismatchCause;
  rewrite?: ExpectedRewrite;
  /** For not_loaded: the outcome/code (rejected: odoo_error …). */
  note?: string;
}

export interface DiffSummary {
  rows: number;
  records: number;
  fields_compared: number;
  /** Real mismatches only (expected rewrites are counted apart). */
  mismatches: number;
  by_cause: Partial<Record<MismatchCause, number>>;
  /** Values Odoo rewrote to an equivalent/derived value, per rule. */
  expected: Partial<Record<ExpectedRewrite, number>>;
  not_loaded: number;
}

export function summarizeDiff(lines: readonly DiffLine[]): DiffSummary {
  const byCause: Partial<Record<MismatchCause, number>> = {};
  const expected: Partial<Record<ExpectedRewrite, number>> = {};
  for (const l of lines) {
    if (l.status === "mismatch") byCause[l.cause ?? "different_value"] = (byCause[l.cause ?? "different_value"] ?? 0) + 1;
    else if (l.status === "expected" && l.rewrite) expected[l.rewrite] = (expected[l.rewrite] ?? 0) + 1;
  }
  return {
    rows: new Set(lines.map((l) => `${l.object}\u001f${l.source_id}`)).size,
    records: new Set(lines.filter((l) => l.xmlid).map((l) => l.xmlid)).size,
    fields_compared: lines.filter((l) => l.field !== "" && (l.status === "match" || l.status === "expected" || l.status === "mismatch")).length,
    mismatches: lines.filter((l) => l.status === "mismatch").length,
    by_cause: byCause,
    expected,
    not_loaded: lines.filter((l) => l.status === "not_loaded").length,
  };
}

const CSV_HEADER = ["object", "source_id", "model", "xmlid", "field", "status", "cause", "source_value", "odoo_value", "note"];

/** sample_diff.csv: every field quoted, formula-like cells neutralized, UTF-8 BOM, CRLF. `cause`: the mismatch cause, or for status `expected` the rewrite rule. */
export function diffCsv(lines: readonly DiffLine[]): string {
  return UTF8_BOM + csvLine(CSV_HEADER) + lines.map((l) => csvLine([l.object, l.source_id, l.model, l.xmlid, l.field, l.status, l.cause ?? l.rewrite ?? "", l.source_value, l.odoo_value, l.note ?? ""])).join("");
}

/** sample_diff.html: self-contained page, mismatches grouped by cause, expected Odoo rewrites grouped by rule, then every compared row. */
export function diffHtml(lines: readonly DiffLine[], meta: { title: string; run: string; generatedAt: string }): string {
  const s = summarizeDiff(lines);
  const mism = lines.filter((l) => l.status === "mismatch");
  const causes = [...new Set(mism.map((l) => l.cause ?? "different_value"))].sort();
  const row = (l: DiffLine) =>
    `<tr class="${l.status}"><td>${esc(l.object)}</td><td>${esc(l.source_id)}</td><td>${esc(l.model)}</td><td>${esc(l.field)}</td><td>${esc(l.status)}</td><td>${esc(l.source_value)}</td><td>${esc(l.odoo_value)}</td><td>${esc(l.note ?? "")}</td></tr>`;
  const head = "<tr><th>object</th><th>source id</th><th>model</th><th>field</th><th>status</th><th>source value (normalized)</th><th>Odoo value</th><th>note</th></tr>";
  const groups = causes
    .map((c) => {
      const ls = mism.filter((l) => (l.cause ?? "different_value") === c);
      return `<h3>${esc(CAUSE_LABEL[c])} (${ls.length})</h3><table>${head}${ls.map(row).join("")}</table>`;
    })
    .join("");
  const exp = lines.filter((l) => l.status === "expected");
  const rules = [...new Set(exp.map((l) => l.rewrite ?? "html_sanitized"))].sort();
  const expGroups = rules
    .map((r) => {
      const ls = exp.filter((l) => l.rewrite === r);
      return `<h3>${esc(EXPECTED_LABEL[r])} (${ls.length})</h3><table>${head}${ls.map(row).join("")}</table>`;
    })
    .join("");
  const expN = exp.length;
  const notLoaded = lines.filter((l) => l.status === "not_loaded" || l.status === "no_write");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(meta.title)}</title><style>
body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:13px}td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
tr.mismatch td{background:#fff3f0}tr.expected td{background:#f3f8ff}tr.not_loaded td{background:#f4f4f4}details{margin:1em 0}
</style></head><body><h1>${esc(meta.title)}</h1><p>Run ${esc(meta.run)} — generated ${esc(meta.generatedAt)}</p>
<p>${s.rows} sampled rows, ${s.records} Odoo records, ${s.fields_compared} fields compared, <strong>${s.mismatches} mismatches</strong>, ${expN} values rewritten by Odoo as expected, ${s.not_loaded} rows not loaded.</p>
<h2>Mismatches by cause</h2>${groups || "<p>No mismatches.</p>"}
${expN ? `<h2>Expected Odoo rewrites (not mismatches) (${expN})</h2>${expGroups}` : ""}
${notLoaded.length ? `<h2>Rows without a record to compare (${notLoaded.length})</h2><table>${head}${notLoaded.map(row).join("")}</table>` : ""}
<details><summary>All compared fields (${lines.length})</summary><table>${head}${lines.map(row).join("")}</table></details>
</body></html>
`;
}
