"""Read-only questions about the case register, shared by the chat, the CLI and reports.

Every function takes an open Session and returns plain dataclasses (no ORM objects), so callers
can render them after the session is closed.
"""
from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import (
    DateTime,
    Text,
    and_,
    bindparam,
    cast,
    func,
    literal_column,
    null,
    or_,
    select,
    text,
    type_coerce,
    union_all,
)
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session, aliased, joinedload, selectinload

from storage.domain import TREDE_NAMES, local_date
from storage.models import Case, CaseNote, Finding, Gemeente, Letter, Message, MessageLink, Staff, UTCDateTime

SUBSTANTIVE = ("ibt_reply", "meldplicht")
DUE_SOON_DAYS = 7


@dataclass
class LetterInfo:
    id: int
    reference: str
    date: date
    deadline: date
    trede: int
    task: int | None
    realised: int | None


@dataclass
class FindingInfo:
    element: str
    present: bool
    evidence: str | None
    source: str | None
    note: str | None


@dataclass
class MessageInfo:
    id: int
    received_at: datetime
    kind: str
    state: str
    subject: str
    from_addr: str | None
    reference: str | None
    missing: list[str]
    on_time: bool | None
    suspect: bool
    quarantine_reason: str | None
    seen_by: str | None = None
    gemeenten: list[str] = field(default_factory=list)
    case_id: int | None = None
    message_id_reused: list[int] = field(default_factory=list)  # earlier messages, other content, same Message-ID


@dataclass
class NoteInfo:
    author: str
    text: str
    at: datetime


@dataclass
class CaseRow:
    """One case in a list: enough for one short line."""

    case_id: int
    gemeente: str
    cbs_code: str
    trede: int
    owner: str | None
    owner_id: int | None
    state: str
    compliance: str | None
    suspended: bool
    termijn: date | None
    answered: bool
    reply_at: datetime | None
    reply_on_time: bool | None
    days_left: int | None  # termijn - today (negative: overdue)
    overdue: bool
    missing: list[str]
    latest_message_id: int | None
    # what the mail says about the case (storage/case_events.py)
    extension_requested: bool = False  # an extension request waits for a staff decision
    extension_requested_until: date | None = None
    letter_undelivered: bool = False  # the latest letter bounced: no termijn runs

    @property
    def mail_state(self) -> str | None:
        """'letter_undelivered', 'extension_requested' or None: the one that pauses the termijn."""
        if self.letter_undelivered:
            return "letter_undelivered"
        return "extension_requested" if self.extension_requested else None


@dataclass
class CaseStatus:
    """Everything the status reply shows about one municipality."""

    gemeente: str
    cbs_code: str
    province: str
    case: CaseRow | None = None
    trede_name: str | None = None
    cycle: str | None = None
    realised_total: int | None = None
    planned_total: int | None = None
    task_total: int | None = None
    expected_date: str | None = None
    extension_reason: str | None = None
    suspended_reason: str | None = None
    letters: list[LetterInfo] = field(default_factory=list)
    messages: list[MessageInfo] = field(default_factory=list)
    missing_findings: list[FindingInfo] = field(default_factory=list)
    notes: list[NoteInfo] = field(default_factory=list)
    absent_until: date | None = None  # the latest auto-reply's "afwezig tot" (the termijn does not change)
    absence_message_id: int | None = None
    undelivered_at: datetime | None = None  # when the latest letter bounced
    reasons: list[str] = field(default_factory=list)  # reason codes stated in the case's replies


@dataclass
class MessageDetail:
    message: MessageInfo
    findings: list[FindingInfo]
    letter_reference: str | None
    termijn: date | None
    expected_date: str | None
    places_realised: int | None
    places_planned: int | None
    reasons: list[str]
    content_in_attachment: bool
    case_gemeente: str | None
    owner: str | None


@dataclass
class StaffInfo:
    id: int
    telegram_id: int | None
    name: str
    role: str
    active: bool


# --- helpers -----------------------------------------------------------------------------------


def _letter_info(letter: Letter) -> LetterInfo:
    task = None if letter.task_regulier is None and letter.task_amv is None else \
        (letter.task_regulier or 0) + (letter.task_amv or 0)
    real = None if letter.realised_regulier is None and letter.realised_amv is None else \
        (letter.realised_regulier or 0) + (letter.realised_amv or 0)
    return LetterInfo(letter.id, letter.reference, letter.date, letter.deadline, letter.trede, task, real)


def message_info(m: Message, gemeenten: list[str] | None = None) -> MessageInfo:
    return MessageInfo(
        id=m.id, received_at=m.received_at, kind=m.kind, state=m.state, subject=m.subject or "",
        from_addr=m.from_addr, reference=m.reference, missing=list(m.missing or []), on_time=m.on_time,
        suspect=bool(m.suspect), quarantine_reason=m.quarantine_reason, seen_by=m.seen_by,
        gemeenten=list(gemeenten or []), case_id=m.case_id,
        message_id_reused=[i for i in (m.parsed or {}).get("message_id_reused") or [] if isinstance(i, int)],
    )


def _finding_info(f) -> FindingInfo:  # noqa: ANN001 - storage.models.Finding
    return FindingInfo(f.element, bool(f.present), f.evidence, f.source, f.note)


def case_termijn(case: Case) -> date | None:
    """The running termijn: the extension's new date if granted, else the latest letter's deadline."""
    if case.deadline_override is not None:
        return case.deadline_override
    return case.letters[-1].deadline if case.letters else None


