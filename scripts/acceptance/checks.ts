/** File-level checks of the acceptance harness: secrets scan, CSV formula neutralization, HTML escaping. */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else if (e.isFile()) out.push(p);
  }
  return out.sort();
}

/** Files (under the given dirs) whose bytes contain any of the secrets, as text or base64. */
export async function scanSecrets(dirs: string[], secrets: string[]): Promise<{ files: number; bytes: number; hits: string[] }> {
  const needles = secrets.filter((s) => s.length >= 8).flatMap((s) => [Buffer.from(s, "utf8"), Buffer.from(Buffer.from(s, "utf8").toString("base64"), "utf8")]);
  let files = 0;
  let bytes = 0;
  const hits: string[] = [];
  for (const d of dirs) {
    for (const f of await listFiles(d)) {
      const buf = await readFile(f);
      files++;
      bytes += buf.length;
      if (needles.some((n) => buf.includes(n))) hits.push(f);
    }
  }
  return { files, bytes, hits };
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Every cell of the CSV must not start with = + - @ TAB CR (a neutralized cell starts with `'`).
 * `neutralized` counts cells of the form `'` + formula character (evidence that the rule fired).
 */
export function checkCsvFormulas(text: string): { cells: number; neutralized: number; bad: string[] } {
  const rows = parse(text.replace(/^\uFEFF/, ""), { relax_column_count: true, skip_empty_lines: true }) as string[][];
  let cells = 0;
  let neutralized = 0;
  const bad: string[] = [];
  rows.forEach((row, r) =>
    row.forEach((c, i) => {
      cells++;
      if (FORMULA_START.test(c)) bad.push(`row ${r + 1} col ${i + 1}: ${JSON.stringify(c.slice(0, 40))}`);
      else if (c.startsWith("'") && FORMULA_START.test(c.slice(1))) neutralized++;
    }),
  );
  return { cells, neutralized, bad };
}

/** The raw payload (a `<script>` tag) must not appear in the HTML; `escaped` counts its escaped form (`&lt;script&gt;`). */
export function checkHtmlEscaping(html: string, marker: string): { raw: number; escaped: number } {
  const count = (n: string) => html.split(n).length - 1;
  return { raw: count(`<script>${marker}`), escaped: count(`&lt;script&gt;${marker}`) };
}
