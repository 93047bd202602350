import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { FerryError } from "../../bridge/src/core/errors.ts";
import { canonicalJson } from "../../bridge/src/core/hash.ts";
import { attachmentPath, openPlexusBundle, PLEXUS_FIELDS, PLEXUS_ID_PREFIX } from "../../bridge/src/sources/plexus/index.ts";
import { items, view } from "./read-items.ts";


/** A full record of the object named by the id prefix: every A.4 field present (nullable ones null). */
const full = (id: string, updated: string, extra: Record<string, unknown> = {}): Record<string, unknown> => {
  const object = (Object.entries(PLEXUS_ID_PREFIX).find(([, p]) => id.startsWith(p)) ?? ["users"])[0] as keyof typeof PLEXUS_FIELDS;
  const rec: Record<string, unknown> = {};
  for (const [name, type, nullable] of PLEXUS_FIELDS[object]) {
    if (name === "lines") continue;
    rec[name] = nullable ? null : type === "boolean" ? false : ["Money", "Quantity", "number", "integer"].includes(type) ? 1 : type.endsWith("List") ? [] : ["CustomFields", "object", "Address", "ContactInfo", "GeoPoint"].includes(type) ? {} : "x";
  }
  return { ...rec, id, created_at: "2024-01-01T00:00:00Z", updated_at: updated, deleted: false, deleted_at: null, ...extra };
};

function bundle(files: Record<string, string>, manifestOverrides: Record<string, unknown> = {}, objOverrides: Record<string, Record<string, unknown>> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ferry-pxb-"));
  const objects: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), text);
    const stem = name.replace(/\.jsonl$/, "");
    const count = text.replace(/^\uFEFF/, "").split("\n").filter((l) => l.trim() !== "").length;
    objects[stem] = { file: name, count, sha256: createHash("sha256").update(text).digest("hex"), ...(objOverrides[stem] ?? {}) };
  }
  writeFileSync(
    path.join(dir, "manifest.json"),
    JSON.stringify({ format: "plexus-export-bundle", format_version: "1.2", api_version: "v1", tenant: "t", export_type: "full", include_deleted: true, time_zone: "America/Chicago", currency: "USD", files_dir: "files", objects, ...manifestOverrides }),
  );
  return dir;
}

