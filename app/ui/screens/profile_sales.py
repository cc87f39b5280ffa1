"""The profile's sales sections: the customer's figures (spend, visits, rhythm, segment,
favourites, suggestions) and their purchases as a lazy list, with a refund (F8).

`add_sales_sections(profile)` puts the cards on a ProfileScreen; the profile calls
`show_customer` / `clear` on the result, and the sections refresh themselves whenever the
runner announces that purchases changed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from app.core import figures
from app.core.figures import CustomerFigures
from app.ui.bidi import isolate, money_text, number
from app.ui.dialogs.customer_labels import local_time, ltr
from app.ui.dialogs.refund import RefundDialog
from app.ui.error_text import error_text
from app.ui.models.purchase_list import PurchaseListModel
from app.ui.models.segment_list import badge_style, segment_label
from app.ui.state import AppState
from app.ui.widgets.info_card import InfoCard

if TYPE_CHECKING:
    from app.ui.screens.profile import ProfileScreen

class FiguresCard(InfoCard):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(self.tr("Figures"), parent)
        self.state = state
        self.figures: CustomerFigures | None = None
        self.segment_badge = QLabel()
        self.vip_badge = QLabel(segment_label("vip"))
        self.vip_badge.setStyleSheet(badge_style("vip"))
        self.vip_badge.setToolTip(self.tr("Top 10% by spend over the last 12 months"))
        badges = QHBoxLayout()
        badges.setSpacing(6)
        badges.addWidget(self.segment_badge)
        badges.addWidget(self.vip_badge)
        badges.addStretch(1)
        self.body.insertLayout(1, badges)
        self.blank()

    def blank(self) -> None:
        self.figures = None
        self.segment_badge.setVisible(False)
        self.vip_badge.setVisible(False)
        self.set_rows([])

    def show_problem(self, message: str) -> None:
        self.blank()
        self.set_rows([(self.tr("Not available"), message)])

    def _money(self, minor: int) -> str:
        return money_text(minor, self.state.shop.settings.currency)

    def show_figures(self, f: CustomerFigures) -> None:
        usual = f.suggested_for
        self.figures = f
        self.segment_badge.setText(segment_label(f.segment))
        self.segment_badge.setStyleSheet(badge_style(f.segment))
        self.segment_badge.setVisible(True)
        self.vip_badge.setVisible(f.vip)
        bought = f.visits > 0
        suggestions = ""
        if f.suggestions:
            also = isolate(", ".join(f.suggestions))  # product names, in their own direction
            suggestions = (self.tr("Customers who bought {x} also bought: {y}").format(
                x=isolate(", ".join(usual)), y=also) if usual
                else self.tr("Customers who buy what they buy also bought: {y}").format(y=also))
        self.set_rows([
            (self.tr("Lifetime spend"), self._money(f.lifetime_spend) if bought else ""),
            (self.tr("Visits"), number(f.visits)),
            (self.tr("Average basket"), self._money(f.average_basket) if bought else ""),
            (self.tr("Usual interval"), self.interval_text(f.usual_interval_days)),
            (self.tr("First visit"), ltr(local_time(f.first_visit))),
            (self.tr("Last visit"), self.last_visit_text(f.last_visit)),
            (self.tr("Favourite categories"), isolate(", ".join(f.favourite_categories))),
            (self.tr("Suggestions"), suggestions),
        ])

    def interval_text(self, days: float | None) -> str:
        if days is None:
            return ""
        if days < 1.5:
            return self.tr("about every day")
        return self.tr("every {n} days").format(n=number(round(days)))

    def last_visit_text(self, moment: datetime | None) -> str:
        if moment is None:
            return ""
        today = datetime.now(UTC).astimezone().date()
        ago = (today - moment.replace(tzinfo=UTC).astimezone().date()).days
        when = (self.tr("today") if ago <= 0 else self.tr("yesterday") if ago == 1
                else self.tr("{n} days ago").format(n=number(ago)))
        return f"{ltr(local_time(moment))} ({when})"


class PurchasesCard(InfoCard):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(self.tr("Purchases"), parent)
        self.state = state
        self.dialog: RefundDialog | None = None
        self._select_after_load: int | None = None
        self.model = PurchaseListModel(state, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setMinimumHeight(300)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PurchaseListModel.LINES, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.refund_button = QPushButton(self.tr("Refund… (F8)"))
        self.refund_button.setAutoDefault(False)
        self.refund_button.setEnabled(False)
        self.refund_button.clicked.connect(self.refund_selected)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.refund_button)
        self.body.addWidget(self.table)
        self.body.addLayout(row)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection())
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self.status.setText)

    def select(self, row: int) -> None:
        """Make `row` the current, selected purchase (selectRow alone may leave no current
        index, e.g. right-to-left before the header is laid out)."""
        self.table.setCurrentIndex(self.model.index(row, 0))

    def selected(self):
        index = self.table.currentIndex()
        return self.model.purchase(index.row()) if index.isValid() else None

    def _selection(self) -> None:
        p = self.selected()
        self.refund_button.setEnabled(p is not None and p.refundable > 0)

    def _loaded(self) -> None:
        shown = self.model.rowCount()
        if not shown:
            self.status.setText(self.tr("No purchases yet."))
        elif self.model.canFetchMore():
            self.status.setText(self.tr("Newest first; the latest {n} shown, scroll for more.")
                                .format(n=number(shown)))
        else:
            self.status.setText(self.tr("{n} purchases, newest first.").format(n=number(shown)))
        row = 0 if shown and not self.table.currentIndex().isValid() else -1
        if self._select_after_load is not None:  # the purchase just refunded
            row = self.model.row_of(self._select_after_load)
            self._select_after_load = None
        if row >= 0:
            self.select(row)
        self._selection()

    def refund_selected(self) -> None:
        p = self.selected()
        if p is None or p.refundable <= 0 or (self.dialog is not None and self.dialog.isVisible()):
            return
        self.dialog = RefundDialog(self.state, p, parent=self.window())
        self.dialog.refunded.connect(lambda view: setattr(self, "_select_after_load", view.id))
        self.dialog.finished.connect(lambda _r: self.table.setFocus())
        self.dialog.open()


class ProfileSales(QObject):
    """The two cards, loaded for the customer the profile shows."""

    def __init__(self, profile: ProfileScreen):
        super().__init__(profile)
        self.state: AppState = profile.state
        self.customer_id: int | None = None
        self._generation = 0
        self.figures = FiguresCard(self.state)
        self.purchases = PurchasesCard(self.state)
        profile.add_section(self.figures, "right", 0)
        profile.add_section(self.purchases, "wide", 0)
        QShortcut(QKeySequence(Qt.Key.Key_F8), profile, self.purchases.refund_selected,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.state.runner.changed.connect(self._changed)

    def show_customer(self, customer_id: int) -> None:
        if customer_id != self.customer_id:
            self.figures.blank()
        self.customer_id = customer_id
        self.purchases.model.set_customer(customer_id)
        self._load_figures()

    def clear(self) -> None:
        self._generation += 1
        self.customer_id = None
        self.purchases.model.set_customer(None)
        self.figures.blank()

    def _changed(self, what) -> None:
        if "purchases" in what and self.customer_id is not None:
            self.purchases.model.refresh()
            self._load_figures()

    def _load_figures(self) -> None:
        shop = self.state.shop
        if shop is None or self.customer_id is None:
            return
        self._generation += 1
        generation = self._generation
        self.state.runner.run(
            figures.for_customer, shop, self.customer_id,
            on_done=lambda found: self._arrived(generation, found),
            on_error=lambda err: self._failed(generation, err), lane="slow",
        )

    def _failed(self, generation: int, error) -> None:
        if generation == self._generation:
            self.figures.show_problem(error_text(error))

    def _arrived(self, generation: int, found: CustomerFigures) -> None:
        if generation == self._generation:
            self.figures.show_figures(found)


def add_sales_sections(profile: ProfileScreen) -> ProfileSales:
    return ProfileSales(profile)
