"""Consent and privacy on a real encrypted shop: the policy in versions, consent history
given and withdrawn under the policy of the day, a customer's data exported as JSON and a
readable PDF, erasure that keeps the shop's figures and leaves no trace in the file, the
customers inactive long enough to erase, and the manager-only actions refused to a cashier."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import sqlcipher3

from app.core import (
    alerts,
    audit,
    consent,
    customer_data,
    customers,
    erasure,
    loyalty,
    paths,
    privacy,
    purchases,
    retention,
    surveys,
)
from app.core.errors import Conflict, PermissionDenied, ValidationError
from app.core.purchases import LineInput
from app.store.models import Customer
from tests.conftest import CASHIER, FAST_KDF, PASSPHRASE, staff_named

ZEB = {
    "first_name": "Zebulon",
    "last_name": "Quixotic",
    "phone": "052-987-6543",
    "email": "zebulon.q@example.org",
    "address": "Marmalade Lane 17",
    "notes": "Likes xylophone biscuits",
    "tags": "regular",
    "birthday": "1980-04-02",
    "marketing_consent": True,
}
NEEDLES = [
    b"Zebulon",
    b"zebulon",
    b"ZEBULON",
    b"Quixotic",
    b"quixotic",
    b"+972529876543",
    b"0529876543",
    b"052-987-6543",
    b"529876543",
    b"zebulon.q@example.org",
    b"Marmalade",
    b"marmalade",
    b"xylophone",
]
# The search index holds trigrams, each stored after its length byte in an FTS5 leaf (unless
# it shares its first letters with the term before it: these three don't in this shop).
TRIGRAMS = [b"\x03zeb", b"\x03uix", b"\x03ixo"]


def as_cashier(shop) -> None:
    shop.act_as(staff_named(shop, CASHIER[0]))


def pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def dana(shop) -> int:
    return customers.resolve(shop, "052-555-1234").id


def spent(shop, customer_id: int) -> int:
    with shop.read() as session:
        return session.get(Customer, customer_id).spend


def stamp_card(shop) -> loyalty.Program:
    return loyalty.add_program(
        shop, {"kind": "punch", "name": "Coffee card", "punches": "5", "reward": "A free coffee"}
    )


def zebulon_with_history(shop) -> tuple[int, loyalty.Program, surveys.Survey]:
    """Zebulon registered, with a sale, a stamp, and a detractor answer naming himself."""
    program = stamp_card(shop)
    zeb = customers.register(shop, ZEB).id
    customers.update(shop, zeb, {"notes": "Zebulon asked about marmalade"})  # an old version
    bought = purchases.record(
        shop, zeb, lines=[LineInput("Coffee", 2, "12", "drinks")], note="for Zebulon's office"
    )
    purchases.refund(shop, bought.id, "4", reason="Zebulon Quixotic spilled one")
    nps = next(s for s in surveys.list_surveys(shop) if s.name == "Checkout NPS")
    q = nps.questions[0].id
    surveys.answer(
        shop, nps.id, {q: {"score": 3, "why": "Zebulon says never again"}}, customer_id=zeb
    )
    return zeb, program, nps


# -- the policy -------------------------------------------------------------------------------
def test_version_one_is_the_shipped_text_with_the_shops_name(shop):
    policy = privacy.current_policy(shop)
    assert policy.version == 1 and policy.created_by == ""
    assert "Corner Café" in policy.text and "{shop}" not in policy.text
    assert "erase" in policy.text
    for language in ("he", "fa"):
        assert privacy.default_policy_text(language, "X") != privacy.default_policy_text("en", "X")


def test_a_manager_saves_new_versions_and_the_old_ones_stay(shop):
    first = privacy.current_policy(shop)
    second = privacy.save_policy(shop, "We keep your name.\n\nAsk us to erase it.  ")
    assert (second.version, second.text, second.created_by) == (
        2,
        "We keep your name.\n\nAsk us to erase it.",
        "Maya",
    )
    assert privacy.save_policy(shop, second.text).version == 2  # the same words: no version
    assert [(p.version, p.text) for p in privacy.policy_versions(shop)] == [
        (2, second.text),
        (1, first.text),
    ]
    assert privacy.current_policy(shop).version == 2
    with pytest.raises(ValidationError) as refused:
        privacy.save_policy(shop, "   \n ")
    assert refused.value.field == "text"


# -- consent ----------------------------------------------------------------------------------
def test_consent_history_keeps_time_channel_staff_and_policy_version(shop):
    zeb = customers.register(shop, ZEB).id  # consent given at registration, under version 1
    privacy.save_policy(shop, "Version two of our policy.")
    as_cashier(shop)  # withdrawing is as easy as giving, for any staff member
    withdrawn = consent.withdraw_consent(shop, zeb)
    assert withdrawn.marketing_consent is False
    given = consent.give_consent(shop, zeb, channel="phone")
    assert given.marketing_consent is True and given.consent_channel == "phone"

    history = consent.consent_history(shop, zeb)
    assert [(c.given, c.channel, c.staff, c.policy_version) for c in history] == [
        (True, "phone", "Sam", 2),
        (False, "counter", "Sam", 2),
        (True, "counter", "Maya", 1),
    ]
    assert all(c.workstation == shop.actor.workstation for c in history)
    assert history[0].at >= history[1].at >= history[2].at

    # the same answer again records nothing; a newer policy is agreed to anew
    consent.give_consent(shop, zeb)
    assert len(consent.consent_history(shop, zeb)) == 3
    with pytest.raises(ValidationError):
        consent.give_consent(shop, zeb, channel="carrier pigeon")


def test_the_customer_form_records_consent_changes_too(shop):
    customer = dana(shop)
    assert consent.consent_history(shop, customer) == []  # registered without consent
    customers.update(shop, customer, {"marketing_consent": True})
    customers.update(shop, customer, {"notes": "oat milk"})  # consent untouched: no event
    customers.update(shop, customer, {"marketing_consent": False})
    assert [c.given for c in consent.consent_history(shop, customer)] == [False, True]
    trail = [(line.action, line.detail) for line in customers.history(shop, customer)]
    assert ("update", "marketing_consent") in trail  # field names, never values


# -- a customer's own data ------------------------------------------------------------------
def test_export_holds_contact_consents_purchases_loyalty_answers_and_audit(shop, tmp_path):
    zeb, program, _nps = zebulon_with_history(shop)
    customers.open_profile(shop, zeb)  # a look at the record is in its audit
    done = customer_data.export_data(shop, zeb, tmp_path)

    assert done.json_path.name.startswith(f"customer-{zeb}-")  # named by number, not name
    data = json.loads(done.json_path.read_text(encoding="utf-8"))
    assert data == json.loads(json.dumps(done.data))
    assert data["customer"]["first_name"] == "Zebulon"
    assert data["customer"]["phone"] == "+972529876543"
    assert [c["given"] for c in data["consents"]] == [True]
    assert data["consents"][0]["policy_version"] == 1
    (bought,) = data["purchases"]
    assert bought["total"] == "24.00" and bought["refunded"] == "4.00"
    assert bought["lines"][0]["product"] == "Coffee"
    assert {"program": program.name, "balance": 0} in data["loyalty"]["balances"]
    assert [e["amount"] for e in data["loyalty"]["ledger"]] == [1, -1]  # earned, refunded
    assert any("never again" in a["answer"] for a in data["survey_answers"])
    actions = [e["action"] for e in data["audit"]]
    assert actions[0] == "create" and "view" in actions and actions[-1] == "export"

    text = pdf_text(done.pdf_path)
    for expected in (
        "Zebulon Quixotic",
        "+972529876543",
        "Marmalade Lane 17",
        "Marketing consent",
        "given",
        "Purchases (1)",
        "2 × Coffee",
        "Coffee card",
        "Survey answers",
        "never again",
        "Who looked at or changed this record",
        "export",
    ):
        assert expected in text, expected


def test_export_of_a_hebrew_name_reads_in_the_pdf(shop, tmp_path):
    customer = customers.resolve(shop, "054-765-4321").id
    done = customer_data.export_data(shop, customer, tmp_path)
    assert "לוי" in pdf_text(done.pdf_path) or "יול" in pdf_text(done.pdf_path)


# -- erasure ------------------------------------------------------------------------------------
def test_erasure_removes_identity_and_keeps_totals_loyalty_and_scores(shop):
    zeb, program, nps = zebulon_with_history(shop)
    month = surveys.nps(shop)
    spend = spent(shop, zeb)
    balance = loyalty.balances(shop, zeb)

    done = erasure.erase(shop, zeb, "request")
    assert done.answers_blanked == 1 and done.alerts_scrubbed == 1

    gone = customers.get(shop, zeb)
    assert (gone.first_name, gone.last_name, gone.phone, gone.email) == ("Erased", "", None, None)
    assert (gone.address, gone.notes, gone.tags, gone.birthday) == ("", "", (), None)
    assert gone.card_number == f"ERASED-{zeb}" and gone.marketing_consent is False
    with shop.read() as session:
        assert session.get(Customer, zeb).erased_at is not None
    for query in ("Zebulon", "Quixotic", "052-987-6543", "zebulon.q@example.org"):
        assert customers.find(shop, query) == [], query

    # what they did stays: the money, the stamps, the score
    assert spent(shop, zeb) == spend == 2000  # 24.00 less the 4.00 refund
    assert loyalty.balances(shop, zeb) == balance
    assert surveys.nps(shop) == month
    (answered,) = surveys.answers_of(shop, zeb)
    assert answered.answers[0].text.startswith("3/10") and "never" not in answered.answers[0].text
    (alert,) = alerts.listing(shop)
    assert alert.summary == "NPS 3/10" and "Zebulon" not in alert.summary
    assert "Zebulon" not in purchases.history(shop, zeb)[0].note

    # the audit says who erased whom and why, never what was erased
    erased = [line for line in customers.history(shop, zeb) if line.action == "erase"]
    assert [(line.staff, line.detail) for line in erased] == [("Maya", "request")]
    assert consent.consent_history(shop, zeb)[0].given is False  # consent ended with them

    with pytest.raises(Conflict):
        erasure.erase(shop, zeb)
    with pytest.raises(Conflict):
        customers.update(shop, zeb, {"first_name": "Zebulon"})
    with pytest.raises(Conflict):
        consent.give_consent(shop, zeb)
    assert program.id  # the program itself is untouched


def _decrypted_pages(db_path: Path) -> bytes:
    """Every page of the SQLCipher 4 file decrypted by hand: PBKDF2-HMAC-SHA512 over the
    passphrase with the file's salt (its first 16 bytes), then AES-256-CBC per page with the
    IV stored in the page's reserved tail (16 bytes IV + 64 bytes HMAC)."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    raw = db_path.read_bytes()
    size, reserve = 4096, 80
    key = hashlib.pbkdf2_hmac("sha512", PASSPHRASE.encode(), raw[:16], FAST_KDF, 32)
    plain = []
    for start in range(0, len(raw), size):
        page = raw[start : start + size]
        body = page[16 : size - reserve] if start == 0 else page[: size - reserve]
        iv = page[size - reserve : size - reserve + 16]
        decrypt = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain.append(decrypt.update(body) + decrypt.finalize())
    return b"".join(plain)


