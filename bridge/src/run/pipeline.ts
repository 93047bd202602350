/**
 * The phased load: for each source object in dependency order, stream its rows, map them, push the
 * mapped records to Odoo in batches through one sink, and account for every row (landed, rejected
 * with reason, skipped with reason). Writes the ledger per batch, the row reports and the
 * reconciliation; halts at a phase whose counts are off by more than the threshold.
 */
import type { FlagCode, Outcome, RowIssue, RowOrigin } from "../core/codes.ts";
import { emptyObjectReconciliation, countOutcome, phaseGate, type ObjectReconciliation } from "../core/reconcile.ts";
import { sha256Hex } from "../core/hash.ts";
import type { SourceRecord, ReadItem } from "../sources/types.ts";
import type { Ledger, LedgerEntry, LedgerOperation } from "./ledger.ts";
import type { RowReports } from "./reports.ts";

/** One Odoo record produced from a source row: `values` are `load()` cells keyed by column name. */
export interface MappedOutput {
  model: string;
  xmlid: string;
  values: Record<string, string>;
}

export interface MapResult {
  outputs: MappedOutput[];
  issues: RowIssue[];
  /** Set when the row does not land as a record (rejected, skipped, merged, documented, validated). */
  outcome?: { outcome: Exclude<Outcome, "loaded">; code?: string; field?: string; raw?: string; message?: string };
}

/** One phase of the run: a source object, how to read it and how to map one record. */
export interface ObjectStep {
  object: string;
  read(): AsyncIterable<ReadItem>;
  map(record: SourceRecord): MapResult;
  /** Called after each row's outcome is known (lets later phases know what landed). */
  onOutcome?(record: SourceRecord, outcome: Outcome, outputs: { xmlid: string; id?: number }[]): void;
}

export interface LoadRow {
  key: string;
  cells: string[];
}

/** Where records go: a real Odoo, the simulator, or (for `plan`) a scratch simulator. */
export interface Sink {
  /** Loads rows with external ids, isolating bad rows; returns landed ids and per-row failures. */
  load(model: string, fields: string[], rows: LoadRow[]): Promise<{ landed: { key: string; id: number }[]; failed: { key: string; message: string; field?: string }[] }>;
  /** Existing database ids for external ids (absent = not in Odoo). */
  resolve(xmlids: string[]): Promise<Map<string, number>>;
  /** Current values of fields, for previous-values in the ledger (rollback). */
  read(model: string, ids: number[], fields: string[]): Promise<Record<string, unknown>[]>;
}

export interface PipelineOptions {
  runId: string;
  source: string;
  kind: "full" | "delta" | "sample" | "plan";
  sink: Sink;
  ledger?: Ledger;
  reports: RowReports;
  /** xmlid → content hash written by an earlier run: unchanged rows are not written again. */
  previousHashes?: Map<string, { hash: string }>;
  /** Included in every content hash, so a changed mapping rewrites records. */
  mappingHash?: string;
  batchSize?: number;
  gateThreshold?: number;
  acceptPhases?: ReadonlySet<string>;
  onProgress?: (object: string, counts: ObjectReconciliation) => void;
  now?: () => string;
}

export interface PipelineResult {
  objects: ObjectReconciliation[];
  halted?: { object: string; reasons: string[] };
  /** Gates that tripped but were accepted with --accept-phase. */
  acceptedGates: string[];
  created: Record<string, number>;
}

interface Pending {
  origin: RowOrigin;
  id: string;
  hash: string;
  record: SourceRecord;
  outputs: MappedOutput[];
  issues: RowIssue[];
}

