"""What a Persian or Hebrew user types is what they mean: amounts in Persian digits with the
Persian decimal separator, a birthday or a program's dates in the Persian calendar (stored as
the same Gregorian day), and amounts shown in the workstation's language, not the shop's."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.core import customers, loyalty_programs, purchases
from app.ui import bidi
from app.ui.dialogs.customer_form import CustomerForm
from app.ui.dialogs.program_editor import ProgramEditor
from app.ui.dialogs.refund import RefundDialog
from tests.gui import test_rtl_screens
from tests.gui.test_rtl_screens import open_screen

window = test_rtl_screens.window  # the signed-in main window fixture

MARKS = str.maketrans("", "", "\u200e\u200f\u2066\u2067\u2068\u2069\xa0")


def plain(text: str) -> str:
    return text.translate(MARKS)


def type_text(widget, text: str) -> None:
    """Key presses carrying Persian letters and digits, as a Persian keyboard sends them
    (QTest's keyClicks takes Latin-1 only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_a_persian_refund_takes_persian_digits_and_says_the_amounts_in_them(window, qtbot):
    shop = window.state.shop
    dana = customers.resolve(shop, "052-555-1234")
    bought = purchases.record(shop, dana.id, total="30")
    window.apply_language("fa")
    dialog = RefundDialog(window.state, purchases.get(shop, bought.id), window)
    qtbot.addWidget(dialog)
    assert dialog.amount.text() == "۳۰٫۰۰"  # all that is left, as a Persian user writes it
    dialog.amount.selectAll()
    type_text(dialog.amount, "۱۲٫۵۰")
    summary = plain(dialog.summary.text())
    assert "₪۱۲٫۵۰" in summary and "₪۱۷٫۵۰" in summary, summary  # given back, still left
    assert "12.50" not in summary
    type_text(dialog.reason, "جعبه آسیب دیده")
    dialog.confirm()
    assert purchases.get(shop, bought.id).refunded == 1250


def test_a_persian_checkout_records_an_amount_typed_in_persian_digits(window, qtbot):
    window.apply_language("fa")
    screen = open_screen(window, "checkout")
    screen.picker.choose(None)  # anonymous
    assert screen.total.placeholderText() == "۰٫۰۰"
    screen.total.setFocus()
    type_text(screen.total, "۱۲٫۵۰")
    assert not screen.total.property("invalid")
    assert "₪۱۲٫۵۰" in plain(screen.record_button.text())
    qtbot.keyClick(screen.total, Qt.Key.Key_Return)
    assert (
        screen.last is not None and purchases.get(window.state.shop, screen.last.id).total == 1250
    )


@pytest.mark.parametrize("language", ["he", "en"])
def test_checkout_amounts_follow_the_workstation_not_the_shop(window, language):
    window.apply_language(language)
    screen = open_screen(window, "checkout")
    assert window.state.shop.settings.language == "en"
    shown = plain(screen.show_money(1250))
    assert shown == ("12.50₪" if language == "he" else "₪12.50"), shown


def test_a_persian_birthday_is_typed_and_shown_in_the_persian_calendar(window, qtbot):
    shop = window.state.shop
    window.apply_language("fa")
    form = CustomerForm(window.state, None, parent=window)
    qtbot.addWidget(form)
    fields = form.fields.widgets
    type_text(fields["first_name"], "نوا")
    qtbot.keyClicks(fields["phone"], "054-321-9876")
    type_text(fields["birthday"], "۱۳۶۶/۱۱/۲۰")
    form.save()
    stored = customers.get(shop, customers.resolve(shop, "054-321-9876").id)
    assert stored.birthday == date(1988, 2, 9)  # 20 Bahman 1366

    again = CustomerForm(window.state, stored, parent=window)
    qtbot.addWidget(again)
    assert again.fields.widgets["birthday"].text() == "۱۳۶۶/۱۱/۲۰"
    assert not again.dirty()  # shown back as it was typed: nothing to save


def test_a_hebrew_birthday_stays_gregorian(window, qtbot):
    shop = window.state.shop
    dana = customers.get(shop, customers.resolve(shop, "052-555-1234").id)
    customers.update(shop, dana.id, {"birthday": "1990-05-17"})
    window.apply_language("he")
    form = CustomerForm(window.state, customers.get(shop, dana.id), parent=window)
    qtbot.addWidget(form)
    assert form.fields.widgets["birthday"].text() == "1990-05-17"
    assert form.fields.values()["birthday"] == "1990-05-17"


def test_a_persian_program_editor_shows_and_takes_jalali_dates_and_persian_amounts(window, qtbot):
    shop = window.state.shop
    program = loyalty_programs.add_program(
        shop,
        {
            "kind": "points",
            "name": "Stars",
            "points_per_unit": "1",
            "threshold": "100",
            "reward_value": "10",
            "starts_on": "2026-03-21",
        },
    )
    window.apply_language("fa")
    editor = ProgramEditor(window.state, program, window)
    qtbot.addWidget(editor)
    assert editor.starts_on.text() == "۱۴۰۵/۰۱/۰۱"  # Nowruz 1405
    assert editor.reward_value.text() == "۱۰٫۰۰"
    assert (editor.threshold.text(), editor.points_per_unit.text()) == ("۱۰۰", "۱")
    editor.ends_on.setText("۱۴۰۵/۱۲/۲۹")
    editor.threshold.setText("۲۰۰")
    values = editor.values()
    assert values["starts_on"] == "2026-03-21" and values["ends_on"] == "2027-03-20"
    assert (values["threshold"], values["reward_value"]) == ("200", "10.00")
    editor.submit()
    saved = next(p for p in loyalty_programs.programs(shop) if p.id == program.id)
    assert (saved.ends_on, saved.threshold, saved.reward_value) == (date(2027, 3, 20), 200, 1000)


def test_a_persian_loyalty_adjustment_takes_a_minus_in_persian_digits(window, qtbot):
    from app.core import loyalty  # noqa: PLC0415
    from app.ui.dialogs.loyalty_adjust import AdjustDialog  # noqa: PLC0415

    shop = window.state.shop
    points = loyalty_programs.add_program(
        shop,
        {
            "kind": "points",
            "name": "Stars",
            "points_per_unit": "1",
            "threshold": "100",
            "reward_value": "5",
        },
    )
    dana = customers.resolve(shop, "052-555-1234")
    purchases.record(shop, dana.id, total="40")
    balance = next(b for b in loyalty.balances(shop, dana.id) if b.program.id == points.id)
    window.apply_language("fa")
    dialog = AdjustDialog(window.state, dana.id, balance, window)
    qtbot.addWidget(dialog)
    assert f"{bidi.LRI}-۲{bidi.PDI}" in dialog.delta.placeholderText()  # minus in front
    type_text(dialog.delta, "-۱۰")
    type_text(dialog.reason, "اشتباه تایپی")
    dialog.submit()
    after = next(b for b in loyalty.balances(shop, dana.id) if b.program.id == points.id)
    assert after.balance == balance.balance - 10


def test_a_persian_checkout_line_speaks_persian_and_counts_in_persian_digits(window, qtbot):
    window.apply_language("fa")
    screen = open_screen(window, "checkout")
    screen.picker.choose(None)  # anonymous
    screen.form.add_line()
    row = screen.form.lines.rows[0]
    assert row.category.placeholderText() == "اختیاری"
    assert row.quantity.text() == "۱"
    type_text(row.product, "قهوه")
    row.quantity.setText("۲")
    type_text(row.price, "۱٫۵۰")
    assert plain(row.amount.text()) == "₪۳٫۰۰"
    screen.record()
    assert purchases.get(window.state.shop, screen.last.id).total == 300