@dataclass
class _CaseFacts:
    """The columns of one case (and its newest letter) that a CaseRow is built from."""

    id: int
    gemeente: str
    cbs_code: str
    trede: int
    owner: str | None
    owner_id: int | None
    state: str
    compliance: str | None
    suspended: bool
    deadline_override: date | None
    letter_date: date | None
    letter_deadline: date | None
    extension_requested: bool = False
    extension_requested_until: date | None = None
    letter_undelivered: bool = False
    # what the filtered lists read besides the line (FilteredRow)
    province: str = ""
    expected_date: str | None = None
    realised_total: int | None = None
    planned_total: int | None = None

    @property
    def termijn(self) -> date | None:
        return self.deadline_override if self.deadline_override is not None else self.letter_deadline


@dataclass(slots=True)
class _MsgFacts:
    """A candidate for a case's newest message or reply; received_at as read (see `_raw_time`) until chosen."""

    id: int
    received_at: datetime
    missing: list[str]
    on_time: bool | None

    @property
    def order(self) -> tuple[datetime, int]:  # newest first = largest key
        return self.received_at, self.id


_SUBSTANTIVE_PARSED = (Message.kind.in_(SUBSTANTIVE), Message.state == "parsed")
_GOOD_REPLY = (Message.kind == "ibt_reply", Message.suspect.isnot(True))
# The same conditions spelled as literals (models.SUBSTANTIVE_INDEX_WHERE): a planner can only use the partial
# index ix_messages_case_newest when it sees the values (SQLite never with bound parameters, PostgreSQL not in
# a generic plan of a prepared statement).
_SUBSTANTIVE_LITERAL = (Message.state == literal_column("'parsed'"),
                        Message.kind.in_([literal_column(f"'{k}'") for k in SUBSTANTIVE]))
_GOOD_REPLY_LITERAL = (Message.kind == literal_column("'ibt_reply'"), Message.suspect.isnot(True))
# links whose case is not the message's own case (shared services), through the partial index
# ix_message_links_shared; spelled as its predicate (SQLAlchemy writes `direct = 0` on SQLite)
_SHARED_LINK = text("NOT message_links.direct")
# Constants spelled as literals: a statement without parameters is planned once per connection on PostgreSQL
# (psycopg prepares a statement after a few runs; with parameters PostgreSQL plans it again on every run for as
# long as a custom plan looks cheaper than the generic one; planning the case list costs 1.2 ms).
_ONE = literal_column("1")
_CLOSED = literal_column("'closed'")


def _newest_direct(*extra):  # noqa: ANN002, ANN202 - a scalar subquery correlated to Case
    """Id of the case's newest parsed substantive message with messages.case_id = the case (index walk)."""
    return (select(Message.id).where(Message.case_id == Case.id, *_SUBSTANTIVE_LITERAL, *extra)
            .order_by(Message.received_at.desc(), Message.id.desc()).limit(_ONE).correlate(Case).scalar_subquery())


def _later_letter(le):  # noqa: ANN001, ANN202 - an EXISTS clause correlated to the letter alias `le`
    """A later letter of the same case (by date, then id) exists: `le` is not the one whose termijn runs. As an
    anti-join the planners read the letters once (a correlated LIMIT 1 per case was probed twice per case
    through a hash join on PostgreSQL)."""
    later = aliased(Letter)
    return (select(later.id).where(later.case_id == le.case_id,
                                   or_(later.date > le.date, and_(later.date == le.date, later.id > le.id)))
            .correlate(le).exists())


def _json_text(column, dialect: str):  # noqa: ANN001, ANN202 - a JSON column read as its stored text
    """The stored JSON text of `column` (decoded in Python, once per distinct value: `_json_list`)."""
    return type_coerce(column, Text) if dialect == "sqlite" else cast(column, Text)


def _raw_time(column):  # noqa: ANN001, ANN202
    """A timestamp column without the UTC conversion of models.UTCDateTime: for comparing rows of one statement
    (all aware on PostgreSQL, all naive UTC on SQLite); `_utc` converts the few values a caller keeps."""
    return type_coerce(column, DateTime(timezone=True))


_UTC_TYPE = UTCDateTime()


def _utc(value: datetime | None) -> datetime | None:
    """What reading the column through models.UTCDateTime gives."""
    return _UTC_TYPE.process_result_value(value, None)


@functools.lru_cache(maxsize=256)
def _json_list(raw: str | None) -> tuple:
    """A stored JSON list (`missing`, `reasons`) as a tuple; NULL, `null` and `[]` give ()."""
    return tuple((json.loads(raw) if raw else None) or ())


@dataclass(frozen=True)
class _RowStatements:
    """The statement behind the case lists for one backend, built once (building a select costs more than
    running it): every open case (`open_rows`) or the given ones (`listed_rows`), one row each, with its
    owner's name, its newest letter, and its newest parsed substantive message and newest non-suspect reply
    by messages.case_id; after them (UNION ALL, gemeente_id NULL) one row per link-only candidate: a shared
    service's mail linked to the case but stored under another case or none (in the reply columns only when
    it is a non-suspect ibt_reply). One statement, one round trip; each half is planned on its own."""

    open_rows: object
    listed_rows: object


