"""Importing customers and purchases from a CSV file.

plan (read the file, guess the mapping) -> preview (the first rows, checked) -> run (check
every row, dry run or commit). Every row is either imported or rejected with its line
number and the reason; rejected rows can be saved as a CSV (the original columns and an
"error" column) to fix and import again. A cancel or a failure half-way leaves nothing.

The counter keeps selling while an import runs. SQLite has one write lock per file; a sale
waits for it (10 s at most, then "database is locked": a sale lost). So an import never
holds it for long:
- Every row is checked (parsed, validated, normalized, its search keys and card number
  made, looked up against the shop in bulk) in short read transactions, outside the lock.
- Each checked batch is inserted in its own short write transaction: bulk inserts, after
  re-checking the batch against what the counter recorded since it was checked (a phone,
  e-mail or receipt taken meanwhile refuses that row, with its reason; a card taken gets a
  new one). The rows are written hidden: a customer's `merged_into` holds the import's
  marker, so no list, search, report or duplicate check sees it; a purchase is marked
  voided, so no report or figure counts it. An `import_batches` row names the batch.
- One last transaction refuses the hidden rows that clash with what the counter recorded
  while the import ran, then clears the marks of all the others at once (and adds the
  purchases to their customers' figures): the import appears whole or not at all.
- A cancel or a failure deletes the hidden rows; if the process dies, the next import
  deletes the rows of any batch nobody has written to for STALE (`discard_abandoned`).
Why not one transaction of bulk inserts: for 100,000 rows it holds the lock for several
seconds (the search index triggers on customers, five indexes on purchases); batches of
BATCH hold it ~0.2 s each and the publishing step about a second (bench/import_100k.py
prints "lock held").

Customers: the fields of the customer book (see column_map.CUSTOMER_FIELDS); a phone or an
e-mail already in the shop, or met earlier in the file, rejects the row. A valid card
number not yet in use is kept, otherwise the customer gets a new card.

Purchases: one row per purchase, or one row per line of a purchase. Rows with the same
`purchase` value (or, without that column, the same `receipt`) are one purchase; the
customer is found by `customer_phone`, `customer_email` or `customer_card` (none: an
anonymous sale); `at` is the date (YYYY-MM-DD, optionally with the time; DD/MM/YYYY also
works) in local time unless it names a zone; `total`, or lines with `product`, `quantity`
(default 1) and `unit_price`. A receipt number already in the shop rejects the purchase.
Imported purchases count in the customers' figures and reports; they earn no loyalty.
"""

from __future__ import annotations

import csv
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.core import audit, cards, customers, money, privacy, staff
from app.core.column_map import FIELDS, IGNORE, apply_overrides, guess
from app.core.csv_sniff import Table, read_file
from app.core.errors import ValidationError
from app.core.normalize import email_normalized, phone_e164
from app.store import transfer as rows

BATCH = 2000  # rows checked, then inserted, at a time (one short write transaction each)
KINDS = ("customers", "purchases")
_FORMULA_START = ("=", "+", "-", "@")
_YES = {"1", "true", "yes", "y", "x", "on", "subscribed", "opted in", "opt in", "accepted",
        "כן", "بله", "آره", "بلی"}
_NO = {"0", "false", "no", "n", "off", "unsubscribed", "not subscribed", "opted out",
       "never subscribed", "pending", "לא", "نه", "خیر"}
_DAY_FIRST = ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d")

Progress = Callable[[int, int], "bool | None"]  # (done, total) -> False to cancel


@dataclass(frozen=True)
class Rejected:
    row: int  # the line of the file (the header is line 1)
    reason: str
    values: tuple[str, ...]

    def to_json(self) -> dict:
        return {"row": self.row, "reason": self.reason}


