"""Writing an import's checked rows as hidden batches in short write transactions,
publishing them all at once, and deleting them on a cancel, a failure or a dead import."""

from __future__ import annotations

import secrets
from datetime import timedelta

from app.core import audit, cards, customers, privacy
from app.core.errors import Message
from app.core.import_checks import RECEIPT_IN_SHOP, taken
from app.core.import_plan import ImportPlan, ImportResult, Rejected
from app.store import transfer as rows

BATCH = 2000  # rows checked, then inserted, at a time (one short write transaction each)
STALE = timedelta(minutes=15)  # a pending batch untouched this long: its import died


def _refuse(result: ImportResult, rejected: Rejected) -> None:
    """A customer's row that passed the check but is refused when written."""
    result.rejected.append(rejected)
    result.imported -= 1
    result.records -= 1


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


class CustomerWriter(_Writer):
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
            out.append((line, row, insert, consent))
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
                _refuse(result, Rejected(line, taken(what, phone_id or email_id), values))
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
                    refused.setdefault(hidden_id, taken(what, listed_id))
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


_BUYER_MERGED = Message("customer: this customer was merged into another meanwhile.")


class PurchaseWriter(_Writer):
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
                    self._refuse(result, indices, RECEIPT_IN_SHOP)
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
                refused = {pid: RECEIPT_IN_SHOP
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