def _row_statements(dialect: str) -> _RowStatements:
    le, m1, m2 = aliased(Letter), aliased(Message), aliased(Message)
    rows = (select(Case.id, Case.gemeente_id, Gemeente.name, Gemeente.cbs_code, Case.trede, Staff.name.label("owner"),
                   Case.owner_id, Case.state, Case.compliance, Case.suspended, Case.deadline_override,
                   Case.extension_request_message_id, Case.extension_requested_until, Gemeente.province,
                   Case.expected_date, Case.realised_total, Case.planned_total, Case.cycle,
                   le.date, le.deadline, _raw_time(le.undelivered_at),
                   m1.id.label("latest"), _raw_time(m1.received_at), _json_text(m1.missing, dialect).label("missing"),
                   m1.on_time, m2.id.label("reply"), _raw_time(m2.received_at).label("reply_at"),
                   m2.on_time.label("reply_on_time"))
            .select_from(Case).join(Gemeente, Case.gemeente_id == Gemeente.id)
            .outerjoin(Staff, Staff.id == Case.owner_id)
            .outerjoin(le, and_(le.case_id == Case.id, ~_later_letter(le)))
            .outerjoin(m1, m1.id == _newest_direct())
            .outerjoin(m2, m2.id == _newest_direct(*_GOOD_REPLY_LITERAL)))
    good_reply = sql_case((and_(*_GOOD_REPLY_LITERAL), Message.id))
    links = (select(MessageLink.case_id, *[null()] * 20, Message.id, _raw_time(Message.received_at),
                    _json_text(Message.missing, dialect), Message.on_time, good_reply, _raw_time(Message.received_at),
                    Message.on_time)
             .join(Message, Message.id == MessageLink.message_id)
             .where(_SHARED_LINK, Message.case_id.is_distinct_from(MessageLink.case_id), *_SUBSTANTIVE_LITERAL))
    listed = bindparam("case_ids", expanding=True)
    return _RowStatements(
        open_rows=union_all(rows.where(Case.state != _CLOSED), links.where(MessageLink.case_id.in_(_OPEN_IDS))),
        listed_rows=union_all(rows.where(Case.id.in_(listed)), links.where(MessageLink.case_id.in_(listed))),
    )


_OPEN_IDS = select(Case.id).where(Case.state != _CLOSED)
_ROW_STATEMENTS: dict[str, _RowStatements] = {}


def _case_facts(s: Session, case_ids: list[int] | None = None, keep: Callable[[_CaseFacts], bool] | None = None,
                ) -> list[tuple[_CaseFacts, _MsgFacts | None, _MsgFacts | None]]:
    """Per case: its columns and newest letter, its newest parsed substantive message and its newest non-suspect
    ibt_reply; for `case_ids` (in that order), else for the open cases for which `keep` holds (the newest such
    cycle per municipality), by municipality name.

    One statement, one round trip. A message belongs to a case through messages.case_id or through a
    message_links row (shared services). Only the newest candidate of each kind is read, never every message:
    the direct candidates come from correlated LIMIT 1 subqueries that read the first entry of the partial
    index ix_messages_case_newest; the link-only ones (links whose message has another or no case_id, rare)
    from the partial index ix_message_links_shared, empty for most cases; each joined to its row. A link marked
    direct always has the message's own case_id (storage/ingest.py). Ties on received_at go to the higher id,
    as in the newest-first order used everywhere. `keep` sees the case's own columns (not its letter), as a
    WHERE on the cases would.
    """
    if case_ids is not None and not case_ids:
        return []
    dialect = s.get_bind().dialect.name
    st = _ROW_STATEMENTS.get(dialect) or _ROW_STATEMENTS.setdefault(dialect, _row_statements(dialect))
    params = {} if case_ids is None else {"case_ids": list(case_ids)}
    cases, links = [], []
    for row in s.execute(st.open_rows if case_ids is None else st.listed_rows, params).all():
        (cases if row[1] is not None else links).append(row)
    if case_ids is None:
        cases.sort(key=lambda r: r[17], reverse=True)  # newest cycle first (the first one kept counts)
    seen: set[int] = set()
    found: dict[int, tuple[_CaseFacts, _MsgFacts | None, _MsgFacts | None]] = {}
    for (cid, gid, name, code, trede, owner, owner_id, state, compliance, suspended, override, ext_msg,
         ext_until, province, expected, realised, planned, _cycle, on, deadline, bounced, lid, lat, lmissing, lok,
         rid, rat, rok) in cases:
        if case_ids is None and gid in seen:  # only the newest cycle per municipality
            continue
        facts = _CaseFacts(cid, name, code, trede, owner, owner_id, state, compliance, bool(suspended),
                           override, on, deadline, ext_msg is not None, ext_until, bounced is not None, province,
                           expected, realised, planned)
        if keep is not None and not keep(facts):
            continue
        seen.add(gid)
        found[cid] = (facts, _MsgFacts(lid, lat, list(_json_list(lmissing)), lok) if lid is not None else None,
                      _MsgFacts(rid, rat, [], rok) if rid is not None else None)
    for cid, *_, lid, lat, lmissing, lok, rid, rat, rok in links:  # link-only candidates: the newer one wins
        if cid not in found:
            continue
        facts, latest, reply = found[cid]
        if latest is None or (lat, lid) > latest.order:
            latest = _MsgFacts(lid, lat, list(_json_list(lmissing)), lok)
        if rid is not None and (reply is None or (rat, rid) > reply.order):
            reply = _MsgFacts(rid, rat, [], rok)
        found[cid] = (facts, latest, reply)
    for _facts, _latest, reply in found.values():  # the reply's time is shown: as the UTC type reads it
        if reply is not None:
            reply.received_at = _utc(reply.received_at)
    if case_ids is not None:
        return [found[cid] for cid in case_ids if cid in found]
    return sorted(found.values(), key=lambda f: f[0].gemeente.casefold())  # the same order on every backend


