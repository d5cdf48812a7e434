"""Every value that reaches the database is storable on every backend: one hook on every ORM flush.

PostgreSQL refuses NUL in text and JSON strings, psycopg cannot encode lone surrogates, varchar lengths and
integer ranges are enforced; SQLite accepts all of it, which hides the problem. Before each flush every new
or changed row is cleaned here: NUL and surrogates become U+FFFD, strings are cut to their column length,
integers outside their column's range become NULL (nullable) or are clamped, dates that overflow UTC
become NULL, non-finite floats in JSON become null. What was changed on a message (or on its findings and links) is noted in its
``parsed["warnings"]``, so the record says it was stored with repairs. Lookups with mail-derived keys use
``clean_text`` so they match what was stored (and do not fail on PostgreSQL either).
"""
from __future__ import annotations

import json
import math
import re
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Integer, SmallInteger, String, Table, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from templates import render

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
REPLACEMENT = "\ufffd"
_RANGES = ((BigInteger, -(2 ** 63), 2 ** 63 - 1), (SmallInteger, -(2 ** 15), 2 ** 15 - 1),
           (Integer, -(2 ** 31), 2 ** 31 - 1))


def clean_text(value: str, length: int | None = None) -> str:
    """`value` without NUL and lone surrogates, cut to `length` characters (with an ellipsis)."""
    if _UNSTORABLE.search(value):
        value = _UNSTORABLE.sub(REPLACEMENT, value)
    if length is not None and len(value) > length:
        value = value[: max(0, length - 1)] + "…"
    return value


def _storable_json(value: dict | list) -> bool:
    """True when a JSON value has nothing to clean: one C-speed dump instead of a walk in Python."""
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):  # odd keys or non-finite floats: the walk below decides
        return False
    return "\\u0000" not in text and not _UNSTORABLE.search(text)


def clean_json(value: Any) -> Any:
    """A JSON value with every string (and key) cleaned and non-finite floats as null."""
    if isinstance(value, (dict, list)) and _storable_json(value):
        return value
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(str(k)): clean_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean_json(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _int_range(col_type: Any) -> tuple[int, int] | None:
    for cls, lo, hi in _RANGES:
        if isinstance(col_type, cls):
            return lo, hi
    return None


def _clean_value(col: Any, key: str, value: Any, notes: list[tuple[str, str]]) -> Any:
    """One column value made storable (the same object when nothing changed); problems go to `notes`."""
    col_type = col.type
    new = value
    if isinstance(value, str) and isinstance(col_type, String):
        length = getattr(col_type, "length", None)
        if _UNSTORABLE.search(value):
            notes.append((key, "chars"))
        if length is not None and len(value) > length:
            notes.append((key, f"cut:{length}"))
        new = clean_text(value, length)
    elif isinstance(value, int) and not isinstance(value, bool) and (rng := _int_range(col_type)):
        if not rng[0] <= value <= rng[1]:
            notes.append((key, "range"))
            new = None if col.nullable else min(max(value, rng[0]), rng[1])
    elif isinstance(value, datetime) and value.tzinfo is not None:
        try:
            value.astimezone(UTC)
        except (OverflowError, ValueError):
            notes.append((key, "date"))
            new = None if col.nullable else datetime.now(UTC)
    elif isinstance(col_type, JSON) and isinstance(value, (dict, list)):
        cleaned = clean_json(value)
        if cleaned is not value and cleaned != value:
            notes.append((key, "chars"))
            new = cleaned
    return new


def clean_object(obj: Any) -> list[tuple[str, str]]:
    """Clean the loaded column values of one ORM object in place; returns (column, problem) pairs."""
    state = inspect(obj)
    notes: list[tuple[str, str]] = []
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key not in state.dict:
            continue
        value = state.dict[key]
        if value is None:
            continue
        new = _clean_value(attr.columns[0], key, value, notes)
        if new is not value and new != value:
            setattr(obj, key, new)
    return notes


def clean_row(table: Table, row: dict[str, Any]) -> list[tuple[str, str]]:
    """`clean_object` for a row about to be inserted without the ORM (a dict keyed by column name, cleaned in
    place): the same repairs, the same (column, problem) pairs, in the table's column order."""
    notes: list[tuple[str, str]] = []
    for col, key, length, rng in _row_specs(table):
        value = row.get(key)
        if value is None:
            continue
        t = type(value)
        if t is bool:  # nothing to clean in a bool (the common cases first, checked as `_clean_value` would)
            continue
        if t is str and length is not False and not _UNSTORABLE.search(value) \
                and (length is None or len(value) <= length):
            continue
        if t is int and rng is not None and rng[0] <= value <= rng[1]:
            continue
        new = _clean_value(col, key, value, notes)
        if new is not value and new != value:
            row[key] = new
    return notes


_SPECS: dict[Table, list[tuple[Any, str, Any, tuple[int, int] | None]]] = {}


def _row_specs(table: Table) -> list[tuple[Any, str, Any, tuple[int, int] | None]]:
    """Per column: the column, its key, its string length (None: unlimited; False: not a string column)
    and its integer range (None: not an integer column)."""
    specs = _SPECS.get(table)
    if specs is None:
        specs = _SPECS[table] = [
            (col, col.key, getattr(col.type, "length", None) if isinstance(col.type, String) else False,
             _int_range(col.type)) for col in table.columns]
    return specs


def note_texts(table: str, problems: list[tuple[str, str]]) -> list[str]:
    """The warnings `_before_flush` writes into a message's `parsed` for these problems of one of its rows."""
    return [_note_text(table, k, p) for k, p in problems]


def add_warnings(parsed: dict, texts: list[str]) -> dict:
    """`parsed` with `texts` added to its warnings once each, as `_before_flush` adds them."""
    parsed = dict(parsed or {})
    warnings = [w for w in parsed.get("warnings") or [] if isinstance(w, str)]
    warnings += [t for t in dict.fromkeys(texts) if t not in warnings]
    parsed["warnings"] = warnings
    return parsed


def _note_text(table: str, key: str, problem: str) -> str:
    return render("storage/recording.txt.j2", key="sanitized", table=table, column=key, problem=problem)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    from storage.models import Finding, Message, MessageLink

    notes: dict[int, list[str]] = {}
    owners: dict[int, Message] = {}
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Message):
            owners[id(obj)] = obj
            loaded = inspect(obj).dict
            for child in list(loaded.get("findings") or []) + list(loaded.get("links") or []):
                owners[id(child)] = obj
    for obj in list(session.new) + list(session.dirty):
        problems = clean_object(obj)
        if not problems:
            continue
        owner = owners.get(id(obj))
        if owner is None and isinstance(obj, (Finding, MessageLink)) and obj.message_id is not None:
            owner = session.get(Message, obj.message_id)
        if owner is not None:
            table = type(obj).__tablename__
            notes.setdefault(id(owner), []).extend(_note_text(table, k, p) for k, p in problems)
            owners[id(owner)] = owner
    for oid, texts in notes.items():
        msg = owners[oid]
        msg.parsed = add_warnings(msg.parsed, texts)


def install(sessions: sessionmaker) -> None:
    """Clean every flush of sessions made by `sessions` (called once per Database)."""
    event.listen(sessions, "before_flush", _before_flush)
