"""Aggregates for the monthly report and the dashboard. Every period query is a range over
an indexed time column (ix_purchases_at, ix_refunds_at, ix_loyalty_entries_program_at,
ix_survey_answers_kind_at, ix_customers_first_visit): its cost follows the period's data,
not the shop's history. Lists are grouped in SQL and cut with a LIMIT."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import and_, case, func, literal, literal_column, or_, select, true
from sqlalchemy.orm import Session

from app.store.models import (
    Customer,
    Purchase,
    PurchaseLine,
    Refund,
    SurveyAnswer,
    SurveyQuestion,
)

LIVE = Purchase.voided_at.is_(None)
LISTED = and_(Customer.merged_into.is_(None), Customer.erased_at.is_(None))


def _in(column, start: datetime, end: datetime):
    return and_(column >= start, column < end)


# -- sales ----------------------------------------------------------------------------------
def sales(session: Session, start: datetime, end: datetime) -> tuple[int, int, int, int]:
    """(purchases, gross total, identified purchases, identified total) in [start, end)."""
    known = Purchase.customer_id.is_not(None)
    row = session.execute(
        select(func.count(), func.coalesce(func.sum(Purchase.total), 0),
               func.count(Purchase.customer_id),
               func.coalesce(func.sum(Purchase.total).filter(known), 0))
        .where(_in(Purchase.at, start, end), LIVE)
    ).one()
    return int(row[0]), int(row[1]), int(row[2]), int(row[3])


def refunds(session: Session, start: datetime, end: datetime) -> int:
    """Money given back in [start, end), whenever the purchase was."""
    return int(session.scalar(
        select(func.coalesce(func.sum(Refund.amount), 0)).where(_in(Refund.at, start, end))
    ) or 0)


def daily_sales(session: Session, start: datetime, end: datetime) -> dict[str, tuple[int, int]]:
    """{'YYYY-MM-DD' (local day): (purchases, gross total)} for the days that had sales."""
    day = func.date(Purchase.at, literal_column("'localtime'"))
    stmt = (select(day, func.count(), func.sum(Purchase.total))
            .where(_in(Purchase.at, start, end), LIVE).group_by(day))
    return {d: (int(n), int(total)) for d, n, total in session.execute(stmt)}


def hourly_purchases(session: Session, start: datetime, end: datetime) -> dict[int, int]:
    """{local hour of the day: purchases} in the period."""
    hour = func.strftime("%H", Purchase.at, literal_column("'localtime'"))
    stmt = (select(hour, func.count()).where(_in(Purchase.at, start, end), LIVE)
            .group_by(hour))
    return {int(h): int(n) for h, n in session.execute(stmt)}


def top_customers(session: Session, start: datetime, end: datetime,
                  limit: int = 10) -> list[tuple[int, str, str, int, int]]:
    """(id, first name, last name, purchases, spent) of the period's best customers."""
    spent = (
        select(Purchase.customer_id.label("cid"), func.count().label("n"),
               func.sum(Purchase.total - Purchase.refunded).label("spent"))
        .where(_in(Purchase.at, start, end), LIVE, Purchase.customer_id.is_not(None))
        .group_by(Purchase.customer_id)
        .order_by(func.sum(Purchase.total - Purchase.refunded).desc(), Purchase.customer_id)
        .limit(limit).subquery()
    )
    stmt = (select(Customer.id, Customer.first_name, Customer.last_name, spent.c.n,
                   spent.c.spent)
            .join(spent, spent.c.cid == Customer.id)
            .order_by(spent.c.spent.desc(), Customer.id))
    return [(cid, f, last, int(n), int(s)) for cid, f, last, n, s in session.execute(stmt)]


def best_sellers(session: Session, start: datetime, end: datetime, by_category: bool = False,
                 limit: int = 10) -> list[tuple[str, int, int]]:
    """(product or category, quantity, amount) sold in the period, best amount first."""
    label = (func.coalesce(func.nullif(PurchaseLine.category, ""), "—") if by_category
             else PurchaseLine.product)
    in_period = select(Purchase.id).where(_in(Purchase.at, start, end), LIVE)
    stmt = (
        select(label, func.sum(PurchaseLine.quantity), func.sum(PurchaseLine.amount))
        .where(PurchaseLine.purchase_id.in_(in_period))
        .group_by(label).order_by(func.sum(PurchaseLine.amount).desc(), label).limit(limit)
    )
    return [(name, int(q), int(a)) for name, q, a in session.execute(stmt)]


