"""Backups, the passphrase change, the damaged-file dialog and the audit log through real
widgets on real encrypted shop files: a manager backs up (Ctrl+B) and sees it verified,
restores after confirming and gets the data of that day back, changes the passphrase and is
told older backups keep the old one; a damaged file at unlock offers the latest good
backup and opens once it is restored; the audit log filters by who, what and when, pages
lazily and exports to CSV (itself audited)."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from app.core import audit, backups, customers, paths, remember
from app.core.errors import WrongPassphrase
from app.core.shop import Shop
from app.ui.dialogs.damaged_shop import DamagedShopDialog
from app.ui.screens.audit import NO_STAFF, AuditScreen
from app.ui.screens.backups import BackupsScreen
from app.ui.screens.unlock import UnlockScreen
from app.ui.state import AppState
from app.ui.tasks import TaskRunner
from tests.conftest import CASHIER, FAST_KDF, PASSPHRASE, staff_named

NEW = "a brand new long passphrase"
ENTER = Qt.Key.Key_Return


def make(qtbot, cls, shop, folder, tmp_path):
    local = QSettings(str(tmp_path / "local.ini"), QSettings.Format.IniFormat)
    state = AppState(folder, TaskRunner(synchronous=True), local=local, kdf_iter=FAST_KDF)
    state.shop = shop
    widget = cls(state)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    if hasattr(widget, "activate"):
        widget.activate()
    return widget


@pytest.fixture
def say_yes(monkeypatch):
    """The confirmation box answers Yes (the person would click it)."""
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def names(shop) -> list[str]:
    return sorted(c.first_name for c in customers.find(shop, "", limit=500))


# -- backups ------------------------------------------------------------------------------
def test_back_up_verify_and_restore_from_the_screen(qtbot, shop, shop_dir, tmp_path, say_yes):
    screen = make(qtbot, BackupsScreen, shop, shop_dir, tmp_path)
    assert screen.table.rowCount() == 0 and "No backups yet" in screen.done.text()
    assert "in the shop folder" in screen.folder.text()

    qtbot.keyClick(screen.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert screen.table.rowCount() == 1
    assert screen.table.item(0, 1).text() == "By hand"
    assert screen.table.item(0, 3).text() == "✓ Verified"
    assert "Backed up and verified" in screen.done.text()
    made = screen.selected()
    assert made.path.parent == paths.backups_dir(shop_dir)

    qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)
    assert screen.done.text() == f"{made.name} is sound."

    customers.register(shop, {"first_name": "Later", "phone": "052-555-9999"})
    assert "Later" in names(shop)
    qtbot.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton)
    assert "backed up first" in say_yes[0]
    assert "Later" not in names(shop)
    assert "Restored the backup" in screen.done.text()
    kinds = [screen.table.item(r, 1).text() for r in range(screen.table.rowCount())]
    assert sorted(kinds) == ["Before a restore", "By hand"]  # the shop before, kept


def test_a_cashier_sees_the_list_but_no_actions(qtbot, shop, shop_dir, tmp_path):
    backups.make(shop)
    shop.act_as(staff_named(shop, CASHIER[0]))
    screen = make(qtbot, BackupsScreen, shop, shop_dir, tmp_path)
    assert screen.table.rowCount() == 1
    for button in (
        screen.backup_button,
        screen.restore_button,
        screen.rekey_button,
        screen.choose_button,
    ):
        assert not button.isVisibleTo(screen)
    assert "Only a manager" in screen.done.text()
    screen.back_up()  # a shortcut pressed anyway does nothing
    assert len(backups.listing(shop)) == 1


def test_choose_a_backup_folder(qtbot, shop, shop_dir, tmp_path):
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    screen = make(qtbot, BackupsScreen, shop, shop_dir, tmp_path)
    screen._set_folder(str(stick))  # what the folder picker hands over
    assert shop.settings.backup_folder == str(stick.resolve())
    assert str(stick) in screen.folder.text() and "Backups now go to" in screen.done.text()
    screen.back_up()
    assert [p.suffix for p in stick.iterdir()].count(".db") == 1
    screen._set_folder(str(tmp_path / "not-there"))
    assert screen.status.isVisible() and "There is no folder" in screen.status.text()


def test_change_the_passphrase_in_the_dialog(qtbot, shop, shop_dir, tmp_path):
    older = backups.make(shop)
    screen = make(qtbot, BackupsScreen, shop, shop_dir, tmp_path)
    qtbot.mouseClick(screen.rekey_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert (
        dialog is not None and "OLD passphrase" in dialog.findChildren(type(screen.done))[0].text()
    )

    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.new, "short")
    assert "Too short" in dialog.strength.text()
    dialog.new.clear()
    qtbot.keyClicks(dialog.new, NEW)
    assert dialog.strength.text() in ("Strong.", "Fair: a few more words make it strong.")
    qtbot.keyClicks(dialog.repeat, NEW + "x")
    qtbot.keyClick(dialog.repeat, ENTER)
    assert dialog.error.isVisible() and "not the same" in dialog.error.text()
    assert dialog.focusWidget() is dialog.repeat

    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, NEW)
    qtbot.keyClick(dialog.repeat, ENTER)
    assert screen.dialog is None  # closed
    assert "OLD passphrase" in screen.done.text()
    # the open shop carries on; the file opens with the new passphrase only
    customers.register(shop, {"first_name": "Nadia", "phone": "052-555-4444"})
    with pytest.raises(WrongPassphrase):
        Shop.open(shop_dir, PASSPHRASE, channel="cli", kdf_iter=FAST_KDF)
    assert backups.verify_file(older.path, PASSPHRASE, FAST_KDF).verified
    kinds = {screen.table.item(r, 1).text() for r in range(screen.table.rowCount())}
    assert "New passphrase" in kinds


# -- damaged file at unlock -------------------------------------------------------------
def test_a_damaged_file_at_unlock_offers_the_latest_good_backup(
    qtbot, shop, shop_dir, tmp_path, say_yes, monkeypatch
):
    monkeypatch.setattr(remember, "available", lambda: False)
    good = backups.make(shop)
    shop.db.checkpoint()
    shop.close()
    db = paths.db_path(shop_dir)
    with open(db, "r+b") as handle:  # a few bytes go bad near the end of the file
        handle.seek(db.stat().st_size - 3000)
        handle.write(b"\x00" * 16)

    screen = make(qtbot, UnlockScreen, None, shop_dir, tmp_path)
    opened = []
    screen.unlocked.connect(opened.append)
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, ENTER)
    assert opened == [] and "damaged" in screen.error.text()
    dialog = screen.damaged
    assert isinstance(dialog, DamagedShopDialog) and dialog.isVisible()
    assert good.name in dialog.backup_box.text()
    assert dialog.restore_button.isVisible()

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert good.name in say_yes[0]
    assert len(opened) == 1  # opened straight after the restore
    try:
        assert "Dana" in names(opened[0])
        assert list(paths.backups_dir(shop_dir).glob("damaged-*.db"))  # kept aside
    finally:
        opened[0].close()


# -- audit log --------------------------------------------------------------------------
def rows(screen: AuditScreen) -> list[tuple[str, str, str]]:
    m = screen.model
    return [
        (m.data(m.index(r, m.WHO)), m.data(m.index(r, m.ACTION)), m.data(m.index(r, m.RECORD)))
        for r in range(m.rowCount())
    ]


def test_the_audit_log_filters_pages_and_exports(qtbot, shop, shop_dir, tmp_path):
    cashier = staff_named(shop, CASHIER[0])
    manager = shop.actor
    shop.act_as(cashier)
    sam = customers.register(shop, {"first_name": "Rina", "phone": "052-555-7777"})
    shop.actor = manager
    screen = make(qtbot, AuditScreen, shop, shop_dir, tmp_path)
    everything = rows(screen)
    assert everything and everything[0][1] == "create"

    screen.who.setCurrentIndex(screen.who.findData(cashier.id))
    assert rows(screen) == [("Sam", "create", f"customer {sam.id}")]
    screen.who.setCurrentIndex(screen.who.findData(NO_STAFF))
    assert rows(screen) and all(who.startswith("(") for who, _a, _r in rows(screen))

    screen.clear_filters()
    screen.entity.setCurrentIndex(screen.entity.findData("staff"))
    assert {r[2].split()[0] for r in rows(screen)} == {"staff"}
    screen.clear_filters()
    tomorrow = date.today() + timedelta(days=1)
    screen.since.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert rows(screen) == [] and screen.status.text() == "No entries match."
    screen.clear_filters()
    assert rows(screen) == everything

    # paging: a small page, more on demand, nothing twice
    screen.model.PAGE = 2
    screen.model.refresh()
    assert screen.model.rowCount() == 2 and screen.model.canFetchMore()
    while screen.model.canFetchMore():
        screen.model.fetchMore()
    assert rows(screen) == everything

    out = tmp_path / "audit.csv"
    screen.export_to(str(out))
    with open(out, encoding="utf-8-sig", newline="") as handle:
        exported = list(csv.DictReader(handle))
    assert len(exported) == len(everything)
    assert "Rina" not in out.read_text(encoding="utf-8-sig")
    assert rows(screen)[0][1:] == ("export", "audit")  # the export is in the log itself
    assert f"Exported {len(everything)} entries" in screen.status.text()


def test_a_cashier_cannot_read_the_audit_log(qtbot, shop, shop_dir, tmp_path):
    shop.act_as(staff_named(shop, CASHIER[0]))
    screen = make(qtbot, AuditScreen, shop, shop_dir, tmp_path)
    assert screen.model.rowCount() == 0
    assert not screen.export_button.isEnabled()
    assert "Only a manager" in screen.status.text()
    assert audit.PAGE > 0
