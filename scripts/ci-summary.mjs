// Prints the closing "N passed, N failed, N skipped" line from vitest's JSON report.
import { readFileSync } from "node:fs";

const [file = "test-results/vitest.json", rcArg = "0"] = process.argv.slice(2);
const rc = Number(rcArg);
let report;
try {
  report = JSON.parse(readFileSync(file, "utf8"));
} catch {
  console.log("no vitest report: typecheck, lint or the addon checks failed before the tests ran");
  console.log("0 passed, 1 failed");
  process.exit(0);
}
const passed = report.numPassedTests ?? 0;
let failed = report.numFailedTests ?? 0;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
if (rc !== 0 && failed === 0) {
  console.log("tests passed but a later check failed (see above)");
  failed = 1;
}
if (report.numFailedTestSuites > 0 && failed === 0) failed = report.numFailedTestSuites;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
