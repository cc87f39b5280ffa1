"""The import wizard and the export dialog through real widgets on a real encrypted shop:
a Hebrew Windows-1255 file with semicolons, read, mapped, previewed, dry-run, imported
and its refused rows saved; a cancel that leaves nothing; exports from the dialog."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QWizard

from app.core import customers, import_batches
from app.ui.dialogs.export_dialog import ExportDialog
from app.ui.dialogs.import_wizard import ImportWizard
from app.ui.screens.customers import CustomersScreen
from app.ui.state import AppState
from app.ui.tasks import TaskRunner
from tests.conftest import FAST_KDF

HEBREW = (
    'שם פרטי;שם משפחה;נייד;דוא"ל;הערות\n'
    "רונית;אברהם;050-223-4567;ronit@example.com;לקוחה ותיקה\n"
    "מיכל;שמעוני;לא טלפון;;\n"
    "אורי;גל;052-555-1234;;\n"  # the template shop's Dana has this phone
    "יעל;;054-211-2222;;\n"
)


def make_state(shop, shop_dir, tmp_path, runner=None) -> AppState:
    local = QSettings(str(tmp_path / "local.ini"), QSettings.Format.IniFormat)
    state = AppState(shop_dir, runner or TaskRunner(synchronous=True), local=local,
                     kdf_iter=FAST_KDF)
    state.shop = shop
    return state


@pytest.fixture
def hebrew_file(tmp_path):
    path = tmp_path / "לקוחות.csv"
    path.write_bytes(HEBREW.encode("cp1255"))
    return path


def open_wizard(qtbot, state) -> ImportWizard:
    wizard = ImportWizard(state)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def next_page(qtbot, wizard: ImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_hebrew_file_through_every_page(qtbot, shop, shop_dir, tmp_path, hebrew_file,
                                          monkeypatch):
    wizard = open_wizard(qtbot, make_state(shop, shop_dir, tmp_path))
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no file yet
    wizard.file_page.path.setText(str(hebrew_file))  # a Hebrew file name
    next_page(qtbot, wizard)

    page = wizard.format_page
    assert wizard.currentPage() is page
    assert page.encoding.currentData() == "cp1255" and page.delimiter.currentData() == ";"
    assert page.sample.horizontalHeaderItem(0).text() == "שם פרטי"
    assert page.sample.item(0, 0).text() == "רונית"
    page.encoding.setCurrentIndex(page.encoding.findData("cp1256"))
    page.encoding.activated.emit(page.encoding.currentIndex())
    assert page.sample.item(0, 0).text() != "רונית"  # read wrongly, as the person sees
    page.encoding.setCurrentIndex(page.encoding.findData("cp1255"))
    page.encoding.activated.emit(page.encoding.currentIndex())
    assert page.sample.item(0, 0).text() == "רונית"
    next_page(qtbot, wizard)

    mapping = wizard.mapping_page
    chosen = [combo.currentData() for combo in mapping.combos]
    assert chosen == ["first_name", "last_name", "phone", "email", "notes"]
    for row in (2, 3):  # neither phone nor e-mail: the wizard can't go on
        mapping.combos[row].setCurrentIndex(0)
        mapping.combos[row].activated.emit(0)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "phone number or the e-mail" in mapping.problems.text()
    phone = mapping.combos[2]
    phone.setCurrentIndex(phone.findData("phone"))
    phone.activated.emit(phone.currentIndex())
    email = mapping.combos[3]
    email.setCurrentIndex(email.findData("email"))
    email.activated.emit(email.currentIndex())
    notes = mapping.combos[4]  # the notes go into tags instead
    notes.setCurrentIndex(notes.findData("tags"))
    notes.activated.emit(notes.currentIndex())
    assert mapping.problems.text() == ""
    next_page(qtbot, wizard)

    preview = wizard.preview_page.table
    assert preview.rowCount() == 4
    problem = 1
    assert [preview.item(r, 0).text() for r in range(4)] == ["2", "3", "4", "5"]
    assert preview.item(0, problem).text() == ""
    assert preview.item(1, problem).text().startswith("phone:")
    assert "already has this phone" in preview.item(2, problem).text()
    white, red = preview.item(0, 2).background(), preview.item(1, 2).background()
    assert red.color().name() == "#fde2e1" and white.color().name() != "#fde2e1"
    next_page(qtbot, wizard)

    page = wizard.import_page
    before = customers.count(shop)
    qtbot.mouseClick(page.dry_button, Qt.MouseButton.LeftButton)
    assert "Dry run: 2 customers would be imported" in page.summary.text()
    assert customers.count(shop) == before
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "Imported 2 customers from 2 rows; 2 rows refused." in page.summary.text()
    assert customers.count(shop) == before + 2
    assert page.rejected.rowCount() == 2 and page.rejected.item(0, 0).text() == "3"
    ronit = customers.get(shop, customers.find(shop, "0502234567")[0].id)
    assert ronit.tags == ("לקוחה ותיקה",)

    nowhere = tmp_path / "gone" / "rejected.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(nowhere), ""))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.summary.text() == (
        f"Can't write {nowhere}: the folder {nowhere.parent} doesn't exist.")
    assert not nowhere.parent.exists()

    saved = tmp_path / "rejected.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with saved.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][-1] == "error" and rows[1][0] == "מיכל" and rows[2][0] == "אורי"
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_cancel_while_importing_leaves_nothing(qtbot, shop, shop_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(import_batches, "BATCH", 20)
    path = tmp_path / "many.csv"
    path.write_text("first_name,email\n" + "".join(
        f"Person{i},person{i}@example.com\n" for i in range(4000)), encoding="utf-8")
    runner = TaskRunner(synchronous=False)
    wizard = open_wizard(qtbot, make_state(shop, shop_dir, tmp_path, runner))
    try:
        wizard.file_page.path.setText(str(path))
        for _ in range(3):
            next_page(qtbot, wizard)
        qtbot.waitUntil(lambda: wizard.preview_page.table.rowCount() == 20)
        next_page(qtbot, wizard)
        page = wizard.import_page
        before = customers.count(shop)
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
        assert page.running and page.cancel_button.isEnabled()
        qtbot.waitUntil(lambda: page.bar.value() > 0, timeout=20000)
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.running, timeout=20000)
        assert page.summary.text() == "Cancelled: nothing was imported."
        runner.wait_idle()
        assert customers.count(shop) == before
    finally:
        runner.stop()


def test_the_customers_screen_opens_both(qtbot, shop, shop_dir, tmp_path):
    screen = CustomersScreen(make_state(shop, shop_dir, tmp_path))
    qtbot.addWidget(screen)
    texts = [b.text() for b in screen.findChildren(QPushButton)]
    assert "Import…" in texts and "Export…" in texts
    with qtbot.waitActive(screen):
        screen.show()
        screen.activateWindow()
    screen.box.setFocus()
    qtbot.keyClick(screen.box, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    wizards = [w for w in screen.findChildren(ImportWizard) if w.isVisible()]
    assert len(wizards) == 1
    wizards[0].reject()
    screen.activateWindow()
    screen.box.setFocus()
    qtbot.keyClick(screen.box, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert any(w.isVisible() for w in screen.findChildren(ExportDialog))


def test_export_dialog_writes_a_mailing_list(qtbot, shop, shop_dir, tmp_path):
    customers.register(shop, {"first_name": "Agreed", "phone": "052-300-2000",
                              "marketing_consent": True})
    dialog = ExportDialog(make_state(shop, shop_dir, tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.radios["consented"].setChecked(True)
    target = tmp_path / "mailing.csv"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.written == 1
    assert "1 rows exported" in dialog.status.text()
    with target.open(encoding="utf-8-sig", newline="") as f:
        assert [r["first_name"] for r in csv.DictReader(f)] == ["Agreed"]
