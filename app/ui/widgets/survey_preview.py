"""What a customer will see, drawn from the questions being edited: every question in order
with its control (0-10 buttons, five stars, options, a ranking, a text box) and its "Why?".
The controls can be tried; nothing is stored. `show_questions` redraws it at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.bidi import from_the_right, isolate
from app.ui.bidi import number as local_number
from app.ui.widgets.info_card import leading_edge

STYLE = """
QFrame#previewPage { background: #f6f8fa; }
QFrame#previewQuestion { background: white; border: 1px solid #d0d7de; border-radius: 10px; }
QLabel#previewPrompt { font-size: 15px; font-weight: 600; color: #1f2328; }
QPushButton#score { min-width: 26px; max-width: 34px; padding: 6px 0; border-radius: 5px; }
QPushButton#score:checked { background: #1f6feb; color: white; }
QPushButton#star { border: none; font-size: 22px; color: #d4a72c; padding: 0 2px; }
QLabel#rank { background: #ddf4ff; border-radius: 10px; padding: 3px 9px; }
"""


def _wrap(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(leading_edge())
    return label


class SurveyPreview(QScrollArea):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setStyleSheet(STYLE)
        self.setMinimumWidth(340)
        self.questions: list[dict] = []
        self.title = ""
        self.show_questions("", [])

    def text(self) -> str:
        """The words on the preview, for tests."""
        page = self.widget()
        labels = page.findChildren(QLabel) if page else []
        buttons = (
            [
                b
                for b in page.findChildren(QAbstractButton)
                if isinstance(b, (QRadioButton, QCheckBox))
            ]
            if page
            else []
        )
        return "\n".join([x.text() for x in labels] + [b.text() for b in buttons])

    def show_questions(self, title: str, questions: list[dict]) -> None:
        self.title, self.questions = title, [dict(q) for q in questions]
        page = QFrame()
        page.setObjectName("previewPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(14, 14, 14, 14)
        column.setSpacing(12)
        head = _wrap(title or self.tr("(no name yet)"), "title")
        column.addWidget(head)
        if not questions:
            column.addWidget(_wrap(self.tr("Add a question to see it here."), "hint"))
        for number, question in enumerate(questions, start=1):
            column.addWidget(self._question(number, question))
        column.addStretch(1)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(page)

    def _question(self, number: int, q: dict) -> QFrame:
        box = QFrame()
        box.setObjectName("previewQuestion")
        column = QVBoxLayout(box)
        column.setContentsMargins(14, 12, 14, 12)
        column.setSpacing(8)
        prompt = q.get("prompt", "").strip() or self.tr("(write the question)")
        mark = "" if q.get("required", True) else self.tr(" (optional)")
        shown = f"{local_number(number)}. {isolate(prompt)}{mark}"  # a prompt keeps its '?'
        column.addWidget(_wrap(from_the_right(shown), "previewPrompt"))
        kind = q.get("kind")
        options = [o for o in q.get("options", []) if o.strip()]
        if kind == "nps":
            column.addLayout(self._scores(box, 0, 10))
            ends = QHBoxLayout()
            ends.addWidget(_wrap(self.tr("Not at all likely"), "hint"))
            ends.addStretch(1)
            ends.addWidget(_wrap(self.tr("Extremely likely"), "hint"))
            column.addLayout(ends)
            why = q.get("why", "everyone")
            if why != "none":
                column.addWidget(
                    _wrap(
                        self.tr("Why?")
                        + (
                            ""
                            if why == "everyone"
                            else self.tr("  (asked only after a score of 0-6)")
                        ),
                        "hint",
                    )
                )
                column.addWidget(QLineEdit())
        elif kind == "rating":
            stars = QHBoxLayout()
            for _n in range(5):
                star = QPushButton("☆")
                star.setObjectName("star")
                star.setFlat(True)
                stars.addWidget(star)
            stars.addStretch(1)
            column.addLayout(stars)
        elif kind in ("single", "multi"):
            group = QButtonGroup(box)
            group.setExclusive(kind == "single")
            for option in options or [self.tr("(add options)")]:
                button = QRadioButton(option) if kind == "single" else QCheckBox(option)
                group.addButton(button)
                column.addWidget(button)
        elif kind == "ranking":
            column.addWidget(_wrap(self.tr("Put these in order, most important first:"), "hint"))
            for n, option in enumerate(options or [self.tr("(add options)")], start=1):
                line = QHBoxLayout()
                rank = QLabel(local_number(n))
                rank.setObjectName("rank")
                line.addWidget(rank)
                line.addWidget(_wrap(option), 1)
                column.addLayout(line)
        else:
            answer = QLineEdit()
            answer.setPlaceholderText(self.tr("Their answer, in their words"))
            column.addWidget(answer)
        return box

    def _scores(self, box: QFrame, low: int, high: int) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(3)
        group = QButtonGroup(box)
        for n in range(low, high + 1):
            button = QPushButton(local_number(n))
            button.setObjectName("score")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        return row
