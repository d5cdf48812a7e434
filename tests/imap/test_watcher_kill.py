"""Exactly once under SIGKILL: `python -m bot.mailbox` killed at random points, restarted, 200 mails."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from storage.db import Database
from storage.ingest import get_checkpoint
from storage.models import Message

from .dovecot import Dovecot
from .mails import make_mail

ROOT = Path(__file__).resolve().parents[2]
N = 200
KILLS = 4

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]


def _counts(db: Database) -> tuple[int, int, int]:
    with db.session() as s:
        rows = s.scalar(select(func.count()).select_from(Message)) or 0
        mids = s.scalar(select(func.count(func.distinct(Message.message_id)))) or 0
        shas = s.scalar(select(func.count(func.distinct(Message.sha256)))) or 0
    return int(rows), int(mids), int(shas)


def _start(env: dict[str, str], cwd: Path, log: Path) -> subprocess.Popen[bytes]:
    fh = open(log, "ab")  # noqa: SIM115 - handed to the child
    try:
        return subprocess.Popen([sys.executable, "-m", "bot.mailbox"], env=env, cwd=cwd,
                                stdout=fh, stderr=fh, start_new_session=True)
    finally:
        fh.close()


def test_sigkill_at_random_points_records_every_mail_exactly_once(dovecot: Dovecot, db_url: str,
                                                                  tmp_path: Path) -> None:
    seed = int(os.environ.get("SPREIDINGSBOT_TEST_SEED", random.randrange(1_000_000)))
    rng = random.Random(seed)
    print(f"seed={seed}")
    dovecot.append_many([make_mail(i, tag="kill") for i in range(N)])
    data_dir = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("SPREIDINGSBOT_")}
    env.update(dovecot.settings_env())
    env.update({"SPREIDINGSBOT_DATABASE_URL": db_url, "SPREIDINGSBOT_DATA_DIR": str(data_dir),
                "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"})
    db = Database(db_url)
    log = tmp_path / "watcher.log"
    try:
        kills = terms = 0
        while kills < KILLS:
            before = _counts(db)[0]
            proc = _start(env, tmp_path, log)
            # wait until this run is recording, then kill it somewhere in the middle of its work
            deadline = time.monotonic() + 60
            while _counts(db)[0] == before and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.02)
            assert proc.poll() is None, f"watcher exited early:\n{log.read_text()[-3000:]}"
            time.sleep(rng.uniform(0.0, 0.8))
            if kills == 1:
                # one polite stop in the middle of a batch: finish the mail in hand, log out, exit 0
                proc.send_signal(signal.SIGTERM)
                assert proc.wait(20) == 0
                terms += 1
            else:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(10)
            kills += 1
            if _counts(db)[0] >= N:
                break
        # the last run finishes the job and stops cleanly on SIGTERM
        proc = _start(env, tmp_path, log)
        deadline = time.monotonic() + 90
        while _counts(db)[0] < N and time.monotonic() < deadline:
            assert proc.poll() is None, f"watcher exited early:\n{log.read_text()[-3000:]}"
            time.sleep(0.05)
        time.sleep(0.5)  # any duplicate would land now
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(20) == 0
    finally:
        with_proc = locals().get("proc")
        if with_proc is not None and with_proc.poll() is None:
            os.killpg(with_proc.pid, signal.SIGKILL)
    rows, mids, shas = _counts(db)
    assert (rows, mids, shas) == (N, N, N), f"seed={seed}"
    with db.session() as s:
        got = set(s.scalars(select(Message.message_id)))
        assert got == {f"<test-kill-{i}@heemskerk.nl>" for i in range(N)}
        assert s.scalar(select(func.count()).select_from(Message).where(Message.state != "parsed")) == 0
    assert get_checkpoint(db, "INBOX") == (dovecot.folder_status()["UIDVALIDITY"], N)
    text = log.read_text()
    assert kills >= 2 and terms == 1, f"only {kills} kills happened"
    assert "mailbox watcher stopped" in text
    assert "uid=" in text and "message_id=" in text and "state=parsed" in text  # structured lines
    assert dovecot.password not in text
    db.dispose()


def test_sigterm_during_start_up_ends_cleanly(dovecot: Dovecot, db_url: str, tmp_path: Path) -> None:
    """A stop asked for while the watcher is still importing and opening the database (systemd stopping it right
    after a start, or the kill test's last run when every mail is already in) ends with exit code 0, not by the
    signal's default action (-15)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SPREIDINGSBOT_")}
    env.update(dovecot.settings_env())
    env.update({"SPREIDINGSBOT_DATABASE_URL": db_url, "SPREIDINGSBOT_DATA_DIR": str(tmp_path / "data"),
                "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"})
    log = tmp_path / "watcher.log"
    for delay in (0.15, 0.3):
        proc = _start(env, tmp_path, log)
        time.sleep(delay)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0, log.read_text()[-3000:]
