"""Importing and exporting customers and purchases on real encrypted shops: mapping,
validation, rejects with line numbers, duplicates, dry runs, cancelling, round trips."""

from __future__ import annotations

import csv
from dataclasses import asdict

import pytest
from sqlalchemy import func, select

from app.core import cards, customers, exporting, figures, import_batches, importing, purchases
from app.core.errors import PermissionDenied, ValidationError
from app.core.settings import ShopSettings
from app.core.shop import Shop
from app.store.models import AuditEntry, ConsentEvent, Purchase, PurchaseLine
from tests.conftest import FAST_KDF, PASSPHRASE, staff_named

HEBREW_CSV = (
    'שם פרטי,שם משפחה,נייד,דוא"ל,תאריך לידה,דיוור\n'
    "רונית,אברהם,050-223-4567,ronit@example.com,1985-04-12,כן\n"
    "יוסי,,054-211-2222,,12/03/1990,לא\n"
    "מיכל,שמעוני,not a phone,,,\n"
    "אורי,גל,052-555-1234,,,\n"  # Dana Cohen's phone in the template shop
    "שירה,בן דוד,,ronit@example.com,,\n"  # the same e-mail as the first row
    "נטע,,050-765-4321,,2099-01-01,אולי\n"
)


@pytest.fixture
def empty_shop(tmp_path):
    shop = Shop.create(tmp_path / "empty", PASSPHRASE,
                       ShopSettings(shop_name="New Shop", currency="ILS", region="IL"),
                       "Maya", "1234", channel="counter", kdf_iter=FAST_KDF)
    shop.act_as(shop.staff_list()[0])
    yield shop
    shop.close()


def write(tmp_path, text: str, encoding: str = "utf-8", name: str = "in.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def count(shop, model) -> int:
    with shop.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def audit_actions(shop) -> list[tuple[str, str, str]]:
    with shop.read() as session:
        return [(e.action, e.entity, e.detail) for e in session.scalars(select(AuditEntry))]


def test_a_hebrew_windows_1255_file_imports_with_every_reject_explained(shop, tmp_path):
    path = write(tmp_path, HEBREW_CSV, "cp1255")
    plan = importing.plan(path)
    assert plan.table.encoding == "cp1255" and plan.table.delimiter == ","
    assert plan.mapping == ["first_name", "last_name", "phone", "email", "birthday",
                            "marketing_consent"]
    before = customers.count(shop)
    result = importing.run(shop, plan)
    assert (result.total, result.imported, result.records) == (6, 2, 2)
    reasons = {r.row: r.reason for r in result.rejected}
    assert sorted(reasons) == [4, 5, 6, 7]
    assert reasons[4].startswith("phone: That is not a phone number")
    assert "customer 1 already has this phone" in reasons[5]
    assert reasons[6] == "email: the same e-mail as line 2 of the file."
    assert "birthday: That birthday can't be right." in reasons[7]
    assert "marketing_consent: Write yes or no." in reasons[7]
    assert customers.count(shop) == before + 2
    ronit = customers.find(shop, "0502234567")[0]
    full = customers.get(shop, ronit.id)
    assert (full.first_name, full.last_name, full.email) == ("רונית", "אברהם",
                                                             "ronit@example.com")
    assert full.phone == "+972502234567" and str(full.birthday) == "1985-04-12"
    assert full.marketing_consent and full.created_channel == "import"
    assert cards.is_card_number(full.card_number)  # a new card of the shop's own
    yossi = customers.get(shop, customers.find(shop, "יוסי")[0].id)
    assert str(yossi.birthday) == "1990-03-12" and not yossi.marketing_consent
    assert count(shop, ConsentEvent) == 1  # Ronit's consent, with its history
    assert ("import", "customer", "rows=2 rejected=4") in audit_actions(shop)


def test_rejected_rows_are_saved_to_fix_and_import_again(shop, tmp_path):
    plan = importing.plan(write(tmp_path, HEBREW_CSV, "cp1255"))
    result = importing.run(shop, plan)
    saved = tmp_path / "rejected.csv"
    assert importing.write_rejected(plan, result, saved) == 4
    with saved.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == [*plan.table.header, "error"]
    assert rows[1][:3] == ["מיכל", "שמעוני", "not a phone"]
    assert rows[1][-1].startswith("line 4: phone:")
    rows[1][2] = "053-3334444"  # fixed in a spreadsheet
    with saved.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows[:2])
    again = importing.run(shop, importing.plan(saved))
    assert (again.imported, again.rejected) == (1, [])
    assert customers.find(shop, "0533334444")[0].first_name == "מיכל"


