"""The console chat channel: Telegram HTML shown as readable terminal text."""
from __future__ import annotations

import sys
from typing import Any, TextIO

from bot.chat.plain import html_to_text
from templates import say


def format_reply(reply: Any) -> str:
    """A Reply (html, buttons, photo) as plain text with numbered button choices."""
    lines = [html_to_text(reply.html)]
    n = 0
    for row in getattr(reply, "buttons", None) or []:
        labels = []
        for button in row:
            n += 1
            labels.append(f"[{n}] {button.text}")
        lines.append("   ".join(labels))
    if getattr(reply, "photo", None):
        lines.append(f"(afbeelding: {getattr(reply, 'photo_name', None) or 'overzicht.png'})")
    return "\n".join(line for line in lines if line)


class ConsoleChannel:
    """Prints outbox notifications to a terminal (the embedded default when no Telegram is configured)."""

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out or sys.stdout

    async def send(self, target: str, reply: Any) -> None:
        self.out.write(f"\n{say('console_header', target=target)}\n{format_reply(reply)}\n")
        self.out.flush()
