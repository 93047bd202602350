# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from unittest.mock import patch

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged
from odoo.tools import mute_logger

from ..rollback import snapshot
from .common import FerryCase

FIELDS = ["name", "email", "phone", "website", "street", "city", "zip", "country_id", "parent_id",
          "category_id", "comment", "is_company", "active", "ref"]


@tagged("post_install", "-at_install")
class TestRollback(FerryCase):
    def setUp(self):
        super().setUp()
        Partner = self.env["res.partner"]
        self.tag_a = self.env["res.partner.category"].create({"name": "ferry A"})
        self.tag_b = self.env["res.partner.category"].create({"name": "ferry B"})
        self.other = Partner.create({"name": "Other Co", "is_company": True})
        self.country = self.env.ref("base.be")
        # A record that existed before the migration, which the run updates.
        self.existing = Partner.create({
            "name": "Existing", "email": "old@example.com", "phone": False, "website": "https://old.example",
            "street": "1 Old Street", "city": "Ghent", "zip": "9000", "country_id": self.country.id,
            "category_id": [Command.set(self.tag_a.ids)], "comment": "<p>keep me</p>", "ref": "R-1",
        })
        self.before = snapshot(self.existing, FIELDS)
        self.run = self.claimed_run()
        Run = self.env["ferry.run"]
        # What the bridge does: read previous values, write, ledger it.
        prev = self.existing.read(FIELDS)[0]
        prev.pop("id")
        self.existing.write({
            "name": "Existing (migrated)", "email": False, "phone": "+32 9 000 00 00", "website": False,
            "street": "2 New Street", "city": False, "zip": "9050", "country_id": False,
            "parent_id": self.other.id, "category_id": [Command.set((self.tag_a | self.tag_b).ids)],
            "comment": False, "ref": "PP-100",
        })
        self.company = Partner.create({"name": "Created Co", "is_company": True})
        self.contact = Partner.create({"name": "Created Person", "parent_id": self.company.id})
        Run.append_ledger(self.run.id, [
            self.ledger_row(self.company, "create", phase="companies", source_object="companies"),
            self.ledger_row(self.contact, "create"),
            self.ledger_row(self.existing, "update", previous=prev),
            {"source_object": "contacts", "source_id": "bad", "outcome": "rejected", "code": "missing_required"},
        ])
        Run.mark_done(self.run.id)

    def test_rollback_restores_values_exactly_and_removes_created(self):
        rollback_run = self.env["ferry.run"].browse(self.run.rollback())
        self.existing.invalidate_recordset()
        self.assertEqual(snapshot(self.existing, FIELDS), self.before)
        self.assertFalse(self.company.exists())
        self.assertFalse(self.contact.exists())
        # Itself ledgered, newest first (contact before its company), and linked both ways.
        self.assertEqual(rollback_run.run_type, "rollback")
        self.assertEqual(rollback_run.state, "done")
        self.assertEqual(rollback_run.rollback_of_id, self.run)
        self.assertEqual(self.run.rolled_back_by_id, rollback_run)
        rows = rollback_run.ledger_ids.sorted("id")
        self.assertEqual(rows.mapped("code"), ["rollback_restore", "rollback_unlink", "rollback_unlink"])
        self.assertEqual(rows.mapped("res_id"), [self.existing.id, self.contact.id, self.company.id])
        self.assertEqual(rows[0].previous_values_dict()["name"], "Existing (migrated)")
        self.assertEqual(self.run.ledger_ids.filtered("operation").rolled_back_by_id, rollback_run)
        self.assertEqual(rollback_run.landed_total, 3)

    def test_later_run_on_the_same_records_must_be_rolled_back_first(self):
        delta = self.claimed_run(run_type="delta")
        prev = {"name": self.company.name}
        self.company.write({"name": "Created Co (delta)"})
        self.env["ferry.run"].append_ledger(delta.id, [self.ledger_row(self.company, "update", previous=prev)])
        self.env["ferry.run"].mark_done(delta.id)
        with self.assertRaises(UserError) as err:
            self.run.rollback()
        self.assertIn("Roll them back first", str(err.exception))
        self.assertTrue(self.company.exists())
        delta.rollback()
        self.assertEqual(self.company.name, "Created Co")
        # The full run happened hours before the delta's rollback touched the company: that write
        # was Ferry's own (ledgered by the rollback run), not a user edit, so no force is needed.
        self.shift_back(self.run, 3, [self.existing, self.contact, self.other])
        self.run.rollback()
        self.assertFalse(self.company.exists())

    def test_second_rollback_refused(self):
        self.run.rollback()
        with self.assertRaises(UserError):
            self.run.rollback()

    def test_records_modified_after_migration_block_unless_forced(self):
        self.shift_back(self.run, 2, [self.existing, self.company, self.contact, self.other])
        self.contact.write({"email": "fixed.by.user@example.com"})  # someone corrected it in Odoo
        with self.assertRaises(UserError) as err:
            self.run.rollback()
        self.assertIn("Created Person", str(err.exception))
        # Nothing changed.
        self.assertTrue(self.company.exists() and self.contact.exists())
        self.assertEqual(self.existing.name, "Existing (migrated)")
        self.assertFalse(self.run.rolled_back_by_id)
        rollback_run = self.env["ferry.run"].browse(self.run.rollback(force=True))
        self.assertFalse(self.contact.exists())
        flagged = rollback_run.ledger_ids.filtered(lambda r: r.flags == "modified_after_load")
        self.assertEqual(flagged.res_id, self.contact.id)

    def test_outside_window_refused(self):
        self.shift_back(self.run, 73, [self.existing, self.company, self.contact, self.other])
        with self.assertRaises(UserError) as err:
            self.run.rollback()
        self.assertIn("rollback window", str(err.exception))
        self.project.rollback_window_hours = 100
        self.run.rollback()
        self.assertFalse(self.company.exists())

    def test_archive_when_unlink_refused(self):
        # A project created by a run, then referenced by another run (ondelete=restrict).
        run = self.claimed_run()
        created = self.env["ferry.project"].create({"name": "created", "source_system": "plexus"})
        self.env["ferry.run"].append_ledger(run.id, [self.ledger_row(created, "create")])
        self.env["ferry.run"].mark_done(run.id)
        self.env["ferry.run"].create({"name": "blocker", "project_id": created.id, "state": "paused"})
        with mute_logger("odoo.sql_db"):
            rollback_run = self.env["ferry.run"].browse(run.rollback())
        self.assertTrue(created.exists())
        self.assertFalse(created.active)
        self.assertEqual(rollback_run.ledger_ids.code, "rollback_archive")

    def test_record_deleted_since_is_skipped(self):
        self.contact.unlink()
        rollback_run = self.env["ferry.run"].browse(self.run.rollback())
        skipped = rollback_run.ledger_ids.filtered(lambda r: r.outcome == "skipped")
        self.assertEqual(skipped.code, "record_missing")
        self.assertEqual(rollback_run.skipped_total, 1)

    def test_only_managers_roll_back(self):
        with self.assertRaises(AccessError):
            self.run.with_user(self.bridge_user).rollback()
        with self.assertRaises(AccessError):
            self.run.with_user(self.plain_user).rollback()
        self.assertTrue(self.company.exists())
        self.run.with_user(self.manager).rollback()
        self.assertFalse(self.company.exists())

    def test_manager_without_rights_on_the_records_is_stopped_before_any_change(self):
        no_contacts = new_test_user(self.env, login="ferry_mgr_nc", groups="base.group_user,ferry.group_ferry_manager")
        with self.assertRaises(AccessError) as err:
            self.run.with_user(no_contacts).rollback()
        self.assertIn("res.partner", str(err.exception))
        self.assertTrue(self.company.exists() and self.contact.exists())
        self.assertFalse(self.run.rolled_back_by_id)

    def test_refused_rows_can_be_retried(self):
        with patch.object(self.registry["res.partner"], "write", side_effect=UserError("locked")), \
                mute_logger("odoo.addons.ferry.rollback"):
            first = self.env["ferry.run"].browse(self.run.rollback())
        self.assertEqual(sorted(first.ledger_ids.mapped("code")), ["rollback_refused", "rollback_unlink", "rollback_unlink"])
        self.assertFalse(self.run.rolled_back_by_id)
        self.assertEqual(self.existing.name, "Existing (migrated)")
        second = self.env["ferry.run"].browse(self.run.rollback())
        self.assertEqual(second.ledger_ids.mapped("code"), ["rollback_restore"])
        self.assertEqual(snapshot(self.existing, FIELDS), self.before)
        self.assertEqual(self.run.rolled_back_by_id, second)

    def test_running_run_cannot_be_rolled_back(self):
        run = self.claimed_run()
        with self.assertRaises(UserError):
            run.rollback()

    def test_preview_changes_nothing(self):
        action = self.run.action_rollback_preview()
        self.assertEqual(action["tag"], "display_notification")
        self.assertIn("unlink: 2", action["params"]["message"])
        self.assertIn("restore: 1", action["params"]["message"])
        self.assertTrue(self.company.exists())


