"""The bulk parse pool (`bot/bulk.py`): workers come from the parse server (`bot/parse_server.py`), take several
messages per task, give every parse back in order, see the caller's environment, and lose nothing when one dies."""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from bot import parse_server
from bot.bulk import CHUNK, ParsePool
from storage.archive import RawArchive
from storage.ingest import ingest_context, parse_safely

pytestmark = pytest.mark.timeout(300)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "mails"


def _mails() -> list[bytes]:
    mails = [p.read_bytes() for p in sorted(EXAMPLES.glob("*.eml"))]
    assert len(mails) >= 3
    return (mails * (2 * CHUNK // len(mails) + 2))[: 2 * CHUNK + 3]  # not a whole number of tasks


class _Dies:
    """Unpickled in a worker, it ends that worker at once (as a crash or the OOM killer would)."""

    def __reduce__(self) -> tuple:
        return os._exit, (3,)


def test_parses_come_back_in_order_as_one_process_reads_them(tmp_path: Path) -> None:
    ctx = ingest_context(RawArchive(tmp_path / "data"), {})
    mails = _mails()
    items = list(range(len(mails)))
    skip = {1, CHUNK + 2}  # nothing to parse for these (as for a file that is not a mail)
    with ParsePool(2, shared=ctx) as pool:
        got = list(pool.parsed(items, lambda i: None if i in skip else (mails[i], None)))
    assert [i for i, _ in got] == items
    for i, parsed in got:
        if i in skip:
            assert parsed is None
        else:
            assert parsed is not None
            assert parsed.to_json() == parse_safely(mails[i], replace(ctx, received=None)).to_json()


def _env_probe(name: str) -> str | None:
    return os.environ.get(name)


def test_workers_see_the_environment_of_the_caller_when_the_pool_starts(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    parse_server.start()  # started (or running since an earlier test) before the variable is set
    monkeypatch.setenv("SPREIDINGSBOT_POOL_PROBE", "set after the server started")
    with ParsePool(2, shared=ingest_context(RawArchive(tmp_path / "data"), {})) as pool:
        assert pool._pool is not None
        assert pool._pool.submit(_env_probe, "SPREIDINGSBOT_POOL_PROBE").result() == "set after the server started"


def test_a_dead_worker_loses_no_message(tmp_path: Path) -> None:
    """The task holding the message that kills its worker, and every task after it, come back without a parse:
    the caller parses those itself (as `ingest` and `reparse` do), so every message is read exactly once."""
    ctx = ingest_context(RawArchive(tmp_path / "data"), {})
    mails = _mails()
    items = list(range(len(mails)))
    fatal = CHUNK + 1
    with ParsePool(2, shared=ctx) as pool:
        got = list(pool.parsed(items, lambda i: (mails[i], _Dies() if i == fatal else None)))
    assert [i for i, _ in got] == items
    assert got[fatal][1] is None
    for i, parsed in got:
        if parsed is not None:
            assert parsed.to_json() == parse_safely(mails[i], replace(ctx, received=None)).to_json()
