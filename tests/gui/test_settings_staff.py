"""The settings and staff screens through real widgets on a real encrypted shop: a manager
changes shop settings by keyboard (stored, and the new auto-lock announced), a bad value
is refused under its field and nothing is stored, a cashier only looks; staff are added,
given a new PIN (which ends a lock-out) and disabled, and the last manager is kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from app.core.errors import AccountLocked, WrongPin
from app.core.shop import Shop
from app.ui.screens.settings import SettingsScreen
from app.ui.screens.staff import StaffScreen
from app.ui.state import AppState
from app.ui.tasks import TaskRunner
from tests.conftest import CASHIER, FAST_KDF, MANAGER, staff_named

ENTER, TAB, LEFT = Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.MouseButton.LeftButton


def make(qtbot, cls, shop, shop_dir, tmp_path):
    local = QSettings(str(tmp_path / "local.ini"), QSettings.Format.IniFormat)
    state = AppState(shop_dir, TaskRunner(synchronous=True), local=local, kdf_iter=FAST_KDF)
    state.shop = shop
    widget = cls(state)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    widget.activate()
    return widget


def stored(shop: Shop):
    """The settings as the shop file has them now (a fresh read, not the cached copy)."""
    return Shop(shop.db, shop.folder, "counter").settings


def retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    (widget.lineEdit() if hasattr(widget, "lineEdit") else widget).selectAll()
    qtbot.keyClicks(widget, text)


# -- settings ---------------------------------------------------------------------------------
@pytest.fixture
def settings_screen(qtbot, shop, shop_dir, tmp_path) -> SettingsScreen:
    return make(qtbot, SettingsScreen, shop, shop_dir, tmp_path)


def test_a_manager_changes_auto_lock_and_lapsed_days_by_keyboard(qtbot, settings_screen, shop):
    screen = settings_screen
    assert (screen.idle_lock.value(), screen.lapsed_days.value()) == (5, 30)
    assert not screen.save_button.isEnabled()  # nothing changed yet
    retype(qtbot, screen.idle_lock, "15")
    retype(qtbot, screen.lapsed_days, "45")
    assert screen.save_button.isEnabled()
    with qtbot.waitSignal(screen.settings_saved) as saved:
        qtbot.keyClick(screen.lapsed_days, ENTER)

    assert (saved.args[0].idle_lock_minutes, saved.args[0].lapsed_days) == (15, 45)
    again = stored(shop)
    assert (again.idle_lock_minutes, again.lapsed_days) == (15, 45)
    assert (again.shop_name, again.currency, again.region) == ("Corner Café", "ILS", "IL")
    assert screen.status.text() == "Saved."
    assert not screen.save_button.isEnabled()

    retype(qtbot, screen.idle_lock, "0")  # 0: never lock
    qtbot.keyClick(screen.idle_lock, ENTER)
    assert screen.idle_lock.text() == "Never" and stored(shop).idle_lock_minutes == 0


@pytest.mark.parametrize(("field", "text", "message"), [
    ("idle_lock", "999", "Auto-lock must be 0 to 240 minutes."),
    ("shop_name", " ", "The shop needs a name."),
])
def test_a_bad_value_is_refused_under_its_field_and_nothing_is_stored(
        qtbot, settings_screen, shop, field, text, message):
    screen = settings_screen
    retype(qtbot, screen.lapsed_days, "60")  # a good change alongside: not stored either
    retype(qtbot, getattr(screen, field), text)
    before = stored(shop)
    with qtbot.assertNotEmitted(screen.settings_saved):
        qtbot.keyClick(getattr(screen, field), ENTER)
    key = {"idle_lock": "idle_lock_minutes"}.get(field, field)
    assert screen.errors[key].isVisible() and screen.errors[key].text() == message
    assert stored(shop) == before and shop.settings == before
    assert screen.lapsed_days.value() == 60  # what was typed stays to be corrected

    retype(qtbot, getattr(screen, field), "10" if field == "idle_lock" else "Kiosk & Co")
    assert not screen.errors[key].isVisible()  # typing clears the message
    qtbot.keyClick(getattr(screen, field), ENTER)
    assert stored(shop).lapsed_days == 60


def test_shop_name_region_and_language_are_saved(qtbot, settings_screen, shop):
    screen = settings_screen
    retype(qtbot, screen.shop_name, "Corner Shop Two")
    screen.region.setCurrentIndex(screen.region.findData("FR"))
    screen.language.setCurrentIndex(screen.language.findData("he"))
    qtbot.mouseClick(screen.save_button, LEFT)
    again = stored(shop)
    assert (again.shop_name, again.region, again.language) == ("Corner Shop Two", "FR", "he")


def test_the_currency_is_shown_but_cannot_be_edited(settings_screen):
    assert isinstance(settings_screen.currency, QLabel)  # text, not a field
    assert settings_screen.currency.text() == "ILS — Israeli New Shekel"
    notes = [label.text() for label in settings_screen.findChildren(QLabel)]
    assert any("currency can't change once sales exist" in note for note in notes)
    assert "currency" not in settings_screen.changes()


def test_the_workstation_name_is_kept_on_this_computer(qtbot, settings_screen, shop):
    screen = settings_screen
    retype(qtbot, screen.workstation, "Counter 2")
    with qtbot.assertNotEmitted(screen.settings_saved):  # no shop setting changed
        qtbot.keyClick(screen.workstation, ENTER)
    assert screen.state.local.value("workstation_name") == "Counter 2"
    assert screen.state.workstation == "Counter 2"
    assert screen.status.text() == "Saved."
    assert stored(shop) == shop.settings


def test_a_cashier_sees_the_settings_but_cannot_change_them(qtbot, shop, shop_dir, tmp_path):
    shop.act_as(staff_named(shop, CASHIER[0]))
    screen = make(qtbot, SettingsScreen, shop, shop_dir, tmp_path)
    assert screen.note.isVisible() and screen.note.text() == "Only a manager can change settings."
    assert not screen.save_button.isVisible()
    assert screen.shop_name.text() == "Corner Café" and screen.lapsed_days.value() == 30
    enabled = [k for k, field in screen.fields.items() if field.isEnabled()]
    assert enabled == ["currency", "screen_language"]  # only this computer's own language
    qtbot.keyClicks(screen.idle_lock, "9")
    qtbot.keyClick(screen.idle_lock, ENTER)
    screen.save()
    assert stored(shop).idle_lock_minutes == 5
    assert screen.state.local.value("workstation_name") is None


# -- staff ------------------------------------------------------------------------------------
@pytest.fixture
def staff_screen(qtbot, shop, shop_dir, tmp_path) -> StaffScreen:
    return make(qtbot, StaffScreen, shop, shop_dir, tmp_path)


def rows(screen: StaffScreen) -> dict[str, list[str]]:
    table = screen.table
    return {table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 4)]
            for r in range(table.rowCount())}


def choose(screen: StaffScreen, name: str) -> None:
    screen.select(staff_named(screen.state.shop, name).id)


def confirm(monkeypatch, answer=QMessageBox.StandardButton.Yes) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *_: asked.append(text) or answer)
    return asked


def opened(qtbot, screen: StaffScreen):
    """The dialog the screen opened, once it is the active window (as a user sees it)."""
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_manager_adds_a_staff_member_by_keyboard_who_can_then_sign_in(qtbot, staff_screen):
    screen, shop = staff_screen, staff_screen.state.shop
    assert rows(screen) == {f"{MANAGER[0]} (you)": ["Manager", "Active", ""],
                            CASHIER[0]: ["Cashier", "Active", ""]}
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    dialog = opened(qtbot, screen)
    assert dialog.name.hasFocus()
    qtbot.keyClicks(dialog.name, "Lior")
    qtbot.keyClick(dialog.name, TAB)
    qtbot.keyClick(dialog.role, Qt.Key.Key_Down)  # cashier -> manager
    assert dialog.role.currentData() == "manager"
    for box in (dialog.role, dialog.pin):
        qtbot.keyClick(box, TAB)
        qtbot.keyClicks(QApplication.focusWidget(), "4321")
    assert dialog.pin.text() == dialog.pin_repeat.text() == "4321"
    qtbot.keyClick(dialog.pin_repeat, ENTER)

    assert not dialog.isVisible() and screen.dialog is None
    assert rows(screen)["Lior"] == ["Manager", "Active", ""]
    assert screen.selected().name == "Lior"
    assert "Lior can sign in now." in screen.done.text()
    shop.sign_out()
    assert shop.sign_in(staff_named(shop, "Lior").id, "4321").role == "manager"


def test_adding_refuses_bad_input_and_keeps_it(qtbot, staff_screen):
    screen = staff_screen
    qtbot.mouseClick(screen.add_button, LEFT)
    dialog = opened(qtbot, screen)
    for box, text in ((dialog.name, MANAGER[0]), (dialog.pin, "1234"), (dialog.pin_repeat, "1243")):
        box.setFocus()
        qtbot.keyClicks(box, text)
    qtbot.keyClick(dialog.pin_repeat, ENTER)
    assert dialog.errors["pin_repeat"].text() == "The two PINs are not the same. Type them again."
    assert dialog.isVisible() and dialog.pin.text() == "1234"

    qtbot.keyClicks(dialog.pin_repeat, "1234")
    assert not dialog.errors["pin_repeat"].isVisible()
    qtbot.keyClick(dialog.pin_repeat, ENTER)
    assert dialog.errors["name"].text() == "There is already a staff member called Maya."
    assert dialog.isVisible() and dialog.name.hasFocus()
    assert len(screen.state.shop.staff_list(include_inactive=True)) == 2

    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_new_pin_ends_a_lock_out(qtbot, staff_screen):
    screen, shop = staff_screen, staff_screen.state.shop
    sam = staff_named(shop, CASHIER[0])
    for _ in range(3):
        with pytest.raises((WrongPin, AccountLocked)):
            shop.sign_in(sam.id, "0000")
    screen.reload()
    assert rows(screen)[CASHIER[0]][2].startswith("Locked until")

    choose(screen, CASHIER[0])
    qtbot.keyClick(screen.table, Qt.Key.Key_F4)
    dialog = opened(qtbot, screen)
    assert dialog.member.id == sam.id and dialog.pin.hasFocus()
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.keyClick(dialog.pin, TAB)
    qtbot.keyClicks(dialog.pin_repeat, "2468")
    qtbot.keyClick(dialog.pin_repeat, ENTER)

    assert not dialog.isVisible()
    assert rows(screen)[CASHIER[0]] == ["Cashier", "Active", ""]
    assert f"{CASHIER[0]} has a new PIN." in screen.done.text()
    with pytest.raises(WrongPin):
        shop.sign_in(sam.id, CASHIER[1])
    assert shop.sign_in(sam.id, "2468").id == sam.id


def test_a_short_pin_is_refused_with_the_core_message(qtbot, staff_screen):
    screen = staff_screen
    choose(screen, CASHIER[0])
    screen.set_pin()
    dialog = opened(qtbot, screen)
    for box in (dialog.pin, dialog.pin_repeat):
        box.setFocus()
        qtbot.keyClicks(box, "12")
    qtbot.keyClick(dialog.pin_repeat, ENTER)
    assert dialog.isVisible() and dialog.errors["pin"].text() == "A PIN is 4 to 8 digits."
    shop = screen.state.shop
    assert shop.sign_in(staff_named(shop, CASHIER[0]).id, CASHIER[1])


def test_disabling_the_last_manager_shows_the_refusal(qtbot, staff_screen, monkeypatch):
    screen = staff_screen
    asked = confirm(monkeypatch)
    choose(screen, MANAGER[0])
    assert screen.active_button.text() == "&Disable"
    qtbot.mouseClick(screen.active_button, LEFT)
    assert asked and MANAGER[0] in asked[0]
    assert screen.status.isVisible()
    assert screen.status.text() == "The shop needs at least one active manager."
    assert rows(screen)[f"{MANAGER[0]} (you)"][1] == "Active"


def test_a_cashier_is_disabled_and_enabled_after_confirming(qtbot, staff_screen, monkeypatch):
    screen, shop = staff_screen, staff_screen.state.shop
    confirm(monkeypatch, QMessageBox.StandardButton.No)
    choose(screen, CASHIER[0])
    qtbot.mouseClick(screen.active_button, LEFT)
    assert rows(screen)[CASHIER[0]][1] == "Active"  # said no: nothing happened

    confirm(monkeypatch)
    qtbot.mouseClick(screen.active_button, LEFT)
    assert rows(screen)[CASHIER[0]][1] == "Disabled"
    assert screen.selected().name == CASHIER[0] and screen.active_button.text() == "&Enable"
    assert not screen.pin_button.isEnabled()
    assert CASHIER[0] not in [m.name for m in shop.staff_list()]
    qtbot.mouseClick(screen.active_button, LEFT)
    assert rows(screen)[CASHIER[0]][1] == "Active"
    assert f"{CASHIER[0]} is enabled." in screen.done.text()


def test_a_cashier_sees_the_list_only(qtbot, shop, shop_dir, tmp_path):
    shop.act_as(staff_named(shop, CASHIER[0]))
    screen = make(qtbot, StaffScreen, shop, shop_dir, tmp_path)
    assert set(rows(screen)) == {MANAGER[0], f"{CASHIER[0]} (you)"}
    for button in (screen.add_button, screen.pin_button, screen.active_button):
        assert not button.isVisible()
    for key in (Qt.Key.Key_F2, Qt.Key.Key_F4):
        qtbot.keyClick(screen.table, key)
        assert screen.dialog is None
    assert "Only a manager" in screen.intro.text()
