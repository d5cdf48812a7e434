"""indexes for the chat queries (messages and links per case, letters per case, findings per message)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_messages_case", "messages", ["case_id", "received_at"])
    op.create_index("ix_message_links_case", "message_links", ["case_id"])
    op.create_index("ix_message_links_gemeente", "message_links", ["gemeente_id"])
    op.create_index("ix_letters_case", "letters", ["case_id"])
    op.create_index("ix_findings_message", "findings", ["message_id"])


def downgrade() -> None:
    op.drop_index("ix_findings_message", "findings")
    op.drop_index("ix_letters_case", "letters")
    op.drop_index("ix_message_links_gemeente", "message_links")
    op.drop_index("ix_message_links_case", "message_links")
    op.drop_index("ix_messages_case", "messages")
