"""Clause-level reading by meaning: lemmas, negation and modality per clause, rules as data.

Dutch puts the verb at the end of subordinate clauses and splits separable verbs
("trok zich terug"), so the rules in `parsers/data/meaning.json` are sets of
lemma groups that must all occur in ONE clause (any order), with a polarity
(negated or not). Lemmas come from simplemma's Dutch dictionary (plekken -> plek,
verlengd -> verlengen, besloten -> besluiten) plus the surface form, so a rule
can name either. Terms may use a wildcard at one end: "*overeenkomst" matches
every compound that ends in it, "opvang*" every compound that starts with it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from parsers.lemmas import lemmatize
from parsers.nlp import load_rules

_WORD = re.compile(r"[a-zà-ÿ0-9]+(?:[-'][a-zà-ÿ0-9]+)*")
# clause boundaries: punctuation and the conjunctions that open a new clause
_CLAUSE_SPLIT = re.compile(r"[,;:()\u2013\u2014]| - |\b(?:maar|omdat|doordat|waardoor|terwijl|zodat|nadat|voordat|want|"
                           r"echter|zodra|hoewel|tenzij|mits)\b")
# separable particles: at the end of a main clause they belong to its verb ("loopt op 1 maart af" = aflopen)
_PARTICLES = frozenset({"af", "op", "uit", "in", "aan", "weg", "door", "terug", "mee", "toe", "over", "vast", "bij",
                        "dicht", "na", "om", "voor", "binnen", "los", "tegen"})
NEGATORS = frozenset({"niet", "geen", "nooit", "nergens", "niets", "noch", "onvoldoende"})  # a clause's negation words
# adverbs that are nouns or names after an article ("azc De Pas", "de pas"): the adverb only when no article leads
_ADVERB_NOUNS = frozenset({"pas"})
_ARTICLES = frozenset({"de", "het", "een", "azc"})
# "niet eerder dan", "niet alleen": not a negation of the clause's action
_NOT_NEGATION = re.compile(r"\bniet (eerder|later|langer dan|alleen|enkel|uitgesloten|vóór|voor(?= (?:medio|begin|eind|het|de|20\d\d|[a-z]+ 20\d\d))|ruim vóór)\b|\bgeen enkele? twijfel\b")


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The Dutch lemma of one lower-case word (the word itself when the dictionary has none)."""
    try:
        return lemmatize(word).replace("_", "").lower()
    except ImportError:  # pragma: no cover - a declared dependency; degrade to surface forms
        return word


@dataclass
class Clause:
    """One clause: its text, its words and their lemmas, whether it is negated, and where it stands."""

    text: str
    words: tuple[str, ...]
    lemmas: frozenset[str]
    negated: bool
    start: int = 0
    end: int = 0
    _hits: frozenset[str] | None = field(default=None, repr=False, compare=False)

    @property
    def hits(self) -> frozenset[str]:
        """Every rule term of the rulebook that this clause holds (computed once per clause)."""
        if self._hits is None:
            self._hits = _index().hits(self.lemmas)
        return self._hits


class _TermIndex:
    """All terms of the rulebook, so that one pass over a clause's words finds every term it holds."""

    def __init__(self, terms: set[str]) -> None:
        self.terms = frozenset(terms)
        self.exact = frozenset(t for t in terms if " " not in t and "*" not in t)
        self.suffix: dict[int, dict[str, str]] = {}
        self.prefix: dict[int, dict[str, str]] = {}
        for t in terms:
            if " " in t:
                continue
            if t.startswith("*"):
                self.suffix.setdefault(len(t) - 1, {})[t[1:]] = t
            elif t.endswith("*"):
                self.prefix.setdefault(len(t) - 1, {})[t[:-1]] = t
        self.multi = [(t, frozenset(t.split())) for t in terms if " " in t]
        # each multi-word term under one of its words: only terms with that word in a bag are tested
        self._multi_by_word: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for t, parts in self.multi:
            self._multi_by_word.setdefault(min(parts), []).append((t, parts))
        self._words: dict[str, tuple[str, ...]] = {}  # a word's terms depend on the word alone

    def word_hits(self, w: str) -> tuple[str, ...]:
        """The single-word terms (exact, *suffix, prefix*) one word holds; remembered per word."""
        known = self._words.get(w)
        if known is not None:
            return known
        found = [w] if w in self.exact else []
        n = len(w)
        for size, table in self.suffix.items():
            if size <= n and w[n - size:] in table:
                found.append(table[w[n - size:]])
        for size, table in self.prefix.items():
            if size <= n and w[:size] in table:
                found.append(table[w[:size]])
        if len(self._words) >= 200_000:
            self._words.clear()
        self._words[w] = known = tuple(found)
        return known

    def hits(self, bag: frozenset[str]) -> frozenset[str]:
        found: set[str] = set()
        known = self._words
        for w in bag:
            terms = known.get(w)
            if terms is None:
                terms = self.word_hits(w)
            if terms:
                found.update(terms)
        found.update(self.multi_hits(bag))
        return frozenset(found)

    def multi_hits(self, bag: frozenset[str]) -> list[str]:
        """The multi-word terms whose words are all in the bag (they are plain words)."""
        by_word = self._multi_by_word
        if len(by_word) < len(bag):
            return [t for w, terms in by_word.items() if w in bag for t, parts in terms if parts <= bag]
        return [t for w in bag if w in by_word for t, parts in by_word[w] if parts <= bag]


