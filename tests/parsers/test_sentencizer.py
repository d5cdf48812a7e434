"""The sentence splitter with deferred tokenizer exceptions splits exactly as blank Dutch with all of them."""
from __future__ import annotations

import email
import email.policy

import pytest
import spacy

from parsers.nlp import add_occurring_exceptions, dutch_without_exceptions
from tests.conftest import SHARED

pytestmark = pytest.mark.timeout(300)


def _tokens(doc) -> list[tuple[str, bool, str]]:  # noqa: ANN001 - a spaCy Doc
    return [(t.text, bool(t.is_sent_start), t.whitespace_) for t in doc]


def _corpus_texts() -> list[str]:
    texts = []
    for path in sorted((SHARED / "corpus").glob("*.eml")):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                try:
                    texts.append(part.get_content())
                except (LookupError, ValueError):
                    continue
    return texts


def test_deferred_exceptions_split_as_all_exceptions() -> None:
    from parsers.nlp import _extra_exceptions

    full = spacy.blank("nl")  # as the eager sentencizer is built: spaCy's exceptions and the extra abbreviations
    for string, case in _extra_exceptions().items():
        full.tokenizer.add_special_case(string, case)
    full.add_pipe("sentencizer")
    lazy, pending = dutch_without_exceptions()
    assert pending and not lazy.tokenizer.rules
    total = len(pending)
    texts = [f"Zie {s} hier. Dan {s}. ({s}) {s}, {s}: {s}" for s in list(pending)[:2000:7]]
    texts += [f"{s}" for s in list(pending)[2000:2600]]
    texts += _corpus_texts()
    for text in texts:
        add_occurring_exceptions(lazy, pending, [text])
        assert _tokens(lazy(text)) == _tokens(full(text)), text[:200]
    assert 0 < len(pending) < total  # some were added, not all
    for string in list(pending):
        lazy.tokenizer.add_special_case(string, pending.pop(string))
    assert lazy.tokenizer.rules.keys() == full.tokenizer.rules.keys()


def test_occurrences_finds_what_a_substring_search_finds() -> None:
    from parsers.nlp import Occurrences

    _, pending = dutch_without_exceptions()
    strings = list(pending) + ["a b", "x\u2028y", "", "t.a.v"]
    occurrences = Occurrences(strings)
    texts = [f"({s})\u00a0{s}.\u2028{s}" for s in list(pending)[::11]]
    texts += ["t.a.v. dhr.\tJansen;'s-Hertogenbosch a b x\u2028y", "", " \n", "C++ en :-) bijv.een"]
    texts += _corpus_texts()[:40]
    for text in texts:
        assert occurrences.in_texts([text]) == [s for s in strings if s in text], text[:80]
    assert occurrences.in_texts(texts[:3]) == [s for s in strings if any(s in t for t in texts[:3])]


def test_a_question_heading_inline_heads_the_text_after_it_on_its_line() -> None:
    """"Waarom duurt het langer? Tegen de eerste schets ... met" wrapped onto the next line: the text is kept whole."""
    from parsers.segments import sentences

    got = sentences("Waarom duurt het langer? Tegen de eerste schets is een petitie met\nruim 1.400 handtekeningen "
                    "aangeboden. Het college heeft het plan aangepast.\n", "body")
    assert [s.text for s in got] == ["Tegen de eerste schets is een petitie met ruim 1.400 handtekeningen aangeboden.",
                                     "Het college heeft het plan aangepast."]
    assert all(s.section == "facts" for s in got)


def test_a_numbered_question_heads_its_answer() -> None:
    """"Vraag 4. Wanneer verwacht de gemeente aan de taak te voldoen?" then "Antwoord: Begin 2031.": a timeline answer."""
    from parsers.segments import sentences

    got = sentences("Vraag 4. Wanneer verwacht de gemeente aan de taak te voldoen?\nAntwoord: Begin 2031. Tot dan heeft "
                    "de gemeente tijdelijk geen opvangplekken.\n", "body")
    assert [(s.text, s.section) for s in got][0] == ("Begin 2031.", "timeline")


