# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import json

import psycopg2

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import FerryCase


@tagged("post_install", "-at_install")
class TestLedgerImmutable(FerryCase):
    def setUp(self):
        super().setUp()
        self.run = self.claimed_run()
        partner = self.env["res.partner"].create({"name": "Ledgered"})
        self.env["ferry.run"].append_ledger(
            self.run.id, [self.ledger_row(partner, "create", flags=["email_invalid", "phone_invalid"])]
        )
        self.row = self.run.ledger_ids

    def test_rows_are_created_with_server_time_and_normalized(self):
        self.assertEqual(len(self.row), 1)
        self.assertEqual(self.row.flags, "email_invalid,phone_invalid")
        self.assertTrue(self.row.loaded_at)

    def test_write_refused_for_everyone(self):
        for env in (self.env, self.env(user=self.manager), self.env(user=self.bridge_user), self.env(su=True)):
            with self.assertRaises(UserError):  # AccessError is a UserError
                self.row.with_env(env).write({"res_id": 999})
        self.assertNotEqual(self.row.res_id, 999)

    def test_unlink_refused_for_everyone(self):
        for env in (self.env, self.env(user=self.manager), self.env(su=True)):
            with self.assertRaises(UserError):  # AccessError is a UserError
                self.row.with_env(env).unlink()
        self.assertTrue(self.row.exists())

    def test_context_flag_from_a_client_does_not_unlock(self):
        # A JSON-RPC client can put any JSON value in the context; only the rollback's object works.
        with self.assertRaises(UserError):
            self.row.sudo().with_context(ferry_ledger_rollback=True).write({"rolled_back_by_id": self.run.id})

    def test_rollback_is_the_only_writer(self):
        self.env["ferry.run"].mark_done(self.run.id)
        rollback_run = self.env["ferry.run"].browse(self.run.rollback())
        self.assertEqual(self.row.rolled_back_by_id, rollback_run)
        self.assertEqual(rollback_run.ledger_ids.code, "rollback_unlink")
        self.assertEqual(json.loads(rollback_run.ledger_ids.previous_values), {"display_name": "Ledgered"})

    def test_run_with_ledger_cannot_be_deleted(self):
        self.env["ferry.run"].mark_done(self.run.id)
        with mute_logger("odoo.sql_db"), self.assertRaises(psycopg2.IntegrityError), self.env.cr.savepoint():
            self.run.unlink()
        self.assertTrue(self.row.exists())


@tagged("post_install", "-at_install")
class TestLedgerSideEffects(FerryCase):
    def test_side_effect_row_is_kept_and_undone_after_its_maker(self):
        run = self.claimed_run()
        Partner = self.env["res.partner"]
        # What Odoo does for an employee: a work contact is made along with the record we create.
        made = Partner.create({"name": "Work contact"})
        maker = Partner.create({"name": "Employee stand-in"})
        self.env["ferry.run"].append_ledger(run.id, [
            self.ledger_row(made, "create", code="side_effect", side_effect_of=f"res.partner.{maker.id}.child_ids",
                            xmlid=False),
            self.ledger_row(maker, "create"),
        ])
        side = run.ledger_ids.filtered(lambda r: r.code == "side_effect")
        self.assertEqual(side.side_effect_of, f"res.partner.{maker.id}.child_ids")
        self.env["ferry.run"].mark_done(run.id)
        rollback_run = self.env["ferry.run"].browse(run.rollback())
        self.assertFalse(made.exists())
        self.assertFalse(maker.exists())
        # Newest first: the maker goes before what Odoo made for it.
        self.assertEqual(rollback_run.ledger_ids.sorted("id").mapped("res_id"), [maker.id, made.id])


@tagged("post_install", "-at_install")
class TestLedgerMirrorResume(FerryCase):
    """The sidecar mirrors its local ledger.jsonl line by line (``run`` + ``seq``); after a crash
    it asks where the mirror stopped and re-sends from there, possibly lines that did arrive."""

    def line(self, partner, seq, bridge_run="20261123-221000-planplus-ab12"):
        return {"run": bridge_run, "seq": seq, "phase": "contacts", "source": "planplus", "object": "contacts",
                "source_id": str(seq), "source_row": seq, "model": "res.partner", "res_id": partner.id,
                "xmlid": f"ferry_planplus.planplus_contact_{seq}", "operation": "create", "outcome": "loaded",
                "time": "2026-11-23T22:10:00Z"}

    def test_resend_after_crash_creates_each_line_once(self):
        run = self.claimed_run()
        Run = self.env["ferry.run"]
        partners = self.env["res.partner"].create([{"name": f"P{i}"} for i in range(1, 6)])
        self.assertEqual(Run.ledger_acknowledged(run.id, "20261123-221000-planplus-ab12"), 0)
        self.assertEqual(Run.append_ledger(run.id, [self.line(p, i + 1) for i, p in enumerate(partners[:3])]), 3)
        self.assertEqual(Run.ledger_acknowledged(run.id, "20261123-221000-planplus-ab12"), 3)
        # crash after the addon committed lines 4-5 but before the sidecar heard back: they come again
        Run.append_ledger(run.id, [self.line(partners[3], 4), self.line(partners[4], 5)])
        n = Run.append_ledger(run.id, [self.line(p, i + 1) for i, p in enumerate(partners)])
        self.assertEqual(n, 0)
        self.assertEqual(run.ledger_count, 5)
        self.assertEqual(sorted(run.ledger_ids.mapped("ledger_seq")), [1, 2, 3, 4, 5])
        self.assertEqual(set(run.ledger_ids.mapped("bridge_run")), {"20261123-221000-planplus-ab12"})
        # the same line twice in one batch lands once
        p6 = self.env["res.partner"].create({"name": "P6"})
        self.assertEqual(Run.append_ledger(run.id, [self.line(p6, 6), self.line(p6, 6)]), 1)
        self.assertEqual(Run.ledger_acknowledged(run.id, "20261123-221000-planplus-ab12"), 6)

    def test_line_numbers_are_per_bridge_run_and_optional(self):
        run = self.claimed_run()
        Run = self.env["ferry.run"]
        p = self.env["res.partner"].create({"name": "P"})
        # another local ledger (a fresh folder on another machine) starts at 1 again: not a duplicate
        count = lambda: self.env["ferry.ledger"].search_count([("run_id", "=", run.id)])  # noqa: E731
        Run.append_ledger(run.id, [self.line(p, 1, "bridge-a"), self.line(p, 1, "bridge-b")])
        self.assertEqual(count(), 2)
        self.assertEqual(Run.ledger_acknowledged(run.id, "bridge-b"), 1)
        # rows without a line number (older sidecars, other callers) are never deduplicated
        plain = self.ledger_row(p, "update")
        Run.append_ledger(run.id, [plain, plain])
        self.assertEqual(count(), 4)
        for bad in ({"seq": 0}, {"seq": "3"}, {"seq": True}, {"run": False}):
            with self.assertRaises(ValidationError):
                Run.append_ledger(run.id, [dict(self.line(p, 9), **bad)])

    def test_acknowledged_needs_the_lease(self):
        run = self.claimed_run(worker="w1")
        with self.assertRaises(UserError):
            self.env["ferry.run"].ledger_acknowledged(run.id, "bridge-a", worker_id="w2")
