/** Deterministic helpers for the sample generator: seeded PRNG, buffered file writers, CSV quoting, Windows-1252. */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import path from "node:path";

/** mulberry32 seeded by a string. */
export class Rng {
  private s: number;
  constructor(seed: string | number) {
    let h = 2166136261;
    for (const ch of String(seed)) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
    this.s = h >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) | 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(arr: readonly T[]): T {
    return arr[Math.floor(this.next() * arr.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  base36(n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += "0123456789abcdefghijklmnopqrstuvwxyz"[this.int(0, 35)];
    return s;
  }
}

const CP1252_EXTRA: Record<string, number> = {
  "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89, "Š": 0x8a, "‹": 0x8b, "Œ": 0x8c,
  "Ž": 0x8e, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9a, "›": 0x9b,
  "œ": 0x9c, "ž": 0x9e, "Ÿ": 0x9f,
};

export function encodeCp1252(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out[n++] = c;
    else out[n++] = CP1252_EXTRA[ch] ?? 0x3f;
  }
  return out.subarray(0, n);
}

export type FileEncoding = "utf-8" | "utf-8-bom" | "windows-1252";

/** Buffered synchronous writer (keeps memory flat at any scale). */
export class OutFile {
  private fd: number;
  private buf: string[] = [];
  private size = 0;
  constructor(
    readonly file: string,
    private readonly encoding: FileEncoding = "utf-8",
  ) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.fd = openSync(file, "w");
    if (encoding === "utf-8-bom") writeSync(this.fd, Buffer.from([0xef, 0xbb, 0xbf]));
  }
  write(s: string): void {
    this.buf.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) this.flush();
  }
  private flush(): void {
    if (!this.buf.length) return;
    const text = this.buf.join("");
    this.buf = [];
    this.size = 0;
    writeSync(this.fd, this.encoding === "windows-1252" ? encodeCp1252(text) : Buffer.from(text, "utf8"));
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

function quote(v: string): string {
  return `"${v.replace(/"/g, '""')}"`;
}

/** A CSV file per sources.md B.2: CRLF, every field quoted or quoted only when needed. Counts records. */
export class CsvOut {
  private out: OutFile;
  /** records written after the header (incl. blank and malformed ones): the reader's row numbers */
  rows = 0;
  constructor(
    file: string,
    private readonly header: readonly string[],
    private readonly opts: { quoteAll: boolean; encoding?: FileEncoding },
  ) {
    this.out = new OutFile(file, opts.encoding ?? "utf-8");
    this.out.write(this.line(header) + "\r\n");
  }
  private cell(v: string): string {
    if (this.opts.quoteAll) return quote(v);
    return /[",\r\n]|^\s|\s$/.test(v) ? quote(v) : v;
  }
  line(cells: readonly string[]): string {
    return cells.map((c) => this.cell(c)).join(",");
  }
  /** writes a record; returns its row number */
  row(values: Record<string, string | null | undefined>): number {
    this.out.write(this.line(this.header.map((h) => values[h] ?? "")) + "\r\n");
    return ++this.rows;
  }
  rawLine(line: string): number {
    this.out.write(line + "\r\n");
    return ++this.rows;
  }
  close(): void {
    this.out.close();
  }
}

/** Per-object reader-level outcome tally for expected.json. */
export class Tally {
  objects: Record<string, { file: string; source_count: number; records: number; rejected: Record<string, number>; skipped: Record<string, number>; ignored: number; encoding?: string }> = {};
  defects: { object: string; id: string | null; row: number | null; defect: string; expect: string; field?: string }[] = [];
  private o(object: string, file: string) {
    return (this.objects[object] ??= { file, source_count: 0, records: 0, rejected: {}, skipped: {}, ignored: 0 });
  }
  init(object: string, file: string, encoding?: string): void {
    const o = this.o(object, file);
    if (encoding) o.encoding = encoding;
  }
  record(object: string, file: string): void {
    const o = this.o(object, file);
    o.source_count++;
    o.records++;
  }
  rejected(object: string, file: string, code: string): void {
    const o = this.o(object, file);
    o.source_count++;
    o.rejected[code] = (o.rejected[code] ?? 0) + 1;
  }
  skipped(object: string, file: string, code: string): void {
    const o = this.o(object, file);
    o.source_count++;
    o.skipped[code] = (o.skipped[code] ?? 0) + 1;
  }
  ignored(object: string, file: string): void {
    this.o(object, file).ignored++;
  }
  defect(object: string, id: string | null, row: number | null, defect: string, expect: string, field?: string): void {
    const d: Tally["defects"][number] = { object, id, row, defect, expect };
    if (field) d.field = field;
    this.defects.push(d);
  }
}

export const FIRST = ["Ann", "Bob", "Carla", "Dev", "Elena", "Frank", "Grace", "Hugo", "Ines", "José", "Kai", "Lena", "Marta", "Nils", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Zoë"];
export const LAST = ["Lee", "Smith", "Okafor", "Nguyen", "García", "Müller", "Patel", "Kowalski", "O'Brien", "Dubois", "Jensen", "Rossi", "Tanaka", "Silva", "Brown", "Núñez"];
export const WORDS = ["Brightwater", "Northwind", "Blue Ridge", "Cedar", "Summit", "Lakeside", "Ironwood", "Maple", "Harbor", "Granite", "Redwood", "Silverline", "Prairie", "Oakmont", "Riverbend"];
export const SUFFIX = ["Property Group", "HVAC", "Plumbing Co.", "Electric", "Facilities", "Holdings", "Services", "Partners", "Builders", "Mechanical"];
export const CITIES: [string, string, string][] = [
  ["Austin", "TX", "78701"], ["Dallas", "TX", "75201"], ["Boston", "MA", "02134"], ["Chicago", "IL", "60601"], ["Denver", "CO", "80202"],
  ["Newark", "NJ", "07102"], ["Portland", "OR", "97201"], ["Phoenix", "AZ", "85004"],
];

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** Minutes after 2023-01-01T00:00 wall clock → `M/D/YYYY h:mm AM`. */
export function ppDateTime(minutes: number): string {
  const d = new Date(Date.UTC(2023, 0, 1) + minutes * 60_000);
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h12}:${pad2(d.getUTCMinutes())} ${h < 12 ? "AM" : "PM"}`;
}
export function ppDate(days: number): string {
  const d = new Date(Date.UTC(2023, 0, 1) + days * 86_400_000);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
}
export function ppTime(minutesOfDay: number): string {
  const h = Math.floor(minutesOfDay / 60) % 24;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}:${pad2(minutesOfDay % 60)} ${h < 12 ? "AM" : "PM"}`;
}
/** seconds after 2023-01-01T00:00:00Z → Instant */
export function instant(seconds: number): string {
  return new Date(Date.UTC(2023, 0, 1) + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}
export function isoDate(days: number): string {
  return new Date(Date.UTC(2023, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
}
