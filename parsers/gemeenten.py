"""The municipality directory: 342 CBS municipalities, their mail domains, aliases and shared services.

Data copied from ../shared/data (see data/SOURCES.md for provenance).
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz, process


@dataclass(frozen=True)
class Gemeente:
    cbs_code: str
    name: str
    province: str
    domains: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    shared_services: tuple[str, ...] = ()


@dataclass(frozen=True)
class SharedService:
    name: str
    members: tuple[str, ...]  # official names
    note: str = ""


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_DASHES = re.compile(r"[-\u2010-\u2015_/]")
_STOPS = re.compile(r"[.,()]")
_SPACES = re.compile(r"\s+")
_GEMEENTE = re.compile(r"^gemeente ")


def _drop_combining(m: re.Match[str]) -> str:
    return "".join(c for c in m.group(0) if not unicodedata.combining(c))


def normalise(text: str) -> str:
    """Fold case and accents, unify apostrophes and hyphens, strip a leading 'gemeente'."""
    if len(text) <= 256:  # names, subjects, signatures: many, small
        return _normalise_short(text)
    if len(text) <= 1_000_000:  # a message's texts, normalised twice per message: keep only the last few
        return _normalise_long(text)
    return _normalise(text)


def _normalise(text: str) -> str:
    if not text.isascii():  # ASCII is its own NFKD form and holds no combining marks
        text = _NON_ASCII.sub(_drop_combining, unicodedata.normalize("NFKD", text))
    text = text.casefold().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = _DASHES.sub(" ", text)
    text = _STOPS.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    text = _GEMEENTE.sub("", text)
    return text


_normalise_short = lru_cache(maxsize=4096)(_normalise)
_normalise_long = lru_cache(maxsize=8)(_normalise)


@dataclass
class Directory:
    """Lookup of municipalities by code, name, alias, domain; fuzzy search for people's typing."""

    gemeenten: list[Gemeente]
    shared_services: list[SharedService]
    former: dict[str, str] = field(default_factory=dict)  # normalised former name -> current official name
    _by_name: dict[str, Gemeente] = field(init=False, repr=False)
    _by_key: dict[str, list[Gemeente]] = field(init=False, repr=False)
    _by_domain: dict[str, Gemeente] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_name = {g.name: g for g in self.gemeenten}
        self._by_code = {g.cbs_code: g for g in self.gemeenten}
        self._by_key = {}
        for g in self.gemeenten:
            for key in {normalise(g.name), *(normalise(a) for a in g.aliases)}:
                bucket = self._by_key.setdefault(key, [])
                if g not in bucket:
                    bucket.append(g)
        self._by_domain = {d.lower(): g for g in self.gemeenten for d in g.domains}
        self._choices = list(self._by_key)

    def __len__(self) -> int:
        return len(self.gemeenten)

    def by_name(self, name: str) -> Gemeente | None:
        return self._by_name.get(name)

    def by_code(self, code: str) -> Gemeente | None:
        return self._by_code.get(code.upper())

    def lookup(self, text: str) -> list[Gemeente]:
        """Exact lookup on a normalised name or alias (several when ambiguous, e.g. 'Bergen')."""
        return list(self._by_key.get(normalise(text), []))

    def by_domain(self, domain: str) -> Gemeente | None:
        """The municipality whose web or mail domain is `domain` or a parent of it."""
        domain = domain.lower().strip(".")
        parts = domain.split(".")
        for i in range(len(parts) - 1):
            g = self._by_domain.get(".".join(parts[i:]))
            if g:
                return g
        return None

    def shared_service(self, text: str) -> SharedService | None:
        key = normalise(text)
        for s in self.shared_services:
            if normalise(s.name) == key:
                return s
        return None

    def search(self, query: str, limit: int = 5, cutoff: float = 75.0) -> list[tuple[Gemeente, float]]:
        """Fuzzy search for a name a person typed ("den bosch", "sudwest fryslan", "heemskrek")."""
        exact = self.lookup(query)
        if exact:
            return [(g, 100.0) for g in exact]
        key = normalise(query)
        if not key:
            return []
        out: dict[str, tuple[Gemeente, float]] = {}
        for choice, score, _ in process.extract(key, self._choices, scorer=fuzz.WRatio, limit=limit * 3):
            if score < cutoff:
                continue
            for g in self._by_key[choice]:
                if g.name not in out or out[g.name][1] < score:
                    out[g.name] = (g, float(score))
        ranked = sorted(out.values(), key=lambda t: (-t[1], t[0].name))
        return ranked[:limit]


def _read_csv(name: str) -> list[dict[str, str]]:
    text = resources.files("parsers").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def load_directory() -> Directory:
    """Load the packaged reference data (cached: one directory per process)."""
    rows = _read_csv("gemeenten.csv")
    aliases: dict[str, list[str]] = {}
    services: list[SharedService] = []
    member_of: dict[str, list[str]] = {}
    former: dict[str, str] = {}
    for a in _read_csv("aliases.csv"):
        members = [m.strip() for m in a["municipalities"].split(";") if m.strip()]
        if a["kind"] == "spelling":
            for m in members:
                aliases.setdefault(m, []).append(a["alias"])
        elif a["kind"] == "shared_service":
            services.append(SharedService(a["alias"], tuple(members), a["note"]))
            for m in members:
                member_of.setdefault(m, []).append(a["alias"])
        elif a["kind"] == "former" and len(members) == 1:
            former[normalise(a["alias"])] = members[0]
    gemeenten = []
    for r in rows:
        domains = tuple(sorted({d.strip().lower() for d in (r["domain"], r["email_domain"]) if d.strip()}))
        gemeenten.append(Gemeente(r["cbs_code"], r["name"], r["province"], domains,
                                  tuple(aliases.get(r["name"], ())), tuple(member_of.get(r["name"], ()))))
    return Directory(gemeenten, services, former)
