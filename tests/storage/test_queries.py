"""Read-only case queries: termijnen, overdue, missing elements, status, search, staff lookups."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from storage import queries
from storage.db import Database
from storage.models import Case, Gemeente, MessageLink
from tests.chat.factory import TODAY, add_case, add_message, build_world

pytestmark = pytest.mark.timeout(60)


def _gid(s, name: str) -> int:  # noqa: ANN001
    return s.scalar(select(Gemeente.id).where(Gemeente.name == name))


def test_open_due_overdue(db: Database) -> None:
    w = build_world(db)
    with db.session() as s:
        names = [r.gemeente for r in queries.open_cases(s, TODAY)]
        assert names == sorted(names) and len(names) == 5
        due = queries.due_cases(s, TODAY)
        assert [(r.gemeente, r.days_left) for r in due] == [("Almere", -10), ("'s-Hertogenbosch", 6),
                                                             ("Súdwest-Fryslân", 6)]
        assert [r.gemeente for r in queries.overdue_cases(s, TODAY)] == ["Almere"]
        # on the termijn day itself a case is not yet overdue; the day after it is
        assert queries.overdue_cases(s, date(2026, 4, 30)) == []
        assert [r.gemeente for r in queries.overdue_cases(s, date(2026, 5, 1))] == ["Almere"]
        assert {r.gemeente for r in queries.overdue_cases(s, date(2026, 6, 1))} == {
            "Almere", "'s-Hertogenbosch", "Súdwest-Fryslân", "Bergen (NH.)"}  # suspect reply does not count
        missing = {r.gemeente: r.missing for r in queries.cases_with_missing(s, TODAY)}
        assert missing == {"Heemskerk": ["timeline"], "Súdwest-Fryslân": ["steps", "timeline"],
                           "Bergen (NH.)": ["steps", "timeline"]}
        assert {r.gemeente for r in queries.my_cases(s, w.staff["Sanne de Vries"], TODAY)} == {
            "Heemskerk", "Súdwest-Fryslân"}


def test_extension_suspension_and_closed(db: Database) -> None:
    w = build_world(db)
    with db.session() as s:
        almere = s.get(Case, w.cases["Almere"])
        almere.deadline_override = date(2026, 5, 31)
        almere.extension_reason = "verlenging verleend"
        bosch = s.get(Case, w.cases["'s-Hertogenbosch"])
        bosch.suspended, bosch.suspended_reason = True, "opgeschort"
        s.get(Case, w.cases["Súdwest-Fryslân"]).state = "closed"
    with db.session() as s:
        assert queries.overdue_cases(s, TODAY) == []
        assert [r.gemeente for r in queries.due_cases(s, date(2026, 5, 30))] == ["Bergen (NH.)", "Almere"]
        st = queries.case_status(s, _gid(s, "Almere"), TODAY)
        assert st.case.termijn == date(2026, 5, 31) and st.extension_reason == "verlenging verleend"
        assert "Súdwest-Fryslân" not in [r.gemeente for r in queries.open_cases(s, TODAY)]


def test_case_status(db: Database) -> None:
    w = build_world(db)
    with db.session() as s:
        st = queries.case_status(s, _gid(s, "Heemskerk"), TODAY)
        assert (st.gemeente, st.cbs_code, st.province) == ("Heemskerk", "GM0396", "Noord-Holland")
        assert st.case.owner == "Sanne de Vries" and st.case.answered and st.case.reply_on_time is True
        assert st.trede_name == "informatie opvragen en valideren" and st.task_total == 100
        assert [le.reference for le in st.letters] == ["7468089"]
        assert [m.id for m in st.messages] == [w.messages["Heemskerk"]]
        [f] = st.missing_findings
        assert f.element == "timeline" and "zo snel mogelijk" in f.evidence and f.note == "vaag"
        empty = queries.case_status(s, _gid(s, "Baarn"), TODAY)
        assert empty.case is None and empty.messages == []


def test_reply_before_letter_does_not_answer_it(db: Database) -> None:
    with db.session() as s:
        case = add_case(s, "Ede", date(2026, 4, 20), ref="7100001")
        add_message(s, case, "Ede", received=date(2026, 4, 1), findings=[("facts", True, "x", None)])
    with db.session() as s:
        [row] = queries.open_cases(s, TODAY)
        assert not row.answered and row.missing == []


def test_shared_service_message_counts_for_every_member(db: Database) -> None:
    with db.session() as s:
        a = add_case(s, "Castricum", date(2026, 4, 9), ref="7200001")
        b = add_case(s, "Heiloo", date(2026, 4, 9), ref="7200002")
        m = add_message(s, a, "Castricum", received=date(2026, 4, 20),
                        findings=[("facts", True, "e", None), ("steps", False, None, None)])
        s.add(MessageLink(message_id=m.id, gemeente_id=b.gemeente_id, case_id=b.id))
    with db.session() as s:
        rows = {r.gemeente: r for r in queries.open_cases(s, TODAY)}
        assert rows["Heiloo"].answered and rows["Heiloo"].missing == ["steps"]
        assert queries.case_status(s, _gid(s, "Heiloo"), TODAY).messages[0].gemeenten == []


def test_message_detail_and_search(db: Database) -> None:
    w = build_world(db)
    with db.session() as s:
        d = queries.message_detail(s, w.messages["Heemskerk"])
        assert d.message.gemeenten == ["Heemskerk"] and d.letter_reference == "7468089"
        assert d.termijn == date(2026, 4, 30) and d.owner == "Sanne de Vries"
        assert [(f.element, f.present) for f in d.findings] == [("facts", True), ("steps", True), ("timeline", False)]
        assert queries.message_detail(s, 123456) is None
        assert {m.id for m in queries.search_messages(s, "LOCATIE")} == {w.messages["Heemskerk"],
                                                                         w.messages["Bergen (NH.)"]}
        assert queries.search_messages(s, "%") == [] and queries.search_messages(s, "  ") == []
        assert [m.id for m in queries.search_messages(s, "<script>")] == [w.messages["Bergen (NH.)"]]


def test_staff_lookups(db: Database) -> None:
    w = build_world(db)
    with db.session() as s:
        assert queries.staff_by_telegram(s, 1002).name == "Sanne de Vries"
        assert queries.staff_by_telegram(s, 5555) is None
        assert queries.staff_by_name(s, "sanne").id == w.staff["Sanne de Vries"]
        assert queries.staff_by_name(s, "SANNE DE VRIES").id == w.staff["Sanne de Vries"]
        assert queries.staff_by_name(s, "") is None
        assert queries.first_beheerder(s).name == "Bea"
        assert [p.name for p in queries.list_staff(s)] == ["Bea", "Mia", "Sanne de Vries"]
        assert not queries.has_refused(s, "tg:1")