def test_a_tab_separated_table_keeps_its_rows() -> None:
    """A table copied as tab-separated lines (Outlook's plain part): each row one sentence, cells as in HTML."""
    from parsers.segments import sentences

    got = sentences("Ons overzicht:\nGemeente\tGerealiseerd\tIn voorbereiding\tStand\nAstad\t0\t40\tvergund\n"
                    "Bdorp\t12\t\t\nTotaal\t12\t40\t\t\nToelichting volgt hieronder.\nHet pand\tis klaar.\n", "body")
    texts = [s.text for s in got]
    assert "Gemeente | Gerealiseerd | In voorbereiding | Stand" in texts
    assert "Astad | 0 | 40 | vergund" in texts and "Totaal | 12 | 40" in texts
    assert "Bdorp 12" in " ".join(texts) and "Het pand is klaar." in texts  # two cells: text, not a row


def test_numbered_answers_to_the_four_questions_follow_the_letters_order() -> None:
    """"Hierbij onze antwoorden op de 4 vragen:" then "1) ... 4) Q1 2037": the answers are the status, the facts,
    the steps and the timeline, in the order the letter asks them (blind batch b109)."""
    from parsers.segments import sentences

    got = sentences("Hierbij kort onze antwoorden op de 4 vragen:\n1) nu 0 plekken\n2) geen grond beschikbaar\n"
                    "3) locatie aangewezen voor 80 plekken\n4) Q3 2037\n", "body")
    assert [s.section for s in got][-4:] == ["status", "facts", "steps", "timeline"]


def test_a_question_numbered_without_the_word_vraag_heads_its_answer() -> None:
    """"4. Op welke termijn verwacht de gemeente ...?" above "Dat is naar onze verwachting in het tweede kwartaal":
    the letter's question, numbered, heads its answer (blind batch b116); a numbered line of the answer itself does
    not."""
    from parsers.segments import sentences

    got = sentences("4. Op welke termijn verwacht de gemeente aan de wettelijke taak te voldoen?\nZodra het paviljoen "
                    "in gebruik is, voldoen wij. Dat is naar verwachting in het tweede kwartaal van 2037.", "body")
    assert got[-1].section == "timeline"
    got = sentences("2. Wij hebben een locatie gevonden; is dat voldoende?\nDe raad besluit in mei.", "body")
    assert got[-1].section != "timeline"


def test_a_labelled_line_wrapped_mid_sentence_goes_on_on_the_next() -> None:
    """"Reden: het pand is in juni aangekocht, maar de verbouwing kan pas worden gegund als het COA de" and
    "huurovereenkomst heeft getekend." are one sentence (blind batch b116); a short label line stays a line."""
    from parsers.segments import sentences

    got = sentences("Reden: het pand is in juni 2036 aangekocht, maar de verbouwing kan pas worden gegund als het COA de\n"
                    "huurovereenkomst heeft getekend. Die handtekening laat op zich wachten.\n", "body")
    assert got[0].text.endswith("als het COA de huurovereenkomst heeft getekend.") and got[0].section == "facts"
    got = sentences("Planning: Q2 2037\nDe raad besluit in mei over het krediet.\n", "body")
    assert [s.text for s in got][:2] == ["Q2 2037", "De raad besluit in mei over het krediet."]


def test_a_short_heading_line_is_a_sentence_of_its_own() -> None:
    """"Wat is er gebeurd" above "Het college heeft ... voorgesteld als locatie voor 120 asielzoekers." is a heading
    (blind batch b118); a line wrapped after a function word, and "Vraag 2" / "Antwoord" labels, stay joined."""
    from parsers.segments import sentences

    got = [s.text for s in sentences("Wat is er gebeurd\nHet college heeft in september een locatie voorgesteld.\n",
                                     "body")]
    assert got == ["Wat is er gebeurd", "Het college heeft in september een locatie voorgesteld."]
    got = [s.text for s in sentences("In het voormalige gemeentehuis van\nZeist zijn 40 plekken in gebruik.\n", "body")]
    assert got == ["In het voormalige gemeentehuis van Zeist zijn 40 plekken in gebruik."]
    got = [s.text for s in sentences("Antwoord\nHet azc biedt plaats aan 520 asielzoekers.\n", "body")]
    assert got == ["Antwoord Het azc biedt plaats aan 520 asielzoekers."]


