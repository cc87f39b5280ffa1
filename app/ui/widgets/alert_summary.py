"""An alert's summary as the reader reads it: our words (NPS, "Mentions") in the
workstation's language and its digits, the customer's own words kept as they wrote them."""

from __future__ import annotations

from app.core.errors import Message
from app.ui.bidi import isolate
from app.ui.error_text import error_text


def summary_text(summary: str) -> str:
    if isinstance(summary, Message):
        return error_text(summary)
    return isolate(summary)  # a summary core could not read: as stored, in its own direction
