"""The fast case-list and search queries give the same answers as the obvious, slow definitions.

The slow definitions are written out here in Python over every message and link: a case's latest
message is its newest parsed substantive message (by received_at, then id), reached through
messages.case_id or a message_links row; its reply is the newest non-suspect parsed ibt_reply on or
after the latest letter's date. /zoek returns the newest messages whose subject or text contains
the words, ignoring ASCII case.
"""
from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import delete, select, update

from storage import queries
from storage.db import Database
from storage.domain import local_date
from storage.models import Case, Gemeente, Letter, Message, MessageLink
from tests.chat.factory import TODAY, add_case, add_message

pytestmark = pytest.mark.timeout(120)

NAMES = ["Ede", "Castricum", "Heiloo", "Almere", "Baarn", "Heemskerk", "Súdwest-Fryslân"]


def _random_world(db: Database, seed: int) -> None:
    """Cases with many messages: ties on received_at, suspect and quarantined mails, meldplicht, other
    kinds, messages without case_id, and extra links to other cases (shared services)."""
    rng = random.Random(seed)
    with db.session() as s:
        cases = [add_case(s, name, date(2026, 4, rng.randint(1, 28)), ref=f"73{seed:02d}{i:03d}")
                 for i, name in enumerate(NAMES)]
        gids = {c.id: c.gemeente_id for c in cases}
        base = datetime(2026, 3, 20, 9, tzinfo=UTC)
        stamps = [base + timedelta(hours=rng.randint(0, 24 * 50)) for _ in range(25)]  # few distinct: ties
        for k in range(120):
            case = rng.choice(cases + [None])
            kind = rng.choice(["ibt_reply", "ibt_reply", "meldplicht", "other", "auto_reply"])
            elements = [(e, rng.random() < 0.5, None, None) for e in ("facts", "steps", "timeline")]
            m = add_message(s, case, None, kind=kind, received=TODAY, subject=f"Bericht {k}",
                            findings=elements, suspect=rng.random() < 0.2, on_time=rng.choice([True, False, None]),
                            quarantined="kapot" if rng.random() < 0.1 else None)
            m.sha256 = f"{seed:04d}{k:060d}"
            m.received_at = rng.choice(stamps)
            linked = set()
            if case is not None and rng.random() < 0.8:
                linked.add(case.id)
            if rng.random() < 0.25:
                linked.add(rng.choice(cases).id)
            for cid in linked:
                s.add(MessageLink(message_id=m.id, gemeente_id=gids[cid], case_id=cid))
            if case is not None and rng.random() < 0.1:
                m.case_id = None  # a link without the direct case id
        cases[0].deadline_override = TODAY + timedelta(days=3)
        cases[1].suspended = True
        cases[2].state = "closed"


def _expected(s, today: date) -> dict[int, tuple]:  # noqa: ANN001
    """Per open case: (answered, reply_at, reply_on_time, missing, latest_message_id), the slow way."""
    msgs = s.scalars(select(Message)).all()
    links = s.execute(select(MessageLink.message_id, MessageLink.case_id)).all()
    out = {}
    for case in s.scalars(select(Case).where(Case.state != "closed")):
        letters = sorted(s.scalars(select(Letter).where(Letter.case_id == case.id)), key=lambda le: le.date)
        letter_date = letters[-1].date if letters else None
        ids = {m.id for m in msgs if m.case_id == case.id} | {mid for mid, cid in links if cid == case.id}
        mine = sorted((m for m in msgs if m.id in ids and m.kind in ("ibt_reply", "meldplicht") and m.state == "parsed"),
                      key=lambda m: (m.received_at, m.id), reverse=True)
        replies = [m for m in mine if m.kind == "ibt_reply" and not m.suspect
                   and (letter_date is None or local_date(m.received_at) >= letter_date)]
        reply = replies[0] if replies else None
        latest = mine[0] if mine else None
        out[case.id] = (reply is not None, reply.received_at if reply else None, reply.on_time if reply else None,
                        list(latest.missing) if latest else [], latest.id if latest else None)
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_case_rows_match_the_slow_definition(db: Database, seed: int) -> None:
    _random_world(db, seed)
    with db.session() as s:
        want = _expected(s, TODAY)
        rows = queries.open_cases(s, TODAY)
        assert [r.gemeente for r in rows] == sorted((r.gemeente for r in rows), key=str.casefold)
        assert len(rows) == len(NAMES) - 1  # the closed case is left out
        assert any(w[4] is not None for w in want.values()) and any(w[0] for w in want.values())
        for r in rows:
            assert (r.answered, r.reply_at, r.reply_on_time, r.missing, r.latest_message_id) == want[r.case_id], r
            single = queries.case_row(s, r.case_id, TODAY)
            assert single == r
            gid = s.scalar(select(Gemeente.id).where(Gemeente.name == r.gemeente))
            assert queries.case_status(s, gid, TODAY).case == r
        due = queries.due_cases(s, TODAY + timedelta(days=30))
        assert [r.case_id for r in due] == [r.case_id for r in sorted(
            (r for r in queries.open_cases(s, TODAY + timedelta(days=30))
             if r.termijn and not r.answered and not r.suspended and r.days_left <= 7),
            key=lambda r: (r.days_left, r.gemeente))]
        assert {r.case_id for r in queries.cases_with_missing(s, TODAY)} == {
            cid for cid, w in want.items() if w[3]}


