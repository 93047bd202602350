# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64
from unittest.mock import patch
from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import FerryCase


@tagged("post_install", "-at_install")
class TestRunQueue(FerryCase):
    def test_claim_takes_oldest_queued_and_returns_payload(self):
        first, second = self.make_run(name="first"), self.make_run(name="second")
        claim = self.env["ferry.run"].claim_next("w1", 120)
        self.assertEqual(claim["id"], first.id)
        self.assertEqual(claim["project"]["source_system"], "planplus")
        self.assertEqual(claim["project"]["rollback_window_hours"], 72)
        self.assertEqual(first.state, "claimed")
        self.assertEqual(first.lease_holder, "w1")
        self.assertEqual(first.attempts, 1)
        self.assertEqual(second.state, "queued")
        self.assertEqual(self.env["ferry.run"].claim_next("w2", 120)["id"], second.id)
        self.assertFalse(self.env["ferry.run"].claim_next("w3", 120))

    def test_worker_id_required(self):
        with self.assertRaises(ValidationError):
            self.env["ferry.run"].claim_next("", 60)

    def test_progress_phases_and_done(self):
        run = self.claimed_run()
        Run = self.env["ferry.run"]
        Run.report_progress(run.id, "companies", {"source": 10, "landed": 9, "rejected": 1, "sequence": 1}, "w1")
        self.assertEqual(run.state, "running")
        Run.report_progress(run.id, "companies", {"source": 10, "landed": 10, "rejected": 0, "state": "done"})
        Run.report_progress(run.id, "contacts", {"source": 5, "landed": 4, "skipped": 1})
        self.assertEqual(len(run.phase_ids), 2)
        companies = run.phase_ids.filtered(lambda p: p.name == "companies")
        self.assertEqual((companies.landed, companies.rejected, companies.state), (10, 0, "done"))
        self.assertEqual((run.source_total, run.landed_total, run.skipped_total), (15, 14, 1))
        self.assertEqual(run.current_phase, "contacts")
        progress = Run.get_progress([run.id])[0]
        self.assertEqual(progress["phases"][1]["landed"], 4)
        att_id = Run.attach_report(run.id, "report.html", base64.b64encode(b"<h1>ok</h1>").decode())
        self.assertEqual(run.report_ids.ids, [att_id])
        self.assertEqual(run.report_ids.mimetype, "text/html")
        Run.mark_done(run.id, {"objects": []})
        self.assertEqual(run.state, "done")
        self.assertEqual(set(run.phase_ids.mapped("state")), {"done"})
        self.assertFalse(run.lease_holder)
        self.assertTrue(run.ended_at)
        with self.assertRaises(UserError):
            Run.report_progress(run.id, "contacts", {"source": 1})

    def test_progress_is_pushed_on_the_bus_to_managers(self):
        run = self.claimed_run()
        with patch.object(self.registry["bus.bus"], "_sendone") as send:
            self.env["ferry.run"].report_progress(run.id, "contacts", {"source": 5, "landed": 2})
        targets = {call.args[0] for call in send.call_args_list}
        self.assertIn(self.manager.partner_id, targets)
        self.assertNotIn(self.plain_user.partner_id, targets)
        payload = send.call_args_list[-1].args[2]
        self.assertEqual(send.call_args_list[-1].args[1], "ferry.run/progress")
        self.assertEqual((payload["id"], payload["state"]), (run.id, "running"))
        self.assertEqual(payload["phases"][0]["landed"], 2)

    def test_other_worker_cannot_report(self):
        run = self.claimed_run("w1")
        with self.assertRaises(UserError):
            self.env["ferry.run"].append_ledger(run.id, [], worker_id="w2")
        self.assertFalse(self.env["ferry.run"].heartbeat(run.id, "w2")["ok"])

    def test_append_ledger_and_rejects_in_batches(self):
        run = self.claimed_run()
        rows = [{"source_object": "contacts", "source_id": str(i), "source_row": i + 2, "outcome": "loaded",
                 "res_model": "res.partner", "res_id": i + 1, "operation": "create"} for i in range(250)]
        self.assertEqual(self.env["ferry.run"].append_ledger(run.id, rows), 250)
        self.assertEqual(run.ledger_count, 250)
        with self.assertRaises(ValidationError):
            self.env["ferry.run"].append_ledger(run.id, [{"source_id": "1", "outcome": "loaded", "password": "x"}])
        n = self.env["ferry.run"].append_rejects(
            run.id, [{"source_object": "contacts", "source_row": 7, "field": "Email", "code": "missing_required",
                      "reason": "Email is empty"}])
        self.assertEqual((n, run.reject_count), (1, 1))

    def test_append_ledger_accepts_the_bridge_jsonl_shape(self):
        run = self.claimed_run()
        partner = self.env["res.partner"].create({"name": "Mirrored"})
        line = {"run": "20261123-1", "phase": "contacts", "source": "planplus", "object": "contacts",
                "source_id": 100245, "source_row": 3, "model": "res.partner", "res_id": partner.id,
                "xmlid": "ferry_planplus.planplus_contact_100245", "operation": "update", "outcome": "updated",
                "flags": ["email_invalid"], "previous": {"name": "Before"}, "time": "2026-11-23T10:00:00Z"}
        unchanged = dict(line, operation="unchanged", outcome="unchanged", previous=None)
        self.env["ferry.run"].append_ledger(run.id, [line, unchanged])
        rows = run.ledger_ids.sorted("id")
        self.assertEqual(rows.mapped("outcome"), ["loaded", "skipped"])
        self.assertEqual(rows.mapped("code"), ["updated", "unchanged"])
        self.assertEqual(rows.mapped("operation"), ["update", False])
        self.assertEqual((rows[0].source_system, rows[0].source_object, rows[0].res_model, rows[0].source_id),
                         ("planplus", "contacts", "res.partner", "100245"))
        self.assertEqual(rows[0].previous_values_dict(), {"name": "Before"})
        self.assertEqual(rows[0].flags, "email_invalid")
        with self.assertRaises(ValidationError):
            self.env["ferry.run"].append_ledger(run.id, [dict(line, outcome="teleported")])

    def test_halt_accept_gate_requeues_with_accepted_phase(self):
        run = self.claimed_run()
        self.env["ferry.run"].report_progress(run.id, "contacts", {"source": 100, "rejected": 5})
        self.env["ferry.run"].mark_halted(run.id, "contacts", "5 % rejected > 1 %")
        self.assertEqual(run.state, "halted")
        self.assertEqual(run.phase_ids.state, "halted")
        run.action_accept_gate()
        self.assertEqual(run.state, "queued")
        claim = self.env["ferry.run"].claim_next("w2", 60)
        self.assertEqual(claim["accepted_phases"], ["contacts"])

    def test_failed_and_pause(self):
        run = self.claimed_run()
        run.action_pause()
        self.assertEqual(run.state, "paused")
        self.assertFalse(self.env["ferry.run"].heartbeat(run.id, "w1")["ok"])
        with self.assertRaises(UserError):
            self.env["ferry.run"].mark_failed(run.id, "boom")
        run.action_requeue()
        self.env["ferry.run"].claim_next("w1", 60)
        self.env["ferry.run"].mark_failed(run.id, "Odoo unreachable")
        self.assertEqual((run.state, run.message), ("failed", "Odoo unreachable"))
        with self.assertRaises(UserError):
            run.action_requeue()


