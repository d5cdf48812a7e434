"""Issue 13: after `spreidingsbot demo` (what `make demo` runs), every "Probeer zelf" hint works as printed
and shows the demo's data, not an empty ./data."""
from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

pytestmark = pytest.mark.timeout(300)


def test_demo_hints_work_as_printed(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SPREIDINGSBOT_")}
    (tmp_path / ".venv").symlink_to(BIN.parent)  # the hints say .venv/bin/spreidingsbot, from the repo folder
    demo = subprocess.run([str(BIN / "spreidingsbot"), "demo", "--examples", str(ROOT / "examples")], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=240)
    assert demo.returncode == 0, demo.stderr
    hints = [line.strip() for line in demo.stdout.split("Probeer zelf", 1)[1].splitlines()
             if ".venv/bin/spreidingsbot" in line]
    assert len(hints) >= 4
    outputs: dict[str, str] = {}
    for hint in hints:
        words = shlex.split(hint)
        assignments = dict(w.split("=", 1) for w in words if "=" in w and not w.startswith("-"))
        command = [w for w in words if w not in {f"{k}={v}" for k, v in assignments.items()}]
        sub = command[1]
        stdin = "hoe staat Amersfoort ervoor?\n" if sub == "chat" else None
        proc = subprocess.run(command, cwd=tmp_path, env={**env, **assignments}, input=stdin, capture_output=True,
                              text=True, timeout=120)
        assert proc.returncode == 0, f"{hint}\n{proc.stdout}\n{proc.stderr}"
        outputs[sub] = proc.stdout
    assert "Amersfoort" in outputs["messages"] and "Heemskerk" in outputs["messages"]
    assert "Amersfoort" in outputs["chat"] and "Uitstel gevraagd tot 10 juli 2026" in outputs["chat"]
    assert "Uitstel gevraagd tot 10 juli 2026" in outputs["status"]
    assert "48 dagen te laat" in outputs["due"] and "(geen)" not in outputs["due"].split("Achterstallig")[1]
    report = tmp_path / "demo-data" / "overzicht.html"
    assert report.exists() and "Amersfoort" in report.read_text(encoding="utf-8")
    assert not (tmp_path / "data").exists()  # nothing fell back to the default ./data
