/** Fake `@web/core/confirmation_dialog/confirmation_dialog`: the dialog service fake never renders it. */
import { Component, xml } from "@odoo/owl";

export class ConfirmationDialog extends Component {
  static override template = xml`<div class="modal-body" t-esc="props.body"/>`;
  static override props = ["*"];
}
