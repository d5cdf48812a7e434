"""The IMAP watcher: checkpointed, batched fetch-and-record, IDLE (or polling), reconnect with backoff.

Exactly once: each message is recorded by ``storage.ingest.ingest_raw``, which archives the raw bytes and
then, in one transaction, stores the message and advances the folder checkpoint (UIDVALIDITY, last UID).
Flagging or moving the message to the processed folder happens only after that commit; anything already
recorded but not yet flagged/moved (a crash in between) is finished on the next sync.
"""
from __future__ import annotations

import asyncio
import contextlib
import imaplib
import logging
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from bot.mailbox.backoff import Backoff
from bot.mailbox.connection import MailboxConfigError, connect_and_login
from storage.archive import ArchiveError, RawArchive
from storage.db import Database
from storage.ingest import IngestResult, get_checkpoint, ingest_raw, record_sync, reset_checkpoint

log = logging.getLogger("spreidingsbot.mailbox")

# errors after which we reconnect (network, TLS, protocol, server going away)
NETWORK_ERRORS: tuple[type[BaseException], ...] = (
    OSError, socket.timeout, ssl.SSLError, imaplib.IMAP4.error, imaplib.IMAP4.abort, IMAPClientError, EOFError,
)


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


_NEW_MAIL = re.compile(rb"^\* \d+ (?:EXISTS|RECENT)\r?$", re.M | re.I)
_BYE = re.compile(rb"^\* BYE\b", re.M | re.I)


def _already_read(client: IMAPClient) -> bytes:
    """What the server sent that imaplib has already taken from the socket but not handed out.

    `idle()` reads "+ idling" with a buffered readline; a response the server sent in the same segment (Dovecot
    reports mail stored just before IDLE that way) then sits in that buffer, where `idle_check`'s poll() on the
    socket never sees it. Peeks with the socket non-blocking, so only what is there already is returned.
    """
    peek = getattr(getattr(client._imap, "file", None), "peek", None)  # noqa: SLF001 - imaplib's reader
    if peek is None:
        return b""
    sock = client.socket()
    timeout = sock.gettimeout()
    sock.settimeout(0.0)
    try:
        return bytes(peek(1 << 16))
    except (OSError, ValueError):  # nothing buffered and nothing on the socket (SSL: want-read)
        return b""
    finally:
        sock.settimeout(timeout)


def _utc(value: Any) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