@dataclass
class ImportPlan:
    kind: str
    table: Table
    mapping: list[str]  # the field of each column, "" for a column left out

    def problems(self) -> list[str]:
        """What the mapping lacks before anything can be imported."""
        have = set(self.mapping)
        out = []
        if self.kind == "customers":
            if not have & {"first_name", "full_name"}:
                out.append("Choose the column with the first name (or the full name).")
            if not have & {"phone", "email"}:
                out.append("Choose the column with the phone number or the e-mail.")
        elif not have & {"total", "unit_price"}:
            out.append("Choose the column with the total (or the lines' unit prices).")
        elif "at" not in have:
            out.append("Choose the column with the date of each purchase.")
        return out


@dataclass(frozen=True)
class PreviewRow:
    row: int
    values: tuple[str, ...]
    error: str  # "" when the row would be imported


@dataclass
class ImportResult:
    kind: str
    total: int  # data rows in the file
    imported: int = 0  # rows taken (with dry_run: rows that would be taken)
    records: int = 0  # customers or purchases made from them
    rejected: list[Rejected] = field(default_factory=list)
    dry_run: bool = False
    cancelled: bool = False

    def to_json(self) -> dict:
        return {"kind": self.kind, "total": self.total, "imported": self.imported,
                "records": self.records, "rejected": [r.to_json() for r in self.rejected],
                "dry_run": self.dry_run, "cancelled": self.cancelled}


class _Cancelled(Exception):
    pass


# -- planning -------------------------------------------------------------------------------
def plan(path: str | Path, kind: str = "customers", *, encoding: str | None = None,
         delimiter: str | None = None, overrides: dict[str, str] | None = None) -> ImportPlan:
    """Read the file and guess which column is which; `overrides` (column -> field) win."""
    if kind not in KINDS:
        raise ValidationError("kind", "Import customers or purchases.")
    table = read_file(path, encoding, delimiter)
    return plan_table(table, kind, overrides)


def plan_table(table: Table, kind: str, overrides: dict[str, str] | None = None) -> ImportPlan:
    mapping = guess(table.header, kind)
    if overrides:
        mapping = apply_overrides(table.header, mapping, overrides, kind)
    return ImportPlan(kind, table, mapping)


# -- checking rows -------------------------------------------------------------------------
def _cell(text: str) -> str:
    """A cell as typed; our exports put an apostrophe before a formula-like start."""
    text = text.strip()
    if text.startswith("'") and text[1:2] in _FORMULA_START:
        return text[1:]
    return text


def _fields(plan: ImportPlan, row: list[str]) -> dict[str, str]:
    out = {}
    for position, target in enumerate(plan.mapping):
        if target != IGNORE and position < len(row):
            value = _cell(row[position])
            if value:
                out[target] = value
    return out


def _yes_no(text: str) -> bool:
    folded = " ".join(text.casefold().replace("_", " ").split())
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    raise ValidationError("marketing_consent", "Write yes or no.")


def _day(text: str, name: str) -> date:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    for pattern in _DAY_FIRST:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValidationError(name, "Write the date as YYYY-MM-DD or DD/MM/YYYY.")


def _reason(err: ValidationError) -> str:
    return "; ".join(f"{name}: {message}" for name, message in err.errors.items())


