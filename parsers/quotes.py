"""The sender's own new text set apart from quoted history and the signature.

Recognised quote openers: Outlook headers in Dutch and English (Van:/Verzonden:/
Aan:/Onderwerp:, From:/Sent:/To:/Subject:), "-----Oorspronkelijk bericht-----",
"Op ... schreef ...:" (also wrapped over two lines, Gmail-NL and Apple-NL "het
volgende geschreven"), "On ... wrote:", GroupWise ">>> Name <addr> date >>>",
forwarded-message banners and runs of ">" lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_SEPARATOR = re.compile(
    r"^\s*(-{2,}\s*(oorspronkelijk bericht|original message|doorgestuurd bericht|forwarded message|"
    r"origineel bericht|oorspronkelijk bericht)\s*-{2,}|begin (doorgestuurd bericht|forwarded message)\s*:|"
    r"_{10,})\s*$", re.I)
_HEADER_FIRST = re.compile(r"^\s*\*?\s*(van|from|de|afzender)\s*:\*?\s*(.*)$", re.I)
_HEADER_NEXT = re.compile(r"^\s*\*?\s*(verzonden|sent|datum|date|aan|to|onderwerp|subject|cc|ontvangen)\s*:", re.I)
_WROTE = re.compile(r"^\s*(op|on|am|le)\s.{4,250}?(schreef|wrote|geschreven|schrieb|a écrit)\b.{0,200}:\s*$|"
                    # "IBT Spreidingswet schreef op 11-1-2039 14:06:": the writer first
                    r"^\s*[^\s>].{1,100}?\s(schreef|wrote|schrieb)\s+(op|on|am)\s.{4,80}:\s*$",
                    re.I | re.S)
_GROUPWISE = re.compile(r"^\s*>>>\s*(.{0,200}?)>>>\s*$")
_QUOTED_LINE = re.compile(r"^\s*>")
_CLOSING_WORDS = (r"met (hele )?(vriendelijke|hartelijke) groet(en)?|vriendelijke groet(en)?|hartelijke groet(en)?|"
                  r"hoogachtend|groet(en|jes)?|mvg|m\.vr\.gr\.|kind regards|best regards|regards|with kind regards|"
                  r"met collegiale groet|mei (freonlike|hertlike) groet(nis|en)?")  # the last one Frisian
_CLOSING = re.compile(r"^\s*((?:" + _CLOSING_WORDS + r")(?:\s*/\s*(?:" + _CLOSING_WORDS + r"))*|"
                      # not "Namens het college van Rhenen, in antwoord op uw brief (referentie ...):" opening the text,
                      # nor "Namens het college van X melden wij u ..." (a clause with its own subject)
                      r"namens (het college|burgemeester)(?![^.]*(?:uw brief|in antwoord|in reactie|\b(?:wij|we|ik)\b|:\s*$))"
                      r"[^.]{0,80}$)"
                      r"\s*[,.!]?\s*$", re.I)
_SIG_DASHES = re.compile(r"^-- ?$")
# a postscript below the signature: "P.S.", "PS:", "N.B." and the text after it
_POSTSCRIPT = re.compile(r"\s*(?:(?i:p\.\s?s\.?|ps\s*:|n\.b\.)\s*\w|PS\s+[A-Z]\w*(?:\s+\w+){2}|"
                         r"PS\s+[a-z]\w*[:,]?\s+\w+\s+\w+)")  # "PS De oplevering van ...", not "PS Dijkstra";
# "PS vergeten: oplevering staat op 1/9"
# the cover text points at a document below it: "sturen wij u hieronder de raadsinformatiebrief"
ANNOUNCES_BELOW = re.compile(r"\b(hieronder|hierna|onderstaand(e)?|hieronder volgt|volgt hieronder)\b|"
                             # "Hierbij het nieuwsbericht dat vanochtend op onze website is geplaatst": sent along below
                             r"\bhierbij\s+(?:\w+\s+){0,4}?(?:het|de|ons|onze)\s+(?:[\w-]+\s+)?(?:nieuwsbericht|persbericht|"
                             r"raadsinformatiebrief|raadsbrief|collegebrief|nieuwsitem|artikel|interview)\b", re.I)
# after a closing formula, a document that goes on: "-- tekst reactie minister --", numbered answers
_CONTENT_FOLLOWS = re.compile(r"\s*(?:-{2,}\s*\w.*\w\s*-{2,}|={3,}|_{3,}|-{3,}\s*$|[1-9]\.\s+[A-Z][^.]{20,})")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


@dataclass
class QuoteBlock:
    """One quoted message in the history, with who wrote it when that is known."""

    header: str
    sender: str  # e-mail address (lower case) or name, '' when unknown
    text: str


@dataclass
class Split:
    new_text: str
    signature: str
    quotes: list[QuoteBlock] = field(default_factory=list)

    @property
    def quoted_text(self) -> str:
        return "\n\n".join(q.header + "\n" + q.text for q in self.quotes)


def _strip_quote_prefix(line: str) -> str:
    return re.sub(r"^(\s*>\s?)+", "", line)


def _boundary(lines: list[str], i: int) -> tuple[int, str] | None:
    """If a quoted message starts at line i: (number of header lines, header text)."""
    line = lines[i]
    if _SEPARATOR.match(line):
        return 1, line.strip()
    m = _HEADER_FIRST.match(line)
    if m and m.group(2).strip():
        nxt = [ln for ln in lines[i + 1:i + 6] if ln.strip()][:4]
        hits = sum(1 for ln in nxt if _HEADER_NEXT.match(ln))
        if hits >= 2 or (hits >= 1 and _EMAIL.search(line)):
            n = 1
            while i + n < len(lines) and (_HEADER_NEXT.match(lines[i + n]) or
                                          (lines[i + n].startswith((" ", "\t")) and lines[i + n].strip())):
                n += 1
            return n, "\n".join(lines[i:i + n])
    if _GROUPWISE.match(line):
        return 1, line.strip()
    stripped = line.strip()
    if re.search(r"\s(?:schreef|wrote)\s+(?:op|on)\s", stripped, re.I) and stripped.endswith(":") \
            and _WROTE.match(stripped) and len(stripped) < 200:
        return 1, stripped  # "IBT Spreidingswet schreef op 11-1-2039 14:06:"
    if re.match(r"^(op|on)\s", stripped, re.I):
        for span in (1, 2, 3):
            joined = " ".join(ln.strip() for ln in lines[i:i + span])
            if _WROTE.match(joined) and len(joined) < 400:
                return span, joined
    return None


def _sender_of(header: str) -> str:
    m = re.search(r"^\W*(?:van|from)\s*:\s*(.+)", header, re.I | re.M)
    if m:  # the "Van:" line, not the first address of the header (that may be "Aan:")
        line = m.group(1)
        e = _EMAIL.search(line)
        return e.group(0).lower() if e else line.strip().strip("*").strip()
    m = _EMAIL.search(header)
    if m:
        return m.group(0).lower()
    m = re.search(r"schreef\s+(.+?)\s*:?\s*$", header, re.I)
    return m.group(1).strip() if m else ""


def split_quotes(text: str) -> Split:
    """Split a body into new text, signature and quoted blocks."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first: int | None = None
    for i in range(len(lines)):
        if _boundary(lines, i):
            first = i
            break
        if _QUOTED_LINE.match(lines[i]):
            rest = [ln for ln in lines[i:] if ln.strip()]
            if rest and sum(1 for ln in rest if _QUOTED_LINE.match(ln)) >= 0.6 * len(rest):
                first = i
                break
    new_lines = lines if first is None else lines[:first]
    quotes: list[QuoteBlock] = []
    inline: list[str] = []
    if first is not None:
        region, inline = _inline_answers(lines[first:])
        if not inline:
            region, inline = _marked_answers(region, "\n".join(new_lines))
        quotes = _quote_blocks(region)
    new_text, signature = split_signature("\n".join(new_lines))
    if inline:
        new_text = new_text.rstrip() + "\n\n" + "\n".join(inline).strip()
    return Split(new_text.strip(), signature.strip(), quotes)


