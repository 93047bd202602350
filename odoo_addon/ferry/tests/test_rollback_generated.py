# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Server rollback: records Odoo generates along with the run's records go too (bridge parity)."""
from odoo import Command
from odoo.tests import new_test_user, tagged

from .common import FerryCase


@tagged("post_install", "-at_install")
class TestRollbackGenerated(FerryCase):
    def setUp(self):
        super().setUp()
        self.run = self.claimed_run()
        self.Run = self.env["ferry.run"]

    def _start_run_long_ago(self):
        """Everything in a test shares one transaction time: the run 'started' in 2020, records older than that existed before it."""
        self.env.flush_all()
        self.env.cr.execute("UPDATE ferry_run SET started_at = '2020-06-01 00:00:00' WHERE id = %s", (self.run.id,))
        self.run.invalidate_recordset()

    def _backdate(self, *recordsets):
        self.env.flush_all()
        for records in recordsets:
            self.env.cr.execute(f'UPDATE "{records._table}" SET create_date = %s WHERE id IN %s', ("2019-01-01 00:00:00", tuple(records.ids)))
            records.invalidate_recordset()

    def _require(self, *models):
        missing = [m for m in models if m not in self.env]
        if missing:
            self.skipTest(f"{', '.join(missing)} not installed in this database")

    def test_recurring_event_takes_its_recurrence_and_occurrences(self):
        self._require("calendar.event")
        Event = self.env["calendar.event"].with_context(active_test=False)
        theirs = Event.create({"name": "Theirs", "start": "2026-01-05 09:00:00", "stop": "2026-01-05 10:00:00",
                               "recurrency": True, "rrule_type": "weekly", "end_type": "count", "count": 3, "mon": True})
        their_occurrences = Event.search([("recurrence_id", "=", theirs.recurrence_id.id)])
        self._backdate(theirs.recurrence_id, their_occurrences)
        self._start_run_long_ago()
        on_rule = Event.create({"name": "Standup", "start": "2026-02-02 15:00:00", "stop": "2026-02-02 15:30:00",
                                "recurrency": True, "rrule_type": "weekly", "end_type": "count", "count": 4, "mon": True})
        # a Tuesday 'weekly on Monday': Odoo detaches and archives the base, no link to the recurrence is left
        off_rule = Event.create({"name": "Off rule", "start": "2026-02-03 15:00:00", "stop": "2026-02-03 16:00:00",
                                 "recurrency": True, "rrule_type": "weekly", "end_type": "count", "count": 3, "mon": True})
        self.assertFalse(off_rule.active)
        self.assertFalse(off_rule.recurrence_id)
        recurrences = self.env["calendar.recurrence"].search([("id", "!=", theirs.recurrence_id.id)])
        self.assertEqual(len(recurrences), 2)
        generated = Event.search([("recurrence_id", "in", recurrences.ids)]) - on_rule
        self.assertEqual(len(generated), 3 + 3)
        self.Run.append_ledger(self.run.id, [self.ledger_row(on_rule, "create"), self.ledger_row(off_rule, "create")])
        self.Run.mark_done(self.run.id)
        # the bridge sets the events' create_date to the source's creation time
        self._backdate(on_rule | off_rule)
        rollback_run = self.Run.browse(self.run.rollback())
        self.assertFalse(recurrences.exists())
        self.assertFalse(generated.exists())
        self.assertFalse((on_rule | off_rule).exists())
        self.assertEqual(theirs.recurrence_id.exists(), theirs.recurrence_id)
        self.assertEqual(their_occurrences.exists(), their_occurrences)
        self.assertFalse(rollback_run.ledger_ids.filtered(lambda r: r.outcome == "rejected"))
        self.assertEqual(len(rollback_run.ledger_ids.filtered(lambda r: r.code == "rollback_unlink_generated")), 6 + 2)
        self.assertEqual(self.run.rolled_back_by_id, rollback_run)

    def test_personal_stages_made_for_an_assignee_go(self):
        self._require("project.task")
        Stage = self.env["project.task.type"].with_context(active_test=False)
        ann = new_test_user(self.env, login="ferry_ann", groups="base.group_user,project.group_project_user")
        bob = new_test_user(self.env, login="ferry_bob", groups="base.group_user,project.group_project_user")
        project = self.env["project.project"].create({"name": "P"})
        bobs = self.env["project.task"].create({"name": "Bob's", "project_id": project.id, "user_ids": [Command.set(bob.ids)]})
        bob_stages = Stage.search([("user_id", "=", bob.id)])
        self.assertTrue(bob_stages)
        self._backdate(bob_stages, project, bobs)
        self._start_run_long_ago()
        task = self.env["project.task"].create({"name": "T", "project_id": project.id, "user_ids": [Command.set((ann | bob).ids)]})
        ann_stages = Stage.search([("user_id", "=", ann.id)])
        self.assertEqual(len(ann_stages), 7)
        self.Run.append_ledger(self.run.id, [self.ledger_row(task, "create")])
        self.Run.mark_done(self.run.id)
        rollback_run = self.Run.browse(self.run.rollback())
        self.assertFalse(task.exists())
        self.assertFalse(ann_stages.exists())
        self.assertEqual(Stage.search([("user_id", "=", bob.id)]), bob_stages)
        self.assertFalse(rollback_run.ledger_ids.filtered(lambda r: r.outcome == "rejected"))

    def test_template_gone_with_its_last_variant_is_skipped_not_refused(self):
        self._require("product.product")
        product = self.env["product.product"].create({"name": "Widget"})
        template = product.product_tmpl_id
        self.Run.append_ledger(self.run.id, [
            self.ledger_row(template, "create", code="side_effect"),
            self.ledger_row(product, "create"),
        ])
        self.Run.mark_done(self.run.id)
        rollback_run = self.Run.browse(self.run.rollback())
        self.assertFalse(product.exists())
        self.assertFalse(template.exists())
        rows = rollback_run.ledger_ids
        self.assertFalse(rows.filtered(lambda r: r.outcome == "rejected"))
        self.assertEqual(rows.filtered(lambda r: r.res_model == "product.template").code, "record_missing")
        self.assertEqual(self.run.rolled_back_by_id, rollback_run)
