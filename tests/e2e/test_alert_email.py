"""Alert e-mail to the manager through a real SMTP server (aiosmtpd on a loopback port,
started here): the message arrives with the right subject and recipient and none of the
customer's contact details; a server that is down, refuses, or can't encrypt as asked
leaves the answer and the alert kept, not e-mailed, and nothing crashes."""

from __future__ import annotations

import json
import socket
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller

from app.core import alerts, customers, surveys
from app.core.settings import ShopSettings
from app.core.shop import Shop
from app.store import surveys as survey_rows
from tests.e2e.test_cli import PASSPHRASE, run

MANAGER_MAIL = "maya@corner-cafe.example"
SENDER = "counterpart@corner-cafe.example"


class Inbox:
    """An aiosmtpd handler keeping what it is sent, or refusing it with `refuse`."""

    def __init__(self, refuse: str | None = None):
        self.received: list = []
        self.refuse = refuse

    async def handle_DATA(self, server, session, envelope):
        if self.refuse:
            return self.refuse
        self.received.append(envelope)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(inbox: Inbox):
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    return controller


@pytest.fixture
def mail_server():
    inbox = Inbox()
    controller = serve(inbox)
    yield controller.port, inbox
    controller.stop()


def set_up_mail(shop, port: int, starttls: bool = False) -> None:
    shop.save_settings(
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_starttls=starttls,
        smtp_from=SENDER,
        alert_email=MANAGER_MAIL,
    )


def detractor(shop, score: int = 3, why: str = "Slow and the coffee was cold"):
    """Zoë (who has an e-mail address) answers the checkout NPS."""
    survey = next(s for s in surveys.list_surveys(shop) if s.name == "Checkout NPS")
    zoe = customers.resolve(shop, "zoe@example.com")
    return surveys.answer(
        shop,
        survey.id,
        {survey.questions[0].id: {"score": score, "why": why}},
        customer_id=zoe.id,
        channel="kiosk",
    )


def emailed_at(shop, alert_id: int):
    with shop.read() as session:
        return survey_rows.get_alert(session, alert_id).emailed_at


def test_a_detractor_emails_the_manager_without_customer_details(shop, mail_server):
    port, inbox = mail_server
    set_up_mail(shop, port)
    done = detractor(shop)
    (alert,) = done.alerts
    assert len(inbox.received) == 1  # sent before answer() returned
    envelope = inbox.received[0]
    assert envelope.mail_from == SENDER and envelope.rcpt_tos == [MANAGER_MAIL]
    message = message_from_bytes(envelope.original_content, policy=policy.default)
    assert message["Subject"] == "Corner Café: 1 new alert(s) from a checkout survey"
    assert message["To"] == MANAGER_MAIL and message["From"] == SENDER
    body = message.get_content()
    assert "[detractor] NPS 3/10" in body and f"(alert {alert.id})" in body
    assert "Slow and the coffee was cold" in body
    everything = envelope.original_content.decode("utf-8", "replace")
    for private in ("zoe@example.com", "Martin", "+972", "555-1234", "765-4321"):
        assert private not in everything
    assert emailed_at(shop, alert.id) is not None


def test_answers_without_an_alert_send_nothing(shop, mail_server):
    port, inbox = mail_server
    set_up_mail(shop, port)
    assert detractor(shop, score=9, why="lovely").alerts == ()
    assert inbox.received == []


def test_no_mail_server_set_up_sends_nothing_and_keeps_the_alert(shop, mail_server):
    _, inbox = mail_server
    (alert,) = detractor(shop).alerts
    assert inbox.received == [] and emailed_at(shop, alert.id) is None
    assert alerts.open_count(shop) == 1


@pytest.mark.parametrize("trouble", ["down", "refuses", "no STARTTLS"])
def test_a_server_that_is_down_or_refuses_keeps_the_answer_and_the_alert(shop, trouble):
    inbox = Inbox("554 Transaction failed" if trouble == "refuses" else None)
    controller = serve(inbox) if trouble != "down" else None
    port = controller.port if controller else free_port()  # "down": nobody listens there
    try:
        set_up_mail(shop, port, starttls=trouble == "no STARTTLS")
        done = detractor(shop, score=0)
    finally:
        if controller:
            controller.stop()
    assert inbox.received == []
    (alert,) = done.alerts
    assert emailed_at(shop, alert.id) is None
    (kept,) = surveys.answers_of(shop, customers.resolve(shop, "zoe@example.com").id)
    assert kept.id == done.response_id and kept.answers[0].text.startswith("0/10")
    assert [a.id for a in alerts.listing(shop, open_only=True)] == [alert.id]


def test_an_answer_from_the_command_line_emails_the_manager(tmp_path, mail_server):
    """The same through `counterpart surveys answer` in its own process, on a shop made with
    the production key derivation (as the command line opens it)."""
    port, inbox = mail_server
    folder = tmp_path / "shop"
    made = Shop.create(
        folder,
        PASSPHRASE,
        ShopSettings(shop_name="Corner Café", region="IL"),
        "Maya",
        "1234",
        channel="cli",
    )
    try:
        made.act_as(made.staff_list()[0])
        set_up_mail(made, port)
        survey = next(s for s in surveys.list_surveys(made) if s.name == "Checkout NPS")
    finally:
        made.close()
    answers = json.dumps({str(survey.questions[0].id): {"score": 1, "why": "Rude"}})
    done = run(folder, "--json", "surveys", "answer", str(survey.id), "--answers", answers)
    assert done.code == 0, done.err
    (alert,) = done.json()["alerts"]
    assert [e.rcpt_tos for e in inbox.received] == [[MANAGER_MAIL]]
    body = message_from_bytes(inbox.received[0].original_content, policy=policy.default)
    assert f"(alert {alert['id']})" in body.get_content()
