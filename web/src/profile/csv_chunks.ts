/**
 * Incremental RFC 4180 CSV parser (sources.md B.2): fed text chunks of any size, it returns the
 * records completed so far and keeps a partial record between calls. Quoted fields may hold commas,
 * CR, LF and doubled quotes; records end with CRLF or LF; the last one may lack a line break.
 * It never holds more than one record in memory, so a large file can be profiled slice by slice.
 */
export class CsvChunkParser {
  private field = "";
  private record: string[] = [];
  private inQuotes = false;
  /** The previous chunk ended on a quote inside a quoted field: escaped quote or closing quote? */
  private pendingQuote = false;
  /** The previous chunk ended on CR outside quotes: swallow a following LF. */
  private pendingCr = false;
  private sawAny = false;

  feed(text: string): string[][] {
    const out: string[][] = [];
    const n = text.length;
    let i = 0;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (n > 0 && text.charCodeAt(0) === 10) i = 1;
    }
    if (this.pendingQuote && i < n) {
      this.pendingQuote = false;
      if (text.charCodeAt(i) === 34) {
        this.field += '"';
        i += 1;
      } else {
        this.inQuotes = false;
      }
    }
    let start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (this.inQuotes) {
        if (c === 34) {
          this.field += text.slice(start, i);
          if (i + 1 >= n) {
            this.pendingQuote = true;
            i += 1;
            start = i;
            break;
          }
          if (text.charCodeAt(i + 1) === 34) {
            this.field += '"';
            i += 2;
          } else {
            this.inQuotes = false;
            i += 1;
          }
          start = i;
          continue;
        }
        i += 1;
        continue;
      }
      if (c === 44) {
        this.field += text.slice(start, i);
        this.record.push(this.field);
        this.field = "";
        this.sawAny = true;
        i += 1;
        start = i;
      } else if (c === 10 || c === 13) {
        this.field += text.slice(start, i);
        this.endRecord(out);
        if (c === 13) {
          if (i + 1 >= n) this.pendingCr = true;
          else if (text.charCodeAt(i + 1) === 10) i += 1;
        }
        i += 1;
        start = i;
      } else if (c === 34 && i === start && this.field === "") {
        this.inQuotes = true;
        this.sawAny = true;
        i += 1;
        start = i;
      } else {
        this.sawAny = true;
        i += 1;
      }
    }
    if (start < n) this.field += text.slice(start, n);
    return out;
  }

  /** Flushes the last record (a file need not end with a line break). */
  end(): string[][] {
    const out: string[][] = [];
    this.pendingQuote = false;
    this.inQuotes = false;
    if (this.sawAny || this.field !== "" || this.record.length > 0) this.endRecord(out);
    return out;
  }

  private endRecord(out: string[][]): void {
    this.record.push(this.field);
    out.push(this.record);
    this.record = [];
    this.field = "";
    this.sawAny = false;
  }
}

/** Splits a JSON Lines stream into lines across chunk boundaries (accepts CRLF; empty lines dropped). */
export class LineChunker {
  private rest = "";

  feed(text: string): string[] {
    const parts = (this.rest + text).split("\n");
    this.rest = parts.pop() ?? "";
    return parts.map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l)).filter((l) => l.trim() !== "");
  }

  end(): string[] {
    const last = this.rest.endsWith("\r") ? this.rest.slice(0, -1) : this.rest;
    this.rest = "";
    return last.trim() === "" ? [] : [last];
  }
}