class ImapWatcher:
    """Watches one IMAP folder. ``run()`` blocks until ``stop()``; ``scan_once()`` does a single sync."""

    def __init__(self, db: Database, archive: RawArchive, settings: Any, *,
                 on_recorded: Callable[[IngestResult], None] | None = None,
                 connect: Callable[[], IMAPClient] | None = None,
                 backoff: Backoff | None = None, idle_check_interval: float = 1.0) -> None:
        self.db, self.archive, self.settings = db, archive, settings
        self.folder: str = settings.folder or "INBOX"
        self.on_recorded = on_recorded
        self._connect = connect or (lambda: connect_and_login(settings))
        self.backoff = backoff or Backoff(base=1.0, cap=300.0)
        self.idle_check_interval = idle_check_interval
        self._stop = threading.Event()
        self._client: IMAPClient | None = None
        self.recorded = 0  # messages newly recorded by this watcher (for tests and the benchmark)
        self.syncs = 0  # successful sync cycles
        self.idles = 0  # IDLE commands the server accepted ("+ idling")
        self.in_idle = False  # True while the server has us in IDLE: mail appended now is reported

    # -- public -----------------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return f"imap:{self.settings.user}@{self.settings.host}/{self.folder}"

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def stop(self) -> None:
        """Ask the watcher to finish the message in hand, log out and return from run()."""
        self._stop.set()

    def run(self) -> None:
        """Watch until stop(): sync, IDLE (or poll), and reconnect with backoff after any failure."""
        log.info("mailbox watcher starting", extra={"folder": self.folder, "host": self.settings.host})
        while not self._stop.is_set():
            try:
                self._session()
            except MailboxConfigError as exc:
                self._failed(exc, "mailbox settings problem")
            except ArchiveError as exc:  # an OSError too, but the disk, not the connection
                self._failed(exc, "raw archive unavailable (disk full?); nothing recorded, retrying")
            except NETWORK_ERRORS as exc:
                self._failed(exc, "mailbox connection lost")
            except Exception as exc:  # noqa: BLE001 - database trouble etc.: keep trying, liveness shows it
                log.exception("mailbox sync failed")
                self._failed(exc, "mailbox sync failed", quiet=True)
        log.info("mailbox watcher stopped", extra={"folder": self.folder})

    def start_thread(self) -> threading.Thread:
        """Run in a daemon thread; call stop() and join() to end it."""
        t = threading.Thread(target=self.run, name="imap-watcher", daemon=True)
        t.start()
        return t

    async def run_async(self) -> None:
        """Run in a worker thread from asyncio; cancelling the task stops the watcher."""
        try:
            await asyncio.to_thread(self.run)
        except asyncio.CancelledError:
            self.stop()
            raise

    def scan_once(self) -> list[IngestResult]:
        """Connect, record everything new, log out. Raises on connection or login failure."""
        client = self._connect()
        try:
            self._ensure_processed_folder(client)
            results = self._sync(client)
            record_sync(self.db, self.folder, True)
            return results
        except BaseException as exc:
            record_sync(self.db, self.folder, False, f"{type(exc).__name__}: {exc}")
            raise
        finally:
            self._logout(client)

    # -- one connection ---------------------------------------------------------------------------
    def _failed(self, exc: BaseException, what: str, quiet: bool = False) -> None:
        delay = self.backoff.next_delay()
        if not quiet:
            log.warning(what, extra={"error": f"{type(exc).__name__}: {exc}"[:300], "retry_in": round(delay, 1)})
        try:
            record_sync(self.db, self.folder, False, f"{type(exc).__name__}: {exc}")
        except Exception:  # noqa: BLE001 - the database may be the problem
            log.exception("cannot record mailbox failure")
        self._stop.wait(delay)

    def _session(self) -> None:
        client = self._connect()
        self._client = client
        try:
            caps = {c.upper() for c in client.capabilities()}
            idle = b"IDLE" in caps
            self._ensure_processed_folder(client)
            while not self._stop.is_set():
                self._sync(client)
                record_sync(self.db, self.folder, True)
                self.syncs += 1
                self.backoff.reset()
                if self._stop.is_set():
                    break
                if self._new_since_sync(client):
                    continue  # mail arrived during the sync: IDLE would not report it
                if idle:
                    self._idle(client)
                else:
                    self._stop.wait(max(0.05, float(self.settings.poll_seconds)))
        finally:
            self._client = None
            self._logout(client)

    def _logout(self, client: IMAPClient) -> None:
        try:
            client.logout()
        except Exception:  # noqa: BLE001 - connection may be gone already
            with contextlib.suppress(Exception):  # the socket may already be gone
                client.shutdown()

    def _new_since_sync(self, client: IMAPClient) -> bool:
        """Mail that arrived while we synced: IDLE would not report it, so look before idling.

        NOOP makes the server refresh its view; the UID SEARCH then sees anything appended until now.
        """
        client.noop()
        cp = get_checkpoint(self.db, self.folder)
        last = cp[1] if cp else 0
        return any(u > last for u in client.search(["UID", f"{last + 1}:*"]))

    def _idle(self, client: IMAPClient) -> None:
        """IDLE until the server reports something, stop() is called, or the renewal time is up."""
        renew = min(600.0, float(self.settings.idle_renew_seconds or 540))
        client.idle()
        self.idles += 1
        self.in_idle = True
        started = time.monotonic()
        quick_empty = 0  # imapclient's idle_check returns [] at once, forever, on a closed socket
        try:
            early = _already_read(client)
            if _BYE.search(early):
                raise imaplib.IMAP4.abort("server said BYE when IDLE started")
            if _NEW_MAIL.search(early):
                return  # mail stored just before IDLE, reported with "+ idling": idle_done() reads it, then sync
            while not self._stop.is_set():
                left = renew - (time.monotonic() - started)
                if left <= 0:
                    break
                wait = min(self.idle_check_interval, left)
                t0 = time.monotonic()
                responses = client.idle_check(timeout=wait)
                if not responses and time.monotonic() - t0 < wait / 2:
                    quick_empty += 1
                    if quick_empty >= 3:
                        raise imaplib.IMAP4.abort("connection closed by the server during IDLE")
                    continue
                quick_empty = 0
                if any(isinstance(r, tuple) and len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                    break
                if any(isinstance(r, tuple) and r and r[0] == b"BYE" for r in responses):
                    raise imaplib.IMAP4.abort("server said BYE during IDLE")
        finally:
            self.in_idle = False
            client.idle_done()

    # -- syncing ----------------------------------------------------------------------------------
    @property
    def _writes(self) -> bool:
        return bool(self.settings.processed_folder or self.settings.processed_flag)

    def _ensure_processed_folder(self, client: IMAPClient) -> None:
        target = self.settings.processed_folder
        if target and not client.folder_exists(target):
            try:
                client.create_folder(target)
                log.info("created processed folder", extra={"folder": target})
            except IMAPClientError:
                if not client.folder_exists(target):  # another instance may have made it meanwhile
                    raise

    def _checkpoint(self, uidvalidity: int) -> int:
        cp = get_checkpoint(self.db, self.folder)
        if cp is not None and cp[0] == uidvalidity:
            return cp[1]
        if cp is not None:
            log.warning("UIDVALIDITY changed: resyncing the folder (duplicates are recognised)",
                        extra={"folder": self.folder, "old": cp[0], "new": uidvalidity})
        reset_checkpoint(self.db, self.folder, uidvalidity)
        return 0

    def _sync(self, client: IMAPClient) -> list[IngestResult]:
        """Record every message above the checkpoint, in UID order, in batches."""
        info = client.select_folder(self.folder, readonly=not self._writes)
        uidvalidity = int(info[b"UIDVALIDITY"])
        last_uid = self._checkpoint(uidvalidity)
        results: list[IngestResult] = []
        self._finish_processed(client, last_uid)
        new = sorted(u for u in client.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid)
        batch_size = max(1, int(getattr(self.settings, "batch_size", 50) or 50))
        for batch in _chunks(new, batch_size):
            if self._stop.is_set():
                break
            data = client.fetch(batch, [b"BODY.PEEK[]", b"INTERNALDATE"])
            done: list[int] = []
            for uid in batch:
                if self._stop.is_set():
                    break
                item = data.get(uid)
                if item is None or b"BODY[]" not in item:
                    continue  # expunged between SEARCH and FETCH
                res = self._record(uid, uidvalidity, item[b"BODY[]"], _utc(item.get(b"INTERNALDATE")))
                results.append(res)
                done.append(uid)
            self._mark_processed(client, done)
        return results

    def _record(self, uid: int, uidvalidity: int, raw: bytes, received: datetime | None) -> IngestResult:
        res = ingest_raw(self.db, self.archive, raw, source="imap", folder=self.folder,
                         uidvalidity=uidvalidity, uid=uid, received_at=received)
        if res.created:
            self.recorded += 1
        log.info("mail recorded" if res.created else "mail already recorded", extra={
            "uid": uid, "message_id": res.message_id or "-", "kind": res.kind,
            "municipality": ",".join(res.municipalities) or "-", "state": res.state,
        })
        if self.on_recorded is not None and res.created:
            try:
                self.on_recorded(res)
            except Exception:  # noqa: BLE001 - a callback must not stop recording
                log.exception("on_recorded callback failed")
        return res

    # -- after the commit -------------------------------------------------------------------------
    def _search_flag_key(self) -> list[str]:
        flag = self.settings.processed_flag
        if flag.startswith("\\"):
            return ["NOT", flag[1:].upper()]
        return ["NOT", "KEYWORD", flag]

    def _finish_processed(self, client: IMAPClient, last_uid: int) -> None:
        """Messages already recorded (UID <= checkpoint) but not yet flagged/moved: a crash in between."""
        if last_uid <= 0 or not self._writes:
            return
        criteria: list[Any] = ["UID", f"1:{last_uid}"]
        if not self.settings.processed_folder:
            criteria += self._search_flag_key()
        pending = sorted(u for u in client.search(criteria) if u <= last_uid)
        if pending:
            log.info("finishing recorded messages left in the folder", extra={"count": len(pending)})
            self._mark_processed(client, pending)

    def _mark_processed(self, client: IMAPClient, uids: list[int]) -> None:
        if not uids or not self._writes:
            return
        if self.settings.processed_flag:
            client.add_flags(uids, [self.settings.processed_flag.encode()], silent=True)
        target = self.settings.processed_folder
        if target:
            if b"MOVE" in {c.upper() for c in client.capabilities()}:
                client.move(uids, target)
            else:
                client.copy(uids, target)
                client.delete_messages(uids, silent=True)
                if client.has_capability("UIDPLUS"):
                    client.uid_expunge(uids)
                else:
                    client.expunge()
