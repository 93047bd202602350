# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class FerryValueMap(models.Model):
    _name = "ferry.value.map"
    _description = "Migration value map (source value → target value)"
    _order = "line_id, source_value, id"

    line_id = fields.Many2one("ferry.mapping.line", required=True, ondelete="cascade", index=True)
    mapping_id = fields.Many2one(related="line_id.mapping_id", store=True, index=True)
    source_value = fields.Char()
    proposed_value = fields.Char(readonly=True)
    target_value = fields.Char()
    confidence = fields.Float(digits=(3, 2))
    reason = fields.Char()
    approved = fields.Boolean()

    @api.model_create_multi
    def create(self, vals_list):
        maps = super().create(vals_list)
        maps.mapping_id._reopen()
        return maps

    def write(self, vals):
        self.mapping_id._reopen()
        return super().write(vals)

    def unlink(self):
        self.mapping_id._reopen()
        return super().unlink()
