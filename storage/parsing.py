"""Parsing a raw message for recording, without the database code: what parse workers import (`bot/bulk.py`,
`bot/parse_server.py`), so they never load SQLAlchemy. `storage.ingest` uses the same function."""
from __future__ import annotations

import logging

from parsers.model import ParsedMessage
from parsers.pipeline import ParseContext, parse_message

log = logging.getLogger("spreidingsbot.ingest")


def parse_safely(raw: bytes, context: ParseContext) -> ParsedMessage:
    """The parser never raises by contract; if it does anyway, quarantine instead of losing the mail."""
    try:
        return parse_message(raw, context)
    except Exception as exc:  # noqa: BLE001 - a parser bug must not lose a message
        log.exception("parser failed")
        return ParsedMessage(quarantine_reason=f"internal parser error: {type(exc).__name__}: {exc}")
