"""First-run setup, unlock, staff sign-in, lock-out and auto-lock, driven through the real
main window with real encrypted shop files (the runner runs synchronously)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.core import remember
from app.core.errors import AccountLocked
from app.core.shop import Shop
from app.ui.main_window import MainWindow
from app.ui.state import AppState
from app.ui.tasks import TaskRunner
from tests.conftest import CASHIER, FAST_KDF, MANAGER, PASSPHRASE

ENTER = Qt.Key.Key_Return


@pytest.fixture
def keyring(monkeypatch):
    """No test touches the machine's keyring: by default there is none; `keyring.store`
    and `keyring.has = True` turn an in-memory one on."""

    class Fake:
        has = False
        store: dict[str, str] = {}

    fake = Fake()
    fake.store = {}
    monkeypatch.setattr(remember, "available", lambda: fake.has)
    monkeypatch.setattr(remember, "load", lambda folder: fake.store.get(str(folder)))
    monkeypatch.setattr(remember, "save",
                        lambda folder, secret: fake.store.__setitem__(str(folder), secret))
    monkeypatch.setattr(remember, "forget", lambda folder: fake.store.pop(str(folder), None))
    return fake


@pytest.fixture
def open_window(qtbot, tmp_path, keyring):
    def make(folder: Path) -> MainWindow:
        local = QSettings(str(tmp_path / "workstation.ini"), QSettings.Format.IniFormat)
        state = AppState(folder, TaskRunner(synchronous=True), local=local, kdf_iter=FAST_KDF)
        window = MainWindow(state)
        qtbot.addWidget(window)  # closed (and the shop with it) after the test
        with qtbot.waitActive(window):  # focus and shortcuts work as on a real screen
            window.show()
            window.activateWindow()
        return window

    return make


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def type_text(widget, text: str) -> None:
    """Key presses carrying any text (QTest's keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def retype(qtbot, widget, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def unlock(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    assert window.pages.currentWidget() is window.unlock
    retype(qtbot, window.unlock.passphrase, passphrase)
    qtbot.keyClick(window.unlock.passphrase, ENTER)


def shown_error(wizard, key: str):
    """The error line under one of the wizard's fields."""
    return wizard.fields[key][1]


def staff_names(window: MainWindow) -> list[str]:
    people = window.login.people
    return [people.item(i).text() for i in range(people.count())]


def pick(qtbot, window: MainWindow, name: str) -> None:
    """Type-to-select in the staff list, then Enter moves on to the PIN."""
    qtbot.keyClicks(window.login.people, name)
    assert window.login.people.currentItem().text() == name
    qtbot.keyClick(window.login.people, ENTER)


def sign_in(qtbot, window: MainWindow, name: str, pin: str) -> None:
    pick(qtbot, window, name)
    retype(qtbot, window.login.pin, pin)
    qtbot.keyClick(window.login.pin, ENTER)


# -- (1) first run --------------------------------------------------------------------
def test_setup_wizard_creates_a_real_shop_and_goes_to_sign_in(qtbot, tmp_path, open_window):
    folder = tmp_path / "new-shop"
    window = open_window(folder)
    wizard = window.wizard
    assert window.pages.currentWidget() is wizard
    assert wizard.shop_name.hasFocus()

    qtbot.keyClick(wizard.shop_name, ENTER)  # nothing typed yet: the name is missing
    assert wizard.pages.currentIndex() == 0
    assert shown_error(wizard, "shop_name").isVisible()
    assert "name" in shown_error(wizard, "shop_name").text()

    type_text(wizard.shop_name, "Corner Café")
    qtbot.keyClicks(wizard.region, "Israel")
    assert wizard.region.currentData() == "IL"
    wizard.currency.clearEditText()
    qtbot.keyClicks(wizard.currency, "XYZ")
    qtbot.keyClick(wizard.currency, ENTER)
    assert shown_error(wizard, "currency").text() == "XYZ is not a currency code."
    assert wizard.pages.currentIndex() == 0
    wizard.currency.clearEditText()
    qtbot.keyClicks(wizard.currency, "ils")  # completes to "ILS — Israeli New Shekel"
    qtbot.keyClicks(wizard.language, "English")
    assert wizard.language.currentData() == "en"
    qtbot.keyClick(wizard.language, ENTER)
    assert wizard.pages.currentIndex() == 1
    assert not shown_error(wizard, "shop_name").isVisible()

    qtbot.keyClicks(wizard.passphrase, "short")
    assert wizard.strength.text().startswith("Too short")
    qtbot.keyClicks(wizard.passphrase, " but now long enough")
    assert wizard.strength.text() == "Strong."
    qtbot.keyClicks(wizard.passphrase_repeat, "short but now long enougH")
    qtbot.keyClick(wizard.passphrase_repeat, ENTER)
    assert wizard.pages.currentIndex() == 1  # the mismatch stops us here, with a message
    assert shown_error(wizard, "passphrase_repeat").isVisible()
    assert "not the same" in shown_error(wizard, "passphrase_repeat").text()
    retype(qtbot, wizard.passphrase_repeat, "short but now long enough")
    qtbot.keyClick(wizard.passphrase_repeat, ENTER)
    assert wizard.pages.currentIndex() == 2

    qtbot.keyClicks(wizard.manager, MANAGER[0])
    qtbot.keyClicks(wizard.pin, "12ab34")  # letters never reach a PIN field
    assert wizard.pin.text() == "1234"
    qtbot.keyClicks(wizard.pin_repeat, "4321")
    qtbot.keyClick(wizard.pin_repeat, ENTER)
    assert shown_error(wizard, "pin_repeat").isVisible()
    assert not (folder / "counterpart.db").exists()
    retype(qtbot, wizard.pin_repeat, "1234")
    qtbot.keyClick(wizard.pin_repeat, ENTER)

    assert (folder / "counterpart.db").exists()
    assert window.pages.currentWidget() is window.login
    assert window.wizard is None
    assert window.login.title.text() == "Corner Café"
    assert staff_names(window) == [MANAGER[0]]

    reopened = Shop.open(folder, "short but now long enough", channel="cli", kdf_iter=FAST_KDF)
    try:
        settings = reopened.settings
        assert (settings.shop_name, settings.currency, settings.region, settings.language) == (
            "Corner Café", "ILS", "IL", "en")
        [manager] = reopened.staff_list()
        assert (manager.name, manager.role) == (MANAGER[0], "manager")
    finally:
        reopened.close()


# -- (2) unlock -----------------------------------------------------------------------
def test_wrong_passphrase_is_refused_and_leaves_the_file_alone(qtbot, shop_dir, open_window):
    db = shop_dir / "counterpart.db"
    before, files_before = sha256(db), sorted(p.name for p in shop_dir.iterdir())
    window = open_window(shop_dir)
    screen = window.unlock
    assert screen.passphrase.hasFocus()
    assert not screen.remember.isVisibleTo(screen)  # no real keyring here

    unlock(qtbot, window, "not the passphrase")
    assert screen.error.isVisible()
    assert "does not open this shop" in screen.error.text()
    assert screen.passphrase.selectedText() == "not the passphrase"  # ready to retype
    assert screen.button.isEnabled() and screen.button.text() == "Unlock"
    assert window.state.shop is None
    assert window.pages.currentWidget() is screen
    assert sha256(db) == before
    assert sorted(p.name for p in shop_dir.iterdir()) == files_before

    qtbot.keyClicks(screen.passphrase, PASSPHRASE)  # replaces the selected text
    qtbot.keyClick(screen.passphrase, ENTER)
    assert window.state.shop is not None
    assert window.pages.currentWidget() is window.login
    assert window.login.title.text() == "Corner Café"
    assert sorted(staff_names(window)) == sorted([MANAGER[0], CASHIER[0]])


def test_remembered_passphrase_opens_by_itself_and_a_stale_one_is_forgotten(
    qtbot, shop_dir, open_window, keyring
):
    keyring.has = True
    window = open_window(shop_dir)
    assert window.unlock.remember.isVisibleTo(window.unlock)
    window.unlock.remember.setChecked(True)
    unlock(qtbot, window)
    assert keyring.store == {str(shop_dir): PASSPHRASE}
    window.close()

    again = open_window(shop_dir)  # activate() tries the remembered passphrase
    assert again.pages.currentWidget() is again.login
    again.close()

    keyring.store[str(shop_dir)] = "an old passphrase"
    stale = open_window(shop_dir)
    assert stale.pages.currentWidget() is stale.unlock
    assert "remembered passphrase" in stale.unlock.error.text()
    assert keyring.store == {}


# -- (3) PIN sign-in ------------------------------------------------------------------
def test_pin_sign_in(qtbot, shop_dir, open_window):
    window = open_window(shop_dir)
    unlock(qtbot, window)
    login = window.login
    shop = window.state.shop

    assert login.people.hasFocus()
    pick(qtbot, window, MANAGER[0])
    assert login.pin.hasFocus()
    qtbot.keyClicks(login.pin, "99x9")
    assert login.pin.text() == "999"
    qtbot.keyClick(login.pin, ENTER)
    assert login.error.isVisible() and login.error.text() == "That PIN is not right."
    assert login.pin.text() == "" and login.pin.hasFocus()
    assert shop.actor.staff_id is None
    assert window.pages.currentWidget() is login

    qtbot.keyClicks(login.pin, MANAGER[1])
    qtbot.keyClick(login.pin, ENTER)
    assert window.pages.currentWidget() is window.workspace
    assert (shop.actor.staff_name, shop.actor.role) == (MANAGER[0], "manager")
    assert MANAGER[0] in window.workspace.who.text()


# -- (4) lock-out ---------------------------------------------------------------------
def test_three_wrong_pins_lock_the_account(qtbot, shop_dir, open_window):
    window = open_window(shop_dir)
    unlock(qtbot, window)
    login, shop = window.login, window.state.shop

    for attempt in range(3):
        sign_in(qtbot, window, CASHIER[0], "0000")
        assert login.error.isVisible()
        if attempt < 2:
            assert login.error.text() == "That PIN is not right."
    assert "Too many wrong PINs" in login.error.text()
    assert "30 seconds" in login.error.text()
    assert not login.pin.isEnabled() and not login.button.isEnabled()

    qtbot.keyClicks(login.pin, CASHIER[1])  # a disabled field takes nothing
    qtbot.keyClick(login.pin, ENTER)
    login.submit()
    assert shop.actor.staff_id is None
    assert window.pages.currentWidget() is login
    qtbot.waitUntil(lambda: "29 seconds" in login.error.text(), timeout=3000)

    # the lock belongs to the account: someone else can still sign in ...
    qtbot.keyClicks(login.people, MANAGER[0])
    assert login.pin.isEnabled() and not login.error.isVisible()
    # ... and it is kept in the shop file, not in this screen: the core refuses too
    sam = next(m for m in shop.staff_list() if m.name == CASHIER[0])
    with pytest.raises(AccountLocked):
        shop.sign_in(sam.id, CASHIER[1])
    assert shop.actor.staff_id is None

    window.close()
    fresh = open_window(shop_dir)  # a restart still shows the lock
    unlock(qtbot, fresh)
    qtbot.keyClicks(fresh.login.people, CASHIER[0])
    assert not fresh.login.pin.isEnabled()
    assert "Too many wrong PINs" in fresh.login.error.text()


# -- (5) lock and auto-lock -----------------------------------------------------------
def test_lock_and_idle_lock_sign_out(qtbot, shop_dir, open_window):
    window = open_window(shop_dir)
    unlock(qtbot, window)
    shop = window.state.shop
    sign_in(qtbot, window, CASHIER[0], CASHIER[1])
    assert window.pages.currentWidget() is window.workspace
    assert shop.actor.staff_name == CASHIER[0]

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.login
    assert shop.actor.staff_id is None
    assert window.login.people.currentItem().text() == CASHIER[0]  # quick to come back

    qtbot.keyClicks(window.login.pin, CASHIER[1])
    qtbot.keyClick(window.login.pin, ENTER)
    assert window.pages.currentWidget() is window.workspace

    window.idle.start(0.001)  # 60 ms of silence
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.login, timeout=3000)
    assert shop.actor.staff_id is None
    assert window.state.shop is shop  # the shop stays unlocked on this workstation


