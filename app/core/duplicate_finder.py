"""The duplicate finder: likely pairs of customers, found through blocks and scored with rapidfuzz.

Candidates come from blocks (the same normalized phone, e-mail or birthday, the same last name
with the same first initial, the same first name with the same last initial), so a million
customers never means comparing all pairs; only pairs inside a block are scored.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from rapidfuzz import fuzz, process

from app.core.errors import Message, ValidationError
from app.core.normalize import phone_display
from app.store import customers as customer_rows
from app.store import dedupe as rows

MIN_SCORE = 60  # pairs below this are not listed
NAME_CANDIDATE = 80  # inside a name block, names at least this similar become candidates
BIRTHDAY_NAME = 70  # inside a birthday block, names at least this similar
BIG_GROUP = 50  # a phone or e-mail shared by more customers than this is no evidence
BIG_BLOCK = 2_000  # name blocks are split further above this size

Progress = Callable[[int, int], bool]  # (done, total) -> False once cancelled


@dataclass(frozen=True)
class Candidate:
    id: int
    first_key: str
    last_key: str
    phone: str | None
    email: str | None
    birthday: date | None

    @property
    def name(self) -> str:
        return f"{self.first_key} {self.last_key}".strip()


@dataclass(frozen=True)
class Side:
    """One customer of a pair, as the list shows them."""

    id: int
    first_name: str
    last_name: str
    phone: str | None
    phone_display: str
    email: str | None
    birthday: date | None
    card_number: str
    visits: int
    last_visit: datetime | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "phone": self.phone,
            "email": self.email,
            "card_number": self.card_number,
            "birthday": self.birthday.isoformat() if self.birthday else None,
            "visits": self.visits,
            "last_visit": self.last_visit.isoformat() if self.last_visit else None,
        }


@dataclass(frozen=True)
class Pair:
    """Two customers who may be one: `keep` is the suggested survivor (more visits, else
    the older record)."""

    keep: Side
    dup: Side
    score: int  # 0-100
    reasons: tuple[str, ...]  # phone, email, birthday, name
    name_score: int  # 0-100, how alike the names are

    def reason_text(self) -> list[Message]:
        """Why the pair is listed, in words ("same phone", "similar name 92"): English
        for the command line, templates a screen translates."""
        words = {
            "phone": Message("same phone"),
            "email": Message("same e-mail"),
            "birthday": Message("same birthday"),
        }
        return [
            words.get(r)
            or (
                Message("same name")
                if self.name_score == 100
                else Message("similar name {score}", score=self.name_score)
            )
            for r in self.reasons
        ]

    def to_json(self) -> dict:
        return {
            "score": self.score,
            "reasons": self.reason_text(),
            "name_score": self.name_score,
            "keep": self.keep.to_json(),
            "dup": self.dup.to_json(),
        }


@dataclass(frozen=True)
class Scan:
    pairs: tuple[Pair, ...]
    found: int  # pairs at or above MIN_SCORE (more than `pairs` when limited)
    customers: int
    cancelled: bool = False


def score_pair(a: Candidate, b: Candidate) -> tuple[int, tuple[str, ...], int]:
    """(score, reasons, name score) for two customers. Names count up to 60, the same phone
    or e-mail up to 45, the same birthday 20; a known phone, e-mail or birthday that
    differs takes 15 off."""
    name = int(round(fuzz.token_sort_ratio(a.name, b.name)))
    reasons: list[str] = []
    conflicts = 0
    for what, x, y in (
        ("phone", a.phone, b.phone),
        ("email", a.email, b.email),
        ("birthday", a.birthday, b.birthday),
    ):
        if x and y and x == y:
            reasons.append(what)
        elif x and y:
            conflicts += 1
    contact = 35 * (("phone" in reasons) + ("email" in reasons))
    score = 0.6 * name + min(contact, 45) + 20 * ("birthday" in reasons) - 15 * conflicts
    if name >= NAME_CANDIDATE:
        reasons.append("name")
    return max(0, min(100, int(round(score)))), tuple(reasons), name


def find(shop, *, limit: int = 200, progress: Progress | None = None) -> Scan:
    """Likely duplicate pairs, best first, at most `limit`. `progress(done, total)` is told
    how far the scan is and stops it by returning False (the scan then says cancelled)."""
    if limit < 1:
        raise ValidationError("limit", "Ask for at least one pair.")
    with shop.read() as session:
        return _find(session, shop.settings.region, limit, progress or (lambda _d, _t: True))


def _find(session, region: str, limit: int, progress: Progress) -> Scan:
    total_customers = rows.live_count(session)
    total = 3 + 2 * total_customers  # three grouped queries, then two passes over the names
    done = 0
    pairs: dict[tuple[int, int], None] = {}
    seen: dict[int, Candidate] = {}  # only customers in some pair: memory follows the pairs

    def add(a: Candidate, b: Candidate) -> None:
        seen[a.id], seen[b.id] = a, b
        pairs[(a.id, b.id) if a.id < b.id else (b.id, a.id)] = None

    for column in ("phone", "email", "birthday"):
        groups = rows.sharing(session, column, BIG_GROUP)
        ids = sorted({i for g in groups for i in g})
        by_id = {r[0]: Candidate(*r) for r in rows.candidates(session, ids)}
        for group in groups:
            people = [by_id[i] for i in group if i in by_id]
            for i, a in enumerate(people):
                for b in people[i + 1 :]:
                    if (
                        column != "birthday"
                        or fuzz.token_sort_ratio(a.name, b.name) >= BIRTHDAY_NAME
                    ):
                        add(a, b)
        done += 1
        if not progress(done, total):
            return Scan((), 0, total_customers, cancelled=True)

    for column, other in (("last_key", "first_key"), ("first_key", "last_key")):
        for block in rows.name_blocks(session, column):
            done += len(block)
            if len(block) > 1:
                for a, b in _similar_in_block([Candidate(*r) for r in block], other):
                    add(a, b)
            if done % 5_000 < len(block) and not progress(done, total):
                return Scan((), 0, total_customers, cancelled=True)
    progress(total, total)

    best: list[tuple[int, int, int, tuple, int]] = []
    found = 0
    for a_id, b_id in pairs:
        score, reasons, name = score_pair(seen[a_id], seen[b_id])
        if score < MIN_SCORE:
            continue
        found += 1
        item = (score, -a_id, -b_id, reasons, name)
        if len(best) < limit:
            heapq.heappush(best, item)
        elif item > best[0]:
            heapq.heapreplace(best, item)
    best.sort(reverse=True)
    sides = _sides(session, region, {i for s, a, b, *_ in best for i in (-a, -b)})
    out = []
    for score, a, b, reasons, name in best:
        keep, dup = sorted((sides[-a], sides[-b]), key=lambda s: (-s.visits, s.id))
        out.append(Pair(keep, dup, score, reasons, name))
    return Scan(tuple(out), found, total_customers)


def _similar_in_block(block: list[Candidate], other: str) -> list[tuple[Candidate, Candidate]]:
    """Pairs in a block (one shared name) whose other name starts alike and is similar."""
    groups: dict[str, list[Candidate]] = {}
    for person in block:
        key = getattr(person, other)
        groups.setdefault(key[:1], []).append(person)
    out = []
    for group in groups.values():
        while len(group) > 1:
            part, group = group[:BIG_BLOCK], group[BIG_BLOCK:]
            names = [getattr(p, other) for p in part]
            for i, name in enumerate(names[:-1]):
                for _match, _score, j in process.extract(
                    name, names[i + 1 :], scorer=fuzz.ratio, score_cutoff=NAME_CANDIDATE, limit=None
                ):
                    out.append((part[i], part[i + 1 + j]))
    return out


def _sides(session, region: str, ids: set[int]) -> dict[int, Side]:
    out = {}
    for i in ids:
        row = customer_rows.get(session, i)
        out[i] = Side(
            row.id,
            row.first_name,
            row.last_name,
            row.phone,
            phone_display(row.phone, region),
            row.email,
            row.birthday,
            row.card_number,
            row.visits,
            row.last_visit,
        )
    return out
