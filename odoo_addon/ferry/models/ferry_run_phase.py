# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class FerryRunPhase(models.Model):
    """Counters of one phase (source object) of a run, as reported by the bridge (mapping.md §7)."""

    _name = "ferry.run.phase"
    _description = "Migration run phase counters"
    _order = "run_id, sequence, id"

    run_id = fields.Many2one("ferry.run", required=True, ondelete="cascade", index=True)
    name = fields.Char(required=True, help="Phase / source object, e.g. contacts.")
    sequence = fields.Integer(default=10)
    state = fields.Selection(
        [("pending", "Pending"), ("running", "Running"), ("halted", "Halted"), ("done", "Done")],
        default="pending",
        required=True,
    )
    source = fields.Integer(string="Source rows")
    landed = fields.Integer()
    rejected = fields.Integer()
    skipped = fields.Integer()
    rejected_pct = fields.Float(string="Rejected %", compute="_compute_rejected_pct")
    updated_at = fields.Datetime()

    _sql_constraints = [
        ("phase_unique", "UNIQUE(run_id, name)", "A phase appears once per run."),
    ]

    def _compute_rejected_pct(self):
        for phase in self:
            phase.rejected_pct = 100.0 * phase.rejected / phase.source if phase.source else 0.0