REASONS = ["housing_shortage", "objection_procedure", "permit_procedure", "council_decision"]


@pytest.mark.parametrize(("seed", "flagged"), [(1, False), (2, True), (3, True)])
def test_status_messages_reasons_and_reason_lists_match_the_slow_definition(db: Database, seed: int,
                                                                            flagged: bool) -> None:
    """A status's newest messages (own case_id or any link), the reasons its replies state, and the lists
    asked by reason. `flagged`: links carry `direct` as ingest sets it (else all false, as old rows may)."""
    _random_world(db, seed)
    rng = random.Random(seed)
    with db.session() as s:
        for m in s.scalars(select(Message)):
            m.reasons = rng.sample(REASONS, rng.randint(0, 2)) if rng.random() < 0.6 else None
        if flagged:
            own = {m.id: m.case_id for m in s.scalars(select(Message))}
            for link in s.scalars(select(MessageLink)):
                link.direct = link.case_id is not None and link.case_id == own[link.message_id]
    with db.session() as s:
        msgs = s.scalars(select(Message)).all()
        links = s.execute(select(MessageLink.message_id, MessageLink.case_id)).all()
        stated: dict[int, set[str]] = {}
        for case in s.scalars(select(Case)):
            ids = {m.id for m in msgs if m.case_id == case.id} | {mid for mid, cid in links if cid == case.id}
            mine = sorted((m for m in msgs if m.id in ids), key=lambda m: (m.received_at, m.id), reverse=True)
            stated[case.id] = {str(r) for m in mine if m.kind in ("ibt_reply", "meldplicht") and m.state == "parsed"
                               for r in m.reasons or []}
            st = queries.case_status(s, case.gemeente_id, TODAY, messages=4)
            assert [m.id for m in st.messages] == [m.id for m in mine[:4]], case.id
            assert st.reasons == sorted(stated[case.id])
        open_ids = {c.id for c in s.scalars(select(Case).where(Case.state != "closed"))}
        assert any(stated[cid] for cid in open_ids)
        for reason in [*REASONS, "unknown_reason"]:
            rows = queries.find_cases(s, queries.CaseFilter(reason=reason), TODAY)
            assert {r.case_id for r in rows} == {cid for cid in open_ids if reason in stated[cid]}, reason
            assert all(r.reasons == sorted(stated[r.case_id]) for r in rows)


def test_link_only_message_is_latest_and_answers(db: Database) -> None:
    """A shared-service mail stored under another case still is the newest message and the reply."""
    with db.session() as s:
        a = add_case(s, "Castricum", date(2026, 4, 9), ref="7400001")
        b = add_case(s, "Heiloo", date(2026, 4, 9), ref="7400002")
        add_message(s, b, "Heiloo", kind="meldplicht", received=date(2026, 4, 15),
                    findings=[("facts", True, "x", None)])
        shared = add_message(s, a, "Castricum", received=date(2026, 4, 20), on_time=True,
                             findings=[("facts", True, "e", None), ("timeline", False, None, None)])
        s.add(MessageLink(message_id=shared.id, gemeente_id=b.gemeente_id, case_id=b.id))
    with db.session() as s:
        row = queries.case_row(s, b.id, TODAY)
        assert row.latest_message_id == shared.id and row.missing == ["timeline"]
        assert row.answered and row.reply_on_time is True


