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
from functools import lru_cache
from typing import Any

from parsers.nlp import load_rules

_WORD = re.compile(r"[a-zà-ÿ0-9]+(?:[-'][a-zà-ÿ0-9]+)*")
# clause boundaries: punctuation and the conjunctions that open a new clause
_CLAUSE_SPLIT = re.compile(r"[,;:()\u2013\u2014]| - |\b(?:maar|omdat|doordat|waardoor|terwijl|zodat|nadat|voordat|want|"
                           r"echter|zodra|hoewel|tenzij|mits)\b")
_NEGATORS = frozenset({"niet", "geen", "nooit", "nergens", "niets", "noch", "onvoldoende"})
# "niet eerder dan", "niet alleen": not a negation of the clause's action
_NOT_NEGATION = re.compile(r"\bniet (eerder|later|langer dan|alleen|enkel|uitgesloten)\b|\bgeen enkele? twijfel\b")


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The Dutch lemma of one lower-case word (the word itself when the dictionary has none)."""
    try:
        import simplemma
    except ImportError:  # pragma: no cover - a declared dependency; degrade to surface forms
        return word
    return simplemma.lemmatize(word, lang="nl").replace("_", "").lower()


@dataclass
class Clause:
    """One clause: its text, its words and their lemmas, whether it is negated, and where it stands."""

    text: str
    words: tuple[str, ...]
    lemmas: frozenset[str]
    negated: bool
    start: int = 0
    end: int = 0

    def has(self, term: str) -> bool:
        return term_in(term, self.lemmas)


def term_in(term: str, bag: frozenset[str]) -> bool:
    """Whether a rule term (lemma or surface word, optional wildcard at one end, or a multi-word phrase) is in bag."""
    if " " in term:
        return all(term_in(t, bag) for t in term.split())
    if term.startswith("*"):
        suf = term[1:]
        return any(w.endswith(suf) for w in bag)
    if term.endswith("*"):
        pre = term[:-1]
        return any(w.startswith(pre) for w in bag)
    return term in bag


# the law's own name holds "taak" and "mogelijk": it says nothing about the municipality
_LAW_NAME = re.compile(r"wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen")
_CONTINUATION = ("zoals ", "waaronder ", "bijvoorbeeld ", "onder meer ", "met name ")


def clauses(sentence: str) -> list[Clause]:
    """The clauses of one sentence, with lemmas, negation and their span in the sentence.

    A part that only continues the previous clause ("..., zoals de aankoop van een pand") stays with it, so a
    negation in "niet verantwoord om stappen te zetten, zoals de aankoop" covers the example too.
    """
    low = _LAW_NAME.sub(lambda m: "wet".ljust(len(m.group(0))), sentence.lower())
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
        bag = set(words)
        bag.update(lemma(w) for w in words)
        if question:
            bag.add("?")
        neg = any(w in _NEGATORS for w in words) and not _NOT_NEGATION.search(part)
        out.append(Clause(part.strip(), words, frozenset(bag), neg, a, b))
    return out


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

    def matches(self, cls: list[Clause]) -> Clause | None:
        if self.scope == "sentence":
            bag = frozenset().union(*(c.lemmas for c in cls)) if cls else frozenset()
            neg = any(c.negated for c in cls)
            units = [Clause(" ".join(c.text for c in cls), (), bag, neg)]
        else:
            units = cls
        for c in units:
            if self.polarity is not None and c.negated != self.polarity:
                continue
            if any(c.has(t) for t in self.none):
                continue
            if all(any(c.has(t) for t in g) for g in self.groups):
                return c
        return None


def _rule(d: dict[str, Any], label_key: str) -> Rule:
    pol = d.get("negated")
    return Rule(d["id"], d.get(label_key, ""), d["all"], pol, d.get("none", []), d.get("scope", "clause"),
                d.get("case", ""))


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


def fire(family: str, sentence: str, cls: list[Clause] | None = None) -> list[tuple[Rule, Clause]]:
    """Every rule of a family that matches the sentence, with the clause it matched."""
    cls = cls if cls is not None else clauses(sentence)
    hits = []
    for r in rulebook()[family]:
        c = r.matches(cls)
        if c is not None:
            hits.append((r, c))
    return hits
