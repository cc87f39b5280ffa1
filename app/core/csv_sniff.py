"""Reading a CSV file someone brought: its encoding and delimiter, detected, then its rows.

Encodings: UTF-8 with or without a BOM, UTF-16 (LE/BE with a BOM, or without one when the
NUL bytes give it away), Windows-1255 (Hebrew) and Windows-1256 (Arabic, Persian). Without
a BOM, UTF-8 wins when it decodes strictly; otherwise each code page that decodes strictly
is scored by how plausible its letters are (one script per word, no stray accents or
control characters) and the best one is taken.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import ValidationError

ENCODINGS = ("utf-8-sig", "utf-8", "utf-16", "cp1255", "cp1256")
DELIMITERS = (",", ";", "\t")
MAX_BYTES = 200 * 1024 * 1024  # a customer list bigger than this is not a CSV export
SAMPLE = 64 * 1024
_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class Table:
    """A decoded CSV file: the header row and every data row (as tuples of text: the
    garbage collector stops walking those, which at 100,000 rows made each of its full
    passes hold the window still for 20-50 ms during an import)."""

    encoding: str
    delimiter: str
    header: list[str]
    rows: list[tuple[str, ...]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # each row's first line in the file

    def row_number(self, index: int) -> int:
        """The line of the file where data row `index` starts (the header is line 1)."""
        return self.lines[index] if index < len(self.lines) else index + 2


def detect_encoding(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:SAMPLE]
    if len(head) >= 4 and head.count(0) > len(head) // 4:  # UTF-16 without a BOM
        odd_nuls = head[1::2].count(0)
        return "utf-16-le" if odd_nuls > head[0::2].count(0) else "utf-16-be"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    scored = []
    for encoding in ("cp1255", "cp1256"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((plausibility(text), encoding))
    if not scored:
        raise ValidationError(
            "encoding", "Can't read this file's characters: save it as UTF-8 and try again.")
    return max(scored)[1]


def _script(ch: str) -> str:
    code = ord(ch)
    if ch.isascii():
        return "latin"
    if 0x05D0 <= code <= 0x05EA:
        return "hebrew"
    if 0x0620 <= code <= 0x064A or 0x066E <= code <= 0x06D3:
        return "arabic"
    return "other"  # accented Latin, marks and symbols a code page gave by mistake


def plausibility(text: str) -> float:
    """Higher is likelier: letters whose word keeps to one known script count for, words
    mixing scripts or holding odd letters count against."""
    good = bad = 0
    for word in _WORD.findall(text[:SAMPLE]):
        scripts = {_script(ch) for ch in word}
        if len(scripts) == 1 and "other" not in scripts:
            good += len(word)
        else:
            bad += len(word)
    bad += sum(1 for ch in text[:SAMPLE] if ord(ch) < 32 and ch not in "\r\n\t")
    return (good - 3 * bad) / max(1, good + bad)


def detect_delimiter(text: str) -> str:
    sample = "\n".join(text[:SAMPLE].splitlines()[:50])
    try:
        found = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
        if found in DELIMITERS:
            return found
    except csv.Error:
        pass
    first = sample.split("\n", 1)[0]
    counts = {d: first.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding): `encoding` when given, else the detected one."""
    encoding = encoding or detect_encoding(data)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise ValidationError(
            "encoding", "This file is not in {encoding}: choose another encoding.",
            encoding=encoding) from None
    return text.lstrip("\ufeff"), encoding


def read_table(data: bytes, encoding: str | None = None, delimiter: str | None = None) -> Table:
    """The rows of a CSV file. Blank lines are skipped; short rows are padded."""
    text, encoding = decode(data, encoding)
    if delimiter is not None and delimiter not in DELIMITERS:
        raise ValidationError("delimiter", "The delimiter is a comma, a semicolon or a tab.")
    delimiter = delimiter or detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
        if not header or not any(cell.strip() for cell in header):
            raise ValidationError("file", "The file is empty: the first line names the columns.")
        header = [cell.strip() for cell in header]
        width = len(header)
        rows, lines = [], []
        start = reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append((*row, *[""] * (width - len(row))))
                lines.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ValidationError("file", "This is not a readable CSV file: {reason}.",
                              reason=str(exc)) from None
    return Table(encoding, delimiter, header, rows, lines)


def read_file(path: str | Path, encoding: str | None = None,
              delimiter: str | None = None) -> Table:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValidationError("file", "That file is too big for a customer list.")
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("file", "Can't read {name}: {reason}.", name=path.name,
                              reason=str(exc.strerror)) from None
    return read_table(data, encoding, delimiter)
