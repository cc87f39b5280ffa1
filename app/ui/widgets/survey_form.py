"""A survey one question per page, sized for a finger: the kiosk and the counter's hand-over
both use it. Back / Next (Done on the last page), Skip on optional questions, progress dots;
a required question keeps Next disabled until it has an answer.

    form = SurveyForm(survey, parent)
    form.finished.connect(...)   # {question id: value}, every required question answered
    form.abandoned.connect(...)  # {question id: value} given so far (Stop, or `abandon()`)
    form.reset()                 # empty again, on the first question

Values have the shapes `surveys.clean_answers` takes: a number for nps (or {"score", "why"}
with a "Why?"), a number for rating, an option for single, a list for multi and ranking,
a string for text.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.surveys import Survey
from app.ui.bidi import number
from app.ui.widgets.survey_pages import QuestionPage, page_for

STYLE = """
QWidget#surveyForm { background: #f6f8fa; }
QLabel#surveyPrompt { font-size: 30px; font-weight: 600; color: #1f2328; padding: 10px 0; }
QLabel#surveyHint { font-size: 17px; color: #57606a; }
QLabel#surveyWhy { font-size: 20px; color: #1f2328; }
QPlainTextEdit#surveyText { font-size: 20px; border: 2px solid #d0d7de; border-radius: 10px;
    padding: 8px; background: white; }
QPushButton#surveyScore { font-size: 24px; font-weight: 600; min-height: 68px; min-width: 44px;
    border: 2px solid #d0d7de; border-radius: 12px; background: white; color: #1f2328; }
QPushButton#surveyScore:checked { background: #1f6feb; border-color: #1f6feb; color: white; }
QPushButton#surveyStar { font-size: 64px; min-width: 88px; min-height: 88px; border: none;
    background: transparent; color: #c9ced6; }
QPushButton#surveyStar[lit="true"] { color: #e3a008; }
QPushButton#surveyOption { font-size: 22px; min-height: 68px; padding: 0 24px;
    border: 2px solid #d0d7de; border-radius: 14px; background: white; color: #1f2328; }
QPushButton#surveyOption:checked, QPushButton#surveyOption[ranked="true"] {
    background: #ddf4ff; border-color: #1f6feb; color: #0a3069; font-weight: 600; }
QPushButton#surveyAgain, QPushButton#surveyBack, QPushButton#surveySkip, QPushButton#surveyStop {
    font-size: 19px; min-height: 60px; padding: 0 26px; border: 2px solid #d0d7de;
    border-radius: 30px; background: white; color: #1f2328; }
QPushButton#surveyStop { min-height: 44px; border-radius: 22px; font-size: 16px;
    color: #57606a; }
QPushButton#surveyNext { font-size: 21px; font-weight: 600; min-height: 60px; padding: 0 40px;
    border-radius: 30px; background: #1f6feb; color: white; border: none; }
QPushButton#surveyNext:disabled { background: #b6cdf3; }
QPushButton:disabled { color: #8c959f; }
"""


class ProgressDots(QWidget):
    """One dot per question: the current one big and blue, answered ones filled."""

    DOT, GAP = 14, 14

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.count, self.current, self.answered = 0, 0, frozenset()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def show_state(self, count: int, current: int, answered) -> None:
        self.count, self.current, self.answered = count, current, frozenset(answered)
        self.setAccessibleName(
            self.tr("Question {n} of {count}").format(n=number(current + 1), count=number(count))
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(max(1, self.count) * (self.DOT + self.GAP), self.DOT + 12)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.count * self.DOT + (self.count - 1) * self.GAP
        x = (self.width() - width) / 2
        y = (self.height() - self.DOT) / 2
        blue, grey = QColor("#1f6feb"), QColor("#afb8c1")
        for i in range(self.count):
            at = i if not self.isRightToLeft() else self.count - 1 - i
            box = QRectF(x + at * (self.DOT + self.GAP), y, self.DOT, self.DOT)
            if i == self.current:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(blue)
                box.adjust(-3, -3, 3, 3)
            elif i in self.answered:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#54aeff"))
            else:
                painter.setPen(QPen(grey, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(box)
        painter.end()


class SurveyForm(QWidget):
    finished = Signal(object)  # dict {question id: value}
    abandoned = Signal(object)  # dict: what was answered before stopping

    def __init__(self, survey: Survey, parent: QWidget | None = None):
        super().__init__(parent)
        self.survey = survey
        self.setObjectName("surveyForm")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.stack = QStackedWidget()
        self.pages: list[QuestionPage] = []
        for question in survey.questions:
            page = page_for(question)
            page.changed.connect(self._update)
            self.pages.append(page)
            self.stack.addWidget(page)
        self.dots = ProgressDots()
        self.back_button = _nav(self.tr("Back"), "surveyBack")
        self.skip_button = _nav(self.tr("Skip"), "surveySkip")
        self.next_button = _nav(self.tr("Next"), "surveyNext")
        self.stop_button = _nav(self.tr("Stop"), "surveyStop")
        self.stop_button.setToolTip(self.tr("Stop here: the answers so far are left as they are."))
        self.back_button.clicked.connect(self.back)
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self.next)
        self.stop_button.clicked.connect(self.abandon)

        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.stop_button)
        bar = QHBoxLayout()
        bar.setSpacing(14)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.skip_button)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 24)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.dots)
        layout.addLayout(bar)
        self.reset()

    # -- where we are -------------------------------------------------------------------
    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    @property
    def page(self) -> QuestionPage:
        return self.pages[self.index]

    def answers(self) -> dict:
        """{question id: value} for every page answered so far."""
        return {p.question.id: v for p in self.pages if (v := p.value()) is not None}

    # -- moving -------------------------------------------------------------------------
    def reset(self) -> None:
        for page in self.pages:
            page.clear()
        self._go(0)

    def back(self) -> None:
        if self.index > 0:
            self._go(self.index - 1)

    def next(self) -> None:
        if self.page.value() is None and self.page.question.required:
            return  # Next stays disabled; a key press or stray click changes nothing
        self._advance()

    def skip(self) -> None:
        if self.page.question.required:
            return
        self.page.clear()
        self._advance()

    def abandon(self) -> None:
        self.abandoned.emit(self.answers())

    def _advance(self) -> None:
        if self.index + 1 < len(self.pages):
            self._go(self.index + 1)
            return
        missing = next(
            (i for i, p in enumerate(self.pages) if p.question.required and p.value() is None), None
        )
        if missing is not None:  # only if an answer was taken back on an earlier page
            self._go(missing)
            return
        self.finished.emit(self.answers())

    def _go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self._update()
        self.page.focus_input()

    def _update(self) -> None:
        if not self.pages:
            return
        page, last = self.page, self.index == len(self.pages) - 1
        answered = page.value() is not None
        self.back_button.setVisible(self.index > 0)
        self.skip_button.setVisible(not page.question.required and not answered)
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self.next_button.setEnabled(answered or not page.question.required)
        self.next_button.setVisible(answered or page.question.required)
        self.dots.setVisible(len(self.pages) > 1)
        self.dots.show_state(
            len(self.pages),
            self.index,
            [i for i, p in enumerate(self.pages) if p.value() is not None],
        )


def _nav(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAutoDefault(False)
    return button
