"""The layers stay apart: core and store never touch Qt; the GUI never touches SQL."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")
SQL = ("sqlalchemy", "alembic", "sqlcipher3", "sqlite3")


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at any depth (functions included), absolute form."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__":
            if node.args and isinstance(node.args[0], ast.Constant):
                found.add(str(node.args[0].value))
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module":
            if node.args and isinstance(node.args[0], ast.Constant):
                found.add(str(node.args[0].value))
    return found


def offenders(folder: Path, banned: tuple[str, ...]) -> dict[str, list[str]]:
    bad = {}
    for path in sorted(folder.rglob("*.py")):
        hits = sorted(m for m in imported_modules(path)
                      if any(m == b or m.startswith(b + ".") for b in banned))
        if hits:
            bad[str(path.relative_to(ROOT))] = hits
    return bad


def test_the_parser_sees_imports():
    """The check itself works: it finds the Qt imports the GUI does have."""
    ui = {m for p in (APP / "ui").rglob("*.py") for m in imported_modules(p)}
    assert any(m.startswith("PySide6") for m in ui)
    store = {m for p in (APP / "store").rglob("*.py") for m in imported_modules(p)}
    assert "sqlalchemy" in store


@pytest.mark.parametrize("layer", ["core", "store"])
def test_core_and_store_never_import_qt(layer):
    assert (APP / layer).is_dir()
    assert offenders(APP / layer, QT) == {}


def test_ui_never_imports_sql():
    """Widgets reach the data through core only: no SQL library, no store module."""
    assert offenders(APP / "ui", (*SQL, "app.store")) == {}


def test_core_and_store_load_without_qt():
    """Importing every core and store module (and what they import) never loads Qt."""
    script = """
import importlib, pkgutil, sys
import app.core, app.store
names = []
for package in (app.core, app.store):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if info.name == "app.store.migrations.env":  # runs only inside Alembic
            continue
        importlib.import_module(info.name)
        names.append(info.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5",
                                                          "PyQt6"))
print(len(names))
assert not qt, qt
assert "app.core.customers" in names and "app.store.engine" in names, names
"""
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.split()[-1]) >= 15
