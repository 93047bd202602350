# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo import _, api, fields, models

from ..access import check_access
from ..run_state import SOURCE_SYSTEMS


class FerryProject(models.Model):
    _name = "ferry.project"
    _description = "Migration project"
    _inherit = ["mail.thread"]
    _order = "id desc"

    name = fields.Char(required=True, tracking=True)
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    source_system = fields.Selection(SOURCE_SYSTEMS, required=True, tracking=True)
    scope = fields.Char(
        help="Comma-separated source objects to migrate (e.g. companies,contacts). "
        "Empty means every object of the source."
    )
    fallback_owner_id = fields.Many2one(
        "res.users",
        string="Fallback owner",
        help="Owner for source records whose owner matches no Odoo user.",
    )
    batch_size = fields.Integer(default=200, help="Records per create/load call.")
    rate_cap = fields.Float(
        string="Rate cap (records/s)", default=0.0, help="0 means no cap."
    )
    rollback_window_hours = fields.Integer(
        default=72, help="A run can be rolled back this many hours after it ended."
    )
    reject_threshold_pct = fields.Float(
        string="Gate threshold (%)",
        default=1.0,
        help="A phase whose rejected share exceeds this halts for review.",
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("mapping", "Mapping"),
            ("ready", "Ready"),
            ("migrating", "Migrating"),
            ("done", "Done"),
        ],
        default="draft",
        required=True,
        tracking=True,
    )
    source_file_ids = fields.One2many("ferry.source.file", "project_id")
    mapping_ids = fields.One2many("ferry.mapping", "project_id")
    owner_ids = fields.One2many("ferry.owner", "project_id")
    run_ids = fields.One2many("ferry.run", "project_id")
    run_count = fields.Integer(compute="_compute_run_count")
    plexus_url = fields.Char(string="Plexus API URL")
    # Secret: only system administrators can read it through the ORM; the bridge gets it in the
    # claim_next payload. Never tracked, never copied.
    plexus_token = fields.Char(groups="base.group_system", copy=False, prefetch=False)
    has_plexus_token = fields.Boolean(compute="_compute_has_plexus_token")

    _sql_constraints = [
        ("batch_size_positive", "CHECK(batch_size > 0)", "Batch size must be positive."),
        (
            "rollback_window_positive",
            "CHECK(rollback_window_hours >= 0)",
            "The rollback window cannot be negative.",
        ),
    ]

    @api.depends("run_ids")
    def _compute_run_count(self):
        for project in self:
            project.run_count = len(project.run_ids)

    def _compute_has_plexus_token(self):
        for project in self:
            project.has_plexus_token = bool(project.sudo().plexus_token)

    def action_store_plexus_credentials(self, url, token):
        """Store the Plexus export API URL and token (the token is write-only for non-admins)."""
        self.ensure_one()
        check_access(self, "write")
        self.sudo().write({"plexus_url": url or False, "plexus_token": token or False})
        return True

    def scope_list(self):
        self.ensure_one()
        return [s.strip() for s in (self.scope or "").split(",") if s.strip()]

    def action_view_runs(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": _("Runs"),
            "res_model": "ferry.run",
            "view_mode": "list,form",
            "domain": [("project_id", "=", self.id)],
            "context": {"default_project_id": self.id},
        }
