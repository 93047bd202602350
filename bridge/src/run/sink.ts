/** The Sink used by the pipeline, over Ferry's single Odoo client and batch writer. */
import type { OdooClient } from "../odoo/client.ts";
import { loadBatches } from "../odoo/writer.ts";
import type { LoadRow, Sink } from "./pipeline.ts";

export function odooSink(client: OdooClient, opts: { batchSize?: number; context?: Record<string, unknown> } = {}): Sink {
  return {
    async load(model, fields, rows: LoadRow[]) {
      const res = await loadBatches(client, model, fields, rows, {
        ...(opts.batchSize ? { batchSize: opts.batchSize } : {}),
        ...(opts.context ? { context: opts.context } : {}),
      });
      return { landed: res.landed, failed: res.failed };
    },
    async resolve(xmlids) {
      const found = await client.resolveXmlids(xmlids);
      const out = new Map<string, number>();
      for (const [k, v] of found) out.set(k, v.id);
      return out;
    },
    async read(model, ids, fields) {
      if (ids.length === 0) return [];
      return (await client.read(model, ids, fields)) as Record<string, unknown>[];
    },
  };
}
