"""Split Telegram HTML into messages that fit Telegram's limits, on line boundaries.

Telegram counts the visible text (after entity parsing) in UTF-16 code units: at most
4,096 per message and 1,024 per caption. ``split_html`` cuts between lines; a tag that is
open at a cut is closed at the end of one part and reopened at the start of the next, so
every part is valid HTML on its own. A single line longer than the limit is cut at a
space, or else between characters (never inside a tag or a character reference).
"""

from __future__ import annotations

import html
import re

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
_TOKEN = re.compile(r"<[^>]*>|&#?[A-Za-z0-9]+;|[\s\S]")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*>")


def visible_length(fragment: str) -> int:
    """Length of the text Telegram shows for an HTML fragment, in UTF-16 code units."""
    text = html.unescape(_TAG.sub("", fragment))
    return len(text.encode("utf-16-le")) // 2


def _open_tags(fragment: str, stack: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The stack of (name, opening tag) still open after ``fragment``, given ``stack`` before it."""
    result = list(stack)
    for match in _TAG.finditer(fragment):
        closing, name = match.group(1), match.group(2).lower()
        if not closing:
            result.append((name, match.group(0)))
        elif result and result[-1][0] == name:
            result.pop()
    return result


def _cut_long_line(line: str, limit: int) -> list[str]:
    """Cut one over-long line into pieces of at most ``limit`` visible units."""
    pieces: list[str] = []
    tokens = _TOKEN.findall(line)
    current: list[str] = []
    size = 0
    last_space = -1
    for token in tokens:
        width = 0 if token.startswith("<") and token.endswith(">") and len(token) > 1 else visible_length(token)
        if size + width > limit and current:
            cut = last_space + 1 if last_space >= 0 else len(current)
            pieces.append("".join(current[:cut]))
            current = current[cut:]
            size = sum(visible_length(t) for t in current if not (t.startswith("<") and len(t) > 1))
            last_space = -1
        current.append(token)
        size += width
        if token == " ":
            last_space = len(current) - 1
    if current:
        pieces.append("".join(current))
    return pieces


def split_html(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split HTML into parts of at most ``limit`` visible UTF-16 units, on line boundaries."""
    if visible_length(text) <= limit:
        return [text]
    lines: list[str] = []
    for line in text.split("\n"):
        lines.extend(_cut_long_line(line, limit) if visible_length(line) > limit else [line])
    parts: list[str] = []
    stack: list[tuple[str, str]] = []
    current: list[str] = []
    prefix = ""
    size = 0
    for line in lines:
        width = visible_length(line)
        if current and size + 1 + width > limit:
            body = "\n".join(current)
            open_after = _open_tags(prefix + body, [])
            parts.append(prefix + body + "".join(f"</{name}>" for name, _ in reversed(open_after)))
            stack = open_after
            prefix = "".join(tag for _, tag in stack)
            current, size = [], 0
        size += width + (1 if current else 0)
        current.append(line)
    if current:
        parts.append(prefix + "\n".join(current))
    return [part for part in parts if html.unescape(_TAG.sub("", part)).strip()]
