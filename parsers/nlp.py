"""The shared spaCy pipelines: blank Dutch + sentencizer (+ lookup lemmatizer + rule components).

`get_sentencizer()` is what the parser uses: blank Dutch with only the sentencizer, the cheapest build
that splits sentences exactly as the full pipeline does (its other components never ran on the parse
path). `get_nlp()` is the full pipeline with the lemmatizer and the entity ruler. Each is built once per
process. When SPREIDINGSBOT_SPACY_MODEL names an installed trained pipeline, that is loaded instead (both
return it) and the rule components are added on top. spaCy itself is imported lazily so that importing
this module is cheap.
"""
from __future__ import annotations

import json
import os
import re
import sys
import threading
import types
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

MODEL_ENV = "SPREIDINGSBOT_SPACY_MODEL"


class LowerRule:
    """A vocabulary rule from parsers/data: written in lower case, matched on the lower-cased text.

    Matching lower-cased text without re.IGNORECASE is about twice as fast in Python's `re` and gives the
    same answers, since every rule in the data files is lower case (tests/parsers checks that). Before the
    regex runs, a text must hold one of the literals that every match contains (`required_literals`): a
    substring test is far cheaper than the alternation, and most sentences hold none.
    """

    __slots__ = ("regex", "pattern", "need")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.regex = re.compile(pattern)
        self.need = required_literals(pattern)

    def search_lower(self, low: str) -> re.Match[str] | None:
        """`search` on text that is already lower case."""
        if self.need is not None and not self._may_match(low):
            return None
        return self.regex.search(low)

    def search(self, text: str) -> re.Match[str] | None:
        return self.search_lower(text.lower())

    def finditer(self, text: str) -> Any:
        return self.finditer_lower(text.lower())

    def finditer_lower(self, low: str) -> Any:
        """`finditer` on text that is already lower case."""
        if self.need is not None and not self._may_match(low):
            return iter(())
        return self.regex.finditer(low)

    def _may_match(self, low: str) -> bool:
        for n in self.need:  # noqa: SIM110 - a plain loop is cheaper than any() over a generator
            if n in low:
                return True
        return False


class IgnoreCaseRule:
    """A re.IGNORECASE regex with the same literal pre-check as `LowerRule`, made on the lower-cased text.

    Sound where lower-casing is per character and re's extra case equivalences (ſ ~ s, ı ~ i, Greek, ...) cannot
    occur: a text holding one of those characters (or İ, whose lower case is two characters) goes straight to the
    regex. `search` and `finditer` return the regex's own matches on the original text.
    """

    __slots__ = ("regex", "need")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.regex = re.compile(pattern, flags | re.IGNORECASE)
        self.need = required_literals(pattern, flags | re.IGNORECASE)

    def _may_match(self, text: str) -> bool:
        low = text.lower()
        if _fold_trouble().search(low):
            return True
        for n in self.need:  # noqa: SIM110 - a plain loop is cheaper than any() over a generator
            if n in low:
                return True
        return False

    def search(self, text: str) -> re.Match[str] | None:
        if self.need is not None and not self._may_match(text):
            return None
        return self.regex.search(text)

    def finditer(self, text: str) -> Any:
        if self.need is not None and not self._may_match(text):
            return iter(())
        return self.regex.finditer(text)


@lru_cache(maxsize=1)
def _fold_chars() -> frozenset[str]:
    """Characters for which re.IGNORECASE is not plain `str.lower()` equality (see re._casefix), lower-cased."""
    from re import _casefix  # type: ignore[attr-defined]

    chars = {chr(c) for c in _casefix._EXTRA_CASES}
    for extra in _casefix._EXTRA_CASES.values():
        chars.update(chr(c) for c in extra)
    chars = {c.lower() for c in chars if not c.isascii()}
    chars.update({"\u0307", "\u03c3", "\u03c2"})  # İ lowers to i + U+0307; Σ to σ or ς
    return frozenset(chars)


@lru_cache(maxsize=1)
def _fold_trouble() -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(_fold_chars())) + "]")


