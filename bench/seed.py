"""Fill a database for the query benchmark: 342 municipalities with a letter and a case each, staff,
and N messages (a few hundred really ingested, the rest cloned row by row with their links).
"""
from __future__ import annotations

import hashlib
import random
from datetime import date, timedelta

from mailgen import gemeenten, make_mails
from sqlalchemy import insert, select

from storage.archive import RawArchive
from storage.db import Database
from storage.ingest import ingest_raw
from storage.letters import LetterInput, import_letters
from storage.models import Message, MessageLink, Staff

BENCH_USER = 900001


def seed(db: Database, archive: RawArchive, messages: int = 20_000, real: int = 400, seed: int = 3) -> None:
    rng = random.Random(seed)
    today = date.today()
    with db.session() as s:
        s.add(Staff(telegram_id=BENCH_USER, name="Bench Beheerder", role="beheerder"))
        letters = [LetterInput(municipality=name, reference=f"{4300000 + i}",
                               date=today - timedelta(days=rng.randint(0, 40)), trede=rng.randint(1, 4),
                               task_regulier=rng.randint(20, 400), task_amv=rng.randint(0, 40),
                               realised_regulier=rng.randint(0, 200), realised_amv=rng.randint(0, 20))
                   for i, (name, _) in enumerate(gemeenten())]
        import_letters(s, letters)
    for raw in make_mails(real, seed=seed, tag="seed"):
        ingest_raw(db, archive, raw, source="eml", notify=False)
    with db.session() as s:
        originals = list(s.scalars(select(Message)))
        links = {m.id: [(ln.gemeente_id, ln.case_id) for ln in m.links] for m in originals}
        cols = [c.key for c in Message.__table__.columns if c.key != "id"]
        base = [{c: getattr(m, c) for c in cols} | {"_id": m.id} for m in originals]
    copies = max(0, messages - len(base))
    k = 0
    while k < copies:
        batch = []
        for row in base:
            if k >= copies:
                break
            new = {c: v for c, v in row.items() if c != "_id"}
            new["sha256"] = hashlib.sha256(f"{row['sha256']}:{k}".encode()).hexdigest()
            new["message_id"] = f"<clone-{k}-{(row['message_id'] or '').strip('<>')}>"[:500]
            new["uid"] = new["uidvalidity"] = new["folder"] = None
            new["received_at"] = row["received_at"] - timedelta(hours=rng.randint(0, 24 * 300))
            batch.append((row["_id"], new))
            k += 1
        with db.session() as s:
            ids = s.scalars(insert(Message).returning(Message.id, sort_by_parameter_order=True),
                            [n for _, n in batch]).all()
            link_rows = [{"message_id": new_id, "gemeente_id": g, "case_id": c,
                          "direct": c is not None and c == new["case_id"]}
                         for (orig, new), new_id in zip(batch, ids, strict=True) for g, c in links[orig]]
            if link_rows:
                s.execute(insert(MessageLink), link_rows)