def test_ties_go_to_the_higher_id(db: Database) -> None:
    with db.session() as s:
        case = add_case(s, "Ede", date(2026, 4, 9), ref="7400003")
        first = add_message(s, case, "Ede", received=date(2026, 4, 20), subject="een",
                            findings=[("steps", False, None, None)])
        second = add_message(s, case, "Ede", received=date(2026, 4, 20), subject="twee",
                             findings=[("timeline", False, None, None)])
        assert second.id > first.id and first.received_at == second.received_at
        other = add_case(s, "Baarn", date(2026, 4, 9), ref="7400005")
        third = add_message(s, other, "Baarn", received=date(2026, 4, 20), subject="drie",
                            findings=[("facts", False, None, None)])  # stored under Baarn, linked to Ede too
        s.add(MessageLink(message_id=third.id, gemeente_id=case.gemeente_id, case_id=case.id))
    with db.session() as s:
        row = queries.case_row(s, case.id, TODAY)
        assert row.latest_message_id == third.id and row.missing == ["facts"]
        s.execute(delete(MessageLink).where(MessageLink.message_id == third.id, MessageLink.case_id == case.id))
        s.execute(update(Message).where(Message.id == first.id).values(case_id=None))  # its link stays
    with db.session() as s:  # now the link-only candidate is the older id of the tie
        row = queries.case_row(s, case.id, TODAY)
        assert row.latest_message_id == second.id and row.missing == ["timeline"]


def _search_world(db: Database) -> dict[int, tuple[datetime, str]]:
    texts = ["Locatie gevonden", "geen LOCATIE", "50% gerealiseerd", "500 plaatsen", "a_b code", "axb code",
             "niets", "zwembad", "Zwembad dicht", "locatie-onderzoek", "sporthal", "nog een locatie"]
    out = {}
    with db.session() as s:
        case = add_case(s, "Ede", date(2026, 4, 9), ref="7400004")
        for k, text in enumerate(texts * 3):
            m = add_message(s, case, "Ede", received=TODAY, subject=f"Onderwerp {k}", text=text)
            m.sha256 = f"{k:064d}"
            m.received_at = datetime(2026, 4, 1, 8, tzinfo=UTC) + timedelta(hours=(k * 7) % 11)  # many ties
            out[m.id] = (m.received_at, f"{m.subject}\n{text}")
        s.add(Message(sha256="f" * 64, source="eml", subject="LOCATIE alleen in het onderwerp", search_text="",
                      received_at=datetime(2026, 4, 1, 7, tzinfo=UTC)))
        s.flush()
        out[s.scalar(select(Message.id).where(Message.sha256 == "f" * 64))] = (
            datetime(2026, 4, 1, 7, tzinfo=UTC), "LOCATIE alleen in het onderwerp")
    return out


@pytest.mark.parametrize("window", [1, 4, 500])
def test_search_matches_the_slow_definition(db: Database, monkeypatch: pytest.MonkeyPatch, window: int) -> None:
    """Every window size (the first step's share of newest messages) gives the same, ordered result."""
    monkeypatch.setattr(queries, "SEARCH_RECENT", window)
    world = _search_world(db)
    with db.session() as s:
        for word in ["locatie", "ZWEMBAD", "50%", "a_b", "onderwerp 3", "code", "bestaat-niet", "e"]:
            for limit in (1, 3, 10):
                want = sorted((mid for mid, (_, text) in world.items() if word.lower() in text.lower()),
                              key=lambda mid: (world[mid][0], mid), reverse=True)[:limit]
                got = queries.search_messages(s, word, limit=limit)
                assert [m.id for m in got] == want, (word, limit)
        [hit] = queries.search_messages(s, "alleen in het")
        assert hit.subject == "LOCATIE alleen in het onderwerp" and hit.gemeenten == []
        assert queries.search_messages(s, "gevonden")[0].gemeenten == ["Ede"]
