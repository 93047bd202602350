/**
 * Self-contained HTML (inline SVG charts, no CDN) and formula-safe CSV for `ferry validate` and
 * `ferry audit`. Pure: takes plain data, returns strings. Every source-derived text goes through `esc`.
 */
import { esc } from "./report-html.ts";
import { csvLine, UTF8_BOM } from "./csv-out.ts";

// ---------------------------------------------------------------- data shapes

export interface ValidationObject {
  object: string;
  source_count: number;
  landed: number;
  rejected: number;
  skipped: number;
  /** merged + documented + validated (rows accounted for without a record of their own). */
  other: number;
  /** source_count === landed + rejected + skipped + other */
  balanced: boolean;
  rejected_by: Record<string, number>;
  skipped_by: Record<string, number>;
}

export interface ValidationModel {
  model: string;
  /** Records the run's reconciliation expected (from odoo_records / created). */
  expected: number | null;
  /** ir.model.data rows of the Ferry module for the model. */
  xmlids: number;
  /** Of those, records that still exist and are active (where the model has `active`). */
  active: number;
  /** xmlids whose record no longer exists. */
  missing: number;
  ok: boolean;
}

export interface NullFkCheck {
  object: string;
  model: string;
  field: string;
  /** What the check means, e.g. "task without project where the source had one". */
  label: string;
  /** Records checked (loaded with a source value for the link). */
  checked: number;
  /** Of those, records whose field is empty in Odoo with no reason on record. */
  empty: number;
  /** Empty, but explained: the linked parent did not land, or the row carries a flag on that column. */
  explained: number;
  /** A few example source ids. */
  examples: string[];
}

export interface FillRate {
  object: string;
  model: string;
  field: string;
  source_column: string | null;
  source_filled: number;
  source_rows: number;
  odoo_filled: number;
  odoo_records: number;
}

export interface ValidationReport {
  source: string;
  run: string;
  run_dir: string;
  generated_at: string;
  target: string;
  objects: ValidationObject[];
  models: ValidationModel[];
  null_fk: NullFkCheck[];
  fill_rates: FillRate[];
  owners: { summary: Record<string, number>; flagged_rows: Record<string, number> };
  rejects_by_reason: { object: string; outcome: "rejected" | "skipped"; code: string; count: number }[];
  /** Every object balanced, every model within tolerance, no null foreign key. */
  ok: boolean;
  problems: string[];
  /** Not failures, worth a look (fill-rate drops, skipped checks). */
  notes: string[];
}

// ---------------------------------------------------------------- SVG charts

export interface BarSeries {
  label: string;
  color: string;
}

const PALETTE = { landed: "#28a745", rejected: "#dc3545", skipped: "#adb5bd", other: "#17a2b8", source: "#6c757d", odoo: "#0d6efd" };

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/**
 * Horizontal stacked bars, one per row. `values[i][j]` is the value of series j in row i; bars scale
 * to the largest row total.
 */