export async function runPipeline(steps: ObjectStep[], opts: PipelineOptions): Promise<PipelineResult> {
  const result: PipelineResult = { objects: [], created: {}, acceptedGates: [] };
  const batchSize = opts.batchSize ?? 500;
  const now = opts.now ?? (() => new Date().toISOString());

  for (const step of steps) {
    const rec = emptyObjectReconciliation(step.object);
    result.objects.push(rec);
    let pending: Pending[] = [];

    const settle = async (
      p: { origin: RowOrigin; id: string | null; record?: SourceRecord; hash?: string },
      outcome: Outcome,
      detail: { code?: string; field?: string; raw?: string; message?: string; issues?: RowIssue[]; operation?: LedgerOperation; outputs?: { xmlid: string; id?: number; model: string }[] },
    ): Promise<LedgerEntry[]> => {
      const flags = outcome === "loaded" ? (detail.issues ?? []).map((i) => i.code as FlagCode) : [];
      countOutcome(rec, outcome, detail.code, flags, detail.operation);
      if (outcome === "rejected" || outcome === "skipped") {
        opts.reports.rowOutcome(p.origin, p.id, outcome, detail.code ?? "unspecified", detail.field, detail.raw, detail.message ?? "");
      }
      if (outcome === "loaded") {
        for (const i of detail.issues ?? []) opts.reports.flag(p.origin, p.id, i);
      }
      if (p.record) step.onOutcome?.(p.record, outcome, (detail.outputs ?? []).map((o) => ({ xmlid: o.xmlid, ...(o.id !== undefined ? { id: o.id } : {}) })));
      const base = {
        run: opts.runId,
        phase: step.object,
        source: opts.source,
        object: step.object,
        source_id: p.id,
        source_row: p.origin.row,
        outcome,
        time: now(),
        ...(detail.code ? { code: detail.code } : {}),
        ...(flags.length ? { flags } : {}),
        ...(p.hash ? { source_hash: p.hash } : {}),
      };
      if (outcome === "loaded" && detail.outputs?.length) {
        return detail.outputs.map((o) => ({
          ...base,
          model: o.model,
          xmlid: o.xmlid,
          ...(o.id !== undefined ? { res_id: o.id } : {}),
          operation: detail.operation ?? "create",
        }));
      }
      return [{ ...base, operation: outcome === "rejected" ? "reject" : outcome === "skipped" ? "skip" : "unchanged" }];
    };

    const flush = async (): Promise<void> => {
      if (pending.length === 0) return;
      const batch = pending;
      pending = [];
      const entries: LedgerEntry[] = [];
      const failedRows = new Map<Pending, { message: string; field?: string }>();
      const landedIds = new Map<string, number>();
      const opOf = new Map<string, LedgerOperation>();
      const previous = new Map<string, Record<string, unknown>>();

      // Which records exist already, and which of those are unchanged since our last write.
      const allXmlids = batch.flatMap((p) => p.outputs.map((o) => o.xmlid));
      const existing = await opts.sink.resolve(allXmlids);
      const toWrite: { p: Pending; o: MappedOutput; tier: number }[] = [];
      for (const p of batch) {
        p.outputs.forEach((o, tier) => {
          const had = existing.get(o.xmlid);
          if (had !== undefined && opts.previousHashes?.get(o.xmlid)?.hash === p.hash) {
            landedIds.set(o.xmlid, had);
            opOf.set(o.xmlid, "unchanged");
          } else {
            toWrite.push({ p, o, tier });
            opOf.set(o.xmlid, had !== undefined ? "update" : "create");
          }
        });
      }
      // Previous values of records we are about to update, for rollback.
      const updates = toWrite.filter((w) => opOf.get(w.o.xmlid) === "update");
      const byModel = new Map<string, { id: number; xmlid: string; fields: Set<string> }[]>();
      for (const w of updates) {
        const id = existing.get(w.o.xmlid);
        if (id === undefined) continue;
        const list = byModel.get(w.o.model) ?? [];
        list.push({ id, xmlid: w.o.xmlid, fields: new Set(Object.keys(w.o.values).map((c) => c.split("/")[0] as string).filter((c) => c !== "id")) });
        byModel.set(w.o.model, list);
      }
      for (const [model, list] of byModel) {
        const fields = [...new Set(list.flatMap((l) => [...l.fields]))];
        const rows = await opts.sink.read(model, list.map((l) => l.id), fields);
        const byId = new Map(rows.map((r) => [r.id as number, r]));
        for (const l of list) {
          const r = byId.get(l.id);
          if (r) previous.set(l.xmlid, Object.fromEntries([...l.fields].map((f) => [f, r[f]])));
        }
      }
      // Load tier by tier (a row's later outputs may reference its earlier ones), grouped by model and column set.
      const maxTier = toWrite.reduce((m, w) => Math.max(m, w.tier), -1);
      for (let tier = 0; tier <= maxTier; tier++) {
        const groups = new Map<string, { model: string; fields: string[]; rows: LoadRow[]; owners: Map<string, Pending> }>();
        for (const w of toWrite) {
          if (w.tier !== tier || failedRows.has(w.p)) continue;
          const cols = Object.keys(w.o.values).filter((c) => c !== "id").sort();
          const key = `${w.o.model}|${cols.join(",")}`;
          let g = groups.get(key);
          if (!g) {
            g = { model: w.o.model, fields: ["id", ...cols], rows: [], owners: new Map() };
            groups.set(key, g);
          }
          g.rows.push({ key: w.o.xmlid, cells: [w.o.xmlid, ...cols.map((c) => w.o.values[c] ?? "")] });
          g.owners.set(w.o.xmlid, w.p);
        }
        for (const g of groups.values()) {
          const res = await opts.sink.load(g.model, g.fields, g.rows);
          for (const l of res.landed) {
            landedIds.set(l.key, l.id);
            if (opOf.get(l.key) === "create") result.created[g.model] = (result.created[g.model] ?? 0) + 1;
          }
          for (const f of res.failed) {
            const owner = g.owners.get(f.key);
            if (owner && !failedRows.has(owner)) failedRows.set(owner, { message: f.message, ...(f.field ? { field: f.field } : {}) });
          }
        }
      }
      for (const p of batch) {
        const failure = failedRows.get(p);
        if (failure) {
          entries.push(
            ...(await settle(p, "rejected", {
              code: "odoo_error",
              message: `Odoo refused the record: ${failure.message}`,
              ...(failure.field ? { field: failure.field } : {}),
            })),
          );
          continue;
        }
        const outputs = p.outputs.map((o) => ({ model: o.model, xmlid: o.xmlid, ...(landedIds.has(o.xmlid) ? { id: landedIds.get(o.xmlid) as number } : {}) }));
        const ops = p.outputs.map((o) => opOf.get(o.xmlid) ?? "create");
        const operation: LedgerOperation = ops.includes("create") ? "create" : ops.includes("update") ? "update" : "unchanged";
        const rows = await settle(p, "loaded", { issues: p.issues, operation, outputs });
        for (const r of rows) {
          if (r.xmlid) {
            r.operation = opOf.get(r.xmlid) ?? r.operation;
            const prev = previous.get(r.xmlid);
            if (prev) r.previous = prev;
          }
        }
        entries.push(...rows);
      }
      await opts.ledger?.append(entries.filter((e) => e.operation !== "unchanged" || e.xmlid));
      opts.onProgress?.(step.object, rec);
    };

    for await (const item of step.read()) {
      if (item.kind === "outcome") {
        await opts.ledger?.append(
          await settle({ origin: item.origin, id: item.id }, item.outcome, {
            code: item.issue.code,
            ...(item.issue.field ? { field: item.issue.field } : {}),
            ...(item.issue.raw !== undefined ? { raw: item.issue.raw } : {}),
            message: item.issue.message,
          }),
        );
        continue;
      }
      const record = item.record;
      const mapped = step.map(record);
      const hash = opts.mappingHash ? sha256Hex(`${record.hash}|${opts.mappingHash}`) : record.hash;
      if (mapped.outcome) {
        const o = mapped.outcome;
        await opts.ledger?.append(
          await settle({ origin: record.origin, id: record.id, record, hash }, o.outcome, {
            ...(o.code ? { code: o.code } : {}),
            ...(o.field ? { field: o.field } : {}),
            ...(o.raw !== undefined ? { raw: o.raw } : {}),
            message: o.message ?? o.code ?? o.outcome,
          }),
        );
        continue;
      }
      pending.push({ origin: record.origin, id: record.id, hash, record, outputs: mapped.outputs, issues: mapped.issues });
      if (pending.length >= batchSize) await flush();
    }
    await flush();
    opts.onProgress?.(step.object, rec);

    const gate = phaseGate(rec, { threshold: opts.gateThreshold ?? 0.01 });
    if (gate.halt) {
      if (opts.acceptPhases?.has(step.object) || opts.acceptPhases?.has("*")) {
        result.acceptedGates.push(...gate.reasons.map((r) => `${r} (accepted)`));
      } else {
        result.halted = { object: step.object, reasons: gate.reasons };
        break;
      }
    }
  }
  return result;
}
