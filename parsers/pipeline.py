"""The parser pipeline: raw mail bytes -> ParsedMessage. Never raises.

Stages: mime (walk, charsets, HTML, TNEF, rfc822) -> attachments (PDF, DOCX,
OCR) -> quotes (own new text vs quoted history and signature) -> references ->
kind -> municipalities -> elements/dates/reasons -> places -> auth.
"""
from __future__ import annotations

import hashlib
import re
import traceback
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from parsers import attachments as att_mod
from parsers import auth as auth_mod
from parsers import classify as classify_mod
from parsers import elements as elements_mod
from parsers import mime
from parsers import municipalities as muni_mod
from parsers import places as places_mod
from parsers import references as ref_mod
from parsers.gemeenten import Directory, load_directory
from parsers.model import SUBSTANTIVE, Attachment, Evidence, ParsedMessage
from parsers.nlp import IgnoreCaseRule, load_rules
from parsers.quotes import ANNOUNCES_BELOW, QuoteBlock, split_quotes
from parsers.segments import Sentence, sentences, without_council_questions

MAX_TEXT = 200_000  # characters of one text analysed for elements (the rest is kept, not analysed)
MINISTRY_DOMAINS = ("minjenv.nl", "rijksoverheid.nl", "ind.nl")
_HEADER_NAMES = re.compile(rb"^(from|to|subject|date|message-id|received|mime-version|content-type|return-path|"
                           rb"delivered-to|x-[\w-]+|reply-to|cc|sender|in-reply-to|references|thread-\w+)\s*:",
                           re.I | re.M)
_POINTER = re.compile(r"\b(zie (de )?bijlage|bijgaand|in de bijlage|als bijlage|bijgevoegd|in bijgaande|"
                      r"treft u .{0,40}(aan|bijlage))", re.I)


_BOILERPLATE = IgnoreCaseRule(load_rules("rules.json")["ministry_boilerplate"])


@dataclass
class ParseContext:
    directory: Directory | None = None  # default load_directory()
    letters: Mapping[str, str] = field(default_factory=dict)  # letter reference -> official municipality name
    received: datetime | None = None  # when the mailbox received it (fallback for Date)
    letter_dates: Mapping[str, str] = field(default_factory=dict)  # reference -> ISO date (optional)
    limits: att_mod.Limits = field(default_factory=att_mod.Limits)
    ocr: bool = True
    ocr_cache: att_mod.OcrCache | None = None  # OCR text of earlier runs by attachment SHA-256
    trusted_authserv_id: str | None = None  # the receiving server's authserv-id (SPREIDINGSBOT_TRUSTED_AUTHSERV_ID)


def parse_message(raw: bytes, context: ParseContext | None = None) -> ParsedMessage:
    """Parse one raw message. Never raises: problems end in `quarantine_reason` or `warnings`."""
    ctx = context or ParseContext()
    pm = ParsedMessage()
    try:
        if not isinstance(raw, (bytes, bytearray)):
            raw = str(raw).encode("utf-8", "replace")
        raw = bytes(raw)
        pm.sha256 = hashlib.sha256(raw).hexdigest()
        if not raw.strip():
            pm.quarantine_reason = "leeg bericht: het bestand bevat geen bytes"
            return pm
        if not _HEADER_NAMES.search(raw[:65536]):
            pm.quarantine_reason = "geen e-mailbericht: geen mailheaders gevonden"
            pm.new_text = raw[:2000].decode("utf-8", "replace") if b"\x00" not in raw[:2000] else ""
            return pm
        _parse(raw, ctx, pm)
    except Exception as exc:  # noqa: BLE001 - the contract: never raise, quarantine instead
        pm.quarantine_reason = f"fout in de parser: {type(exc).__name__}: {str(exc)[:200]}"
        pm.warnings.append("".join(traceback.format_exception_only(type(exc), exc)).strip()[:500])
    return pm


