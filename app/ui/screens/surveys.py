"""Surveys: how the shop is doing (NPS for a month with promoters, passives and detractors,
"no data" for a month without answers, and the 12-month trend), and the surveys themselves
with their version and how many answers each has. A manager opens the editor (F2 new,
F4 or Enter or a double-click edits); a cashier sees the figures only.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import calendars, surveys
from app.core.surveys import Nps, Survey
from app.ui.bidi import from_the_right, isolate, listed, number, signed
from app.ui.dialogs.survey_editor import SurveyEditor, kind_labels
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.info_card import leading_edge
from app.ui.widgets.nps_chart import NpsChart, jalali_months, month_label

_HERE = Qt.ShortcutContext.WidgetWithChildrenShortcut
STYLE = """
QLabel#npsValue { font-size: 40px; font-weight: 700; color: #1f2328; }
QLabel#npsValue[tone="good"] { color: #1a7f37; }
QLabel#npsValue[tone="bad"] { color: #cf222e; }
QLabel#npsValue[tone="none"] { color: #8c959f; font-size: 26px; }
QLabel#count { font-size: 20px; font-weight: 600; }
"""


def overview(shop, jalali: bool = False):
    """For the screen, in one trip to the worker: the surveys, their answer counts, and the
    12 months of NPS ending this month (Persian-calendar months when `jalali`)."""
    return (surveys.list_surveys(shop), surveys.response_counts(shop),
            surveys.nps_trend(shop, jalali=jalali))


def _small(text: str = "", name: str = "hint") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(leading_edge())
    return label


class SurveysScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setStyleSheet(STYLE)
        self.surveys: list[Survey] = []
        self.counts: dict[tuple[int, int], int] = {}  # (survey id, version): answers
        self.trend: list[Nps] = []
        self.editor: SurveyEditor | None = None

        title = QLabel(self.tr("Surveys"))
        title.setObjectName("title")
        self.month = QComboBox()
        self.month.setMinimumWidth(130)
        self.month.currentIndexChanged.connect(lambda _i: self._show_month())
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)

        # -- NPS for the chosen month, and the trend --------------------------------------
        self.nps_value = QLabel()
        self.nps_value.setObjectName("npsValue")
        self.nps_caption = _small()
        self.counts_labels: dict[str, QLabel] = {}
        figures = QGridLayout()
        figures.setHorizontalSpacing(22)
        for column, (key, caption, colour) in enumerate(
            (
                ("promoters", self.tr("Promoters\n9-10"), "#1a7f37"),
                ("passives", self.tr("Passives\n7-8"), "#57606a"),
                ("detractors", self.tr("Detractors\n0-6"), "#cf222e"),
                ("total", self.tr("Answers"), "#1f2328"),
            )
        ):
            value = QLabel("0")
            value.setObjectName("count")
            value.setStyleSheet(f"color: {colour};")
            figures.addWidget(value, 0, column)
            figures.addWidget(_small(caption), 1, column)
            self.counts_labels[key] = value
        nps_card = self._card(self.tr("Net Promoter Score"))
        nps_card.layout().addWidget(self.nps_value)
        nps_card.layout().addWidget(self.nps_caption)
        self.nps_change = _small()
        nps_card.layout().addWidget(self.nps_change)
        nps_card.layout().addSpacing(6)
        nps_card.layout().addLayout(figures)
        nps_card.layout().addStretch(1)
        nps_card.layout().addWidget(
            _small(self.tr("NPS = % promoters − % detractors; passives count in the total only."))
        )
        nps_card.setMinimumWidth(360)
        self.chart = NpsChart()
        trend_card = self._card(self.tr("NPS, last 12 months"))
        trend_card.layout().addWidget(self.chart, 1)
        figures_row = QHBoxLayout()
        figures_row.setSpacing(12)
        figures_row.addWidget(nps_card, 2)
        figures_row.addWidget(trend_card, 5)

        # -- the surveys -------------------------------------------------------------------
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Survey"),
                self.tr("Questions"),
                self.tr("Version"),
                self.tr("Offered"),
                self.tr("Answers"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.new_button = QPushButton(self.tr("New survey (F2)"))
        self.edit_button = QPushButton(self.tr("Edit (F4)"))
        self.edit_button.setProperty("primary", True)
        for button in (self.new_button, self.edit_button):
            button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.new, context=_HERE)
        QShortcut(QKeySequence(Qt.Key.Key_F4), self, self.edit, context=_HERE)
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            self.edit,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.status = _small()
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.new_button)
        actions.addWidget(self.edit_button)
        list_card = self._card(self.tr("Surveys"))
        list_card.layout().addWidget(self.table, 1)
        list_card.layout().addLayout(actions)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(figures_row, 3)
        layout.addWidget(list_card, 2)
        state.runner.changed.connect(self._changed)

    def _card(self, heading: str) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        column = QVBoxLayout(card)
        column.setContentsMargins(16, 14, 16, 14)
        column.setSpacing(6)
        label = QLabel(from_the_right(heading))  # "NPS, …" starts at the right too
        label.setStyleSheet("font-size: 15px; font-weight: 600; color: #1f2328;")
        column.addWidget(label)
        return card

    # -- loading ------------------------------------------------------------------------
    def activate(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        manager = shop.actor.is_manager
        self.new_button.setVisible(manager)
        self.edit_button.setVisible(manager)
        self.reload()

    def _changed(self, what) -> None:
        if what & {"surveys", "answers"} and self.isVisible():
            self.reload()

    def reload(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.state.runner.run(
            overview,
            shop,
            jalali_months(),
            on_done=self._loaded,
            on_error=lambda err: self.status.setText(error_text(err)),
        )

    def _loaded(self, found) -> None:
        self.surveys, self.counts, self.trend = found
        self.chart.set_months(self.trend)
        chosen = self.month.currentData()
        self.month.blockSignals(True)
        self.month.clear()
        for n in reversed(self.trend):
            self.month.addItem(month_label(n.month), n.month)
        index = self.month.findData(chosen)
        self.month.setCurrentIndex(index if index >= 0 else 0)
        self.month.blockSignals(False)
        self._show_month()
        self._fill_table()

    def _show_month(self) -> None:
        month = self.month.currentData()
        found = next((n for n in self.trend if n.month == month), None)
        if found is None:
            return
        this_month = month == calendars.month_of(date.today(), calendars.is_jalali(month))
        when = self.tr("this month") if this_month else month_label(month)
        if found.nps is None:
            self.nps_value.setText(self.tr("no data"))
            self.nps_value.setProperty("tone", "none")
            self.nps_caption.setText(self.tr("No NPS answers {when}.").format(when=when))
        else:
            self.nps_value.setText(signed(found.shown))
            self.nps_value.setProperty("tone", "good" if found.shown >= 0 else "bad")
            self.nps_caption.setText(
                self.tr("{when}, from {n} answers").format(
                    when=when[:1].upper() + when[1:], n=number(found.total)
                )
            )
        self.nps_change.setText(self._change(found))
        self.nps_value.style().unpolish(self.nps_value)
        self.nps_value.style().polish(self.nps_value)
        for key, label in self.counts_labels.items():
            label.setText(number(getattr(found, key)))

    def _change(self, found: Nps) -> str:
        """Against the month before, when both have answers."""
        index = self.trend.index(found)
        before = self.trend[index - 1] if index > 0 else None
        if before is None or before.nps is None:
            return self.tr("No answers the month before.") if before else ""
        if found.nps is None:
            return self.tr("{month}: {nps}").format(
                month=month_label(before.month), nps=signed(before.shown)
            )
        step = found.shown - before.shown  # NPS: whole numbers everywhere
        arrow = "▲" if step > 0 else "▼" if step < 0 else "="
        return self.tr("{arrow} {step} against {month} ({nps})").format(
            arrow=arrow,
            step=signed(step),
            month=month_label(before.month),
            nps=signed(before.shown),
        )

    def _fill_table(self) -> None:
        row_before = max(self.table.currentRow(), 0)
        kinds = kind_labels()
        self.table.setRowCount(len(self.surveys))
        for row, s in enumerate(self.surveys):
            questions = listed(kinds.get(q.kind, q.kind) for q in s.questions)  # '،' in fa
            cells = (
                isolate(s.name),
                questions,
                number(s.version),
                self.tr("Yes") if s.active else self.tr("No"),
                number(self.answers(s)),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if self.surveys:
            self.table.selectRow(min(row_before, len(self.surveys) - 1))

    def answers(self, survey: Survey) -> int:
        """Answers to every version of a survey."""
        return sum(n for (sid, _v), n in self.counts.items() if sid == survey.id)

    def nps_text(self) -> str:
        """What the NPS card says, for tests."""
        counts = " ".join(f"{k}={v.text()}" for k, v in self.counts_labels.items())
        return f"{self.nps_value.text()} | {self.nps_caption.text()} | {counts}"

    # -- editing ------------------------------------------------------------------------
    def current(self) -> Survey | None:
        row = self.table.currentRow()
        return self.surveys[row] if 0 <= row < len(self.surveys) else None

    def new(self) -> None:
        self._open(None)

    def edit(self) -> None:
        survey = self.current()
        if survey is not None:
            self._open(survey)

    def _open(self, survey: Survey | None) -> None:
        shop = self.state.shop
        if shop is None or not shop.actor.is_manager:
            return
        if self.editor is not None and self.editor.isVisible():
            return
        answered = self.counts.get((survey.id, survey.version), 0) if survey else 0
        self.editor = SurveyEditor(self.state, survey, answered, self)
        self.editor.saved.connect(lambda _s, message: self.status.setText(message))
        self.editor.open()
