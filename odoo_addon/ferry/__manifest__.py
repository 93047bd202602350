# Copyright 2026 Ferry contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "Ferry",
    "summary": "Control plane for migrations from Plexus Software and PlanPlus Online: "
    "projects, mappings, runs for the bridge sidecar, append-only ledger, rollback",
    "version": "18.0.1.0.0",
    "category": "Administration",
    "author": "Ferry contributors",
    "license": "LGPL-3",
    "application": True,
    "installable": True,
    "depends": ["base", "web", "mail"],
    "data": [
        "security/ferry_security.xml",
        "security/ir.model.access.csv",
        "security/ferry_rules.xml",
        "data/ferry_cron.xml",
        "views/ferry_project_views.xml",
        "views/ferry_source_file_views.xml",
        "views/ferry_mapping_views.xml",
        "views/ferry_owner_views.xml",
        "views/ferry_ledger_views.xml",
        "views/ferry_reject_views.xml",
        "views/ferry_run_views.xml",
        "views/ferry_menus.xml",
    ],
    "assets": {
        "web.assets_backend": ["ferry/static/src/**/*"],
        "web.assets_tests": ["ferry/static/tests/tours/**/*"],
    },
}
