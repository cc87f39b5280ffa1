"""Translated words for the customer book: field names, choice codes, channels, actions.

The core stores codes ("social_media", "3+"); people see these labels. Functions, not
constants, so a translator loaded at run time applies."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.ui.bidi import listed
from app.ui.dates import show_datetime

_CTX = "CustomerLabels"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def field_labels() -> dict[str, str]:
    return {
        "first_name": _t("First name"), "last_name": _t("Last name"), "phone": _t("Phone"),
        "email": _t("E-mail"), "address": _t("Address"), "birthday": _t("Birthday"),
        "how_heard": _t("How they heard of us"), "notes": _t("Notes"), "tags": _t("Tags"),
        "marketing_consent": _t("Marketing consent"), "income_range": _t("Household income"),
        "children": _t("Children"), "education": _t("Education"),
        "occupation": _t("Occupation"),
    }


def choice_labels() -> dict[str, dict[str, str]]:
    """Per choice field: code -> label, in the order the core declares the codes."""
    return {
        "how_heard": {
            "friend": _t("A friend told them"), "social_media": _t("Social media"),
            "walked_by": _t("Walked by the shop"), "search": _t("Web search"),
            "advert": _t("An advert"), "other": _t("Other"),
        },
        "income_range": {
            "under_25k": _t("Under 25,000 a year"), "25k_50k": _t("25,000 – 50,000 a year"),
            "50k_100k": _t("50,000 – 100,000 a year"), "100k_plus": _t("Over 100,000 a year"),
        },
        "children": {"0": _t("None"), "1": _t("One"), "2": _t("Two"), "3+": _t("Three or more")},
        "education": {
            "secondary": _t("Secondary school"), "vocational": _t("Vocational training"),
            "bachelor": _t("Bachelor's degree"), "master_plus": _t("Master's or higher"),
        },
        "occupation": {
            "employed": _t("Employed"), "self_employed": _t("Self-employed"),
            "student": _t("Student"), "retired": _t("Retired"), "homemaker": _t("Homemaker"),
            "other": _t("Other"),
        },
    }


def choice_label(field: str, code: str) -> str:
    return choice_labels().get(field, {}).get(code, code)


def channel_label(channel: str) -> str:
    return {
        "counter": _t("at the counter"), "kiosk": _t("on the kiosk"),
        "import": _t("by import"), "cli": _t("from the command line"),
    }.get(channel, channel)


def action_label(action: str) -> str:
    return {
        "view": _t("Viewed"), "create": _t("Registered"), "update": _t("Changed"),
        "erase": _t("Erased"), "merge": _t("Merged"), "export": _t("Exported"),
    }.get(action, action)


def fields_text(detail: str) -> str:
    """'email,phone' from the audit log -> 'E-mail, Phone'."""
    names = field_labels()
    return listed(names.get(f, f) for f in detail.split(",") if f)


def local_time(moment: datetime | None) -> str:
    """A stored time (UTC, naive) in this workstation's local time."""
    if moment is None:
        return ""
    return show_datetime(moment)  # the locale's format and calendar (Jalali for Persian)


def ltr(text: str) -> str:
    """Keep a phone number or code left-to-right inside right-to-left text."""
    return f"\u2066{text}\u2069" if text else text
