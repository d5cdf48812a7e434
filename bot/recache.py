"""Compiled regular expressions kept between processes, as `.pyc` files keep compiled code.

Reading a mail uses some 1,550 patterns (the rules, vocabularies and moments as data). Python compiles each one
once per process, in pure Python, and in a one-shot command (`spreidingsbot parse FILE`, each `ingest` of the
watcher's tests, a parse worker) that costs ~0.4 s of CPU before the first mail is read. `enable()` makes `re`
keep the compiled program of every pattern in one marshal file in the user's cache directory
(`parsers.lemmas.cache_dir()`), named by Python's cache tag and the regex engine's MAGIC number, and build the
pattern from it on the next start. The program is exactly what `re` would compile (the same function computes
it); anything unexpected (another engine, a file that cannot be read or written) only means the slow way.
SPREIDINGSBOT_RE_CACHE=0 turns it off.
"""
from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import threading
from array import array
from pathlib import Path
from typing import Any

try:  # CPython's regex engine and compiler; elsewhere this module does nothing
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - not CPython 3.11+
    _sre = None  # type: ignore[assignment]

MAX_ENTRIES = 4_000  # patterns made from a mail's own words must not grow the file without end
# only the project's own patterns are kept (not those of the libraries, the tests or a caller's script)
_RE_DIR = os.path.dirname(re.__file__)
_OWN_DIRS = tuple(str(Path(__file__).resolve().parents[1] / d) + os.sep for d in ("parsers", "bot", "storage"))


def _ours() -> bool:
    """Whether the pattern being compiled comes from the project's own code (the first caller outside `re`)."""
    f = sys._getframe(2)
    while f is not None and f.f_code.co_filename.startswith(_RE_DIR):
        f = f.f_back
    return f is not None and f.f_code.co_filename.startswith(_OWN_DIRS)

_lock = threading.Lock()
_state: dict[str, Any] = {}


def cache_path() -> Path | None:
    """The cache file of this interpreter, or None when compiled patterns cannot be kept."""
    if _sre is None or not hasattr(_compiler, "_code") or array("I").itemsize != _sre.CODESIZE:
        return None
    from parsers.lemmas import cache_dir

    tag = sys.implementation.cache_tag or "unknown"
    return cache_dir() / f"re2-{tag}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


def enable() -> bool:
    """Compile regular expressions through the cache from now on; True when it is in use."""
    with _lock:
        if _state:
            return _state["on"]
        path = cache_path() if os.environ.get("SPREIDINGSBOT_RE_CACHE", "1").strip() != "0" else None
        _state["on"] = path is not None
        if path is None:
            return False
        try:
            known = marshal.loads(path.read_bytes())
            if not isinstance(known, dict):
                known = {}
        except (OSError, ValueError, EOFError, TypeError):
            known = {}
        _state.update(path=path, known=known, new={}, plain=_compiler.compile)
        _compiler.compile = _compile
        atexit.register(save)
        return True


def disable() -> None:
    """Back to Python's own compiler (tests)."""
    with _lock:
        if _state.get("on"):
            _compiler.compile = _state["plain"]
            atexit.unregister(save)
        _state.clear()


def _compile(p: Any, flags: int = 0) -> Any:
    """`re._compiler.compile` with the program of a string or bytes pattern taken from, or added to, the cache."""
    if not isinstance(p, (str, bytes)) or flags & re.DEBUG:
        return _state["plain"](p, flags)
    key = (p, int(flags))
    known = _state["known"].get(key) or _state["new"].get(key)
    if known is None:
        parsed = _parser.parse(p, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        # the program as bytes (4 per code word): a list of ints would hold ~30 bytes a word in every process
        known = (int(flags | parsed.state.flags), array("I", code).tobytes(), parsed.state.groups - 1, groupindex,
                 tuple(indexgroup))
        if len(_state["known"]) + len(_state["new"]) < MAX_ENTRIES and _ours():
            _state["new"][key] = known
    try:
        fl, code, groups, groupindex, indexgroup = known
        return _sre.compile(p, fl, array("I", code).tolist(), groups, dict(groupindex), indexgroup)
    except (TypeError, ValueError, RuntimeError):  # an entry the engine does not take: compile it as Python would
        _state["known"].pop(key, None)
        return _state["plain"](p, flags)


def save() -> None:
    """Write the patterns compiled in this process beside those already kept (at exit)."""
    with _lock:
        new = _state.get("new")
        if not new:
            return
        path: Path = _state["path"]
        try:  # what other processes kept meanwhile stays
            on_disk = marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            on_disk = {}
        merged = {**(on_disk if isinstance(on_disk, dict) else {}), **_state["known"], **new}
        new.clear()
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(marshal.dumps(merged))
            os.replace(tmp, path)
            _state["known"] = merged
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
