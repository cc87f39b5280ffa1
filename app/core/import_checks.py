"""Checking an import's rows: each customer row, or each purchase's rows, parsed, validated
and looked up against the shop in bulk -> the values to insert, or the reason refused."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app.core import audit, customers, money
from app.core.column_map import IGNORE
from app.core.errors import Amount, Message, ValidationError
from app.core.import_plan import ImportPlan, Rejected
from app.core.normalize import email_normalized, phone_e164
from app.store import transfer as rows

_FORMULA_START = ("=", "+", "-", "@")
_YES = {"1", "true", "yes", "y", "x", "on", "subscribed", "opted in", "opt in", "accepted",
        "כן", "بله", "آره", "بلی"}
_NO = {"0", "false", "no", "n", "off", "unsubscribed", "not subscribed", "opted out",
       "never subscribed", "pending", "לא", "نه", "خیر"}
_DAY_FIRST = ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d")


def _cell(text: str) -> str:
    """A cell as typed; our exports put an apostrophe before a formula-like start."""
    text = text.strip()
    if text.startswith("'") and text[1:2] in _FORMULA_START:
        return text[1:]
    return text


def _fields(plan: ImportPlan, row: tuple[str, ...]) -> dict[str, str]:
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


# A row's field as a refusal names it: the English is the field's code ("first_name: …"),
# a Hebrew or Persian screen translates it.
FIELD_NAMES = {
    "first_name": Message("first_name"), "last_name": Message("last_name"),
    "phone": Message("phone"), "email": Message("email"), "address": Message("address"),
    "birthday": Message("birthday"), "how_heard": Message("how_heard"),
    "notes": Message("notes"), "tags": Message("tags"),
    "marketing_consent": Message("marketing_consent"),
    "income_range": Message("income_range"), "children": Message("children"),
    "education": Message("education"), "occupation": Message("occupation"),
    "card_number": Message("card_number"), "receipt": Message("receipt"), "at": Message("at"),
    "customer_phone": Message("customer_phone"), "customer_email": Message("customer_email"),
    "customer_card": Message("customer_card"), "product": Message("product"),
    "quantity": Message("quantity"), "unit_price": Message("unit_price"),
    "total": Message("total"), "customer": Message("customer"),
}
RECEIPT_IN_SHOP = Message("receipt: a purchase with this receipt is already in the shop.")
_NO_BUYER = {
    "customer_card": Message("customer_card: no customer has this card."),
    "customer_phone": Message("customer_phone: no customer has this phone."),
    "customer_email": Message("customer_email: no customer has this e-mail."),
}


def _reason(err: ValidationError) -> Message:
    """Every bad field of a row and what is wrong with it: "phone: …; birthday: …"."""
    parts = [Message("{field}: {problem}", field=FIELD_NAMES.get(name, name), problem=message)
             for name, message in err.errors.items()]
    reason = parts[-1]
    for part in reversed(parts[:-1]):
        reason = Message("{first}; {then}", first=part, then=reason)
    return reason


def taken(what: str, customer_id: int) -> Message:
    """A phone or e-mail another customer of the shop already has."""
    return Message("{what}: customer {id} already has this {what}.",
                   what=Message("phone") if what == "phone" else Message("e-mail"),
                   id=customer_id)


class CustomerCheck:
    """Rows -> cleaned customer values, or the reason each is refused."""

    def __init__(self, plan: ImportPlan, region: str):
        self.plan, self.region = plan, region
        self.phones: dict[str, int] = {}  # seen in the file -> line
        self.emails: dict[str, int] = {}
        self.cards: set[str] = set()

    def clean(self, row: tuple[str, ...]) -> dict:
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
            errors["card_number"] = Message("A card number is 4 to 20 letters or digits.")
        try:
            values = customers.clean(given, self.region)
        except ValidationError as err:
            raise ValidationError(err.field, err.message, {**err.errors, **errors}) from None
        if errors:
            first = next(iter(errors))
            raise ValidationError(first, errors[first], errors)
        values["card_number"] = card
        return values

    def check(self, session, batch: list[tuple[int, tuple[str, ...]]]) -> tuple[list, list]:
        plan = self.plan
        cleaned, rejected = [], []
        for index, row in batch:
            line = plan.table.row_number(index)
            try:
                values = self.clean(row)
            except ValidationError as err:
                rejected.append(Rejected(line, _reason(err), row))
                continue
            same = self._seen(values, line)
            if same:
                rejected.append(Rejected(line, same, row))
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
                rejected.append(Rejected(line, taken(what, phone_id or email_id), row))
                continue
            if not values["card_number"] or values["card_number"] in taken_cards \
                    or values["card_number"] in self.cards:
                values["card_number"] = ""
            self.cards.add(values["card_number"])
            good.append((line, row, values))
        rejected.sort(key=lambda r: r.row)
        return good, rejected

    def _seen(self, values: dict, line: int) -> str:
        for name, seen in (("phone", self.phones), ("email", self.emails)):
            value = values.get(name)
            if value and value in seen:
                if name == "phone":
                    return Message("phone: the same phone as line {line} of the file.",
                                   line=seen[value])
                return Message("email: the same e-mail as line {line} of the file.",
                               line=seen[value])
        for name, seen in (("phone", self.phones), ("email", self.emails)):
            if values.get(name):
                seen[values[name]] = line
        return ""


class PurchaseCheck:
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
            errors["receipt"] = Message("A receipt number is at most 40 characters.")
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
                errors["total"] = Message("The lines add up to {lines}, not {total}.",
                                          lines=Amount(amount, self.currency),
                                          total=Amount(total, self.currency))
            elif amount <= 0:
                errors["total"] = Message("The purchase total can't be zero.")
            total = amount
        elif not out["lines"] and total is None and "total" not in errors:
            errors["total"] = Message("Give the purchase total.")
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
            rejected.extend(Rejected(table.row_number(i), reason, table.rows[i])
                            for i in indices)

        for indices in batch:
            try:
                values = self.clean(indices)
            except ValidationError as err:
                refuse(indices, _reason(err))
                continue
            receipt = values["receipt"]
            if receipt and receipt in self.receipts:
                refuse(indices, Message("receipt: the same receipt as line {line} of the file.",
                                        line=self.receipts[receipt]))
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
                refuse(indices, RECEIPT_IN_SHOP)
                continue
            customer_id, missing = None, ""
            for name in ("customer_card", "customer_phone", "customer_email"):
                if values.get(name):
                    customer_id = found[name].get(values[name])
                    missing = "" if customer_id else _NO_BUYER[name]
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
