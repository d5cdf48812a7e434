"""Health checks for `spreidingsbot doctor`: database, mailbox, chat, SMTP, liveness, OCR, outbox."""
from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import func, select, text

from bot.config import Settings
from storage.db import Database
from storage.models import MailboxCheckpoint, OutboxItem, utcnow
from templates import render

OK, WARN, FAIL = "OK", "LET OP", "FOUT"


@dataclass
class Check:
    """One finding; its Dutch text comes from templates/cli/doctor.txt.j2."""

    status: str
    area: str
    key: str
    params: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        return render("cli/doctor.txt.j2", key=self.key, **self.params)

    def as_json(self) -> dict:
        return {"status": self.status, "area": self.area, "key": self.key, "message": self.message}


def _c(status: str, area: str, key: str, **params: object) -> Check:
    return Check(status, area, key, params)


def check_database(db: Database) -> list[Check]:
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001
        return [_c(FAIL, "database", "db_unreachable", error=type(exc).__name__)]
    if not db.has_schema():
        return [_c(WARN, "database", "db_empty")]
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from storage.db import alembic_config

    head = ScriptDirectory.from_config(alembic_config(db.url)).get_current_head()
    with db.engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current != head:
        return [_c(WARN, "database", "db_old", current=current, head=head)]
    return [_c(OK, "database", "db_ok", current=current, dialect=db.dialect)]


def check_mailbox(settings: Settings, timeout: float = 10.0) -> list[Check]:
    i = settings.imap
    if not i.host:
        return [_c(WARN, "mailbox", "imap_local", folder=str(settings.data_dir / "inbox"))]
    missing = [n for n, v in (("SPREIDINGSBOT_IMAP_USER", i.user),) if not v]
    if not (i.password or i.oauth_token or i.oauth_token_cmd):
        missing.append(render("cli/doctor.txt.j2", key="imap_password"))
    if missing:
        return [_c(FAIL, "mailbox", "imap_incomplete", missing=missing)]
    try:
        from bot.mailbox.connection import connect_and_login
    except ImportError:
        connect_and_login = None
    if connect_and_login is None:
        try:
            socket.create_connection((i.host, i.port), timeout=timeout).close()
        except OSError as exc:
            return [_c(FAIL, "mailbox", "imap_unreachable", host=i.host, port=i.port, error=exc.strerror or exc)]
        return [_c(OK, "mailbox", "imap_reachable", host=i.host, port=i.port)]
    try:
        client = connect_and_login(i, timeout=timeout)
        try:
            info = client.select_folder(i.folder, readonly=True)
            count = info.get(b"EXISTS", 0)
        finally:
            with contextlib.suppress(Exception):
                client.logout()
    except Exception as exc:  # noqa: BLE001
        return [_c(FAIL, "mailbox", "imap_login_failed", folder=i.folder, host=i.host, port=i.port,
                   error=f"{type(exc).__name__}: {exc}")]
    return [_c(OK, "mailbox", "imap_ok", host=i.host, port=i.port, user=i.user, folder=i.folder, count=count)]


def check_chat(settings: Settings, timeout: float = 10.0) -> list[Check]:
    t = settings.telegram
    if not t.token:
        return [_c(WARN, "chat", "chat_off")]
    out = []
    if t.team_chat_id is None:
        out.append(_c(WARN, "chat", "chat_no_team"))
    import json
    import urllib.error
    import urllib.request

    url = f"{t.api_url.rstrip('/')}{t.token}/getMe"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 - configured API URL
            data = json.loads(resp.read())
        out.append(_c(OK, "chat", "chat_ok", username=data["result"].get("username")))
    except urllib.error.HTTPError as exc:
        out.append(_c(FAIL, "chat", "chat_refused", bad_token=exc.code in (401, 404), code=exc.code))
    except (OSError, ValueError, KeyError) as exc:
        out.append(_c(FAIL, "chat", "chat_unreachable", error=type(exc).__name__))
    return out


def check_liveness(db: Database, settings: Settings) -> list[Check]:
    limit = timedelta(minutes=settings.imap.stall_alert_minutes)
    now = utcnow()
    out = []
    try:
        with db.session() as s:
            rows = list(s.scalars(select(MailboxCheckpoint)))
    except Exception:  # noqa: BLE001
        return []
    for cp in rows:
        if cp.last_sync_ok is None:
            out.append(_c(WARN, "liveness", "live_never", folder=cp.folder, error=cp.last_error))
        elif now - cp.last_sync_ok > limit:
            minutes = int((now - cp.last_sync_ok).total_seconds() // 60)
            out.append(_c(FAIL, "liveness", "live_stalled", folder=cp.folder, minutes=minutes, error=cp.last_error))
        else:
            out.append(_c(OK, "liveness", "live_ok", folder=cp.folder, at=cp.last_sync_ok))
    return out


def check_outbox(db: Database, settings: Settings | None = None) -> list[Check]:
    try:
        with db.session() as s:
            pending = s.scalar(select(func.count(OutboxItem.id)).where(OutboxItem.status == "pending")) or 0
            failed = s.scalar(select(func.count(OutboxItem.id)).where(OutboxItem.status == "failed")) or 0
    except Exception:  # noqa: BLE001
        return []
    chat_off = settings is not None and not settings.telegram.token
    if pending and chat_off:  # nothing will send them: not OK, whatever the number
        return [_c(WARN, "uitgaand", "outbox_chat_off", pending=pending, failed=failed)]
    status = FAIL if failed else (WARN if pending > 100 else OK)
    return [_c(status, "uitgaand", "outbox", pending=pending, failed=failed)]


def check_ocr() -> list[Check]:
    if not shutil.which("tesseract"):
        return [_c(WARN, "ocr", "ocr_missing")]
    try:
        langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        langs = ""
    if "nld" not in langs.split():
        return [_c(WARN, "ocr", "ocr_no_dutch")]
    return [_c(OK, "ocr", "ocr_ok")]


def check_smtp(settings: Settings) -> list[Check]:
    if not settings.smtp.host:
        return [_c(WARN, "smtp", "smtp_off")]
    try:
        socket.create_connection((settings.smtp.host, settings.smtp.port), timeout=5).close()
    except OSError as exc:
        return [_c(FAIL, "smtp", "smtp_unreachable", host=settings.smtp.host, port=settings.smtp.port,
                   error=exc.strerror or exc)]
    return [_c(OK, "smtp", "smtp_ok", host=settings.smtp.host, port=settings.smtp.port)]


def check_sender_trust(settings: Settings) -> list[Check]:
    """Without the receiving server's authserv-id no sender can be verified (SPF/DKIM/DMARC)."""
    if not settings.trusted_authserv_id:
        return [_c(WARN, "afzenders", "trust_off")]
    return [_c(OK, "afzenders", "trust_ok", authserv_id=settings.trusted_authserv_id)]


def sender_trust_notice(settings: Settings) -> str | None:
    """The one Dutch line the service says at start when senders cannot be verified (None when they can)."""
    return None if settings.trusted_authserv_id else render("cli/doctor.txt.j2", key="trust_off")


def run_checks(settings: Settings, db: Database, *, network: bool = True) -> list[Check]:
    checks = check_database(db)
    db_ok = checks[0].status != FAIL
    if network:
        checks += check_mailbox(settings) + check_chat(settings) + check_smtp(settings)
    else:
        checks.append(_c(WARN, "offline", "offline_skipped"))
    if db_ok:
        checks += check_liveness(db, settings) + check_outbox(db, settings)
    checks += check_ocr() + check_sender_trust(settings)
    return checks
