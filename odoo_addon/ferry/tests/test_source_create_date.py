# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from datetime import datetime

from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged

from .common import FerryCase

SOURCE_TIME = "2019-03-04 05:06:07"


@tagged("post_install", "-at_install")
class TestSourceCreateDate(FerryCase):
    def setUp(self):
        super().setUp()
        self.run = self.claimed_run()
        self.created = self.env["res.partner"].create({"name": "Migrated"})
        self.other = self.env["res.partner"].create({"name": "Not ours"})
        self.env["ferry.run"].append_ledger(self.run.id, [self.ledger_row(self.created, "create")])

    def call(self, rows, user=None, run=None):
        Run = self.env["ferry.run"].with_user(user) if user else self.env["ferry.run"]
        return Run.set_source_create_dates((run or self.run).id, rows)

    def test_sets_create_date_of_records_the_run_created(self):
        res = self.call([{"model": "res.partner", "res_id": self.created.id, "create_date": SOURCE_TIME}], user=self.bridge_user)
        self.assertEqual(res, {"updated": 1, "refused": []})
        self.assertEqual(self.created.create_date, datetime(2019, 3, 4, 5, 6, 7))
        # write_date is left to Odoo
        self.assertGreater(self.created.write_date, datetime(2020, 1, 1))

    def test_refuses_records_not_created_by_the_run(self):
        before = self.other.create_date
        updated_row = self.ledger_row(self.other, "update", previous={"name": "x"})
        self.env["ferry.run"].append_ledger(self.run.id, [updated_row])
        res = self.call([{"model": "res.partner", "res_id": self.other.id, "create_date": SOURCE_TIME}], user=self.manager)
        self.assertEqual(res["updated"], 0)
        self.assertEqual(res["refused"][0]["reason"], "not created by this run")
        self.assertEqual(self.other.create_date, before)
        # another run's creates are not this run's
        second = self.make_run()
        self.env["ferry.run"].claim_next("w2", 60)
        res = self.call([{"model": "res.partner", "res_id": self.created.id, "create_date": SOURCE_TIME}], run=second)
        self.assertEqual(res["refused"][0]["reason"], "not created by this run")

    def test_only_bridge_and_manager(self):
        with self.assertRaises(AccessError):
            self.call([{"model": "res.partner", "res_id": self.created.id, "create_date": SOURCE_TIME}], user=self.plain_user)
        self.assertNotEqual(self.created.create_date, datetime(2019, 3, 4, 5, 6, 7))

    def test_model_names_ids_and_dates_are_validated(self):
        bad_model = 'res_partner" SET create_date = now(); --'
        res = self.call([{"model": bad_model, "res_id": 1, "create_date": SOURCE_TIME}])
        self.assertEqual(res["refused"], [{"model": bad_model, "res_id": 1, "reason": "unknown model"}])
        for row in (
            {"model": "res.partner", "res_id": "1 OR 1=1", "create_date": SOURCE_TIME},
            {"model": "res.partner", "res_id": True, "create_date": SOURCE_TIME},
            {"model": "res.partner", "res_id": self.created.id, "create_date": "2019-03-04'; DROP TABLE res_partner; --"},
            {"model": "res.partner", "res_id": self.created.id, "create_date": SOURCE_TIME, "sql": "x"},
            ["res.partner", self.created.id, SOURCE_TIME],
        ):
            with self.assertRaises(ValidationError):
                self.call([row])
        # a transient model is never a target
        self.assertEqual(self.call([{"model": "base.module.update", "res_id": 1, "create_date": SOURCE_TIME}])["refused"][0]["reason"], "unknown model")
