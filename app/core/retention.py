"""Retention: the customers inactive long enough to erase, in keyset pages, and how many
there are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.core import audit, staff
from app.core.privacy import _iso
from app.store import privacy as rows


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
