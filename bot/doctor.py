"""Health checks for `spreidingsbot doctor`: database, mailbox, chat, SMTP, liveness, OCR, outbox."""
from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select, text

from bot.config import Settings
from storage.db import Database
from storage.models import MailboxCheckpoint, OutboxItem, utcnow

OK, WARN, FAIL = "OK", "LET OP", "FOUT"


@dataclass
class Check:
    status: str
    area: str
    message: str


def check_database(db: Database) -> list[Check]:
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001
        return [Check(FAIL, "database", f"niet bereikbaar ({type(exc).__name__}): controleer "
                                        f"SPREIDINGSBOT_DATABASE_URL")]
    if not db.has_schema():
        return [Check(WARN, "database", "bereikbaar maar nog leeg: draai 'spreidingsbot db upgrade'")]
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from storage.db import alembic_config

    head = ScriptDirectory.from_config(alembic_config(db.url)).get_current_head()
    with db.engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current != head:
        return [Check(WARN, "database", f"schema {current}, nieuwste is {head}: draai 'spreidingsbot db upgrade'")]
    return [Check(OK, "database", f"bereikbaar, schema {current} ({db.dialect})")]


def check_mailbox(settings: Settings, timeout: float = 10.0) -> list[Check]:
    i = settings.imap
    if not i.host:
        return [Check(WARN, "mailbox", "geen IMAP-server ingesteld (SPREIDINGSBOT_IMAP_HOST); de lokale map "
                                       f"{settings.data_dir / 'inbox'} wordt gebruikt")]
    missing = [n for n, v in (("SPREIDINGSBOT_IMAP_USER", i.user),) if not v]
    if not (i.password or i.oauth_token or i.oauth_token_cmd):
        missing.append("SPREIDINGSBOT_IMAP_PASSWORD (of een OAuth-token)")
    if missing:
        return [Check(FAIL, "mailbox", "niet volledig ingesteld, ontbreekt: " + ", ".join(missing))]
    try:
        from bot.mailbox.connection import connect_and_login
    except ImportError:
        connect_and_login = None
    if connect_and_login is None:
        try:
            socket.create_connection((i.host, i.port), timeout=timeout).close()
        except OSError as exc:
            return [Check(FAIL, "mailbox", f"{i.host}:{i.port} niet bereikbaar: {exc.strerror or exc}")]
        return [Check(OK, "mailbox", f"{i.host}:{i.port} bereikbaar")]
    try:
        client = connect_and_login(i, timeout=timeout)
        try:
            info = client.select_folder(i.folder, readonly=True)
            count = info.get(b"EXISTS", 0)
        finally:
            with contextlib.suppress(Exception):
                client.logout()
    except Exception as exc:  # noqa: BLE001
        return [Check(FAIL, "mailbox", f"inloggen of map '{i.folder}' openen op {i.host}:{i.port} mislukt: "
                                       f"{type(exc).__name__}: {exc}")]
    return [Check(OK, "mailbox", f"ingelogd op {i.host}:{i.port} als {i.user}; map '{i.folder}' "
                                 f"heeft {count} berichten")]


def check_chat(settings: Settings, timeout: float = 10.0) -> list[Check]:
    t = settings.telegram
    if not t.token:
        return [Check(WARN, "chat", "geen Telegram-token (SPREIDINGSBOT_TELEGRAM_TOKEN): de chat staat uit")]
    out = []
    if t.team_chat_id is None:
        out.append(Check(WARN, "chat", "geen teamchat ingesteld (SPREIDINGSBOT_TELEGRAM_TEAM_CHAT_ID): "
                                       "meldingen kunnen nergens heen"))
    import json
    import urllib.error
    import urllib.request

    url = f"{t.api_url.rstrip('/')}{t.token}/getMe"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 - configured API URL
            data = json.loads(resp.read())
        out.append(Check(OK, "chat", f"Telegram-bot @{data['result'].get('username')} bereikbaar"))
    except urllib.error.HTTPError as exc:
        reason = "token ongeldig" if exc.code in (401, 404) else f"HTTP {exc.code}"
        out.append(Check(FAIL, "chat", f"Telegram weigert: {reason}"))
    except (OSError, ValueError, KeyError) as exc:
        out.append(Check(FAIL, "chat", f"Telegram-API niet bereikbaar ({type(exc).__name__})"))
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
            out.append(Check(WARN, "liveness", f"{cp.folder}: nog nooit gesynchroniseerd"
                                               + (f" (laatste fout: {cp.last_error})" if cp.last_error else "")))
        elif now - cp.last_sync_ok > limit:
            minutes = int((now - cp.last_sync_ok).total_seconds() // 60)
            out.append(Check(FAIL, "liveness", f"{cp.folder}: al {minutes} minuten geen geslaagde synchronisatie"
                                               + (f" (laatste fout: {cp.last_error})" if cp.last_error else "")))
        else:
            out.append(Check(OK, "liveness", f"{cp.folder}: laatst gesynchroniseerd {cp.last_sync_ok:%Y-%m-%d %H:%M} UTC"))
    return out


def check_outbox(db: Database) -> list[Check]:
    try:
        with db.session() as s:
            pending = s.scalar(select(func.count(OutboxItem.id)).where(OutboxItem.status == "pending")) or 0
            failed = s.scalar(select(func.count(OutboxItem.id)).where(OutboxItem.status == "failed")) or 0
    except Exception:  # noqa: BLE001
        return []
    status = FAIL if failed else (WARN if pending > 100 else OK)
    return [Check(status, "uitgaand", f"{pending} meldingen wachten, {failed} definitief mislukt")]


def check_ocr() -> list[Check]:
    if not shutil.which("tesseract"):
        return [Check(WARN, "ocr", "tesseract niet geïnstalleerd: gescande bijlagen krijgen de markering "
                                   "'OCR nodig' (apt-get install tesseract-ocr tesseract-ocr-nld)")]
    try:
        langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        langs = ""
    if "nld" not in langs.split():
        return [Check(WARN, "ocr", "tesseract zonder Nederlandse taaldata (apt-get install tesseract-ocr-nld)")]
    return [Check(OK, "ocr", "tesseract met Nederlandse taaldata aanwezig")]


def check_smtp(settings: Settings) -> list[Check]:
    if not settings.smtp.host:
        return [Check(WARN, "smtp", "geen SMTP-server (SPREIDINGSBOT_SMTP_HOST): goedgekeurde concepten kunnen "
                                    "niet verstuurd worden")]
    try:
        socket.create_connection((settings.smtp.host, settings.smtp.port), timeout=5).close()
    except OSError as exc:
        return [Check(FAIL, "smtp", f"{settings.smtp.host}:{settings.smtp.port} niet bereikbaar: "
                                    f"{exc.strerror or exc}")]
    return [Check(OK, "smtp", f"{settings.smtp.host}:{settings.smtp.port} bereikbaar")]


def run_checks(settings: Settings, db: Database, *, network: bool = True) -> list[Check]:
    checks = check_database(db)
    db_ok = checks[0].status != FAIL
    if network:
        checks += check_mailbox(settings) + check_chat(settings) + check_smtp(settings)
    if db_ok:
        checks += check_liveness(db, settings) + check_outbox(db)
    checks += check_ocr()
    return checks