# "Verzonden vanaf mijn iPhone", "Verstuurd vanuit Outlook voor Android", "Sent from my Galaxy"
_FROM_A_PHONE = re.compile(r"\b(?:verzonden|verstuurd|gestuurd|sent)\s+(?:vanaf|vanuit|met|via|from|with)\s+(?:mijn\s+|my\s+|een\s+)?"
                           r"(?:iphone|ipad|galaxy|samsung|android|mobiel|mobile|smartphone|huawei|pixel|"
                           r"outlook\s+(?:voor|for)\s+(?:android|ios))\b", re.I)


def _is_ministry(addr: str) -> bool:
    d = muni_mod.domain_of(addr)
    return bool(d) and (d.endswith(MINISTRY_DOMAINS))


_MINISTRY_NAME = re.compile(r"minist|ibtspreidingswet|rijksoverheid|justitie|jenv|\bibt\b|toezicht", re.I)


def _own_quote(block: QuoteBlock, from_addr: str | None, directory: Directory, from_name: str | None = None,
               announced: bool = False) -> bool:
    """A quoted or forwarded mail counts as the sender's own text when its author is the same organisation (or the
    same person: "Van: Linda Brouwer" under Linda Brouwer's mail, an earlier answer sent again), or when it has no
    author and the cover text announces it below ("hieronder de raadsinformatiebrief"), unless it is the ministry's."""
    sender = block.sender
    if not sender and announced:
        head = "\n".join([ln for ln in block.text.splitlines() if ln.strip()][:2])  # a letterhead, not a mention
        return not (_MINISTRY_NAME.search(head) or _BOILERPLATE.search(block.text) or _ministry_letter(block.text))
    if sender and "@" not in sender and from_name and _same_name(sender, from_name):
        return True
    # the subject line of the block may name our letter ("Onderwerp: reactie op brief interbestuurlijk toezicht")
    who = re.sub(r"(?im)^[ \t>]*(?:onderwerp|betreft|subject)\s*:.*$", "", block.header)
    if sender and "@" not in sender and not _MINISTRY_NAME.search(sender + " " + who):
        return True  # "Van: het college van B&W" above a pasted council letter: the municipality's own document
    if not sender or "@" not in sender or not from_addr:
        return False
    if _is_ministry(sender):
        return False
    d1, d2 = muni_mod.domain_of(sender), muni_mod.domain_of(from_addr)
    if d1 == d2:
        return True
    g1, g2 = directory.by_domain(d1), directory.by_domain(d2)
    if g1 and _is_ministry(from_addr):
        return True  # a colleague at the ministry forwards the municipality's mail to the mailbox: its own words
    return bool(g1 and g1 == g2)


def _address(header: str) -> str:
    """The mail address of a From header ("Griffie <griffie@x.nl>" -> "griffie@x.nl"), else the header as it is."""
    found = mime.addresses(header)
    return found[0][1] if found else header


def _same_name(a: str, b: str) -> bool:
    def norm(x: str) -> str:
        return " ".join(re.sub(r"[^\w\s]", " ", x.lower()).split())
    return len(norm(a)) > 4 and norm(a) == norm(b)


def _returned_subjects(report: str) -> list[str]:
    """Subjects of the returned headers in a bounce (text/rfc822-headers), decoded: they name the letter."""
    out = []
    for m in re.finditer(r"^subject:[ \t]*(.*(?:\n[ \t]+.*)*)", report, re.I | re.M):
        out.append(mime.decode_words(m.group(1).replace("\n", "")))
    return out


def _ministry_letter(text: str) -> bool:
    low = text.lower()
    return "interventieladder" in low and ("ik verzoek u" in low or "onze referentie" in low) \
        and "minister van asiel" in low[:3000] and "geachte minister" not in low


# an attachment named after our letter ("Reactie gemeente Zeewolde IBT Spreidingswet 7473108.pdf") carries its number
_ABOUT_OUR_LETTER = re.compile(r"(?:\b|_)(?:ibt|spreidingswet|toezicht|referentie|kenmerk|reactie|antwoord)(?:\b|_)", re.I)