class _CustomerCheck:
    """Rows -> cleaned customer values, or the reason each is refused."""

    def __init__(self, plan: ImportPlan, region: str):
        self.plan, self.region = plan, region
        self.phones: dict[str, int] = {}  # seen in the file -> line
        self.emails: dict[str, int] = {}
        self.cards: set[str] = set()

    def clean(self, row: list[str]) -> dict:
        given = _fields(self.plan, row)
        full = given.pop("full_name", "")
        if full and not given.get("first_name"):
            first, _, last = full.partition(" ")
            given["first_name"] = first
            given.setdefault("last_name", last)
        card = given.pop("card_number", "")
        errors = {}
        if "marketing_consent" in given:
            try:
                given["marketing_consent"] = _yes_no(given["marketing_consent"])
            except ValidationError as err:
                errors[err.field] = err.message
                del given["marketing_consent"]
        if "birthday" in given:
            try:
                given["birthday"] = _day(given["birthday"], "birthday")
            except ValidationError as err:
                errors[err.field] = err.message
                del given["birthday"]
        if given.get("how_heard"):  # "Social media" is social_media; other systems' own: other
            code = "_".join(given["how_heard"].casefold().split())
            given["how_heard"] = code if code in customers.HOW_HEARD else "other"
        if card and not (4 <= len(card) <= 20 and card.replace("-", "").isalnum()):
            errors["card_number"] = "A card number is 4 to 20 letters or digits."
        try:
            values = customers.clean(given, self.region)
        except ValidationError as err:
            raise ValidationError(err.field, err.message, {**err.errors, **errors}) from None
        if errors:
            first = next(iter(errors))
            raise ValidationError(first, errors[first], errors)
        values["card_number"] = card
        return values

    def check(self, session, batch: list[tuple[int, list[str]]]) -> tuple[list, list]:
        plan = self.plan
        cleaned, rejected = [], []
        for index, row in batch:
            line = plan.table.row_number(index)
            try:
                values = self.clean(row)
            except ValidationError as err:
                rejected.append(Rejected(line, _reason(err), tuple(row)))
                continue
            same = self._seen(values, line)
            if same:
                rejected.append(Rejected(line, same, tuple(row)))
                continue
            cleaned.append((line, row, values))
        in_shop_phone = rows.ids_by_phone(session, {v["phone"] for _, _, v in cleaned
                                                    if v.get("phone")})
        in_shop_email = rows.ids_by_email(session, {v["email"] for _, _, v in cleaned
                                                    if v.get("email")})
        taken_cards = rows.cards_in_use(session, {v["card_number"] for _, _, v in cleaned
                                                  if v["card_number"]})
        good = []
        for line, row, values in cleaned:
            phone_id = in_shop_phone.get(values.get("phone"))
            email_id = in_shop_email.get(values.get("email"))
            if phone_id or email_id:
                what = "phone" if phone_id else "e-mail"
                rejected.append(Rejected(
                    line, f"{what}: customer {phone_id or email_id} already has this {what}.",
                    tuple(row)))
                continue
            if not values["card_number"] or values["card_number"] in taken_cards \
                    or values["card_number"] in self.cards:
                values["card_number"] = ""
            self.cards.add(values["card_number"])
            good.append((line, row, values))
        rejected.sort(key=lambda r: r.row)
        return good, rejected

    def _seen(self, values: dict, line: int) -> str:
        for name, seen, label in (("phone", self.phones, "phone"),
                                  ("email", self.emails, "e-mail")):
            value = values.get(name)
            if value and value in seen:
                return f"{name}: the same {label} as line {seen[value]} of the file."
        for name, seen in (("phone", self.phones), ("email", self.emails)):
            if values.get(name):
                seen[values[name]] = line
        return ""