# "onze antwoorden staan tussen uw tekst, steeds voorafgegaan door [Renswoude]": the mark of each answer
_ANNOUNCED_MARK = re.compile(r"(?:voorafgegaan door|steeds na|telkens na|beginnen met|begint met|gemarkeerd met|"
                             r"aangeduid met|herkenbaar aan|te herkennen aan)\s+(?:de\s+tekst\s+|het\s+woord\s+)?"
                             r"(?:[\"'“‘]([^\"'”’\n]{2,30})[\"'”’]|(\[[^\]\n]{2,30}\]))", re.I)


def _marked_answers(region: list[str], before: str) -> tuple[list[str], list[str]]:
    """Answers the writer marked and announced above the quote ("steeds voorafgegaan door [Renswoude]"): every
    line of the quote that starts with the mark is the writer's own text, whether the quote is marked or not."""
    m = _ANNOUNCED_MARK.search(before)
    if m is None:
        return region, []
    mark = (m.group(1) or m.group(2)).strip().lower()
    own = [k for k, ln in enumerate(region) if _strip_quote_prefix(ln).strip().lower().startswith(mark)]
    if not own:
        return region, []
    keep = set(own)
    return [ln for k, ln in enumerate(region) if k not in keep], [_strip_quote_prefix(region[k]).strip() for k in own]


_ANSWER_MARK = re.compile(r"^\s*\[[A-Za-z]{1,6}\]\s*")


