/**
 * `ferry sample --size N`: a connected slice of the export (N rows of each mapped object plus the
 * parent rows they reference, found through the mapping's dependsOn and lookup rules; objects
 * without dependencies — users, stages — come whole), loaded through the pipeline as usual
 * (external ids, ledger, kind "sample"), read back from Odoo by external id, and compared field by
 * field with what was sent (the normalized source values): sample_diff.csv + sample_diff.html,
 * mismatches grouped by cause.
 */
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { diffCsv, diffHtml, summarizeDiff, type DiffLine, type DiffSummary, type MismatchCause } from "../core/diff.ts";
import { readBackVerdicts, type CellVerdict, type ReadBackTarget } from "../core/diff-readback.ts";
import { FerryError } from "../core/errors.ts";
import type { MappingDoc } from "../core/mapping/schema.ts";
import type { OdooClient } from "../odoo/client.ts";
import type { Settings } from "../cli/settings.ts";
import type { ObjectReader, ReadItem, SourceExport } from "../sources/types.ts";
import { readLedger, type LedgerEntry } from "./ledger.ts";
import { findGenerated, removeGenerated, rollbackRun } from "./rollback.ts";
import type { LoadRow, Sink } from "./pipeline.ts";
import { executeRun, loadMapping, newRunId, passRunOptions, type PassedRunOptions, type RunResult } from "./session.ts";

export interface SampleOptions extends PassedRunOptions {
  size: number;
  /** Called after the load and before the read-back (tests: simulate an edit in Odoo). */
  beforeReadBack?: (client: OdooClient) => Promise<void>;
}

export interface SampleSlice {
  /** object → selected record ids */
  selected: Map<string, Set<string>>;
  /** objects taken whole (no dependencies) */
  whole: string[];
}

export interface SampleResult extends RunResult {
  slice: SampleSlice;
  diff: DiffSummary;
  csvPath: string;
  htmlPath: string;
}

const REF_PREFIX = /^(parent|related)\s+/i;

/** Values of a record field as candidate ids (`x_ids` arrays included). */
function idValues(v: unknown): string[] {
  if (v === null || v === undefined || v === "") return [];
  if (Array.isArray(v)) return v.flatMap(idValues);
  if (typeof v === "string" || typeof v === "number") return [String(v).trim()];
  return [];
}

/**
 * Chooses the slice: the first `size` rows of each mapped object with dependencies, then, until
 * nothing changes, every row those reference (columns named like a dependency's id field, e.g.
 * `Company ID`, `Parent Task ID`, `Related Contact ID`, the `from` column of lookup_xmlid rules, and
 * `…_id`/`…_ids` columns whose value is a dependency's id).
 */
