# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
import base64

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import FerryCase


@tagged("post_install", "-at_install")
class TestProject(FerryCase):
    def test_plexus_token_is_write_only_for_managers_and_reaches_the_bridge(self):
        project = self.project.with_user(self.manager)
        project.action_store_plexus_credentials("https://plexus.example/api", "s3cr3t-token")
        self.assertTrue(project.has_plexus_token)
        self.assertEqual(project.plexus_url, "https://plexus.example/api")
        with self.assertRaises(AccessError):
            project.read(["plexus_token"])
        self.make_run()
        claim = self.env["ferry.run"].with_user(self.bridge_user).claim_next("w1", 60)
        self.assertEqual(claim["project"]["plexus_token"], "s3cr3t-token")
        # Never in the chatter.
        messages = self.env["mail.message"].search([("model", "=", "ferry.project"), ("res_id", "=", self.project.id)])
        self.assertNotIn("s3cr3t", " ".join(str(m.body) for m in messages))

    def test_non_manager_cannot_store_credentials(self):
        with self.assertRaises(AccessError):
            self.project.with_user(self.plain_user).action_store_plexus_credentials("u", "t")

    def test_source_file_upload_creates_and_cleans_attachment(self):
        data = base64.b64encode(b"Company Name\nAcme\n").decode()
        f = self.env["ferry.source.file"].with_user(self.manager).create(
            {"project_id": self.project.id, "name": "companies.csv", "upload": data, "detected_object": "companies",
             "row_count": 1}
        )
        attachment = f.attachment_id
        self.assertEqual(base64.b64decode(attachment.datas), b"Company Name\nAcme\n")
        self.assertEqual((attachment.res_model, attachment.res_id), ("ferry.source.file", f.id))
        f.unlink()
        self.assertFalse(attachment.exists())
