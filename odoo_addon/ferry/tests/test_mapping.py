# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import FerryCase


@tagged("post_install", "-at_install")
class TestMappingApproval(FerryCase):
    def setUp(self):
        super().setUp()
        self.mapping = self.env["ferry.mapping"].create(
            {
                "project_id": self.project.id,
                "source_object": "companies",
                "target_model": "res.partner",
                "line_ids": [
                    (0, 0, {"source_field": "Company Name", "proposed_target": "name", "target_field": "name",
                            "confidence": 0.98, "reason": "exact label", "approved": True}),
                    (0, 0, {"source_field": "Status", "target_field": "x_pp_status", "confidence": 0.6,
                            "approved": True, "value_map_ids": [(0, 0, {"source_value": "A", "target_value": "active",
                                                                        "approved": True})]}),
                ],
            }
        )

    def test_approve_records_who_when_and_hash(self):
        self.mapping.with_user(self.manager).action_approve()
        self.assertEqual(self.mapping.state, "approved")
        self.assertEqual(self.mapping.approved_by_id, self.manager)
        self.assertTrue(self.mapping.approved_at)
        self.assertEqual(len(self.mapping.content_hash), 64)
        self.assertTrue(self.mapping.is_approval_valid())

    def test_unapproved_line_blocks_approval(self):
        self.mapping.line_ids[0].approved = False
        with self.assertRaises(UserError):
            self.mapping.action_approve()

    def test_editing_an_approved_mapping_returns_it_to_draft(self):
        edits = [
            lambda m: m.write({"target_model": "crm.lead"}),
            lambda m: m.line_ids[0].write({"target_field": "display_name"}),
            lambda m: m.line_ids[1].value_map_ids.write({"target_value": "inactive"}),
            lambda m: self.env["ferry.mapping.line"].create({"mapping_id": m.id, "source_field": "Web"}),
            lambda m: m.line_ids[1].unlink(),
        ]
        for edit in edits:
            self.mapping.action_approve()
            approved_hash = self.mapping.content_hash
            edit(self.mapping)
            self.assertEqual(self.mapping.state, "draft")
            self.assertFalse(self.mapping.approved_by_id)
            self.assertNotEqual(self.mapping.compute_content_hash(), approved_hash)

    def test_hash_is_stable_for_same_content(self):
        first = self.mapping.compute_content_hash()
        copy = self.mapping.copy()
        self.assertEqual(copy.compute_content_hash(), first)
