"""Recording a raw message: archive first, parse (pure), then one transaction for everything else."""
from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import delete, select, update
from sqlalchemy.exc import DisconnectionError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as SATimeoutError
from sqlalchemy.orm import Session

from parsers.model import SUBSTANTIVE, ParsedMessage
from parsers.pipeline import ParseContext, parse_message
from storage import trust
from storage.archive import RawArchive
from storage.case_events import apply_mail
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
from storage.sanitize import clean_text
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


def parse_safely(raw: bytes, context: ParseContext) -> ParsedMessage:
    """The parser never raises by contract; if it does anyway, quarantine instead of losing the mail."""
    try:
        return parse_message(raw, context)
    except Exception as exc:  # noqa: BLE001 - a parser bug must not lose a message
        log.exception("parser failed")
        return ParsedMessage(quarantine_reason=f"internal parser error: {type(exc).__name__}: {exc}")


MAX_ATTEMPTS = 3  # a message whose recording failed this often is parked (quarantined, never retried)
_CONNECTION_ERRORS = (OperationalError, InterfaceError, DisconnectionError, SATimeoutError)


def _is_connection_error(exc: BaseException) -> bool:
    """The database (not the message) failed: the caller retries later and nothing is quarantined."""
    return isinstance(exc, _CONNECTION_ERRORS) or bool(getattr(exc, "connection_invalidated", False))


def _existing(s: Session, sha: str, folder: str | None, uidvalidity: int | None, uid: int | None) -> Message | None:
    """The same bytes, or the same mailbox slot, already recorded."""
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


def _result(m: Message, created: bool) -> IngestResult:
    return IngestResult(
        id=m.id, created=created, state=m.state, kind=m.kind,
        municipalities=list((m.parsed or {}).get("municipalities") or []), reference=m.reference,
        message_id=m.message_id, quarantine_reason=m.quarantine_reason, on_time=m.on_time, missing=list(m.missing),
    )


def _begin_attempt(s: Session, sha: str) -> IngestAttempt:
    """Count this recording attempt before parsing, so a crash (or kill) during it counts too."""
    attempt = s.get(IngestAttempt, sha)
    if attempt is None:
        attempt = IngestAttempt(sha256=sha, attempts=0)
        s.add(attempt)
    attempt.attempts += 1
    attempt.updated_at = utcnow()
    return attempt


def _finish_attempt(s: Session, sha: str) -> None:
    s.execute(delete(IngestAttempt).where(IngestAttempt.sha256 == sha))


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
    sha = archive.put(raw)  # before any parsing; raises ArchiveError and records nothing when it fails
    for retry in (True, False):
        try:
            with db.session() as s:
                found = _existing(s, sha, folder, uidvalidity, uid)
                if found is not None:
                    _advance_checkpoint(s, folder, uidvalidity, uid)
                    return _result(found, False)
                attempt = _begin_attempt(s, sha)
                attempts, last_error = attempt.attempts, attempt.last_error
                letters = letters_map(s) if parsed is None else {}
            break
        except IntegrityError:  # another process began the same message at the same moment
            if not retry:
                raise
    received = received_at or arrival_time(raw) or file_time or utcnow()
    where = dict(source=source, source_path=source_path, folder=folder, uidvalidity=uidvalidity, uid=uid,
                 received_at=received)
    if attempts > MAX_ATTEMPTS:
        reason = render("storage/recording.txt.j2", key="parked", attempts=attempts - 1, error=last_error)
        log.error("message parked after failed attempts", extra={"sha256": sha[:12], "uid": uid})
        return _quarantine(db, sha, reason, where, notify=notify)
    if parsed is None:
        parsed = parse_safely(raw, ingest_context(archive, letters, received_at))
    parsed.sha256 = sha
    try:
        result = _record(db, archive, raw, sha, parsed, where, notify=notify)
    except Exception as exc:  # noqa: BLE001 - one unstorable message must not stop the mailbox
        if _is_connection_error(exc):
            raise  # the database went away: the attempt stays counted, the caller retries
        error = clean_text(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}", 300)
        log.error("cannot record message; quarantined", extra={"sha256": sha[:12], "uid": uid, "error": error})
        reason = render("storage/recording.txt.j2", key="record_failed", error=error)
        _note_failure(db, sha, error)
        return _quarantine(db, sha, reason, where, notify=notify, parsed=parsed)
    log.debug("recorded message", extra={"uid": uid, "message_id": result.message_id, "kind": result.kind,
                                         "municipality": ",".join(result.municipalities), "state": result.state})
    return result


