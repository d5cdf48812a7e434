"""The notifier delivers every outbox row exactly once, also across a chat outage."""
import asyncio
from datetime import timedelta

from bot.notifier import ChannelError, Notifier
from storage.db import Database
from storage.models import OutboxItem, utcnow
from storage.outbox import enqueue


class FlakyChannel:
    def __init__(self) -> None:
        self.down = True
        self.sent: list[tuple[str, str]] = []

    async def send(self, target: str, reply: str) -> None:
        if self.down:
            raise ChannelError("Telegram is down")
        self.sent.append((target, reply))


def _render(payload: dict, kind: str) -> str:
    return payload["html"]


def test_outage_then_all_delivered_once(db: Database) -> None:
    ch = FlakyChannel()
    n = Notifier(db, ch, _render, owner="t")
    for i in range(10):
        enqueue(db, "alert", f"k{i}", {"html": f"melding {i}"})

    async def scenario() -> None:
        assert await n.run_once() == 0
        ch.down = False
        # the failed row waits for its backoff; make everything due now
        with db.session() as s:
            for row in s.query(OutboxItem):
                row.next_attempt_at = utcnow() - timedelta(seconds=1)
        total = 0
        for _ in range(5):
            total += await n.run_once()
        assert total == 10

    asyncio.run(scenario())
    assert sorted(r for _, r in ch.sent) == sorted(f"melding {i}" for i in range(10))
    assert len(ch.sent) == 10


def test_two_notifiers_never_send_the_same_row(db: Database) -> None:
    class Sink:
        def __init__(self) -> None:
            self.sent: list[str] = []

        async def send(self, target: str, reply: str) -> None:
            await asyncio.sleep(0)
            self.sent.append(reply)

    a, b = Sink(), Sink()
    for i in range(30):
        enqueue(db, "alert", f"k{i}", {"html": str(i)})

    async def scenario() -> None:
        na, nb = Notifier(db, a, _render, owner="a"), Notifier(db, b, _render, owner="b")
        for _ in range(5):
            await asyncio.gather(na.run_once(), nb.run_once())

    asyncio.run(scenario())
    assert len(a.sent) + len(b.sent) == 30
    assert sorted(a.sent + b.sent, key=int) == [str(i) for i in range(30)]


def test_a_row_that_renders_to_nothing_is_closed(db: Database) -> None:
    ch = FlakyChannel()
    ch.down = False
    enqueue(db, "new_message", "k", {"message_id": 1})
    n = Notifier(db, ch, lambda p, k: None, owner="t")
    asyncio.run(n.run_once())
    with db.session() as s:
        assert s.query(OutboxItem).one().status == "sent"
    assert ch.sent == []
