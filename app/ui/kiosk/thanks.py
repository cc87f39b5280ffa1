"""The kiosk's thank-you screen: a big thanks, what the card earned (if a card was scanned),
then back to the welcome screen by itself after a few seconds (a tap goes back at once)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.loyalty import Earned
from app.ui.bidi import isolate, number

SHOWN_SECONDS = 6


def reward_text(earned: tuple[Earned, ...]) -> str:
    """ "You earned 1 stamp on Coffee card." — the reward only, no customer data.
    The words are the thank-you screen's."""
    lines = []
    for e in earned:
        n = e.amount
        if e.program.kind == "punch":
            one = QCoreApplication.translate("ThanksScreen", "1 stamp")
            many = QCoreApplication.translate("ThanksScreen", "{n} stamps")
        else:
            one = QCoreApplication.translate("ThanksScreen", "1 point")
            many = QCoreApplication.translate("ThanksScreen", "{n} points")
        what = one if n == 1 else many.format(n=number(n))
        lines.append(
            QCoreApplication.translate("ThanksScreen", "You earned {what} on {program}.").format(
                what=what, program=isolate(e.program.name)
            )
        )
    return "\n".join(lines)


class ThanksScreen(QWidget):
    done = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kioskThanks")
        self.seconds: float = SHOWN_SECONDS
        self.title = QLabel()
        self.title.setObjectName("kioskThanksTitle")
        self.reward = QLabel()
        self.reward.setObjectName("kioskReward")
        self.note = QLabel()
        self.note.setObjectName("kioskInvite")
        for label in (self.title, self.reward, self.note):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.done)
        column = QVBoxLayout(self)
        column.setContentsMargins(60, 40, 60, 40)
        column.setSpacing(24)
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.reward, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.note)
        column.addStretch(1)

    def show_thanks(self, earned: tuple[Earned, ...] = ()) -> None:
        self.title.setText(self.tr("Thank you!"))
        self.note.setText(self.tr("Your answers help us do better."))
        text = reward_text(earned)
        self.reward.setText(text)
        self.reward.setVisible(bool(text))
        self.timer.start(int(self.seconds * 1000))

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self.timer.isActive():
            self.timer.stop()
            self.done.emit()
        super().mousePressEvent(event)
