/**
 * Minimal JSON-RPC access to a real Odoo for the e2e test, and a stand-in for the bridge sidecar
 * (`ferry serve`) that drives queued runs through the addon's real RPC API (claim_next,
 * report_progress, append_ledger, append_rejects, attach_report, mark_halted, mark_done). It writes
 * real res.partner records for the sample companies so the wizard's rollback really undoes them.
 */
export interface OdooConn {
  url: string;
  db: string;
  login: string;
  password: string;
  uid: number;
}

let rpcId = 0;

export async function jsonRpc<T>(url: string, service: string, method: string, args: unknown[]): Promise<T> {
  const res = await fetch(`${url}/jsonrpc`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", method: "call", params: { service, method, args }, id: ++rpcId }),
  });
  const body = (await res.json()) as { result?: T; error?: { data?: { message?: string }; message?: string } };
  if (body.error) throw new Error(body.error.data?.message ?? body.error.message ?? "Odoo RPC error");
  return body.result as T;
}

export async function connect(url: string, db: string, login: string, password: string): Promise<OdooConn> {
  const uid = await jsonRpc<number | false>(url, "common", "authenticate", [db, login, password, {}]);
  if (!uid) throw new Error(`Odoo refused ${login} on ${db}`);
  return { url, db, login, password, uid };
}

export function kw<T>(c: OdooConn, model: string, method: string, args: unknown[], kwargs: Record<string, unknown> = {}): Promise<T> {
  return jsonRpc<T>(c.url, "object", "execute_kw", [c.db, c.uid, c.password, model, method, args, kwargs]);
}

