"""Consent and privacy: the shop's privacy policy in versions, marketing consent given and
withdrawn with its history, a customer's own data on request (JSON + readable PDF),
erasure of a customer's identity, and the customers inactive long enough to erase.

Erasure removes who the customer was (names, contacts, notes, tags, birthday, demographic
answers, the card number, their own words in surveys and alerts, their entries in the
search index) and keeps what they did (purchase totals, the loyalty ledger's arithmetic,
survey scores and chosen options), so every report stays right. The write happens with
SQLite's secure_delete on, the search index is merged so the erased trigrams leave their old
segments, and the WAL is then checkpointed and truncated, so the bytes of the file hold no
trace of the erased values.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from app.core import audit, money, staff
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.paths import resources_dir
from app.store import customers as customer_rows
from app.store import privacy as rows
from app.store import settings as settings_rows

log = logging.getLogger(__name__)

POLICY_LIMIT = 20_000  # characters
CONSENT_CHANNELS = ("counter", "kiosk", "cli", "import", "phone", "email", "paper")
ERASE_REASONS = ("request", "retention", "other")  # kept in the audit log as this code
ERASED_NAME = "Erased"
ERASED_CARD_PREFIX = "ERASED-"  # never a valid card number (see cards.is_card_number)
CHECKPOINT_TRIES = 20


# -- the privacy policy ---------------------------------------------------------------------
@dataclass(frozen=True)
class Policy:
    version: int
    text: str
    created_at: datetime
    created_by: str  # staff name; "" for the text that shipped with Counterpart


def default_policy_text(language: str = "en", shop_name: str = "our shop") -> str:
    """The policy that ships with Counterpart, in the shop's language when there is one."""
    folder = resources_dir()
    path = folder / f"privacy_policy_{language}.txt"
    if not path.is_file():
        path = folder / "privacy_policy_en.txt"
    return path.read_text(encoding="utf-8").strip().replace("{shop}", shop_name)


def _policy(row, name: str | None = None) -> Policy:
    return Policy(row.version, row.text, row.created_at, name or "")


def _current_row(session):
    """The newest policy; version 1 is made from the shipped text the first time it's needed."""
    row = rows.latest_policy(session)
    if row is None:
        stored = settings_rows.load_all(session)
        text = default_policy_text(stored.get("language", "en"), stored.get("shop_name", ""))
        row = rows.add_policy(
            session, version=1, text=text, created_at=audit.now(), created_by=None
        )
    return row


def current_policy(shop) -> Policy:
    with shop.read() as session:
        row = rows.latest_policy(session)
        if row is not None:
            return _policy(row)
    with shop.write() as session:
        return _policy(_current_row(session))


def policy_versions(shop) -> list[Policy]:
    """Every version, newest first."""
    current_policy(shop)
    with shop.read() as session:
        return [_policy(row, name) for row, name in rows.policies(session)]


def save_policy(shop, text: str) -> Policy:
    """A manager's new wording becomes the next version; consents given from now on point
    at it, earlier ones keep theirs. The same text again makes no new version."""
    staff.require_manager(shop.actor)
    text = "\n".join(line.rstrip() for line in text.strip().splitlines())
    if not text:
        raise ValidationError("text", "Write the policy text.")
    if len(text) > POLICY_LIMIT:
        raise ValidationError("text", f"That is too long: at most {POLICY_LIMIT:,} characters.")
    with shop.write() as session:
        current = _current_row(session)
        if current.text == text:
            return _policy(current)
        row = rows.add_policy(
            session,
            version=current.version + 1,
            text=text,
            created_at=audit.now(),
            created_by=shop.actor.staff_id,
        )
        audit.record(session, shop.actor, "create", "privacy_policy", row.version, "text")
        return _policy(row, shop.actor.staff_name)


