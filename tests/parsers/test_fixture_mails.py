"""Our own hard mails (tests/fixtures/mails, built by build.py): the pipeline must read them as labelled."""
from __future__ import annotations

import json

import pytest

from tests.parsers.conftest import FIXTURES

pytestmark = pytest.mark.timeout(120)
CASES = sorted(FIXTURES.glob("*.eml"))


def test_there_are_fixtures() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_fixture(path, parse) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    pm = parse(path.read_bytes())
    got = pm.to_json()
    assert pm.quarantine_reason is None
    assert got["kind"] == expected["kind"]
    assert sorted(got["municipalities"]) == sorted(expected["municipalities"])
    assert got["reference"] == expected["reference"]
    assert got["elements"] == expected["elements"]
    assert got["expected_date"] == expected["expected_date"]
    if expected["kind"] in ("ibt_reply", "meldplicht"):
        assert set(got["reasons"]) == set(expected["reasons"])
    assert got["content_in_attachment"] == expected["content_in_attachment"]
    if "places" in expected:
        assert got["places"] == expected["places"]
    if "suspect" in expected:
        assert pm.auth["suspect"] is expected["suspect"]
        assert any("vervalst" in w for w in pm.warnings)
    # every present element carries its evidence sentence
    for f in pm.findings:
        assert bool(f.evidence) == f.present


def test_fixture_evidence_names_its_source(parse) -> None:
    pm = parse((FIXTURES / "f08-pdf-attachment.eml").read_bytes())
    sources = {e.source for f in pm.findings for e in f.evidence}
    assert "attachment:reactie.pdf" in sources
    pm = parse((FIXTURES / "f07-forward-rfc822.eml").read_bytes())
    assert {e.source for f in pm.findings for e in f.evidence} == {"forwarded"}
