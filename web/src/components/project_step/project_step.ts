/** Step 1: choose or create the migration project (source system, scope) and audit the database. */
import { Component, xml } from "@odoo/owl";
import type { WizardModel } from "../../model/wizard_model.ts";
import { PLANPLUS_OBJECTS, PLEXUS_SCOPE } from "../../model/wizard_model.ts";
import type { SourceSystem } from "../../model/api.ts";

export class ProjectStep extends Component {
  static override template = xml`
<div class="o_ferry_project_step">
  <div class="row g-4">
    <section class="col-lg-6" aria-labelledby="o_ferry_project_title">
      <h2 id="o_ferry_project_title" class="h4">Migration project</h2>
      <div t-if="props.model.projects.length" class="mb-3">
        <label class="o_form_label form-label" for="o_ferry_project_select">Existing project</label>
        <select id="o_ferry_project_select" class="form-select o_ferry_project_select" t-on-change="onSelect">
          <option value="">New project…</option>
          <t t-foreach="props.model.projects" t-as="p" t-key="p.id">
            <option t-att-value="p.id" t-att-selected="props.model.project and props.model.project.id === p.id" t-esc="p.name"/>
          </t>
        </select>
      </div>
      <t t-if="!props.model.project">
        <div class="mb-3">
          <label class="o_form_label form-label" for="o_ferry_project_name">Project name</label>
          <input id="o_ferry_project_name" class="form-control o_input" type="text" placeholder="e.g. PlanPlus cutover"
                 t-model="props.model.draft.name"/>
        </div>
      </t>
      <fieldset class="mb-3" t-att-disabled="!!props.model.project">
        <legend class="o_form_label form-label fs-6">Source system</legend>
        <div class="form-check">
          <input class="form-check-input" type="radio" name="o_ferry_source" id="o_ferry_source_planplus" value="planplus"
                 t-att-checked="props.model.draft.source === 'planplus'" t-on-change="() => this.setSource('planplus')"/>
          <label class="form-check-label" for="o_ferry_source_planplus">PlanPlus Online (CSV exports)</label>
        </div>
        <div class="form-check">
          <input class="form-check-input" type="radio" name="o_ferry_source" id="o_ferry_source_plexus" value="plexus"
                 t-att-checked="props.model.draft.source === 'plexus'" t-on-change="() => this.setSource('plexus')"/>
          <label class="form-check-label" for="o_ferry_source_plexus">Plexus Software (export bundle or API)</label>
        </div>
      </fieldset>
      <fieldset class="mb-3">
        <legend class="o_form_label form-label fs-6">Scope</legend>
        <div class="o_ferry_scope d-flex flex-wrap gap-2">
          <t t-foreach="scopeOptions" t-as="obj" t-key="obj">
            <div class="form-check form-check-inline me-2">
              <input class="form-check-input" type="checkbox" t-att-id="'o_ferry_scope_' + obj"
                     t-att-checked="props.model.draft.scope.includes(obj)" t-on-change="() => props.model.toggleScope(obj)"/>
              <label class="form-check-label" t-att-for="'o_ferry_scope_' + obj" t-esc="obj"/>
            </div>
          </t>
        </div>
      </fieldset>
      <button t-if="!props.model.project" type="button" class="btn btn-primary o_ferry_create_project" t-att-disabled="props.model.busy" t-on-click="() => props.model.createProject()">Create project</button>
      <button t-else="" type="button" class="btn btn-secondary o_ferry_save_scope" t-att-disabled="props.model.busy" t-on-click="() => props.model.saveScope()">Save scope</button>
    </section>
    <section class="col-lg-6" aria-labelledby="o_ferry_audit_title">
      <h2 id="o_ferry_audit_title" class="h4">Database audit</h2>
      <p t-if="!props.model.project" class="text-muted">The audit runs once the project exists.</p>
      <t t-else="">
        <table class="table table-sm o_list_table o_ferry_apps">
          <thead><tr><th>Required app</th><th>State</th></tr></thead>
          <tbody>
            <tr t-foreach="props.model.audit.required" t-as="m" t-key="m.name">
              <td t-esc="m.label"/>
              <td><span t-attf-class="badge rounded-pill {{ m.state === 'installed' ? 'text-bg-success' : 'text-bg-warning' }}" t-esc="m.state === 'installed' ? 'Installed' : 'Not installed'"/></td>
            </tr>
            <tr t-foreach="props.model.audit.optional" t-as="m" t-key="m.name">
              <td><t t-esc="m.label"/> <span class="text-muted small">(optional)</span></td>
              <td><span t-attf-class="badge rounded-pill {{ m.state === 'installed' ? 'text-bg-success' : 'text-bg-secondary' }}" t-esc="m.state === 'installed' ? 'Installed' : 'Fallback used'"/></td>
            </tr>
          </tbody>
        </table>
        <button t-if="props.model.missingApps.length" type="button" class="btn btn-primary o_ferry_install" t-att-disabled="props.model.busy" t-on-click="() => props.model.installMissing()">
          Install <t t-esc="props.model.missingApps.length"/> missing app<t t-if="props.model.missingApps.length > 1">s</t>
        </button>
        <h3 class="h6 mt-3">Possible conflicts</h3>
        <p t-if="!props.model.audit.existing.length" class="text-muted o_ferry_no_conflicts">No records from an earlier Ferry load of this source.</p>
        <ul t-else="" class="o_ferry_conflicts">
          <li t-foreach="props.model.audit.existing" t-as="e" t-key="e.model"><t t-esc="e.count"/> <code t-esc="e.model"/> records already loaded by Ferry (re-runs update them, no duplicates)</li>
        </ul>
      </t>
    </section>
  </div>
</div>`;
  static override props = { model: Object };
  declare props: { model: WizardModel };

  get scopeOptions(): string[] {
    return this.props.model.draft.source === "planplus" ? PLANPLUS_OBJECTS : PLEXUS_SCOPE;
  }

  setSource(source: SourceSystem): void {
    this.props.model.setDraftSource(source);
  }

  async onSelect(ev: Event): Promise<void> {
    const v = (ev.target as HTMLSelectElement).value;
    const m = this.props.model;
    if (v) await m.selectProject(Number(v));
    else m.newProject();
  }
}
