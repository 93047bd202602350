/**
 * The e2e harness page: loads the *built* wizard (/wizard.js, the committed bundle) through an
 * import map that provides @odoo/owl and small @web/* shims, then mounts the `ferry.wizard` client
 * action with a fake ORM (the same FakeOrm as the component tests, with network latency) and
 * DOM-rendered notification and dialog services shaped like Odoo's.
 */
import { mount } from "@odoo/owl";
import { registry } from "@web/core/registry";
import { FakeOrm } from "../../web/fakes/fake_orm.ts";

interface Harness {
  orm: FakeOrm;
  notifications: { message: string; type: string }[];
  dialogs: { title: string; body: string }[];
  downloads: { fileName: string; size: number }[];
  ready: boolean;
}

const w = window as unknown as { __ferry: Harness; __ferryWizardUrl?: string };
const params = new URLSearchParams(location.search);
const orm = new FakeOrm({ gatePhase: params.get("gate") ?? "contacts", stepPct: Number(params.get("step") ?? 20) });
orm.latency = Number(params.get("latency") ?? 60);
const h: Harness = { orm, notifications: [], dialogs: [], downloads: [], ready: false };
w.__ferry = h;

function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string);
}

const notification = {
  add(message: string, o: { type?: string; title?: string; sticky?: boolean } = {}) {
    const type = o.type ?? "info";
    h.notifications.push({ message, type });
    const box = document.getElementById("notifications") as HTMLElement;
    const el = document.createElement("div");
    el.className = `o_notification border-${type}`;
    el.setAttribute("role", type === "danger" ? "alert" : "status");
    el.innerHTML = `${o.title ? `<strong class="d-block">${esc(o.title)}</strong>` : ""}<span class="o_notification_content">${esc(message)}</span>`;
    box.appendChild(el);
    if (!o.sticky) setTimeout(() => el.remove(), 4000);
    return () => el.remove();
  },
};

const dialog = {
  add(_c: unknown, props: { title: string; body: string; confirmLabel?: string; confirm: () => void; cancel: () => void }, options: { onClose?: () => void } = {}) {
    h.dialogs.push({ title: props.title, body: props.body });
    const host = document.getElementById("dialogs") as HTMLElement;
    host.innerHTML = `
<div class="modal o_harness_dialog" tabindex="-1" role="dialog" aria-modal="true" aria-labelledby="o_harness_dialog_title">
  <div class="modal-dialog modal-dialog-centered"><div class="modal-content">
    <header class="modal-header"><h4 id="o_harness_dialog_title" class="modal-title">${esc(props.title)}</h4>
      <button type="button" class="btn-close o_dialog_close" aria-label="Close"></button></header>
    <main class="modal-body">${esc(props.body)}</main>
    <footer class="modal-footer justify-content-start">
      <button type="button" class="btn btn-primary o_dialog_confirm">${esc(props.confirmLabel ?? "Ok")}</button>
      <button type="button" class="btn btn-secondary o_dialog_cancel">Cancel</button>
    </footer>
  </div></div>
</div>`;
    const close = (fn: () => void): void => {
      host.innerHTML = "";
      fn();
    };
    (host.querySelector(".o_dialog_confirm") as HTMLElement).onclick = () => close(props.confirm);
    (host.querySelector(".o_dialog_cancel") as HTMLElement).onclick = () => close(props.cancel);
    (host.querySelector(".o_dialog_close") as HTMLElement).onclick = () => close(options.onClose ?? props.cancel);
    (host.querySelector(".o_dialog_confirm") as HTMLElement).focus();
  },
};

// Downloads: keep what the wizard saved, for the test to check.
const origCreate = URL.createObjectURL.bind(URL);
URL.createObjectURL = (obj: Blob | MediaSource) => {
  if (obj instanceof Blob) h.downloads.push({ fileName: "", size: obj.size });
  return origCreate(obj);
};
document.addEventListener(
  "click",
  (ev) => {
    const a = ev.target as HTMLAnchorElement;
    if (a.tagName === "A" && a.download) {
      const last = h.downloads[h.downloads.length - 1];
      if (last) last.fileName = a.download;
      ev.preventDefault();
    }
  },
  true,
);

async function start(): Promise<void> {
  await import(/* @vite-ignore */ w.__ferryWizardUrl ?? "/wizard.js");
  const Wizard = registry.category("actions").get("ferry.wizard") as Parameters<typeof mount>[0];
  if (!Wizard) throw new Error("ferry.wizard is not registered");
  await mount(Wizard, document.getElementById("action") as HTMLElement, { env: { services: { orm, notification, dialog } }, props: {}, dev: false });
  h.ready = true;
}

start().catch((e) => {
  console.error(e);
  document.body.insertAdjacentHTML("beforeend", `<pre class="o_harness_error">${esc(String(e))}</pre>`);
});