def _rows(found: list[tuple[_CaseFacts, _MsgFacts | None, _MsgFacts | None]], today: date, *,
          filtered: bool = False) -> list[CaseRow]:
    """The list lines of `found` (`_case_facts`); FilteredRow lines (with province, expected date, places) if
    `filtered`."""
    out = []
    for c, latest, reply in found:
        termijn = c.termijn
        # the newest reply has the latest received_at, so if it predates the letter, every reply does
        if reply is not None and c.letter_date is not None and local_date(reply.received_at) < c.letter_date:
            reply = None
        days = (termijn - today).days if termijn else None
        answered = reply is not None
        paused = c.extension_requested or c.letter_undelivered  # staff decide first; no "te laat"
        overdue = bool(termijn and not answered and not c.suspended and not paused and c.state != "closed"
                       and days < 0)
        fields = dict(
            case_id=c.id, gemeente=c.gemeente, cbs_code=c.cbs_code, trede=c.trede,
            owner=c.owner, owner_id=c.owner_id, state=c.state, compliance=c.compliance,
            suspended=c.suspended, termijn=termijn, answered=answered,
            reply_at=reply.received_at if reply else None, reply_on_time=reply.on_time if reply else None,
            days_left=days, overdue=overdue, missing=list(latest.missing) if latest else [],
            latest_message_id=latest.id if latest else None,
            extension_requested=c.extension_requested and not answered,
            extension_requested_until=c.extension_requested_until if c.extension_requested else None,
            letter_undelivered=c.letter_undelivered,
        )
        if filtered:
            out.append(FilteredRow(**fields, province=c.province, expected_date=c.expected_date,
                                   realised_total=c.realised_total, planned_total=c.planned_total,
                                   extended=c.deadline_override is not None))
        else:
            out.append(CaseRow(**fields))
    return out


def _case_list(s: Session, today: date, keep: Callable[[_CaseFacts], bool] | None = None, *,
               filtered: bool = False) -> list[CaseRow]:
    """Rows of the open cases for which `keep` holds (newest such cycle per municipality), by municipality name."""
    return _rows(_case_facts(s, keep=keep), today, filtered=filtered)


# --- municipalities and cases ---------------------------------------------------------------------


def gemeente_by_code(s: Session, cbs_code: str) -> Gemeente | None:
    return s.scalar(select(Gemeente).where(Gemeente.cbs_code == cbs_code.upper()))


def gemeente_by_name(s: Session, name: str) -> Gemeente | None:
    return s.scalar(select(Gemeente).where(Gemeente.name == name))


def current_case(s: Session, gemeente_id: int) -> Case | None:
    """The municipality's case in the newest cycle (closed ones included)."""
    return s.scalar(select(Case).where(Case.gemeente_id == gemeente_id).order_by(Case.cycle.desc()).limit(1))


def case_status(s: Session, gemeente_id: int, today: date, *, messages: int = 3, notes: int = 3) -> CaseStatus:
    """Status of one municipality: its case (if any), letters, latest messages, missing elements, notes.

    A fixed number of statements, none per message or letter: the case with its letters, its list line
    (`_case_facts`), its newest messages, the findings of its latest substantive message, the reasons its
    replies state, its newest notes.
    """
    g = s.get(Gemeente, gemeente_id)
    if g is None:
        raise LookupError(f"unknown gemeente id {gemeente_id}")
    st = CaseStatus(gemeente=g.name, cbs_code=g.cbs_code, province=g.province)
    case = s.scalars(select(Case).options(joinedload(Case.letters)).where(Case.gemeente_id == gemeente_id)
                     .order_by(Case.cycle.desc()).limit(1)).unique().first()
    if case is None:
        return st
    row = _rows(_case_facts(s, [case.id]), today)[0]
    st.case = row
    st.trede_name = TREDE_NAMES.get(case.trede)
    st.cycle = case.cycle
    st.realised_total = case.realised_total
    st.planned_total = case.planned_total
    st.expected_date = case.expected_date
    st.extension_reason = case.extension_reason if case.deadline_override else None
    st.suspended_reason = case.suspended_reason if case.suspended else None
    st.letters = [_letter_info(le) for le in case.letters]
    if case.absence_message_id is not None:
        st.absent_until, st.absence_message_id = case.absent_until, case.absence_message_id
    if case.letters and case.letters[-1].undelivered_at is not None:
        st.undelivered_at = case.letters[-1].undelivered_at
    if st.letters and st.letters[-1].task is not None:
        st.task_total = st.letters[-1].task
        if st.realised_total is None:
            st.realised_total = st.letters[-1].realised
    st.messages = _newest_messages(s, case.id, messages)
    if row.latest_message_id is not None:  # the newest parsed substantive message, by case_id or a link
        st.missing_findings = [FindingInfo(e, False, evidence, source, note) for e, present, evidence, source, note
                               in s.execute(_FINDINGS_OF, {"message_id": row.latest_message_id}) if not present]
        if not st.missing_findings:
            st.missing_findings = [FindingInfo(e, False, None, None, None) for e in row.missing]
    st.reasons = case_reasons(s, [case.id]).get(case.id, [])
    st.notes = [NoteInfo(author, note, at) for author, note, at in s.execute(
        _NOTES_OF, {"case_id": case.id, "limit": notes})] if notes > 0 else []
    return st


