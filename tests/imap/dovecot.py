"""A real, throwaway Dovecot IMAP server for tests and benchmarks.

Runs ``dovecot -c FILE`` with its own base_dir, state_dir, log and Maildir inside a
temporary folder, listening on 127.0.0.1 on a free port. Optional TLS (IMAPS plus
STARTTLS) with a self-signed certificate made by ``openssl`` on the spot.
"""
from __future__ import annotations

import atexit
import contextlib
import grp
import os
import pwd
import shutil
import socket
import ssl as ssl_mod
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from imapclient import IMAPClient

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
DOVEADM = shutil.which("doveadm") or "/usr/bin/doveadm"
OPENSSL = shutil.which("openssl") or "/usr/bin/openssl"


_LIVE: list[Dovecot] = []  # servers to stop if the process exits without cleaning up


@atexit.register
def _stop_leftovers() -> None:
    for server in list(_LIVE):
        with contextlib.suppress(Exception):
            server.cleanup()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _mail_owner() -> tuple[str, str, int, int]:
    """(user, group, uid, gid) that owns the mail: nobody when root (Dovecot refuses root)."""
    if os.geteuid() == 0:
        pw = pwd.getpwnam("nobody")
        return "nobody", grp.getgrgid(pw.pw_gid).gr_name, pw.pw_uid, pw.pw_gid
    pw = pwd.getpwuid(os.geteuid())
    return pw.pw_name, grp.getgrgid(os.getegid()).gr_name, os.geteuid(), os.getegid()


