/** Streams `rejected_rows.csv` and `flagged_rows.csv` (sources.md C.3) into the run folder. */
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import type { RowIssue, RowOrigin } from "../core/codes.ts";
import { ROW_REPORT_HEADER, UTF8_BOM, csvLine, rowReportLine } from "../core/csv-out.ts";
import { redact } from "./secrets.ts";

export class RowReports {
  private readonly rejected: WriteStream;
  private readonly flagged: WriteStream;
  rejectedCount = 0;
  flaggedCount = 0;

  /** Receives each rejected/skipped row (e.g. to mirror rejects into the addon). */
  onRow?: (row: { origin: RowOrigin; id: string | null; outcome: string; code: string; field?: string; message: string }) => void;

  constructor(dir: string) {
    this.rejected = createWriteStream(join(dir, "rejected_rows.csv"), { encoding: "utf8" });
    this.flagged = createWriteStream(join(dir, "flagged_rows.csv"), { encoding: "utf8" });
    for (const s of [this.rejected, this.flagged]) s.write(UTF8_BOM + csvLine(ROW_REPORT_HEADER));
  }

  /** A rejected or skipped row: one line per (row, code). */
  rowOutcome(origin: RowOrigin, id: string | null, outcome: string, code: string, field: string | undefined, raw: string | undefined, message: string): void {
    this.rejectedCount += 1;
    this.onRow?.({ origin, id, outcome, code, ...(field ? { field } : {}), message: redact(message) });
    this.rejected.write(
      redact(rowReportLine({ source: origin.source, object: origin.object, sourceId: id, row: origin.row, outcome, code, field, raw, message })),
    );
  }

  flag(origin: RowOrigin, id: string | null, issue: RowIssue): void {
    this.flaggedCount += 1;
    this.flagged.write(
      redact(
        rowReportLine({
          source: origin.source,
          object: origin.object,
          sourceId: id,
          row: origin.row,
          outcome: "loaded",
          code: issue.code,
          field: issue.field,
          raw: issue.raw,
          message: issue.message,
        }),
      ),
    );
  }

  async close(): Promise<void> {
    for (const s of [this.rejected, this.flagged]) {
      s.end();
      await once(s, "finish");
    }
  }
}
