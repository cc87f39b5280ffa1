"""Data stewardship: the privacy-policy text in versions, a history of every consent given
or withdrawn, merges of duplicate customers (kept so they can be undone), and the time a
customer's identity was erased.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "privacy_policies",
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.Integer, sa.ForeignKey("staff.id")),
    )
    op.create_table(
        "consent_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("given", sa.Boolean, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id")),
        sa.Column("workstation", sa.String(100), nullable=False),
        sa.Column("policy_version", sa.Integer, sa.ForeignKey("privacy_policies.version")),
    )
    op.create_index("ix_consent_events_customer", "consent_events", ["customer_id", "at"])
    op.create_table(
        "merges",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kept_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("merged_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id")),
        sa.Column("workstation", sa.String(100), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        # JSON: both customers' fields before the merge and the ids of every moved row
        sa.Column("snapshot", sa.Text, nullable=False),
        sa.Column("undone_at", sa.DateTime),
        sa.Column("undone_by", sa.Integer, sa.ForeignKey("staff.id")),
    )
    op.create_index("ix_merges_kept", "merges", ["kept_id"])
    # plain ADD COLUMN: the customers table (and its search triggers) stays as it is
    op.add_column("customers", sa.Column("erased_at", sa.DateTime))
    op.add_column("customers", sa.Column("merged_into", sa.Integer))


def downgrade() -> None:
    op.drop_column("customers", "merged_into")
    op.drop_column("customers", "erased_at")
    for table in ("merges", "consent_events", "privacy_policies"):
        op.drop_table(table)