# the body sends the reader to the subject line: "Zie onderwerp.", "zie subject", "zie de onderwerpregel"
_SEE_SUBJECT = re.compile(r"\bzie\s+(?:het\s+|de\s+)?(?:onderwerp(?:regel|sregel)?|subject|titel)\b", re.I)
# what the letter's own subject says ("IBT brief 7639006", "kenmerk 7639037") before the writer's own words
# ("7639584 Drimmelen – 0 nu / ...": the reference alone, and the municipality's name, lead too)
_SUBJECT_LEAD = re.compile(r"^(?:[^-–:|]{0,60}?\b(?i:brief|kenmerk|referentie|ref\.?|ibt)(?:\s+(?i:ibt|nr\.?))?\s*|"
                           r"[A-Z][\w'-]*(?:[\s-][A-Z][\w'-]*){0,3}\s+)?\d{7}\)?"
                           r"(?:\s+[A-Z][\w'.()-]*){0,3}\s*(?:[-–—:|]|→|->)\s*")


# a subject line that is itself a terse answer: a count and a moment ("0 nu, 103 in Odijk ..., open 1/3/'41")
_TERSE_ANSWER = re.compile(r"\d+\s*(?:nu|pl\b|plk|plekken|plaatsen|in gebruik|van\s+\d+)\b.*(?:\b(?:q[1-4]|h[12]|open|klaar|"
                           r"gereed|wk)\b|\d{1,2}/\d{1,2}|'\d\d\b|20\d\d)", re.I)
# the parts of a subject line that tells the answer
_SUBJECT_PARTS = re.compile(r"\s+/\s+|\s+\|\s+")
# what a phone adds below an empty message ("Verstuurd vanaf mijn iPad")
_SENT_FROM = re.compile(r"^\s*(?:verstuurd|verzonden|sent)\s+(?:vanaf|van|met|from)\b.*$", re.I | re.M)


def _says_nothing(text: str) -> bool:
    """No line of running words: a name, an address, a phone number, "Verstuurd vanaf mijn iPad" at most."""
    return all(sum(1 for w in line.split() if w[:1].islower() and w[:1].isalpha()) < 3
               for line in _SENT_FROM.sub("", text[:2000]).splitlines())


def _subject_rest(subject: str) -> tuple[str, str]:
    """The subject without its reply prefixes, and what is left of it after the letter's own name and reference."""
    bare = classify_mod.strip_reply_prefixes(subject)
    return bare, _SUBJECT_LEAD.sub("", bare).strip()


def _subject_told(subject: str, new_text: str, alone: bool = False) -> str:
    """The writer's words in the subject line when the body points to it ("Zie onderwerp.") or, with `alone` (no
    attachment or forward of the writer's), says nothing at all: the subject without its reply prefixes and the
    letter's own name and reference ("Re: Brief IBT 7639295 - nu 60, straks +20"); "" otherwise."""
    told = bool(_SEE_SUBJECT.search(new_text[:400]))
    bare, rest = _subject_rest(subject)
    if not told and alone and len(new_text.strip()) < 300 and rest != bare.strip() and _TERSE_ANSWER.search(rest):
        told = True  # "RE: Brief IBT 7641024 - Bunnik: 0 nu, 103 in Odijk, open 1/3/'41" above one line of cause
    if not told and not (alone and _says_nothing(new_text)):
        return ""
    if not told and rest == bare.strip():
        return ""  # an empty message whose subject only names the letter: nothing told
    return rest if len(rest) > 8 else ""


# a proposal the council voted down, said so ("de raad heeft dit voorstel ... verworpen", "het verworpen
# raadsvoorstel"), and the head of that proposal sent along below it ("=== RAADSVOORSTEL ===", "RAADSVOORSTEL
# (verworpen in de raadsvergadering van ...)")
_VOTED_DOWN = re.compile(r"\b(?:(?:raads|college)?voorstel\b[^.;]{0,80}\b(?:verworpen|afgewezen|weggestemd|niet "
                         r"aangenomen)|(?:verworpen|afgewezen|weggestemde?)\s+(?:raads|college)?voorstel)", re.I)
_PROPOSAL_HEAD = re.compile(r"\W*(?:raadsvoorstel|collegevoorstel|voorstel aan de (?:gemeente)?raad)\b", re.I)


