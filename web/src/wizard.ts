/**
 * Entry of the vite build (vite.config.ts → odoo_addon/ferry/static/src/wizard/wizard.js).
 * Registers the wizard as the client action `ferry.wizard` opened by the Migration menu.
 * Named exports only: Odoo's module transpiler does not support default exports across modules.
 */
import { registry } from "@web/core/registry";
import { Wizard } from "./components/wizard/wizard.ts";

registry.category("actions").add("ferry.wizard", Wizard);

export { Wizard };
