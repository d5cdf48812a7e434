"""Tokens, numbers written in digits or words, the places vocabulary and the mention record."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from parsers.lemmas import lemmatize
from parsers.nlp import LowerRule, load_rules

_TOKEN = re.compile(r"\d{1,3}(?:\.\d{3})+(?![\d])|\d+(?:,\d+)?|[€%|:;()]|[^\W\d_][\w'’-]*|\S")
_MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"}
_DEFINITE = {"de", "die", "deze", "alle", "onze", "dezelfde", "bovengenoemde"}
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# (", 2e locatie Baanhoek (16 pl.) in voorb.": another site opens a clause of its own)
_CLAUSE_SPLIT = re.compile(r";|\s[-–·•]\s|\s*(?:→|->|=>)\s*|\||,\s+(?=(?:terwijl|maar|waarna|zodat|omdat|doordat|hoewel|"
                           r"(?:\d+e|tweede|derde|vierde|andere|nieuwe)\s+locatie)\b)")
_YEAR_PREP = {"sinds", "in", "per", "vanaf", "tot", "voor", "na", "eind", "begin", "medio", "jaar", "van",
              # "in Q2 2031 geplaatst", "het tweede kwartaal 2031", "voorjaar 2031"
              "q1", "q2", "q3", "q4", "h1", "h2", "kwartaal", "helft", "halfjaar", "voorjaar", "najaar", "zomer",
              "winter", "lente", "herfst", "jaareinde", "uiterlijk", "vóór", "eind-", "begin-", "medio-"}
_COMPARATIVE = {"meer", "minder", "groter", "kleiner", "hoger", "lager", "méér"}
_UNITS_W = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_TENS_W = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
           "negentig": 90}


@dataclass
class PlaceMention:
    """One number that counts places, what it means and whether it was counted."""

    value: int
    role: str  # realised, planned, task, lost, quoted, other
    group: str = "total"  # regulier, amv, total
    status: str = ""  # in gebruik, gepland, verkenning, vervallen, vervalt, ingetrokken, verleden, taak, citaat, ...
    site: str = ""
    cue: str = ""  # the word that decided the role
    text: str = ""  # the sentence
    source: str = "body"
    counted: str = ""  # "realised", "planned" or "" after adding up
    persons: bool = False  # "75 personen" rather than "75 plekken"
    units: bool = False  # "60 tijdelijke woonunits" counted as places (no other count said for them)
    definite: bool = False  # "de 24 plekken": refers back
    part: bool = False  # a part of a total stated in the same sentence
    total: bool = False  # "samen 220 plekken", "in totaal"
    each: int = 1  # "twee locaties van elk 72 plekken" -> 2
    lower: int | None = None  # the lower bound of the range this figure closes ("100 tot 150": 100)
    sent: int = 0
    pos: int = 0
    sites: frozenset[str] = field(default_factory=frozenset)

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "role": self.role, "group": self.group, "status": self.status,
                "site": self.site, "cue": self.cue, "counted": self.counted, "text": self.text[:300],
                "source": self.source}


@dataclass
class PlacesReading:
    realised: int | None
    planned: int | None
    mentions: list[PlaceMention]

    @property
    def places(self) -> dict[str, int | None]:
        return {"realised": self.realised, "planned": self.planned}


@lru_cache(maxsize=1)
def _vocab() -> dict[str, Any]:
    raw = load_rules("places.json")
    out: dict[str, Any] = {}
    for k, v in raw.items():
        if k.startswith("_"):
            continue
        if isinstance(v, list):
            phrases = [w for w in v if " " in w]
            # behind a literal pre-check: most clauses hold none of a class's phrases
            rx = LowerRule("|".join(r"(?<!\w)" + re.escape(p) + r"(?!\w)" for p in phrases)) if phrases else None
            out[k] = ({w for w in v if " " not in w}, rx)
        else:
            out[k] = v
    return out


@lru_cache(maxsize=1)
def _lemmatizer() -> Any:
    try:
        import simplemma
    except ImportError:  # pragma: no cover - optional: surface forms only
        return None
    return simplemma


@lru_cache(maxsize=20000)
def lemma(word: str) -> str:
    """The Dutch lemma of a lower-case word ("plekken" -> "plek"), the word itself when unknown."""
    sm = _lemmatizer()
    if sm is None or not word.isalpha():
        return word
    try:
        return lemmatize(word)
    except Exception:  # noqa: BLE001 - a lemmatiser hiccup must not stop parsing
        return word


@dataclass(slots=True)
class _Tok:
    text: str
    low: str
    lem: str
    start: int


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        t = m.group(0)
        low = t.lower()
        out.append(_Tok(t, low, lemma(low) if low.isalpha() else low, m.start()))
    return out


def _is(tok: _Tok, key: str) -> bool:
    words, _ = _vocab()[key]
    # a present participle is no finite verb: "het volgende" is not "volgen", "komende" not "komen"
    return tok.low in words or (tok.lem in words and not tok.low.endswith("ende"))


def _num(tok: _Tok) -> int | None:
    t = tok.text
    if t[0].isdecimal():
        if t.isdecimal():  # a leading zero makes a number part of a code: "Collegebesluit 2035-0412", "0342"
            return int(t) if len(t) <= 5 and (t[0] != "0" or len(t) == 1) else None
        return int(t.replace(".", "")) if _THOUSANDS.fullmatch(t) else None
    return _vocab()["number_words"].get(tok.low) or (_compound_number(tok.low) if len(tok.low) > 6 else None)


@lru_cache(maxsize=4096)
def _compound_number(w: str) -> int | None:
    """Dutch number words up to 999: "honderdtwintig" 120, "tweehonderdvijftig" 250, "vijfenveertig" 45."""
    w = w.replace("ën", "en")
    total = 0
    if "honderd" in w:
        head, _, w = w.partition("honderd")
        if head and head not in _UNITS_W:
            return None
        total = 100 * (_UNITS_W.get(head, 1))
        w = w.removeprefix("en")
        if not w:
            return total
    small = _vocab()["number_words"].get(w)
    if small is not None:
        return total + small
    for tens_w, tens in _TENS_W.items():
        if w.endswith("en" + tens_w) and w[:-len(tens_w) - 2] in _UNITS_W:
            return total + tens + _UNITS_W[w[:-len(tens_w) - 2]]
    return None
