/**
 * The slice of Odoo 18's `orm` service the wizard uses (web/static/src/core/orm_service.js), and the
 * UI services it needs (notifications, confirmation dialogs). Components get the real services
 * through `useService`; tests and the e2e harness pass fakes with the same shape.
 */
export type Domain = unknown[];
export type Vals = Record<string, unknown>;

export interface OrmLike {
  call<T = unknown>(model: string, method: string, args?: unknown[], kwargs?: Vals): Promise<T>;
  create(model: string, records: Vals[], kwargs?: Vals): Promise<number[]>;
  read<T = Vals>(model: string, ids: number[], fields: string[], kwargs?: Vals): Promise<T[]>;
  searchRead<T = Vals>(model: string, domain: Domain, fields: string[], kwargs?: Vals): Promise<T[]>;
  searchCount(model: string, domain: Domain, kwargs?: Vals): Promise<number>;
  write(model: string, ids: number[], values: Vals, kwargs?: Vals): Promise<boolean>;
  unlink(model: string, ids: number[], kwargs?: Vals): Promise<boolean>;
}

export type NotificationType = "info" | "success" | "warning" | "danger";

export interface WizardUi {
  /** Shows a notification; returns a function closing it when the service provides one. */
  notify(message: string, options?: { type?: NotificationType; title?: string; sticky?: boolean }): (() => void) | void;
  /** Resolves true when the user confirms. */
  confirm(options: { title: string; body: string; confirmLabel?: string }): Promise<boolean>;
  /** Saves a file to the user's disk. */
  download(fileName: string, mime: string, content: string): void;
}

/** Odoo Many2one values come back as `[id, display_name]` or `false`. */
export type Many2one = [number, string] | false;

export function m2oId(v: unknown): number | null {
  return Array.isArray(v) && typeof v[0] === "number" ? v[0] : typeof v === "number" ? v : null;
}

export function m2oName(v: unknown): string {
  return Array.isArray(v) && typeof v[1] === "string" ? v[1] : "";
}

/** Odoo Char/Text fields come back as `false` when empty. */
export function str(v: unknown): string {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
}

export function num(v: unknown): number {
  return typeof v === "number" && Number.isFinite(v) ? v : 0;
}

export function errorMessage(e: unknown): string {
  if (e && typeof e === "object") {
    const data = (e as { data?: { message?: unknown } }).data;
    if (data && typeof data.message === "string") return data.message;
    const m = (e as { message?: unknown }).message;
    if (typeof m === "string") return m;
  }
  return String(e);
}
