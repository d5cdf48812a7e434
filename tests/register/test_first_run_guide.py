"""The README's first-run guide ("Eerste keer opzetten"), followed end to end as a new user would:
the example configuration edited for the local Dovecot (XOAUTH2 through scripts/m365_token.py against a
local token endpoint) and the strict local Bot API server, then db upgrade, taak import, letters import,
doctor, the service, a colleague who is refused, `staff pending`, `staff add`, and the backup."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from tests.botapi.server import BotApiServer
from tests.imap.dovecot import DOVECOT, Dovecot
from tests.imap.mails import make_mail

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TOKEN = "eyJ0eXAi-guide-token"
TEAM = -1009876543210
COLLEAGUE = 55501234

pytestmark = pytest.mark.timeout(240)


class _TokenEndpoint(BaseHTTPRequestHandler):
    """Microsoft's token endpoint, as far as the client-credentials grant goes."""

    def do_POST(self) -> None:  # noqa: N802 - http.server API
        form = parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        ok = (form.get("grant_type") == ["client_credentials"] and form.get("client_secret") == ["geheim"]
              and form.get("scope") == ["https://outlook.office365.com/.default"])
        body = json.dumps({"access_token": TOKEN, "token_type": "Bearer", "expires_in": 3599} if ok
                          else {"error": "invalid_client"}).encode()
        self.send_response(200 if ok else 401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def token_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _TokenEndpoint)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{server.server_port}/tenant-x/oauth2/v2.0/token"
    server.shutdown()


