# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Two sidecars claiming at the same time, in two real transactions.

The data must be committed to be seen by other transactions, so this test commits a project
and two runs through its own cursor and deletes them again afterwards.
"""
import uuid

from odoo import SUPERUSER_ID, api
from odoo.tests import tagged

from .common import FerryCase


@tagged("post_install", "-at_install")
class TestConcurrentClaims(FerryCase):
    def _committed(self, count):
        tag = uuid.uuid4().hex[:8]
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
            project = env["ferry.project"].create({"name": f"concurrency {tag}", "source_system": "plexus"})
            runs = env["ferry.run"].create([{"name": f"c{i} {tag}", "project_id": project.id} for i in range(count)])
            cr.commit()
            return project.id, runs.ids

    def _cleanup(self, project_id):
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            project = env["ferry.project"].browse(project_id)
            cr.execute("UPDATE ferry_run SET state = 'paused', lease_holder = NULL WHERE project_id = %s", (project_id,))
            env.invalidate_all()
            project.run_ids.unlink()
            project.unlink()
            cr.commit()

    def _claim_in_parallel(self, workers, project_id):
        """Each worker claims in its own open transaction; all commit only at the end."""
        cursors = [self.registry.cursor() for _ in workers]
        try:
            claims = []
            for cr, worker in zip(cursors, workers):
                env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
                claim = env["ferry.run"].claim_next(worker, 60, [project_id])
                claims.append(claim and claim["id"])
            return claims
        finally:
            for cr in cursors:
                cr.rollback()
                cr.close()

    def test_two_sidecars_never_get_the_same_run(self):
        project_id, run_ids = self._committed(2)
        try:
            claims = self._claim_in_parallel(["sidecar-a", "sidecar-b"], project_id)
            self.assertEqual(sorted(claims), sorted(run_ids))
        finally:
            self._cleanup(project_id)

    def test_locked_run_is_skipped_not_waited_for(self):
        project_id, run_ids = self._committed(1)
        try:
            claims = self._claim_in_parallel(["sidecar-a", "sidecar-b", "sidecar-c"], project_id)
            self.assertEqual(claims.count(run_ids[0]), 1, claims)
            self.assertEqual(claims.count(False), 2, claims)
        finally:
            self._cleanup(project_id)
