"""Generated CSV files, junk included, imported into a real shop: never a crash, every row
either imported or refused with its line and a reason, and a failure half-way through
leaves the shop exactly as it was."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import customers, import_batches, importing
from app.core.csv_sniff import read_table
from app.core.errors import ValidationError

HEADER = ["First Name", "Last Name", "Phone", "Email", "Birthday", "Accepts Email Marketing",
          "Card Number", "Notes"]

names = st.sampled_from(["Dana", "נועה", "مریم", "Zoë", "O'Neil", "=cmd", "", " ", "A" * 90])
phones = st.one_of(
    st.builds(lambda p, n: f"05{p}-{n:07d}", st.sampled_from("0234"),
              st.integers(2_000_000, 9_999_999)),
    st.sampled_from(["", "not a phone", "+98 912 345 6789", "123", "052-555-1234"]),
)
emails = st.one_of(
    st.builds(lambda n: f"p{n}@example.com", st.integers(0, 50)),
    st.sampled_from(["", "no-at-sign", "a@b", "ZOE@example.com"]),
)
days = st.sampled_from(["", "1980-02-03", "03/02/1980", "2099-01-01", "1990-02-30", "soon"])
consents = st.sampled_from(["", "yes", "no", "subscribed", "כן", "maybe"])
cards = st.sampled_from(["", "290000000001", "ABC-123", "x", "9" * 30])
junk = st.text(max_size=12)
row = st.tuples(names, names, phones, emails, days, consents, cards, junk).map(list)
# Some rows are short or long, or pure junk.
rows = st.lists(st.one_of(row, row.map(lambda r: r[:3]), st.lists(junk, max_size=10)),
                max_size=40)


def to_csv(data: list[list[str]], delimiter: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(HEADER)
    writer.writerows(data)
    return out.getvalue().encode("utf-8")


def check_accounting(result, table) -> None:
    assert result.imported + len(result.rejected) == result.total == len(table.rows)
    lines = [r.row for r in result.rejected]
    assert len(set(lines)) == len(lines)
    assert set(lines) <= {table.row_number(i) for i in range(len(table.rows))}
    assert all(r.reason.strip() for r in result.rejected)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(data=rows, delimiter=st.sampled_from([",", ";", "\t"]), dry_run=st.booleans())
def test_any_rows_are_imported_or_refused_never_lost(shop, data, delimiter, dry_run):
    try:
        table = read_table(to_csv(data, delimiter), delimiter=delimiter)
    except ValidationError:
        return  # an unreadable file is refused whole, with its reason
    plan = importing.plan_table(table, "customers")
    before = customers.count(shop)
    result = importing.run(shop, plan, dry_run=dry_run)
    check_accounting(result, table)
    added = customers.count(shop) - before
    assert added == (0 if dry_run else result.records)
    assert result.records == result.imported


@settings(max_examples=10, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(data=st.lists(row, min_size=6, max_size=30), fail_after=st.integers(1, 5))
def test_a_failure_half_way_leaves_nothing(shop, monkeypatch, data, fail_after):
    monkeypatch.setattr(import_batches, "BATCH", 3)
    table = read_table(to_csv(data, ","))
    plan = importing.plan_table(table, "customers")
    before = customers.count(shop)
    batches = []

    def progress(done, total):
        batches.append(done)
        if len(batches) == fail_after:
            raise RuntimeError("the power went out")

    try:
        result = importing.run(shop, plan, progress=progress)
    except RuntimeError:
        assert customers.count(shop) == before
    else:  # fewer batches than the failure point: a normal, whole import
        check_accounting(result, table)
        assert customers.count(shop) == before + result.records


@pytest.mark.parametrize("junk_bytes", [b"\x00\x01\x02", b"\xff\xfe\x00", b'"unclosed,\n',
                                        b"\n\n\n", b"a,b\n\x00,\x00\n"])
def test_byte_junk_is_refused_or_read_never_a_crash(shop, tmp_path, junk_bytes):
    path = tmp_path / "junk.csv"
    path.write_bytes(junk_bytes)
    try:
        plan = importing.plan(path)
    except ValidationError as err:
        assert err.field in ("file", "encoding")
        return
    try:
        result = importing.run(shop, plan, dry_run=True)
    except ValidationError as err:
        assert err.field == "map"
        return
    check_accounting(result, plan.table)
