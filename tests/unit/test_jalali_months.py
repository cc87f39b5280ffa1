"""Months in the Persian calendar: a month written with a year below 1700 is a Jalali month,
the NPS trend of a Persian shop counts answers by Jalali month, and the monthly report for
a Jalali month covers exactly its days."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from app.core import audit, calendars, customers, purchases, report_figures, surveys
from app.core.errors import ValidationError
from app.reports.monthly import make_report
from tests.unit.test_monthly_report import pdf_pages


@pytest.mark.parametrize(
    ("month", "first", "last"),
    [
        ("1405-01", date(2026, 3, 21), date(2026, 4, 20)),  # Farvardin 1405 starts at Nowruz
        ("1405-07", date(2026, 9, 23), date(2026, 10, 22)),  # Mehr: 30 days
        ("1405-08", date(2026, 10, 23), date(2026, 11, 21)),  # Aban
        ("1405-10", date(2026, 12, 22), date(2027, 1, 20)),  # Dey crosses New Year's Eve
        ("1403-12", date(2025, 2, 19), date(2025, 3, 20)),  # Esfand of a leap year: 30 days
        ("1404-12", date(2026, 2, 20), date(2026, 3, 20)),  # and of a common year: 29
        ("2026-02", date(2026, 2, 1), date(2026, 2, 28)),  # four-digit years from 1700: Gregorian
    ],
)
def test_a_months_days_in_its_own_calendar(month, first, last):
    assert calendars.month_days(month) == (first, last)
    period = report_figures.month_period(month)
    assert (period.first_day, period.last_day, period.month) == (first, last, month)


def test_jalali_months_count_on_and_name_themselves():
    assert calendars.add_months("1405-01", -1) == "1404-12"
    assert calendars.add_months("1404-12", 1) == "1405-01"
    assert calendars.month_of(date(2026, 10, 22), jalali=True) == "1405-07"  # 30 Mehr
    assert calendars.month_of(date(2026, 10, 23), jalali=True) == "1405-08"  # 1 Aban
    assert calendars.month_of(date(2026, 10, 23), jalali=False) == "2026-10"
    assert calendars.month_title("1405-07", "fa") == "مهر ۱۴۰۵"
    assert calendars.month_title("1405-08", "fa", short=True) == "آبان"
    assert calendars.month_title("1405-08", "en") == "Aban 1405"
    assert calendars.month_title("2026-10", "he") == "אוקטובר 2026"
    assert report_figures.previous(report_figures.month_period("1405-01")).month == "1404-12"
    assert report_figures.last_month(date(2026, 11, 24), jalali=True) == "1405-08"
    assert report_figures.last_month(date(2026, 11, 24)) == "2026-10"


@pytest.mark.parametrize("bad", ["1405-13", "1405-00", "1278-05", "14050-1", "1405", "x-01"])
def test_a_month_that_is_not_one_is_refused(bad):
    with pytest.raises(ValidationError):
        report_figures.month_period(bad)


def _at(monkeypatch, y: int, m: int, d: int) -> None:
    """The shop's clock at local noon that day."""
    moment = datetime(y, m, d, 12).astimezone().astimezone(UTC).replace(tzinfo=None)
    monkeypatch.setattr(audit, "now", lambda: moment)


@pytest.fixture
def autumn(shop, monkeypatch):
    """Purchases and NPS answers either side of Mehr 1405 (23 Sep - 22 Oct 2026)."""
    dana = customers.resolve(shop, "052-555-1234").id
    for (y, m, d), total in (
        ((2026, 9, 22), "11"),
        ((2026, 9, 23), "20"),
        ((2026, 10, 10), "30"),
        ((2026, 10, 22), "40"),
        ((2026, 10, 23), "55"),
    ):
        _at(monkeypatch, y, m, d)
        purchases.record(shop, dana, total, [], at=datetime(y, m, d, 12))
    survey = next(s for s in surveys.list_surveys(shop) if s.questions[0].kind == "nps")
    question = survey.questions[0].id
    for (y, m, d), score in (
        ((2026, 9, 22), 2),
        ((2026, 10, 1), 10),
        ((2026, 10, 22), 9),
        ((2026, 10, 23), 3),
        ((2026, 10, 24), 10),
    ):
        _at(monkeypatch, y, m, d)
        surveys.answer(shop, survey.id, {question: score})
    monkeypatch.undo()
    return shop