export function stackedBarChart(rows: string[], series: BarSeries[], values: number[][], opts: { width?: number; title?: string } = {}): string {
  const width = opts.width ?? 640;
  const labelW = 170;
  const barW = width - labelW - 60;
  const rowH = 20;
  const legendH = 22;
  const height = legendH + rows.length * rowH + 6;
  const max = Math.max(1, ...values.map((v) => v.reduce((s, x) => s + x, 0)));
  const legend = series
    .map((s, i) => `<rect x="${labelW + i * 110}" y="4" width="12" height="12" fill="${s.color}"/><text x="${labelW + i * 110 + 16}" y="14" font-size="11">${esc(s.label)}</text>`)
    .join("");
  const bars = rows
    .map((r, i) => {
      const y = legendH + i * rowH;
      let x = labelW;
      const rects = (values[i] ?? [])
        .map((v, j) => {
          if (v <= 0) return "";
          const w = (v / max) * barW;
          const s = series[j];
          const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${Math.max(w, 0.5).toFixed(1)}" height="${rowH - 6}" fill="${s?.color ?? "#999"}"><title>${esc(r)} — ${esc(s?.label ?? "")}: ${num(v)}</title></rect>`;
          x += w;
          return rect;
        })
        .join("");
      const total = (values[i] ?? []).reduce((s, v) => s + v, 0);
      return `<text x="${labelW - 6}" y="${y + 11}" font-size="11" text-anchor="end">${esc(r)}</text>${rects}<text x="${(x + 4).toFixed(1)}" y="${y + 11}" font-size="10" fill="#555">${num(total)}</text>`;
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="${esc(opts.title ?? "chart")}">${legend}${bars}</svg>`;
}

/** Grouped horizontal bars: two values per row (e.g. source vs Odoo), as percentages 0..100 or counts. */
export function pairedBarChart(rows: string[], a: BarSeries, b: BarSeries, values: [number, number][], opts: { width?: number; max?: number; suffix?: string; title?: string } = {}): string {
  const width = opts.width ?? 640;
  const labelW = 230;
  const barW = width - labelW - 60;
  const rowH = 26;
  const legendH = 22;
  const height = legendH + rows.length * rowH + 6;
  const max = opts.max ?? Math.max(1, ...values.flat());
  const suffix = opts.suffix ?? "";
  const legend = [a, b].map((s, i) => `<rect x="${labelW + i * 110}" y="4" width="12" height="12" fill="${s.color}"/><text x="${labelW + i * 110 + 16}" y="14" font-size="11">${esc(s.label)}</text>`).join("");
  const bars = rows
    .map((r, i) => {
      const y = legendH + i * rowH;
      const [va, vb] = values[i] ?? [0, 0];
      const wa = (va / max) * barW;
      const wb = (vb / max) * barW;
      return `<text x="${labelW - 6}" y="${y + 14}" font-size="11" text-anchor="end">${esc(r)}</text>`
        + `<rect x="${labelW}" y="${y}" width="${Math.max(wa, 0.5).toFixed(1)}" height="10" fill="${a.color}"><title>${esc(r)} — ${esc(a.label)}: ${num(va)}${suffix}</title></rect>`
        + `<text x="${(labelW + wa + 4).toFixed(1)}" y="${y + 9}" font-size="9" fill="#555">${num(va)}${suffix}</text>`
        + `<rect x="${labelW}" y="${y + 11}" width="${Math.max(wb, 0.5).toFixed(1)}" height="10" fill="${b.color}"><title>${esc(r)} — ${esc(b.label)}: ${num(vb)}${suffix}</title></rect>`
        + `<text x="${(labelW + wb + 4).toFixed(1)}" y="${y + 20}" font-size="9" fill="#555">${num(vb)}${suffix}</text>`;
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="${esc(opts.title ?? "chart")}">${legend}${bars}</svg>`;
}

// ---------------------------------------------------------------- HTML page helpers

const STYLE = `body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#222;max-width:1100px}
h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd;padding-bottom:4px}
table{border-collapse:collapse;margin:8px 0;font-size:13px}th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f6f6}td.n{text-align:right;font-variant-numeric:tabular-nums}.bad{color:#b00020;font-weight:600}.ok{color:#1e7e34}
.hl{background:#fff3cd}.sub{font-size:11px;color:#666}.meta{color:#555;font-size:13px}code{background:#f3f3f3;padding:0 3px}`;

export interface Table {
  head: string[];
  /** Cells are plain values (escaped here); a row may be marked `bad`/`hl`. */
  rows: { cells: (string | number | null | undefined)[]; cls?: "bad" | "hl" | "ok" }[];
  numeric?: number[];
}

export function htmlTable(t: Table): string {
  const numeric = new Set(t.numeric ?? []);
  const head = `<tr>${t.head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr>`;
  const body = t.rows
    .map((r) => `<tr${r.cls ? ` class="${r.cls}"` : ""}>${r.cells.map((c, i) => `<td${numeric.has(i) ? ' class="n"' : ""}>${esc(c ?? "")}</td>`).join("")}</tr>`)
    .join("\n");
  return `<table>${head}\n${body}</table>`;
}

export interface Section {
  title: string;
  /** Already-safe HTML (built from htmlTable / charts / esc). */
  html: string;
}

export function htmlPage(title: string, meta: [string, string][], sections: Section[]): string {
  const m = meta.map(([k, v]) => `<div>${esc(k)}: <b>${esc(v)}</b></div>`).join("");
  const body = sections.map((s) => `<h2>${esc(s.title)}</h2>\n${s.html}`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head><body><h1>${esc(title)}</h1><div class="meta">${m}</div>\n${body}\n</body></html>\n`;
}

function pct(n: number, d: number): number {
  return d > 0 ? Math.round((n / d) * 1000) / 10 : 0;
}

// ---------------------------------------------------------------- validation

export function renderValidationHtml(r: ValidationReport): string {
  const sections: Section[] = [];
  sections.push({
    title: "Result",
    html: r.ok
      ? `<p class="ok">Every object balances (source = landed + rejected + skipped), Odoo counts match, no empty required link.</p>`
      : `<p class="bad">${r.problems.length} problem(s):</p><ul>${r.problems.map((p) => `<li>${esc(p)}</li>`).join("")}</ul>`,
  });
  if (r.notes.length) sections.push({ title: "Notes", html: `<ul>${r.notes.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>` });
  sections.push({
    title: "Rows by object: source = landed + rejected + skipped",
    html:
      stackedBarChart(
        r.objects.map((o) => o.object),
        [
          { label: "landed", color: PALETTE.landed },
          { label: "other", color: PALETTE.other },
          { label: "skipped", color: PALETTE.skipped },
          { label: "rejected", color: PALETTE.rejected },
        ],
        r.objects.map((o) => [o.landed, o.other, o.skipped, o.rejected]),
        { title: "rows by object" },
      ) +
      htmlTable({
        head: ["object", "source", "landed", "rejected", "skipped", "other", "source = landed + rejected + skipped"],
        numeric: [1, 2, 3, 4, 5],
        rows: r.objects.map((o) => ({
          cells: [o.object, o.source_count, o.landed, o.rejected, o.skipped, o.other, o.balanced ? `✔ ${o.source_count} = ${o.landed} + ${o.rejected} + ${o.skipped}${o.other ? ` + ${o.other}` : ""}` : "✘ does not add up"],
          cls: o.balanced ? "hl" : "bad",
        })),
      }),
  });
  sections.push({
    title: "Records in Odoo by model",
    html:
      pairedBarChart(
        r.models.map((m) => m.model),
        { label: "expected (run)", color: PALETTE.source },
        { label: "in Odoo (active)", color: PALETTE.odoo },
        r.models.map((m) => [m.expected ?? m.xmlids, m.active]),
        { title: "records by model" },
      ) +
      htmlTable({
        head: ["model", "expected", "external ids", "active records", "missing", "ok"],
        numeric: [1, 2, 3, 4],
        rows: r.models.map((m) => ({ cells: [m.model, m.expected, m.xmlids, m.active, m.missing, m.ok ? "✔" : "✘"], ...(m.ok ? {} : { cls: "bad" as const }) })),
      }),
  });
  sections.push({
    title: "Empty links (null foreign keys) where the source had a value",
    html: r.null_fk.length
      ? htmlTable({
          head: ["object", "model", "field", "check", "checked", "empty in Odoo", "empty, explained", "examples (source ids)"],
          numeric: [4, 5, 6],
          rows: r.null_fk.map((c) => ({ cells: [c.object, c.model, c.field, c.label, c.checked, c.empty, c.explained, c.examples.join(", ")], ...(c.empty > 0 ? { cls: "bad" as const } : {}) })),
        })
      : "<p>No link checks apply to this run.</p>",
  });
  sections.push({
    title: "Custom field fill rates (source vs Odoo)",
    html: r.fill_rates.length
      ? pairedBarChart(
          r.fill_rates.map((f) => `${f.model}.${f.field}`),
          { label: "source %", color: PALETTE.source },
          { label: "Odoo %", color: PALETTE.odoo },
          r.fill_rates.map((f) => [pct(f.source_filled, f.source_rows), pct(f.odoo_filled, f.odoo_records)]),
          { max: 100, suffix: "%", title: "fill rates" },
        ) +
        htmlTable({
          head: ["object", "field", "source column", "source filled", "source rows", "Odoo filled", "Odoo records"],
          numeric: [3, 4, 5, 6],
          rows: r.fill_rates.map((f) => ({ cells: [f.object, `${f.model}.${f.field}`, f.source_column, f.source_filled, f.source_rows, f.odoo_filled, f.odoo_records], ...(f.source_filled > 0 && f.odoo_filled < f.source_filled ? { cls: "hl" as const } : {}) })),
        })
      : "<p>The run wrote no custom (x_) fields.</p>",
  });
  const ownerRows = Object.entries(r.owners.summary);
  sections.push({
    title: "Owners",
    html:
      (ownerRows.length ? htmlTable({ head: ["owners", "count"], numeric: [1], rows: ownerRows.map(([k, v]) => ({ cells: [k, v] })) }) : "<p>No owner report (run <code>ferry owners</code>).</p>") +
      htmlTable({ head: ["rows flagged", "count"], numeric: [1], rows: Object.entries(r.owners.flagged_rows).map(([k, v]) => ({ cells: [k, v] })) }),
  });
  sections.push({
    title: "Rejected and skipped rows by reason",
    html: r.rejects_by_reason.length
      ? stackedBarChart(
          r.rejects_by_reason.map((x) => `${x.object} · ${x.code}`),
          [
            { label: "rejected", color: PALETTE.rejected },
            { label: "skipped", color: PALETTE.skipped },
          ],
          r.rejects_by_reason.map((x) => (x.outcome === "rejected" ? [x.count, 0] : [0, x.count])),
          { title: "rejects by reason" },
        ) +
        htmlTable({ head: ["object", "outcome", "reason", "rows"], numeric: [3], rows: r.rejects_by_reason.map((x) => ({ cells: [x.object, x.outcome, x.code, x.count] })) }) +
        `<p class="sub">Row by row: rejected_rows.csv in the run folder.</p>`
      : "<p>No row was rejected or skipped.</p>",
  });
  return htmlPage(`Ferry validation — ${r.source}`, [
    ["run", r.run],
    ["target", r.target],
    ["generated", r.generated_at],
  ], sections);
}

export const VALIDATION_CSV_HEADER = ["Section", "Object", "Model", "Field", "Metric", "Source", "Odoo", "Difference", "OK", "Detail"] as const;

/** validation.csv: one line per check (formula-safe cells). */
export function validationCsv(r: ValidationReport): string {
  let out = UTF8_BOM + csvLine([...VALIDATION_CSV_HEADER]);
  for (const o of r.objects) {
    out += csvLine(["accounting", o.object, "", "", "source = landed + rejected + skipped", o.source_count, o.landed + o.rejected + o.skipped + o.other, o.source_count - (o.landed + o.rejected + o.skipped + o.other), o.balanced ? "yes" : "no", `landed ${o.landed}, rejected ${o.rejected}, skipped ${o.skipped}, other ${o.other}`]);
  }
  for (const m of r.models) {
    out += csvLine(["odoo_count", "", m.model, "", "active records vs expected", m.expected ?? m.xmlids, m.active, m.active - (m.expected ?? m.xmlids), m.ok ? "yes" : "no", `external ids ${m.xmlids}, missing ${m.missing}`]);
  }
  for (const c of r.null_fk) {
    out += csvLine(["null_fk", c.object, c.model, c.field, c.label, c.checked, c.checked - c.empty - c.explained, c.empty, c.empty === 0 ? "yes" : "no", `explained ${c.explained}; ${c.examples.join(" ")}`]);
  }
  for (const f of r.fill_rates) {
    out += csvLine(["fill_rate", f.object, f.model, f.field, `filled (source column ${f.source_column ?? "?"})`, f.source_filled, f.odoo_filled, f.odoo_filled - f.source_filled, f.odoo_filled >= f.source_filled ? "yes" : "no", `source rows ${f.source_rows}, Odoo records ${f.odoo_records}`]);
  }
  for (const [k, v] of Object.entries(r.owners.summary)) out += csvLine(["owners", "", "", "", k, v, "", "", "", ""]);
  for (const [k, v] of Object.entries(r.owners.flagged_rows)) out += csvLine(["owners", "", "", "", `rows flagged ${k}`, v, "", "", "", ""]);
  for (const x of r.rejects_by_reason) out += csvLine(["rejects", x.object, "", "", `${x.outcome} ${x.code}`, x.count, "", "", "", ""]);
  return out;
}

// ---------------------------------------------------------------- audit

export interface AuditView {
  source: string;
  generated_at: string;
  odoo: { url: string; db: string; version: string };
  apps: { name: string; required: boolean; state: string }[];
  missing: string[];
  fallbacks: { object: string; variant: string | null; label: string }[];
  choices: { object: string; wanted: string[]; chosen: string | null }[];
  preflight_errors: string[];
  collisions: { kind: string; model: string; value: string; source: string[]; odoo: { id: number; name: string; ferry: boolean }[] }[];
  collision_counts: Record<string, number>;
  ferry_records: Record<string, number>;
  users: { id: number; login: string; name: string; active: boolean }[];
  users_total: number;
  install?: { installed: string[]; alreadyInstalled: string[]; unknown: string[]; declined: string[] };
  warnings: string[];
}

export function renderAuditHtml(a: AuditView): string {
  const sections: Section[] = [];
  sections.push({
    title: "Apps",
    html:
      (a.missing.length ? `<p class="bad">Missing required apps: ${esc(a.missing.join(", "))} — <code>ferry audit --install</code> installs them.</p>` : `<p class="ok">All required apps are installed.</p>`) +
      htmlTable({ head: ["app", "required", "state"], rows: a.apps.map((x) => ({ cells: [x.name, x.required ? "required" : "optional", x.state], ...(x.required && x.state !== "installed" ? { cls: "bad" as const } : {}) })) }) +
      (a.install ? `<p>Install: installed ${esc(a.install.installed.join(", ") || "none")}; declined ${esc(a.install.declined.join(", ") || "none")}; not available ${esc(a.install.unknown.join(", ") || "none")}.</p>` : ""),
  });
  sections.push({
    title: "Fallbacks by installed module (mapping.md §6)",
    html:
      htmlTable({ head: ["object", "variant", "target"], rows: a.fallbacks.map((f) => ({ cells: [f.object, f.variant ?? "none", f.label], ...(f.variant ? {} : { cls: "bad" as const }) })) }) +
      (a.choices.length ? htmlTable({ head: ["object", "wanted", "chosen"], rows: a.choices.map((c) => ({ cells: [c.object, c.wanted.join(" | "), c.chosen ?? "none (note fallback)"] })) }) : "") +
      (a.preflight_errors.length ? `<ul>${a.preflight_errors.map((e) => `<li class="bad">${esc(e)}</li>`).join("")}</ul>` : ""),
  });
  sections.push({
    title: "Records that may collide",
    html:
      htmlTable({ head: ["kind", "count"], numeric: [1], rows: Object.entries(a.collision_counts).map(([k, v]) => ({ cells: [k, v] })) }) +
      (a.collisions.length
        ? htmlTable({
            head: ["kind", "model", "value", "source rows", "Odoo records", "created by Ferry"],
            rows: a.collisions.map((c) => ({ cells: [c.kind, c.model, c.value, c.source.join(", "), c.odoo.map((o) => `#${o.id} ${o.name}`).join("; "), c.odoo.every((o) => o.ferry) ? "yes (re-run updates)" : "no"], ...(c.odoo.every((o) => o.ferry) ? {} : { cls: "hl" as const }) })),
          })
        : "<p>No collision found.</p>"),
  });
  sections.push({
    title: "Records already created by Ferry",
    html: Object.keys(a.ferry_records).length ? htmlTable({ head: ["model", "records"], numeric: [1], rows: Object.entries(a.ferry_records).map(([k, v]) => ({ cells: [k, v] })) }) : "<p>None.</p>",
  });
  sections.push({
    title: `Users (${a.users_total})`,
    html: htmlTable({ head: ["id", "login", "name", "active"], numeric: [0], rows: a.users.map((u) => ({ cells: [u.id, u.login, u.name, u.active ? "yes" : "archived"] })) }),
  });
  if (a.warnings.length) sections.push({ title: "Warnings", html: `<ul>${a.warnings.map((w) => `<li>${esc(w)}</li>`).join("")}</ul>` });
  return htmlPage(`Ferry audit — ${a.source}`, [
    ["Odoo", `${a.odoo.url} db ${a.odoo.db}`],
    ["version", a.odoo.version],
    ["generated", a.generated_at],
  ], sections);
}
