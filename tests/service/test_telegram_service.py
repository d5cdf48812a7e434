"""`spreidingsbot run` as a real process, talking to the strict local Bot API server over HTTP."""
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
from storage.models import AuditEvent, OutboxItem
from tests.botapi.server import BotApiServer

ROOT = Path(__file__).resolve().parents[2]
MAILS = sorted((ROOT / "examples" / "mails").glob("*.eml"))
SPREIDINGSBOT = str(Path(sys.executable).parent / "spreidingsbot")
TEAM = -1001234567
ADMIN = 424242
STRANGER = 999999


def _drop(folder: Path, mails: list[Path]) -> None:
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    for i, p in enumerate(mails):
        shutil.copyfile(p, folder / "tmp" / f"{i}.x")
        os.replace(folder / "tmp" / f"{i}.x", folder / "new" / f"{time.time_ns()}.{i}.t")


def _wait(pred, timeout: float = 60.0, what: str = "") -> None:  # noqa: ANN001
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def _start(env: dict) -> subprocess.Popen:
    return subprocess.Popen([SPREIDINGSBOT, "run", "--no-scheduler"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _stop(proc: subprocess.Popen) -> str:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    return err


def test_notifications_commands_strangers_and_outage(cli_env: dict, data_dir: Path, db_url: str,
                                                     botapi: BotApiServer) -> None:
    main(["letters", "import", str(ROOT / "examples" / "letters.json")])
    main(["staff", "add", str(ADMIN), "--name", "Fatima", "--role", "beheerder"])
    botapi.register_chat(TEAM, "supergroup")
    env = {**cli_env, "SPREIDINGSBOT_TELEGRAM_TOKEN": botapi.token, "SPREIDINGSBOT_TELEGRAM_API_URL": botapi.base_url,
           "SPREIDINGSBOT_TELEGRAM_TEAM_CHAT_ID": str(TEAM), "SPREIDINGSBOT_LEASE_SECONDS": "3"}
    inbox = data_dir / "inbox"
    _drop(inbox, [])
    proc = _start(env)
    try:
        _wait(lambda: botapi.calls("setMyCommands"), what="setMyCommands")
        names = {c["command"] for c in botapi.commands()}
        assert {"status", "zaken", "termijnen", "ontbreekt", "mijn", "toewijzen", "trede", "notitie", "bericht",
                "zoek", "help"} <= names

        # new mail -> one notification per message in the team chat, with buttons
        _drop(inbox, MAILS[:3])
        _wait(lambda: len(botapi.bot_texts(TEAM)) >= 3, what="three notifications")
        texts = botapi.bot_texts(TEAM)
        assert any("Heemskerk" in t for t in texts) and any("Zaanstad" in t for t in texts)

        # a staff member asks in private chat; a stranger gets one short refusal and no case data
        botapi.inject_message(ADMIN, ADMIN, "hoe staat Heemskerk ervoor?")
        _wait(lambda: botapi.bot_texts(ADMIN), what="answer to staff")
        assert "Heemskerk" in botapi.bot_texts(ADMIN)[-1]
        botapi.inject_message(STRANGER, STRANGER, "/status Heemskerk")
        _wait(lambda: botapi.bot_texts(STRANGER), what="refusal")
        refusal = botapi.bot_texts(STRANGER)
        assert len(refusal) == 1 and "Heemskerk" not in refusal[0]

        # Telegram goes down while mail keeps coming: notifications wait in the outbox
        botapi.outage("503")
        _drop(inbox, MAILS[3:8])
        db = Database(db_url)

        def recorded() -> int:
            with db.session() as s:
                return s.scalar(select(func.count(OutboxItem.id)).where(OutboxItem.kind == "new_message"))

        _wait(lambda: recorded() == 8, what="eight recorded messages")
        time.sleep(2)
        assert len(botapi.bot_texts(TEAM)) == 3
        botapi.end_outage()
        _wait(lambda: len(botapi.bot_texts(TEAM)) >= 8, timeout=90, what="backlog delivered")
        time.sleep(2)
        assert len(botapi.bot_texts(TEAM)) == 8  # each exactly once
        with db.session() as s:
            assert set(s.scalars(select(OutboxItem.status))) == {"sent"}
            assert s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == "refused")) >= 1
        db.dispose()
    finally:
        err = _stop(proc)
    assert proc.returncode == 0, err
    assert botapi.token not in err  # the token never reaches the logs
