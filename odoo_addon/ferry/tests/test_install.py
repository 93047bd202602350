# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
from odoo.tests import tagged

from .common import FerryCase


@tagged("post_install", "-at_install")
class TestInstall(FerryCase):
    def test_module_installed_with_menu_action_and_group(self):
        module = self.env["ir.module.module"].search([("name", "=", "ferry")])
        self.assertEqual(module.state, "installed")
        action = self.env.ref("ferry.ferry_wizard_action")
        self.assertEqual(action.tag, "ferry.wizard")
        group = self.env.ref("ferry.group_ferry_manager")
        self.assertEqual(group.name, "Migration Manager")
        members = group.users if "users" in group._fields else group.user_ids  # 19: user_ids
        self.assertIn(self.env.ref("base.user_admin"), members)

    def test_migration_menu_only_for_managers(self):
        root = self.env.ref("ferry.menu_ferry_root")
        visible_manager = self.env["ir.ui.menu"].with_user(self.manager)._visible_menu_ids()
        visible_plain = self.env["ir.ui.menu"].with_user(self.plain_user)._visible_menu_ids()
        self.assertIn(root.id, visible_manager)
        self.assertNotIn(root.id, visible_plain)
        children = self.env["ir.ui.menu"].search([("parent_id", "=", root.id)]).mapped("name")
        for name in ("Wizard", "Projects", "Runs", "Ledger", "Rejects"):
            self.assertIn(name, children)

    def test_views_render_for_manager(self):
        for model in ("ferry.project", "ferry.run", "ferry.ledger", "ferry.reject", "ferry.mapping"):
            views = self.env[model].with_user(self.manager).get_views([(False, "list"), (False, "form")])
            self.assertIn("list", views["views"], model)

    def test_project_defaults(self):
        self.assertEqual(self.project.rollback_window_hours, 72)
        self.assertEqual(self.project.batch_size, 200)
        self.assertEqual(self.project.scope_list(), ["companies", "contacts"])
