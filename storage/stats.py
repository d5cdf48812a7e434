"""Counts from the case register for charts, reports, exports and the weekly digest. Pure queries.

Every function takes the calendar `day` (or moment) it reports on; none reads the clock itself.

Definitions (see also docs in the report template):
- The *current case* of a municipality is its case of the newest cycle (verdeelbesluit).
- *Compliance* (naleving) of a municipality: the case's `compliance` when set (the ministry's count,
  updated by ingest when a reply reports realised places); otherwise derived from the latest letter's
  wettelijke taak and realisatie (`storage.domain.compliance`). A municipality without a case, or whose
  case has neither a compliance value nor letter figures, counts as ``onbekend``.
- *Status* of a case on `day` (mutually exclusive): ``awaiting`` (awaiting reply, termijn not passed or
  no termijn known, or the case is suspended), ``late`` (awaiting reply and `day` is after the termijn:
  the case's deadline_override, else its latest letter's deadline), ``answered_incomplete``,
  ``answered_complete``, ``closed``.
- The *reply* of a case is its latest recorded, non-suspect, parsed ``ibt_reply`` message (linked to the
  case directly or through a message link for a shared service).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from storage.domain import compliance as letter_compliance
from storage.domain import local_date
from storage.models import Case, Gemeente, Letter, Message, MessageLink, TredeChange
from storage.queries import case_termijn

PROVINCES: tuple[str, ...] = (
    "Groningen", "Friesland", "Drenthe", "Overijssel", "Flevoland", "Gelderland", "Utrecht",
    "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg",
)
TREDES: tuple[int, ...] = (1, 2, 3, 4, 5, 6)
COMPLIANCE_KEYS: tuple[str, ...] = ("voldoet", "voldoet_gedeeltelijk", "voldoet_niet", "onbekend")
STATUS_KEYS: tuple[str, ...] = ("awaiting", "late", "answered_incomplete", "answered_complete", "closed")
ELEMENT_KEYS: tuple[str, ...] = ("facts", "steps", "timeline")


@dataclass
class CaseRow:
    """One case with everything the overview, the report and the export show about it."""

    case_id: int
    gemeente: str
    cbs_code: str
    province: str
    cycle: str
    trede: int
    state: str
    status: str  # one of STATUS_KEYS, on the report day
    compliance: str  # one of COMPLIANCE_KEYS
    owner: str | None
    suspended: bool
    letter_reference: str | None
    letter_date: date | None
    termijn: date | None
    days_late: int  # days past termijn on the report day when late, else 0
    task_total: int | None  # wettelijke taak (regulier + AMV) from the latest letter
    letter_realised: int | None  # realisatie from the latest letter
    realised_total: int | None  # places realised as reported by the municipality
    planned_total: int | None
    expected_date: str | None
    reply_id: int | None = None
    reply_at: datetime | None = None
    reply_on_time: bool | None = None
    reply_subject: str | None = None
    reply_from: str | None = None
    present: list[str] = field(default_factory=list)  # element keys present in the reply
    missing: list[str] = field(default_factory=list)  # element keys missing in the reply
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (element, evidence sentence)
    # "extension_requested" or "letter_undelivered" while waiting (storage/case_events.py): never "late"
    mail_state: str | None = None
    extension_requested_until: date | None = None

    @property
    def reply_day(self) -> date | None:
        return local_date(self.reply_at) if self.reply_at else None


@dataclass
class ProvinceFigures:
    """Per province: how many municipalities and cases, compliance, and the summed figures."""

    province: str
    gemeenten: int = 0
    cases: int = 0
    compliance: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COMPLIANCE_KEYS, 0))
    status: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUS_KEYS, 0))
    task_total: int = 0  # sum of wettelijke taak over the latest letter per case
    letter_realised: int = 0  # sum of realisatie over the latest letter per case
    reported_realised: int = 0  # sum of places realised reported by the municipalities
    reported_planned: int = 0


@dataclass
class Overview:
    """All counts of the register on one day."""

    day: date
    gemeenten: int
    cases: int
    compliance: dict[str, int]
    per_trede: dict[int, int]
    per_status: dict[str, int]
    per_trede_status: dict[int, dict[str, int]]
    provinces: list[ProvinceFigures]
    overdue: list[CaseRow]
    incomplete: list[CaseRow]  # answered, but with required elements missing
    rows: list[CaseRow]

    def province(self, name: str) -> ProvinceFigures:
        return next(p for p in self.provinces if p.province == name)


@dataclass
class WeekChanges:
    """What changed between `since` (inclusive) and `until` (exclusive)."""

    since: datetime
    until: datetime
    new_replies: list[CaseRow]
    trede_changes: list[tuple[CaseRow, int | None, int]]  # (case, from, to)
    newly_overdue: list[CaseRow]


def _mail_state(case: Case, letter: Letter | None) -> str | None:
    if letter is not None and letter.undelivered_at is not None:
        return "letter_undelivered"
    return "extension_requested" if case.extension_request_message_id is not None else None


def _status(case: Case, termijn: date | None, day: date) -> str:
    if case.state == "awaiting_reply":
        letter = case.letters[-1] if case.letters else None
        if termijn is not None and day > termijn and not case.suspended and _mail_state(case, letter) is None:
            return "late"
        return "awaiting"
    if case.state in STATUS_KEYS:
        return case.state
    return "awaiting"


def _compliance(case: Case, letter: Letter | None) -> str:
    if case.compliance in COMPLIANCE_KEYS:
        return case.compliance
    if letter is not None:
        derived = letter_compliance(letter.task_regulier, letter.task_amv, letter.realised_regulier,
                                    letter.realised_amv)
        if derived is not None:
            return derived
    return "onbekend"


def _sum(*values: int | None) -> int | None:
    if all(v is None for v in values):
        return None
    return sum(v or 0 for v in values)


def _replies(session: Session, case_ids: list[int]) -> dict[int, Message]:
    """The latest parsed, non-suspect ibt_reply per case (direct or through a message link)."""
    if not case_ids:
        return {}
    linked = select(MessageLink.message_id).where(MessageLink.case_id.in_(case_ids))
    msgs = session.scalars(
        select(Message)
        .where(Message.kind == "ibt_reply", Message.state == "parsed", Message.suspect.is_(False),
               or_(Message.case_id.in_(case_ids), Message.id.in_(linked)))
        .options(selectinload(Message.links), selectinload(Message.findings))
    ).all()
    wanted = set(case_ids)
    latest: dict[int, Message] = {}
    for m in msgs:
        targets = {m.case_id} | {link.case_id for link in m.links}
        for cid in targets & wanted:
            cur = latest.get(cid)
            if cur is None or (m.received_at, m.id) > (cur.received_at, cur.id):
                latest[cid] = m
    return latest


def _row(case: Case, reply: Message | None, day: date) -> CaseRow:
    letter = case.letters[-1] if case.letters else None
    termijn = case_termijn(case)
    status = _status(case, termijn, day)
    row = CaseRow(
        case_id=case.id, gemeente=case.gemeente.name, cbs_code=case.gemeente.cbs_code,
        province=case.gemeente.province, cycle=case.cycle, trede=case.trede, state=case.state, status=status,
        compliance=_compliance(case, letter), owner=case.owner.name if case.owner else None,
        suspended=bool(case.suspended), letter_reference=letter.reference if letter else None,
        letter_date=letter.date if letter else None, termijn=termijn,
        days_late=(day - termijn).days if status == "late" and termijn else 0,
        task_total=_sum(letter.task_regulier, letter.task_amv) if letter else None,
        letter_realised=_sum(letter.realised_regulier, letter.realised_amv) if letter else None,
        realised_total=case.realised_total, planned_total=case.planned_total, expected_date=case.expected_date,
        mail_state=_mail_state(case, letter) if case.state == "awaiting_reply" else None,
        extension_requested_until=case.extension_requested_until,
    )
    if reply is not None:
        row.reply_id, row.reply_at, row.reply_on_time = reply.id, reply.received_at, reply.on_time
        row.reply_subject, row.reply_from = reply.subject, reply.from_addr
        elements = reply.elements or {}
        row.present = [e for e in ELEMENT_KEYS if elements.get(e)]
        row.missing = [e for e in ELEMENT_KEYS if e in (reply.missing or [])]
        row.evidence = [(f.element, f.evidence) for f in reply.findings if f.present and f.evidence]
    return row


def case_rows(session: Session, day: date, *, current_only: bool = False) -> list[CaseRow]:
    """One row per case (all cycles, or only each municipality's newest), ordered by municipality."""
    cases = session.scalars(
        select(Case).options(selectinload(Case.gemeente), selectinload(Case.owner), selectinload(Case.letters))
    ).all()
    if current_only:
        newest: dict[int, Case] = {}
        for c in cases:
            if c.gemeente_id not in newest or c.cycle > newest[c.gemeente_id].cycle:
                newest[c.gemeente_id] = c
        cases = list(newest.values())
    replies = _replies(session, [c.id for c in cases])
    rows = [_row(c, replies.get(c.id), day) for c in cases]
    rows.sort(key=lambda r: (r.gemeente.lower(), r.cycle))
    return rows


def overview(session: Session, day: date) -> Overview:
    """The counts on `day`: compliance, per trede, per status, per province, overdue and incomplete."""
    rows = case_rows(session, day, current_only=True)
    gemeenten = session.execute(select(Gemeente.id, Gemeente.cbs_code, Gemeente.province)).all()
    # the verdeelbesluit figures (`taak import`) decide compliance where no letter or reply does
    from storage.taken import taak_figures

    taken = taak_figures(session, day)
    gid_of = {code: gid for gid, code, _prov in gemeenten}
    for r in rows:
        if r.compliance == "onbekend" and gid_of.get(r.cbs_code) in taken:
            r.compliance = taken[gid_of[r.cbs_code]].compliance
    by_province = {p: ProvinceFigures(province=p) for p in PROVINCES}
    for _gid, _code, prov in gemeenten:
        by_province.setdefault(prov, ProvinceFigures(province=prov)).gemeenten += 1
    compliance = dict.fromkeys(COMPLIANCE_KEYS, 0)
    per_trede = dict.fromkeys(TREDES, 0)
    per_status = dict.fromkeys(STATUS_KEYS, 0)
    per_trede_status: dict[int, dict[str, int]] = {t: dict.fromkeys(STATUS_KEYS, 0) for t in TREDES}
    for r in rows:
        compliance[r.compliance] += 1
        per_trede[r.trede] = per_trede.get(r.trede, 0) + 1
        per_status[r.status] += 1
        per_trede_status.setdefault(r.trede, dict.fromkeys(STATUS_KEYS, 0))[r.status] += 1
        p = by_province.setdefault(r.province, ProvinceFigures(province=r.province))
        p.cases += 1
        p.compliance[r.compliance] += 1
        p.status[r.status] += 1
        p.task_total += r.task_total or 0
        p.letter_realised += r.letter_realised or 0
        p.reported_realised += r.realised_total or 0
        p.reported_planned += r.planned_total or 0
    # municipalities without a case: their verdeelbesluit figures, else onbekend
    with_case = {r.cbs_code for r in rows}
    for gid, code, prov in gemeenten:
        if code in with_case:
            continue
        key = taken[gid].compliance if gid in taken else "onbekend"
        compliance[key] += 1
        by_province[prov].compliance[key] += 1
    overdue = sorted((r for r in rows if r.status == "late"), key=lambda r: (-r.days_late, r.gemeente.lower()))
    incomplete = [r for r in rows if r.status == "answered_incomplete" or (r.reply_id and r.missing)]
    return Overview(
        day=day, gemeenten=len(gemeenten), cases=len(rows), compliance=compliance, per_trede=per_trede,
        per_status=per_status, per_trede_status=per_trede_status, provinces=list(by_province.values()),
        overdue=overdue, incomplete=incomplete, rows=rows,
    )


def week_changes(session: Session, now: datetime, *, days: int = 7) -> WeekChanges:
    """Changes in the `days` before `now`: new replies, trede changes, cases that became overdue."""
    since = now - timedelta(days=days)
    today, last = local_date(now), local_date(since)
    rows = {r.case_id: r for r in case_rows(session, today, current_only=True)}
    new_ids = session.execute(
        select(Message.id, Message.case_id, MessageLink.case_id)
        .outerjoin(MessageLink, MessageLink.message_id == Message.id)
        .where(Message.kind == "ibt_reply", Message.state == "parsed", Message.suspect.is_(False),
               Message.received_at >= since, Message.received_at < now)
    ).all()
    replied: list[int] = []
    for _mid, direct, linked in new_ids:
        for cid in (direct, linked):
            if cid in rows and cid not in replied:
                replied.append(cid)
    changes = session.execute(
        select(TredeChange.case_id, TredeChange.trede_from, TredeChange.trede_to)
        .where(TredeChange.at >= since, TredeChange.at < now).order_by(TredeChange.at, TredeChange.id)
    ).all()
    newly = [r for r in rows.values() if r.status == "late" and r.termijn is not None and r.termijn >= last]
    return WeekChanges(
        since=since, until=now,
        new_replies=sorted((rows[c] for c in replied), key=lambda r: r.gemeente.lower()),
        trede_changes=[(rows[c], f, t) for c, f, t in changes if c in rows],
        newly_overdue=sorted(newly, key=lambda r: r.gemeente.lower()),
    )

