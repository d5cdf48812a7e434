"""Text -> sentences with their source and section, using the shared spaCy pipeline.

Lines are grouped into paragraphs, bullets and headings first (mail and PDF text
is hard-wrapped; a heading like "Gezette stappen" opens a section), then spaCy's
sentencizer splits paragraphs into sentences.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from parsers.nlp import load_rules, sentence_docs

# a numbered bullet needs its "." or ")": a hard-wrapped line may start with a plain number ("80 plaatsen weg")
_BULLET = re.compile(r"^\s*([-•*–·▪o]|\d{1,2}[.)]|[a-h][.)])\s+(?=\S)")
_SENT_END = re.compile(r"[.;:!?]$")


@dataclass
class Sentence:
    text: str
    source: str  # "body", "attachment:NAME", "ocr:NAME", "forwarded", "quote"
    section: str  # "facts", "steps", "timeline", "status" or ""
    bullet: bool = False


@lru_cache(maxsize=1)
def _heading_rules() -> dict[str, list[re.Pattern[str]]]:
    rules = load_rules("rules.json")["headings"]
    return {k: [re.compile(p, re.I) for p in v] for k, v in rules.items() if not k.startswith("_")}


def heading_section(line: str) -> str | None:
    """The section a heading line opens, or None if the line is not a known heading."""
    s = line.strip().strip("*").strip()
    if len(s) > 90:
        return None
    for section, pats in _heading_rules().items():
        if any(p.search(s) for p in pats):
            return section
    return None


def _units(text: str) -> list[tuple[str, str, bool]]:
    """(text, section, is_bullet) units."""
    units: list[tuple[str, str, bool]] = []
    section = ""
    buf: list[str] = []
    buf_bullet = False

    def flush() -> None:
        nonlocal buf, buf_bullet
        if buf:
            units.append((" ".join(buf), section, buf_bullet))
        buf, buf_bullet = [], False

    for raw in text.replace("\r", "").split("\n"):
        line = raw.strip().replace("\u00a0", " ")
        if not line:
            flush()
            continue
        sec = heading_section(line)
        if sec is not None:
            flush()
            section = sec
            rest = re.split(r":\s*", line, maxsplit=1)
            # "Planning: wij verwachten ..." carries text after the colon
            if len(rest) == 2 and rest[1].strip() and len(rest[1]) > 3:
                units.append((rest[1].strip(), section, False))
            continue
        if " | " in line and len(line) < 200:
            flush()
            units.append((line, section, False))  # a table row stays one unit
            continue
        if _BULLET.match(line):
            flush()
            buf = [_BULLET.sub("", line, count=1)]
            buf_bullet = True
            continue
        if buf and not buf_bullet and _SENT_END.search(buf[-1]) and len(buf[-1]) < 60:
            flush()
        if buf and not buf_bullet and len(line) < 60 and not _SENT_END.search(line) and line[:1].isupper() \
                and _SENT_END.search(buf[-1]):
            flush()
        buf.append(line)
        if line.endswith("?") and len(line) < 90 and len(buf) == 1:
            # a question as a heading ("Waarom voldoen wij nog niet aan de taak?")
            flush()
    flush()
    return units


def sentences(text: str, source: str) -> list[Sentence]:
    """All sentences of a text, in order."""
    if not text or not text.strip():
        return []
    units = _units(text)
    out: list[Sentence] = []
    texts = [u[0][:20000] for u in units]
    docs = sentence_docs(texts)
    for (_, section, bullet), doc in zip(units, docs, strict=True):
        for sent in doc.sents:
            s = sent.text.strip()
            if s:
                out.append(Sentence(s, source, section, bullet))
    return out
