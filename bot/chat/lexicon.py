"""The chat's words: the vocabulary of bot/chat/data/vocab.json and what is done with single words.

The phrase matcher (a spaCy PhraseMatcher on LOWER over a blank Dutch pipeline), typo correction (rapidfuzz
against the vocabulary words, spellings by ear, shorthand without vowels), compounds of a reason word, spoken
day numbers and the sound-alike spellings of names and provinces.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from parsers.gemeenten import normalise

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher

# the least rapidfuzz ratio at which a word is taken for a typo of a vocabulary word
TYPO_SCORE = 84.0


@dataclass(frozen=True)
class Vocab:
    phrases: tuple[tuple[str, str, str], ...]
    provinces: dict[str, str]
    numbers: dict[str, int]
    months: dict[str, int]
    filler: frozenset[str]
    stopwords: frozenset[str]
    pronouns: tuple[str, ...]
    capabilities: tuple[tuple[str, str], ...]
    words: frozenset[str]
    abbreviations: dict[str, str]
    follow_cues: tuple[str, ...]
    year_words: dict[str, int]
    compound_tails: tuple[str, ...]
    unbounded_regions: tuple[str, ...]


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    raw = json.loads(resources.files("bot.chat").joinpath("data", "vocab.json").read_text(encoding="utf-8"))
    phrases = tuple((normalise(p), slot, value) for p, slot, value in raw["phrases"])
    provinces = {normalise(k): v for k, v in raw["provinces"].items()}
    words = {w for p, _, _ in phrases for w in p.split()} | {w for k in provinces for w in k.split()}
    words |= set(raw["months"]) | set(raw["numbers"]) | set(raw["stopwords"]) | set(raw["year_words"]) | {
        "week", "maand", "jaar", "zomer", "eind", "einde", "begin", "trede", "vandaag", "morgen", "gisteren",
        "weken", "dagen", "dag", "maanden", "wanneer", "welke", "hebben", "heeft", "helft", "halfjaar", "kwartaal",
        "eerste", "tweede", "derde", "vierde", "q1", "q2", "q3", "q4"}
    return Vocab(phrases, provinces, {normalise(k): v for k, v in raw["numbers"].items()}, raw["months"],
                  frozenset(raw["filler"]), frozenset(raw["stopwords"]), tuple(raw["pronouns"]),
                  tuple(tuple(c) for c in raw["capabilities"]), frozenset(words), raw["abbreviations"],
                  tuple(raw["follow_cues"]), raw["year_words"], tuple(raw["compound_tails"]),
                  tuple(normalise(r) for r in raw["unbounded_regions"]))


@lru_cache(maxsize=4096)
def compound(word: str) -> tuple[str, ...]:
    """A reason word joined to a word for trouble, split in two ("geldproblemen" → "geld problemen",
    "vergunningsperikelen" → "vergunning perikelen"); any other word as it is."""
    v = vocab()
    if word in v.words or len(word) < 8:
        return (word,)
    for tail in v.compound_tails:
        head = word[:-len(tail)] if word.endswith(tail) else ""
        for stem in (head, head[:-1] if head.endswith("s") else ""):
            if len(stem) >= 3 and stem in reason_heads():
                return stem, tail
    return (word,)


@lru_cache(maxsize=1)
def region_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each region without a border in the register, with the pattern that finds it as a whole word."""
    return tuple((r, re.compile(rf"(?<![\w-]){re.escape(r)}(?![\w-])")) for r in vocab().unbounded_regions)


@lru_cache(maxsize=1)
def reason_heads() -> frozenset[str]:
    return frozenset(p for p, slot, _ in vocab().phrases if slot == "reason" and " " not in p)


@lru_cache(maxsize=1)
def blank_nlp() -> Language:
    import spacy

    return spacy.blank("nl")


@lru_cache(maxsize=1)
def matcher() -> PhraseMatcher:
    from spacy.matcher import PhraseMatcher

    nlp = blank_nlp()
    m = PhraseMatcher(nlp.vocab, attr="LOWER")
    by_label: dict[str, list[str]] = {}
    for phrase, slot, value in vocab().phrases:
        by_label.setdefault(f"{slot}={value}", []).append(phrase)
    for label, phrases in by_label.items():
        m.add(label, [nlp.make_doc(p) for p in phrases])
    return m


@lru_cache(maxsize=1)
def vocab_list() -> list[str]:
    return sorted(w for w in vocab().words if len(w) >= 4)


@lru_cache(maxsize=8192)
def spelled_as_heard(word: str) -> list[str]:
    """Spellings a word typed by ear stands for: g/ch, t/d and dt, ll/l, ij/ei."""
    out = [re.sub(r"g(?=t|te|ten)$|g(?=te?n?$)", "ch", word), word.replace("tp", "dp").replace("jt", "jd"),
           word.replace("ll", "l"), word.replace("ij", "ei"), word.replace("ei", "ij")]
    return [w for w in out if w != word]


