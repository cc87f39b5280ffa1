"""Dates in the monthly report's language: month and day names, table dates (the Persian
calendar in fa), weekday names, stored times in local time."""

from __future__ import annotations

from datetime import UTC, date, datetime

from babel.dates import format_date, get_day_names

from app.core import calendars
from app.reports.monthly_words import LOCALES, current


def month_name(day: date) -> str:
    return format_date(day, "LLLL yyyy", locale=loc())


def loc() -> str:
    return LOCALES.get(current.get(), "en")


def day_name(day: date, pattern: str = "d MMMM") -> str:
    if current.get() == "fa" and "d" in pattern:  # a day: in the Persian (Jalali) calendar
        weekday = format_date(day, "EEE ", locale=loc()) if "E" in pattern else ""
        return weekday + calendars.report_date(day, "fa", "medium" if "y" in pattern else "day")
    return format_date(day, pattern, locale=loc())


def short_day(at: datetime) -> str:
    """A stored time's day in a table: 2026-03-21, or 1405/01/01 in Persian."""
    return calendars.report_date(local(at), "fa", "short") if current.get() == "fa" \
        else local(at).strftime("%Y-%m-%d")


def weekday_names(width: str = "wide") -> list[str]:
    """Monday first, in the report's language."""
    names = get_day_names(width, locale=loc())
    return [names[i] for i in range(7)]


def local(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC).astimezone()