_FINDINGS_OF = (select(Finding.element, Finding.present, Finding.evidence, Finding.source, Finding.note)
                .where(Finding.message_id == bindparam("message_id")).order_by(Finding.id))
_NOTES_OF = (select(CaseNote.author, CaseNote.text, CaseNote.at).where(CaseNote.case_id == bindparam("case_id"))
             .order_by(CaseNote.at.desc(), CaseNote.id.desc()).limit(bindparam("limit")))
_NEWEST_ORDER = (Message.received_at.desc(), Message.id.desc())


def _newest_messages_statement(dialect: str):  # noqa: ANN202 - a select
    """The `limit` newest messages of a case by messages.case_id, and those by a link not marked direct (a link
    marked direct is the message's own case_id): two index walks (ix_messages_case; ix_message_links_shared)
    that stop after `limit` rows, in one statement. An OR over both walked every message by date when the
    case had few."""
    cols = (Message.id, Message.received_at, Message.kind, Message.state, Message.subject, Message.from_addr,
            Message.reference, _json_text(Message.missing, dialect).label("missing"), Message.on_time, Message.suspect,
            Message.quarantine_reason, Message.seen_by, Message.case_id,
            Message.parsed["message_id_reused"].label("reused"))
    direct = select(*cols).where(Message.case_id == bindparam("case_id"))
    shared = (select(*cols).join(MessageLink, MessageLink.message_id == Message.id)
              .where(MessageLink.case_id == bindparam("case_id"), _SHARED_LINK))
    return union_all(*(half.order_by(*_NEWEST_ORDER).limit(bindparam("limit")).subquery().select()
                       for half in (direct, shared)))


_NEWEST_MESSAGES: dict[str, object] = {}


def _newest_messages(s: Session, case_id: int, limit: int) -> list[MessageInfo]:
    """The case's `limit` newest messages (any kind or state), by messages.case_id or a link, newest first."""
    if limit <= 0:
        return []
    dialect = s.get_bind().dialect.name
    if dialect not in _NEWEST_MESSAGES:
        _NEWEST_MESSAGES[dialect] = _newest_messages_statement(dialect)
    stmt = _NEWEST_MESSAGES[dialect]
    found = {}
    for (mid, at, kind, state, subject, from_addr, reference, missing, on_time, suspect, reason, seen_by, cid,
         reused) in s.execute(stmt, {"case_id": case_id, "limit": limit}):
        found[mid] = MessageInfo(
            id=mid, received_at=at, kind=kind, state=state, subject=subject or "", from_addr=from_addr,
            reference=reference, missing=list(_json_list(missing)), on_time=on_time, suspect=bool(suspect),
            quarantine_reason=reason, seen_by=seen_by, case_id=cid,
            message_id_reused=[i for i in reused or [] if isinstance(i, int)])
    return sorted(found.values(), key=lambda m: (m.received_at, m.id), reverse=True)[:limit]


def open_cases(s: Session, today: date) -> list[CaseRow]:
    """Every case that is not closed, by municipality name."""
    return _case_list(s, today)


def due_cases(s: Session, today: date, *, within_days: int = DUE_SOON_DAYS) -> list[CaseRow]:
    """Unanswered cases whose termijn has passed or falls within `within_days`; overdue first."""
    rows = [r for r in open_cases(s, today)
            if r.termijn is not None and not r.answered and not r.suspended and r.days_left is not None
            and r.days_left <= within_days]
    return sorted(rows, key=lambda r: (r.days_left, r.gemeente))


def overdue_cases(s: Session, on: date) -> list[CaseRow]:
    """Cases whose termijn passed before `on` without a reply."""
    return [r for r in due_cases(s, on, within_days=-1) if r.overdue]


def cases_with_missing(s: Session, today: date) -> list[CaseRow]:
    """Cases whose latest substantive reply lacks required elements."""
    return [r for r in open_cases(s, today) if r.missing]


def my_cases(s: Session, staff_id: int, today: date) -> list[CaseRow]:
    return _case_list(s, today, lambda c: c.owner_id == staff_id)


def case_row(s: Session, case_id: int, today: date) -> CaseRow | None:
    found = _case_facts(s, [case_id])
    return _rows(found, today)[0] if found else None


# --- messages -------------------------------------------------------------------------------------


def message_detail(s: Session, message_id: int) -> MessageDetail | None:
    """A recorded message with its findings (evidence per element) and its case's termijn."""
    m = s.scalar(select(Message).options(selectinload(Message.findings), selectinload(Message.links))
                 .where(Message.id == message_id))
    if m is None:
        return None
    names = [link.gemeente.name for link in m.links]
    case = s.get(Case, m.case_id) if m.case_id else None
    termijn = None
    if case is not None:
        termijn = case.deadline_override or (m.letter.deadline if m.letter else case_termijn(case))
    elif m.letter is not None:
        termijn = m.letter.deadline
    return MessageDetail(
        message=message_info(m, names), findings=[_finding_info(f) for f in m.findings],
        letter_reference=m.letter.reference if m.letter else None, termijn=termijn,
        expected_date=m.expected_date, places_realised=m.places_realised, places_planned=m.places_planned,
        reasons=list(m.reasons or []), content_in_attachment=bool(m.content_in_attachment),
        case_gemeente=case.gemeente.name if case else None, owner=case.owner.name if case and case.owner else None,
    )


