"""Alerts that close the loop: a detractor, a low rating or a worrying word in a comment
raises an alert for staff at once; staff acknowledge it and resolve it with a note. When
the shop has set up its mail server, the manager also gets an e-mail.

The stored summary holds no words of ours, only what the customer gave: "3/10 — cold
coffee" (a detractor), "How was the service?: 2/5" (a low rating), "rude, dirty: they
were rude" (keywords, then what was said). Read back, it becomes a Message ("NPS 3/10 —
"cold coffee"") that the command line and the e-mail show in English and a screen
translates; summaries stored in English by older versions read the same way."""

from __future__ import annotations

import json
import logging
import re
import smtplib
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage

from app.core import audit
from app.core.errors import Conflict, Message, NotFound, ValidationError
from app.store import surveys as rows

log = logging.getLogger(__name__)
LOW_RATING = 2  # 1-2 of 5
DETRACTOR = 6  # 0-6 of 10


@dataclass(frozen=True)
class AlertView:
    id: int
    kind: str
    created_at: datetime
    summary: str  # a Message where the stored summary is one of ours (see `summary_message`)
    customer_id: int | None
    purchase_id: int | None
    staff_id: int | None
    acknowledged_at: datetime | None
    resolved_at: datetime | None
    note: str

    def to_json(self) -> dict:
        iso = lambda d: d.replace(tzinfo=UTC).isoformat() if d else None  # noqa: E731
        return {"id": self.id, "kind": self.kind, "created_at": iso(self.created_at),
                "acknowledged_at": iso(self.acknowledged_at),
                "resolved_at": iso(self.resolved_at), "summary": self.summary,
                "customer_id": self.customer_id, "purchase_id": self.purchase_id,
                "staff_id": self.staff_id, "note": self.note}


_DETRACTOR = re.compile(r'(?:NPS )?(\d+)/10(?: — "?(.*?)"?)?', re.DOTALL)
_LOW_RATING = re.compile(r"(.*): (\d)/5", re.DOTALL)
_KEYWORD = re.compile(r"(?:Mentions )?(.*?)(?:: (.*))?", re.DOTALL)


def summary_message(kind: str, stored: str) -> str:
    """A stored summary, new (no words of ours) or old (English), as a Message; anything
    else as it is."""
    if kind == "detractor" and (m := _DETRACTOR.fullmatch(stored)):
        score, said = int(m[1]), m[2]
        if said:
            return Message('NPS {score}/10 — "{said}"', score=score, said=said)
        return Message("NPS {score}/10", score=score)
    if kind == "low_rating" and (m := _LOW_RATING.fullmatch(stored)):
        return Message("{question}: {score}/5", question=m[1], score=int(m[2]))
    if kind == "keyword" and stored and (m := _KEYWORD.fullmatch(stored)):
        if m[2] is None:  # the customer's words erased, the shop's keywords kept
            return Message("Mentions {words}", words=m[1])
        return Message("Mentions {words}: {said}", words=m[1], said=m[2])
    return stored


def _view(row) -> AlertView:
    summary = summary_message(row.kind, row.summary)
    return AlertView(row.id, row.kind, row.created_at, summary, row.customer_id,
                     row.purchase_id, row.staff_id, row.acknowledged_at, row.resolved_at,
                     row.note)


def raise_for(session, settings, survey, answers: list[dict], response) -> list[AlertView]:
    """Inside the response's transaction: the alerts its answers call for."""
    prompts = {q.id: q.prompt for q in survey.questions}
    keywords = [k.strip().lower() for k in settings.alert_keywords.split(",") if k.strip()]
    found: list[tuple[str, str]] = []
    for a in answers:
        comment = f" — {a['comment']}" if a["comment"] else ""
        if a["kind"] == "nps" and a["number"] <= DETRACTOR:
            found.append(("detractor", f"{a['number']}/10{comment}"))
        elif a["kind"] == "rating" and a["number"] <= LOW_RATING:
            found.append(("low_rating", f"{prompts[a['question_id']]}: {a['number']}/5"))
        typed = json.loads(a["value"]) if a["kind"] == "text" else ""
        said = f'{a["comment"]} {typed}'.lower()
        hits = [k for k in keywords if k in said]
        if hits and not (a["kind"] == "nps" and a["number"] <= DETRACTOR):
            found.append(("keyword", f"{', '.join(hits)}: {said.strip()[:200]}"))
    at = response.at or audit.now()  # raised as the answer comes in
    return [_view(rows.add_alert(session, kind=kind, created_at=at, summary=summary,
                                 response_id=response.id, customer_id=response.customer_id,
                                 purchase_id=response.purchase_id, staff_id=response.staff_id))
            for kind, summary in found]


def open_count(shop) -> int:
    with shop.read() as session:
        return rows.open_alert_count(session)


def listing(shop, open_only: bool = False, limit: int = 200) -> list[AlertView]:
    with shop.read() as session:
        return [_view(r) for r in rows.alerts(session, open_only, limit)]


def acknowledge(shop, alert_id: int) -> AlertView:
    with shop.write() as session:
        row = _get(session, alert_id)
        if row.acknowledged_at is None:
            row.acknowledged_at, row.acknowledged_by = audit.now(), shop.actor.staff_id
            audit.record(session, shop.actor, "acknowledge", "alert", row.id)
        return _view(row)


def resolve(shop, alert_id: int, note: str) -> AlertView:
    """Close an alert with a note of what was done (kept, and in the audit log)."""
    note = " ".join(note.split())
    if not note:
        raise ValidationError("note", "Write what was done about it.")
    with shop.write() as session:
        row = _get(session, alert_id)
        if row.resolved_at is not None:
            raise Conflict("That alert is already resolved.")
        now = audit.now()
        if row.acknowledged_at is None:
            row.acknowledged_at, row.acknowledged_by = now, shop.actor.staff_id
        row.resolved_at, row.resolved_by, row.note = now, shop.actor.staff_id, note[:2000]
        audit.record(session, shop.actor, "resolve", "alert", row.id)
        return _view(row)


def _get(session, alert_id: int):
    row = rows.get_alert(session, alert_id)
    if row is None:
        raise NotFound("There is no alert {id}.", id=alert_id)
    return row


def notify(shop, raised: list[AlertView]) -> int:
    """E-mail the manager about new alerts through the shop's SMTP server, if set up.
    Returns how many were sent; a mail failure is logged and leaves the alert in the app."""
    s = shop.settings
    if not raised or not s.smtp_host:
        return 0
    message = EmailMessage()
    message["Subject"] = f"{s.shop_name}: {len(raised)} new alert(s) from a checkout survey"
    message["From"], message["To"] = s.smtp_from, s.alert_email
    message.set_content("\n".join(
        [f"A customer's answers need someone to follow up ({s.shop_name}):", ""]
        + [f"- [{a.kind}] {a.summary} (alert {a.id})" for a in raised]
        + ["", "Open Counterpart to acknowledge and resolve them."]))
    try:
        with smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=10) as server:
            if s.smtp_starttls:
                server.starttls(context=ssl.create_default_context())
            if s.smtp_user:
                server.login(s.smtp_user, s.smtp_password)
            server.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        log.warning("alert e-mail not sent: %s", type(exc).__name__)
        return 0
    with shop.write() as session:
        for a in raised:
            _get(session, a.id).emailed_at = audit.now()
    return len(raised)
