"""Refusals from core on Hebrew and Persian screens: the template translated, numbers and
money in the language's digits, names kept in their own direction; English when a
translation's placeholders don't fit."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from app.core import customers, loyalty, purchases
from app.core.errors import Amount, Conflict, Message, NotFound, ValidationError
from app.core.purchases import LineInput
from app.ui.bidi import FSI, PDI
from app.ui.dialogs.loyalty_adjust import AdjustDialog
from app.ui.error_text import error_text
from app.ui.screens.customers import CustomersScreen
from app.ui.tasks import TaskRunner
from tests.gui.reading import plain
from tests.gui.test_checkout import F6, F7, TAB, focused, keys, make_screen
from tests.gui.test_customers_screen import field, make_state, new_form

ENTER = Qt.Key.Key_Return
LATIN_DIGIT = re.compile("[0-9]")


# -- the helper -------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["fa"], indirect=True)
def test_persian_digits_nested_words_and_isolated_names(language):
    missing = NotFound("There is no customer {id}.", id=12345)
    assert error_text(missing) == "مشتری ۱۲۳۴۵ وجود ندارد."  # an id: no grouping
    line = ValidationError(
        "lines",
        "{where}: the quantity must be 1 to {most}.",
        where=Message("line {number}", number=2),
        most=10000,
    )
    assert error_text(line) == "ردیف ۲: تعداد باید ۱ تا ۱۰۰۰۰ باشد."
    too_long = ValidationError(
        "notes", "That is too long: at most {limit:,} characters.", limit=2000
    )
    assert error_text(too_long.errors["notes"]) == "این خیلی بلند است: حداکثر ۲٬۰۰۰ نویسه."
    folder = ValidationError("out", "There is no folder {folder}.", folder="/media/usb/")
    assert error_text(folder) == f"پوشهٔ {FSI}/media/usb/{PDI} وجود ندارد."
    refund = Conflict(
        "At most {amount} is left to refund on that purchase.", amount=Amount(990, "ILS")
    )
    shown = plain(error_text(refund))
    assert shown.startswith("روی این خرید حداکثر ") and "۹٫۹۰" in shown
    assert not LATIN_DIGIT.search(shown)
    assert error_text("Type an amount.") == QCoreApplication.translate("errors", "Type an amount.")
    assert error_text(None) == "" and error_text(RuntimeError("boom")) == "boom"


@pytest.mark.parametrize("language", ["he"], indirect=True)
def test_a_translation_that_lost_its_placeholder_falls_back_to_english(language, monkeypatch):
    error = NotFound("There is no customer {id}.", id=7)
    assert error_text(error) == "אין לקוח 7."
    monkeypatch.setattr(
        QCoreApplication, "translate", lambda _c, _t, *_a: "אין לקוח {number}."
    )  # a bent catalogue entry
    assert error_text(error) == "There is no customer 7."


# -- on real screens ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "words", "digits"),
    [
        ("fa", "جمع ردیف‌ها", ("۳۴٫۰۰", "۴۰٫۰۰")),
        ("he", "סכום השורות הוא", ("34.00", "40.00")),
    ],
    indirect=["language"],
)
def test_checkout_refuses_a_total_the_lines_disagree_with(
    qtbot, shop, shop_dir, tmp_path, language, words, digits
):
    screen = make_screen(qtbot, shop, shop_dir, tmp_path, TaskRunner(synchronous=True))
    keys(qtbot, F6, "40", F7, "Tea", TAB, TAB, "34", ENTER)
    message = plain(screen.form.errors["total"].text())
    assert words in message and all(d in message for d in digits), message
    assert "The lines" not in message and screen.last is None
    if language == "fa":
        assert not LATIN_DIGIT.search(message)


@pytest.mark.parametrize("language", ["fa"], indirect=True)
def test_checkout_names_the_bad_line_in_persian_and_goes_to_it(
    qtbot, shop, shop_dir, tmp_path, language
):
    screen = make_screen(qtbot, shop, shop_dir, tmp_path, TaskRunner(synchronous=True))
    keys(qtbot, F6, F7, "Tea", TAB, TAB, "5", F7, TAB, TAB, "9", ENTER)  # line 2: no name
    message = plain(screen.form.errors["lines"].text())
    assert message == "ردیف ۲: نام کالا یا دسته را بنویسید."
    assert focused() is screen.lines.rows[1].product and screen.last is None


@pytest.mark.parametrize(
    ("language", "says"),
    [
        ("fa", "مانده ۲ است؛ نمی‌تواند زیر صفر برود."),
        ("he", "היתרה היא 2; היא לא יכולה לרדת מתחת לאפס."),
    ],
    indirect=["language"],
)
def test_a_loyalty_adjustment_below_zero_is_refused_in_the_language(
    qtbot, shop, shop_dir, tmp_path, language, says
):
    program = loyalty.add_program(
        shop, {"kind": "punch", "name": "Coffee card", "reward": "a free coffee", "punches": 5}
    )
    dana = customers.resolve(shop, "052-555-1234")
    for _ in range(2):
        purchases.record(shop, dana.id, lines=[LineInput("Coffee", 1, "12")])
    (balance,) = [b for b in loyalty.balances(shop, dana.id) if b.program.id == program.id]
    dialog = AdjustDialog(make_state(shop, shop_dir, tmp_path), dana.id, balance)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.delta.setText("-5")
    dialog.reason.setText("typed twice")
    dialog.submit()
    assert plain(dialog.errors["delta"].text()) == says
    assert dialog.errors["delta"].isVisible() and dialog.isVisible()


@pytest.mark.parametrize(
    ("language", "says"),
    [
        ("fa", "Dana Cohen همین تلفن را دارد."),
        ("he", "ל־Dana Cohen כבר יש אותו טלפון."),
    ],
    indirect=["language"],
)
def test_the_customer_form_says_who_has_the_phone_already(
    qtbot, shop, shop_dir, tmp_path, language, says
):
    screen = CustomersScreen(make_state(shop, shop_dir, tmp_path))
    qtbot.addWidget(screen)
    with qtbot.waitActive(screen):
        screen.show()
        screen.activateWindow()
    screen.activate()
    form = new_form(qtbot, screen)
    qtbot.keyClicks(field(form, "first_name"), "Noa")
    qtbot.keyClicks(field(form, "phone"), "052-555-1234")
    qtbot.keyClick(field(form, "phone"), ENTER)
    assert plain(form.duplicates.heading.text()) == says
    assert form.isVisible() and form.duplicates.matches


@pytest.mark.parametrize("language", ["fa", "he"], indirect=True)
def test_a_bad_email_says_what_is_wrong_in_the_language(language):
    from app.core.normalize import email_normalized

    with pytest.raises(ValidationError) as caught:
        email_normalized("dana@example")
    shown = plain(error_text(caught.value))
    assert "example.com" in shown  # the example stays as it is written
    assert not re.search("[A-Za-z]", shown.replace("example.com", "")), shown
