"""Kind of message: bounce, auto_reply, other, extension_request, question, meldplicht, ibt_reply.

Headers and MIME structure first (multipart/report, Auto-Submitted, X-Autoreply,
Precedence, List-Unsubscribe, text/calendar), then the sender's own text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from parsers import meaning
from parsers.model import Evidence
from parsers.nlp import IgnoreCaseRule, load_rules
from parsers.segments import heading_section, question_section


@lru_cache(maxsize=1)
def _rules() -> dict:
    k = load_rules("rules.json")["kind"]
    return {
        "extension": [IgnoreCaseRule(p) for p in k["extension"]],
        "question": [IgnoreCaseRule(p) for p in k["question"]],
        "meldplicht": [IgnoreCaseRule(p) for p in k["meldplicht"]],
        "reply": [IgnoreCaseRule(p) for p in k["reply"]],
        "other": [IgnoreCaseRule(p, re.M) for p in k["other"]],
        "auto_subject": IgnoreCaseRule(k["auto_subject"]),
        "auto_body": IgnoreCaseRule(k["auto_body"]),
        "auto_body_weak": IgnoreCaseRule(k["auto_body_weak"]),
        "meld_subject": IgnoreCaseRule(k["meldplicht_subject"]),
        "bounce_subject": IgnoreCaseRule(k["bounce_subject"]),
        "bounce_body": IgnoreCaseRule(k["bounce_body"]),
    }


@dataclass
class KindInput:
    headers: dict[str, str]
    content_type: str
    report_type: str
    part_types: list[str]
    subject: str
    from_addr: str
    new_text: str  # own new text (body without quotes/signature)
    own_text: str  # new text + own quoted/forwarded text + attachment text
    signature: str
    from_municipality: bool
    has_reference: bool
    elements_present: int  # how many of facts/steps/timeline the own text has
    is_reply: bool  # In-Reply-To / RE: / quotes the ministry
    internal: bool = False  # sent from the ministry's own domain


def _first(pats: list[IgnoreCaseRule], text: str) -> re.Match[str] | None:
    for p in pats:
        m = p.search(text)
        if m:
            return m
    return None


# the sender says the mail is its answer to the letter
_ANSWER_LABELS = re.compile(r"^\s*Antwoord\s*(?:\d+[a-z]?\b|:)", re.M | re.I)
_COUNCIL_QA = re.compile(r"^\s*Vra(?:ag|gen)\s*\d+[a-z]?\b.*?(?=^\s*Antwoord\s*(?:\d|:)|\Z)", re.M | re.I | re.S)
# a question asked without a question mark: "willen wij graag weten of deze plekken meetellen"
_INDIRECT_QUESTION = re.compile(r"\b(?:willen|wil) (?:wij|we|ik) (?:\w+ )?(?:graag )?weten (?:of|wanneer|hoe|welke|wat)\b|"
                                r"\b(?:vernemen|horen) (?:wij|we|ik) graag (?:of|wanneer|hoe|welke|wat)\b|"
                                r"\bgraag (?:vernemen|horen|weten) (?:wij|we|ik) (?:of|wanneer|hoe|welke|wat)\b|"
                                r"\b(?:(?:vragen|vraag) (?:wij|we|ik)|(?:wij|we) vragen|ik vraag) (?:ons|me|mij) (?:\w+ )?af "
                                r"(?:of|wanneer|hoe|welke|wat)\b|"
                                r"\b(?:wij|we) (?:willen|zouden) (?:\w+ )?(?:graag )?(?:willen )?weten (?:of|wanneer|hoe|welke|wat)\b|"
                                # "Het presidium vraagt of de brief openbaar is" (not the letter's question told back:
                                # "U vraagt wanneer wij ...")
                                r"(?<!\bu )(?<!\bU )\bvraagt (?:\w+ )?(?:of|wanneer|hoe|welke)\b",
                                re.I)
_UNWRAP = re.compile(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)")
# "Wassenaar (na uitstel, zie ons verzoek van 19/1):" above the answer: the request was made before, this is the answer
_AFTER_EXTENSION = re.compile(r"\bna\s+(?:het\s+|ons\s+|de\s+)?(?:verleende\s+|gekregen\s+|toegestane\s+|gevraagde\s+)?"
                              r"(?:uitstel|verlenging)\b(?!\s*(?:tot|t/m|van|met)\b)|"
                              r"\b(?:zie|conform|volgens|overeenkomstig)\s+(?:ons|het)\s+(?:uitstel)?verzoek\b", re.I)
# "... in ons eerder verzoek om uitstel", "de verleende verlenging": the request named before the hit
_PAST_BEFORE = re.compile(r"(\bons\b|eerder|aangekondigd|verleende|toegestane|gegeven|gekregen)[^\w.!?]+(\w+[^\w.!?]+){0,3}$",
                          re.I)
# "het uitstel dat wij hebben gekregen": the request told as done after the hit
_PAST_AFTER = re.compile(r"[^.?!]{0,30}\b(genomen|gekregen|gehad|gebruikt)\b")


def _past_request(text: str, ext: re.Match[str] | _Hit) -> bool:
    """True when an extension hit tells of a request made before (this mail is not asking now)."""
    return bool(_PAST_BEFORE.search(text[max(0, ext.start() - 40):ext.start()])
                or _AFTER_EXTENSION.search(ext.group(0))
                or _PAST_AFTER.match(text[ext.start() + len(ext.group(0)):]))


# "Moeten wij dit nu al melden op grond van artikel 8, of pas ...?": asking whether to give notice, not giving it
_WHETHER_TO_REPORT = re.compile(r"\b(?:moeten|moet|dienen|hoeven)\s+(?:wij|we|ik)\b[^?]{0,80}\b(?:melden|melding)\b[^?]*\?",
                                re.I)
# "Voordat wij inhoudelijk reageren, hebben wij een paar vragen": the answer comes after the ministry's
_BEFORE_ANSWERING = re.compile(r"\b(?:voordat|alvorens)\s+(?:wij|we|ik)?\s*(?:\w+\s+){0,3}?(?:inhoudelijk\s+|definitief\s+)?"
                               r"(?:te\s+)?(?:reageren|antwoorden|beantwoorden|reageer)\b", re.I)
_ANSWERS = re.compile(r"\b(als|in) (?:(?:zijn|haar|hun|onze|ons) )?(reactie|antwoord) op (uw|de|jullie) "
                      r"(brief|verzoek|vragen)\b|"
                      # "bijgaande raadsinformatiebrief ... bevat tevens het antwoord van het college op uw brief"
                      r"\b(?:bevat|vormt|is|geldt als)\s+(?:tevens\s+|ook\s+|meteen\s+)?(?:het\s+|ons\s+|onze\s+)?"
                      r"(?:reactie|antwoord)\s+(?:van\s+(?:het|ons)\s+college\s+|van\s+de\s+gemeente\s+)?op\s+"
                      r"(?:uw|de|jullie)\s+brief\b", re.I)
# "Hierbij de reactie van de gemeente Eemnes op uw brief van 3 augustus": the mail says it is the answer
_IS_THE_ANSWER = re.compile(r"\b(?:hierbij|bijgaand|hieronder)\b[^.?!\n]{0,40}\b(?:reactie|antwoord|beantwoording)\b"
                            r"[^.?!\n]{0,60}\bop (?:uw|de|jullie) brief\b|" + _ANSWERS.pattern, re.I)
# "Uw brief ... is ontvangen. Hierbij onze reactie.": the answer, after a sentence naming the letter
_HERE_OUR_ANSWER = re.compile(r"\bbrief\b[^?!\n]{0,160}\bhierbij (?:onze|ons|de|mijn) (?:reactie|antwoord)\b|"
                              r"\b(?:hierbij|hiermee|met deze (?:brief|mail)) reageren (?:wij|we|ik) op (?:uw|de|jullie) "
                              r"brie(?:f|ven)\b|\breageren (?:wij|we|ik) (?:hierbij|hiermee) op (?:uw|de|jullie) brie(?:f|ven)\b",
                              re.I)


_OUR_LETTER = re.compile(r"\b(?:(?:reactie|antwoord|beantwoording|naar aanleiding van)\b|n\.?\s?a\.?\s?v\.?\s)[^.?!\n]{0,25}?"
                         r"\b(?:brief|schrijven)\b|\bbrief\s+(?:ibt|interbestuurlijk)", re.I)
_HOUSING_PERMIT_HOLDERS = re.compile(r"\b(?:vergunninghouders|statushouders)\b", re.I)
_RECEPTION = re.compile(r"opvang|asielzoeker|\bazc\b|\bcoa\b|spreidingswet|\bamv\b|minderjarige", re.I)


# displaced persons from Ukraine are received under a scheme of their own (not the Spreidingswet)
_DISPLACED = re.compile(r"\b(?:ontheemden?|oekra[iï]ne|oekra[iï]ense?)\b", re.I)
_PLACES_OR_TASK = re.compile(r"\b(?:plekken|plaatsen|taakstelling|wettelijke taak|asielzoekers?|statushouders?)\b", re.I)
_ASYLUM = re.compile(r"asiel|\bazc\b|\bcoa\b|spreidingswet|\bamv\b|minderjarige vreemdeling", re.I)
# a colleague asked, informally, to work on the letter forwarded below ("Kun jij samen met Pieter een concept-reactie
# voorbereiden?"): an internal forward sent to our mailbox by mistake, not a question to the ministry (which is "u")
_TO_A_COLLEAGUE = re.compile(r"\b(?:kun|kan|wil|zou)\s+(?:jij|je|jullie)\b[^.?!]{0,80}?\b(?:concept(?:-?reactie|-?brief)?|"
                             r"voorbereiden|oppakken|opstellen|uitzoeken|uitwerken|schrijven)\b", re.I)
_FORWARDED = re.compile(r"^\s*(?:fw|fwd|doorst|wg)\s*:", re.I)
# the name a phishing mail borrows: the ministry's, the government's
_POSING = re.compile(r"\b(?:ministerie|rijksoverheid|justitie en veiligheid|ibt spreidingswet)\b", re.I)


def _display_name(header: str) -> str:
    """The display name of a From header ("Ministerie van Justitie en Veiligheid <noreply@...>")."""
    name, _, _ = header.rpartition("<")
    return name.strip().strip('"')


# webmail and Dutch internet providers: a private person's address, not a municipality's
_PRIVATE_DOMAIN = re.compile(r"@(?:[\w-]+\.)*(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|ziggo|kpnmail|"
                             r"kpnplanet|planet|home|hetnet|xs4all|upcmail|chello|casema|quicknet|zeelandnet|telfort|tele2|"
                             r"online|solcon|caiway|kabelnoord|delta|freeler|versatel|wxs)\.(?:com|nl|net|be)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:ik|mijn|me|mij)\b", re.I)
_OFFICE = re.compile(r"\b(?:wethouder|burgemeester|gemeentesecretaris|griffier|beleidsmedewerker|beleidsadviseur|adviseur|"
                     r"raadslid|gemeenteraadslid|fractievoorzitter|fractie|journalist|verslaggever|redacteur|"
                     r"projectleider|programmamanager|coördinator|coordinator|namens (?:het|de) college|college van)\b", re.I)


_HOLDS_OFFICE = re.compile(r"\b(?:als|ben|namens)\s+(?:\w+\s+){0,3}?(?:wethouder|burgemeester|raadslid|gemeenteraadslid|"
                           r"fractievoorzitter|griffier|college|colleges|gemeente)\b", re.I)
CITIZEN = "mail van een inwoner (privéadres, ik-vorm, geen functie)"


def _private_person(k: KindInput) -> bool:
    """An inhabitant: a private address, writing in the first person singular, with no office named."""
    if not _PRIVATE_DOMAIN.search(k.from_addr or "") or k.has_reference or len(_FIRST_PERSON.findall(k.new_text)) < 2:
        return False
    # an office held by the writer: under the name or said of himself ("als raadslid", "namens het college")
    return not (_OFFICE.search(k.signature or "") or _HOLDS_OFFICE.search(k.new_text))


def other_matter(subject: str, own_text: str) -> bool:
    """The mail is about another scheme than asylum reception (housing permit holders, displaced persons from
    Ukraine) and names no reception at all: a reference it cites is another ministry's letter, not ours."""
    text = subject + "\n" + own_text
    return bool((_HOUSING_PERMIT_HOLDERS.search(text) and not _RECEPTION.search(text))
                or (_DISPLACED.search(text) and not _ASYLUM.search(text)))


