/**
 * Step 6: the full run. Progress per phase (bar, rows/s, ETA), pause/resume, the reconciliation
 * gate (accept and continue, or stop to fix), and the rejects as a CSV download.
 */
import { Component, xml } from "@odoo/owl";
import type { WizardModel } from "../../model/wizard_model.ts";
import type { PhaseRec } from "../../model/api.ts";
import { formatDuration, percent, processed } from "../../model/progress.ts";
import { fmtInt } from "../common.ts";

export class RunStep extends Component {
  static override template = xml`
<div class="o_ferry_run_step">
  <div class="d-flex flex-wrap align-items-center gap-2 mb-3">
    <button t-if="!props.model.runActive" type="button" class="btn btn-primary o_ferry_start_run" t-att-disabled="props.model.busy or !props.model.canStartRun" t-on-click="() => props.model.startRun()" t-esc="run and run.state === 'done' ? 'Run again (idempotent: unchanged records are skipped)' : 'Start migration run'"/>
    <button t-if="run and (run.state === 'running' or run.state === 'claimed' or run.state === 'queued')" type="button" class="btn btn-secondary o_ferry_pause" t-on-click="() => props.model.control('pause')"><i class="fa fa-pause me-1" aria-hidden="true"/>Pause</button>
    <button t-if="run and run.state === 'paused'" type="button" class="btn btn-primary o_ferry_resume" t-on-click="() => props.model.control('resume')"><i class="fa fa-play me-1" aria-hidden="true"/>Resume</button>
    <button t-if="run and run.state !== 'queued'" type="button" class="btn btn-secondary o_ferry_rejects" t-on-click="() => props.model.downloadRejects()"><i class="fa fa-download me-1" aria-hidden="true"/>Rejects (CSV)</button>
    <span t-if="run" class="ms-auto o_ferry_run_state">Run #<t t-esc="run.id"/> <span t-attf-class="badge {{ badge(run.state) }}" t-esc="run.state"/></span>
  </div>
  <p t-if="!props.model.canStartRun and !props.model.runActive and !run" class="text-muted o_ferry_run_blocked" t-esc="props.model.ownersResolved ? 'Approve every mapping to start the run.' : 'Resolve every owner to start the run.'"/>

  <div t-if="run and run.state === 'halted'" class="alert alert-warning o_ferry_gate" role="alert">
    <h3 class="h6 alert-heading">Halted at the reconciliation gate<t t-if="run.currentPhase"> after <strong t-esc="run.currentPhase"/></t></h3>
    <p class="mb-2" t-esc="run.message or 'Too many rows were rejected in this phase.'"/>
    <div class="d-flex gap-2">
      <button type="button" class="btn btn-primary o_ferry_accept" t-on-click="() => props.model.control('accept')">Accept and continue</button>
      <button type="button" class="btn btn-secondary o_ferry_fix" t-on-click="() => props.model.control('cancel')">Stop to fix the data</button>
    </div>
  </div>
  <div t-if="run and run.state === 'failed'" class="alert alert-danger" role="alert" t-esc="run.message or 'The run failed.'"/>

  <table t-if="props.model.phases.length" class="table table-sm align-middle o_list_table o_ferry_phases">
    <thead><tr><th>Phase</th><th style="width: 35%">Progress</th><th class="text-end">Source</th><th class="text-end">Landed</th><th class="text-end">Rejected</th><th class="text-end">Skipped</th><th class="text-end">Rows/s</th><th class="text-end">ETA</th></tr></thead>
    <tbody>
      <tr t-foreach="props.model.phases" t-as="p" t-key="p.id" t-att-data-phase="p.name">
        <td><t t-esc="p.name"/> <span t-if="p.state !== 'done'" t-attf-class="badge {{ badge(p.state) }}" t-esc="p.state"/></td>
        <td>
          <div class="progress" role="progressbar" t-att-aria-label="'Progress of ' + p.name" t-att-aria-valuenow="percent(p)" aria-valuemin="0" aria-valuemax="100">
            <div t-attf-class="progress-bar {{ p.state === 'halted' ? 'bg-warning' : p.state === 'done' ? 'bg-success' : '' }}" t-attf-style="width: {{ percent(p) }}%" t-esc="percent(p) + '%'"/>
          </div>
        </td>
        <td class="text-end" t-esc="fmtInt(p.source)"/>
        <td class="text-end" t-esc="fmtInt(p.landed)"/>
        <td t-attf-class="text-end {{ p.rejected ? 'text-danger' : '' }}" t-esc="fmtInt(p.rejected)"/>
        <td class="text-end" t-esc="fmtInt(p.skipped)"/>
        <td class="text-end o_ferry_rate" t-esc="rate(p)"/>
        <td class="text-end o_ferry_eta" t-esc="eta(p)"/>
      </tr>
    </tbody>
  </table>
  <p t-elif="run" class="text-muted">Waiting for the Ferry bridge to claim the run…</p>
</div>`;
  static override props = { model: Object };
  declare props: { model: WizardModel };
  fmtInt = fmtInt;
  percent = percent;

  get run() {
    return this.props.model.run;
  }

  badge(state: string): string {
    return (
      { done: "text-bg-success", failed: "text-bg-danger", halted: "text-bg-warning", paused: "text-bg-secondary", running: "text-bg-info", claimed: "text-bg-info", queued: "text-bg-light", pending: "text-bg-light" }[state] ?? "text-bg-light"
    );
  }

  rate(p: PhaseRec): string {
    if (p.state !== "running") return p.state === "done" ? "" : "—";
    const r = this.props.model.rates.rate(p.name);
    return r === null ? "—" : `${Math.round(r)}`;
  }

  eta(p: PhaseRec): string {
    if (p.state === "done") return "";
    if (p.state !== "running") return p.source && processed(p) >= p.source ? "" : "—";
    return formatDuration(this.props.model.rates.eta(p));
  }
}
