"""The Reports and Dashboard screens through real widgets on a real encrypted shop: a
report made (progress to the end), previewed with Qt PDF, printed to a file through
QPrinter and saved; the dashboard's figures for today, this month and a chosen period,
refreshed when a sale is saved."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter

from app.core import customers, money, purchases, report_figures
from app.ui.screens.dashboard import DashboardScreen
from app.ui.screens.reports import ReportsScreen
from app.ui.state import AppState
from app.ui.tasks import TaskRunner
from tests.conftest import CASHIER, FAST_KDF, staff_named

pytest.importorskip("PySide6.QtPdf")


def last_month_noon(day: int) -> datetime:
    first = date.today().replace(day=1) - timedelta(days=1)
    return datetime(first.year, first.month, day, 12, 0)


@pytest.fixture
def state(shop, shop_dir, tmp_path):
    local = QSettings(str(tmp_path / "l.ini"), QSettings.Format.IniFormat)
    made = AppState(shop_dir, TaskRunner(synchronous=True), local=local, kdf_iter=FAST_KDF)
    made.shop = shop
    dana = customers.resolve(shop, "052-555-1234").id
    purchases.record(shop, dana, "40", at=last_month_noon(3))
    purchases.record(shop, None, "20", at=last_month_noon(9))
    return made


def shown(qtbot, widget, size=(1100, 800)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    widget.activate()
    return widget


def test_a_manager_makes_and_previews_last_months_report(qtbot, state):
    screen = shown(qtbot, ReportsScreen(state))
    assert screen.chosen_month() == report_figures.last_month()
    assert not screen.print_button.isEnabled()  # nothing to print yet
    seen = []
    screen._progress.moved.connect(lambda done, total: seen.append(done))
    qtbot.mouseClick(screen.make_button, Qt.MouseButton.LeftButton)
    target = state.folder / "reports" / f"monthly-{report_figures.last_month()}.pdf"
    assert screen.path == target and target.exists()
    qtbot.waitUntil(lambda: bool(seen) and seen[-1] == 100)
    assert screen.document.pageCount() >= 2
    assert str(target) in screen.status.text()
    assert screen.print_button.isEnabled() and screen.save_button.isEnabled()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # rendered at 300 dpi at most
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = state.folder / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert screen.print_to(printer) == screen.document.pageCount()
    pdf = pdfium.PdfDocument(str(printed))
    try:
        assert len(pdf) == screen.document.pageCount()
        page = pdf[0].render(scale=0.5).to_pil().convert("L")
        assert page.getextrema()[0] < 100  # ink on the printed page
    finally:
        pdf.close()

    copy = state.folder / "copy.pdf"
    screen.copy_to(copy)
    assert copy.read_bytes() == target.read_bytes()


def test_cancel_stops_the_report_and_writes_nothing(qtbot, state):
    screen = shown(qtbot, ReportsScreen(state))
    screen._progress.moved.connect(lambda *_: screen.cancel_button.click(),
                                   Qt.ConnectionType.DirectConnection)
    qtbot.mouseClick(screen.make_button, Qt.MouseButton.LeftButton)
    assert "Cancelled" in screen.status.text()
    assert screen.path is None and not list((state.folder / "reports").glob("*.pdf"))
    assert screen.make_button.isEnabled() and not screen.bar.isVisible()


def test_a_report_made_before_shows_when_its_month_is_chosen(qtbot, state):
    screen = shown(qtbot, ReportsScreen(state))
    qtbot.mouseClick(screen.make_button, Qt.MouseButton.LeftButton)
    screen.month.setCurrentIndex(1)  # the month before: no report yet
    assert screen.path is None and "No report" in screen.status.text()
    screen.month.setCurrentIndex(0)
    assert screen.path is not None and screen.document.pageCount() >= 2


def test_a_cashier_cannot_make_reports_or_see_the_dashboard(qtbot, state):
    state.shop.act_as(staff_named(state.shop, CASHIER[0]))
    screen = shown(qtbot, ReportsScreen(state))
    assert not screen.make_button.isEnabled()
    assert "Only a manager" in screen.status.text()
    board = shown(qtbot, DashboardScreen(state))
    assert "Only a manager" in board.notice.text() and board.figures is None


def test_the_dashboard_shows_today_this_month_and_a_chosen_period(qtbot, state):
    shop = state.shop
    purchases.record(shop, None, "12.50")
    board = shown(qtbot, DashboardScreen(state), (1200, 1000))
    show = lambda minor: money.display(minor, "ILS")  # noqa: E731
    today = board.today.cards
    assert today["sales"].value.text() == show(1250) and today["purchases"].value.text() == "1"
    assert board.month.cards["sales"].value.text() == show(1250)

    board.period.setCurrentIndex(board.period.findData("last_month"))
    chosen = board.figures.chosen
    assert chosen.period.month == report_figures.last_month()
    assert (chosen.now.purchases, chosen.now.gross) == (2, 6000)
    assert dict((label, v) for label, v in board.daily.days)["3"] == 40.0

    # a sale saved through the runner refreshes the open dashboard
    state.runner.run(purchases.record, shop, None, "7.50", changes={"purchases"})
    assert today["sales"].value.text() == show(2000)
    assert today["purchases"].value.text() == "2"