class _PurchaseCheck:
    """Groups of rows (one purchase each) -> purchase values, or the reason refused."""

    def __init__(self, plan: ImportPlan, currency: str, region: str):
        self.plan, self.currency, self.region = plan, currency, region
        self.receipts: dict[str, int] = {}  # receipt -> first line of the file

    def groups(self) -> list[list[int]]:
        keyed: dict[tuple, list[int]] = {}
        purchase_at = self._column("purchase")
        receipt_at = self._column("receipt")
        for index, row in enumerate(self.plan.table.rows):
            key: tuple = ("row", index)
            for kind, position in (("purchase", purchase_at), ("receipt", receipt_at)):
                if position is not None and position < len(row) and row[position].strip():
                    key = (kind, row[position].strip())
                    break
            keyed.setdefault(key, []).append(index)
        return list(keyed.values())

    def _column(self, name: str) -> int | None:
        return self.plan.mapping.index(name) if name in self.plan.mapping else None

    def clean(self, indices: list[int]) -> dict:
        table = self.plan.table
        given = [_fields(self.plan, table.rows[i]) for i in indices]
        first = lambda name: next((g[name] for g in given if g.get(name)), "")  # noqa: E731
        errors: dict[str, str] = {}
        out: dict = {"receipt": first("receipt"), "note": first("note")[:500], "lines": []}
        if len(out["receipt"]) > 40:
            errors["receipt"] = "A receipt number is at most 40 characters."
        try:
            out["at"] = _moment(first("at"))
        except ValidationError as err:
            errors[err.field] = err.message
        for name, parse in (("customer_phone", lambda t: phone_e164(t, self.region)),
                            ("customer_email", email_normalized),
                            ("customer_card", lambda t: t.strip())):
            text = first(name)
            if text:
                try:
                    out[name] = parse(text)
                except ValidationError as err:
                    errors[name] = err.message
        for g in given:
            if g.get("product"):
                try:
                    out["lines"].append(self._line(g))
                except ValidationError as err:
                    errors[err.field] = err.message
        total_text = first("total")
        try:
            total = money.parse(total_text, self.currency) if total_text else None
        except ValidationError as err:
            errors["total"], total = err.message, None
        if out["lines"] and "lines" not in errors and "unit_price" not in errors:
            amount = sum(line["amount"] for line in out["lines"])
            if total is not None and total != amount:
                errors["total"] = (f"The lines add up to {money.to_text(amount, self.currency)}"
                                   f", not {money.to_text(total, self.currency)}.")
            elif amount <= 0:
                errors["total"] = "The purchase total can't be zero."
            total = amount
        elif not out["lines"] and total is None and "total" not in errors:
            errors["total"] = "Give the purchase total."
        if errors:
            name = next(iter(errors))
            raise ValidationError(name, errors[name], errors)
        out["total"] = total
        return out

    def _line(self, given: dict) -> dict:
        product = " ".join(given["product"].split())
        if len(product) > 80:
            raise ValidationError("product", "The product name is too long (80 at most).")
        try:
            quantity = int(given.get("quantity", "1"))
        except ValueError:
            raise ValidationError("quantity", "The quantity must be a whole number.") from None
        if not 1 <= quantity <= 10_000:
            raise ValidationError("quantity", "The quantity must be 1 to 10000.")
        if not given.get("unit_price"):
            raise ValidationError("unit_price", "Give the product's unit price.")
        price = money.parse(given["unit_price"], self.currency, "unit_price", allow_zero=True)
        category = " ".join(given.get("category", "").split())[:60]
        return {"product": product, "category": category, "quantity": quantity,
                "unit_price": price, "amount": price * quantity}

    def check(self, session, batch: list[list[int]]) -> tuple[list, list]:
        table = self.plan.table
        cleaned, rejected = [], []

        def refuse(indices, reason):
            rejected.extend(Rejected(table.row_number(i), reason, tuple(table.rows[i]))
                            for i in indices)

        for indices in batch:
            try:
                values = self.clean(indices)
            except ValidationError as err:
                refuse(indices, _reason(err))
                continue
            receipt = values["receipt"]
            if receipt and receipt in self.receipts:
                refuse(indices, f"receipt: the same receipt as line {self.receipts[receipt]} "
                                "of the file.")
                continue
            if receipt:
                self.receipts[receipt] = table.row_number(indices[0])
            cleaned.append((indices, values))
        found = {
            "customer_phone": rows.ids_by_phone(session, _all(cleaned, "customer_phone")),
            "customer_email": rows.ids_by_email(session, _all(cleaned, "customer_email")),
            "customer_card": rows.ids_by_card(session, _all(cleaned, "customer_card")),
        }
        recorded = rows.receipts_in_use(session, _all(cleaned, "receipt"))
        good = []
        for indices, values in cleaned:
            if values["receipt"] in recorded:
                refuse(indices, "receipt: a purchase with this receipt is already in the shop.")
                continue
            customer_id, missing = None, ""
            for name, label in (("customer_card", "card"), ("customer_phone", "phone"),
                                ("customer_email", "e-mail")):
                if values.get(name):
                    customer_id = found[name].get(values[name])
                    missing = "" if customer_id else f"{name}: no customer has this {label}."
                    break
            if missing:
                refuse(indices, missing)
                continue
            good.append((indices, dict(values, customer_id=customer_id)))
        rejected.sort(key=lambda r: r.row)
        return good, rejected


