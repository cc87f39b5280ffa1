"""Reasons and summaries core shows people are templates with named values, like its errors:
an import's refused rows, why two customers look like one, an alert's summary and the
passphrase hint. English for the command line, JSON and the e-mail, unchanged; alerts
store no English, and summaries stored in English by older versions read the same."""

from __future__ import annotations

import ast
import csv
import re
from pathlib import Path

from app.core import alerts, importing, surveys
from app.core.duplicate_finder import Candidate, Pair, Side, score_pair
from app.core.errors import Message
from app.core.shop import passphrase_strength
from app.store import surveys as survey_rows

ROOT = Path(__file__).resolve().parents[2]
MODULES = ("import_checks", "import_batches", "duplicate_finder", "retention", "alerts")
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")


def _english_f_strings(path: Path) -> list[str]:
    """f-strings with English words, outside audit details and the owner's e-mail (which
    stays English)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    allowed: set[int] = set()
    for node in ast.walk(tree):
        audited = (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "record"
        )
        if audited or (isinstance(node, ast.FunctionDef) and node.name == "notify"):
            allowed |= {id(n) for n in ast.walk(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and id(node) not in allowed:
            words = "".join(
                v.value
                for v in node.values
                if isinstance(v, ast.Constant) and isinstance(v.value, str)
            )
            if ENGLISH_WORD.search(words):
                found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)[:70]}")
    return found


def test_no_reason_or_summary_is_an_english_f_string():
    found = [f for m in MODULES for f in _english_f_strings(ROOT / "app/core" / f"{m}.py")]
    assert not found, "use a Message template:\n" + "\n".join(found)


def _import(shop, tmp_path) -> tuple:
    source = tmp_path / "customers.csv"
    source.write_text(
        "first_name,phone,birthday,marketing_consent\n"
        "Noa,054-211-2222,1990-04-02,yes\n"
        "Ari,054-311-3333,someday,perhaps\n"
        "Uri,052-555-1234,,\n"
        "Yael,054-211-2222,,\n",
        encoding="utf-8",
    )
    plan = importing.plan(source)
    return plan, importing.run(shop, plan, dry_run=True)


def test_import_refusals_read_as_before_in_english_and_carry_templates(shop, tmp_path):
    plan, result = _import(shop, tmp_path)
    reasons = [r.reason for r in result.rejected]
    assert reasons == [
        "marketing_consent: Write yes or no.; "
        "birthday: Write the date as YYYY-MM-DD or DD/MM/YYYY.",
        "phone: customer 1 already has this phone.",
        "phone: the same phone as line 2 of the file.",
    ]
    both, taken, again = reasons
    assert both.template == "{first}; {then}"
    assert both.values["first"].values["field"].template == "marketing_consent"
    assert taken.template == "{what}: customer {id} already has this {what}."
    assert taken.values == {"what": "phone", "id": 1}
    assert again.values == {"line": 2}
    assert result.rejected[1].to_json() == {"row": 4, "reason": taken}

    english = tmp_path / "english.csv"
    importing.write_rejected(plan, result, english)
    with english.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[2][-1] == "line 4: phone: customer 1 already has this phone."

    worded = tmp_path / "worded.csv"
    importing.write_rejected(plan, result, worded, lambda m: f"<{m.template}>")
    with worded.open(encoding="utf-8-sig", newline="") as f:
        assert [r[-1] for r in csv.reader(f)][1:] == ["<line {row}: {reason}>"] * 3


def test_a_purchase_refusal_names_the_buyer_not_found(shop, tmp_path):
    source = tmp_path / "sales.csv"
    source.write_text(
        "receipt,at,customer_phone,total\n"
        "R1,2024-03-01 10:00,052-555-1234,12.00\n"
        "R2,2024-03-01 12:00,054-999-0000,9.00\n",
        encoding="utf-8",
    )
    result = importing.run(shop, importing.plan(source, "purchases"), dry_run=True)
    (refused,) = result.rejected
    assert (refused.row, refused.reason) == (3, "customer_phone: no customer has this phone.")
    assert refused.reason.template == refused.reason and refused.reason.values == {}


def test_duplicate_reasons_are_templates_with_the_english_words():
    def side(i):
        return Side(i, "Dana", "Cohen", "+972525551234", "052-555-1234", None, None, "", 0, None)

    a = Candidate(1, "dana", "cohen", "+972525551234", None, None)
    b = Candidate(2, "dana", "cohn", "+972525551234", None, None)
    score, reasons, name = score_pair(a, b)
    pair = Pair(side(1), side(2), score, reasons, name)
    words = pair.reason_text()
    assert words == ["same phone", f"similar name {name}"]
    assert [w.template for w in words] == ["same phone", "similar name {score}"]
    assert pair.to_json()["reasons"] == words


def test_the_passphrase_hint_is_a_template():
    score, hint = passphrase_strength("short")
    assert score == 0 and hint == "Too short: use at least 8 characters."
    assert hint.template == "Too short: use at least {least} characters."
    assert passphrase_strength("correct horse battery staple")[1].template == "Strong."


def test_alerts_store_no_english_and_read_as_before(shop):
    survey = next(s for s in surveys.list_surveys(shop) if s.name == "Checkout NPS")
    question = survey.questions[0].id
    for given in ({"score": 3, "why": "Cold coffee"}, 2, {"score": 9, "why": "A rude reply"}):
        surveys.answer(shop, survey.id, {question: given})
    with shop.read() as session:
        stored = [r.summary for r in survey_rows.alerts(session)]
    assert stored == ["rude: a rude reply", "2/10", "3/10 — Cold coffee"]
    shown = alerts.listing(shop)
    assert [a.summary for a in shown] == [
        "Mentions rude: a rude reply",
        "NPS 2/10",
        'NPS 3/10 — "Cold coffee"',
    ]
    assert [a.to_json()["summary"] for a in shown] == [a.summary for a in shown]
    assert shown[2].summary.values == {"score": 3, "said": "Cold coffee"}


def test_summaries_stored_by_older_versions_and_erased_ones_read_sensibly():
    read = alerts.summary_message
    for kind, stored, english, template in (
        (
            "detractor",
            'NPS 2/10 — "Cold coffee"',
            'NPS 2/10 — "Cold coffee"',
            'NPS {score}/10 — "{said}"',
        ),
        ("detractor", "NPS 5/10", "NPS 5/10", "NPS {score}/10"),
        ("detractor", "5/10", "NPS 5/10", "NPS {score}/10"),
        (
            "low_rating",
            "How was the service?: 2/5",
            "How was the service?: 2/5",
            "{question}: {score}/5",
        ),
        (
            "keyword",
            "Mentions rude, slow: so slow",
            "Mentions rude, slow: so slow",
            "Mentions {words}: {said}",
        ),
        ("keyword", "Mentions rude", "Mentions rude", "Mentions {words}"),
        ("keyword", "rude", "Mentions rude", "Mentions {words}"),
    ):
        message = read(kind, stored)
        assert (message, message.template) == (english, template)
    odd = read("detractor", "something else")
    assert odd == "something else" and not isinstance(odd, Message)
