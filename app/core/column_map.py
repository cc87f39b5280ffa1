"""Which CSV column holds which field: a guess from the header, overridable column by column.

The guess knows generic names in English, Hebrew and Persian, Counterpart's own export, and
the customer exports of other shop systems (Shopify, Square, Lightspeed/Vend, WooCommerce).
Headers are compared folded: case, spaces, underscores, dashes, dots and quote marks
(e.g. the gershayim of דוא"ל) don't matter.
"""

from __future__ import annotations

import re

from app.core.errors import ValidationError
from app.core.normalize import name_key

IGNORE = ""  # a column that is not imported

CUSTOMER_FIELDS = (
    "first_name", "last_name", "full_name", "phone", "email", "address", "birthday",
    "how_heard", "notes", "tags", "marketing_consent", "card_number", "income_range",
    "children", "education", "occupation",
)
PURCHASE_FIELDS = (
    "purchase", "receipt", "at", "customer_phone", "customer_email", "customer_card", "total",
    "product", "category", "quantity", "unit_price", "note",
)
FIELDS = {"customers": CUSTOMER_FIELDS, "purchases": PURCHASE_FIELDS}

_CUSTOMER_NAMES = {
    "first_name": (
        "first name", "firstname", "first", "given name", "forename", "name first",
        "billing first name", "customer first name", "שם פרטי", "פרטי", "نام", "نام کوچک",
    ),
    "last_name": (
        "last name", "lastname", "surname", "family name", "last", "billing last name",
        "customer last name", "שם משפחה", "משפחה", "نام خانوادگی", "فامیلی", "نام فامیل",
    ),
    "full_name": (
        "name", "full name", "customer name", "customer", "display name", "contact name",
        "שם", "שם מלא", "שם הלקוח", "לקוח", "نام کامل", "نام و نام خانوادگی", "مشتری",
    ),
    "phone": (
        "phone", "phone number", "telephone", "tel", "mobile", "mobile number", "cell",
        "cell phone", "mobile phone", "contact phone", "billing phone", "default address phone",
        "טלפון", "נייד", "טלפון נייד", "מספר טלפון", "פלאפון", "תלפון", "تلفن", "موبایل",
        "شماره تلفن", "شماره موبایل", "تلفن همراه", "همراه",
    ),
    "email": (
        "email", "e mail", "email address", "mail", "billing email", "customer email",
        "דואל", "דוא ל", "אימייל", "מייל", "דואר אלקטרוני", "ایمیل", "پست الکترونیک",
        "رایانامه",
    ),
    "address": (
        "address", "street", "address1", "street address", "default address address1",
        "physical address1", "billing address 1", "street address 1", "address line 1",
        "postal address", "כתובת", "آدرس", "نشانی",
    ),
    "birthday": (
        "birthday", "birth date", "birthdate", "date of birth", "dob", "תאריך לידה",
        "יום הולדת", "تاریخ تولد", "تولد",
    ),
    "how_heard": ("how heard", "how did you hear about us", "referral source", "source"),
    "notes": ("notes", "note", "comments", "memo", "הערות", "הערה", "یادداشت", "توضیحات"),
    "tags": ("tags", "tag", "groups", "customer group", "תגיות", "برچسب ها", "برچسب"),
    "marketing_consent": (
        "marketing consent", "accepts email marketing", "accepts marketing", "consent",
        "email subscription status", "newsletter", "opt in", "subscribed", "do not email",
        "accepts sms marketing", "הסכמה", "דיוור", "מאשר דיוור", "رضایت", "خبرنامه",
    ),
    "card_number": ("card number", "card", "loyalty card", "customer code", "מספר כרטיס",
                    "כרטיס", "شماره کارت", "کارت"),
    "income_range": ("income range",),
    "children": ("children",),
    "education": ("education",),
    "occupation": ("occupation",),
}
_PURCHASE_NAMES = {
    "purchase": ("purchase", "purchase id", "order", "order id", "order number", "sale id",
                 "transaction id", "מספר הזמנה", "شماره سفارش"),
    "receipt": ("receipt", "receipt number", "invoice", "invoice number", "קבלה",
                "מספר קבלה", "חשבונית", "رسید", "شماره فاکتور", "فاکتور"),
    "at": ("at", "date", "time", "datetime", "created at", "sale date", "order date",
           "paid at", "תאריך", "تاریخ"),
    "customer_phone": ("customer phone", "phone", "mobile", "billing phone", "טלפון", "נייד",
                       "تلفن", "موبایل"),
    "customer_email": ("customer email", "email", "e mail", "billing email", "דואל",
                       "אימייל", "ایمیل"),
    "customer_card": ("customer card", "card", "card number", "loyalty card", "כרטיס",
                      "کارت"),
    "total": ("total", "amount", "order total", "sale total", "grand total", "סכום",
              "סה כ", "סהכ", "مبلغ", "جمع کل"),
    "product": ("product", "item", "lineitem name", "product name", "item name", "מוצר",
                "פריט", "محصول", "کالا"),
    "category": ("category", "product category", "קטגוריה", "دسته", "دسته بندی"),
    "quantity": ("quantity", "qty", "lineitem quantity", "כמות", "تعداد"),
    "unit_price": ("unit price", "price", "lineitem price", "item price", "מחיר",
                   "מחיר יחידה", "قیمت", "قیمت واحد"),
    "note": ("note", "notes", "הערה", "یادداشت"),
}
_PUNCT = re.compile(r"[\s_\-./'\"׳״:()#*\u200c\u200e\u200f]+")


