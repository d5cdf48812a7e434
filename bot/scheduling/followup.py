"""Follow-up mails: draft a rappel or verzoek om aanvulling, and send it over SMTP once a person approves.

The draft (an OutgoingMail row, status "draft") is rendered from templates/mail/*.txt.j2. Sending sets
In-Reply-To/References to the municipality's last message (so the answer threads back to the case),
`Auto-Submitted: auto-generated` and `X-Auto-Response-Suppress: All` (no auto-reply loops) and a fresh
Message-ID; the row moves draft/approved -> sending -> sent (or back to approved with last_error when the
server refuses, so it can be retried). A sent aanvulling sets the case's aanvulling_requested_at.

A row left in `sending` (the process died before the SMTP server's answer was recorded) is resolved by
``resolve_stale_sending`` after STALE_SENDING_SECONDS: it goes back to `draft` with a note, and the team is
told to check whether it arrived before pressing "Verstuur" again (it is never sent again on its own; a
resend keeps the same Message-ID, so the recipient's mail program can recognise a double).
"""
from __future__ import annotations

import logging
import smtplib
import ssl
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.config import SmtpSettings
from bot.scheduling.actions import CaseActionError
from bot.scheduling.rules import AANVULLING_TERMIJN_DAYS
from storage.clock import db_now
from storage.db import Database
from storage.domain import TZ, local_date
from storage.models import AuditEvent, Case, Message, MessageLink, OutboxItem, OutgoingMail, utcnow
from storage.queries import case_termijn
from templates import render

log = logging.getLogger("spreidingsbot.followup")

KINDS = ("aanvulling", "rappel")
RAPPEL_DAYS = 7  # the rappel asks for an answer within a week
CORRESPONDENT_KINDS = ("ibt_reply", "meldplicht", "extension_request", "question")
SMTP_TIMEOUT = 30
STALE_SENDING_SECONDS = 300  # well beyond SMTP_TIMEOUT: a claim this old belongs to a process that died


class MailSendError(RuntimeError):
    """The SMTP server refused or could not be reached; the draft stays approved with last_error set."""


def _case_messages(session: Session, case_id: int) -> list[Message]:
    """Trusted parsed messages on the case (directly or via a link), oldest first."""
    linked = select(MessageLink.message_id).where(MessageLink.case_id == case_id)
    q = select(Message).where((Message.case_id == case_id) | Message.id.in_(linked), Message.state == "parsed",
                              Message.suspect.is_(False)).order_by(Message.received_at, Message.id)
    return list(session.scalars(q))


def _references(m: Message) -> str | None:
    if not m.message_id:
        return None
    refs = [r for r in (m.parsed or {}).get("references_header") or [] if isinstance(r, str)]
    refs = [r for r in refs if r != m.message_id][-9:] + [m.message_id]
    return " ".join(refs)