def print_policy(shop, path, version: int | None = None) -> Path:
    """One version of the policy (default: the current one) as a PDF to hang by the counter
    or hand to a customer."""
    from app.reports.privacy_policy import policy_pdf  # noqa: PLC0415 - ReportLab on demand

    chosen = next(
        (p for p in policy_versions(shop) if version is None or p.version == version), None
    )
    if chosen is None:
        raise NotFound(f"There is no version {version} of the privacy policy.")
    settings = shop.settings
    try:
        return policy_pdf(
            path,
            settings.shop_name,
            chosen.version,
            chosen.text,
            chosen.created_at.date().isoformat(),
            settings.paper_size,
        )
    except OSError as exc:
        raise ValidationError("path", f"Can't write {path}: {exc.strerror or exc}.") from None


# -- consent -----------------------------------------------------------------------------------
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
        raise ValidationError("channel", f"Choose one of: {', '.join(CONSENT_CHANNELS)}.")
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
            raise NotFound(f"There is no customer {customer_id}.")
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
        raise NotFound(f"There is no customer {customer_id}.")
    if row.erased_at is not None:
        raise Conflict("This customer was erased.")
    return row


# -- a customer's own data ------------------------------------------------------------------------
@dataclass(frozen=True)
class Export:
    json_path: Path
    pdf_path: Path
    data: dict


def _iso(moment: datetime | date | None) -> str | None:
    return moment.isoformat() if moment else None


def customer_data(session, shop, customer_id: int) -> dict:
    """Everything the shop keeps about one customer, as plain JSON values."""
    from app.core import customers, surveys  # noqa: PLC0415 - both use this module

    row = customer_rows.get(session, customer_id)
    if row is None:
        raise NotFound(f"There is no customer {customer_id}.")
    currency = shop.settings.currency
    cash = lambda minor: money.to_text(minor, currency)  # noqa: E731
    person = customers._full(session, row, shop.settings.region).to_json()
    bought = rows.purchases_of(session, customer_id)
    lines: dict[int, list] = {}
    for line in rows.lines_of(session, [p.id for p in bought]):
        lines.setdefault(line.purchase_id, []).append(line)
    ledger = rows.ledger_of(session, customer_id)
    held: dict[str, int] = {}
    for entry, program in ledger:
        held[program] = held.get(program, 0) + entry.amount
    return {
        "shop": shop.settings.shop_name,
        "exported_at": _iso(audit.now()),
        "currency": currency,
        "customer": person,
        "figures": {
            "visits": row.visits,
            "lifetime_spend": cash(row.spend),
            "first_visit": _iso(row.first_visit),
            "last_visit": _iso(row.last_visit),
        },
        "consents": [
            ConsentLine(
                e.at, e.given, e.channel, name or "", e.workstation, e.policy_version
            ).to_json()
            for e, name in reversed(rows.consents(session, customer_id))
        ],
        "purchases": [
            {
                "id": p.id,
                "at": _iso(p.at),
                "total": cash(p.total),
                "refunded": cash(p.refunded),
                "receipt": p.receipt,
                "voided": p.voided_at is not None,
                "lines": [
                    {
                        "product": ln.product,
                        "category": ln.category,
                        "quantity": ln.quantity,
                        "amount": cash(ln.amount),
                    }
                    for ln in lines.get(p.id, [])
                ],
            }
            for p in bought
        ],
        "loyalty": {
            "balances": [{"program": name, "balance": total} for name, total in held.items()],
            "ledger": [
                {
                    "at": _iso(e.at),
                    "program": program,
                    "kind": e.kind,
                    "amount": e.amount,
                    "reason": e.reason,
                    "purchase_id": e.purchase_id,
                }
                for e, program in ledger
            ],
        },
        "survey_answers": [
            {
                "at": _iso(r.at),
                "survey": name,
                "channel": r.channel,
                "question": q.prompt,
                "kind": a.kind,
                "answer": surveys.answer_text(a.kind, a.number, a.value, a.comment),
            }
            for r, name, a, q in rows.answers_of(session, customer_id)
        ],
        "audit": [
            {
                "at": _iso(e.at),
                "staff": who or "",
                "workstation": e.workstation,
                "channel": e.channel,
                "action": e.action,
                "detail": e.detail,
            }
            for e, who in rows.audit_of(session, customer_id)
        ],
    }


