"""The kiosk, driven by clicks as a finger would, on its own Shop (channel "kiosk") over the
same encrypted file the counter has open: every question kind, Next held back by a required
question, the idle reset keeping or dropping a partial answer, the manager-only exit and the
refused ways out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core import surveys
from app.core.shop import Shop
from app.ui.kiosk.window import KioskWindow
from tests.conftest import CASHIER, FAST_KDF, MANAGER, PASSPHRASE
from tests.gui.kiosk_setup import (
    LEFT,
    click,
    every_kind,
    make_kiosk,
    on,
    responses,
)


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
