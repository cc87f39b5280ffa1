"""A customer's own data on their request: everything the shop keeps about them, written
as a JSON file and a readable PDF.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.core import audit, money, staff
from app.core.consent import ConsentLine
from app.core.errors import NotFound, ValidationError
from app.core.files import write_whole
from app.core.privacy import _iso
from app.store import customers as customer_rows
from app.store import privacy as rows


@dataclass(frozen=True)
class Export:
    json_path: Path
    pdf_path: Path
    data: dict


def customer_data(session, shop, customer_id: int) -> dict:
    """Everything the shop keeps about one customer, as plain JSON values."""
    from app.core import customers, surveys  # noqa: PLC0415 - both use this module

    row = customer_rows.get(session, customer_id)
    if row is None:
        raise NotFound("There is no customer {id}.", id=customer_id)
    currency = shop.settings.currency
    cash = lambda minor: money.to_text(minor, currency)  # noqa: E731
    person = customers._full(session, row, shop.settings.region).to_json()
    bought = rows.purchases_of(session, customer_id)
    lines: dict[int, list] = {}
    for line in rows.lines_of(session, [p.id for p in bought]):
        lines.setdefault(line.purchase_id, []).append(line)
    ledger = rows.ledger_of(session, customer_id)
    held: dict[str, int] = {}
    for entry, program in ledger:
        held[program] = held.get(program, 0) + entry.amount
    return {
        "shop": shop.settings.shop_name,
        "exported_at": _iso(audit.now()),
        "currency": currency,
        "customer": person,
        "figures": {
            "visits": row.visits,
            "lifetime_spend": cash(row.spend),
            "first_visit": _iso(row.first_visit),
            "last_visit": _iso(row.last_visit),
        },
        "consents": [
            ConsentLine(
                e.at, e.given, e.channel, name or "", e.workstation, e.policy_version
            ).to_json()
            for e, name in reversed(rows.consents(session, customer_id))
        ],
        "purchases": [
            {
                "id": p.id,
                "at": _iso(p.at),
                "total": cash(p.total),
                "refunded": cash(p.refunded),
                "receipt": p.receipt,
                "voided": p.voided_at is not None,
                "lines": [
                    {
                        "product": ln.product,
                        "category": ln.category,
                        "quantity": ln.quantity,
                        "amount": cash(ln.amount),
                    }
                    for ln in lines.get(p.id, [])
                ],
            }
            for p in bought
        ],
        "loyalty": {
            "balances": [{"program": name, "balance": total} for name, total in held.items()],
            "ledger": [
                {
                    "at": _iso(e.at),
                    "program": program,
                    "kind": e.kind,
                    "amount": e.amount,
                    "reason": e.reason,
                    "purchase_id": e.purchase_id,
                }
                for e, program in ledger
            ],
        },
        "survey_answers": [
            {
                "at": _iso(r.at),
                "survey": name,
                "channel": r.channel,
                "question": q.prompt,
                "kind": a.kind,
                "answer": surveys.answer_text(a.kind, a.number, a.value, a.comment),
            }
            for r, name, a, q in rows.answers_of(session, customer_id)
        ],
        "audit": [
            {
                "at": _iso(e.at),
                "staff": who or "",
                "workstation": e.workstation,
                "channel": e.channel,
                "action": e.action,
                "detail": e.detail,
            }
            for e, who in rows.audit_of(session, customer_id)
        ],
    }


def export_data(shop, customer_id: int, folder: Path) -> Export:
    """A customer's data on their request: a JSON file and a readable PDF in `folder`
    (named by customer number, never by name). Managers only; the export itself is in the
    audit log, and in the export. Files are written whole or not at all."""
    from app.reports.customer_data import customer_data_pdf  # noqa: PLC0415

    staff.require_manager(shop.actor)
    folder = Path(folder)
    if not folder.is_dir():
        raise ValidationError("folder", "The folder {folder} doesn't exist.", folder=folder)
    stem = f"customer-{customer_id}-{date.today().isoformat()}"
    json_path, pdf_path = folder / f"{stem}.json", folder / f"{stem}.pdf"
    with shop.write() as session:
        if customer_rows.get(session, customer_id) is None:
            raise NotFound("There is no customer {id}.", id=customer_id)
        audit.record(session, shop.actor, "export", "customer", customer_id, "json,pdf")
        session.flush()
        data = customer_data(session, shop, customer_id)
        write_whole(
            json_path,
            lambda p: Path(p).write_text(
                json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8"
            ),
            "folder",
        )
        write_whole(pdf_path, lambda p: customer_data_pdf(p, data, shop.settings.language),
                    "folder")
    return Export(json_path, pdf_path, data)
