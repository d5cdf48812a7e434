"""Telegram's HTML parse mode, re-implemented strictly after tdlib's ``parse_html``.

``parse_html(text)`` returns the visible text and its entities (offsets in UTF-16 code
units, as the Bot API reports them) or raises ``EntityParseError`` with tdlib's wording.
One deliberate difference: with ``strict_ampersand`` (the default) a bare ``&`` that
does not start an entity is rejected, where Telegram would keep it literally; the
project promises to escape everything, so the test server holds it to that.
"""

from __future__ import annotations

ALLOWED_TAGS = frozenset(
    {
        "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins",
        "tg-spoiler", "tg-emoji", "span", "pre", "code", "blockquote",
    }
)
_ENTITY_TYPE = {
    "b": "bold", "strong": "bold",
    "i": "italic", "em": "italic",
    "u": "underline", "ins": "underline",
    "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
    "tg-spoiler": "spoiler", "span": "spoiler",
    "a": "text_link", "code": "code", "pre": "pre",
    "blockquote": "blockquote", "tg-emoji": "custom_emoji",
}
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SPACES = " \t\r\n\v\f\0"


class EntityParseError(ValueError):
    """The text is not valid Telegram HTML; ``str(exc)`` is tdlib's message."""


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (how Telegram counts)."""
    return len(text.encode("utf-16-le")) // 2


def _decode_entity(text: str, pos: int) -> tuple[str, int] | None:
    """Decode the character reference at ``text[pos] == '&'``: (char, next pos) or None."""
    n = len(text)
    end = pos + 1
    if end < n and text[end] == "#":
        end += 1
        value = 0
        if end < n and text[end] == "x":
            end += 1
            digits = "0123456789abcdefABCDEF"
            base = 16
        else:
            digits = "0123456789"
            base = 10
        start_digits = end
        while end < n and text[end] in digits:
            value = value * base + int(text[end], 16)
            end += 1
            if value >= 0x10FFFF:
                return None
        if end == start_digits or value == 0 or end - pos >= 10:
            return None
        if 0xD800 <= value <= 0xDFFF:
            return None
        char = chr(value)
    else:
        while end < n and text[end].isascii() and text[end].isalpha():
            end += 1
        name = text[pos + 1 : end]
        if name not in _NAMED:
            return None
        char = _NAMED[name]
    if end < n and text[end] == ";":
        end += 1
    return char, end


class _Open:
    __slots__ = ("tag", "arg", "start", "language")

    def __init__(self, tag: str, arg: str, start: int) -> None:
        self.tag = tag
        self.arg = arg
        self.start = start
        self.language = ""


def parse_html(text: str, *, strict_ampersand: bool = True) -> tuple[str, list[dict]]:
    """Parse Telegram HTML into (visible text, entities) or raise ``EntityParseError``."""
    out: list[str] = []
    u16 = 0
    stack: list[_Open] = []
    entities: list[dict] = []
    n = len(text)
    i = 0

    def byte_offset(pos: int) -> int:
        return len(text[:pos].encode("utf-8"))

    def emit(chunk: str) -> None:
        nonlocal u16
        out.append(chunk)
        u16 += utf16_len(chunk)

    while i < n:
        c = text[i]
        if c == "&":
            decoded = _decode_entity(text, i)
            if decoded is not None:
                emit(decoded[0])
                i = decoded[1]
                continue
            if strict_ampersand:
                raise EntityParseError(
                    f'Unescaped "&" at byte offset {byte_offset(i)}: write &amp; (strict test server)'
                )
            emit(c)
            i += 1
            continue
        if c != "<":
            emit(c)
            i += 1
            continue
        begin = i
        i += 1
        if i < n and text[i] == "/":
            if not stack:
                raise EntityParseError(f"Unexpected end tag at byte offset {byte_offset(begin)}")
            i += 1
            name_start = i
            while i < n and text[i] not in _SPACES and text[i] != ">":
                i += 1
            end_name = text[name_start:i].lower()
            while i < n and text[i] in _SPACES:
                i += 1
            if i >= n or text[i] != ">":
                raise EntityParseError(f"Unclosed end tag at byte offset {byte_offset(begin)}")
            i += 1
            opened = stack.pop()
            if end_name and end_name != opened.tag:
                raise EntityParseError(
                    f"Unmatched end tag at byte offset {byte_offset(begin)}, "
                    f'expected "</{opened.tag}>", found "</{end_name}>"'
                )
            _close(opened, u16, stack, entities)
            continue
        # start tag
        name_start = i
        while i < n and text[i] not in _SPACES and text[i] != ">":
            i += 1
        if i >= n:
            raise EntityParseError(f"Unclosed start tag at byte offset {byte_offset(begin)}")
        tag = text[name_start:i].lower()
        if tag not in ALLOWED_TAGS:
            raise EntityParseError(f'Unsupported start tag "{tag}" at byte offset {byte_offset(begin)}')
        arg = ""
        while True:
            while i < n and text[i] in _SPACES:
                i += 1
            if i >= n:
                raise EntityParseError(f'Unclosed start tag "{tag}" at byte offset {byte_offset(begin)}')
            if text[i] == ">":
                i += 1
                break
            attr_start = i
            while i < n and text[i] not in _SPACES and text[i] not in "=>":
                i += 1
            attr = text[attr_start:i].lower()
            if not attr:
                raise EntityParseError(
                    f'Empty attribute name in the tag "{tag}" at byte offset {byte_offset(begin)}'
                )
            while i < n and text[i] in _SPACES:
                i += 1
            if i >= n or text[i] != "=":
                if tag == "blockquote" and attr == "expandable":
                    arg = "expandable"
                    continue
                raise EntityParseError(
                    f'Expected equal sign in declaration of an attribute of the tag "{tag}" '
                    f"at byte offset {byte_offset(begin)}"
                )
            i += 1
            while i < n and text[i] in _SPACES:
                i += 1
            if i >= n:
                raise EntityParseError(f'Unclosed start tag "{tag}" at byte offset {byte_offset(begin)}')
            value_chars: list[str] = []
            if text[i] not in "'\"":
                token_start = i
                while i < n and (text[i].isascii() and (text[i].isalnum() or text[i] in ".-")):
                    i += 1
                value_chars.append(text[token_start:i].lower())
                if i >= n or (text[i] not in _SPACES and text[i] != ">"):
                    raise EntityParseError(
                        f"Unexpected end of name token at byte offset {byte_offset(token_start)}"
                    )
            else:
                quote = text[i]
                i += 1
                while i < n and text[i] != quote:
                    if text[i] == "&":
                        decoded = _decode_entity(text, i)
                        if decoded is not None:
                            value_chars.append(decoded[0])
                            i = decoded[1]
                            continue
                    value_chars.append(text[i])
                    i += 1
                if i >= n:
                    raise EntityParseError(f"Unclosed start tag at byte offset {byte_offset(begin)}")
                i += 1
            value = "".join(value_chars)
            if (
                (tag == "a" and attr == "href")
                or (tag == "code" and attr == "class" and value.startswith("language-"))
                or (tag == "span" and attr == "class" and value.startswith("tg-"))
                or (tag == "tg-emoji" and attr == "emoji-id")
            ):
                arg = value
        if tag == "span" and arg != "tg-spoiler":
            raise EntityParseError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {byte_offset(begin)}'
            )
        stack.append(_Open(tag, arg, u16))
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _close(opened: _Open, end: int, stack: list[_Open], entities: list[dict]) -> None:
    """Turn a closed tag into an entity (empty ones are dropped, like Telegram does)."""
    length = end - opened.start
    tag = opened.tag
    is_pre_language = opened.arg.startswith("language-") and stack and stack[-1].tag == "pre"
    if tag == "code" and is_pre_language and stack[-1].start == opened.start:
        stack[-1].language = opened.arg[len("language-") :]
        return
    if length <= 0:
        return
    entity: dict = {"type": _ENTITY_TYPE[tag], "offset": opened.start, "length": length}
    if tag == "a":
        if not opened.arg:
            return
        entity["url"] = opened.arg
    elif tag == "pre" and opened.language:
        entity["language"] = opened.language
    elif tag == "blockquote" and opened.arg == "expandable":
        entity["type"] = "expandable_blockquote"
    elif tag == "tg-emoji":
        if not opened.arg:
            return
        entity["custom_emoji_id"] = opened.arg
    entities.append(entity)
