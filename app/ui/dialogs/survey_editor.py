"""A manager writes a survey: its name, its questions of six kinds (add, remove, reorder),
each question's prompt, options, "required" and for an NPS score who is asked "Why?". The
preview beside it shows the customer's view as each key is typed.

Saving a survey that already has answers makes a new version (the core decides); the
dialog says so before and after, and the old answers keep the wording they were given to.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import surveys
from app.core.errors import CounterpartError
from app.core.surveys import Survey
from app.ui import bidi
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.info_card import leading_edge
from app.ui.widgets.survey_preview import SurveyPreview


def _t(text: str) -> str:
    return QCoreApplication.translate("surveys", text)


def kind_labels() -> dict[str, str]:
    return {
        "nps": _t("NPS 0-10"),
        "rating": _t("Rating 1-5"),
        "single": _t("Single choice"),
        "multi": _t("Multiple choice"),
        "ranking": _t("Ranking"),
        "text": _t("Free text"),
    }


def why_labels() -> dict[str, str]:
    return {
        "everyone": _t("Ask everyone"),
        "detractors": _t("Only detractors (0-6)"),
        "none": _t("Don't ask"),
    }


DEFAULT_PROMPTS = {
    "nps": "How likely are you to recommend us to a friend?",
    "rating": "How was your visit today?",
}


def _hint(text: str = "", name: str = "hint") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(leading_edge())
    return label


class SurveyEditor(QDialog):
    saved = Signal(object, str)  # the stored Survey, what to tell the manager

    def __init__(
        self,
        state: AppState,
        survey: Survey | None = None,
        answered: int = 0,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.state = state
        self.survey = survey
        self.answered = answered
        self.busy = False
        self.questions: list[dict] = [
            {
                "kind": q.kind,
                "prompt": q.prompt,
                "options": list(q.options),
                "required": q.required,
                "why": q.why,
            }
            for q in (survey.questions if survey else ())
        ]
        self.setWindowTitle(self.tr("Edit survey") if survey else self.tr("New survey"))
        self.resize(1180, 720)

        self.name = QLineEdit(survey.name if survey else "")
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("e.g. Checkout NPS"))
        self.active = QCheckBox(self.tr("Offered at the counter and on the kiosk"))
        self.active.setChecked(survey.active if survey else True)
        self.list = QListWidget()
        self.list.setMinimumWidth(260)
        self.add_button = QPushButton(self.tr("Add question ▾"))
        menu = QMenu(self.add_button)
        for kind, label in kind_labels().items():
            menu.addAction(label, lambda k=kind: self.add_question(k))
        self.add_button.setMenu(menu)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("↑"))
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.down_button = QPushButton(self.tr("↓"))
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        self.remove_button.clicked.connect(self.remove_question)
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        QShortcut(QKeySequence("Ctrl+Up"), self, lambda: self.move_question(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self, lambda: self.move_question(1))
        list_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)

        # -- the chosen question ------------------------------------------------------------
        self.kind = QComboBox()
        for kind, label in kind_labels().items():
            self.kind.addItem(label, kind)
        self.prompt = QLineEdit()
        self.prompt.setMaxLength(500)
        self.options = QPlainTextEdit()
        self.options.setPlaceholderText(self.tr("One option per line"))
        self.options.setFixedHeight(120)
        self.required = QCheckBox(self.tr("An answer is required"))
        self.why = QComboBox()
        for code, label in why_labels().items():
            self.why.addItem(label, code)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Question"), self.prompt)
        self.options_caption = QLabel(self.tr("&Options"))
        self.options_caption.setBuddy(self.options)
        form.addRow(self.options_caption, self.options)
        self.why_caption = QLabel(self.tr('"&Why?"'))
        self.why_caption.setBuddy(self.why)
        form.addRow(self.why_caption, self.why)
        form.addRow("", self.required)
        self.kind.currentIndexChanged.connect(lambda _i: self._edited("kind"))
        self.prompt.textEdited.connect(lambda _t: self._edited("prompt"))
        self.options.textChanged.connect(lambda: self._edited("options"))
        self.required.toggled.connect(lambda _c: self._edited("required"))
        self.why.currentIndexChanged.connect(lambda _i: self._edited("why"))
        self.name.textEdited.connect(lambda _t: self._refresh_preview())

        # -- the preview, what versions mean, save ------------------------------------------
        self.preview = SurveyPreview()
        self.version_note = _hint()
        self.version_note.setVisible(bool(survey and answered))
        if survey and answered:
            self.version_note.setText(
                self.tr(
                    "{n} answers were given to version {v}. Changing the questions makes version "
                    "{next}; those answers keep the wording they were given to."
                ).format(
                    n=bidi.number(answered),
                    v=bidi.number(survey.version),
                    next=bidi.number(survey.version + 1),
                )
            )
        self.error = _hint(name="error")
        self.error.setVisible(False)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)

        left = QVBoxLayout()
        top = QFormLayout()
        top.addRow(self.tr("&Name"), self.name)
        top.addRow("", self.active)
        left.addLayout(top)
        left.addWidget(_hint(self.tr("Questions, in the order they are asked")))
        left.addWidget(self.list, 1)
        left.addLayout(list_buttons)
        left.addSpacing(8)
        left.addWidget(self.details)
        preview_column = QVBoxLayout()
        caption = QLabel(self.tr("Preview: what the customer sees"))
        caption.setStyleSheet("font-weight: 600;")
        preview_column.addWidget(caption)
        preview_column.addWidget(self.preview, 1)
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addLayout(left, 5)
        body.addLayout(preview_column, 4)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.version_note)
        layout.addLayout(buttons)

        self.list.currentRowChanged.connect(self._chosen)
        self._fill_list()
        self.list.setCurrentRow(0 if self.questions else -1)
        self._chosen(self.list.currentRow())
        self._refresh_preview()

    # -- the list of questions ----------------------------------------------------------
    def _item_text(self, number: int, q: dict) -> str:
        prompt = q["prompt"].strip() or self.tr("(no question yet)")
        kind = bidi.isolate(kind_labels()[q["kind"]])
        return f"{bidi.number(number)}. [{kind}] {bidi.isolate(prompt)}"  # '?' stays at the end

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        row = self.list.currentRow()
        self.list.clear()
        for number, q in enumerate(self.questions, start=1):
            self.list.addItem(self._item_text(number, q))
        self.list.setCurrentRow(min(row, len(self.questions) - 1))
        self.list.blockSignals(False)

    def add_question(self, kind: str) -> None:
        self.questions.append(
            {
                "kind": kind,
                "prompt": self.tr(DEFAULT_PROMPTS.get(kind, "")),
                "options": [],
                "required": True,
                "why": "everyone" if kind == "nps" else "none",
            }
        )
        self._fill_list()
        self.list.setCurrentRow(len(self.questions) - 1)
        self._refresh_preview()
        self.prompt.setFocus(Qt.FocusReason.OtherFocusReason)
        self.prompt.selectAll()

    def remove_question(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.questions):
            del self.questions[row]
            self._fill_list()
            self.list.setCurrentRow(min(row, len(self.questions) - 1))
            self._chosen(self.list.currentRow())
            self._refresh_preview()

    def move_question(self, step: int) -> None:
        row = self.list.currentRow()
        to = row + step
        if 0 <= row < len(self.questions) and 0 <= to < len(self.questions):
            self.questions[row], self.questions[to] = self.questions[to], self.questions[row]
            self._fill_list()
            self.list.setCurrentRow(to)
            self._refresh_preview()

    # -- the chosen question ------------------------------------------------------------
    def _chosen(self, row: int) -> None:
        q = self.questions[row] if 0 <= row < len(self.questions) else None
        self.details.setEnabled(q is not None)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(q is not None)
        widgets = (self.kind, self.prompt, self.options, self.required, self.why)
        for widget in widgets:
            widget.blockSignals(True)
        if q is None:
            self.prompt.clear()
            self.options.clear()
        else:
            self.kind.setCurrentIndex(self.kind.findData(q["kind"]))
            self.prompt.setText(q["prompt"])
            self.options.setPlainText("\n".join(q["options"]))
            self.required.setChecked(q["required"])
            self.why.setCurrentIndex(self.why.findData(q["why"]))
        for widget in widgets:
            widget.blockSignals(False)
        self._kind_fields(q["kind"] if q else "")

    def _kind_fields(self, kind: str) -> None:
        choices = kind in ("single", "multi", "ranking")
        self.options.setVisible(choices)
        self.options_caption.setVisible(choices)
        self.why.setVisible(kind == "nps")
        self.why_caption.setVisible(kind == "nps")

    def _edited(self, what: str) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.questions):
            return
        q = self.questions[row]
        if what == "kind":
            q["kind"] = self.kind.currentData()
            q["why"] = "everyone" if q["kind"] == "nps" else "none"
            self.why.blockSignals(True)
            self.why.setCurrentIndex(self.why.findData(q["why"]))
            self.why.blockSignals(False)
            self._kind_fields(q["kind"])
        elif what == "prompt":
            q["prompt"] = self.prompt.text()
        elif what == "options":
            q["options"] = [o.strip() for o in self.options.toPlainText().splitlines() if o.strip()]
        elif what == "required":
            q["required"] = self.required.isChecked()
        elif what == "why":
            q["why"] = self.why.currentData()
        self.list.item(row).setText(self._item_text(row + 1, q))
        self.error.setVisible(False)
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        self.preview.show_questions(self.name.text().strip(), self.questions)

    # -- saving -------------------------------------------------------------------------
    def save(self) -> None:
        shop = self.state.shop
        if shop is None or self.busy:
            return
        self.busy = True
        self.save_button.setEnabled(False)
        self.state.runner.run(
            surveys.save_survey,
            shop,
            self.survey.id if self.survey else None,
            self.name.text(),
            [dict(q) for q in self.questions],
            self.active.isChecked(),
            on_done=self._saved,
            on_error=self._refused,
            changes={"surveys"},
        )

    def _saved(self, stored: Survey) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        if self.survey is None:
            message = self.tr('Survey "{name}" created.').format(name=stored.name)
        elif stored.version > self.survey.version:
            message = self.tr(
                'Saved as version {v} of "{name}". The {n} answers already given keep the '
                "wording they were given to."
            ).format(v=stored.version, name=stored.name, n=self.answered)
        else:
            message = self.tr('"{name}" saved.').format(name=stored.name)
        self.saved.emit(stored, message)
        self.accept()

    def _refused(self, error: CounterpartError) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        self.error.setText(error_text(error))
        self.error.setVisible(True)
