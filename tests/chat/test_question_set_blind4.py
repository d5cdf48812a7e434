"""Blind question set q4 (tests/chat/data/questions_blind4.jsonl): 100 questions written by someone who had
not seen the reader, asked on Monday 7 December 2026 on a register built the way the writer built it
(tests/chat/data/blind4/README.md): the corpus letters and mails, four staff members added with `staff add`
and cases assigned with `/toewijzen` in the console chat. Expected case sets are derived from `status --json`
of every municipality on that day by the rules of test_question_set.py, not by the reader.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bot.chat.core import ChatCore
from bot.commands.ask import _actor, answer_json
from bot.commands.status import status_json
from bot.config import Settings
from storage import queries
from storage.db import Database
from storage.models import Gemeente
from tests.chat.test_question_set import _cli, expected_gemeenten, load_questions
from tests.conftest import BACKEND, SHARED, _pg_admin, _pg_url

pytestmark = pytest.mark.timeout(900)

DATA = Path(__file__).parent / "data" / "questions_blind4.jsonl"
ON = date(2026, 12, 7)
STAFF = [("100000001", "Fatima", "beheerder"), ("100000002", "Anna", "behandelaar"),
         ("100000003", "Pieter", "behandelaar"), ("100000004", "Joost", "behandelaar")]
OWNERS = {"Anna": ["Heemskerk", "Zaanstad", "Almere", "Heerlen", "Zeewolde", "Breda", "Arnhem", "Veere", "Tiel",
                   "Eindhoven", "Bloemendaal", "Utrecht"],
          "Pieter": ["Almelo", "Groningen", "Enschede", "Súdwest-Fryslân", "Coevorden", "Houten", "Urk", "Vaals"],
          "Joost": ["Roosendaal", "Ede", "Borne", "Weert"]}


@pytest.fixture(scope="module")
def register4(tmp_path_factory: pytest.TempPathFactory, pg_template: str | None) -> Iterator[str]:
    """The writer's register: corpus letters and mails, four staff members, cases assigned through the chat."""
    tmp = tmp_path_factory.mktemp("register4")
    if BACKEND == "postgresql":
        name = f"sbt_q4_{uuid.uuid4().hex[:10]}"
        with _pg_admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
        url = _pg_url(name)
    else:
        name, url = None, f"sqlite:///{tmp / 'q4.db'}"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SPREIDINGSBOT_IMAP", "SPREIDINGSBOT_TELEGRAM", "SPREIDINGSBOT_SMTP",
                                "SPREIDINGSBOT_CONFIG"))}
    env |= {"SPREIDINGSBOT_DATABASE_URL": url, "SPREIDINGSBOT_DATA_DIR": str(tmp / "data")}
    _cli(env, "letters", "import", str(SHARED / "corpus" / "expected_letters.json"))
    _cli(env, "ingest", "--no-notify", "--quiet", str(SHARED / "corpus"))
    for tg, person, role in STAFF:
        _cli(env, "staff", "add", tg, "--name", person, "--role", role)
    db = Database(url)
    db._upgraded = True
    core = ChatCore(db, Settings(), today=lambda: ON)
    with db.session() as s:
        admin = _actor(s, int(STAFF[0][0]))
    for person, gemeenten in OWNERS.items():
        for g in gemeenten:  # the console chat, as the writer did (`spreidingsbot chat --as Fatima`)
            replies = core.handle_console_text(admin.staff_id, f"/toewijzen {g} {person}")
            assert replies and person in replies[0].html, (g, person, [r.html for r in replies])
    db.dispose()
    yield url
    if name:
        with _pg_admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_blind_set_q4(register4: str) -> None:
    """At least 95% of the blind questions give exactly the expected intent, filters and case set."""
    questions = load_questions(DATA)
    assert len(questions) == 100 and all(q["on"] == ON.isoformat() for q in questions)
    db = Database(register4)
    db._upgraded = True
    from sqlalchemy import select

    with db.session() as s:
        statuses = [st for st in (status_json(queries.case_status(s, gid, ON)) for gid in s.scalars(select(Gemeente.id)))
                    if st["case"] is not None]
        core = ChatCore(db, Settings(), today=lambda: ON)
        wrong = []
        for q in questions:
            actor = _actor(s, q["as_staff"]) if q.get("as_staff") is not None else None
            context = None
            for before in q.get("after", []):
                context = core.read_question(s, actor, before, today=ON, context=context)
            got = answer_json(core, s, actor, q["q"], ON, context=context)
            want = q.get("expected_gemeenten") if q["intent"] == "search" else expected_gemeenten(q, statuses)
            if (got["intent"], got["filters"], sorted(got["gemeenten"])) != (q["intent"], q["filters"], sorted(want)):
                wrong.append(f"#{q['id']} {q['q']!r}: got {got['intent']} {got['filters']} {got['gemeenten'][:4]}"
                             f" want {q['intent']} {q['filters']} {want[:4]}")
            assert got["count"] == len(got["gemeenten"])
    db.dispose()
    print(f"blind set q4: {len(questions) - len(wrong)}/{len(questions)} exact", *wrong, sep="\n")
    assert len(wrong) <= 5, "\n".join(wrong)
