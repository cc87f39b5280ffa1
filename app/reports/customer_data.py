"""A customer's own data, printed: what the shop keeps about them (contact, consents,
purchases, loyalty, survey answers) and the audit of who looked at or changed the record.
Made from the same dictionary as the JSON export (see core.customer_data.customer_data)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from app.core import calendars, money
from app.core.customers import CHOICES
from app.reports import numbers
from app.reports.customer_data_codes import label
from app.reports.customer_data_words import words_for
from app.reports.text_pages import TextPages

CONTACT = (
    ("first_name", "First name"),
    ("last_name", "Last name"),
    ("phone", "Phone"),
    ("email", "E-mail"),
    ("address", "Address"),
    ("birthday", "Birthday"),
    ("card_number", "Loyalty card"),
    ("how_heard", "Heard of us through"),
    ("tags", "Tags"),
    ("notes", "Notes"),
    ("income_range", "Household income"),
    ("children", "Children"),
    ("education", "Education"),
    ("occupation", "Occupation"),
)


def _when(iso: str | None) -> str:
    return (iso or "").replace("T", " ")[:16]


class _Say:
    """Words, times, days, counts and money in the export's language. English keeps the
    stored UTC times as they are; Hebrew and Persian get local time in their calendar
    (Jalali for Persian) and Persian digits."""

    def __init__(self, language: str, currency: str):
        self.language = language if language in ("he", "fa") else "en"
        self.currency = currency
        self.t = words_for(self.language)

    def when(self, iso: str | None) -> str:
        if not iso or self.language == "en":
            return _when(iso)
        return calendars.report_datetime(datetime.fromisoformat(iso), self.language)

    def day(self, iso: str) -> str:
        if self.language == "en":
            return iso
        return calendars.report_date(date.fromisoformat(iso), self.language)

    def n(self, value) -> str:
        return calendars.local_digits(str(value), self.language)

    def code(self, what: str, code: str | None) -> str:
        """A stored code in the words the screens use ('friend' -> 'A friend told them')."""
        return label(what, code, self.language)

    def detail(self, action: str, detail: str) -> str:
        """The audit entry's detail: field names for a change, the reason for an erasure."""
        if action == "erase":
            return self.code("erase_reason", detail)
        if action in ("create", "update"):
            names = dict(CONTACT) | {"marketing_consent": "Marketing consent"}
            return ", ".join(self.t(names.get(f, f)) for f in detail.split(",") if f)
        return detail.replace(",", ", ")

    def money(self, amount: str) -> str:
        if self.language == "en":
            return amount
        minor = money.parse(amount, self.currency, allow_zero=True)
        return numbers.money(minor, self.currency, self.language)

    def when_header(self) -> str:
        return "When (UTC)" if self.language == "en" else self.t("When")