def _record(db: Database, archive: RawArchive, raw: bytes, sha: str, parsed: ParsedMessage, where: dict,
            *, notify: bool) -> IngestResult:
    """The one transaction: message, findings, case update, outbox row, checkpoint."""
    folder, uidvalidity, uid = where["folder"], where["uidvalidity"], where["uid"]
    try:
        with db.session() as s:
            found = _existing(s, sha, folder, uidvalidity, uid) or _same_content(s, archive, raw, parsed.message_id)
            if found is not None:
                _advance_checkpoint(s, folder, uidvalidity, uid)
                _finish_attempt(s, sha)
                return _result(found, False)
            m = Message(sha256=sha, **where)
            s.add(m)
            apply_parsed(s, m, parsed)
            s.flush()
            if notify:
                s.add(OutboxItem(kind="new_message", dedupe_key=f"new_message:{m.id}", target="team",
                                 payload={"message_id": m.id}))
            _advance_checkpoint(s, folder, uidvalidity, uid)
            _finish_attempt(s, sha)
            s.flush()
            return _result(m, True)
    except IntegrityError:
        # another instance recorded the same message between our check and our insert
        with db.session() as s:
            found = _existing(s, sha, folder, uidvalidity, uid)
            if found is None:
                raise
            _advance_checkpoint(s, folder, uidvalidity, uid)
            _finish_attempt(s, sha)
            return _result(found, False)


def _note_failure(db: Database, sha: str, error: str) -> None:
    with contextlib.suppress(Exception), db.session() as s:
        attempt = s.get(IngestAttempt, sha)
        if attempt is not None:
            attempt.last_error = error


def _quarantine(db: Database, sha: str, reason: str, where: dict, *, notify: bool,
                parsed: ParsedMessage | None = None) -> IngestResult:
    """Record a message that could not be stored normally: a bare quarantined row, checkpoint advanced."""
    folder, uidvalidity, uid = where["folder"], where["uidvalidity"], where["uid"]
    with db.session() as s:
        found = _existing(s, sha, folder, uidvalidity, uid)
        if found is not None:
            _advance_checkpoint(s, folder, uidvalidity, uid)
            _finish_attempt(s, sha)
            return _result(found, False)
        m = Message(sha256=sha, **where, kind="other", state="quarantined", quarantine_reason=reason,
                    parsed={"warnings": [reason], "quarantine_reason": reason})
        if parsed is not None:  # the headers are worth keeping when the parse itself went through
            m.message_id = parsed.message_id or None
            m.from_addr = parsed.from_addr or None
            m.subject = parsed.subject or None
            m.sent_at = parsed.date if parsed.date and parsed.date.tzinfo else None
        s.add(m)
        s.flush()
        if notify:
            s.add(OutboxItem(kind="new_message", dedupe_key=f"new_message:{m.id}", target="team",
                             payload={"message_id": m.id}))
        _advance_checkpoint(s, folder, uidvalidity, uid)
        _finish_attempt(s, sha)
        s.flush()
        return _result(m, True)


def apply_parsed(s: Session, m: Message, parsed: ParsedMessage) -> None:
    """Fill a message row from a parse result and update the cases it concerns."""
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
    m.findings.clear()
    for f in parsed.findings:
        ev = f.evidence[0] if f.evidence else None
        m.findings.append(Finding(element=f.element, present=f.present, evidence=ev.text if ev else None,
                                  source=ev.source if ev else None, note=f.note or None))
    m.links.clear()
    s.flush()
    gemeenten = [g for g in (s.scalar(select(Gemeente).where(Gemeente.name == n)) for n in parsed.municipalities) if g]
    letter = s.scalar(select(Letter).where(Letter.reference.in_(parsed.references))) if parsed.references else None
    if letter is not None and all(g.id != letter.gemeente_id for g in gemeenten) and not gemeenten:
        gemeenten = [letter.gemeente]
    m.letter_id = letter.id if letter else None
    m.case_id = None
    for g in gemeenten:
        case = _case_for(s, g, letter, create=m.kind in SUBSTANTIVE and m.state == "parsed")
        new_case = case is not None and m.case_id is None
        if new_case:
            m.case_id = case.id
        m.links.append(MessageLink(gemeente_id=g.id, case_id=case.id if case else None,
                                   direct=case is not None and case.id == m.case_id))
        if new_case and (letter is None or letter.gemeente_id != g.id):
            own = case.letters[-1] if case.letters else None
            if own is not None and m.letter_id is None:
                m.letter_id = own.id
        if case is not None and m.state == "parsed":
            _update_case(s, case, m)
    m.on_time = None
    if m.kind == "ibt_reply" and m.case_id is not None:
        case = s.get(Case, m.case_id)
        deadline = effective_deadline(case, s.get(Letter, m.letter_id) if m.letter_id else None)
        if deadline is not None:
            m.on_time = on_time(m.received_at, deadline)


def _earlier_with_message_id(s: Session, m: Message) -> list[int]:
    """Ids of earlier messages with the same Message-ID (their content differed, or they would be this one)."""
    if not m.message_id:
        return []
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
    case = s.scalar(select(Case).where(Case.gemeente_id == g.id).order_by(Case.cycle.desc()).limit(1))
    if case is None and create:
        case = Case(gemeente_id=g.id, cycle=cycle_for(datetime.now(UTC).date()), trede=1,
                    state="awaiting_reply")
        s.add(case)
        s.flush()
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
