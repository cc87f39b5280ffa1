"""Indexes for a million customers: the VIP line reads a year of purchases from one
index (date, buyer, total, refunded), never touching the rows, and the customer list
counts and steps through listed customers (not merged) on a small index of their ids.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_purchases_at_spend ON purchases (at, customer_id, total, refunded) "
        "WHERE voided_at IS NULL"
    )
    op.execute("CREATE INDEX ix_customers_listed ON customers (id) WHERE merged_into IS NULL")


def downgrade() -> None:
    op.drop_index("ix_customers_listed", "customers")
    op.drop_index("ix_purchases_at_spend", "purchases")
