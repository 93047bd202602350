/**
 * File content for attachment outputs (Plexus `files/<id>/<name>`, PlanPlus project summaries):
 * found in the export, size-limited, verified against the size and SHA-256 the source declares.
 */
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { MapOutput } from "../core/mapping/types.ts";
import type { SourceExport } from "../sources/types.ts";

export const DEFAULT_MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export function binaryResolver(exp: SourceExport, maxBytes = DEFAULT_MAX_ATTACHMENT_BYTES) {
  return async (binary: NonNullable<MapOutput["binary"]>): Promise<{ base64: string } | { error: { code: string; message: string } }> => {
    if (!binary.path) return { error: { code: "file_missing", message: binary.url ? "file only available by URL; export the tenant to a bundle first (ferry export)" : "no file for this attachment" } };
    const rel = binary.path.replace(/\\/g, "/").replace(/^\.\//, "");
    const abs = exp.files?.get(rel.toLowerCase()) ?? (exp.root ? join(exp.root, rel) : undefined);
    const info = abs ? await stat(abs).catch(() => undefined) : undefined;
    if (!abs || !info?.isFile()) return { error: { code: "file_missing", message: `${rel} is not in the export` } };
    if (info.size > maxBytes) return { error: { code: "file_too_large", message: `${rel} is ${(info.size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB attachment limit` } };
    const data = await readFile(abs);
    if (binary.size !== undefined && data.length !== binary.size) return { error: { code: "checksum_mismatch", message: `${rel}: ${data.length} bytes, the source says ${binary.size}` } };
    if (binary.sha256) {
      const sum = createHash("sha256").update(data).digest("hex");
      if (sum !== binary.sha256.toLowerCase()) return { error: { code: "checksum_mismatch", message: `${rel}: SHA-256 ${sum.slice(0, 12)}… differs from the source's ${binary.sha256.slice(0, 12)}…` } };
    }
    return { base64: data.toString("base64") };
  };
}
