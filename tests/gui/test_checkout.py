"""The checkout, driven by keyboard through real widgets on a real encrypted shop: scan, total,
Enter; anonymous sales; lines with completion; refusals that keep what was typed; undo.
Keys go to whichever widget has the focus, as they would from a real keyboard."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.core import audit, customers, purchases
from app.core.purchases import LineInput
from app.ui.screens.checkout import CheckoutScreen
from app.ui.state import AppState
from app.ui.tasks import TaskRunner
from tests.conftest import FAST_KDF

ENTER, TAB, F6, F7 = Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_F6, Qt.Key.Key_F7
CTRL = Qt.KeyboardModifier.ControlModifier
ISOLATES = str.maketrans("", "", "\u2066\u2069")


def make_screen(qtbot, shop, shop_dir, tmp_path, runner: TaskRunner) -> CheckoutScreen:
    local = QSettings(str(tmp_path / "l.ini"), QSettings.Format.IniFormat)
    state = AppState(shop_dir, runner, local=local, kdf_iter=FAST_KDF)
    state.shop = shop
    widget = CheckoutScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    with qtbot.waitActive(widget):  # focus and shortcuts work as on a real screen
        widget.show()
        widget.activateWindow()
    widget.activate()
    return widget


@pytest.fixture
def screen(qtbot, shop, shop_dir, tmp_path) -> CheckoutScreen:
    return make_screen(qtbot, shop, shop_dir, tmp_path, TaskRunner(synchronous=True))


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def keys(qtbot, *steps) -> None:
    """Type text (str) and press keys (Qt.Key), each into whatever has the focus then."""
    for step in steps:
        if isinstance(step, str):
            qtbot.keyClicks(focused(), step)
        else:
            press(qtbot, step)


def scan(qtbot, screen: CheckoutScreen, code: str) -> None:
    """A USB scanner: the digits 5 ms apart, then Enter."""
    ticks = itertools.count(0.0, 0.005)
    screen.box.clock = lambda: next(ticks)
    assert focused() is screen.box
    keys(qtbot, code)
    press(qtbot, ENTER)


def dana(shop):
    return customers.resolve(shop, "052-555-1234")


def headline(screen: CheckoutScreen) -> str:
    return screen.result.headline.text().translate(ISOLATES)


def figure(screen: CheckoutScreen, name: str) -> str:
    shown = screen.result.figures.values.get(name)
    return shown.text() if shown is not None else ""


# -- the fast path ----------------------------------------------------------------------
def test_scan_total_enter_records_and_shows_the_updated_figures(qtbot, screen, shop):
    who = dana(shop)
    scan(qtbot, screen, who.card_number)
    assert screen.picker.customer == who
    assert screen.picker.name.text() == "Dana Cohen" and screen.picker.chip.isVisible()
    assert focused() is screen.total  # the scan moved on to the total

    keys(qtbot, "34.50")
    assert screen.record_button.text().startswith("Record ₪34.50")
    press(qtbot, ENTER)

    bought = purchases.history(shop, who.id)
    assert [(p.total, p.customer_id, p.voided) for p in bought] == [(3450, who.id, False)]
    assert headline(screen) == "✓ Recorded ₪34.50 for Dana Cohen"
    assert [figure(screen, name) for name in ("Visits", "Lifetime spend", "Average basket")
            ] == ["1", "₪34.50", "₪34.50"]
    assert screen.result.can_undo and screen.result.undo_button.isVisible()
    # the form is clear and ready for the next customer in the queue
    assert focused() is screen.box and screen.box.isVisible()
    assert screen.total.text() == "" and not screen.picker.is_chosen


def test_the_receipt_number_and_note_are_stored(qtbot, screen, shop):
    who = dana(shop)
    scan(qtbot, screen, who.card_number)
    keys(qtbot, "12", TAB)
    assert focused() is screen.receipt
    keys(qtbot, "R-1001", TAB, "gift wrap", ENTER)

    (bought,) = purchases.history(shop, who.id)
    assert (bought.total, bought.receipt, bought.note) == (1200, "R-1001", "gift wrap")
    assert headline(screen) == "✓ Recorded ₪12.00 for Dana Cohen · receipt R-1001"


def test_anonymous_sale_with_f6(qtbot, screen, shop):
    press(qtbot, F6)
    assert screen.picker.anonymous and screen.picker.name.text() == "Anonymous"
    assert focused() is screen.total
    keys(qtbot, "9.90", ENTER)

    stored = purchases.get(shop, screen.last.id)
    assert (stored.customer_id, stored.total) == (None, 990)
    assert headline(screen) == "✓ Recorded ₪9.90 (anonymous)"
    assert not screen.result.figures.isVisible()
    assert purchases.history(shop, dana(shop).id) == []


def test_type_part_of_a_name_then_down_and_enter_picks_from_the_list(qtbot, screen, shop):
    other = customers.register(shop, {"first_name": "Avi", "last_name": "Cohen",
                                      "email": "avi@example.com"})
    ticks = itertools.count(0.0, 0.2)  # a person: a fifth of a second between keys
    screen.box.clock = lambda: next(ticks)
    keys(qtbot, "coh")
    qtbot.waitUntil(lambda: screen.picker.table.isVisible())
    assert screen.picker.model.rowCount() == 2 and focused() is screen.box
    keys(qtbot, Qt.Key.Key_Down, ENTER)  # the second of the two, newest first
    assert screen.picker.customer == dana(shop) != other
    assert focused() is screen.total


def test_nobody_chosen_is_explained_and_the_total_kept(qtbot, screen, shop):
    who = dana(shop)
    keys(qtbot, TAB, "20", ENTER)
    assert "F6" in screen.picker.error.text() and focused() is screen.box
    assert screen.total.text() == "20" and screen.last is None
    scan(qtbot, screen, who.card_number)
    press(qtbot, ENTER)  # the total typed before is still there
    assert [p.total for p in purchases.history(shop, who.id)] == [2000]

    keys(qtbot, TAB, who.card_number, ENTER)  # a card scanned into the total: the customer
    assert screen.picker.customer == who
    assert screen.total.text() == "" and focused() is screen.total
    assert len(purchases.history(shop, who.id)) == 1


# -- lines ------------------------------------------------------------------------------
def test_lines_by_keyboard_make_the_total(qtbot, screen, shop):
    who = dana(shop)
    scan(qtbot, screen, who.card_number)
    press(qtbot, F7)
    first = screen.lines.rows[0]
    assert focused() is first.product
    keys(qtbot, "Coffee", TAB, "2", TAB, "12.50", TAB, "drinks", F7)
    assert focused() is screen.lines.rows[1].product
    keys(qtbot, "Croissant", TAB, TAB, "9")  # quantity 1 as it is
    assert screen.total.text() == "34.00" and screen.total.isReadOnly()
    assert first.amount.text() == "₪25.00"
    press(qtbot, ENTER)

    (bought,) = purchases.history(shop, who.id)
    assert bought.total == 3400
    assert [(ln.product, ln.quantity, ln.unit_price, ln.category) for ln in bought.lines] == [
        ("Coffee", 2, 1250, "drinks"), ("Croissant", 1, 900, "")]
    assert screen.lines.rows == [] and not screen.total.isReadOnly()


def test_a_typed_total_the_lines_disagree_with_is_refused(qtbot, screen, shop):
    keys(qtbot, F6, "40", F7, "Tea", TAB, TAB, "34", ENTER)
    message = screen.form.errors["total"].text()
    assert "34.00" in message and "40.00" in message
    assert screen.last is None
    assert screen.lines.rows[0].product.text() == "Tea"  # nothing typed is lost

    qtbot.mouseClick(screen.form.forget_button, Qt.MouseButton.LeftButton)
    press(qtbot, ENTER)  # with the till's figure let go of, the lines' sum is the total
    assert purchases.get(shop, screen.last.id).total == 3400


def test_product_completion_offers_what_was_sold_before_and_fills_its_price(
        qtbot, screen, shop):
    purchases.record(shop, None, lines=[LineInput("Coffee beans", 1, "42.90", "beans")])
    keys(qtbot, F6, F7, "cof")
    row = screen.lines.rows[0]
    popup = row.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert row.names.stringList() == ["Coffee beans"]

    for key in (Qt.Key.Key_Down, ENTER):  # the list has the keyboard while it is open
        qtbot.keyClick(popup, key)
    assert (row.product.text(), row.price.text(), row.category.text()) == (
        "Coffee beans", "42.90", "beans")
    qtbot.waitUntil(lambda: focused() is row.quantity)
    assert screen.last is None  # picking isn't recording

    press(qtbot, ENTER)
    stored = purchases.get(shop, screen.last.id)
    assert stored.total == 4290 and stored.lines[0].product == "Coffee beans"


def test_a_bad_line_is_explained_under_the_lines(qtbot, screen, shop):
    keys(qtbot, F6, "40", F7, TAB, TAB, "5", ENTER)  # no product name
    assert "line 1" in screen.form.errors["lines"].text()
    assert focused() is screen.lines.rows[0].product and screen.last is None
    press(qtbot, Qt.Key.Key_Delete, CTRL)  # the line goes, and the typed total comes back
    assert screen.lines.rows == [] and focused() is screen.total
    assert screen.total.text() == "40" and not screen.total.isReadOnly()


# -- refusals ---------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "says"), [
    ("", "Type an amount."), ("-3", "can't be negative"), ("abc", "not an amount"),
    ("12.345", "at most 2 decimal places"), ("0", "can't be zero"),
    ("9999999", "too large"),
])
def test_bad_totals_are_explained_next_to_the_total_and_kept(qtbot, screen, shop, typed, says):
    who = dana(shop)
    scan(qtbot, screen, who.card_number)
    keys(qtbot, typed, ENTER)

    assert says in screen.form.errors["total"].text() and screen.form.errors["total"].isVisible()
    assert screen.total.text() == typed and focused() is screen.total  # kept, unchanged
    assert screen.picker.customer == who  # the customer stays chosen too
    assert purchases.history(shop, who.id) == [] and screen.last is None

    keys(qtbot, "1")  # typing again clears the message
    assert not screen.form.errors["total"].isVisible()


def test_red_on_what_cannot_be_an_amount_and_escape_lets_go_of_the_customer(
        qtbot, screen, shop):
    scan(qtbot, screen, dana(shop).card_number)
    screen.total.setText("۱۲٫۵")  # Persian digits and decimal separator: 12.5
    assert screen.total.minor() == 1250 and screen.total.property("invalid") is False
    keys(qtbot, "w")  # red at once, but kept as typed
    assert screen.total.property("invalid") is True
    press(qtbot, Qt.Key.Key_Escape)
    assert not screen.picker.is_chosen and focused() is screen.box
    assert screen.total.text() == "۱۲٫۵w"


# -- undo -------------------------------------------------------------------------------
def test_ctrl_z_undoes_the_last_purchase_and_the_audit_log_keeps_it(qtbot, screen, shop):
    who = dana(shop)
    scan(qtbot, screen, who.card_number)
    keys(qtbot, "34.50", ENTER)
    assert focused() is screen.box
    press(qtbot, Qt.Key.Key_Z, CTRL)

    (bought,) = purchases.history(shop, who.id)
    assert bought.voided  # kept on file, marked void
    with shop.read() as session:
        assert "void" in [line.action for line in audit.trail(session, "purchase", bought.id)]
    assert headline(screen).startswith("↶ Undone: ₪34.50 for Dana Cohen")
    assert figure(screen, "Visits") == "0"
    assert not screen.result.undo_button.isVisible()
    press(qtbot, Qt.Key.Key_Z, CTRL)  # nothing more to undo: no error, nothing changes
    assert purchases.history(shop, who.id)[0].voided


def test_undo_goes_away_when_its_time_is_up(qtbot, screen, monkeypatch):
    monkeypatch.setattr(purchases, "UNDO_WINDOW", timedelta(seconds=2))
    keys(qtbot, F6, "5", ENTER)
    assert screen.result.undo_button.isVisible()
    qtbot.waitUntil(lambda: not screen.result.undo_button.isVisible(), timeout=4000)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert not purchases.get(screen.state.shop, screen.last.id).voided


# -- with the real worker thread --------------------------------------------------------
def test_on_the_worker_thread_a_double_enter_records_once(qtbot, shop, shop_dir, tmp_path):
    runner = TaskRunner()
    try:
        screen = make_screen(qtbot, shop, shop_dir, tmp_path, runner)
        who = dana(shop)
        scan(qtbot, screen, who.card_number)
        qtbot.waitUntil(lambda: focused() is screen.total)  # the card's owner came back
        keys(qtbot, "7.50", ENTER, ENTER)  # the second while the first is on its way
        qtbot.waitUntil(lambda: screen.last is not None and not screen.busy)
        runner.wait_idle()
        assert [p.total for p in purchases.history(shop, who.id)] == [750]
        assert headline(screen) == "✓ Recorded ₪7.50 for Dana Cohen"
        qtbot.waitUntil(lambda: figure(screen, "Visits") == "1")
    finally:
        runner.wait_idle()
        runner.stop()


def test_the_next_customer_scanned_before_a_slow_answer_is_kept(qtbot, shop, shop_dir, tmp_path):
    """The shop answered the last sale late (the worker was busy): the cashier had already
    scanned the next customer, and that choice and total must survive the late answer."""
    import threading  # noqa: PLC0415

    runner = TaskRunner()
    try:
        screen = make_screen(qtbot, shop, shop_dir, tmp_path, runner)
        first, second = dana(shop), customers.resolve(shop, "054-765-4321")
        scan(qtbot, screen, first.card_number)
        qtbot.waitUntil(lambda: focused() is screen.total)
        gate = threading.Event()
        runner.run(gate.wait)  # the worker is busy: the sale below waits behind this
        keys(qtbot, "10", ENTER)
        screen.picker.choose(second)  # the next customer, before the answer
        keys(qtbot, "20")
        gate.set()
        qtbot.waitUntil(lambda: screen.last is not None and not screen.busy)
        assert screen.picker.customer == second
        assert screen.total.text() == "20"
        keys(qtbot, ENTER)
        qtbot.waitUntil(lambda: screen.last is not None and screen.last.total == 2000)
        runner.wait_idle()
        assert [p.total for p in purchases.history(shop, first.id)] == [1000]
        assert [p.total for p in purchases.history(shop, second.id)] == [2000]
    finally:
        runner.wait_idle()
        runner.stop()
