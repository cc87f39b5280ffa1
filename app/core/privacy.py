"""The shop's privacy policy in versions: the text that ships with Counterpart, a manager's
new wordings, and any version as a PDF. Consent, a customer's data, erasure and retention
are in consent.py, customer_data.py, erasure.py and retention.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.core import audit, staff
from app.core.errors import NotFound, ValidationError
from app.core.files import write_whole
from app.core.paths import resources_dir
from app.store import privacy as rows
from app.store import settings as settings_rows

POLICY_LIMIT = 20_000  # characters


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
        raise ValidationError("text", "That is too long: at most {limit:,} characters.",
                              limit=POLICY_LIMIT)
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
        raise NotFound("There is no version {version} of the privacy policy.", version=version)
    settings = shop.settings
    return write_whole(path, lambda temp: policy_pdf(
        temp, settings.shop_name, chosen.version, chosen.text,
        chosen.created_at.date().isoformat(), settings.paper_size), "path", ".pdf")


def _iso(moment: datetime | date | None) -> str | None:
    return moment.isoformat() if moment else None
