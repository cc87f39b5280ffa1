"""Marketing consent: given and withdrawn under a version of the privacy policy, with its
history, and what the profile shows of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core import audit
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.privacy import _current_row, _iso, current_policy
from app.store import customers as customer_rows
from app.store import privacy as rows

CONSENT_CHANNELS = ("counter", "kiosk", "cli", "import", "phone", "email", "paper")


@dataclass(frozen=True)
class ConsentLine:
    at: datetime
    given: bool
    channel: str
    staff: str
    workstation: str
    policy_version: int | None

    def to_json(self) -> dict:
        return {
            "at": _iso(self.at),
            "given": self.given,
            "channel": self.channel,
            "staff": self.staff,
            "workstation": self.workstation,
            "policy_version": self.policy_version,
        }


def note_consent(
    session, actor, customer_id: int, given: bool, at: datetime, channel: str | None = None
) -> int:
    """Add a consent event in the caller's transaction (the caller sets the customer's
    current consent fields); returns the policy version it was given under."""
    version = _current_row(session).version
    rows.add_consent(
        session,
        customer_id=customer_id,
        given=given,
        at=at,
        channel=channel or actor.channel,
        staff_id=actor.staff_id,
        workstation=actor.workstation,
        policy_version=version,
    )
    return version


def give_consent(shop, customer_id: int, channel: str | None = None):
    """The customer agrees to offers and news (again, under a newer policy, if need be)."""
    return _set_consent(shop, customer_id, True, channel)


def withdraw_consent(shop, customer_id: int, channel: str | None = None):
    """The customer says no more offers: as easy as giving it, effective at once."""
    return _set_consent(shop, customer_id, False, channel)


def _set_consent(shop, customer_id: int, given: bool, channel: str | None):
    from app.core import customers  # noqa: PLC0415 - customers uses note_consent

    if channel is not None and channel not in CONSENT_CHANNELS:
        raise ValidationError("channel", "Choose one of: {choices}.",
                              choices=", ".join(CONSENT_CHANNELS))
    actor = shop.actor
    with shop.write() as session:
        row = _live_customer(session, customer_id)
        latest = rows.consents(session, customer_id, limit=1)
        same_policy = bool(latest) and latest[0][0].policy_version == _current_row(session).version
        if row.marketing_consent == given and (not given or same_policy):
            return customers._full(session, row, shop.settings.region)  # nothing to record
        now = audit.now()
        note_consent(session, actor, customer_id, given, now, channel)
        row.marketing_consent = given
        row.consent_at, row.consent_channel = now, channel or actor.channel
        row.consent_by = actor.staff_id
        row.updated_at, row.updated_by = now, actor.staff_id
        row.updated_workstation, row.updated_channel = actor.workstation, actor.channel
        audit.record(session, actor, "update", "customer", customer_id, "marketing_consent")
        return customers._full(session, row, shop.settings.region)


def consent_history(shop, customer_id: int) -> list[ConsentLine]:
    """Newest first."""
    with shop.read() as session:
        return [
            ConsentLine(e.at, e.given, e.channel, name or "", e.workstation, e.policy_version)
            for e, name in rows.consents(session, customer_id)
        ]


@dataclass(frozen=True)
class ConsentState:
    """What the profile shows: consent now, its history, and whether the customer is gone."""

    given: bool
    erased: bool
    policy_version: int  # the version a consent given now would be under
    history: list[ConsentLine]  # newest first


def consent_state(shop, customer_id: int, limit: int = 50) -> ConsentState:
    version = current_policy(shop).version
    with shop.read() as session:
        row = customer_rows.get(session, customer_id)
        if row is None:
            raise NotFound("There is no customer {id}.", id=customer_id)
        history = [
            ConsentLine(e.at, e.given, e.channel, name or "", e.workstation, e.policy_version)
            for e, name in rows.consents(session, customer_id, limit=limit)
        ]
        return ConsentState(
            bool(row.marketing_consent), row.erased_at is not None, version, history
        )


def _live_customer(session, customer_id: int):
    row = customer_rows.get(session, customer_id)
    if row is None:
        raise NotFound("There is no customer {id}.", id=customer_id)
    if row.erased_at is not None:
        raise Conflict("This customer was erased.")
    return row
