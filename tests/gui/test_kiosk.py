"""The kiosk, driven by clicks as a finger would, on its own Shop (channel "kiosk") over the
same encrypted file the counter has open: every question kind, Next held back by a required
question, the idle reset keeping or dropping a partial answer, the manager-only exit and the
refused ways out, a scanned card earning the feedback reward, a hand-off from the counter.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.core import customers, loyalty, purchases, surveys
from app.core.shop import Shop
from app.store.models import SurveyAnswer, SurveyResponse
from app.ui import i18n
from app.ui.kiosk.launch import SCREEN_KEY, KioskSection, kiosk_command, kiosk_screen
from app.ui.kiosk.window import SURVEY_KEY, KioskWindow
from app.ui.tasks import TaskRunner
from app.ui.widgets.survey_form import SurveyForm
from tests.conftest import CASHIER, FAST_KDF, MANAGER, PASSPHRASE

LEFT = Qt.MouseButton.LeftButton
EVERY_KIND = [
    {"kind": "nps", "prompt": "Would you recommend us?", "why": "everyone"},
    {"kind": "rating", "prompt": "How was the coffee?"},
    {
        "kind": "single",
        "prompt": "How did you hear about us?",
        "options": ["a friend", "walked by", "search"],
    },
    {
        "kind": "multi",
        "prompt": "What did you buy?",
        "options": ["coffee", "cake", "bread"],
        "required": False,
    },
    {
        "kind": "ranking",
        "prompt": "Why us today?",
        "options": ["convenience", "low price", "quality", "best selection"],
    },
    {"kind": "text", "prompt": "Anything else?", "required": False},
]


@pytest.fixture
def kiosk_shop(shop_dir):
    """The kiosk's own connection to the shop the counter (`shop`) has open."""
    opened = Shop.open(shop_dir, PASSPHRASE, channel="kiosk", kdf_iter=FAST_KDF)
    yield opened
    opened.close()


def make_kiosk(qtbot, kiosk_shop, tmp_path, survey_id: int | None = None) -> KioskWindow:
    local = QSettings(str(tmp_path / "kiosk.ini"), QSettings.Format.IniFormat)
    if survey_id is not None:
        local.setValue(SURVEY_KEY, survey_id)
    window = KioskWindow(kiosk_shop, TaskRunner(synchronous=True), local)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def responses(shop) -> list[tuple[SimpleNamespace, list[SimpleNamespace]]]:
    """Every stored response with its answers, as plain values."""

    def plain(row, names):
        return SimpleNamespace(**{n: getattr(row, n) for n in names})

    with shop.read() as session:
        out = []
        for r in session.scalars(select(SurveyResponse).order_by(SurveyResponse.id)).all():
            answers = session.scalars(
                select(SurveyAnswer)
                .where(SurveyAnswer.response_id == r.id)
                .order_by(SurveyAnswer.id)
            ).all()
            out.append(
                (
                    plain(
                        r,
                        (
                            "survey_id",
                            "customer_id",
                            "purchase_id",
                            "staff_id",
                            "channel",
                            "complete",
                        ),
                    ),
                    [plain(a, ("kind", "number", "value", "comment")) for a in answers],
                )
            )
        return out


def every_kind(shop) -> surveys.Survey:
    return surveys.save_survey(shop, None, "Everything", EVERY_KIND)


def nps_survey(shop) -> surveys.Survey:
    return next(s for s in surveys.list_surveys(shop) if s.name == "Checkout NPS")


def on(window: KioskWindow) -> str:
    current = window.stack.currentWidget()
    return {window.welcome: "welcome", window.survey_page: "survey", window.thanks: "thanks"}[
        current
    ]


