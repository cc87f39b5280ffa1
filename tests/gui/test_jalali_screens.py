"""Persian screens count months in the Persian calendar: the Surveys screen's months and NPS
trend, the Reports screen's month list and the Dashboard's "this month" and "last month";
English screens keep Gregorian months. NPS shows as one whole number with its sign."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.core import calendars, report_figures
from app.ui.screens.dashboard import DashboardScreen
from app.ui.screens.reports import ReportsScreen
from app.ui.screens.surveys import SurveysScreen
from app.ui.widgets.nps_chart import month_label
from tests.gui.test_surveys_alerts import give_scores, show, state_for

LATIN_DIGIT = re.compile("[0-9]")
TODAY = date.today()


@pytest.mark.parametrize("language", ["fa"], indirect=True)
def test_persian_surveys_screen_counts_jalali_months(language, qtbot, shop, shop_dir, tmp_path):
    give_scores(shop, 10, 9, 9, 8, 7, 3, 0)  # (3 - 2) / 7: +14.3, shown +14
    screen = show(qtbot, SurveysScreen(state_for(shop, shop_dir, tmp_path)))
    this_month = calendars.month_of(TODAY, jalali=True)
    assert screen.month.currentData() == this_month
    assert [m.month for m in screen.chart.months][-2:] == [
        calendars.add_months(this_month, -1),
        this_month,
    ]
    assert screen.nps_value.text().endswith("+۱۴\u2069")  # the sign kept in front
    assert screen.counts_labels["total"].text() == "۷"
    labels = [screen.month.itemText(i) for i in range(screen.month.count())]
    assert len(labels) == 12 and not any(LATIN_DIGIT.search(t) for t in labels)
    assert calendars.JALALI_MONTHS[int(this_month[5:]) - 1] in labels[0]


@pytest.mark.parametrize("language", ["fa"], indirect=True)
def test_persian_reports_screen_lists_jalali_months(language, qtbot, shop, shop_dir, tmp_path):
    screen = show(qtbot, ReportsScreen(state_for(shop, shop_dir, tmp_path)))
    last = report_figures.last_month(TODAY, jalali=True)
    assert screen.chosen_month() == last
    assert screen.month.itemData(1) == calendars.add_months(last, -1)
    year = calendars.persian_digits(last[:4])
    assert screen.month.currentText() == f"{calendars.JALALI_MONTHS[int(last[5:]) - 1]} {year}"
    assert month_label("1405-08", long=True) == "آبان ۱۴۰۵"
    assert month_label("1405-08") == "آبان ۰۵"


@pytest.mark.parametrize("language", ["fa"], indirect=True)
def test_persian_dashboard_months_are_jalali(language, qtbot, shop, shop_dir, tmp_path):
    give_scores(shop, 10, 9)
    board = show(qtbot, DashboardScreen(state_for(shop, shop_dir, tmp_path)), (1200, 1000))
    board.period.setCurrentIndex(board.period.findData("this_month"))
    chosen = board.figures.chosen
    assert chosen.period.month == calendars.month_of(TODAY, jalali=True)
    assert chosen.nps_trend[-1].month == chosen.period.month
    assert chosen.period.first_day == calendars.month_days(chosen.period.month)[0]
    assert board.month.cards["nps"].value.text().endswith("+۱۰۰\u2069")
    board.period.setCurrentIndex(board.period.findData("last_month"))
    assert board.figures.chosen.period.month == report_figures.last_month(TODAY, jalali=True)


def test_english_screens_keep_gregorian_months_and_whole_nps(qtbot, shop, shop_dir, tmp_path):
    give_scores(shop, 10, 9, 9, 8, 7, 3, 0)
    screen = show(qtbot, SurveysScreen(state_for(shop, shop_dir, tmp_path)))
    assert screen.month.currentData() == TODAY.strftime("%Y-%m")
    assert screen.nps_value.text() == "+14"
    reports = show(qtbot, ReportsScreen(state_for(shop, shop_dir, tmp_path)))
    assert reports.chosen_month() == report_figures.last_month(TODAY)
