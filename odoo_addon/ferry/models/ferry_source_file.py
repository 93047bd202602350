# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import json

from odoo import api, fields, models


class FerrySourceFile(models.Model):
    _name = "ferry.source.file"
    _description = "Migration source file (uploaded export)"
    _order = "project_id, id"

    project_id = fields.Many2one("ferry.project", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="project_id.company_id", store=True)
    name = fields.Char(required=True)
    attachment_id = fields.Many2one("ir.attachment", ondelete="restrict", readonly=True)
    upload = fields.Binary(
        string="File", compute="_compute_upload", inverse="_inverse_upload"
    )
    detected_object = fields.Char(help="Source object this file holds, e.g. contacts.")
    encoding = fields.Char()
    row_count = fields.Integer()
    profile = fields.Text(help="Profile of the file as JSON (columns, fill rates, samples).")

    @api.depends("attachment_id")
    def _compute_upload(self):
        for rec in self:
            rec.upload = rec.attachment_id.datas

    def _inverse_upload(self):
        for rec in self:
            if not rec.upload:
                continue
            vals = {"name": rec.name, "datas": rec.upload, "res_model": self._name, "res_id": rec.id}
            if rec.attachment_id:
                rec.attachment_id.write(vals)
            else:
                rec.attachment_id = self.env["ir.attachment"].create(vals)

    def profile_dict(self):
        self.ensure_one()
        try:
            return json.loads(self.profile or "{}")
        except ValueError:
            return {}