# -- the whole flow ----------------------------------------------------------------------------
def test_a_customer_answers_every_kind_of_question_by_tapping(qtbot, shop, kiosk_shop, tmp_path):
    survey = every_kind(shop)
    window = make_kiosk(qtbot, kiosk_shop, tmp_path, survey.id)
    assert window.welcome.shop_name.text() == "Corner Café"
    click(qtbot, window.welcome.start_button)
    form = window.form
    assert on(window) == "survey" and form.dots.count == 6

    # NPS: Next waits for a score; "Why?" appears once there is one (asked of everyone)
    assert not form.next_button.isEnabled() and not form.page.why.isVisible()
    click(qtbot, form.page.scores[9])
    assert form.page.why.isVisible()
    qtbot.keyClicks(form.page.why, "friendly staff")
    click(qtbot, form.next_button)
    # rating: the fourth star lights four
    click(qtbot, form.page.stars[3])
    assert [s.property("lit") for s in form.page.stars] == ["true"] * 4 + ["false"]
    click(qtbot, form.next_button)
    # single choice: the second tap replaces the first
    click(qtbot, form.page.options[0])
    click(qtbot, form.page.options[1])
    click(qtbot, form.next_button)
    # multi (optional): Skip shows until something is chosen
    assert form.skip_button.isVisible() and not form.next_button.isVisible()
    click(qtbot, form.page.options[0])
    click(qtbot, form.page.options[2])
    assert not form.skip_button.isVisible()
    click(qtbot, form.next_button)
    # ranking: tapped in order, redone with Start over
    ranking = form.page
    for i in (1, 0):
        click(qtbot, ranking.options[i])
    assert ranking.options[1].text().startswith("1.") and not form.next_button.isEnabled()
    click(qtbot, ranking.again)
    assert not any(b.text()[0].isdigit() for b in ranking.options)
    for i in (2, 0, 3, 1):
        click(qtbot, ranking.options[i])
    assert ranking.options[2].text() == "1.  quality"
    click(qtbot, form.next_button)
    # free text (optional), then Done
    assert form.next_button.text() == "Done" or form.skip_button.isVisible()
    qtbot.keyClicks(form.page.text, "More cakes please")
    assert form.next_button.text() == "Done"
    click(qtbot, form.next_button)

    assert on(window) == "thanks"
    assert window.thanks.title.text() == "Thank you!" and not window.thanks.reward.isVisible()
    ((response, answers),) = responses(shop)
    assert (response.channel, response.complete, response.customer_id, response.staff_id) == (
        "kiosk",
        True,
        None,
        None,
    )
    assert [(a.kind, a.number, a.value, a.comment) for a in answers] == [
        ("nps", 9, "9", "friendly staff"),
        ("rating", 4, "4", ""),
        ("single", None, '"walked by"', ""),
        ("multi", None, '["coffee", "bread"]', ""),
        ("ranking", None, '["quality", "convenience", "best selection", "low price"]', ""),
        ("text", None, '"More cakes please"', ""),
    ]
    # a tap (or a few seconds) brings the next customer's welcome screen
    qtbot.mouseClick(window.thanks, LEFT)
    assert on(window) == "welcome"


def test_a_required_question_holds_next_and_back_keeps_answers(qtbot, shop, kiosk_shop, tmp_path):
    survey = every_kind(shop)
    window = make_kiosk(qtbot, kiosk_shop, tmp_path, survey.id)
    click(qtbot, window.welcome.start_button)
    form = window.form
    assert not form.next_button.isEnabled()
    form.next()  # a stray Enter or call changes nothing either
    assert form.index == 0 and not form.back_button.isVisible()
    click(qtbot, form.page.scores[3])
    click(qtbot, form.next_button)
    assert form.index == 1 and form.dots.current == 1 and 0 in form.dots.answered
    click(qtbot, form.back_button)
    assert form.index == 0 and form.page.score() == 3
    assert form.next_button.isEnabled()
    assert responses(shop) == []


def test_why_is_asked_only_of_detractors_when_the_question_says_so(
    qtbot, shop, kiosk_shop, tmp_path
):
    survey = surveys.save_survey(
        shop, None, "Detractors", [{"kind": "nps", "prompt": "Recommend us?", "why": "detractors"}]
    )
    window = make_kiosk(qtbot, kiosk_shop, tmp_path, survey.id)
    click(qtbot, window.welcome.start_button)
    page = window.form.page
    click(qtbot, page.scores[10])
    assert not page.why.isVisible()
    click(qtbot, page.scores[2])
    assert page.why.isVisible()
    qtbot.keyClicks(page.why, "too slow")
    click(qtbot, window.form.next_button)
    ((response, answers),) = responses(shop)
    assert (answers[0].number, answers[0].comment) == (2, "too slow")