def test_rejected_rows_into_a_missing_folder_are_refused_naming_it(shop, tmp_path):
    plan = importing.plan(write(tmp_path, HEBREW_CSV, "cp1255"))
    result = importing.run(shop, plan)
    before = sorted(tmp_path.iterdir())
    missing = tmp_path / "not here"
    with pytest.raises(ValidationError) as refused:
        importing.write_rejected(plan, result, missing / "rejected.csv")
    assert refused.value.field == "rejected"
    assert str(missing) in str(refused.value) and "doesn't exist" in str(refused.value)
    assert sorted(tmp_path.iterdir()) == before  # no half-written or .part file anywhere


def test_a_dry_run_reports_the_same_and_writes_nothing(shop, tmp_path):
    plan = importing.plan(write(tmp_path, HEBREW_CSV))
    before = (customers.count(shop), len(audit_actions(shop)))
    dry = importing.run(shop, plan, dry_run=True)
    assert dry.dry_run and (dry.imported, len(dry.rejected)) == (2, 4)
    assert (customers.count(shop), len(audit_actions(shop))) == before
    real = importing.run(shop, plan)
    assert [asdict(r) for r in real.rejected] == [asdict(r) for r in dry.rejected]


def test_preview_marks_the_first_rows(shop, tmp_path):
    plan = importing.plan(write(tmp_path, HEBREW_CSV))
    shown = importing.preview(shop, plan, limit=4)
    assert [(p.row, bool(p.error)) for p in shown] == [(2, False), (3, False), (4, True),
                                                        (5, True)]
    assert shown[0].values[0] == "רונית"


def test_cancel_midway_leaves_nothing(shop, tmp_path, monkeypatch):
    monkeypatch.setattr(import_batches, "BATCH", 10)
    lines = ["first_name,phone"] + [f"Person{i},052-700-{i:04d}" for i in range(45)]
    plan = importing.plan(write(tmp_path, "\n".join(lines)))
    before = customers.count(shop)
    seen = []

    def progress(done, total):
        seen.append(done)
        return done < 30  # the person presses Cancel after the third batch

    result = importing.run(shop, plan, progress=progress)
    assert result.cancelled and result.imported == 0
    assert seen == [10, 20, 30]
    assert customers.count(shop) == before
    assert customers.find(shop, "0527000001") == []
    done = importing.run(shop, plan, progress=lambda d, t: True)
    assert done.imported == 45 and customers.count(shop) == before + 45


def test_a_failure_midway_leaves_nothing(shop, tmp_path, monkeypatch):
    monkeypatch.setattr(import_batches, "BATCH", 5)
    lines = ["first_name,email"] + [f"P{i},p{i}@example.com" for i in range(20)]
    plan = importing.plan(write(tmp_path, "\n".join(lines)))
    before = customers.count(shop)

    def progress(done, total):
        if done >= 15:
            raise OSError("disk unplugged")

    with pytest.raises(OSError):
        importing.run(shop, plan, progress=progress)
    assert customers.count(shop) == before


def test_duplicates_in_the_file_and_against_the_shop(shop, tmp_path):
    text = ("Name;Phone;E-mail\n"
            "Zoe Again;;ZOE@example.com\n"  # in the shop (any case)
            "Dana Twin;+972 52-555-1234;\n"  # in the shop, another format
            "New One;054-999-0000;new@example.com\n"
            "New Two;0549990000;\n"  # the same phone as the row before
            "New Three;;NEW@example.com\n")
    result = importing.run(shop, importing.plan(write(tmp_path, text)))
    reasons = [(r.row, r.reason) for r in result.rejected]
    assert reasons == [
        (2, "e-mail: customer 2 already has this e-mail."),
        (3, "phone: customer 1 already has this phone."),
        (5, "phone: the same phone as line 4 of the file."),
        (6, "email: the same e-mail as line 4 of the file."),
    ]
    new = customers.get(shop, customers.find(shop, "0549990000")[0].id)
    assert (new.first_name, new.last_name) == ("New", "One")


