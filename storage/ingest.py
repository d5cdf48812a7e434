"""Recording a raw message: archive first, parse (pure), then one transaction for everything else."""
from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import delete, func, select, text, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import DisconnectionError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as SATimeoutError
from sqlalchemy.orm import Session, defer, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from parsers.model import SUBSTANTIVE, ParsedMessage
from parsers.pipeline import ParseContext
from storage import trust
from storage.archive import ArchiveError, RawArchive
from storage.case_events import apply_mail, letter_before
from storage.db import Database
from storage.domain import compliance_totals, cycle_for, on_time
from storage.fingerprint import arrival_time, body_fingerprint
from storage.models import (
    Case,
    Finding,
    Gemeente,
    IngestAttempt,
    Letter,
    MailboxCheckpoint,
    Message,
    MessageLink,
    OutboxItem,
    utcnow,
)
from storage.ocr_cache import FileOcrCache
from storage.parsing import parse_safely  # noqa: F401 - recording parses through it (and callers import it from here)
from storage.sanitize import add_warnings, clean_row, clean_text, note_texts
from templates import render

log = logging.getLogger("spreidingsbot.ingest")


@dataclass
class IngestResult:
    id: int
    created: bool
    state: str
    kind: str
    municipalities: list[str] = field(default_factory=list)
    reference: str | None = None
    message_id: str | None = None
    quarantine_reason: str | None = None
    on_time: bool | None = None
    missing: list[str] = field(default_factory=list)


def letters_map(session: Session) -> dict[str, str]:
    """Letter reference -> official municipality name, for the parser's context."""
    rows = session.execute(select(Letter.reference, Gemeente.name).join(Gemeente, Letter.gemeente_id == Gemeente.id))
    return {ref: name for ref, name in rows}


def ingest_context(archive: RawArchive, letters: dict[str, str], received: datetime | None = None, *,
                   ocr_again: bool = False) -> ParseContext:
    """The parse context of ingest and reparse: the letters, and OCR text cached beside the archive."""
    return ParseContext(letters=letters, received=received, ocr_cache=FileOcrCache.beside(archive, refresh=ocr_again),
                        trusted_authserv_id=trust.trusted_authserv_id())


MAX_ATTEMPTS = 3  # a message whose recording failed this often is parked (quarantined, never retried)
_CONNECTION_ERRORS = (OperationalError, InterfaceError, DisconnectionError, SATimeoutError)


def _is_connection_error(exc: BaseException) -> bool:
    """The database (not the message) failed: the caller retries later and nothing is quarantined."""
    return isinstance(exc, _CONNECTION_ERRORS) or bool(getattr(exc, "connection_invalidated", False))


def _result(m: Message, created: bool) -> IngestResult:
    return IngestResult(
        id=m.id, created=created, state=m.state, kind=m.kind,
        municipalities=list((m.parsed or {}).get("municipalities") or []), reference=m.reference,
        message_id=m.message_id, quarantine_reason=m.quarantine_reason, on_time=m.on_time, missing=list(m.missing),
    )


@dataclass
class RawMail:
    """One message to record and where it came from (the fields of `ingest_raw`)."""

    raw: bytes
    source: str
    source_path: str | None = None
    folder: str | None = None
    uidvalidity: int | None = None
    uid: int | None = None
    received_at: datetime | None = None
    file_time: datetime | None = None
    parsed: ParsedMessage | None = None  # parsed elsewhere (bulk workers), with `ingest_context`


_MESSAGE_COLUMNS = tuple(c.key for c in Message.__table__.columns)


class NewMessage:
    """A new message recorded without the ORM (the unit of work for a message, its findings and links cost
    more than parsing it): its column values as attributes, like a `Message`, and its findings and links as
    plain rows. `Lookups.queue` cleans it exactly as the flush hook (`storage.sanitize`) cleans ORM rows;
    `Lookups.flush_new` inserts it, in batch order, and sets `id`."""

    __slots__ = (*_MESSAGE_COLUMNS, "finding_rows", "link_rows")

    def __init__(self, **values: object) -> None:
        for key in _MESSAGE_COLUMNS:
            setattr(self, key, values.get(key))
        self.finding_rows: list[dict] = []
        self.link_rows: list[dict] = []

    def clean(self) -> None:
        row = {key: getattr(self, key) for key in _MESSAGE_COLUMNS}
        texts = note_texts("messages", clean_row(Message.__table__, row))
        for key in _MESSAGE_COLUMNS:
            setattr(self, key, row[key])
        for table, rows in ((Finding.__table__, self.finding_rows), (MessageLink.__table__, self.link_rows)):
            for child in rows:
                texts += note_texts(table.name, clean_row(table, child))
        if texts:
            self.parsed = add_warnings(self.parsed, texts)


