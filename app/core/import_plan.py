"""What an import works with: its plan (the file and which column is which field), the
rows of the preview, the rows refused and the result."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.csv_sniff import Table
from app.core.errors import Message


@dataclass(frozen=True)
class Rejected:
    row: int  # the line of the file (the header is line 1)
    reason: str
    values: tuple[str, ...]

    def to_json(self) -> dict:
        return {"row": self.row, "reason": self.reason}


@dataclass
class ImportPlan:
    kind: str
    table: Table
    mapping: list[str]  # the field of each column, "" for a column left out

    def problems(self) -> list[Message]:
        """What the mapping lacks before anything can be imported."""
        have = set(self.mapping)
        out = []
        if self.kind == "customers":
            if not have & {"first_name", "full_name"}:
                out.append(Message("Choose the column with the first name (or the full name)."))
            if not have & {"phone", "email"}:
                out.append(Message("Choose the column with the phone number or the e-mail."))
        elif not have & {"total", "unit_price"}:
            out.append(Message("Choose the column with the total (or the lines' unit prices)."))
        elif "at" not in have:
            out.append(Message("Choose the column with the date of each purchase."))
        return out


@dataclass(frozen=True)
class PreviewRow:
    row: int
    values: tuple[str, ...]
    error: str  # "" when the row would be imported


@dataclass
class ImportResult:
    kind: str
    total: int  # data rows in the file
    imported: int = 0  # rows taken (with dry_run: rows that would be taken)
    records: int = 0  # customers or purchases made from them
    rejected: list[Rejected] = field(default_factory=list)
    dry_run: bool = False
    cancelled: bool = False

    def to_json(self) -> dict:
        return {"kind": self.kind, "total": self.total, "imported": self.imported,
                "records": self.records, "rejected": [r.to_json() for r in self.rejected],
                "dry_run": self.dry_run, "cancelled": self.cancelled}