def test_the_mapping_must_name_a_way_to_reach_the_customer(shop, tmp_path):
    plan = importing.plan(write(tmp_path, "First Name,Notes\nDana,hi\n"))
    with pytest.raises(ValidationError) as err:
        importing.run(shop, plan)
    assert err.value.field == "map" and "phone number or the e-mail" in err.value.message
    fixed = importing.plan(write(tmp_path, "First Name,Notes\nDana,x@example.com\n"),
                           overrides={"Notes": "email"})
    assert importing.run(shop, fixed).imported == 1


def test_cashiers_neither_import_nor_export(shop, tmp_path):
    shop.act_as(staff_named(shop, "Sam"))
    plan = importing.plan(write(tmp_path, "first_name,phone\nA,052-311-2222\n"))
    with pytest.raises(PermissionDenied):
        importing.run(shop, plan)
    with pytest.raises(PermissionDenied):
        exporting.export_customers(shop, tmp_path / "out.csv")
    with pytest.raises(PermissionDenied):
        exporting.export_purchases(shop, tmp_path / "p.csv")
    assert not (tmp_path / "out.csv").exists()


PROFILE = ("first_name", "last_name", "phone", "email", "address", "birthday", "how_heard",
           "notes", "tags", "marketing_consent", "card_number", "income_range", "children",
           "education", "occupation")


def book(shop) -> dict[str, dict]:
    out = {}
    for found in customers.find(shop, "", limit=500):
        full = customers.get(shop, found.id)
        out[full.card_number] = {k: getattr(full, k) for k in PROFILE}
    return out


def test_round_trip_export_then_import_into_an_empty_shop(shop, empty_shop, tmp_path):
    customers.register(shop, {
        "first_name": "=cmd", "last_name": "O'Neil, Jr.", "phone": "+1 212 555 0100",
        "email": "oneil@example.com", "address": "1 Main St\nSpringfield",
        "birthday": "1970-01-02", "how_heard": "friend", "notes": '"quoted", -minus',
        "tags": "vip,wine", "marketing_consent": True, "income_range": "50k_100k",
        "children": "2", "education": "master_plus", "occupation": "retired"})
    path = tmp_path / "book.csv"
    assert exporting.export_customers(shop, path) == 5
    assert ("export", "customers", "all rows=5") in audit_actions(shop)
    result = importing.run(empty_shop, importing.plan(path))
    assert (result.imported, result.rejected) == (5, [])
    assert book(empty_shop) == book(shop)


def test_consented_only_export_is_a_mailing_list(shop, tmp_path):
    customers.register(shop, {"first_name": "Yes", "phone": "052-300-2000",
                              "marketing_consent": True})
    path = tmp_path / "mailing.csv"
    assert exporting.export_customers(shop, path, consented_only=True) == 1
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["first_name"], r["marketing_consent"]) for r in rows] == [("Yes", "yes")]
    assert ("export", "customers", "consented_only rows=1") in audit_actions(shop)


PURCHASES_CSV = (
    "Receipt,Date,Customer Phone,Product,Qty,Unit Price,Total\n"
    "R-1,2024-05-01 10:30,052-555-1234,Latte,2,14.00,\n"
    "R-1,2024-05-01 10:30,052-555-1234,Croissant,1,9.50,\n"
    "R-2,2024-05-02,,,,,35\n"  # anonymous, no lines
    "R-3,2024-05-03,054-300-0000,,,,10\n"  # nobody has this phone
    "R-4,2024-05-03,052-555-1234,Tea,1,8.00,9.00\n"  # the line and the total disagree
    "R-5,05/05/2024,054-765-4321,,,,abc\n"
    ",2024-05-06,054-765-4321,,,,20.00\n"
)


