"""The Settings screen's "Privacy" card: which version of the privacy policy customers see
(with the editor, or the reader for staff who aren't managers), and the retention period
after which inactive customers are proposed for erasure, with the review of who that is."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from app.core import privacy
from app.core.privacy import Policy
from app.ui.bidi import number
from app.ui.dialogs.customer_labels import local_time
from app.ui.dialogs.privacy_policy import PrivacyPolicyDialog
from app.ui.dialogs.retention_review import RetentionReviewDialog
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.info_card import InfoCard


def _hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def _leading(*widgets: QWidget) -> QHBoxLayout:
    """Widgets at their natural width from the line's leading edge."""
    line = QHBoxLayout()
    for widget in widgets:
        line.addWidget(widget)
    line.addStretch(1)
    return line


class PrivacySettings(InfoCard):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__("", parent)
        self.heading.setText(self.tr("Privacy"))
        self.state = state
        self.dialog: QWidget | None = None

        self.policy = QLabel()
        self.policy.setWordWrap(True)  # a long line wraps instead of being cut
        self.policy_button = QPushButton()
        self.policy_button.setAutoDefault(False)
        self.policy_button.clicked.connect(self.open_policy)
        policy = QVBoxLayout()
        policy.setSpacing(6)
        policy.addWidget(self.policy)
        policy.addLayout(_leading(self.policy_button))
        self.form.addRow(policy)  # the whole width: the policy's line is long

        self.years = QSpinBox()
        self.years.setRange(0, 999)  # the core says what is allowed
        self.years.setSpecialValueText(self.tr("Never"))
        self.years.setSuffix(self.tr(" years"))
        self.years.setMinimumWidth(140)
        self.years.valueChanged.connect(self._edited)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_retention)
        self.review_button = QPushButton(self.tr("Review customers to erase…"))
        self.review_button.setAutoDefault(False)
        self.review_button.clicked.connect(self.open_review)
        retention = QVBoxLayout()
        retention.setSpacing(6)
        retention.addLayout(_leading(self.years, self.save_button))
        retention.addWidget(
            _hint(
                self.tr(
                    "Customers inactive for longer than this are proposed for erasure; "
                    "nobody is erased until a manager reviews the list."
                )
            )
        )
        retention.addLayout(_leading(self.review_button))
        caption = QLabel(self.tr("Retention"))
        caption.setBuddy(self.years)
        self.form.addRow(caption, retention)  # its caption lines up with the other cards'
        self.status = _hint()
        self.body.addWidget(self.status)
        state.runner.changed.connect(self._changed)

    # -- showing ----------------------------------------------------------------------------
    def activate(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        manager = shop.actor.is_manager
        self.policy_button.setText(
            self.tr("Edit the privacy policy…") if manager else self.tr("Read the privacy policy…")
        )
        self.years.blockSignals(True)
        self.years.setValue(shop.settings.retention_years)
        self.years.blockSignals(False)
        self.years.setEnabled(manager)
        self.save_button.setVisible(manager)
        self.status.clear()
        self._edited()
        self.state.runner.run(privacy.current_policy, shop, on_done=self._show_policy)

    def _show_policy(self, policy: Policy) -> None:
        who = policy.created_by or self.tr("as Counterpart ships it")
        self.policy.setText(
            self.tr("Privacy policy: version {n}, {when}, {who}").format(
                n=number(policy.version), when=local_time(policy.created_at), who=who
            )
        )

    def _changed(self, what) -> None:
        if "privacy" in what or "settings" in what:
            self.activate()

    def _edited(self) -> None:
        shop = self.state.shop
        stored = shop.settings.retention_years if shop else 0
        self.save_button.setEnabled(self.years.value() != stored)
        manager = bool(shop and shop.actor.is_manager)
        self.review_button.setEnabled(manager and stored > 0 and self.years.value() == stored)

    # -- acting -------------------------------------------------------------------------------
    def save_retention(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.save_button.setEnabled(False)
        self.state.runner.run(
            shop.save_settings,
            retention_years=self.years.value(),
            changes={"settings"},
            on_done=lambda _s: self.status.setText(self.tr("Saved.")),
            on_error=self._refused,
        )

    def _refused(self, error) -> None:
        self.status.setText(error_text(error))
        self._edited()

    def open_policy(self) -> PrivacyPolicyDialog:
        self.dialog = PrivacyPolicyDialog(self.state, parent=self)
        self.dialog.open()
        return self.dialog

    def open_review(self) -> RetentionReviewDialog | None:
        shop = self.state.shop
        if shop is None or shop.settings.retention_years <= 0:
            return None
        self.dialog = RetentionReviewDialog(self.state, shop.settings.retention_years, self)
        self.dialog.open()
        return self.dialog