def test_the_nps_trend_counts_by_jalali_month(autumn):
    trend = surveys.nps_trend(autumn, 3, "1405-08")
    assert [n.month for n in trend] == ["1405-06", "1405-07", "1405-08"]
    shahrivar, mehr, aban = trend
    assert (shahrivar.promoters, shahrivar.detractors) == (0, 1)  # 22 Sep: 31 Shahrivar
    assert (mehr.promoters, mehr.passives, mehr.detractors) == (2, 0, 0)  # 1 and 22 Oct
    assert (aban.promoters, aban.detractors) == (1, 1)  # 23 Oct is 1 Aban, not Mehr
    assert surveys.nps(autumn, "1405-08").to_json() == aban.to_json()
    gregorian = surveys.nps_trend(autumn, 2, "2026-10")
    assert [(n.month, n.total) for n in gregorian] == [("2026-09", 1), ("2026-10", 4)]
    # a Persian trend without a last month ends with this Jalali month
    assert surveys.nps_trend(autumn, 1, jalali=True)[0].month == calendars.month_of(
        date.today(), jalali=True
    )


def test_a_jalali_months_figures_are_those_of_its_days(autumn):
    mehr = report_figures.month_figures(autumn, "1405-07")
    days = report_figures.figures(
        autumn, report_figures.day_period(date(2026, 9, 23), date(2026, 10, 22)), detail=False
    )
    assert (mehr.now.purchases, mehr.now.gross) == (3, 9000) == (days.now.purchases, days.now.gross)
    assert (mehr.now.nps.promoters, mehr.now.nps.total) == (2, 2)
    assert (mehr.before.purchases, mehr.before.gross) == (1, 1100)  # Shahrivar
    assert mehr.nps_trend[-1].month == "1405-07"
    assert [d for d, _, _ in mehr.daily][::29] == [date(2026, 9, 23), date(2026, 10, 22)]
    assert mehr.birthday_month == "1405-08"


def test_a_persian_shop_reports_last_jalali_month_by_default(shop):
    assert report_figures.default_month(shop, date(2026, 11, 24)) == "2026-10"
    shop.save_settings(language="fa")
    assert report_figures.default_month(shop, date(2026, 11, 24)) == "1405-08"


def test_birthdays_of_a_jalali_month_across_new_year(shop):
    born = {
        "Nima": "1990-12-21",
        "Shirin": "1985-12-22",
        "Leyla": "2001-01-20",
        "Omid": "1999-01-21",
    }
    for name, day in born.items():
        customers.register(
            shop,
            {
                "first_name": name,
                "last_name": "Test",
                "birthday": day,
                "email": f"{name.lower()}@example.com",
            },
        )
    count, found = report_figures._birthdays(shop, "1405-10")  # 22 Dec - 20 Jan
    ours = [b.first_name for b in found if b.first_name in born]
    assert ours == ["Shirin", "Leyla"]  # December first
    assert count == len(found) >= 2


def test_the_persian_report_for_a_jalali_month(autumn, tmp_path):
    autumn.save_settings(language="fa")
    figures, path = make_report(autumn, "1405-07", tmp_path / "mehr.pdf")
    days = report_figures.headline(
        autumn, report_figures.day_period(date(2026, 9, 23), date(2026, 10, 22))
    )
    assert (figures.now.purchases, figures.now.gross) == (days.purchases, days.gross) == (3, 9000)
    texts, _ = pdf_pages(path)
    text = "\n".join(texts)
    for expected in ("مهر ۱۴۰۵", "شهریور ۱۴۰۵", "آبان ۱۴۰۵", "۹۰٫۰۰", "صفحه ۱ از"):
        assert expected in text, expected
    # every figure, date and page number in Persian digits: the only Latin ones left would
    # be in names the shop typed
    assert not re.findall(r"[0-9]", text)


def test_the_hebrew_report_keeps_gregorian_months_and_latin_digits(autumn, tmp_path):
    autumn.save_settings(language="he")
    figures, path = make_report(autumn, None, tmp_path / "october.pdf")
    assert not calendars.is_jalali(figures.period.month)
    figures, path = make_report(autumn, "2026-10", tmp_path / "october.pdf")
    text = "\n".join(pdf_pages(path)[0])
    assert "אוקטובר 2026" in text and "עמוד 1 מתוך" in text
    assert not any("۰" <= ch <= "۹" for ch in text)
