"""A mailbox that has not synced for too long alerts the team (once an hour) and shows in doctor."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.app import App
from bot.cli import main
from bot.config import Settings
from bot.service import Service
from storage.models import MailboxCheckpoint, OutboxItem, utcnow


def test_stalled_mailbox_alerts_once_and_doctor_says_so(cli_env: dict, db_url: str, capsys) -> None:  # noqa: ANN001
    app = App.open(Settings.load())
    with app.db.session() as s:
        s.add(MailboxCheckpoint(folder="INBOX", uidvalidity=1, last_uid=10,
                                last_sync_ok=utcnow() - timedelta(minutes=20), last_error="ConnectionRefusedError"))
        s.add(MailboxCheckpoint(folder="Recent", uidvalidity=1, last_uid=3, last_sync_ok=utcnow()))
    service = Service(app)
    service._check_liveness(timedelta(minutes=15))
    service._check_liveness(timedelta(minutes=15))
    with app.db.session() as s:
        alerts = list(s.scalars(select(OutboxItem).where(OutboxItem.kind == "alert")))
    assert len(alerts) == 1
    assert "INBOX" in alerts[0].payload["html"] and "20 minuten" in alerts[0].payload["html"]
    app.close()
    assert main(["doctor", "--offline"]) == 1
    out = capsys.readouterr().out
    assert "INBOX: al 20 minuten geen geslaagde synchronisatie" in out and "ConnectionRefusedError" in out
