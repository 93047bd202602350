# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import hashlib
import json

from odoo import _, api, fields, models
from odoo.exceptions import UserError

#: Fields whose change does not reopen an approved mapping.
_APPROVAL_FIELDS = {"state", "approved_by_id", "approved_at", "content_hash"}


class FerryMapping(models.Model):
    """Mapping of one source object to one Odoo model, reviewed and approved by a person."""

    _name = "ferry.mapping"
    _description = "Migration mapping"
    _inherit = ["mail.thread"]
    _order = "project_id, sequence, id"

    project_id = fields.Many2one("ferry.project", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="project_id.company_id", store=True)
    sequence = fields.Integer(default=10, help="Load order of the object.")
    source_object = fields.Char(required=True)
    target_model = fields.Char(required=True, help="Technical name of the Odoo model, e.g. res.partner.")
    name = fields.Char(compute="_compute_name", store=True)
    line_ids = fields.One2many("ferry.mapping.line", "mapping_id", copy=True)
    state = fields.Selection(
        [("draft", "Draft"), ("approved", "Approved")],
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
    )
    approved_by_id = fields.Many2one("res.users", readonly=True)
    approved_at = fields.Datetime(readonly=True)
    content_hash = fields.Char(
        readonly=True, help="SHA-256 of the mapping content at approval time."
    )

    @api.depends("source_object", "target_model")
    def _compute_name(self):
        for rec in self:
            rec.name = f"{rec.source_object or '?'} → {rec.target_model or '?'}"

    def _content(self):
        """Canonical content of the mapping: what the approval hash covers."""
        self.ensure_one()
        lines = []
        for line in self.line_ids.sorted(lambda l: (l.sequence, l.source_field or "", l.id)):
            lines.append(
                {
                    "source_field": line.source_field or "",
                    "target_field": line.target_field or "",
                    "transform": line.transform or "",
                    "approved": bool(line.approved),
                    "values": sorted(
                        [v.source_value or "", v.target_value or ""]
                        for v in line.value_map_ids
                    ),
                }
            )
        return {
            "source_object": self.source_object or "",
            "target_model": self.target_model or "",
            "lines": lines,
        }

    def compute_content_hash(self):
        self.ensure_one()
        text = json.dumps(self._content(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def action_approve(self):
        for rec in self:
            unapproved = rec.line_ids.filtered(lambda l: not l.approved and l.target_field)
            if unapproved:
                raise UserError(
                    _("Approve or clear every proposed line first (%s).")
                    % ", ".join(unapproved.mapped("source_field"))
                )
            rec.with_context(ferry_mapping_approval=True).write(
                {
                    "state": "approved",
                    "approved_by_id": self.env.uid,
                    "approved_at": fields.Datetime.now(),
                    "content_hash": rec.compute_content_hash(),
                }
            )
        return True

    def action_reset_draft(self):
        self._reopen()
        return True

    def _reopen(self):
        """Return approved mappings to draft: the approval no longer covers their content."""
        approved = self.filtered(lambda m: m.state == "approved")
        if approved:
            approved.with_context(ferry_mapping_approval=True).write(
                {"state": "draft", "approved_by_id": False, "approved_at": False, "content_hash": False}
            )

    def write(self, vals):
        if not self.env.context.get("ferry_mapping_approval") and set(vals) - _APPROVAL_FIELDS:
            self._reopen()
        return super().write(vals)

    def is_approval_valid(self):
        """True when approved and the content still hashes to the approved hash."""
        self.ensure_one()
        return self.state == "approved" and self.content_hash == self.compute_content_hash()

    def to_bridge_dict(self):
        self.ensure_one()
        content = self._content()
        content.update(
            {
                "id": self.id,
                "sequence": self.sequence,
                "state": self.state,
                "content_hash": self.content_hash or False,
                "approved_by": self.approved_by_id.login or False,
                "approved_at": fields.Datetime.to_string(self.approved_at) if self.approved_at else False,
            }
        )
        return content
