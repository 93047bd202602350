# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Server-side rollback of a run from its ledger (no bridge needed).

Plain class around the ORM, in the spirit of OCA queue_job's ``Job``: ``ferry.run`` only calls
``Rollback(run, force).plan()`` / ``.execute()``.

Rules (docs/addon.md):
- the run must be finished (not leased), not itself a rollback, not already rolled back, and
  inside the project's rollback window (hours after the run ended);
- ledger rows are undone newest first (reverse load order = reverse dependency order):
  ``create`` -> unlink, or archive when unlink is refused; ``update`` -> write the previous
  values back; ``archive`` -> unarchive and restore previous values; ``delete`` -> not reversible;
- a record whose ``write_date`` is later than the end of the run was edited after the migration:
  the whole rollback is refused (nothing changes) unless ``force``;
- the rollback is a run of type ``rollback`` with its own ledger rows; undone rows point to it;
- a record already gone when its turn comes (a product template Odoo deleted with its last variant)
  is skipped as ``record_missing``, not refused;
- records Odoo generated along with the run's records and that the ledger cannot name go too (same
  rules as the bridge's rollback): the recurrence and occurrences of a recurring calendar.event the
  run created, and the personal stages Odoo created for a user who had none when the run assigned a
  task to them (only once they hold no task).
