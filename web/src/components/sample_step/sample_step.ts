/**
 * Step 5: queue a sample run (a connected slice loaded and read back by the bridge), then show the
 * field-level diff (normalized source value vs Odoo value), filterable by object, field and cause.
 */
import { Component, xml } from "@odoo/owl";
import type { WizardModel } from "../../model/wizard_model.ts";
import { causeClass, causeLabel, causeShort } from "../../model/diff.ts";

export class SampleStep extends Component {
  static override template = xml`
<div class="o_ferry_sample_step">
  <div class="d-flex align-items-center gap-3 mb-3">
    <button type="button" class="btn btn-primary o_ferry_queue_sample" t-att-disabled="props.model.busy or sampleActive" t-on-click="() => props.model.queueSample()">Queue sample run</button>
    <span t-if="props.model.sampleRun" class="o_ferry_sample_state">
      Sample run #<t t-esc="props.model.sampleRun.id"/>:
      <span t-attf-class="badge {{ stateClass(props.model.sampleRun.state) }}" t-esc="props.model.sampleRun.state"/>
    </span>
    <button t-if="props.model.sampleRun" type="button" class="btn btn-link o_ferry_refresh_sample" t-on-click="() => props.model.loadSample()"><i class="fa fa-refresh me-1" aria-hidden="true"/>Refresh</button>
  </div>
  <t t-if="props.model.diff.length">
    <div class="row g-2 mb-2 o_ferry_diff_filters">
      <div class="col-md-4">
        <label class="form-label small" for="o_ferry_diff_object">Object</label>
        <select id="o_ferry_diff_object" class="form-select form-select-sm" t-model="props.model.diffFilter.object">
          <option value="">All objects</option>
          <option t-foreach="props.model.diffOptions('object')" t-as="o" t-key="o" t-att-value="o" t-esc="o"/>
        </select>
      </div>
      <div class="col-md-4">
        <label class="form-label small" for="o_ferry_diff_field">Field</label>
        <input id="o_ferry_diff_field" class="form-control form-control-sm o_input" type="search" placeholder="Field name" t-model="props.model.diffFilter.field"/>
      </div>
      <div class="col-md-4">
        <label class="form-label small" for="o_ferry_diff_cause">Mismatch cause</label>
        <select id="o_ferry_diff_cause" class="form-select form-select-sm" t-model="props.model.diffFilter.cause">
          <option value="">All causes</option>
          <option t-foreach="props.model.diffOptions('cause')" t-as="c" t-key="c" t-att-value="c" t-esc="causeShort(c)"/>
        </select>
      </div>
    </div>
    <p class="small text-muted o_ferry_diff_count"><t t-esc="props.model.filteredDiff.length"/> of <t t-esc="props.model.diff.length"/> differences</p>
    <table class="table table-sm align-top o_list_table o_ferry_diff">
      <thead><tr><th>Object</th><th>Source ID</th><th>Field</th><th>Source value</th><th>Odoo value</th><th>Cause</th></tr></thead>
      <tbody>
        <tr t-foreach="props.model.filteredDiff.slice(0, 500)" t-as="d" t-key="d_index">
          <td class="text-nowrap" t-esc="d.object"/><td class="text-nowrap" t-esc="d.sourceId"/><td class="text-nowrap"><code t-esc="d.field"/></td>
          <td class="o_ferry_diff_value" style="min-width: 10rem; overflow-wrap: break-word" t-esc="d.source"/><td class="o_ferry_diff_value" style="min-width: 10rem; overflow-wrap: break-word" t-esc="d.odoo"/>
          <td class="text-nowrap"><span t-attf-class="badge {{ causeClass(d.cause) }}" t-att-title="causeLabel(d.cause)" t-esc="causeShort(d.cause)"/><div t-if="d.note" class="small text-muted text-wrap" t-esc="d.note"/></td>
        </tr>
      </tbody>
    </table>
  </t>
  <p t-elif="props.model.sampleRun and props.model.sampleRun.state === 'done'" class="text-success o_ferry_no_diff">The sample landed exactly as mapped: no differences.</p>
  <p t-elif="!props.model.sampleRun" class="text-muted">A sample run loads a connected slice of the data, reads it back from Odoo and compares every field.</p>
  <p t-else="" class="text-muted">Waiting for the Ferry bridge to run the sample…</p>
</div>`;
  static override props = { model: Object };
  declare props: { model: WizardModel };
  causeClass = causeClass;
  causeLabel = causeLabel;
  causeShort = causeShort;

  get sampleActive(): boolean {
    const r = this.props.model.sampleRun;
    return !!r && !["done", "failed"].includes(r.state);
  }

  stateClass(state: string): string {
    return state === "done" ? "text-bg-success" : state === "failed" ? "text-bg-danger" : state === "halted" ? "text-bg-warning" : "text-bg-info";
  }
}