def _rejected_proposal(sents: list[Sentence]) -> list[Sentence]:
    """The sentences of a proposal the council voted down, sent along below the answer, marked as such (section
    "rejected"): its planning and its places are no longer the municipality's plan, its arguments may still tell
    why the task is not met."""
    said = next((i for i, s in enumerate(sents) if _VOTED_DOWN.search(s.text)), None)
    if said is None:
        return sents
    head = next((i for i, s in enumerate(sents) if i >= said and _PROPOSAL_HEAD.match(s.text)
                 and s.source == sents[said].source), None)
    if head is None:
        return sents
    return sents[:head] + [Sentence(s.text, s.source, "rejected", s.bullet) if s.source == sents[head].source else s
                           for s in sents[head:]]


_SUBJECT_REF = re.compile(r"[(\[]?\b(?:ref\.?|kenmerk|referentie|uw ref\.?)\s*:?\s*\d{7}[)\]]?", re.I)


def _subject_moment(subject: str, ref: date) -> str:
    """The writer's words after the letter's name and reference in a subject line that tells when the task is met
    ("Reactie IBT 7639726 – Zwolle voldoet per 1 maart 2039"), even above a body of its own; "" otherwise."""
    bare, rest = _subject_rest(subject)
    if rest == bare.strip():  # "Middelburg: nieuw azc ... per 1 juli 2040 in gebruik (ref. 7639914)"
        rest = _SUBJECT_REF.sub(" ", bare).strip(" -–:")
        rest = re.sub(r"^[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s*:\s*", "", rest)
    if rest == bare.strip() or len(rest) <= 8:
        return ""
    return rest if elements_mod.timeline_exprs(Sentence(rest, "subject", ""), ref)[0] else ""


