"""One page per survey question, with controls a finger can hit: 0-10 score buttons and a
"Why?" box, five stars, one or several big option buttons, options tapped in rank order
(with "Start over"), a text box. Each page says when its answer `changed` and gives its
`value()` in the shape `surveys.clean_answers` takes, or None while it has no answer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.surveys import TEXT_LIMIT, Question
from app.ui.bidi import isolate, number

DETRACTOR_MAX = 6  # 0-6 is a detractor, as NPS counts


def big_button(text: str, name: str, checkable: bool = True) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setCheckable(checkable)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a touch screen: no focus frames
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


def caption(text: str, name: str = "surveyHint", center: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    if center:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class QuestionPage(QWidget):
    changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.prompt = caption(question.prompt, "surveyPrompt")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QVBoxLayout(self)
        self.body.setSpacing(18)
        self.body.addWidget(self.prompt)

    def value(self):
        raise NotImplementedError

    def focus_input(self) -> None:
        """Give the keyboard to this page's text box, if it shows one."""

    def clear(self) -> None:
        raise NotImplementedError


class NpsPage(QuestionPage):
    """0-10; then "Why?" for everyone, for detractors only, or nobody (the question says)."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.scores: list[QPushButton] = []
        for n in range(11):
            button = big_button(number(n), "surveyScore")  # ۰–۱۰ in Persian
            self.group.addButton(button, n)
            self.scores.append(button)
            row.addWidget(button)
        ends = QHBoxLayout()
        ends.addWidget(caption(self.tr("Not at all likely")))
        ends.addStretch(1)
        ends.addWidget(caption(self.tr("Extremely likely")))
        self.why_label = caption(self.tr("Why? Tell us in a few words (optional)."), "surveyWhy")
        self.why = QPlainTextEdit()
        self.why.setObjectName("surveyText")
        self.why.setMaximumHeight(130)
        self.body.addLayout(row)
        self.body.addLayout(ends)
        self.body.addSpacing(6)
        self.body.addWidget(self.why_label)
        self.body.addWidget(self.why)
        self.body.addStretch(1)
        self.group.idClicked.connect(self._scored)
        self.why.textChanged.connect(self._typed)
        self._show_why()

    def score(self) -> int | None:
        n = self.group.checkedId()
        return None if n < 0 else n

    def asks_why(self) -> bool:
        score, why = self.score(), self.question.why
        return score is not None and (
            why == "everyone" or (why == "detractors" and score <= DETRACTOR_MAX)
        )

    def _scored(self, _n: int) -> None:
        self._show_why()
        self.focus_input()
        self.changed.emit()

    def focus_input(self) -> None:
        if self.why.isVisible():
            self.why.setFocus()

    def _typed(self) -> None:
        if len(self.why.toPlainText()) > TEXT_LIMIT:
            self.why.setPlainText(self.why.toPlainText()[:TEXT_LIMIT])
        self.changed.emit()

    def _show_why(self) -> None:
        asked = self.asks_why()
        self.why_label.setVisible(asked)
        self.why.setVisible(asked)

    def value(self):
        score = self.score()
        if score is None:
            return None
        why = self.why.toPlainText().strip() if self.asks_why() else ""
        return {"score": score, "why": why} if why else score

    def clear(self) -> None:
        _uncheck(self.group)
        self.why.clear()
        self._show_why()


class RatingPage(QuestionPage):
    """Five stars: tapping the third lights three."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addStretch(1)
        self.stars: list[QPushButton] = []
        for n in range(1, 6):
            button = big_button("★", "surveyStar")
            button.setAccessibleName(self.tr("{n} of 5").format(n=n))
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.group.addButton(button, n)
            self.stars.append(button)
            row.addWidget(button)
        row.addStretch(1)
        self.said = caption("", "surveyWhy")
        self.said.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addLayout(row)
        self.body.addWidget(self.said)
        self.body.addStretch(1)
        self.group.idClicked.connect(self._rated)

    def _rated(self, n: int) -> None:
        self._light(n)
        self.changed.emit()

    def _light(self, n: int) -> None:
        words = [
            "",
            self.tr("Poor"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Very good"),
            self.tr("Excellent"),
        ]
        for star in self.stars:
            star.setProperty("lit", "true" if self.group.id(star) <= n else "false")
            star.style().unpolish(star)
            star.style().polish(star)
        self.said.setText(words[n] if n > 0 else "")

    def value(self):
        n = self.group.checkedId()
        return None if n < 0 else n

    def clear(self) -> None:
        _uncheck(self.group)
        self._light(0)


class ChoicePage(QuestionPage):
    """Big option buttons: one of them (single) or any number (multi)."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.multi = question.kind == "multi"
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multi)
        if self.multi:
            self.body.addWidget(caption(self.tr("Choose all that apply."), center=True))
        grid = QGridLayout()
        grid.setSpacing(12)
        columns = 2 if len(question.options) > 5 else 1
        self.options: list[QPushButton] = []
        for i, option in enumerate(question.options):
            button = big_button(option, "surveyOption")
            self.group.addButton(button, i)
            self.options.append(button)
            grid.addWidget(button, i // columns, i % columns)
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self.group.idToggled.connect(lambda _i, _on: self.changed.emit())

    def value(self):
        chosen = [self.question.options[self.group.id(b)] for b in self.options if b.isChecked()]
        if self.multi:
            return chosen or None
        return chosen[0] if chosen else None

    def clear(self) -> None:
        _uncheck(self.group)


class RankingPage(QuestionPage):
    """Tap the options in order, most important first; tapping a ranked one takes it and
    those after it back, and "Start over" clears the order."""

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.order: list[int] = []
        self.body.addWidget(
            caption(self.tr("Tap them in order: the most important first."), center=True)
        )
        self.options: list[QPushButton] = []
        column = QVBoxLayout()
        column.setSpacing(12)
        for i, _option in enumerate(question.options):
            button = big_button("", "surveyOption", checkable=False)
            button.clicked.connect(lambda _c=False, i=i: self.tap(i))
            self.options.append(button)
            column.addWidget(button)
        self.again = big_button(self.tr("Start over"), "surveyAgain", checkable=False)
        self.again.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.again.clicked.connect(self.clear)
        self.body.addLayout(column)
        self.body.addWidget(self.again, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addStretch(1)
        self._show()

    def tap(self, i: int) -> None:
        if i in self.order:
            del self.order[self.order.index(i) :]
        else:
            self.order.append(i)
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        for i, button in enumerate(self.options):
            ranked = i in self.order
            rank = f"{number(self.order.index(i) + 1)}.  " if ranked else ""
            button.setText(rank + isolate(self.question.options[i]))
            button.setProperty("ranked", "true" if ranked else "false")
            button.style().unpolish(button)
            button.style().polish(button)
        self.again.setEnabled(bool(self.order))

    def value(self):
        if len(self.order) < len(self.question.options):
            return None  # a ranking counts once every option has its place
        return [self.question.options[i] for i in self.order]

    def clear(self) -> None:
        self.order = []
        self._show()
        self.changed.emit()


class TextPage(QuestionPage):
    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(question, parent)
        self.text = QPlainTextEdit()
        self.text.setObjectName("surveyText")
        self.text.setPlaceholderText(self.tr("Type here"))
        self.text.setMaximumHeight(200)
        self.text.textChanged.connect(self._typed)
        self.body.addWidget(self.text)
        self.body.addStretch(1)

    def focus_input(self) -> None:
        self.text.setFocus()

    def _typed(self) -> None:
        if len(self.text.toPlainText()) > TEXT_LIMIT:
            self.text.setPlainText(self.text.toPlainText()[:TEXT_LIMIT])
        self.changed.emit()

    def value(self):
        return self.text.toPlainText().strip() or None

    def clear(self) -> None:
        self.text.clear()


PAGES = {
    "nps": NpsPage,
    "rating": RatingPage,
    "single": ChoicePage,
    "multi": ChoicePage,
    "ranking": RankingPage,
    "text": TextPage,
}


def page_for(question: Question, parent: QWidget | None = None) -> QuestionPage:
    return PAGES[question.kind](question, parent)


def _uncheck(group: QButtonGroup) -> None:
    exclusive = group.exclusive()
    group.setExclusive(False)  # an exclusive group keeps one checked otherwise
    for button in group.buttons():
        button.setChecked(False)
    group.setExclusive(exclusive)
