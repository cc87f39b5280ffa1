"""The kiosk: a full-screen window facing the customer, on its own `Shop` (channel "kiosk",
acting as nobody). Welcome → the survey, one question per screen → thank-you → welcome.

- A scanned loyalty card links the answer to its customer (and earns the feedback reward);
  the screen never shows who that is.
- Every ~2 s on the welcome screen it asks for a survey the counter sent (`take_handoff`);
  a hand-off runs that survey linked to the counter's customer and purchase.
- Silence for the shop's `kiosk_idle_seconds` goes back to welcome; a half-answered survey
  is kept as partial or dropped, as the shop's `kiosk_keep_partial` says.
- Escape, Alt+F4 and close requests do nothing. A manager leaves with name + PIN, asked by
  Ctrl+Shift+Q or by holding the top corner for three seconds.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.core import customers, surveys
from app.core.errors import CounterpartError
from app.core.shop import Shop
from app.core.surveys import Answered, Handoff, Survey
from app.ui import i18n
from app.ui.idle import IdleWatcher
from app.ui.kiosk.corner import CornerHold
from app.ui.kiosk.exit_dialog import ExitDialog
from app.ui.kiosk.thanks import ThanksScreen
from app.ui.kiosk.welcome import WelcomeScreen
from app.ui.tasks import TaskRunner
from app.ui.widgets.survey_form import SurveyForm

log = logging.getLogger(__name__)

SURVEY_KEY = "kiosk/survey"  # QSettings: the survey a walk-up customer answers
EXIT_KEY = QKeySequence("Ctrl+Shift+Q")
POLL_MS = 2000

STYLE = """
QWidget#kiosk, QWidget#surveyForm { background: #f6f8fa; }
QLabel#kioskShop { font-size: 56px; font-weight: 700; color: #1f2328; }
QLabel#kioskInvite { font-size: 26px; color: #424a53; }
QPushButton#kioskStart { font-size: 36px; font-weight: 700; color: white; background: #1f6feb;
    border: none; border-radius: 56px; min-width: 340px; min-height: 112px; padding: 0 60px; }
QPushButton#kioskStart:pressed { background: #1158c7; }
QPushButton#kioskStart:disabled { background: #b6cdf3; }
QLineEdit#kioskCard { font-size: 22px; min-width: 520px; min-height: 64px; padding: 0 18px;
    border: 2px dashed #afb8c1; border-radius: 32px; background: white; }
QLineEdit#kioskCard:focus { border-color: #1f6feb; }
QLabel#kioskCardHint { font-size: 21px; color: #424a53; }
QLabel#kioskCardSaid { font-size: 22px; color: #57606a; }
QLabel#kioskCardSaid[known="true"] { color: #1a7f37; font-weight: 600; }
QPushButton#kioskLanguage { font-size: 20px; min-width: 130px; min-height: 56px;
    border: 2px solid #d0d7de; border-radius: 28px; background: white; color: #1f2328; }
QLabel#kioskThanksTitle { font-size: 72px; font-weight: 700; color: #1a7f37; }
QLabel#kioskReward { font-size: 32px; font-weight: 600; color: #0a3069; background: #ddf4ff;
    border-radius: 24px; padding: 22px 36px; }
QLabel#kioskError { font-size: 20px; color: #b42318; }
QDialog#kioskExit { background: white; }
QDialog#kioskExit QLineEdit { font-size: 18px; }
"""


def pick_survey(shop: Shop, wanted) -> Survey | None:
    """The walk-up survey: the one this kiosk is set to, else the first active one."""
    active = surveys.list_surveys(shop, active_only=True)
    chosen = next((s for s in active if str(s.id) == str(wanted)), None)
    return chosen or (active[0] if active else None)


def card_owner(shop: Shop, code: str) -> int | None:
    """The id of the card's customer, and nothing else about them (None: not known here)."""
    try:
        found = customers.find_by_card(shop, code)
    except Exception:  # noqa: BLE001 - the customer answers anonymously instead
        log.warning("kiosk: looking up a card failed", exc_info=True)
        return None
    return found.id if found else None


def store_answer(shop: Shop, survey_id: int, answers: dict, **link) -> Answered:
    """`surveys.answer`, with anything unexpected turned into a plain refusal: the kiosk
    must never stall or show a technical dialog to a customer."""
    try:
        return surveys.answer(shop, survey_id, answers, **link)
    except CounterpartError:
        raise
    except Exception:  # noqa: BLE001 - logged without customer data, then a plain message
        log.exception("kiosk: an answer could not be stored")
        raise CounterpartError("The answer could not be saved.") from None


