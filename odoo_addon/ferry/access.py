# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Access checks that work on Odoo 17 (check_access_rights/rule) and 18+ (check_access)."""


def check_access(records, operation):
    """Raise AccessError unless the user may do ``operation`` on ``records`` (the model when empty)."""
    if hasattr(type(records), "check_access") and hasattr(type(records), "has_access"):  # 18+
        records.check_access(operation)
    else:  # pragma: no cover - Odoo 17
        records.check_access_rights(operation)
        if records:
            records.check_access_rule(operation)
