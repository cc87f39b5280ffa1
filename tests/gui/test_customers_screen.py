"""The customer screen at the counter, driven through real widgets on a real encrypted shop:
search as you type, scan a card, register, the duplicate warning, the profile and editing.
The runner is synchronous; the debounce timers are waited for with waitUntil."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog

from app.core import cards, customers
from app.ui.dialogs.customer_fields import prefill_from_query
from app.ui.dialogs.customer_form import CustomerForm
from app.ui.models.customer_list import CustomerListModel
from app.ui.screens.customers import CustomersScreen
from app.ui.state import AppState
from app.ui.tasks import TaskRunner
from tests.conftest import FAST_KDF

ENTER = Qt.Key.Key_Return
LEFT = Qt.MouseButton.LeftButton


def make_state(shop, shop_dir, tmp_path, runner=None) -> AppState:
    local = QSettings(str(tmp_path / "l.ini"), QSettings.Format.IniFormat)
    state = AppState(shop_dir, runner or TaskRunner(synchronous=True), local=local,
                     kdf_iter=FAST_KDF)
    state.shop = shop
    return state


@pytest.fixture
def screen(qtbot, shop, shop_dir, tmp_path) -> CustomersScreen:
    widget = CustomersScreen(make_state(shop, shop_dir, tmp_path))
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    with qtbot.waitActive(widget):  # focus and shortcuts work as on a real screen
        widget.show()
        widget.activateWindow()
    widget.activate()
    return widget


def clock(step: float):
    """A fake clock for the search box: each key press is `step` seconds after the last."""
    ticks = itertools.count(0.0, step)
    return lambda: next(ticks)


def type_keys(widget, text: str) -> None:
    """Like qtbot.keyClicks, for any script: QTest only types Latin-1 (others abort)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, ord(ch.upper()), Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def type_search(qtbot, screen: CustomersScreen, text: str) -> None:
    """Type like a person (a fifth of a second between keys) and wait for the results."""
    screen.box.clock = clock(0.2)
    type_keys(screen.box, text)
    qtbot.waitUntil(lambda: screen.model.query == text.strip() and not screen.model.loading)


def names(screen: CustomersScreen) -> list[str]:
    model = screen.model
    return [model.summary(r).full_name for r in range(model.rowCount())]


def new_form(qtbot, screen: CustomersScreen) -> CustomerForm:
    qtbot.keyClick(screen.box, Qt.Key.Key_F2)
    form = screen.form
    assert form is not None and form.isVisible()
    qtbot.waitUntil(form.isActiveWindow)  # the dialog takes the keyboard
    return form


def field(form: CustomerForm, name: str):
    return form.fields.widgets[name]


def shown_profile(screen: CustomersScreen) -> str:
    assert screen.pages.currentWidget() is screen.profile
    return screen.profile.name.text()


# -- registering ------------------------------------------------------------------------
def test_register_by_typing_f2_and_enter(qtbot, screen, shop):
    form = new_form(qtbot, screen)
    assert field(form, "first_name").hasFocus()
    qtbot.keyClicks(field(form, "first_name"), "Noa")
    qtbot.keyClick(field(form, "first_name"), Qt.Key.Key_Tab)
    qtbot.keyClicks(field(form, "last_name"), "Barak")
    qtbot.keyClicks(field(form, "phone"), "050-999-8877")
    qtbot.keyClick(field(form, "phone"), ENTER)

    assert form.result() == QDialog.DialogCode.Accepted
    found = customers.find(shop, "Noa Barak")
    assert [(c.full_name, c.phone) for c in found] == [("Noa Barak", "+972509998877")]
    assert cards.is_card_number(found[0].card_number)
    assert shown_profile(screen) == "Noa Barak"  # the new customer's profile opens
    assert "Noa Barak" in names(screen)  # and the list refreshed itself


def test_invalid_phone_is_explained_next_to_the_field_and_nothing_saved(qtbot, screen, shop):
    before = customers.count(shop)
    form = new_form(qtbot, screen)
    qtbot.keyClicks(field(form, "first_name"), "Noa")
    qtbot.keyClicks(field(form, "phone"), "12345")
    qtbot.keyClick(field(form, "phone"), ENTER)

    assert form.isVisible()
    assert "phone" in form.fields.error_text("phone").lower()
    assert form.fields.error_text("first_name") == ""
    assert field(form, "first_name").text() == "Noa"  # nothing typed is lost
    assert field(form, "phone").text() == "12345"
    assert field(form, "phone").hasFocus()
    assert customers.count(shop) == before

    qtbot.keyClick(field(form, "phone"), Qt.Key.Key_Backspace)  # typing clears the message
    assert form.fields.error_text("phone") == ""


