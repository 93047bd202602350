/**
 * Step 7: per object source / landed / rejected / skipped (stacked bar chart, inline SVG), null
 * foreign-key checks, custom-field fill rates, owner summary, and the HTML report download.
 */
import { Component, xml } from "@odoo/owl";
import type { WizardModel } from "../../model/wizard_model.ts";
import type { ReconRow } from "../../model/recon.ts";
import { fmtInt, pct } from "../common.ts";

const COLORS = { landed: "#28a745", other: "#17a2b8", skipped: "#adb5bd", rejected: "#dc3545" };

export class ReconciliationStep extends Component {
  static override template = xml`
<div class="o_ferry_reconciliation_step">
  <p t-if="!props.model.recon" class="text-muted">No finished run yet.</p>
  <t t-else="">
    <div class="d-flex justify-content-between align-items-center mb-2">
      <div class="small text-muted">
        <span class="me-3"><span class="o_ferry_legend d-inline-block align-middle rounded-1 me-1" t-attf-style="width: 0.8rem; height: 0.8rem; background: {{ colors.landed }}"/> landed</span>
        <span class="me-3"><span class="o_ferry_legend d-inline-block align-middle rounded-1 me-1" t-attf-style="width: 0.8rem; height: 0.8rem; background: {{ colors.other }}"/> merged / documented / validated</span>
        <span class="me-3"><span class="o_ferry_legend d-inline-block align-middle rounded-1 me-1" t-attf-style="width: 0.8rem; height: 0.8rem; background: {{ colors.skipped }}"/> skipped</span>
        <span><span class="o_ferry_legend d-inline-block align-middle rounded-1 me-1" t-attf-style="width: 0.8rem; height: 0.8rem; background: {{ colors.rejected }}"/> rejected</span>
      </div>
      <button type="button" class="btn btn-primary o_ferry_report" t-on-click="() => props.model.downloadReport()"><i class="fa fa-download me-1" aria-hidden="true"/>HTML report</button>
    </div>
    <table class="table table-sm align-middle o_list_table o_ferry_recon">
      <thead><tr><th>Object</th><th>Outcomes</th><th class="text-end">Source</th><th class="text-end">Landed</th><th class="text-end">Rejected</th><th class="text-end">Skipped</th><th>Balanced</th></tr></thead>
      <tbody>
        <tr t-foreach="props.model.recon.rows" t-as="r" t-key="r.object" t-att-data-object="r.object">
          <td t-esc="r.object"/>
          <td>
            <svg width="240" height="14" role="img" t-att-aria-label="'Outcomes of ' + r.object">
              <t t-foreach="segments(r)" t-as="s" t-key="s.key">
                <rect t-att-x="s.x" y="0" t-att-width="s.w" height="14" t-att-fill="s.color"><title t-esc="s.key + ': ' + s.n"/></rect>
              </t>
            </svg>
          </td>
          <td class="text-end" t-esc="fmtInt(r.source)"/>
          <td class="text-end" t-esc="fmtInt(r.landed)"/>
          <td t-attf-class="text-end {{ r.rejected ? 'text-danger' : '' }}" t-esc="fmtInt(r.rejected)"/>
          <td class="text-end" t-esc="fmtInt(r.skipped)"/>
          <td><i t-attf-class="fa {{ r.balanced ? 'fa-check text-success' : 'fa-exclamation-triangle text-danger' }}" t-att-title="r.balanced ? 'source = landed + rejected + skipped' : 'counts do not add up'" role="img" t-att-aria-label="r.balanced ? 'balanced' : 'not balanced'"/></td>
        </tr>
      </tbody>
    </table>
    <div class="row g-4">
      <section class="col-md-4" aria-labelledby="o_ferry_nullfk">
        <h3 id="o_ferry_nullfk" class="h6">Null foreign keys</h3>
        <ul t-if="props.model.recon.nullFk.length" class="list-unstyled o_ferry_nullfk">
          <li t-foreach="props.model.recon.nullFk" t-as="c" t-key="c.label"><span t-attf-class="badge {{ c.count ? 'text-bg-danger' : 'text-bg-success' }} me-1" t-esc="c.count"/><t t-esc="c.label"/></li>
        </ul>
        <p t-else="" class="text-muted small">Not reported by this run.</p>
      </section>
      <section class="col-md-4" aria-labelledby="o_ferry_fill">
        <h3 id="o_ferry_fill" class="h6">Custom-field fill rates</h3>
        <table t-if="props.model.recon.fillRates.length" class="table table-sm o_ferry_fill">
          <thead><tr><th>Field</th><th class="text-end">Source</th><th class="text-end">Odoo</th></tr></thead>
          <tbody><tr t-foreach="props.model.recon.fillRates" t-as="f" t-key="f.field"><td><code t-esc="f.field"/></td><td class="text-end" t-esc="pct(f.source)"/><td t-attf-class="text-end {{ f.odoo + 0.005 &lt; f.source ? 'text-danger' : '' }}" t-esc="pct(f.odoo)"/></tr></tbody>
        </table>
        <p t-else="" class="text-muted small">Not reported by this run.</p>
      </section>
      <section class="col-md-4" aria-labelledby="o_ferry_owner_sum">
        <h3 id="o_ferry_owner_sum" class="h6">Owners</h3>
        <ul t-if="props.model.recon.owners.length" class="list-unstyled o_ferry_owner_summary">
          <li t-foreach="props.model.recon.owners" t-as="o" t-key="o.label"><strong t-esc="o.count"/> <t t-esc="o.label"/></li>
        </ul>
        <ul t-else="" class="list-unstyled o_ferry_owner_summary">
          <li><strong t-esc="props.model.owners.filter(o => o.decision === 'matched').length"/> matched to Odoo users</li>
          <li><strong t-esc="props.model.owners.filter(o => o.decision === 'fallback').length"/> on the fallback owner</li>
          <li><strong t-esc="props.model.owners.filter(o => o.decision === 'provision_inactive').length"/> created as inactive users</li>
        </ul>
      </section>
    </div>
  </t>
</div>`;
  static override props = { model: Object };
  declare props: { model: WizardModel };
  fmtInt = fmtInt;
  pct = pct;
  colors = COLORS;

  segments(r: ReconRow): { key: string; n: number; x: number; w: number; color: string }[] {
    const total = Math.max(r.source, 1);
    let x = 0;
    const out = [];
    for (const [key, n] of [["landed", r.landed], ["other", r.other], ["skipped", r.skipped], ["rejected", r.rejected]] as const) {
      if (n <= 0) continue;
      const w = Math.round((n / total) * 2400) / 10;
      out.push({ key, n, x, w, color: COLORS[key] });
      x += w;
    }
    return out;
  }
}