def _all(cleaned: list, name: str) -> set[str]:
    return {v[name] for _, v in cleaned if v.get(name)}


def _moment(text: str) -> datetime:
    """A purchase time: UTC, naive. Without a zone it is the workstation's local time."""
    if not text:
        raise ValidationError("at", "Give the date of the purchase.")
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        at = None
        for pattern in _DAY_FIRST:
            for suffix in (" %H:%M", " %H:%M:%S", ""):
                try:
                    at = datetime.strptime(text, pattern + suffix)
                    break
                except ValueError:
                    continue
            if at:
                break
        if at is None:
            raise ValidationError("at", "Write the date as YYYY-MM-DD (and the time as "
                                        "HH:MM) or DD/MM/YYYY.") from None
    if at.tzinfo is None:
        at = at.astimezone()
    at = at.astimezone(UTC).replace(tzinfo=None)
    if at > audit.now() + timedelta(minutes=5):
        raise ValidationError("at", "A purchase can't be in the future.")
    if at.year < 2000:
        raise ValidationError("at", "That date can't be right.")
    return at


def _checker(shop, plan: ImportPlan):
    if plan.kind == "customers":
        return _CustomerCheck(plan, shop.settings.region)
    return _PurchaseCheck(plan, shop.settings.currency, shop.settings.region)


def _units(check, plan: ImportPlan) -> list:
    """What is checked and inserted as one: a row (customers) or a purchase's rows."""
    if plan.kind == "customers":
        return list(enumerate(plan.table.rows))
    return check.groups()


# -- preview and import --------------------------------------------------------------------
def preview(shop, plan: ImportPlan, limit: int = 20) -> list[PreviewRow]:
    """The first rows as they would be imported, each with the reason it would be refused."""
    check = _checker(shop, plan)
    units = _units(check, plan)[:limit]
    with shop.read() as session:
        _good, rejected = check.check(session, units)
    reasons = {r.row: r.reason for r in rejected}
    table = plan.table
    indices = [u[0] for u in units] if plan.kind == "customers" else \
        sorted(i for unit in units for i in unit)
    return [PreviewRow(table.row_number(i), tuple(table.rows[i]),
                       reasons.get(table.row_number(i), "")) for i in indices[:limit]]


def run(shop, plan: ImportPlan, *, dry_run: bool = False,
        progress: Progress | None = None) -> ImportResult:
    """Check every row and, unless `dry_run`, add what passes, all or nothing (see the
    module's notes). `progress(done, total)` after each batch; it returns False to cancel
    (nothing is kept). Managers only: an import changes the whole book."""
    staff.require_manager(shop.actor)
    problems = plan.problems()
    if problems:
        raise ValidationError("map", " ".join(problems))
    result = ImportResult(plan.kind, len(plan.table.rows), dry_run=dry_run)
    check = _checker(shop, plan)
    units = _units(check, plan)
    writer = None if dry_run else _writer(shop, plan)
    try:
        done = 0
        for start in range(0, len(units), BATCH):
            batch = units[start:start + BATCH]
            with shop.read() as session:  # a short read: the counter goes on writing
                good, rejected = check.check(session, batch)
            result.rejected.extend(rejected)
            result.imported += _rows_of(plan, good)
            result.records += len(good)
            if writer:
                writer.add(good, result)
            done += len(batch) if plan.kind == "customers" else sum(map(len, batch))
            if progress and progress(done, result.total) is False:
                raise _Cancelled
        if writer:
            writer.finish(result)
    except _Cancelled:
        if writer:
            writer.discard()
        return ImportResult(plan.kind, result.total, dry_run=dry_run, cancelled=True)
    except BaseException:  # a failure, even Ctrl+C: the hidden rows go
        if writer:
            writer.discard()
        raise
    result.rejected.sort(key=lambda r: r.row)  # a purchase's lines may be far apart
    return result


