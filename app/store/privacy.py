"""Privacy: policy versions, consent history, a customer's data for export, erasure, and the
customers inactive long enough to propose erasing. Every query is bounded by an index."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, delete, func, or_, select, text, update
from sqlalchemy.orm import Session

from app.store.models import (
    Alert,
    AuditEntry,
    ConsentEvent,
    Customer,
    LoyaltyEntry,
    LoyaltyProgram,
    Merge,
    PrivacyPolicy,
    Purchase,
    PurchaseLine,
    Refund,
    RetiredCard,
    Staff,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)


# -- policy -----------------------------------------------------------------------------------
def latest_policy(session: Session) -> PrivacyPolicy | None:
    return session.scalar(select(PrivacyPolicy).order_by(PrivacyPolicy.version.desc()).limit(1))


def policy(session: Session, version: int) -> PrivacyPolicy | None:
    return session.get(PrivacyPolicy, version)


def policies(session: Session) -> list[tuple[PrivacyPolicy, str | None]]:
    """Every version, newest first, with the name of who wrote it."""
    stmt = (
        select(PrivacyPolicy, Staff.name)
        .outerjoin(Staff, Staff.id == PrivacyPolicy.created_by)
        .order_by(PrivacyPolicy.version.desc())
    )
    return [tuple(r) for r in session.execute(stmt)]


def add_policy(session: Session, **fields) -> PrivacyPolicy:
    row = PrivacyPolicy(**fields)
    session.add(row)
    session.flush()
    return row


# -- consent ----------------------------------------------------------------------------------
def add_consent(session: Session, **fields) -> ConsentEvent:
    row = ConsentEvent(**fields)
    session.add(row)
    session.flush()
    return row


def consents(
    session: Session, customer_id: int, limit: int = 500
) -> list[tuple[ConsentEvent, str | None]]:
    """A customer's consent events, newest first, with the staff member's name."""
    stmt = (
        select(ConsentEvent, Staff.name)
        .outerjoin(Staff, Staff.id == ConsentEvent.staff_id)
        .where(ConsentEvent.customer_id == customer_id)
        .order_by(ConsentEvent.at.desc(), ConsentEvent.id.desc())
        .limit(limit)
    )
    return [tuple(r) for r in session.execute(stmt)]


# -- a customer's data, whole (for an export on request) -----------------------------------------
def purchases_of(session: Session, customer_id: int) -> list[Purchase]:
    stmt = select(Purchase).where(Purchase.customer_id == customer_id)
    return list(session.scalars(stmt.order_by(Purchase.at, Purchase.id)))


def lines_of(session: Session, purchase_ids: list[int]) -> list[PurchaseLine]:
    out: list[PurchaseLine] = []
    for start in range(0, len(purchase_ids), 500):
        chunk = purchase_ids[start : start + 500]
        stmt = select(PurchaseLine).where(PurchaseLine.purchase_id.in_(chunk))
        out += session.scalars(stmt.order_by(PurchaseLine.id))
    return out


def ledger_of(session: Session, customer_id: int) -> list[tuple[LoyaltyEntry, str]]:
    stmt = (
        select(LoyaltyEntry, LoyaltyProgram.name)
        .join(LoyaltyProgram, LoyaltyProgram.id == LoyaltyEntry.program_id)
        .where(LoyaltyEntry.customer_id == customer_id)
        .order_by(LoyaltyEntry.at, LoyaltyEntry.id)
    )
    return [tuple(r) for r in session.execute(stmt)]


def answers_of(session: Session, customer_id: int) -> list[tuple]:
    """(response, survey name, answer, question) of every answer the customer gave."""
    stmt = (
        select(SurveyResponse, Survey.name, SurveyAnswer, SurveyQuestion)
        .join(Survey, Survey.id == SurveyResponse.survey_id)
        .join(SurveyAnswer, SurveyAnswer.response_id == SurveyResponse.id)
        .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
        .where(SurveyResponse.customer_id == customer_id)
        .order_by(SurveyResponse.at, SurveyResponse.id, SurveyQuestion.position)
    )
    return [tuple(r) for r in session.execute(stmt)]


def audit_of(session: Session, customer_id: int) -> list[tuple[AuditEntry, str | None]]:
    """Everything the audit log says about the customer's record, oldest first."""
    stmt = (
        select(AuditEntry, Staff.name)
        .outerjoin(Staff, Staff.id == AuditEntry.staff_id)
        .where(AuditEntry.entity == "customer", AuditEntry.entity_id == customer_id)
        .order_by(AuditEntry.id)
    )
    return [tuple(r) for r in session.execute(stmt)]


# -- erasure ----------------------------------------------------------------------------------
def response_ids(session: Session, customer_id: int) -> list[int]:
    stmt = select(SurveyResponse.id).where(SurveyResponse.customer_id == customer_id)
    return list(session.scalars(stmt))