def test_missing_contact_and_bad_birthday_each_get_their_message(qtbot, screen, shop):
    before = customers.count(shop)
    form = new_form(qtbot, screen)
    qtbot.keyClicks(field(form, "first_name"), "Noa")
    qtbot.mouseClick(form.fields.more_button, LEFT)
    qtbot.keyClicks(field(form, "birthday"), "31/12/1990")
    qtbot.keyClick(field(form, "birthday"), ENTER)
    assert form.fields.error_text("phone")
    assert "YYYY-MM-DD" in form.fields.error_text("birthday")
    assert customers.count(shop) == before


def test_duplicate_warning_while_typing_opens_the_existing_customer(qtbot, screen, shop):
    before = customers.count(shop)
    form = new_form(qtbot, screen)
    qtbot.keyClicks(field(form, "phone"), "0525551234")
    panel = form.duplicates
    qtbot.waitUntil(panel.isVisible)
    assert "Dana Cohen" in panel.describe(panel.matches[0])
    assert "same phone" in panel.describe(panel.matches[0])

    qtbot.mouseClick(panel.open_buttons[0], LEFT)
    assert form.result() == CustomerForm.OpenExisting
    assert not form.isVisible()
    assert shown_profile(screen) == "Dana Cohen"
    assert customers.count(shop) == before


def test_duplicate_on_save_can_be_registered_anyway(qtbot, screen, shop):
    form = new_form(qtbot, screen)
    form.DUPLICATE_CHECK_MS = 10_000
    form._timer.setInterval(10_000)  # save before the warning would show
    qtbot.keyClicks(field(form, "first_name"), "Dan")
    qtbot.keyClicks(field(form, "phone"), "052 555 1234")
    qtbot.keyClick(field(form, "phone"), ENTER)
    assert form.isVisible() and form.duplicates.anyway_button.isVisible()
    assert len(customers.find(shop, "0525551234")) == 1

    qtbot.mouseClick(form.duplicates.anyway_button, LEFT)
    assert form.result() == QDialog.DialogCode.Accepted
    assert len(customers.find(shop, "0525551234")) == 2


