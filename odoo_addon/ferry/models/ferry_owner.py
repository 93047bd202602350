# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import api, fields, models


class FerryOwner(models.Model):
    """Decision for one source owner: which Odoo user owns its records (mapping.md §1.5)."""

    _name = "ferry.owner"
    _description = "Migration owner decision"
    _order = "project_id, source_name, id"

    project_id = fields.Many2one("ferry.project", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="project_id.company_id", store=True)
    source_key = fields.Char(required=True, help="Owner id or login in the source system.")
    source_name = fields.Char()
    source_email = fields.Char()
    record_count = fields.Integer(help="Source records owned.")
    decision = fields.Selection(
        [
            ("matched", "Matched to a user"),
            ("fallback", "Fallback owner"),
            ("provision_inactive", "Provision as inactive user"),
        ],
        help="Empty while undecided.",
    )
    user_id = fields.Many2one("res.users", string="Odoo user", context={"active_test": False})

    _sql_constraints = [
        ("source_key_unique", "UNIQUE(project_id, source_key)", "One decision per source owner."),
    ]

    @api.onchange("decision")
    def _onchange_decision(self):
        if self.decision == "fallback" and self.project_id.fallback_owner_id:
            self.user_id = self.project_id.fallback_owner_id
