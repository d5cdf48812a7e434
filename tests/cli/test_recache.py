"""bot/recache.py: patterns compiled from the kept file behave exactly as Python's own, the file is written and read
back across processes, and a broken or foreign file only means compiling the slow way."""
from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot import recache

pytestmark = pytest.mark.timeout(120)

ROOT = Path(__file__).resolve().parents[2]


PATTERNS: list[tuple[str | bytes, int]] = [  # of every kind the parser uses
    (r"\b(?P<dag>\d{1,2})[-/](?P<maand>\d{1,2})\b", 0),
    (r"(?:opvang|asiel)?(?:plekken|plaatsen)\s+(?!meer)", re.I),
    (r"^\s*(?:vraag|antwoord)\s*\d*[:.)]?\s", re.I | re.M),
    (r"(?<![\d.,])(\d{7})(?!\d)", 0),
    (r"[À-ÿ]+ë", re.I),
    (rb"\r\n|\n", 0),
]
TEXTS = ["Op 12-3 zijn 40 opvangplekken klaar", "Vraag 3. Antwoord: ja\nantwoord 4) nee", "kenmerk 7641233, tel",
         "Reünie", "a\r\nb\nc"]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SPREIDINGSBOT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("SPREIDINGSBOT_RE_CACHE", raising=False)
    recache.disable()
    yield tmp_path
    recache.disable()


def test_patterns_through_the_cache_match_as_pythons_own(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # re._compiler.compile is what re calls below its own cache, and what the cache replaces; the test's patterns
    # are kept as the project's own would be
    plain = [re._compiler.compile(p, f) for p, f in PATTERNS]  # type: ignore[attr-defined]
    monkeypatch.setattr(recache, "_ours", lambda: True)
    assert recache.enable()
    for _ in range(2):  # compiled and kept, then built from what was kept
        for (p, f), mine in zip(PATTERNS, plain, strict=True):
            cached = re._compiler.compile(p, f)  # type: ignore[attr-defined]
            assert (cached.pattern, cached.flags, cached.groups, cached.groupindex) == \
                (mine.pattern, mine.flags, mine.groups, mine.groupindex)
            for t in TEXTS:
                subject: str | bytes = t.encode() if isinstance(p, bytes) else t
                got = [(m.span(), m.groups(), m.groupdict()) for m in cached.finditer(subject)]
                want = [(m.span(), m.groups(), m.groupdict()) for m in mine.finditer(subject)]
                assert got == want, (p, t)


def test_the_file_is_written_at_exit_and_read_by_the_next_process(cache_dir: Path) -> None:
    """The project's patterns (here those of parsers.references) are kept; a pattern of the caller's own is not."""
    code = ("import re, sys; from bot import recache; recache.enable(); import parsers.references as r; "
            "re.compile(r'zz9 (?P<n>\\d+) caller'); print(r.candidates('uw brief 7641233'))")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SPREIDINGSBOT_CACHE_DIR": str(cache_dir)}
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert first.stdout.strip() == "['7641233']"
    files = list(cache_dir.glob("re2-*.marshal"))
    assert len(files) == 1
    kept = marshal.loads(files[0].read_bytes())
    from parsers.references import _CANDIDATE

    assert (_CANDIDATE.pattern, _CANDIDATE.flags & ~re.UNICODE) in kept or (_CANDIDATE.pattern, _CANDIDATE.flags) in kept
    assert not any(isinstance(p, str) and "caller" in p for p, _ in kept)
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert second.stdout.strip() == "['7641233']"


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps([1, 2, 3]),
                                     marshal.dumps({("a+zz8", 0): ("x", "y")})])
def test_a_broken_file_means_the_slow_way(cache_dir: Path, content: bytes) -> None:
    path = recache.cache_path()
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert recache.enable()
    compile_ = re._compiler.compile  # type: ignore[attr-defined]  # (below re's own cache)
    assert compile_("a+zz8", 0).fullmatch("aaazz8")  # an entry the engine does not take: compiled as Python would
    assert compile_("b+zz8", 0).match("bb") is None


def test_turned_off_by_the_environment(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPREIDINGSBOT_RE_CACHE", "0")
    assert not recache.enable()
    assert re._compiler.compile is not recache._compile  # type: ignore[attr-defined]
