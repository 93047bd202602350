# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import FerryCase

FERRY_MODELS = [
    "ferry.project", "ferry.source.file", "ferry.mapping", "ferry.mapping.line", "ferry.value.map",
    "ferry.owner", "ferry.run", "ferry.run.phase", "ferry.ledger", "ferry.reject",
]


@tagged("post_install", "-at_install")
class TestSecurity(FerryCase):
    def test_non_manager_cannot_read_any_ferry_model(self):
        for model in FERRY_MODELS:
            with self.assertRaises(AccessError, msg=model):
                self.env[model].with_user(self.plain_user).search([])

    def test_non_manager_cannot_create_or_claim(self):
        with self.assertRaises(AccessError):
            self.env["ferry.project"].with_user(self.plain_user).create({"name": "x", "source_system": "plexus"})
        self.make_run()
        with self.assertRaises(AccessError):
            self.env["ferry.run"].with_user(self.plain_user).claim_next("w1", 60)
        with self.assertRaises(AccessError):
            self.project.with_user(self.plain_user).read(["name"])

    def test_manager_manages_projects_and_runs(self):
        project = self.env["ferry.project"].with_user(self.manager).create({"name": "P", "source_system": "plexus"})
        run = self.env["ferry.run"].with_user(self.manager).create({"name": "r", "project_id": project.id})
        self.assertEqual(run.state, "queued")
        run.action_pause()
        self.assertEqual(run.state, "paused")

    def test_bridge_user_has_minimal_rights(self):
        run = self.make_run()
        Run = self.env["ferry.run"].with_user(self.bridge_user)
        claim = Run.claim_next("sidecar-1", 60)
        self.assertEqual(claim["id"], run.id)
        Run.report_progress(run.id, "contacts", {"source": 3, "landed": 3})
        Run.append_ledger(run.id, [{"source_object": "contacts", "source_id": "1", "outcome": "loaded"}])
        Run.append_rejects(run.id, [{"source_object": "contacts", "code": "missing_required"}])
        Run.attach_report(run.id, "rejected_rows.csv", "YSxiCg==", "sidecar-1")
        self.assertEqual(run.report_ids.name, "rejected_rows.csv")
        # Read-only on configuration, never deletes.
        with self.assertRaises(AccessError):
            self.project.with_user(self.bridge_user).write({"name": "hijacked"})
        with self.assertRaises(AccessError):
            run.with_user(self.bridge_user).unlink()
        Run.mark_done(run.id)
        # Finished runs are out of the bridge's reach (record rule).
        with self.assertRaises(AccessError):
            run.with_user(self.bridge_user).write({"name": "renamed"})
