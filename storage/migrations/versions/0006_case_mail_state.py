"""Case state that follows the mail: extension request pending, absence notice, undelivered letter

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as t:
        t.add_column(sa.Column("extension_request_message_id", sa.Integer(), nullable=True))
        t.add_column(sa.Column("extension_requested_until", sa.Date(), nullable=True))
        t.add_column(sa.Column("absence_message_id", sa.Integer(), nullable=True))
        t.add_column(sa.Column("absent_until", sa.Date(), nullable=True))
    with op.batch_alter_table("letters") as t:
        t.add_column(sa.Column("undelivered_at", sa.DateTime(timezone=True), nullable=True))
        t.add_column(sa.Column("undelivered_message_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("letters") as t:
        t.drop_column("undelivered_message_id")
        t.drop_column("undelivered_at")
    with op.batch_alter_table("cases") as t:
        t.drop_column("absent_until")
        t.drop_column("absence_message_id")
        t.drop_column("extension_requested_until")
        t.drop_column("extension_request_message_id")