def _insert_new(s: Session, new: list[NewMessage]) -> None:
    """Insert queued new messages (ids back in order), then all their findings and all their links."""
    conn = s.connection()
    t = Message.__table__
    rows = [{key: getattr(m, key) for key in _MESSAGE_COLUMNS if key != "id"} for m in new]
    if conn.dialect.name == "sqlite":  # one executemany (rows in order), then the ids by their unique SHA-256:
        conn.execute(t.insert(), rows)  # SQLAlchemy would RETURN them with one statement per row here
        by_sha = dict(conn.execute(select(t.c.sha256, t.c.id).where(t.c.sha256.in_([m.sha256 for m in new]))).all())
        ids = [by_sha[m.sha256] for m in new]
    else:  # the ids drawn from the sequence first, in order, then one executemany (psycopg's pipeline): the
        # long multi-row INSERT … RETURNING SQLAlchemy builds otherwise is converted anew by psycopg every batch
        ids = sorted(conn.execute(text("SELECT nextval(pg_get_serial_sequence('messages', 'id')) "
                                       "FROM generate_series(1, :n)"), {"n": len(rows)}).scalars())
        for row, mid in zip(rows, ids, strict=True):
            row["id"] = mid
        conn.execute(t.insert(), rows)
    findings: list[dict] = []
    links: list[dict] = []
    for m, mid in zip(new, ids, strict=True):
        m.id = mid
        findings += [{**f, "message_id": mid} for f in m.finding_rows]
        links += [{**li, "message_id": mid} for li in m.link_rows]
    if findings:
        conn.execute(Finding.__table__.insert(), findings)
    if links:
        conn.execute(MessageLink.__table__.insert(), links)


_GEMEENTE_LISTS = (defer(Gemeente.domains), defer(Gemeente.aliases), defer(Gemeente.shared_services))  # loaded if read