# -- customers ------------------------------------------------------------------------------
def new_customers(session: Session, start: datetime, end: datetime) -> int:
    """Customers whose first purchase fell in the period."""
    return session.scalar(
        select(func.count()).select_from(Customer).where(_in(Customer.first_visit, start, end))
    ) or 0


def active_customers(session: Session, start: datetime, end: datetime) -> int:
    """Customers who bought in the period."""
    return session.scalar(
        select(func.count(func.distinct(Purchase.customer_id)))
        .where(_in(Purchase.at, start, end), LIVE)
    ) or 0


def newly_lapsed(session: Session, start: datetime, end: datetime, days: int) -> int:
    """Customers who crossed the lapsed line inside the period: their last purchase before
    `end` lies in [start - days, end - days). Reads the period plus `days` of sales."""
    from datetime import timedelta  # noqa: PLC0415

    span = timedelta(days=days)
    last = (
        select(func.max(Purchase.at).label("last"))
        .where(_in(Purchase.at, start - span, end), LIVE, Purchase.customer_id.is_not(None))
        .group_by(Purchase.customer_id).subquery()
    )
    return session.scalar(
        select(func.count()).select_from(last).where(last.c.last < end - span)
    ) or 0


def how_heard_new(session: Session, start: datetime, end: datetime) -> list[tuple[str, int]]:
    """What the period's new customers said when asked how they heard about the shop."""
    answer = func.coalesce(func.nullif(Customer.how_heard, ""), "not asked")
    stmt = (select(answer, func.count()).where(_in(Customer.first_visit, start, end))
            .group_by(answer).order_by(func.count().desc(), answer))
    return [(a, int(n)) for a, n in session.execute(stmt)]


def birthdays(session: Session, month: int, limit: int = 40) -> tuple[int, list[tuple]]:
    """(how many, [(first, last, birthday)]) of listed customers born in `month`, read from
    ix_customers_birth_month (migration 0007): its expressions are these, formats written
    out (a bound format would not match the index)."""
    mm = func.strftime(literal_column("'%m'"), Customer.birthday)
    dd = func.strftime(literal_column("'%d'"), Customer.birthday)
    where = and_(Customer.birthday.is_not(None), mm == f"{month:02d}", LISTED)
    total = session.scalar(select(func.count()).select_from(Customer).where(where)) or 0
    stmt = (select(Customer.first_name, Customer.last_name, Customer.birthday)
            .where(where).order_by(mm, dd, Customer.id).limit(limit))
    return total, [(f, last, b if isinstance(b, date) else None)
                   for f, last, b in session.execute(stmt)]


def birthdays_between(session: Session, first: tuple[int, int], last: tuple[int, int],
                      limit: int = 40) -> tuple[int, list[tuple]]:
    """As `birthdays`, for birthdays from (month, day) `first` to `last` inclusive, e.g. a
    Persian month (Aban: 23 October to 21 November); a range past New Year's Eve (Dey: 22
    December to 20 January) wraps. Read from ix_customers_birth_month like `birthdays`."""
    mm = func.strftime(literal_column("'%m'"), Customer.birthday)
    dd = func.strftime(literal_column("'%d'"), Customer.birthday)
    (m1, d1), (m2, d2) = first, last
    after = or_(mm > f"{m1:02d}", and_(mm == f"{m1:02d}", dd >= f"{d1:02d}"))
    before = or_(mm < f"{m2:02d}", and_(mm == f"{m2:02d}", dd <= f"{d2:02d}"))
    wraps = (m2, d2) < (m1, d1)
    where = and_(Customer.birthday.is_not(None), or_(after, before) if wraps
                 else and_(after, before), LISTED)
    total = session.scalar(select(func.count()).select_from(Customer).where(where)) or 0
    year_order = case((mm >= f"{m1:02d}", 0), else_=1) if wraps else literal(0)
    stmt = (select(Customer.first_name, Customer.last_name, Customer.birthday)
            .where(where).order_by(year_order, mm, dd, Customer.id).limit(limit))
    return total, [(f, last_name, b if isinstance(b, date) else None)
                   for f, last_name, b in session.execute(stmt)]


def _not_glob(column, pattern: str):
    return column.op("NOT GLOB", is_comparison=True)(pattern)


