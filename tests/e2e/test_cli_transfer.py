"""Import and export from the command line: real processes on real encrypted shops; a
round trip from one shop to a new one, --map, --dry-run, refused rows saved, exit codes."""

from __future__ import annotations

import csv

import pytest

from tests.e2e.test_cli import run

HEBREW = (
    "שם;טלפון;דוא\"ל;דיוור\n"
    "רונית אברהם;050-223-4567;ronit@example.com;כן\n"
    "מיכל;not a phone;;\n"
    "יעל;054-211-2222;;לא\n"
)


def init(folder) -> None:
    made = run(folder, "init", "--shop-name", "Corner Café", "--currency", "ILS", "--region",
               "IL", "--manager-name", "Maya", env={"COUNTERPART_MANAGER_PIN": "1234"})
    assert made.code == 0, made.err


@pytest.fixture(scope="module")
def shops(tmp_path_factory) -> dict:
    base = tmp_path_factory.mktemp("transfer")
    source, target = base / "source", base / "target"
    init(source)
    init(target)
    for args in (["--first-name", "Dana", "--last-name", "Cohen", "--phone", "052-555-1234",
                  "--consent"],
                 ["--first-name", "Zoë", "--email", "zoe@example.com"]):
        added = run(source, "customers", "add", *args)
        assert added.code == 0, added.err
    sale = run(source, "purchases", "add", "--customer", "052-555-1234", "--total", "37.50",
               "--line", "Latte;2;14.00;Coffee", "--line", "Croissant;1;9.50",
               "--receipt", "R-1", "--at", "2024-05-01T10:30")
    assert sale.code == 0, sale.err
    return {"base": base, "source": source, "target": target}


def test_export_then_import_into_a_new_shop(shops):
    base, source, target = shops["base"], shops["source"], shops["target"]
    people, sales = base / "people.csv", base / "sales.csv"
    done = run(source, "--json", "export", "customers", str(people))
    assert done.code == 0, done.err
    assert done.json()["rows"] == 2
    assert run(source, "export", "purchases", str(sales)).code == 0
    mailing = run(source, "--json", "export", "customers", str(base / "mail.csv"),
                  "--consented-only")
    assert mailing.json()["rows"] == 1

    imported = run(target, "--json", "import", "customers", str(people))
    assert imported.code == 0, imported.err
    got = imported.json()
    assert (got["imported"], got["rejected"], got["dry_run"]) == (2, [], False)
    assert got["encoding"] == "utf-8-sig" and got["mapping"]["phone"] == "phone"
    sold = run(target, "--json", "import", "purchases", str(sales))
    assert sold.code == 0, sold.err
    assert (sold.json()["records"], sold.json()["imported"]) == (1, 2)

    again = base / "people-again.csv"
    assert run(target, "export", "customers", str(again)).code == 0
    assert book(again) == book(people)  # the same customers, field by field
    dana = run(target, "--json", "customers", "show", "052-555-1234").json()
    assert (dana["lifetime_spend"], dana["visits"]) == ("37.50", 1)


def book(path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return [{k: v for k, v in r.items() if k != "created_at"} for r in csv.DictReader(f)]


def test_dry_run_map_and_rejected_file(shops):
    base, target = shops["base"], shops["target"]
    path = base / "hebrew.csv"
    path.write_bytes(HEBREW.encode("cp1255"))
    rejected = base / "rejected.csv"
    dry = run(target, "--json", "import", "customers", str(path), "--dry-run")
    assert dry.code == 0, dry.err
    got = dry.json()
    assert (got["encoding"], got["delimiter"], got["dry_run"]) == ("cp1255", ";", True)
    assert got["imported"] == 2 and [r["row"] for r in got["rejected"]] == [3]
    assert "phone:" in got["rejected"][0]["reason"]
    assert run(target, "--json", "customers", "find", "0502234567").json() == []

    real = run(target, "import", "customers", str(path), "--map", "דיוור=ignore",
               "--rejected", str(rejected))
    assert real.code == 0, real.err
    assert "2 customers imported from 2 rows; 1 rows refused." in real.out
    assert "line 3: phone:" in real.out
    with rejected.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["שם", "טלפון", 'דוא"ל', "דיוור", "error"]
    assert rows[1][0] == "מיכל" and rows[1][-1].startswith("line 3: phone:")
    ronit = run(target, "--json", "customers", "show", "0502234567").json()
    assert (ronit["first_name"], ronit["last_name"]) == ("רונית", "אברהם")
    assert ronit["marketing_consent"] is False  # the consent column was left out


@pytest.mark.parametrize("args, field", [
    (["--map", "Phone=telefax"], "map"),
    (["--map", "nonsense"], "map"),
    (["--encoding", "cp1255"], "encoding"),
])
def test_bad_options_exit_2_naming_the_field(tmp_path, args, field):
    """The file and the mapping are checked before the shop is even opened."""
    path = tmp_path / "plain.csv"
    path.write_text("Name,Phone\nאבי,052-555-0000\n", encoding="utf-8")
    done = run(tmp_path / "shop", "--json", "import", "customers", str(path), *args)
    assert done.code == 2, done.err
    assert done.error_json()["field"] == field


def test_a_missing_file_is_a_clear_error(tmp_path):
    done = run(tmp_path / "shop", "import", "customers", str(tmp_path / "nope.csv"))
    assert done.code == 2
    assert done.err.startswith("error: file: Can't read nope.csv")
