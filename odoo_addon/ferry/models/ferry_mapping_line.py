# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class FerryMappingLine(models.Model):
    _name = "ferry.mapping.line"
    _description = "Migration mapping line (source field → target field)"
    _order = "mapping_id, sequence, id"

    mapping_id = fields.Many2one("ferry.mapping", required=True, ondelete="cascade", index=True)
    sequence = fields.Integer(default=10)
    source_field = fields.Char(required=True)
    proposed_target = fields.Char(readonly=True, help="Target field proposed by the profiler.")
    target_field = fields.Char(help="Target field actually used; empty means not migrated.")
    transform = fields.Char(help="Name of the transform applied (e.g. phone_e164).")
    confidence = fields.Float(digits=(3, 2), help="Confidence of the proposal, 0 to 1.")
    reason = fields.Char(help="Why this target was proposed.")
    approved = fields.Boolean()
    value_map_ids = fields.One2many("ferry.value.map", "line_id", copy=True)

    _sql_constraints = [
        ("confidence_range", "CHECK(confidence >= 0 AND confidence <= 1)", "Confidence is between 0 and 1."),
    ]

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines.mapping_id._reopen()
        return lines

    def write(self, vals):
        self.mapping_id._reopen()
        return super().write(vals)

    def unlink(self):
        self.mapping_id._reopen()
        return super().unlink()
