"""The profile's sales sections through real widgets on a real encrypted shop: the figures
card, the lazy purchase list, and refunds by keyboard (partial, and one too large)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt

from app.core import customers, money, purchases
from app.core.purchases import LineInput
from app.ui.screens.profile import ProfileScreen
from app.ui.state import AppState
from app.ui.tasks import TaskRunner
from tests.conftest import FAST_KDF

ENTER = Qt.Key.Key_Return


def shekels(minor: int) -> str:
    return money.display(minor, "ILS", "en")


def ago(days: float) -> datetime:
    return datetime.now() - timedelta(days=days)


@pytest.fixture
def dana(shop) -> int:
    return customers.resolve(shop, "052-555-1234").id


@pytest.fixture
def profile(qtbot, shop, shop_dir, tmp_path) -> ProfileScreen:
    local = QSettings(str(tmp_path / "l.ini"), QSettings.Format.IniFormat)
    state = AppState(shop_dir, TaskRunner(synchronous=True), local=local, kdf_iter=FAST_KDF)
    state.shop = shop
    widget = ProfileScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def buy(shop, cid, days: float, *lines: tuple[str, int, str, str]) -> purchases.PurchaseView:
    return purchases.record(shop, cid, lines=[LineInput(*ln) for ln in lines], at=ago(days))


def shown(profile: ProfileScreen, label: str) -> str:
    return profile.sales.figures.values[label].text()


def test_figures_card_shows_spend_visits_segment_and_suggestions(profile, shop, dana):
    buy(shop, dana, 40, ("Coffee", 1, "10", "drinks"))
    buy(shop, dana, 21, ("Coffee", 2, "10", "drinks"))
    buy(shop, dana, 2, ("Coffee", 1, "10", "drinks"), ("Croissant", 1, "20", "bakery"))
    zoe = customers.resolve(shop, "zoe@example.com").id
    buy(shop, zoe, 5, ("Coffee", 1, "10", "drinks"), ("Muffin", 1, "9", "bakery"))

    profile.show_customer(dana)

    assert shown(profile, "Lifetime spend") == shekels(6000)
    assert shown(profile, "Visits") == "3"
    assert shown(profile, "Average basket") == shekels(2000)
    assert shown(profile, "Usual interval") == "every 19 days"
    assert "(2 days ago)" in shown(profile, "Last visit")
    assert shown(profile, "Favourite categories") == "drinks, bakery"
    assert shown(profile, "Suggestions") == \
        "Customers who bought Coffee, Croissant also bought: Muffin"
    figures = profile.sales.figures
    assert figures.segment_badge.text() == "Active" and figures.segment_badge.isVisible()


def test_a_customer_without_purchases_gets_an_empty_card_not_zeros(profile, shop, dana):
    profile.show_customer(dana)
    assert profile.sales.figures.segment_badge.text() == "No purchases yet"
    assert shown(profile, "Lifetime spend") == "—"
    assert profile.sales.purchases.status.text() == "No purchases yet."
    assert not profile.sales.purchases.refund_button.isEnabled()


def test_the_purchase_list_is_lazy_and_newest_first(qtbot, profile, shop, dana):
    for i in range(120):
        purchases.record(shop, dana, total=str(10 + i), at=ago(200 - i), receipt=f"R-{i}")
    profile.show_customer(dana)
    card = profile.sales.purchases
    model = card.model

    assert model.rowCount() == 50 and model.canFetchMore()
    assert [model.purchase(r).receipt for r in (0, 1)] == ["R-119", "R-118"]
    card.table.scrollToBottom()  # the view asks for the next page
    qtbot.waitUntil(lambda: model.rowCount() == 100)
    model.fetchMore()
    assert model.rowCount() == 120 and not model.canFetchMore()
    assert model.purchase(119).receipt == "R-0"
    assert len({model.purchase(r).id for r in range(120)}) == 120  # no row twice


def open_refund(qtbot, profile: ProfileScreen, row: int):
    card = profile.sales.purchases
    card.table.setFocus()
    card.select(row)
    qtbot.keyClick(card.table, Qt.Key.Key_F8)
    dialog = card.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_partial_refund_by_keyboard_updates_the_list_and_figures(qtbot, profile, shop, dana):
    buy(shop, dana, 10, ("Coffee", 1, "20", "drinks"))
    bought = buy(shop, dana, 1, ("Cake", 1, "30", "bakery"))
    profile.show_customer(dana)
    assert shown(profile, "Lifetime spend") == shekels(5000)

    dialog = open_refund(qtbot, profile, 0)
    assert dialog.amount.hasFocus() and dialog.amount.text() == "30.00"  # all that's left
    assert shekels(3000) in dialog.summary.text()
    qtbot.keyClicks(dialog.amount, "12.50")  # replaces the selected default
    assert "still be left" in dialog.summary.text() and shekels(1750) in dialog.summary.text()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.reason, "Damaged box")
    qtbot.keyClick(dialog.reason, ENTER)

    assert not dialog.isVisible()
    assert purchases.get(shop, bought.id).refunded == 1250
    model = profile.sales.purchases.model
    row = model.row_of(bought.id)
    assert model.index(row, model.REFUNDED).data() == shekels(1250)
    assert model.index(row, model.STATUS).data() == "Part refunded"
    assert shown(profile, "Lifetime spend") == shekels(3750)
    assert profile.sales.purchases.selected().id == bought.id  # still the chosen row


def test_over_refund_shows_the_message_and_changes_nothing(qtbot, profile, shop, dana):
    bought = buy(shop, dana, 1, ("Cake", 1, "30", "bakery"))
    purchases.refund(shop, bought.id, "10", "stale")
    profile.show_customer(dana)

    dialog = open_refund(qtbot, profile, 0)
    assert dialog.amount.text() == "20.00"
    qtbot.keyClicks(dialog.amount, "25")
    assert "more than" in dialog.summary.text()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.reason, "Changed mind")
    qtbot.keyClick(dialog.reason, ENTER)

    assert dialog.isVisible()
    assert "At most ₪20.00 is left to refund" in dialog.error_text("amount")
    assert dialog.amount.text() == "25" and dialog.reason.text() == "Changed mind"
    assert dialog.amount.hasFocus()
    assert purchases.get(shop, bought.id).refunded == 1000
    assert shown(profile, "Lifetime spend") == shekels(2000)

    qtbot.keyClick(dialog.amount, Qt.Key.Key_Backspace)  # typing clears the message
    assert dialog.error_text("amount") == ""


def test_a_refund_needs_a_reason(qtbot, profile, shop, dana):
    bought = buy(shop, dana, 1, ("Cake", 1, "30", "bakery"))
    profile.show_customer(dana)
    dialog = open_refund(qtbot, profile, 0)
    qtbot.keyClick(dialog.amount, ENTER)
    assert dialog.isVisible() and dialog.error_text("reason")
    assert dialog.reason.hasFocus()
    assert purchases.get(shop, bought.id).refunded == 0


def test_a_fully_refunded_purchase_offers_no_refund(qtbot, profile, shop, dana):
    bought = buy(shop, dana, 1, ("Cake", 1, "30", "bakery"))
    purchases.refund(shop, bought.id, None, "wrong item")
    profile.show_customer(dana)
    card = profile.sales.purchases
    card.select(0)
    assert card.model.index(0, card.model.STATUS).data() == "Refunded"
    assert not card.refund_button.isEnabled()
    qtbot.keyClick(card.table, Qt.Key.Key_F8)
    assert card.dialog is None
