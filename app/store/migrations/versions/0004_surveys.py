"""Checkout surveys (versioned questions), responses and answers, alerts to staff, and the
hand-off of a survey from the counter to the kiosk.

Revision ID: 0004
Revises: 0003
"""

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

# Every shop starts with these three (a manager can edit them; edits make new versions).
DEFAULTS = (
    ("Checkout NPS", [
        ("nps", "How likely are you to recommend us to a friend?", [], True, "everyone"),
    ]),
    ("How did you hear about us?", [
        ("single", "How did you hear about us?",
         ["a friend", "social media", "walked by", "search", "other"], True, "none"),
    ]),
    ("Why did you buy from us today?", [
        ("ranking", "Why did you buy from us today? Put the reasons in order.",
         ["convenience", "low price", "quality", "best selection"], True, "none"),
    ]),
)

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "surveys",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime),
    )
    op.create_table(
        "survey_questions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("survey_id", sa.Integer, sa.ForeignKey("surveys.id"), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("prompt", sa.Text, nullable=False),
        sa.Column("options", sa.Text, nullable=False, server_default="[]"),  # JSON list
        sa.Column("required", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("why", sa.String(12), nullable=False, server_default="none"),
        sa.CheckConstraint("kind IN ('nps', 'rating', 'single', 'multi', 'ranking', 'text')",
                           name="ck_question_kind"),
    )
    op.create_index("ix_survey_questions_survey", "survey_questions",
                    ["survey_id", "version", "position"])
    op.create_table(
        "survey_responses",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("survey_id", sa.Integer, sa.ForeignKey("surveys.id"), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id")),
        sa.Column("purchase_id", sa.Integer, sa.ForeignKey("purchases.id")),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id")),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("workstation", sa.String(100), nullable=False),
        sa.Column("complete", sa.Boolean, nullable=False, server_default=sa.true()),
    )
    op.create_index("ix_survey_responses_at", "survey_responses", ["at"])
    op.create_index("ix_survey_responses_customer", "survey_responses", ["customer_id"])
    op.create_table(
        "survey_answers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("response_id", sa.Integer, sa.ForeignKey("survey_responses.id"),
                  nullable=False),
        sa.Column("question_id", sa.Integer, sa.ForeignKey("survey_questions.id"),
                  nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("number", sa.Integer),  # nps and rating scores, for sums by index
        sa.Column("value", sa.Text, nullable=False, server_default=""),  # JSON
        sa.Column("comment", sa.Text, nullable=False, server_default=""),  # "Why?"
        sa.Column("at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_survey_answers_response", "survey_answers", ["response_id"])
    op.create_index("ix_survey_answers_kind_at", "survey_answers", ["kind", "at", "number"])
    op.create_index("ix_survey_answers_question", "survey_answers", ["question_id"])
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("response_id", sa.Integer, sa.ForeignKey("survey_responses.id")),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id")),
        sa.Column("purchase_id", sa.Integer, sa.ForeignKey("purchases.id")),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id")),
        sa.Column("acknowledged_at", sa.DateTime),
        sa.Column("acknowledged_by", sa.Integer, sa.ForeignKey("staff.id")),
        sa.Column("resolved_at", sa.DateTime),
        sa.Column("resolved_by", sa.Integer, sa.ForeignKey("staff.id")),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("emailed_at", sa.DateTime),
    )
    op.create_index("ix_alerts_open", "alerts", ["resolved_at", "id"])
    op.create_table(
        "kiosk_requests",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("survey_id", sa.Integer, sa.ForeignKey("surveys.id"), nullable=False),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id")),
        sa.Column("purchase_id", sa.Integer, sa.ForeignKey("purchases.id")),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id")),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("taken_at", sa.DateTime),
    )
    op.create_index("ix_kiosk_requests_waiting", "kiosk_requests", ["taken_at", "id"])
    _seed()


def _seed() -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    surveys = sa.table("surveys", sa.column("id"), sa.column("name"), sa.column("active"),
                       sa.column("version"), sa.column("created_at"))
    questions = sa.table("survey_questions", sa.column("survey_id"), sa.column("version"),
                         sa.column("position"), sa.column("kind"), sa.column("prompt"),
                         sa.column("options"), sa.column("required"), sa.column("why"))
    op.bulk_insert(surveys, [{"id": n, "name": name, "active": True, "version": 1,
                              "created_at": now} for n, (name, _) in enumerate(DEFAULTS, 1)])
    op.bulk_insert(questions, [
        {"survey_id": n, "version": 1, "position": pos, "kind": kind, "prompt": prompt,
         "options": json.dumps(options), "required": required, "why": why}
        for n, (_, asked) in enumerate(DEFAULTS, 1)
        for pos, (kind, prompt, options, required, why) in enumerate(asked, 1)
    ])


def downgrade() -> None:
    for table in ("kiosk_requests", "alerts", "survey_answers", "survey_responses",
                  "survey_questions", "surveys"):
        op.drop_table(table)