def blank_answers(session: Session, response_ids: list[int]) -> None:
    """The customer's own words go: comments, and typed answers become empty text.
    Scores and chosen options stay, so NPS and answer breakdowns stay right."""
    for start in range(0, len(response_ids), 500):
        chunk = response_ids[start : start + 500]
        session.execute(
            update(SurveyAnswer).where(SurveyAnswer.response_id.in_(chunk)).values(comment="")
        )
        session.execute(
            update(SurveyAnswer)
            .where(SurveyAnswer.response_id.in_(chunk), SurveyAnswer.kind == "text")
            .values(value='""')
        )


def alerts_of(session: Session, customer_id: int) -> list[Alert]:
    return list(session.scalars(select(Alert).where(Alert.customer_id == customer_id)))


def purchases_with_notes(session: Session, customer_id: int) -> list[Purchase]:
    return list(
        session.scalars(
            select(Purchase).where(Purchase.customer_id == customer_id, Purchase.note != "")
        )
    )


def refunds_with_reasons(session: Session, customer_id: int) -> list[Refund]:
    bought = select(Purchase.id).where(Purchase.customer_id == customer_id)
    return list(
        session.scalars(select(Refund).where(Refund.purchase_id.in_(bought), Refund.reason != ""))
    )


def voided_with_reasons(session: Session, customer_id: int) -> list[Purchase]:
    return list(
        session.scalars(
            select(Purchase).where(
                Purchase.customer_id == customer_id, Purchase.void_reason.is_not(None)
            )
        )
    )


def entries_with_reasons(session: Session, customer_id: int) -> list[LoyaltyEntry]:
    return list(
        session.scalars(
            select(LoyaltyEntry).where(
                LoyaltyEntry.customer_id == customer_id, LoyaltyEntry.reason != ""
            )
        )
    )


def forget_retired_cards(session: Session, customer_id: int) -> None:
    session.execute(delete(RetiredCard).where(RetiredCard.customer_id == customer_id))


def forget_merge_snapshots(session: Session, customer_id: int) -> int:
    """A merge kept both customers' fields to undo it; an erased customer's go."""
    done = session.execute(
        update(Merge)
        .where(or_(Merge.kept_id == customer_id, Merge.merged_id == customer_id))
        .values(snapshot='{"erased": true}')
    )
    return done.rowcount or 0


def rebuild_search_segments(session: Session) -> None:
    """Merge the search index into one fresh segment. The index is contentless with
    tombstones: a deleted row's trigrams stay in their old segment until it is merged, so an
    erasure merges them away (and secure_delete zeroes the pages they were on)."""
    session.execute(text("INSERT INTO customers_fts(customers_fts) VALUES('optimize')"))


def wipe_wal(engine) -> tuple[int, int, int]:
    """Copy the WAL into the file and truncate it to nothing: (busy, frames, copied)."""
    with engine.connect() as conn:
        row = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    return int(row[0]), int(row[1]), int(row[2])


# -- retention -----------------------------------------------------------------------------
_LIVE = and_(Customer.erased_at.is_(None), Customer.merged_into.is_(None))


def never_visited_before(
    session: Session, cutoff: datetime, limit: int, after_id: int = 0
) -> list[Customer]:
    """Registered before `cutoff` and never bought anything (the last_visit index's NULLs,
    in id order)."""
    stmt = (
        select(Customer)
        .where(
            Customer.last_visit.is_(None),
            Customer.id > after_id,
            Customer.created_at < cutoff,
            _LIVE,
        )
        .order_by(Customer.id)
        .limit(limit)
    )
    return list(session.scalars(stmt))


def last_visit_before(
    session: Session, cutoff: datetime, limit: int, after: tuple[datetime, int] | None = None
) -> list[Customer]:
    """Last bought before `cutoff`, longest gone first (keyset on (last_visit, id))."""
    stmt = select(Customer).where(Customer.last_visit < cutoff, _LIVE)
    if after is not None:
        at, cid = after
        stmt = stmt.where(
            or_(Customer.last_visit > at, and_(Customer.last_visit == at, Customer.id > cid))
        )
    return list(session.scalars(stmt.order_by(Customer.last_visit, Customer.id).limit(limit)))


def inactive_count(session: Session, cutoff: datetime) -> int:
    gone = select(func.count()).select_from(Customer).where(Customer.last_visit < cutoff, _LIVE)
    never = (
        select(func.count())
        .select_from(Customer)
        .where(Customer.last_visit.is_(None), Customer.created_at < cutoff, _LIVE)
    )
    return int(session.scalar(gone) or 0) + int(session.scalar(never) or 0)