describe("Plexus bundle reader (A.6, C.1)", () => {
  it("BOM, CRLF, empty lines, truncated JSON, soft-deleted rows and tombstones in a full export", async () => {
    const lines = [
      "\uFEFF" + JSON.stringify(full("te_1", "2024-06-01T10:00:00Z")),
      "",
      JSON.stringify(full("te_2", "2024-06-01T10:00:01Z")).slice(0, 40),
      JSON.stringify(full("te_3", "2024-06-01T10:00:02Z", { deleted: true, deleted_at: "2024-06-01T10:00:02Z" })),
      JSON.stringify({ id: "te_4", deleted: true, deleted_at: "2024-06-02T00:00:00Z", updated_at: "2024-06-02T00:00:00Z" }),
      "[1,2]",
      JSON.stringify({ name: "no id" }),
    ];
    const dir = bundle({ "time_entries.jsonl": lines.join("\r\n") + "\r\n" });
    const ex = await openPlexusBundle(dir);
    expect(ex.warnings).toEqual(["objects not exported (file absent): " + ex.missing.join(", ")]);
    expect(ex.missing).toHaveLength(16);
    const list = await items(ex.objects.get("time_entries"));
    expect(view(list)).toEqual(["1:rec:te_1", "3:malformed_row:te_2", "4:deleted:te_3", "5:deleted:te_4", "6:malformed_row:null", "7:missing_required:null"]);
    const first = list[0];
    expect(first?.kind === "record" && first.record.hash).toBe(createHash("sha256").update(canonicalJson(full("te_1", "2024-06-01T10:00:00Z"))).digest("hex"));
  });

  it("delta bundles pass tombstones on as records", async () => {
    const dir = bundle({ "customers.jsonl": JSON.stringify({ id: "cus_1", deleted: true, deleted_at: "2025-02-03T16:20:11Z", updated_at: "2025-02-03T16:20:11Z" }) + "\n" }, { export_type: "delta" });
    const ex = await openPlexusBundle(dir);
    expect(ex.kind).toBe("delta");
    const list = await items(ex.objects.get("customers"));
    expect(list[0]).toMatchObject({ kind: "record", record: { id: "cus_1", data: { deleted: true } } });
  });

  it("same id: identical copy → duplicate_row, different content → the greatest updated_at wins (even if earlier in the file)", async () => {
    const a1 = JSON.stringify(full("wo_a", "2024-06-01T10:00:00Z", { status: "new" }));
    const b2 = JSON.stringify(full("wo_b", "2024-06-03T00:00:00Z", { status: "completed" }));
    const b1 = JSON.stringify(full("wo_b", "2024-06-01T00:00:00Z", { status: "new" }));
    const a2 = JSON.stringify(full("wo_a", "2024-06-02T10:00:00Z", { status: "scheduled" }));
    const dir = bundle({ "work_orders.jsonl": [a1, b2, a1, b1, a2, b2].join("\n") });
    const list = await items((await openPlexusBundle(dir)).objects.get("work_orders"));
    expect(view(list)).toEqual(["1:superseded:wo_a", "2:rec:wo_b", "3:duplicate_row:wo_a", "4:superseded:wo_b", "5:rec:wo_a", "6:duplicate_row:wo_b"]);
  });

  it("a truncated line that repeats an id never decides which copy wins", async () => {
    const good = JSON.stringify(full("te_a", "2024-06-01T10:00:00Z", { gps: { lat: 1 } }));
    const truncatedNewer = JSON.stringify(full("te_a", "2024-06-09T10:00:00Z", { gps: { lat: 1 } })).slice(0, -1); // ends with "}" of gps
    const dir = bundle({ "time_entries.jsonl": [good, truncatedNewer].join("\n") + "\n" });
    const list = await items((await openPlexusBundle(dir)).objects.get("time_entries"));
    expect(view(list)).toEqual(["1:rec:te_a", "2:malformed_row:te_a"]);
  });

  it("record hashes use the canonical JSON of core/hash.ts", async () => {
    const { canonicalJsonFast } = await import("../../bridge/src/sources/plexus/canonical.ts");
    const samples: unknown[] = [{ b: 1, a: [{ z: null, y: "é\u0000\"" }, 2.5, true], c: undefined, "k ey": { x: [] } }, [], {}, "s", 0, null];
    const ex = await openPlexusBundle("sample/plexus");
    for (const [, r] of ex.objects) for await (const it of r.read()) if (it.kind === "record") samples.push(it.record.data);
    for (const v of samples) expect(canonicalJsonFast(v)).toBe(canonicalJson(v));
  });

  it("manifest count and sha256 differences are warnings; data is still read", async () => {
    const text = JSON.stringify(full("usr_1", "2024-01-01T00:00:00Z")) + "\n";
    const dir = bundle({ "users.jsonl": text }, {}, { users: { count: 5, sha256: "ab".repeat(32) } });
    const ex = await openPlexusBundle(dir);
    expect(ex.warnings).toContain("users.jsonl: manifest count 5, file has 1 non-empty lines");
    expect(ex.warnings).toContain("users.jsonl: SHA-256 differs from manifest.json");
    expect(await items(ex.objects.get("users"))).toHaveLength(1);
  });

  it("refuses another major format_version", async () => {
    const dir = bundle({ "users.jsonl": "" }, { format_version: "2.0" });
    const err = await openPlexusBundle(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FerryError);
    expect((err as FerryError).code).toBe("unsupported_bundle_version");
  });

  it("reads a zip with the bundle inside one folder, attachment binaries resolvable", async () => {
    const src = bundle({ "attachments.jsonl": JSON.stringify(full("att_1", "2024-01-01T00:00:00Z", { file_path: "files/att_1/Rechnung März.pdf" })) + "\n" });
    mkdirSync(path.join(src, "files", "att_1"), { recursive: true });
    const enc = new TextEncoder();
    const { readFileSync } = await import("node:fs");
    const zip = zipSync({
      "bundle/manifest.json": readFileSync(path.join(src, "manifest.json")),
      "bundle/attachments.jsonl": readFileSync(path.join(src, "attachments.jsonl")),
      "bundle/files/att_1/Rechnung März.pdf": enc.encode("%PDF-1.4 tiny"),
    });
    const zdir = mkdtempSync(path.join(tmpdir(), "ferry-pxz-"));
    writeFileSync(path.join(zdir, "b.zip"), zip);
    const ex = await openPlexusBundle(path.join(zdir, "b.zip"));
    expect(ex.warnings.filter((w) => !w.startsWith("objects not exported"))).toEqual([]);
    const list = await items(ex.objects.get("attachments"));
    const fp = list[0]?.kind === "record" ? String(list[0].record.data["file_path"]) : "";
    const abs = attachmentPath(ex, fp);
    expect(abs && readFileSync(abs, "utf8")).toBe("%PDF-1.4 tiny");
  });
});
