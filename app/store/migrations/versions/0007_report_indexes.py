"""Indexes for the monthly report's whole-book figures at a million customers, each read
from a small index instead of the customers table or the whole loyalty ledger:

- loyalty balances per program (outstanding points, holders): the ledger in customer
  order per program, amounts included, so no sort and no row is read;
- next month's birthdays: listed customers with a birthday, by month and day of birth;
- data quality: listed or not, consent, phone and e-mail missing or not, counted in groups;
- the at-risk segment (each regular's own rhythm): last visit, visits and first visit.

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_loyalty_entries_balance "
        "ON loyalty_entries (program_id, customer_id, amount)"
    )
    # The expressions must match app/store/reports.py's queries word for word.
    op.execute(
        "CREATE INDEX ix_customers_birth_month "
        "ON customers (strftime('%m', birthday), strftime('%d', birthday)) "
        "WHERE birthday IS NOT NULL AND merged_into IS NULL AND erased_at IS NULL"
    )
    op.execute(
        "CREATE INDEX ix_customers_quality ON customers "
        "(merged_into IS NULL AND erased_at IS NULL, marketing_consent, phone IS NULL, "
        "email IS NULL)"
    )
    op.execute("CREATE INDEX ix_customers_rhythm ON customers (last_visit, visits, first_visit)")


def downgrade() -> None:
    op.drop_index("ix_customers_rhythm", "customers")
    op.drop_index("ix_customers_quality", "customers")
    op.drop_index("ix_customers_birth_month", "customers")
    op.drop_index("ix_loyalty_entries_balance", "loyalty_entries")
