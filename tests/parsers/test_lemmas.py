"""Dutch lemmas through parsers.lemmas: simplemma's answers, its dictionary loaded from a per-machine cache."""
from __future__ import annotations

from pathlib import Path

import pytest
import simplemma

from parsers import lemmas

WORDS = ["plekken", "asielzoekers", "statushouders", "besloten", "gevonden", "gemeenteraad", "opvanglocaties",
         "werden", "maanden", "heeft", "Gemeente", "COA", "xyzzy", "half-jaar", "’s-hertogenbosch", "1.000"]


def test_same_lemmas_as_simplemma() -> None:
    for word in WORDS:
        assert lemmas.lemmatize(word) == simplemma.lemmatize(word, lang="nl"), word


def _source_and_loader() -> tuple[Path, object]:
    from simplemma.strategies.dictionaries import dictionary_factory as df

    return df.DATA_FOLDER / "nl.plzma", df._load_dictionary_from_disk


def test_cache_file_is_written_once_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPREIDINGSBOT_CACHE_DIR", str(tmp_path / "cache"))
    source, load = _source_and_loader()
    calls: list[str] = []

    def counting(lang: str) -> dict[bytes, bytes]:
        calls.append(lang)
        return load(lang)  # type: ignore[operator]

    first = lemmas._decoded("nl", source, counting, "test")
    files = list((tmp_path / "cache").glob("simplemma-test-nl-*.marshal"))
    assert len(files) == 1 and calls == ["nl"]
    again = lemmas._decoded("nl", source, counting, "test")
    assert calls == ["nl"]  # read from the cache, not decoded again
    assert again == first and first[b"plekken"] == b"plek"


def test_broken_or_unwritable_cache_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, load = _source_and_loader()
    cache = tmp_path / "cache"
    monkeypatch.setenv("SPREIDINGSBOT_CACHE_DIR", str(cache))
    lemmas._decoded("nl", source, load, "test")
    (path,) = cache.glob("*.marshal")
    path.write_bytes(b"\x00kapot")
    assert lemmas._decoded("nl", source, load, "test")[b"plekken"] == b"plek"
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("SPREIDINGSBOT_CACHE_DIR", str(blocked / "cache"))
    assert lemmas._decoded("nl", source, load, "test")[b"plekken"] == b"plek"
