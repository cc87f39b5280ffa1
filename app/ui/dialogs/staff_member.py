"""Add a staff member (name, role, PIN twice) or set a new PIN for one (PIN twice; this also
ends a lock-out). A manager's dialog; the core checks and refuses with a message that
appears under its field, and nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import staff
from app.core.errors import CounterpartError, ValidationError
from app.core.staff import StaffMember
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.centered_card import secret_edit
from app.ui.widgets.info_card import leading_edge


def _message(text: str = "", name: str = "error") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(leading_edge())
    label.setVisible(bool(text))
    return label


class StaffMemberDialog(QDialog):
    saved = Signal(object)  # the StaffMember added or changed

    def __init__(self, state: AppState, member: StaffMember | None = None,
                 parent: QWidget | None = None):
        """No `member`: add someone. A `member`: set a new PIN for them."""
        super().__init__(parent)
        self.state = state
        self.member = member
        self._saving = False
        adding = member is None
        self.setWindowTitle(self.tr("Add staff member") if adding else self.tr("Set new PIN"))
        self.setMinimumWidth(440)

        title = QLabel(self.windowTitle())
        title.setObjectName("title")
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(8)
        self.errors: dict[str, QLabel] = {}
        self.name = QLineEdit()
        self.name.setMaxLength(80)
        self.role = QComboBox()
        self.role.addItem(self.tr("Cashier"), "cashier")
        self.role.addItem(self.tr("Manager"), "manager")
        self.pin = secret_edit(digits=True)
        self.pin_repeat = secret_edit(digits=True)
        if adding:
            intro = self.tr("A cashier registers, looks up and records purchases; a manager "
                            "also sees reports, exports, settings and staff.")
            self._row(form, "name", self.tr("&Name"), self.name)
            self._row(form, "role", self.tr("&Role"), self.role)
        else:
            intro = self.tr("{name} signs in with this PIN from now on. If they were locked "
                            "out after wrong PINs, they can sign in again at once.").format(
                                name=member.name)
        self._row(form, "pin", self.tr("&PIN (4-8 digits)"), self.pin)
        self._row(form, "pin_repeat", self.tr("PIN &again"), self.pin_repeat)
        self.problem = _message()

        cancel = QPushButton(self.tr("Cancel (Esc)"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Add (Enter)") if adding
                                     else self.tr("Set PIN (Enter)"))
        self.ok_button.setProperty("primary", True)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(_message(intro, "hint"))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        self.name.textEdited.connect(lambda _t: self._typed("name"))
        self.role.currentIndexChanged.connect(lambda _i: self._typed("role"))
        self.pin.textEdited.connect(lambda _t: self._typed("pin"))
        self.pin_repeat.textEdited.connect(lambda _t: self._typed("pin_repeat"))
        (self.name if adding else self.pin).setFocus()

    def _row(self, form: QFormLayout, key: str, caption: str, field: QWidget) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(field)
        self.errors[key] = _message()
        column.addWidget(self.errors[key])
        label = QLabel(caption)
        label.setAlignment(leading_edge())
        label.setBuddy(field)
        form.addRow(label, holder)

    def _typed(self, key: str) -> None:
        self.errors[key].setVisible(False)
        self.problem.setVisible(False)

    def _show(self, key: str, message: str) -> None:
        label = self.errors.get(key, self.problem)
        label.setText(message)
        label.setVisible(True)
        self.adjustSize()  # room for the message under its field

    # -- doing it -----------------------------------------------------------------------
    def submit(self) -> None:
        shop = self.state.shop
        if self._saving or shop is None:
            return
        for label in (*self.errors.values(), self.problem):
            label.setVisible(False)
        pin = self.pin.text()
        if pin != self.pin_repeat.text():
            self._show("pin_repeat", self.tr("The two PINs are not the same. Type them again."))
            self.pin_repeat.clear()
            self.pin_repeat.setFocus()
            return
        self._saving = True
        self.ok_button.setEnabled(False)
        if self.member is None:
            self.state.runner.run(shop.add_staff, self.name.text(), self.role.currentData(),
                                  pin, on_done=self._done, on_error=self._refused,
                                  changes={"staff"})
        else:
            self.state.runner.run(staff.reset_staff_pin, shop, self.member.id, pin,
                                  on_done=self._done, on_error=self._refused,
                                  changes={"staff"})

    def _done(self, member: StaffMember) -> None:
        self._saving = False
        self.saved.emit(member)
        self.accept()

    def _refused(self, error: CounterpartError) -> None:
        self._saving = False
        self.ok_button.setEnabled(True)
        message = error_text(error)
        if isinstance(error, ValidationError) and error.field in self.errors:
            self._show(error.field, message)
            field = {"name": self.name, "role": self.role}.get(error.field, self.pin)
            field.setFocus()
            return
        self._show("", message)
