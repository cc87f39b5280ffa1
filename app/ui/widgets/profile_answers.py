"""The profile's "Survey answers" card: what this customer said in checkout surveys, newest
first, each answer under the wording they were asked (an edited survey keeps the old one).

`add_answers_section(profile)` puts the card on a ProfileScreen; the profile calls
`show_customer` / `clear` on it, and it reloads when answers are kept in this app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem

from app.core import surveys
from app.core.surveys import CustomerResponse
from app.ui.dialogs.customer_labels import channel_label, local_time
from app.ui.error_text import error_text
from app.ui.widgets.info_card import InfoCard

if TYPE_CHECKING:
    from app.ui.screens.profile import ProfileScreen

SHOWN = 20  # responses, newest first


class AnswersCard(InfoCard):
    def __init__(self, profile: ProfileScreen):
        super().__init__("")
        self.heading.setText(self.tr("Survey answers"))
        self.state = profile.state
        self.customer_id: int | None = None
        self._generation = 0
        self.empty = QLabel(self.tr("No survey answers yet."))
        self.empty.setObjectName("hint")
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Survey"), self.tr("Question"), self.tr("Answer")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3):  # the wording and the answer share the rest, wrapped
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.table)
        self.table.setVisible(False)
        self.state.runner.changed.connect(self._changed)

    def show_customer(self, customer_id: int) -> None:
        if customer_id != self.customer_id:
            self.table.setRowCount(0)  # never show someone else's answers while loading
        self.customer_id = customer_id
        self.reload()

    def clear(self) -> None:
        self._generation += 1
        self.customer_id = None
        self.table.setRowCount(0)

    def reload(self) -> None:
        shop = self.state.shop
        if shop is None or self.customer_id is None:
            return
        self._generation += 1
        generation = self._generation
        self.state.runner.run(
            surveys.answers_of,
            shop,
            self.customer_id,
            SHOWN,
            on_done=lambda found: self._fill(generation, found),
            on_error=lambda error: self._failed(generation, error),
        )

    def _changed(self, what) -> None:
        if "answers" in what and self.customer_id is not None:
            self.reload()

    def _failed(self, generation: int, error) -> None:
        if generation == self._generation:
            self.empty.setText(error_text(error))
            self.empty.setVisible(True)
            self.table.setVisible(False)

    def _fill(self, generation: int, found: list[CustomerResponse]) -> None:
        if generation != self._generation:
            return
        lines = [(r, a) for r in found for a in r.answers]
        self.empty.setText(self.tr("No survey answers yet."))
        self.empty.setVisible(not lines)
        self.table.setVisible(bool(lines))
        self.table.setRowCount(len(lines))
        for row, (response, given) in enumerate(lines):
            when = self.tr("{when}, {where}").format(
                when=local_time(response.at), where=channel_label(response.channel)
            )
            name = response.survey + ("" if response.complete else self.tr(" (partial)"))
            for column, text in enumerate((when, name, given.prompt, given.text)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()

    def rows(self) -> list[list[str]]:
        t = self.table
        return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def add_answers_section(profile: ProfileScreen) -> AnswersCard:
    card = AnswersCard(profile)
    profile.add_section(card, "wide", max(0, profile.wide.count() - 1))  # above the audit trail
    return card