def data_quality(session: Session) -> dict[str, int]:
    """Whole-book counts: customers, missing phone / e-mail / both, invalid values, equal
    phones or e-mails held by more than one customer, consenting customers.

    Phone and e-mail figures read only their own indexes (ix_customers_phone, _email);
    an erased customer has neither, and is taken off the missing counts. Consent and the
    totals are counted in groups on ix_customers_quality (migration 0007), whose
    expressions these are, without reading the customers table."""
    c = Customer
    keys = (LISTED, c.marketing_consent, c.phone.is_(None), c.email.is_(None))
    customers = consenting = no_contact = gone_no_phone = gone_no_email = 0
    for listed, consent, no_phone, no_email, n in session.execute(
        select(*keys, func.count()).group_by(*keys)
    ):
        if listed:
            customers += n
            consenting += n if consent else 0
            no_contact += n if no_phone and no_email else 0
        else:
            gone_no_phone += n if no_phone else 0
            gone_no_email += n if no_email else 0

    def count(*where) -> int:
        return session.scalar(select(func.count()).select_from(c).where(*where)) or 0

    out = {
        "customers": customers, "consenting": consenting, "no_contact": no_contact,
        "no_phone": count(c.phone.is_(None)) - gone_no_phone,
        "no_email": count(c.email.is_(None)) - gone_no_email,
        "bad_phone": count(c.phone.is_not(None), _not_glob(c.phone, "+[1-9]*")),
        "bad_email": count(c.email.is_not(None), ~c.email.like("%_@_%._%")),
    }
    for key, column in (("shared_phones", c.phone), ("shared_emails", c.email)):
        shared = (select(column).where(column.is_not(None))
                  .group_by(column).having(func.count() > 1).subquery())
        out[key] = session.scalar(select(func.count()).select_from(shared)) or 0
    return out


# -- surveys --------------------------------------------------------------------------------
def detractor_comments(session: Session, start: datetime, end: datetime,
                       limit: int = 30) -> list[tuple[datetime, int, str]]:
    """(when, score, comment) of the period's NPS detractors who wrote why, oldest first."""
    stmt = (select(SurveyAnswer.at, SurveyAnswer.number, SurveyAnswer.comment)
            .where(SurveyAnswer.kind == "nps", _in(SurveyAnswer.at, start, end),
                   SurveyAnswer.number <= 6, SurveyAnswer.comment != "")
            .order_by(SurveyAnswer.at, SurveyAnswer.id).limit(limit))
    return [(at, int(n), text) for at, n, text in session.execute(stmt)]


def choice_counts(session: Session, start: datetime, end: datetime
                  ) -> list[tuple[str, str, int]]:
    """(question, option, answers) for single and multiple choice answers in the period."""
    option = func.json_each(SurveyAnswer.value).table_valued("value")
    single = func.json_extract(SurveyAnswer.value, "$")
    out: list[tuple[str, str, int]] = []
    for kind, picked, source in (("single", single, None), ("multi", option.c.value, option)):
        stmt = select(SurveyQuestion.prompt, picked, func.count()).select_from(SurveyAnswer)
        if source is not None:
            stmt = stmt.join(source, true())
        stmt = (stmt.join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
                .where(SurveyAnswer.kind == kind, _in(SurveyAnswer.at, start, end))
                .group_by(SurveyQuestion.prompt, picked)
                .order_by(SurveyQuestion.prompt, func.count().desc()))
        out += [(p, str(o), int(n)) for p, o, n in session.execute(stmt)]
    return out


def ranking_averages(session: Session, start: datetime, end: datetime
                     ) -> list[tuple[str, str, float, int]]:
    """(question, option, average rank (1 = first), answers) for ranking answers."""
    option = func.json_each(SurveyAnswer.value).table_valued("key", "value")
    stmt = (
        select(SurveyQuestion.prompt, option.c.value, func.avg(option.c.key + 1), func.count())
        .select_from(SurveyAnswer).join(option, true())
        .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
        .where(SurveyAnswer.kind == "ranking", _in(SurveyAnswer.at, start, end))
        .group_by(SurveyQuestion.prompt, option.c.value)
        .order_by(SurveyQuestion.prompt, func.avg(option.c.key + 1))
    )
    return [(p, str(o), round(float(a), 2), int(n)) for p, o, a, n in session.execute(stmt)]