function b64(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface CompanyRow {
  id: string;
  name: string;
  phone: string;
  website: string;
}

/**
 * Polls claim_next for the project's runs and plays them: sample runs read back a few created
 * partners and attach a real field diff; full runs load companies (real partners), then halt at the
 * contacts gate once with rejects, and finish after the admin accepts.
 */
export class StandInSidecar {
  private stopped = false;
  readonly worker = `e2e-sidecar-${process.pid}`;
  log: string[] = [];

  constructor(
    private readonly c: OdooConn,
    private readonly projectId: number,
    private readonly companies: CompanyRow[],
    private readonly contactsCount: number,
  ) {}

  stop(): void {
    this.stopped = true;
  }

  async loop(): Promise<void> {
    while (!this.stopped) {
      const run = await kw<false | { id: number; run_type: string; accepted_phases?: string | false }>(this.c, "ferry.run", "claim_next", [this.worker], { lease_seconds: 120, project_ids: [this.projectId] }).catch((e: unknown) => {
        this.log.push(`claim failed: ${String(e)}`);
        return false as const;
      });
      if (run) {
        this.log.push(`claimed run ${run.id} (${run.run_type})`);
        try {
          if (run.run_type === "sample") await this.sample(run.id);
          else if (run.run_type === "full") await this.full(run.id, String(run.accepted_phases || ""));
        } catch (e) {
          this.log.push(`run ${run.id} failed: ${String(e)}`);
          await kw(this.c, "ferry.run", "mark_failed", [run.id, String(e), this.worker]).catch(() => undefined);
        }
      }
      await sleep(700);
    }
  }

  private async createPartners(rows: CompanyRow[]): Promise<number[]> {
    return kw<number[]>(this.c, "res.partner", "create", [rows.map((r) => ({ name: r.name, is_company: true, phone: r.phone || false, website: r.website || false }))], { context: { tracking_disable: true } });
  }

  private async sample(runId: number): Promise<void> {
    const rows = this.companies.slice(0, 3);
    await kw(this.c, "ferry.run", "report_progress", [runId, "companies", { source: rows.length, landed: 0, sequence: 10, state: "running" }, this.worker]);
    const ids = await this.createPartners(rows);
    const back = await kw<{ id: number; name: string; phone: string | false; website: string | false }[]>(this.c, "res.partner", "read", [ids, ["name", "phone", "website"]]);
    const lines = ['"Object","Source ID","Model","Res ID","Field","Source Value","Odoo Value","Cause"'];
    back.forEach((p, i) => {
      const src = rows[i] as CompanyRow;
      for (const [field, s, o] of [["name", src.name, p.name], ["phone", src.phone, p.phone || ""], ["website", src.website, p.website || ""]] as const) {
        if (s !== o) lines.push([ "companies", src.id, "res.partner", String(p.id), field, s, o, field === "website" ? "normalized by Odoo" : "differs"].map((v) => `"${v.replace(/"/g, '""')}"`).join(","));
      }
    });
    await kw(this.c, "ferry.run", "report_progress", [runId, "companies", { source: rows.length, landed: rows.length, state: "done" }, this.worker]);
    await kw(this.c, "ferry.run", "attach_report", [runId, "sample_diff.csv", b64(lines.join("\r\n") + "\r\n"), this.worker]);
    // A sample is read back and removed again: it must not stay in the database.
    await kw(this.c, "res.partner", "unlink", [ids]);
    await kw(this.c, "ferry.run", "mark_done", [runId, { kind: "sample", objects: [] }, this.worker]);
  }

  private async full(runId: number, accepted: string): Promise<void> {
    const comp = this.companies;
    const n = comp.length;
    const contactsRejected = Math.max(2, Math.ceil(this.contactsCount * 0.04));
    if (!accepted.split(",").includes("contacts")) {
      const created: { id: number; row: CompanyRow; i: number }[] = [];
      for (let done = 0; done < n; ) {
        const batch = comp.slice(done, done + Math.ceil(n / 3));
        const ids = await this.createPartners(batch);
        batch.forEach((row, k) => created.push({ id: ids[k] as number, row, i: done + k + 2 }));
        done += batch.length;
        await kw(this.c, "ferry.run", "append_ledger", [runId, batch.map((row, k) => ({ phase: "companies", source_system: "planplus", source_object: "companies", source_id: row.id, source_row: done - batch.length + k + 2, outcome: "loaded", res_model: "res.partner", res_id: ids[k], xmlid: `ferry_planplus.planplus_company_${row.id}`, operation: "create" })), this.worker]);
        await kw(this.c, "ferry.run", "report_progress", [runId, "companies", { source: n, landed: done, rejected: 0, skipped: 0, sequence: 20, state: done >= n ? "done" : "running" }, this.worker]);
        await sleep(1200);
      }
      await kw(this.c, "ferry.run", "report_progress", [runId, "contacts", { source: this.contactsCount, landed: Math.floor(this.contactsCount / 2), rejected: contactsRejected, skipped: 0, sequence: 30, state: "running" }, this.worker]);
      await sleep(1500);
      await kw(this.c, "ferry.run", "append_rejects", [runId, Array.from({ length: contactsRejected }, (_, i) => ({ source_object: "contacts", source_file: "contacts.csv", source_row: 5 + i, source_id: String(100100 + i), field: "E-mail Address", code: "email_invalid", reason: i === 0 ? "=cmd|' /C calc'!A0 is not an e-mail address" : "not an e-mail address" })), this.worker]);
      await kw(this.c, "ferry.run", "mark_halted", [runId, "contacts", `contacts: ${contactsRejected} of ${this.contactsCount} rows rejected (more than 1%)`, this.worker]);
      return;
    }
    // Accepted: finish contacts (records counted, not written by this stand-in) and close the run.
    const landed = this.contactsCount - contactsRejected;
    await kw(this.c, "ferry.run", "report_progress", [runId, "contacts", { source: this.contactsCount, landed, rejected: contactsRejected, skipped: 0, sequence: 30, state: "done" }, this.worker]);
    const summary = {
      source: "planplus",
      run: runId,
      kind: "full",
      objects: [
        { object: "companies", source_count: n, loaded: n, merged: 0, documented: 0, validated: 0, skipped: {}, rejected: {}, flagged: {}, rows_flagged_any: 0 },
        { object: "contacts", source_count: this.contactsCount, loaded: landed, merged: 0, documented: 0, validated: 0, skipped: {}, rejected: { email_invalid: contactsRejected }, flagged: {}, rows_flagged_any: 0 },
      ],
      odoo_records: { "res.partner": n },
      null_fk: [{ check: "contacts without company (source had one)", count: 0 }],
      owners: { matched: 1, fallback: 5 },
    };
    await kw(this.c, "ferry.run", "mark_done", [runId, summary, this.worker]);
  }
}
