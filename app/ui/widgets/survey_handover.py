"""After a checkout, the survey for that purchase: "Hand over screen (Ctrl+H)" opens the
survey in a dialog the customer answers at the counter; "Send to kiosk (Ctrl+K)" leaves it
waiting for the kiosk screen facing them. Either way the answer is linked to the customer,
the purchase and the staff member signed in. The panel says what happened.

`attach_handover(checkout)` puts the panel in `CheckoutScreen.extras` and listens to its
`recorded` / `undone` signals, as the loyalty panel does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import surveys
from app.core.customers import CustomerSummary
from app.core.errors import CounterpartError
from app.core.purchases import PurchaseView
from app.core.surveys import Answered, Handoff, Survey
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.info_card import leading_edge

if TYPE_CHECKING:
    from app.ui.screens.checkout import CheckoutScreen

HAND_OVER_KEY, KIOSK_KEY = QKeySequence("Ctrl+H"), QKeySequence("Ctrl+K")


class HandoverDialog(QDialog):
    """The survey on the counter screen, turned to the customer. Finishing stores the
    answer; closing early keeps a partial answer only if the shop says so."""

    answered = Signal(object)  # surveys.Answered

    def __init__(
        self,
        state: AppState,
        survey: Survey,
        customer_id: int | None,
        purchase_id: int | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        from app.ui.widgets.survey_form import SurveyForm  # noqa: PLC0415 - the kiosk's form

        self.state, self.survey = state, survey
        self.customer_id, self.purchase_id = customer_id, purchase_id
        self.busy = False
        self.setWindowTitle(self.tr("A few quick questions"))
        self.resize(760, 560)
        self.form = SurveyForm(survey, self)
        self.form.finished.connect(self.finish)
        self.form.abandoned.connect(self.abandon)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.error)

    def finish(self, answers: dict) -> None:
        self._store(answers, complete=True)

    def abandon(self, answers: dict) -> None:
        shop = self.state.shop
        if shop is not None and shop.settings.kiosk_keep_partial and answers:
            self._store(answers, complete=False)
        else:
            self.reject()

    def _store(self, answers: dict, complete: bool) -> None:
        shop = self.state.shop
        if shop is None or self.busy:
            return
        self.busy = True
        self.state.runner.run(
            surveys.answer,
            shop,
            self.survey.id,
            answers,
            customer_id=self.customer_id,
            purchase_id=self.purchase_id,
            channel="counter",
            complete=complete,
            on_done=self._stored,
            on_error=self._refused,
            changes={"answers", "alerts", "loyalty"},
        )

    def _stored(self, done: Answered) -> None:
        self.busy = False
        self.answered.emit(done)
        self.accept()

    def _refused(self, error: CounterpartError) -> None:
        self.busy = False
        self.error.setText(error_text(error))
        self.error.setVisible(True)


class SurveyHandover(QFrame):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("surveyHandover")
        self.setStyleSheet(
            "QFrame#surveyHandover { border-top: 1px solid #d0d7de; }"
            "QLabel#surveyDone { color: #1a7f37; font-weight: 600; }"
        )
        self.state = state
        self.purchase: PurchaseView | None = None
        self.customer: CustomerSummary | None = None
        self.surveys: list[Survey] = []
        self.dialog: HandoverDialog | None = None
        title = QLabel(self.tr("Survey"))
        title.setStyleSheet("font-weight: 600;")
        self.choice = QComboBox()
        self.choice.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cashier's cursor stays put
        self.hand_button = QPushButton(self.tr("Hand over screen (Ctrl+H)"))
        self.kiosk_button = QPushButton(self.tr("Send to kiosk (Ctrl+K)"))
        for button in (self.hand_button, self.kiosk_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hand_button.clicked.connect(self.hand_over)
        self.kiosk_button.clicked.connect(self.send_to_kiosk)
        self.said = QLabel()
        self.said.setObjectName("surveyDone")
        self.said.setWordWrap(True)
        self.said.setAlignment(leading_edge())
        head = QHBoxLayout()
        head.addWidget(title)
        head.addWidget(self.choice, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hand_button)
        buttons.addWidget(self.kiosk_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addLayout(buttons)
        layout.addWidget(self.said)
        state.runner.changed.connect(lambda what: "surveys" in what and self._load_surveys())
        self.setVisible(False)

    # -- after a sale -------------------------------------------------------------------
    def recorded(self, view: PurchaseView, customer: CustomerSummary | None) -> None:
        self.purchase, self.customer = view, customer
        self.say("")
        self._enable(True)
        if self.surveys:
            self.setVisible(True)
        self._load_surveys()

    def undone(self, view: PurchaseView) -> None:
        if self.purchase is not None and self.purchase.id == view.id:
            self.purchase = None
            self.setVisible(False)

    def _load_surveys(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.state.runner.run(
            surveys.list_surveys,
            shop,
            True,
            on_done=self._surveys,
            on_error=lambda _e: None,
            lane="slow",
        )

    def _surveys(self, found: list[Survey]) -> None:
        chosen = self.choice.currentData()
        self.surveys = found
        self.choice.clear()
        for s in found:
            self.choice.addItem(s.name, s.id)
        index = self.choice.findData(chosen)
        self.choice.setCurrentIndex(index if index >= 0 else 0)
        self.setVisible(self.purchase is not None and bool(found))

    def survey(self) -> Survey | None:
        return next((s for s in self.surveys if s.id == self.choice.currentData()), None)

    def say(self, text: str, error: bool = False) -> None:
        self.said.setObjectName("error" if error else "surveyDone")
        self.said.style().unpolish(self.said)
        self.said.style().polish(self.said)
        self.said.setText(text)
        self.said.setVisible(bool(text))

    def _enable(self, on: bool) -> None:
        for button in (self.hand_button, self.kiosk_button):
            button.setEnabled(on)

    def _who(self) -> str:
        return self.customer.first_name if self.customer else self.tr("the customer")

    # -- the customer answers at the counter ----------------------------------------------
    def hand_over(self) -> None:
        survey, view = self.survey(), self.purchase
        if (
            survey is None
            or view is None
            or not self.isVisible()
            or not self.hand_button.isEnabled()
        ):
            return
        if self.dialog is not None and self.dialog.isVisible():
            return
        self.dialog = HandoverDialog(self.state, survey, view.customer_id, view.id, self)
        self.dialog.answered.connect(self._answered)
        self.dialog.open()

    def _answered(self, done: Answered) -> None:
        self._enable(False)  # one answer per purchase
        text = (
            self.tr("✓ {name} answered “{survey}”. Thank you!")
            if done.complete
            else self.tr("{name} answered part of “{survey}”; it was kept.")
        ).format(name=self._who(), survey=self.dialog.survey.name if self.dialog else "")
        if done.alerts:
            text += " " + self.tr("It raised an alert: see Alerts.")
        self.say(text)

    # -- or on the kiosk facing them -----------------------------------------------------
    def send_to_kiosk(self) -> None:
        survey, view, shop = self.survey(), self.purchase, self.state.shop
        if survey is None or view is None or shop is None or not self.isVisible():
            return
        if not self.kiosk_button.isEnabled():
            return
        self._enable(False)
        self.state.runner.run(
            surveys.send_to_kiosk,
            shop,
            survey.id,
            view.customer_id,
            view.id,
            on_done=lambda h: self._sent(h, survey),
            on_error=self._refused,
            changes={"kiosk"},
        )

    def _sent(self, _handoff: Handoff, survey: Survey) -> None:
        self.say(
            self.tr("✓ “{survey}” sent to the kiosk for {name}.").format(
                survey=survey.name, name=self._who()
            )
        )

    def _refused(self, error: CounterpartError) -> None:
        self._enable(True)
        self.say(error_text(error), error=True)


def attach_handover(checkout: CheckoutScreen) -> SurveyHandover:
    """Add the survey panel to a checkout screen, fed by its `recorded` / `undone` signals;
    Ctrl+H hands the screen over, Ctrl+K sends the survey to the kiosk."""
    panel = SurveyHandover(checkout.state, checkout.result)
    checkout.extras.addWidget(panel)
    checkout.recorded.connect(panel.recorded)
    checkout.undone.connect(panel.undone)
    here = Qt.ShortcutContext.WidgetWithChildrenShortcut
    QShortcut(HAND_OVER_KEY, checkout, panel.hand_over, context=here)
    QShortcut(KIOSK_KEY, checkout, panel.send_to_kiosk, context=here)
    checkout.survey = panel
    return panel