def customer_data_pdf(path, data: dict, language: str = "en", paper: str = "A4") -> Path:
    person = data["customer"]
    name = f"{person['first_name']} {person['last_name']}".strip()
    say = _Say(language, data["currency"])
    t, english = say.t, say.language == "en"
    exported = say.when(data["exported_at"])
    who = say.n(person["id"])
    pages = TextPages(
        path,
        t("{shop} — data kept about customer {id}", shop=data["shop"], id=who),
        t(
            "{shop} · customer {id} · exported {when}",
            shop=data["shop"],
            id=who,
            when=f"{exported} UTC" if english else exported,
        ),
        paper,
        language=say.language,
    )
    pages.title(
        name,
        t(
            "Everything {shop} keeps about you, as of {when}. Customer number {id}.",
            shop=data["shop"],
            when=f"{exported} (UTC)" if english else exported,
            id=who,
        ),
    )

    pages.heading(t("Contact and details"))

    def shown(key: str) -> str:
        value = person[key]
        if isinstance(value, list):
            return ", ".join(value)
        if key == "birthday" and value:
            return say.day(value)
        if key in CHOICES:
            return say.code(key, value)
        return str(value or "")

    pages.rows([(t(label), shown(key)) for key, label in CONTACT])
    pages.heading(t("Record"))
    f = data["figures"]
    pages.rows(
        [
            (
                t("Registered"),
                t(
                    "{when} by {staff} on {workstation} ({channel})",
                    when=say.when(person["created_at"]),
                    staff=person["created_by"] or "—",
                    workstation=person["created_workstation"],
                    channel=say.code("channel", person["created_channel"]),
                ),
            ),
            (
                t("Last change"),
                t(
                    "{when} by {staff}",
                    when=say.when(person["updated_at"]),
                    staff=person["updated_by"] or "—",
                )
                if person.get("updated_at")
                else "",
            ),
            (t("Visits"), say.n(f["visits"])),
            (
                t("Spent in all"),
                f"{f['lifetime_spend']} {data['currency']}"
                if english
                else say.money(f["lifetime_spend"]),
            ),
            (t("First visit"), say.when(f["first_visit"])),
            (t("Last visit"), say.when(f["last_visit"])),
        ]
    )

    pages.heading(t("Marketing consent"))
    pages.rows([(t("Offers and news"), t("Yes") if person["marketing_consent"] else t("No"))])
    pages.table(
        [
            say.when_header(),
            t("Consent"),
            t("How"),
            t("Staff"),
            t("Workstation"),
            t("Policy version"),
        ],
        [
            [
                say.when(c["at"]),
                t("given") if c["given"] else t("withdrawn"),
                say.code("channel", c["channel"]),
                c["staff"],
                c["workstation"],
                say.n(c["policy_version"] or ""),
            ]
            for c in data["consents"]
        ],
        [3, 2, 2, 2, 3, 2],
        empty=t("No consent was ever recorded."),
    )

    pages.heading(t("Purchases ({n})", n=say.n(len(data["purchases"]))))
    body = []
    for p in data["purchases"]:
        items = ", ".join(f"{say.n(ln['quantity'])} × {ln['product']}" for ln in p["lines"])
        state = (
            t("voided")
            if p["voided"]
            else (
                t("refunded {amount}", amount=say.money(p["refunded"]))
                if p["refunded"] not in ("0", "0.00")
                else ""
            )
        )
        body.append([say.when(p["at"]), p["receipt"], say.money(p["total"]), state, items])
    pages.table(
        [
            say.when_header(),
            t("Receipt"),
            t("Total ({currency})", currency=data["currency"]),
            "",
            t("Items"),
        ],
        body,
        [3, 2, 2, 2, 6],
        empty=t("No purchases."),
    )

    pages.heading(t("Loyalty"))
    loyalty = data["loyalty"]
    pages.rows(
        [(b["program"], say.n(b["balance"])) for b in loyalty["balances"]] or [(t("Balances"), "")]
    )
    pages.table(
        [say.when_header(), t("Program"), t("What"), t("Change"), t("Reason")],
        [
            [
                say.when(e["at"]),
                e["program"],
                say.code("loyalty_kind", e["kind"]),
                say.n(f"{e['amount']:+d}"),
                say.code("loyalty_reason", e["reason"]),
            ]
            for e in loyalty["ledger"]
        ],
        [3, 3, 2, 1.5, 4],
        empty=t("No loyalty history."),
    )

    pages.heading(t("Survey answers"))
    pages.table(
        [say.when_header(), t("Survey"), t("Question"), t("Answer")],
        [
            [say.when(a["at"]), a["survey"], a["question"], a["answer"]]
            for a in data["survey_answers"]
        ],
        [3, 3, 5, 5],
        empty=t("No survey answers."),
    )

    pages.heading(t("Who looked at or changed this record"))
    pages.table(
        [say.when_header(), t("Staff"), t("Workstation"), t("How"), t("Action"), t("Fields")],
        [
            [
                say.when(e["at"]),
                e["staff"],
                e["workstation"],
                say.code("channel", e["channel"]),
                say.code("action", e["action"]),
                say.detail(e["action"], e["detail"]),
            ]
            for e in data["audit"]
        ],
        [3, 2, 3, 2, 2, 5],
        empty=t("Nothing in the audit log."),
    )
    pages.gap()
    pages.paragraph(
        t(
            "You can ask us to correct any of this, to stop offers and news, or to "
            "erase you from our customer list."
        ),
        9,
    )
    pages.close()
    return Path(path)
