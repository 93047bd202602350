/**
 * Non-record outputs (issue 6): the workflow-rule rebuild reference (JSON + Markdown, mapping.md §3.14),
 * the sync-connection handoff document (Markdown + CSV, §4.14) and the custom-field checklist (§1.9).
 * Inputs are the `document` objects the engine returns for documented rows.
 */
import { UTF8_BOM, csvLine } from "../csv-out.ts";
import type { MapContext } from "./context.ts";
import { customFieldChecklist } from "./customfields.ts";

function md(s: unknown): string {
  const t = s === null || s === undefined ? "" : typeof s === "string" ? s : JSON.stringify(s);
  return t.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

export interface WorkflowReference {
  source: "plexus";
  tenant: string;
  generated_at: string;
  rules: Record<string, unknown>[];
}

export function workflowReference(rules: Record<string, unknown>[], tenant: string, generatedAt: string): { json: string; markdown: string; data: WorkflowReference } {
  const data: WorkflowReference = { source: "plexus", tenant, generated_at: generatedAt, rules };
  const L: string[] = [`# Workflow rules to rebuild in Odoo — ${tenant}`, "", `Generated ${generatedAt}. Plexus workflow rules are not migrated automatically; rebuild each one as an Odoo automation rule (Settings → Technical → Automation Rules; needs the "Automation Rules" module, base_automation).`, ""];
  for (const r of rules) {
    const sg = (r["suggestion"] ?? {}) as { model?: string | null; trigger?: Record<string, unknown>; actions?: { type: string; odoo: string | null; params: unknown }[]; notes?: string[] };
    L.push(`## ${md(r["name"])} (${md(r["id"])})${r["enabled"] === false ? " — disabled in Plexus" : ""}`);
    L.push("");
    if (r["description"]) L.push(`${md(r["description"])}`, "");
    L.push(`- Model: ${sg.model ? `\`${sg.model}\`` : "no equivalent"}`);
    const trig = sg.trigger ?? {};
    L.push(`- Trigger: ${trig["type"] ? `\`${String(trig["type"])}\`` : "no equivalent"}${trig["trigger_fields"] ? ` on fields ${md(trig["trigger_fields"])}` : ""}${trig["offset_minutes"] !== undefined ? `, ${String(trig["offset_minutes"])} min relative to ${md(trig["relative_to"])}` : ""}`);
    if (trig["filter"]) L.push(`- Apply on: ${md(trig["filter"])}`);
    for (const a of sg.actions ?? []) L.push(`- Action \`${a.type}\`: ${a.odoo ?? "**no equivalent**"}${a.params ? ` — parameters ${md(a.params)}` : ""}`);
    for (const n of sg.notes ?? []) L.push(`- Note: ${md(n)}`);
    L.push("");
  }
  return { json: `${JSON.stringify(data, null, 2)}\n`, markdown: L.join("\n"), data };
}

export function syncConnectionsHandoff(docs: Record<string, unknown>[]): { markdown: string; csv: string } {
  const cols = ["connection", "provider", "scope", "account", "planplus_user", "odoo_user", "status", "last_sync_utc", "time_zone", "reconnect"] as const;
  const heads = ["Connection", "Provider", "Scope", "External account", "PlanPlus user", "Odoo user", "Status", "Last sync (UTC)", "Time zone", "Reconnect in Odoo"];
  let csv = UTF8_BOM + csvLine(heads);
  for (const d of docs) csv += csvLine(cols.map((c) => (d[c] === null || d[c] === undefined ? "" : String(d[c]))));
  const L = [
    "# Calendar / contact sync connections (PlanPlus)",
    "",
    "These connections cannot be migrated: OAuth tokens are not in the export and are never requested. Each user reconnects in Odoo after the cutover.",
    "",
    `| ${heads.join(" | ")} |`,
    `|${heads.map(() => "---").join("|")}|`,
    ...docs.map((d) => `| ${cols.map((c) => md(d[c] ?? (c === "odoo_user" ? "(no matching Odoo user)" : ""))).join(" | ")} |`),
    "",
  ];
  return { markdown: L.join("\n"), csv };
}

/** The custom-field checklist of everything this run will create (mapping rules + inference). */
export function customFieldChecklistFor(ctx: MapContext): string {
  return customFieldChecklist(ctx.customFields.values());
}
