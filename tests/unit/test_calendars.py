"""Dates in printed reports: the Persian (Jalali) calendar with Persian digits for fa, the
Gregorian one in each language's own format for he and en; money with Persian digits."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.core import calendars, money


@pytest.mark.parametrize(
    ("day", "jalali"),
    [
        (date(2026, 3, 21), (1405, 1, 1)),  # Nowruz 1405
        (date(2026, 3, 20), (1404, 12, 29)),  # the last day of 1404
        (date(2024, 3, 20), (1403, 1, 1)),  # Nowruz falls on the 20th in 1403
        (date(2025, 3, 20), (1403, 12, 30)),  # 1403 is a leap year: Esfand has 30 days
        (date(2026, 11, 24), (1405, 9, 3)),
        (date(1979, 2, 11), (1357, 11, 22)),
    ],
)
def test_known_days_convert_to_the_jalali_calendar(day, jalali):
    assert calendars.to_jalali(day) == jalali


def test_persian_reports_use_jalali_dates_and_persian_digits():
    assert calendars.report_date(date(2026, 3, 21), "fa", "short") == "۱۴۰۵/۰۱/۰۱"
    assert calendars.report_date(date(2026, 3, 21), "fa") == "۱ فروردین ۱۴۰۵"
    assert calendars.report_date(datetime(2026, 11, 24, 9, 30), "fa") == "۳ آذر ۱۴۰۵"
    moment = datetime(2026, 3, 21, 14, 5)
    assert calendars.report_datetime(moment, "fa", from_utc=False) == "۱۴۰۵/۰۱/۰۱، ساعت ۱۴:۰۵"


def test_hebrew_and_english_reports_use_the_gregorian_calendar():
    day = date(2026, 3, 21)
    assert calendars.report_date(day, "he") == "21 במרץ 2026"
    assert calendars.report_date(day, "he", "short") == "21.3.2026"
    assert calendars.report_date(day, "en") == "Mar 21, 2026"
    assert (
        calendars.report_datetime(datetime(2026, 3, 21, 14, 5), "he", from_utc=False)
        == "21.3.2026, 14:05"
    )


def test_a_months_title_gives_persian_readers_the_jalali_days_it_spans():
    assert calendars.report_month(2026, 3, "en") == "March 2026"
    assert calendars.report_month(2026, 3, "he") == "מרץ 2026"
    persian = calendars.report_month(2026, 3, "fa")
    assert persian == "مارس ۲۰۲۶ (۱۰ اسفند ۱۴۰۴ تا ۱۱ فروردین ۱۴۰۵)"
    assert "1" not in persian  # no Latin digits left
    assert calendars.report_month(2026, 12, "fa").endswith("(۱۰ آذر ۱۴۰۵ تا ۱۰ دی ۱۴۰۵)")


def test_stored_utc_times_are_shown_in_local_time(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tehran")  # UTC+3:30, no daylight saving since 2022
    import time

    time.tzset()
    try:
        shown = calendars.report_datetime(datetime(2026, 3, 20, 21, 0), "fa")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert shown == "۱۴۰۵/۰۱/۰۱، ساعت ۰۰:۳۰"  # already the new year in Tehran


def test_money_shows_persian_digits_and_separators_in_persian():
    assert money.display(123456, "IRR", "fa") == "\u200eریال\u00a0۱۲۳٬۴۵۶"  # rials: no decimals
    assert money.display(1250, "ILS", "fa").endswith("۱۲٫۵۰")
    assert money.display(123456, "ILS", "he") == "\u200f1,234.56\u00a0\u200f₪"
    assert money.display(123456, "ILS", "en") == "₪1,234.56"


def test_a_persian_date_keeps_its_digits_in_order_on_a_printed_line():
    """Reports lay lines out themselves: the numbers of a Jalali date stay readable (a run
    of Persian digits was once shaped right to left, printing ۱۴۰۵ as ۵۰۴۱)."""
    from app.reports.loyalty_card import layout

    moment = datetime(2026, 11, 24, 19, 51)
    made = f"تهیه شده در {calendars.report_datetime(moment, 'fa', from_utc=False)}"
    base, pieces = layout(made, 10)
    visual = [str(p.text) for p in pieces]  # left to right on the page
    assert base == "R" and visual[0] == "۱۹:۵۱"  # the time ends the line, at the far left
    assert "".join(visual[2:-1]).strip() == "۱۴۰۵/۰۹/۰۳"  # the date reads as written
    days = calendars.report_period(date(2026, 10, 1), date(2026, 10, 31), "fa")
    visual = [str(p.text).strip() for p in layout(days, 10)[1]]
    assert visual[0] == "۱۴۰۵" and visual[-1] == "۹"  # ۹ مهر ۱۴۰۵ تا ۹ آبان ۱۴۰۵, from the right