def prepare_draft(session: Session, case_id: int, kind: str, actor: str, *, to_addr: str | None = None,
                  today: date | None = None, sender: str = "ibtspreidingswet@minjenv.nl") -> OutgoingMail:
    """Draft a follow-up mail ("aanvulling" or "rappel") for the case; an open draft of that kind is reused."""
    if kind not in KINDS:
        raise ValueError(f"unknown follow-up kind {kind!r}; expected one of {KINDS}")
    case = session.get(Case, case_id)
    if case is None:
        raise CaseActionError(f"zaak {case_id} bestaat niet")
    open_draft = session.scalar(select(OutgoingMail).where(OutgoingMail.case_id == case_id,
                                                           OutgoingMail.kind == kind,
                                                           OutgoingMail.status.in_(("draft", "approved"))))
    if open_draft is not None:
        return open_draft
    letter = max(case.letters, key=lambda x: x.date, default=None)
    if letter is None:
        raise CaseActionError(f"zaak {case.gemeente.name}: geen brief bekend, dus geen kenmerk en datum")
    today = today or local_date(utcnow())
    messages = _case_messages(session, case_id)
    replies = [m for m in messages if m.kind == "ibt_reply" and local_date(m.received_at) >= letter.date]
    correspondent = next((m for m in reversed(messages) if m.kind in CORRESPONDENT_KINDS and m.from_addr), None)
    context = dict(gemeente=case.gemeente.name, reference=letter.reference, letter_date=letter.date,
                   termijn=case_termijn(case), extended=case.deadline_override is not None, sender=sender)
    if kind == "aanvulling":
        if not replies or not replies[-1].missing:
            raise CaseActionError(f"zaak {case.gemeente.name}: er is geen reactie met ontbrekende onderdelen")
        reply = replies[-1]
        context.update(reply_date=reply.received_at, missing=list(reply.missing),
                       due_date=today + timedelta(days=AANVULLING_TERMIJN_DAYS))
        thread_to = reply
    else:
        context.update(due_date=today + timedelta(days=RAPPEL_DAYS))
        thread_to = correspondent
    address = to_addr or (thread_to.from_addr if thread_to is not None and thread_to.from_addr else None) or (
        correspondent.from_addr if correspondent else None)
    if not address:
        raise CaseActionError(f"zaak {case.gemeente.name}: geen e-mailadres van de gemeente bekend; geef het adres op")
    mail = OutgoingMail(case_id=case.id, kind=kind, to_addr=address,
                        subject=render(f"mail/{kind}_subject.txt.j2", **context),
                        body=render(f"mail/{kind}.txt.j2", **context) + "\n",
                        in_reply_to=thread_to.message_id if thread_to is not None else None,
                        references=_references(thread_to) if thread_to is not None else None,
                        status="draft", created_by=actor)
    session.add(mail)
    session.flush()
    session.add(AuditEvent(actor=actor, action="mail_drafted", case_id=case.id,
                           message_id=thread_to.id if thread_to is not None else None,
                           detail={"mail_id": mail.id, "kind": kind, "to": address}))
    return mail


def cancel_draft(session: Session, mail_id: int, actor: str) -> bool:
    """Cancel a draft that was not sent. False when it was already sent or cancelled."""
    mail = session.get(OutgoingMail, mail_id)
    if mail is None:
        raise CaseActionError(f"concept {mail_id} bestaat niet")
    if mail.status not in ("draft", "approved"):
        return False
    mail.status = "cancelled"
    session.add(AuditEvent(actor=actor, action="mail_cancelled", case_id=mail.case_id,
                           detail={"mail_id": mail.id, "kind": mail.kind}))
    return True