# -- idle --------------------------------------------------------------------------------------
@pytest.mark.parametrize("keep", [True, False])
def test_idle_goes_back_to_welcome_keeping_or_dropping_the_partial_answer(
    qtbot, shop, shop_dir, tmp_path, keep
):
    shop.save_settings(kiosk_keep_partial=keep, kiosk_idle_seconds=5)  # a manager, at the counter
    survey = every_kind(shop)
    kiosk_shop = Shop.open(shop_dir, PASSPHRASE, channel="kiosk", kdf_iter=FAST_KDF)
    window = make_kiosk(qtbot, kiosk_shop, tmp_path, survey.id)
    assert window.idle_seconds == 5  # the shop's setting
    window.idle_seconds = 0.3  # a short timeout for the test
    click(qtbot, window.welcome.start_button)
    click(qtbot, window.form.page.scores[4])
    click(qtbot, window.form.next_button)
    click(qtbot, window.form.page.stars[1])
    qtbot.waitUntil(lambda: on(window) == "welcome", timeout=5000)

    kept = responses(shop)
    if keep:
        ((response, answers),) = kept
        assert response.complete is False
        assert [(a.kind, a.number) for a in answers] == [("nps", 4), ("rating", 2)]
    else:
        assert kept == []
    # the next customer starts on an empty survey
    click(qtbot, window.welcome.start_button)
    assert window.form.index == 0 and window.form.answers() == {}
    kiosk_shop.close()


