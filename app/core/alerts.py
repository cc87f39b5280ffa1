"""Alerts that close the loop: a detractor, a low rating or a worrying word in a comment
raises an alert for staff at once; staff acknowledge it and resolve it with a note. When
the shop has set up its mail server, the manager also gets an e-mail."""

from __future__ import annotations

import json
import logging
import smtplib
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage

from app.core import audit
from app.core.errors import Conflict, NotFound, ValidationError
from app.store import surveys as rows

log = logging.getLogger(__name__)
LOW_RATING = 2  # 1-2 of 5
DETRACTOR = 6  # 0-6 of 10


@dataclass(frozen=True)
class AlertView:
    id: int
    kind: str
    created_at: datetime
    summary: str
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


def _view(row) -> AlertView:
    return AlertView(row.id, row.kind, row.created_at, row.summary, row.customer_id,
                     row.purchase_id, row.staff_id, row.acknowledged_at, row.resolved_at,
                     row.note)


def raise_for(session, settings, survey, answers: list[dict], response) -> list[AlertView]:
    """Inside the response's transaction: the alerts its answers call for."""
    prompts = {q.id: q.prompt for q in survey.questions}
    keywords = [k.strip().lower() for k in settings.alert_keywords.split(",") if k.strip()]
    found: list[tuple[str, str]] = []
    for a in answers:
        comment = f' — "{a["comment"]}"' if a["comment"] else ""
        if a["kind"] == "nps" and a["number"] <= DETRACTOR:
            found.append(("detractor", f"NPS {a['number']}/10{comment}"))
        elif a["kind"] == "rating" and a["number"] <= LOW_RATING:
            found.append(("low_rating", f"{prompts[a['question_id']]}: {a['number']}/5"))
        typed = json.loads(a["value"]) if a["kind"] == "text" else ""
        said = f'{a["comment"]} {typed}'.lower()
        hits = [k for k in keywords if k in said]
        if hits and not (a["kind"] == "nps" and a["number"] <= DETRACTOR):
            found.append(("keyword", f"Mentions {', '.join(hits)}: {said.strip()[:200]}"))
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