SEARCH_RECENT = 500  # /zoek first looks among this many newest messages (index walk), then scans the rest


def _search_match(s: Session, text: str):  # noqa: ANN202 - a where clause
    """Subject or new text contains `text`, ignoring case as the backend's lower() does."""
    if s.get_bind().dialect.name == "sqlite":
        # SQLite's LIKE ignores case for ASCII letters only, exactly as its lower() folds only ASCII
        # letters: the same matches as lower(x) LIKE lower(p), without lowering a copy of every text.
        return or_(Message.search_text.contains(text, autoescape=True),
                   Message.subject.contains(text, autoescape=True))
    return or_(Message.search_text.icontains(text, autoescape=True), Message.subject.icontains(text, autoescape=True))


def search_messages(s: Session, text: str, *, limit: int = 10) -> list[MessageInfo]:
    """Messages whose subject or new text contains `text` (case-insensitive), newest first.

    Two steps with the same result as one ordered query: the newest SEARCH_RECENT messages are walked
    in received_at order (a common word stops early); only when they hold fewer than `limit` matches
    are the older ones scanned, on SQLite as a plain table scan (walking the received_at index would
    read every row in random order) with the top `limit` sorted out.
    """
    text = text.strip()
    if not text or limit <= 0:
        return []
    match = _search_match(s, text)
    order = (Message.received_at.desc(), Message.id.desc())
    cutoff = s.scalar(select(Message.received_at).order_by(Message.received_at.desc())
                      .offset(SEARCH_RECENT - 1).limit(1))
    if cutoff is None:  # fewer messages than the window: one query
        ids = list(s.scalars(select(Message.id).where(match).order_by(*order).limit(limit)))
    else:
        ids = list(s.scalars(select(Message.id).where(match, Message.received_at >= cutoff)
                             .order_by(*order).limit(limit)))
        if len(ids) < limit:
            at = Message.received_at
            if s.get_bind().dialect.name == "sqlite":  # unary plus: the same value, but no index use
                at = literal_column("+messages.received_at", Message.received_at.type)
            ids += s.scalars(select(Message.id).where(match, at < cutoff)
                             .order_by(at.desc(), Message.id.desc()).limit(limit - len(ids)))
    if not ids:
        return []
    rows = {m.id: m for m in s.scalars(
        select(Message).options(selectinload(Message.links).joinedload(MessageLink.gemeente))
        .where(Message.id.in_(ids)))}
    return [message_info(m, [link.gemeente.name for link in m.links]) for m in (rows[i] for i in ids)]


def count_messages(s: Session) -> int:
    return int(s.scalar(select(func.count(Message.id))) or 0)


# --- staff ----------------------------------------------------------------------------------------


def _staff_info(st: Staff) -> StaffInfo:
    return StaffInfo(st.id, st.telegram_id, st.name, st.role, bool(st.active))


def staff_by_telegram(s: Session, telegram_id: int) -> StaffInfo | None:
    """The active staff member with this Telegram user id (None for strangers and removed staff)."""
    st = s.scalar(select(Staff).where(Staff.telegram_id == telegram_id))
    return _staff_info(st) if st is not None and st.active else None


def staff_by_id(s: Session, staff_id: int) -> StaffInfo | None:
    st = s.get(Staff, staff_id)
    return _staff_info(st) if st is not None else None


def staff_by_name(s: Session, name: str, *, active_only: bool = True) -> StaffInfo | None:
    """Case-insensitive exact name match, else a unique first-name/prefix match."""
    key = name.strip().casefold()
    if not key:
        return None
    people = [p for p in s.scalars(select(Staff).order_by(Staff.id)) if p.active or not active_only]
    exact = [p for p in people if p.name.casefold() == key]
    if exact:
        return _staff_info(exact[0])
    if len(key) < 3:
        return None
    prefix = [p for p in people if p.name.casefold().split()[0] == key or p.name.casefold().startswith(key)]
    return _staff_info(prefix[0]) if len(prefix) == 1 else None


def list_staff(s: Session, *, include_inactive: bool = False) -> list[StaffInfo]:
    stmt = select(Staff).order_by(Staff.name)
    if not include_inactive:
        stmt = stmt.where(Staff.active.is_(True))
    return [_staff_info(p) for p in s.scalars(stmt)]


def first_beheerder(s: Session) -> StaffInfo | None:
    st = s.scalar(select(Staff).where(Staff.role == "beheerder", Staff.active.is_(True)).order_by(Staff.id).limit(1))
    return _staff_info(st) if st else None


def has_refused(s: Session, actor: str) -> bool:
    """Whether this stranger was already refused once (audit action 'refused')."""
    from storage.models import AuditEvent

    return s.scalar(select(AuditEvent.id).where(AuditEvent.actor == actor, AuditEvent.action == "refused")
                    .limit(1)) is not None


@dataclass
class PendingRequest:
    """Someone not on the allow-list who wrote to the bot (a refusal): who to add with `staff add`."""

    telegram_id: int
    user_name: str
    chat_id: int | None
    at: datetime


