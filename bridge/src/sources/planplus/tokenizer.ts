/**
 * Incremental RFC 4180 tokenizer (pure; no Node APIs). Same reading as csv-parse with
 * `relax_quotes` + `relax_column_count` (the reference parser, kept as `parser: "csv-parse"` and
 * checked against this one in tests), about 5–10× faster on wide quoted files:
 * - a field starting with `"` is quoted: `""` is a quote, CR/LF/commas inside are data;
 * - a quote inside an unquoted field is data; text after a closing quote is kept as data;
 * - records end at CRLF, LF or a lone CR; a final record without a line break is kept;
 * - an unterminated quoted field at end of input throws.
 */
export class CsvTokenizer {
  private record: string[] = [];
  private field = "";
  /** 0 = at field start, 1 = unquoted field, 2 = quoted field, 3 = quote seen inside a quoted field */
  private state = 0;
  private lastWasCR = false;
  private sawAny = false;

  /** Feed decoded text; returns the records completed by it. */
  push(text: string): string[][] {
    const out: string[][] = [];
    const n = text.length;
    let i = 0;
    if (this.lastWasCR && n > 0) {
      this.lastWasCR = false;
      if (text.charCodeAt(0) === 10) i = 1;
    }
    while (i < n) {
      const st = this.state;
      if (st === 2) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          this.field += text.slice(i);
          return out;
        }
        this.field += text.slice(i, q);
        this.state = 3;
        i = q + 1;
        continue;
      }
      const c = text.charCodeAt(i);
      if (st === 3) {
        if (c === 34) {
          this.field += '"';
          this.state = 2;
          i++;
          continue;
        }
        // closing quote: fall through to delimiter handling as an unquoted continuation
        this.state = 1;
      }
      if (this.state === 0 && c === 34) {
        this.sawAny = true;
        // fast path: a quoted field without doubled quotes, closed within this chunk
        const q = text.indexOf('"', i + 1);
        if (q !== -1 && q + 1 < n) {
          const after = text.charCodeAt(q + 1);
          if (after === 44) {
            this.record.push(text.slice(i + 1, q));
            i = q + 2;
            continue;
          }
          if (after === 10 || after === 13) {
            this.record.push(text.slice(i + 1, q));
            out.push(this.record);
            this.record = [];
            this.sawAny = false;
            if (after === 13) {
              if (q + 2 < n) i = text.charCodeAt(q + 2) === 10 ? q + 3 : q + 2;
              else {
                this.lastWasCR = true;
                i = q + 2;
              }
            } else i = q + 2;
            continue;
          }
        }
        this.state = 2;
        i++;
        continue;
      }
      // unquoted content up to the next special character
      let j = i;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 44 || d === 10 || d === 13) break;
        j++;
      }
      if (j > i) {
        this.field += text.slice(i, j);
        this.sawAny = true;
      }
      this.state = 1;
      if (j >= n) return out;
      const d = text.charCodeAt(j);
      this.record.push(this.field);
      this.field = "";
      this.state = 0;
      if (d === 44) {
        this.sawAny = true;
        i = j + 1;
        continue;
      }
      out.push(this.record);
      this.record = [];
      this.sawAny = false;
      if (d === 13) {
        if (j + 1 < n) i = text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
        else {
          this.lastWasCR = true;
          i = j + 1;
        }
      } else i = j + 1;
    }
    return out;
  }

  /** End of input: returns the last record (if any). Throws on an unterminated quoted field. */
  end(): string[][] {
    if (this.state === 2) throw new Error("Quote Not Closed: the quoted field is not terminated before the end of the input");
    if (this.state === 0 && !this.sawAny && this.record.length === 0) return [];
    this.record.push(this.field);
    const r = this.record;
    this.record = [];
    this.field = "";
    this.state = 0;
    this.sawAny = false;
    return [r];
  }
}
