/**
 * `ferry map propose` / `ferry map approve`: the mapping is proposed by Ferry and approved by a
 * person before any record moves (exit code 4 otherwise).
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { FerryError } from "../core/errors.ts";
import { approve, checkApproved } from "../core/mapping/approval.ts";
import { exportMappingJson, importMappingJson, renderMappingCsv, renderMappingMarkdown } from "../core/mapping/document.ts";
import { defaultMapping } from "../mappings/index.ts";
import type { Settings } from "./settings.ts";
import { newRunId } from "../run/session.ts";
import { openSource } from "../run/source.ts";
import { readTargetProfile } from "../run/steps.ts";
import { odooConnection } from "./settings.ts";
import { OdooClient } from "../odoo/client.ts";
import { startSimulator, type Simulator } from "../odoo/simulator/index.ts";
import { profileRows, type ColumnProfile } from "../core/profile/index.ts";
import { proposeMappingDoc, renderProposalMarkdown, type ProposalLine } from "../core/suggest/index.ts";

/**
 * Profiles every object of the export (streamed), reads the target profile (the given Odoo, or the
 * bundled Odoo 18 recordings through a scratch simulator), and proposes the mapping: the reference
 * mapping plus the suggester's proposals, each with a confidence and a reason. Status: draft.
 */
export async function proposeMapping(settings: Settings): Promise<{ file: string; markdown: string; csv: string; proposals: number; added: number }> {
  if (!settings.source) throw new FerryError("usage", "--source plexus|planplus is required");
  const dir = resolve(settings.out ?? join("runs", newRunId(settings.source)));
  await mkdir(dir, { recursive: true });
  const base = defaultMapping(settings.source);
  let doc = base;
  let lines: ProposalLine[] = [];
  if (settings.input) {
    const exp = await openSource(settings);
    const columnsByObject: Record<string, ColumnProfile[]> = {};
    for (const [object, reader] of exp.objects) {
      async function* rows(): AsyncIterable<Record<string, unknown>> {
        for await (const item of reader.read()) if (item.kind === "record") yield item.record.data;
      }
      columnsByObject[object] = await profileRows(rows());
    }
    const conn = odooConnection(settings);
    const sim = conn ? undefined : await startSimulator({ port: 0 });
    const client = await OdooClient.connect(conn ?? { url: (sim as Simulator).url, db: (sim as Simulator).db, user: (sim as Simulator).user, apiKey: (sim as Simulator).apiKey });
    try {
      const profile = await readTargetProfile(client, base);
      ({ doc, lines } = proposeMappingDoc(base, columnsByObject, profile));
    } finally {
      await client.close();
      await sim?.close();
    }
  }
  const file = join(dir, "mapping.json");
  const markdown = join(dir, "mapping.md");
  const csv = join(dir, "mapping.csv");
  await writeFile(file, exportMappingJson(doc));
  await writeFile(markdown, `${renderMappingMarkdown(doc)}\n${lines.length ? renderProposalMarkdown(lines) : ""}`);
  await writeFile(csv, renderMappingCsv(doc));
  return { file, markdown, csv, proposals: lines.length, added: lines.filter((l) => l.status === "added").length };
}

export async function approveMappingFile(file: string, by: string): Promise<{ contentHash: string; approvedAt: string }> {
  if (!by.trim()) throw new FerryError("usage", "--by <name> is required: who reviewed and approved the mapping");
  let doc;
  try {
    doc = importMappingJson(await readFile(file, "utf8"));
  } catch (e) {
    throw new FerryError("usage", `cannot read mapping ${file}: ${(e as Error).message}`, { file });
  }
  const approved = approve(doc, by.trim());
  const check = checkApproved(approved);
  if (!check.ok) throw new FerryError("mapping_unapproved", check.reason, { file });
  await writeFile(file, exportMappingJson(approved));
  return { contentHash: approved.contentHash ?? "", approvedAt: approved.approvedAt ?? "" };
}