export async function chooseSlice(exp: SourceExport, doc: MappingDoc, size: number): Promise<SampleSlice> {
  const mapped = new Map(doc.objects.map((o) => [o.object, o]));
  const idIndex = new Map<string, Map<string, string>>(); // object → id value → record id
  const data = new Map<string, Map<string, Record<string, unknown>>>(); // object → record id → data
  const order = new Map<string, string[]>();
  for (const [object, reader] of exp.objects) {
    const om = mapped.get(object);
    const ids = new Map<string, string>();
    const rows = new Map<string, Record<string, unknown>>();
    const seq: string[] = [];
    for await (const item of reader.read()) {
      if (item.kind !== "record") continue;
      const r = item.record;
      ids.set(String(r.data[om?.idField ?? "id"] ?? r.id).trim(), r.id);
      rows.set(r.id, r.data);
      seq.push(r.id);
    }
    idIndex.set(object, ids);
    data.set(object, rows);
    order.set(object, seq);
  }
  const selected = new Map<string, Set<string>>();
  const whole: string[] = [];
  const queue: [string, string][] = [];
  const add = (object: string, id: string) => {
    const set = selected.get(object) ?? new Set<string>();
    selected.set(object, set);
    if (set.has(id)) return;
    set.add(id);
    queue.push([object, id]);
  };
  for (const [object, seq] of order) {
    const om = mapped.get(object);
    if (!om || om.dependsOn.length === 0) {
      whole.push(object);
      selected.set(object, new Set(seq));
      continue;
    }
    for (const id of seq.slice(0, size)) add(object, id);
  }
  // Reference columns per object: column → candidate parent objects.
  const refColumns = (object: string, row: Record<string, unknown>): [string, string[]][] => {
    const om = mapped.get(object);
    if (!om) return [];
    const deps = [...new Set([...om.dependsOn, object])].filter((d) => idIndex.has(d));
    const out: [string, string[]][] = [];
    const lookups = om.fields.filter((f) => f.kind === "lookup_xmlid") as { from: string; sourceObject?: string; object: string }[];
    for (const col of Object.keys(row)) {
      if (col === om.idField) continue;
      const rule = lookups.find((l) => l.from === col);
      if (rule) {
        out.push([col, [rule.sourceObject ?? rule.object]]);
        continue;
      }
      const stripped = col.replace(REF_PREFIX, "");
      const named = deps.filter((d) => mapped.get(d)?.idField === stripped && (d !== object || stripped !== col));
      if (named.length) out.push([col, named]);
      else if (/_ids?$/.test(col)) out.push([col, deps]);
    }
    return out;
  };
  while (queue.length) {
    const [object, id] = queue.shift() as [string, string];
    const row = data.get(object)?.get(id);
    if (!row) continue;
    for (const [col, parents] of refColumns(object, row)) {
      for (const v of idValues(row[col])) {
        for (const p of parents) {
          const rid = idIndex.get(p)?.get(v);
          if (rid !== undefined && !(whole.includes(p))) add(p, rid);
        }
      }
    }
  }
  return { selected, whole };
}

/** The export restricted to the slice (reader-level rejects of unselected rows are left out too). */
export function sliceExport(exp: SourceExport, slice: SampleSlice): SourceExport {
  const objects = new Map<string, ObjectReader>();
  for (const [object, reader] of exp.objects) {
    const keep = slice.selected.get(object);
    if (!keep || slice.whole.includes(object)) {
      objects.set(object, reader);
      continue;
    }
    objects.set(object, {
      ...reader,
      async *read(): AsyncIterable<ReadItem> {
        for await (const item of reader.read()) if (item.kind === "record" && keep.has(item.record.id)) yield item;
      },
    });
  }
  return { ...exp, objects };
}

interface Sent {
  model: string;
  cells: Record<string, string>;
}

/** What the pipeline sent: load cells by external id, write() values by `model:id`. */
export interface Captured {
  sent: Map<string, Sent>;
  written: Map<string, Sent>;
}

export function newCapture(): Captured {
  return { sent: new Map(), written: new Map() };
}

/**
 * Wraps a sink and remembers every value it sends for rows that landed (later values of the same
 * cell win): load cells by external id, write() values by record (x2many commands as JSON).
 * `ferry sample` and the acceptance harness's full field diff read these back.
 */
export function capturingSink(inner: Sink, cap: Captured): Sink {
  return {
    ...inner,
    async load(model, fields, rows: LoadRow[]) {
      const res = await inner.load(model, fields, rows);
      const landed = new Set(res.landed.filter((l) => !l.held).map((l) => l.key));
      for (const r of rows) {
        if (!landed.has(r.key)) continue;
        const prev = cap.sent.get(r.key);
        const cells: Record<string, string> = { ...(prev?.model === model ? prev.cells : {}) };
        fields.forEach((f, i) => {
          if (f !== "id") cells[f] = r.cells[i] ?? "";
        });
        cap.sent.set(r.key, { model, cells });
      }
      return res;
    },
    async write(model, ids, values) {
      await inner.write(model, ids, values);
      for (const id of ids) {
        const k = `${model}:${id}`;
        const cells: Record<string, string> = { ...(cap.written.get(k)?.cells ?? {}) };
        for (const [f, v] of Object.entries(values)) cells[f] = v === false || v === null || v === undefined ? "" : v === true ? "1" : Array.isArray(v) ? JSON.stringify(v) : String(v);
        cap.written.set(k, { model, cells });
      }
    },
  };
}

