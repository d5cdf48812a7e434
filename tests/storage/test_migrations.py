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
