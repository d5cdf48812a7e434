"""Build a small case register directly with the models (no parser needed): letters, replies, staff."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import select

from storage.db import Database
from storage.domain import termijn
from storage.models import Case, Finding, Gemeente, Letter, Message, MessageLink, Staff

TODAY = date(2026, 5, 10)
HOSTILE_SUBJECT = "<script>alert('x')</script> & <b>Vet</b> \"quote\" &amp;"
HOSTILE_EVIDENCE = "Wij doen <i>niets</i> & zeggen <a href='x'>dit</a> <br> ook niet."
TG_BEHEERDER, TG_BEHANDELAAR, TG_MEELEZER, TG_STRANGER = 1001, 1002, 1003, 9999
TEAM_CHAT = -100500


def at(d: date, hour: int = 10) -> datetime:
    return datetime.combine(d, time(hour)).replace(tzinfo=UTC)


@dataclass
class World:
    cases: dict[str, int]
    messages: dict[str, int]
    staff: dict[str, int]


def _gemeente(s, name: str) -> Gemeente:  # noqa: ANN001
    return s.scalar(select(Gemeente).where(Gemeente.name == name))


def add_case(s, name: str, letter_date: date, *, ref: str, trede: int = 2, task: int = 100, realised: int = 0,
             owner: Staff | None = None) -> Case:  # noqa: ANN001
    g = _gemeente(s, name)
    case = Case(gemeente_id=g.id, cycle="2024-12-20", trede=trede, owner_id=owner.id if owner else None,
                state="awaiting_reply", compliance="voldoet_niet" if realised == 0 else "voldoet_gedeeltelijk")
    s.add(case)
    s.flush()
    s.add(Letter(reference=ref, gemeente_id=g.id, case_id=case.id, date=letter_date, deadline=termijn(letter_date),
                 trede=trede, task_regulier=task, task_amv=0, realised_regulier=realised, realised_amv=0,
                 cycle="2024-12-20"))
    s.flush()
    s.refresh(case)
    return case


def add_message(s, case: Case | None, gemeente: str | None, *, kind: str = "ibt_reply", received: date,
                subject: str = "Reactie", text: str = "", findings: list[tuple[str, bool, str | None, str | None]] = (),
                suspect: bool = False, quarantined: str | None = None, on_time: bool | None = None,
                from_addr: str = "info@gemeente.nl") -> Message:  # noqa: ANN001
    missing = [e for e, present, _, _ in findings if not present]
    ref = case.letters[-1].reference if case is not None and case.letters else None
    m = Message(sha256=re.sub(r"\W", "", f"{subject}{received}{kind}{len(text)}{gemeente}").ljust(64, "0")[:64],
                source="eml", from_addr=from_addr, subject=subject, received_at=at(received), kind=kind,
                state="quarantined" if quarantined else "parsed", quarantine_reason=quarantined, reference=ref,
                case_id=case.id if case else None, letter_id=case.letters[-1].id if case and case.letters else None,
                elements={e: p for e, p, _, _ in findings} or None, missing=missing, suspect=suspect,
                on_time=on_time, search_text=f"{subject}\n{text}")
    s.add(m)
    s.flush()
    for element, present, evidence, note in findings:
        s.add(Finding(message_id=m.id, element=element, present=present, evidence=evidence, source="body", note=note))
    if gemeente:
        s.add(MessageLink(message_id=m.id, gemeente_id=_gemeente(s, gemeente).id, case_id=case.id if case else None))
    if case is not None and kind == "ibt_reply" and not suspect and not quarantined:
        case.state = "answered_incomplete" if missing else "answered_complete"
    s.flush()
    return m


def build_world(db: Database) -> World:
    """Heemskerk answered on time without a timeline; Almere overdue; Súdwest-Fryslân a meldplicht missing
    steps; 's-Hertogenbosch due in 6 days; Bergen (NH.) a hostile, suspect mail; three staff members."""
    with db.session() as s:
        bea = Staff(telegram_id=TG_BEHEERDER, name="Bea", role="beheerder")
        sanne = Staff(telegram_id=TG_BEHANDELAAR, name="Sanne de Vries", role="behandelaar")
        mia = Staff(telegram_id=TG_MEELEZER, name="Mia", role="meelezer")
        s.add_all([bea, sanne, mia])
        s.flush()
        heem = add_case(s, "Heemskerk", date(2026, 4, 9), ref="7468089", owner=sanne)
        almere = add_case(s, "Almere", date(2026, 4, 9), ref="7000001", trede=3)
        swf = add_case(s, "Súdwest-Fryslân", date(2026, 4, 25), ref="7000002", owner=sanne)
        bosch = add_case(s, "'s-Hertogenbosch", date(2026, 4, 25), ref="7000003")
        bergen = add_case(s, "Bergen (NH.)", date(2026, 5, 1), ref="7000004")
        m_heem = add_message(
            s, heem, "Heemskerk", received=date(2026, 4, 28), on_time=True, subject="Reactie op brief 7468089",
            text="Er is geen geschikte locatie gevonden. De raad besluit in juni over een locatie.",
            findings=[("facts", True, "Er is geen geschikte locatie gevonden.", None),
                      ("steps", True, "De raad besluit in juni over een locatie.", None),
                      ("timeline", False, "Wij streven ernaar dit zo snel mogelijk te realiseren.", "vaag")])
        m_swf = add_message(
            s, swf, "Súdwest-Fryslân", kind="meldplicht", received=date(2026, 5, 5),
            subject="Melding artikel 8 Spreidingswet", text="Wij kunnen de taak niet tijdig realiseren.",
            findings=[("facts", True, "Wij kunnen de taak niet tijdig realiseren.", None),
                      ("steps", False, None, None), ("timeline", False, None, None)])
        m_bergen = add_message(
            s, bergen, "Bergen (NH.)", received=date(2026, 5, 8), subject=HOSTILE_SUBJECT, suspect=True,
            text="locatie <b>bold</b>", from_addr="evil&co@bergen-nh.nl",
            findings=[("facts", True, HOSTILE_EVIDENCE, None), ("steps", False, HOSTILE_EVIDENCE, "<geen>"),
                      ("timeline", False, None, None)])
        m_q = add_message(s, None, None, kind="other", received=date(2026, 5, 9), subject="Nieuwsbrief",
                          quarantined="kapotte MIME-structuur <boundary>")
        return World(
            cases={"Heemskerk": heem.id, "Almere": almere.id, "Súdwest-Fryslân": swf.id,
                   "'s-Hertogenbosch": bosch.id, "Bergen (NH.)": bergen.id},
            messages={"Heemskerk": m_heem.id, "Súdwest-Fryslân": m_swf.id, "Bergen (NH.)": m_bergen.id,
                      "quarantined": m_q.id},
            staff={"Bea": bea.id, "Sanne de Vries": sanne.id, "Mia": mia.id},
        )
