// Harness stand-in for Odoo's ConfirmationDialog: the harness dialog service renders its props.
import { Component, xml } from "@odoo/owl";

export class ConfirmationDialog extends Component {
  static template = xml`<div class="modal-body" t-esc="props.body"/>`;
  static props = ["*"];
}
