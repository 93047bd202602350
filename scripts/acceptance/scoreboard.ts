/** Scoreboard of `npm run acceptance`: one line per check, with pass/fail and the numbers behind it. */

export type CheckStatus = "pass" | "fail" | "skip";

export interface CheckLine {
  /** planplus | plexus | all */
  source: string;
  check: string;
  status: CheckStatus;
  /** One-line summary with the numbers. */
  summary: string;
  /** Machine-readable numbers. */
  numbers: Record<string, number>;
  /** Failing details (first few). */
  details: string[];
  seconds: number;
}

export interface Scoreboard {
  format: "ferry-acceptance-scoreboard";
  version: 1;
  started_at: string;
  finished_at: string;
  scale: number;
  sources: string[];
  target: string;
  odoo_version: string;
  machine: { node: string; platform: string; cpus: number };
  passed: boolean;
  counts: Record<CheckStatus, number>;
  checks: CheckLine[];
}

function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

export function renderMarkdown(b: Scoreboard): string {
  const icon = { pass: "PASS", fail: "FAIL", skip: "SKIP" } as const;
  const lines = [
    `# Ferry acceptance scoreboard — ${b.passed ? "PASSED" : "FAILED"}`,
    "",
    `scale ${b.scale} · sources ${b.sources.join(", ")} · target ${b.target} (Odoo ${b.odoo_version}) · ${b.started_at} → ${b.finished_at}`,
    `node ${b.machine.node} · ${b.machine.platform} · ${b.machine.cpus} CPUs · ${b.counts.pass} pass, ${b.counts.fail} fail, ${b.counts.skip} skip`,
    "",
    "| source | check | result | numbers | s |",
    "|---|---|---|---|---:|",
    ...b.checks.map((c) => `| ${cell(c.source)} | ${cell(c.check)} | ${icon[c.status]} | ${cell(c.summary)} | ${c.seconds.toFixed(1)} |`),
  ];
  const failing = b.checks.filter((c) => c.status !== "pass" && c.details.length);
  if (failing.length) {
    lines.push("", "## Details");
    for (const c of failing) {
      lines.push("", `**${c.source} · ${c.check}** (${c.status})`);
      for (const d of c.details.slice(0, 20)) lines.push(`- ${d}`);
      if (c.details.length > 20) lines.push(`- … ${c.details.length - 20} more`);
    }
  }
  return `${lines.join("\n")}\n`;
}
