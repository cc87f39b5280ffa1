"""The signed-in workspace: a navigation list on the side, one screen at a time, and a
status line saying who is signed in, at which shop, on which workstation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.bidi import from_the_right, isolate
from app.ui.screens.alerts import AlertsScreen
from app.ui.screens.audit import AuditScreen
from app.ui.screens.backups import BackupsScreen
from app.ui.screens.checkout import CheckoutScreen
from app.ui.screens.customers import CustomersScreen
from app.ui.screens.dashboard import DashboardScreen
from app.ui.screens.duplicates import DuplicatesScreen
from app.ui.screens.loyalty import LoyaltyScreen
from app.ui.screens.reports import ReportsScreen
from app.ui.screens.segments import SegmentsScreen
from app.ui.screens.settings import SettingsScreen
from app.ui.screens.staff import StaffScreen
from app.ui.screens.surveys import SurveysScreen
from app.ui.state import AppState
from app.ui.widgets.alert_watch import watch_alerts
from app.ui.widgets.loyalty_result import attach_loyalty
from app.ui.widgets.survey_handover import attach_handover


class Workspace(QWidget):
    lock_requested = Signal()
    settings_saved = Signal(object)  # ShopSettings
    language_chosen = Signal(str)  # this workstation's screens

    def __init__(self, state: AppState):
        super().__init__()
        self.state = state
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(190)
        self.screens = QStackedWidget()
        # Navigation keys; inside screens F2 new, F4 edit, F6 anonymous, F7 line, F8 refund,
        # Ctrl+R redeem, Ctrl+Z undo.
        self.checkout = CheckoutScreen(state)
        self.customers = CustomersScreen(state)
        self.segments = SegmentsScreen(state)
        self._add(self.checkout, self.tr("Checkout"), "F5")
        self._add(self.customers, self.tr("Customers"), "F3")
        self._add(self.segments, self.tr("Segments"), "F9")
        self.loyalty = LoyaltyScreen(state)
        self._add(self.loyalty, self.tr("Loyalty"), "F11")
        attach_loyalty(self.checkout)
        attach_handover(self.checkout)
        self.surveys = SurveysScreen(state)
        self._add(self.surveys, self.tr("Surveys"), "Alt+S")
        self.alerts = AlertsScreen(state)
        self._add(self.alerts, self.tr("Alerts"), "Alt+A")
        self.alerts.open_customer.connect(self.open_customer)
        self.alert_watch = watch_alerts(self, self.alerts, self.tr("Alerts"))
        self.dashboard = DashboardScreen(state)
        self._add(self.dashboard, self.tr("Dashboard"), "Alt+D")
        self.reports = ReportsScreen(state)
        self._add(self.reports, self.tr("Reports"), "Alt+R")
        self.duplicates = DuplicatesScreen(state)
        self._add(self.duplicates, self.tr("Duplicates"), "Alt+U")
        self.staff = StaffScreen(state)
        self.settings = SettingsScreen(state)
        self._add(self.staff, self.tr("Staff"), "F10")
        self.backups = BackupsScreen(state)
        self._add(self.backups, self.tr("Backups"), "Alt+B")
        self.audit = AuditScreen(state)
        self._add(self.audit, self.tr("Audit log"), "Alt+L")
        self._add(self.settings, self.tr("Settings"), "F12")
        self.settings.settings_saved.connect(self.settings_saved)
        self.settings.language_chosen.connect(self.language_chosen)
        self.segments.open_customer.connect(self.open_customer)

        self.who = QLabel()
        self.who.setObjectName("who")
        lock = QPushButton(self.tr("Lock / switch user"))
        lock.setToolTip(self.tr("Back to the staff sign-in screen (Ctrl+L)"))
        lock.clicked.connect(self.lock_requested)
        QShortcut(QKeySequence("Ctrl+L"), self, self.lock_requested.emit)

        side = QVBoxLayout()
        side.addWidget(self.nav, 1)
        side.addWidget(self.alert_watch.banner)
        side.addWidget(self.who)
        side.addWidget(lock)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addWidget(self.screens, 1)

        self.nav.currentRowChanged.connect(self._go)
        self.nav.setCurrentRow(0)
        state.signed_in.connect(self._refresh_who)

    def _add(self, screen: QWidget, title: str, key: str) -> None:
        self.nav.addItem(QListWidgetItem(f"{title}  ({key})"))
        index = self.screens.addWidget(screen)
        QShortcut(QKeySequence(key), self, lambda: self.nav.setCurrentRow(index))

    def _go(self, row: int) -> None:
        self.screens.setCurrentIndex(row)
        screen = self.screens.currentWidget()
        if hasattr(screen, "activate"):
            screen.activate()

    def open_screen(self, screen: QWidget) -> None:
        self.nav.setCurrentRow(self.screens.indexOf(screen))

    def open_customer(self, customer_id: int) -> None:
        """Show a customer's profile from any screen."""
        self.nav.setCurrentRow(self.screens.indexOf(self.customers))
        self.customers.open_customer(customer_id)

    def activate(self) -> None:
        self._refresh_who()
        self._go(self.nav.currentRow())

    def _refresh_who(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        actor = shop.actor
        role = self.tr("manager") if actor.is_manager else self.tr("cashier")
        self.who.setText(from_the_right(
            self.tr("{name} ({role})\n{shop} · {workstation}").format(
                name=isolate(actor.staff_name), role=role,
                shop=isolate(shop.settings.shop_name), workstation=isolate(actor.workstation),
            )
        ))
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
