/**
 * Step 4: source owners that matched no Odoo user, matched an archived one, or were inactive in
 * the source. Pick an Odoo user or the fallback owner for each; the run stays blocked until every
 * owner is resolved.
 */
import { Component, xml } from "@odoo/owl";
import type { OwnerRow, WizardModel } from "../../model/wizard_model.ts";
import type { OwnerDecision } from "../../model/api.ts";
import { fmtInt } from "../common.ts";

export class OwnersStep extends Component {
  static override template = xml`
<div class="o_ferry_owners_step">
  <div class="row g-3 align-items-end mb-3">
    <div class="col-md-5">
      <label class="form-label" for="o_ferry_fallback">Fallback owner</label>
      <select id="o_ferry_fallback" class="form-select o_ferry_fallback" t-on-change="onFallback">
        <option value="" t-att-selected="!props.model.project.fallbackOwnerId">— choose a user —</option>
        <t t-foreach="activeUsers" t-as="u" t-key="u.id">
          <option t-att-value="u.id" t-att-selected="u.id === props.model.project.fallbackOwnerId"><t t-esc="u.name"/> (<t t-esc="u.login"/>)</option>
        </t>
      </select>
    </div>
    <div class="col-md-7 d-flex gap-2">
      <button type="button" class="btn btn-secondary o_ferry_detect_owners" t-att-disabled="props.model.busy" t-on-click="() => props.model.detectOwners()">Detect owners from files</button>
      <button type="button" class="btn btn-secondary o_ferry_fallback_all" t-att-disabled="props.model.busy or !props.model.unresolvedOwners.length" t-on-click="() => props.model.fallbackAll()">Fallback for all unresolved</button>
    </div>
  </div>
  <div t-attf-class="alert {{ props.model.ownersResolved ? 'alert-success' : 'alert-warning' }} py-2 o_ferry_owner_status" role="status">
    <t t-if="props.model.ownersResolved">Every owner is resolved<t t-if="props.model.owners.length"> (<t t-esc="props.model.owners.length"/>)</t>.</t>
    <t t-else=""><t t-esc="props.model.unresolvedOwners.length"/> owner<t t-if="props.model.unresolvedOwners.length > 1">s</t> to resolve before the run.</t>
  </div>
  <table t-if="props.model.owners.length" class="table table-sm align-middle o_list_table o_ferry_owners">
    <thead><tr><th>Source owner</th><th>E-mail</th><th class="text-end">Records</th><th>Decision</th><th style="min-width: 14rem">Odoo user</th></tr></thead>
    <tbody>
      <tr t-foreach="props.model.owners" t-as="o" t-key="o.id" t-att-class="isUnresolved(o) ? 'table-warning' : ''">
        <td><t t-esc="o.name or o.key"/><div t-if="o.hint" class="small text-muted" t-esc="o.hint"/></td>
        <td t-esc="o.email"/>
        <td class="text-end" t-esc="fmtInt(o.records)"/>
        <td>
          <label class="visually-hidden" t-att-for="'o_ferry_decision_' + o.id">Decision for <t t-esc="o.name or o.key"/></label>
          <select t-att-id="'o_ferry_decision_' + o.id" class="form-select form-select-sm o_ferry_decision" t-on-change="(ev) => this.onDecision(o, ev)">
            <option value="" t-att-selected="!o.decision">— undecided —</option>
            <option value="matched" t-att-selected="o.decision === 'matched'">Odoo user</option>
            <option value="fallback" t-att-selected="o.decision === 'fallback'">Fallback owner</option>
            <option value="provision_inactive" t-att-selected="o.decision === 'provision_inactive'">Create as inactive user</option>
          </select>
        </td>
        <td>
          <label class="visually-hidden" t-att-for="'o_ferry_user_' + o.id">Odoo user for <t t-esc="o.name or o.key"/></label>
          <select t-att-id="'o_ferry_user_' + o.id" class="form-select form-select-sm o_ferry_owner_user" t-att-disabled="o.decision !== 'matched'" t-on-change="(ev) => this.onUser(o, ev)">
            <option value="">—</option>
            <t t-foreach="props.model.users" t-as="u" t-key="u.id">
              <option t-att-value="u.id" t-att-selected="u.id === o.userId"><t t-esc="u.name"/><t t-if="!u.active"> (archived)</t></option>
            </t>
          </select>
        </td>
      </tr>
    </tbody>
  </table>
  <p t-else="" class="text-muted">No owner yet: use "Detect owners from files".</p>
</div>`;
  static override props = { model: Object };
  declare props: { model: WizardModel };
  fmtInt = fmtInt;

  get activeUsers() {
    return this.props.model.users.filter((u) => u.active);
  }

  isUnresolved(o: OwnerRow): boolean {
    return this.props.model.unresolvedOwners.some((x) => x.id === o.id);
  }

  async onFallback(ev: Event): Promise<void> {
    const v = (ev.target as HTMLSelectElement).value;
    await this.props.model.setFallbackOwner(v ? Number(v) : null);
  }

  async onDecision(o: OwnerRow, ev: Event): Promise<void> {
    const d = (ev.target as HTMLSelectElement).value as OwnerDecision;
    await this.props.model.decide(o, d, d === "matched" ? o.userId : null);
  }

  async onUser(o: OwnerRow, ev: Event): Promise<void> {
    const v = (ev.target as HTMLSelectElement).value;
    await this.props.model.decide(o, "matched", v ? Number(v) : null);
  }
}
