"""Plain Dutch questions to intents, with spaCy PhraseMatcher rules; municipality names found with the directory.

"hoe staat Heemskerk ervoor?" -> Intent("status", [Heemskerk]); "welke gemeenten zijn te laat?" ->
Intent("overdue"); "wie heeft Almere?" -> Intent("owner", [Almere]); "wat moet ik doen" -> Intent("mine").
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from parsers.gemeenten import Gemeente, load_directory, normalise

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher

# Intent -> trigger phrases (matched on LOWER of accent-folded text). Priority: first in PRIORITY wins.
PHRASES: dict[str, list[str]] = {
    "search": ["zoek", "zoek naar", "zoeken naar", "zoek op"],
    "mine": ["wat moet ik doen", "wat moet ik", "welke zaken heb ik", "mijn zaken", "wat heb ik", "heb ik",
             "wat ligt er bij mij", "wat staat er voor mij", "voor mij", "mijn werk", "wat ligt er op mijn bord"],
    "owner": ["wie heeft", "wie behandelt", "wie doet", "van wie is", "wie is behandelaar",
              "wie is de behandelaar", "behandelaar van", "wie gaat over"],
    "missing": ["ontbreekt", "ontbreken", "mist", "missen", "onvolledig", "incompleet", "niet volledig",
                "ontbrekende"],
    "overdue": ["te laat", "verlopen", "verloopt", "termijn", "termijnen", "deadline", "deadlines", "over tijd",
                "achterstallig", "niet gereageerd", "geen reactie", "niet op tijd"],
    "status": ["hoe staat", "hoe staan", "hoe gaat het met", "hoe is het met", "hoe zit het met", "status",
               "status van", "stand van zaken", "ervoor", "hoe ver is", "hoe ver zijn"],
    "open": ["open zaken", "welke zaken", "alle zaken", "lopende zaken", "zaken", "openstaande zaken"],
    "overview": ["overzicht", "grafiek"],
    "help": ["help", "hulp", "wat kun je", "wat kan je", "wat kan jij", "wat kun jij", "hallo", "hoi"],
}
PRIORITY = ["search", "mine", "owner", "missing", "overdue", "status", "open", "overview", "help"]

# Words that never name a municipality in a question (removed before the fuzzy search).
_STOP_TEXT = """
hoe staat staan gaat gaan het met is zit er ervoor voor wat welke wie heeft hebben de het een van bij in op
gemeente gemeenten zijn er nu eigenlijk dan toch even graag aub alsjeblieft mij ik we wij jij je u zaak zaken
stand status ontbreekt ontbreken mist missen nog al te laat laatste reactie brief doet behandelt behandelaar
dat deze die daar hier waar wanneer ook kan kun kunnen moet moeten doen vertel geef laat zien info informatie
"""
STOPWORDS = frozenset(_STOP_TEXT.split())
# Single words that are both a municipality and an everyday Dutch word: only when capitalised in the text.
EVERYDAY = frozenset({"best", "buren", "putten", "beek", "goes", "stein", "echt", "laren"})
PUNCT = re.compile(r"[?!:;\"„”“«»]+")
MAX_NGRAM = 4
_LOCK = threading.Lock()  # the adapter calls from worker threads; spaCy objects are not documented thread-safe


@dataclass
class Intent:
    name: str | None  # one of PRIORITY, or None when no rule matched
    gemeenten: list[Gemeente] = field(default_factory=list)  # candidates (several: ambiguous)
    query: str = ""  # what remains of the question: the municipality text or the search text
    exact: bool = False  # the municipality was named exactly (not a fuzzy guess)


@lru_cache(maxsize=1)
def _nlp() -> Language:
    """The shared parser pipeline when this process has already loaded it (the running service), else a
    blank Dutch pipeline: only its tokenizer is used, which is the same, and it loads in a fraction of the
    time the full parser pipeline needs (console chat, CLI)."""
    try:
        from parsers.nlp import get_nlp, nlp_loaded

        if nlp_loaded():
            return get_nlp()
    except Exception:  # noqa: BLE001 - parser pipeline not available or its data missing
        pass
    import spacy

    return spacy.blank("nl")


@lru_cache(maxsize=1)
def _matcher() -> PhraseMatcher:
    from spacy.matcher import PhraseMatcher

    nlp = _nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for intent, phrases in PHRASES.items():
        matcher.add(intent, [nlp.make_doc(normalise(p)) for p in phrases])
    return matcher


def _clean(text: str) -> str:
    return normalise(PUNCT.sub(" ", text))


def find_gemeenten(text: str) -> tuple[list[Gemeente], tuple[int, int] | None]:
    """Municipalities named exactly in `text` (longest n-gram first) and the word span they occupy."""
    directory = load_directory()
    raw_words = PUNCT.sub(" ", text).split()
    words = _clean(text).split()
    if len(words) != len(raw_words):  # hyphens split words: fall back to the folded words only
        raw_words = words
    for n in range(min(MAX_NGRAM, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            gram = " ".join(words[i:i + n])
            if n == 1 and (gram in STOPWORDS or (gram in EVERYDAY and not raw_words[i][:1].isupper())):
                continue
            found = directory.lookup(gram)
            if found:
                return found, (i, i + n)
    return [], None


def _intents(words: list[str]) -> tuple[set[str], set[int]]:
    nlp = _nlp()
    doc = nlp.make_doc(" ".join(words))
    found: set[str] = set()
    covered: set[int] = set()
    for match_id, start, end in _matcher()(doc):
        found.add(nlp.vocab.strings[match_id])
        span = doc[start:end]
        covered.update(range(span.start, span.end))
    # map token indices back to word indices (the folded text has no punctuation left, so they agree
    # except where the tokenizer split a word, e.g. "'s")
    word_of: list[int] = []
    for w_i, w in enumerate(words):
        word_of.extend([w_i] * len(nlp.make_doc(w)))
    return found, {word_of[t] for t in covered if t < len(word_of)}


def parse_question(text: str) -> Intent:
    """Route a plain-Dutch question to an intent and the municipality it is about."""
    words = _clean(text).split()
    if not words:
        return Intent(None)
    with _LOCK:
        names, covered_ids = _intents(words)
    name = next((p for p in PRIORITY if p in names), None)
    if name == "search":
        rest = [w for i, w in enumerate(words) if i not in covered_ids]
        return Intent("search", query=" ".join(rest))
    gemeenten, span = find_gemeenten(text)
    if gemeenten:
        return Intent(name, gemeenten, query=" ".join(words[span[0]:span[1]]) if span else "", exact=True)
    rest = [w for i, w in enumerate(words) if i not in covered_ids and w not in STOPWORDS]
    query = " ".join(rest)
    if query and len(rest) <= MAX_NGRAM and name in (None, "status", "owner", "missing", "overdue"):
        cutoff = 80.0 if name else 90.0
        hits = load_directory().search(query, limit=5, cutoff=cutoff)
        if name is None:  # no question word at all: only a near-exact name counts ("heemskrek")
            hits = [(g, sc) for g, sc in hits if fuzz.ratio(query, normalise(g.name)) >= 85]
        if hits:
            top = hits[0][1]
            return Intent(name, [g for g, score in hits if score >= top - 0.5], query=query)
    return Intent(name, [], query=query)


def resolve_gemeente(query: str) -> list[Gemeente]:
    """Candidates for a name a person typed: exact (possibly several, e.g. Bergen) or the best fuzzy ones."""
    directory = load_directory()
    query = PUNCT.sub(" ", query).strip()
    if not query:
        return []
    exact = directory.lookup(query)
    if exact:
        return exact
    hits = directory.search(query, limit=5)
    if not hits:
        return []
    top = hits[0][1]
    close = [g for g, score in hits if score >= top - 3.0]
    return close if top < 95 else [g for g, score in hits if score >= top - 0.5]


def warm_up() -> None:
    """Load the tokenizer, the rules and the municipality directory now rather than on the first question."""
    with _LOCK:
        _matcher()
    load_directory()
