"""Without SPREIDINGSBOT_TRUSTED_AUTHSERV_ID the bot says once, in doctor and at start, that senders
cannot be verified; with it, doctor names the trusted server."""
from __future__ import annotations

import pytest

from bot.cli import main
from bot.config import Settings

NOTICE = "afzenders kunnen niet worden geverifieerd"


def test_doctor_says_senders_cannot_be_verified(cli_env: dict, capsys, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.delenv("SPREIDINGSBOT_TRUSTED_AUTHSERV_ID", raising=False)
    assert main(["doctor", "--offline"]) == 0  # a warning, not a failure
    out = capsys.readouterr().out
    assert out.count(NOTICE) == 1 and "LET OP" in out
    monkeypatch.setenv("SPREIDINGSBOT_TRUSTED_AUTHSERV_ID", "mx1.minjenv.nl")
    assert main(["doctor", "--offline"]) == 0
    out = capsys.readouterr().out
    assert NOTICE not in out and "alleen Authentication-Results van mx1.minjenv.nl tellen" in out


def test_service_start_says_it_once(cli_env: dict, capsys, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.delenv("SPREIDINGSBOT_TRUSTED_AUTHSERV_ID", raising=False)
    capsys.readouterr()
    assert main(["run", "--once", "--console"]) == 0
    assert capsys.readouterr().err.count(NOTICE) == 1  # the service's log (stderr)
    monkeypatch.setenv("SPREIDINGSBOT_TRUSTED_AUTHSERV_ID", "mx1.minjenv.nl")
    assert main(["run", "--once", "--console"]) == 0
    assert NOTICE not in capsys.readouterr().err


def test_setting_from_env_and_toml(tmp_path) -> None:  # noqa: ANN001
    assert Settings.load(env={}).trusted_authserv_id is None
    assert Settings.load(env={"SPREIDINGSBOT_TRUSTED_AUTHSERV_ID": " mx1 "}).trusted_authserv_id == "mx1"
    cfg = tmp_path / "s.toml"
    cfg.write_text('trusted_authserv_id = "AM0PR01MB1234.eurprd01.prod.outlook.com"\n')
    assert Settings.load(cfg, env={}).trusted_authserv_id == "AM0PR01MB1234.eurprd01.prod.outlook.com"
