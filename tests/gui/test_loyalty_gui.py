"""Loyalty through real widgets on a real encrypted shop: a manager creates and changes
programs in the editor by keyboard (a bad value is explained under its field, a cashier only
looks); the checkout says what a sale earned and Ctrl+R redeems a ready reward on that purchase;
the profile shows balances and the history, a manager adjusts with a reason, and a lost card
is replaced by a new number while the old one stops finding the customer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core import customers, loyalty, purchases
from app.core.purchases import LineInput
from app.ui.screens.loyalty import LoyaltyScreen
from app.ui.screens.profile import ProfileScreen
from app.ui.state import AppState
from app.ui.tasks import TaskRunner
from app.ui.widgets.loyalty_result import attach_loyalty
from tests.conftest import CASHIER, FAST_KDF, staff_named
from tests.gui.test_checkout import dana, keys, make_screen, scan

ENTER, TAB, DOWN = Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Down
F2, F4, F7 = Qt.Key.Key_F2, Qt.Key.Key_F4, Qt.Key.Key_F7
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ISOLATES = str.maketrans("", "", "\u2066\u2069")
COFFEE = {"kind": "punch", "name": "Coffee card", "reward": "a free coffee", "punches": 3,
          "qualifies": "coffee"}


def show(qtbot, widget, size=(1100, 800)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def state_for(shop, shop_dir, tmp_path) -> AppState:
    local = QSettings(str(tmp_path / "l.ini"), QSettings.Format.IniFormat)
    state = AppState(shop_dir, TaskRunner(synchronous=True), local=local, kdf_iter=FAST_KDF)
    state.shop = shop
    return state


@pytest.fixture
def programs_screen(qtbot, shop, shop_dir, tmp_path) -> LoyaltyScreen:
    screen = show(qtbot, LoyaltyScreen(state_for(shop, shop_dir, tmp_path)))
    screen.activate()
    return screen


def open_editor(qtbot, screen: LoyaltyScreen, key=F2):
    """The editor, opened by a key on the list, once it is the active window."""
    if not screen.isActiveWindow():  # after a dialog closes, as the window manager would
        screen.activateWindow()
        qtbot.waitUntil(screen.isActiveWindow)
    qtbot.keyClick(screen.table, key)
    editor = screen.editor
    assert editor is not None and editor.isVisible()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


# -- (1) programs ---------------------------------------------------------------------------
def test_a_manager_creates_a_punch_card_and_a_points_program_by_keyboard(
        qtbot, programs_screen, shop):
    screen = programs_screen
    assert "No programs yet" in screen.done.text()
    editor = open_editor(qtbot, screen)
    assert editor.kind.hasFocus() and not editor.threshold.isVisible()
    keys(qtbot, TAB, "Coffee card", TAB, "a free coffee", TAB, "10", TAB, TAB,
         "coffee, pastries", TAB, "8", ENTER)
    assert screen.editor is None

    editor = open_editor(qtbot, screen)
    keys(qtbot, DOWN)  # points
    assert editor.threshold.isVisible() and not editor.punches.isVisible()
    keys(qtbot, TAB, "Bean points", TAB, TAB, TAB, "1", TAB, "100", TAB, "10", TAB, "365",
         TAB, "5", ENTER)

    punch, points = loyalty.programs(shop)
    assert (punch.kind, punch.name, punch.reward, punch.punches_needed, punch.qualifies,
            punch.min_spend, punch.active) == ("punch", "Coffee card", "a free coffee", 10,
                                              ("coffee", "pastries"), 800, True)
    assert (points.kind, points.points_per_unit, points.threshold, points.reward_value,
            points.expiry_days, points.survey_bonus) == ("points", 1.0, 100, 1000, 365, 5)
    rows = screen.rows()
    assert rows[0][:3] == ["Coffee card", "Punch card",
                           "10 punches → a free coffee · from ₪8.00 · coffee, pastries"]
    assert rows[1][2].startswith("1 point per ₪1.00 · 100 points = ₪10.00")
    assert rows[1][3] == "Active" and screen.selected().id == points.id
    assert "Bean points" in screen.done.text()


def test_changing_a_program_keeps_its_kind_and_a_bad_value_shows_next_to_its_field(
        qtbot, programs_screen, shop):
    screen = programs_screen
    editor = open_editor(qtbot, screen)
    keys(qtbot, TAB, "Tea card", TAB, "a free tea", TAB, "1", ENTER)  # 1 punch: too few
    assert editor.isVisible() and editor.errors["punches"].isVisible()
    assert "from 2 to 100" in editor.errors["punches"].text()
    assert editor.punches.hasFocus() and editor.name.text() == "Tea card"  # nothing lost
    assert loyalty.programs(shop) == []
    keys(qtbot, "6")
    assert not editor.errors["punches"].isVisible()  # typing again clears it
    keys(qtbot, ENTER)
    (tea,) = loyalty.programs(shop)

    editor = open_editor(qtbot, screen, F4)
    assert not editor.kind.isEnabled() and editor.punches.text() == "6"
    editor.ends_on.setFocus()
    keys(qtbot, "2020-13-01", ENTER)
    assert "YYYY-MM-DD" in editor.errors["ends_on"].text()
    editor.ends_on.clear()
    editor.punches.setFocus()
    editor.punches.selectAll()
    keys(qtbot, "8", ENTER)
    (changed,) = loyalty.programs(shop)
    assert changed.id == tea.id and changed.punches_needed == 8 and changed.kind == "punch"
    assert screen.rows()[0][2].startswith("8 punches → a free tea")


def test_a_cashier_sees_the_programs_but_cannot_edit(qtbot, shop, shop_dir, tmp_path):
    loyalty.add_program(shop, COFFEE)
    shop.act_as(staff_named(shop, CASHIER[0]))
    screen = show(qtbot, LoyaltyScreen(state_for(shop, shop_dir, tmp_path)))
    screen.activate()
    assert "Only a manager" in screen.intro.text()
    assert not screen.new_button.isVisible() and not screen.edit_button.isVisible()
    assert screen.rows()[0][0] == "Coffee card"
    qtbot.keyClick(screen.table, F2)
    qtbot.keyClick(screen.table, F4)
    qtbot.keyClick(screen.table, ENTER)
    assert screen.editor is None


# -- (2) at the checkout ----------------------------------------------------------------------
@pytest.fixture
def checkout(qtbot, shop, shop_dir, tmp_path):
    screen = make_screen(qtbot, shop, shop_dir, tmp_path, TaskRunner(synchronous=True))
    attach_loyalty(screen)
    return screen


def sell_coffee(qtbot, screen, card: str) -> None:
    scan(qtbot, screen, card)
    keys(qtbot, F7, "Coffee", TAB, TAB, "12", ENTER)


def test_checkout_says_what_was_earned_and_f11_redeems_on_the_purchase(
        qtbot, checkout, shop):
    coffee = loyalty.add_program(shop, COFFEE)
    who = dana(shop)
    panel = checkout.loyalty
    sell_coffee(qtbot, checkout, who.card_number)
    assert panel.isVisible()
    assert panel.lines.text() == "+1 punch — 2 more to a free coffee"
    assert panel.redeem_buttons == []
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, CTRL)  # nothing ready: nothing happens
    assert [e.kind for e in loyalty.ledger(shop, who.id)] == ["earn"]

    sell_coffee(qtbot, checkout, who.card_number)
    sell_coffee(qtbot, checkout, who.card_number)
    assert panel.lines.text() == "+1 punch — a free coffee is ready"
    (button,) = panel.redeem_buttons
    assert button.isVisible() and button.text() == "Redeem: a free coffee (Ctrl+R)"

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, CTRL)
    redeemed = loyalty.ledger(shop, who.id)[0]
    assert (redeemed.kind, redeemed.amount, redeemed.purchase_id) == (
        "redeem", -3, checkout.last.id)
    assert "Redeemed a free coffee on this purchase (3 punches off)" in panel.done.text()
    assert panel.redeem_buttons == []
    assert loyalty.balances(shop, who.id)[0].balance == 0

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)  # undo the sale
    assert panel.lines.text().startswith("Undone: ")
    assert "+3 punches given back" in panel.lines.text()
    assert coffee.id == loyalty.balances(shop, who.id)[0].program.id


def test_no_panel_without_programs_or_for_an_anonymous_sale(qtbot, checkout, shop):
    sell_coffee(qtbot, checkout, dana(shop).card_number)
    assert not checkout.loyalty.isVisible()
    loyalty.add_program(shop, COFFEE)
    keys(qtbot, Qt.Key.Key_F6, "5", ENTER)
    assert not checkout.loyalty.isVisible()


# -- (3) and (4) the profile -------------------------------------------------------------------
@pytest.fixture
def profile(qtbot, shop, shop_dir, tmp_path) -> ProfileScreen:
    return show(qtbot, ProfileScreen(state_for(shop, shop_dir, tmp_path)), (1100, 900))


def answer_yes(monkeypatch) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    return asked


def test_the_profile_shows_balances_history_and_a_manager_adjusts_with_a_reason(
        qtbot, profile, shop, monkeypatch):
    coffee = loyalty.add_program(shop, COFFEE)
    points = loyalty.add_program(shop, {"kind": "points", "name": "Café points",
                                        "points_per_unit": "1", "threshold": 100,
                                        "reward_value": "10"})
    who = dana(shop)
    for _ in range(4):
        bought = purchases.record(shop, who.id, lines=[LineInput("Coffee", 1, "40")])
    profile.show_customer(who.id)
    card = profile.loyalty.card
    assert card.shown[coffee.id] == "4 punches · a free coffee is ready"
    assert card.shown[points.id] == "160 points, 1 voucher ready"
    history = profile.loyalty.ledger.rows()
    assert len(history) == 8 and history[0][1:5] == ["Café points", "Earned", "+40",
                                                     f"#{bought.id}"]

    asked = answer_yes(monkeypatch)
    qtbot.keyClick(profile.loyalty.ledger.table, Qt.Key.Key_R, CTRL)  # redeem the first ready
    assert "Give Dana Cohen a free coffee? 3 punches come off the card." in asked
    assert card.shown[coffee.id] == "1 punch · 2 more to a free coffee"
    assert profile.loyalty.ledger.rows()[0][1:4] == ["Coffee card", "Redeemed", "−3"]

    qtbot.mouseClick(card.adjust_buttons[points.id], Qt.MouseButton.LeftButton)
    dialog = profile.loyalty.dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    keys(qtbot, "-50", ENTER)  # no reason: refused under the field
    assert "why" in dialog.errors["reason"].text() and dialog.isVisible()
    assert dialog.reason.hasFocus()
    keys(qtbot, "typed 50 too many", ENTER)
    assert not dialog.isVisible()
    assert {b.program.id: b.balance for b in loyalty.balances(shop, who.id)}[points.id] == 110
    assert card.shown[points.id] == "110 points, 1 voucher ready"
    assert profile.loyalty.ledger.rows()[0][1:] == [
        "Café points", "Adjusted", "−50", "", "typed 50 too many"]
    assert "adjusted by -50" in card.status.text()


def test_a_cashier_redeems_but_cannot_adjust(qtbot, shop, shop_dir, tmp_path):
    coffee = loyalty.add_program(shop, COFFEE)
    who = dana(shop)
    purchases.record(shop, who.id, lines=[LineInput("Coffee", 1, "4")])
    shop.act_as(staff_named(shop, CASHIER[0]))
    profile = show(qtbot, ProfileScreen(state_for(shop, shop_dir, tmp_path)), (1100, 900))
    profile.show_customer(who.id)
    card = profile.loyalty.card
    assert card.shown[coffee.id] == "1 punch · 2 more to a free coffee"
    assert card.adjust_buttons == {} and card.redeem_buttons == {}


def test_replacing_a_lost_card_gives_a_new_number_and_retires_the_old(
        qtbot, profile, shop, monkeypatch):
    who = dana(shop)
    old = who.card_number
    profile.show_customer(who.id)
    asked = answer_yes(monkeypatch)
    qtbot.mouseClick(profile.loyalty.replace_button, Qt.MouseButton.LeftButton)
    assert old in asked[0].translate(ISOLATES)

    new = customers.get(shop, who.id).card_number
    assert new != old
    said = profile.loyalty.card_said.text().translate(ISOLATES)
    assert said == f"New card number {new}. The old card {old} no longer works."
    assert profile.card.values["Number"].text().translate(ISOLATES) == new
    assert customers.find_by_card(shop, old) is None
    assert customers.find_by_card(shop, new).id == who.id
    assert loyalty.retired_card_owner(shop, old) == who.id


def test_print_card_saves_the_pdf_in_the_shop_folder(qtbot, profile, shop):
    who = dana(shop)
    profile.show_customer(who.id)
    opened = []
    profile.loyalty.open_file = opened.append
    assert profile.loyalty.print_button.isVisible()
    qtbot.mouseClick(profile.loyalty.print_button, Qt.MouseButton.LeftButton)
    path = shop.folder / "cards" / f"{who.card_number}.pdf"
    qtbot.waitUntil(lambda: opened == [path])
    assert path.read_bytes().startswith(b"%PDF")
    assert str(path) in profile.loyalty.card_said.text().translate(ISOLATES)