class Lookups:
    """What recording reads for every message, read once per session: municipalities by name, letters by
    reference, a municipality's newest case, and which Message-IDs may already be recorded. Kept in
    `Session.info`, so it lives exactly as long as the session (one batch)."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self._gemeenten: dict[str, Gemeente] | None = None
        self._letters: dict[str, Letter | None] = {}
        self._cases: dict[int, Case | None] = {}
        self.message_ids: set[str] | None = None  # the Message-IDs recorded; None: unknown, ask every time
        self.alone: set[str] = set()  # Message-IDs known to be carried by one message only (reparse)
        self.unflushed: set[str] = set()  # Message-IDs of new rows this session may not have flushed yet
        self.new: list[NewMessage] = []  # new messages recorded without the ORM, not yet inserted
        self.updates: list[tuple[NewMessage, list[Case]]] = []  # their case updates, in batch order
        self.dropped: set[int] = set()  # messages whose findings and links are already deleted (reparse)

    def drop_children(self, s: Session, ids: list[int]) -> None:
        """Delete the findings and links of these recorded messages (about to be recorded again) with one
        statement each; `apply_parsed` then only empties their collections."""
        conn = s.connection()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            conn.execute(delete(Finding.__table__).where(Finding.__table__.c.message_id.in_(chunk)))
            conn.execute(delete(MessageLink.__table__).where(MessageLink.__table__.c.message_id.in_(chunk)))
        self.dropped.update(ids)

    def queue(self, m: NewMessage, cases: list[Case]) -> None:
        """A complete new message: cleaned as the flush hook cleans ORM rows, inserted by `flush_new`, which
        then updates `cases` for it. Case updates change only the cases (nothing a later message of the batch
        reads while it is recorded), so running them after the insert, in batch order, ends in the same state;
        and the kinds whose update names the message's id have it then."""
        m.clean()
        self.new.append(m)
        self.updates.append((m, cases))

    def flush_new(self) -> None:
        """Every new message of this session into the database: the queued ones (with their findings and
        links, a few statements for all), or else the session's own (ORM: careful recording, a reparse).
        Never both kinds at once: a quarantined row of a fast batch (ORM) is flushed as soon as it is made."""
        if self.new:
            _insert_new(self.s, self.new)
            self.new = []
            updates, self.updates = self.updates, []
            with self.s.no_autoflush:  # as inside apply_parsed
                for m, cases in updates:
                    for case in cases:
                        _update_case(self.s, case, m)
        else:
            self.s.flush()
        self.unflushed.clear()

    @staticmethod
    def of(s: Session) -> Lookups:
        found = s.info.get("spreidingsbot.lookups")
        if found is None:
            found = s.info["spreidingsbot.lookups"] = Lookups(s)
        return found

    def preload(self, parses: list[ParsedMessage]) -> None:
        """Read what a batch of parses will ask for in three queries: municipalities, letters (with their
        cases) and the newest case of each municipality (with its letters)."""
        names = sorted({n for p in parses for n in p.municipalities})
        refs = sorted({p.references[0] for p in parses if len(p.references) == 1})
        if self._gemeenten is None:
            self._gemeenten = {}
        q = select(Gemeente).where(Gemeente.name.in_(names)).options(*_GEMEENTE_LISTS)  # recording needs no lists
        found = {g.name: g for g in self.s.scalars(q)} if names else {}
        self._gemeenten.update({n: found.get(n) for n in names})  # type: ignore[misc]
        if refs:
            q = select(Letter).where(Letter.reference.in_(refs)).options(selectinload(Letter.case))
            letters = {le.reference: le for le in self.s.scalars(q)}
            self._letters.update({r: letters.get(r) for r in refs})
        self.preload_cases([g.id for g in found.values()])

    def preload_cases(self, gemeente_ids: list[int]) -> None:
        """The newest case of each of these municipalities (with its letters), in one query."""
        ids = sorted(set(gemeente_ids) - set(self._cases))
        if ids:
            newest: dict[int, Case] = {}
            q = select(Case).where(Case.gemeente_id.in_(ids)).options(selectinload(Case.letters))
            for case in self.s.scalars(q.order_by(Case.gemeente_id, Case.cycle.desc(), Case.id)):
                newest.setdefault(case.gemeente_id, case)
            self._cases.update({i: newest.get(i) for i in ids})

    def forget(self) -> None:
        """After a rolled-back savepoint: rows created inside it are gone."""
        self._letters.clear()
        self._cases.clear()

    def gemeente(self, name: str) -> Gemeente | None:
        if self._gemeenten is None:
            self._gemeenten = {g.name: g for g in self.s.scalars(select(Gemeente))}
        elif name not in self._gemeenten:
            self._gemeenten[name] = self.s.scalar(select(Gemeente).where(Gemeente.name == name))
        return self._gemeenten.get(name)

    def letter(self, references: list[str]) -> Letter | None:
        if len(references) != 1:
            # several cited ("onze referentie 7668207" above the quoted history with the first letter's 7603624): the
            # letter answered is the first one the parser found that we sent, not whichever the database returns first
            found = {x.reference: x for x in self.s.scalars(select(Letter).where(Letter.reference.in_(references)))}
            return next((found[r] for r in references if r in found), None)
        ref = references[0]
        if ref not in self._letters:
            self._letters[ref] = self.s.scalar(select(Letter).where(Letter.reference == ref))
        return self._letters[ref]

    def newest_case(self, gemeente_id: int) -> Case | None:
        if gemeente_id not in self._cases:
            self._cases[gemeente_id] = self.s.scalar(select(Case).where(Case.gemeente_id == gemeente_id)
                                                     .order_by(Case.cycle.desc()).limit(1))
        return self._cases[gemeente_id]

    def case_created(self, case: Case) -> None:
        self._cases[case.gemeente_id] = case

    def maybe_recorded(self, message_id: str) -> bool:
        """False only when no other recorded message can carry this Message-ID."""
        if message_id in self.alone:
            return False
        return self.message_ids is None or message_id in self.message_ids


def _begin_attempts(s: Session, shas: list[str]) -> dict[str, tuple[int, str | None]]:
    """Count a recording attempt for each message before parsing, so a crash (or kill) during it counts too.
    Plain statements (no ORM objects): one read, one insert for the new ones, an update per earlier one."""
    if not shas:
        return {}
    t = IngestAttempt.__table__
    conn = s.connection()
    found = {sha: (n, err) for sha, n, err in
             conn.execute(select(t.c.sha256, t.c.attempts, t.c.last_error).where(t.c.sha256.in_(shas)))}
    now = utcnow()
    counts = {sha: ((found[sha][0] or 0) + 1, found[sha][1]) if sha in found else (1, None) for sha in shas}
    new = [dict(sha256=sha, attempts=1, updated_at=now) for sha in dict.fromkeys(shas) if sha not in found]
    if new:
        conn.execute(t.insert(), new)
    for sha in found:
        conn.execute(t.update().where(t.c.sha256 == sha).values(attempts=counts[sha][0], updated_at=now))
    return counts