def pending_requests(s: Session) -> list[PendingRequest]:
    """Strangers the bot refused (audit action 'refused') who are not on the allow-list now, newest first."""
    from storage.models import AuditEvent

    known = {tid for tid in s.scalars(select(Staff.telegram_id).where(Staff.active.is_(True))) if tid is not None}
    out: dict[int, PendingRequest] = {}
    for ev in s.scalars(select(AuditEvent).where(AuditEvent.action == "refused", AuditEvent.actor.like("tg:%"))
                        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())):
        try:
            tid = int(ev.actor[3:])
        except ValueError:
            continue
        if tid in known or tid in out:
            continue
        detail = ev.detail or {}
        out[tid] = PendingRequest(tid, str(detail.get("user_name") or ""), detail.get("chat_id"), ev.at)
    return list(out.values())
# --- filtered case lists (one query path for the list commands and plain-Dutch questions) ----------

CASE_STATES = ("no_reply", "unanswered", "answered", "late", "on_time", "incomplete", "complete", "missing", "suspended",
               "extended")
ELEMENTS = ("facts", "steps", "timeline")


@dataclass(frozen=True)
class CaseFilter:
    """Which open cases a list shows; every field that is set must hold (AND).

    states: `no_reply` (no reply and the termijn has passed: overdue), `unanswered` (no reply yet, not
    suspended), `answered`, `late` / `on_time` (the reply came after / by the termijn), `incomplete` (the
    case's state: the answer to the letter misses elements), `complete` (the case's state: answered, nothing
    missing), `suspended`,
    `extended` (the termijn was extended, or an extension was asked and the answer is still to come).
    `missing` (state): the latest reply or notice misses elements. `missing`: elements (facts, steps, timeline)
    that must all be missing.
    `expected_before`: the municipality's expected date ends before this day. Termijn window: inclusive.
    """

    codes: tuple[str, ...] = ()  # CBS codes
    province: str | None = None
    provinces: tuple[str, ...] = ()  # any of these ("in Gelderland en Overijssel")
    not_provinces: tuple[str, ...] = ()  # none of these ("niet in Limburg")
    not_codes: tuple[str, ...] = ()  # CBS codes left out ("behalve Breda")
    trede: int | None = None
    not_trede: int | None = None  # "maar niet in trede 1"
    owner_id: int | None = None
    no_owner: bool = False
    states: tuple[str, ...] = ()
    not_states: tuple[str, ...] = ()  # none of these ("zonder reactie, excl. uitstelverzoeken")
    letter_undelivered: bool = False  # the latest letter came back undelivered
    missing: tuple[str, ...] = ()
    reason: str | None = None
    expected_before: date | None = None
    expected_after: date | None = None
    compliance: str | None = None
    termijn_from: date | None = None
    termijn_to: date | None = None
    order: str = "name"  # name | termijn


@dataclass
class FilteredRow(CaseRow):
    """A list line plus what the filters read besides it."""

    province: str = ""
    expected_date: str | None = None
    realised_total: int | None = None
    planned_total: int | None = None
    extended: bool = False
    reasons: list[str] = field(default_factory=list)


def period_bounds(value: str | None) -> tuple[date, date] | None:
    """First and last day of an expected_date: YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-H1/H2, YYYY."""
    import calendar
    import re

    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-H([12]))?", value.strip())
    if not m:
        return None
    year = int(m.group(1))
    try:
        if m.group(3):
            d = date(year, int(m.group(2)), int(m.group(3)))
            return d, d
        if m.group(2):
            month = int(m.group(2))
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if m.group(4):
            q = int(m.group(4))
            last = 3 * q
            return date(year, last - 2, 1), date(year, last, calendar.monthrange(year, last)[1])
        if m.group(5):
            h = int(m.group(5))
            return (date(year, 1, 1), date(year, 6, 30)) if h == 1 else (date(year, 7, 1), date(year, 12, 31))
    except ValueError:
        return None
    return date(year, 1, 1), date(year, 12, 31)


def _state_holds(state: str, r: FilteredRow) -> bool:
    if state == "no_reply":
        return r.overdue
    if state == "unanswered":
        return not r.answered and not r.suspended
    if state == "answered":
        return r.answered
    if state == "late":
        return r.answered and r.reply_on_time is False
    if state == "on_time":
        return r.answered and r.reply_on_time is True
    if state == "incomplete":  # what /status shows: the answer to the letter misses elements
        return r.state == "answered_incomplete"
    if state == "complete":
        return r.state == "answered_complete"
    if state == "missing":  # /ontbreekt: the latest reply or notice (article 8 included) misses elements
        return bool(r.missing)
    if state == "suspended":
        return r.suspended
    if state == "extended":  # "uitstel": granted (the termijn was moved) or asked and not yet answered
        return r.extended or r.extension_requested
    raise ValueError(f"unknown case state {state!r}")


def _row_matches(f: CaseFilter, r: FilteredRow) -> bool:
    if not all(_state_holds(st, r) for st in f.states) or any(_state_holds(st, r) for st in f.not_states):
        return False
    if f.letter_undelivered and not r.letter_undelivered:
        return False
    if f.missing and not set(f.missing) <= set(r.missing):
        return False
    if f.reason and f.reason not in r.reasons:
        return False
    if f.expected_before or f.expected_after:
        bounds = period_bounds(r.expected_date)
        if bounds is None:
            return False
        if f.expected_before and not bounds[1] < f.expected_before:
            return False
        if f.expected_after and not bounds[0] > f.expected_after:
            return False
    if f.termijn_from and (r.termijn is None or r.termijn < f.termijn_from):
        return False
    if f.termijn_to and (r.termijn is None or r.termijn > f.termijn_to):
        return False
    return not (f.no_owner and r.owner_id is not None)


