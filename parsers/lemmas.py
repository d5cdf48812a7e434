"""Dutch lemmas from simplemma, with its dictionary loaded fast.

`lemmatize(word)` answers exactly what `simplemma.lemmatize(word, lang="nl")` answers (the same strategy over
the same dictionary). Only the loading differs: simplemma ships its dictionary front-coded and compressed,
and decoding it record by record costs ~0.5 s of CPU in every new process (the service's first mail, every
parse worker). The decoded dictionary is kept once per machine as a marshal file in the user's cache
directory (SPREIDINGSBOT_CACHE_DIR, else XDG_CACHE_HOME/spreidingsbot, else ~/.cache/spreidingsbot), which
loads in ~0.15 s. A cache that cannot be read or written only means the slow way.
"""
from __future__ import annotations

import contextlib
import marshal
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

LANG = "nl"
_lock = threading.Lock()


def lemmatize(word: str) -> str:
    """simplemma's lemma of `word` in Dutch."""
    return _lemmatizer().lemmatize(word, LANG)


def cache_dir() -> Path:
    explicit = os.environ.get("SPREIDINGSBOT_CACHE_DIR", "").strip()
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "spreidingsbot"


def _lemmatizer() -> Any:
    with _lock:
        return _build()


@lru_cache(maxsize=1)
def _build() -> Any:
    import simplemma

    try:
        from simplemma import Lemmatizer
        from simplemma.strategies import DefaultStrategy
        from simplemma.strategies.dictionaries import dictionary_factory as df
        from simplemma.strategies.dictionaries.dictionary_factory import (
            CachingDictionaryFactory,
            MappingStrToByteString,
        )

        load, folder = df._load_dictionary_from_disk, df.DATA_FOLDER
    except (ImportError, AttributeError):  # another simplemma layout: its own (slower) loading
        return simplemma

    class CachedFactory(CachingDictionaryFactory):
        def _get_dictionary_uncached(self, lang: str) -> Any:
            return MappingStrToByteString(_decoded(lang, folder / f"{lang}.plzma", load, simplemma.__version__))

    factory = CachedFactory()
    factory.get_dictionary(LANG)  # loaded here, under the lock: two threads never decode it twice
    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))


def _decoded(lang: str, source: Path, load: Any, version: str) -> dict[bytes, bytes]:
    """simplemma's dictionary for `lang` as bytes -> bytes, from the cache file when it is there and valid
    (named by simplemma's version and the size and time of the shipped file), else decoded by `load`."""
    try:
        stat = source.stat()
        path: Path | None = cache_dir() / f"simplemma-{version}-{lang}-{stat.st_size}-{stat.st_mtime_ns}.marshal"
    except OSError:
        path = None
    if path is not None:
        try:
            loaded = marshal.loads(path.read_bytes())
            if isinstance(loaded, dict) and loaded:
                return loaded
        except (OSError, ValueError, EOFError, TypeError):
            pass
    decoded = load(lang)
    if path is not None:
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(marshal.dumps(decoded))
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
    return decoded