def export_data(shop, customer_id: int, folder: Path) -> Export:
    """A customer's data on their request: a JSON file and a readable PDF in `folder`
    (named by customer number, never by name). Managers only; the export itself is in the
    audit log, and in the export. Files are written whole or not at all."""
    from app.reports.customer_data import customer_data_pdf  # noqa: PLC0415

    staff.require_manager(shop.actor)
    folder = Path(folder)
    if not folder.is_dir():
        raise ValidationError("folder", f"The folder {folder} doesn't exist.")
    stem = f"customer-{customer_id}-{date.today().isoformat()}"
    json_path, pdf_path = folder / f"{stem}.json", folder / f"{stem}.pdf"
    with shop.write() as session:
        if customer_rows.get(session, customer_id) is None:
            raise NotFound(f"There is no customer {customer_id}.")
        audit.record(session, shop.actor, "export", "customer", customer_id, "json,pdf")
        session.flush()
        data = customer_data(session, shop, customer_id)
        _write_whole(
            json_path,
            lambda p: Path(p).write_text(
                json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8"
            ),
        )
        _write_whole(pdf_path, lambda p: customer_data_pdf(p, data, shop.settings.language))
    return Export(json_path, pdf_path, data)


def _write_whole(path: Path, write: Callable[[str], object]) -> None:
    temp = None
    try:
        handle, temp = tempfile.mkstemp(prefix=".export-", dir=path.parent)
        os.close(handle)
        write(temp)
        os.replace(temp, path)
    except OSError as exc:
        raise ValidationError("folder", f"Can't write {path}: {exc.strerror or exc}.") from None
    finally:
        if temp and os.path.exists(temp):
            os.unlink(temp)


# -- erasure ------------------------------------------------------------------------------------
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
        raise ValidationError("reason", f"Choose one of: {', '.join(ERASE_REASONS)}.")
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


# -- retention -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Candidate:
    id: int
    first_name: str
    last_name: str
    created_at: datetime
    last_visit: datetime | None  # None: never bought anything
    visits: int

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "created_at": _iso(self.created_at),
            "last_visit": _iso(self.last_visit),
            "visits": self.visits,
        }


@dataclass(frozen=True)
class CandidatePage:
    candidates: list[Candidate]
    after: tuple | None  # pass back for the next page; None: no more


def retention_cutoff(years: int, now: datetime | None = None) -> datetime:
    return (now or audit.now()) - timedelta(days=round(365.25 * years))


def retention_candidates(
    shop, years: int | None = None, limit: int = 200, after: tuple | None = None
) -> CandidatePage:
    """Customers inactive for more than `years` (default: the retention setting): first those
    who never bought anything and registered before then, then those whose last purchase
    is older, longest gone first. Keyset pages of `limit`. Managers only."""
    staff.require_manager(shop.actor)
    years = shop.settings.retention_years if years is None else years
    if years <= 0:
        return CandidatePage([], None)
    cutoff = retention_cutoff(years)
    phase, key = after if after else ("never", 0)
    found: list[Candidate] = []
    with shop.read() as session:
        if phase == "never":
            for r in rows.never_visited_before(session, cutoff, limit, key):
                found.append(_candidate(r))
            if len(found) == limit:
                return CandidatePage(found, ("never", found[-1].id))
            phase, key = "gone", None
        for r in rows.last_visit_before(session, cutoff, limit - len(found), key):
            found.append(_candidate(r))
    more = len(found) == limit and found[-1].last_visit is not None
    last = found[-1] if found else None
    return CandidatePage(found, ("gone", (last.last_visit, last.id)) if more and last else None)


def retention_count(shop, years: int | None = None) -> int:
    staff.require_manager(shop.actor)
    years = shop.settings.retention_years if years is None else years
    if years <= 0:
        return 0
    with shop.read() as session:
        return rows.inactive_count(session, retention_cutoff(years))


def _candidate(r) -> Candidate:
    return Candidate(r.id, r.first_name, r.last_name, r.created_at, r.last_visit, r.visits)
