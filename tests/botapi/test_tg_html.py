"""Telegram HTML parse mode: what passes, what fails, and with which message."""

from __future__ import annotations

import pytest

from tests.botapi.tg_html import EntityParseError, parse_html, utf16_len


def test_allowed_tags_become_entities() -> None:
    text, entities = parse_html(
        '<b>vet</b> <i>schuin</i> <a href="https://x.nl/?a=1&amp;b=2">link</a> '
        '<pre><code class="language-python">x = 1</code></pre> <span class="tg-spoiler">geheim</span> '
        "<blockquote expandable>citaat</blockquote>"
    )
    assert text == "vet schuin link x = 1 geheim citaat"
    types = [e["type"] for e in entities]
    assert types == ["bold", "italic", "text_link", "pre", "spoiler", "expandable_blockquote"]
    assert entities[2]["url"] == "https://x.nl/?a=1&b=2"
    assert entities[3]["language"] == "python"


def test_character_references_decode() -> None:
    text, _ = parse_html("a &lt;b&gt; &amp; &quot;c&quot; &#65;&#x42;")
    assert text == 'a <b> & "c" AB'


def test_offsets_are_utf16() -> None:
    text, entities = parse_html("😀 <b>Súdwest</b>")
    assert entities == [{"type": "bold", "offset": 3, "length": 7}]
    assert utf16_len(text) == 10


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("<div>x</div>", 'Unsupported start tag "div" at byte offset 0'),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ("<b", "Unclosed start tag at byte offset 0"),
        ("Tom & Jerry", 'Unescaped "&" at byte offset 4'),
        ('<a href="x>y', "Unclosed start tag at byte offset 0"),
    ],
)
def test_invalid_html_is_rejected(html: str, message: str) -> None:
    with pytest.raises(EntityParseError) as info:
        parse_html(html)
    assert str(info.value).startswith(message)


def test_bare_ampersand_allowed_when_not_strict() -> None:
    assert parse_html("Tom & Jerry", strict_ampersand=False)[0] == "Tom & Jerry"