async function readBackDiff(client: OdooClient, runDir: string, slice: SampleSlice, { sent, written }: Captured): Promise<DiffLine[]> {
  const ledger = await readLedger(join(runDir, "ledger.jsonl"));
  // Rows of the slice → what the run did with them.
  const byRow = new Map<string, typeof ledger>();
  for (const e of ledger) {
    const k = `${e.object}\u001f${e.source_id ?? ""}`;
    byRow.set(k, [...(byRow.get(k) ?? []), e]);
  }
  // Records to read back: what was sent for each, load cells by external id plus later write() values by record.
  const targets = new Map<string, ReadBackTarget>();
  for (const e of ledger) {
    if (!e.xmlid || !e.model || e.res_id === undefined || (e.operation !== "create" && e.operation !== "update") || e.outcome !== "loaded" || targets.has(e.xmlid)) continue;
    const loadCells = sent.get(e.xmlid)?.model === e.model ? (sent.get(e.xmlid)?.cells ?? {}) : {};
    targets.set(e.xmlid, { model: e.model, id: e.res_id, xmlid: e.xmlid, cells: { ...loadCells, ...(written.get(`${e.model}:${e.res_id}`)?.cells ?? {}) } });
  }
  const refXmlids = new Set<string>();
  for (const t of targets.values()) for (const [c, v] of Object.entries(t.cells)) if (c.endsWith("/id")) for (const r of v.split(",")) if (r) refXmlids.add(r);
  const refs = refXmlids.size ? await client.resolveXmlids([...refXmlids]) : new Map<string, { model: string; id: number }>();
  const verdicts = new Map<string, CellVerdict[]>();
  for (const v of await readBackVerdicts(client, [...targets.values()], (x) => refs.get(x)?.id ?? null)) verdicts.set(v.xmlid, [...(verdicts.get(v.xmlid) ?? []), v]);
  const lines: DiffLine[] = [];
  const compared = new Map<string, string>(); // a record written by several rows (a contact and its custom field values) is compared once: xmlid → first row
  for (const [object, ids] of slice.selected) {
    if (slice.whole.includes(object)) continue;
    for (const sid of ids) {
      const entries = byRow.get(`${object}\u001f${sid}`) ?? [];
      const writes = entries.filter((e) => e.xmlid && e.model && (e.operation === "create" || e.operation === "update") && e.outcome === "loaded");
      if (writes.length === 0) {
        const other = entries.find((e) => e.operation !== "create" && e.operation !== "update");
        const note = other ? `${other.outcome}${other.code ? `: ${other.code}` : ""}` : "loaded without a write: its records already had these values (or an earlier run loaded the same content)";
        lines.push({ object, source_id: sid, model: "", xmlid: "", field: "", status: other ? "not_loaded" : "no_write", source_value: "", odoo_value: "", note });
        continue;
      }
      for (const xmlid of [...new Set(writes.map((e) => e.xmlid as string))]) {
        const first = compared.get(xmlid);
        if (first) {
          lines.push({ object, source_id: sid, model: targets.get(xmlid)?.model ?? "", xmlid, field: "", status: "match", source_value: "", odoo_value: "", note: `record compared under ${first}` });
          continue;
        }
        compared.set(xmlid, `${object} ${sid}`);
        for (const v of verdicts.get(xmlid) ?? []) {
          const base = { object, source_id: sid, model: v.model, xmlid, field: v.column, source_value: v.expected, odoo_value: v.actual, ...(v.note ? { note: v.note } : {}) };
          if (v.cause === "record_missing") lines.push({ ...base, status: "mismatch", cause: "relation_not_resolved", note: "record not found in Odoo by its external id" });
          else if (v.status === "expected" && v.rewrite) lines.push({ ...base, status: "expected", rewrite: v.rewrite });
          else if (v.status === "mismatch") lines.push({ ...base, status: "mismatch", cause: (v.cause ?? "different_value") as MismatchCause });
          else lines.push({ ...base, status: "match" });
        }
      }
    }
  }
  return lines;
}

