"""The command line end to end: real `python -m app` processes on a real encrypted shop.

Each process pays the imports and the production key derivation, so the tests share one
shop per module and spawn a few dozen processes in all.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import app
from app.core import demo

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery"
SUMMARY_KEYS = {"id", "first_name", "last_name", "phone", "email", "card_number"}
PROFILE_KEYS = SUMMARY_KEYS | {
    "address", "birthday", "how_heard", "notes", "tags", "marketing_consent", "created_at",
    "created_channel", "updated_at", "updated_channel",
}
FIGURE_KEYS = {"lifetime_spend", "visits", "last_visit", "segment"}


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)

    def error_json(self) -> dict:
        lines = self.err.strip().splitlines()
        assert len(lines) == 1, self.err  # one line, even as JSON
        return json.loads(lines[0])


def run(folder: Path | None, *args: str, passphrase: str | None = PASSPHRASE,
        env: dict | None = None) -> Result:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("COUNTERPART_")}
    environ.update(PYTHONUTF8="1", PYTHONIOENCODING="utf-8", **(env or {}))
    if passphrase is not None:
        environ["COUNTERPART_PASSPHRASE"] = passphrase
    command = [sys.executable, "-m", "app"]
    if folder is not None:
        command += ["--data-dir", str(folder)]
    done = subprocess.run(
        [*command, *args], cwd=ROOT, env=environ, stdin=subprocess.DEVNULL,
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return Result(done.returncode, done.stdout, done.stderr)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> dict:
    """A new shop (made by `init`) with two customers added through the command line."""
    folder = tmp_path_factory.mktemp("cli") / "shop"
    made = run(folder, "--json", "init", "--shop-name", "Corner Café", "--currency", "ILS",
               "--region", "IL", "--manager-name", "Maya",
               env={"COUNTERPART_MANAGER_PIN": "1234"})
    assert made.code == 0, made.err
    assert made.json()["manager"]["name"] == "Maya"
    dana = run(folder, "--json", "customers", "add", "--first-name", "Dana", "--last-name",
               "Cohen", "--phone", "052-555-1234")
    assert dana.code == 0, dana.err
    avigail = run(folder, "customers", "add", "--first-name", "אביגיל", "--last-name", "לוי",
                  "--phone", "054-765-4321", "--email", "Avigail@Example.com",
                  "--birthday", "1990-02-03", "--how-heard", "friend", "--consent", "--json")
    assert avigail.code == 0, avigail.err
    return {"folder": folder, "dana": dana.json(), "avigail": avigail.json()}


def test_version():
    done = run(None, "--version", passphrase=None)
    assert done.code == 0
    assert done.out.strip() == f"counterpart {app.__version__}"


def test_missing_shop_exits_4_and_says_how_to_make_one(tmp_path):
    done = run(tmp_path / "empty", "customers", "find", "dana")
    assert done.code == 4
    assert "There is no shop in" in done.err and "init" in done.err
    assert len(done.err.strip().splitlines()) == 1


def test_init_twice_is_a_conflict(book):
    done = run(book["folder"], "init", "--shop-name", "Again", "--manager-name", "Maya",
               env={"COUNTERPART_MANAGER_PIN": "1234"})
    assert done.code == 5
    assert "already a shop" in done.err


def test_add_prints_the_profile_as_json(book):
    dana, avigail = book["dana"], book["avigail"]
    assert PROFILE_KEYS <= set(dana)
    assert dana["phone"] == "+972525551234"
    assert dana["created_channel"] == "cli"
    assert len(dana["card_number"]) == 12
    assert avigail["email"] == "avigail@example.com"
    assert avigail["birthday"] == "1990-02-03"
    assert avigail["marketing_consent"] is True


def test_find_by_phone_fragment_json_shape(book):
    done = run(book["folder"], "--json", "customers", "find", "555-12")
    assert done.code == 0, done.err
    found = done.json()
    assert book["dana"]["id"] in [c["id"] for c in found]
    assert all(set(c) >= SUMMARY_KEYS and c["phone"] == "+972525551234" for c in found)


def test_find_by_hebrew_name_fragment(book):
    done = run(book["folder"], "customers", "find", "ביג", "--json")  # --json after, too
    assert done.code == 0, done.err
    assert [c["first_name"] for c in done.json()] == ["אביגיל"]


def test_find_prints_an_aligned_table(book):
    done = run(book["folder"], "customers", "find", "cohen")
    assert done.code == 0, done.err
    header, row = done.out.splitlines()[:2]
    assert header.split() == ["ID", "Name", "Phone", "E-mail", "Card"]
    assert "Dana Cohen" in row and "052-555-1234" in row
    assert row.index("052-555-1234") == header.index("Phone")


@pytest.mark.parametrize("ref", ["id", "+972 52-555-1234", "(052) 5551234", "card"])
def test_show_by_any_reference(book, ref):
    dana = book["dana"]
    ref = {"id": str(dana["id"]), "card": dana["card_number"]}.get(ref, ref)
    done = run(book["folder"], "--json", "customers", "show", ref)
    assert done.code == 0, done.err
    shown = done.json()
    assert shown["id"] == dana["id"]
    assert PROFILE_KEYS | FIGURE_KEYS <= set(shown)
    assert shown["lifetime_spend"] == "0.00" and shown["visits"] == 0


def test_show_by_email_as_text(book):
    done = run(book["folder"], "customers", "show", "AVIGAIL@example.COM")
    assert done.code == 0, done.err
    assert "אביגיל לוי" in done.out
    assert "054-765-4321" in done.out and "1990-02-03" in done.out


def test_unknown_customer_exits_4(book):
    done = run(book["folder"], "customers", "show", "99999")
    assert done.code == 4
    assert done.err.startswith("error: ") and "99999" in done.err


def test_update_then_find_by_the_new_email(book):
    folder, dana = book["folder"], book["dana"]
    done = run(folder, "--json", "customers", "update", "0525551234",
               "--email", "dana@example.com", "--consent", "--tags", "regular, vip")
    assert done.code == 0, done.err
    updated = done.json()
    assert updated["id"] == dana["id"]
    assert updated["email"] == "dana@example.com"
    assert updated["marketing_consent"] is True and updated["tags"] == ["regular", "vip"]
    assert updated["updated_channel"] == "cli"
    found = run(folder, "--json", "customers", "show", "dana@example.com")
    assert found.code == 0 and found.json()["id"] == dana["id"]


def test_bad_phone_exits_2_naming_the_field(book):
    done = run(book["folder"], "customers", "add", "--first-name", "Noa", "--phone", "052-12")
    assert done.code == 2
    assert done.err.startswith("error: phone: ")
    assert len(done.err.strip().splitlines()) == 1
    as_json = run(book["folder"], "--json", "customers", "add", "--first-name", "Noa",
                  "--phone", "052-555-12")
    assert as_json.code == 2
    error = as_json.error_json()
    assert error["field"] == "phone" and "phone number" in error["error"]


def test_duplicate_phone_exits_5_unless_forced(book):
    args = ["customers", "add", "--first-name", "Dani", "--phone", "+972 52 555 1234"]
    refused = run(book["folder"], *args)
    assert refused.code == 5
    assert "--force" in refused.err and "Dana Cohen" in refused.err
    forced = run(book["folder"], "--json", *args, "--force")
    assert forced.code == 0, forced.err
    assert forced.json()["phone"] == "+972525551234"


def test_no_passphrase_source_exits_2(book):
    done = run(book["folder"], "customers", "find", "dana", passphrase=None)
    assert done.code == 2
    assert "COUNTERPART_PASSPHRASE" in done.err and "--passphrase-file" in done.err


def test_passphrase_file(book, tmp_path):
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    done = run(book["folder"], "--passphrase-file", str(secret), "--json", "customers",
               "find", "dana", passphrase=None)
    assert done.code == 0, done.err
    assert done.json()


def test_wrong_passphrase_exits_3_and_leaves_the_file_alone(book):
    db = book["folder"] / "counterpart.db"
    before = sha256(db)
    done = run(book["folder"], "customers", "find", "dana", passphrase="not the passphrase")
    assert done.code == 3
    assert "passphrase" in done.err
    assert sha256(db) == before


def test_staff_add_list_disable(book):
    folder = book["folder"]
    added = run(folder, "--json", "staff", "add", "--name", "Sam", "--role", "cashier",
                env={"COUNTERPART_STAFF_PIN": "2222"})
    assert added.code == 0, added.err
    assert added.json()["role"] == "cashier"
    assert run(folder, "staff", "disable", "sam").code == 0
    last_manager = run(folder, "staff", "disable", "Maya")
    assert last_manager.code == 2 and "manager" in last_manager.err
    listed = run(folder, "--json", "staff", "list")
    assert {(m["name"], m["active"]) for m in listed.json()} == {("Maya", True), ("Sam", False)}


def test_usage_mistakes_exit_2_in_one_line(book):
    done = run(book["folder"], "customers", "frobnicate")
    assert done.code == 2
    assert len(done.err.strip().splitlines()) == 1 and "--help" in done.err
    kiosk = run(book["folder"].parent / "no-shop-here", "kiosk")
    assert kiosk.code == 4 and "There is no shop in" in kiosk.err


def test_commands_never_import_qt(book):
    script = (
        "import sys; from app.cli import main; "
        f"code = main(['--data-dir', {str(book['folder'])!r}, 'customers', 'find', 'dana']); "
        "print('qt' if 'PySide6' in sys.modules else 'no qt', code)"
    )
    environ = {k: v for k, v in os.environ.items() if not k.startswith("COUNTERPART_")}
    environ["COUNTERPART_PASSPHRASE"] = PASSPHRASE
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=environ,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "no qt 0", done.stderr


def test_demo_makes_a_searchable_shop(tmp_path):
    folder = tmp_path / "demo"
    made = run(folder, "--json", "demo", "--customers", "300", "--months", "6", "--seed", "7",
               passphrase=None)  # no passphrase given: the demo one
    assert made.code == 0, made.err
    report = made.json()
    assert report["created"] is True and report["customers_total"] == 300
    found = run(folder, "--json", "customers", "find", "gmail", "--limit", "100",
                passphrase=demo_passphrase())
    assert found.code == 0, found.err
    hits = found.json()
    assert hits and all("gmail" in c["email"] for c in hits)
    assert all(c["phone"] is None or c["phone"].startswith("+") for c in hits)
    staff = run(folder, "--json", "staff", "list", passphrase=demo_passphrase()).json()
    assert {(m["name"], m["role"]) for m in staff} == {("Maya", "manager"), ("Sam", "cashier")}
    month = run(folder, "--json", "nps", passphrase=demo_passphrase()).json()  # answered sales
    assert month["total"] > 0 and month["total"] == (
        month["promoters"] + month["passives"] + month["detractors"])


def demo_passphrase() -> str:
    from app.cli import DEMO_PASSPHRASE

    return DEMO_PASSPHRASE


def test_demo_customers_are_the_same_for_the_same_seed():
    def draw(seed: int) -> list[dict]:
        maker = demo._Maker(random.Random(seed), {"manager": 1, "cashier": 2}, 12, 200)
        return [{k: v for k, v in maker.row(i).items() if "_at" not in k} for i in range(200)]

    first = draw(5)
    assert first == draw(5)
    assert first != draw(6)
    scripts = {"he": 0, "fa": 0, "latin": 0}
    for row in first:
        ch = row["first_name"][0]
        scripts["he" if "\u0590" <= ch <= "\u05ff" else "fa" if "\u0600" <= ch <= "\u06ff"
                else "latin"] += 1
        assert row["phone"] or row["email"]
    assert all(scripts.values()), scripts
