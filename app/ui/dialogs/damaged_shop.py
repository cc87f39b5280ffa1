"""The shop file failed its check at open: say so plainly, name the latest good backup, and
put it back (or another one the manager picks). The damaged file is kept aside, never
deleted; nobody can sign in to a damaged shop, so the passphrase that opens the backup is
what allows the restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import backups, restore
from app.core.errors import CounterpartError
from app.ui.bidi import from_the_right, isolate
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.info_card import leading_edge


class DamagedShopDialog(QDialog):
    restored = Signal(object)  # restore.Restored

    def __init__(
        self,
        state: AppState,
        damaged: restore.ShopDamaged,
        passphrase: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.state = state
        self.damaged = damaged
        self._passphrase = passphrase
        self.busy = False
        self.setWindowTitle(self.tr("The shop file is damaged"))
        self.setMinimumWidth(560)

        title = QLabel(self.tr("The shop file is damaged"))
        title.setObjectName("title")
        explain = QLabel(
            from_the_right(  # the Hebrew and Persian sentences start with 'Counterpart'
                self.tr(
                    "Counterpart checks the shop file every time it opens, and this time part "
                    "of it could not be read back as it was written (a failing disk, a power "
                    "cut while saving, or a copy that went wrong). Nothing has been changed."
                )
            )
        )
        explain.setWordWrap(True)
        found = QLabel(
            self.tr("What the check found: {problem}").format(problem=isolate(damaged.problem))
        )
        found.setObjectName("hint")
        found.setWordWrap(True)
        found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backup_box = QLabel()
        self.backup_box.setWordWrap(True)
        self.backup_box.setAlignment(leading_edge())
        self.backup_box.setStyleSheet(
            "background: #eef6ee; border: 1px solid #8fbf8f; border-radius: 8px; padding: 8px 12px;"
        )
        good = damaged.good
        if good is not None:
            self.backup_box.setText(
                self.tr(
                    "The latest good backup is from {when} ({name}, {size}). Restoring it "
                    "brings the shop back as it was then: anything recorded after it is lost. "
                    "The damaged file is kept in the backups folder."
                ).format(when=backups.stamp(good.made_at), name=good.name, size=_size(good.size))
            )
        else:
            self.backup_box.setText(
                self.tr(
                    "No backup in the shop's backup folders opens with this passphrase. If "
                    "you have one elsewhere (e.g. on a USB stick), choose it below."
                )
            )
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        self.restore_button = QPushButton(self.tr("&Restore this backup"))
        self.restore_button.setProperty("primary", True)
        self.restore_button.setVisible(good is not None)
        self.restore_button.clicked.connect(lambda: self.restore(good.path if good else None))
        self.choose_button = QPushButton(self.tr("&Choose another backup…"))
        self.choose_button.clicked.connect(self.choose)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.restore_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addWidget(found)
        layout.addSpacing(6)
        layout.addWidget(self.backup_box)
        layout.addWidget(self.error)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        (self.restore_button if good else self.choose_button).setDefault(True)
        (self.restore_button if good else self.choose_button).setFocus()

    def choose(self) -> None:
        start = str(self.damaged.good.path.parent if self.damaged.good else self.state.folder)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), start, self.tr("Counterpart backups (*.db)")
        )
        if path:
            self.restore(Path(path))

    def restore(self, path: Path | None) -> None:
        if path is None or self.busy:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore the backup?"),
            self.tr(
                "Replace the damaged shop file with {name}? Anything recorded after that "
                "backup is lost. The damaged file is kept in the backups folder."
            ).format(name=path.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.busy = True
        self.restore_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.error.setVisible(False)
        self.state.runner.run(
            restore.restore_damaged,
            self.state.folder,
            path,
            self._passphrase,
            self.state.kdf_iter,
            on_done=self._restored,
            on_error=self._refused,
        )

    def _restored(self, done: restore.Restored) -> None:
        self.busy = False
        self._passphrase = ""
        self.restored.emit(done)
        self.accept()

    def _refused(self, error: CounterpartError) -> None:
        self.busy = False
        self.restore_button.setEnabled(True)
        self.choose_button.setEnabled(True)
        self.error.setText(error_text(error))
        self.error.setVisible(True)


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, n // 1024)} KB"
