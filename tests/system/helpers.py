"""Helpers for the system tests and benchmarks: a PostgreSQL database per test, a cuttable TCP proxy,
`spreidingsbot run` as a real subprocess, and polling waits.
"""
from __future__ import annotations

import contextlib
import os
import select
import signal
import socket
import subprocess
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = ROOT / ".venv" / "bin"
PG_ADMIN_URL = os.environ.get("SPREIDINGSBOT_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
T = TypeVar("T")


def wait_until(predicate: Callable[[], T], timeout: float, interval: float = 0.05, what: str = "condition") -> T:
    """Poll `predicate` until it returns something truthy; AssertionError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


# -- PostgreSQL ---------------------------------------------------------------------------------------

def _admin():
    import psycopg

    return psycopg.connect(PG_ADMIN_URL.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)


def pg_url(name: str, host: str = "127.0.0.1", port: int = 5432) -> str:
    """The SQLAlchemy URL of database `name` (optionally through another host:port, e.g. a proxy)."""
    return f"postgresql+psycopg://postgres@{host}:{port}/{name}"


@contextlib.contextmanager
def pg_database(migrate: bool = True) -> Iterator[str]:
    """A fresh PostgreSQL database (migrated unless told otherwise); yields its name, drops it afterwards."""
    from storage.db import Database

    name = f"sbt_sys_{uuid.uuid4().hex[:12]}"
    with _admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        if migrate:
            db = Database(pg_url(name))
            db.upgrade()
            db.dispose()
        yield name
    finally:
        with _admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# -- a TCP proxy that can be cut and restored ----------------------------------------------------------

class TcpProxy:
    """Forwards 127.0.0.1:<port> to `target`; `cut()` drops every connection and refuses new ones."""

    def __init__(self, target: tuple[str, int] = ("127.0.0.1", 5432)) -> None:
        self.target = target
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = self._listener.getsockname()[1]
        self._up = threading.Event()
        self._up.set()
        self._closed = False
        self._conns: set[socket.socket] = set()
        self._lock = threading.Lock()
        self.accepted = 0
        self.refused = 0
        threading.Thread(target=self._accept_loop, name="proxy-accept", daemon=True).start()

    def _accept_loop(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if not self._up.is_set():
                self.refused += 1
                _hard_close(client)  # like a dead host: RST, no server greeting
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                _hard_close(client)
                continue
            upstream.settimeout(None)
            self.accepted += 1
            with self._lock:
                self._conns.update((client, upstream))
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    def _pump(self, a: socket.socket, b: socket.socket) -> None:
        try:
            while True:
                ready, _, _ = select.select([a, b], [], [], 0.5)
                if not self._up.is_set() or self._closed:
                    break
                for src in ready:
                    data = src.recv(65536)
                    if not data:
                        return
                    (b if src is a else a).sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                _hard_close(s)
            with self._lock:
                self._conns.discard(a)
                self._conns.discard(b)

    def cut(self) -> None:
        """The database becomes unreachable: open connections are reset, new ones refused."""
        self._up.clear()
        with self._lock:
            conns = list(self._conns)
        for s in conns:
            _hard_close(s)

    def restore(self) -> None:
        self._up.set()

    def close(self) -> None:
        self._closed = True
        self.cut()
        _hard_close(self._listener)


def _hard_close(s: socket.socket) -> None:
    with contextlib.suppress(OSError):
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    with contextlib.suppress(OSError):
        s.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        s.close()


# -- `spreidingsbot run` as a subprocess ----------------------------------------------------------------

def service_env(database_url: str, data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment for a service process: no inherited IMAP/Telegram/SMTP settings, then `extra`."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SPREIDINGSBOT_IMAP", "SPREIDINGSBOT_TELEGRAM", "SPREIDINGSBOT_SMTP",
                                "SPREIDINGSBOT_CONFIG"))}
    env.update({"SPREIDINGSBOT_DATABASE_URL": database_url, "SPREIDINGSBOT_DATA_DIR": str(data_dir),
                "PYTHONUNBUFFERED": "1", "OMP_THREAD_LIMIT": "1"})
    env.update(extra)
    return env


class ServiceProcess:
    """One `spreidingsbot run` process with its log in a file."""

    def __init__(self, env: dict[str, str], log_path: Path, args: tuple[str, ...] = (), cwd: Path | None = None) -> None:
        self.log_path = log_path
        self._log = open(log_path, "ab")  # noqa: SIM115 - handed to the child, closed in stop()
        self.started = time.monotonic()
        self.proc = subprocess.Popen([str(VENV_BIN / "spreidingsbot"), "run", *args], env=env,
                                     stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
                                     cwd=str(cwd or log_path.parent), start_new_session=True)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    def log(self) -> str:
        with contextlib.suppress(OSError):
            return self.log_path.read_text(errors="replace")
        return ""

    def kill(self) -> None:
        """SIGKILL: a crash, no clean-up (the lease stays until it expires)."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def stop(self, timeout: float = 20.0) -> int | None:
        """SIGTERM and wait; SIGKILL when it does not end in time."""
        if self.alive():
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()
        self._log.close()
        return self.proc.returncode


def rss_kb(pid: int) -> int:
    """Resident set size of `pid` in KiB (VmRSS)."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def peak_rss_kb(pid: int) -> int:
    """Peak resident set size of `pid` in KiB (VmHWM)."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def run_measured(cmd: list[str], env: dict[str, str], timeout: float, *, mem_limit_mb: int | None = None,
                 cwd: Path | None = None) -> tuple[int | None, float, int, str]:
    """Run `cmd`; returns (exit code or None when killed at `timeout`, seconds, peak RSS MiB, output).

    `mem_limit_mb` caps the address space (RLIMIT_AS) so a runaway child fails instead of eating the machine.
    """
    import resource
    import tempfile

    def limit() -> None:
        if mem_limit_mb:
            resource.setrlimit(resource.RLIMIT_AS, (mem_limit_mb * 1024 * 1024, mem_limit_mb * 1024 * 1024))

    with tempfile.TemporaryFile() as out:
        start = time.monotonic()
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                cwd=str(cwd) if cwd else None, preexec_fn=limit)
        code: int | None = None
        peak = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                code = os.waitstatus_to_exitcode(status)
                peak = usage.ru_maxrss // 1024
                break
            if time.monotonic() - start > timeout:
                peak = peak_rss_kb(proc.pid) // 1024
                os.kill(proc.pid, signal.SIGKILL)
                os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        proc.returncode = code if code is not None else -9  # reaped here, not by Popen
        seconds = time.monotonic() - start
        out.seek(0)
        return code, seconds, peak, out.read().decode(errors="replace")