def correct(word: str) -> str:
    """A vocabulary word for a typo ("gereageert" → "gereageerd"); the word itself when none is close."""
    v = vocab()
    if len(word) < 4 or word in v.words or not word.isalpha() or word in day_words():
        return word  # a spoken day ("vierentwintig") is not a typo of a year word ("vijfentwintig")
    choices = [w for w in vocab_list() if w[0] == word[0]]  # a typo rarely hits the first letter
    cutoff = TYPO_SCORE
    if len(word) <= 5:  # one wrong letter in a short word ("weak"), not another word of another length
        choices, cutoff = [w for w in choices if len(w) == len(word)], 74.0
    hit = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    if hit:
        return hit[0]
    # written as it sounds ("verwagt", "tijtpad", "behandellaar"): the vocabulary word spelled that way
    for heard in spelled_as_heard(word):
        if heard in v.words:
            return heard
    # chat shorthand without vowels ("hoevl", "wlke", "hebbn"): the one vocabulary word with the same consonants
    same = skeletons().get(skeleton(word), ())
    return same[0] if len(same) == 1 and len(skeleton(word)) >= 3 else word


def skeleton(word: str) -> str:
    """The first letter and the consonants after it: "hoeveel" and "hoevl" are both "hvl"."""
    return word[:1] + re.sub(r"[aeiouy]", "", word[1:])


@lru_cache(maxsize=1)
def skeletons() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for w in vocab_list():
        out.setdefault(skeleton(w), []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def phrase_hits(words: list[str]) -> list[tuple[int, int, set[str]]]:
    """Non-overlapping vocabulary matches, longest first: (start, end, {"slot=value", ...})."""
    nlp = blank_nlp()
    doc = nlp.make_doc(" ".join(words))
    if len(doc) != len(words):  # the tokenizer split a word: match on a doc of the words themselves
        from spacy.tokens import Doc

        doc = Doc(nlp.vocab, words=words)
    spans: dict[tuple[int, int], set[str]] = {}
    for match_id, start, end in matcher()(doc):
        spans.setdefault((start, end), set()).add(nlp.vocab.strings[match_id])
    taken: set[int] = set()
    out = []
    for (start, end), labels in sorted(spans.items(), key=lambda kv: (-(kv[0][1] - kv[0][0]), kv[0][0])):
        if taken & set(range(start, end)):
            continue
        taken.update(range(start, end))
        out.append((start, end, labels))
    return sorted(out)


@lru_cache(maxsize=1)
def day_words() -> dict[str, int]:
    """Days of the month as spoken words, as `normalise` folds them: "drieentwintig", "eenendertigste"."""
    units = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
    words = dict(zip([*units, "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
                      "achttien", "negentien", "twintig"], range(1, 21), strict=True))
    for tens, base in (("twintig", 20), ("dertig", 30)):
        for i, u in enumerate(units[:9 if base == 20 else 1], 1):
            words[f"{u}en{tens}"] = base + i  # "drieentwintig" (drieëntwintig folded), "eenendertig"
    words["dertig"] = 30
    ordinals = {"eerste": 1, "derde": 3, "achtste": 8}
    for w, n in list(words.items()):
        ordinals.setdefault(w + ("ste" if n >= 20 or n in (1, 8) else "de"), n)
    return {**words, **ordinals}


def sounds_like(word: str) -> list[str]:
    """Spellings that sound the same (voice typing): "lijden" ~ "leiden", "weerd" ~ "weert"."""
    out = []
    if "ij" in word:
        out.append(word.replace("ij", "ei"))
    if "ei" in word:
        out.append(word.replace("ei", "ij"))
    if word.endswith("dt"):
        out.append(word[:-1])  # "barneveldt" ~ "Barneveld"
    elif word[-1] in "dt":
        out.append(word[:-1] + ("t" if word[-1] == "d" else "d"))
    if "ie" in word:
        out.append(word.replace("ie", "y"))  # "lelie stad" ~ "Lelystad"
    if "ks" in word:
        out.append(word.replace("ks", "x"))  # "waddinks veen" ~ "Waddinxveen"
    if "aai" in word:
        out.append(word.replace("aai", "ay"))  # "venraai" ~ "Venray"
    return out


def province_typo(word: str) -> str | None:
    """A province for a mistyped province word ("overijsel")."""
    keys = [k for k in vocab().provinces if " " not in k and k[0] == word[0]]
    hit = process.extractOne(word, keys, scorer=fuzz.ratio, score_cutoff=86.0)
    return vocab().provinces[hit[0]] if hit else None
