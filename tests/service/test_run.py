"""`spreidingsbot run` on the embedded default: a local Maildir folder and the console channel."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from bot.cli import main
from storage.db import Database
from storage.models import MailboxCheckpoint, Message, OutboxItem

ROOT = Path(__file__).resolve().parents[2]
MAILS = sorted((ROOT / "examples" / "mails").glob("*.eml"))
SPREIDINGSBOT = str(Path(sys.executable).parent / "spreidingsbot")


def _drop(folder: Path, mails: list[Path]) -> None:
    (folder / "new").mkdir(parents=True, exist_ok=True)
    for sub in ("cur", "tmp"):
        (folder / sub).mkdir(exist_ok=True)
    for i, p in enumerate(mails):
        shutil.copyfile(p, folder / "new" / f"{time.time_ns()}.{i}.test")


def test_run_once_records_moves_and_notifies_console(cli_env: dict, data_dir: Path, db_url: str, capsys) -> None:  # noqa: ANN001
    main(["letters", "import", str(ROOT / "examples" / "letters.json")])
    _drop(data_dir / "inbox", MAILS[:3])
    capsys.readouterr()
    assert main(["run", "--once", "--console"]) == 0
    out = capsys.readouterr().out
    assert out.count("── bericht aan teamchat ──") == 3
    assert "Zaanstad" in out and "Heemskerk" in out
    assert not list((data_dir / "inbox" / "new").iterdir())
    assert len(list((data_dir / "inbox" / "cur").iterdir())) == 3
    db = Database(db_url)
    with db.session() as s:
        assert s.scalar(select(func.count(Message.id))) == 3
        assert set(s.scalars(select(OutboxItem.status))) == {"sent"}
        cp = s.scalar(select(MailboxCheckpoint))
        assert cp.last_sync_ok is not None
    db.dispose()


def test_run_without_chat_keeps_notifications_in_outbox(cli_env: dict, data_dir: Path, db_url: str) -> None:
    _drop(data_dir / "inbox", MAILS[:2])
    assert main(["run", "--once"]) == 0
    db = Database(db_url)
    with db.session() as s:
        assert set(s.scalars(select(OutboxItem.status))) == {"pending"}
    db.dispose()


def test_service_picks_up_new_mail_and_stops_cleanly_on_sigterm(cli_env: dict, data_dir: Path, db_url: str) -> None:
    inbox = data_dir / "inbox"
    _drop(inbox, [])
    env = {**cli_env, "SPREIDINGSBOT_LEASE_SECONDS": "2"}
    proc = subprocess.Popen([SPREIDINGSBOT, "run", "--no-scheduler"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        _drop(inbox, MAILS[:2])
        db = Database(db_url)
        deadline = time.monotonic() + 90
        n = 0
        while time.monotonic() < deadline:
            with db.session() as s:
                n = s.scalar(select(func.count(Message.id)))
            if n == 2:
                break
            time.sleep(0.3)
        assert n == 2
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert "mail recorded" in err and "Heemskerk" in err
        assert "Geachte" not in err  # never the body in the logs
        db.dispose()
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)


def test_doctor_reports_in_plain_dutch(cli_env: dict, capsys) -> None:  # noqa: ANN001
    assert main(["doctor", "--offline"]) == 0
    out = capsys.readouterr().out
    assert "database" in out and "bereikbaar" in out
    os.environ["SPREIDINGSBOT_IMAP_HOST"] = "127.0.0.1"
    try:
        assert main(["doctor"]) == 1
        out = capsys.readouterr().out
        assert "SPREIDINGSBOT_IMAP_USER" in out and "FOUT" in out
    finally:
        del os.environ["SPREIDINGSBOT_IMAP_HOST"]