STALE = timedelta(minutes=15)  # a pending batch untouched this long: its import died


def _rows_of(plan: ImportPlan, good: list) -> int:
    return len(good) if plan.kind == "customers" else sum(len(unit) for unit, _ in good)


def _writer(shop, plan: ImportPlan):
    kind = _CustomerWriter if plan.kind == "customers" else _PurchaseWriter
    return kind(shop, plan)


def _refuse(result: ImportResult, rejected: Rejected) -> None:
    """A customer's row that passed the check but is refused when written."""
    result.rejected.append(rejected)
    result.imported -= 1
    result.records -= 1


def _taken(what: str, customer_id: int) -> str:
    return f"{what}: customer {customer_id} already has this {what}."


def discard_abandoned(shop) -> int:
    """Delete the hidden rows of imports that died half-way (the process was killed, the
    machine lost power): batches nobody has written to for STALE. Returns how many."""
    with shop.read() as session:
        stale = rows.stale_batches(session, audit.now() - STALE)
    gone = 0
    for batch_id, kind, first, last in stale:
        ids = []
        if first is not None:
            with shop.read() as session:
                ids = rows.hidden_ids(session, kind, batch_id, first, last)
        for start in range(0, len(ids), BATCH):
            with shop.write() as session:
                rows.discard(session, kind, batch_id, ids[start:start + BATCH])
        with shop.write() as session:
            rows.end_batch(session, batch_id)
        gone += len(ids)
    return gone


class _Writer:
    """Every checked batch goes in at once in its own short write transaction (bulk inserts
    and a re-check against what the counter recorded since, nothing more), hidden behind
    the import's marker; `finish` shows them all in one transaction, `discard` deletes
    them. Everything per row is done before the write lock is taken."""

    kind = ""

    def __init__(self, shop, plan: ImportPlan):
        self.shop, self.actor, self.table = shop, shop.actor, plan.table
        self.batch = 0  # the import_batches row, once something is written
        self.first = self.last = 0
        self.origin: dict = {}  # written row id -> where it came from in the file
        discard_abandoned(shop)

    def _opened(self, session, now, first_id: int) -> int:
        if not self.batch:
            self.batch = rows.start_batch(session, self.kind, now, self.actor.staff_id,
                                          self.actor.workstation)
            self.first = first_id
        return self.batch

    def _wrote(self, session, last_id: int, now) -> None:
        self.last = last_id
        rows.touch_batch(session, self.batch, self.first, self.last, now)

    def discard(self) -> None:
        """Cancelled or failed: delete the hidden rows a batch at a time (hidden, they need
        not go in one transaction). If even that fails, `discard_abandoned` removes them at
        a later import."""
        if not self.batch:
            return
        ids = sorted(self.origin)
        try:
            for start in range(0, len(ids), BATCH):
                with self.shop.write() as session:
                    rows.discard(session, self.kind, self.batch, ids[start:start + BATCH])
            with self.shop.write() as session:
                rows.end_batch(session, self.batch)
        except Exception:  # noqa: S110 - the original error is the one to report
            pass
        self.batch = 0