def test_purchases_import_groups_lines_finds_customers_and_recounts(shop, tmp_path):
    dana = customers.find(shop, "0525551234")[0]
    purchases.record(shop, dana.id, total="10.00")  # one already, at the counter
    plan = importing.plan(write(tmp_path, PURCHASES_CSV), "purchases")
    assert plan.mapping == ["receipt", "at", "customer_phone", "product", "quantity",
                            "unit_price", "total"]
    result = importing.run(shop, plan)
    assert (result.total, result.imported, result.records) == (7, 4, 3)
    reasons = {r.row: r.reason for r in result.rejected}
    assert reasons == {
        5: "customer_phone: no customer has this phone.",
        6: "total: The lines add up to 8.00, not 9.00.",
        7: "total: That is not an amount: type it like 12.50.",
    }
    with shop.read() as session:
        rows = session.scalars(select(Purchase).where(Purchase.receipt == "R-1")).all()
        assert len(rows) == 1 and rows[0].total == 3750 and rows[0].customer_id == dana.id
        lines = session.scalars(select(PurchaseLine.product).order_by(PurchaseLine.id)).all()
        assert lines == ["Latte", "Croissant"]
    avigail = customers.find(shop, "0547654321")[0]
    assert figures.for_customer(shop, dana.id).visits == 2
    assert figures.for_customer(shop, dana.id).lifetime_spend == 4750
    assert figures.for_customer(shop, avigail.id).visits == 1
    again = importing.run(shop, importing.plan(write(tmp_path, PURCHASES_CSV), "purchases"))
    assert again.imported == 1  # only the row without a receipt is new; the rest are known
    assert {r.row for r in again.rejected if "already in the shop" in r.reason} == {2, 3, 4}


def test_purchases_round_trip(shop, empty_shop, tmp_path):
    dana = customers.find(shop, "0525551234")[0]
    purchases.record(shop, dana.id, lines=[purchases.LineInput("Latte", 2, "14"),
                                           purchases.LineInput("Cake", 1, "20", "Bakery")],
                     receipt="A1", at="2024-06-01T09:00")
    purchases.record(shop, None, total="12.50", at="2024-06-02T09:00")
    people = tmp_path / "people.csv"
    sales = tmp_path / "sales.csv"
    exporting.export_customers(shop, people)
    assert exporting.export_purchases(shop, sales) == 3
    importing.run(empty_shop, importing.plan(people))
    result = importing.run(empty_shop, importing.plan(sales, "purchases"))
    assert (result.imported, result.records, result.rejected) == (3, 2, [])

    def sales_of(s):
        cards = {c.id: c.card_number for c in customers.find(s, "", limit=100)}
        with s.read() as session:
            out = []
            for p in session.scalars(select(Purchase).order_by(Purchase.at)):
                card = cards[p.customer_id] if p.customer_id else None
                lines = session.scalars(select(PurchaseLine).where(
                    PurchaseLine.purchase_id == p.id).order_by(PurchaseLine.id)).all()
                out.append((card, p.at, p.total, p.receipt,
                            [(ln.product, ln.category, ln.quantity, ln.unit_price)
                             for ln in lines]))
            return out

    assert sales_of(empty_shop) == sales_of(shop)


def test_an_export_that_fails_or_is_cancelled_leaves_no_file_and_no_audit(shop, tmp_path):
    before = audit_actions(shop)
    with pytest.raises(ValidationError) as err:
        exporting.export_customers(shop, tmp_path / "no such folder" / "out.csv")
    assert err.value.field == "file"
    target = tmp_path / "out.csv"
    assert exporting.export_customers(shop, target, progress=lambda d, t: False) == -1
    assert not target.exists() and list(tmp_path.glob("*.part")) == []
    assert audit_actions(shop) == before


def test_purchases_preview_marks_every_line_of_a_refused_purchase(shop, tmp_path):
    plan = importing.plan(write(tmp_path, PURCHASES_CSV), "purchases")
    shown = importing.preview(shop, plan, limit=5)
    assert [(p.row, p.error.split(":")[0]) for p in shown] == [
        (2, ""), (3, ""), (4, ""), (5, "customer_phone"), (6, "total")]
