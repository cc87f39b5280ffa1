"""Shop settings, staff, customers with their search index, audit log.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _provenance() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.Integer, sa.ForeignKey("staff.id")),
        sa.Column("created_workstation", sa.String(100), nullable=False),
        sa.Column("created_channel", sa.String(20), nullable=False),
        sa.Column("updated_at", sa.DateTime),
        sa.Column("updated_by", sa.Integer, sa.ForeignKey("staff.id")),
        sa.Column("updated_workstation", sa.String(100)),
        sa.Column("updated_channel", sa.String(20)),
    ]


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(60), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(80), nullable=False, unique=True),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("pin_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("failed_pins", sa.Integer, nullable=False, server_default="0"),
        sa.Column("locked_until", sa.DateTime),
        *_provenance(),
        sa.CheckConstraint("role IN ('cashier', 'manager')", name="ck_staff_role"),
    )
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("first_name", sa.String(80), nullable=False),
        sa.Column("last_name", sa.String(80), nullable=False, server_default=""),
        sa.Column("phone", sa.String(20)),
        sa.Column("email", sa.String(254)),
        sa.Column("address", sa.Text, nullable=False, server_default=""),
        sa.Column("birthday", sa.Date),
        sa.Column("how_heard", sa.String(40), nullable=False, server_default=""),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
        sa.Column("tags", sa.Text, nullable=False, server_default=""),
        sa.Column("marketing_consent", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("consent_at", sa.DateTime),
        sa.Column("consent_channel", sa.String(20)),
        sa.Column("consent_by", sa.Integer, sa.ForeignKey("staff.id")),
        sa.Column("income_range", sa.String(20), nullable=False, server_default=""),
        sa.Column("children", sa.String(5), nullable=False, server_default=""),
        sa.Column("education", sa.String(30), nullable=False, server_default=""),
        sa.Column("occupation", sa.String(30), nullable=False, server_default=""),
        sa.Column("card_number", sa.String(20), nullable=False, unique=True),
        sa.Column("first_key", sa.String(80), nullable=False),
        sa.Column("last_key", sa.String(80), nullable=False),
        sa.Column("phone_digits", sa.String(60), nullable=False, server_default=""),
        *_provenance(),
    )
    op.create_index("ix_customers_phone", "customers", ["phone"])
    op.create_index("ix_customers_email", "customers", ["email"])
    op.create_index("ix_customers_first_key", "customers", ["first_key"])
    op.create_index("ix_customers_last_key", "customers", ["last_key"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id")),
        sa.Column("workstation", sa.String(100), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("entity", sa.String(20), nullable=False),
        sa.Column("entity_id", sa.Integer),
        sa.Column("detail", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_entity", "audit_log", ["entity", "entity_id", "id"])

    # Substring search over names, phone digits, e-mail and card number. Contentless: it
    # holds only trigrams and rowids, and the triggers keep it in step with customers.
    op.execute(
        "CREATE VIRTUAL TABLE customers_fts USING fts5("
        "name, phone, email, card, content='', contentless_delete=1, tokenize='trigram')"
    )
    fts_values = (
        "new.id, new.first_key || ' ' || new.last_key, new.phone_digits, "
        "coalesce(new.email, ''), new.card_number"
    )
    op.execute(
        "CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN "
        f"INSERT INTO customers_fts(rowid, name, phone, email, card) VALUES ({fts_values}); END"
    )
    op.execute(
        "CREATE TRIGGER customers_fts_update AFTER UPDATE OF first_key, last_key, phone_digits, "
        "email, card_number ON customers BEGIN "
        "DELETE FROM customers_fts WHERE rowid = old.id; "
        f"INSERT INTO customers_fts(rowid, name, phone, email, card) VALUES ({fts_values}); END"
    )
    op.execute(
        "CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN "
        "DELETE FROM customers_fts WHERE rowid = old.id; END"
    )


def downgrade() -> None:
    op.execute("DROP TABLE customers_fts")
    op.drop_table("audit_log")
    op.drop_table("customers")
    op.drop_table("staff")
    op.drop_table("settings")
