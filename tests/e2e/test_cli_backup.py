"""Backups, restore, passphrase change and the audit log from the command line: real
`python -m app` processes on a real encrypted shop with the production key derivation."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from app.core import instance_lock
from tests.e2e.test_cli import PASSPHRASE, run

NEW = "a brand new long passphrase"


def flip_bytes(path: Path, offset: int, count: int = 16) -> None:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        data = handle.read(count)
        handle.seek(offset)
        handle.write(bytes(b ^ 0xFF for b in data))


def first_names(folder: Path, passphrase: str = PASSPHRASE) -> list[str]:
    found = run(folder, "--json", "customers", "find", "", passphrase=passphrase)
    assert found.code == 0, found.err
    return sorted(c["first_name"] for c in found.json())


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    """A shop with one customer, made once; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("backup") / "shop"
    done = run(
        folder,
        "init",
        "--shop-name",
        "Corner Café",
        "--region",
        "IL",
        "--manager-name",
        "Maya",
        env={"COUNTERPART_MANAGER_PIN": "1234"},
    )
    assert done.code == 0, done.err
    added = run(folder, "customers", "add", "--first-name", "Dana", "--phone", "052-555-1234")
    assert added.code == 0, added.err
    return folder


@pytest.fixture
def folder(made, tmp_path) -> Path:
    copy = tmp_path / "shop"
    shutil.copytree(made, copy)
    return copy


def test_backup_change_restore_gives_back_the_same_data(folder):
    made = run(folder, "--json", "backup")
    assert made.code == 0, made.err
    info = made.json()
    backup = Path(info["file"])
    assert info["verified"] and info["kind"] == "manual" and backup.parent == folder / "backups"
    assert b"Dana" not in backup.read_bytes()

    added = run(folder, "customers", "add", "--first-name", "Later", "--phone", "052-555-9999")
    assert added.code == 0, added.err

    unconfirmed = run(folder, "--json", "restore", str(backup))
    assert unconfirmed.code == 2 and "--yes" in unconfirmed.error_json()["error"]
    assert first_names(folder) == ["Dana", "Later"]  # nothing happened

    restored = run(folder, "--json", "restore", str(backup), "--yes")
    assert restored.code == 0, restored.err
    assert first_names(folder) == ["Dana"]
    # the shop as it was is a backup of its own, holding the change
    before = Path(restored.json()["previous_state"])
    assert "before-restore" in before.name
    copy = folder.parent / "before"
    copy.mkdir()
    shutil.copy(before, copy / "counterpart.db")
    assert first_names(copy) == ["Dana", "Later"]
    # ... and the restore is in the audit log, as is every backup
    log = run(folder, "--json", "audit", "--staff", "none", "--entity", "shop")
    assert log.code == 0, log.err
    actions = [e["action"] for e in log.json()]
    assert actions[0] == "restore" and "backup" in actions


def test_backup_to_a_named_file_and_verify_catches_damage(folder, tmp_path):
    out = tmp_path / "usb" / "shop-copy.db"
    out.parent.mkdir()
    made = run(folder, "--json", "backup", "--out", str(out))
    assert made.code == 0, made.err
    assert out.is_file() and made.json()["verified"]
    damaged = tmp_path / "damaged.db"
    shutil.copy(out, damaged)
    flip_bytes(damaged, damaged.stat().st_size // 2)
    failed = run(folder, "--json", "verify", str(damaged))
    assert failed.code == 1
    assert failed.json()["verified"] is False and failed.json()["problem"]
    again = run(folder, "backup", "--out", str(out))
    assert again.code == 5  # an existing file is never overwritten


def test_rekey_refuses_the_old_passphrase_and_older_backups_keep_it(folder):
    older = run(folder, "--json", "backup")
    assert older.code == 0
    changed = run(folder, "rekey", env={"COUNTERPART_NEW_PASSPHRASE": NEW})
    assert changed.code == 0, changed.err
    assert "OLD passphrase" in changed.out

    refused = run(folder, "--json", "customers", "find", "")
    assert refused.code == 3
    assert first_names(folder, NEW) == ["Dana"]
    # the backup made before opens with the old passphrase only
    path = older.json()["file"]
    old_ok = run(
        folder,
        "--json",
        "verify",
        path,
        passphrase=NEW,
        env={"COUNTERPART_BACKUP_PASSPHRASE": PASSPHRASE},
    )
    assert old_ok.code == 0 and old_ok.json()["verified"]


def test_a_damaged_shop_is_reported_with_the_backup_to_restore(folder):
    good = run(folder, "--json", "backup")
    assert good.code == 0
    good_file = good.json()["file"]
    db = folder / "counterpart.db"
    flip_bytes(db, db.stat().st_size - 3000)

    checked = run(folder, "verify")
    assert checked.code == 1
    assert "damaged" in checked.out and f"restore {good_file}" in checked.out

    restored = run(folder, "restore", "--latest", "--yes")
    assert restored.code == 0, restored.err
    assert first_names(folder) == ["Dana"]
    kept = list((folder / "backups").glob("damaged-*.db"))
    assert len(kept) == 1


def test_restore_and_rekey_wait_for_the_counter_app_to_close(folder):
    with instance_lock.InstanceLock(folder):  # as a running counter app holds it
        refused = run(folder, "--json", "restore", str(folder / "any.db"), "--yes")
        assert refused.code == 3
        assert "already open" in refused.error_json()["error"]
        rekeyed = run(folder, "rekey", env={"COUNTERPART_NEW_PASSPHRASE": NEW})
        assert rekeyed.code == 3 and "already open" in rekeyed.err


def test_audit_filters_and_csv_export(folder, tmp_path):
    assert (
        run(
            folder,
            "staff",
            "add",
            "--name",
            "Sam",
            "--role",
            "cashier",
            env={"COUNTERPART_STAFF_PIN": "2222"},
        ).code
        == 0
    )
    staff = run(folder, "--json", "audit", "--entity", "staff", "--action", "create")
    assert staff.code == 0
    assert {e["detail"] for e in staff.json()} == {"role=manager", "role=cashier"}

    out = tmp_path / "audit.csv"
    exported = run(folder, "--json", "audit", "--out", str(out))
    assert exported.code == 0
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == exported.json()["entries"] >= 4
    assert "Dana" not in out.read_text(encoding="utf-8-sig")  # field names, never values
    last = run(folder, "--json", "audit", "--limit", "1").json()
    assert last[0]["action"] == "export" and last[0]["entity"] == "audit"
