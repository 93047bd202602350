/**
 * `ferry export` against the Plexus API simulator serving the sample bundle: the bundle written
 * reads back to the same records (attachment binaries byte-identical), the manifest counts match the
 * files, the result opens as `--input` for a plan, and the token appears nowhere — not in the bundle,
 * not in stdout/stderr.
 */
import { createHash } from "node:crypto";
import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runFerry } from "./ferry-cli.ts";
import { startPlexusSimulator, type PlexusSimulator } from "../../bridge/src/sources/plexus/simulator.ts";
import { attachmentPath, openPlexusBundle } from "../../bridge/src/sources/plexus/bundle.ts";

const SAMPLE = resolve(import.meta.dirname, "../../sample/plexus");
const TOKEN = "plx_live_TOKEN-must-never-be-written-7f3a";

let api: PlexusSimulator;
let root: string;

const ferry = runFerry;

/** Records per object as the API serves them (latest copy per id), attachment transport fields aside. */
async function records(dir: string): Promise<Map<string, Map<string, Record<string, unknown>>>> {
  const ex = await openPlexusBundle(dir, { verify: false, kind: "delta" });
  const out = new Map<string, Map<string, Record<string, unknown>>>();
  for (const [name, reader] of ex.objects) {
    const byId = new Map<string, Record<string, unknown>>();
    for await (const item of reader.read()) {
      if (item.kind !== "record") continue;
      const { download_url: _u, expires_at: _e, file_path: _f, ...data } = item.record.data as Record<string, unknown>;
      const id = String(data["id"]);
      const prev = byId.get(id);
      if (!prev || String(prev["updated_at"] ?? "") <= String(data["updated_at"] ?? "")) byId.set(id, data);
    }
    out.set(name, byId);
  }
  return out;
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else out.push(p);
  }
  return out;
}

beforeAll(async () => {
  api = await startPlexusSimulator({ token: TOKEN, bundle: SAMPLE, faults: { rateLimitEvery: 7, serverErrorEvery: 11, retryAfterSeconds: 0 } });
  root = await mkdtemp(join(tmpdir(), "ferry-export-"));
});
afterAll(async () => {
  await api?.close();
});

describe("ferry export (Plexus API simulator → bundle)", () => {
  it("--help exits 0 and names the flags", async () => {
    const r = await ferry(["export", "--help"]);
    expect(r.code).toBe(0);
    for (const f of ["--plexus-url", "--plexus-token", "--out", "--since", "--json"]) expect(r.stdout).toContain(f);
  });

  it("needs the URL, the token and --out (usage, exit 2)", async () => {
    expect((await ferry(["export", "--plexus-url", api.url, "--out", join(root, "x")])).code).toBe(2);
    expect((await ferry(["export", "--plexus-token", TOKEN, "--out", join(root, "x")])).code).toBe(2);
    expect((await ferry(["export", "--plexus-url", api.url, "--plexus-token", TOKEN])).code).toBe(2);
  });

  it("a wrong token fails without echoing either token", async () => {
    const r = await ferry(["export", "--plexus-url", api.url, "--plexus-token", "wrong-token-123456", "--out", join(root, "denied")]);
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).not.toContain("wrong-token-123456");
  });

  it("writes a bundle that reads back to the served records, with matching manifest counts, and no token anywhere", async () => {
    const out = join(root, "bundle");
    // the token comes from the environment here (FERRY_PLEXUS_TOKEN), the URL from the flag
    const r = await ferry(["export", "--plexus-url", api.url, "--out", out, "--json"], { FERRY_PLEXUS_TOKEN: TOKEN });
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { counts: Record<string, number>; attachments: { downloaded: number; missing: string[]; mismatched: string[] } };

    const want = await records(SAMPLE);
    const got = await records(out);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [object, rows] of want) {
      const mine = got.get(object) as Map<string, Record<string, unknown>>;
      expect([...mine.keys()].sort(), object).toEqual([...rows.keys()].sort());
      for (const [id, data] of rows) expect(mine.get(id), `${object} ${id}`).toEqual(data);
    }

    const manifest = JSON.parse(await readFile(join(out, "manifest.json"), "utf8")) as { tenant: string; time_zone: string; objects: Record<string, { file: string; count: number; sha256: string }> };
    expect(manifest.tenant).toBe("northwind-field");
    expect(manifest.time_zone).toBe("America/Chicago");
    for (const [object, m] of Object.entries(manifest.objects)) {
      const text = await readFile(join(out, m.file));
      const lines = text.toString("utf8").split("\n").filter((l) => l.trim()).length;
      expect(m.count, object).toBe(lines);
      expect(m.count, object).toBe(result.counts[object]);
      expect(m.count, object).toBe(want.get(object)?.size ?? 0);
      expect(m.sha256, object).toBe(createHash("sha256").update(text).digest("hex"));
    }

    // attachment binaries: the same bytes as the source bundle's files
    const src = await openPlexusBundle(SAMPLE, { verify: false });
    const dst = await openPlexusBundle(out, { verify: false });
    const sourcePath = new Map<string, string>();
    for await (const item of src.objects.get("attachments")?.read() ?? []) {
      if (item.kind === "record" && typeof item.record.data["file_path"] === "string") sourcePath.set(String(item.record.data["id"]), item.record.data["file_path"]);
    }
    const attachments = dst.objects.get("attachments");
    let compared = 0;
    for await (const item of attachments?.read() ?? []) {
      if (item.kind !== "record" || typeof item.record.data["file_path"] !== "string") continue;
      const id = String(item.record.data["id"]);
      const mine = attachmentPath(dst, item.record.data["file_path"]);
      const theirs = attachmentPath(src, sourcePath.get(id) ?? "");
      if (!mine || !theirs) continue;
      expect(await readFile(mine), id).toEqual(await readFile(theirs));
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
    // a binary whose checksum disagrees with its metadata is kept too (the load rejects it: checksum_mismatch)
    expect(compared).toBe(result.attachments.downloaded + result.attachments.mismatched.length);
    expect(result.attachments.missing).toEqual(["att_0007p0i"]); // gone at the source (410)

    // the token: not in any file of the bundle, not in what the command printed
    for (const f of await filesUnder(out)) expect((await readFile(f)).includes(Buffer.from(TOKEN)), f).toBe(false);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);

    // and the bundle is an --input for the rest of Ferry
    const plan = await ferry(["plan", "--source", "plexus", "--input", out, "--accept-phase", "*", "--out", join(root, "plan"), "--json"]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).not.toContain(TOKEN);
  });
});