# the law's own name holds "taak" and "mogelijk": it says nothing about the municipality
_LAW_NAME = re.compile(r"wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen")
_CONTINUATION = ("zoals ", "waaronder ", "bijvoorbeeld ", "onder meer ", "met name ")
# fixed expressions whose words mean something else on their own: "op grond van" (by virtue of: no land), "het oog
# laten vallen op" (to choose: nothing fell through); blanked as the law's name is
_IDIOMS = re.compile(r"\bop grond (?=van\b|hiervan\b|daarvan\b|waarvan\b)|"
                     r"\b(?:het|ons|zijn|haar|hun) oog (?:\w+ ){0,2}?(?:laten vallen|liet vallen|lieten vallen|"
                     r"is gevallen|was gevallen|viel|valt)(?= op\b)")


@lru_cache(maxsize=4096)
def clauses(sentence: str) -> list[Clause]:
    """The clauses of one sentence, with lemmas, negation and their span in the sentence (remembered per sentence:
    the kind, element and place readers ask for the same sentences; callers must not change the list).

    A part that only continues the previous clause ("..., zoals de aankoop van een pand") stays with it, so a
    negation in "niet verantwoord om stappen te zetten, zoals de aankoop" covers the example too.
    """
    low = sentence.lower()
    if "wet gemeentelijke" in low:
        low = _LAW_NAME.sub(lambda m: "wet".ljust(len(m.group(0))), low)
    if "grond" in low or "oog" in low:
        low = _IDIOMS.sub(lambda m: "".ljust(len(m.group(0))), low)
    question = low.rstrip().endswith("?")
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _CLAUSE_SPLIT.finditer(low):
        spans.append((pos, m.start()))
        pos = m.end() if not m.group(0).isalpha() else m.start()
    spans.append((pos, len(low)))
    out: list[Clause] = []
    for a, b in spans:
        part = low[a:b]
        words = tuple(_WORD.findall(part))
        if not words:
            continue
        if out and part.strip().startswith(_CONTINUATION):
            prev = out[-1]
            words = prev.words + words
            a = prev.start
            part = low[a:b]
            out.pop()
        if not _ADVERB_NOUNS.isdisjoint(words):
            words = tuple(w for i, w in enumerate(words)
                          if not (w in _ADVERB_NOUNS and i and words[i - 1] in _ARTICLES))
        bag = set(words)
        bag.update(map(lemma, words))
        bag.update(_expanded(w) for w in words if w.endswith(_SHORTHAND_ENDS))
        bag.update(_separable(words))
        if question:
            bag.add("?")
        neg = not NEGATORS.isdisjoint(words) and not _NOT_NEGATION.search(part)
        out.append(Clause(part.strip(), words, frozenset(bag), neg, a, b))
    return out


# shorthand officials type on a phone ("bestuursovk met coa getekend", "omgevingsvgn aangevraagd")
_SHORTHAND = {"ovk": "overeenkomst", "vgn": "vergunning", "vergunn": "vergunning", "bp": "bestemmingsplan",
              "rib": "raadsinformatiebrief", "vvgb": "verklaring van geen bedenkingen"}
_SHORTHAND_ENDS = tuple(_SHORTHAND)


def _expanded(word: str) -> str:
    """"bestuursovk" -> "bestuursovereenkomst", "ovk" -> "overeenkomst"."""
    for short, full in _SHORTHAND.items():
        if word.endswith(short):
            return word[: -len(short)] + full
    return word


def _separable(words: tuple[str, ...]) -> set[str]:
    """Verbs split by word order ("vallen daardoor 90 plaatsen weg" -> wegvallen): a particle closing the clause
    joined to every verb lemma before it."""
    tail = [w for w in words[-2:] if w in _PARTICLES]
    if not tail or len(words) < 2:
        return set()
    verbs = {f for w in words[:-1] if w not in _PARTICLES and len(w) > 2 for f in (w, lemma(w))}
    return {p + v for p in tail for v in verbs if v.endswith("en")}


def clause_at(cls: list[Clause], offset: int) -> Clause | None:
    """The clause that holds a character offset of the sentence."""
    for c in cls:
        if c.start <= offset < max(c.end, c.start + 1):
            return c
    return cls[-1] if cls else None


