"""Leaving kiosk mode: a manager's name and PIN. Cashiers and wrong PINs are refused (wrong
PINs count towards the account's lock-out like any sign-in), and the kiosk keeps acting as
nobody whatever was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import NotFound, PermissionDenied, WrongPin
from app.core.shop import Shop
from app.core.staff import StaffMember
from app.ui.error_text import error_text
from app.ui.tasks import TaskRunner
from app.ui.widgets.centered_card import secret_edit


def check_manager(shop: Shop, name: str, pin: str) -> StaffMember:
    """The manager with this name and PIN, or a refusal. The kiosk's own actor is put back
    afterwards, so answers never become a staff member's by accident."""
    wanted = " ".join(name.split()).casefold()
    member = next((m for m in shop.staff_list() if m.name.casefold() == wanted), None)
    if member is None:
        raise NotFound("That name and PIN don't open the kiosk.")
    kept = shop.actor
    try:
        checked = shop.sign_in(member.id, pin)
    except WrongPin:
        raise WrongPin("That name and PIN don't open the kiosk.") from None
    finally:
        shop.actor = kept
    if checked.role != "manager":
        raise PermissionDenied("Only a manager can leave the kiosk.")
    return checked


class ExitDialog(QDialog):
    """Name + PIN; accepted only once a manager's PIN checked out."""

    def __init__(self, shop: Shop, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.shop, self.runner = shop, runner
        self.busy = False
        self.setObjectName("kioskExit")
        self.setWindowTitle(self.tr("Leave the kiosk"))
        self.setModal(True)
        self.setMinimumWidth(440)
        title = QLabel(self.tr("Staff only: a manager's name and PIN close the kiosk."))
        title.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Manager's name"))
        self.name.setMaxLength(80)
        self.pin = secret_edit(digits=True)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.leave_button = QPushButton(self.tr("Leave the kiosk"))
        self.leave_button.setProperty("primary", "true")
        self.leave_button.setAutoDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.leave_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.name.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.leave_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        for widget in (title, self.name, self.pin, self.error):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        for edit in (self.name, self.pin):
            edit.setMinimumHeight(44)
            edit.textEdited.connect(lambda _t: self.error.setVisible(False))
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if self.busy:
            return
        if not self.name.text().strip() or not self.pin.text():
            self._refused(self.tr("Type the manager's name and PIN."))
            return
        self.busy = True
        self.runner.run(
            check_manager,
            self.shop,
            self.name.text(),
            self.pin.text(),
            on_done=self._checked,
            on_error=lambda e: self._refused(error_text(e)),
        )

    def _checked(self, _member: StaffMember) -> None:
        self.busy = False
        self.accept()

    def _refused(self, message: str) -> None:
        self.busy = False
        self.pin.clear()
        self.error.setText(message)
        self.error.setVisible(True)

    def reject(self) -> None:
        self.pin.clear()
        super().reject()
