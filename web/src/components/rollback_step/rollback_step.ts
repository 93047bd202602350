/**
 * Step 8: roll the run back from its ledger (server side). A confirmation dialog states the counts
 * and the hours left in the rollback window.
 */
import { Component, xml } from "@odoo/owl";
import type { WizardModel } from "../../model/wizard_model.ts";
import { fmtInt } from "../common.ts";

export class RollbackStep extends Component {
  static override template = xml`
<div class="o_ferry_rollback_step">
  <p t-if="!props.model.run" class="text-muted">No run to roll back.</p>
  <t t-else="">
    <p>Run #<t t-esc="props.model.run.id"/> ended <t t-esc="props.model.run.endedAt or '—'"/>.
      <t t-if="props.model.rollbackHoursLeft !== null"><strong class="o_ferry_window" t-esc="props.model.rollbackHoursLeft"/> hours left in the rollback window.</t></p>
    <div class="row g-3 mb-3 o_ferry_ledger_counts">
      <div class="col-sm-4"><div class="card"><div class="card-body"><div class="fs-3" t-esc="fmtInt(props.model.ledgerCounts.create or 0)"/><div class="text-muted">created records to delete</div></div></div></div>
      <div class="col-sm-4"><div class="card"><div class="card-body"><div class="fs-3" t-esc="fmtInt(props.model.ledgerCounts.update or 0)"/><div class="text-muted">updated records to restore</div></div></div></div>
      <div class="col-sm-4"><div class="card"><div class="card-body"><div class="fs-3" t-esc="fmtInt(props.model.ledgerCounts.archive or 0)"/><div class="text-muted">archived records to restore</div></div></div></div>
    </div>
    <div t-if="props.model.run.rolledBackBy" class="alert alert-info" role="status">This run was rolled back (rollback run #<t t-esc="props.model.run.rolledBackBy"/>).</div>
    <div t-else="" class="d-flex gap-2">
      <button type="button" class="btn btn-danger o_ferry_rollback" t-att-disabled="props.model.busy or props.model.rollbackHoursLeft === 0" t-on-click="() => props.model.rollback(false)">Roll back run</button>
      <button type="button" class="btn btn-outline-danger o_ferry_rollback_force" t-att-disabled="props.model.busy or props.model.rollbackHoursLeft === 0" t-on-click="() => props.model.rollback(true)">Roll back, including records edited since</button>
    </div>
  </t>
</div>`;
  static override props = { model: Object };
  declare props: { model: WizardModel };
  fmtInt = fmtInt;
}