class _Known:
    """The recorded messages a batch can meet again: by SHA-256 and by mailbox slot."""

    def __init__(self, s: Session, mails: list[tuple[str, RawMail]]) -> None:
        self.by_sha: dict[str, Message] = {}
        self.by_slot: dict[tuple, Message] = {}
        shas = sorted({sha for sha, _ in mails})
        for start in range(0, len(shas), 500):
            for m in s.scalars(select(Message).where(Message.sha256.in_(shas[start:start + 500]))):
                self.add(m)
        slots: dict[tuple, list[int]] = {}
        for _, mail in mails:
            if mail.uid is not None:
                slots.setdefault((mail.folder, mail.uidvalidity), []).append(mail.uid)
        for (folder, uidvalidity), uids in slots.items():
            q = select(Message).where(Message.folder == folder, Message.uidvalidity == uidvalidity,
                                      Message.uid.in_(sorted(set(uids))))
            for m in s.scalars(q):
                self.add(m)

    def add(self, m: Message) -> None:
        self.by_sha.setdefault(m.sha256, m)
        if m.uid is not None:
            self.by_slot.setdefault((m.folder, m.uidvalidity, m.uid), m)

    def get(self, sha: str, mail: RawMail) -> Message | None:
        """The same bytes, or the same mailbox slot, already recorded."""
        found = self.by_sha.get(sha)
        if found is None and mail.uid is not None:
            found = self.by_slot.get((mail.folder, mail.uidvalidity, mail.uid))
        return found


def _existing(s: Session, sha: str, folder: str | None, uidvalidity: int | None, uid: int | None) -> Message | None:
    """The same bytes, or the same mailbox slot, already recorded (asked of the database)."""
    found = s.scalar(select(Message).where(Message.sha256 == sha))
    if found is None and uid is not None:
        found = s.scalar(select(Message).where(Message.folder == folder, Message.uidvalidity == uidvalidity,
                                               Message.uid == uid))
    return found


def _same_content(s: Session, archive: RawArchive, raw: bytes, message_id: str | None) -> Message | None:
    """A message with this Message-ID and the same body content (see storage.fingerprint)."""
    if not message_id:
        return None
    key = clean_text(message_id, 500)
    look = Lookups.of(s)
    if not look.maybe_recorded(key):
        return None
    if key in look.unflushed:  # an earlier message of this batch, not yet in the database
        look.flush_new()
    candidates = list(s.scalars(select(Message).where(Message.message_id == key).order_by(Message.id).limit(50)))
    if not candidates:
        return None
    mine = body_fingerprint(raw)
    for m in candidates:
        try:
            theirs = body_fingerprint(archive.get(m.sha256))
        except OSError:
            continue  # raw gone from the archive: cannot compare, so record ours (nothing is dropped)
        if theirs == mine:
            return m
    return None


def _advance_checkpoint(session: Session, folder: str | None, uidvalidity: int | None, uid: int | None) -> None:
    if folder is None or uid is None:
        return
    cp = session.get(MailboxCheckpoint, folder)
    if cp is None:
        session.add(MailboxCheckpoint(folder=folder, uidvalidity=uidvalidity, last_uid=uid))
    elif cp.uidvalidity == uidvalidity and uid > cp.last_uid:
        cp.last_uid = uid
    elif cp.uidvalidity != uidvalidity:
        cp.uidvalidity, cp.last_uid = uidvalidity, uid


BATCH = 100  # messages per transaction in bulk recording (`ingest`, `reparse`)


def ingest_raw(db: Database, archive: RawArchive, raw: bytes, *, source: str, source_path: str | None = None,
               folder: str | None = None, uidvalidity: int | None = None, uid: int | None = None,
               received_at: datetime | None = None, file_time: datetime | None = None,
               notify: bool = True, parsed: ParsedMessage | None = None) -> IngestResult:
    """Record one raw message exactly once and advance the folder checkpoint in the same transaction.

    `received_at` is the mailbox's arrival time (IMAP INTERNALDATE); without it the top `Received` header,
    then `file_time` (a file's mtime), then now. A message that cannot be stored is quarantined (raw kept,
    reason recorded, staff told once); after MAX_ATTEMPTS unfinished attempts it is parked. Only archive
    and database-connection errors are raised (the caller retries those). `parsed`: the parse of `raw`
    done elsewhere (bulk workers, `bot/bulk.py`, with `ingest_context`).
    """
    mail = RawMail(raw, source, source_path, folder, uidvalidity, uid, received_at, file_time, parsed)
    res = ingest_many(db, archive, [mail], notify=notify)[0]
    if isinstance(res, ArchiveError):
        raise res  # nothing recorded; the caller retries
    return res


