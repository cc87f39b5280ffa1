"""The segments screen through real widgets on a real encrypted shop: counts as the core
counts them, a segment's members, the win-back CSV export and print, and the lapsed-days
setting (a manager changes it, a cashier only sees it)."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from app.core import customers, purchases, segments
from app.store.models import AuditEntry
from app.ui.screens.segments import _ROWS, SegmentsScreen
from app.ui.state import AppState
from app.ui.tasks import TaskRunner
from tests.conftest import CASHIER, FAST_KDF, staff_named

ENTER = Qt.Key.Key_Return


def person(shop, name: str, phone: str, consent: bool, *days_ago: int) -> int:
    cid = customers.register(shop, {"first_name": name, "last_name": "Test", "phone": phone,
                                    "marketing_consent": consent}).id
    for n in days_ago:
        purchases.record(shop, cid, total="20", at=datetime.now() - timedelta(days=n))
    return cid


@pytest.fixture
def town(shop):
    return {
        "Midway": person(shop, "Midway", "052-8000001", True, 70, 40),  # lapsed at 30, not 60
        "Lapsy": person(shop, "Lapsy", "052-8000002", True, 75),
        "Quietly": person(shop, "Quietly", "052-8000003", False, 90),  # no consent
        "Fresh": person(shop, "Fresh", "052-8000004", True, 2),
    }


def make_screen(qtbot, shop, shop_dir, tmp_path) -> SegmentsScreen:
    local = QSettings(str(tmp_path / "l.ini"), QSettings.Format.IniFormat)
    state = AppState(shop_dir, TaskRunner(synchronous=True), local=local, kdf_iter=FAST_KDF)
    state.shop = shop
    widget = SegmentsScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    widget.activate()
    return widget


@pytest.fixture
def screen(qtbot, shop, shop_dir, tmp_path, town) -> SegmentsScreen:
    return make_screen(qtbot, shop, shop_dir, tmp_path)


def shown_counts(screen: SegmentsScreen) -> dict[str, int]:
    return {name: int(screen.list.item(row, 1).text().replace(",", ""))
            for row, name in enumerate(_ROWS) if name in segments.SEGMENTS}


def choose(screen: SegmentsScreen, name: str) -> None:
    screen.list.setCurrentCell(_ROWS.index(name), 0)


def members(screen: SegmentsScreen) -> list[str]:
    model = screen.model
    return [model.member(r).customer.first_name for r in range(model.rowCount())]


def test_counts_match_the_core(screen, shop):
    assert shown_counts(screen) == segments.counts(shop)
    assert shown_counts(screen)["lapsed"] == 3


def test_choosing_lapsed_lists_the_lapsed_customers_newest_first(screen):
    choose(screen, "active")
    assert members(screen) == ["Fresh"]
    choose(screen, "lapsed")
    assert members(screen) == ["Midway", "Lapsy", "Quietly"]
    assert "30 days" in screen.help.text()
    assert not screen.export_button.isVisible()


def test_enter_on_a_member_opens_their_profile(qtbot, screen, town):
    choose(screen, "lapsed")
    screen.list.setFocus()
    qtbot.keyClick(screen.list, ENTER)  # into the members
    assert screen.table.hasFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(screen.open_customer) as opened:
        qtbot.keyClick(screen.table, ENTER)
    assert opened.args == [town["Lapsy"]]


def test_winback_export_writes_the_consenting_lapsed_and_is_audited(
        qtbot, screen, shop, tmp_path, monkeypatch):
    choose(screen, "winback")
    assert members(screen) == ["Midway", "Lapsy"]
    assert screen.export_button.isVisible() and screen.export_button.isEnabled()
    target = tmp_path / "out" / "win-back"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "CSV files (*.csv)"))
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)

    written = target.with_suffix(".csv")
    with open(written, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["first_name"], r["phone"], r["visits"], r["lifetime_spend"]) for r in rows] == [
        ("Midway", "+972528000001", "2", "40.00"), ("Lapsy", "+972528000002", "1", "20.00")]
    assert "2 customers exported" in screen.status.text()
    with shop.read() as session:
        actions = [e.action for e in session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "winback"))]
    assert actions == ["export"]


def test_winback_print_makes_a_table_of_the_list(screen, tmp_path):
    choose(screen, "winback")
    doc = screen.winback_document(segments.winback(screen.state.shop))
    text = doc.toPlainText()
    assert "Midway" in text and "Lapsy" in text and "Quietly" not in text
    assert "Only the first" not in text
    screen.PRINT_LIMIT = 1
    assert "Only the first 1 are printed" in screen.winback_document(
        segments.winback(screen.state.shop)).toPlainText()

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "winback.pdf"))
    screen.print_to(printer)
    assert (tmp_path / "winback.pdf").read_bytes().startswith(b"%PDF")


def test_changing_lapsed_days_changes_the_counts(qtbot, screen, shop):
    assert screen.lapsed_days.value() == 30 and not screen.lapsed_days.isReadOnly()
    screen.lapsed_days.setFocus()
    screen.lapsed_days.selectAll()
    qtbot.keyClicks(screen.lapsed_days, "60")
    qtbot.keyClick(screen.lapsed_days, ENTER)

    assert shop.settings.lapsed_days == 60
    assert shown_counts(screen) == segments.counts(shop)
    assert shown_counts(screen)["lapsed"] == 2  # Midway (40 days) is no longer lapsed
    assert members(screen) == ["Lapsy", "Quietly"]
    assert "60 days" in screen.help.text()


def test_a_cashier_sees_the_setting_but_cannot_change_or_export(
        qtbot, shop, shop_dir, tmp_path, town):
    shop.act_as(staff_named(shop, CASHIER[0]))
    screen = make_screen(qtbot, shop, shop_dir, tmp_path)
    assert screen.lapsed_days.isReadOnly() and screen.lapsed_days.value() == 30
    assert not screen.apply_button.isVisible()
    choose(screen, "winback")
    assert not screen.export_button.isEnabled() and not screen.print_button.isEnabled()
    screen.lapsed_days.setFocus()
    qtbot.keyClicks(screen.lapsed_days, "9")
    qtbot.keyClick(screen.lapsed_days, ENTER)
    assert shop.settings.lapsed_days == 30
    assert shown_counts(screen) == segments.counts(shop)
