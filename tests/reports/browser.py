"""Running the real Debian chromium headless against a file (no skips: a missing browser fails)."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--enable-logging=stderr", "--v=0"]


def chromium() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path and Path("/usr/bin/chromium").exists():
        path = "/usr/bin/chromium"
    if not path:
        pytest.fail("chromium not found: install the Debian package 'chromium' (scripts/install-test-deps.sh) "
                    "or set CHROMIUM=/path/to/chromium")
    return path


def run_chromium(url: str, *extra: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    """Run chromium headless on `url` with a throwaway profile; returns the finished process."""
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        cmd = [chromium(), *FLAGS, f"--user-data-dir={profile}", *extra, url]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, "HOME": profile})
    assert proc.returncode == 0, f"chromium failed ({proc.returncode}): {proc.stderr[-2000:]}"
    return proc


def console_errors(stderr: str) -> list[str]:
    """Console messages and page errors chromium logged (CONSOLE lines, CSP violations, uncaught errors)."""
    return [line for line in stderr.splitlines()
            if ":CONSOLE" in line or "Uncaught" in line or "Content Security Policy" in line
            or "Refused to" in line or "net::ERR_" in line]
