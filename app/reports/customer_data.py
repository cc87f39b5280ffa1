"""A customer's own data, printed: what the shop keeps about them (contact, consents,
purchases, loyalty, survey answers) and the audit of who looked at or changed the record.
Made from the same dictionary as the JSON export (see core.privacy.customer_data)."""

from __future__ import annotations

from pathlib import Path

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


def customer_data_pdf(path, data: dict, language: str = "en", paper: str = "A4") -> Path:
    person = data["customer"]
    name = f"{person['first_name']} {person['last_name']}".strip()
    pages = TextPages(
        path,
        f"{data['shop']} — data kept about customer {person['id']}",
        f"{data['shop']} · customer {person['id']} · exported {_when(data['exported_at'])} UTC",
        paper,
    )
    pages.title(
        name,
        f"Everything {data['shop']} keeps about you, as of "
        f"{_when(data['exported_at'])} (UTC). Customer number {person['id']}.",
    )

    pages.heading("Contact and details")
    pages.rows(
        [
            (
                label,
                ", ".join(person[key]) if isinstance(person[key], list) else str(person[key] or ""),
            )
            for key, label in CONTACT
        ]
    )
    pages.heading("Record")
    f = data["figures"]
    pages.rows(
        [
            (
                "Registered",
                f"{_when(person['created_at'])} by {person['created_by'] or '—'} on "
                f"{person['created_workstation']} ({person['created_channel']})",
            ),
            (
                "Last change",
                f"{_when(person['updated_at'])} by {person['updated_by'] or '—'}"
                if person.get("updated_at")
                else "",
            ),
            ("Visits", str(f["visits"])),
            ("Spent in all", f"{f['lifetime_spend']} {data['currency']}"),
            ("First visit", _when(f["first_visit"])),
            ("Last visit", _when(f["last_visit"])),
        ]
    )

    pages.heading("Marketing consent")
    pages.rows([("Offers and news", "Yes" if person["marketing_consent"] else "No")])
    pages.table(
        ["When (UTC)", "Consent", "How", "Staff", "Workstation", "Policy version"],
        [
            [
                _when(c["at"]),
                "given" if c["given"] else "withdrawn",
                c["channel"],
                c["staff"],
                c["workstation"],
                str(c["policy_version"] or ""),
            ]
            for c in data["consents"]
        ],
        [3, 2, 2, 2, 3, 2],
        empty="No consent was ever recorded.",
    )

    pages.heading(f"Purchases ({len(data['purchases'])})")
    body = []
    for p in data["purchases"]:
        items = ", ".join(f"{ln['quantity']} × {ln['product']}" for ln in p["lines"])
        state = (
            "voided"
            if p["voided"]
            else (f"refunded {p['refunded']}" if p["refunded"] not in ("0", "0.00") else "")
        )
        body.append([_when(p["at"]), p["receipt"], p["total"], state, items])
    pages.table(
        ["When (UTC)", "Receipt", f"Total ({data['currency']})", "", "Items"],
        body,
        [3, 2, 2, 2, 6],
        empty="No purchases.",
    )

    pages.heading("Loyalty")
    loyalty = data["loyalty"]
    pages.rows(
        [(b["program"], str(b["balance"])) for b in loyalty["balances"]] or [("Balances", "")]
    )
    pages.table(
        ["When (UTC)", "Program", "What", "Change", "Reason"],
        [
            [_when(e["at"]), e["program"], e["kind"], f"{e['amount']:+d}", e["reason"]]
            for e in loyalty["ledger"]
        ],
        [3, 3, 2, 1.5, 4],
        empty="No loyalty history.",
    )

    pages.heading("Survey answers")
    pages.table(
        ["When (UTC)", "Survey", "Question", "Answer"],
        [[_when(a["at"]), a["survey"], a["question"], a["answer"]] for a in data["survey_answers"]],
        [3, 3, 5, 5],
        empty="No survey answers.",
    )

    pages.heading("Who looked at or changed this record")
    pages.table(
        ["When (UTC)", "Staff", "Workstation", "How", "Action", "Fields"],
        [
            [
                _when(e["at"]),
                e["staff"],
                e["workstation"],
                e["channel"],
                e["action"],
                e["detail"].replace(",", ", "),
            ]
            for e in data["audit"]
        ],
        [3, 2, 3, 2, 2, 5],
        empty="Nothing in the audit log.",
    )
    pages.gap()
    pages.paragraph(
        "You can ask us to correct any of this, to stop offers and news, or to "
        "erase you from our customer list.",
        9,
    )
    pages.close()
    return Path(path)
