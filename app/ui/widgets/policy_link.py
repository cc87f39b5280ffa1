"""The privacy policy beside the consent box of the customer form: "Privacy policy" opens
the current text under the box (read only), so the customer can read what they agree to
before the box is ticked. `add_policy_link(fields, state)` puts it in place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import privacy
from app.core.privacy import Policy
from app.ui.bidi import number
from app.ui.error_text import error_text


class PolicyLink(QWidget):
    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.policy: Policy | None = None
        self.button = QToolButton()
        self.button.setText(self.tr("Privacy policy"))
        self.button.setCheckable(True)
        self.button.setAutoRaise(True)
        self.button.setStyleSheet(
            "QToolButton { border: none; color: #1f6feb; font-weight: 600; padding: 2px 0; }"
        )
        self.button.toggled.connect(self.show_text)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(170)
        self.text.setVisible(False)

    def show_text(self, shown: bool) -> None:
        self.text.setVisible(shown)
        if shown and self.policy is None and self.state.shop is not None:
            self.state.runner.run(
                privacy.current_policy,
                self.state.shop,
                on_done=self._loaded,
                on_error=lambda error: self.text.setPlainText(error_text(error)),
            )
        if self.window() is not None and hasattr(self.window(), "fit"):
            self.window().fit()  # the form grows to show it (or shrinks back)

    def _loaded(self, policy: Policy) -> None:
        self.policy = policy
        self.button.setText(
            self.tr("Privacy policy (version {n})").format(n=number(policy.version))
        )
        self.text.setPlainText(policy.text)


def add_policy_link(fields, state) -> PolicyLink:
    """Put the link beside `fields.consent` and the text under it, where the box was."""
    grid: QGridLayout = fields.more.layout()
    row, column, rows, columns = grid.getItemPosition(grid.indexOf(fields.consent))
    grid.removeWidget(fields.consent)
    link = PolicyLink(state)
    line = QHBoxLayout()
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(fields.consent)
    line.addWidget(link.button, 0, Qt.AlignmentFlag.AlignVCenter)
    line.addStretch(1)
    holder = QWidget()
    column_layout = QVBoxLayout(holder)
    column_layout.setContentsMargins(0, 0, 0, 0)
    column_layout.setSpacing(4)
    column_layout.addLayout(line)
    column_layout.addWidget(link.text)
    grid.addWidget(holder, row, column, rows, columns)
    link.setParent(holder)
    link.setVisible(False)  # the button and text are shown; the holder object is not
    return link
