"""SQLAlchemy 2.0 models of the case register."""
from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps naive values otherwise)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use timezone-aware UTC")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, datetime: UTCDateTime}


class Gemeente(Base):
    """One of the 342 municipalities; the CBS code is the stable key."""

    __tablename__ = "gemeenten"
    id: Mapped[int] = mapped_column(primary_key=True)
    cbs_code: Mapped[str] = mapped_column(String(6), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    province: Mapped[str] = mapped_column(String(40))
    domains: Mapped[list[Any]] = mapped_column(default=list)
    aliases: Mapped[list[Any]] = mapped_column(default=list)
    shared_services: Mapped[list[Any]] = mapped_column(default=list)


class Staff(Base):
    """A team member on the allow-list (roles: beheerder, behandelaar, meelezer)."""

    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    telegram_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Case(Base):
    """One municipality's supervision file for one distribution decision (verdeelbesluit) cycle."""

    __tablename__ = "cases"
    __table_args__ = (UniqueConstraint("gemeente_id", "cycle"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeenten.id"))
    cycle: Mapped[str] = mapped_column(String(10))  # verdeelbesluit date, e.g. "2024-12-20"
    trede: Mapped[int] = mapped_column(Integer, default=1)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # awaiting_reply, answered_incomplete, answered_complete, closed
    state: Mapped[str] = mapped_column(String(30), default="awaiting_reply")
    compliance: Mapped[str | None] = mapped_column(String(30))  # voldoet, voldoet_gedeeltelijk, voldoet_niet
    realised_total: Mapped[int | None] = mapped_column(Integer)
    planned_total: Mapped[int | None] = mapped_column(Integer)
    expected_date: Mapped[str | None] = mapped_column(String(10))
    deadline_override: Mapped[date | None] = mapped_column(Date)  # verlenging: the new termijn
    extension_reason: Mapped[str | None] = mapped_column(Text)
    suspended: Mapped[bool] = mapped_column(Boolean, default=False)  # opschorting
    suspended_reason: Mapped[str | None] = mapped_column(Text)
    aanvulling_requested_at: Mapped[datetime | None] = mapped_column()
    # what the mail says about the case (storage/case_events.py): an extension request waiting for a staff
    # decision (the day asked for, when the mail names one), and the latest absence notice (auto-reply)
    extension_request_message_id: Mapped[int | None] = mapped_column(Integer)
    extension_requested_until: Mapped[date | None] = mapped_column(Date)
    absence_message_id: Mapped[int | None] = mapped_column(Integer)
    absent_until: Mapped[date | None] = mapped_column(Date)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    gemeente: Mapped[Gemeente] = relationship()
    owner: Mapped[Staff | None] = relationship()
    letters: Mapped[list[Letter]] = relationship(back_populates="case", order_by="Letter.date")
    trede_history: Mapped[list[TredeChange]] = relationship(order_by="TredeChange.at")


class Letter(Base):
    """An outgoing supervision letter: reference, date, trede and the municipality's figures."""

    __tablename__ = "letters"
    # the newest letter of a case: the first entry of a backward walk (storage/queries.py)
    __table_args__ = (Index("ix_letters_case", "case_id", "date", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(7), unique=True)
    gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeenten.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    date: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date] = mapped_column(Date)  # date + 21 days
    trede: Mapped[int] = mapped_column(Integer)
    task_regulier: Mapped[int | None] = mapped_column(Integer)
    task_amv: Mapped[int | None] = mapped_column(Integer)
    realised_regulier: Mapped[int | None] = mapped_column(Integer)
    realised_amv: Mapped[int | None] = mapped_column(Integer)
    cycle: Mapped[str] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(String(200), default="import")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # a bounce of this letter came back: it never arrived, so no termijn runs (storage/case_events.py)
    undelivered_at: Mapped[datetime | None] = mapped_column()
    undelivered_message_id: Mapped[int | None] = mapped_column(Integer)

    gemeente: Mapped[Gemeente] = relationship()
    case: Mapped[Case] = relationship(back_populates="letters")


class TredeChange(Base):
    """History of a case's step on the intervention ladder."""

    __tablename__ = "trede_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    trede_from: Mapped[int | None] = mapped_column(Integer)
    trede_to: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(Text)


SUBSTANTIVE_INDEX_WHERE = "state = 'parsed' AND kind IN ('ibt_reply', 'meldplicht')"


class Message(Base):
    """One received mail: where it came from, what it is, and how processing went."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("folder", "uidvalidity", "uid"),
        Index("ix_messages_message_id", "message_id"),
        Index("ix_messages_received", "received_at"),
        Index("ix_messages_case", "case_id", "received_at"),
        # a case's newest substantive message and newest reply, read from the index alone (storage/queries.py);
        # the queries spell these values as literals, or the planners cannot use a partial index
        Index("ix_messages_case_newest", "case_id", "received_at", "id", "kind", "state", "suspect",
              postgresql_where=text(SUBSTANTIVE_INDEX_WHERE), sqlite_where=text(SUBSTANTIVE_INDEX_WHERE)),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(String(20))  # imap, maildir, eml, mbox
    source_path: Mapped[str | None] = mapped_column(Text)
    folder: Mapped[str | None] = mapped_column(String(200))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    message_id: Mapped[str | None] = mapped_column(String(500))
    from_addr: Mapped[str | None] = mapped_column(String(320))
    subject: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column()
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(30), default="other")
    state: Mapped[str] = mapped_column(String(20), default="parsed")  # parsed, quarantined
    quarantine_reason: Mapped[str | None] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(String(7))
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    elements: Mapped[dict[str, Any] | None] = mapped_column()
    missing: Mapped[list[Any]] = mapped_column(default=list)
    expected_date: Mapped[str | None] = mapped_column(String(10))
    places_realised: Mapped[int | None] = mapped_column(Integer)
    places_planned: Mapped[int | None] = mapped_column(Integer)
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    content_in_attachment: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_ocr: Mapped[bool] = mapped_column(Boolean, default=False)
    suspect: Mapped[bool] = mapped_column(Boolean, default=False)  # sender authentication failed
    on_time: Mapped[bool | None] = mapped_column(Boolean)
    parsed: Mapped[dict[str, Any]] = mapped_column(default=dict)  # ParsedMessage.to_json()
    search_text: Mapped[str] = mapped_column(Text, default="")  # subject + new text, for /zoek
    seen_by: Mapped[str | None] = mapped_column(String(100))

    case: Mapped[Case | None] = relationship()
    letter: Mapped[Letter | None] = relationship()
    findings: Mapped[list[Finding]] = relationship(cascade="all, delete-orphan", order_by="Finding.id")
    links: Mapped[list[MessageLink]] = relationship(cascade="all, delete-orphan")


class MessageLink(Base):
    """A message is about one or more municipalities (a shared service writes for several)."""

    __tablename__ = "message_links"
    __table_args__ = (UniqueConstraint("message_id", "gemeente_id"), Index("ix_message_links_case", "case_id"),
                      Index("ix_message_links_gemeente", "gemeente_id"),
                      Index("ix_message_links_shared", "case_id", postgresql_where=text("NOT direct"),
                            sqlite_where=text("NOT direct")))
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeenten.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    # True when case_id is also the message's own case_id (the common case); the few other links are the
    # shared-service ones, found fast through the partial index ix_message_links_shared
    direct: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))

    gemeente: Mapped[Gemeente] = relationship()


class Finding(Base):
    """Per required element: present or missing, with the evidence sentence and its source."""

    __tablename__ = "findings"
    __table_args__ = (Index("ix_findings_message", "message_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    element: Mapped[str] = mapped_column(String(20))
    present: Mapped[bool] = mapped_column(Boolean)
    evidence: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(Text)


class CaseNote(Base):
    """A staff note on a case (/notitie)."""

    __tablename__ = "case_notes"
    __table_args__ = (Index("ix_case_notes_case", "case_id", "at", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    author: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEvent(Base):
    """Who did what, when: every mutation and every refusal."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class OutboxItem(Base):
    """A notification to send (chat message, reminder, digest); sent once, retried, never lost."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_pending", "status", "next_attempt_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(40))  # new_message, reminder, digest, alert, ...
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)
    target: Mapped[str] = mapped_column(String(50), default="team")  # "team" or "staff:<id>"
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending, sent, failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    lease_owner: Mapped[str | None] = mapped_column(String(100))
    lease_until: Mapped[datetime | None] = mapped_column()
    sent_at: Mapped[datetime | None] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(Text)


class OutgoingMail(Base):
    """A draft follow-up mail (rappel, verzoek om aanvulling); sent only after approval."""

    __tablename__ = "outgoing_mails"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    kind: Mapped[str] = mapped_column(String(30))  # rappel, aanvulling
    to_addr: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    in_reply_to: Mapped[str | None] = mapped_column(String(500))
    references: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft, approved, sent, cancelled
    created_by: Mapped[str] = mapped_column(String(100))
    approved_by: Mapped[str | None] = mapped_column(String(100))
    message_id: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column()
    sending_since: Mapped[datetime | None] = mapped_column()  # when it was claimed for sending (stale check)
    last_error: Mapped[str | None] = mapped_column(Text)


class IngestAttempt(Base):
    """A raw message whose recording started but has not finished: after three, it is parked."""

    __tablename__ = "ingest_attempts"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class MailboxCheckpoint(Base):
    """Per mailbox folder: UIDVALIDITY, highest recorded UID and liveness."""

    __tablename__ = "mailbox_checkpoints"
    folder: Mapped[str] = mapped_column(String(200), primary_key=True)
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    last_sync_ok: Mapped[datetime | None] = mapped_column()
    last_attempt: Mapped[datetime | None] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(Text)


class Lease(Base):
    """A named leadership lease (mailbox watcher, scheduler) for running two instances."""

    __tablename__ = "leases"
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    owner: Mapped[str] = mapped_column(String(100))
    until: Mapped[datetime] = mapped_column()


class ConfirmationToken(Base):
    """A confirm button: one-time, bound to the staff member it was shown to and to the proposed change."""

    __tablename__ = "confirmation_tokens"
    token: Mapped[str] = mapped_column(String(32), primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(20))  # e.g. "trede"
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)  # the proposed change, e.g. {"old": 2, "new": 4}
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(index=True)
    used_at: Mapped[datetime | None]


class Taak(Base):
    """The verdeelbesluit figures of one municipality for one cycle: its wettelijke taak (regulier, AMV).

    Known for every municipality, with or without a letter (`spreidingsbot taak import`).
    """

    __tablename__ = "taken"
    __table_args__ = (UniqueConstraint("gemeente_id", "cycle"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeenten.id"))
    cycle: Mapped[str] = mapped_column(String(10))  # verdeelbesluit date, e.g. "2024-12-20"
    regulier: Mapped[int] = mapped_column(Integer)
    amv: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(200), default="import")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Realisatie(Base):
    """Places a municipality had realised on a date (peildatum), as the team counted them."""

    __tablename__ = "realisaties"
    __table_args__ = (UniqueConstraint("gemeente_id", "cycle", "peildatum"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    gemeente_id: Mapped[int] = mapped_column(ForeignKey("gemeenten.id"))
    cycle: Mapped[str] = mapped_column(String(10))
    peildatum: Mapped[date] = mapped_column(Date)
    regulier: Mapped[int] = mapped_column(Integer)
    amv: Mapped[int] = mapped_column(Integer)
