"""Staff: everyone who can sign in here, their role, whether the account is active and
whether it is locked out after wrong PINs. A manager adds people, sets a new PIN (which
also ends a lock-out) and disables or enables accounts; a cashier sees the list only.

The core keeps at least one active manager: its refusal is shown as is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import audit
from app.core.errors import CounterpartError
from app.core.staff import StaffMember
from app.ui.dialogs.customer_labels import local_time
from app.ui.dialogs.staff_member import StaffMemberDialog
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.info_card import leading_edge

_ID = Qt.ItemDataRole.UserRole


def _label(text: str = "", name: str = "hint") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(leading_edge())
    return label


class StaffScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.members: list[StaffMember] = []
        self.dialog: StaffMemberDialog | None = None
        self._want: int | None = None  # select this member when the list comes back

        title = QLabel(self.tr("Staff"))
        title.setObjectName("title")
        self.intro = _label()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Account"), self.tr("Sign-in")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton(self.tr("Add staff member… (F2)"))
        self.add_button.clicked.connect(self.add_member)
        self.pin_button = QPushButton(self.tr("Set new PIN… (F4)"))
        self.pin_button.clicked.connect(self.set_pin)
        for key, action in ((Qt.Key.Key_F2, self.add_member), (Qt.Key.Key_F4, self.set_pin)):
            QShortcut(QKeySequence(key), self, action,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.active_button = QPushButton(self.tr("&Disable"))
        self.active_button.clicked.connect(self.toggle_active)
        actions = QHBoxLayout()
        for button in (self.add_button, self.pin_button, self.active_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        self.add_button.setProperty("primary", True)
        self.status = _label(name="error")
        self.status.setVisible(False)
        self.done = _label()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.done)
        state.runner.changed.connect(self._changed)

    # -- showing ------------------------------------------------------------------------
    def activate(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        manager = shop.actor.is_manager
        self.intro.setText(
            self.tr("Everyone who can sign in at this shop. A new PIN also ends a lock-out "
                    "after wrong PINs.") if manager else
            self.tr("Only a manager can add staff, set PINs or disable accounts."))
        for button in (self.add_button, self.pin_button, self.active_button):
            button.setVisible(manager)
        self._say("")
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        keep = self.selected_id()
        self.state.runner.run(shop.staff_list, True, on_done=lambda found: self._fill(found, keep),
                              on_error=lambda err: self._say(error_text(err), error=True))

    def _changed(self, what) -> None:
        if "staff" in what and self.isVisible():
            self.reload()

    def _fill(self, members: list[StaffMember], keep: int | None) -> None:
        self.members = members
        me = self.state.shop.actor.staff_id if self.state.shop else None
        now = audit.now()
        grey = QColor("#57606a")
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            name = member.name + (self.tr(" (you)") if member.id == me else "")
            role = self.tr("Manager") if member.role == "manager" else self.tr("Cashier")
            active = self.tr("Active") if member.active else self.tr("Disabled")
            locked = member.locked_until is not None and member.locked_until > now
            lock = (self.tr("Locked until {time}").format(time=local_time(member.locked_until))
                    if locked else "")
            for column, text in enumerate((name, role, active, lock)):
                item = QTableWidgetItem(text)
                item.setData(_ID, member.id)
                if not member.active:
                    item.setForeground(grey)
                if column == 3 and locked:
                    item.setForeground(QColor("#b42318"))
                self.table.setItem(row, column, item)
        if self._want is not None:
            keep, self._want = self._want, None
        ids = [m.id for m in members]
        self.table.setCurrentCell(ids.index(keep) if keep in ids else (0 if ids else -1), 0)
        self._update_buttons()

    def selected(self) -> StaffMember | None:
        row = self.table.currentRow()
        return self.members[row] if 0 <= row < len(self.members) else None

    def selected_id(self) -> int | None:
        member = self.selected()
        return member.id if member else None

    def select(self, staff_id: int) -> None:
        ids = [m.id for m in self.members]
        if staff_id in ids:
            self.table.setCurrentCell(ids.index(staff_id), 0)

    def _update_buttons(self) -> None:
        member = self.selected()
        self.pin_button.setEnabled(member is not None and member.active)
        self.active_button.setEnabled(member is not None)
        self.active_button.setText(self.tr("&Enable") if member and not member.active
                                   else self.tr("&Disable"))

    def _say(self, message: str, error: bool = False) -> None:
        self.status.setText(message if error else "")
        self.status.setVisible(error and bool(message))
        self.done.setText("" if error else message)

    # -- a manager's actions ------------------------------------------------------------
    def _may(self) -> bool:
        shop = self.state.shop
        return shop is not None and shop.actor.is_manager and self.dialog is None

    def add_member(self) -> None:
        if self._may():
            self._open(StaffMemberDialog(self.state, None, self))

    def set_pin(self) -> None:
        member = self.selected()
        if self._may() and member is not None and member.active:
            self._open(StaffMemberDialog(self.state, member, self))

    def _open(self, dialog: StaffMemberDialog) -> None:
        """Window-modal, not blocking: the keyboard (and a test) drives it like any window."""
        self._say("")
        self.dialog = dialog
        dialog.saved.connect(lambda member: self._saved(dialog, member))
        dialog.finished.connect(lambda _code: self._closed(dialog))
        dialog.open()
        dialog.activateWindow()

    def _saved(self, dialog: StaffMemberDialog, member: StaffMember) -> None:
        if dialog.member is None:
            self._say(self.tr("{name} can sign in now.").format(name=member.name))
        else:
            self._say(self.tr("{name} has a new PIN.").format(name=member.name))
        self._show_member(member.id)

    def _show_member(self, staff_id: int) -> None:
        """Select who was just changed, now or once the reload the change caused is in."""
        if staff_id in [m.id for m in self.members]:
            self.select(staff_id)
        else:
            self._want = staff_id

    def _closed(self, dialog: StaffMemberDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def toggle_active(self) -> None:
        shop, member = self.state.shop, self.selected()
        if shop is None or member is None or not self._may():
            return
        if member.active:
            question = self.tr("Disable {name}? They can no longer sign in. Their history "
                               "stays, and a manager can enable them again.")
        else:
            question = self.tr("Enable {name}? They can sign in again with their PIN.")
        answer = QMessageBox.question(
            self, self.tr("Staff"), question.format(name=member.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._say("")
        self.state.runner.run(
            shop.set_staff_active, member.id, not member.active, changes={"staff"},
            on_done=self._toggled, on_error=self._refused)

    def _toggled(self, member: StaffMember) -> None:
        done = self.tr("{name} is enabled.") if member.active else self.tr("{name} is disabled.")
        self._say(done.format(name=member.name))
        self._show_member(member.id)

    def _refused(self, error: CounterpartError) -> None:
        self._say(error_text(error), error=True)
