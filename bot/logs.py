"""Structured one-line logs: `time level logger message key=value ...`; never bodies or secrets."""
from __future__ import annotations

import logging
import sys

_STANDARD = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime", "taskName"}
_SECRET_KEYS = ("password", "token", "secret", "authorization")


class KeyValueFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        base = super().format(record)
        extras = []
        for key, value in record.__dict__.items():
            if key in _STANDARD or key.startswith("_"):
                continue
            if any(s in key.lower() for s in _SECRET_KEYS):
                value = "***"
            text = str(value)
            if not text or any(c in text for c in ' "='):
                text = '"' + text.replace('"', "'") + '"'
            extras.append(f"{key}={text}")
        return base + (" " + " ".join(extras) if extras else "")


def setup_logging(verbose: bool = False) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(KeyValueFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.WARNING)
    # third-party chatter stays quiet; tokens appear in httpx request URLs, so never log those
    for noisy in ("httpx", "httpcore", "apscheduler", "telegram", "imapclient"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