def _parse(raw: bytes, ctx: ParseContext, pm: ParsedMessage) -> None:
    directory = ctx.directory or load_directory()
    res = mime.walk(raw, max_part=ctx.limits.max_bytes)
    pm.warnings.extend(res.warnings)
    h = res.headers
    pm.subject = h.get("subject", "")
    pm.from_name, pm.from_addr = mime.sender(res)
    pm.to = [a for _, a in mime.addresses(h.get("to", ""))]
    pm.message_id = h.get("message-id") or None
    pm.in_reply_to = h.get("in-reply-to") or None
    pm.references_header = h.get("references", "").split()
    pm.date = mime.parse_date(h.get("date", "")) or ctx.received
    if not pm.date and h.get("date"):
        pm.warnings.append(f"onleesbare Date-header: {h['date'][:60]}")
    ref_day = (pm.date or ctx.received or datetime.now()).date() if (pm.date or ctx.received) else date.today()

    # attachments
    for a in res.attachments:
        if a.omitted_size:  # left out unread by mime.walk: over the size limit
            att = Attachment(filename=a.filename, content_type=a.content_type, size=a.omitted_size, sha256="",
                             skipped=f"te groot ({a.omitted_size} bytes > {ctx.limits.max_bytes})")
        else:
            att = att_mod.read_attachment(a.filename, a.content_type, a.data, ctx.limits, ocr=ctx.ocr,
                                          ocr_cache=ctx.ocr_cache)
        pm.attachments.append(att)
        if att.skipped:
            pm.warnings.append(f"bijlage {att.filename}: {att.skipped}")
        if att.needs_ocr:
            pm.needs_ocr = True

    # own text vs quotes
    split = split_quotes(res.body)
    pm.new_text = split.new_text
    pm.signature = split.signature
    pm.quoted_text = split.quoted_text
    announced = bool(ANNOUNCES_BELOW.search(split.new_text))
    own_quotes = [q for q in split.quotes if _own_quote(q, pm.from_addr, directory, pm.from_name, announced)]
    own_forwards = [f for f in res.forwarded if f.from_addr and not _is_ministry(_address(f.from_addr))]
    readable = [a for a in pm.attachments if a.text.strip() and a.text_source in ("pdf", "docx", "ocr", "text")]
    own_atts = [a for a in readable if not _ministry_letter(a.text)]

    # sent from a phone whose client wraps nothing (a paragraph of the history on one long line): every line break in
    # the new text is the writer's
    unwrapped = bool(_FROM_A_PHONE.search(split.signature + "\n" + split.new_text[-400:])) \
        and any(len(line) > 150 for line in res.body.splitlines())
    sents: list[Sentence] = sentences(split.new_text[:MAX_TEXT], "body", unwrapped=unwrapped)
    told = _subject_told(pm.subject or "", split.new_text, alone=not own_atts and not own_forwards)
    told = told or _subject_moment(pm.subject or "", ref_day)
    if told:  # "RE: IBT brief 7639006 - 250 pl gerealiseerd, 60 erbij per 1-9-2037" above "zie onderwerp."
        # "0 nu / 80 pl Made (raad 15/4) / klaar Q1 '39 / reden: geen grond": each part of its own
        sents = [s for part in _SUBJECT_PARTS.split(told) for s in sentences(part, "subject")] + sents
    for q in own_quotes:
        qs = split_quotes(q.text)
        sents += sentences(qs.new_text[:MAX_TEXT], "quote:own")
    for f in own_forwards:
        fs = split_quotes(f.text)
        sents += sentences(fs.new_text[:MAX_TEXT], "forwarded")
        for q in fs.quotes:  # a council letter inside the forward, headed "Van: het college ..." (no address)
            if _own_quote(q, _address(f.from_addr), directory):
                sents += sentences(split_quotes(q.text).new_text[:MAX_TEXT], "forwarded")
    for a in own_atts:
        sents += sentences(a.text, ("ocr:" if a.text_source == "ocr" else "attachment:") + a.filename)

    sents = [s for s in without_council_questions(sents) if not _BOILERPLATE.search(s.text)]
    sents = _rejected_proposal(sents)

    # references: subject, new text, quotes, forwards, attachments
    ref_texts = [pm.subject, *_returned_subjects(res.delivery_status), split.new_text, split.signature, split.quoted_text, *(f.text for f in res.forwarded),
                 *(f.subject for f in res.forwarded), *(a.text for a in readable), res.tnef_text]
    pm.references = ref_mod.find_references(ref_texts, ctx.letters, ctx.letter_dates)
    if not pm.references:  # a municipality's own document number is named so too: only when nothing else cites one
        pm.references = ref_mod.find_references(
            [(a.filename or "").replace("_", " ") for a in res.attachments if _ABOUT_OUR_LETTER.search(a.filename or "")],
            ctx.letters,
            ctx.letter_dates)
        # a number the texts themselves name as the municipality's own ("Zaaknummer: 3120455") stays its own
        said = "\n".join(t for t in ref_texts if t)
        pm.references = [r for r in pm.references if r not in said]

    result = elements_mod.analyse(sents, ref_day)
    n_present = sum(1 for f in result.findings if f.present)
    own_text = "\n".join(s.text for s in sents)
    from_domain = muni_mod.domain_of(pm.from_addr)
    from_g = directory.by_domain(from_domain) if from_domain else None
    # a colleague at the ministry forwards a municipality's mail: its author is the sender that counts
    forwarded_for = next((_address(q.sender) for q in own_quotes if "@" in q.sender
                          and directory.by_domain(muni_mod.domain_of(_address(q.sender)))), None) \
        if _is_ministry(pm.from_addr or "") else None
    writer = forwarded_for or pm.from_addr
    if forwarded_for:
        from_g = directory.by_domain(muni_mod.domain_of(forwarded_for))
    is_reply = bool(pm.in_reply_to) or bool(re.match(r"\s*(re|antw|aw)\s*:", pm.subject, re.I)) \
        or any(_is_ministry(q.sender) for q in split.quotes if "@" in q.sender)
    bounce_addrs = re.findall(r"(?:final-recipient|original-recipient)\s*:\s*rfc822\s*;\s*<?([\w.+-]+@[\w.-]+)",
                              res.delivery_status, re.I)
    att_text = "\n".join(a.text for a in own_atts)

    def municipalities(kind: str) -> tuple[list, list[Evidence]]:
        addrs = bounce_addrs
        if kind == "bounce" and not addrs:
            addrs = re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", split.new_text)
        return muni_mod.find_municipalities(
            directory, from_addr=writer, from_name=pm.from_name, subject=pm.subject,
            new_text=split.new_text, signature=split.signature, attachment_text=att_text, bounce_addrs=addrs,
            references=pm.references, letters=ctx.letters, kind=kind)

    as_reply = None if from_g else municipalities("ibt_reply")
    about_municipality = bool(from_g) or bool(as_reply and as_reply[0])
    kind, kev = classify_mod.classify(classify_mod.KindInput(
        headers=h, content_type=res.content_type, report_type=res.report_type, part_types=res.part_types,
        subject=pm.subject, from_addr=pm.from_addr or "", new_text=split.new_text, own_text=own_text,
        signature=split.signature, from_municipality=about_municipality, has_reference=bool(pm.references),
        elements_present=n_present, is_reply=is_reply, internal=_is_ministry(writer or "")))
    pm.kind, pm.kind_evidence = kind, kev
    if kind == "other" and classify_mod.other_matter(pm.subject or "", own_text):
        pm.references = []  # "Halfjaaropgave huisvesting vergunninghouders ... uw brief met kenmerk 1472039"

    citizen = kind == "other" and bool(kev) and kev[0].text == classify_mod.CITIZEN
    gs, mev = as_reply if as_reply is not None and kind == "ibt_reply" else municipalities("citizen" if citizen else kind)
    pm.municipalities = [g.name for g in gs]
    pm.municipality_codes = [g.cbs_code for g in gs]
    pm.municipality_evidence = mev

    if kind not in ("bounce", "auto_reply", "other"):
        reading = places_mod.read_places([s for s in sents if s.section != "rejected"], ref_day, tuple(pm.municipalities))
        pm.places, pm.place_figures = reading.places, [m.to_json() for m in reading.mentions]
    if kind in SUBSTANTIVE:
        pm.elements = result.elements
        pm.findings = result.findings
        pm.expected_date = result.expected_date
        pm.expected_date_evidence = result.expected_date_evidence
        pm.reasons = result.reasons
        body_only = [s for s in sents if s.source == "body"]
        body_result = elements_mod.analyse(body_only, ref_day)
        body_has = sum(1 for f in body_result.findings if f.present)
        att_has = any(s.source.startswith(("attachment:", "ocr:")) for s in sents)
        pm.content_in_attachment = bool(own_atts) and att_has and (
            body_has <= 1 or bool(_POINTER.search(split.new_text)) and body_has < 2)
    for a in pm.attachments:
        if a.text_source == "ocr":
            pm.warnings.append(f"bijlage {a.filename}: tekst gelezen met OCR")

    municipal = bool(from_g)
    pm.auth, reasons = auth_mod.check(res.all_headers, from_domain, municipal, trusted_authserv_id=ctx.trusted_authserv_id,
                                      from_name=pm.from_name, directory=directory)
    if reasons:
        from templates import render

        pm.warnings.append(render("parsers/auth_warning.txt.j2", auth=pm.auth, from_domain=from_domain).strip())


_WARM_MAIL = (b"From: Gemeente Voorbeeld <info@example.nl>\r\nTo: spreiding@example.nl\r\nSubject: Reactie brief\r\n"
              b"Content-Type: text/plain; charset=utf-8\r\n\r\nGeachte heer, mevrouw,\r\n\r\nWij realiseren 40 plekken "
              b"per 1 juni 2027, omdat de raad niet eerder besloot. Uw kenmerk 7468083.\r\n\r\nMet vriendelijke groet,"
              b"\r\nDe gemeente\r\n")


def warm_up() -> None:
    """Load what parsing needs once per process (spaCy's sentence splitter, the Dutch lemma dictionary, the
    rules) by parsing one small message, so a service's first real mail does not wait for it."""
    parse_message(_WARM_MAIL)
