"""The question set (tests/chat/data/questions.jsonl): plain-Dutch questions answered on a register built
from ../shared/corpus, checked against case sets computed independently from `status --json` data.

The register is built once per session and backend: the letters of expected_letters.json, an ingest of
every corpus mail, three staff members with cases assigned, three cases suspended and five extended (staff
actions). Each question's expected case set is derived here from the status JSON of every municipality
(`bot.commands.status.status_json`), by rules written out below, not by the reader or `find_cases`.

Questions from the blind writer (not in the file yet) are marked `"source": "blind"`.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bot.chat.core import ChatCore
from bot.commands.ask import answer_json
from bot.commands.status import status_json
from bot.config import Settings
from storage import queries
from storage.db import Database
from storage.models import Gemeente
from tests.chat.seed import CorpusSeed, corpus_database

pytestmark = pytest.mark.timeout(900)

DATA = Path(__file__).parent / "data" / "questions.jsonl"
BLIND = Path(__file__).parent / "data" / "questions_blind.jsonl"  # written by someone who had not seen the code
ON = date(2026, 11, 23)  # a Monday: "deze week" is 23-29 November 2026
STAFF = [(7101, "Anna de Boer", "behandelaar"), (7102, "Sanne de Vries", "behandelaar"),
         (7103, "Piet Jansen", "beheerder"), (7104, "Bas Visser", "behandelaar"), (7105, "Carla Smit", "behandelaar")]
ME = "Sanne de Vries"
SUSPEND = ["Arnhem", "Lochem", "Goes"]
EXTEND = {"Zaltbommel": date(2026, 11, 27), "Heumen": date(2026, 11, 27), "Breda": date(2026, 12, 4),
          "Utrecht": date(2026, 12, 10), "Almere": date(2026, 11, 25)}
LIST_INTENTS = ("list", "count")


def load_questions(path: Path = DATA) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def corpus_register(tmp_path_factory: pytest.TempPathFactory, corpus_seed: CorpusSeed) -> Iterator[str]:
    """URL of the corpus register (built once per session on the chosen backend)."""
    with corpus_database(tmp_path_factory.mktemp("corpus_register"), "corpus", corpus_seed) as (url, _):
        _staff_and_actions(url)
        yield url


def _staff_and_actions(url: str) -> None:
    """Staff, owners, suspensions and extensions on the corpus register (the actions of this question set)."""
    from bot.scheduling import actions as sched
    from storage import actions

    db = Database(url)
    db._upgraded = True
    with db.session() as s:
        people = [actions.add_staff(s, tg, person, role, "test").id for tg, person, role in STAFF]
        rows = queries.open_cases(s, ON)
        for i, r in enumerate(rows):  # a fixed spread of owners, most cases without one
            owner = (people[0] if i % 4 == 0 else people[1] if i % 5 == 1 else people[2] if i % 7 == 2
                     else people[3] if i % 9 == 3 else people[4] if i % 11 == 4 else None)
            if owner is not None:
                actions.assign_case(s, r.case_id, owner, "test")
        by_name = {r.gemeente: r.case_id for r in rows}
        for gemeente in SUSPEND:
            sched.suspend(s, by_name[gemeente], "test: opgeschort", "test")
        for gemeente, day in EXTEND.items():
            sched.grant_extension(s, by_name[gemeente], day, "test: verlengd", "test")
        s.commit()
    db.dispose()


@pytest.fixture(scope="session")
def statuses(corpus_register: str) -> list[dict]:
    """`status --json` of every municipality that has a case (the independent source of truth)."""
    from sqlalchemy import select

    db = Database(corpus_register)
    db._upgraded = True
    with db.session() as s:
        out = [status_json(queries.case_status(s, gid, ON)) for gid in s.scalars(select(Gemeente.id))]
    db.dispose()
    return [st for st in out if st["case"] is not None]


# --- the expected case set, from status JSON only ---------------------------------------------------


def _period(value: str | None) -> tuple[date, date] | None:
    if not value:
        return None
    year, _, rest = value.partition("-")
    y = int(year)
    if not rest:
        return date(y, 1, 1), date(y, 12, 31)
    if rest.startswith("Q"):
        q = int(rest[1])
        end = date(y + 1, 1, 1) if q == 4 else date(y, 3 * q + 1, 1)
        return date(y, 3 * q - 2, 1), date.fromordinal(end.toordinal() - 1)
    if rest in ("H1", "H2"):
        return (date(y, 1, 1), date(y, 6, 30)) if rest == "H1" else (date(y, 7, 1), date(y, 12, 31))
    if len(rest) == 2:
        m = int(rest)
        end = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
        return date(y, m, 1), date.fromordinal(end.toordinal() - 1)
    d = date.fromisoformat(value)
    return d, d


def _state(name: str, st: dict) -> bool:
    c = st["case"]
    # a termijn other than the last letter's deadline (or one without any letter) was set by an extension
    extended = c["termijn"] is not None and (not st["letters"] or c["termijn"] != st["letters"][-1]["deadline"])
    return {
        "no_reply": c["overdue"],
        "unanswered": not c["answered"] and not c["suspended"],
        "answered": c["answered"],
        "late": c["answered"] and c["reply_on_time"] is False,
        "on_time": c["answered"] and c["reply_on_time"] is True,
        "incomplete": c["state"] == "answered_incomplete",
        "complete": c["state"] == "answered_complete",
        "suspended": c["suspended"],
        "extended": extended or bool(c["extension_requested"]),
    }[name]


def _matches(f: dict, st: dict) -> bool:
    c = st["case"]
    if c["state"] == "closed":
        return False
    known = {"no_reply", "unanswered", "answered", "late", "on_time", "incomplete", "complete", "suspended", "extended"}
    if isinstance(f.get("reason"), list) or (set(f.get("state", ())) | set(f.get("not_state", ()))) - known:
        return False  # a meaning the filters cannot express (kept in the set, counted as a miss)

    def provinces(key: str) -> list[str]:  # one name or several
        value = f.get(key)
        return [value] if isinstance(value, str) else list(value or [])

    checks = [
        not f.get("province") or st["province"] in provinces("province"),
        st["province"] not in provinces("not_province"),
        st["gemeente"] not in provinces("not_gemeente"),
        not f.get("not_trede") or c["trede"] != f["not_trede"],
        not any(_state(x, st) for x in f.get("not_state", [])),
        not f.get("letter_undelivered") or st["undelivered_at"] is not None,
        not f.get("trede") or c["trede"] == f["trede"],
        "owner" not in f or c["owner"] == f["owner"],
        not f.get("no_owner") or c["owner"] is None,
        all(_state(x, st) for x in f.get("state", [])),
        set(f.get("missing", ())) <= set(c["missing"]),
        not f.get("reason") or f["reason"] in st["reasons"],
        not f.get("compliance") or c["compliance"] == f["compliance"],
        not f.get("termijn_from") or (c["termijn"] is not None and c["termijn"] >= f["termijn_from"]),
        not f.get("termijn_to") or (c["termijn"] is not None and c["termijn"] <= f["termijn_to"]),
    ]
    if f.get("expected_before") or f.get("expected_after"):
        p = _period(st["expected_date"])
        checks.append(p is not None
                      and (not f.get("expected_before") or p[1].isoformat() < f["expected_before"])
                      and (not f.get("expected_after") or p[0].isoformat() > f["expected_after"]))
    return all(checks)


def expected_gemeenten(question: dict, statuses: list[dict]) -> list[str]:
    f = question["filters"]
    if question["intent"] in LIST_INTENTS:
        return sorted(st["gemeente"] for st in statuses if _matches(f, st))
    if question["intent"] in ("status", "fact"):
        return [f["gemeente"]]
    return []


# --- the tests --------------------------------------------------------------------------------------


def test_question_set_is_varied() -> None:
    questions = load_questions()
    assert len(questions) >= 150
    assert len({q["q"] for q in questions}) == len(questions)
    styles = {q["style"] for q in questions}
    assert {"formal", "terse", "typo", "voice"} <= styles
    blind = load_questions(BLIND)
    assert len(blind) >= 60 and all(q["source"] == "blind" and q["blind_id"] for q in blind)
    slots = {k for q in questions for k in q["filters"]}
    assert {"province", "trede", "owner", "state", "missing", "reason", "compliance", "expected_before",
            "termijn_from", "gemeente", "fact"} <= slots


def test_question_set(corpus_register: str, statuses: list[dict], db_url: str) -> None:
    """At least 95% of the questions give exactly the expected intent, filters and case set."""
    questions = load_questions() + load_questions(BLIND)
    db = Database(corpus_register)
    db._upgraded = True
    core = ChatCore(db, Settings(), today=lambda: ON)
    wrong = []
    nonempty = 0
    with db.session() as s:
        me = queries.staff_by_name(s, ME)
        from bot.chat.core import Actor

        actor = Actor(me.id, me.name, me.role)
        for q in questions:
            context = None
            for before in [q["after"]] if isinstance(q.get("after"), str) else q.get("after", []):
                context = core.read_question(s, actor, before, today=ON, context=context)
            got = answer_json(core, s, actor, q["q"], ON, context=context)
            want = expected_gemeenten(q, statuses)
            if q["intent"] == "search":
                want = got["gemeenten"]  # the cases of the messages found: not derivable from status data
            nonempty += bool(want)
            if (got["intent"], got["filters"], got["gemeenten"]) != (q["intent"], q["filters"], want):
                wrong.append(f"#{q['id']}{' (blind)' if q.get('source') == 'blind' else ''} {q['q']!r}: got {got['intent']} {got['filters']} {got['gemeenten'][:5]}"
                             f" want {q['intent']} {q['filters']} {want[:5]}")
            assert got["count"] == len(got["gemeenten"])
            assert got["text"], q["q"]
    db.dispose()
    share = 1 - len(wrong) / len(questions)
    blind = sum(q.get("source") == "blind" for q in questions)
    blind_wrong = sum("(blind)" in w for w in wrong)
    print(f"blind questions: {blind - blind_wrong}/{blind} exact")
    print(f"question set: {len(questions) - len(wrong)}/{len(questions)} exact ({share:.1%})", *wrong, sep="\n")
    assert nonempty >= len(questions) * 0.6, "too many questions with an empty expected set"
    assert share >= 0.95, "\n".join(wrong)


def test_count_text_states_how_it_understood(corpus_register: str, statuses: list[dict], db_url: str) -> None:
    """The answer begins with how the question was read, and the number matches the status data."""
    db = Database(corpus_register)
    db._upgraded = True
    core = ChatCore(db, Settings(), today=lambda: ON)
    with db.session() as s:
        got = answer_json(core, s, None, "welke gemeenten in Gelderland hebben nog niet gereageerd?", ON)
    db.dispose()
    want = expected_gemeenten({"intent": "list", "filters": {"province": "Gelderland", "state": ["no_reply"]}},
                              statuses)
    assert want and got["gemeenten"] == want
    assert got["text"].splitlines()[0] == f"Gemeenten in Gelderland zonder reactie (termijn verstreken): {len(want)}"


def test_ask_cli_json_contract(corpus_register: str, statuses: list[dict], db_url: str, tmp_path: Path) -> None:
    """`spreidingsbot ask --json` from the command line: one object with the five fields."""
    env = {**os.environ, "SPREIDINGSBOT_DATABASE_URL": corpus_register, "SPREIDINGSBOT_DATA_DIR": str(tmp_path)}
    me = next(st for st in statuses if st["case"]["owner"] == ME)
    assert me
    db = Database(corpus_register)
    db._upgraded = True
    with db.session() as s:
        staff_id = queries.staff_by_name(s, ME).id
    db.dispose()
    for question, intent in [("hoeveel gemeenten voldoen niet?", "count"), ("mijn zaken", "list"),
                             ("hoe gaat het met delfzijl", "status"), ("het weer is mooi", "unknown")]:
        proc = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--json", "--as", str(staff_id),
                               "--on", ON.isoformat(), question], env=env, capture_output=True, text=True,
                              timeout=120)
        assert proc.returncode == 0, proc.stderr
        out = json.loads(proc.stdout)
        assert list(out) == ["intent", "filters", "gemeenten", "count", "text"]
        assert out["intent"] == intent and out["count"] == len(out["gemeenten"])
        assert out["gemeenten"] == sorted(out["gemeenten"])
        if question == "mijn zaken":
            assert out["filters"] == {"owner": ME}
            assert out["gemeenten"] == sorted(st["gemeente"] for st in statuses if st["case"]["owner"] == ME)
        if question == "hoe gaat het met delfzijl":
            assert out["gemeenten"] == ["Eemsdelta"]
            assert out["text"].startswith("Delfzijl valt sinds 2021 onder Eemsdelta.")
        if question == "het weer is mooi":
            assert out["text"].startswith("Dat begrijp ik niet. Bedoel je misschien „")
