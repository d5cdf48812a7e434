"""Engine, sessions and migrations."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from storage import sanitize

DEFAULT_URL = "sqlite:///data/spreidingsbot.db"


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA mmap_size=268435456")  # table scans (/zoek) read through the page cache
    cur.close()


def alembic_config(url: str) -> Config:
    """An Alembic config pointing at the packaged migrations (works from a wheel too)."""
    script_dir = resources.files("storage").joinpath("migrations")
    cfg = Config()
    cfg.set_main_option("script_location", str(script_dir))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


class Database:
    """One database: an engine, a session factory and the migration entry point."""

    _upgrade_lock = threading.Lock()

    def __init__(self, url: str = DEFAULT_URL, *, echo: bool = False) -> None:
        self.url = url
        if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        kwargs: dict = {"echo": echo, "future": True}
        if url.startswith("postgresql"):
            kwargs.update(pool_pre_ping=True, pool_size=5, max_overflow=5)
        self.engine: Engine = create_engine(url, **kwargs)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        sanitize.install(self._sessions)
        self._upgraded = False

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on error."""
        s = self._sessions()
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def upgrade(self) -> None:
        """Migrate to the newest schema (idempotent) and load the municipality reference data."""
        with self._upgrade_lock:
            with self.engine.begin() as conn:
                if self.dialect == "postgresql":
                    # one migrator at a time when several instances start together
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(72547001)")
                cfg = alembic_config(self.url)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
            from storage.reference import seed_gemeenten

            with self.session() as s:
                seed_gemeenten(s)
            self._upgraded = True

    def ensure_schema(self) -> None:
        """Migrate on first use (every command but `db upgrade` calls this)."""
        if not self._upgraded:
            self.upgrade()

    def has_schema(self) -> bool:
        return inspect(self.engine).has_table("alembic_version")

    def dispose(self) -> None:
        self.engine.dispose()