export async function executeSample(settings: Settings, opts: SampleOptions): Promise<SampleResult> {
  if (!Number.isInteger(opts.size) || opts.size < 1) throw new FerryError("usage", `--size ${String(opts.size)}: a positive whole number of rows per object`);
  if (!settings.source) throw new FerryError("usage", "--source plexus|planplus is required");
  const doc = await loadMapping("run", settings, opts);
  const runId = newRunId(settings.source);
  const runDir = resolve(settings.out ?? join("runs", runId));
  const cap = newCapture();
  let slice: SampleSlice = { selected: new Map(), whole: [] };
  let lines: DiffLine[] = [];
  const result = await executeRun("run", { ...settings, out: runDir }, {
    ...passRunOptions(opts),
    runId,
    kind: "sample",
    reloadAll: true,
    transformSource: async (exp) => {
      slice = await chooseSlice(exp, doc, opts.size);
      return sliceExport(exp, slice);
    },
    wrapSink: (sink) => capturingSink(sink, cap),
    afterLoad: async ({ client, runDir: dir }) => {
      await opts.beforeReadBack?.(client);
      lines = await readBackDiff(client, dir, slice, cap);
      return {
        sample: {
          size: opts.size,
          rows: Object.fromEntries([...slice.selected].map(([o, s]) => [o, s.size])),
          whole_objects: slice.whole,
          diff: summarizeDiff(lines),
        },
      };
    },
  });
  const csvPath = join(result.runDir, "sample_diff.csv");
  const htmlPath = join(result.runDir, "sample_diff.html");
  await writeFile(csvPath, diffCsv(lines));
  await writeFile(htmlPath, diffHtml(lines, { title: `Ferry sample — ${settings.source} (${opts.size} rows per object)`, run: result.reconciliation.run, generatedAt: new Date().toISOString() }));
  return { ...result, slice, diff: summarizeDiff(lines), csvPath, htmlPath };
}

export interface SampleCleanup {
  deleted: number;
  archived: number;
  restored: number;
  already_gone: number;
  /** Custom fields the sample's provisioning created: kept (the full run needs them). */
  kept_custom_fields: string[];
  failed: { model: string; id: number; message: string }[];
  seconds: number;
}

/** Models whose records are schema, not data: a sample leaves them in place. */
const SCHEMA_MODELS = new Set(["ir.model.fields", "ir.model.fields.selection"]);

/**
 * Removes what a sample run loaded, from its ledger, so the sample does not stay in the database.
 * Unlike `ferry rollback` it works per model, not per record: on a real Odoo each unlink of a record
 * with an external id invalidates the server's caches and the next call pays ~2 s to rebuild them,
 * so record-by-record removal of a 20-row sample took minutes. Records are deleted one model at a
 * time, latest-created model first (messages before their partners, contacts' model before the
 * tags it used); a refused batch falls back to one record at a time, archiving a record Odoo will
 * not delete. Custom fields the sample provisioned are kept: removing one reloads the registry
 * (seconds each) and the full run would create them again. Records the sample updated (already
 * there before it) get their previous values back through the regular rollback. Writes
 * sample_cleanup.json to the run folder.
 */