"""
import json
import logging
from datetime import timedelta

from odoo import _, fields
from odoo.addons.base.models.ir_model import MODULE_UNINSTALL_FLAG
from odoo.exceptions import AccessError, UserError
from odoo.fields import Command

from . import run_state as rs

_logger = logging.getLogger(__name__)

UNLINK = "unlink"
RESTORE = "restore"
UNARCHIVE = "unarchive"
SKIP = "skip"
MAX_LISTED = 20
#: Seconds of slack around the run's window (the bridge's clock, Odoo's create_date to the second).
WINDOW_SLACK = 6


def _ledger_key():
    from .models.ferry_ledger import ROLLBACK_KEY

    return ROLLBACK_KEY


def to_write_value(field, value):
    """Convert a stored previous value (read() or write format) to a value for write()."""
    if field.type == "many2one":
        if isinstance(value, (list, tuple)):
            value = value[0] if value else False
        return value or False
    if field.type == "many2many":
        ids = list(value or [])
        if ids and isinstance(ids[0], (list, tuple)):
            return ids  # already commands
        return [Command.set(ids)]
    return value


def snapshot(record, names):
    """Current values of ``names`` on ``record`` in write format (JSON-safe)."""
    vals = {}
    for name in names:
        field = record._fields.get(name)
        if field is None or not field.store or field.type == "one2many":
            continue
        value = record[name]
        if field.type == "many2one":
            value = value.id or False
        elif field.type == "many2many":
            value = sorted(value.ids)
        elif field.type == "datetime":
            value = fields.Datetime.to_string(value) if value else False
        elif field.type == "date":
            value = fields.Date.to_string(value) if value else False
        elif field.type == "binary":
            value = value.decode() if isinstance(value, bytes) else value
        vals[name] = value
    return vals


class RollbackPlan:
    def __init__(self, run):
        self.run = run
        self.env = run.env  # also lets _() find the user's language
        self.steps = []  # (ledger, action, record or None, reason)
        self.later_runs = run.browse()
        self.conflicts = []  # (ledger, record)

    def counts(self):
        out = {}
        for _ledger, action, _rec, _reason in self.steps:
            out[action] = out.get(action, 0) + 1
        return out

    def describe(self):
        lines = [_("Rollback of %s:", self.run.display_name)]
        for action, count in sorted(self.counts().items()):
            lines.append(f"  {action}: {count}")
        if self.later_runs:
            lines.append(_("Later runs wrote the same records (roll them back first): %s",
                           ", ".join(self.later_runs.mapped("display_name"))))
        if self.conflicts:
            lines.append(_("%s record(s) were modified after the migration:", len(self.conflicts)))
            for ledger, record in self.conflicts[:MAX_LISTED]:
                lines.append(f"  {ledger.res_model},{ledger.res_id} {record.display_name!r} ({ledger.xmlid or ''})")
        return "\n".join(lines)


class Rollback:
    def __init__(self, run, force=False):
        run.ensure_one()
        self.run = run
        self.env = run.env
        self.force = force

    # ---------------------------------------------------------------- checks
    def _check_run(self):
        run = self.run
        if run.run_type == rs.ROLLBACK:
            raise UserError(_("A rollback run cannot itself be rolled back."))
        if run.rolled_back_by_id:
            raise UserError(_("Run %s was already rolled back.", run.display_name))
        if run.state in rs.LEASED or run.state == rs.QUEUED:
            raise UserError(_("Run %s is queued or in progress; pause it first.", run.display_name))

    def _cutoff(self, ledgers):
        """End of the migration: the latest of the run's end and its last ledger row."""
        stamps = [d for d in ledgers.mapped("loaded_at") if d]
        if self.run.ended_at:
            stamps.append(self.run.ended_at)
        return max(stamps) if stamps else None

    def _check_window(self, cutoff):
        if cutoff is None:
            return
        hours = self.run.project_id.rollback_window_hours
        if fields.Datetime.now() > cutoff + timedelta(hours=hours):
            raise UserError(
                _("Run %(run)s ended more than %(hours)s hours ago: outside the rollback window.",
                  run=self.run.display_name, hours=hours)
            )

    # ---------------------------------------------------------------- plan
    def plan(self):
        self._check_run()
        Ledger = self.env["ferry.ledger"].sudo()
        ledgers = Ledger.search([("run_id", "=", self.run.id)], order="id desc")
        cutoff = self._cutoff(ledgers)
        self._check_window(cutoff)
        plan = RollbackPlan(self.run)
        plan.later_runs = self._later_runs()
        ferry_writes = self._last_ferry_writes()
        # Records this run created are deleted; their later updates in the same run need no restore.
        created = {(row.res_model, row.res_id) for row in ledgers if row.operation == "create"}
        for ledger in ledgers:
            if not ledger.operation or ledger.rolled_back_by_id or not (ledger.res_model and ledger.res_id):
                continue
            if ledger.res_model not in self.env:
                plan.steps.append((ledger, SKIP, None, "model_missing"))
                continue
            record = self.env[ledger.res_model].with_context(active_test=False).browse(ledger.res_id).exists()
            if not record:
                plan.steps.append((ledger, SKIP, None, "record_missing"))
                continue
            if ledger.operation == "update" and (ledger.res_model, ledger.res_id) in created:
                plan.steps.append((ledger, SKIP, record, "created_by_run"))
                continue
            if ledger.operation == "delete":
                plan.steps.append((ledger, SKIP, record, "not_reversible"))
                continue
            if cutoff is not None and "write_date" in record._fields and record.write_date:
                # Ferry's own last write to the record (e.g. a later run's rollback) is not an edit.
                last_ferry_write = max(cutoff, ferry_writes.get((ledger.res_model, ledger.res_id), cutoff))
                # Datetime fields keep whole seconds; write_date keeps microseconds.
                if record.write_date.replace(microsecond=0) > last_ferry_write:
                    plan.conflicts.append((ledger, record))
            action = {"create": UNLINK, "update": RESTORE, "archive": UNARCHIVE}[ledger.operation]
            plan.steps.append((ledger, action, record, ""))
        self._check_target_rights(plan)
        return plan

    def _check_target_rights(self, plan):
        """Fail before changing anything when the user cannot write the records to undo."""
        missing = set()
        for _ledger, action, record, _reason in plan.steps:
            if action == SKIP or record is None:
                continue
            Model = self.env[record._name]
            needed = ("unlink", "write") if action == UNLINK else ("write",)
            if not any(Model.browse().has_access(op) if hasattr(Model, "has_access")
                       else Model.check_access_rights(op, raise_exception=False) for op in needed):
                missing.add(f"{record._description} ({record._name})")
        if missing:
            raise AccessError(
                _("You lack the rights to undo this run's changes on: %s", ", ".join(sorted(missing)))
            )

    def _last_ferry_writes(self):
        """{(model, id): latest loaded_at of any ledger row} for the records this run wrote."""
        self.env["ferry.ledger"].flush_model()
        self.env.cr.execute(
            """
            SELECT other.res_model, other.res_id, max(other.loaded_at)
              FROM ferry_ledger mine
              JOIN ferry_ledger other ON other.res_model = mine.res_model AND other.res_id = mine.res_id
             WHERE mine.run_id = %s AND mine.operation IS NOT NULL
             GROUP BY other.res_model, other.res_id
            """,
            (self.run.id,),
        )
        return {(model, res_id): stamp for model, res_id, stamp in self.env.cr.fetchall()}

    def _later_runs(self):
        """Runs after this one that wrote the same records and are not rolled back."""
        self.env["ferry.ledger"].flush_model()
        self.env["ferry.run"].flush_model()
        self.env.cr.execute(
            """
            SELECT DISTINCT later.run_id
              FROM ferry_ledger mine
              JOIN ferry_ledger later ON later.res_model = mine.res_model AND later.res_id = mine.res_id
              JOIN ferry_run run ON run.id = later.run_id
             WHERE mine.run_id = %s AND mine.operation IS NOT NULL
               AND later.run_id > %s AND later.operation IS NOT NULL AND later.rolled_back_by_id IS NULL
               AND run.run_type != %s
            """,
            (self.run.id, self.run.id, rs.ROLLBACK),
        )
        return self.env["ferry.run"].sudo().browse([row[0] for row in self.env.cr.fetchall()])

    # ---------------------------------------------------------------- execute
    def execute(self):
        plan = self.plan()
        if plan.later_runs and not self.force:
            raise UserError(
                _("Later runs wrote the same records and are not rolled back: %s. Roll them back first.",
                  ", ".join(plan.later_runs.mapped("display_name")))
            )
        if plan.conflicts and not self.force:
            raise UserError(plan.describe() + "\n" + _("Nothing was changed. Use the forced rollback to undo them anyway."))
        Run = self.env["ferry.run"]
        rollback_run = Run.sudo().create(
            {
                "name": _("Rollback of %s", self.run.name),
                "project_id": self.run.project_id.id,
                "run_type": rs.ROLLBACK,
                "state": rs.RUNNING,
                "rollback_of_id": self.run.id,
                "lease_holder": "server",
                "started_at": fields.Datetime.now(),
            }
        )
        conflict_ids = {ledger.id for ledger, _rec in plan.conflicts}
        generated = Generated(self.run, plan)
        rows, done_ledgers = [], self.env["ferry.ledger"]
        stats = {}
        for ledger, action, record, reason in plan.steps:
            row = {
                "run_id": rollback_run.id,
                "phase": ledger.phase,
                "source_system": ledger.source_system,
                "source_object": ledger.source_object,
                "source_id": ledger.source_id,
                "source_row": ledger.source_row,
                "res_model": ledger.res_model,
                "res_id": ledger.res_id,
                "xmlid": ledger.xmlid,
                "source_hash": ledger.source_hash,
                "flags": "modified_after_load" if ledger.id in conflict_ids else False,
            }
            if action != SKIP and not record.exists():
                # went with an earlier record (a template with its last variant, a cascade)
                action, reason = SKIP, "record_missing"
            if action == SKIP:
                row.update(outcome="skipped", code=reason)
            elif action == UNLINK:
                row.update(self._undo_create(record))
            elif action == RESTORE:
                row.update(self._restore(record, ledger.previous_values_dict()))
            elif action == UNARCHIVE:
                row.update(self._unarchive(record, ledger.previous_values_dict()))
            if row["outcome"] == "loaded":
                done_ledgers |= ledger
            rows.append(row)
            phase = stats.setdefault(ledger.phase or ledger.source_object or "-", {"source": 0, "landed": 0, "rejected": 0, "skipped": 0})
            phase["source"] += 1
            phase[{"loaded": "landed", "rejected": "rejected"}.get(row["outcome"], "skipped")] += 1
        rows.extend(dict(row, run_id=rollback_run.id) for row in generated.remove())
        self.env["ferry.ledger"].sudo().create(rows)
        done_ledgers.sudo().with_context(ferry_ledger_rollback=_ledger_key()).write(
            {"rolled_back_by_id": rollback_run.id}
        )
        for seq, (name, counters) in enumerate(stats.items()):
            self.env["ferry.run.phase"].sudo().create(
                dict(counters, run_id=rollback_run.id, name=name, sequence=seq, state="done")
            )
        summary = {"of_run": self.run.id, "forced": bool(self.force), "conflicts": len(plan.conflicts),
                   "counts": {code: sum(1 for r in rows if r["code"] == code) for code in {r["code"] for r in rows}}}
        rollback_run.sudo()._set_state(rs.DONE, summary=json.dumps(summary, sort_keys=True))
        # A rollback with refused rows can be run again: only the rows still open are retried.
        if not any(r["outcome"] == "rejected" for r in rows):
            self.run.sudo().write({"rolled_back_by_id": rollback_run.id})
        _logger.info("ferry: run %s rolled back by run %s: %s", self.run.id, rollback_run.id, summary["counts"])
        return rollback_run

    def _undo_create(self, record):
        before = {"display_name": record.display_name}
        try:
            with self.env.cr.savepoint():
                record.unlink()
                self.env.flush_all()
            return {"outcome": "loaded", "code": "rollback_unlink", "operation": "delete", "previous_values": before}
        except Exception as exc:  # noqa: BLE001 - any refusal (FK, UserError, ...) falls back to archive
            self.env.invalidate_all()
            _logger.info("ferry rollback: unlink of %s refused (%s); archiving", record, exc)
        if "active" in record._fields:
            try:
                with self.env.cr.savepoint():
                    record.write({"active": False})
                    self.env.flush_all()
                return {"outcome": "loaded", "code": "rollback_archive", "operation": "archive",
                        "previous_values": {"active": True}}
            except Exception as exc:  # noqa: BLE001
                self.env.invalidate_all()
                _logger.warning("ferry rollback: archive of %s refused too (%s)", record, exc)
        return {"outcome": "rejected", "code": "rollback_refused", "operation": False, "previous_values": before}

    def _restore(self, record, previous):
        names = [n for n in previous if n in record._fields]
        current = snapshot(record, names)
        vals = {n: to_write_value(record._fields[n], previous[n]) for n in names}
        try:
            with self.env.cr.savepoint():
                if vals:
                    record.write(vals)
                self.env.flush_all()
        except Exception as exc:  # noqa: BLE001
            self.env.invalidate_all()
            _logger.warning("ferry rollback: restoring %s refused (%s)", record, exc)
            return {"outcome": "rejected", "code": "rollback_refused", "operation": False, "previous_values": current}
        return {"outcome": "loaded", "code": "rollback_restore", "operation": "update", "previous_values": current}

    def _unarchive(self, record, previous):
        previous = dict(previous)
        if "active" in record._fields:
            previous.setdefault("active", True)
        result = self._restore(record, previous)
        if result["outcome"] == "loaded":
            result["code"] = "rollback_unarchive"
        return result