def _inline_answers(region: list[str]) -> tuple[list[str], list[str]]:
    """Answers written between the lines of a '>'-quoted message ("Op ... schreef X:" or an Outlook header, then
    "> question", "Antwoord: ...", "> question", ...): the unquoted lines after the first quoted one are the
    writer's own text. Returns the quote without them and the answers; only for a quote marked with '>'."""
    b = _boundary(region, 0)
    if b is None and _QUOTED_LINE.match(region[0]) and _boundary([_strip_quote_prefix(ln) for ln in region[:8]], 0):
        b = (0, "")  # "> Van: IBT Spreidingswet ..." / "> Verzonden: ...": the header quoted with the message
    if b is None:
        return region, []
    n = b[0]
    wrote = bool(_WROTE.match(b[1])) or n == 0
    if not wrote:  # "-----Oorspronkelijk bericht-----" and "Van: ... Verzonden: ... Onderwerp: ..."
        nb = _boundary(region, n) if n < len(region) else None
        if nb and _SEPARATOR.match(region[0]):
            n += nb[0]
    body = region[n:]
    marked = [k for k, ln in enumerate(body) if _QUOTED_LINE.match(ln)]
    if len(marked) < 3:
        return region, []
    if not wrote and any(ln.strip() for ln in body[:marked[0]]):
        return region, []  # a forwarded message told unmarked, with an older quote inside: not answers
    own: list[int] = []
    for k in range(marked[0] + 1, len(body)):
        if _QUOTED_LINE.match(body[k]) or not body[k].strip():
            continue
        if _boundary(body, k):
            break  # another quoted message, told in its own way: not an answer
        own.append(k)
    if not own or own[0] > marked[-1]:
        return region, []  # nothing between the quoted lines
    keep = set(own)
    # ("[WS] Termijn: Q4 2039.": the writer's mark before each answer is no part of it; a marked line that goes on
    # with the answer above it, "[PUTTEN] 40 plekken op ...", is that answer wrapped, not a line of its own)
    answers: list[str] = []
    for k in range(own[0], own[-1] + 1):
        line = body[k] if k in keep else ""
        bare = _ANSWER_MARK.sub("", line)
        if bare != line and answers and answers[-1] and k - 1 in keep and _ANSWER_MARK.match(body[k - 1]) \
                and not re.match(r"[A-Z][\w ]{0,30}:", bare):
            answers[-1] += " " + bare.strip()
            continue
        answers.append(bare)
    answers = [ln for i, ln in enumerate(answers) if ln or (i and answers[i - 1])]
    return region[:n] + [ln for k, ln in enumerate(body) if k not in keep], answers


def _quote_blocks(lines: list[str]) -> list[QuoteBlock]:
    unq = [_strip_quote_prefix(ln) for ln in lines]
    blocks: list[QuoteBlock] = []
    i = 0
    header, start = "", 0
    while i < len(unq):
        b = _boundary(unq, i)
        if b:
            if i > start or header:
                blocks.append(_block(header, unq[start:i]))
            n, hdr = b
            # a separator line followed directly by a header: merge them
            nb = _boundary(unq, i + n) if i + n < len(unq) else None
            if nb and _SEPARATOR.match(unq[i]):
                n2, hdr2 = nb
                hdr = hdr + "\n" + hdr2
                n += n2
            header, start = hdr, i + n
            i += n
            continue
        i += 1
    blocks.append(_block(header, unq[start:]))
    return [b for b in blocks if b.text.strip() or b.header]


def _block(header: str, lines: list[str]) -> QuoteBlock:
    return QuoteBlock(header=header, sender=_sender_of(header), text="\n".join(lines).strip())


def split_signature(text: str) -> tuple[str, str]:
    """(body, signature): the signature starts at the last closing formula or '-- ' line."""
    lines = text.split("\n")
    cut = None
    for i, line in enumerate(lines):
        if i == 0:
            continue
        if _SIG_DASHES.match(line) or _CLOSING.match(line):
            tail = [ln for ln in lines[i + 1:] if ln.strip()]
            # a closing formula followed by a long letter is not the end of the mail
            long_tail = sum(len(t) for t in tail) >= 600
            if _SIG_DASHES.match(line) and long_tail and ANNOUNCES_BELOW.search("\n".join(lines[:i])):
                break  # "Onderstaand bericht staat sinds vandaag op onze website" - "--" - the news item itself
            if (not long_tail and not any(_CONTENT_FOLLOWS.match(t) for t in tail)) or _SIG_DASHES.match(line):
                cut = i
                break
    if cut is None:
        return text, ""
    body, sig = lines[:cut], lines[cut:]
    for k, line in enumerate(sig):
        if _POSTSCRIPT.match(line):  # "P.S. De leverancier heeft bevestigd ...": own text after the signature
            end = next((j for j in range(k + 1, len(sig)) if not sig[j].strip()), len(sig))
            body += ["", *sig[k:end]]
            sig = sig[:k] + sig[end:]
            break
    return "\n".join(body), "\n".join(sig)