class _NoLiterals(Exception):
    """The pattern cannot be reduced to required literals (case-insensitive flags)."""


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Literals of which every match of `pattern` contains at least one (None: no such set is known).

    With re.IGNORECASE in `flags` the literals are lower case and hold for the lower-cased text (see
    `IgnoreCaseRule` for the texts where that is not so).

    Read from the parsed pattern: a run of plain characters in a sequence must occur in the match; a group, or
    a repeat of at least one, must match too, so its own literals count; an alternation needs one literal of
    every branch. Of a sequence's candidates the one with the longest shortest literal is kept.
    """
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def seq(items: Any) -> frozenset[str] | None:
        cands: list[frozenset[str]] = []
        run: list[str] = []
        for op, av in items:
            if op is c.LITERAL:
                run.append(chr(av))
                continue
            if run:
                cands.append(frozenset(["".join(run)]))
                run = []
            sub = None
            if op is c.SUBPATTERN:
                _group, add_flags, _del, p = av
                if add_flags & c.SRE_FLAG_IGNORECASE and not ignorecase:
                    raise _NoLiterals
                sub = seq(p)
            elif op is c.BRANCH:
                sub = branch(av[1])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
                sub = seq(av[2])
            elif op is c.ATOMIC_GROUP:
                sub = seq(av)
            if sub:
                cands.append(sub)
        if run:
            cands.append(frozenset(["".join(run)]))
        if not cands:
            return None
        return max(cands, key=lambda s: (min(map(len, s)), -len(s)))

    def branch(alternatives: Any) -> frozenset[str] | None:
        out: set[str] = set()
        for alt in alternatives:
            sub = seq(alt)
            if not sub:
                return None
            out |= sub
        return frozenset(out)

    ignorecase = bool(flags & re.IGNORECASE)
    try:
        parsed = _parser.parse(pattern, flags)
        if parsed.state.flags & c.SRE_FLAG_IGNORECASE and not ignorecase:
            return None
        found = seq(parsed)
    except (_NoLiterals, re.error, RecursionError):
        return None
    if not found or "" in found:
        return None
    if ignorecase:
        lowered = {f.lower() for f in found}
        if any(len(f) != len(g) for f, g in zip(sorted(found), map(str.lower, sorted(found)), strict=True)) \
                or any(ch in _fold_chars() for f in lowered for ch in f):
            return None
        found = lowered
    return tuple(sorted(found, key=lambda s: (-len(s), s)))


class AnyOfRule(LowerRule):
    """`any_of`: an alternation of rules, each branch with its own literal pre-check.

    A branch none of whose required literals occurs in a text can match nowhere in it, so leaving it out of the
    alternation changes no match (neither where one is found nor which text it covers). The branches that may
    match are run as their own regexes (compiled once each) and their matches merged as the alternation would
    find them: the leftmost, of those at one position the first branch's; the next search starts where a match
    ended (their matches are never empty: each holds a literal). Only group 0 and the span mean the same as in the
    full alternation (the branches' groups are numbered differently); that is all the callers use.
    """

    __slots__ = ("branches", "always", "literals", "_compiled", "_subsets")

    def __init__(self, patterns: list[str]) -> None:
        super().__init__("|".join(f"(?:{p})" for p in patterns))
        self.branches = [(f"(?:{p})", required_literals(p)) for p in patterns]
        # branches without known literals are always run (with the others, as one compiled alternation)
        self.always = frozenset(i for i, (_, need) in enumerate(self.branches) if need is None)
        by_literal: dict[str, set[int]] = {}
        for i, (_, need) in enumerate(self.branches):
            for n in need or ():
                by_literal.setdefault(n, set()).add(i)
        self.literals = tuple((n, frozenset(idx)) for n, idx in by_literal.items())  # each literal tested once
        self._compiled: list[re.Pattern[str] | None] = [None] * len(self.branches)
        self._subsets: dict[tuple[int, ...], re.Pattern[str]] = {}

    def _keep(self, low: str) -> frozenset[int]:
        keep = self.always
        for n, branches in self.literals:
            if n in low:
                keep = keep | branches
        return keep

    def _branch(self, i: int) -> re.Pattern[str]:
        regex = self._compiled[i]
        if regex is None:
            regex = self._compiled[i] = re.compile(self.branches[i][0])
        return regex

    def _whole(self, keep: frozenset[int]) -> re.Pattern[str] | None:
        """One compiled regex for `keep`, or None when its branches are to be merged."""
        if len(keep) == len(self.branches):
            return self.regex
        if not (keep & self.always):
            return None
        key = tuple(sorted(keep))
        regex = self._subsets.get(key)
        if regex is None:
            if len(self._subsets) >= 1024:
                self._subsets.clear()
            regex = self._subsets[key] = re.compile("|".join(self.branches[i][0] for i in key))
        return regex

    def _first(self, keep: list[int], low: str, pos: int) -> re.Match[str] | None:
        best = None
        for i in keep:  # in branch order: at one position the earlier branch wins
            m = self._branch(i).search(low, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def search_lower(self, low: str) -> re.Match[str] | None:
        keep = self._keep(low)
        if not keep:
            return None
        whole = self._whole(keep)
        if whole is not None:
            return whole.search(low)
        return self._first(sorted(keep), low, 0)

    def finditer_lower(self, low: str) -> Any:
        keep = self._keep(low)
        if not keep:
            return iter(())
        whole = self._whole(keep)
        if whole is not None:
            return whole.finditer(low)
        return self._merged(sorted(keep), low)

    def _merged(self, keep: list[int], low: str) -> Iterator[re.Match[str]]:
        pos = 0
        while True:
            m = self._first(keep, low, pos)
            if m is None:
                return
            yield m
            pos = m.end()


def any_of(patterns: list[str]) -> LowerRule:
    """One rule that matches when any of `patterns` matches."""
    return AnyOfRule(patterns)


def load_rules(name: str) -> Any:
    """A vocabulary file from parsers/data (JSON)."""
    return json.loads(resources.files("parsers").joinpath("data", name).read_text(encoding="utf-8"))


_SPACY_CLI_IMPORT = "from .cli.info import info  # noqa: F401"


def import_spacy() -> Any:
    """`import spacy`, without importing its command line when spaCy is the known layout.

    spacy/__init__ imports spacy.cli only for `spacy.info`, and spacy.cli pulls in typer, requests and
    weasel: ~0.3 s of CPU and ~15 MB that no parse needs. While spacy is first imported, spacy.cli is a
    stand-in whose `info` imports the real one when called; afterwards the stand-in is gone, so a later
    `import spacy.cli` imports the real command line. Any other spaCy layout: a plain import.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    try:
        from importlib.util import find_spec

        spec = find_spec("spacy")
        with open(spec.origin if spec and spec.origin else "", encoding="utf-8") as fh:
            init = fh.read()
        known = init.count(".cli") == 1 and _SPACY_CLI_IMPORT in init
    except (OSError, ValueError, ImportError):
        known = False
    if not known:
        import spacy

        return spacy

    def info(*args: Any, **kwargs: Any) -> Any:
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, so that "spacy.cli.info" resolves to the module below
    cli_info = types.ModuleType("spacy.cli.info")
    cli_info.info = info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, cli_info
    try:
        import spacy
    finally:
        for name, stand_in in (("spacy.cli.info", cli_info), ("spacy.cli", cli)):
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
        package = sys.modules.get("spacy")
        if package is not None and getattr(package, "cli", None) is cli:
            delattr(package, "cli")
    return spacy


_nlp_lock = threading.Lock()


def get_nlp() -> Language:
    """The process-wide pipeline, built once even when several threads ask at the same time."""
    with _nlp_lock:
        return _build_nlp()


def get_sentencizer() -> Language:
    """The pipeline the parser splits sentences with: blank Dutch + sentencizer, or the trained model when
    one is configured (its parser or senter splits then). Built once, thread-safe. Split texts inside
    `splitting`, which also adds deferred tokenizer exceptions."""
    with _nlp_lock:
        if os.environ.get(MODEL_ENV, "").strip():
            return _build_nlp()
        return _build_sentencizer()


@contextmanager
def splitting(texts: list[str]) -> Iterator[Language]:
    """The sentence splitter, ready for `texts` (their deferred tokenizer exceptions added), held for the caller's
    splitting so that no exception is added while a text is being tokenized."""
    nlp = get_sentencizer()
    with _split_lock:
        if _pending:
            add_occurring_exceptions(nlp, _pending, texts, _occurrences)
        yield nlp


def nlp_loaded() -> bool:
    """Whether this process has already built the pipeline (cheap to reuse then)."""
    return bool(_build_nlp.cache_info().currsize or _build_sentencizer.cache_info().currsize)


# Deferred tokenizer exceptions (a service's first mail): the ~4,700 Dutch exceptions ("dhr.", "t.a.v.",
# "'s-Hertogenbosch") cost ~0.7 s of CPU to add. An exception can only change how a text is tokenized (and
# so split into sentences) when its string occurs in the text, so a text split after adding just the
# exceptions that occur in it is split exactly as with all of them.
_deferred = False
_pending: dict[str, Any] = {}  # exceptions not yet in the sentencizer's tokenizer
_split_lock = threading.Lock()  # exceptions are added while no text is being split


def defer_tokenizer_exceptions() -> None:
    """Build the sentence splitter without the Dutch tokenizer exceptions; `splitting` then adds those
    that occur in each text, `complete_tokenizer` the rest. Call before the splitter is first built."""
    global _deferred
    _deferred = True


def complete_tokenizer() -> None:
    """Add every deferred tokenizer exception (no-op when none are pending)."""
    global _occurrences
    with _split_lock:
        if _pending:
            tokenizer = get_sentencizer().tokenizer
            for string in list(_pending):
                tokenizer.add_special_case(string, _pending.pop(string))
        _occurrences = None  # nothing left to find


class Occurrences:
    """Which of a fixed set of strings occur in a text, without a substring search per string.

    A string without whitespace can only occur inside one whitespace-free chunk of the text (`str.split()`), so the
    chunk's substrings of the strings' lengths are looked up in a set, once per distinct chunk (remembered: mail
    repeats most of its words). Strings holding whitespace are searched for directly.
    """

    def __init__(self, strings: Any) -> None:
        self.keys = frozenset(s for s in strings if s.split() == [s])
        self.other = [s for s in strings if s not in self.keys]
        sizes: dict[str, set[int]] = {}
        for s in self.keys:
            sizes.setdefault(s[0], set()).add(len(s))
        self.sizes = {c: sorted(v) for c, v in sizes.items()}  # by first character: the lengths of its strings
        self.rank = {s: i for i, s in enumerate(strings)}  # the strings' own order
        self._chunks: dict[str, tuple[str, ...]] = {}

    def _in_chunk(self, chunk: str) -> tuple[str, ...]:
        keys, n, by_first = self.keys, len(chunk), self.sizes
        found = []
        for i in range(n):
            for size in by_first.get(chunk[i], ()):
                if i + size > n:
                    break
                if chunk[i:i + size] in keys:
                    found.append(chunk[i:i + size])
        return tuple(found)

    def in_texts(self, texts: list[str]) -> list[str]:
        """The strings that occur in one of `texts` (in the order they were given)."""
        found: set[str] = set()
        chunks = self._chunks
        for text in texts:
            for chunk in set(text.split()):
                hits = chunks.get(chunk)
                if hits is None:
                    if len(chunks) >= 50_000:
                        chunks.clear()
                    hits = chunks[chunk] = self._in_chunk(chunk)
                found.update(hits)
            found.update(s for s in self.other if s in text)
        return sorted(found, key=self.rank.__getitem__)


_occurrences: Occurrences | None = None  # over every deferred exception, built with the splitter


def add_occurring_exceptions(nlp: Language, pending: dict[str, Any], texts: list[str],
                             occurrences: Occurrences | None = None) -> None:
    """Move the exceptions of `pending` whose string occurs in one of `texts` into nlp's tokenizer
    (`occurrences`: an index over a superset of pending's strings, else one is built for this call)."""
    for string in (occurrences or Occurrences(pending)).in_texts(texts):
        if string in pending:
            nlp.tokenizer.add_special_case(string, pending.pop(string))


def dutch_without_exceptions() -> tuple[Language, dict[str, Any]]:
    """Blank Dutch + sentencizer whose tokenizer has no exceptions yet, and those exceptions."""
    import_spacy()
    from spacy.lang.nl import Dutch

    class _Defaults(Dutch.Defaults):  # type: ignore[name-defined,misc]
        tokenizer_exceptions: dict[str, Any] = {}

    class _Dutch(Dutch):  # type: ignore[misc,valid-type]
        Defaults = _Defaults

    nlp = _Dutch()
    nlp.add_pipe("sentencizer")
    return nlp, {**Dutch.Defaults.tokenizer_exceptions, **_extra_exceptions()}


# abbreviations municipal mail uses that spaCy's Dutch exceptions lack: "131 pl. (incl. 8 AMV)" is one sentence
# ... and words shortened in terse mail: "opl. 1 juli", "tel. 077 ..." (a shortened month is read in segments)
_EXTRA_ABBREVIATIONS = ("pl.", "incl.", "excl.", "plm.", "max.", "min.", "i.v.m.", "o.a.", "m.b.t.", "t.b.v.", "resp.",
                        "opl.", "tel.", "voorb.", "aangevr.", "voorm.", "vgn.", "gem.", "bzw.", "mnd.", "reg.", "i.o.m.",
                        "o.b.v.", "vlgs.", "wk.", "ivm.", "loc.")


def _extra_exceptions() -> dict[str, Any]:
    """The abbreviations above, also capitalised as they open a line ("Opl. Q2 2038.", "Voorb.: 25 pl.")."""
    from spacy.symbols import ORTH

    forms = {f for a in _EXTRA_ABBREVIATIONS for f in (a, a[:1].upper() + a[1:])}
    return {a: [{ORTH: a}] for a in sorted(forms)}


@lru_cache(maxsize=1)
def _build_sentencizer() -> Language:
    if _deferred:
        global _occurrences
        nlp, exceptions = dutch_without_exceptions()
        _pending.update(exceptions)
        _occurrences = Occurrences(exceptions)
        return nlp
    spacy = import_spacy()

    nlp = spacy.blank("nl")
    for string, case in _extra_exceptions().items():
        nlp.tokenizer.add_special_case(string, case)
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=1)
def _build_nlp() -> Language:
    spacy = import_spacy()

    model = os.environ.get(MODEL_ENV, "").strip()
    nlp = None
    if model:
        try:
            nlp = spacy.load(model)
        except OSError:
            nlp = None
    if nlp is None:
        nlp = spacy.blank("nl")
        try:
            nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
            nlp.initialize()
        except Exception:  # noqa: BLE001 - lookup tables missing: run without lemmas
            if "lemmatizer" in nlp.pipe_names:
                nlp.remove_pipe("lemmatizer")
    for string, case in _extra_exceptions().items():  # the sentence splitter's abbreviations: the same tokens
        nlp.tokenizer.add_special_case(string, case)
    if "sentencizer" not in nlp.pipe_names and "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)
    _add_rule_components(nlp)
    return nlp


def _add_rule_components(nlp: Language) -> None:
    """The entity ruler with the domain vocabulary (time expressions, element cues)."""
    if "spreiding_ruler" in nlp.pipe_names:
        return
    ruler = nlp.add_pipe("entity_ruler", name="spreiding_ruler", config={"overwrite_ents": True,
                                                                          "phrase_matcher_attr": "LOWER"})
    patterns: list[dict[str, Any]] = []
    for label, phrases in load_rules("entities.json").items():
        if label.startswith("_"):
            continue
        for p in phrases:
            if isinstance(p, str):
                patterns.append({"label": label, "pattern": p})
            else:
                patterns.append({"label": label, "pattern": p})
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
