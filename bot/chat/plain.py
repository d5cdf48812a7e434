"""Telegram HTML replies as readable plain text (console chat, CLI output)."""
from __future__ import annotations

import html
import re

_LINK = re.compile(r'<a\s+href="([^"]*)"[^>]*>(.*?)</a>', re.S | re.I)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?>")


def html_to_text(text: str) -> str:
    """Strip tags (links become 'text (url)') and unescape entities."""
    text = _LINK.sub(lambda m: f"{m.group(2)} ({m.group(1)})" if m.group(1) != m.group(2) else m.group(2), text)
    return html.unescape(_TAG.sub("", text))
