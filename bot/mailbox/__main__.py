"""`python -m bot.mailbox`: run only the IMAP watcher (settings from the environment / TOML file)."""
from __future__ import annotations

import logging
import signal
import sys
from types import FrameType


def main(argv: list[str] | None = None) -> int:
    # a stop asked for while the watcher is still starting (systemd stopping it right after a start) is kept
    # and honoured once the watcher exists: the process still ends cleanly with 0, never by the default action
    early: list[int] = []

    def _early(signum: int, _frame: FrameType | None) -> None:
        early.append(signum)

    signal.signal(signal.SIGTERM, _early)
    signal.signal(signal.SIGINT, _early)

    from bot.app import App
    from bot.config import Settings
    from bot.logs import setup_logging
    from bot.mailbox.watcher import ImapWatcher

    setup_logging(verbose=False)
    logging.getLogger("spreidingsbot").setLevel(logging.INFO)
    settings = Settings.load()
    if not settings.imap.configured:
        print("geen mailbox ingesteld: zet SPREIDINGSBOT_IMAP_HOST, _USER en _PASSWORD (of een OAuth-token)",
              file=sys.stderr)
        return 2
    app = App.open(settings)
    watcher = ImapWatcher(app.db, app.archive, settings.imap)

    def _stop(signum: int, _frame: FrameType | None) -> None:
        logging.getLogger("spreidingsbot.mailbox").info("stop requested", extra={"signal": signum})
        watcher.stop()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        if early:
            logging.getLogger("spreidingsbot.mailbox").info("stop requested during start-up",
                                                            extra={"signal": early[0]})
            return 0
        watcher.run()
    finally:
        app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
