"""Checkout surveys: questions, answers from the counter or the kiosk, NPS, hand-offs.

Question kinds: nps (0-10, with an optional "Why?"), rating (1-5), single (one option),
multi (several options), ranking (every option once, in order), text. Editing a survey that
already has answers makes a new version; answers keep pointing at the wording they got.
NPS = % promoters (9-10) - % detractors (0-6); passives (7-8) count in the total only;
a month without answers has no NPS (None), not 0.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from app.core import alerts, audit, calendars, loyalty
from app.core.errors import Conflict, Message, NotFound, PermissionDenied, ValidationError
from app.store import customers as customer_rows
from app.store import purchases as purchase_rows
from app.store import surveys as rows

KINDS = ("nps", "rating", "single", "multi", "ranking", "text")
WHY = ("none", "everyone", "detractors")
TEXT_LIMIT = 2000


@dataclass(frozen=True)
class Question:
    id: int
    kind: str
    prompt: str
    options: tuple[str, ...]
    required: bool
    why: str  # nps only: ask "Why?" of nobody, everyone, or detractors

    def to_json(self) -> dict:
        return {"id": self.id, "kind": self.kind, "prompt": self.prompt,
                "options": list(self.options), "required": self.required, "why": self.why}


@dataclass(frozen=True)
class Survey:
    id: int
    name: str
    version: int
    active: bool
    questions: tuple[Question, ...]

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "version": self.version,
                "active": self.active, "questions": [q.to_json() for q in self.questions]}


def _question(row) -> Question:
    return Question(row.id, row.kind, row.prompt, tuple(json.loads(row.options)), row.required,
                    row.why)


def _survey(session, row) -> Survey:
    return Survey(row.id, row.name, row.version, row.active,
                  tuple(_question(q) for q in rows.questions(session, row.id, row.version)))


def list_surveys(shop, active_only: bool = False) -> list[Survey]:
    with shop.read() as session:
        return [_survey(session, r) for r in rows.surveys(session, active_only)]


def get(shop, survey_id: int) -> Survey:
    with shop.read() as session:
        row = rows.get(session, survey_id)
        if row is None:
            raise NotFound("There is no survey {id}.", id=survey_id)
        return _survey(session, row)


# -- editing --------------------------------------------------------------------------------
def _clean_questions(raw: list[dict]) -> list[dict]:
    if not raw:
        raise ValidationError("questions", "A survey needs at least one question.")
    out = []
    for n, q in enumerate(raw, start=1):
        where = Message("question {n}", n=n)
        kind = q.get("kind")
        if kind not in KINDS:
            raise ValidationError("questions", "{where}: choose a kind of question.", where=where)
        prompt = " ".join(str(q.get("prompt") or "").split())
        if not prompt:
            raise ValidationError("questions", "{where}: write the question.", where=where)
        options = [" ".join(str(o).split()) for o in q.get("options") or []]
        options = [o for o in dict.fromkeys(options) if o]
        if kind in ("single", "multi", "ranking") and len(options) < 2:
            raise ValidationError("questions", "{where}: give at least two options.", where=where)
        why = q.get("why") or ("everyone" if kind == "nps" else "none")
        if why not in WHY or (why != "none" and kind != "nps"):
            raise ValidationError("questions", "{where}: a 'Why?' follows only an NPS score.",
                                  where=where)
        out.append({"kind": kind, "prompt": prompt[:500], "options": json.dumps(options),
                    "required": bool(q.get("required", True)), "why": why})
    return out


def save_survey(shop, survey_id: int | None, name: str, questions: list[dict],
                active: bool = True) -> Survey:
    """A new survey, or new wording for one. If the current wording already has answers,
    the change becomes a new version and the old answers keep theirs."""
    if not shop.actor.is_manager:
        raise PermissionDenied("Only a manager can change surveys.")
    name = " ".join(name.split())
    if not name:
        raise ValidationError("name", "Give the survey a name.")
    cleaned = _clean_questions(questions)
    now = audit.now()
    with shop.write() as session:
        if survey_id is None:
            row = rows.add(session, name=name[:120], active=active, version=1, created_at=now)
        else:
            row = rows.get(session, survey_id)
            if row is None:
                raise NotFound("There is no survey {id}.", id=survey_id)
            row.name, row.active, row.updated_at = name[:120], active, now
            current = [_question(q) for q in rows.questions(session, row.id, row.version)]
            same = [(q.kind, q.prompt, json.dumps(list(q.options)), q.required, q.why)
                    for q in current] == [(c["kind"], c["prompt"], c["options"], c["required"],
                                          c["why"]) for c in cleaned]
            if same:
                return _survey(session, row)
            if rows.has_answers(session, row.id, row.version):
                row.version += 1
            else:
                for old in rows.questions(session, row.id, row.version):
                    session.delete(old)
                session.flush()
        rows.add_questions(session, [dict(c, survey_id=row.id, version=row.version, position=i)
                                     for i, c in enumerate(cleaned, start=1)])
        audit.record(session, shop.actor, "create" if survey_id is None else "update",
                     "survey", row.id, f"version={row.version}")
        return _survey(session, row)


# -- answering --------------------------------------------------------------------------------
def clean_answers(survey: Survey, answers: dict, complete: bool = True) -> list[dict]:
    """Rows for the answers given ({question id: value}); refuses an out-of-range or
    malformed one, or a missing required one when complete, naming the question."""
    by_id = {q.id: q for q in survey.questions}
    given = {}
    for key, value in answers.items():
        try:
            qid = int(key)
        except (TypeError, ValueError):
            raise ValidationError("answers", "{key} is not a question id.", key=str(key)) from None
        if qid not in by_id:
            raise ValidationError(f"question {qid}",
                                  "Question {question} is not in survey {survey}.",
                                  question=qid, survey=survey.id)
        given[qid] = value
    out = []
    for q in survey.questions:
        if q.id not in given or given[q.id] in (None, "", []):
            if complete and q.required:
                raise ValidationError(f"question {q.id}", "Question {question} needs an answer.",
                                      question=q.id)
            continue
        out.append(_clean_answer(q, given[q.id]))
    return out


def _clean_answer(q: Question, value) -> dict:
    field = f"question {q.id}"
    row = {"question_id": q.id, "kind": q.kind, "number": None, "value": "", "comment": ""}
    if q.kind in ("nps", "rating"):
        if q.kind == "nps" and isinstance(value, dict):
            row["comment"] = " ".join(str(value.get("why") or "").split())[:TEXT_LIMIT]
            value = value.get("score")
        low, high = (0, 10) if q.kind == "nps" else (1, 5)
        if isinstance(value, bool) or not isinstance(value, (int, str)) or \
                not str(value).strip().isdigit() or not low <= int(value) <= high:
            raise ValidationError(field, "Question {question} takes a whole number from {low} "
                                  "to {high}.", question=q.id, low=low, high=high)
        row["number"] = int(value)
        row["value"] = json.dumps(int(value))
    elif q.kind == "single":
        if value not in q.options:
            raise ValidationError(field, "Question {question} takes one of: {choices}.",
                                  question=q.id, choices=", ".join(q.options))
        row["value"] = json.dumps(value)
    elif q.kind in ("multi", "ranking"):
        if not isinstance(value, list) or len(set(value)) != len(value) or \
                not set(value) <= set(q.options):
            raise ValidationError(field, "Question {question} takes a list of its options, "
                                  "each once.", question=q.id)
        if q.kind == "ranking" and len(value) != len(q.options):
            raise ValidationError(field, "Question {question}: put every option in order.",
                                  question=q.id)
        row["value"] = json.dumps(value)
    else:
        text = " ".join(str(value).split()) if isinstance(value, (str, int, float)) else None
        if text is None or len(text) > TEXT_LIMIT:
            raise ValidationError(field, "Question {question} takes text, at most {limit:,} "
                                  "characters.", question=q.id, limit=TEXT_LIMIT)
        row["value"] = json.dumps(text)
    return row


@dataclass(frozen=True)
class Answered:
    response_id: int
    complete: bool
    alerts: tuple  # alerts.AlertView raised by this response
    loyalty: tuple  # loyalty.Earned: a feedback bonus

    def to_json(self) -> dict:
        return {"id": self.response_id, "complete": self.complete,
                "alerts": [a.to_json() for a in self.alerts],
                "loyalty": [e.to_json() for e in self.loyalty]}


def answer(shop, survey_id: int, answers: dict, *, customer_id: int | None = None,
           purchase_id: int | None = None, channel: str | None = None,
           complete: bool = True) -> Answered:
    """Store one response (linked to a customer and purchase, or anonymous). Negative
    answers raise alerts at once; a known customer's first complete response of the day
    earns the programs' feedback bonus; the manager is e-mailed after the commit when set up."""
    survey = get(shop, survey_id)
    if not survey.active:
        raise Conflict("The survey “{name}” is stopped; start it again to take answers.",
                       name=survey.name)
    cleaned = clean_answers(survey, answers, complete)
    if not cleaned:
        raise ValidationError("answers", "There is no answer to keep.")
    actor, now = shop.actor, audit.now()
    with shop.write() as session:
        if customer_id is not None and customer_rows.get(session, customer_id) is None:
            raise NotFound("There is no customer {id}.", id=customer_id)
        if purchase_id is not None:
            bought = purchase_rows.get(session, purchase_id)
            if bought is None:
                raise NotFound("There is no purchase {id}.", id=purchase_id)
            customer_id = customer_id if customer_id is not None else bought.customer_id
        # the feedback reward: one a day per customer, however many surveys they answer
        rewarded = customer_id is not None and complete and not rows.answered_since(
            session, customer_id, _local_to_utc(date.today()))
        response = rows.add_response(
            session, [dict(a, at=now) for a in cleaned], survey_id=survey.id,
            version=survey.version, at=now, customer_id=customer_id, purchase_id=purchase_id,
            staff_id=actor.staff_id, channel=channel or actor.channel,
            workstation=actor.workstation, complete=complete)
        raised = alerts.raise_for(session, shop.settings, survey, cleaned, response)
        earned = loyalty.give_bonus(session, actor, customer_id, "survey", date.today()) \
            if rewarded else []
    alerts.notify(shop, raised)
    return Answered(response.id, complete, tuple(raised), tuple(earned))


