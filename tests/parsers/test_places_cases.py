"""The places reader on hand-written cases (tests/parsers/data/places_cases.json): totals and each figure's role."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from parsers.places import read_places
from parsers.segments import sentences

pytestmark = pytest.mark.timeout(120)

CASES = json.loads((Path(__file__).parent / "data" / "places_cases.json").read_text(encoding="utf-8"))["cases"]


def test_cases_cover_every_rule_family() -> None:
    families = {c["rule"].split(":")[0] for c in CASES}
    assert {"realised", "planned", "not planned", "task", "quoted", "not places", "mixed"} <= families
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=[c["rule"] for c in CASES])
def test_places_case(case: dict) -> None:
    # the mail's date (a day named before it is no moment ahead) and the municipalities it is written for
    reading = read_places(sentences(case["text"], "body"), date.fromisoformat(case.get("ref", "2026-06-01")),
                          tuple(case.get("own", ())))
    assert reading.places == {"realised": case["realised"], "planned": case["planned"]}
    roles = {}
    for m in reading.mentions:
        roles.setdefault(str(m.value), set()).add(m.role)
    for figure, role in case["roles"].items():
        assert role in roles.get(figure.replace(".", ""), set()), (figure, roles)
    if not case["roles"]:  # nothing in the text counts places: no figure may be counted
        assert not [m for m in reading.mentions if m.counted and m.value]


def test_every_figure_carries_its_evidence() -> None:
    reading = read_places(sentences("Wij bieden op dit moment 60 plekken. Voor 45 plekken wordt een school verbouwd.",
                                    "body"))
    counted = {m.value: m for m in reading.mentions if m.counted}
    assert counted[60].counted == "realised" and "60 plekken" in counted[60].text
    assert counted[45].counted == "planned" and counted[45].status == "gepland" and counted[45].cue
    assert set(counted[45].to_json()) >= {"value", "role", "group", "status", "site", "cue", "counted", "text", "source"}