def ingest_many(db: Database, archive: RawArchive, mails: Sequence[RawMail], *,
                notify: bool = True) -> list[IngestResult | ArchiveError]:
    """Record a batch of raw messages, in order, as `ingest_raw` records one, with one commit for the batch.

    1. Every raw message is archived (fsyncs side by side); one that cannot be gives its ArchiveError and
    the checkpoint stops before it. 2. One transaction counts an attempt for each message not yet
    recorded. 3. The parses. 4. One transaction records them all with the checkpoint: each message in a
    savepoint, so one that cannot be stored is quarantined in its own savepoint and its neighbours stay.
    After a crash (a message of the batch with an unfinished earlier attempt), the batch is recorded one
    message at a time, each counting its attempt when its turn comes, so a message that kills the process
    is parked alone. Database-connection errors are raised: nothing of that batch was recorded then (its
    attempts stay counted).
    """
    mails = list(mails)
    shas = archive.put_many([m.raw for m in mails])  # before any parsing
    return _ingest(db, archive, mails, shas, notify=notify, checkpoint=True)


def _ingest(db: Database, archive: RawArchive, mails: list[RawMail], shas: list[str | ArchiveError], *,
            notify: bool, checkpoint: bool) -> list[IngestResult | ArchiveError]:
    stored = [(i, sha) for i, sha in enumerate(shas) if isinstance(sha, str)]
    attempts: dict[str, tuple[int, str | None]] = {}
    for retry in (True, False):
        try:
            with db.session() as s:
                known = _Known(s, [(sha, mails[i]) for i, sha in stored])
                fresh = sorted({sha for i, sha in stored if known.get(sha, mails[i]) is None})
                if len(mails) > 1 and fresh and s.scalar(
                        select(func.count()).select_from(IngestAttempt).where(IngestAttempt.sha256.in_(fresh))):
                    break  # an earlier attempt did not finish (a crash?): one message at a time, below
                attempts = _begin_attempts(s, fresh)
                needs_parse = any(mails[i].parsed is None and sha in attempts for i, sha in stored)
                letters = letters_map(s) if needs_parse else {}
            break
        except IntegrityError:  # another process began the same message at the same moment
            if not retry:
                raise
    if fresh and not attempts:  # each message counts its own attempt just before it is read, as ingest_raw does
        out: list[IngestResult | ArchiveError] = []
        for mail, sha in zip(mails, shas, strict=True):
            out += _ingest(db, archive, [mail], [sha], notify=notify, checkpoint=checkpoint)
            checkpoint = checkpoint and isinstance(sha, str)
        return out
    parses = {i: _parse_for(archive, mails[i], sha, letters, attempts) for i, sha in stored if sha in attempts}
    return _record_batch(db, archive, [(mail, shas[i], parses.get(i)) for i, mail in enumerate(mails)], attempts,
                         notify=notify, checkpoint=checkpoint)


def _parse_for(archive: RawArchive, mail: RawMail, sha: str, letters: dict[str, str],
               attempts: dict[str, tuple[int, str | None]]) -> ParsedMessage | None:
    if attempts[sha][0] > MAX_ATTEMPTS:
        return None  # parked: not parsed again
    parsed = mail.parsed or parse_safely(mail.raw, ingest_context(archive, letters, mail.received_at))
    parsed.sha256 = sha
    return parsed


def _record_batch(db: Database, archive: RawArchive, batch: list[tuple[RawMail, str | ArchiveError,
                  ParsedMessage | None]], attempts: dict[str, tuple[int, str | None]], *,
                  notify: bool, checkpoint: bool) -> list[IngestResult | ArchiveError]:
    """The one transaction of a batch: messages, findings, case updates, outbox rows, checkpoint.

    First without savepoints, the rows going to the database in a few flushes for the whole batch; when
    anything in it fails, that transaction is rolled back and the batch recorded again with a savepoint
    per message, so only the message that fails is quarantined."""
    try:
        return _record_in_one(db, archive, batch, attempts, notify=notify, checkpoint=checkpoint, careful=False)
    except Exception as exc:  # noqa: BLE001 - sorted out message by message below
        if _is_connection_error(exc):
            raise
        log.info("batch recorded again message by message", extra={"error": f"{type(exc).__name__}"})
    return _record_in_one(db, archive, batch, attempts, notify=notify, checkpoint=checkpoint, careful=True)


