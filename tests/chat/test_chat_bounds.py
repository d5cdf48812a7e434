"""Hostile numbers, ids and dates in chat input: a clear Dutch answer before any query, never a crash."""
from __future__ import annotations

import logging
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.chat import bounds
from bot.chat.core import ChatCore
from storage.db import Database
from storage.models import AuditEvent, Case, Staff
from tests.chat.factory import TG_BEHANDELAAR, TG_BEHEERDER, World, build_world
from tests.chat.test_chat_commands import ask, press, text_of

pytestmark = pytest.mark.timeout(120)
ROOT = Path(__file__).resolve().parents[2]
CLI = str(ROOT / ".venv" / "bin" / "spreidingsbot")
HUGE = ("99999999999999999999", "2147483648", "9223372036854775808", "-1", "-2147483649", "0", "²", "١٢", "1_000",
        "12abc", "0x10", " ", "1e9")


@pytest.mark.parametrize("given", HUGE)
def test_bericht_out_of_range_says_it_does_not_exist(core: ChatCore, given: str) -> None:
    out = text_of(ask(core, f"/bericht {given}"))
    assert "Dat bericht bestaat niet." in out or "Gebruik: /bericht" in out


def test_bericht_bounds_on_both_backends(core: ChatCore, world: World) -> None:
    for given in ("99999999999999999999", "2147483648", "-5", "0"):
        assert text_of(ask(core, f"/bericht {given}")) == "Dat bericht bestaat niet."
    mid = world.messages["Heemskerk"]
    assert "Bericht" in text_of(ask(core, f"/bericht {mid}"))


@pytest.mark.parametrize("prefix", ["msg:{n}", "as:{n}", "seen:{n}", "aanv:{n}", "tr:{n}:3", "trx:{n}",
                                    "ext:{n}", "sus:{n}", "res:{n}", "tr3:{n}:y", "draft:{n}:a", "mail:{n}:ok",
                                    "pg:zaken:{n}", "cf:{n}"])
def test_callbacks_with_hostile_ids_get_an_answer(core: ChatCore, db: Database, world: World, prefix: str) -> None:
    for n in ("99999999999999999999", "2147483648", "-2147483649", "²", "-1"):
        replies = press(core, prefix.format(n=n))
        assert replies and text_of(replies).strip(), prefix.format(n=n)
    with db.session() as s:
        assert {c.trede for c in s.scalars(select(Case))} <= {1, 2, 3, 4}


def test_trede_and_staf_with_huge_numbers(core: ChatCore, db: Database, world: World) -> None:
    assert "1 tot en met 6" in text_of(ask(core, "/trede heemskerk 99999999999999999999"))
    assert "1 tot en met 6" in text_of(ask(core, "/trede heemskerk ²"))
    out = text_of(ask(core, "/staf add 99999999999999999999 Piet behandelaar", user=TG_BEHEERDER))
    assert "Telegram-id" in out
    with db.session() as s:
        assert s.scalar(select(func.count(Staff.id)).where(Staff.name == "Piet")) == 0


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "2026-02-30", "1-1-1"])
def test_verleng_with_absurd_dates(core: ChatCore, db: Database, world: World, day: str) -> None:
    out = text_of(ask(core, f"/verleng heemskerk {day} reden"))
    assert "geen datum" in out or "buiten" in out
    with db.session() as s:
        assert s.scalar(select(func.count(AuditEvent.id))) == 0


def test_bounds_parse_id() -> None:
    assert bounds.parse_id("42") == 42 and bounds.parse_id("#7") == 7
    for bad in HUGE:
        assert bounds.parse_id(bad) is None, bad
    assert bounds.parse_id(str(bounds.INT_MAX)) == bounds.INT_MAX


def test_handler_failure_answers_in_dutch_and_logs_without_secrets(core: ChatCore, world: World,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    def broken(s, actor, args):  # noqa: ANN001, ANN202
        raise RuntimeError("password=hunter2 leaked")

    core._handlers["zoek"] = broken
    with caplog.at_level(logging.ERROR, logger="spreidingsbot.chat"):
        out = text_of(ask(core, "/zoek iets"))
        cb = text_of(core.handle_console_callback(1, "pg:zaken:0\x00"))
    assert "Er ging iets mis" in out
    assert cb.strip()
    assert "hunter2" not in caplog.text and "RuntimeError" in caplog.text
    assert "Open zaken" in text_of(ask(core, "/zaken"))  # the core still works
    assert ask(core, "/zaken", user=TG_BEHANDELAAR)


def test_console_chat_survives_hostile_numbers(db: Database, cli_env: dict[str, str]) -> None:
    build_world(db)
    lines = ["/bericht 99999999999999999999", "/bericht 2147483648", "/bericht ²", "/trede heemskerk ²",
             "/verleng heemskerk 9999-12-31 reden", "/help"]
    proc = subprocess.run([CLI, "chat", "--as", "Sanne de Vries"], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, env=cli_env, timeout=90, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("Dat bericht bestaat niet.") == 2
    assert "/status – Stand van zaken" in proc.stdout  # the last line was still answered
    assert "Traceback" not in proc.stderr
