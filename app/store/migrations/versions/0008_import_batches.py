"""Imports in progress: a customer or purchase import writes its rows in short
transactions, hidden until one last step shows them all; this table names each batch still
hidden (its id range, who runs it, when it last wrote), so a cancel deletes exactly its
rows and an import that died half-way is found and swept without scanning the big tables.
A batch's row is deleted when the batch is published or discarded.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("first_id", sa.Integer),
        sa.Column("last_id", sa.Integer),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("touched_at", sa.DateTime, nullable=False),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id")),
        sa.Column("workstation", sa.String(100), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("import_batches")
