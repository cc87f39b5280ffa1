"""The customer book: register, validate, find, show, update."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from rapidfuzz import fuzz

from app.core import audit, cards, consent
from app.core.errors import Conflict, DuplicateCustomer, Message, NotFound, ValidationError
from app.core.normalize import (
    digits_of,
    email_normalized,
    looks_like_phone,
    name_key,
    phone_display,
    phone_e164,
    phone_search_digits,
)
from app.store import customers as rows
from app.store import staff as staff_rows

# Choices, never free numbers. Stored as these codes; the GUI shows translated labels.
HOW_HEARD = ("friend", "social_media", "walked_by", "search", "advert", "other")
INCOME_RANGES = ("under_25k", "25k_50k", "50k_100k", "100k_plus")
CHILDREN = ("0", "1", "2", "3+")
EDUCATION = ("secondary", "vocational", "bachelor", "master_plus")
OCCUPATION = ("employed", "self_employed", "student", "retired", "homemaker", "other")
CHOICES = {
    "how_heard": HOW_HEARD, "income_range": INCOME_RANGES, "children": CHILDREN,
    "education": EDUCATION, "occupation": OCCUPATION,
}
TEXT_LIMITS = {"first_name": 80, "last_name": 80, "address": 300, "notes": 2000, "tags": 300}
FIELDS = (
    "first_name", "last_name", "phone", "email", "address", "birthday", "how_heard", "notes",
    "tags", "marketing_consent", *("income_range", "children", "education", "occupation"),
)
NAME_MATCH_SCORE = 90  # rapidfuzz ratio (0-100) above which two names look like one person


@dataclass(frozen=True)
class CustomerSummary:
    id: int
    first_name: str
    last_name: str
    phone: str | None
    phone_display: str
    email: str | None
    card_number: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def to_json(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k != "phone_display"}


@dataclass(frozen=True)
class Customer(CustomerSummary):
    address: str = ""
    birthday: date | None = None
    how_heard: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    marketing_consent: bool = False
    consent_at: datetime | None = None
    consent_channel: str | None = None
    income_range: str = ""
    children: str = ""
    education: str = ""
    occupation: str = ""
    created_at: datetime | None = None
    created_by: str = ""
    created_workstation: str = ""
    created_channel: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""
    updated_workstation: str = ""
    updated_channel: str = ""

    def to_json(self) -> dict:
        out = super().to_json() | asdict(self)
        out.pop("phone_display", None)
        for key, value in out.items():
            if isinstance(value, (date, datetime)):
                out[key] = value.isoformat()
        out["tags"] = list(self.tags)
        return out


@dataclass(frozen=True)
class DuplicateMatch:
    customer: CustomerSummary
    reason: str  # phone | email | name
    score: int

    def to_json(self) -> dict:
        return {"reason": self.reason, "score": self.score, **self.customer.to_json()}


@dataclass
class Cleaned:
    values: dict = field(default_factory=dict)
    errors: dict = field(default_factory=dict)


# -- validation ---------------------------------------------------------------------------
def clean(raw: dict, region: str, *, partial: bool = False) -> dict:
    """Typed, normalized values from what was typed. Raises ValidationError naming every bad
    field (the first one as `field`). `partial`: only the given fields (an update)."""
    out = Cleaned()
    for name, value in raw.items():
        if name not in FIELDS:
            raise ValidationError(name, "There is no customer field called {name}.", name=name)
        try:
            out.values[name] = _clean_field(name, value, region)
        except ValidationError as err:
            out.errors[name] = err.message
    if not partial or "first_name" in raw:
        if not out.values.get("first_name") and "first_name" not in out.errors:
            out.errors["first_name"] = "Type the customer's first name."
    if not partial and not out.values.get("phone") and not out.values.get("email"):
        if "phone" not in out.errors and "email" not in out.errors:
            out.errors["phone"] = "Give a phone number or an e-mail, so we can find them again."
    if out.errors:
        first = next(iter(out.errors))
        raise ValidationError(first, out.errors[first], out.errors)
    return out.values


def _clean_field(name: str, value, region: str):
    if name == "marketing_consent":
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "yes", "y")
        return bool(value)
    value = "" if value is None else value
    if name == "birthday":
        return _birthday(value)
    text = " ".join(str(value).split()) if name not in ("notes", "address") else str(value).strip()
    if name == "phone":
        return phone_e164(text, region) if text else None
    if name == "email":
        return email_normalized(text) if text else None
    if name in CHOICES:
        if text and text not in CHOICES[name]:
            raise ValidationError(name, "Choose one of: {choices}.",
                                  choices=", ".join(CHOICES[name]))
        return text
    if name == "tags":
        tags = [t.strip() for t in text.split(",") if t.strip()]
        text = ",".join(dict.fromkeys(tags))
    if len(text) > TEXT_LIMITS[name]:
        raise ValidationError(
            name, "That is too long: at most {limit:,} characters.", limit=TEXT_LIMITS[name])
    return text


def _birthday(value) -> date | None:
    if isinstance(value, date):
        day = value
    elif not str(value).strip():
        return None
    else:
        try:
            day = date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValidationError("birthday", "Write the birthday as YYYY-MM-DD.") from None
    if day > date.today() or day.year < 1900:
        raise ValidationError("birthday", "That birthday can't be right.")
    return day


def _search_keys(values: dict, current=None) -> dict:
    get = lambda k: values[k] if k in values else getattr(current, k, "")  # noqa: E731
    return {
        "first_key": name_key(get("first_name") or ""),
        "last_key": name_key(get("last_name") or ""),
        "phone_digits": phone_search_digits(get("phone")),
    }


def search_keys(values: dict) -> dict:
    """The search columns for a new row's cleaned values (bulk inserts: imports, the demo)."""
    return _search_keys(values)