def _plaintext_export(db_path: Path, out: Path) -> bytes:
    """A logical plaintext copy of every table and index, made by SQLCipher itself."""
    conn = sqlcipher3.connect(str(db_path))
    try:
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        conn.execute(f"PRAGMA kdf_iter = {FAST_KDF}")
        conn.execute(f"ATTACH DATABASE '{out}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    with sqlite3.connect(out) as check:  # really plaintext: plain SQLite reads it
        assert check.execute("SELECT count(*) FROM customers").fetchone()[0] >= 5
    return out.read_bytes()


def test_erased_values_leave_no_trace_in_the_file_or_its_wal(shop, tmp_path):
    """Two views of the bytes, both after the erase's checkpoint:
    1. every page of the file, decrypted by hand (see _decrypted_pages): this is what an
       attacker with the passphrase could read, free pages and stale FTS segments included,
       so it covers secure_delete and the search index; it is checked to see Zebulon
       before the erasure, so a blind decryption can't pass;
       The search index is trigrams, so its needles are Zebulon's own trigrams as FTS5
       stores a term (length byte, then the three letters);
    2. a plaintext copy through sqlcipher_export: every live row of every table and index.
    The WAL must be empty (truncated), so there is nothing of it to read."""
    pytest.importorskip("cryptography")
    zeb, _program, _nps = zebulon_with_history(shop)
    db_path = paths.db_path(shop.folder)
    shop.db.checkpoint()
    before = _decrypted_pages(db_path)
    assert b"Zebulon" in before and b"+972529876543" in before  # the method sees plaintext
    assert [t for t in TRIGRAMS if t not in before] == []  # and the search index terms

    erasure.erase(shop, zeb)
    wal = Path(f"{db_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0

    after = _decrypted_pages(db_path)
    assert b"Dana" in after and b"Erased" in after  # still the same, readable database
    leaked = [n for n in NEEDLES if n in after or n.decode().encode("utf-16-le") in after]
    leaked += [t for t in TRIGRAMS if t in after]
    assert not leaked, f"the file's pages still hold {leaked}"
    copy = _plaintext_export(db_path, tmp_path / "plain.db")
    leaked = [n for n in NEEDLES if n in copy]
    assert not leaked, f"the plaintext copy still holds {leaked}"


# -- retention ----------------------------------------------------------------------------------
def _backdate(shop, customer_id: int, *, created_days: int, visit_days: int | None) -> None:
    now = audit.now()
    with shop.write() as session:
        row = session.get(Customer, customer_id)
        row.created_at = now - timedelta(days=created_days)
        row.last_visit = None if visit_days is None else now - timedelta(days=visit_days)


def test_retention_proposes_the_long_inactive_in_keyset_pages(shop):
    dana_id = dana(shop)
    zoe_id = customers.resolve(shop, "zoe@example.com").id
    levi_id = customers.resolve(shop, "054-765-4321").id
    maryam_id = customers.resolve(shop, "+98 912 345 6789").id
    _backdate(shop, dana_id, created_days=4000, visit_days=None)  # never bought, long ago
    _backdate(shop, zoe_id, created_days=4000, visit_days=3000)
    _backdate(shop, levi_id, created_days=4000, visit_days=1200)
    _backdate(shop, maryam_id, created_days=4000, visit_days=100)  # a recent customer

    assert retention.retention_candidates(shop, 0).candidates == []
    assert retention.retention_count(shop, 3) == 3
    seen, after = [], None
    while True:
        page = retention.retention_candidates(shop, 3, limit=1, after=after)
        seen += [c.id for c in page.candidates]
        if page.after is None:
            break
        after = page.after
    assert seen == [dana_id, zoe_id, levi_id]
    assert [c.id for c in retention.retention_candidates(shop, 5).candidates] == [dana_id, zoe_id]

    shop.save_settings(retention_years=3)
    ticks = []
    assert erasure.erase_many(shop, seen, progress=lambda n, total: ticks.append((n, total))) == 3
    assert ticks == [(1, 3), (2, 3), (3, 3)]
    assert retention.retention_candidates(shop).candidates == []  # erased ones aren't proposed
    erased = [line for line in customers.history(shop, zoe_id) if line.action == "erase"]
    assert [line.detail for line in erased] == ["retention"]


def test_erase_many_stops_when_told(shop):
    ids = [dana(shop), customers.resolve(shop, "zoe@example.com").id]
    assert erasure.erase_many(shop, ids, progress=lambda n, total: False) == 1
    assert customers.get(shop, ids[1]).first_name == "Zoë"


# -- roles --------------------------------------------------------------------------------------
def test_a_cashier_may_not_erase_export_or_edit_the_policy(shop, tmp_path):
    customer = dana(shop)
    out = tmp_path / "out"
    out.mkdir()
    as_cashier(shop)
    for action in (
        lambda: erasure.erase(shop, customer),
        lambda: erasure.erase_many(shop, [customer]),
        lambda: customer_data.export_data(shop, customer, out),
        lambda: privacy.save_policy(shop, "Ours now."),
    ):
        with pytest.raises(PermissionDenied):
            action()
    assert customers.get(shop, customer).first_name == "Dana"
    assert list(out.iterdir()) == []
    assert privacy.current_policy(shop).version == 1  # reading it is for everyone
