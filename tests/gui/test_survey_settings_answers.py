"""The survey settings card and a customer's survey answers in the profile, through real
widgets on a real encrypted shop: a manager types the mail server and sends a test e-mail
to a real SMTP server (aiosmtpd on loopback) before saving; a server that is down or a
missing address is said plainly; alert words and the kiosk timeout are saved or refused
under their field; a cashier only looks. The profile lists what the customer answered,
newest first, under the wording they were asked."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.core import customers, surveys
from app.core.shop import Shop
from app.ui.screens.profile import ProfileScreen
from app.ui.screens.settings import SettingsScreen
from app.ui.state import AppState
from app.ui.tasks import TaskRunner
from tests.conftest import CASHIER, FAST_KDF, staff_named
from tests.e2e.test_alert_email import Inbox, free_port, serve

LEFT, ENTER = Qt.MouseButton.LeftButton, Qt.Key.Key_Return
MANAGER_MAIL = "maya@corner-cafe.example"


def state_for(shop, shop_dir, tmp_path) -> AppState:
    local = QSettings(str(tmp_path / "l.ini"), QSettings.Format.IniFormat)
    state = AppState(shop_dir, TaskRunner(synchronous=True), local=local, kdf_iter=FAST_KDF)
    state.shop = shop
    return state


def shown(qtbot, widget, size=(1100, 900)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    if hasattr(widget, "activate"):
        widget.activate()
    return widget


def stored(shop: Shop):
    """The settings as the shop file has them now (a fresh read, not the cached copy)."""
    return Shop(shop.db, shop.folder, "counter").settings


def retype(qtbot, field, text: str) -> None:
    """Select what is there and type over it, key by key (any script)."""
    field.setFocus()
    (field.lineEdit() if hasattr(field, "lineEdit") else field).selectAll()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def toggle(qtbot, box) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


@pytest.fixture
def card(qtbot, shop, shop_dir, tmp_path):
    screen = shown(qtbot, SettingsScreen(state_for(shop, shop_dir, tmp_path)))
    return screen.survey_settings


@pytest.fixture
def mail_server():
    inbox = Inbox()
    controller = serve(inbox)
    yield controller.port, inbox
    controller.stop()


def type_mail_server(qtbot, card, port: int, alert_email: str = MANAGER_MAIL) -> None:
    retype(qtbot, card.smtp_host, "127.0.0.1")
    retype(qtbot, card.smtp_port, str(port))
    toggle(qtbot, card.smtp_starttls)
    retype(qtbot, card.smtp_from, "counterpart@corner-cafe.example")
    retype(qtbot, card.alert_email, alert_email)


# -- settings -------------------------------------------------------------------------------------
def test_a_test_email_reaches_a_real_server_before_saving_then_save_keeps_it(
    qtbot, card, shop, mail_server
):
    port, inbox = mail_server
    assert card.smtp_host.text() == "" and card.smtp_starttls.isChecked()
    assert not card.test_button.isEnabled() and not card.save_button.isEnabled()
    type_mail_server(qtbot, card, port)
    assert not card.smtp_starttls.isChecked()
    assert card.test_button.isEnabled() and card.save_button.isEnabled()

    qtbot.mouseClick(card.test_button, LEFT)
    assert [e.rcpt_tos for e in inbox.received] == [[MANAGER_MAIL]]
    message = message_from_bytes(inbox.received[0].original_content, policy=policy.default)
    assert message["Subject"] == "Corner Café: test e-mail from Counterpart"
    assert card.status.text() == (
        f"The mail server took the test e-mail for {MANAGER_MAIL}. Check that inbox."
    )
    assert stored(shop).smtp_host == ""  # trying is not saving

    qtbot.mouseClick(card.save_button, LEFT)
    after = stored(shop)
    assert (after.smtp_host, after.smtp_port, after.smtp_starttls) == ("127.0.0.1", port, False)
    assert after.alert_email == MANAGER_MAIL and card.status.text() == "Saved."
    assert not card.save_button.isEnabled()


def test_a_server_that_is_down_is_said_plainly(qtbot, card, shop):
    type_mail_server(qtbot, card, free_port())  # nobody listens there
    qtbot.mouseClick(card.test_button, LEFT)
    assert card.status.text().startswith("The mail server did not take the message")
    assert card.errors["smtp_host"].isVisible()
    assert card.test_button.isEnabled()  # free to try again


def test_a_missing_address_is_refused_under_its_field(qtbot, card, shop, mail_server):
    port, inbox = mail_server
    type_mail_server(qtbot, card, port, alert_email="")
    qtbot.mouseClick(card.test_button, LEFT)
    assert inbox.received == []
    assert card.errors["alert_email"].isVisible()
    qtbot.mouseClick(card.save_button, LEFT)
    assert card.errors["alert_email"].isVisible() and stored(shop).smtp_host == ""


def test_alert_words_save_with_enter_and_a_bad_timeout_is_refused(qtbot, card, shop):
    retype(qtbot, card.alert_keywords, "Rude ,  מלוכלך,, slow")
    qtbot.keyClick(card.alert_keywords, ENTER)
    assert stored(shop).alert_keywords == "Rude,מלוכלך,slow"
    assert card.alert_keywords.text() == "Rude, מלוכלך, slow" and card.status.text() == "Saved."
    retype(qtbot, card.kiosk_idle_seconds, "2")
    toggle(qtbot, card.kiosk_keep_partial)
    qtbot.mouseClick(card.save_button, LEFT)
    assert card.errors["kiosk_idle_seconds"].isVisible()
    assert "5 to 600" in card.errors["kiosk_idle_seconds"].text()
    assert stored(shop).kiosk_idle_seconds == 30 and not stored(shop).kiosk_keep_partial
    retype(qtbot, card.kiosk_idle_seconds, "45")
    qtbot.mouseClick(card.save_button, LEFT)
    assert (stored(shop).kiosk_idle_seconds, stored(shop).kiosk_keep_partial) == (45, True)


def test_a_cashier_sees_the_settings_but_cannot_change_or_send(qtbot, shop, shop_dir, tmp_path):
    shop.save_settings(smtp_host="mail.example", smtp_from="a@example.com", alert_email="m@x.io")
    shop.act_as(staff_named(shop, CASHIER[0]))
    card = shown(qtbot, SettingsScreen(state_for(shop, shop_dir, tmp_path))).survey_settings
    assert card.smtp_host.text() == "mail.example" and not card.smtp_host.isEnabled()
    assert not card.save_button.isVisible() and not card.test_button.isVisible()


# -- a customer's answers in the profile ----------------------------------------------------------
def test_the_profile_lists_answers_newest_first_in_the_wording_asked(
    qtbot, shop, shop_dir, tmp_path
):
    dana = customers.resolve(shop, "052-555-1234")
    made = surveys.save_survey(shop, None, "Coffee", [{"kind": "rating", "prompt": "Hot?"}])
    surveys.answer(shop, made.id, {made.questions[0].id: 4}, customer_id=dana.id)
    newer = surveys.save_survey(shop, made.id, "Coffee", [{"kind": "rating", "prompt": "Warm?"}])
    heard = next(s for s in surveys.list_surveys(shop) if s.name == "How did you hear about us?")
    surveys.answer(shop, newer.id, {newer.questions[0].id: 2}, customer_id=dana.id, channel="kiosk")

    state = state_for(shop, shop_dir, tmp_path)
    profile = shown(qtbot, ProfileScreen(state))
    profile.show_customer(dana.id)
    answers = profile.answers
    assert answers.isVisible() and not answers.empty.isVisible()
    rows = answers.rows()
    assert [r[1:] for r in rows] == [["Coffee", "Warm?", "2/5"], ["Coffee", "Hot?", "4/5"]]
    assert rows[0][0].endswith("on the kiosk") and rows[1][0].endswith("at the counter")

    # kept in this app while the profile is open: the card follows
    state.runner.run(
        surveys.answer,
        shop,
        heard.id,
        {heard.questions[0].id: "a friend"},
        customer_id=dana.id,
        complete=False,
        changes={"answers"},
    )
    assert answers.rows()[0][1:] == [
        "How did you hear about us? (partial)",
        "How did you hear about us?",
        "a friend",
    ]

    zoe = customers.resolve(shop, "zoe@example.com")
    profile.show_customer(zoe.id)
    assert answers.rows() == [] and answers.empty.isVisible()
    assert answers.empty.text() == "No survey answers yet."
