/** The one-screen summary printed at the end of `plan` / `run`. */
import { sumValues } from "../core/reconcile.ts";
import type { RunResult } from "../run/session.ts";

export function printSummary(result: RunResult, out: NodeJS.WritableStream): void {
  const r = result.reconciliation;
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const lines: string[] = [];
  lines.push(`Ferry ${r.kind === "plan" ? "plan" : "run"} ${r.run} — source ${r.source}`);
  lines.push(`target: ${r.target}`);
  lines.push("");
  lines.push(`${"object".padEnd(24)}${pad("source", 8)}${pad("landed", 8)}${pad("other", 7)}${pad("skipped", 9)}${pad("rejected", 10)}${pad("flagged", 9)}`);
  for (const o of r.objects) {
    lines.push(
      `${o.object.padEnd(24)}${pad(o.source_count, 8)}${pad(o.loaded, 8)}${pad(o.merged + o.documented + o.validated, 7)}${pad(sumValues(o.skipped), 9)}${pad(sumValues(o.rejected), 10)}${pad(o.rows_flagged_any, 9)}`,
    );
  }
  const created = Object.entries(r.created);
  lines.push("");
  lines.push(`${r.kind === "plan" ? "would create" : "created"}: ${created.length ? created.map(([m, n]) => `${n} ${m}`).join(", ") : "nothing new"}`);
  lines.push(`accounting: ${r.balanced ? "every source row is landed, rejected or skipped (balanced)" : "COUNTS DO NOT ADD UP"}`);
  if (r.halted) lines.push(`HALTED at phase ${r.halted.object}: ${r.halted.reasons.join("; ")} — fix, or re-run with --accept-phase ${r.halted.object}`);
  for (const w of r.warnings) lines.push(`warning: ${w}`);
  lines.push(`report: ${result.reportPath}`);
  out.write(`${lines.join("\n")}\n`);
}
