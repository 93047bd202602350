// Types for the Odoo 18 web client modules the wizard imports. They are provided at run time by
// Odoo's asset bundle (kept external by vite.config.ts) and faked in tests and the e2e harness.

declare module "@web/core/registry" {
  interface Category {
    add(key: string, value: unknown, options?: { force?: boolean; sequence?: number }): Category;
    get(key: string, defaultValue?: unknown): unknown;
    contains(key: string): boolean;
  }
  export const registry: { category(name: string): Category };
}

declare module "@web/core/utils/hooks" {
  export function useService<T = unknown>(name: string): T;
}

declare module "@web/core/confirmation_dialog/confirmation_dialog" {
  import type { Component } from "@odoo/owl";
  export class ConfirmationDialog extends Component {}
}
