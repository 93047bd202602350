/**
 * Step 3: per source object, the proposed mapping as a table (source column, sample values,
 * proposed Odoo field, confidence, reason). The target can be changed with a field picker fed by
 * `fields_get`; selection targets get a value-map editor; new custom fields show their type.
 * Approve records who and when on the server; any edit after approval returns it to draft.
 */
import { Component, xml } from "@odoo/owl";
import type { LineView, MappingView, WizardModel } from "../../model/wizard_model.ts";
import type { FieldInfo, ValueMapRec } from "../../model/api.ts";
import { confidenceClass, pct } from "../common.ts";

export class MappingStep extends Component {
  static override template = xml`
<div class="o_ferry_mapping_step">
  <div t-if="props.model.unmappedObjects.length" class="alert alert-info d-flex justify-content-between align-items-center" role="status">
    <span>No mapping yet for: <strong t-esc="props.model.unmappedObjects.join(', ')"/></span>
    <button type="button" class="btn btn-primary o_ferry_propose" t-att-disabled="props.model.busy" t-on-click="() => props.model.proposeMappings()">Propose mapping</button>
  </div>
  <p t-if="!props.model.mappings.length and !props.model.unmappedObjects.length" class="text-muted">Upload source files first.</p>
  <t t-if="props.model.mappings.length">
    <ul class="nav nav-tabs o_ferry_mapping_tabs" role="tablist">
      <li t-foreach="props.model.mappings" t-as="m" t-key="m.rec.id" class="nav-item" role="presentation">
        <button type="button" role="tab" t-att-aria-selected="m_index === props.model.activeMapping ? 'true' : 'false'"
                t-attf-class="nav-link {{ m_index === props.model.activeMapping ? 'active' : '' }}" t-on-click="() => this.selectTab(m_index)">
          <t t-esc="m.rec.object"/>
          <span t-attf-class="ms-1 badge rounded-pill {{ m.rec.state === 'approved' ? 'text-bg-success' : 'text-bg-secondary' }}" t-esc="m.rec.state === 'approved' ? 'Approved' : 'Draft'"/>
        </button>
      </li>
    </ul>
    <t t-set="view" t-value="props.model.currentMapping"/>
    <div t-if="view" class="border border-top-0 p-3 o_ferry_mapping" role="tabpanel" t-att-data-object="view.rec.object" t-att-data-state="view.rec.state">
      <div class="d-flex justify-content-between align-items-start mb-2">
        <div>
          <span class="fs-5"><t t-esc="view.rec.object"/> → <code t-esc="view.rec.model"/></span>
          <div t-if="view.rec.state === 'approved'" class="text-success small o_ferry_approved_by">
            Approved by <t t-esc="view.rec.approvedBy"/> on <t t-esc="view.rec.approvedAt"/>
          </div>
        </div>
        <div class="d-flex gap-2">
          <!-- One button element for both actions: it is never swapped or disabled under the pointer
               while the wizard re-renders or saves, so a click always reaches it; the model applies it
               to the mapping shown when it was clicked, once (see WizardModel.approveMapping). -->
          <button type="button" t-att-class="'btn ' + (view.rec.state === 'approved' ? 'btn-secondary o_ferry_reopen' : 'btn-primary o_ferry_approve')"
                  t-att-aria-busy="props.model.busy ? 'true' : 'false'" t-on-click="() => this.onApproveToggle(view.rec.id, view.rec.state)"
                  t-esc="view.rec.state === 'approved' ? 'Back to draft' : 'Approve'"/>
        </div>
      </div>
      <t t-set="flags" t-value="props.model.flags(view)"/>
      <div t-if="flags.length and view.rec.state !== 'approved'" class="alert alert-warning py-2 o_ferry_flags" role="status">
        <strong>To review:</strong>
        <ul class="mb-0"><li t-foreach="flags" t-as="f" t-key="f_index" t-esc="f"/></ul>
      </div>
      <table class="table table-sm align-middle o_list_table o_ferry_lines">
        <thead><tr><th>Source column</th><th>Sample values</th><th style="min-width: 16rem">Odoo field</th><th>Confidence</th><th>Reason</th></tr></thead>
        <tbody>
          <t t-foreach="view.lines" t-as="line" t-key="line.rec.id">
            <tr t-att-data-source="line.rec.source">
              <td><strong t-esc="line.rec.source"/></td>
              <td class="small text-muted text-truncate" style="max-width: 14rem" t-att-title="line.samples.join(' | ')" t-esc="line.samples.slice(0, 3).join(' · ')"/>
              <td>
                <label class="visually-hidden" t-att-for="'o_ferry_target_' + line.rec.id">Odoo field for <t t-esc="line.rec.source"/></label>
                <select t-att-id="'o_ferry_target_' + line.rec.id" class="form-select form-select-sm o_ferry_target" t-on-change="(ev) => this.onTarget(line, ev)">
                  <option value="" t-att-selected="!line.rec.target">— not migrated —</option>
                  <option t-if="line.newFieldType" t-att-value="line.rec.target" t-att-selected="true">New field <t t-esc="line.rec.target"/> (<t t-esc="line.newFieldType"/>)</option>
                  <t t-foreach="writable(view.fields)" t-as="f" t-key="f.name">
                    <option t-att-value="f.name" t-att-selected="f.name === line.rec.target"><t t-esc="f.string"/> (<t t-esc="f.name"/>)</option>
                  </t>
                </select>
              </td>
              <td><span t-attf-class="badge {{ confidenceClass(line.rec.confidence) }}" t-esc="pct(line.rec.confidence)"/></td>
              <td class="small" t-esc="line.rec.reason"/>
            </tr>
            <tr t-if="line.values.length" class="o_ferry_value_map">
              <td colspan="5" class="ps-4 bg-light">
                <div class="small fw-bold mb-1">Value map for <t t-esc="line.rec.source"/></div>
                <div class="d-flex flex-wrap gap-3">
                  <div t-foreach="line.values" t-as="v" t-key="v.id" class="d-flex align-items-center gap-1">
                    <label class="small" t-att-for="'o_ferry_value_' + v.id"><t t-esc="v.source"/> →</label>
                    <select t-att-id="'o_ferry_value_' + v.id" class="form-select form-select-sm w-auto" t-on-change="(ev) => this.onValue(v, ev)">
                      <option value="" t-att-selected="!v.target">— unmapped —</option>
                      <t t-foreach="selectionOf(view, line)" t-as="opt" t-key="opt[0]">
                        <option t-att-value="opt[0]" t-att-selected="opt[0] === v.target" t-esc="opt[1]"/>
                      </t>
                    </select>
                  </div>
                </div>
              </td>
            </tr>
          </t>
        </tbody>
      </table>
    </div>
  </t>
</div>`;
  static override props = { model: Object };
  declare props: { model: WizardModel };
  pct = pct;
  confidenceClass = confidenceClass;

  selectTab(i: number): void {
    this.props.model.activeMapping = i;
  }

  writable(fields: FieldInfo[]): FieldInfo[] {
    return fields.filter((f) => !f.readonly && !["id", "create_uid", "write_uid", "write_date", "__last_update", "display_name"].includes(f.name) && f.type !== "one2many");
  }

  selectionOf(view: MappingView, line: LineView): [string, string][] {
    const f = view.fields.find((x) => x.name === line.rec.target);
    if (f?.type === "boolean") return [["1", "Yes"], ["0", "No"]];
    return f?.selection ?? [];
  }

  /** Approve or reopen, as the button read when it was clicked (a repeated click is a no-op). */
  async onApproveToggle(mappingId: number, shownState: string): Promise<void> {
    if (shownState === "approved") await this.props.model.reopenMapping(mappingId);
    else await this.props.model.approveMapping(mappingId);
  }

  async onTarget(line: LineView, ev: Event): Promise<void> {
    await this.props.model.setTarget(line, (ev.target as HTMLSelectElement).value);
  }

  async onValue(v: ValueMapRec, ev: Event): Promise<void> {
    await this.props.model.setValue(v, (ev.target as HTMLSelectElement).value);
  }
}
