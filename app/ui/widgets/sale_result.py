"""What the checkout shows after a sale: "Recorded ₪34.00 for Dana Cohen · receipt R-1001",
the customer's figures as they are now, what similar customers also bought, and Undo for as
long as the core allows a cashier to undo (then the button goes away).

`extras` is an empty column at the bottom for later features (loyalty earned, "send survey
to kiosk"); they add their own widgets there.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core import purchases
from app.core.figures import CustomerFigures
from app.core.purchases import PurchaseView
from app.ui.bidi import isolate, number
from app.ui.dialogs.customer_labels import local_time, ltr
from app.ui.widgets.customer_picker import segment_label
from app.ui.widgets.info_card import InfoCard


class SaleResult(QFrame):
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.money: Callable[[int], str] = str
        self.purchase: PurchaseView | None = None
        self.name = ""
        self.placeholder = QLabel(self.tr(
            "Each purchase you record shows here, with the customer's figures as they are "
            "now. Undo stays offered for a few minutes."))
        self.placeholder.setObjectName("hint")
        self.placeholder.setWordWrap(True)
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures = InfoCard(self.tr("Their figures now"))
        self.figures.setObjectName("figures")  # no card-in-a-card border
        self.figures.body.setContentsMargins(0, 4, 0, 4)
        self.suggestions = QLabel()
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.setAutoDefault(False)
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self.undo_requested)
        self.undo_until = QLabel()
        self.undo_until.setObjectName("hint")
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(lambda: self.offer_undo(False))

        undo = QHBoxLayout()
        undo.addWidget(self.undo_button)
        undo.addWidget(self.undo_until, 1)
        self.extras = QVBoxLayout()  # later features add their widgets here
        self.extras.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(12)
        title = QLabel(self.tr("Last purchase"))
        title.setObjectName("cardTitle")
        title.setStyleSheet("font-size: 15px; font-weight: 600;")
        for widget in (title, self.placeholder, self.headline, self.figures, self.suggestions):
            layout.addWidget(widget)
        layout.addLayout(undo)
        layout.addWidget(self.problem)
        layout.addLayout(self.extras)
        layout.addStretch(1)
        self._show(False)

    def _show(self, anything: bool) -> None:
        self.placeholder.setVisible(not anything)
        self.headline.setVisible(anything)
        for widget in (self.figures, self.suggestions, self.undo_button, self.undo_until,
                       self.problem):
            widget.setVisible(False)

    # -- a sale, then its figures -------------------------------------------------------
    def show_recorded(self, purchase: PurchaseView, name: str) -> None:
        self.purchase, self.name = purchase, name
        self._show(True)
        self._set_headline(undone=False)
        self.offer_undo(True)

    def _set_headline(self, undone: bool) -> None:
        p = self.purchase
        values = {"amount": self.money(p.total), "name": self.name}
        if undone:
            text = (self.tr("Undone: {amount} for {name}") if self.name
                    else self.tr("Undone: {amount} (anonymous)"))
        else:
            text = (self.tr("Recorded {amount} for {name}") if self.name
                    else self.tr("Recorded {amount} (anonymous)"))
        text = text.format(**values)
        if p.receipt:
            text += self.tr(" · receipt {receipt}").format(receipt=ltr(p.receipt))
        self.headline.setText(("↶ " if undone else "✓ ") + text)
        self.headline.setProperty("undone", undone)
        self.headline.style().unpolish(self.headline)
        self.headline.style().polish(self.headline)

    def show_figures(self, found: CustomerFigures | None,
                     also: list[tuple[str, list[str]]]) -> None:
        """The customer's figures (None: anonymous) and "who bought X also bought Y"."""
        if found is not None:
            status = segment_label(found.segment) + (" · " + self.tr("VIP") if found.vip else "")
            rows = [
                (self.tr("Visits"), number(found.visits)),
                (self.tr("Lifetime spend"), self.money(found.lifetime_spend)),
                (self.tr("Average basket"), self.money(found.average_basket)),
                (self.tr("Last visit"), local_time(found.last_visit)),
                (self.tr("Status"), status),
            ]
            if found.favourite_categories:
                usual = isolate(", ".join(found.favourite_categories))
                rows.append((self.tr("Usually buys"), usual))
            self.figures.set_rows(rows)
        self.figures.setVisible(found is not None)
        said = [self.tr("Customers who bought {x} also bought {y}.").format(
            x=isolate(x), y=isolate(", ".join(ys))) for x, ys in also if ys]
        if found is not None and found.suggestions and not said:
            said.append(self.tr("Customers who buy what {name} buys also bought {y}.").format(
                name=isolate(self.name), y=isolate(", ".join(found.suggestions))))
        self.suggestions.setText("\n".join(said))
        self.suggestions.setVisible(bool(said))

    def show_undone(self, purchase: PurchaseView) -> None:
        self.purchase = purchase
        self._set_headline(undone=True)
        self.offer_undo(False)

    def say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    # -- undo, while the core allows it -------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return self._expiry.isActive()

    def offer_undo(self, offer: bool) -> None:
        p = self.purchase
        left = 0
        if offer and p is not None and not p.voided:
            now = datetime.now(UTC).replace(tzinfo=None)
            left = int((purchases.UNDO_WINDOW - (now - p.created_at)).total_seconds() * 1000)
        if left > 1000:
            self._expiry.start(left - 1000)  # a second's margin before the core says no
            until = local_time(p.created_at + purchases.UNDO_WINDOW)[-5:]
            self.undo_until.setText(self.tr("until {time}").format(time=until))
        else:
            self._expiry.stop()
        self.undo_button.setVisible(self.can_undo)
        self.undo_until.setVisible(self.can_undo)
