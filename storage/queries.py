"""Read-only questions about the case register, shared by the chat, the CLI and reports.

Every function takes an open Session and returns plain dataclasses (no ORM objects), so callers
can render them after the session is closed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from storage.domain import TREDE_NAMES, local_date
from storage.models import Case, CaseNote, Gemeente, Letter, Message, MessageLink, Staff

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
    )


def _finding_info(f) -> FindingInfo:  # noqa: ANN001 - storage.models.Finding
    return FindingInfo(f.element, bool(f.present), f.evidence, f.source, f.note)


def case_termijn(case: Case) -> date | None:
    """The running termijn: the extension's new date if granted, else the latest letter's deadline."""
    if case.deadline_override is not None:
        return case.deadline_override
    return case.letters[-1].deadline if case.letters else None


def _case_message_ids(case_ids: list[int]):  # noqa: ANN202 - a select
    """Messages about these cases: direct case_id or through a link (shared services)."""
    return or_(Message.case_id.in_(case_ids),
               Message.id.in_(select(MessageLink.message_id).where(MessageLink.case_id.in_(case_ids))))


def _messages_by_case(s: Session, case_ids: list[int]) -> dict[int, list[Message]]:
    """Parsed substantive messages per case, newest first."""
    if not case_ids:
        return {}
    rows = s.scalars(
        select(Message).options(selectinload(Message.links))
        .where(_case_message_ids(case_ids), Message.kind.in_(SUBSTANTIVE), Message.state == "parsed")
        .order_by(Message.received_at.desc(), Message.id.desc())
    ).all()
    wanted = set(case_ids)
    out: dict[int, list[Message]] = {}
    for m in rows:
        ids = {m.case_id} | {link.case_id for link in m.links}
        for cid in ids & wanted:
            out.setdefault(cid, []).append(m)
    return out


def _rows(s: Session, cases: list[Case], today: date) -> list[CaseRow]:
    msgs = _messages_by_case(s, [c.id for c in cases])
    out = []
    for c in cases:
        termijn = case_termijn(c)
        letter_date = c.letters[-1].date if c.letters else None
        mine = msgs.get(c.id, [])
        replies = [m for m in mine if m.kind == "ibt_reply" and not m.suspect
                   and (letter_date is None or local_date(m.received_at) >= letter_date)]
        reply = replies[0] if replies else None
        latest = mine[0] if mine else None
        days = (termijn - today).days if termijn else None
        answered = reply is not None
        overdue = bool(termijn and not answered and not c.suspended and c.state != "closed" and days < 0)
        out.append(CaseRow(
            case_id=c.id, gemeente=c.gemeente.name, cbs_code=c.gemeente.cbs_code, trede=c.trede,
            owner=c.owner.name if c.owner else None, owner_id=c.owner_id, state=c.state, compliance=c.compliance,
            suspended=bool(c.suspended), termijn=termijn, answered=answered,
            reply_at=reply.received_at if reply else None, reply_on_time=reply.on_time if reply else None,
            days_left=days, overdue=overdue, missing=list(latest.missing or []) if latest else [],
            latest_message_id=latest.id if latest else None,
        ))
    return out


def _load_cases(s: Session, *where) -> list[Case]:  # noqa: ANN002
    stmt = (select(Case).join(Gemeente, Case.gemeente_id == Gemeente.id)
            .options(selectinload(Case.letters), selectinload(Case.owner), selectinload(Case.gemeente))
            .where(Case.state != "closed", *where).order_by(Gemeente.name, Case.cycle.desc()))
    seen: set[int] = set()
    out = []
    for c in s.scalars(stmt).unique():
        if c.gemeente_id in seen:  # only the newest cycle per municipality
            continue
        seen.add(c.gemeente_id)
        out.append(c)
    out.sort(key=lambda c: c.gemeente.name.casefold())  # the same order on every backend and collation
    return out


# --- municipalities and cases ---------------------------------------------------------------------


def gemeente_by_code(s: Session, cbs_code: str) -> Gemeente | None:
    return s.scalar(select(Gemeente).where(Gemeente.cbs_code == cbs_code.upper()))


def gemeente_by_name(s: Session, name: str) -> Gemeente | None:
    return s.scalar(select(Gemeente).where(Gemeente.name == name))


def current_case(s: Session, gemeente_id: int) -> Case | None:
    """The municipality's case in the newest cycle (closed ones included)."""
    return s.scalar(select(Case).where(Case.gemeente_id == gemeente_id).order_by(Case.cycle.desc()).limit(1))


def case_status(s: Session, gemeente_id: int, today: date, *, messages: int = 3, notes: int = 3) -> CaseStatus:
    """Status of one municipality: its case (if any), letters, latest messages, missing elements, notes."""
    g = s.get(Gemeente, gemeente_id)
    if g is None:
        raise LookupError(f"unknown gemeente id {gemeente_id}")
    st = CaseStatus(gemeente=g.name, cbs_code=g.cbs_code, province=g.province)
    case = current_case(s, gemeente_id)
    if case is None:
        return st
    row = _rows(s, [case], today)[0]
    st.case = row
    st.trede_name = TREDE_NAMES.get(case.trede)
    st.cycle = case.cycle
    st.realised_total = case.realised_total
    st.planned_total = case.planned_total
    st.expected_date = case.expected_date
    st.extension_reason = case.extension_reason if case.deadline_override else None
    st.suspended_reason = case.suspended_reason if case.suspended else None
    st.letters = [_letter_info(le) for le in case.letters]
    if st.letters and st.letters[-1].task is not None:
        st.task_total = st.letters[-1].task
        if st.realised_total is None:
            st.realised_total = st.letters[-1].realised
    rows = s.scalars(
        select(Message).options(selectinload(Message.findings))
        .where(_case_message_ids([case.id])).order_by(Message.received_at.desc(), Message.id.desc()).limit(messages)
    ).all()
    st.messages = [message_info(m) for m in rows]
    latest = next((m for m in rows if m.kind in SUBSTANTIVE and m.state == "parsed"), None)
    if latest is None and row.latest_message_id is not None:
        latest = s.get(Message, row.latest_message_id)
    if latest is not None:
        st.missing_findings = [_finding_info(f) for f in latest.findings if not f.present]
        if not st.missing_findings:
            st.missing_findings = [FindingInfo(e, False, None, None, None) for e in latest.missing or []]
    st.notes = [NoteInfo(n.author, n.text, n.at) for n in s.scalars(
        select(CaseNote).where(CaseNote.case_id == case.id).order_by(CaseNote.at.desc(), CaseNote.id.desc())
        .limit(notes))]
    return st


def open_cases(s: Session, today: date) -> list[CaseRow]:
    """Every case that is not closed, by municipality name."""
    return _rows(s, _load_cases(s), today)


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
    return _rows(s, _load_cases(s, Case.owner_id == staff_id), today)


def case_row(s: Session, case_id: int, today: date) -> CaseRow | None:
    case = s.get(Case, case_id)
    return _rows(s, [case], today)[0] if case else None


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


def search_messages(s: Session, text: str, *, limit: int = 10) -> list[MessageInfo]:
    """Messages whose subject or new text contains `text` (case-insensitive), newest first."""
    text = text.strip()
    if not text:
        return []
    rows = s.scalars(
        select(Message).options(selectinload(Message.links))
        .where(or_(Message.search_text.icontains(text, autoescape=True),
                   Message.subject.icontains(text, autoescape=True)))
        .order_by(Message.received_at.desc(), Message.id.desc()).limit(limit)
    ).all()
    return [message_info(m, [link.gemeente.name for link in m.links]) for m in rows]


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
