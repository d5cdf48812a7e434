"""The shared spaCy pipeline, sender authentication and the place figures."""
from __future__ import annotations

import subprocess
import sys

import pytest

from parsers.auth import check
from parsers.places import find_places
from parsers.segments import sentences

pytestmark = pytest.mark.timeout(120)


def test_get_nlp_is_blank_dutch_with_rules_and_cached() -> None:
    from parsers.nlp import get_nlp

    nlp = get_nlp()
    assert nlp is get_nlp()
    assert nlp.lang == "nl"
    assert "sentencizer" in nlp.pipe_names and "spreiding_ruler" in nlp.pipe_names
    doc = nlp("Het college zal zo spoedig mogelijk informeren. Het COA is in gesprek.")
    assert len(list(doc.sents)) == 2
    assert {e.label_ for e in doc.ents} >= {"TIJD_VAAG", "COA"}


def test_unknown_model_env_falls_back_to_blank() -> None:
    code = ("import os; os.environ['SPREIDINGSBOT_SPACY_MODEL']='nl_no_such_model'; "
            "from parsers.nlp import get_nlp; n=get_nlp(); print(n.lang, 'spreiding_ruler' in n.pipe_names)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=110, check=True)
    assert out.stdout.split() == ["nl", "True"]


def test_importing_nlp_does_not_import_spacy() -> None:
    code = "import sys, parsers.nlp; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("header,suspect", [
    ("mx1.minjenv.nl; spf=pass smtp.mailfrom=heemskerk.nl; dkim=pass header.d=heemskerk.nl; dmarc=pass", False),
    ("mx1.minjenv.nl; spf=fail smtp.mailfrom=heemskerk.nl; dkim=none; dmarc=fail header.from=heemskerk.nl", True),
    ("mx1.minjenv.nl; spf=softfail smtp.mailfrom=heemskerk.nl; dkim=fail header.d=heemskerk.nl", True),
    ("this is ; not = parseable", False),
])
def test_auth(header: str, suspect: bool) -> None:
    auth, warnings = check([("Authentication-Results", header)], "heemskerk.nl", municipal=True)
    assert auth["suspect"] is suspect
    assert bool(warnings) is suspect


def test_auth_failure_of_a_non_municipal_sender_is_not_suspect() -> None:
    auth, _ = check([("Authentication-Results", "mx; dmarc=fail")], "gmail.com", municipal=False)
    assert auth["suspect"] is False and auth["dmarc"] is None  # not from the trusted server: unverified
    auth, _ = check([("Authentication-Results", "mx; dmarc=fail")], "gmail.com", municipal=False,
                    trusted_authserv_id="mx")
    assert auth["suspect"] is False and auth["dmarc"] == "fail"


@pytest.mark.parametrize("text,realised,planned", [
    ("Op dit moment zijn in Heemskerk nog geen opvangplekken gerealiseerd.", 0, None),
    ("In Venlo zijn op dit moment 331 opvangplekken in gebruik: 300 reguliere plekken en 31 plekken voor AMV.",
     331, None),
    ("Harderwijk heeft op dit moment 140 reguliere opvangplekken en 20 AMV-plekken.", 160, None),
    ("In totaal zijn daarmee 40 van de 484 plekken gerealiseerd.", 40, None),
    ("Daardoor zijn 48 van de 150 opvangplekken weggevallen; er resteren 102 plekken.", 102, None),
    ("In totaal zijn 285 plekken in voorbereiding: 247 reguliere plekken en 38 AMV-plekken.", None, 285),
    ("Stand van zaken\nGerealiseerd | In voorbereiding\nTotaal | 95 | 155", 95, 155),
    ("Er zijn twee locaties in voorbereiding:\n- een kantoor voor 250 personen;\n- units voor 160 personen.",
     None, 410),
    ("Het college kiest voor twee locaties: een locatie van 75 plekken en een van 68 plekken.", None, 143),
])
def test_places(text: str, realised, planned) -> None:
    assert find_places(sentences(text, "body")) == {"realised": realised, "planned": planned}


def test_places_ignore_task_and_years() -> None:
    got = find_places(sentences("Onze wettelijke taak bedraagt 183 plekken. In 2025 was dat anders.", "body"))
    assert got == {"realised": None, "planned": None}


def test_spacy_imported_without_its_command_line_which_still_works() -> None:
    code = ("import sys; from parsers.nlp import get_sentencizer; n = get_sentencizer(); "
            "print('requests' in sys.modules, 'spacy.cli' in sys.modules); "
            "import spacy, spacy.cli; print(callable(spacy.cli.download), isinstance(spacy.info(silent=True), dict))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=110, check=True)
    assert out.stdout.split() == ["False", "False", "True", "True"]


def test_a_plan_in_an_own_earlier_mail_that_the_new_text_drops_is_gone() -> None:
    """The new text: "Het plan voor de Merwedehal (250 plekken) is komen te vervallen"; the municipality's own
    earlier mail quoted below still has "250 plekken in voorbereiding": only the new plan is planned."""
    from datetime import date

    from parsers.places import read_places

    body = ("Dordrecht heeft nu 412 plekken in gebruik. Het plan voor de Merwedehal (250 plekken), dat wij in maart "
            "noemden, is komen te vervallen. In plaats daarvan wordt een kantoorgebouw verbouwd voor 75 plekken.")
    quote = "Dordrecht heeft op dit moment 388 plekken in gebruik. Voor de Merwedehal zijn 250 plekken in voorbereiding."
    reading = read_places(sentences(body, "body") + sentences(quote, "quote:own"), date(2030, 7, 1), ("Dordrecht",))
    assert reading.places == {"realised": 412, "planned": 75}