# -- views --------------------------------------------------------------------------------
def _summary(row, region: str) -> CustomerSummary:
    return CustomerSummary(
        row.id, row.first_name, row.last_name, row.phone, phone_display(row.phone, region),
        row.email, row.card_number,
    )


def _full(session, row, region: str) -> Customer:
    staff_name = _staff_names(session, row.created_by, row.updated_by)
    return Customer(
        **asdict(_summary(row, region)),
        address=row.address, birthday=row.birthday, how_heard=row.how_heard, notes=row.notes,
        tags=tuple(t for t in row.tags.split(",") if t),
        marketing_consent=row.marketing_consent, consent_at=row.consent_at,
        consent_channel=row.consent_channel, income_range=row.income_range,
        children=row.children, education=row.education, occupation=row.occupation,
        created_at=row.created_at, created_by=staff_name(row.created_by),
        created_workstation=row.created_workstation, created_channel=row.created_channel,
        updated_at=row.updated_at, updated_by=staff_name(row.updated_by),
        updated_workstation=row.updated_workstation or "",
        updated_channel=row.updated_channel or "",
    )


def _staff_names(session, *ids):
    names = {i: getattr(staff_rows.get(session, i), "name", "") for i in ids if i}
    return lambda i: names.get(i, "") if i else ""


# -- duplicates ---------------------------------------------------------------------------
def likely_duplicates(shop, raw: dict, exclude_id: int | None = None,
                      limit: int = 5) -> list[DuplicateMatch]:
    with shop.read() as session:
        return _duplicates(session, raw, shop.settings.region, exclude_id, limit)