def build_message(mail: OutgoingMail, sender: str, now: datetime) -> EmailMessage:
    """The RFC 5322 message for an approved draft."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = mail.to_addr
    msg["Subject"] = mail.subject
    msg["Date"] = format_datetime(now.astimezone(TZ))
    msg["Message-ID"] = mail.message_id
    if mail.in_reply_to:
        msg["In-Reply-To"] = mail.in_reply_to
        msg["References"] = mail.references or mail.in_reply_to
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(mail.body, charset="utf-8")
    return msg


def smtp_send(msg: EmailMessage, smtp: SmtpSettings) -> None:
    """Deliver `msg` over SMTP (security: starttls, tls or none; login only when a user is configured)."""
    if not smtp.host:
        raise MailSendError("geen SMTP-server ingesteld (SPREIDINGSBOT_SMTP_HOST)")
    security = (smtp.security or "starttls").lower()
    if security not in {"starttls", "tls", "none"}:
        raise MailSendError(f"onbekende SMTP-beveiliging {smtp.security!r}: kies starttls, tls of none")
    context = ssl.create_default_context()
    client: smtplib.SMTP
    if security == "tls":
        client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=SMTP_TIMEOUT, context=context)
    else:
        client = smtplib.SMTP(smtp.host, smtp.port, timeout=SMTP_TIMEOUT)
    with client:
        client.ehlo()
        if security == "starttls":
            client.starttls(context=context)
            client.ehlo()
        if smtp.user:
            client.login(smtp.user, smtp.password or "")
        client.send_message(msg, from_addr=smtp.sender, to_addrs=[str(msg["To"])])


def send_approved(db: Database, mail_id: int, approver: str, smtp: SmtpSettings,
                  now: datetime | None = None) -> OutgoingMail:
    """Approve and send a draft exactly once; record it on the case. Raises MailSendError on failure."""
    now = now or utcnow()
    domain = smtp.sender.rpartition("@")[2] or "localhost"
    with db.session() as s:
        mail = s.get(OutgoingMail, mail_id)
        if mail is None:
            raise CaseActionError(f"concept {mail_id} bestaat niet")
        claimed = s.execute(update(OutgoingMail).where(OutgoingMail.id == mail_id,
                                                       OutgoingMail.status.in_(("draft", "approved")))
                            .values(status="sending", approved_by=approver, sending_since=db_now(s),
                                    message_id=mail.message_id or make_msgid("spreidingsbot", domain)))
        if not claimed.rowcount:
            state = {"sent": "is al verstuurd", "cancelled": "is geannuleerd", "sending": "wordt al verstuurd"}
            raise CaseActionError(f"concept {mail_id} {state.get(mail.status, 'kan niet worden verstuurd')}")
        s.refresh(mail)
        msg = build_message(mail, smtp.sender, now)
    try:
        smtp_send(msg, smtp)
    except (OSError, smtplib.SMTPException, MailSendError) as exc:
        error = f"{type(exc).__name__}: {exc}"[:2000]
        log.warning("follow-up mail not sent", extra={"mail_id": mail_id, "error_type": type(exc).__name__})
        with db.session() as s:
            mail = s.get(OutgoingMail, mail_id)
            mail.status, mail.last_error = "approved", error
            s.add(AuditEvent(actor=approver, action="mail_failed", case_id=mail.case_id,
                             detail={"mail_id": mail_id, "kind": mail.kind, "error": error}))
        raise MailSendError(error) from exc
    with db.session() as s:
        mail = s.get(OutgoingMail, mail_id)
        mail.status, mail.sent_at, mail.last_error = "sent", now, None
        if mail.kind == "aanvulling":
            case = s.get(Case, mail.case_id)
            case.aanvulling_requested_at = now
        s.add(AuditEvent(actor=approver, action="mail_sent", case_id=mail.case_id,
                         detail={"mail_id": mail_id, "kind": mail.kind, "to": mail.to_addr,
                                 "message_id": mail.message_id, "in_reply_to": mail.in_reply_to}))
    log.info("follow-up mail sent", extra={"mail_id": mail_id, "message_id": mail.message_id})
    return mail


def resolve_stale_sending(db: Database, *, older_than: float = STALE_SENDING_SECONDS) -> list[int]:
    """Mails claimed for sending longer than `older_than` seconds ago (database clock): back to draft.

    Whether the SMTP server accepted such a mail is unknown, so it is not sent again automatically: the
    draft gets a note, the case an audit entry, and the team one message asking to check and decide.
    """
    resolved: list[int] = []
    with db.session() as s:
        cutoff = db_now(s) - timedelta(seconds=older_than)
        stale = list(s.scalars(select(OutgoingMail).where(
            OutgoingMail.status == "sending",
            (OutgoingMail.sending_since.is_(None)) | (OutgoingMail.sending_since < cutoff))))
        for mail in stale:
            claimed = s.execute(update(OutgoingMail).where(OutgoingMail.id == mail.id,
                                                           OutgoingMail.status == "sending")
                                .values(status="draft", sending_since=None,
                                        last_error=render("mail/stale_sending.txt.j2", part="note")))
            if not claimed.rowcount:
                continue
            gemeente = s.get(Case, mail.case_id).gemeente.name
            s.add(AuditEvent(actor="systeem", action="mail_sending_interrupted", case_id=mail.case_id,
                             detail={"mail_id": mail.id, "kind": mail.kind, "message_id": mail.message_id}))
            s.add(OutboxItem(kind="alert", dedupe_key=f"mail_stale:{mail.id}:{mail.message_id}", target="team",
                             payload={"html": render("mail/stale_sending.txt.j2", part="alert", mail=mail,
                                                     gemeente=gemeente)}))
            resolved.append(mail.id)
    if resolved:
        log.warning("follow-up mails left in sending returned to draft", extra={"mail_ids": resolved})
    return resolved
