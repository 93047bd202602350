/**
 * Plexus API → offline bundle (sources.md A.6): pages every endpoint into `<object>.jsonl`, streams
 * attachment binaries to files/<id>/<file_name>, writes manifest.json. `openPlexusApi` reads a tenant
 * this way and returns the bundle reader over the spooled files (two local passes, one API pass).
 */
import { createWriteStream, promises as fsp } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { FerryError } from "../../core/errors.ts";
import type { SourceExport } from "../types.ts";
import { PlexusApiClient, PlexusApiError } from "./api.ts";
import type { PlexusApiOptions } from "./api.ts";
import { fileStats, openPlexusBundle } from "./bundle.ts";
import { PLEXUS_OBJECTS } from "./objects.ts";

export interface ExportOptions {
  objects?: readonly string[];
  /** delta: `modified_since` (the previous export_started_at − 1 h) */
  modifiedSince?: string | null;
  /** download attachment binaries (default true) */
  downloadFiles?: boolean;
  onProgress?: (object: string, records: number) => void;
}

export interface ExportResult {
  dir: string;
  counts: Record<string, number>;
  warnings: string[];
  forbidden: string[];
  attachments: { downloaded: number; missing: string[]; mismatched: string[] };
}

const safeName = (s: string): string => s.replace(/[/\\\0]/g, "_").replace(/^\.+/, "_") || "file";

export async function exportBundle(client: PlexusApiClient, dir: string, opts: ExportOptions = {}): Promise<ExportResult> {
  await fsp.mkdir(dir, { recursive: true });
  const started = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  const tenant = await client.tenant();
  const result: ExportResult = { dir, counts: {}, warnings: [], forbidden: [], attachments: { downloaded: 0, missing: [], mismatched: [] } };
  const manifestObjects: Record<string, { file: string; count: number; sha256: string }> = {};
  for (const object of opts.objects ?? PLEXUS_OBJECTS) {
    const file = `${object}.jsonl`;
    const out = createWriteStream(path.join(dir, file));
    const closed = new Promise<void>((resolve, reject) => {
      out.on("finish", resolve);
      out.on("error", reject);
    });
    let n = 0;
    try {
      for await (const page of client.pages(object, { modifiedSince: opts.modifiedSince ?? null, includeDeleted: true })) {
        for (const rec of page) {
          let r = rec;
          if (object === "attachments" && opts.downloadFiles !== false && r["deleted"] !== true) r = await fetchBinary(client, dir, r, result);
          if (!out.write(JSON.stringify(r) + "\n")) await new Promise<void>((res) => out.once("drain", () => res()));
          n++;
        }
        opts.onProgress?.(object, n);
      }
    } catch (e) {
      out.end();
      await closed;
      if (e instanceof PlexusApiError && e.status === 403) {
        await fsp.rm(path.join(dir, file), { force: true });
        result.forbidden.push(object);
        result.warnings.push(`${object}: token lacks the scope (403): not exported`);
        continue;
      }
      throw e;
    }
    out.end();
    await closed;
    result.counts[object] = n;
    const st = await fileStats(path.join(dir, file));
    manifestObjects[object] = { file, count: st.count, sha256: st.sha256 };
  }
  const manifest = {
    format: "plexus-export-bundle",
    format_version: "1.2",
    api_version: tenant.api_version ?? "v1",
    tenant: tenant.tenant,
    tenant_name: tenant.name,
    export_type: opts.modifiedSince ? "delta" : "full",
    export_started_at: started,
    export_finished_at: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
    modified_since: opts.modifiedSince ?? null,
    include_deleted: true,
    time_zone: tenant.time_zone,
    currency: tenant.currency,
    files_dir: "files",
    objects: manifestObjects,
  };
  await fsp.writeFile(path.join(dir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  return result;
}

async function fetchBinary(client: PlexusApiClient, dir: string, rec: Record<string, unknown>, result: ExportResult): Promise<Record<string, unknown>> {
  const id = String(rec["id"]);
  const rel = `files/${safeName(id)}/${safeName(String(rec["file_name"] ?? "file"))}`;
  const out = { ...rec, download_url: null, expires_at: null, file_path: rel };
  try {
    await client.downloadAttachment(rec, path.join(dir, rel), { keepOnMismatch: true });
    result.attachments.downloaded++;
  } catch (e) {
    if (e instanceof FerryError && e.code === "file_missing") {
      result.attachments.missing.push(id);
      result.warnings.push(`attachment ${id}: binary not available (${e.message})`);
    } else if (e instanceof FerryError && e.code === "checksum_mismatch") {
      result.attachments.mismatched.push(id);
      result.warnings.push(`attachment ${id}: ${e.message}`);
    } else throw e;
  }
  return out;
}

export interface OpenPlexusApiOptions extends PlexusApiOptions, ExportOptions {
  /** where to spool the bundle (default: a fresh temp folder) */
  workDir?: string;
}

/** Reads a tenant through the API (spooled to a local bundle) and returns the same SourceExport as a bundle. */
export async function openPlexusApi(opts: OpenPlexusApiOptions): Promise<SourceExport & { exportResult: ExportResult }> {
  const client = new PlexusApiClient(opts);
  const dir = opts.workDir ?? (await mkdtemp(path.join(tmpdir(), "ferry-plexus-api-")));
  const res = await exportBundle(client, dir, opts);
  const ex = await openPlexusBundle(dir, { kind: opts.modifiedSince ? "delta" : "full" });
  ex.warnings.push(...res.warnings);
  ex.missing.push(...res.forbidden.filter((o) => !ex.missing.includes(o)));
  return { ...ex, exportResult: res };
}