# -- the keyring helper itself (an in-memory backend; the machine's keyring is never used) --
def test_remember_uses_a_real_keyring_only_and_never_raises(tmp_path):
    import keyring as keyring_lib
    from keyring.backend import KeyringBackend
    from keyring.backends import fail

    class Memory(KeyringBackend):
        priority = 1
        secrets: dict = {}

        def get_password(self, service, username):
            return self.secrets.get((service, username))

        def set_password(self, service, username, password):
            self.secrets[(service, username)] = password

        def delete_password(self, service, username):
            del self.secrets[(service, username)]

    class Broken(Memory):
        def get_password(self, service, username):
            raise keyring_lib.errors.KeyringLocked("locked")

        set_password = delete_password = get_password

    original = keyring_lib.get_keyring()
    folder = tmp_path / "a" / ".." / "shop"
    try:
        keyring_lib.set_keyring(fail.Keyring())
        assert not remember.available()
        assert remember.load(folder) is None
        assert remember.save(folder, PASSPHRASE) is False
        remember.forget(folder)

        memory = Memory()
        keyring_lib.set_keyring(memory)
        assert remember.available()
        assert remember.save(folder, PASSPHRASE) is True
        assert memory.secrets == {("Counterpart", str(folder.resolve())): PASSPHRASE}
        assert remember.load(tmp_path / "shop") == PASSPHRASE  # the same folder, resolved
        remember.forget(folder)
        remember.forget(folder)  # nothing left to forget: still no error
        assert remember.load(folder) is None

        keyring_lib.set_keyring(Broken())
        assert remember.load(folder) is None
        assert remember.save(folder, PASSPHRASE) is False
        remember.forget(folder)
    finally:
        keyring_lib.set_keyring(original)
