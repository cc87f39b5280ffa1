"""Purchases with their lines and refunds, the product names sold, and each customer's
running figures (visits, spend, first and last visit) for segments.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
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
        "purchases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id")),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("total", sa.Integer, nullable=False),
        sa.Column("refunded", sa.Integer, nullable=False, server_default="0"),
        sa.Column("receipt", sa.String(40), nullable=False, server_default=""),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id")),
        sa.Column("voided_at", sa.DateTime),
        sa.Column("voided_by", sa.Integer, sa.ForeignKey("staff.id")),
        sa.Column("void_reason", sa.String(200)),
        *_made(),
        sa.CheckConstraint("total > 0", name="ck_purchase_total"),
        sa.CheckConstraint("refunded >= 0 AND refunded <= total", name="ck_purchase_refunded"),
    )
    op.create_index("ix_purchases_customer_at", "purchases", ["customer_id", "at"])
    op.create_index("ix_purchases_at", "purchases", ["at"])
    op.create_index("ix_purchases_receipt", "purchases", ["receipt"])
    op.create_table(
        "purchase_lines",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("purchase_id", sa.Integer, sa.ForeignKey("purchases.id"), nullable=False),
        sa.Column("product", sa.String(80), nullable=False),
        sa.Column("category", sa.String(60), nullable=False, server_default=""),
        sa.Column("quantity", sa.Integer, nullable=False),
        sa.Column("unit_price", sa.Integer, nullable=False),
        sa.Column("amount", sa.Integer, nullable=False),
        sa.CheckConstraint("quantity > 0", name="ck_line_quantity"),
    )
    op.create_index("ix_purchase_lines_purchase", "purchase_lines", ["purchase_id"])
    op.create_index("ix_purchase_lines_product", "purchase_lines", ["product", "purchase_id"])
    op.create_table(
        "refunds",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("purchase_id", sa.Integer, sa.ForeignKey("purchases.id"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("amount", sa.Integer, nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id")),
        *_made(),
        sa.CheckConstraint("amount > 0", name="ck_refund_amount"),
    )
    op.create_index("ix_refunds_purchase", "refunds", ["purchase_id"])
    op.create_index("ix_refunds_at", "refunds", ["at"])
    op.create_table(
        "products",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("name_key", sa.String(80), nullable=False, unique=True),
        sa.Column("category", sa.String(60), nullable=False, server_default=""),
        sa.Column("last_price", sa.Integer, nullable=False, server_default="0"),
        sa.Column("times_sold", sa.Integer, nullable=False, server_default="0"),
    )
    # Running figures, kept in the same transaction as each purchase, refund or void.
    op.add_column("customers", sa.Column("visits", sa.Integer, nullable=False, server_default="0"))
    op.add_column("customers", sa.Column("spend", sa.Integer, nullable=False, server_default="0"))
    op.add_column("customers", sa.Column("first_visit", sa.DateTime))
    op.add_column("customers", sa.Column("last_visit", sa.DateTime))
    op.create_index("ix_customers_last_visit", "customers", ["last_visit"])
    op.create_index("ix_customers_first_visit", "customers", ["first_visit"])


def downgrade() -> None:
    op.drop_index("ix_customers_first_visit", "customers")
    op.drop_index("ix_customers_last_visit", "customers")
    for column in ("last_visit", "first_visit", "spend", "visits"):
        op.drop_column("customers", column)
    op.drop_table("products")
    op.drop_table("refunds")
    op.drop_table("purchase_lines")
    op.drop_table("purchases")
