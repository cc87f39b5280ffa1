"""Erasure of a customer's identity, one at a time or many at once.

Erasure removes who the customer was (names, contacts, notes, tags, birthday, demographic
answers, the card number, their own words in surveys and alerts, their entries in the
search index) and keeps what they did (purchase totals, the loyalty ledger's arithmetic,
survey scores and chosen options), so every report stays right. The write happens with
SQLite's secure_delete on, the search index is merged so the erased trigrams leave their old
segments, and the WAL is then checkpointed and truncated, so the bytes of the file hold no
trace of the erased values.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from app.core import audit, staff
from app.core.consent import _live_customer, note_consent
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.privacy import _iso
from app.store import privacy as rows

log = logging.getLogger(__name__)

ERASE_REASONS = ("request", "retention", "other")  # kept in the audit log as this code
ERASED_NAME = "Erased"
ERASED_CARD_PREFIX = "ERASED-"  # never a valid card number (see cards.is_card_number)
CHECKPOINT_TRIES = 20


@dataclass(frozen=True)
class Erased:
    customer_id: int
    erased_at: datetime
    answers_blanked: int  # survey responses whose words were removed
    alerts_scrubbed: int

    def to_json(self) -> dict:
        return {
            "customer_id": self.customer_id,
            "erased_at": _iso(self.erased_at),
            "answers_blanked": self.answers_blanked,
            "alerts_scrubbed": self.alerts_scrubbed,
        }


def _identity_words(row) -> list[str]:
    """What could name the customer in staff's free text, longest first."""
    words = {row.first_name, row.last_name, row.email or "", row.phone or "", row.card_number}
    words |= set(f"{row.first_name} {row.last_name}".split())
    words |= set(row.phone_digits.split())
    return sorted((w for w in words if len(w) >= 2), key=len, reverse=True)


def _scrub(text: str, words: list[str]) -> str:
    for word in words:
        text = re.sub(re.escape(word), "…", text, flags=re.IGNORECASE)
    return text


def _alert_summary(kind: str, summary: str) -> str:
    """An alert without the customer's words: the score or the shop's keywords stay."""
    if kind == "detractor":
        return summary.split(" — ", 1)[0]
    if kind == "keyword":
        return summary.split(":", 1)[0]
    return summary  # a rating: the question and the score


def erase(shop, customer_id: int, reason: str = "request") -> Erased:
    """Remove a customer's identity everywhere it appears (managers only); what they did
    stays, anonymous. Afterwards the file and its WAL hold no trace of the erased values."""
    staff.require_manager(shop.actor)
    done = _erase(shop, customer_id, reason, forget_in_search=True)
    flush_to_disk(shop)
    return done


def _erase(shop, customer_id: int, reason: str, forget_in_search: bool) -> Erased:
    if reason not in ERASE_REASONS:
        raise ValidationError("reason", "Choose one of: {choices}.",
                              choices=", ".join(ERASE_REASONS))
    actor = shop.actor
    with shop.write() as session:
        row = _live_customer(session, customer_id)
        words = _identity_words(row)
        now = audit.now()
        if row.marketing_consent:
            note_consent(session, actor, customer_id, False, now)
        answered = rows.response_ids(session, customer_id)
        rows.blank_answers(session, answered)
        found = rows.alerts_of(session, customer_id)
        for alert in found:
            alert.summary = _alert_summary(alert.kind, _scrub(alert.summary, words))
            alert.note = _scrub(alert.note, words)
        for purchase in rows.purchases_with_notes(session, customer_id):
            purchase.note = _scrub(purchase.note, words)
        for entry in rows.entries_with_reasons(session, customer_id):
            entry.reason = _scrub(entry.reason, words)
        for given_back in rows.refunds_with_reasons(session, customer_id):
            given_back.reason = _scrub(given_back.reason, words)
        for voided in rows.voided_with_reasons(session, customer_id):
            voided.void_reason = _scrub(voided.void_reason, words)
        rows.forget_retired_cards(session, customer_id)
        rows.forget_merge_snapshots(session, customer_id)
        for name, value in {
            "first_name": ERASED_NAME,
            "last_name": "",
            "phone": None,
            "email": None,
            "address": "",
            "birthday": None,
            "how_heard": "",
            "notes": "",
            "tags": "",
            "income_range": "",
            "children": "",
            "education": "",
            "occupation": "",
            "marketing_consent": False,
            "consent_at": None,
            "consent_channel": None,
            "consent_by": None,
            "card_number": f"{ERASED_CARD_PREFIX}{row.id}",
            "first_key": "",
            "last_key": "",
            "phone_digits": "",
            "erased_at": now,
            "updated_at": now,
            "updated_by": actor.staff_id,
            "updated_workstation": actor.workstation,
            "updated_channel": actor.channel,
        }.items():
            setattr(row, name, value)
        audit.record(session, actor, "erase", "customer", customer_id, reason)
        if forget_in_search:  # the old trigrams of the name, phone and e-mail go now
            session.flush()
            rows.rebuild_search_segments(session)
        return Erased(customer_id, now, len(answered), len(found))


def flush_to_disk(shop) -> bool:
    """Checkpoint the WAL into the file and truncate it, retrying while a reader (another
    thread or the kiosk) holds an old snapshot. False if it never got through."""
    import time  # noqa: PLC0415

    for attempt in range(CHECKPOINT_TRIES):
        busy, _frames, _copied = rows.wipe_wal(shop.db.engine)
        if not busy:
            return True
        time.sleep(0.05 * (attempt + 1))
    log.warning(
        "the WAL could not be truncated after an erasure; it will be at the next checkpoint"
    )
    return False


def erase_many(
    shop,
    customer_ids: list[int],
    reason: str = "retention",
    progress: Callable[[int, int], bool | None] | None = None,
) -> int:
    """Erase several customers, one transaction each (a cancel keeps those done); returns how
    many were erased. `progress(done, total)` returning False stops after the current one."""
    staff.require_manager(shop.actor)
    total, done = len(customer_ids), 0
    try:
        for n, customer_id in enumerate(customer_ids, start=1):
            try:
                _erase(shop, customer_id, reason, forget_in_search=False)
                done += 1
            except (NotFound, Conflict):
                pass  # gone or erased meanwhile: nothing left to erase
            if progress is not None and progress(n, total) is False:
                break
    finally:
        if done:  # one merge of the search index for them all, then the WAL
            with shop.write() as session:
                rows.rebuild_search_segments(session)
            flush_to_disk(shop)
    return done
