"""The customer list holds a few pages, however long the book: rows anywhere are read on
demand from the nearest known ids, pages scrolled away are let go and read again, and the
rows always come out newest first, each customer once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.core import customers
from app.ui.models.customer_list import CustomerListModel
from app.ui.state import AppState
from app.ui.tasks import TaskRunner
from tests.conftest import FAST_KDF

BULK = 326  # with the shop's 4: 330 rows, six full pages and a short one


@pytest.fixture
def model(qtbot, shop, shop_dir, tmp_path) -> CustomerListModel:
    with shop.write():  # one transaction
        for i in range(BULK):
            customers.register(
                shop,
                {"first_name": f"Bulk{i}", "last_name": "Buyer", "email": f"bulk{i}@example.com"},
            )
    local = QSettings(str(tmp_path / "l.ini"), QSettings.Format.IniFormat)
    state = AppState(shop_dir, TaskRunner(synchronous=True), local=local, kdf_iter=FAST_KDF)
    state.shop = shop
    found = CustomerListModel(state)
    found.KEPT_PAGES = 2
    return found


def every_id(shop) -> list[int]:
    ids, before = [], None
    while page := customers.find(shop, "", limit=100, before_id=before):
        ids += [c.id for c in page]
        before = page[-1].id
    return ids


def test_rows_anywhere_in_any_order_match_the_book(model, shop):
    model.set_query("")
    expected = every_id(shop)
    assert model.rowCount() == len(expected) == BULK + 4
    for row in (329, 0, 170, 171, 120, 280, 1, 328, 49, 50, 250):  # jumps both ways
        assert model.summary(row).id == expected[row], row
        assert model.held_rows() <= 2 * model.PAGE
    assert [model.summary(r).id for r in range(model.rowCount())] == expected
    assert [model.summary(r).id for r in reversed(range(model.rowCount()))] == expected[::-1]


def test_a_long_search_lets_pages_go_and_reads_them_again(model):
    model.set_query("buyer")
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == BULK and model.held_rows() <= 2 * model.PAGE
    names = [model.summary(r).first_name for r in range(model.rowCount())]
    assert names == [f"Bulk{i}" for i in reversed(range(BULK))]


def test_a_short_word_search_does_not_repeat_its_page(model):
    model.set_query("b")  # one letter: name starts, one page only
    assert 0 < model.rowCount() <= model.PAGE
    model.fetchMore()
    ids = [model.summary(r).id for r in range(model.rowCount())]
    assert len(ids) == len(set(ids))