class _CustomerWriter(_Writer):
    kind = "customers"

    def __init__(self, shop, plan: ImportPlan):
        super().__init__(shop, plan)
        self.policy: int | None = None

    def _prepared(self, good: list) -> list[tuple[int, tuple, dict, bool]]:
        actor = self.actor
        with self.shop.read() as session:
            fresh = _new_cards(session, sum(1 for _, _, v in good if not v["card_number"]))
        if self.policy is None and any(v.get("marketing_consent") for _, _, v in good):
            self.policy = privacy.current_policy(self.shop).version
        out = []
        for line, row, values in good:
            consent = bool(values.get("marketing_consent"))
            insert = {name: values.get(name, _BLANK.get(name, "")) for name in customers.FIELDS}
            insert.update(
                marketing_consent=consent, consent_channel="import" if consent else None,
                consent_by=actor.staff_id if consent else None,
                card_number=values["card_number"] or fresh.pop(),
                created_by=actor.staff_id, created_workstation=actor.workstation,
                created_channel="import", updated_at=None, updated_by=None,
                updated_workstation=None, updated_channel=None, **customers.search_keys(values),
            )
            out.append((line, tuple(row), insert, consent))
        return out

    def add(self, good: list, result: ImportResult) -> None:
        if not good:
            return
        prepared = self._prepared(good)
        actor = self.actor
        with self.shop.write() as session:
            kept = self._recheck(session, prepared, result)
            if not kept:
                return
            now = audit.now()
            next_id = rows.next_customer_id(session)
            marker = rows.customer_marker(self._opened(session, now, next_id))
            inserts, consents = [], []
            for line, values, insert, consent in kept:
                insert.update(id=next_id, merged_into=marker, created_at=now,
                              consent_at=now if consent else None)
                inserts.append(insert)
                if consent:
                    consents.append({
                        "customer_id": next_id, "given": True, "at": now, "channel": "import",
                        "staff_id": actor.staff_id, "workstation": actor.workstation,
                        "policy_version": self.policy,
                    })
                self.origin[next_id] = (line, values)
                next_id += 1
            rows.add_customers(session, inserts)
            rows.add_consents(session, consents)
            self._wrote(session, next_id - 1, now)

    def _recheck(self, session, prepared: list, result: ImportResult) -> list:
        """Phones, e-mails and cards taken since the batch was checked: the row is refused
        (or, for a card, gets a new one), the import goes on."""
        phones = rows.ids_by_phone(session, {i["phone"] for _, _, i, _ in prepared if i["phone"]})
        emails = rows.ids_by_email(session, {i["email"] for _, _, i, _ in prepared if i["email"]})
        cards_taken = rows.cards_in_use(session, {i["card_number"] for _, _, i, _ in prepared})
        kept = []
        for line, values, insert, consent in prepared:
            phone_id, email_id = phones.get(insert["phone"]), emails.get(insert["email"])
            if phone_id or email_id:
                what = "phone" if phone_id else "e-mail"
                _refuse(result, Rejected(line, _taken(what, phone_id or email_id), values))
                continue
            if insert["card_number"] in cards_taken:
                insert["card_number"] = _new_cards(session, 1)[0]
            kept.append((line, values, insert, consent))
        return kept

    def finish(self, result: ImportResult) -> None:
        """One transaction: refuse the hidden rows whose phone or e-mail a customer
        registered at the counter took while the import ran, show the rest, audit."""
        with self.shop.write() as session:
            if self.batch:
                clashes = rows.contact_clashes(session, self.batch, self.first, self.last)
                refused: dict[int, str] = {}
                for hidden_id, name, listed_id in clashes:
                    what = "phone" if name == "phone" else "e-mail"
                    refused.setdefault(hidden_id, _taken(what, listed_id))
                rows.discard(session, self.kind, self.batch, sorted(refused))
                for hidden_id, reason in refused.items():
                    line, values = self.origin[hidden_id]
                    _refuse(result, Rejected(line, reason, values))
                rows.publish(session, self.kind, self.batch, self.first, self.last)
                rows.end_batch(session, self.batch)
            audit.record(session, self.actor, "import", "customer", None,
                         f"rows={result.imported} rejected={len(result.rejected)}")
        self.batch = 0  # published: nothing left to discard


_BLANK = {"phone": None, "email": None, "birthday": None}


def _new_cards(session, n: int) -> list[str]:
    """`n` new card numbers nobody holds, checked against the shop in one query or two."""
    out: set[str] = set()
    while len(out) < n:
        bodies = (cards.PREFIX + f"{secrets.randbelow(10**9):09d}" for _ in range(n - len(out)))
        wanted = {body + cards.luhn_digit(body) for body in bodies}
        out |= wanted - rows.cards_in_use(session, wanted)
    return list(out)