@tagged("post_install", "-at_install")
class TestLeaseExpiry(FerryCase):
    def test_expired_lease_returns_run_to_queue(self):
        run = self.claimed_run("w1")
        self.assertTrue(self.env["ferry.run"].heartbeat(run.id, "w1")["ok"])
        run.write({"lease_expires_at": fields.Datetime.now() - timedelta(minutes=1)})
        self.assertEqual(self.env["ferry.run"]._requeue_expired(), 1)
        self.assertEqual(run.state, "queued")
        self.assertFalse(run.lease_holder)
        # The old worker learns it lost the run; another worker picks it up.
        self.assertFalse(self.env["ferry.run"].heartbeat(run.id, "w1")["ok"])
        claim = self.env["ferry.run"].claim_next("w2", 60)
        self.assertEqual(claim["id"], run.id)
        self.assertEqual((run.lease_holder, run.attempts), ("w2", 2))
        with self.assertRaises(UserError):
            self.env["ferry.run"].report_progress(run.id, "contacts", {"source": 1}, "w1")

    def test_live_lease_is_kept(self):
        run = self.claimed_run("w1")
        self.assertEqual(self.env["ferry.run"]._requeue_expired(), 0)
        self.assertEqual(run.state, "claimed")
        self.assertFalse(self.env["ferry.run"].claim_next("w2", 60))

    def test_claim_requeues_expired_first(self):
        run = self.claimed_run("w1")
        run.write({"lease_expires_at": fields.Datetime.now() - timedelta(seconds=5)})
        self.assertEqual(self.env["ferry.run"].claim_next("w2", 60)["id"], run.id)

    def test_cron_requeues(self):
        cron = self.env.ref("ferry.ir_cron_ferry_requeue_expired")
        self.assertTrue(cron.active)
        run = self.claimed_run("w1")
        run.write({"lease_expires_at": fields.Datetime.now() - timedelta(seconds=5)})
        cron.ir_actions_server_id.run()
        run.invalidate_recordset()
        self.assertEqual(run.state, "queued")
