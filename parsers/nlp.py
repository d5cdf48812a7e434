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
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

MODEL_ENV = "SPREIDINGSBOT_SPACY_MODEL"


class LowerRule:
    """A vocabulary rule from parsers/data: written in lower case, matched on the lower-cased text.

    Matching lower-cased text without re.IGNORECASE is about twice as fast in Python's `re` and gives the
    same answers, since every rule in the data files is lower case (tests/parsers checks that).
    """

    __slots__ = ("regex", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.regex = re.compile(pattern)

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text.lower())

    def finditer(self, text: str) -> Any:
        return self.regex.finditer(text.lower())


def any_of(patterns: list[str]) -> LowerRule:
    """One rule that matches when any of `patterns` matches."""
    return LowerRule("|".join(f"(?:{p})" for p in patterns))


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
    one is configured (its parser or senter splits then). Built once, thread-safe. Split texts with
    `sentence_docs`, which also adds deferred tokenizer exceptions."""
    with _nlp_lock:
        if os.environ.get(MODEL_ENV, "").strip():
            return _build_nlp()
        return _build_sentencizer()


def nlp_loaded() -> bool:
    """Whether this process has already built the pipeline (cheap to reuse then)."""
    return bool(_build_nlp.cache_info().currsize)


# Deferred tokenizer exceptions (a service's first mail): the ~4,700 Dutch exceptions ("dhr.", "t.a.v.",
# "'s-Hertogenbosch") cost ~0.7 s of CPU to add. An exception can only change how a text is tokenized (and
# so split into sentences) when its string occurs in the text, so a text split after adding just the
# exceptions that occur in it is split exactly as with all of them.
_deferred = False
_pending: dict[str, Any] = {}  # exceptions not yet in the sentencizer's tokenizer
_split_lock = threading.Lock()  # exceptions are added while no text is being split


def defer_tokenizer_exceptions() -> None:
    """Build the sentence splitter without the Dutch tokenizer exceptions; `sentence_docs` then adds those
    that occur in each text, `complete_tokenizer` the rest. Call before the splitter is first built."""
    global _deferred
    _deferred = True


def complete_tokenizer() -> None:
    """Add every deferred tokenizer exception (no-op when none are pending)."""
    with _split_lock:
        if _pending:
            tokenizer = get_sentencizer().tokenizer
            for string in list(_pending):
                tokenizer.add_special_case(string, _pending.pop(string))


def sentence_docs(texts: list[str]) -> list[Any]:
    """The sentence-split spaCy docs of `texts` (only the sentence splitting components run)."""
    nlp = get_sentencizer()
    with _split_lock:
        if _pending:
            add_occurring_exceptions(nlp, _pending, texts)
        with nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in ("sentencizer", "senter", "parser")]):
            return list(nlp.pipe(texts))


def add_occurring_exceptions(nlp: Language, pending: dict[str, Any], texts: list[str]) -> None:
    """Move the exceptions of `pending` whose string occurs in one of `texts` into nlp's tokenizer."""
    joined = "\n".join(texts)
    for string in [s for s in pending if s in joined]:
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
    return nlp, dict(Dutch.Defaults.tokenizer_exceptions)


@lru_cache(maxsize=1)
def _build_sentencizer() -> Language:
    if _deferred:
        nlp, exceptions = dutch_without_exceptions()
        _pending.update(exceptions)
        return nlp
    spacy = import_spacy()

    nlp = spacy.blank("nl")
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