def _record_in_one(db: Database, archive: RawArchive, batch: list[tuple[RawMail, str | ArchiveError,
                   ParsedMessage | None]], attempts: dict[str, tuple[int, str | None]], *,
                   notify: bool, checkpoint: bool, careful: bool) -> list[IngestResult | ArchiveError]:
    done: list[tuple[Message, bool] | ArchiveError] = []
    stored = [(sha, mail) for mail, sha, _ in batch if isinstance(sha, str)]
    with db.session() as s:
        fresh = sorted({sha for sha, _ in stored if sha in attempts})
        if fresh:  # the first statement writes, so SQLite has begun the transaction the savepoints nest in
            s.execute(delete(IngestAttempt).where(IngestAttempt.sha256.in_(fresh)))
        look = Lookups.of(s)
        keys = sorted({clean_text(p.message_id, 500) for _, _, p in batch if p is not None and p.message_id})
        look.message_ids = set(s.scalars(select(Message.message_id).where(Message.message_id.in_(keys)))) \
            if keys else set()
        known = _Known(s, stored)
        look.preload([p for _, _, p in batch if p is not None])
        for mail, sha, parsed in batch:
            if not isinstance(sha, str):
                done.append(sha)
                checkpoint = False  # not stored: the checkpoint must not pass it
                continue
            found = known.get(sha, mail)
            if found is None and parsed is None and sha not in attempts:  # gone since step 2: parse it now
                parsed = _parse_for(archive, mail, sha, letters_map(s), {sha: (1, None)})
            if found is None:
                m, created = _record_one(s, archive, mail, sha, parsed, attempts, careful=careful)
                if created:
                    known.add(m)
                    if m.message_id:
                        look.message_ids.add(m.message_id)
                        look.unflushed.add(m.message_id)
                done.append((m, created))
            else:
                done.append((found, False))
            if checkpoint:
                _advance_checkpoint(s, mail.folder, mail.uidvalidity, mail.uid)
        look.flush_new()
        s.flush()
        announce = [d[0].id for d in done if isinstance(d, tuple) and d[1]] if notify else []
        if announce:
            s.connection().execute(OutboxItem.__table__.insert(), [
                dict(kind="new_message", dedupe_key=f"new_message:{mid}", target="team", payload={"message_id": mid})
                for mid in announce])
        return [d if isinstance(d, ArchiveError) else _result(*d) for d in done]


def _record_one(s: Session, archive: RawArchive, mail: RawMail, sha: str, parsed: ParsedMessage | None,
                attempts: dict[str, tuple[int, str | None]], *,
                careful: bool) -> tuple[Message | NewMessage, bool]:
    """One message: (its row, whether it is new). `careful`: in its own savepoint, and quarantined when it
    cannot be stored; otherwise every error goes up (the caller then records the batch carefully)."""
    received = mail.received_at or arrival_time(mail.raw) or mail.file_time or utcnow()
    where = dict(source=mail.source, source_path=mail.source_path, folder=mail.folder,
                 uidvalidity=mail.uidvalidity, uid=mail.uid, received_at=received)
    if parsed is None:  # parked after failed attempts
        tries, last_error = attempts[sha]
        reason = render("storage/recording.txt.j2", key="parked", attempts=tries - 1, error=last_error)
        log.error("message parked after failed attempts", extra={"sha256": sha[:12], "uid": mail.uid})
        return _quarantine(s, sha, reason, where, careful=careful), True
    try:
        with s.begin_nested() if careful else contextlib.nullcontext():
            found = _same_content(s, archive, mail.raw, parsed.message_id)
            if found is not None:
                return found, False
            if careful:
                m = Message(sha256=sha, **where)
                s.add(m)
            else:  # inserted with the batch's other new rows (NewMessage)
                m = NewMessage(sha256=sha, **where)
            apply_parsed(s, m, parsed)
        log.debug("recorded message", extra={"uid": mail.uid, "message_id": m.message_id, "kind": m.kind,
                                             "municipality": ",".join(parsed.municipalities), "state": m.state})
        return m, True
    except Exception as exc:  # noqa: BLE001 - one unstorable message must not stop the mailbox
        if not careful or _is_connection_error(exc):
            raise  # the database went away: the attempt stays counted, the caller retries
        Lookups.of(s).forget()
        if isinstance(exc, IntegrityError):  # another instance recorded it between our check and our insert
            found = _existing(s, sha, mail.folder, mail.uidvalidity, mail.uid)
            if found is not None:
                return found, False
        error = clean_text(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}", 300)
        log.error("cannot record message; quarantined", extra={"sha256": sha[:12], "uid": mail.uid, "error": error})
        reason = render("storage/recording.txt.j2", key="record_failed", error=error)
        return _quarantine(s, sha, reason, where, parsed=parsed, careful=careful), True


def _quarantine(s: Session, sha: str, reason: str, where: dict, *, parsed: ParsedMessage | None = None,
                careful: bool) -> Message:
    """A message that could not be stored normally: a bare quarantined row (in its own savepoint)."""
    if not careful:
        Lookups.of(s).flush_new()  # the new rows before it first: ids follow the order of the batch
    with s.begin_nested() if careful else contextlib.nullcontext():
        m = Message(sha256=sha, **where, kind="other", state="quarantined", quarantine_reason=reason,
                    parsed={"warnings": [reason], "quarantine_reason": reason})
        if parsed is not None:  # the headers are worth keeping when the parse itself went through
            m.message_id = parsed.message_id or None
            m.from_addr = parsed.from_addr or None
            m.subject = parsed.subject or None
            m.sent_at = parsed.date if parsed.date and parsed.date.tzinfo else None
        s.add(m)
    if not careful:
        s.flush()
    return m