def _duplicates(session, raw: dict, region: str, exclude_id: int | None = None,
                limit: int = 5) -> list[DuplicateMatch]:
    """Customers who may be the one being typed: same phone, same e-mail, or a very similar
    name. Works on half-typed input: fields that don't validate yet are skipped."""
    found: dict[int, DuplicateMatch] = {}

    def keep(row, reason: str, score: int) -> None:
        if row.id != exclude_id and row.id not in found:
            found[row.id] = DuplicateMatch(_summary(row, region), reason, score)

    for fname, lookup in (("phone", rows.by_phone), ("email", rows.by_email)):
        try:
            value = _clean_field(fname, raw.get(fname) or "", region)
        except ValidationError:
            continue
        if value:
            for row in lookup(session, value):
                keep(row, fname, 100)
    first = name_key(raw.get("first_name") or "")
    last = name_key(raw.get("last_name") or "")
    if first and last and len(first) + len(last) >= 5:
        typed = f"{first} {last}"
        words = [w for w in (first[:3], last[:3]) if w]
        for row in rows.search(session, name_words=words, limit=50):
            score = int(fuzz.ratio(typed, f"{row.first_key} {row.last_key}"))
            if score >= NAME_MATCH_SCORE:
                keep(row, "name", score)
    return list(found.values())[:limit]


def _refuse_contact_duplicates(session, values: dict, region: str, exclude_id=None) -> None:
    raw = {k: values[k] for k in ("phone", "email") if values.get(k)}
    matches = [m for m in _duplicates(session, raw, region, exclude_id) if m.reason != "name"]
    if matches:
        reasons = {m.reason for m in matches}
        what = (Message("e-mail and phone") if len(reasons) > 1 else
                Message("phone") if "phone" in reasons else Message("e-mail"))
        who = matches[0].customer.full_name
        raise DuplicateCustomer("{who} already has this {what}.", matches, who=who, what=what)


# -- writes -------------------------------------------------------------------------------
def register(shop, raw: dict, *, force: bool = False) -> Customer:
    """A new customer with a fresh card number. Same phone or e-mail as someone else is
    refused with DuplicateCustomer unless `force`."""
    with shop.write() as session:
        return _register(session, shop.actor, raw, shop.settings.region, force)


def _register(session, actor, raw: dict, region: str, force: bool) -> Customer:
    values = clean(raw, region)
    if not force:
        _refuse_contact_duplicates(session, values, region)
    now = audit.now()
    if values.get("marketing_consent"):
        values.update(consent_at=now, consent_channel=actor.channel, consent_by=actor.staff_id)
    row = rows.add(
        session, **values, **_search_keys(values), card_number=_unused_card(session),
        created_at=now, created_by=actor.staff_id, created_workstation=actor.workstation,
        created_channel=actor.channel,
    )
    if values.get("marketing_consent"):  # the history, with the policy version agreed to
        consent.note_consent(session, actor, row.id, True, now)
    audit.record(session, actor, "create", "customer", row.id, ",".join(sorted(raw)))
    return _full(session, row, region)


def update(shop, customer_id: int, raw: dict, *, force: bool = False) -> Customer:
    with shop.write() as session:
        return _update(session, shop.actor, customer_id, raw, shop.settings.region, force)


def _update(session, actor, customer_id: int, raw: dict, region: str, force: bool) -> Customer:
    row = rows.get(session, customer_id)
    if row is None:
        raise NotFound("There is no customer {id}.", id=customer_id)
    if row.erased_at is not None:
        raise Conflict("This customer was erased; register them again if they come back.")
    values = clean(raw, region, partial=True)
    if not (values.get("phone", row.phone) or values.get("email", row.email)):
        raise ValidationError("phone", "Keep a phone number or an e-mail, so we can find them.")
    if not force:
        _refuse_contact_duplicates(session, values, region, exclude_id=row.id)
    changed = sorted(k for k, v in values.items() if getattr(row, k) != v)
    if not changed:
        return _full(session, row, region)
    now = audit.now()
    if "marketing_consent" in changed:
        values.update(consent_at=now, consent_channel=actor.channel, consent_by=actor.staff_id)
    values.update(_search_keys(values, row))
    for key, value in values.items():
        setattr(row, key, value)
    row.updated_at, row.updated_by = now, actor.staff_id
    row.updated_workstation, row.updated_channel = actor.workstation, actor.channel
    if "marketing_consent" in changed:
        consent.note_consent(session, actor, row.id, row.marketing_consent, now)
    audit.record(session, actor, "update", "customer", row.id, ",".join(changed))
    return _full(session, row, region)


