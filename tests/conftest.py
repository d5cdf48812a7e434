"""Shared fixtures: a fresh, migrated database per test on SQLite or PostgreSQL, a raw archive, settings.

The backend is chosen by SPREIDINGSBOT_TEST_DB: "sqlite" (default) or "postgresql" (the server on
127.0.0.1:5432, trust auth; a fresh database per run, cloned per test from a migrated template).
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.archive import RawArchive
from storage.db import Database

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BACKEND = os.environ.get("SPREIDINGSBOT_TEST_DB", "sqlite")
PG_ADMIN_URL = os.environ.get("SPREIDINGSBOT_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def pytest_report_header(config: pytest.Config) -> str:
    return f"spreidingsbot test database backend: {BACKEND}"


def _pg_admin():
    import psycopg

    url = PG_ADMIN_URL.replace("postgresql+psycopg://", "postgresql://")
    return psycopg.connect(url, autocommit=True)


def _pg_url(name: str) -> str:
    base, _, _ = PG_ADMIN_URL.rpartition("/")
    return f"{base}/{name}"


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str | None]:
    """A migrated template database for this run (PostgreSQL only)."""
    if BACKEND != "postgresql":
        yield None
        return
    name = f"sbt_tmpl_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    with _pg_admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    db = Database(_pg_url(name))
    db.upgrade()
    db.dispose()
    yield name
    with _pg_admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def db_url(tmp_path: Path, pg_template: str | None) -> Iterator[str]:
    """URL of a fresh, migrated database for one test."""
    if BACKEND != "postgresql":
        url = f"sqlite:///{tmp_path / 'test.db'}"
        db = Database(url)
        db.upgrade()
        db.dispose()
        yield url
        return
    name = f"sbt_{uuid.uuid4().hex[:12]}"
    with _pg_admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    yield _pg_url(name)
    with _pg_admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    database._upgraded = True  # migrated by db_url
    yield database
    database.dispose()


@pytest.fixture
def archive(tmp_path: Path) -> RawArchive:
    return RawArchive(tmp_path / "data")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir(exist_ok=True)
    return d


@pytest.fixture
def cli_env(db_url: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Environment for running the CLI against the test database (in-process or as a subprocess)."""
    env = {"SPREIDINGSBOT_DATABASE_URL": db_url, "SPREIDINGSBOT_DATA_DIR": str(data_dir)}
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    for k in list(os.environ):
        if k.startswith(("SPREIDINGSBOT_IMAP", "SPREIDINGSBOT_TELEGRAM", "SPREIDINGSBOT_SMTP", "SPREIDINGSBOT_CONFIG")):
            monkeypatch.delenv(k, raising=False)
    return {**os.environ, **env}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests that use no database fixture are marked `nodb`; the PostgreSQL pass skips only those."""
    for item in items:
        if "db_url" not in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.nodb)


@pytest.fixture(autouse=True)
def _no_trusted_authserv_id_leaks() -> Iterator[None]:
    """`App.open` sets the process-wide trusted authserv-id (storage.trust); every test starts without one."""
    from storage import trust

    trust.configure(None)
    yield
    trust.configure(None)
