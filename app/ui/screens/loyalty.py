"""Loyalty programs: every punch card and points program, what it gives, and whether it is
running. A manager creates one (F2) or changes the selected one (F4 or Enter) in the program
editor; a cashier sees the list only. Changing a program never rewrites the ledger: what
customers already earned or redeemed keeps its amounts.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import loyalty, money
from app.core.loyalty import Program
from app.ui.bidi import money_text
from app.ui.dialogs.program_editor import ProgramEditor
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.info_card import leading_edge
from app.ui.widgets.loyalty_labels import kind_label, rule_text, status_text

_HERE = Qt.ShortcutContext.WidgetWithChildrenShortcut


def _label(text: str = "", name: str = "hint") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(leading_edge())
    return label


def money_of(state: AppState):
    """(format minor units, one currency unit as text) for the open shop."""
    settings = state.shop.settings
    show = lambda minor: money_text(minor, settings.currency)  # noqa: E731
    return show, show(10 ** money.digits(settings.currency))


class LoyaltyScreen(QWidget):
    NAME, KIND, RULE, STATUS = range(4)

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.programs: list[Program] = []
        self.editor: ProgramEditor | None = None
        self._want: int | None = None  # select this program when the list comes back

        title = QLabel(self.tr("Loyalty"))
        title.setObjectName("title")
        self.intro = _label()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Program"), self.tr("Kind"), self.tr("Rule"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setStyleSheet("QTableWidget::item { padding: 6px 8px; }")
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.RULE, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.table.cellActivated.connect(lambda *_: self.edit_program())
        self.table.cellDoubleClicked.connect(lambda *_: self.edit_program())

        self.new_button = QPushButton(self.tr("New program… (F2)"))
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_program)
        self.edit_button = QPushButton(self.tr("Change… (F4)"))
        self.edit_button.clicked.connect(self.edit_program)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        for key, action in ((Qt.Key.Key_F2, self.new_program), (Qt.Key.Key_F4, self.edit_program)):
            QShortcut(QKeySequence(key), self, action, context=_HERE)
        self.status = _label(name="error")
        self.status.setVisible(False)
        self.done = _label()
        self.note = _label(self.tr(
            "Changing a program applies from then on: what customers already earned or "
            "redeemed stays on their cards as it was."))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.done)
        layout.addWidget(self.note)
        state.runner.changed.connect(self._changed)

    # -- showing ------------------------------------------------------------------------
    @property
    def manager(self) -> bool:
        shop = self.state.shop
        return shop is not None and shop.actor.is_manager

    def activate(self) -> None:
        if self.state.shop is None:
            return
        self.intro.setText(
            self.tr("Punch cards and points programs. Customers earn in every active program "
                    "when a purchase is recorded.") if self.manager else
            self.tr("Only a manager can create or change loyalty programs."))
        for button in (self.new_button, self.edit_button):
            button.setVisible(self.manager)
        self._say("")
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        keep = self.selected().id if self.selected() else None
        self.state.runner.run(loyalty.programs, shop,
                              on_done=lambda found: self._fill(found, keep),
                              on_error=lambda err: self._say(error_text(err), error=True))

    def _changed(self, what) -> None:
        if "loyalty" in what and self.isVisible():
            self.reload()

    def _fill(self, programs: list[Program], keep: int | None) -> None:
        self.programs = programs
        show, one_unit = money_of(self.state)
        today = date.today()
        grey = QColor("#57606a")
        self.table.setRowCount(len(programs))
        for row, p in enumerate(programs):
            running = p.runs_on(today)
            cells = (p.name, kind_label(p.kind), rule_text(p, show, one_unit),
                     status_text(p, today))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not running:
                    item.setForeground(grey)
                self.table.setItem(row, column, item)
        if self._want is not None:
            keep, self._want = self._want, None
        ids = [p.id for p in programs]
        self.table.setCurrentCell(ids.index(keep) if keep in ids else (0 if ids else -1), 0)
        if not programs:
            self._say(self.tr("No programs yet.") + (
                " " + self.tr("Press F2 to create a punch card or a points program.")
                if self.manager else ""))
        self._update_buttons()

    def selected(self) -> Program | None:
        row = self.table.currentRow()
        return self.programs[row] if 0 <= row < len(self.programs) else None

    def rows(self) -> list[list[str]]:
        """What the table says, for tests."""
        t = self.table
        return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def _say(self, message: str, error: bool = False) -> None:
        self.status.setText(message if error else "")
        self.status.setVisible(error and bool(message))
        self.done.setText("" if error else message)

    # -- a manager's actions ------------------------------------------------------------
    def new_program(self) -> None:
        if self.manager and self.editor is None:
            self._open(ProgramEditor(self.state, None, self))

    def edit_program(self) -> None:
        program = self.selected()
        if self.manager and self.editor is None and program is not None:
            self._open(ProgramEditor(self.state, program, self))

    def _open(self, editor: ProgramEditor) -> None:
        """Window-modal, not blocking: the keyboard (and a test) drives it like any window."""
        self._say("")
        self.editor = editor
        editor.saved.connect(lambda program: self._saved(editor, program))
        editor.finished.connect(lambda _code: self._closed(editor))
        editor.open()
        editor.activateWindow()

    def _saved(self, editor: ProgramEditor, program: Program) -> None:
        said = (self.tr("“{name}” is ready: customers earn in it from their next purchase.")
                if editor.program is None else self.tr("“{name}” is changed.")) \
            if program.active else self.tr("“{name}” is saved, switched off.")
        if program.id in [p.id for p in self.programs]:
            self.table.setCurrentCell([p.id for p in self.programs].index(program.id), 0)
        else:
            self._want = program.id
        self._say(said.format(name=program.name))

    def _closed(self, editor: ProgramEditor) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