export async function removeSample(client: OdooClient, runDir: string): Promise<SampleCleanup> {
  const t0 = Date.now();
  const entries = await readLedger(join(runDir, "ledger.jsonl"));
  const out: SampleCleanup = { deleted: 0, archived: 0, restored: 0, already_gone: 0, kept_custom_fields: [], failed: [], seconds: 0 };
  const created = new Map<string, { ids: Set<number>; last: number }>();
  const updates: LedgerEntry[] = [];
  entries.forEach((e, i) => {
    if (!e.model || e.res_id === undefined) return;
    if (SCHEMA_MODELS.has(e.model)) {
      if (e.operation === "create") out.kept_custom_fields.push(String((e.previous as { field?: string } | undefined)?.field ?? `${e.model}:${e.res_id}`));
      return;
    }
    if (e.operation === "create") {
      const g = created.get(e.model) ?? { ids: new Set<number>(), last: 0 };
      g.ids.add(e.res_id);
      g.last = i;
      created.set(e.model, g);
    } else if (e.operation === "update" || e.operation === "archive") updates.push(e);
  });
  const createdKeys = new Set([...created].flatMap(([m, g]) => [...g.ids].map((id) => `${m}:${id}`)));
  const fieldsOf = async (model: string) => client.fieldsGet(model).catch(() => ({}) as Record<string, unknown>);
  const removeOne = async (model: string, id: number): Promise<void> => {
    try {
      await client.unlink(model, [id]);
      out.deleted += 1;
    } catch (err) {
      if (!("active" in (await fieldsOf(model)))) {
        out.failed.push({ model, id, message: (err as Error).message });
        return;
      }
      try {
        await client.write(model, [id], { active: false });
        out.archived += 1;
      } catch (err2) {
        out.failed.push({ model, id, message: (err2 as Error).message });
      }
    }
  };
  // What Odoo generated with the sample: recurrences + occurrences of its recurring calendar events,
  // personal stages for assignees who had none. Window = the sample's ledger times, 6 s slack (clocks).
  const times = entries.map((e) => Date.parse(e.time)).filter((t) => Number.isFinite(t));
  const generated = await findGenerated(client, {
    eventIds: [...(created.get("calendar.event")?.ids ?? [])],
    touchesTasks: created.has("project.task"),
    since: (times.length ? Math.min(...times) : t0) - 6000,
    until: (times.length ? Math.max(...times) : t0) + 6000,
  });
  for (const [model, g] of [...created].sort((a, b) => b[1].last - a[1].last)) {
    const wanted = [...g.ids];
    const present = new Set<number>();
    for (let i = 0; i < wanted.length; i += 1000) for (const id of await client.search(model, [["id", "in", wanted.slice(i, i + 1000)]], { context: { active_test: false } })) present.add(id);
    out.already_gone += wanted.length - present.size;
    const ids = [...present];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      try {
        await client.unlink(model, chunk);
        out.deleted += chunk.length;
      } catch {
        for (const id of chunk) await removeOne(model, id);
      }
    }
  }
  // A delete refused while another record still pointed at it may go through now.
  for (const f of out.failed.splice(0)) await removeOne(f.model, f.id);
  const gone = await removeGenerated(client, generated);
  out.deleted += gone.deleted;
  out.failed.push(...gone.failed);
  // Records that existed before the sample and were re-written by it: previous values back.
  const restore = updates.filter((e) => !createdKeys.has(`${e.model}:${e.res_id}`));
  if (restore.length) {
    const dir = join(runDir, "sample_restore");
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "ledger.jsonl"), restore.map((e) => JSON.stringify(e)).join("\n") + "\n");
    await copyFile(join(runDir, "run.json"), join(dir, "run.json")).catch(() => undefined);
    const r = await rollbackRun(client, dir, { force: true });
    out.restored += r.restored;
    out.failed.push(...r.failed);
  }
  out.seconds = Math.round((Date.now() - t0) / 100) / 10;
  await writeFile(join(runDir, "sample_cleanup.json"), `${JSON.stringify(out, null, 2)}\n`);
  return out;
}
