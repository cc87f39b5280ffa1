"""The profile's "Consent and privacy" card: one click gives or withdraws marketing consent
(equally easy) and the history says when, how, by whom and under which policy version;
beside it, a manager exports everything kept about the customer (PDF + JSON, in the
background) or erases them (through a dialog that asks for their first name).

`add_privacy_section(profile)` puts the card on a ProfileScreen, full width under the
columns; the profile calls
`show_customer` / `clear`, and they reload when customers change in this app.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.core import consent, customer_data
from app.core.consent import ConsentState
from app.ui.bidi import number
from app.ui.dialogs.customer_labels import channel_label, local_time
from app.ui.dialogs.erase_customer import EraseCustomerDialog
from app.ui.error_text import error_text
from app.ui.widgets.info_card import InfoCard

if TYPE_CHECKING:
    from app.ui.screens.profile import ProfileScreen

HISTORY_SHOWN = 10


def _subheading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600;")
    return label


class PrivacySection(QObject):
    def __init__(self, profile: ProfileScreen):
        super().__init__(profile)
        self.profile = profile
        self.state = profile.state
        self.customer_id: int | None = None
        self.current: ConsentState | None = None
        self._generation = 0

        # consent: the one-click switch and the history
        self.toggle = QPushButton()
        self.toggle.setAutoDefault(False)
        self.toggle.clicked.connect(self.flip_consent)
        self.version = QLabel()
        self.version.setObjectName("hint")
        row = QHBoxLayout()
        row.addWidget(self.toggle)
        row.addWidget(self.version, 1)
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Consent"), self.tr("How, by whom"), self.tr("Policy")]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.verticalHeader().setVisible(False)
        self.history.setShowGrid(False)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.no_history = QLabel(self.tr("No consent recorded yet."))
        self.no_history.setObjectName("hint")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setVisible(False)
        consent_box = QVBoxLayout()
        consent_box.addWidget(_subheading(self.tr("Consent history")))
        consent_box.addLayout(row)
        consent_box.addWidget(self.history)
        consent_box.addWidget(self.no_history)
        consent_box.addStretch(1)

        # their data: export and erase
        explain = QLabel(
            self.tr(
                "A customer may ask for everything we keep about them, or to be erased. "
                "Only a manager can do either."
            )
        )
        explain.setObjectName("hint")
        explain.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export data…"))
        self.export_button.clicked.connect(self.choose_folder)
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.clicked.connect(self.open_erase)
        for button in (self.export_button, self.erase_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        data = QVBoxLayout()
        data.addWidget(_subheading(self.tr("Their data")))
        data.addWidget(explain)
        data.addLayout(buttons)
        data.addWidget(self.status)
        data.addStretch(1)

        self.card = InfoCard("")
        self.card.heading.setText(self.tr("Consent and privacy"))
        halves = QHBoxLayout()
        halves.setSpacing(24)
        halves.addLayout(consent_box, 3)
        halves.addLayout(data, 2)
        self.card.body.addLayout(halves)
        self.state.runner.changed.connect(self._changed)
        self._set_enabled(False)

    # -- loading --------------------------------------------------------------------------
    def show_customer(self, customer_id: int) -> None:
        if customer_id != self.customer_id:
            self.current = None
            self.history.setRowCount(0)
            self.status.setVisible(False)
            self._set_enabled(False)
        self.customer_id = customer_id
        self.reload()

    def clear(self) -> None:
        self._generation += 1
        self.customer_id = self.current = None
        self.history.setRowCount(0)
        self._set_enabled(False)

    def reload(self) -> None:
        shop = self.state.shop
        if shop is None or self.customer_id is None:
            return
        self._generation += 1
        generation = self._generation
        self.state.runner.run(
            consent.consent_state,
            shop,
            self.customer_id,
            on_done=lambda found: self._fill(generation, found),
            on_error=lambda error: self._say(generation, error_text(error), error=True),
        )

    def _changed(self, what) -> None:
        if "customers" in what and self.customer_id is not None:
            self.reload()

    def _fill(self, generation: int, found: ConsentState) -> None:
        if generation != self._generation:
            return
        self.current = found
        self.toggle.setText(self.tr("Withdraw consent") if found.given else self.tr("Give consent"))
        self.version.setText(
            self.tr("Privacy policy version {n}").format(n=number(found.policy_version))
        )
        shown = found.history[:HISTORY_SHOWN]
        self.history.setRowCount(len(shown))
        for row, line in enumerate(shown):
            how = channel_label(line.channel) + (f", {line.staff}" if line.staff else "")
            cells = (
                local_time(line.at),
                self.tr("given") if line.given else self.tr("withdrawn"),
                how,
                self.tr("v{n}").format(n=number(line.policy_version))
                if line.policy_version
                else "",
            )
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self._fit_history(len(shown))
        self.history.setVisible(bool(shown))
        self.no_history.setVisible(not shown)
        self._set_enabled(True)

    def _fit_history(self, rows: int) -> None:
        """Tall enough for up to four events without a scroll bar; more scroll."""
        table = self.history
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(min(rows, 4)))
        table.setFixedHeight(height + (2 if rows <= 4 else 0))

    def _set_enabled(self, loaded: bool) -> None:
        shop = self.state.shop
        manager = bool(shop and shop.actor.is_manager)
        live = loaded and self.current is not None and not self.current.erased
        self.toggle.setEnabled(live)
        self.export_button.setEnabled(loaded and manager)
        self.erase_button.setEnabled(live and manager)
        hint = "" if manager else self.tr("Only a manager can do this.")
        for button in (self.export_button, self.erase_button):
            button.setToolTip(hint)
        if loaded and self.current is not None and self.current.erased:
            self.toggle.setText(self.tr("Erased"))

    def _say(self, generation: int, text: str, error: bool = False) -> None:
        if generation != self._generation:
            return
        self.status.setObjectName("error" if error else "hint")
        self.status.setStyleSheet("")  # pick up the object name's style
        self.status.setText(text)
        self.status.setVisible(True)

    # -- consent ----------------------------------------------------------------------------
    def flip_consent(self) -> None:
        shop = self.state.shop
        if shop is None or self.current is None or self.customer_id is None:
            return
        change = consent.withdraw_consent if self.current.given else consent.give_consent
        self.toggle.setEnabled(False)  # one click, one event
        generation = self._generation
        self.state.runner.run(
            change,
            shop,
            self.customer_id,
            changes={"customers"},
            on_error=lambda error: self._say(generation, error_text(error), error=True),
        )

    # -- their data -----------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.profile, self.tr("Export the customer's data to")
        )
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        shop = self.state.shop
        if shop is None or self.customer_id is None:
            return
        self._say(self._generation, self.tr("Exporting…"))
        generation = self._generation
        self.state.runner.run(
            customer_data.export_data,
            shop,
            self.customer_id,
            folder,
            changes={"audit"},
            on_done=lambda done: self._say(
                generation,
                self.tr("Saved {pdf} and {json} in {folder}.").format(
                    pdf=done.pdf_path.name, json=done.json_path.name, folder=folder
                ),
            ),
            on_error=lambda error: self._say(generation, error_text(error), error=True),
        )

    def open_erase(self) -> EraseCustomerDialog | None:
        customer = self.profile.customer
        if customer is None or customer.id != self.customer_id:
            return None
        dialog = EraseCustomerDialog(self.state, customer, parent=self.profile)
        dialog.open()
        return dialog


def add_privacy_section(profile: ProfileScreen) -> PrivacySection:
    section = PrivacySection(profile)
    profile.add_section(section.card, "wide", 0)  # under the columns, beside nothing
    return section
