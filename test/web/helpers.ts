/** Mounting the wizard in jsdom with fake Odoo services. */
import { mount, type Component } from "@odoo/owl";
import { FakeOrm, type FakeOptions } from "./fakes/fake_orm.ts";

export interface Harness {
  orm: FakeOrm;
  target: HTMLElement;
  notifications: { message: string; type: string; title?: string; sticky?: boolean; closed: boolean }[];
  dialogs: { title: string; body: string }[];
  downloads: { fileName: string; mime: string; content: string }[];
  /** Answer of the next confirmation dialogs. */
  confirmAnswer: boolean;
  app: Component;
}

/** Lets pending ORM promises settle and OWL render (it renders on animation frames). */
export async function flush(times = 4): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
}

export class FakeBus {
  listeners = new Map<string, ((payload: unknown) => void)[]>();
  subscribe(type: string, cb: (payload: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), cb]);
  }
  unsubscribe(type: string, cb: (payload: unknown) => void): void {
    this.listeners.set(type, (this.listeners.get(type) ?? []).filter((x) => x !== cb));
  }
  emit(type: string, payload: unknown): void {
    for (const cb of this.listeners.get(type) ?? []) cb(payload);
  }
}

export async function mountWizard(opts: FakeOptions & { orm?: FakeOrm; bus?: FakeBus } = {}): Promise<Harness> {
  const { Wizard } = await import("../../web/src/wizard.ts");
  const orm = opts.orm ?? new FakeOrm(opts);
  const target = document.createElement("div");
  document.body.innerHTML = "";
  document.body.appendChild(target);
  const h = { orm, target, notifications: [], dialogs: [], downloads: [], confirmAnswer: true } as unknown as Harness;
  const services: Record<string, unknown> = {
    ...(opts.bus ? { bus_service: opts.bus } : {}),
    orm,
    notification: {
      add(message: string, o: { type?: string; title?: string; sticky?: boolean } = {}) {
        const n = { message, type: o.type ?? "info", ...(o.title ? { title: o.title } : {}), ...(o.sticky ? { sticky: true } : {}), closed: false };
        h.notifications.push(n);
        return () => {
          n.closed = true;
        };
      },
    },
    dialog: {
      add(_c: unknown, props: { title: string; body: string; confirm: () => void; cancel: () => void }) {
        h.dialogs.push({ title: props.title, body: props.body });
        if (h.confirmAnswer) props.confirm();
        else props.cancel();
      },
    },
  };
  h.app = await mount(Wizard, target, { env: { services }, props: {}, dev: true });
  await flush();
  return h;
}

export function $(h: Harness, sel: string): HTMLElement {
  const el = h.target.querySelector<HTMLElement>(sel);
  if (!el) throw new Error(`no element ${sel} in:\n${h.target.innerHTML.slice(0, 2000)}`);
  return el;
}

export function $$(h: Harness, sel: string): HTMLElement[] {
  return [...h.target.querySelectorAll<HTMLElement>(sel)];
}

export async function click(h: Harness, sel: string): Promise<void> {
  $(h, sel).click();
  await flush();
}

export async function select(h: Harness, sel: string, value: string): Promise<void> {
  const el = $(h, sel) as HTMLSelectElement;
  el.value = value;
  el.dispatchEvent(new Event("change", { bubbles: true }));
  await flush();
}

export async function type(h: Harness, sel: string, value: string): Promise<void> {
  const el = $(h, sel) as HTMLInputElement;
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
  await flush();
}

export const CONTACTS_CSV =
  '"Contact ID","Prefix","First Name","Middle Name","Last Name","Suffix","Company","Job Title","E-mail Address","E-mail 2 Address","Business Phone","Mobile Phone","Home Phone","Business Fax","Business Street","Business City","Business State","Business Postal Code","Business Country","Web Page","Birthday","Categories","Priority Quadrant","Owner","Notes","Created Date","Modified Date"\r\n' +
  '"100245","Ms.","Jane","","Doe","","Acme Corp","CEO","jane@example.com","","(555) 010-2000","","","","1 Main St","Springfield","IL","62701","USA","","3/7/1980","VIP;Key","Q1","Dana Whitfield","Met at ""expo""\nfollow up","3/7/2025 9:05 AM","3/8/2025 9:05 AM"\r\n' +
  '"100246","","Bob","","Stone","","Acme Corp","CTO","bob@example.com","","","","","","","","","","","","","","Q2","Ghost Person","","3/7/2025 9:05 AM","3/8/2025 9:05 AM"\r\n' +
  '"100247","","Ann","","Lee","","","","ann@example.com","","","","","","","","","","","","","","Q3","Old Timer","","3/7/2025 9:05 AM","3/8/2025 9:05 AM"\r\n';

export const USERS_CSV =
  "User ID,Full Name,E-mail Address,Role,Status,Time Zone,Mission Statement,Last Login\r\n" +
  "U1001,Dana Whitfield,dana@northwind.example,Manager,Active,CST,,\r\n" +
  "U1002,Ghost Person,ghost@elsewhere.example,User,Active,CST,,\r\n" +
  "U1003,Old Timer,old@northwind.example,User,Inactive,CST,,\r\n";

export function csvFile(name: string, text: string | Uint8Array<ArrayBuffer>): File {
  return new File([text], name, { type: "text/csv" });
}
