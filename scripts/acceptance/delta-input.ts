/**
 * Builds a delta export from the migrated input, for the acceptance delta step: a few rows of
 * contacts (PlanPlus) / customers (Plexus) that landed in the full run get a changed job title and a
 * later modified time, one new row is added, two landed rows are deleted (PlanPlus
 * deleted_items.csv, Plexus tombstones). Returns what the delta must do, for the read-back check.
 */
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface DeltaPlan {
  dir: string;
  since: string;
  /** source id → the new job title */
  modified: Map<string, string>;
  created: string[];
  deleted: string[];
}

const TITLE = (i: number) => `Delta title ${i + 1}`;

/** `landed`: source ids of contacts/customers the full run created (in file order of preference). */
export async function buildDelta(source: "planplus" | "plexus", input: string, dest: string, landed: ReadonlySet<string>, since: string, avoid: string): Promise<DeltaPlan> {
  await rm(dest, { recursive: true, force: true });
  await mkdir(dest, { recursive: true });
  const plan: DeltaPlan = { dir: dest, since, modified: new Map(), created: [], deleted: [] };
  if (source === "planplus") {
    await copyFile(join(input, "users.csv"), join(dest, "users.csv"));
    const lines = (await readFile(join(input, "contacts.csv"), "utf8")).split("\n");
    const header = lines[0] ?? "";
    const cols = header.split(",").map((c) => c.replace(/^\uFEFF/, "").replace(/^"|"\r?$/g, ""));
    const title = cols.indexOf("Job Title");
    const modifiedAt = cols.indexOf("Modified Date");
    const first = cols.indexOf("First Name");
    const last = cols.indexOf("Last Name");
    const email = cols.indexOf("E-mail Address");
    const out: string[] = [header];
    const plain: { id: string; cells: string[]; cr: string }[] = [];
    for (const l of lines.slice(1)) {
      if (!/^"\d+"/.test(l) || l.includes(avoid)) continue;
      const cr = l.endsWith("\r") ? "\r" : "";
      const cells = l.replace(/^"|"\r?$/g, "").split('","');
      if (cells.length !== cols.length) continue;
      const id = cells[0] as string;
      if (landed.has(id) && !plain.some((p) => p.id === id)) plain.push({ id, cells, cr });
    }
    if (plain.length < 6) throw new Error(`contacts.csv: only ${plain.length} plain landed rows for the delta`);
    const stamp = "11/30/2026 9:00 AM";
    for (let i = 0; i < 3; i++) {
      const p = plain[i] as (typeof plain)[number];
      const cells = [...p.cells];
      cells[title] = TITLE(i);
      if (modifiedAt >= 0) cells[modifiedAt] = stamp;
      out.push(`"${cells.join('","')}"${p.cr}`);
      plan.modified.set(p.id, TITLE(i));
    }
    const maxId = Math.max(...lines.slice(1).map((l) => Number(/^"(\d+)"/.exec(l)?.[1] ?? 0)));
    const base = plain[3] as (typeof plain)[number];
    const nc = [...base.cells];
    const newId = String(maxId + 1000);
    nc[0] = newId;
    if (first >= 0) nc[first] = "Delta";
    if (last >= 0) nc[last] = "Newcomer";
    if (email >= 0) nc[email] = "delta.newcomer@delta.example";
    if (modifiedAt >= 0) nc[modifiedAt] = stamp;
    out.push(`"${nc.join('","')}"${base.cr}`);
    plan.created.push(newId);
    await writeFile(join(dest, "contacts.csv"), `${out.join("\n")}\n`);
    const dels = [plain[4], plain[5]] as (typeof plain)[number][];
    plan.deleted.push(...dels.map((d) => d.id));
    await writeFile(join(dest, "deleted_items.csv"), `"Object","Record ID","Name","Deleted Date","Deleted By"\n${dels.map((d) => `"Contact","${d.id}","","11/30/2026 9:05 AM","Acceptance Harness"`).join("\n")}\n`);
    return plan;
  }
  await copyFile(join(input, "users.jsonl"), join(dest, "users.jsonl"));
  const recs: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (const l of (await readFile(join(input, "customers.jsonl"), "utf8")).split("\n")) {
    if (!l.trim() || l.includes(avoid)) continue;
    try {
      const r = JSON.parse(l) as Record<string, unknown>;
      const id = String(r.id ?? "");
      if (landed.has(id) && !seen.has(id) && r.deleted !== true && r.primary_contact && typeof r.primary_contact === "object") {
        seen.add(id);
        recs.push(r);
      }
    } catch {
      /* malformed line: not a candidate */
    }
  }
  if (recs.length < 6) throw new Error(`customers.jsonl: only ${recs.length} landed customers for the delta`);
  // the job title lands on a company's contact person: commercial customers (with a company name) first
  recs.sort((a, b) => Number(Boolean(b.company_name)) - Number(Boolean(a.company_name)));
  const later = "2026-11-30T09:00:00Z";
  const out: string[] = [];
  for (let i = 0; i < 3; i++) {
    const r = structuredClone(recs[i]) as Record<string, unknown> & { primary_contact: Record<string, unknown> };
    r.primary_contact.title = TITLE(i);
    r.updated_at = later;
    out.push(JSON.stringify(r));
    plan.modified.set(String(r.id), TITLE(i));
  }
  const n = structuredClone(recs[3]) as Record<string, unknown> & { primary_contact: Record<string, unknown> };
  n.id = "cus_delta0001";
  n.account_number = "C-DELTA-1";
  n.company_name = "Delta Newcomer Holdings";
  n.primary_contact = { ...n.primary_contact, first_name: "Delta", last_name: "Newcomer", email: "delta.newcomer@delta.example" };
  n.created_at = later;
  n.updated_at = later;
  out.push(JSON.stringify(n));
  plan.created.push("cus_delta0001");
  for (const r of [recs[4], recs[5]] as Record<string, unknown>[]) {
    out.push(JSON.stringify({ id: r.id, deleted: true, deleted_at: "2026-11-30T09:05:00Z", updated_at: "2026-11-30T09:05:00Z" }));
    plan.deleted.push(String(r.id));
  }
  await writeFile(join(dest, "customers.jsonl"), `${out.join("\n")}\n`);
  const users = (await readFile(join(dest, "users.jsonl"), "utf8")).split("\n").filter((l) => l.trim()).length;
  const manifest = JSON.parse(await readFile(join(input, "manifest.json"), "utf8")) as Record<string, unknown>;
  await writeFile(
    join(dest, "manifest.json"),
    `${JSON.stringify(
      {
        ...manifest,
        export_type: "delta",
        export_started_at: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
        export_finished_at: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
        modified_since: since,
        include_deleted: true,
        objects: { users: { file: "users.jsonl", count: users }, customers: { file: "customers.jsonl", count: out.length } },
      },
      null,
      2,
    )}\n`,
  );
  return plan;
}
