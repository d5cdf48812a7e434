"""Splitting long HTML replies for Telegram: every part valid, within the limit, nothing lost."""

from __future__ import annotations

import html

from bot.telegram_text import split_html, visible_length
from tests.botapi.tg_html import parse_html, utf16_len


def visible(part: str) -> str:
    return parse_html(part)[0]


def test_short_text_is_one_part() -> None:
    assert split_html("<b>kort</b>") == ["<b>kort</b>"]


def test_split_on_lines_reopens_open_tags() -> None:
    lines = [f"regel {n:03d} &amp; {html.escape('<Súdwest>')}" for n in range(400)]
    text = "<b>Zaken</b>\n<blockquote>" + "\n".join(lines) + "</blockquote>"
    parts = split_html(text, limit=1000)
    assert len(parts) > 5
    for part in parts:
        body, entities = parse_html(part)  # raises if a tag was cut or left open
        assert utf16_len(body) <= 1000
        assert part.startswith(("<b>", "<blockquote>"))
    joined = "\n".join(visible(p) for p in parts)
    assert joined == visible(text)


def test_long_line_is_cut_at_spaces_not_inside_entities() -> None:
    line = " ".join(["Tom&amp;Jerry"] * 600) + " 😀" * 10
    parts = split_html(line, limit=500)
    assert all(visible_length(p) <= 500 for p in parts)
    assert all(parse_html(p) for p in parts)
    words = " ".join(visible(p) for p in parts).split()
    assert words == visible(line).split()


def test_blank_parts_are_dropped() -> None:
    text = "a" * 10 + "\n" * 30 + "b" * 10
    parts = split_html(text, limit=12)
    assert [visible(p).strip() for p in parts] == ["a" * 10, "b" * 10]
