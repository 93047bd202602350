# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import json

from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..run_state import OPERATIONS, OUTCOMES, SOURCE_SYSTEMS

#: Only the rollback engine holds this object; it cannot travel through RPC (contexts arriving over
#: JSON-RPC contain JSON values only), so no client can unlock ledger writes.
ROLLBACK_KEY = object()
_ROLLBACK_WRITABLE = {"rolled_back_by_id"}


class FerryLedger(models.Model):
    """Append-only ledger: one row per source row handled by a run (mapping.md §1.2)."""

    _name = "ferry.ledger"
    _description = "Migration ledger (append-only)"
    _order = "id desc"
    _rec_name = "xmlid"

    run_id = fields.Many2one("ferry.run", required=True, ondelete="restrict", index=True, readonly=True)
    company_id = fields.Many2one(related="run_id.company_id", store=True)
    phase = fields.Char(readonly=True)
    source_system = fields.Selection(SOURCE_SYSTEMS, readonly=True)
    source_object = fields.Char(readonly=True, index=True)
    source_id = fields.Char(readonly=True, index=True)
    source_row = fields.Integer(readonly=True)
    outcome = fields.Selection(OUTCOMES, required=True, readonly=True)
    code = fields.Char(readonly=True)
    flags = fields.Char(readonly=True, help="Comma-separated review flags.")
    res_model = fields.Char(readonly=True, index=True)
    res_id = fields.Integer(readonly=True, index=True)
    xmlid = fields.Char(readonly=True, index=True)
    operation = fields.Selection(OPERATIONS, readonly=True)
    previous_values = fields.Text(
        readonly=True, help="JSON of the values the record had before an update (write format)."
    )
    source_hash = fields.Char(readonly=True)
    side_effect_of = fields.Char(
        readonly=True,
        help="For a record Odoo created along with ours (e.g. an employee's work contact): "
        "the record and field that made it, as model.id.field.",
    )
    loaded_at = fields.Datetime(readonly=True, default=fields.Datetime.now, index=True)
    rolled_back_by_id = fields.Many2one("ferry.run", readonly=True, ondelete="restrict")
    bridge_run = fields.Char(readonly=True, help="The bridge's run id (its local ledger.jsonl).")
    ledger_seq = fields.Integer(
        readonly=True,
        help="Line number in the bridge's local ledger: with the run and bridge run, the key that "
        "makes re-sending a line after a sidecar crash harmless.",
    )

    _sql_constraints = [
        (
            "ledger_line_unique",
            "unique(run_id, bridge_run, ledger_seq)",
            "This line of the bridge's ledger is mirrored already.",
        ),
    ]

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            prev = vals.get("previous_values")
            if prev is not None and not isinstance(prev, str):
                vals["previous_values"] = json.dumps(prev, sort_keys=True, default=str)
            if isinstance(vals.get("flags"), (list, tuple)):
                vals["flags"] = ",".join(vals["flags"])
            # The server's clock, not the client's: rollback compares it with write_date.
            vals["loaded_at"] = fields.Datetime.now()
            vals.pop("rolled_back_by_id", None)
        return super().create(vals_list)

    def _rollback_allowed(self):
        return self.env.context.get("ferry_ledger_rollback") is ROLLBACK_KEY

    def write(self, vals):
        if not (self._rollback_allowed() and set(vals) <= _ROLLBACK_WRITABLE):
            raise UserError(_("The migration ledger is append-only: rows are never changed."))
        return super().write(vals)

    def unlink(self):
        raise UserError(_("The migration ledger is append-only: rows are never deleted."))

    def previous_values_dict(self):
        self.ensure_one()
        return json.loads(self.previous_values) if self.previous_values else {}
