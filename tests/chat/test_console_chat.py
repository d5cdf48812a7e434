"""`spreidingsbot chat`, `status` and `staff` as subprocesses over piped stdin, against the test database."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from storage.db import Database
from storage.models import AuditEvent, Staff, TredeChange
from tests.chat.factory import World, build_world

pytestmark = pytest.mark.timeout(120)
ROOT = Path(__file__).resolve().parents[2]
CLI = str(ROOT / ".venv" / "bin" / "spreidingsbot")


def run(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, *args], input=stdin, capture_output=True, text=True, env=env, timeout=90,
                          cwd=ROOT)


def test_console_chat_piped(db: Database, cli_env: dict[str, str]) -> None:
    world: World = build_world(db)
    lines = ["/help", "/status den bosch", "/status bergen", "2", "wie heeft Almere?", "/stauts",
             "/trede heemskerk 3", "1", "/overzicht", "stop", "/zaken"]
    proc = run(cli_env, "chat", "--as", "Sanne de Vries", stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "<b>" not in out and "&#39;" not in out and "&amp;" not in out  # plain text, entities unescaped
    assert "/status – Stand van zaken" in out
    assert "'s-Hertogenbosch (Noord-Brabant, GM0796)" in out
    assert "[1] Bergen (L.)" in out and "[2] Bergen (NH.)" in out
    assert "Bergen (NH.) (Noord-Holland, GM0373)" in out  # choice 2 pressed
    assert "Almere – behandelaar: nog niemand toegewezen." in out
    assert "Bedoel je /status?" in out
    assert "[1] Bevestig trede 3" in out and "[2] Annuleer" in out
    assert "Sanne de Vries heeft Heemskerk van trede 2 naar trede 3" in out
    assert "Open zaken" not in out  # stopped before /zaken
    with db.session() as s:
        [change] = s.scalars(select(TredeChange))
        assert change.trede_to == 3 and change.actor == "Sanne de Vries"
    if "Overzicht opgeslagen in" in out:
        path = Path(out.split("Overzicht opgeslagen in ", 1)[1].split("\n", 1)[0].strip())
        assert path.read_bytes().startswith(b"\x89PNG")
    else:
        assert "nog niet beschikbaar" in out
    assert world.cases


def test_console_chat_default_user_on_empty_staff(db: Database, cli_env: dict[str, str]) -> None:
    proc = run(cli_env, "chat", stdin="/staf\n/mijn\n")  # EOF ends the chat
    assert proc.returncode == 0, proc.stderr
    assert "console – beheerder" in proc.stdout and "Mijn zaken: geen." in proc.stdout
    with db.session() as s:
        [person] = s.scalars(select(Staff))
        assert (person.name, person.role, person.telegram_id) == ("console", "beheerder", None)


def test_console_chat_unknown_user(db: Database, cli_env: dict[str, str]) -> None:
    build_world(db)
    proc = run(cli_env, "chat", "--as", "Niemand", stdin="/zaken\n")
    assert proc.returncode == 2 and "Niemand" in proc.stderr and proc.stdout == ""


def test_status_cli(db: Database, cli_env: dict[str, str]) -> None:
    build_world(db)
    proc = run(cli_env, "status", "den", "bosch", "--on", "2026-05-10")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("'s-Hertogenbosch (Noord-Brabant, GM0796)")
    assert "Termijn 16 mei 2026, nog 6 dagen" in proc.stdout
    proc = run(cli_env, "status", "sudwest fryslan", "--json", "--on", "2026-05-10")
    data = json.loads(proc.stdout)
    assert data["gemeente"] == "Súdwest-Fryslân" and data["case"]["termijn"] == "2026-05-16"
    assert data["case"]["missing"] == ["steps", "timeline"] and data["case"]["days_left"] == 6
    assert run(cli_env, "status", "Bergen").returncode == 2
    assert run(cli_env, "status", "xyzzyqq").returncode == 1


def test_staff_cli(db: Database, cli_env: dict[str, str]) -> None:
    proc = run(cli_env, "staff", "add", "777", "--name", "Karin <K> & Co", "--role", "behandelaar")
    assert proc.returncode == 0, proc.stderr and "Karin <K> & Co" in proc.stdout
    assert run(cli_env, "staff", "add", "778", "--name", "X", "--role", "baas").returncode == 2  # argparse
    listed = [json.loads(ln) for ln in run(cli_env, "staff", "list", "--json").stdout.splitlines()]
    assert listed == [{"id": listed[0]["id"], "telegram_id": 777, "name": "Karin <K> & Co", "role": "behandelaar",
                       "active": True}]
    assert "Karin <K> & Co – behandelaar" in run(cli_env, "staff", "list").stdout
    assert run(cli_env, "staff", "remove", "777").returncode == 0
    assert run(cli_env, "staff", "remove", "777").returncode == 1
    assert run(cli_env, "staff", "list", "--json").stdout == ""
    with db.session() as s:
        assert [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))] == ["staff_add",
                                                                                              "staff_remove"]