@tagged("post_install", "-at_install")
class TestRollbackOwnUpdates(FerryCase):
    def test_updates_of_records_the_run_created_are_not_restored_nor_counted(self):
        run = self.claimed_run()
        Partner = self.env["res.partner"]
        before = Partner.create({"name": "Was there", "ref": "old"})
        made = Partner.create({"name": "Made by the run"})
        prev_made = {"ref": False}
        made.write({"ref": "second pass"})  # e.g. a parent or custom value written in a later step
        prev_before = {"ref": "old"}
        before.write({"ref": "new"})
        self.env["ferry.run"].append_ledger(run.id, [
            self.ledger_row(made, "create"),
            self.ledger_row(made, "update", previous=prev_made),
            self.ledger_row(before, "update", previous=prev_before),
        ])
        self.assertEqual(run.rollback_counts(), {"create": 1, "update": 1, "archive": 0, "delete": 0})
        self.env["ferry.run"].mark_done(run.id)
        rollback_run = self.env["ferry.run"].browse(run.rollback())
        self.assertFalse(made.exists())
        self.assertEqual(before.ref, "old")
        codes = sorted(rollback_run.ledger_ids.mapped("code"))
        self.assertEqual(codes, ["created_by_run", "rollback_restore", "rollback_unlink"])
