# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Runs of a migration project and the RPC API the bridge sidecar (``ferry serve``) calls.

Every public bridge method is an ``@api.model`` method taking plain JSON values, so it can be
called with ``execute_kw('ferry.run', '<method>', [args...])``. See docs/addon.md.
"""
import base64
import json
import logging
import mimetypes
from datetime import timedelta

from odoo import _, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from .. import run_state as rs
from ..access import check_access
from ..ledger_rows import LedgerRowError, normalize_ledger_row
from ..rollback import Rollback

_logger = logging.getLogger(__name__)

DEFAULT_LEASE_SECONDS = 300
MAX_LEASE_SECONDS = 3600
REJECT_FIELDS = ("source_object", "source_file", "source_row", "source_id", "field", "code", "reason")
BUS_TYPE = "ferry.run/progress"


def _check_rights(records, operation):
    """Model-level right (ACL) for ``operation``."""
    check_access(records.browse(), operation)


class FerryRun(models.Model):
    _name = "ferry.run"
    _description = "Migration run"
    _inherit = ["mail.thread"]
    _order = "id desc"

    name = fields.Char(required=True, default=lambda self: _("New run"), tracking=True)
    project_id = fields.Many2one("ferry.project", required=True, ondelete="restrict", index=True)
    company_id = fields.Many2one(related="project_id.company_id", store=True)
    source_system = fields.Selection(related="project_id.source_system")
    run_type = fields.Selection(rs.RUN_TYPES, required=True, default=rs.FULL, tracking=True)
    state = fields.Selection(
        rs.STATES, required=True, default=rs.QUEUED, readonly=True, index=True, tracking=True
    )
    mapping_ids = fields.Many2many(
        "ferry.mapping", string="Mappings", help="Approved mappings the run uses (empty: all of the project)."
    )
    since = fields.Datetime(help="Delta runs: pick up changes since this time.")
    accepted_phases = fields.Char(
        readonly=True, help="Comma-separated phases whose gate an admin accepted."
    )
    lease_holder = fields.Char(readonly=True, help="Worker id of the sidecar holding the run.")
    lease_seconds = fields.Integer(readonly=True, default=DEFAULT_LEASE_SECONDS)
    lease_expires_at = fields.Datetime(readonly=True, index=True)
    heartbeat_at = fields.Datetime(readonly=True)
    attempts = fields.Integer(readonly=True, help="Times the run was claimed.")
    current_phase = fields.Char(readonly=True)
    started_at = fields.Datetime(readonly=True)
    ended_at = fields.Datetime(readonly=True)
    message = fields.Text(readonly=True, help="Why the run failed or halted.")
    summary = fields.Text(readonly=True, help="Reconciliation summary reported by the bridge (JSON).")
    phase_ids = fields.One2many("ferry.run.phase", "run_id", readonly=True)
    report_ids = fields.Many2many(
        "ir.attachment", "ferry_run_report_rel", "run_id", "attachment_id", string="Reports", readonly=True
    )
    ledger_ids = fields.One2many("ferry.ledger", "run_id", readonly=True)
    reject_ids = fields.One2many("ferry.reject", "run_id", readonly=True)
    ledger_count = fields.Integer(compute="_compute_counts")
    reject_count = fields.Integer(compute="_compute_counts")
    rollback_of_id = fields.Many2one("ferry.run", readonly=True, ondelete="restrict",
                                     help="Rollback runs: the run they undid.")
    rolled_back_by_id = fields.Many2one("ferry.run", readonly=True, ondelete="set null")
    source_total = fields.Integer(compute="_compute_totals")
    landed_total = fields.Integer(compute="_compute_totals")
    rejected_total = fields.Integer(compute="_compute_totals")
    skipped_total = fields.Integer(compute="_compute_totals")

    def _compute_counts(self):
        Ledger, Reject = self.env["ferry.ledger"], self.env["ferry.reject"]
        for run in self:
            run.ledger_count = Ledger.search_count([("run_id", "=", run.id)]) if run.id else 0
            run.reject_count = Reject.search_count([("run_id", "=", run.id)]) if run.id else 0

    @api.depends("phase_ids.source", "phase_ids.landed", "phase_ids.rejected", "phase_ids.skipped")
    def _compute_totals(self):
        for run in self:
            for counter in rs.COUNTERS:
                run[f"{counter}_total"] = sum(run.phase_ids.mapped(counter))

    # ------------------------------------------------------------------ transitions
    def _set_state(self, target, **vals):
        for run in self:
            try:
                rs.check_transition(run.state, target)
            except rs.TransitionError as exc:
                raise UserError(_("Run %(name)s: %(err)s", name=run.display_name, err=exc)) from exc
        vals["state"] = target
        if target in rs.FINAL or target in (rs.QUEUED, rs.HALTED, rs.PAUSED):
            vals.setdefault("lease_holder", False)
            vals.setdefault("lease_expires_at", False)
        if target in rs.FINAL:
            vals.setdefault("ended_at", fields.Datetime.now())
        self.write(vals)
        self._notify_progress()

    def action_pause(self):
        self._set_state(rs.PAUSED)

    def action_requeue(self):
        """Resume a paused or halted run, or retry a claimed one whose sidecar vanished."""
        self._set_state(rs.QUEUED)

    def action_accept_gate(self):
        """Accept the gate a run halted at, and queue it again to continue."""
        for run in self.filtered(lambda r: r.state == rs.HALTED):
            accepted = [p for p in (run.accepted_phases or "").split(",") if p]
            if run.current_phase and run.current_phase not in accepted:
                accepted.append(run.current_phase)
            run.accepted_phases = ",".join(accepted)
        self._set_state(rs.QUEUED)

    def action_cancel(self):
        self._set_state(rs.FAILED, message=_("Cancelled by %s", self.env.user.name))

    # ------------------------------------------------------------------ lease handling
    @api.model
    def _requeue_expired(self):
        """Return runs whose lease expired to the queue (cron, and before each claim)."""
        self.env["ferry.run"].flush_model()
        self.env.cr.execute(
            """
            SELECT id FROM ferry_run
             WHERE state IN %s AND lease_expires_at < (now() AT TIME ZONE 'UTC')
             FOR UPDATE SKIP LOCKED
            """,
            (tuple(rs.LEASED),),
        )
        ids = [row[0] for row in self.env.cr.fetchall()]
        if not ids:
            return 0
        expired = self.sudo().browse(ids)
        for run in expired:
            _logger.info("ferry.run %s: lease of %s expired, back to the queue", run.id, run.lease_holder)
            run.message_post(body=_("Lease of %s expired; the run is queued again.", run.lease_holder))
        expired._set_state(rs.QUEUED)
        return len(ids)

    @api.model
    def claim_next(self, worker_id, lease_seconds=DEFAULT_LEASE_SECONDS, project_ids=None):
        """Atomically claim the oldest queued run for ``worker_id`` (optionally only runs of
        ``project_ids``).

        Returns the run as a dict (see ``_bridge_dict``) or False when nothing is queued.
        Two sidecars never get the same run: the row is locked with FOR UPDATE SKIP LOCKED.
        """
        if not worker_id or not isinstance(worker_id, str):
            raise ValidationError(_("worker_id must be a non-empty string"))
        _check_rights(self, "write")
        lease_seconds = max(10, min(int(lease_seconds or DEFAULT_LEASE_SECONDS), MAX_LEASE_SECONDS))
        self._requeue_expired()
        query = "SELECT id FROM ferry_run WHERE state = %s"
        params = [rs.QUEUED]
        if project_ids:
            query += " AND project_id IN %s"
            params.append(tuple(int(p) for p in project_ids))
        # Runs the caller may not see (record rules, e.g. other companies) are never claimed.
        visible = self.search([("state", "=", rs.QUEUED)]).ids
        if not visible:
            return False
        query += " AND id IN %s ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED"
        params.append(tuple(visible))
        self.env.cr.execute(query, params)
        row = self.env.cr.fetchone()
        if not row:
            return False
        run = self.browse(row[0])
        run.invalidate_recordset()
        now = fields.Datetime.now()
        run._set_state(
            rs.CLAIMED,
            lease_holder=worker_id,
            lease_seconds=lease_seconds,
            lease_expires_at=now + timedelta(seconds=lease_seconds),
            heartbeat_at=now,
            attempts=run.attempts + 1,
            started_at=run.started_at or now,
        )
        return run._bridge_dict()

    def _bridge_dict(self):
        self.ensure_one()
        project = self.project_id
        mappings = self.mapping_ids or project.mapping_ids
        return {
            "id": self.id,
            "name": self.name,
            "run_type": self.run_type,
            "state": self.state,
            "lease_holder": self.lease_holder or False,
            "lease_expires_at": fields.Datetime.to_string(self.lease_expires_at) if self.lease_expires_at else False,
            "attempts": self.attempts,
            "since": fields.Datetime.to_string(self.since) if self.since else False,
            "accepted_phases": [p for p in (self.accepted_phases or "").split(",") if p],
            "rollback_of": self.rollback_of_id.id or False,
            "project": {
                "id": project.id,
                "name": project.name,
                "source_system": project.source_system,
                "scope": project.scope_list(),
                "fallback_owner": project.fallback_owner_id.login or False,
                "batch_size": project.batch_size,
                "rate_cap": project.rate_cap,
                "rollback_window_hours": project.rollback_window_hours,
                "reject_threshold_pct": project.reject_threshold_pct,
                "plexus_url": project.plexus_url or False,
                "plexus_token": project.sudo().plexus_token or False,
            },
            "mappings": [m.to_bridge_dict() for m in mappings],
            "source_files": [
                {
                    "id": f.id,
                    "name": f.name,
                    "attachment_id": f.attachment_id.id or False,
                    "detected_object": f.detected_object or False,
                    "encoding": f.encoding or False,
                    "row_count": f.row_count,
                }
                for f in project.source_file_ids
            ],
            "owners": [
                {"source_key": o.source_key, "decision": o.decision or False, "user": o.user_id.login or False}
                for o in project.owner_ids
            ],
        }

    def _leased_run(self, run_id, worker_id=None, states=rs.LEASED):
        """Browse ``run_id`` and check the caller may still report on it."""
        _check_rights(self, "write")
        run = self.browse(int(run_id)).exists()
        if not run:
            raise ValidationError(_("Run %s does not exist.", run_id))
        if run.state not in states:
            raise UserError(_("Run %(id)s is %(state)s; the sidecar no longer holds it.", id=run.id, state=run.state))
        if worker_id and run.lease_holder and run.lease_holder != worker_id:
            raise UserError(_("Run %(id)s is held by another worker.", id=run.id))
        return run

    @api.model
    def heartbeat(self, run_id, worker_id):
        """Extend the lease. Returns {ok, state, lease_expires_at}; ok False means stop working."""
        _check_rights(self, "write")
        run = self.browse(int(run_id)).exists()
        if not run or run.state not in rs.LEASED or run.lease_holder != worker_id:
            return {"ok": False, "state": run.state if run else False, "lease_expires_at": False}
        now = fields.Datetime.now()
        run.write({"heartbeat_at": now, "lease_expires_at": now + timedelta(seconds=run.lease_seconds)})
        return {"ok": True, "state": run.state, "lease_expires_at": fields.Datetime.to_string(run.lease_expires_at)}

    @api.model
    def report_progress(self, run_id, phase, counters, worker_id=None):
        """Upsert the counters of ``phase``; also acts as a heartbeat. ``counters`` holds any of
        source, landed, rejected, skipped (ints), sequence (int) and state (pending/running/halted/done).
        """
        run = self._leased_run(run_id, worker_id)
        counters = dict(counters or {})
        vals = {k: int(counters[k]) for k in rs.COUNTERS if k in counters}
        if "sequence" in counters:
            vals["sequence"] = int(counters["sequence"])
        vals["state"] = counters.get("state") or "running"
        vals["updated_at"] = fields.Datetime.now()
        line = run.phase_ids.filtered(lambda p: p.name == phase)
        if line:
            line.write(vals)
        else:
            self.env["ferry.run.phase"].create(dict(vals, run_id=run.id, name=phase))
        now = fields.Datetime.now()
        run_vals = {
            "current_phase": phase,
            "heartbeat_at": now,
            "lease_expires_at": now + timedelta(seconds=run.lease_seconds),
        }
        if run.state == rs.CLAIMED:
            run._set_state(rs.RUNNING, **run_vals)
        else:
            run.write(run_vals)
            run._notify_progress()
        return True

    @api.model
    def append_ledger(self, run_id, rows, worker_id=None):
        """Create ledger rows in one batch (addon field names or the bridge's ledger.jsonl names,
        see ledger_rows.py). Rows keyed by the bridge's run id and line number (``run`` + ``seq``)
        that are mirrored already are skipped, so a sidecar may re-send lines after a crash.
        Returns the count created."""
        run = self._leased_run(run_id, worker_id)
        vals_list = []
        for i, row in enumerate(rows or []):
            try:
                vals_list.append(dict(normalize_ledger_row(row), run_id=run.id))
            except LedgerRowError as exc:
                raise ValidationError(_("Ledger row %(i)s: %(err)s", i=i, err=exc)) from exc
        keyed = {(v["bridge_run"], v["ledger_seq"]) for v in vals_list if v.get("ledger_seq")}
        if keyed:
            Ledger = self.env["ferry.ledger"].sudo()
            seen = set()
            for bridge_run in {k[0] for k in keyed}:
                seqs = [k[1] for k in keyed if k[0] == bridge_run]
                done = Ledger.search_read(
                    [("run_id", "=", run.id), ("bridge_run", "=", bridge_run), ("ledger_seq", "in", seqs)],
                    ["ledger_seq"],
                )
                seen.update((bridge_run, d["ledger_seq"]) for d in done)
            fresh = []
            for v in vals_list:
                key = (v.get("bridge_run"), v.get("ledger_seq")) if v.get("ledger_seq") else None
                if key and key in seen:
                    continue
                if key:
                    seen.add(key)
                fresh.append(v)
            vals_list = fresh
        self.env["ferry.ledger"].create(vals_list)
        return len(vals_list)

    @api.model
    def ledger_acknowledged(self, run_id, bridge_run, worker_id=None):
        """The highest line number (``seq``) of the bridge run ``bridge_run`` mirrored into the
        ledger of ``run_id`` (0: none). Lines are mirrored in order, one batch per transaction, so
        every line up to it is there: a sidecar re-sends the lines after it."""
        run = self._leased_run(run_id, worker_id)
        last = self.env["ferry.ledger"].sudo().search(
            [("run_id", "=", run.id), ("bridge_run", "=", bridge_run), ("ledger_seq", "!=", False)],
            order="ledger_seq desc",
            limit=1,
        )
        return last.ledger_seq or 0

    @api.model
    def append_rejects(self, run_id, rows, worker_id=None):
        """Create reject rows in one batch. Each row is a dict of REJECT_FIELDS. Returns the count."""
        run = self._leased_run(run_id, worker_id)
        vals_list = []
        for row in rows or []:
            unknown = set(row) - set(REJECT_FIELDS)
            if unknown:
                raise ValidationError(_("Unknown reject keys: %s", ", ".join(sorted(unknown))))
            vals_list.append(dict(row, run_id=run.id))
        self.env["ferry.reject"].create(vals_list)
        return len(vals_list)

    @api.model
    def attach_report(self, run_id, name, data_base64, worker_id=None):
        """Attach a report file (base64) to the run. Returns the ir.attachment id."""
        run = self._leased_run(run_id, worker_id)
        try:
            base64.b64decode(data_base64, validate=True)
        except (ValueError, TypeError) as exc:
            raise ValidationError(_("Report %s is not valid base64.", name)) from exc
        attachment = self.env["ir.attachment"].create(
            {
                "name": name,
                "datas": data_base64,
                "res_model": self._name,
                "res_id": run.id,
                "mimetype": mimetypes.guess_type(name)[0] or "application/octet-stream",
            }
        )
        run.report_ids = [fields.Command.link(attachment.id)]
        return attachment.id

    @api.model
    def mark_done(self, run_id, summary=None, worker_id=None):
        run = self._leased_run(run_id, worker_id)
        vals = {"message": False}
        if summary is not None:
            vals["summary"] = summary if isinstance(summary, str) else json.dumps(summary, sort_keys=True)
        run.phase_ids.filtered(lambda p: p.state in ("pending", "running")).write({"state": "done"})
        run._set_state(rs.DONE, **vals)
        return True

    @api.model
    def mark_failed(self, run_id, message, worker_id=None):
        run = self._leased_run(run_id, worker_id)
        run._set_state(rs.FAILED, message=message)
        return True

    @api.model
    def mark_halted(self, run_id, phase, message, worker_id=None):
        run = self._leased_run(run_id, worker_id)
        run.phase_ids.filtered(lambda p: p.name == phase).write({"state": "halted"})
        run._set_state(rs.HALTED, current_phase=phase, message=message)
        return True

    # ------------------------------------------------------------------ progress for the UI
    def _progress_dict(self):
        self.ensure_one()
        return {
            "id": self.id,
            "state": self.state,
            "current_phase": self.current_phase or False,
            "message": self.message or False,
            "phases": [
                {"name": p.name, "state": p.state, **{c: p[c] for c in rs.COUNTERS}}
                for p in self.phase_ids
            ],
        }

    @api.model
    def get_progress(self, run_ids):
        """Polling endpoint for the wizard: progress of the given runs."""
        return [run._progress_dict() for run in self.browse(run_ids).exists()]

    def _notify_progress(self):
        """Push progress to Migration Managers over the bus (no page reload needed)."""
        if "bus.bus" not in self.env:
            return
        group = self.env.ref("ferry.group_ferry_manager", raise_if_not_found=False)
        if not group:
            return
        group = group.sudo()
        partners = (group.users if "users" in group._fields else group.user_ids).partner_id  # 19: user_ids
        for run in self:
            payload = run._progress_dict()
            for partner in partners:
                self.env["bus.bus"].sudo()._sendone(partner, BUS_TYPE, payload)

    # ------------------------------------------------------------------ rollback
    def rollback(self, force=False):
        """Undo this run from its ledger (server side, no bridge). Returns the rollback run id."""
        self.ensure_one()
        return self._rollback(bool(force)).id

    def _rollback(self, force):
        """Only Migration Managers roll back (not the bridge's technical user)."""
        if not (self.env.su or self.env.user.has_group("ferry.group_ferry_manager")):
            raise AccessError(_("Only Migration Managers can roll back a run."))
        check_access(self, "write")
        return Rollback(self, force=force).execute()

    def action_rollback(self):
        self.ensure_one()
        return self._rollback(False)._open_action()

    def action_rollback_force(self):
        self.ensure_one()
        return self._rollback(True)._open_action()

    def rollback_counts(self):
        """Records a rollback of this run would touch, by ledger operation (create / update / archive /
        delete). Updates of records this same run created are not counted: the rollback deletes those."""
        self.ensure_one()
        check_access(self, "read")
        self.env["ferry.ledger"].flush_model()
        self.env.cr.execute(
            """
            SELECT l.operation, count(*)
              FROM ferry_ledger l
             WHERE l.run_id = %s AND l.rolled_back_by_id IS NULL AND l.operation IS NOT NULL
               AND NOT (l.operation = 'update' AND EXISTS (
                        SELECT 1 FROM ferry_ledger c
                         WHERE c.run_id = l.run_id AND c.operation = 'create'
                           AND c.res_model = l.res_model AND c.res_id = l.res_id))
             GROUP BY l.operation
            """,
            (self.id,),
        )
        counts = {"create": 0, "update": 0, "archive": 0, "delete": 0}
        counts.update(dict(self.env.cr.fetchall()))
        return counts

    def action_rollback_preview(self):
        """Show what a rollback would do (nothing is changed)."""
        self.ensure_one()
        plan = Rollback(self, force=False).plan()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "title": _("Rollback preview"),
                "message": plan.describe(),
                "type": "warning" if plan.conflicts else "info",
                "sticky": True,
            },
        }

    def _open_action(self):
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
        }

    @api.constrains("run_type", "rollback_of_id")
    def _check_rollback_type(self):
        for run in self:
            if run.run_type == rs.ROLLBACK and not run.rollback_of_id:
                raise ValidationError(_("Rollback runs are created by the Roll back button of the run they undo."))

    @api.ondelete(at_uninstall=False)
    def _unlink_only_unused(self):
        for run in self:
            if run.state in rs.LEASED:
                raise UserError(_("Run %s is being worked on; pause it first.", run.display_name))
