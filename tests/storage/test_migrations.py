"""The Alembic migrations build the schema the models describe, from an empty database."""
from sqlalchemy import create_engine, func, inspect, select

from storage.db import Database
from storage.models import Base, Gemeente


def test_upgrade_from_empty_matches_models(db_url: str) -> None:
    engine = create_engine(db_url)
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables
    for name, table in Base.metadata.tables.items():
        cols = {c["name"] for c in inspect(engine).get_columns(name)}
        assert {c.name for c in table.columns} == cols, name
    engine.dispose()


def test_upgrade_is_idempotent_and_seeds_342_gemeenten(db: Database) -> None:
    db.upgrade()
    db.upgrade()
    with db.session() as s:
        assert s.scalar(select(func.count(Gemeente.id))) == 342
        heemskerk = s.scalar(select(Gemeente).where(Gemeente.cbs_code == "GM0396"))
        assert heemskerk.name == "Heemskerk" and heemskerk.province == "Noord-Holland"
        assert "heemskerk.nl" in heemskerk.domains
        provinces = {p for (p,) in s.execute(select(Gemeente.province).distinct())}
    assert len(provinces) == 12


def test_fresh_sqlite_file_is_created_and_migrated(tmp_path) -> None:  # noqa: ANN001
    db = Database(f"sqlite:///{tmp_path}/sub/dir/x.db")
    assert not db.has_schema()
    db.ensure_schema()
    assert db.has_schema()
    db.dispose()


def test_models_and_migrations_agree(db_url: str) -> None:
    """Autogenerate finds nothing to do: every model change has its migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from storage.migrations.env_filter import include_object

    engine = create_engine(db_url)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": include_object})
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == []


def test_0010_chat_indexes_and_trigram_indexes_with_a_small_pending_list(db: Database) -> None:
    """Migration 0010: a case's newest letter and notes come from an index; on PostgreSQL the trigram indexes
    (when pg_trgm could be created) keep a small pending list (gin_pending_list_limit 128 kB: flushed by the
    insert that fills it, not left to grow on a server without autovacuum); SQLite has no such indexes. Down
    and up again works."""
    from alembic import command

    from storage.db import alembic_config

    def state() -> tuple[dict, dict]:
        insp = inspect(db.engine)
        found = {ix["name"]: ix["column_names"] for t in ("letters", "case_notes") for ix in insp.get_indexes(t)}
        with db.engine.connect() as conn:
            if db.dialect == "sqlite":
                trgm = {name: None for (name,) in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%trgm%'")}
            else:
                trgm = dict(conn.exec_driver_sql(
                    "SELECT c.relname, c.reloptions FROM pg_class c JOIN pg_am a ON a.oid = c.relam "
                    "WHERE a.amname = 'gin' AND c.relname LIKE '%%trgm'").all())
        return found, trgm

    def migrate(target: str) -> None:
        with db.engine.begin() as conn:
            cfg = alembic_config(db.url)
            cfg.attributes["connection"] = conn
            (command.upgrade if target == "head" else command.downgrade)(cfg, target)

    for step in ("now", "0009", "head"):
        if step != "now":
            migrate(step)
        found, trgm = state()
        if step == "0009":
            assert found["ix_letters_case"] == ["case_id"] and "ix_case_notes_case" not in found
            assert all(not options for options in trgm.values())
            continue
        assert found["ix_letters_case"] == ["case_id", "date", "id"]
        assert found["ix_case_notes_case"] == ["case_id", "at", "id"]
        if db.dialect == "sqlite":
            assert trgm == {}
        elif trgm:  # pg_trgm is available on the test server
            assert set(trgm) == {"ix_messages_search_trgm", "ix_messages_subject_trgm", "ix_messages_reasons_trgm"}
            assert all("gin_pending_list_limit=128" in options for options in trgm.values()), trgm
