"""Who may do what, in one table.

Cashiers register and look up customers, check out, punch cards and run surveys. Managers
also see reports, export, merge, erase, restore and back up, change the passphrase, and
edit settings, staff, programs and surveys. Each function below refuses a cashier itself
(`staff.require_manager`), whatever the screen shows; the GUI asks `may()` only to hide
what would be refused. tests/unit/test_roles.py calls every one of them as a cashier.
"""

from __future__ import annotations

from app.core.context import Actor

MANAGER_ONLY: dict[str, str] = {
    # staff and settings
    "Shop.add_staff": "add a staff member",
    "Shop.set_staff_active": "disable or enable a staff member",
    "Shop.save_settings": "change the shop's settings",
    "staff.reset_staff_pin": "set someone's PIN",
    "surveys.send_test_email": "set up e-mail",
    # programs and surveys
    "loyalty_programs.add_program": "start a loyalty program",
    "loyalty_programs.update_program": "change a loyalty program",
    "loyalty.adjust": "correct a loyalty balance",
    "surveys.save_survey": "edit a survey",
    # reports and exports
    "report_figures.figures": "see the report's figures",
    "report_figures.month_figures": "see a month's figures",
    "monthly.write_report": "print the monthly report",
    "segments.write_winback_csv": "export the win-back list",
    "exporting.export_customers": "export customers",
    "exporting.export_purchases": "export purchases",
    "importing.run": "import customers or purchases",
    "audit.listing": "read the audit log",
    "audit.filter_choices": "read the audit log",
    "audit.export_csv": "export the audit log",
    # the customer book as a whole
    "customer_merge.merge": "merge two customers",
    "merge_undo.undo_merge": "undo a merge",
    "privacy.save_policy": "edit the privacy policy",
    "customer_data.export_data": "export a customer's data",
    "erasure.erase": "erase a customer",
    "erasure.erase_many": "erase inactive customers",
    "retention.retention_candidates": "list customers to erase",
    "retention.retention_count": "count customers to erase",
    # the shop file
    "backups.make": "back up",
    "backups.make_to": "back up to a file",
    "backups.set_folder": "choose the backup folder",
    "restore.restore": "restore a backup",
    "rekey.change_passphrase": "change the passphrase",
}


def may(actor: Actor, action: str) -> bool:
    """Whether `actor` may do `action` (a key of MANAGER_ONLY; anything else is open to
    every signed-in staff member)."""
    return actor.is_manager or action not in MANAGER_ONLY
