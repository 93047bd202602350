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

export async function proposeMapping(settings: Settings): Promise<{ file: string; markdown: string; csv: string }> {
  if (!settings.source) throw new FerryError("usage", "--source plexus|planplus is required");
  const dir = resolve(settings.out ?? join("runs", newRunId(settings.source)));
  await mkdir(dir, { recursive: true });
  const doc = defaultMapping(settings.source);
  const file = join(dir, "mapping.json");
  const markdown = join(dir, "mapping.md");
  const csv = join(dir, "mapping.csv");
  await writeFile(file, exportMappingJson(doc));
  await writeFile(markdown, renderMappingMarkdown(doc));
  await writeFile(csv, renderMappingCsv(doc));
  return { file, markdown, csv };
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
