"""Charts in Hebrew and Persian are mirror images: time runs right to left (the latest day
or month on the left), the value axis stands on the right, bars grow leftwards."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from app.core.surveys import Nps
from app.ui import bidi, i18n
from app.ui.widgets.dashboard_charts import TEAL, BarRows, DailyColumns
from app.ui.widgets.nps_chart import GOOD, NpsChart
from tests.gui import test_rtl_screens
from tests.gui.test_rtl_screens import open_screen

window = test_rtl_screens.window  # the signed-in main window fixture


def columns_of(widget, colour: str) -> list[int]:
    """The x of every pixel column where `colour` is painted."""
    image = widget.grab().toImage()
    wanted = QColor(colour).rgb()
    return [
        x
        for x in range(image.width())
        if any(image.pixel(x, y) == wanted for y in range(0, image.height(), 2))
    ]


@pytest.fixture(params=["en", "he", "fa"])
def language(request):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_the_latest_day_is_at_the_reading_end(qtbot, language):
    chart = DailyColumns("Sales per day")
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_days([(str(day), 0.0) for day in range(1, 10)] + [("10", 500.0)])
    painted = columns_of(chart, TEAL)
    assert painted
    if language == "en":
        assert min(painted) > 300  # the last day at the right, the scale at the left
    else:
        assert max(painted) < 100  # the last day at the left, the scale at the right


def test_bars_grow_from_the_labels_side(qtbot, language):
    chart = BarRows("Customers by segment")
    qtbot.addWidget(chart)
    chart.resize(400, 160)
    chart.set_rows([("VIP", 10), ("Active", 100)])
    painted = columns_of(chart, TEAL)
    if language == "en":
        assert min(painted) > 40 and max(painted) > 300  # labels left, bars to the right
    else:
        assert max(painted) < 360 and min(painted) < 100  # labels right, bars to the left


def test_the_latest_nps_month_is_at_the_reading_end(qtbot, language):
    chart = NpsChart()
    qtbot.addWidget(chart)
    chart.resize(600, 240)
    empty = [Nps(f"2026-{m:02d}", 0, 0, 0) for m in range(1, 12)]
    chart.set_months([*empty, Nps("2026-12", 9, 1, 0)])
    painted = columns_of(chart, GOOD)
    assert painted
    if language == "en":
        assert min(painted) > 500
    else:
        assert max(painted) < 100


@pytest.mark.parametrize("language", ["he", "fa"])
def test_the_dashboards_nps_title_starts_at_the_right(window, language):
    window.apply_language(language)
    dashboard = open_screen(window, "dashboard")
    titles = [label.text() for label in dashboard.findChildren(QLabel)]
    assert any(title.startswith(f"{bidi.RLM}NPS") for title in titles), titles
