"""The kiosk and the counter: a scanned card earning the feedback reward, a survey handed
off from the counter, the customer's language, the kiosk's screen and settings chosen at
the counter, and what a stopped kiosk keeps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.core import customers, loyalty, purchases, surveys
from app.core.shop import Shop
from app.ui import i18n
from app.ui.kiosk.launch import SCREEN_KEY, KioskSection, kiosk_command, kiosk_screen
from app.ui.widgets.survey_form import SurveyForm
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.kiosk_setup import (
    LEFT,
    click,
    every_kind,
    make_kiosk,
    nps_survey,
    on,
    responses,
)


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
