/**
 * The migration wizard: Odoo client action `ferry.wizard` (menu Migration). It looks like a native
 * Odoo 18 screen: control panel with breadcrumb and main buttons, a status bar of the steps, and
 * the current step in the content area. State lives in WizardModel (wrapped with useState); server
 * calls go through the `orm` service; messages through `notification` and `dialog`.
 */
import { Component, onWillStart, onWillUnmount, useState, xml } from "@odoo/owl";
import { useService } from "@web/core/utils/hooks";
import { ConfirmationDialog } from "@web/core/confirmation_dialog/confirmation_dialog";
import { WizardModel } from "../../model/wizard_model.ts";
import type { OrmLike, WizardUi, NotificationType } from "../../model/orm.ts";
import { STEPS, stepIndex, type StepKey } from "../../model/steps.ts";
import { ProjectStep } from "../project_step/project_step.ts";
import { UploadStep } from "../upload_step/upload_step.ts";
import { MappingStep } from "../mapping_step/mapping_step.ts";
import { OwnersStep } from "../owners_step/owners_step.ts";
import { SampleStep } from "../sample_step/sample_step.ts";
import { RunStep } from "../run_step/run_step.ts";
import { ReconciliationStep } from "../reconciliation_step/reconciliation_step.ts";
import { RollbackStep } from "../rollback_step/rollback_step.ts";

export const POLL_MS = 2000;
/** Bus notification type the addon sends on every run change (ferry.run BUS_TYPE). */
export const PROGRESS_BUS_TYPE = "ferry.run/progress";

interface BusService {
  subscribe(type: string, callback: (payload: unknown) => void): void;
  unsubscribe(type: string, callback: (payload: unknown) => void): void;
}

const STEP_COMPONENTS = {
  project: ProjectStep,
  upload: UploadStep,
  mapping: MappingStep,
  owners: OwnersStep,
  sample: SampleStep,
  run: RunStep,
  reconciliation: ReconciliationStep,
  rollback: RollbackStep,
};

interface NotificationService {
  add(message: string, options?: { type?: NotificationType; title?: string; sticky?: boolean }): unknown;
}
interface DialogService {
  add(component: unknown, props: Record<string, unknown>, options?: { onClose?: () => void }): unknown;
}

export function downloadFile(fileName: string, mime: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mime};charset=utf-8` }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function makeUi(notification: NotificationService, dialog: DialogService): WizardUi {
  return {
    notify(message, options = {}) {
      const close = notification.add(message, options);
      return typeof close === "function" ? (close as () => void) : undefined;
    },
    confirm({ title, body, confirmLabel }) {
      return new Promise<boolean>((resolve) => {
        let settled = false;
        const done = (v: boolean): void => {
          if (!settled) {
            settled = true;
            resolve(v);
          }
        };
        dialog.add(
          ConfirmationDialog,
          { title, body, confirmLabel: confirmLabel ?? "Confirm", confirm: () => done(true), cancel: () => done(false) },
          { onClose: () => done(false) },
        );
      });
    },
    download: downloadFile,
  };
}

export class Wizard extends Component {
  static override template = xml`
