"""Indexes for the case lists: a case's newest substantive message and reply; reasons stated per case

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# storage/models.py SUBSTANTIVE_INDEX_WHERE; storage/queries.py spells the same values as literals
WHERE = "state = 'parsed' AND kind IN ('ibt_reply', 'meldplicht')"


def upgrade() -> None:
    op.create_index("ix_messages_case_newest", "messages",
                    ["case_id", "received_at", "id", "kind", "state", "suspect"],
                    postgresql_where=sa.text(WHERE), sqlite_where=sa.text(WHERE))
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":  # covering: "which cases state reason X" reads the index, not the rows
        bind.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_messages_reasons_sqlite ON messages "
                             f"(case_id, kind, state, reasons) WHERE {WHERE}")  # (json has no btree on PostgreSQL)
    elif bind.dialect.name == "postgresql" and bind.exec_driver_sql(
            "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first():  # see 0004
        bind.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_messages_reasons_trgm ON messages "
                             f"USING gin ((CAST(reasons AS TEXT)) gin_trgm_ops) WHERE {WHERE}")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_messages_reasons_sqlite")
    op.execute("DROP INDEX IF EXISTS ix_messages_reasons_trgm")
    op.drop_index("ix_messages_case_newest", "messages")
