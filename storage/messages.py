"""Listing recorded messages and re-running the parsers over archived raw bytes."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from parsers.model import ParsedMessage
from parsers.pipeline import ParseContext
from storage.archive import RawArchive
from storage.ingest import Lookups, apply_parsed, ingest_context, letters_map, parse_safely
from storage.letters import recompute_case_state
from storage.models import AuditEvent, Case, Gemeente, Message, MessageLink


@dataclass
class MessageRow:
    id: int
    received: str
    sender: str | None
    municipalities: list[str]
    reference: str | None
    kind: str
    state: str
    missing: list[str]
    on_time: bool | None
    subject: str | None
    quarantine_reason: str | None

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def list_messages(session: Session, *, gemeente_ids: list[int] | None = None, kind: str | None = None,
                  state: str | None = None, limit: int = 50) -> list[MessageRow]:
    """Recorded messages, newest first, optionally filtered."""
    q = select(Message).options(selectinload(Message.links).selectinload(MessageLink.gemeente))
    if gemeente_ids:
        q = q.where(Message.id.in_(select(MessageLink.message_id).where(MessageLink.gemeente_id.in_(gemeente_ids))))
    if kind:
        q = q.where(Message.kind == kind)
    if state:
        q = q.where(Message.state == state)
    q = q.order_by(Message.received_at.desc(), Message.id.desc()).limit(limit)
    return [MessageRow(
        id=m.id, received=m.received_at.isoformat(timespec="seconds"), sender=m.from_addr,
        municipalities=[link.gemeente.name for link in m.links], reference=m.reference, kind=m.kind, state=m.state,
        missing=list(m.missing or []), on_time=m.on_time, subject=m.subject, quarantine_reason=m.quarantine_reason,
    ) for m in session.scalars(q)]


def gemeente_ids_by_name(session: Session, names: list[str]) -> list[int]:
    return list(session.scalars(select(Gemeente.id).where(Gemeente.name.in_(names))))


_TRACKED = ("kind", "state", "reference", "missing", "expected_date", "places_realised", "places_planned", "reasons",
            "quarantine_reason", "case_id")


@dataclass
class ReparseResult:
    id: int
    changed: dict[str, tuple[Any, Any]]
    error: str | None = None


Parse = Callable[[int, bytes, ParseContext], ParsedMessage]


def reparse(session: Session, archive: RawArchive, message_ids: list[int], *, actor: str = "reparse",
            ocr_again: bool = False, parse: Parse | None = None) -> list[ReparseResult]:
    """Parse archived raw messages again, update records and findings in place, audit what changed.

    Scanned attachments are not OCR'd again (cached text) unless `ocr_again`. `parse(id, raw, context)`
    replaces the in-process parse (bulk workers, `bot/bulk.py`); it is called in the order of `message_ids`.
    The messages and their links are read with a few queries; the states of the cases they touch are worked
    out once, at the end (the caller commits: `bot/commands/reparse.py` does so per batch of BATCH).
    """
    letters = letters_map(session)
    rows = _load(session, message_ids)
    look = Lookups.of(session)
    items: list[ReparseResult | tuple] = []
    for mid in message_ids:  # first every parse, in order ...
        m = rows.get(mid)
        if m is None:
            items.append(ReparseResult(mid, {}, "bestaat niet"))
            continue
        try:
            raw = archive.get(m.sha256)
        except OSError as exc:
            items.append(ReparseResult(mid, {}, f"ruwe bericht niet in het archief: {exc.strerror}"))
            continue
        context = ingest_context(archive, letters, m.received_at, ocr_again=ocr_again)
        parsed = parse(mid, raw, context) if parse is not None else parse_safely(raw, context)
        parsed.sha256 = m.sha256
        items.append((m, parsed))
    # ... then what recording them reads, in a few queries (as ingest does), and their old findings and links
    # out with one statement each
    look.preload([item[1] for item in items if isinstance(item, tuple)])
    look.drop_children(session, [item[0].id for item in items if isinstance(item, tuple)])
    out: list[ReparseResult] = []
    touched: dict[int, None] = {}
    for item in items:  # ... then the records, in order
        if isinstance(item, ReparseResult):
            out.append(item)
            continue
        m, parsed = item
        before = {k: getattr(m, k) for k in _TRACKED}
        before_links = sorted(link.gemeente_id for link in m.links)
        old_cases = {link.case_id for link in m.links if link.case_id}
        stored_id = m.message_id
        apply_parsed(session, m, parsed)
        if m.message_id != stored_id and m.message_id:
            look.alone.discard(m.message_id)
        for cid in sorted(old_cases | {link.case_id for link in m.links if link.case_id}):
            touched[cid] = None
        changed = {k: (before[k], getattr(m, k)) for k in _TRACKED if before[k] != getattr(m, k)}
        after_links = sorted(link.gemeente_id for link in m.links)
        if after_links != before_links:
            changed["municipalities"] = (before_links, after_links)
        if changed:
            session.add(AuditEvent(actor=actor, action="reparse", message_id=m.id, case_id=m.case_id,
                                   detail={k: [_plain(a), _plain(b)] for k, (a, b) in changed.items()}))
        out.append(ReparseResult(m.id, changed))
    session.flush()
    with session.no_autoflush:  # everything is flushed; a case's state reads only its messages
        for cid in touched:  # after every message of the batch: the same final state as after each one
            case = session.get(Case, cid)
            if case is not None:
                recompute_case_state(session, case)
    return out


def _load(session: Session, ids: list[int]) -> dict[int, Message]:
    """The messages to reparse with their links, and which of their Message-IDs no other message carries."""
    rows: dict[int, Message] = {}
    unique = sorted(set(ids))
    for start in range(0, len(unique), 500):
        q = select(Message).where(Message.id.in_(unique[start:start + 500])).options(selectinload(Message.links))
        rows.update((m.id, m) for m in session.scalars(q))
    keys = sorted({m.message_id for m in rows.values() if m.message_id})
    shared: set[str] = set()
    for start in range(0, len(keys), 500):
        q = (select(Message.message_id).where(Message.message_id.in_(keys[start:start + 500]))
             .group_by(Message.message_id).having(func.count() > 1))
        shared.update(session.scalars(q))
    look = Lookups.of(session)
    look.alone = set(keys) - shared
    look.preload_cases([link.gemeente_id for m in rows.values() for link in m.links])
    return rows


def _plain(v: Any) -> Any:
    return v if isinstance(v, (str, int, float, bool, list, dict, type(None))) else str(v)


def select_ids(session: Session, *, all_: bool = False, quarantined: bool = False) -> list[int]:
    q = select(Message.id).order_by(Message.id)
    if quarantined and not all_:
        q = q.where(Message.state == "quarantined")
    return list(session.scalars(q))