_NEEDS_ID = ("extension_request", "auto_reply", "bounce")  # kinds whose case update names the message's id


def apply_parsed(s: Session, m: Message, parsed: ParsedMessage) -> None:
    """Fill a message row from a parse result and update the cases it concerns.

    Reference rows come from the session's `Lookups`; nothing is flushed here unless the case update needs
    the new row's id (or a new case is opened), so a new message goes to the database in one flush."""
    with s.no_autoflush:
        _apply_parsed(s, m, parsed, Lookups.of(s))


def _apply_parsed(s: Session, m: Message, parsed: ParsedMessage, look: Lookups) -> None:
    data = parsed.to_json()
    m.message_id = clean_text(parsed.message_id, 500) if parsed.message_id else None
    m.from_addr = (parsed.from_addr or None) and parsed.from_addr[:320]
    m.subject = parsed.subject
    m.sent_at = parsed.date if parsed.date and parsed.date.tzinfo else None
    m.kind = parsed.kind
    m.state = "quarantined" if parsed.quarantine_reason else "parsed"
    m.quarantine_reason = parsed.quarantine_reason
    m.reference = parsed.reference
    m.elements = parsed.elements
    m.missing = parsed.missing
    m.expected_date = parsed.expected_date
    m.places_realised = parsed.places.get("realised")
    m.places_planned = parsed.places.get("planned")
    m.reasons = list(parsed.reasons)
    m.content_in_attachment = parsed.content_in_attachment
    m.needs_ocr = parsed.needs_ocr
    m.suspect = trust.spoof_gate(s, m, parsed)  # possibly spoofed: recorded, never answers a case alone
    reused = _earlier_with_message_id(s, m)
    if reused:  # recorded only when the content differs (see _same_content): say so on the record
        data["message_id_reused"] = reused
        data["warnings"] = [*data.get("warnings", []),
                            render("storage/recording.txt.j2", key="message_id_reused", ids=reused)]
    m.parsed = data
    m.search_text = "\n".join([parsed.subject or "", parsed.new_text or ""])[:20000]
    if m.id is not None:
        _drop_children(s, m)
    fresh = isinstance(m, NewMessage)
    for f in parsed.findings:
        ev = f.evidence[0] if f.evidence else None
        row = dict(element=f.element, present=f.present, evidence=ev.text if ev else None,
                   source=ev.source if ev else None, note=f.note or None)
        if fresh:
            m.finding_rows.append(row)
        else:
            m.findings.append(Finding(**row))
    gemeenten = [g for g in (look.gemeente(n) for n in parsed.municipalities) if g]
    letter = look.letter(parsed.references) if parsed.references else None
    if letter is not None and all(g.id != letter.gemeente_id for g in gemeenten) and not gemeenten:
        gemeenten = [letter.gemeente]
    m.letter_id = letter.id if letter else None
    m.case_id = None
    cases: list[Case] = []
    for g in gemeenten:  # first the record itself (its cases, letter and links), then what it changes in them
        case = _case_for(s, g, letter, create=m.kind in SUBSTANTIVE and m.state == "parsed")
        new_case = case is not None and m.case_id is None
        if new_case:
            m.case_id = case.id
        link = dict(gemeente_id=g.id, case_id=case.id if case else None,
                    direct=case is not None and case.id == m.case_id)
        if fresh:
            m.link_rows.append(link)
        else:
            m.links.append(MessageLink(**link))
        if new_case and (letter is None or letter.gemeente_id != g.id):
            own = letter_before(case, m.received_at)
            if own is not None and m.letter_id is None:
                m.letter_id = own.id
        if case is not None:
            cases.append(case)
    m.on_time = None
    if m.kind == "ibt_reply" and m.case_id is not None:
        case = s.get(Case, m.case_id)
        deadline = effective_deadline(case, s.get(Letter, m.letter_id) if m.letter_id else None)
        if deadline is not None:
            m.on_time = on_time(m.received_at, deadline)
    if fresh:  # complete now: inserted with the batch's next write of new rows, its case updates right after
        look.queue(m, cases if m.state == "parsed" else [])
        return
    if m.id is None and m.kind in _NEEDS_ID and cases and m.state == "parsed":
        s.flush()  # the case update names the message by its id
    if m.state == "parsed":
        for case in cases:
            _update_case(s, case, m)


