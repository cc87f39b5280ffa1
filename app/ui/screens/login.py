"""Staff sign-in: pick your name, type your PIN, Enter. Wrong PINs lock the account for a
while; the screen counts the wait down."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QWidget

from app.core.errors import AccountLocked, CounterpartError, WrongPin
from app.ui.bidi import from_the_right, isolate, number
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.centered_card import centered_card, label, secret_edit

_ID = Qt.ItemDataRole.UserRole


class LoginScreen(QWidget):
    signed_in = Signal()

    def __init__(self, state: AppState):
        super().__init__()
        self.state = state
        self._locked: dict[int, float] = {}  # staff id -> time.monotonic() deadline
        self._last_id: int | None = None
        self._showing_lock = False
        self._busy = False
        box = centered_card(self)

        self.title = label("", "title")
        box.addWidget(self.title)
        box.addWidget(label(self.tr("Who is at the counter?"), "subtitle"))
        box.addSpacing(8)
        self.people = QListWidget()
        self.people.setObjectName("people")
        self.people.setAccessibleName(self.tr("Staff"))
        self.people.setStyleSheet(
            "QListWidget#people { font-size: 17px; border: 1px solid #d0d7de; outline: 0;"
            " border-radius: 6px; }"
            "QListWidget#people::item { padding: 9px 10px; }"
            "QListWidget#people::item:selected { background: #1f6feb; color: white; }"
        )
        self.people.setMinimumHeight(170)
        box.addWidget(self.people, 1)

        self.pin_label = label(self.tr("&PIN"))
        self.pin = secret_edit(digits=True)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin_label.setBuddy(self.pin)
        box.addSpacing(4)
        box.addWidget(self.pin_label)
        box.addWidget(self.pin)
        self.error = label("", "error")
        self.error.hide()
        box.addWidget(self.error)

        self.button = QPushButton(self.tr("Sign in"))
        self.button.setProperty("primary", "true")
        self.button.setAutoDefault(True)
        self.button.setMinimumHeight(40)
        box.addSpacing(6)
        box.addWidget(self.button)
        box.addWidget(label(self.tr("Forgot your PIN? A manager can set a new one."), "hint"))

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_lock)

        self.people.currentItemChanged.connect(self._picked)
        self.people.itemActivated.connect(lambda _item: self._focus_pin())
        self.people.installEventFilter(self)
        self.pin.returnPressed.connect(self.submit)
        self.pin.textEdited.connect(self._pin_edited)
        self.pin.installEventFilter(self)
        self.button.clicked.connect(self.submit)
        self.setTabOrder(self.people, self.pin)
        self.setTabOrder(self.pin, self.button)

    # -- entry ------------------------------------------------------------------------
    def activate(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.title.setText(from_the_right(isolate(shop.settings.shop_name)))
        self.pin.clear()
        self.error.hide()
        self.state.runner.run(shop.staff_list, on_done=self._fill)

    def _fill(self, members) -> None:
        now = datetime.now(UTC).replace(tzinfo=None)
        self._locked = {
            m.id: time.monotonic() + (m.locked_until - now).total_seconds()
            for m in members if m.locked_until and m.locked_until > now
        }
        self.people.blockSignals(True)
        self.people.clear()
        for member in members:
            item = QListWidgetItem(member.name)
            item.setData(_ID, member.id)
            item.setToolTip(self.tr("manager") if member.role == "manager" else self.tr("cashier"))
            self.people.addItem(item)
        self.people.blockSignals(False)
        ids = [m.id for m in members]
        row = ids.index(self._last_id) if self._last_id in ids else 0
        self.people.setCurrentRow(row)
        self._picked(self.people.currentItem())
        self.people.setFocus()

    def _picked(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.pin.clear()
        self.error.hide()
        name = item.text().replace("&", "&&") if item else ""  # no mnemonic in a name
        self.pin_label.setText(self.tr("&PIN for {name}").format(name=name) if name
                               else self.tr("&PIN"))
        self._update_lock()

    def _focus_pin(self) -> None:
        if self.pin.isEnabled():
            self.pin.setFocus()

    def selected_id(self) -> int | None:
        item = self.people.currentItem()
        return None if item is None else int(item.data(_ID))

    # -- signing in -------------------------------------------------------------------
    def submit(self) -> None:
        staff_id, pin = self.selected_id(), self.pin.text()
        if staff_id is None or self.state.shop is None or self._busy:
            return
        if self._seconds_left(staff_id) > 0:
            self._update_lock()
            return
        if not pin:
            self._show_error(self.tr("Type your PIN, then press Enter."))
            return
        self._set_busy(True)
        self.state.runner.run(
            self.state.shop.sign_in, staff_id, pin,
            on_done=lambda _member: self._done(staff_id),
            on_error=lambda err: self._refused(staff_id, err),
        )

    def _done(self, staff_id: int) -> None:
        self._last_id = staff_id
        self._set_busy(False)
        self.pin.clear()
        self.error.hide()
        self.signed_in.emit()

    def _refused(self, staff_id: int, error: CounterpartError) -> None:
        self._set_busy(False)
        self.pin.clear()
        if isinstance(error, AccountLocked):
            self._locked[staff_id] = time.monotonic() + error.seconds_left
            self._update_lock()
        elif isinstance(error, WrongPin):
            self._show_error(self.tr("That PIN is not right."))
        else:
            message = error_text(error)
            self.state.runner.run(  # the list changed (an account was disabled): reload it
                self.state.shop.staff_list,
                on_done=lambda members: (self._fill(members), self._show_error(message)))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.button.setEnabled(not busy)
        self.button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self._focus_pin()

    def _pin_edited(self, _text: str) -> None:
        if not self._showing_lock:
            self.error.hide()

    # -- lock-out countdown -----------------------------------------------------------
    def _seconds_left(self, staff_id: int | None) -> int:
        deadline = self._locked.get(staff_id) if staff_id is not None else None
        if deadline is None:
            return 0
        left = deadline - time.monotonic()
        if left <= 0:
            del self._locked[staff_id]
            return 0
        return int(left + 0.999)

    def _update_lock(self) -> None:
        left = self._seconds_left(self.selected_id())
        was_locked, locked = self._showing_lock, left > 0
        self._showing_lock = locked
        self.pin.setEnabled(not locked)
        self.button.setEnabled(not locked)
        if locked:
            self.error.setText(
                self.tr("Too many wrong PINs. Try again in 1 second.") if left == 1 else
                self.tr("Too many wrong PINs. Try again in {n} seconds.").format(n=number(left)))
            self.error.show()
            self._tick.start()
            return
        self._tick.stop()
        if was_locked:
            self.error.hide()
            if not self.people.hasFocus():
                self._focus_pin()

    # -- keyboard ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() != QEvent.Type.KeyPress:
            return False
        key, text = event.key(), event.text()  # type: ignore[attr-defined]
        if watched is self.people:
            if text.isdigit() and self.pin.isEnabled():  # start typing the PIN at once
                self.pin.setFocus()
                self.pin.insert(text)
                return True
        elif watched is self.pin and key == Qt.Key.Key_Escape:
            self.pin.clear()
            self.people.setFocus()
            return True
        return False
