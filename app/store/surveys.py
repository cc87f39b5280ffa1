"""Surveys, their versioned questions, responses and answers, alerts and kiosk hand-offs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from app.store.models import (
    Alert,
    KioskRequest,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)


def surveys(session: Session, active_only: bool = False) -> list[Survey]:
    stmt = select(Survey).order_by(Survey.id)
    if active_only:
        stmt = stmt.where(Survey.active.is_(True))
    return list(session.scalars(stmt))


def get(session: Session, survey_id: int) -> Survey | None:
    return session.get(Survey, survey_id)


def add(session: Session, **fields) -> Survey:
    row = Survey(**fields)
    session.add(row)
    session.flush()
    return row


def questions(session: Session, survey_id: int, version: int) -> list[SurveyQuestion]:
    stmt = (select(SurveyQuestion)
            .where(SurveyQuestion.survey_id == survey_id, SurveyQuestion.version == version)
            .order_by(SurveyQuestion.position))
    return list(session.scalars(stmt))


def add_questions(session: Session, rows: list[dict]) -> None:
    session.add_all(SurveyQuestion(**r) for r in rows)
    session.flush()


def has_answers(session: Session, survey_id: int, version: int) -> bool:
    return session.scalar(select(SurveyResponse.id).where(
        SurveyResponse.survey_id == survey_id, SurveyResponse.version == version).limit(1)
    ) is not None


def add_response(session: Session, answers: list[dict], **fields) -> SurveyResponse:
    row = SurveyResponse(**fields)
    session.add(row)
    session.flush()
    session.add_all(SurveyAnswer(response_id=row.id, **a) for a in answers)
    session.flush()
    return row


def nps_counts_between(session: Session,
                       edges: list[datetime]) -> list[tuple[int, int, int]]:
    """(promoters, passives, detractors) in each range [edges[i], edges[i + 1]): one query
    on ix_survey_answers_kind_at (kind, at, number), each answer put in its range by a CASE
    on its time, counted in groups."""
    if len(edges) < 2:
        return []
    at, score = SurveyAnswer.at, SurveyAnswer.number
    inner = [(at < edge, i) for i, edge in enumerate(edges[1:-1])]
    slot = (case(*inner, else_=len(edges) - 2) if inner else literal(0)).label("slot")
    stmt = (select(slot,
                   func.sum(case((score >= 9, 1), else_=0)),
                   func.sum(case((score.between(7, 8), 1), else_=0)),
                   func.sum(case((score <= 6, 1), else_=0)))
            .where(SurveyAnswer.kind == "nps", at >= edges[0], at < edges[-1],
                   score.is_not(None))
            .group_by(slot))
    out = [(0, 0, 0)] * (len(edges) - 1)
    for i, promoters, passives, detractors in session.execute(stmt):
        out[int(i)] = (int(promoters), int(passives), int(detractors))
    return out


def answers_of(session: Session, response_id: int) -> list[tuple[SurveyAnswer, SurveyQuestion]]:
    stmt = (select(SurveyAnswer, SurveyQuestion)
            .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
            .where(SurveyAnswer.response_id == response_id).order_by(SurveyQuestion.position))
    return [tuple(r) for r in session.execute(stmt)]


def responses_of_customer(session: Session, customer_id: int,
                          limit: int = 50) -> list[SurveyResponse]:
    stmt = (select(SurveyResponse).where(SurveyResponse.customer_id == customer_id)
            .order_by(SurveyResponse.id.desc()).limit(limit))
    return list(session.scalars(stmt))


# -- alerts -------------------------------------------------------------------------------
def add_alert(session: Session, **fields) -> Alert:
    row = Alert(**fields)
    session.add(row)
    session.flush()
    return row


def get_alert(session: Session, alert_id: int) -> Alert | None:
    return session.get(Alert, alert_id)


def alerts(session: Session, open_only: bool = False, limit: int = 200) -> list[Alert]:
    stmt = select(Alert)
    if open_only:
        stmt = stmt.where(Alert.resolved_at.is_(None))
    return list(session.scalars(stmt.order_by(Alert.id.desc()).limit(limit)))


def open_alert_count(session: Session) -> int:
    return session.scalar(
        select(func.count()).select_from(Alert).where(Alert.resolved_at.is_(None))) or 0


# -- kiosk hand-off -----------------------------------------------------------------------
def add_kiosk_request(session: Session, **fields) -> KioskRequest:
    row = KioskRequest(**fields)
    session.add(row)
    session.flush()
    return row


def next_kiosk_request(session: Session) -> KioskRequest | None:
    stmt = (select(KioskRequest).where(KioskRequest.taken_at.is_(None))
            .order_by(KioskRequest.id.desc()).limit(1))
    return session.scalar(stmt)


# -- for the counter app's screens ---------------------------------------------------------
def response_counts(session: Session) -> dict[tuple[int, int], int]:
    """{(survey id, version): responses kept}."""
    stmt = (select(SurveyResponse.survey_id, SurveyResponse.version, func.count())
            .group_by(SurveyResponse.survey_id, SurveyResponse.version))
    return {(int(sid), int(v)): int(n) for sid, v, n in session.execute(stmt)}


def alerts_named(session: Session, open_only: bool = False,
                 limit: int = 200) -> list[tuple[Alert, str | None, str | None]]:
    """Alerts, newest first, with the customer's first name and the staff member's name."""
    from app.store.models import Customer, Staff  # noqa: PLC0415 - only these queries

    stmt = (select(Alert, Customer.first_name, Staff.name)
            .outerjoin(Customer, Customer.id == Alert.customer_id)
            .outerjoin(Staff, Staff.id == Alert.staff_id))
    if open_only:
        stmt = stmt.where(Alert.resolved_at.is_(None))
    return [tuple(r) for r in session.execute(stmt.order_by(Alert.id.desc()).limit(limit))]


def answered_since(session: Session, customer_id: int, since: datetime) -> bool:
    """Whether the customer kept a complete response at or after `since`."""
    stmt = (select(SurveyResponse.id).where(SurveyResponse.customer_id == customer_id,
                                            SurveyResponse.complete.is_(True),
                                            SurveyResponse.at >= since).limit(1))
    return session.scalar(stmt) is not None
