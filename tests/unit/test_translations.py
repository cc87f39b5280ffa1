"""The Hebrew and Persian catalogues: every message translated, placeholders, keyboard names
and accelerators kept, and every tr() text in the code present (lupdate run afresh)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("he", "fa")
# what must come through a translation unchanged: %1, {name}, {nps:+.1f}, <b>, key names
KEPT = re.compile(
    r"%\d+|%n|\{[^{}]*\}|<[^<>]+>|\b(?:Ctrl|Shift|Alt)\+\w+|\bF\d{1,2}\b|\bEsc\b|\bEnter\b"
)


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) -> the <message> element."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            found[key] = message
    return found


def accelerators(text: str) -> int:
    return text.replace("&&", "").count("&")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders_kept(language):
    catalogue = messages(CATALOGUES / f"counterpart_{language}.ts")
    assert len(catalogue) > 400
    problems = []
    for (context, source, _comment), message in catalogue.items():
        node = message.find("translation")
        text = node.text or ""
        where = f"[{context}] {source!r}"
        if not text.strip() or node.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: not translated")
            continue
        if sorted(KEPT.findall(source)) != sorted(KEPT.findall(text)):
            problems.append(f"{where}: placeholders or keys differ in {text!r}")
        if accelerators(source) != accelerators(text):
            problems.append(f"{where}: {accelerators(source)} accelerator(s) in the source")
        if source.count("\n") != text.count("\n"):
            problems.append(f"{where}: line breaks differ")
    assert not problems, "\n".join(problems)


def test_the_compiled_catalogues_are_shipped_and_newer_than_their_sources():
    for language in LANGUAGES:
        ts = CATALOGUES / f"counterpart_{language}.ts"
        qm = ts.with_suffix(".qm")
        assert qm.is_file() and qm.stat().st_size > 10_000, f"{qm.name}: run ./dev translations"
        assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, f"{qm.name} is older than {ts.name}"


def test_the_catalogues_cover_every_tr_text_in_the_code(tmp_path):
    """lupdate over the same files as ./dev translations; nothing it finds may be missing."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists() or shutil.which("git") is None:
        pytest.skip("pyside6-lupdate or git missing")
    sources = subprocess.run(
        ["git", "ls-files", "app/*.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    if not sources:
        pytest.skip("not a git checkout")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh), "-source-language", "en",
         "-no-obsolete", "-locations", "none"],
        cwd=ROOT, capture_output=True, check=True,
    )  # fmt: skip
    wanted = set(messages(fresh))
    for language in LANGUAGES:
        have = set(messages(CATALOGUES / f"counterpart_{language}.ts"))
        missing = sorted(wanted - have)
        assert not missing, (
            f"{len(missing)} text(s) not in counterpart_{language}.ts (run ./dev translations "
            "and translate them):\n" + "\n".join(f"[{c}] {s!r}" for c, s, _ in missing)
        )


def test_texts_lupdate_cannot_see_are_listed_for_it():
    """Helper-translated labels and error messages, collected into texts_for_translation."""
    check = subprocess.run(
        [sys.executable, str(CATALOGUES / "collect_texts.py"), "--check"],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert check.returncode == 0, check.stdout
    listed = (ROOT / "app" / "ui" / "texts_for_translation.py").read_text(encoding="utf-8")
    assert "QT_TRANSLATE_NOOP('CustomerLabels', 'First name')" in listed
    assert "QT_TRANSLATE_NOOP('errors', 'Type an amount.')" in listed