@dataclass
class Dovecot:
    """One Dovecot instance. ``start()``/``stop()`` keep the same port and mail."""

    user: str = "ibt@example.org"
    password: str = "geheim-test-wachtwoord"
    tls: bool = False
    oauth_token: str | None = None  # when set, XOAUTH2/OAUTHBEARER accept this token for ``user``
    idle: bool = True  # False: the server does not announce IDLE (tests the polling fallback)
    capabilities: str | None = None  # announce exactly these (e.g. without MOVE), overrides ``idle``
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="dov")))
    port: int = field(default_factory=free_port)
    tls_port: int | None = None
    _running: bool = field(default=False, init=False)
    _proc: subprocess.Popen[bytes] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.tls and self.tls_port is None:
            self.tls_port = free_port()
        os.chmod(self.root, 0o755)  # the mail user (nobody) must traverse it
        for sub in ("run", "state"):
            (self.root / sub).mkdir(exist_ok=True)
        owner, group, uid, gid = _mail_owner()
        self.mail_dir = self.root / "mail"
        self.mail_dir.mkdir(exist_ok=True)
        if os.geteuid() == 0:
            os.chown(self.mail_dir, uid, gid)
        self.log_path = self.root / "dovecot.log"
        self.cert_path = self.root / "cert.pem"
        self.key_path = self.root / "key.pem"
        if self.tls:
            self._make_cert()
        self._write_passwd()
        self.config_path = self.root / "dovecot.conf"
        self.config_path.write_text(self._config(owner, group, uid, gid))

    # ---------------------------------------------------------------- config
    def _make_cert(self) -> None:
        subprocess.run(
            [OPENSSL, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
             "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
             "-keyout", str(self.key_path), "-out", str(self.cert_path)],
            check=True, capture_output=True,
        )
        os.chmod(self.key_path, 0o600)

    def _write_passwd(self) -> None:
        lines = [f"{self.user}:{{PLAIN}}{self.password}::::::"]
        self.passwd_path = self.root / "passwd"
        self.passwd_path.write_text("\n".join(lines) + "\n")
        if self.oauth_token:
            # Dovecot 2.3's XOAUTH2/OAUTHBEARER mechanisms verify the bearer token as the
            # password of the passdb; a second passwd-file holds the token.
            self.token_path = self.root / "tokens"
            self.token_path.write_text(f"{self.user}:{{PLAIN}}{self.oauth_token}::::::\n")

    def _config(self, owner: str, group: str, uid: int, gid: int) -> str:
        root = self.root
        internal = "dovecot" if os.geteuid() == 0 else owner
        login = "dovenull" if os.geteuid() == 0 else owner
        mechs = "plain login" + (" xoauth2 oauthbearer" if self.oauth_token else "")
        passdbs = f"""
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.passwd_path}
  mechanisms = plain login
}}
"""
        if self.oauth_token:
            passdbs += f"""
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.token_path}
  mechanisms = xoauth2 oauthbearer
}}
"""
        if self.tls:
            ssl_conf = f"""
ssl = yes
ssl_cert = <{self.cert_path}
ssl_key = <{self.key_path}
ssl_min_protocol = TLSv1.2
"""
            imaps = f"  inet_listener imaps {{\n    address = 127.0.0.1\n    port = {self.tls_port}\n    ssl = yes\n  }}\n"
        else:
            ssl_conf = "ssl = no\n"
            imaps = "  inet_listener imaps {\n    port = 0\n  }\n"
        caps = "" if self.idle else "imap_capability = IMAP4rev1 SASL-IR LITERAL+ ENABLE NAMESPACE UIDPLUS MOVE\n"
        if self.capabilities is not None:
            caps = f"imap_capability = {self.capabilities}\n"
        return f"""# generated by tests/imap/dovecot.py
base_dir = {root}/run
state_dir = {root}/state
instance_name = dov-{self.port}
log_path = {self.log_path}
info_log_path = {self.log_path}
protocols = imap
listen = 127.0.0.1
default_internal_user = {internal}
default_login_user = {login}
first_valid_uid = {min(uid, 1)}
first_valid_gid = {min(gid, 1)}
disable_plaintext_auth = no
auth_failure_delay = 0
auth_mechanisms = {mechs}
{ssl_conf}
mail_location = maildir:{self.mail_dir}/%u
mail_uid = {uid}
mail_gid = {gid}
namespace inbox {{
  inbox = yes
  separator = /
}}
{passdbs}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={self.mail_dir}/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
{imaps}  process_min_avail = 0
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
protocol imap {{
  {caps}
  mail_max_userip_connections = 100
}}
"""

    # ------------------------------------------------------------- lifecycle
    @property
    def running(self) -> bool:
        return self._running

    def start(self, timeout: float = 10.0) -> None:
        """Start (or restart) the server on the same port; wait until it accepts connections."""
        if self._running:
            return
        stderr = open(self.root / "dovecot.stderr", "ab")  # noqa: SIM115 - handed to the child
        try:
            self._proc = subprocess.Popen(
                [DOVECOT, "-F", "-c", str(self.config_path)],
                stdin=subprocess.DEVNULL, stdout=stderr, stderr=stderr, start_new_session=True,
            )
        finally:
            stderr.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"dovecot exited with {self._proc.returncode}\n{self.log_tail()}")
            if _port_open(self.port):
                self._running = True
                if self not in _LIVE:
                    _LIVE.append(self)
                return
            time.sleep(0.02)
        self._proc.kill()
        raise RuntimeError(f"dovecot did not open port {self.port}\n{self.log_tail()}")

    def stop(self, timeout: float = 10.0, *, graceful: bool = False) -> None:
        """Stop the server and drop every client connection.

        Default: SIGKILL to the whole process group (a crash; instant). ``graceful``: SIGTERM to the
        master, which says BYE to clients (takes about a second).
        """
        if not self._running or self._proc is None:
            return
        if graceful:
            self._proc.terminate()
        else:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._proc.pid, 9)
        try:
            self._proc.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._proc.pid, 9)
            self._proc.wait(timeout)
        if not graceful:  # reap the rest of the group (login, imap, auth processes)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._proc.pid, 9)
        deadline = time.monotonic() + timeout
        while _port_open(self.port) and time.monotonic() < deadline:
            time.sleep(0.02)
        self._running = False
        self._proc = None

    def cleanup(self) -> None:
        """Stop and remove the temporary folder."""
        with contextlib.suppress(Exception):
            self.stop()
        if self in _LIVE:
            _LIVE.remove(self)
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> Dovecot:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.cleanup()

    def log_tail(self, lines: int = 30) -> str:
        """The last lines of the server log (and its stderr), for error messages."""
        text = ""
        for path in (self.log_path, self.root / "dovecot.stderr"):
            with contextlib.suppress(OSError):
                text += path.read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    # --------------------------------------------------------------- clients
    def ssl_context(self) -> ssl_mod.SSLContext:
        """A client SSL context that trusts this server's self-signed certificate."""
        ctx = ssl_mod.create_default_context(cafile=str(self.cert_path))
        return ctx

    def client(self, *, mode: str = "none", login: bool = True) -> IMAPClient:
        """An IMAPClient connection; mode "none" (plain), "starttls" or "imaps"."""
        if mode == "imaps":
            c = IMAPClient("127.0.0.1", port=self.tls_port, ssl=True, ssl_context=self.ssl_context(), timeout=10)
        else:
            c = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
            if mode == "starttls":
                c.starttls(self.ssl_context())
        if login:
            c.login(self.user, self.password)
            c.noop()  # a bad login may only show on the next command
        return c

    def settings_env(self, folder: str = "INBOX", mode: str = "none") -> dict[str, str]:
        """SPREIDINGSBOT_IMAP_* environment variables pointing at this server."""
        return {
            "SPREIDINGSBOT_IMAP_HOST": "127.0.0.1",
            "SPREIDINGSBOT_IMAP_PORT": str(self.tls_port if mode == "imaps" else self.port),
            "SPREIDINGSBOT_IMAP_USER": self.user,
            "SPREIDINGSBOT_IMAP_PASSWORD": self.password,
            "SPREIDINGSBOT_IMAP_FOLDER": folder,
            "SPREIDINGSBOT_IMAP_SSL": mode,
        }

    # --------------------------------------------------------------- helpers
    def append(self, raw: bytes, folder: str = "INBOX", flags: tuple[bytes, ...] = ()) -> int | None:
        """APPEND one message; returns its UID (from APPENDUID) when the server says it."""
        with self.client() as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            resp = c.append(folder, raw, flags=flags)
            return _appenduid(resp)

    def append_many(self, raws: list[bytes], folder: str = "INBOX") -> list[int | None]:
        """APPEND many messages over one connection."""
        with self.client() as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            return [_appenduid(c.append(folder, raw)) for raw in raws]

    def create_folder(self, name: str) -> None:
        with self.client() as c:
            if not c.folder_exists(name):
                c.create_folder(name)

    def folder_status(self, name: str = "INBOX") -> dict[str, int]:
        """UIDVALIDITY, UIDNEXT and MESSAGES of a folder."""
        with self.client() as c:
            st = c.folder_status(name, [b"UIDVALIDITY", b"UIDNEXT", b"MESSAGES"])
            return {k.decode(): int(v) for k, v in st.items()}

    def list_folder(self, name: str = "INBOX") -> dict[int, dict[str, object]]:
        """{uid: {"raw": bytes, "flags": tuple, "message_id": str | None}} without setting \\Seen."""
        with self.client() as c:
            if not c.folder_exists(name):
                return {}
            c.select_folder(name, readonly=True)
            uids = c.search("ALL")
            out: dict[int, dict[str, object]] = {}
            for uid, data in c.fetch(uids, [b"BODY.PEEK[]", b"FLAGS"]).items():
                raw = data[b"BODY[]"]
                out[uid] = {"raw": raw, "flags": data[b"FLAGS"], "message_id": _message_id(raw)}
            return out

    def recreate_folder(self, name: str = "INBOX") -> tuple[int, int]:
        """Empty and recreate a folder with its messages put back: UIDVALIDITY changes and UIDs restart at 1.

        Returns (old_uidvalidity, new_uidvalidity).
        """
        old = self.folder_status(name)["UIDVALIDITY"]
        msgs = [m["raw"] for _, m in sorted(self.list_folder(name).items())]
        if name.upper() == "INBOX":
            # INBOX cannot be deleted over IMAP: with the server down, wipe its mail and indexes and
            # write a fresh uidlist with a new UIDVALIDITY and UIDs starting at 1 again.
            was_running = self._running
            self.stop()
            box = self.mail_dir / self.user
            for entry in box.iterdir():
                if entry.is_file() and entry.name.startswith("dovecot"):
                    entry.unlink()
            for sub in ("cur", "new", "tmp"):
                for f in (box / sub).glob("*"):
                    f.unlink()
            uidlist = box / "dovecot-uidlist"
            uidlist.write_text(f"3 V{old + 1} N1\n")
            _, _, uid, gid = _mail_owner()
            if os.geteuid() == 0:
                os.chown(uidlist, uid, gid)
            self.start()
            if not was_running:
                self.stop()
        else:
            with self.client() as c:
                if c.folder_exists(name):
                    c.delete_folder(name)
                c.create_folder(name)
        if msgs:
            self.append_many(msgs, name)  # type: ignore[arg-type]
        return old, self.folder_status(name)["UIDVALIDITY"]


def _appenduid(resp: bytes | str) -> int | None:
    text = resp.decode() if isinstance(resp, bytes) else str(resp)
    # "[APPENDUID 1700000000 5] Append completed."
    if "APPENDUID" in text:
        try:
            return int(text.split("APPENDUID", 1)[1].split("]", 1)[0].split()[1])
        except (IndexError, ValueError):
            return None
    return None


def _message_id(raw: bytes) -> str | None:
    from email.parser import BytesHeaderParser

    msg = BytesHeaderParser().parsebytes(raw)
    value = msg.get("Message-ID")
    return str(value).strip() if value else None
