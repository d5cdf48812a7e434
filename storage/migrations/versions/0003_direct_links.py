"""message_links.direct: links whose case is the message's own case; partial index on the others

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("message_links") as batch:
        batch.add_column(sa.Column("direct", sa.Boolean(), nullable=False, server_default=sa.text("false")))
    op.execute("UPDATE message_links SET direct = COALESCE(case_id = (SELECT m.case_id FROM messages m "
               "WHERE m.id = message_links.message_id), false)")
    op.create_index("ix_message_links_shared", "message_links", ["case_id"],
                    postgresql_where=sa.text("NOT direct"), sqlite_where=sa.text("NOT direct"))


def downgrade() -> None:
    op.drop_index("ix_message_links_shared", "message_links")
    with op.batch_alter_table("message_links") as batch:
        batch.drop_column("direct")
