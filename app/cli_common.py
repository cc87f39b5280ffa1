"""What every command of the command line shares: where the shop is, the passphrase and
PINs, opening the shop as the command line, and printing results and errors."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.core.context import Actor
from app.core.errors import CounterpartError, DuplicateCustomer, ShopMissing, ValidationError
from app.core.shop import Shop, shop_exists

PASSPHRASE_ENV = "COUNTERPART_PASSPHRASE"


class UsageError(CounterpartError):
    """The command line was not used right: exit 2."""

    exit_code = 2


class Parser(argparse.ArgumentParser):
    """Usage mistakes become a UsageError, so they are reported like every other error
    (one line, or JSON with --json) instead of argparse's own exit."""

    def error(self, message: str):
        raise UsageError(f"{message} (see {self.prog} --help)")


@dataclass
class Context:
    args: argparse.Namespace
    folder: Path
    json: bool

    def emit(self, data, text: str | list[str]) -> None:
        """The result: `data` as JSON with --json, else the readable text."""
        if self.json:
            print_json(data)
        else:
            print(text if isinstance(text, str) else "\n".join(text))


def print_json(data, stream=None, indent: int | None = 2) -> None:
    stream = stream or sys.stdout
    utf8 = (getattr(stream, "encoding", "") or "").lower().replace("-", "") == "utf8"
    print(json.dumps(data, ensure_ascii=not utf8, indent=indent, default=str), file=stream)


# -- secrets ------------------------------------------------------------------------------
def can_ask() -> bool:
    return sys.stdin.isatty()


def passphrase(ctx: Context, *, confirm: bool = False, fallback: str | None = None) -> str:
    """COUNTERPART_PASSPHRASE, else --passphrase-file, else `fallback`, else a hidden
    prompt on a terminal. Never a command-line argument: it would show in `ps`."""
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if ctx.args.passphrase_file:
        return _read_secret_file(Path(ctx.args.passphrase_file))
    if fallback is not None:
        return fallback
    if can_ask():
        first = getpass.getpass(f"Passphrase for the shop in {ctx.folder}: ")
        if confirm:
            again = getpass.getpass("The same passphrase again: ")
            if again != first:
                raise ValidationError("passphrase", "The two passphrases are not the same.")
        return first
    raise UsageError(
        f"No passphrase: set {PASSPHRASE_ENV}, or use --passphrase-file FILE, "
        "or run the command in a terminal to type it."
    )


def _read_secret_file(path: Path) -> str:
    try:
        text = path.expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "it is not a text file"
        raise ValidationError("passphrase_file", f"Can't read {path}: {reason}.") from None
    secret = text.rstrip("\r\n")
    if not secret:
        raise ValidationError("passphrase_file", f"The passphrase file {path} is empty.")
    return secret


def pin(given: str | None, env: str, prompt: str, field: str) -> str:
    """A PIN: the option, else the environment variable `env`, else a hidden prompt (twice)."""
    if given:
        return given
    if os.environ.get(env):
        return os.environ[env]
    if can_ask():
        first = getpass.getpass(prompt)
        if getpass.getpass("The same PIN again: ") != first:
            raise ValidationError(field, "The two PINs are not the same.")
        return first
    option = "--" + field.replace("_", "-")
    raise UsageError(f"No PIN: set {env}, or use {option}, or run in a terminal to type it.")


# -- the shop -----------------------------------------------------------------------------
def no_shop(folder: Path) -> ShopMissing:
    return ShopMissing(
        f"There is no shop in {folder}. Run `counterpart --data-dir {folder} init "
        "--shop-name NAME` to make one, or `counterpart demo` for a demo shop."
    )


def act_as_command_line(shop: Shop) -> Shop:
    """The command line acts as a manager with no staff account, channel "cli"."""
    shop.actor = Actor(None, "command line", "manager", shop.actor.workstation, "cli")
    return shop


def open_shop(ctx: Context, fallback: str | None = None) -> Shop:
    if not shop_exists(ctx.folder):
        raise no_shop(ctx.folder)
    return act_as_command_line(
        Shop.open(ctx.folder, passphrase(ctx, fallback=fallback), channel="cli")
    )


@contextlib.contextmanager
def opened_shop(ctx: Context) -> Iterator[Shop]:
    """The shop for one command, closed (and its WAL checkpointed by SQLite) afterwards."""
    shop = open_shop(ctx)
    try:
        yield shop
    finally:
        shop.close()


# -- printing -----------------------------------------------------------------------------
def table(headers: list[str], rows: list[list[str]]) -> list[str]:
    """Aligned columns; the last column is not padded."""
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    return [
        "  ".join(str(cell).ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in [headers, *rows]
    ]


def local_time(moment: datetime | None) -> str:
    """A stored (UTC, naive) time as the workstation's local time."""
    if moment is None:
        return ""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def report_error(err: CounterpartError, as_json: bool) -> None:
    message = err.message
    if isinstance(err, DuplicateCustomer):
        ids = ", ".join(str(m.customer.id) for m in err.matches)
        message = f"{message.rstrip('.')} (customer {ids}). Add --force to save anyway."
    if as_json:
        out: dict = {"error": message, "field": getattr(err, "field", None)}
        if isinstance(err, ValidationError) and len(err.errors) > 1:
            out["errors"] = err.errors
        if isinstance(err, DuplicateCustomer):
            out["matches"] = [m.to_json() for m in err.matches]
        print_json(out, sys.stderr, indent=None)  # one line
    elif isinstance(err, ValidationError):
        print(f"error: {err.field}: {message}", file=sys.stderr)
    else:
        print(f"error: {message}", file=sys.stderr)