def test_lines_typed_one_by_one_are_sentences_of_their_own() -> None:
    """Terse mail typed line by line (blind batch b124): a line that had room for the next line's first word ended
    on purpose, and so does one before a short label and its colon; wrapped paragraphs stay whole, also under a
    subject line longer than they are, and a bracket wrapped over a line is no label."""
    from parsers.segments import sentences

    got = [s.text for s in sentences(
        "stand: 40 pl. in gebruik (Rhijngeesterstraatweg), amv nog geen\n"
        "in voorb.: 25 pl. Haaswijkweg, omgevingsvergunning aangevr. 3/7\n"
        "oorzaak: vergunningprocedure loopt nog + bezwaar ingediend tegen het collegebesluit (hoorzitting 16/9)\n"
        "opl. Haaswijkweg Q1 vj -> dan taak rond\n", "body")]
    assert got == ["stand: 40 pl. in gebruik (Rhijngeesterstraatweg), amv nog geen",
                   "in voorb.: 25 pl. Haaswijkweg, omgevingsvergunning aangevr. 3/7",
                   "vergunningprocedure loopt nog + bezwaar ingediend tegen het collegebesluit (hoorzitting 16/9)",
                   "opl. Haaswijkweg Q1 vj -> dan taak rond"]  # ("oorzaak:" opens the facts)
    got = [s.text for s in sentences(
        "Onderwerp: melding op grond van artikel 8 Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen\n"
        "In Horst aan de Maas zijn op dit moment 66 opvangplekken beschikbaar, in de locatie in\n"
        "Grubbenvorst. De overige 110 plekken volgen in een nieuw te bouwen locatie aan de rand van America.\n",
        "attachment:brief.pdf")]
    assert any(s.endswith("In Horst aan de Maas zijn op dit moment 66 opvangplekken beschikbaar, in de locatie in "
                          "Grubbenvorst.") for s in got)
    got = [s.text for s in sentences(
        "Op Bisonspoor realiseren wij 200 plaatsen in twee fasen. Fase 1 (120 plaatsen):\n"
        "vergunning verleend, ingebruikname in het vierde kwartaal van 2037. Fase 2 (80\n"
        "plaatsen): vergunning verleend, bezwaar in behandeling, ingebruikname in het tweede\n"
        "kwartaal van 2038.\n", "body")]
    assert got[-1] == "Fase 2 (80 plaatsen): vergunning verleend, bezwaar in behandeling, ingebruikname in het " \
                      "tweede kwartaal van 2038."


def test_a_row_led_to_its_moment_by_an_arrow_ends_its_line() -> None:
    """"... bezwaar loopt -> wk 36" above "Hillegom, Pastoorslaan: 140 plk ..." (blind batch b155): a line that ends in
    an arrow and its moment was ended on purpose, though the lines are as long as wrapped text."""
    from parsers.segments import sentences

    text = ("Sassenheim (Teylingen), paviljoens: 200 plk, vergunning verleend, bezwaar loopt -> wk 36\n"
            "Hillegom, Pastoorslaan: 140 plk, principebesluit college, bp-procedure -> Q1 '28\n"
            "Oorzaak: schaarste aan grond in de Bollenstreek.")
    texts = [s.text for s in sentences(text, "body")]
    assert texts[0].endswith("wk 36") and texts[1].startswith("Hillegom"), texts


def test_a_row_per_group_of_places_ends_its_line() -> None:
    """"regulier 34 -> 64 per 1/9 (...)" above "AMV 0 -> 6 per 1/10 (...)" (blind batch b166): lines that open with a
    group of places and its figure are rows, each a sentence, and so is the line after them."""
    from parsers.segments import sentences

    text = ("Stand Zwaluwdijk (uw brief 7641670):\n"
            "regulier 34 -> 64 per 1/9 (paviljoens Oosthoek, in aanbouw)\n"
            "AMV 0 -> 6 per 1/10 (woning gekocht, verbouw loopt)\n"
            "Daarmee per 1/10 op taak.")
    texts = [s.text for s in sentences(text, "body")]
    assert texts[1:] == ["regulier 34 -> 64 per 1/9 (paviljoens Oosthoek, in aanbouw)",
                         "AMV 0 -> 6 per 1/10 (woning gekocht, verbouw loopt)", "Daarmee per 1/10 op taak."], texts


