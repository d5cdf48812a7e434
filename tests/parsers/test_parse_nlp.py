"""The parser's light pipeline splits exactly as the full one, and segments' array-based sentencizer as spaCy's."""
from __future__ import annotations

from pathlib import Path

from parsers import mime, segments
from parsers.nlp import get_nlp, get_sentencizer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EXTRA = ["a. b", "Ja.\u2003nee", "...", "!?!", "Hallo?! 'Ja.' \"nee\" (x.) y", "1. 2. 3.", "  . a", "a .b . c",
         "Per 1-1-2027 (zie bijl.) vallen 85 plekken weg… Daarna: niets!", "e-mail: a.b@gemeente.nl. Tel. 06-123."]


def _texts() -> list[str]:
    texts = list(EXTRA)
    for path in sorted(FIXTURES.rglob("*.eml"))[:80]:
        res = mime.walk(path.read_bytes())
        texts += [res.body, *(f.text for f in res.forwarded)]
    return [t for t in texts if t]


def test_same_tokens_as_the_full_pipeline() -> None:
    full, light = get_nlp(), get_sentencizer()
    for text in _texts():
        a, b = full.make_doc(text), light.make_doc(text)
        assert [(t.idx, t.text, t.is_punct) for t in a] == [(t.idx, t.text, t.is_punct) for t in b]


def test_sentences_as_spacys_sentencizer() -> None:
    full = get_nlp()
    for text in _texts():
        want = []
        units = segments._units(text)
        with full.select_pipes(enable=["sentencizer"]):
            docs = list(full.pipe([u[0][:20000] for u in units]))
        for (_, section, bullet), doc in zip(units, docs, strict=True):
            want += [segments.Sentence(s.text.strip(), "x", section, bullet) for s in doc.sents if s.text.strip()]
        assert segments.sentences(text, "x") == want