def test_escape_asks_before_discarding_typed_text(qtbot, screen, monkeypatch):
    form = new_form(qtbot, screen)
    qtbot.keyClicks(field(form, "first_name"), "Noa")
    monkeypatch.setattr(form, "confirm_discard", lambda: False)
    qtbot.keyClick(field(form, "first_name"), Qt.Key.Key_Escape)
    assert form.isVisible() and field(form, "first_name").text() == "Noa"
    monkeypatch.setattr(form, "confirm_discard", lambda: True)
    qtbot.keyClick(field(form, "first_name"), Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_nothing_found_offers_to_register_with_what_was_typed(qtbot, screen):
    type_search(qtbot, screen, "050-999-8877")
    assert screen.nobody.isVisible()
    qtbot.mouseClick(screen.register_button, LEFT)
    qtbot.waitUntil(screen.form.isActiveWindow)
    assert field(screen.form, "phone").text() == "050-999-8877"
    assert field(screen.form, "first_name").hasFocus()


def test_prefill_from_query():
    assert prefill_from_query("052 555") == {"phone": "052 555"}
    assert prefill_from_query("noa@example.com") == {"email": "noa@example.com"}
    assert prefill_from_query("Noa Bar Lev") == {"first_name": "Noa", "last_name": "Bar Lev"}
    assert prefill_from_query("  ") == {}


# -- searching --------------------------------------------------------------------------
def test_search_by_part_of_a_phone(qtbot, screen):
    type_search(qtbot, screen, "765-43")
    assert names(screen) == ["אביגיל לוי"]


@pytest.mark.parametrize(("typed", "who"), [("אביג", "אביגיל לוי"), ("احمد", "مریم احمدی"),
                                            ("zoe", "Zoë Martin")])
def test_search_by_part_of_a_name_in_any_script(qtbot, screen, typed, who):
    type_search(qtbot, screen, typed)
    assert names(screen) == [who]


def test_enter_opens_the_top_result_and_escape_comes_back(qtbot, screen):
    type_search(qtbot, screen, "Dana")
    qtbot.keyClick(screen.box, ENTER)
    assert shown_profile(screen) == "Dana Cohen"
    qtbot.keyClick(screen.profile.edit_button, Qt.Key.Key_Escape)
    assert screen.pages.currentWidget() is screen.search_page
    assert screen.box.hasFocus() and screen.box.selectedText() == "Dana"


def test_down_moves_to_the_results_and_enter_opens_the_row(qtbot, screen):
    type_search(qtbot, screen, "")
    qtbot.keyClick(screen.box, Qt.Key.Key_Down)
    assert screen.table.hasFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    second = screen.model.summary(1).full_name
    qtbot.keyClick(screen.table, ENTER)
    assert shown_profile(screen) == second


def test_a_card_scan_opens_the_customer(qtbot, screen, shop):
    dana = customers.find(shop, "Dana")[0]
    screen.box.clock = clock(0.005)  # a scanner: 5 ms between characters, then Enter
    with qtbot.assertNotEmitted(screen.box.submitted):
        qtbot.keyClicks(screen.box, dana.card_number)
        qtbot.keyClick(screen.box, ENTER)
    assert shown_profile(screen) == "Dana Cohen"
    assert screen.model.query == ""  # the digits were not searched for as a phone


def test_a_scan_of_an_unknown_card_says_so(qtbot, screen):
    body = cards.PREFIX + "000000001"
    unknown = body + cards.luhn_digit(body)
    screen.box.clock = clock(0.005)
    qtbot.keyClicks(screen.box, unknown)
    qtbot.keyClick(screen.box, ENTER)
    assert screen.pages.currentWidget() is screen.search_page
    assert screen.status.text() == f"No customer has card {unknown}."


def test_a_person_typing_fast_enough_is_not_a_scan(qtbot, screen):
    screen.box.clock = clock(0.2)
    with qtbot.waitSignal(screen.box.submitted), qtbot.assertNotEmitted(screen.box.scanned):
        qtbot.keyClicks(screen.box, "Dana")
        qtbot.keyClick(screen.box, ENTER)


# -- the lazy list ----------------------------------------------------------------------
def test_the_list_loads_one_page_at_a_time(qtbot, screen, shop):
    with shop.write():  # one transaction
        for i in range(120):
            customers.register(shop, {"first_name": f"Bulk{i}", "last_name": "Buyer",
                                      "email": f"bulk{i}@example.com"})
    model = screen.model
    model.set_query("")  # the whole book: every row counted, pages read when shown
    assert model.rowCount() == 124 and not model.canFetchMore()
    assert model.held_rows() == 50
    assert model.summary(123).first_name == "Dana"  # the end, read without the middle
    assert model.held_rows() == 74
    ids = [model.summary(r).id for r in range(model.rowCount())]
    assert ids == sorted(set(ids), reverse=True)  # newest first, nobody twice

    type_search(qtbot, screen, "buyer")
    assert model.rowCount() == 50 and model.canFetchMore()


def test_a_late_answer_to_an_older_query_is_dropped(shop, shop_dir, tmp_path):
    class Deferred:  # holds the answers back so they can arrive out of order
        def __init__(self):
            self.jobs = []

        def run(self, fn, *args, on_done=None, on_error=None, changes=(), **kwargs):
            self.jobs.append(lambda: on_done(fn(*args, **kwargs)))

    runner = Deferred()
    model = CustomerListModel(make_state(shop, shop_dir, tmp_path, runner))
    model.set_query("Dana")
    model.set_query("Zoe")
    runner.jobs[1]()
    runner.jobs[0]()
    assert [model.summary(r).full_name for r in range(model.rowCount())] == ["Zoë Martin"]


# -- the profile and editing ------------------------------------------------------------
def test_profile_shows_the_record_and_edit_changes_the_email(qtbot, screen, shop):
    dana = customers.find(shop, "Dana")[0]
    screen.open_customer(dana.id)
    profile = screen.profile
    assert "052-555-1234" in profile.contact.text()
    assert "by Maya" in profile.record.text() and "at the counter" in profile.record.text()
    assert [row[4] for row in profile.audit_rows()] == ["Viewed", "Registered"]

    qtbot.keyClick(profile.edit_button, Qt.Key.Key_F4)
    form = profile.form
    assert form is not None and form.isVisible()
    qtbot.waitUntil(form.isActiveWindow)
    assert field(form, "first_name").text() == "Dana"
    qtbot.keyClicks(field(form, "email"), "dana@example.com")
    qtbot.keyClick(field(form, "email"), ENTER)

    assert form.result() == QDialog.DialogCode.Accepted
    assert customers.get(shop, dana.id).email == "dana@example.com"
    assert "dana@example.com" in profile.contact.text()
    top = profile.audit_rows()[0]
    assert (top[1], top[4], top[5]) == ("Maya", "Changed", "E-mail")
    assert "Last change: " in profile.record.text() and "never" not in profile.record.text()

