"""Loyalty programs (punch cards and points), their ledger, and retired card numbers.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _made() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.Integer, sa.ForeignKey("staff.id")),
        sa.Column("created_workstation", sa.String(100), nullable=False),
        sa.Column("created_channel", sa.String(20), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "loyalty_programs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("starts_on", sa.Date),
        sa.Column("ends_on", sa.Date),
        sa.Column("reward", sa.String(120), nullable=False, server_default=""),
        sa.Column("punches_needed", sa.Integer),
        sa.Column("per_item", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("qualifies", sa.Text, nullable=False, server_default=""),
        sa.Column("min_spend", sa.Integer, nullable=False, server_default="0"),
        sa.Column("points_per_unit", sa.Integer),  # thousandths of a point per currency unit
        sa.Column("threshold", sa.Integer),
        sa.Column("reward_value", sa.Integer),
        sa.Column("expiry_days", sa.Integer),
        sa.Column("survey_bonus", sa.Integer, nullable=False, server_default="0"),
        sa.Column("birthday_bonus", sa.Integer, nullable=False, server_default="0"),
        *_made(),
        sa.Column("updated_at", sa.DateTime),
        sa.Column("updated_by", sa.Integer, sa.ForeignKey("staff.id")),
        sa.CheckConstraint("kind IN ('punch', 'points')", name="ck_program_kind"),
    )
    op.create_table(
        "loyalty_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("program_id", sa.Integer, sa.ForeignKey("loyalty_programs.id"), nullable=False),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("amount", sa.Integer, nullable=False),
        sa.Column("value", sa.Integer, nullable=False, server_default="0"),
        sa.Column("purchase_id", sa.Integer, sa.ForeignKey("purchases.id")),
        sa.Column("redeemed_on", sa.Integer, sa.ForeignKey("purchases.id")),
        sa.Column("reason", sa.String(200), nullable=False, server_default=""),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id")),
        *_made(),
        sa.CheckConstraint(
            "kind IN ('earn', 'redeem', 'reverse', 'adjust', 'expire', 'bonus')",
            name="ck_entry_kind"),
    )
    op.create_index("ix_loyalty_entries_customer", "loyalty_entries",
                    ["customer_id", "program_id", "id"])
    op.create_index("ix_loyalty_entries_purchase", "loyalty_entries", ["purchase_id"])
    op.create_index("ix_loyalty_entries_redeemed_on", "loyalty_entries", ["redeemed_on"])
    op.create_index("ix_loyalty_entries_program_at", "loyalty_entries", ["program_id", "at"])
    op.create_table(
        "retired_cards",
        sa.Column("card_number", sa.String(20), primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("retired_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("retired_cards")
    op.drop_table("loyalty_entries")
    op.drop_table("loyalty_programs")
