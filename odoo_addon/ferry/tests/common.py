# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests.common import TransactionCase, new_test_user


class FerryCase(TransactionCase):
    """Users of each kind, a project, and verbs to drive runs like the sidecar does."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.manager = new_test_user(cls.env, login="ferry_manager", groups="base.group_user,base.group_partner_manager,ferry.group_ferry_manager")
        cls.bridge_user = new_test_user(cls.env, login="ferry_bridge", groups="base.group_user,ferry.group_ferry_bridge")
        cls.plain_user = new_test_user(cls.env, login="ferry_plain", groups="base.group_user")
        cls.project = cls.env["ferry.project"].create(
            {"name": "Acme cutover", "source_system": "planplus", "scope": "companies, contacts"}
        )
        # Only runs created by the test may be claimed.
        cls.env["ferry.run"].search([("state", "=", "queued")]).write({"state": "paused"})

    def make_run(self, **vals):
        return self.env["ferry.run"].create(dict({"name": "run", "project_id": self.project.id}, **vals))

    def claimed_run(self, worker="w1", **vals):
        run = self.make_run(**vals)
        claim = self.env["ferry.run"].claim_next(worker, 60)
        self.assertEqual(claim["id"], run.id)
        return run

    def ledger_row(self, record, operation, previous=None, **extra):
        row = {
            "phase": "contacts",
            "source_system": "planplus",
            "source_object": "contacts",
            "source_id": str(record.id),
            "source_row": 2,
            "outcome": "loaded",
            "res_model": record._name,
            "res_id": record.id,
            "xmlid": f"ferry_planplus.planplus_contact_{record.id}",
            "operation": operation,
            "source_hash": "0" * 64,
        }
        if previous is not None:
            row["previous_values"] = previous
        row.update(extra)
        return row

    def shift_back(self, run, hours, records=None):
        """Pretend ``run`` (and the records it wrote) happened ``hours`` ago."""
        self.env.flush_all()
        self.env.cr.execute(
            "UPDATE ferry_ledger SET loaded_at = loaded_at - %s * interval '1 hour' WHERE run_id = %s",
            (hours, run.id),
        )
        self.env.cr.execute(
            "UPDATE ferry_run SET ended_at = ended_at - %s * interval '1 hour' WHERE id = %s", (hours, run.id)
        )
        for record in records or []:
            self.env.cr.execute(
                f'UPDATE "{record._table}" SET write_date = write_date - %s * interval \'1 hour\' WHERE id IN %s',
                (hours, tuple(record.ids)),
            )
        self.env.invalidate_all()


__all__ = ["FerryCase"]