def find_cases(s: Session, f: CaseFilter, today: date) -> list[FilteredRow]:
    """The open cases (newest cycle per municipality) that match `f`; by name, or by termijn (overdue first)."""

    def keep(c: _CaseFacts) -> bool:  # the filters on the case's own columns (which cycle counts follows them)
        return ((not f.codes or c.cbs_code in f.codes) and (not f.province or c.province == f.province)
                and (not f.provinces or c.province in f.provinces) and c.province not in f.not_provinces
                and c.cbs_code not in f.not_codes and (f.not_trede is None or c.trede != f.not_trede)
                and (f.trede is None or c.trede == f.trede) and (f.owner_id is None or c.owner_id == f.owner_id)
                and (not f.compliance or c.compliance == f.compliance))

    rows = _case_list(s, today, keep, filtered=True)
    if f.reason:
        reasons = case_reasons(s, [r.case_id for r in rows], having=f.reason)
        for r in rows:
            r.reasons = reasons.get(r.case_id, [])
    out = [r for r in rows if _row_matches(f, r)]
    if f.order == "termijn":
        out.sort(key=lambda r: (r.days_left if r.days_left is not None else 10**6, r.gemeente))
    return out


def _reasons_statements(dialect: str) -> tuple:
    """The selects of case_reasons for one backend (built once): candidates by pattern, then the lists; each
    one statement over messages.case_id and the links not marked direct (a link marked direct is the message's
    own case: storage/ingest.py)."""
    # the stored JSON text (SQLite keeps JSON as text: the plain column, which its covering index holds)
    as_text = _json_text(Message.reasons, dialect)
    listed = bindparam("case_ids", expanding=True)
    stated = as_text.like(bindparam("pattern"), escape="/")
    with_links = select(MessageLink.case_id).join(Message, Message.id == MessageLink.message_id)
    return (
        union_all(
            select(Message.case_id).where(Message.case_id.in_(_OPEN_IDS), *_SUBSTANTIVE_LITERAL, stated).distinct(),
            with_links.where(MessageLink.case_id.in_(_OPEN_IDS), _SHARED_LINK, *_SUBSTANTIVE_PARSED, stated)
            .distinct()),
        union_all(
            select(Message.case_id, as_text).where(Message.case_id.in_(listed), *_SUBSTANTIVE_LITERAL).distinct(),
            with_links.add_columns(as_text).where(MessageLink.case_id.in_(listed), _SHARED_LINK, *_SUBSTANTIVE_PARSED)
            .distinct()),
    )


_REASONS: dict[str, tuple] = {}


def case_reasons(s: Session, case_ids: list[int], *, having: str | None = None) -> dict[int, list[str]]:
    """Per case: the reason codes (corpus SCHEMA) stated in any of its parsed replies and meldplicht notices.

    `having`: only the open cases that state this reason are sure to be in the answer (the others may be
    left out): candidates are found by their stored JSON text containing the quoted code (SQLite: the
    covering index ix_messages_reasons_sqlite; PostgreSQL: the trigram index ix_messages_reasons_trgm) and
    checked below. Each distinct stored list is decoded once.
    """
    if not case_ids:
        return {}
    dialect = s.get_bind().dialect.name
    if dialect not in _REASONS:
        _REASONS[dialect] = _reasons_statements(dialect)
    candidates, lists = _REASONS[dialect]
    if having:
        quoted = '"' + having.replace("/", "//").replace("%", "/%").replace("_", "/_") + '"'
        ids = set(s.scalars(candidates, {"pattern": f"%{quoted}%"}))
        case_ids = [cid for cid in case_ids if cid in ids]
        if not case_ids:
            return {}
    out: dict[int, set[str]] = {cid: set() for cid in case_ids}
    for cid, raw in s.execute(lists, {"case_ids": list(case_ids)}):
        if cid in out:
            out[cid].update(str(x) for x in _json_list(raw))
    return {cid: sorted(v) for cid, v in out.items()}


def messages_of_gemeente(s: Session, gemeente_id: int, *, on: date | None = None, limit: int = 5) -> list[MessageInfo]:
    """Messages tied to a municipality (any link), newest first; only those received on local day `on` if given."""
    from datetime import timedelta

    from storage.domain import TZ

    stmt = (select(Message).join(MessageLink, MessageLink.message_id == Message.id)
            .where(MessageLink.gemeente_id == gemeente_id).order_by(Message.received_at.desc(), Message.id.desc()))
    if on is not None:
        start = datetime.combine(on, datetime.min.time(), tzinfo=TZ)
        stmt = stmt.where(Message.received_at >= start, Message.received_at < start + timedelta(days=1))
    rows = s.scalars(stmt.limit(limit)).unique().all()
    return [message_info(m) for m in rows]


def gemeente_of_reference(s: Session, reference: str) -> str | None:
    """The official name of the municipality a letter with this 7-digit reference was sent to."""
    return s.scalar(select(Gemeente.name).join(Letter, Letter.gemeente_id == Gemeente.id)
                    .where(Letter.reference == reference.strip()))