<div class="o_action o_ferry_wizard d-flex flex-column h-100">
  <div class="o_control_panel d-flex flex-column gap-3 gap-lg-1 px-3 pt-2 pb-3" role="toolbar" aria-label="Migration wizard">
    <div class="o_control_panel_main d-flex flex-wrap flex-lg-nowrap justify-content-between align-items-lg-start gap-3 flex-grow-1">
      <div class="o_control_panel_breadcrumbs d-flex align-items-center gap-1 order-0 h-lg-100">
        <div class="o_control_panel_main_buttons d-flex gap-1 d-print-none">
          <button type="button" class="btn btn-primary o_ferry_next" t-att-disabled="isLast or model.busy" t-on-click="() => model.next()">Next</button>
          <button type="button" class="btn btn-secondary o_ferry_back" t-att-disabled="isFirst or model.busy" t-on-click="() => model.back()">Back</button>
        </div>
        <div class="o_breadcrumb d-flex align-items-center gap-1 text-truncate">
          <ol class="breadcrumb mb-0 flex-nowrap align-items-center">
            <li class="breadcrumb-item d-inline-flex min-w-0 o_ferry_breadcrumb_root"><span class="text-truncate">Migration</span></li>
          </ol>
          <span class="text-muted" aria-hidden="true">/</span>
          <div class="o_last_breadcrumb_item active d-flex fs-4 min-w-0 align-items-center" aria-current="page"><span class="min-w-0 text-truncate" t-esc="currentLabel"/></div>
        </div>
      </div>
      <div class="o_control_panel_actions d-flex align-items-center justify-content-end gap-2 order-2 order-lg-1">
        <span t-if="model.project" class="o_ferry_project_badge text-muted"><i class="fa fa-exchange me-1" aria-hidden="true"/><t t-esc="model.project.name"/> · <t t-esc="model.project.source === 'plexus' ? 'Plexus Software' : 'PlanPlus Online'"/></span>
        <span t-if="model.busy" class="o_ferry_busy text-muted" role="status"><i class="fa fa-circle-o-notch fa-spin" aria-hidden="true"/><span class="visually-hidden">Working…</span></span>
      </div>
    </div>
  </div>
  <div class="o_content o_ferry_content flex-grow-1 overflow-auto">
    <div class="o_form_sheet_bg">
      <div class="o_ferry_statusbar d-flex justify-content-end px-3 py-2 border-bottom bg-view">
        <div class="o_statusbar_status d-flex flex-wrap" role="tablist" aria-label="Migration steps">
          <t t-foreach="steps" t-as="s" t-key="s.key">
            <button type="button" role="tab"
                    t-attf-class="btn btn-secondary o_arrow_button o_ferry_step_{{ s.key }} {{ s.key === model.step ? 'o_arrow_button_current active' : '' }} {{ s_first ? 'o_first' : '' }} {{ s_last ? 'o_last' : '' }}"
                    t-att-aria-selected="s.key === model.step ? 'true' : 'false'" t-att-aria-current="s.key === model.step ? 'step' : false"
                    t-att-disabled="!model.canOpen(s.key) and s.key !== model.step" t-att-title="model.blocker(s.key)"
                    t-on-click="() => model.goTo(s.key)">
              <t t-esc="(s_index + 1) + '. ' + s.label"/>
            </button>
          </t>
        </div>
      </div>
      <div class="o_form_sheet position-relative bg-view border rounded mx-auto my-3 p-4 o_ferry_sheet" style="max-width: 1140px">
        <h1 class="h3 mb-3 o_ferry_step_title" t-esc="currentLabel"/>
        <t t-if="model.loaded">
          <t t-component="stepComponent" model="model"/>
        </t>
        <p t-else="" class="text-muted" role="status">Loading…</p>
      </div>
    </div>
  </div>
</div>`;
  static override props = ["*"];
  static components = STEP_COMPONENTS;
  declare model: WizardModel;
  steps = STEPS;

  override setup(): void {
    const orm = useService<OrmLike>("orm");
    const ui = makeUi(useService<NotificationService>("notification"), useService<DialogService>("dialog"));
    this.model = useState(new WizardModel(orm, ui));
    onWillStart(() => this.model.load());
    const timer = setInterval(() => void this.tick(), POLL_MS);
    // Progress pushed over the bus (when the bus service is there) refreshes at once; polling stays as the fallback.
    const bus = (this.env as { services?: Record<string, unknown> }).services?.bus_service as BusService | undefined;
    const onProgress = (payload: unknown): void => {
      const id = (payload as { id?: unknown } | null)?.id;
      const m = this.model;
      if (m.run && id === m.run.id) void this.tick();
      else if (m.sampleRun && id === m.sampleRun.id) void this.tick();
    };
    bus?.subscribe(PROGRESS_BUS_TYPE, onProgress);
    onWillUnmount(() => {
      clearInterval(timer);
      bus?.unsubscribe(PROGRESS_BUS_TYPE, onProgress);
    });
  }

  /** Polls the run (Run step) or the sample run (Sample step) while one is active. */
  async tick(): Promise<void> {
    const m = this.model;
    try {
      if (m.step === "run" && m.runActive) await m.poll();
      else if (m.step === "sample" && m.sampleRun && !["done", "failed"].includes(m.sampleRun.state)) await m.loadSample();
    } catch {
      // A failed poll is retried on the next tick; the server may be restarting.
    }
  }

  get stepComponent() {
    return STEP_COMPONENTS[this.model.step];
  }

  get currentLabel(): string {
    return STEPS[stepIndex(this.model.step)]?.label ?? "";
  }

  get isFirst(): boolean {
    return stepIndex(this.model.step) === 0;
  }

  get isLast(): boolean {
    return stepIndex(this.model.step) === STEPS.length - 1;
  }

  stepKey(k: string): StepKey {
    return k as StepKey;
  }
}
