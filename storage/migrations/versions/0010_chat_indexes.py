"""Chat answers: a case's newest letter and notes from an index; trigram indexes without a pending list

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

- `ix_letters_case` becomes (case_id, date, id): the case list reads each case's newest letter as the
  first entry of a backward index walk instead of sorting its letters (storage/queries.py).
- `ix_case_notes_case` (case_id, at, id): a status's newest notes without scanning every note.
- PostgreSQL: the pg_trgm GIN indexes (0004, 0009) get a small pending list (`gin_pending_list_limit = 128`
  kB). New rows wait in an index's pending list until a VACUUM (or autovacuum) or a full list moves them in;
  every search reads the whole list, and on a server without autovacuum the default (4 MB, thousands of
  mails) made the planner turn /zoek and the reason lists into scans of every message. A 128 kB list is
  flushed by the insert that fills it: searches stay on the index, and ingest keeps most of the batching
  (3,000 inserts: 0.99 s with the default list, 2.5 s with 128 kB, 5.0 s with fastupdate off). The list there
  now is emptied once (`gin_clean_pending_list`). SQLite has no such indexes: nothing to do there.
"""
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TRIGRAM_INDEXES = ("ix_messages_search_trgm", "ix_messages_subject_trgm", "ix_messages_reasons_trgm")


def _trigram_indexes() -> list[str]:
    """The trigram indexes this database has (none on SQLite, none when pg_trgm could not be created)."""
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return []
    found = bind.exec_driver_sql("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                                 "AND indexname = ANY(%(names)s)", {"names": list(TRIGRAM_INDEXES)}).scalars()
    return sorted(found)


def upgrade() -> None:
    op.drop_index("ix_letters_case", "letters")
    op.create_index("ix_letters_case", "letters", ["case_id", "date", "id"])
    op.create_index("ix_case_notes_case", "case_notes", ["case_id", "at", "id"])
    bind = op.get_bind()
    for name in _trigram_indexes():
        bind.exec_driver_sql(f"ALTER INDEX {name} SET (gin_pending_list_limit = 128)")
        bind.exec_driver_sql("SELECT gin_clean_pending_list(%(name)s::regclass)", {"name": name})


def downgrade() -> None:
    bind = op.get_bind()
    for name in _trigram_indexes():
        bind.exec_driver_sql(f"ALTER INDEX {name} RESET (gin_pending_list_limit)")
    op.drop_index("ix_case_notes_case", "case_notes")
    op.drop_index("ix_letters_case", "letters")
    op.create_index("ix_letters_case", "letters", ["case_id"])
