/**
 * The acceptance harness end to end at scale 1 on the simulator (both sources, clean + fault-injected
 * runs, rollback): every scoreboard line passes, and the scoreboard files are written.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAcceptance } from "../../scripts/acceptance/harness.ts";
import { checkCsvFormulas, checkHtmlEscaping, scanSecrets } from "../../scripts/acceptance/checks.ts";
import type { Scoreboard } from "../../scripts/acceptance/scoreboard.ts";
import { writeFile, mkdir } from "node:fs/promises";

describe("acceptance check helpers", () => {
  it("flag unescaped formula cells and count neutralized ones", () => {
    const r = checkCsvFormulas('a,b\n"=1+2",ok\n"\'@x","\t1"\n-3,"\'-4"\n');
    expect(r.bad).toHaveLength(3);
    expect(r.neutralized).toBe(2);
    expect(r.cells).toBe(8);
  });
  it("tells raw from escaped <script>", () => {
    expect(checkHtmlEscaping("<p><script>m()</script></p>", "m()")).toEqual({ raw: 1, escaped: 0 });
    expect(checkHtmlEscaping("<p>&lt;script&gt;m()&lt;/script&gt;</p>", "m()")).toEqual({ raw: 0, escaped: 1 });
  });
  it("finds a secret written in plain text or base64", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ferry-acc-scan-"));
    await mkdir(join(dir, "sub"));
    await writeFile(join(dir, "clean.txt"), "nothing here");
    await writeFile(join(dir, "sub", "leak.json"), JSON.stringify({ k: Buffer.from("secret-key-123456").toString("base64") }));
    const r = await scanSecrets([dir], ["secret-key-123456"]);
    expect(r.files).toBe(2);
    expect(r.hits).toEqual([join(dir, "sub", "leak.json")]);
  });
});

/**
 * Product defects the harness found are listed here while their fix is pending (they stay visible
 * on the scoreboard; npm run acceptance exits 1); this test fails on any other failing line. Empty:
 * the 2026-11-23 findings (custom fields provisioned twice, time entries without their task,
 * rollback leaving work contacts / product templates) are fixed. Fixed too: the crash line's
 * "external ids ledgered as created more than once" (found 22:00 in a fresh-clone CI run):
 * `ferry resume` recovered unledgered records by `create_date` ≥ the run's start, truncated to the
 * second, so everything `ferry provision` made in the same second was claimed by the crash run as
 * well; it now recovers above the id floors recorded at the run's start
 * (test/run/crash-resume.test.ts reproduces it with a skewed Odoo clock).
 */
const KNOWN_PRODUCT_FAILURES = new Set<string>([]);

describe("npm run acceptance (scale 1, simulator)", () => {
  it("passes every check and writes scoreboard.json + scoreboard.md", async () => {
    const out = await mkdtemp(join(tmpdir(), "ferry-acceptance-"));
    const lines: string[] = [];
    // CI: 2 kills of the crash run (npm run acceptance does 20), sample of 3 rows per object
    const board = await runAcceptance({ scale: 1, sources: ["planplus", "plexus"], out, crashKills: 2, sampleSize: 3, log: (l) => lines.push(l) });
    // a skipped line is never a silent pass: only the ACL line may skip here (asserted below)
    const failing = board.checks.filter((c) => c.status === "fail" || (c.status === "skip" && c.check !== "addon ACLs (non-manager user)"));
    if (failing.length) console.log(failing.map((c) => `${c.source} · ${c.check}: ${c.summary}\n  ${c.details.slice(0, 5).join("\n  ")}`).join("\n"));
    const unexpected = failing.map((c) => `${c.source} · ${c.check}`).filter((n) => !KNOWN_PRODUCT_FAILURES.has(n));
    expect(unexpected).toEqual([]);
    expect(board.passed).toBe(failing.length === 0);
    // every required check ran for both sources
    for (const source of ["planplus", "plexus"]) {
      const names = board.checks.filter((c) => c.source === source).map((c) => c.check);
      for (const n of ["audit", "owners (fallback admin)", "sample", "run", "accounting per object", "expected.json reader counts", "landed rows found by external id", "landed field values = normalized source", "validate", "delta", "CSV formula neutralization", "HTML escaping", "rollback restores snapshot", "fault-injected run", "crash: kill -9 + resume"]) expect(names).toContain(n);
      expect(names.some((n) => n.startsWith("provision"))).toBe(true);
      // issue order: audit → provision → owners → sample → run → delta → rollback
      const at = (n: string) => names.findIndex((x) => x.startsWith(n));
      const order = ["audit", "provision", "owners", "sample", "run", "delta", "rollback"].map(at);
      expect(order.every((i, k) => i >= 0 && (k === 0 || i > (order[k - 1] as number)))).toBe(true);
    }
    expect(board.checks.filter((c) => c.source === "plexus").map((c) => c.check)).toContain("Plexus API run (429 bursts, expired URLs)");
    const fault = board.checks.find((c) => c.source === "planplus" && c.check === "fault-injected run");
    expect(fault?.numbers.injected).toBeGreaterThan(0);
    // the full field diff read values back; the crash run was killed; the ACL line says why it is skipped here
    for (const source of ["planplus", "plexus"]) {
      expect(board.checks.find((c) => c.source === source && c.check === "landed field values = normalized source")?.numbers.fields).toBeGreaterThan(100);
      expect(board.checks.find((c) => c.source === source && c.check === "crash: kill -9 + resume")?.numbers.kills).toBe(2);
    }
    const acl = board.checks.find((c) => c.check === "addon ACLs (non-manager user)");
    expect(acl?.status).toBe("skip");
    expect(acl?.summary).toMatch(/^skipped: /);
    const saved = JSON.parse(await readFile(join(out, "scoreboard.json"), "utf8")) as Scoreboard;
    expect(saved.checks).toHaveLength(board.checks.length);
    expect(await readFile(join(out, "scoreboard.md"), "utf8")).toMatch(board.passed ? /scoreboard — PASSED/ : /scoreboard — FAILED/);
  }, 300_000);
});