@pytest.fixture
def smtp_port() -> Iterator[int]:
    """Something listening where the SMTP server should be (doctor only connects)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(5)
        yield s.getsockname()[1]


def _run(args: list[str], env: dict[str, str], ok: tuple[int, ...] = (0,)) -> str:
    proc = subprocess.run([str(BIN / "spreidingsbot"), *args], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode in ok, f"{args}: {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout + proc.stderr


def _wait(pred, timeout: float = 60.0, what: str = "") -> None:  # noqa: ANN001
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_first_run_guide(tmp_path: Path, db_url: str, botapi: BotApiServer, token_url: str, smtp_port: int) -> None:
    if not shutil.which("dovecot") and not shutil.which(DOVECOT):
        pytest.fail("dovecot is not installed: run scripts/install-test-deps.sh")
    data_dir = tmp_path / "var-lib-spreidingsbot"
    with Dovecot(user="ibtspreidingswet@minjenv.nl", oauth_token=TOKEN) as dovecot:
        # step 2: copy the example and edit it, as the guide says (only the values a new user changes)
        cfg = (ROOT / "spreidingsbot.example.toml").read_text(encoding="utf-8")
        edits = {
            r'^database_url = .*$': f'database_url = "{db_url}"',
            r'^data_dir = .*$': f'data_dir = "{data_dir}"',
            r'^host = "outlook\.office365\.com"$': 'host = "127.0.0.1"',
            r'^port = 993$': f"port = {dovecot.port}",
            r'^ssl = "imaps"$': 'ssl = "none"',
            r'^oauth_token_cmd = .*$': f'oauth_token_cmd = "{sys.executable} {ROOT / "scripts" / "m365_token.py"}"',
            r'^team_chat_id = .*$': f"team_chat_id = {TEAM}",
            r'^host = "smtp\.minjenv\.nl"$': 'host = "127.0.0.1"',
            r'^port = 587$': f"port = {smtp_port}",
        }
        for pattern, value in edits.items():
            cfg, n = re.subn(pattern, value.replace("\\", "\\\\"), cfg, count=1, flags=re.M)
            assert n == 1, f"the example configuration has no line {pattern}"
        config = tmp_path / "etc" / "spreidingsbot.toml"
        config.parent.mkdir()
        config.write_text(cfg, encoding="utf-8")
        # the secrets, from the environment only (secrets.env); the Bot API URL points at the test server
        env = {k: v for k, v in os.environ.items() if not k.startswith("SPREIDINGSBOT_")}
        env.update({
            "SPREIDINGSBOT_CONFIG": str(config), "SPREIDINGSBOT_TELEGRAM_TOKEN": botapi.token,
            "SPREIDINGSBOT_TELEGRAM_API_URL": botapi.base_url, "SPREIDINGSBOT_M365_TENANT": "tenant-x",
            "SPREIDINGSBOT_M365_CLIENT_ID": "client-x", "SPREIDINGSBOT_M365_CLIENT_SECRET": "geheim",
            "SPREIDINGSBOT_M365_TOKEN_URL": token_url, "SPREIDINGSBOT_LEASE_SECONDS": "3",
        })
        # step 3: the token command prints only the token
        tok = subprocess.run([sys.executable, str(ROOT / "scripts" / "m365_token.py")], env=env,
                             capture_output=True, text=True, timeout=60)
        assert tok.returncode == 0 and tok.stdout.strip() == TOKEN
        bad = subprocess.run([sys.executable, str(ROOT / "scripts" / "m365_token.py")],
                             env={**env, "SPREIDINGSBOT_M365_CLIENT_SECRET": "fout"}, capture_output=True, text=True)
        assert bad.returncode == 1 and "geweigerd" in bad.stderr and "fout" not in bad.stderr

        # step 5: database, tasks, letters, doctor
        assert "Database bijgewerkt" in _run(["db", "upgrade"], env)
        taken = tmp_path / "taken.csv"
        taken.write_text("cbs_code;cycle;regulier;amv\nGM0396;2024-12-20;183;12\nGM0479;2024-12-20;520;40\n",
                         encoding="utf-8")
        assert "2 nieuw" in _run(["taak", "import", str(taken)], env)
        assert "nieuw" in _run(["letters", "import", str(ROOT / "examples" / "letters.json")], env)
        botapi.register_chat(TEAM, "supergroup")
        doctor = _run(["doctor"], env)
        assert "FOUT" not in doctor, doctor
        assert "ingelogd op 127.0.0.1" in doctor and "Telegram-bot @" in doctor

        # step 6: the service; mail in the mailbox reaches the team chat
        # output to files, not pipes: nobody reads a pipe while the service runs, and a full pipe (64 KB of log)
        # would block the service mid-write
        out_log, err_log = tmp_path / "run.out", tmp_path / "run.err"
        with out_log.open("w") as out_f, err_log.open("w") as err_f:
            proc = subprocess.Popen([str(BIN / "spreidingsbot"), "run", "--no-scheduler"], env=env,
                                    stdout=out_f, stderr=err_f, text=True)
        try:
            _wait(lambda: botapi.calls("setMyCommands"), what="the bot to start")
            dovecot.append(make_mail(1, tag="guide"))
            _wait(lambda: botapi.bot_texts(TEAM), what="the notification in the team chat")
            assert "Heemskerk" in botapi.bot_texts(TEAM)[0]
            # a colleague writes; the bot refuses once and records the id
            botapi.inject_message(COLLEAGUE, COLLEAGUE, "/start", first_name="Fatima")
            _wait(lambda: botapi.bot_texts(COLLEAGUE), what="the refusal")
            assert f"Telegram-id: {COLLEAGUE}" in botapi.bot_texts(COLLEAGUE)[0]
            pending = _run(["staff", "pending"], env)
            assert f"Telegram-id {COLLEAGUE} (Fatima)" in pending
            _run(["staff", "add", str(COLLEAGUE), "--name", "Fatima", "--role", "behandelaar"], env)
            botapi.inject_message(COLLEAGUE, COLLEAGUE, "hoe staat Heemskerk ervoor?", first_name="Fatima")
            _wait(lambda: len(botapi.bot_texts(COLLEAGUE)) >= 2, what="the answer to the colleague")
            assert "Heemskerk" in botapi.bot_texts(COLLEAGUE)[-1]
            assert "Niemand wacht" in _run(["staff", "pending"], env)
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n--- service log ---\n{err_log.read_text()[-4000:]}") from exc
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=60)
        err = err_log.read_text()
        assert proc.returncode == 0, err
        assert "refused a stranger" in err and botapi.token not in err and TOKEN not in err

    # step 7: the backup (database and raw archive) holds the mail
    raw = list((data_dir / "raw").rglob("*"))
    assert any(p.is_file() for p in raw)
    if db_url.startswith("sqlite"):
        copy = tmp_path / "backup.db"
        subprocess.run(["sqlite3", db_url.removeprefix("sqlite:///"), f".backup '{copy}'"], check=True, timeout=60)
        with sqlite3.connect(copy) as conn:
            assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 1
    else:
        dump = tmp_path / "backup.dump"
        url = db_url.replace("postgresql+psycopg://", "postgresql://")
        subprocess.run(["pg_dump", "-Fc", "-f", str(dump), url], check=True, timeout=120)
        assert dump.stat().st_size > 0