def next_handoff(shop: Shop) -> tuple[Handoff, Survey] | None:
    """A survey the counter sent, with its questions; a failed poll just waits for the next."""
    try:
        shop.reload_settings()  # the counter may have changed the idle time or partial rule
        handoff = surveys.take_handoff(shop)
        return (handoff, surveys.get(shop, handoff.survey_id)) if handoff else None
    except Exception:  # noqa: BLE001 - a poll must never put a dialog in front of a customer
        log.warning("kiosk: polling for a hand-off failed", exc_info=True)
        return None


class KioskWindow(QWidget):
    left = Signal()  # a manager closed the kiosk

    def __init__(
        self,
        shop: Shop,
        runner: TaskRunner,
        local: QSettings | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.shop, self.runner = shop, runner
        self.local = local or QSettings("Counterpart", "Counterpart")
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("Feedback"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.idle_seconds: float = shop.settings.kiosk_idle_seconds
        self.stored_idle_seconds = self.idle_seconds
        self.may_close = False
        self.walkup: Survey | None = None
        self.survey: Survey | None = None
        self.form: SurveyForm | None = None
        self.customer_id: int | None = None
        self.purchase_id: int | None = None
        self.pending: tuple[Handoff, Survey] | None = None
        self.polling = self.storing = False
        self.exit_dialog: ExitDialog | None = None
        self.home_language = self.language = i18n.workstation_language(
            self.local, shop.settings.language
        )

        self.welcome = WelcomeScreen(shop.settings.shop_name)
        self.welcome.start.connect(self.start_walkup)
        self.welcome.card_scanned.connect(self.scan_card)
        self.welcome.language_chosen.connect(self.choose_language)
        self.thanks = ThanksScreen()
        self.thanks.done.connect(self.show_welcome)
        self.survey_page = QWidget()
        self.survey_box = QVBoxLayout(self.survey_page)
        self.survey_box.setContentsMargins(0, 0, 0, 0)
        self.error = QLabel()
        self.error.setObjectName("kioskError")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setVisible(False)
        self.survey_box.addWidget(self.error)
        self.stack = QStackedWidget()
        for page in (self.welcome, self.survey_page, self.thanks):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.corner = CornerHold(self)
        self.corner.held.connect(self.ask_exit)
        QShortcut(EXIT_KEY, self, self.ask_exit, context=Qt.ShortcutContext.ApplicationShortcut)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.timed_out)
        QApplication.instance().installEventFilter(self.idle)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll_handoff)
        self.poll_timer.start()
        QTimer.singleShot(0, self.poll_handoff)  # a survey may be waiting already
        self.runner.run(
            pick_survey,
            shop,
            self.local.value(SURVEY_KEY),
            on_done=self._walkup,
            on_error=lambda _e: None,
        )
        self.show_welcome()

    # -- welcome ------------------------------------------------------------------------
    def _walkup(self, survey: Survey | None) -> None:
        self.walkup = survey
        self.welcome.start_button.setEnabled(survey is not None)

    def show_welcome(self) -> None:
        self.idle.stop()
        self.thanks.timer.stop()
        self.customer_id = self.purchase_id = None
        if self.language != self.home_language:
            self.choose_language(self.home_language)
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.say_card(None)
        self.welcome.activate()
        if self.pending is not None:  # a hand-off that came while someone was answering
            (handoff, survey), self.pending = self.pending, None
            self.begin(survey, handoff.customer_id, handoff.purchase_id)

    def on_welcome(self) -> bool:
        return self.stack.currentWidget() is self.welcome

    def choose_language(self, code: str) -> None:
        """The customer's language for this visit (the shop's comes back at welcome)."""
        self.language = i18n.install(code)
        self.corner.place()  # the leading corner changes side with the writing direction

    def scan_card(self, code: str) -> None:
        self.runner.run(
            card_owner, self.shop, code, on_done=self._card, on_error=lambda _e: self._card(None)
        )

    def _card(self, customer_id: int | None) -> None:
        if not self.on_welcome():
            return
        self.customer_id = customer_id
        self.welcome.say_card(customer_id is not None)
        self.idle.start(self.idle_seconds / 60)  # a card left behind is forgotten

    def start_walkup(self) -> None:
        if self.walkup is not None and self.on_welcome():
            self.begin(self.walkup, self.customer_id, None)

    # -- the survey ---------------------------------------------------------------------
    def begin(self, survey: Survey, customer_id: int | None, purchase_id: int | None) -> None:
        self.survey, self.customer_id, self.purchase_id = survey, customer_id, purchase_id
        if self.form is not None:
            self.form.setParent(None)
            self.form.deleteLater()
        self.form = SurveyForm(survey)
        self.form.finished.connect(lambda answers: self.store(answers, complete=True))
        self.form.abandoned.connect(self.stopped)
        self.survey_box.insertWidget(0, self.form, 1)
        self.error.setVisible(False)
        self.stack.setCurrentWidget(self.survey_page)
        self.idle.start(self.idle_seconds / 60)

    def stopped(self, partial: dict) -> None:
        """The customer pressed Stop."""
        if partial and self.shop.settings.kiosk_keep_partial:
            self.store(partial, complete=False)
        else:
            self.show_welcome()

    def timed_out(self) -> None:
        """Nobody touched the screen for a while: back to welcome, keeping a partial answer
        only if the shop says so."""
        if self.stack.currentWidget() is self.survey_page and self.form is not None:
            partial = self.form.answers()
            if partial and self.shop.settings.kiosk_keep_partial:
                self._store(
                    self.survey,
                    partial,
                    False,
                    self.customer_id,
                    self.purchase_id,
                    on_done=lambda _done: None,
                )
        self.show_welcome()

    def store(self, answers: dict, complete: bool) -> None:
        if self.storing or self.survey is None:
            return
        self._store(
            self.survey, answers, complete, self.customer_id, self.purchase_id, on_done=self._stored
        )

    def _store(self, survey, answers, complete, customer_id, purchase_id, on_done) -> None:
        self.storing = True

        def done(result: Answered) -> None:
            self.storing = False
            on_done(result)

        self.runner.run(
            store_answer,
            self.shop,
            survey.id,
            answers,
            customer_id=customer_id,
            purchase_id=purchase_id,
            channel="kiosk",
            complete=complete,
            on_done=done,
            on_error=self._refused,
            changes={"answers", "alerts", "loyalty"},
        )

    def _stored(self, done: Answered) -> None:
        self.idle.stop()
        self.stack.setCurrentWidget(self.thanks)
        self.thanks.show_thanks(done.loyalty)

    def _refused(self, error: CounterpartError) -> None:
        self.storing = False
        log.warning("kiosk: an answer was refused: %s", type(error).__name__)
        if self.stack.currentWidget() is self.survey_page:
            self.error.setText(self.tr("Sorry, that didn't work. Please try again."))
            self.error.setVisible(True)

    # -- hand-offs from the counter -----------------------------------------------------
    def poll_handoff(self) -> None:
        if self.polling or self.pending is not None or not self.on_welcome():
            return
        self.polling = True
        self.runner.run(next_handoff, self.shop, on_done=self._handoff)

    def _handoff(self, found: tuple[Handoff, Survey] | None) -> None:
        self.polling = False
        stored = self.shop.settings.kiosk_idle_seconds  # reloaded by the poll
        if stored != self.stored_idle_seconds:
            self.idle_seconds = self.stored_idle_seconds = stored
        if found is None:
            return
        if self.on_welcome():
            handoff, survey = found
            self.begin(survey, handoff.customer_id, handoff.purchase_id)
        else:
            self.pending = found

    # -- staying put --------------------------------------------------------------------
    def ask_exit(self) -> None:
        if self.exit_dialog is not None and self.exit_dialog.isVisible():
            return
        self.exit_dialog = ExitDialog(self.shop, self.runner, self)
        self.exit_dialog.accepted.connect(self.leave)
        self.exit_dialog.open()

    def leave(self) -> None:
        self.may_close = True
        self.poll_timer.stop()
        self.idle.stop()
        self.thanks.timer.stop()
        QApplication.instance().removeEventFilter(self.idle)
        self.close()
        self.left.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if self.may_close:
            event.accept()
        else:
            event.ignore()  # Alt+F4, the window manager, a stray close(): the kiosk stays

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F4, Qt.Key.Key_Back):
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.WindowStateChange
            and not self.may_close
            and self.isVisible()
            and self.windowState() & Qt.WindowState.WindowMinimized
        ):
            QTimer.singleShot(0, self.showFullScreen)  # no minimising away from the customer
        return super().event(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.corner.place()
        super().resizeEvent(event)
