"""Messages from core are templates with named values: English for the command line and
logs, the template and values for a Hebrew or Persian screen to translate. No message in
app/core, app/store or app/reports is glued together where a translator can't see it."""

from __future__ import annotations

import ast
import copy
import json
import pickle
import string
import sys
from pathlib import Path

import pytest

from app.core import customers, loyalty, purchases
from app.core.errors import (
    AccountLocked,
    Amount,
    Conflict,
    DuplicateCustomer,
    Message,
    NotFound,
    ValidationError,
    WrongPassphrase,
)
from app.core.purchases import LineInput

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "resources" / "translations"))
import collect_texts  # noqa: E402

CHECKED = ("app/core", "app/store", "app/reports")


def _calls():
    """(where, call, its message node) for every error or Message built in CHECKED."""
    classes = collect_texts._error_classes()
    for folder in CHECKED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
                if name not in classes:
                    continue
                index = classes[name]
                message = node.args[index] if len(node.args) > index else None
                message = next((k.value for k in node.keywords if k.arg == "message"), message)
                if message is not None:
                    where = f"{path.relative_to(ROOT)}:{node.lineno}"
                    yield where, node, message


def _glued(node: ast.AST) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return True
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "join")
    )


def test_no_message_is_an_f_string_or_glued_together():
    found = [
        f"{where}: {ast.unparse(message)[:80]}"
        for where, _call, message in _calls()
        if _glued(message)
    ]
    assert not found, "use a template with named values:\n" + "\n".join(found)


def test_every_template_gets_exactly_the_values_it_names():
    problems = []
    for where, call, message in _calls():
        if not (isinstance(message, ast.Constant) and isinstance(message.value, str)):
            continue
        named = {f for _, f, _, _ in string.Formatter().parse(message.value) if f is not None}
        given = {k.arg for k in call.keywords} - {"message", "errors", None}
        if named != given:
            problems.append(f"{where}: {message.value!r} names {named}, gets {given}")
    assert not problems, "\n".join(problems)


def test_collected_for_translation():
    texts = dict.fromkeys(t for c, t in collect_texts.collect() if c == "errors")
    for template in (
        "There is no customer {id}.",
        "line {number}",
        "{n} punches",
        "{where}: the quantity must be 1 to {most}.",
        "That passphrase does not open this shop. Try again.",
    ):
        assert template in texts


def test_a_message_is_its_english_text_and_keeps_template_and_values():
    where = Message("line {number}", number=2)
    message = Message("{where}: the quantity must be 1 to {most}.", where=where, most=10000)
    assert message == "line 2: the quantity must be 1 to 10000."
    assert isinstance(message, str) and json.dumps(message) == json.dumps(str(message))
    assert message.template == "{where}: the quantity must be 1 to {most}."
    assert message.values == {"where": where, "most": 10000}
    assert message.values["where"].template == "line {number}"
    for again in (pickle.loads(pickle.dumps(message)), copy.deepcopy(message)):
        assert again == message and again.template == message.template
        assert again.values["where"].values == {"number": 2}
    assert Message("Plain words {braces} stay.") == "Plain words {braces} stay."
    assert Message(message) is message


def test_errors_keep_their_english_str_and_exit_codes():
    error = NotFound("There is no customer {id}.", id=12345)
    assert str(error) == error.message == "There is no customer 12345."
    assert error.message.template == "There is no customer {id}."
    assert error.message.values == {"id": 12345} and error.exit_code == 4

    bad = ValidationError("total", "Use at most {places} decimal places.", places=2)
    assert str(bad) == "total: Use at most 2 decimal places."
    assert bad.errors == {"total": "Use at most 2 decimal places."}
    assert bad.errors["total"].template == "Use at most {places} decimal places."
    assert ValidationError("a", "x", {"a": "x", "b": "y"}).errors["b"] == "y"

    locked = AccountLocked("Too many wrong PINs. Try again in {seconds} seconds.", 30, seconds=30)
    assert (
        locked.seconds_left == 30
        and locked.message == "Too many wrong PINs. Try again in 30 seconds."
    )
    assert (
        DuplicateCustomer(
            "{who} already has this {what}.", [], who="Dana", what=Message("phone")
        ).message
        == "Dana already has this phone."
    )
    assert WrongPassphrase().message.template.startswith("That passphrase does not open")
    limit = ValidationError("notes", "That is too long: at most {limit:,} characters.", limit=2000)
    assert limit.message == "That is too long: at most 2,000 characters."


def test_money_in_a_message_reads_as_the_plain_decimal():
    assert str(Amount(1250, "ILS")) == "12.50" and str(Amount(700, "JPY")) == "700"
    refused = Conflict(
        "At most {amount} is left to refund on that purchase.", amount=Amount(990, "ILS")
    )
    assert refused.message == "At most 9.90 is left to refund on that purchase."


def test_real_refusals_from_core_carry_their_templates(shop):
    with pytest.raises(NotFound) as missing:
        customers.get(shop, 987654)
    assert missing.value.message == "There is no customer 987654."
    assert missing.value.message.values == {"id": 987654}

    with pytest.raises(ValidationError) as bad_line:
        purchases.record(shop, None, lines=[LineInput("Tea", 1, "5"), LineInput("Cake", 0, "9")])
    assert bad_line.value.message == "line 2: the quantity must be 1 to 10000."
    where = bad_line.value.message.values["where"]
    assert (where.template, where.values) == ("line {number}", {"number": 2})

    with pytest.raises(ValidationError) as total:
        purchases.record(shop, None, total="40", lines=[LineInput("Tea", 2, "17")])
    assert total.value.message == "The lines add up to 34.00, not 40.00."
    assert total.value.message.values["lines"] == Amount(3400, shop.settings.currency)

    program = loyalty.add_program(
        shop, {"kind": "punch", "name": "Coffee card", "reward": "a free coffee", "punches": 3}
    )
    dana = customers.resolve(shop, "052-555-1234")
    with pytest.raises(Conflict) as short:
        loyalty.redeem(shop, dana.id, program.id)
    assert short.value.message == "Not enough on the card: 0 punches, 3 needed."
    assert short.value.message.values["held"].template == "{n} punches"