def _drop_children(s: Session, m: Message) -> None:
    """A reparse: delete the message's findings and links with one statement each (no load, no row-by-row
    delete) and empty both collections, so the new ones are inserted in the same flush as the message."""
    state = sa_inspect(m)
    for name in ("findings", "links"):
        for child in state.dict.get(name, ()):  # loaded before: out of the session, their rows go now
            if child in s:
                s.expunge(child)
        set_committed_value(m, name, [])
    look = Lookups.of(s)
    if m.id in look.dropped:  # deleted with the rest of its batch (reparse)
        look.dropped.discard(m.id)
        return
    conn = s.connection()
    conn.execute(delete(Finding.__table__).where(Finding.__table__.c.message_id == m.id))
    conn.execute(delete(MessageLink.__table__).where(MessageLink.__table__.c.message_id == m.id))


def _earlier_with_message_id(s: Session, m: Message) -> list[int]:
    """Ids of earlier messages with the same Message-ID (their content differed, or they would be this one)."""
    look = Lookups.of(s)
    if not m.message_id or not look.maybe_recorded(m.message_id):
        return []
    if m.message_id in look.unflushed:  # an earlier message of this batch, not yet in the database
        look.flush_new()
    q = select(Message.id).where(Message.message_id == m.message_id)
    if m.id is not None:
        q = q.where(Message.id < m.id)
    with s.no_autoflush:
        return list(s.scalars(q.order_by(Message.id).limit(10)))


def effective_deadline(case: Case | None, letter: Letter | None) -> datetime | None:
    if case is not None and case.deadline_override is not None:
        return case.deadline_override
    if letter is not None:
        return letter.deadline
    if case is not None and case.letters:
        return case.letters[-1].deadline
    return None


def _case_for(s: Session, g: Gemeente, letter: Letter | None, *, create: bool) -> Case | None:
    if letter is not None and letter.gemeente_id == g.id:
        return letter.case
    case = Lookups.of(s).newest_case(g.id)
    if case is None and create:
        case = Case(gemeente_id=g.id, cycle=cycle_for(datetime.now(UTC).date()), trede=1,
                    state="awaiting_reply")
        s.add(case)
        s.flush()
        Lookups.of(s).case_created(case)
    return case


def _update_case(s: Session, case: Case, m: Message) -> None:
    """A reply changes the case state; reported figures update the compliance count."""
    if m.kind == "ibt_reply" and not m.suspect:
        case.state = "answered_incomplete" if m.missing else "answered_complete"
    if m.kind in SUBSTANTIVE and not m.suspect:
        if m.places_realised is not None:
            case.realised_total = m.places_realised
            letter = case.letters[-1] if case.letters else None
            if letter is not None:
                task = (letter.task_regulier or 0) + (letter.task_amv or 0)
                case.compliance = compliance_totals(task, m.places_realised)
        if m.places_planned is not None:
            case.planned_total = m.places_planned
        if m.expected_date:
            case.expected_date = m.expected_date
    apply_mail(s, case, m)  # extension requests, bounces, absence notices (storage/case_events.py)


def get_checkpoint(db: Database, folder: str) -> tuple[int, int] | None:
    with db.session() as s:
        cp = s.get(MailboxCheckpoint, folder)
        if cp is None or cp.uidvalidity is None:
            return None
        return int(cp.uidvalidity), int(cp.last_uid)


def reset_checkpoint(db: Database, folder: str, uidvalidity: int) -> None:
    """UIDVALIDITY changed: start again from UID 0 under the new validity (dedupe keeps it exactly-once)."""
    with db.session() as s:
        cp = s.get(MailboxCheckpoint, folder)
        if cp is None:
            s.add(MailboxCheckpoint(folder=folder, uidvalidity=uidvalidity, last_uid=0))
        else:
            cp.uidvalidity, cp.last_uid = uidvalidity, 0


def record_sync(db: Database, folder: str, ok: bool, error: str | None = None) -> None:
    """Liveness: remember the last sync attempt, and the last successful one."""
    now = utcnow()
    with db.session() as s:
        cp = s.get(MailboxCheckpoint, folder)
        if cp is None:
            cp = MailboxCheckpoint(folder=folder, last_uid=0)
            s.add(cp)
        cp.last_attempt = now
        if ok:
            cp.last_sync_ok, cp.last_error = now, None
        else:
            cp.last_error = (error or "onbekende fout")[:2000]


def requeue_outbox(db: Database) -> int:
    """Make failed outbox rows pending again (used by `doctor --retry`)."""
    with db.session() as s:
        res = s.execute(update(OutboxItem).where(OutboxItem.status == "failed").values(status="pending"))
        return res.rowcount or 0
