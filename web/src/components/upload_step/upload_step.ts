/**
 * Step 2: drop CSV files or a Plexus bundle (.zip). Each file is profiled in the browser, streamed
 * slice by slice so the page stays responsive, then stored as an attachment with its profile.
 * Plexus API credentials can be entered instead; they are sent once and never shown again.
 */
import { Component, useRef, useState, xml } from "@odoo/owl";
import type { WizardModel } from "../../model/wizard_model.ts";
import { fmtBytes, fmtInt, pct } from "../common.ts";

export class UploadStep extends Component {
  static override template = xml`
<div class="o_ferry_upload_step">
  <label for="o_ferry_file_input" t-attf-class="o_ferry_dropzone d-block border border-2 rounded-3 p-5 text-center {{ state.dragging ? 'border-primary bg-primary-subtle' : 'border-secondary-subtle' }}"
       t-on-dragover.prevent="() => this.setDragging(true)" t-on-dragleave="() => this.setDragging(false)" t-on-drop.prevent="onDrop">
    <i class="fa fa-cloud-upload fa-3x text-muted d-block mb-2" aria-hidden="true"/>
    <span class="fs-5 d-block">Drop export files here, or <span class="text-primary text-decoration-underline">browse</span></span>
    <span class="text-muted small d-block mt-1">PlanPlus *.csv files, a Plexus bundle (*.jsonl + manifest.json) or a .zip of either</span>
    <input id="o_ferry_file_input" type="file" multiple="multiple" class="o_ferry_file_input visually-hidden" accept=".csv,.jsonl,.json,.zip" t-on-change="onPick"/>
  </label>

  <div t-if="props.model.uploads.length" class="mt-3 o_ferry_uploads">
    <div t-foreach="props.model.uploads" t-as="u" t-key="u.key" class="mb-2">
      <div class="d-flex justify-content-between small">
        <span><strong t-esc="u.name"/> <span class="text-muted" t-esc="fmtBytes(u.bytes)"/></span>
        <span t-attf-class="o_ferry_upload_status {{ u.status === 'error' ? 'text-danger' : u.status === 'done' ? 'text-success' : 'text-muted' }}"
              t-esc="u.status === 'profiling' ? 'Profiling ' + pct(u.progress) : u.status === 'saving' ? 'Saving…' : u.message"/>
      </div>
      <div class="progress" role="progressbar" t-att-aria-label="'Profiling ' + u.name" t-att-aria-valuenow="Math.round(u.progress * 100)" aria-valuemin="0" aria-valuemax="100" style="height: 6px">
        <div t-attf-class="progress-bar {{ u.status === 'error' ? 'bg-danger' : '' }}" t-attf-style="width: {{ Math.round(u.progress * 100) }}%"/>
      </div>
    </div>
  </div>

  <h2 class="h5 mt-4">Files of this project</h2>
  <p t-if="!props.model.files.length" class="text-muted o_ferry_no_files">No file uploaded yet.</p>
  <table t-else="" class="table table-sm table-hover o_list_table o_ferry_files">
    <thead><tr><th>File</th><th>Object</th><th>Encoding</th><th class="text-end">Rows</th><th class="text-end">Columns</th><th>Issues</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
    <tbody>
      <t t-foreach="props.model.files" t-as="f" t-key="f.id">
      <tr>
        <td t-esc="f.name"/>
        <td><span t-if="f.object" class="badge text-bg-info" t-esc="f.object"/><span t-else="" class="badge text-bg-warning">not recognised</span></td>
        <td t-esc="f.encoding"/>
        <td class="text-end" t-esc="fmtInt(f.rows)"/>
        <td class="text-end" t-esc="f.parsed ? f.parsed.columns.length : ''"/>
        <td class="small"><t t-if="f.parsed and (f.parsed.malformed or f.parsed.invalidJson)"><t t-set="bad" t-value="f.parsed.malformed + f.parsed.invalidJson"/><span class="text-danger"><t t-esc="bad"/> malformed row<t t-if="bad > 1">s</t></span></t></td>
        <td class="text-end text-nowrap">
          <button t-if="f.parsed" type="button" class="btn btn-link btn-sm o_ferry_profile_toggle" t-att-aria-expanded="state.open === f.id ? 'true' : 'false'" t-att-aria-label="'Column profile of ' + f.name" t-on-click="() => this.toggle(f.id)"><i t-attf-class="fa {{ state.open === f.id ? 'fa-caret-down' : 'fa-caret-right' }} me-1" aria-hidden="true"/>Profile</button>
          <button type="button" class="btn btn-link btn-sm text-danger" t-att-aria-label="'Remove ' + f.name" t-on-click="() => props.model.removeFile(f.id)"><i class="fa fa-trash" aria-hidden="true"/></button>
        </td>
      </tr>
      <tr t-if="state.open === f.id and f.parsed" class="o_ferry_profile">
        <td colspan="7" class="bg-light">
          <table class="table table-sm mb-0">
            <thead><tr><th>Column</th><th>Type</th><th class="text-end">Filled</th><th class="text-end">Distinct</th><th>Top values</th></tr></thead>
            <tbody>
              <tr t-foreach="f.parsed.columns" t-as="c" t-key="c.name">
                <td t-esc="c.name"/>
                <td><span class="badge text-bg-light border" t-esc="c.inferredType"/></td>
                <td class="text-end" t-esc="Math.round(c.fillRate * 100) + '%'"/>
                <td class="text-end" t-esc="'~' + c.distinctEstimate"/>
                <td class="small text-muted text-truncate" style="max-width: 22rem" t-esc="c.topValues.slice(0, 4).map(v => v.value + ' (' + v.count + ')').join(' · ')"/>
              </tr>
            </tbody>
          </table>
        </td>
      </tr>
      </t>
    </tbody>
  </table>

  <details t-if="props.model.source === 'plexus'" class="mt-4 o_ferry_api">
    <summary class="fw-bold">Use the Plexus export API instead of files</summary>
    <div class="row g-2 mt-2 align-items-end">
      <div class="col-md-6">
        <label class="form-label" for="o_ferry_api_url">Export API URL</label>
        <input id="o_ferry_api_url" class="form-control o_input" type="url" placeholder="https://tenant.example/api" t-model="props.model.credentials.url"/>
      </div>
      <div class="col-md-4">
        <label class="form-label" for="o_ferry_api_token">API token</label>
        <input id="o_ferry_api_token" t-ref="token" class="form-control o_input" type="password" autocomplete="off"/>
      </div>
      <div class="col-md-2">
        <button type="button" class="btn btn-secondary w-100 o_ferry_store_token" t-on-click="storeToken">Store</button>
      </div>
    </div>
    <p t-if="props.model.credentials.stored" class="text-success small mt-2 o_ferry_token_stored">Credentials stored on the server.</p>
  </details>
</div>`;
  static override props = { model: Object };
  declare props: { model: WizardModel };
  declare state: { dragging: boolean; open: number };
  declare token: { el: HTMLInputElement | null };

  override setup(): void {
    this.state = useState({ dragging: false, open: 0 });
    this.token = useRef<HTMLInputElement>("token");
  }
  fmtBytes = fmtBytes;
  fmtInt = fmtInt;
  pct = pct;

  toggle(id: number): void {
    this.state.open = this.state.open === id ? 0 : id;
  }

  setDragging(on: boolean): void {
    this.state.dragging = on;
  }

  async onDrop(ev: DragEvent): Promise<void> {
    this.state.dragging = false;
    const files = [...(ev.dataTransfer?.files ?? [])];
    if (files.length) await this.props.model.addFiles(files);
  }

  async onPick(ev: Event): Promise<void> {
    const input = ev.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = "";
    if (files.length) await this.props.model.addFiles(files);
  }

  async storeToken(): Promise<void> {
    const el = this.token.el;
    if (!el) return;
    const value = el.value;
    el.value = "";
    await this.props.model.storeCredentials(value);
  }
}