_RECEIPT_TAKEN = "receipt: a purchase with this receipt is already in the shop."
_BUYER_MERGED = "customer: this customer was merged into another meanwhile."


class _PurchaseWriter(_Writer):
    """Hidden purchases are marked voided (with the batch in `void_reason`), so no report
    or figure counts them; publishing clears the mark and recounts their customers."""

    kind = "purchases"

    def _refuse(self, result: ImportResult, indices: list[int], reason: str) -> None:
        result.rejected.extend(Rejected(self.table.row_number(i), reason,
                                        tuple(self.table.rows[i])) for i in indices)
        result.imported -= len(indices)
        result.records -= 1

    def add(self, good: list, result: ImportResult) -> None:
        if not good:
            return
        actor = self.actor
        prepared = [(indices, values, {
            "customer_id": values["customer_id"], "at": values["at"],
            "total": values["total"], "refunded": 0, "receipt": values["receipt"],
            "note": values["note"], "staff_id": actor.staff_id,
            "voided_by": actor.staff_id, "created_by": actor.staff_id,
            "created_workstation": actor.workstation, "created_channel": "import",
        }) for indices, values in good]
        receipts = {v["receipt"] for _, v, _ in prepared if v["receipt"]}
        buyers = {v["customer_id"] for _, v, _ in prepared if v["customer_id"]}
        with self.shop.write() as session:
            recorded = rows.receipts_in_use(session, receipts)
            listed = rows.listed_ids(session, buyers)
            kept = []
            for indices, values, insert in prepared:
                if values["receipt"] in recorded:
                    self._refuse(result, indices, _RECEIPT_TAKEN)
                elif values["customer_id"] and values["customer_id"] not in listed:
                    self._refuse(result, indices, _BUYER_MERGED)
                else:
                    kept.append((indices, values, insert))
            if not kept:
                return
            now = audit.now()
            next_id = rows.next_purchase_id(session)
            marker = rows.purchase_marker(self._opened(session, now, next_id))
            purchases, lines = [], []
            for indices, values, insert in kept:
                purchases.append(dict(insert, id=next_id, created_at=now, voided_at=now,
                                      void_reason=marker))
                lines.extend(dict(line, purchase_id=next_id) for line in values["lines"])
                self.origin[next_id] = indices
                next_id += 1
            rows.add_purchases(session, purchases, lines)
            self._wrote(session, next_id - 1, now)

    def finish(self, result: ImportResult) -> None:
        """One transaction: refuse hidden purchases whose receipt the counter used or whose
        customer was merged meanwhile, show the rest, recount their customers, audit."""
        with self.shop.write() as session:
            if self.batch:
                batch, first, last = self.batch, self.first, self.last
                refused = {pid: _RECEIPT_TAKEN
                           for pid in rows.receipt_clashes(session, batch, first, last)}
                for pid in rows.orphaned(session, batch, first, last):
                    refused.setdefault(pid, _BUYER_MERGED)
                rows.discard(session, self.kind, batch, sorted(refused))
                for pid, reason in refused.items():
                    self._refuse(result, self.origin[pid], reason)
                rows.add_to_figures(session, batch, first, last)
                rows.publish(session, self.kind, batch, first, last)
                rows.end_batch(session, batch)
            audit.record(session, self.actor, "import", "purchase", None,
                         f"rows={result.imported} rejected={len(result.rejected)}")
        self.batch = 0


# -- rejected rows as a file to fix ------------------------------------------------------------
def write_rejected(plan: ImportPlan, result: ImportResult, path: str | Path) -> int:
    """The refused rows with their original columns and an "error" column, for a
    spreadsheet (UTF-8 with a BOM); fix them and import this file again."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow([*plan.table.header, "error"])
            for rejected in result.rejected:
                values = list(rejected.values)[:len(plan.table.header)]
                values += [""] * (len(plan.table.header) - len(values))
                writer.writerow([*values, f"line {rejected.row}: {rejected.reason}"])
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return len(result.rejected)


def fields_for(kind: str) -> tuple[str, ...]:
    return FIELDS[kind]