def strip_reply_prefixes(subject: str) -> str:
    """The subject without its "RE:", "Antw:", "FW:" ... prefixes."""
    return re.sub(r"^\s*((re|aw|antw|fw|fwd|doorst|wg|tr)\s*:\s*)+", "", subject, flags=re.I)


def classify(k: KindInput) -> tuple[str, list[Evidence]]:
    """(kind, evidence)."""
    r = _rules()
    h = {key.lower(): v for key, v in k.headers.items()}
    subject = k.subject or ""
    bare_subject = strip_reply_prefixes(subject)
    sender = (k.from_addr or "").lower()
    # --- bounces
    if k.report_type == "delivery-status" or "message/delivery-status" in k.part_types:
        return "bounce", [Evidence(f"multipart/report; report-type={k.report_type or 'delivery-status'}", "header")]
    daemon = re.match(r"(mailer-daemon|postmaster|mail-daemon|mailerdaemon|no-?reply-?bounce)@", sender)
    if r["bounce_subject"].search(bare_subject) or (daemon and r["bounce_body"].search(k.new_text)):
        return "bounce", [Evidence(subject or sender, "subject")]
    # --- a sender that poses as the ministry from another domain (phishing)
    posing = _POSING.search(_display_name(h.get("from", "")))
    if posing and not k.internal and not k.from_municipality:
        return "other", [Evidence(f"afzender doet zich voor als het ministerie ({posing.group(0)}) vanaf "
                                  f"{(k.from_addr or '?').rpartition('@')[2]}", "header:From")]
    # --- automatic replies and receipts
    if k.report_type == "disposition-notification" or "message/disposition-notification" in k.part_types:
        return "auto_reply", [Evidence("leesbevestiging (disposition-notification)", "header")]
    auto = h.get("auto-submitted", "").lower()
    prec = h.get("precedence", "").lower()
    bulk = prec in ("bulk", "list", "junk") or bool(h.get("list-unsubscribe") or h.get("list-id"))
    if auto.startswith("auto-replied") or h.get("x-autoreply") or h.get("x-autorespond") \
            or prec == "auto_reply" or r["auto_subject"].search(subject):
        return "auto_reply", [Evidence(subject or auto, "header")]
    # a municipality's document system sends its letter "automatisch" (Auto-Submitted: auto-generated): the letter
    # it carries decides, when it answers a letter of ours with at least two of the elements
    carried = k.from_municipality and k.has_reference and k.elements_present >= 2 and not bulk
    if (bulk or auto.startswith("auto-generated")) and not carried:
        receipt = None if bulk else (r["auto_body"].search(k.new_text) or r["auto_subject"].search(subject))
        if receipt and k.elements_present == 0:  # a case system's receipt, sent "auto-generated": an automatic reply
            return "auto_reply", [Evidence(receipt.group(0), "body")]
        return "other", [Evidence(f"Precedence: {prec}" if prec else "List-/Auto-Submitted header", "header")]
    if "text/calendar" in k.part_types:
        return "other", [Evidence("agenda-uitnodiging (text/calendar)", "header")]
    own = k.new_text + "\n" + k.signature
    body_auto = r["auto_body"].search(own)
    weak = {m.group(0).lower() for m in r["auto_body_weak"].finditer(own)}
    short = k.elements_present == 0 and len(k.new_text) < 1500
    text = _UNWRAP.sub(" ", k.new_text) + "\n" + subject  # a wrapped line is one sentence
    ext = _first(r["extension"], text) or _extension_by_meaning(k.new_text, subject)
    if ext and _past_request(text, ext):
        ext = None  # "zoals aangekondigd in ons verzoek om uitstel": a past request, not a new one
    if ext and re.search(r"\b(?:afgesproken|toegezegd|overeengekomen)\b", ext.group(0), re.I):
        ext = None  # "Met uw collega is telefonisch afgesproken dat onze reactie uiterlijk 7 februari bij u is": agreed
    if isinstance(ext, _Hit) and "?" in k.new_text and not ext.group(0).rstrip().endswith("?") \
            and not re.search(r"\b(?:uitstel|verlen\w*|meer tijd|extra|langer|uiterlijk|later|weken|wk|dagen)\b", ext.group(0), re.I):
        ext = None  # "Kunt u ons laten weten ...? Na uw antwoord ontvangt u onze reactie": a question asked first
    if ext and ext.start() > len(_UNWRAP.sub(" ", k.new_text)) and re.match(r"\s*(re|antw|aw)\s*:", subject, re.I) \
            and k.elements_present >= 2:
        ext = None  # "Re: Verzoek uitstel reactie brief 7571529" above the answer itself: the request was the earlier mail
    meld = r["meld_subject"].search(bare_subject) or _first(r["meldplicht"], k.own_text)
    if k.internal and not k.has_reference:
        return "other", [Evidence("interne mail van het ministerie", "header:From")]
    other = _first(r["other"], bare_subject + "\n" + k.new_text)
    closing = other is not None and other.start() > (len(bare_subject) + 1 + len(k.new_text)) // 2
    says_answer = bool(_ANSWERS.search(k.new_text))  # "Ter informatie, en mede als reactie op uw brief": an answer
    if other and not ext and not (meld and k.elements_present) \
            and not ((k.has_reference or says_answer) and (k.elements_present >= 2 or says_answer and k.elements_present)
                     and (closing or says_answer)):
        # "Ter informatie: ..." closing an answer, or "ter informatie en als reactie op uw brief" above one
        return "other", [Evidence(other.group(0)[:200], "body")]
    if short and (body_auto or len(weak) >= 2) and not ext and not meld:
        return "auto_reply", [Evidence(body_auto.group(0) if body_auto else ", ".join(sorted(weak)), "body")]
    if not (k.from_municipality or k.has_reference or k.is_reply):
        return "other", [Evidence("geen gemeente, geen brief", "body")]
    if _private_person(k) and not ext and not meld:
        # "Ik las in de krant dat de gemeente Oldebroek ...": an inhabitant writing from a private address
        return "other", [Evidence(CITIZEN, "header:From")]
    # "Reactie brief IBT", "n.a.v. jullie brief van 19/7" above at least two of the letter's elements: an answer,
    # whatever words it uses for the places
    our_letter = k.elements_present >= 2 and bool(_OUR_LETTER.search(subject + "\n" + k.new_text[:400]))
    # (a reference cited does not make it ours when the subject names the holders: "Halfjaaropgave huisvesting
    # vergunninghouders", "zoals gevraagd in uw brief met kenmerk ...": another ministry's letter)
    holders = None if (k.has_reference and not _HOUSING_PERMIT_HOLDERS.search(subject)) or our_letter \
        else _HOUSING_PERMIT_HOLDERS.search(k.own_text)
    if holders and not _RECEPTION.search(subject + "\n" + k.own_text):  # (the subject "opvang Kapelle" names it)
        # the half-year report on housing permit holders, sent to the wrong mailbox: not about asylum reception
        return "other", [Evidence(holders.group(0), "body")]
    displaced = None if k.has_reference else _DISPLACED.search(subject + "\n" + k.own_text)
    if displaced and not _ASYLUM.search(subject + "\n" + k.own_text):
        # the reception of displaced persons from Ukraine (a scheme of its own), sent to the wrong mailbox
        return "other", [Evidence(displaced.group(0), "body")]
    colleague = _TO_A_COLLEAGUE.search(k.new_text) if _FORWARDED.match(subject) else None
    if colleague and not ext and not meld and k.elements_present == 0 and not re.search(r"\bu\b", k.new_text, re.I):
        return "other", [Evidence(colleague.group(0), "body")]
    # --- substantive kinds: own text
    if ext and k.elements_present < 3:
        return "extension_request", [Evidence(ext.group(0), "body")]
    # a text that answers council questions ("Vraag 1 ... Antwoord 1 ...") quotes the questions it answers
    asked = _COUNCIL_QA.sub("", k.new_text) if _ANSWER_LABELS.search(k.new_text) else k.new_text
    # "Waarom nog niet de volledige 117 plaatsen?" on a line of its own above the answer: a heading, not a question
    asked = "\n".join(ln for ln in asked.splitlines() if not _heading_question(ln))
    questions = [q for q in re.split(r"(?<=[.?!])\s+", asked)
                 if (q.strip().endswith("?") and len(q.strip()) > 25
                     and (len(q.strip().splitlines()[-1].split()) >= 3 or len(q.split()) >= 8))  # wrapped: "...\nCOA lopen?"
                 or _INDIRECT_QUESTION.search(q)]
    # "Een vraag over de meldplicht ... Moeten wij nu al een melding doen?": asking about a notice, not giving one
    asks_about = bool(questions) and (k.elements_present <= 1 and bool(
        re.search(r"\b(vraag|vragen)\b", bare_subject + "\n" + k.new_text[:300], re.I))
        or any(_WHETHER_TO_REPORT.search(q) for q in questions))
    if meld and not re.search(r"\bmeld|\bart(?:ikel|\.)?\s*8\b", meld.group(0), re.I) and k.has_reference \
            and k.elements_present >= 2 and (_IS_THE_ANSWER.search(k.new_text[:600])
                                             or _HERE_OUR_ANSWER.search(k.new_text[:600])):
        meld = None  # the answer to our letter that tells of a loss ("voldoen wij niet meer aan de taak"): no notice
    if meld and not (questions and k.elements_present == 0) and not asks_about:
        return "meldplicht", [Evidence(meld.group(0)[:200], "body")]
    qcue = _first(r["question"], text)
    asks = (qcue and questions and k.elements_present < 3) or (questions and k.elements_present <= 1) \
        or (questions and k.elements_present < 3 and _BEFORE_ANSWERING.search(text))
    if asks and k.elements_present >= 2 and _IS_THE_ANSWER.search(k.new_text[:600]):
        asks = False  # the answer to our letter, with a question of its own at the end
    if asks and not _substantive_heading(k.own_text):
        return "question", [Evidence((qcue.group(0) if qcue else questions[0])[:200], "body")]
    if not (k.has_reference or k.is_reply or our_letter) and not _RECEPTION.search(subject + "\n" + k.own_text) \
            and not _PLACES_OR_TASK.search(subject + "\n" + k.own_text) and not _first(r["reply"], k.new_text) \
            and not re.search(r"\b(?:voldoen|voldoet|taak)\b", k.own_text, re.I):
        # a council letter on traffic with our mailbox in Cc by mistake: not a word about reception
        return "other", [Evidence("niet over asielopvang", "body")]
    if k.elements_present or k.has_reference or k.is_reply or _first(r["reply"], k.own_text):
        return "ibt_reply", [Evidence(bare_subject[:200] or "antwoord van gemeente", "subject")]
    return "other", [Evidence("geen gemeente, geen brief", "body")]


