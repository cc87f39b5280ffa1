"""The audit log's actions and kinds of record in the workstation's language. The log stores
codes ("create", "survey_response"); English shows the codes themselves (the words of the
exported CSV), Hebrew and Persian their translations. A code not listed shows as it is."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

from app.ui.bidi import language


def action_names() -> dict[str, str]:
    return {
        "acknowledge": QCoreApplication.translate("AuditLabels", "acknowledge"),
        "adjust": QCoreApplication.translate("AuditLabels", "adjust"),
        "backup": QCoreApplication.translate("AuditLabels", "backup"),
        "create": QCoreApplication.translate("AuditLabels", "create"),
        "disable": QCoreApplication.translate("AuditLabels", "disable"),
        "enable": QCoreApplication.translate("AuditLabels", "enable"),
        "erase": QCoreApplication.translate("AuditLabels", "erase"),
        "export": QCoreApplication.translate("AuditLabels", "export"),
        "import": QCoreApplication.translate("AuditLabels", "import"),
        "login": QCoreApplication.translate("AuditLabels", "login"),
        "login_failed": QCoreApplication.translate("AuditLabels", "login_failed"),
        "merge": QCoreApplication.translate("AuditLabels", "merge"),
        "merged_into": QCoreApplication.translate("AuditLabels", "merged_into"),
        "print_card": QCoreApplication.translate("AuditLabels", "print_card"),
        "redeem": QCoreApplication.translate("AuditLabels", "redeem"),
        "refund": QCoreApplication.translate("AuditLabels", "refund"),
        "rekey": QCoreApplication.translate("AuditLabels", "rekey"),
        "replace_card": QCoreApplication.translate("AuditLabels", "replace_card"),
        "reset_pin": QCoreApplication.translate("AuditLabels", "reset_pin"),
        "resolve": QCoreApplication.translate("AuditLabels", "resolve"),
        "restore": QCoreApplication.translate("AuditLabels", "restore"),
        "unmerge": QCoreApplication.translate("AuditLabels", "unmerge"),
        "update": QCoreApplication.translate("AuditLabels", "update"),
        "view": QCoreApplication.translate("AuditLabels", "view"),
        "void": QCoreApplication.translate("AuditLabels", "void"),
    }


def record_names() -> dict[str, str]:
    return {
        "alert": QCoreApplication.translate("AuditLabels", "alert"),
        "audit": QCoreApplication.translate("AuditLabels", "audit"),
        "customer": QCoreApplication.translate("AuditLabels", "customer"),
        "privacy_policy": QCoreApplication.translate("AuditLabels", "privacy_policy"),
        "program": QCoreApplication.translate("AuditLabels", "program"),
        "purchase": QCoreApplication.translate("AuditLabels", "purchase"),
        "report": QCoreApplication.translate("AuditLabels", "report"),
        "settings": QCoreApplication.translate("AuditLabels", "settings"),
        "shop": QCoreApplication.translate("AuditLabels", "shop"),
        "staff": QCoreApplication.translate("AuditLabels", "staff"),
        "survey": QCoreApplication.translate("AuditLabels", "survey"),
        "survey_response": QCoreApplication.translate("AuditLabels", "survey_response"),
        "winback": QCoreApplication.translate("AuditLabels", "winback"),
    }


@cache
def _names(in_language: str) -> tuple[dict[str, str], dict[str, str]]:
    """Both tables in `in_language`, translated once (the log's cells ask for every paint)."""
    return action_names(), record_names()


def action_name(code: str) -> str:
    return _names(language())[0].get(code, code)


def record_name(code: str) -> str:
    return _names(language())[1].get(code, code)
