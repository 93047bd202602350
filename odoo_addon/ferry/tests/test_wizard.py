# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestWizard(HttpCase):
    def test_backend_bundle_contains_the_vite_build(self):
        paths = [p[0] for p in self.env["ir.asset"]._get_asset_paths("web.assets_backend", {})]
        self.assertIn("/ferry/static/src/wizard/wizard.js", paths)

    def test_migration_menu_opens_the_wizard(self):
        self.start_tour("/odoo/action-ferry.ferry_project_action", "ferry_wizard_opens", login="admin")