class _Hit:
    """A match-like evidence holder for a clause found by a meaning rule."""

    def __init__(self, text: str, start: int) -> None:
        self._text, self._start = text, start

    def group(self, _: int = 0) -> str:
        return self._text

    def start(self) -> int:
        return self._start


def _extension_by_meaning(new_text: str, subject: str) -> _Hit | None:
    """A sentence that asks for more time to answer (uitstel, later reageren, tot DATUM de tijd krijgen)."""
    text = _UNWRAP.sub(" ", new_text) + "\n" + subject  # a sentence wrapped over lines is read whole
    for m in re.finditer(r"[^.?!\n]+[.?!]?", text):
        sent = m.group(0).strip()
        if len(sent) < 8:
            continue
        hits = meaning.fire("extension", sent)
        if hits:
            return _Hit(sent[:200], m.start())
    return None


def _heading_question(line: str) -> bool:
    """A line of its own that asks what the ministry's letter asks, in the municipality's words: a heading."""
    line = line.strip().strip("*#").strip()
    return line.endswith("?") and len(line) < 90 and (heading_section(line) is not None
                                                     or question_section(line) is not None)


def _substantive_heading(text: str) -> bool:
    return bool(re.search(r"^\s*(\d\.?\s*)?(stand van zaken|gezette stappen|planning|termijn|feiten en omstandigheden)",
                          text, re.I | re.M))