@dataclass
class Rule:
    """All groups must occur in one clause; polarity: True = negated, False = not negated, None = either."""

    id: str
    label: str
    groups: list[list[str]]
    polarity: bool | None = None
    none: list[str] = field(default_factory=list)
    scope: str = "clause"
    case: str = ""

    def __post_init__(self) -> None:
        self._groups = tuple(frozenset(g) for g in self.groups)
        self._none = frozenset(self.none)

    def holds(self, c: Clause) -> bool:
        """Whether this rule matches one unit (a clause, or a sentence unit)."""
        if self.polarity is not None and c.negated != self.polarity:
            return False
        hits = c.hits
        if self._none and not self._none.isdisjoint(hits):
            return False
        for g in self._groups:  # noqa: SIM110 - a plain loop is cheaper than all() over a generator
            if g.isdisjoint(hits):
                return False
        return True

    def matches(self, cls: list[Clause]) -> Clause | None:
        units = [sentence_unit(cls)] if self.scope == "sentence" else cls
        for c in units:
            if self.holds(c):
                return c
        return None


_UNITS: dict[int, tuple[list[Clause], Clause]] = {}


def sentence_unit(cls: list[Clause]) -> Clause:
    """The whole sentence as one unit (for rules whose terms may stand in different clauses)."""
    key = id(cls)
    cached = _UNITS.get(key)
    if cached is not None and cached[0] is cls:
        return cached[1]
    if len(cls) == 1:  # one clause: its own words and terms (its terms hold its multi-word terms already)
        c = cls[0]
        unit = Clause(c.text, (), c.lemmas, c.negated, _hits=c.hits)
    else:
        bag = frozenset().union(*(c.lemmas for c in cls)) if cls else frozenset()
        unit = Clause(" ".join(c.text for c in cls), (), bag, any(c.negated for c in cls))
        # a word's terms do not depend on its clause: the unit holds its clauses' terms and the multi-word terms
        # whose words stand in different clauses
        unit._hits = frozenset().union(*(c.hits for c in cls)).union(_index().multi_hits(bag))
    if len(_UNITS) > 256:
        _UNITS.clear()
    _UNITS[key] = (cls, unit)
    return unit


def _rule(d: dict[str, Any], label_key: str) -> Rule:
    pol = d.get("negated")
    return Rule(d["id"], d.get(label_key, ""), d["all"], pol, d.get("none", []), d.get("scope", "clause"),
                d.get("case", ""))


@lru_cache(maxsize=1)
def _index() -> _TermIndex:
    terms: set[str] = set()
    for rules in rulebook().values():
        for r in rules:
            terms.update(r.none)
            for g in r.groups:
                terms.update(g)
    return _TermIndex(terms)


@lru_cache(maxsize=1)
def rulebook() -> dict[str, list[Rule]]:
    """The rule families of parsers/data/meaning.json."""
    data = load_rules("meaning.json")
    return {
        "reasons": [_rule(d, "reason") for d in data["reasons"]],
        "cause_frames": [_rule(d, "label") for d in data["cause_frames"]],
        "not_step": [_rule(d, "label") for d in data["not_step"]],
        "steps": [_rule(d, "label") for d in data["steps"]],
        "extension": [_rule(d, "label") for d in data["extension"]],
    }


@cache
def _family_index(family: str) -> tuple[list[Rule], dict[str, list[int]], dict[str, list[int]]]:
    """The rules of a family and, for every term of a rule's first group, the clause-scope rules and the
    sentence-scope rules it may start."""
    rules = rulebook()[family]
    by_term: dict[str, list[int]] = {}
    by_term_sentence: dict[str, list[int]] = {}
    for i, r in enumerate(rules):
        index = by_term_sentence if r.scope == "sentence" else by_term
        for t in (r.groups[0] if r.groups else ()):
            index.setdefault(t, []).append(i)
    return rules, by_term, by_term_sentence


def fire(family: str, sentence: str, cls: list[Clause] | None = None) -> list[tuple[Rule, Clause]]:
    """Every rule of a family that matches the sentence (in rulebook order), with the first clause it matched.

    Only rules whose first group has a term in a clause are tried on it (an inverted index over the terms).
    """
    cls = cls if cls is not None else clauses(sentence)
    rules, by_term, by_term_sentence = _family_index(family)
    matched: dict[int, Clause] = {}
    for c in cls:
        cand = {i for t in c.hits if t in by_term for i in by_term[t]}
        for i in sorted(cand):
            if i not in matched and rules[i].holds(c):
                matched[i] = c
    if by_term_sentence and cls:
        unit = sentence_unit(cls)
        for t in unit.hits:
            for i in by_term_sentence.get(t, ()):
                if i not in matched and rules[i].holds(unit):
                    matched[i] = unit
    return [(rules[i], matched[i]) for i in sorted(matched)]
