"""Duplicates and the golden record: find likely pairs, merge one into the other, undo.

Finding scales to a million customers because it never compares all pairs: candidates
come from blocks (the same normalized phone, the same e-mail, the same birthday, the same
last name with the same first initial, the same first name with the same last initial),
and only pairs inside a block are scored with rapidfuzz.

A merge is one transaction: the duplicate's purchases, loyalty ledger, survey answers,
alerts, consent history and kiosk requests move to the kept customer, the chosen field
values are applied, the running figures are recounted, the duplicate's card number keeps
finding the kept customer, and the duplicate is marked merged (hidden from search). A
snapshot makes the merge undoable until later changes would make the undo unsafe.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from rapidfuzz import fuzz, process

from app.core import audit
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.normalize import name_key, phone_display, phone_search_digits
from app.core.staff import require_manager
from app.store import customers as customer_rows
from app.store import dedupe as rows
from app.store import purchases as purchase_rows

MIN_SCORE = 60  # pairs below this are not listed
NAME_CANDIDATE = 80  # inside a name block, names at least this similar become candidates
BIRTHDAY_NAME = 70  # inside a birthday block, names at least this similar
BIG_GROUP = 50  # a phone or e-mail shared by more customers than this is no evidence
BIG_BLOCK = 2_000  # name blocks are split further above this size
MERGE_FIELDS = (
    "first_name",
    "last_name",
    "phone",
    "email",
    "address",
    "birthday",
    "how_heard",
    "notes",
    "tags",
    "marketing_consent",
    "income_range",
    "children",
    "education",
    "occupation",
)
_CONSENT = ("consent_at", "consent_channel", "consent_by")
_SAFE_KINDS = ("earn", "bonus")  # loyalty entries of the kept customer an undo can live with
_NOT_COMPARED = (
    *rows.FIGURES,
    "updated_at",
    "updated_by",
    "updated_workstation",
    "updated_channel",
)

Progress = Callable[[int, int], bool]  # (done, total) -> False once cancelled


# -- finding ------------------------------------------------------------------------------
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

    def reason_text(self) -> list[str]:
        words = {"phone": "same phone", "email": "same e-mail", "birthday": "same birthday"}
        return [
            words.get(r)
            or ("same name" if self.name_score == 100 else f"similar name {self.name_score}")
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


# -- merging ------------------------------------------------------------------------------
@dataclass(frozen=True)
class MergeResult:
    merge_id: int
    kept_id: int
    merged_id: int
    taken: tuple[str, ...]  # fields whose value came from the merged customer
    moved: dict[str, int] = field(default_factory=dict)  # rows moved, per table

    def to_json(self) -> dict:
        return {
            "merge_id": self.merge_id,
            "kept_id": self.kept_id,
            "merged_id": self.merged_id,
            "taken": list(self.taken),
            "moved": self.moved,
        }


@dataclass(frozen=True)
class MergePreview:
    """Both customers' field values side by side and what a merge would move."""

    keep: dict  # field -> value
    dup: dict
    suggested: dict  # field -> "keep" | "dup"
    moving: dict  # table -> rows the duplicate owns


@dataclass(frozen=True)
class MergeLine:
    id: int
    at: datetime
    kept_id: int
    merged_id: int
    kept_name: str
    merged_name: str
    staff: str
    undone_at: datetime | None

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "at": self.at.isoformat(),
            "kept_id": self.kept_id,
            "merged_id": self.merged_id,
            "kept_name": self.kept_name,
            "merged_name": self.merged_name,
            "staff": self.staff,
            "undone_at": self.undone_at.isoformat() if self.undone_at else None,
        }


def _empty(value) -> bool:
    return value in (None, "", False)


def preview(shop, keep_id: int, dup_id: int) -> MergePreview:
    """What the merge screen shows: a value is suggested from the duplicate only where the
    kept customer has none."""
    with shop.read() as session:
        keep, dup = _pair(session, keep_id, dup_id)
        keep_values = {f: getattr(keep, f) for f in MERGE_FIELDS}
        dup_values = {f: getattr(dup, f) for f in MERGE_FIELDS}
        suggested = {
            f: "dup" if _empty(keep_values[f]) and not _empty(dup_values[f]) else "keep"
            for f in MERGE_FIELDS
        }
        moving = {
            name: rows.count_owned(session, model, dup.id) for name, model in rows.OWNED.items()
        }
        return MergePreview(keep_values, dup_values, suggested, moving)


def _pair(session, keep_id: int, dup_id: int):
    if keep_id == dup_id:
        raise ValidationError("dup", "A customer can't be merged with themselves.")
    found = []
    for cid in (keep_id, dup_id):
        row = customer_rows.get(session, cid)
        if row is None:
            raise NotFound(f"There is no customer {cid}.")
        if row.merged_into is not None:
            raise Conflict(f"Customer {cid} was already merged into customer {row.merged_into}.")
        if row.erased_at is not None:
            raise Conflict(f"Customer {cid} was erased.")
        found.append(row)
    return found


def _clean_choices(choices: dict | None) -> dict[str, str]:
    out = {}
    for name, side in (choices or {}).items():
        if name not in MERGE_FIELDS:
            raise ValidationError("choices", f"{name} is not a field a merge can choose.")
        if side not in ("keep", "dup"):
            raise ValidationError("choices", f"Choose keep or dup for {name}, not {side}.")
        out[name] = side
    return out


