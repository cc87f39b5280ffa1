"""The live dashboard: today's and this month's figures against the period before, and the
report's charts for a chosen period. It refreshes when a sale or a survey answer is saved
here, and every 30 seconds for those saved at other counters. Managers only."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QTime, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core import money
from app.core import report_figures as rf
from app.ui.bidi import from_the_right, language, number, percent, signed
from app.ui.dates import date_edit, day_of_month, show_date
from app.ui.dialogs.customer_labels import choice_labels
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.dashboard_cards import CardRow, change_text
from app.ui.widgets.dashboard_charts import BarRows, DailyColumns
from app.ui.widgets.nps_chart import NpsChart, jalali_months

POLL_MS = 30_000
WATCHED = {"purchases", "answers", "loyalty"}


class DashboardScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.figures: rf.Live | None = None
        self._loading = False
        self._again = False

        title = QLabel(self.tr("Dashboard"))
        title.setObjectName("title")
        self.period = QComboBox()
        self.presets = {
            "this_month": self.tr("This month"), "last_month": self.tr("Last month"),
            "7": self.tr("Last 7 days"), "30": self.tr("Last 30 days"),
            "90": self.tr("Last 90 days"), "custom": self.tr("From … to …"),
        }
        for key, text in self.presets.items():
            self.period.addItem(text, key)
        self.period.currentIndexChanged.connect(lambda _i: self._period_changed())
        self.first = date_edit()
        self.last = date_edit()
        for edit in (self.first, self.last):
            edit.setDate(QDate.currentDate())
            edit.dateChanged.connect(lambda _d: self.reload())
            edit.hide()
        self.status = QLabel()
        self.status.setObjectName("hint")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(QLabel(self.tr("Charts for")))
        top.addWidget(self.period)
        top.addWidget(self.first)
        top.addWidget(self.last)

        labels = {"sales": self.tr("Sales"), "purchases": self.tr("Purchases"),
                  "basket": self.tr("Average basket"), "identified": self.tr("Identified"),
                  "new": self.tr("New customers"), "nps": self.tr("NPS")}
        self.today = CardRow(self.tr("Today, against yesterday"), labels)
        self.month = CardRow(self.tr("This month so far, against the same days last month"),
                             labels)
        self.daily = DailyColumns(self.tr("Sales per day"))
        self.nps = NpsChart()
        self.segments = BarRows(self.tr("Customers by segment (today)"))
        self.heard = BarRows(self.tr("How new customers heard about us"))
        self.loyalty = BarRows(self.tr("Loyalty issued and redeemed"),
                               legend=(self.tr("issued"), self.tr("redeemed")))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()

        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self.notice, 0, 0, 1, 2)
        grid.addWidget(self.today, 1, 0, 1, 2)
        grid.addWidget(self.month, 2, 0, 1, 2)
        grid.addWidget(self.daily, 3, 0, 1, 2)
        nps_box = QVBoxLayout()
        nps_title = QLabel(from_the_right(self.tr("NPS over 12 months")))  # 'NPS' at the right
        nps_title.setStyleSheet("font-size: 13px; font-weight: 700;")
        nps_box.addWidget(nps_title)
        nps_box.addWidget(self.nps)
        grid.addLayout(nps_box, 4, 0)
        grid.addWidget(self.segments, 4, 1)
        grid.addWidget(self.heard, 5, 0)
        grid.addWidget(self.loyalty, 5, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        state.runner.changed.connect(self._changed)

    # -- when to load ---------------------------------------------------------------------
    def activate(self) -> None:
        self.timer.start()
        self.reload()

    def _poll(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self.timer.stop()

    def _changed(self, what) -> None:
        if WATCHED & set(what) and self.isVisible():
            self.reload()

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.first.setVisible(custom)
        self.last.setVisible(custom)
        self.reload()

    def chosen(self) -> rf.Period:
        """The period the charts are for; Persian readers' months are Persian-calendar ones."""
        key, today, jalali = self.period.currentData(), date.today(), jalali_months()
        if key == "this_month":
            return rf.month_period(rf.this_month(today, jalali))
        if key == "last_month":
            return rf.month_period(rf.last_month(today, jalali))
        if key == "custom":
            first, last = self.first.date().toPython(), self.last.date().toPython()
            return rf.day_period(min(first, last), max(first, last))
        return rf.day_period(today - timedelta(days=int(key) - 1), today)

    def reload(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        if not shop.actor.is_manager:
            self._notify(self.tr("Only a manager can see the shop's figures."))
            return
        if self._loading:  # one load at a time; the latest wish runs after it
            self._again = True
            return
        self._loading = True
        self.state.runner.run(rf.live, shop, self.chosen(), jalali=jalali_months(),
                              on_done=self._loaded,
                              on_error=self._failed, lane="slow")

    def _failed(self, error) -> None:
        self._loading = False
        self._notify(error_text(error))

    # -- showing --------------------------------------------------------------------------
    def _notify(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _loaded(self, live: rf.Live) -> None:
        self._loading = False
        self.figures = live
        self._notify("")
        chosen = live.chosen
        currency = chosen.currency
        self._cards(self.today, live.today, live.yesterday, currency)
        self._cards(self.month, live.month, live.month_before, currency)
        digits = money.digits(currency)
        self.daily.title = self.tr("Sales per day, {first} – {last} ({currency})").format(
            first=show_date(chosen.period.first_day), last=show_date(chosen.period.last_day),
            currency=currency)
        self.daily.set_days([(day_of_month(d), total / 10 ** digits)
                             for d, _, total in chosen.daily])
        self.nps.set_months(list(chosen.nps_trend))
        names = {"new": self.tr("New"), "active": self.tr("Active"),
                 "at_risk": self.tr("At risk"), "lapsed": self.tr("Lapsed"),
                 "vip": self.tr("VIP")}
        self.segments.set_rows([(names[k], v) for k, v in chosen.segments.items()])
        heard = {**choice_labels()["how_heard"], "not asked": "—"}
        self.heard.set_rows([(heard.get(k, k), v) for k, v in chosen.how_heard])
        self.loyalty.set_rows([(x.program, x.issued, x.redeemed) for x in chosen.loyalty])
        self.status.setText(self.tr("Updated {time}").format(
            time=QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)))
        if self._again:
            self._again = False
            self.reload()

    def _cards(self, row: CardRow, now: rf.Headline, before: rf.Headline | None,
               currency: str) -> None:
        show = lambda minor: money.display(minor, currency, language())  # noqa: E731
        c = row.cards
        b = before
        c["sales"].show_figure(show(now.sales), change_text(now.sales, b and b.sales))
        c["purchases"].show_figure(number(now.purchases),
                                   change_text(now.purchases, b and b.purchases))
        c["basket"].show_figure(show(now.average_basket),
                                change_text(now.average_basket, b and b.average_basket))
        share = now.identified_share
        c["identified"].show_figure("—" if share is None else percent(share),
                                    change_text(share, b and b.identified_share, points=True))
        c["new"].show_figure(number(now.new_customers),
                             change_text(now.new_customers, b and b.new_customers))
        score = now.nps.shown  # whole, as on every screen and in the report
        c["nps"].show_figure("—" if score is None else signed(score),
                             change_text(score, b and b.nps.shown, points=True, places=0),
                             note=self.tr("answers: {n}").format(n=number(now.nps.total)))
