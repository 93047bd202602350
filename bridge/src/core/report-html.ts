/**
 * The run report as one self-contained HTML page (no CDN, inline SVG charts). Every source-derived
 * string goes through `esc`, so a `<script>` in a contact name stays text.
 */
import { sumValues, isBalanced, type ObjectReconciliation } from "./reconcile.ts";

export function esc(value: unknown): string {
  return String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export interface ReportInput {
  title: string;
  source: string;
  kind: string;
  runId: string;
  target: string;
  generatedAt: string;
  objects: ObjectReconciliation[];
  notes?: string[];
  gates?: string[];
  files?: { name: string; label: string }[];
  odooRecords?: Record<string, number>;
}

const COLORS = { loaded: "#28a745", skipped: "#adb5bd", rejected: "#dc3545", other: "#17a2b8" };

function bar(rec: ObjectReconciliation, width = 260): string {
  const total = Math.max(rec.source_count, 1);
  const parts: [string, number][] = [
    ["loaded", rec.loaded],
    ["other", rec.merged + rec.documented + rec.validated],
    ["skipped", sumValues(rec.skipped)],
    ["rejected", sumValues(rec.rejected)],
  ];
  let x = 0;
  const rects = parts
    .filter(([, n]) => n > 0)
    .map(([k, n]) => {
      const w = (n / total) * width;
      const r = `<rect x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="14" fill="${COLORS[k as keyof typeof COLORS]}"><title>${esc(k)}: ${n}</title></rect>`;
      x += w;
      return r;
    })
    .join("");
  return `<svg width="${width}" height="14" role="img" aria-label="outcomes of ${esc(rec.object)}">${rects}</svg>`;
}

function codes(map: Record<string, number>): string {
  const entries = Object.entries(map).filter(([, n]) => n > 0);
  if (entries.length === 0) return "";
  return entries.map(([k, n]) => `<span class="code">${esc(k)}&nbsp;${n}</span>`).join(" ");
}

export function renderReport(input: ReportInput): string {
  const rows = input.objects
    .map((o) => {
      const ops = Object.entries(o.operations)
        .map(([k, n]) => `${esc(k)} ${n}`)
        .join(", ");
      const ok = isBalanced(o);
      return `<tr>
<td>${esc(o.object)}</td><td class="n">${o.source_count}</td>
<td class="n">${o.loaded}${ops ? `<div class="sub">${ops}</div>` : ""}</td>
<td class="n">${o.merged + o.documented + o.validated}</td>
<td class="n">${sumValues(o.skipped)}<div class="sub">${codes(o.skipped)}</div></td>
<td class="n">${sumValues(o.rejected)}<div class="sub">${codes(o.rejected)}</div></td>
<td class="n">${o.rows_flagged_any}<div class="sub">${codes(o.flagged)}</div></td>
<td>${bar(o)}</td><td>${ok ? "✔" : `<b class="bad">counts do not add up</b>`}</td></tr>`;
    })
    .join("\n");
  const total = (f: (o: ObjectReconciliation) => number) => input.objects.reduce((s, o) => s + f(o), 0);
  const odoo = input.odooRecords
    ? `<h2>Records in Odoo</h2><table><tr><th>model</th><th>count</th></tr>${Object.entries(input.odooRecords)
        .map(([m, n]) => `<tr><td>${esc(m)}</td><td class="n">${n}</td></tr>`)
        .join("")}</table>`
    : "";
  const list = (title: string, items?: string[]) =>
    items && items.length ? `<h2>${esc(title)}</h2><ul>${items.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>` : "";
  const files = input.files?.length
    ? `<h2>Files</h2><ul>${input.files.map((f) => `<li><a href="${esc(f.name)}">${esc(f.label)}</a></li>`).join("")}</ul>`
    : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(input.title)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#212529}
h1{font-size:1.5rem;margin-bottom:.2rem} .meta{color:#6c757d;margin-bottom:1.5rem}
table{border-collapse:collapse;margin:.5rem 0 1.5rem} th,td{border-bottom:1px solid #dee2e6;padding:.35rem .6rem;text-align:left;vertical-align:top}
th{background:#f8f9fa} td.n{text-align:right;font-variant-numeric:tabular-nums}
.sub{font-size:.75rem;color:#6c757d} .code{white-space:nowrap} .bad{color:#dc3545}
.legend span{display:inline-block;margin-right:1rem} .sw{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
</style></head><body>
<h1>${esc(input.title)}</h1>
<div class="meta">source <b>${esc(input.source)}</b> · ${esc(input.kind)} · run ${esc(input.runId)} · target ${esc(input.target)} · ${esc(input.generatedAt)}</div>
${list("Halted at a reconciliation gate", input.gates)}
<h2>Reconciliation</h2>
<div class="legend"><span><i class="sw" style="background:${COLORS.loaded}"></i>landed</span><span><i class="sw" style="background:${COLORS.other}"></i>merged/documented/validated</span><span><i class="sw" style="background:${COLORS.skipped}"></i>skipped</span><span><i class="sw" style="background:${COLORS.rejected}"></i>rejected</span></div>
<table><tr><th>object</th><th>source</th><th>landed</th><th>merged / documented / validated</th><th>skipped</th><th>rejected</th><th>flagged</th><th></th><th>balanced</th></tr>
${rows}
<tr><th>total</th><th class="n">${total((o) => o.source_count)}</th><th class="n">${total((o) => o.loaded)}</th><th class="n">${total((o) => o.merged + o.documented + o.validated)}</th><th class="n">${total((o) => sumValues(o.skipped))}</th><th class="n">${total((o) => sumValues(o.rejected))}</th><th class="n">${total((o) => o.rows_flagged_any)}</th><th></th><th></th></tr>
</table>
${odoo}
${list("Notes", input.notes)}
${files}
</body></html>
`;
}
