"""The shop's privacy policy: every version listed (newest first, with who wrote it and
when), the chosen one's text, "Save as a new version" for a manager editing the current
text, and "Print…" to a PDF. Others read it. Consents point at the version they were given
under, so saving never changes an old version."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import privacy
from app.core.privacy import Policy
from app.ui.bidi import number
from app.ui.dialogs.customer_labels import local_time
from app.ui.error_text import error_text
from app.ui.state import AppState


class PrivacyPolicyDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.policies: list[Policy] = []
        shop = state.shop
        self.manager = bool(shop and shop.actor.is_manager)
        self.setWindowTitle(self.tr("Privacy policy"))
        self.resize(860, 560)

        title = QLabel(self.tr("Privacy policy"))
        title.setObjectName("title")
        explain = QLabel(
            self.tr(
                "Customers see this text where they register, and every consent keeps the "
                "version it was given under. Saving your changes makes a new version; the "
                "old ones stay as they were."
            )
            if self.manager
            else self.tr(
                "Customers see this text where they register. Only a manager can change it."
            )
        )
        explain.setObjectName("hint")
        explain.setWordWrap(True)
        self.versions = QListWidget()
        self.versions.setFixedWidth(270)
        self.versions.currentRowChanged.connect(self._chosen)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._edited)
        middle = QHBoxLayout()
        middle.addWidget(self.versions)
        middle.addWidget(self.text, 1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.choose_pdf)
        self.save_button = QPushButton(self.tr("Save as a new version"))
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(self.manager)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        self.reload()

    # -- versions -------------------------------------------------------------------------
    def reload(self, select_version: int | None = None) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.state.runner.run(
            privacy.policy_versions,
            shop,
            on_done=lambda found: self._fill(found, select_version),
            on_error=self._refused,
        )

    def _fill(self, found: list[Policy], select_version: int | None) -> None:
        self.policies = found
        self.versions.blockSignals(True)
        self.versions.clear()
        for n, policy in enumerate(found):
            who = policy.created_by or self.tr("as shipped")
            label = self.tr("Version {n}").format(n=number(policy.version))
            if n == 0:
                label = self.tr("{version} (current)").format(version=label)
            item = QListWidgetItem(f"{label}\n{local_time(policy.created_at)} · {who}")
            item.setData(Qt.ItemDataRole.UserRole, policy.version)
            self.versions.addItem(item)
        self.versions.blockSignals(False)
        versions = [p.version for p in found]
        row = versions.index(select_version) if select_version in versions else 0
        self.versions.setCurrentRow(row)
        self._chosen(row)

    def chosen(self) -> Policy | None:
        row = self.versions.currentRow()
        return self.policies[row] if 0 <= row < len(self.policies) else None

    def _chosen(self, row: int) -> None:
        policy = self.chosen()
        if policy is None:
            return
        self.text.blockSignals(True)
        self.text.setPlainText(policy.text)
        self.text.blockSignals(False)
        current = row == 0
        self.text.setReadOnly(not (self.manager and current))
        self.save_button.setEnabled(False)
        self.status.clear()

    def _edited(self) -> None:
        policy = self.chosen()
        changed = policy is not None and self.text.toPlainText().strip() != policy.text
        self.save_button.setEnabled(self.manager and changed)
        self.status.clear()

    # -- saving and printing ---------------------------------------------------------------
    def save(self) -> None:
        shop = self.state.shop
        if shop is None or not self.manager:
            return
        self.save_button.setEnabled(False)
        self.state.runner.run(
            privacy.save_policy,
            shop,
            self.text.toPlainText(),
            changes={"privacy"},
            on_done=self._saved,
            on_error=self._refused,
        )

    def _saved(self, policy: Policy) -> None:
        self.reload(policy.version)
        self._say(self.tr("Saved as version {n}.").format(n=number(policy.version)))

    def choose_pdf(self) -> None:
        policy = self.chosen()
        if policy is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Print the privacy policy to"),
            str(Path.home() / f"privacy-policy-v{policy.version}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.print_to(Path(path))

    def print_to(self, path: Path) -> None:
        shop = self.state.shop
        policy = self.chosen()
        if shop is None or policy is None:
            return
        self.state.runner.run(
            privacy.print_policy,
            shop,
            path,
            policy.version,
            on_done=lambda done: self._say(self.tr("Printed to {path}.").format(path=done)),
            on_error=self._refused,
        )

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setObjectName("error" if error else "hint")
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _refused(self, error) -> None:
        self._say(error_text(error), error=True)
        self._edited()