# -- NPS --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Nps:
    month: str
    promoters: int
    passives: int
    detractors: int

    @property
    def total(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def nps(self) -> float | None:
        if not self.total:
            return None
        return round(100 * (self.promoters - self.detractors) / self.total, 1)

    @property
    def shown(self) -> int | None:
        """The score as every screen and report shows it: a whole number, halves away from
        zero (+39.5 -> +40), worked out from the counts (not from `nps`, already rounded
        once: 45.45 is 45, not 46)."""
        if not self.total:
            return None
        lead = 100 * (self.promoters - self.detractors)
        whole = (2 * abs(lead) + self.total) // (2 * self.total)
        return whole if lead >= 0 else -whole

    def to_json(self) -> dict:
        return {"month": self.month, "nps": self.nps, "promoters": self.promoters,
                "passives": self.passives, "detractors": self.detractors, "total": self.total}


def month_bounds(month: str) -> tuple[datetime, datetime]:
    """'2026-11' -> the month's start and end in UTC (local calendar); '1405-08' is a
    Persian-calendar month (Aban 1405), see calendars.month_days."""
    try:
        first, last = calendars.month_days(month)
    except ValueError:
        raise ValidationError("month", "Write the month as YYYY-MM, from {year}.",
                              year=calendars.GREGORIAN_FROM) from None
    return _local_to_utc(first), _local_to_utc(last + timedelta(days=1))


def _local_to_utc(day: date) -> datetime:
    """Local midnight starting `day`, as stored (UTC-naive)."""
    return datetime.combine(day, time(0)).astimezone().astimezone(UTC).replace(tzinfo=None)


def nps(shop, month: str | None = None) -> Nps:
    month = month or date.today().strftime("%Y-%m")
    start, end = month_bounds(month)
    with shop.read() as session:
        return Nps(month, *rows.nps_counts_between(session, [start, end])[0])


def nps_trend(shop, months: int = 12, last: str | None = None,
              jalali: bool = False) -> list[Nps]:
    """The last `months` months, oldest first, ending with `last` (default this month, in
    the Persian calendar when `jalali`); a Persian-calendar `last` ('1405-08') gives
    Persian-calendar months. Counted in one query over the answers' time index."""
    last = last or calendars.month_of(date.today(), jalali)
    month_bounds(last)  # validates
    keys = [calendars.add_months(last, -back) for back in range(months - 1, -1, -1)]
    keys = [k for k in keys if _known_month(k)]
    if not keys:
        return []
    edges = [month_bounds(k)[0] for k in keys] + [month_bounds(keys[-1])[1]]
    with shop.read() as session:
        counts = rows.nps_counts_between(session, edges)
    return [Nps(k, *c) for k, c in zip(keys, counts, strict=True)]


def _known_month(month: str) -> bool:
    try:
        calendars.month_days(month)
    except ValueError:
        return False
    return True


# -- the counter hands a survey to the kiosk ---------------------------------------------------
@dataclass(frozen=True)
class Handoff:
    id: int
    survey_id: int
    customer_id: int | None
    purchase_id: int | None


def send_to_kiosk(shop, survey_id: int, customer_id: int | None = None,
                  purchase_id: int | None = None) -> Handoff:
    get(shop, survey_id)
    with shop.write() as session:
        row = rows.add_kiosk_request(session, survey_id=survey_id, customer_id=customer_id,
                                     purchase_id=purchase_id, staff_id=shop.actor.staff_id,
                                     created_at=audit.now())
        return Handoff(row.id, row.survey_id, row.customer_id, row.purchase_id)


def take_handoff(shop, max_age_s: int = 300) -> Handoff | None:
    """The kiosk takes the newest waiting hand-off (older ones are left as stale)."""
    with shop.write() as session:
        row = rows.next_kiosk_request(session)
        if row is None or (audit.now() - row.created_at).total_seconds() > max_age_s:
            return None
        row.taken_at = audit.now()
        return Handoff(row.id, row.survey_id, row.customer_id, row.purchase_id)


# -- for the counter app: counts, a customer's answers, alerts with names, a test e-mail -------
def response_counts(shop) -> dict[tuple[int, int], int]:
    """{(survey id, version): responses kept}."""
    with shop.read() as session:
        return rows.response_counts(session)


@dataclass(frozen=True)
class GivenAnswer:
    prompt: str  # the wording the customer answered
    kind: str
    text: str  # the answer in words: "9/10 — friendly staff", "a friend", "1. quality, 2. ..."


@dataclass(frozen=True)
class CustomerResponse:
    id: int
    survey: str
    at: datetime
    channel: str
    complete: bool
    answers: tuple[GivenAnswer, ...]


def answer_text(kind: str, number: int | None, value: str, comment: str = "") -> str:
    shown = json.loads(value) if value else None
    if kind == "nps":
        return f"{number}/10" + (f" — {comment}" if comment else "")
    if kind == "rating":
        return f"{number}/5"
    if kind == "multi":
        return ", ".join(shown or [])
    if kind == "ranking":
        return ", ".join(f"{n}. {o}" for n, o in enumerate(shown or [], start=1))
    return str(shown if shown is not None else "")


def answers_of(shop, customer_id: int, limit: int = 20) -> list[CustomerResponse]:
    """A customer's survey responses, newest first, each with the wording they answered."""
    with shop.read() as session:
        names = {s.id: s.name for s in rows.surveys(session)}
        return [CustomerResponse(
            r.id, names.get(r.survey_id, ""), r.at, r.channel, r.complete,
            tuple(GivenAnswer(q.prompt, a.kind, answer_text(a.kind, a.number, a.value,
                                                            a.comment))
                  for a, q in rows.answers_of(session, r.id)))
            for r in rows.responses_of_customer(session, customer_id, limit)]


@dataclass(frozen=True)
class AlertLine:
    alert: alerts.AlertView
    customer_name: str  # first name only: enough to recognise them at the counter
    staff_name: str


def alert_lines(shop, open_only: bool = False, limit: int = 200) -> list[AlertLine]:
    with shop.read() as session:
        return [AlertLine(alerts._view(a), first or "", who or "")
                for a, first, who in rows.alerts_named(session, open_only, limit)]


def send_test_email(shop, settings=None) -> str:
    """Send a test message through the shop's mail server (or the settings being typed);
    returns the address it went to. A manager's job; a refusal names the reason."""
    import smtplib  # noqa: PLC0415
    import ssl  # noqa: PLC0415
    from email.message import EmailMessage  # noqa: PLC0415

    if not shop.actor.is_manager:
        raise PermissionDenied("Only a manager can set up e-mail.")
    s = settings or shop.settings
    if not s.smtp_host:
        raise ValidationError("smtp_host", "Give the mail server's name first.")
    if not (s.smtp_from and s.alert_email):
        raise ValidationError("alert_email", "Give the sender and the manager's address.")
    message = EmailMessage()
    message["Subject"] = f"{s.shop_name}: test e-mail from Counterpart"
    message["From"], message["To"] = s.smtp_from, s.alert_email
    message.set_content("This is a test. Alerts from checkout surveys will arrive like this.")
    try:
        with smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=10) as server:
            if s.smtp_starttls:
                server.starttls(context=ssl.create_default_context())
            if s.smtp_user:
                server.login(s.smtp_user, s.smtp_password)
            server.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise ValidationError("smtp_host", "The mail server did not take the message ({reason}).",
                              reason=f"{type(exc).__name__}: {exc}") from None
    return s.alert_email