def fold(header: str) -> str:
    """'E-Mail Address' -> 'e mail address'; 'דוא"ל' -> 'דו א ל' -> 'דואל'-like forms."""
    return " ".join(_PUNCT.sub(" ", name_key(header)).split())


def _index(names: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, int]]:
    """folded alias -> (field, rank): the lower the rank, the surer the guess."""
    out: dict[str, tuple[str, int]] = {}
    for target, aliases in names.items():
        for rank, alias in enumerate((target, *aliases)):
            out.setdefault(fold(alias), (target, rank))
            out.setdefault(fold(alias).replace(" ", ""), (target, rank))
    return out


_INDEX = {"customers": _index(_CUSTOMER_NAMES), "purchases": _index(_PURCHASE_NAMES)}


def guess(header: list[str], kind: str = "customers") -> list[str]:
    """The field each column most likely holds ("" when none). A field goes to one column:
    the surest match ("Phone" before "Default Address Phone"), then the first."""
    index = _INDEX[kind]
    best: dict[str, tuple[int, int]] = {}  # field -> (rank, column)
    for position, name in enumerate(header):
        folded = fold(name)
        found = index.get(folded) or index.get(folded.replace(" ", ""))
        if found and (found[0] not in best or (found[1], position) < best[found[0]]):
            best[found[0]] = (found[1], position)
    out = [IGNORE] * len(header)
    for target, (_rank, position) in best.items():
        out[position] = target
    if kind == "customers" and "first_name" in out and "full_name" in out:
        out[out.index("full_name")] = IGNORE  # "Name" beside "First Name" is a label
    return out


def apply_overrides(header: list[str], mapping: list[str], overrides: dict[str, str],
                    kind: str = "customers") -> list[str]:
    """`overrides`: CSV column name (as in the header) -> field, or "" / "ignore" to skip it.
    A field given to a column is taken away from any other column."""
    out = list(mapping)
    by_name = {name.casefold(): i for i, name in enumerate(header)}
    for column, target in overrides.items():
        target = "" if target.strip().lower() in ("", "ignore", "-") else target.strip()
        if target and target not in FIELDS[kind]:
            raise ValidationError(
                "map", "There is no field {field}. Fields: {fields}.", field=target,
                fields=", ".join(FIELDS[kind]))
        position = by_name.get(column.strip().casefold())
        if position is None:
            raise ValidationError("map", "The file has no column called {column}.", column=column)
        if target:
            out = [IGNORE if t == target else t for t in out]
        out[position] = target
    return out


def parse_map_options(options: list[str]) -> dict[str, str]:
    """--map 'CSV_COLUMN=FIELD' options -> {column: field}."""
    out = {}
    for option in options or ():
        column, sep, target = option.rpartition("=")
        if not sep or not column.strip():
            raise ValidationError("map", "Write --map as CSV_COLUMN=FIELD, not {option}.",
                                  option=repr(option))
        out[column.strip()] = target.strip()
    return out
