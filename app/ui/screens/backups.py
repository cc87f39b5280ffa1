"""Backups: every encrypted copy of the shop with its date, size and whether it passed its
check; a manager backs up now, verifies, restores (after a backup of the shop as it is),
changes the passphrase and chooses the backup folder (e.g. a USB stick)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import backups, restore
from app.core.errors import CounterpartError, WrongPassphrase
from app.ui.bidi import isolate, number
from app.ui.dates import show_datetime
from app.ui.dialogs.rekey import RekeyDialog
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.info_card import leading_edge

# What a restore can change: every view refreshes itself.
EVERYTHING = {
    "customers",
    "purchases",
    "loyalty",
    "staff",
    "settings",
    "surveys",
    "alerts",
    "backups",
}


def _label(text: str = "", name: str = "hint") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(leading_edge())
    return label


class BackupsScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.found: list[backups.BackupInfo] = []
        self.dialog: RekeyDialog | None = None

        title = QLabel(self.tr("Backups"))
        title.setObjectName("title")
        intro = _label(
            self.tr(
                "Encrypted copies of the whole shop, made every day, when the app closes and "
                "when you ask; each one is checked after it is made. Kept: one a day for 7 "
                "days, one a week for 4 weeks, one a month for 12 months. A backup opens "
                "with the passphrase the shop had when it was made."
            )
        )
        self.folder = _label()
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.default_button = QPushButton(self.tr("Use the shop folder"))
        self.default_button.clicked.connect(lambda: self._set_folder(""))
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(self.choose_button)
        where.addWidget(self.default_button)

        self.backup_button = QPushButton(self.tr("Back up now (Ctrl+B)"))
        self.backup_button.setProperty("primary", True)
        self.backup_button.clicked.connect(self.back_up)
        QShortcut(
            QKeySequence("Ctrl+B"),
            self,
            self.back_up,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.clicked.connect(self.verify)
        self.restore_button = QPushButton(self.tr("Res&tore…"))
        self.restore_button.clicked.connect(lambda: self.restore())
        self.rekey_button = QPushButton(self.tr("Change &passphrase…"))
        self.rekey_button.clicked.connect(self.change_passphrase)
        actions = QHBoxLayout()
        for button in (self.backup_button, self.verify_button, self.restore_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.rekey_button)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Kind"), self.tr("Size"), self.tr("Checked")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())

        self.status = _label(name="error")
        self.status.setVisible(False)
        self.done = _label()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(where)
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
        for button in (
            self.backup_button,
            self.restore_button,
            self.rekey_button,
            self.choose_button,
            self.default_button,
        ):
            button.setVisible(manager)
        if not manager:
            self._say(self.tr("Only a manager can back up, restore or change the passphrase."))
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self._show_folder()
        self.state.runner.run(
            backups.listing,
            shop,
            on_done=self._fill,
            on_error=lambda err: self._say(error_text(err), error=True),
        )

    def _changed(self, what) -> None:
        if ("backups" in what or "settings" in what) and self.isVisible():
            self.reload()

    def _show_folder(self) -> None:
        shop = self.state.shop
        chosen = shop.settings.backup_folder if shop else ""
        where = isolate(str(backups.folder_of(shop))) if shop else ""
        self.folder.setText(
            self.tr("Backup folder: {folder}").format(folder=where)
            if chosen
            else self.tr(
                "Backup folder: {folder} (in the shop folder; choose a USB stick or "
                "another disk to keep copies away from this computer)"
            ).format(folder=where)
        )
        self.default_button.setEnabled(bool(chosen))

    def _fill(self, found: list[backups.BackupInfo]) -> None:
        keep = self.selected()
        self.found = found
        self.table.setRowCount(len(found))
        kinds = {
            "manual": self.tr("By hand"),
            "daily": self.tr("Daily"),
            "close": self.tr("At close"),
            "before-restore": self.tr("Before a restore"),
            "after-rekey": self.tr("New passphrase"),
            "before-upgrade": self.tr("Before an update"),
        }
        for row, info in enumerate(found):
            if info.verified:
                checked, colour = "✓ " + self.tr("Verified"), QColor("#1a7f37")
            elif info.problem:
                checked, colour = (
                    "✗ " + error_text(info.problem),
                    QColor("#b42318"),
                )
            else:
                checked, colour = self.tr("Not checked yet"), QColor("#57606a")
            cells = (
                show_datetime(info.made_at),
                kinds.get(info.kind, info.kind),
                _size(info.size),
                checked,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                if column == 3:
                    item.setForeground(colour)
                self.table.setItem(row, column, item)
        paths = [b.path for b in found]
        target = paths.index(keep.path) if keep and keep.path in paths else 0
        self.table.setCurrentCell(target if found else -1, 0)
        if not found:
            self._say(self.tr("No backups yet. The first one is made today, or press Back up now."))
        self._update_buttons()

    def selected(self) -> backups.BackupInfo | None:
        row = self.table.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.verify_button.setEnabled(has)
        self.restore_button.setEnabled(has)

    def _say(self, message: str, error: bool = False) -> None:
        self.status.setText(message if error else "")
        self.status.setVisible(error and bool(message))
        self.done.setText("" if error else message)

    def _failed(self, error: CounterpartError) -> None:
        self._say(error_text(error), error=True)
        self._update_buttons()

    # -- actions ------------------------------------------------------------------------
    def back_up(self) -> None:
        shop = self.state.shop
        if shop is None or not shop.actor.is_manager:
            return
        self._say(self.tr("Backing up…"))
        self.state.runner.run_with_progress(
            backups.make,
            shop,
            title=self.tr("Backing up the shop…"),
            parent=self,
            on_done=lambda info: self._say(
                self.tr("Backed up and verified: {name}.").format(name=isolate(info.name))
            ),
            on_error=self._failed,
            changes={"backups"},
        )

    def verify(self) -> None:
        shop, info = self.state.shop, self.selected()
        if shop is None or info is None:
            return
        self._say(self.tr("Checking {name}…").format(name=isolate(info.name)))
        self.state.runner.run(
            backups.verify,
            shop,
            info.path,
            on_done=self._verified,
            on_error=self._failed,
            changes={"backups"},
        )

    def _verified(self, info: backups.BackupInfo) -> None:
        if info.verified:
            self._say(self.tr("{name} is sound.").format(name=isolate(info.name)))
        else:
            self._say(
                self.tr("{name} failed its check: {problem}").format(
                    name=info.name, problem=error_text(info.problem)
                ),
                error=True,
            )

    def restore(self, passphrase: str | None = None) -> None:
        shop, info = self.state.shop, self.selected()
        if shop is None or info is None or not shop.actor.is_manager:
            return
        if passphrase is None:
            answer = QMessageBox.question(
                self,
                self.tr("Restore this backup?"),
                self.tr(
                    "Put back the shop as it was on {when}? Everything recorded since is "
                    "replaced. The shop as it is now is backed up first, so this can be "
                    "undone by restoring that backup."
                ).format(when=show_datetime(info.made_at)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._say(self.tr("Restoring…"))
        self.restore_button.setEnabled(False)
        self.state.runner.run(
            restore.restore,
            shop,
            info.path,
            passphrase,
            on_done=self._restored,
            on_error=self._restore_failed,
            changes=EVERYTHING,
        )

    def _restore_failed(self, error: CounterpartError) -> None:
        if isinstance(error, WrongPassphrase):  # made before the passphrase was changed
            text, ok = QInputDialog.getText(
                self,
                self.tr("The backup's passphrase"),
                self.tr(
                    "This backup was made under another passphrase. Type the passphrase "
                    "it was made with:"
                ),
                QLineEdit.EchoMode.Password,
            )
            if ok and text:
                self.restore(text)
                return
        self._failed(error)

    def _restored(self, done: restore.Restored) -> None:
        self._say(
            self.tr(
                "Restored the backup from {when}. The shop as it was before is in {name}."
            ).format(when=show_datetime(done.backup.made_at), name=done.safety_copy.name)
        )

    def change_passphrase(self) -> None:
        shop = self.state.shop
        if shop is None or not shop.actor.is_manager or self.dialog is not None:
            return
        self.dialog = RekeyDialog(self.state, self)
        self.dialog.changed.connect(self._rekeyed)
        self.dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        self.dialog.open()

    def _rekeyed(self, done) -> None:
        lines = [self.tr("The passphrase is changed: the shop opens only with the new one.")]
        if done.older_backups:
            lines.append(
                self.tr(
                    "{n} older backup(s) still open only with the OLD passphrase. "
                    "Keep it as long as you keep them."
                ).format(n=number(done.older_backups))
            )
        self._say(" ".join(lines))

    def choose_folder(self) -> None:
        shop = self.state.shop
        if shop is None or not shop.actor.is_manager:
            return
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), str(backups.folder_of(shop))
        )
        if chosen:
            self._set_folder(chosen)

    def _set_folder(self, chosen: str) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.state.runner.run(
            backups.set_folder,
            shop,
            chosen,
            changes={"settings", "backups"},
            on_done=lambda where: self._say(
                self.tr("Backups now go to {folder}.").format(folder=isolate(str(where)))
            ),
            on_error=self._failed,
        )


def _size(n: int) -> str:
    size = f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, n // 1024)} KB"
    return f"\u2066{size}\u2069"  # left to right inside a right-to-left table