def merge(shop, keep_id: int, dup_id: int, choices: dict | None = None) -> MergeResult:
    """Make `dup_id` part of `keep_id`. `choices`: field -> "keep" | "dup" (unnamed fields
    keep the kept customer's value). Managers only."""
    require_manager(shop.actor)
    picked = _clean_choices(choices)
    actor = shop.actor
    with shop.write() as session:
        keep, dup = _pair(session, keep_id, dup_id)
        now = audit.now()
        before = {"kept": rows.fields_of(keep), "merged": rows.fields_of(dup)}
        entries_before = rows.last_entry_id(session)
        moved = rows.move_owned(session, dup.id, keep.id)
        taken = tuple(
            f
            for f in MERGE_FIELDS
            if picked.get(f) == "dup" and getattr(keep, f) != getattr(dup, f)
        )
        for name in taken:
            setattr(keep, name, getattr(dup, name))
            if name == "marketing_consent":
                for extra in _CONSENT:
                    setattr(keep, extra, getattr(dup, extra))
        keep.first_key, keep.last_key = name_key(keep.first_name), name_key(keep.last_name)
        keep.phone_digits = phone_search_digits(keep.phone)
        keep.updated_at, keep.updated_by = now, actor.staff_id
        keep.updated_workstation, keep.updated_channel = actor.workstation, actor.channel
        dup.merged_into = keep.id
        rows.retire_card(session, dup.card_number, keep.id, now)
        session.flush()
        for cid in (keep.id, dup.id):
            purchase_rows.recount_customer(session, cid)
        session.flush()
        session.refresh(keep)
        session.refresh(dup)
        snapshot = {
            **before,
            "moved": moved,
            "last_entry_id": entries_before,
            "after": {"kept": rows.fields_of(keep), "merged": rows.fields_of(dup)},
        }
        row = rows.add_merge(
            session,
            snapshot,
            kept_id=keep.id,
            merged_id=dup.id,
            at=now,
            staff_id=actor.staff_id,
            workstation=actor.workstation,
            channel=actor.channel,
        )
        detail = f"merge {row.id}: " + ",".join(taken)
        audit.record(session, actor, "merge", "customer", keep.id, detail)
        audit.record(session, actor, "merged_into", "customer", dup.id, f"merge {row.id}")
        counts = {name: len(ids) for name, ids in moved.items()}
        return MergeResult(row.id, keep.id, dup.id, taken, counts)


def undo_merge(shop, merge_id: int) -> MergeResult:
    """Part the two customers again exactly as they were. Refused when something done
    since the merge would be lost or left wrong; the message says what."""
    require_manager(shop.actor)
    actor = shop.actor
    with shop.write() as session:
        merge_row = rows.get_merge(session, merge_id)
        if merge_row is None:
            raise NotFound(f"There is no merge {merge_id}.")
        if merge_row.undone_at is not None:
            raise Conflict("That merge was already undone.")
        snap = rows.snapshot_of(merge_row)
        keep = customer_rows.get(session, merge_row.kept_id)
        dup = customer_rows.get(session, merge_row.merged_id)
        _check_undo(session, merge_row, snap, keep, dup)
        moved = snap["moved"]
        rows.move_back(session, moved, dup.id)
        rows.unretire_card(session, dup.card_number)
        rows.restore_fields(keep, snap["kept"], skip=rows.FIGURES)
        rows.restore_fields(dup, snap["merged"], skip=rows.FIGURES)
        session.flush()
        for cid in (keep.id, dup.id):
            purchase_rows.recount_customer(session, cid)
        merge_row.undone_at, merge_row.undone_by = audit.now(), actor.staff_id
        audit.record(session, actor, "unmerge", "customer", keep.id, f"merge {merge_id}")
        audit.record(session, actor, "unmerge", "customer", dup.id, f"merge {merge_id}")
        counts = {name: len(ids) for name, ids in moved.items()}
        return MergeResult(merge_id, keep.id, dup.id, (), counts)


def _check_undo(session, merge_row, snap: dict, keep, dup) -> None:
    who = f"customer {merge_row.kept_id}"
    if keep.erased_at is not None or dup.erased_at is not None:
        raise Conflict("One of the two customers was erased since the merge; it can't be undone.")
    if rows.later_merges(session, merge_row) or keep.merged_into is not None:
        raise Conflict(f"{who} was part of a later merge; undo that one first.")
    if dup.merged_into != keep.id:
        raise Conflict(f"Customer {merge_row.merged_id} is no longer merged into {who}.")
    now_fields = {"kept": rows.fields_of(keep), "merged": rows.fields_of(dup)}
    for side in ("kept", "merged"):
        changed = [
            k
            for k, v in snap["after"][side].items()
            if k not in _NOT_COMPARED and now_fields[side].get(k) != v
        ]
        if changed:
            whose = who if side == "kept" else f"customer {merge_row.merged_id}"
            raise Conflict(
                f"{whose} was changed since the merge ({', '.join(sorted(changed))}); "
                "undoing it would lose that change."
            )
    if not rows.still_owned(session, snap["moved"], keep.id):
        raise Conflict(f"Some of the moved history no longer belongs to {who}.")
    if rows.purchases_changed_since(session, snap["moved"]["purchases"], merge_row.at):
        raise Conflict(
            "A purchase that came with the merge was refunded or undone since; "
            "the merge can't be undone."
        )
    moved_purchases = set(snap["moved"]["purchases"])
    for entry in rows.entries_since(session, keep.id, snap["last_entry_id"]):
        if (
            entry.kind not in _SAFE_KINDS
            or entry.purchase_id in moved_purchases
            or entry.redeemed_on in moved_purchases
        ):
            raise Conflict(
                f"{who}'s loyalty balance was used or corrected since the merge; "
                "the merge can't be undone."
            )


def recent_merges(shop, limit: int = 50) -> list[MergeLine]:
    with shop.read() as session:
        return [
            MergeLine(m.id, m.at, m.kept_id, m.merged_id, kept, dup, staff, m.undone_at)
            for m, kept, dup, staff in rows.recent_merges(session, limit)
        ]