def _unused_card(session) -> str:
    while True:
        number = cards.new_card_number()
        if not rows.card_taken(session, number):
            return number


# -- reads --------------------------------------------------------------------------------
def get(shop, customer_id: int) -> Customer:
    with shop.read() as session:
        row = rows.get(session, customer_id)
        if row is None:
            raise NotFound("There is no customer {id}.", id=customer_id)
        return _full(session, row, shop.settings.region)


def open_profile(shop, customer_id: int) -> Customer:
    """Read a whole profile and note in the audit log who looked."""
    with shop.write() as session:
        customer = get(shop, customer_id)
        audit.record(session, shop.actor, "view", "customer", customer_id)
        return customer


def history(shop, customer_id: int, limit: int = 200) -> list[audit.AuditLine]:
    with shop.read() as session:
        return audit.trail(session, "customer", customer_id, limit)


def find(shop, query: str, *, limit: int = 50,
         before_id: int | None = None) -> list[CustomerSummary]:
    with shop.read() as session:
        return _find(session, query, shop.settings.region, limit, before_id)


def _find(session, query: str, region: str, limit: int,
          before_id: int | None) -> list[CustomerSummary]:
    """Search as you type: any part of a phone (any format), name, e-mail or card number.
    Newest first, in pages of `limit` (pass the last id as `before_id` for the next)."""
    query = query.strip()
    if not query:
        found = rows.recent(session, limit, before_id, summary=True)
    elif looks_like_phone(query):
        found = rows.search(session, digits=digits_of(query), limit=limit, before_id=before_id,
                            summary=True)
    elif "@" in query:
        found = rows.search(session, email=query.lower(), limit=limit, before_id=before_id,
                            summary=True)
    else:
        words = name_key(query).split()
        found = rows.search(session, name_words=words, limit=limit, before_id=before_id,
                            summary=True)
    return [_summary(r, region) for r in found]


def warm_search(shop) -> dict[str, int]:
    """Read everything a search touches once, so the operating system holds it: after a
    restart the first searches of the day otherwise wait on the disk (at a million
    customers p95 8-15 ms per keystroke, 2-4 ms once read; ~5 s on the daily lane).
    Returns {what: rows walked}."""
    with shop.read() as session:
        return rows.read_search_pages(session)


def find_by_card(shop, code: str) -> CustomerSummary | None:
    """What a barcode scan types: a card number, exactly."""
    with shop.read() as session:
        row = rows.by_card(session, code.strip())
        return _summary(row, shop.settings.region) if row else None


def resolve(shop, ref: str) -> CustomerSummary:
    """A customer reference from a script: id, card number, e-mail or phone (any format)."""
    with shop.read() as session:
        return _resolve(session, ref.strip(), shop.settings.region)


def _resolve(session, ref: str, region: str) -> CustomerSummary:
    row = None
    if cards.is_card_number(ref):
        row = rows.by_card(session, ref)
    elif "@" in ref:
        try:
            matches = rows.by_email(session, email_normalized(ref), limit=1)
        except ValidationError:
            matches = []
        row = matches[0] if matches else None
    elif ref.isdigit() and len(ref) <= 9:
        row = rows.get(session, int(ref))
    elif looks_like_phone(ref):
        try:
            matches = rows.by_phone(session, phone_e164(ref, region), limit=1)
        except ValidationError:
            matches = []
        row = matches[0] if matches else None
    if row is None:
        raise NotFound("No customer matches {ref}.", ref=ref)
    return _summary(row, region)


def count(shop) -> int:
    with shop.read() as session:
        return rows.count(session)