def test_lines_typed_on_a_phone_are_sentences_of_their_own() -> None:
    """A phone wraps no line (blind batch b167): after "Verzonden vanuit Outlook voor Android" every line break is the
    writer's, even where the lines are as long as wrapped text and the next line opens in lower case."""
    from parsers.segments import sentences

    text = ("Locatie Zuiderhout 75 plk opgeleverd 1/6 en in gebruik, totaal nu 215 reg\n"
            "laatste 14 amv: Weidevenne, RB genomen vgn aangevraagd verwacht Q3\n"
            "achterstand kwam door bezwaar tegen vgn Zuiderhout")
    assert len(sentences(text, "body", unwrapped=True)) == 3
    assert len(sentences(text, "body")) < 3  # as wrapped text, the lines in lower case go on with the sentence


def test_a_line_typed_without_full_stops_is_cut_where_a_clause_opens() -> None:
    """One line from a phone, no full stop in it (blind batch b172): a new topic word ("volgende stap", "oplevering",
    "reden dat") or a subject with its verb ("we hebben") opens a clause; an inverted subject ("verwachten we") does
    not, nor does a short or punctuated sentence."""
    from parsers.segments import sentences

    text = ("hoi allemaal even kort vanaf de telefoon stand lochem nu r 12 amv 0 in de oude school volgende stap is "
            "het kantoor aan de dijk 60 pl vergunning aangevraagd oplevering verwacht Q2 2041 reden dat het lang "
            "duurt is bezwaar van de buren akkoord verwachten we ergens in het najaar we hebben verder geen grond")
    texts = [s.text for s in sentences(text, "body")]
    assert texts == ["hoi allemaal even kort vanaf de telefoon",
                     "stand lochem nu r 12 amv 0 in de oude school",
                     "volgende stap is het kantoor aan de dijk 60 pl vergunning aangevraagd",
                     "oplevering verwacht Q2 2041",
                     "reden dat het lang duurt is bezwaar van de buren akkoord verwachten we ergens in het najaar",
                     "we hebben verder geen grond"], texts
    short = "stand lochem nu 12 volgende stap is het kantoor"
    assert [s.text for s in sentences(short, "body")] == [short]
    punctuated = text.replace(" volgende stap", "; volgende stap")  # the writer's own stops are kept as the only cuts
    assert "oplevering verwacht Q2 2041" not in [s.text for s in sentences(punctuated, "body")]


def test_terse_lines_in_lower_case_are_sentences_of_their_own() -> None:
    """Lines typed one by one, most in lower case (blind batch b172): a line of figures well short of the longest had
    room for the next word, so every line was ended by its writer; a wrapped paragraph keeps its sentences whole."""
    from parsers.segments import sentences

    text = ("obv jullie brief, onze stand vlgs eigen telling:\n"
            "r 70 amv 8 -> 78 nu\n"
            "achter ivm verlies 30 pl in het dorp na de brand in februari (pand onbewoonbaar)\n"
            "Wolfheze (voorm. zorgterrein, naast het café) 60 pl, verbouwing gestart, ingebruikname nov 2040\n"
            "dan 138 = taak")
    texts = [s.text for s in sentences(text, "body")]
    assert texts[1:] == ["r 70 amv 8 -> 78 nu",
                         "achter ivm verlies 30 pl in het dorp na de brand in februari (pand onbewoonbaar)",
                         "Wolfheze (voorm. zorgterrein, naast het café) 60 pl, verbouwing gestart, ingebruikname nov 2040",
                         "dan 138 = taak"], texts
    wrapped = ("Op 3 mei 2040 heeft de raad besloten om de locatie aan de Dorpsweg in te\n"
               "richten voor 60 plaatsen.\n"
               "Kenmerk 7641883\n"
               "De vergunning is aangevraagd en wij verwachten de locatie in november te\n"
               "openen.")
    assert "richten voor 60 plaatsen." not in [s.text for s in sentences(wrapped, "body")]
