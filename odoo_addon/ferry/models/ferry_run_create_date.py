# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Source creation time on migrated records (mapping.md §1.6).

The ORM ignores ``create_date`` in ``create``; the bridge asks the addon to set it afterwards with a
direct SQL ``UPDATE``. Only records the run itself created (a ``create`` row of that run in
``ferry.ledger``) can be touched, only by the bridge's technical user or a migration manager, and
model names, ids and dates are validated before anything reaches SQL.
"""
import logging
from datetime import datetime

from odoo import _, api, fields, models
from odoo.exceptions import AccessError, ValidationError
from odoo.tools import SQL

_logger = logging.getLogger(__name__)

#: A call carries at most one ledger batch (the bridge sends one per batch it loads).
MAX_ROWS = 5000
ROW_KEYS = {"model", "res_model", "res_id", "id", "create_date", "xmlid"}


class FerryRunCreateDate(models.Model):
    _inherit = "ferry.run"

    @api.model
    def _ferry_parse_create_date_row(self, row, index):
        if not isinstance(row, dict) or not set(row) <= ROW_KEYS:
            raise ValidationError(_("Row %(i)s: expected {model, res_id, create_date}.", i=index))
        model = row.get("model", row.get("res_model"))
        res_id = row.get("res_id", row.get("id"))
        when = row.get("create_date")
        # bool is an int in Python: refuse it explicitly.
        if not isinstance(model, str) or not isinstance(res_id, int) or isinstance(res_id, bool) or res_id <= 0:
            raise ValidationError(_("Row %(i)s: model must be a name and res_id a positive integer.", i=index))
        if not isinstance(when, str):
            raise ValidationError(_("Row %(i)s: create_date must be a 'YYYY-MM-DD HH:MM:SS' UTC string.", i=index))
        try:
            moment = fields.Datetime.to_datetime(when)
        except (ValueError, TypeError):
            moment = None
        if not isinstance(moment, datetime) or moment.year < 1900:
            raise ValidationError(_("Row %(i)s: %(v)r is not a UTC date-time.", i=index, v=when))
        return model, res_id, moment

    @api.model
    def set_source_create_dates(self, run_id, rows, worker_id=None):
        """Set ``create_date`` of records created by run ``run_id`` to their source creation time.

        ``rows``: list of ``{"model", "res_id", "create_date"}`` (UTC ``YYYY-MM-DD HH:MM:SS``).
        Returns ``{"updated": n, "refused": [{"model", "res_id", "reason"}]}``: a record that is not
        a ``create`` of this run in the ledger, or whose model is unknown, is refused and left alone.
        """
        user = self.env.user
        if not (self.env.su or user.has_group("ferry.group_ferry_bridge") or user.has_group("ferry.group_ferry_manager")):
            raise AccessError(_("Only the migration bridge or a migration manager may set creation times."))
        run = self._leased_run(run_id, worker_id)
        if not isinstance(rows, list) or len(rows) > MAX_ROWS:
            raise ValidationError(_("rows must be a list of at most %s rows.", MAX_ROWS))
        parsed = [self._ferry_parse_create_date_row(row, i) for i, row in enumerate(rows)]
        refused = []
        by_model = {}
        for model, res_id, moment in parsed:
            by_model.setdefault(model, {})[res_id] = moment
        # Model names are checked against ir.model and the registry: only a stored model's own
        # table name (never the caller's text) goes into the query, as an SQL identifier.
        known = set(self.env["ir.model"].sudo().search([("model", "in", list(by_model))]).mapped("model"))
        Ledger = self.env["ferry.ledger"].sudo()
        updated = 0
        for model, dates in by_model.items():
            Model = self.env.get(model) if model in known else None
            if Model is None or Model._abstract or Model._transient or not Model._auto or "create_date" not in Model._fields:
                refused.extend({"model": model, "res_id": i, "reason": "unknown model"} for i in dates)
                continue
            ledgered = set(
                Ledger.search(
                    [("run_id", "=", run.id), ("operation", "=", "create"), ("res_model", "=", model), ("res_id", "in", list(dates))]
                ).mapped("res_id")
            )
            for res_id in dates:
                if res_id not in ledgered:
                    refused.append({"model": model, "res_id": res_id, "reason": "not created by this run"})
            ids = sorted(ledgered)
            if not ids:
                continue
            Model.flush_model(["create_date"])
            for res_id in ids:
                self.env.cr.execute(
                    SQL("UPDATE %s SET create_date = %s WHERE id = %s", SQL.identifier(Model._table), dates[res_id], res_id)
                )
                updated += self.env.cr.rowcount
            Model.invalidate_model(["create_date"])
        if refused:
            _logger.info("ferry.run %s: %s creation time(s) refused", run.id, len(refused))
        return {"updated": updated, "refused": refused}
