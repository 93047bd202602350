# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import fields, models


class FerryReject(models.Model):
    """A source row (or one field of it) Ferry refused, with the reason (sources.md C.3)."""

    _name = "ferry.reject"
    _description = "Migration rejected row"
    _order = "run_id desc, source_object, source_row, id"

    run_id = fields.Many2one("ferry.run", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="run_id.company_id", store=True)
    source_object = fields.Char(string="Object", required=True)
    source_file = fields.Char(string="File")
    source_row = fields.Integer(string="Row")
    source_id = fields.Char()
    field = fields.Char()
    code = fields.Char(required=True, index=True)
    reason = fields.Text()
