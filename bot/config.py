"""Settings: a TOML file for the shape, environment variables for secrets and overrides.

Lookup order for every value: environment variable, then the TOML file
(SPREIDINGSBOT_CONFIG, else ./spreidingsbot.toml when present), then the default.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ENV = "SPREIDINGSBOT_"


def _get(env: dict[str, str], toml: dict[str, Any], section: str, key: str, default: Any = None) -> Any:
    name = f"{ENV}{section.upper()}_{key.upper()}" if section else f"{ENV}{key.upper()}"
    if name in env and env[name] != "":
        return env[name]
    block = toml.get(section, {}) if section else toml
    return block.get(key, default)


def _bool(v: Any) -> bool:
    if isinstance(v, bool):
        return v
    return str(v).strip().lower() in {"1", "true", "yes", "ja", "on"}


@dataclass
class ImapSettings:
    host: str | None = None
    port: int | None = None
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    folder: str = "INBOX"
    ssl: str = "imaps"  # imaps, starttls, none
    processed_folder: str | None = None  # move recorded messages here ("Verwerkt")
    processed_flag: str | None = None  # or set this flag instead
    idle_renew_seconds: int = 540
    poll_seconds: int = 30
    batch_size: int = 50
    stall_alert_minutes: int = 15
    oauth_token: str | None = field(default=None, repr=False)
    oauth_token_cmd: str | None = None
    verify_tls: bool = True

    @property
    def configured(self) -> bool:
        return bool(self.host and self.user and (self.password or self.oauth_token or self.oauth_token_cmd))


@dataclass
class TelegramSettings:
    token: str | None = field(default=None, repr=False)
    api_url: str = "https://api.telegram.org/bot"
    file_url: str | None = None
    team_chat_id: int | None = None

    @property
    def configured(self) -> bool:
        return bool(self.token)


@dataclass
class SmtpSettings:
    host: str | None = None
    port: int = 587
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    security: str = "starttls"  # starttls, tls, none
    sender: str = "ibtspreidingswet@minjenv.nl"

    @property
    def configured(self) -> bool:
        return bool(self.host)


@dataclass
class Settings:
    database_url: str = "sqlite:///data/spreidingsbot.db"
    data_dir: Path = Path("data")
    timezone: str = "Europe/Amsterdam"
    mailbox_address: str = "ibtspreidingswet@minjenv.nl"
    quiet_start: str = "18:00"
    quiet_end: str = "08:00"
    lease_seconds: float = 15.0  # leadership between instances: takeover after this long
    trusted_authserv_id: str | None = None  # the receiving server's authserv-id; only its Authentication-Results count
    imap: ImapSettings = field(default_factory=ImapSettings)
    telegram: TelegramSettings = field(default_factory=TelegramSettings)
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    config_file: Path | None = None

    @classmethod
    def load(cls, path: str | Path | None = None, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        cfg_path = Path(path) if path else Path(env[f"{ENV}CONFIG"]) if env.get(f"{ENV}CONFIG") else None
        if cfg_path is None and Path("spreidingsbot.toml").exists():
            cfg_path = Path("spreidingsbot.toml")
        toml: dict[str, Any] = {}
        if cfg_path is not None:
            if not cfg_path.exists():
                raise FileNotFoundError(f"configuration file not found: {cfg_path}")
            toml = tomllib.loads(cfg_path.read_text(encoding="utf-8"))
        data_dir = Path(_get(env, toml, "", "data_dir", "data"))
        default_url = f"sqlite:///{data_dir / 'spreidingsbot.db'}"
        s = cls(
            database_url=_get(env, toml, "", "database_url", default_url),
            data_dir=data_dir,
            timezone=_get(env, toml, "", "timezone", "Europe/Amsterdam"),
            mailbox_address=_get(env, toml, "", "mailbox_address", "ibtspreidingswet@minjenv.nl"),
            quiet_start=_get(env, toml, "", "quiet_start", "18:00"),
            quiet_end=_get(env, toml, "", "quiet_end", "08:00"),
            lease_seconds=float(_get(env, toml, "", "lease_seconds", 15.0)),
            trusted_authserv_id=(str(_get(env, toml, "", "trusted_authserv_id") or "").strip() or None),
            config_file=cfg_path,
        )
        i = s.imap
        i.host = _get(env, toml, "imap", "host")
        port = _get(env, toml, "imap", "port")
        i.user = _get(env, toml, "imap", "user")
        i.password = _get(env, toml, "imap", "password")
        i.folder = _get(env, toml, "imap", "folder", "INBOX")
        i.ssl = str(_get(env, toml, "imap", "ssl", "imaps")).lower()
        if i.ssl in {"true", "1", "yes"}:
            i.ssl = "imaps"
        elif i.ssl in {"false", "0", "no"}:
            i.ssl = "none"
        i.port = int(port) if port else {"imaps": 993}.get(i.ssl, 143)
        i.processed_folder = _get(env, toml, "imap", "processed_folder")
        i.processed_flag = _get(env, toml, "imap", "processed_flag")
        i.idle_renew_seconds = min(600, int(_get(env, toml, "imap", "idle_renew_seconds", 540)))
        i.poll_seconds = int(_get(env, toml, "imap", "poll_seconds", 30))
        i.batch_size = int(_get(env, toml, "imap", "batch_size", 50))
        i.stall_alert_minutes = int(_get(env, toml, "imap", "stall_alert_minutes", 15))
        i.oauth_token = _get(env, toml, "imap", "oauth_token")
        i.oauth_token_cmd = _get(env, toml, "imap", "oauth_token_cmd")
        i.verify_tls = _bool(_get(env, toml, "imap", "verify_tls", True))
        t = s.telegram
        t.token = _get(env, toml, "telegram", "token")
        t.api_url = _get(env, toml, "telegram", "api_url", "https://api.telegram.org/bot")
        t.file_url = _get(env, toml, "telegram", "file_url")
        chat = _get(env, toml, "telegram", "team_chat_id")
        t.team_chat_id = int(chat) if chat not in (None, "") else None
        m = s.smtp
        m.host = _get(env, toml, "smtp", "host")
        m.port = int(_get(env, toml, "smtp", "port", 587))
        m.user = _get(env, toml, "smtp", "user")
        m.password = _get(env, toml, "smtp", "password")
        m.security = str(_get(env, toml, "smtp", "security", "starttls")).lower()
        m.sender = _get(env, toml, "smtp", "sender", s.mailbox_address)
        return s
