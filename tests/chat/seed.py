"""The corpus register of the question-set tests: the corpus letters and mails put in once per session with the
commands (`letters import`, `ingest`), then copied for each register (SQLite backup, PostgreSQL template)."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import BACKEND, SHARED, _pg_admin, _pg_url


def _cli(env: dict[str, str], *args: str) -> None:
    proc = subprocess.run([sys.executable, "-m", "bot.cli", *args], env=env, capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr


@dataclass(frozen=True)
class CorpusSeed:
    """The corpus letters and mails ingested once per session with the commands; every register is a copy of it."""
    url: str
    data_dir: Path
    pg_name: str | None


@contextmanager
def build_seed(tmp: Path, pg_template: str | None) -> Iterator[CorpusSeed]:
    """`letters import` and `ingest` of the corpus, run once: a register built that way is the same every time
    (ingest is deterministic), so the question sets copy it instead of ingesting 240 mails each."""
    if BACKEND == "postgresql":
        name = f"sbt_seed_{uuid.uuid4().hex[:10]}"
        with _pg_admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
        url = _pg_url(name)
    else:
        name, url = None, f"sqlite:///{tmp / 'seed.db'}"
    env = _env(url, tmp / "data")
    _cli(env, "letters", "import", str(SHARED / "corpus" / "expected_letters.json"))
    _cli(env, "ingest", "--no-notify", "--quiet", str(SHARED / "corpus"))
    try:
        yield CorpusSeed(url, tmp / "data", name)
    finally:
        if name:
            with _pg_admin() as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _env(url: str, data_dir: Path) -> dict[str, str]:
    """The commands' environment for one register: no mailbox, chat or config of the machine leaks in."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SPREIDINGSBOT_IMAP", "SPREIDINGSBOT_TELEGRAM", "SPREIDINGSBOT_SMTP",
                                "SPREIDINGSBOT_CONFIG"))}
    return env | {"SPREIDINGSBOT_DATABASE_URL": url, "SPREIDINGSBOT_DATA_DIR": str(data_dir)}


@contextmanager
def corpus_database(tmp: Path, prefix: str, seed: CorpusSeed) -> Iterator[tuple[str, dict[str, str]]]:
    """A register holding the corpus letters and mails, a copy of the session's seed (database URL, the commands'
    environment); on PostgreSQL a database of its own made from the seed as template, dropped afterwards. The raw
    archive stays the seed's (nothing here writes to it)."""
    if seed.pg_name:
        name = f"sbt_{prefix}_{uuid.uuid4().hex[:10]}"
        with _pg_admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{seed.pg_name}"')
        url = _pg_url(name)
    else:
        name, url = None, f"sqlite:///{tmp / f'{prefix}.db'}"
        src = sqlite3.connect(seed.url.removeprefix("sqlite:///"))
        dst = sqlite3.connect(tmp / f"{prefix}.db")
        with dst:
            src.backup(dst)
        src.close()
        dst.close()
    try:
        yield url, _env(url, seed.data_dir)
    finally:
        if name:
            with _pg_admin() as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
