"""LowerRule's literal pre-check (`nlp.required_literals`) must never hide a match of the regex."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from parsers import elements, mime, reasons
from parsers.nlp import IgnoreCaseRule, LowerRule, required_literals

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize(("pattern", "expected"), [
    ("te duur", ("te duur",)),
    ("a|b(c|de)f", ("a", "b")),
    ("x?y", ("y",)),
    ("(ab)+", ("ab",)),
    ("ab*c", ("a",)),
    ("(?:foo)|bar|[xy]z", ("bar", "foo", "z")),
    ("(viel|is) .{0,40}\\baf(gevallen)?\\b", ("af",)),
])
def test_required_literals(pattern: str, expected: tuple[str, ...]) -> None:
    assert required_literals(pattern) == expected


@pytest.mark.parametrize("pattern", ["\\d+", "x?", "(?i)abc", "a(?i:b)c", "a|\\w", "", "(?:a|)b?"])
def test_no_literals_when_unsure(pattern: str) -> None:
    assert required_literals(pattern) is None


def _rules() -> list[LowerRule]:
    out = list(reasons._rules().values())
    for v in elements._rules().values():
        out.extend(v if isinstance(v, list) else [v])
    return out


def _texts() -> list[str]:
    texts: list[str] = []
    for path in sorted(FIXTURES.rglob("*.eml"))[:60]:
        body = mime.walk(path.read_bytes()).body
        texts += [line for line in body.splitlines() if line.strip()]
    return texts


def test_pre_check_agrees_with_the_regex() -> None:
    texts = _texts()
    assert texts
    hits = 0
    for rule in _rules():
        for text in texts:
            low = text.lower()
            plain = rule.regex.search(low)
            fast = rule.search(text)
            assert (plain and plain.span()) == (fast and fast.span()), (rule.pattern[:80], text)
            assert [m.span() for m in rule.regex.finditer(low)] == [m.span() for m in rule.finditer(text)]
            hits += plain is not None
    assert hits  # the texts do exercise the rules


@pytest.mark.parametrize(("pattern", "text"), [
    ("mis", "Miſ"), ("mis", "MıS"), ("ok", "\u212aok OK"), ("in", "\u0130n"), ("x", "X"), ("σα", "ΣΑ"),
])
def test_ignore_case_rule_keeps_re_equivalences(pattern: str, text: str) -> None:
    rule = IgnoreCaseRule(pattern)
    plain = re.compile(pattern, re.I)
    assert (rule.search(text) and rule.search(text).span()) == (plain.search(text) and plain.search(text).span())
    assert [m.span() for m in rule.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_kind_rules_pre_check_agrees_with_the_regex() -> None:
    from parsers import classify

    texts = _texts()
    for value in classify._rules().values():
        for rule in value if isinstance(value, list) else [value]:
            for text in texts:
                plain = rule.regex.search(text)
                fast = rule.search(text)
                assert (plain and plain.span()) == (fast and fast.span()), (rule.regex.pattern[:80], text)


@pytest.mark.parametrize("patterns", [
    ["ab", "abc", "b", "x+y"],
    ["geen (geschikte )?locatie", "locatie", "geschikte", "\\bniet\\b.{0,20}geschikt"],
    ["a.{0,5}b", "\\bb\\w*", "\\d+"],  # a branch without literals runs with the others as one regex
])
def test_any_of_finds_what_the_alternation_finds(patterns: list[str]) -> None:
    from parsers.nlp import any_of

    rule = any_of(patterns)
    plain = re.compile("|".join(f"(?:{p})" for p in patterns))
    texts = ["abc xxy b ab", "b", "", "x y", "geen geschikte locatie, niet echt geschikt; locatie", "ab ab abc",
             "a--b bcd 12", "geschikte geen locatie"]
    for text in texts:
        fast = rule.search(text)
        slow = plain.search(text)
        assert (fast and (fast.span(), fast.group(0))) == (slow and (slow.span(), slow.group(0))), text
        assert [(m.span(), m.group(0)) for m in rule.finditer(text)] == \
            [(m.span(), m.group(0)) for m in plain.finditer(text)], text
