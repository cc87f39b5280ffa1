"""Figure cards for the dashboard: a label, a big value and the change from the period
before, ▲ green when it is good news, ▼ red when it is not."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.ui.bidi import from_the_right, ltr_run, signed

GOOD, BAD, FAINT = "#2da44e", "#cf222e", "#6b7280"


def change_text(now: float | None, before: float | None, points: bool = False,
                places: int = 1) -> tuple[str, float | None]:
    """('▲ 12.5%', +12.5) against the period before; ('', None) when there is nothing to
    compare with. `points`: a difference of scores or shares ('▲ +3 pts' for NPS, places=0)."""
    if now is None or before is None:
        return "", None
    if points:
        delta = now - before
        text = QCoreApplication.translate("dashboard", "{change} pts").format(
            change=signed(delta, places))
    else:
        if not before:
            return "", None
        delta = 100 * (now - before) / before
        text = ltr_run(f"{signed(delta, 1)}{QLocale().percent()}")
    arrow = "▲" if delta > 0 else "▼" if delta < 0 else "="
    return f"{arrow} {text}", delta


class FigureCard(QFrame):
    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setStyleSheet("#figureCard { background: #f6f8fa; border: 1px solid #d0d7de; "
                           "border-radius: 6px; }")
        self.label = QLabel(from_the_right(label.upper()))  # 'NPS' at the reading edge too
        self.label.setStyleSheet(f"color: {FAINT}; font-size: 11px; font-weight: 600;")
        self.value = QLabel("—")
        self.value.setObjectName("figureValue")
        self.value.setStyleSheet("font-size: 22px; font-weight: 700; color: #1f2328;")
        self.change = QLabel("")
        self.change.setStyleSheet(f"color: {FAINT}; font-size: 11px;")
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 8, 12, 8)
        box.setSpacing(2)
        box.addWidget(self.label)
        box.addWidget(self.value)
        box.addWidget(self.change)

    def show_figure(self, value: str, change: tuple[str, float | None] = ("", None),
                    good_when_up: bool = True, note: str = "") -> None:
        self.value.setText(from_the_right(value))
        text, delta = change
        if delta:
            good = (delta > 0) == good_when_up
            colour = GOOD if good else BAD
        else:
            colour = FAINT
        self.change.setText(from_the_right(" · ".join(t for t in (text, note) if t)))
        self.change.setStyleSheet(f"color: {colour}; font-size: 11px; font-weight: 600;")


class CardRow(QWidget):
    """Cards side by side, under a heading, keyed by name."""

    def __init__(self, heading: str, labels: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel(heading)
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        grid = QGridLayout()
        grid.setSpacing(8)
        self.cards = {}
        for column, (key, label) in enumerate(labels.items()):
            self.cards[key] = FigureCard(label)
            grid.addWidget(self.cards[key], 0, column)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.heading)
        box.addLayout(grid)
