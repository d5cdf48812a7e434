"""Verdeelbesluit figures for every municipality: taken (wettelijke taak) and realisaties per peildatum

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "taken",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("gemeente_id", sa.Integer(), sa.ForeignKey("gemeenten.id"), nullable=False),
        sa.Column("cycle", sa.String(10), nullable=False),
        sa.Column("regulier", sa.Integer(), nullable=False),
        sa.Column("amv", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("gemeente_id", "cycle"),
    )
    op.create_table(
        "realisaties",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("gemeente_id", sa.Integer(), sa.ForeignKey("gemeenten.id"), nullable=False),
        sa.Column("cycle", sa.String(10), nullable=False),
        sa.Column("peildatum", sa.Date(), nullable=False),
        sa.Column("regulier", sa.Integer(), nullable=False),
        sa.Column("amv", sa.Integer(), nullable=False),
        sa.UniqueConstraint("gemeente_id", "cycle", "peildatum"),
    )


def downgrade() -> None:
    op.drop_table("realisaties")
    op.drop_table("taken")