class Generated:
    """Records Odoo generated along with a run's records that its ledger cannot name (see module doc).

    Found before anything is undone (the links go with the records), removed after."""

    def __init__(self, run, plan):
        self.env = run.env
        self.since = self.until = None
        stamps = [ledger.loaded_at for ledger, _a, _r, _why in plan.steps if ledger.loaded_at]
        start = run.started_at or (min(stamps) if stamps else None)
        end = max([d for d in (run.ended_at, *stamps) if d], default=None)
        if start and end:
            self.since = start - timedelta(seconds=WINDOW_SLACK)
            self.until = end + timedelta(seconds=WINDOW_SLACK)
        events = self.env["calendar.event"].browse() if "calendar.event" in self.env else None
        for _ledger, action, record, _why in plan.steps:
            if action == UNLINK and events is not None and record is not None and record._name == "calendar.event":
                events |= record
        self.recurrences = self._recurrences(events) if events else None
        touches_tasks = any(ledger.res_model == "project.task" for ledger, _a, _r, _why in plan.steps)
        self.stages = self._personal_stages() if touches_tasks else {}

    def _recurrences(self, events):
        Recurrence = self.env["calendar.recurrence"].sudo().with_context(active_test=False)
        events = events.sudo().with_context(active_test=False)
        found = events.recurrence_id | Recurrence.search([("base_event_id", "in", events.ids)])
        if self.since is None:
            return found
        found = found.filtered(lambda r: r.create_date and r.create_date >= self.since)
        # A base event off its own rule was detached (and archived) by Odoo in the same create: it
        # claims the recurrence of the run's window whose occurrences are copies of it and none of
        # whose events has an external id.
        detached = events.filtered(lambda e: e.recurrency and not e.recurrence_id)
        if not detached:
            return found
        candidates = Recurrence.search([("create_date", ">=", self.since), ("create_date", "<=", self.until), ("id", "not in", found.ids)])
        Event = self.env["calendar.event"].sudo().with_context(active_test=False)
        occurrences = Event.search([("recurrence_id", "in", candidates.ids)])
        named = set(self.env["ir.model.data"].sudo().search([("model", "=", "calendar.event"), ("res_id", "in", occurrences.ids)]).mapped("res_id"))

        def shape(event):
            return (event.name, event.user_id.id, (event.stop - event.start) if event.start and event.stop else None)

        shapes = {}
        for event in occurrences:
            entry = shapes.setdefault(event.recurrence_id.id, {"shapes": set(), "clean": True})
            entry["shapes"].add(shape(event))
            entry["clean"] &= event.id not in named
        taken = set()
        for event in detached:
            fits = [r for r in candidates if r.id not in taken and shapes.get(r.id, {}).get("clean")
                    and shapes[r.id]["shapes"] == {shape(event)}]
            if fits:
                best = min(fits, key=lambda r: abs((r.create_date - event.write_date).total_seconds()))
                taken.add(best.id)
                found |= best
        return found

    def _personal_stages(self):
        if self.since is None or "project.task.type" not in self.env or "user_id" not in self.env["project.task.type"]._fields:
            return {}
        Stage = self.env["project.task.type"].sudo().with_context(active_test=False)
        made = Stage.search([("user_id", "!=", False), ("create_date", ">=", self.since), ("create_date", "<=", self.until)])
        out = {}
        for user in made.user_id:
            mine = made.filtered(lambda s, u=user: s.user_id == u)
            # Odoo creates the set only for a user without any personal stage.
            if not Stage.search_count([("user_id", "=", user.id), ("id", "not in", mine.ids)], limit=1):
                out[user] = mine
        return out

    def remove(self):
        """Unlinks what is still there; returns ledger rows (without run_id) for the rollback run."""
        rows = []

        def gone(records, code):
            rows.extend({
                "phase": "rollback", "source_object": "(side effect)", "source_row": 0, "outcome": "loaded",
                "res_model": rec._name, "res_id": rec.id, "code": code, "operation": "delete",
                "previous_values": {"display_name": rec.display_name},
            } for rec in records)

        if self.recurrences:
            recurrences = self.recurrences.exists()
            occurrences = self.env["calendar.event"].sudo().with_context(active_test=False).search([("recurrence_id", "in", recurrences.ids)])
            gone(occurrences, "rollback_unlink_generated")
            gone(recurrences, "rollback_unlink_generated")
            try:
                with self.env.cr.savepoint():
                    occurrences.unlink()
                    recurrences.exists().unlink()
                    self.env.flush_all()
            except Exception as exc:  # noqa: BLE001
                self.env.invalidate_all()
                _logger.warning("ferry rollback: generated calendar records not removed (%s)", exc)
                rows = [dict(r, outcome="rejected", code="rollback_refused", operation=False) for r in rows]
        for _user, stages in self.stages.items():
            stages = stages.exists()
            Personal = self.env["project.task.stage.personal"].sudo()
            if not stages or Personal.search_count([("stage_id", "in", stages.ids)], limit=1) or \
                    self.env["project.task"].sudo().with_context(active_test=False).search_count([("stage_id", "in", stages.ids)], limit=1):
                continue  # still holds someone's task
            before = len(rows)
            gone(stages, "rollback_unlink_generated")
            try:
                with self.env.cr.savepoint():
                    # Odoo refuses to delete a user's last personal stage; the user had none before
                    # the run: the check is skipped as at module uninstall.
                    stages.with_context(**{MODULE_UNINSTALL_FLAG: True}).unlink()
                    self.env.flush_all()
            except Exception as exc:  # noqa: BLE001
                self.env.invalidate_all()
                _logger.warning("ferry rollback: personal stages %s not removed (%s)", stages.ids, exc)
                rows[before:] = [dict(r, outcome="rejected", code="rollback_refused", operation=False) for r in rows[before:]]
        return rows
