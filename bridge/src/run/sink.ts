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
      if (xmlids.length === 0) return new Map();
      return client.resolveXmlids([...new Set(xmlids)]);
    },
    async read(model, ids, fields) {
      if (ids.length === 0) return [];
      return client.read<Record<string, unknown>>(model, ids, fields, { active_test: false });
    },
    async write(model, ids, values) {
      await client.write(model, ids, values);
    },
    async findFirst(model, domain) {
      const ids = await client.search(model, domain, { limit: 1, context: { active_test: false } });
      return ids[0];
    },
    async registerXmlid(xmlid, model, id) {
      const dot = xmlid.indexOf(".");
      await client.create("ir.model.data", { module: xmlid.slice(0, dot), name: xmlid.slice(dot + 1), model, res_id: id, noupdate: true });
    },
    async fieldType(model, field) {
      return (await client.fieldsGet(model))[field]?.type;
    },
  };
}
