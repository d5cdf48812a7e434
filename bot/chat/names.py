"""The one name resolver: what a person typed → the municipality it means, and how sure that is.

Used by `spreidingsbot status`, `ask`, the chat commands and the question reader alike. It never answers
silently about another municipality:

- exact: the official CBS name or a known spelling/alias ("den bosch" → 's-Hertogenbosch);
- former: a municipality merged away since 2019 → its successor, with a note ("Delfzijl valt sinds 2021
  onder Eemsdelta"); Haaren (split over four) asks which one;
- place: a woonplaats inside a municipality → that municipality, with a note ("Zaandam ligt in Zaanstad");
- guess: one clearly nearest name for a typo ("Amstrdam"); the answer says it guessed;
- suggest: only near names: no answer, suggestions with buttons ("Bedoel je Amsterdam?");
- none: nothing close ("Nergenshuizen" is not Huizen).

Reference data: parsers/data/gemeenten.csv, aliases.csv, former_gemeenten.csv, woonplaatsen.csv (see
parsers/data/SOURCES.md).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz, process

from parsers.gemeenten import Gemeente, load_directory, normalise

GUESS_SCORE = 88.0  # whole-string similarity (rapidfuzz ratio) for a stated guess
SUGGEST_SCORE = 72.0  # below this a name is not suggested at all
GUESS_MARGIN = 4.0  # a guess needs this lead over the next municipality
SURE = ("exact", "former", "place")


@dataclass(frozen=True)
class Former:
    name: str
    successors: tuple[str, ...]
    year: int


@dataclass(frozen=True)
class NameMatch:
    """The outcome of resolving one name. `gemeenten` holds the candidates (several: ambiguous)."""

    given: str
    how: str  # exact | former | place | guess | suggest | none
    gemeenten: tuple[Gemeente, ...] = ()
    former: Former | None = None
    place: str | None = None  # the woonplaats as written in the reference data

    @property
    def one(self) -> Gemeente | None:
        """The municipality to answer about, when there is exactly one and it is not a mere suggestion."""
        return self.gemeenten[0] if len(self.gemeenten) == 1 and self.how != "suggest" else None

    @property
    def sure(self) -> bool:
        return self.how in SURE and len(self.gemeenten) == 1

    @property
    def note_needed(self) -> bool:
        """Whether the answer must say how the name was read (former, place, guess)."""
        return self.how in ("former", "place", "guess")


def _data_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("parsers").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@dataclass
class _Index:
    formers: dict[str, Former]
    places: dict[str, tuple[str, tuple[str, ...]]]  # normalised place -> (place, official municipality names)
    choices: dict[str, tuple[str, tuple[str, ...]]]  # normalised key -> (kind, official names)
    variants: dict[str, str]  # normalised other name -> official name


# first parts of hyphenated places that are everyday words ("Nieuw-Vennep", "Sint-Oedenrode"), never a name alone
_COMMON_HEADS = frozenset({"nieuw", "nieuwe", "oude", "groot", "grote", "klein", "kleine", "sint", "noord", "zuid",
                           "oost", "west", "hoog", "laag", "midden", "boven", "beneden", "binnen", "buiten"})


@lru_cache(maxsize=1)
def _index() -> _Index:
    directory = load_directory()
    formers = {}
    for r in _data_rows("former_gemeenten.csv"):
        succ = tuple(x.strip() for x in r["successors"].split(";") if x.strip())
        formers[normalise(r["former"])] = Former(r["former"], succ, int(r["year"]))
    places: dict[str, tuple[str, tuple[str, ...]]] = {}
    for r in _data_rows("woonplaatsen.csv"):  # a place name in two municipalities (Valkenburg) has two rows
        key = normalise(r["woonplaats"])
        place, found = places.get(key, (r["woonplaats"], ()))
        places[key] = (place, (*found, r["gemeente"]))
    # "Driebergen" for Driebergen-Rijsenburg: the first part of a hyphenated place, where no other place has it
    for place, officials in list(places.values()):
        head = normalise(place.split("-")[0]) if "-" in place else ""
        if len(head) >= 6 and head not in places and head not in _COMMON_HEADS and not directory.lookup(head):
            places[head] = (place, officials)
    variants = {normalise(r["variant"]): r["gemeente"] for r in _data_rows("name_variants.csv")}
    choices: dict[str, tuple[str, tuple[str, ...]]] = {}
    for key, official in variants.items():
        choices[key] = ("exact", (official,))
    for g in directory.gemeenten:
        for key in {normalise(g.name), *(normalise(a) for a in g.aliases)}:
            kind, names = choices.get(key, ("exact", ()))
            choices[key] = (kind, tuple(dict.fromkeys((*names, g.name))))
    for key, f in formers.items():
        choices.setdefault(key, ("former", f.successors))
    for key, (_, officials) in places.items():
        choices.setdefault(key, ("place", officials))
    return _Index(formers, places, choices, variants)


@lru_cache(maxsize=8192)
def exact(text: str) -> NameMatch | None:
    """A sure reading of `text` (official name, alias, former municipality, woonplaats), else None."""
    directory = load_directory()
    key = normalise(text)
    if not key:
        return None
    found = directory.lookup(key)
    if found:
        return NameMatch(text, "exact", tuple(found))
    idx = _index()
    if key in idx.variants:
        return NameMatch(text, "exact", (directory.by_name(idx.variants[key]),))
    f = idx.formers.get(key)
    if f is not None:
        return NameMatch(text, "former", tuple(directory.by_name(n) for n in f.successors), former=f)
    p = idx.places.get(key)
    if p is not None:
        return NameMatch(text, "place", tuple(directory.by_name(n) for n in p[1]), place=p[0])
    return None


@lru_cache(maxsize=4096)
def fuzzy(text: str, *, limit: int = 3) -> NameMatch:
    """The nearest names for a typo: a stated guess when one is clearly nearest, else suggestions."""
    key = normalise(text)
    if len(key) < 3:
        return NameMatch(text, "none")
    idx = _index()
    directory = load_directory()
    best: dict[str, float] = {}
    for choice, score, _ in process.extract(key, list(idx.choices), scorer=fuzz.ratio, limit=12,
                                            score_cutoff=SUGGEST_SCORE):
        for name in idx.choices[choice][1]:
            best[name] = max(best.get(name, 0.0), float(score))
    if not best:
        return NameMatch(text, "none")
    ranked = sorted(best.items(), key=lambda t: (-t[1], t[0]))
    top_name, top = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0.0
    if top >= GUESS_SCORE and top - runner >= GUESS_MARGIN:
        return NameMatch(text, "guess", (directory.by_name(top_name),))
    dt = [n for n, _ in ranked if _dt(normalise(n)) == _dt(key)]
    if len(dt) == 1:  # "Zaanstat", "Oosterhoud": the d/t slip every Dutch writer makes, one name fits
        return NameMatch(text, "guess", (directory.by_name(dt[0]),))
    return NameMatch(text, "suggest", tuple(directory.by_name(n) for n, _ in ranked[:limit]))


@lru_cache(maxsize=1)
def long_name_heads() -> frozenset[str]:
    """First words of the names of three words or more ("capelle" of Capelle aan den IJssel)."""
    return frozenset(k.split()[0] for k in _index().choices if len(k.split()) >= 3)


def close_long_name(gram: str) -> NameMatch | None:
    """A name of three words or more typed with one slip ("capelle aan den ijsel"): the one clearly nearest."""
    words = normalise(gram).split()
    if len(words) < 3 or words[0] not in long_name_heads():
        return None
    hit = fuzzy(gram)
    return hit if hit.how == "guess" and len(normalise(hit.gemeenten[0].name).split()) == len(words) else None


def _dt(key: str) -> str:
    """A name with its d/t spelling at word ends made one ("zaanstadt", "zaanstat" -> "zaanstad")."""
    return re.sub(r"(?:dt|d|t)\b", "d", key)


def resolve(text: str) -> NameMatch:
    """Resolve a name typed by a person (the whole text is the name)."""
    return exact(text) or fuzzy(text)


def candidates(text: str) -> list[Gemeente]:
    """Candidates as a plain list (the older interface): sure and guessed names, else suggestions."""
    return list(resolve(text).gemeenten)


def warm_up() -> None:
    _index()