# -- leaving -------------------------------------------------------------------------------
def test_escape_alt_f4_and_close_do_nothing(qtbot, shop, kiosk_shop, tmp_path):
    window = make_kiosk(qtbot, kiosk_shop, tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert window.close() is False
    assert window.isVisible() and on(window) == "welcome"
    click(qtbot, window.welcome.start_button)
    qtbot.keyClick(window.form, Qt.Key.Key_Escape)
    assert window.isVisible() and on(window) == "survey"


def exit_dialog(qtbot, window: KioskWindow):
    qtbot.keyClick(
        QApplication.focusWidget() or window,
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.exit_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def try_exit(qtbot, dialog, name: str, pin: str) -> None:
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.pin, pin)
    click(qtbot, dialog.leave_button)


def test_only_a_managers_name_and_pin_close_the_kiosk(qtbot, shop, kiosk_shop, tmp_path):
    window = make_kiosk(qtbot, kiosk_shop, tmp_path)
    dialog = exit_dialog(qtbot, window)
    try_exit(qtbot, dialog, CASHIER[0], CASHIER[1])
    assert dialog.isVisible() and "Only a manager" in dialog.error.text()
    try_exit(qtbot, dialog, MANAGER[0], "9999")
    assert dialog.isVisible() and "don't open the kiosk" in dialog.error.text()
    try_exit(qtbot, dialog, "Nobody", "1234")
    assert dialog.isVisible() and dialog.pin.text() == ""
    assert kiosk_shop.actor.staff_id is None  # answers still belong to nobody
    click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible() and window.isVisible()

    with qtbot.waitSignal(window.left):
        try_exit(qtbot, exit_dialog(qtbot, window), MANAGER[0].lower(), MANAGER[1])
    assert not window.isVisible()
    assert kiosk_shop.actor.staff_id is None


def test_holding_the_top_corner_asks_for_the_manager(qtbot, shop, kiosk_shop, tmp_path):
    window = make_kiosk(qtbot, kiosk_shop, tmp_path)
    window.corner.timer.setInterval(50)
    qtbot.mousePress(window.corner, LEFT)
    qtbot.mouseRelease(window.corner, LEFT)  # a tap is not a hold
    assert window.exit_dialog is None
    qtbot.mousePress(window.corner, LEFT)
    qtbot.waitUntil(lambda: window.exit_dialog is not None and window.exit_dialog.isVisible())
    qtbot.mouseRelease(window.corner, LEFT)


# -- linking -------------------------------------------------------------------------------
def test_a_scanned_card_links_the_answer_and_earns_the_bonus_without_showing_who(
    qtbot, shop, kiosk_shop, tmp_path
):
    coffee = loyalty.add_program(
        shop,
        {
            "kind": "punch",
            "name": "Coffee card",
            "punches": 10,
            "reward": "a free coffee",
            "survey_bonus": 1,
        },
    )
    dana = customers.resolve(shop, "052-555-1234")
    window = make_kiosk(qtbot, kiosk_shop, tmp_path, nps_survey(shop).id)
    qtbot.keyClicks(window.welcome.card, dana.card_number)
    qtbot.keyClick(window.welcome.card, Qt.Key.Key_Return)
    said = window.welcome.card_said.text()
    assert "recognised" in said and "Dana" not in said and "Cohen" not in said
    click(qtbot, window.welcome.start_button)
    click(qtbot, window.form.page.scores[10])
    click(qtbot, window.form.next_button)

    assert on(window) == "thanks"
    assert window.thanks.reward.text() == "You earned 1 stamp on Coffee card."
    ((response, _answers),) = responses(shop)
    assert (response.customer_id, response.channel) == (dana.id, "kiosk")
    assert [b.balance for b in loyalty.balances(shop, dana.id) if b.program.id == coffee.id] == [1]

    # the next customer is anonymous again; an unknown card says so and links nothing
    qtbot.mouseClick(window.thanks, LEFT)
    qtbot.keyClicks(window.welcome.card, "0000000000")
    qtbot.keyClick(window.welcome.card, Qt.Key.Key_Return)
    assert "don't know that card" in window.welcome.card_said.text()
    click(qtbot, window.welcome.start_button)
    click(qtbot, window.form.page.scores[8])
    click(qtbot, window.form.next_button)
    assert responses(shop)[-1][0].customer_id is None


def test_a_survey_sent_from_the_counter_is_picked_up_and_linked(qtbot, shop, kiosk_shop, tmp_path):
    dana = customers.resolve(shop, "052-555-1234")
    sale = purchases.record(shop, dana.id, "12.50")
    survey = next(s for s in surveys.list_surveys(shop) if s.name == "How did you hear about us?")
    window = make_kiosk(qtbot, kiosk_shop, tmp_path, nps_survey(shop).id)
    window.poll_timer.setInterval(50)
    surveys.send_to_kiosk(shop, survey.id, dana.id, sale.id)  # the counter's Ctrl+K

    qtbot.waitUntil(lambda: on(window) == "survey", timeout=5000)
    assert window.form.survey.id == survey.id
    click(qtbot, window.form.page.options[0])
    click(qtbot, window.form.next_button)
    assert on(window) == "thanks"
    ((response, answers),) = responses(shop)
    assert (response.survey_id, response.customer_id, response.purchase_id, response.channel) == (
        survey.id,
        dana.id,
        sale.id,
        "kiosk",
    )
    assert answers[0].value == '"a friend"'
    assert surveys.take_handoff(shop) is None  # taken once


def test_a_hand_off_waits_while_a_walk_up_customer_answers(qtbot, shop, kiosk_shop, tmp_path):
    dana = customers.resolve(shop, "052-555-1234")
    sale = purchases.record(shop, dana.id, "3.00")
    nps = nps_survey(shop)
    window = make_kiosk(qtbot, kiosk_shop, tmp_path, nps.id)
    window.poll_timer.stop()
    click(qtbot, window.welcome.start_button)  # someone walked up first
    surveys.send_to_kiosk(shop, nps.id, dana.id, sale.id)
    window.poll_handoff()
    assert window.purchase_id is None  # not taken from under the walk-up customer
    click(qtbot, window.form.page.scores[7])
    click(qtbot, window.form.next_button)
    qtbot.mouseClick(window.thanks, LEFT)
    window.poll_handoff()
    assert on(window) == "survey" and window.purchase_id == sale.id
    click(qtbot, window.form.page.scores[9])
    click(qtbot, window.form.next_button)
    linked = [(r.customer_id, r.purchase_id) for r, _a in responses(shop)]
    assert linked == [(None, None), (dana.id, sale.id)]


def test_choosing_a_language_turns_the_layout_and_welcome_brings_the_shops_back(
    qtbot, shop, kiosk_shop, tmp_path
):
    window = make_kiosk(qtbot, kiosk_shop, tmp_path)
    click(qtbot, window.welcome.languages["he"])
    try:
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        window.show_welcome()
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        i18n.install("en")


# -- from the counter ------------------------------------------------------------------------
def test_settings_choose_the_kiosk_screen_and_know_how_to_start_it(qtbot, shop_dir, tmp_path):
    local = QSettings(str(tmp_path / "counter.ini"), QSettings.Format.IniFormat)
    screens = QGuiApplication.screens()
    assert kiosk_screen(local) is screens[-1]  # nothing chosen: the last screen
    section = KioskSection(shop_dir, local)
    qtbot.addWidget(section)
    assert section.screen_choice.count() == len(screens)
    assert section.screen_choice.itemText(0).startswith("Screen 1: ")
    section.screen_choice.setCurrentIndex(-1)
    section.screen_choice.setCurrentIndex(0)
    assert local.value(SCREEN_KEY) == screens[0].name()
    assert kiosk_screen(local) is screens[0]
    local.setValue(SCREEN_KEY, "a monitor since unplugged")
    assert kiosk_screen(local) is screens[-1]
    program, arguments = kiosk_command(shop_dir)
    assert arguments[-3:] == ["--data-dir", str(shop_dir), "kiosk"] and program


@pytest.mark.parametrize("keep", [True, False])
def test_stop_keeps_or_drops_what_was_answered_as_the_shop_says(
    qtbot, shop, shop_dir, tmp_path, keep
):
    shop.save_settings(kiosk_keep_partial=keep)
    survey = every_kind(shop)
    kiosk_shop = Shop.open(shop_dir, PASSPHRASE, channel="kiosk", kdf_iter=FAST_KDF)
    window = make_kiosk(qtbot, kiosk_shop, tmp_path, survey.id)
    click(qtbot, window.welcome.start_button)
    click(qtbot, window.form.page.scores[10])
    click(qtbot, window.form.next_button)
    click(qtbot, window.form.stop_button)
    if keep:
        assert on(window) == "thanks"
        ((response, answers),) = responses(shop)
        assert response.complete is False and [a.number for a in answers] == [10]
    else:
        assert on(window) == "welcome" and responses(shop) == []
    kiosk_shop.close()


def test_a_card_left_on_the_welcome_screen_is_forgotten_when_idle(
    qtbot, shop, kiosk_shop, tmp_path
):
    dana = customers.resolve(shop, "052-555-1234")
    window = make_kiosk(qtbot, kiosk_shop, tmp_path, nps_survey(shop).id)
    window.idle_seconds = 0.3
    qtbot.keyClicks(window.welcome.card, dana.card_number)
    qtbot.keyClick(window.welcome.card, Qt.Key.Key_Return)
    assert window.customer_id == dana.id and window.welcome.card_said.text()
    qtbot.waitUntil(lambda: window.customer_id is None, timeout=5000)
    assert window.welcome.card_said.text() == ""
    click(qtbot, window.welcome.start_button)
    click(qtbot, window.form.page.scores[6])
    click(qtbot, window.form.next_button)
    assert responses(shop)[0][0].customer_id is None


def test_the_survey_form_alone_as_the_counter_reuses_it(qtbot, shop):
    survey = every_kind(shop)
    form = SurveyForm(survey)
    qtbot.addWidget(form)
    form.resize(900, 700)
    form.show()
    ids = [q.id for q in survey.questions]
    click(qtbot, form.page.scores[0])
    click(qtbot, form.next_button)
    with qtbot.waitSignal(form.abandoned) as stopped:
        click(qtbot, form.stop_button)
    assert stopped.args == [{ids[0]: 0}]
    form.reset()
    assert form.index == 0 and form.answers() == {} and form.page.score() is None
    answers = {
        ids[0]: 7,
        ids[1]: 5,
        ids[2]: "search",
        ids[4]: ["low price", "quality", "convenience", "best selection"],
    }
    click(qtbot, form.page.scores[7])
    click(qtbot, form.next_button)
    click(qtbot, form.page.stars[4])
    click(qtbot, form.next_button)
    click(qtbot, form.page.options[2])
    click(qtbot, form.next_button)
    click(qtbot, form.skip_button)  # multi is optional
    for i in (1, 2, 0, 3):
        click(qtbot, form.page.options[i])
    click(qtbot, form.next_button)
    with qtbot.waitSignal(form.finished) as done:
        click(qtbot, form.skip_button)  # so is the text
    assert done.args == [answers]
    assert surveys.clean_answers(survey, done.args[0])  # what core takes as it is


def test_settings_saved_at_the_counter_reach_a_running_kiosk(qtbot, shop, kiosk_shop, tmp_path):
    survey = every_kind(shop)
    window = make_kiosk(qtbot, kiosk_shop, tmp_path, survey.id)
    shop.save_settings(kiosk_idle_seconds=45, kiosk_keep_partial=False)  # a manager, at the counter
    window.poll_handoff()
    assert window.idle_seconds == 45
    assert kiosk_shop.settings.kiosk_keep_partial is False
