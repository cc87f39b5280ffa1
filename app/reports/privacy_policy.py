"""The shop's privacy policy, printed: one version's text with its number and date, to hang
by the counter or hand to a customer."""

from __future__ import annotations

from pathlib import Path

from app.reports.text_pages import TextPages


def policy_pdf(
    path, shop_name: str, version: int, text: str, written: str, paper: str = "A4"
) -> Path:
    """`written`: the version's date, already formatted for people."""
    lines = text.strip().splitlines()
    first, rest = (lines[0], lines[1:]) if lines else (shop_name, [])
    pages = TextPages(
        path,
        f"{shop_name} — privacy policy, version {version}",
        f"{shop_name} · privacy policy · version {version} · {written}",
        paper,
    )
    pages.title(first, f"Version {version} · {written}")
    for line in rest:
        if not line.strip():
            pages.gap(2.5)
        elif len(line) < 60 and not line.rstrip().endswith((".", ":", "؛", "。")):
            pages.gap(1.5)
            pages.paragraph(line, 11, bold=True)  # a short line alone: a heading
        else:
            pages.paragraph(line, 10)
    pages.close()
    return Path(path)
