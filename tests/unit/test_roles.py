"""Every manager-only action, called as a cashier on a real shop, is refused by core itself
(not by a hidden button) and leaves the shop exactly as it was.

To add an action: put it in app.core.permissions.MANAGER_ONLY and give it a call below."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core import permissions
from app.core.context import Actor
from app.core.errors import PermissionDenied
from app.store import backup as store
from tests.conftest import CASHIER, PASSPHRASE, staff_named


def _module(name: str):
    where = {"monthly": "app.reports.monthly"}.get(name, f"app.core.{name}")
    return importlib.import_module(where)


# action -> how to call it (shop, a scratch folder); arguments only need to be plausible:
# the refusal must come before anything is read or written.
CALLS: dict[str, Callable] = {
    "Shop.add_staff": lambda s, d: s.add_staff("Eve", "manager", "4444"),
    "Shop.set_staff_active": lambda s, d: s.set_staff_active(1, False),
    "Shop.save_settings": lambda s, d: s.save_settings(shop_name="Mine now"),
    "staff.reset_staff_pin": lambda s, d: _module("staff").reset_staff_pin(s, 1, "9999"),
    "surveys.send_test_email": lambda s, d: _module("surveys").send_test_email(s),
    "loyalty_programs.add_program": lambda s, d: _module("loyalty_programs").add_program(
        s, {"kind": "punch", "name": "Free", "punches": 2, "reward": "all"}
    ),
    "loyalty_programs.update_program": lambda s, d: _module("loyalty_programs").update_program(
        s, 1, {}
    ),
    "loyalty.adjust": lambda s, d: _module("loyalty").adjust(s, 1, 1, 100, "friend"),
    "surveys.save_survey": lambda s, d: _module("surveys").save_survey(s, None, "Mine", []),
    "report_figures.figures": lambda s, d: _module("report_figures").figures(
        s, _module("report_figures").month_period("2026-01")
    ),
    "report_figures.month_figures": lambda s, d: _module("report_figures").month_figures(
        s, "2026-01"
    ),
    "monthly.write_report": lambda s, d: _module("monthly").write_report(
        s, "2026-01", d / "report.pdf"
    ),
    "segments.write_winback_csv": lambda s, d: _module("segments").write_winback_csv(
        s, d / "winback.csv"
    ),
    "exporting.export_customers": lambda s, d: _module("exporting").export_customers(
        s, d / "customers.csv"
    ),
    "exporting.export_purchases": lambda s, d: _module("exporting").export_purchases(
        s, d / "purchases.csv"
    ),
    "importing.run": lambda s, d: _module("importing").run(s, None),
    "audit.listing": lambda s, d: _module("audit").listing(s),
    "audit.filter_choices": lambda s, d: _module("audit").filter_choices(s),
    "audit.export_csv": lambda s, d: _module("audit").export_csv(s, d / "audit.csv"),
    "customer_merge.merge": lambda s, d: _module("customer_merge").merge(s, 1, 2),
    "merge_undo.undo_merge": lambda s, d: _module("merge_undo").undo_merge(s, 1),
    "privacy.save_policy": lambda s, d: _module("privacy").save_policy(s, "Anything goes."),
    "customer_data.export_data": lambda s, d: _module("customer_data").export_data(s, 1, d),
    "erasure.erase": lambda s, d: _module("erasure").erase(s, 1),
    "erasure.erase_many": lambda s, d: _module("erasure").erase_many(s, [1, 2]),
    "retention.retention_candidates": lambda s, d: _module("retention").retention_candidates(s, 1),
    "retention.retention_count": lambda s, d: _module("retention").retention_count(s, 1),
    "backups.make": lambda s, d: _module("backups").make(s),
    "backups.make_to": lambda s, d: _module("backups").make_to(s, d / "copy.db"),
    "backups.set_folder": lambda s, d: _module("backups").set_folder(s, str(d)),
    "restore.restore": lambda s, d: _module("restore").restore(s, d / "any.db"),
    "rekey.change_passphrase": lambda s, d: _module("rekey").change_passphrase(
        s, PASSPHRASE, "a brand new long passphrase", "a brand new long passphrase"
    ),
}


def test_every_manager_only_action_has_a_call_here():
    assert set(CALLS) == set(permissions.MANAGER_ONLY)


@pytest.fixture
def cashier_shop(shop):
    shop.act_as(staff_named(shop, CASHIER[0]))
    return shop


@pytest.mark.parametrize("action", sorted(permissions.MANAGER_ONLY))
def test_a_cashier_is_refused(cashier_shop, tmp_path, action):
    shop = cashier_shop
    scratch = tmp_path / "out"
    scratch.mkdir()
    last_entry = store.last_audit_id(shop.db)
    settings = shop.settings
    with pytest.raises(PermissionDenied):
        CALLS[action](shop, scratch)
    # nothing was written: no audit entry, no file, the same settings, no backup
    assert store.last_audit_id(shop.db) == last_entry
    assert list(scratch.iterdir()) == []
    assert shop.settings == settings
    assert not (shop.folder / "backups").exists()
    assert shop.db.integrity_ok(full=False)


def test_nobody_signed_in_is_refused_too(shop, tmp_path):
    shop.actor = Actor(None, "", "", shop.actor.workstation, "counter")
    for action in ("backups.make", "audit.listing", "Shop.add_staff"):
        with pytest.raises(PermissionDenied):
            CALLS[action](shop, tmp_path)


def test_may_answers_as_core_refuses(shop):
    manager = shop.actor
    cashier = Actor(2, "Sam", "cashier", manager.workstation, "counter")
    assert all(permissions.may(manager, action) for action in permissions.MANAGER_ONLY)
    assert not any(permissions.may(cashier, action) for action in permissions.MANAGER_ONLY)
    assert permissions.may(cashier, "customers.register")


def test_the_shop_still_opens_with_its_passphrase_after_a_refused_rekey(cashier_shop):
    with pytest.raises(PermissionDenied):
        CALLS["rekey.change_passphrase"](cashier_shop, Path("."))
    assert store.check_file(cashier_shop.db.path, PASSPHRASE, cashier_shop.db.kdf_iter).ok
