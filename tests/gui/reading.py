"""Text as a reader sees it on a right-to-left screen."""

from __future__ import annotations

# the marks that keep names and numbers in their own direction, invisible on screen
DIRECTION_MARKS = str.maketrans("", "", "\u2066\u2067\u2068\u2069\u200e\u200f")


def plain(text: str) -> str:
    """Without the direction marks."""
    return text.translate(DIRECTION_MARKS)
