"""Time expressions normalised per SCHEMA.md."""
from __future__ import annotations

from datetime import date

import pytest

from parsers.dates import find_time_expressions, is_past

pytestmark = pytest.mark.timeout(10)
REF = date(2026, 5, 20)


@pytest.mark.parametrize("text,value", [
    ("per 1 januari 2027", "2027-01-01"),
    ("in maart 2027", "2027-03"),
    ("in het derde kwartaal van 2027", "2027-Q3"),
    ("Q3 2027", "2027-Q3"),
    ("in de tweede helft van 2027", "2027-H2"),
    ("eerste halfjaar 2028", "2028-H1"),
    ("begin 2027", "2027-01"),
    ("medio 2027", "2027-07"),
    ("eind 2027", "2027-12"),
    ("eind dit jaar", "2026-12"),
    ("begin volgend jaar", "2027-01"),
    ("eind september 2026", "2026-09"),
    ("op 1-3-2027", "2027-03-01"),
    ("binnen drie maanden na het raadsbesluit van 12 juni", "2026-09"),
    ("binnen vier maanden na het raadsbesluit van 2 juli 2026", "2026-11"),
    ("over zes maanden", "2026-11"),
    ("in het najaar van 2027", "2027-10"),
    ("wij verwachten de locatie binnen zes maanden op te leveren", "2026-11"),  # from the mail's date
    ("nog voor de jaarwisseling", "2026-12"),  # the turn of the mail's year
    ("de eerste bewoners komen in week 28", "2026-07"),  # a week without a year: the mail's year
    ("direct na de jaarwisseling", "2027-01"),
    ("na de zomer van 2027", "2027-09"),  # the first month after the summer
    ("vóór de herfstvakantie van 2027", "2027-10"),  # a holiday: its month, or the month after it
    ("direct na de meivakantie", "2027-05"),
    ("voor de bouwvak", "2026-07"),
    ("na de kerstvakantie van 2027", "2028-01"),
    ("binnen een half jaar na dagtekening van deze brief", "2026-11"),  # the writer's own letter of 20 May 2026
    # a period word on a quarter gives its month, as "eind 2027" does; without a year the quarter ahead
    ("aan het eind van het eerste kwartaal", "2027-03"),
    ("uiterlijk eind van het tweede kwartaal van 2027", "2027-06"),
    ("begin van het derde kwartaal", "2026-07"),
    ("de verbouwing is over ongeveer vier maanden gereed", "2026-09"),
    # weeks after a day: the day they end on (20 June + 8 weeks = 15 August)
    ("binnen acht weken na de vergunning, die wij op 20 juni verwachten", "2026-08"),
    # a numeric day and month without a year after "per"/"vanaf" in terse mail (blind batch b119)
    ("voldoen per 1/7 (Bankrasweg 120 pl + 12 AMV)", "2026-07-01"),
    ("klaar per 1-9", "2026-09-01"),
])
def test_normalised_value(text: str, value: str) -> None:
    exprs = find_time_expressions(text, REF)
    assert exprs, text
    assert exprs[0].value == value


def test_after_a_holiday_that_is_still_on_is_this_year() -> None:
    """"na de zomervakantie" written in August: this September; "voor de zomervakantie" then: the next one."""
    assert find_time_expressions("De bouw start na de zomervakantie.", date(2027, 8, 23))[0].value == "2027-09"
    assert find_time_expressions("Klaar voor de zomervakantie.", date(2027, 8, 23))[0].value == "2028-07"
    assert find_time_expressions("Open na de kerstvakantie.", date(2027, 12, 20))[0].value == "2028-01"


def test_a_dated_decision_without_year_is_the_nearest_one() -> None:
    """"het raadsbesluit van 9 juli" in a September mail is the decision two months back, not next July."""
    exprs = find_time_expressions("binnen zes maanden na het raadsbesluit van 9 juli gereed", date(2026, 9, 20))
    assert exprs[0].value == "2027-01"


@pytest.mark.parametrize("text", [
    "binnen zes maanden na afloop van de beroepsprocedure",
    "binnen vijf maanden na een onherroepelijke uitspraak op te leveren",
    "binnen twaalf maanden nadat het nieuwe omgevingsplan onherroepelijk is geworden",
    "Zodra de provincie de ontheffing verleent, verwachten wij de locatie binnen negen maanden op te leveren",
])
def test_unknown_anchor_has_no_value(text: str) -> None:
    exprs = find_time_expressions(text, REF)
    assert exprs and exprs[0].value is None and exprs[0].relative


def test_the_letters_own_term_is_no_anchor() -> None:
    assert not find_time_expressions("binnen drie weken na dagtekening van deze brief", REF)


@pytest.mark.parametrize("text", ["in 2027", "volgend jaar", "zo spoedig mogelijk", "op korte termijn",
                                  "in de loop van 2027"])
def test_not_concrete(text: str) -> None:
    assert all(e.value is None or len(e.value) > 4 for e in find_time_expressions(text, REF))
    assert not [e for e in find_time_expressions(text, REF) if e.value]


def test_anchor_date_is_not_a_second_expression() -> None:
    exprs = find_time_expressions("binnen vier maanden na het raadsbesluit van 2 juli 2026 plaatsen", REF)
    assert [e.value for e in exprs] == ["2026-11"]


def test_works_that_start_on_a_day_and_last_months_end_that_many_months_later() -> None:
    exprs = find_time_expressions("De bouw start op 15 augustus 2026 en duurt ongeveer zeven maanden.", REF)
    assert "2027-03" in [e.value for e in exprs]
    # a duration without a start in the sentence gives no month
    assert find_time_expressions("De bouw duurt zeven maanden.", REF)[0].value is None


@pytest.mark.parametrize(("text", "value"), [
    ("Oplevering: H1 2027.", "2027-H1"),
    ("in h2-2026 klaar", "2026-H2"),
    ("Oplevering: Q3 '27.", "2027-Q3"),
    ("eind tweede kwartaal 2027: ingebruikname", "2027-06"),
    ("rond de jaarwisseling 2026–2027 in gebruik", "2026-12"),
    ("na de jaarwisseling 2026-2027 open", "2027-01"),
    # the anchor's month said beside it: "na de vergunning, die wij in maart verwachten"
    ("Binnen een half jaar na de vergunning, die wij in maart verwachten, staan de units er.", "2027-09"),
])
def test_short_and_spelled_moments(text: str, value: str) -> None:
    assert value in [e.value for e in find_time_expressions(text, REF)]


def test_past() -> None:
    [e] = find_time_expressions("per 1 april 2026", REF)
    assert is_past(e, REF)
    [e] = find_time_expressions("in mei 2026", REF)
    assert not is_past(e, REF)


@pytest.mark.parametrize(("text", "value"), [
    ("verwachte oplevering juli ’33", "2033-07"),  # a year cut to two digits after an apostrophe
    ("oplevering in maart '33", "2033-03"),
])
def test_a_two_digit_year(text: str, value: str) -> None:
    assert [e.value for e in find_time_expressions(text, date(2033, 1, 20))] == [value]


def test_months_later_waits_for_the_moment_before() -> None:
    from parsers.dates import anchor_back
    [expr] = find_time_expressions("De oplevering volgt een half jaar later.", date(2033, 1, 20))
    assert expr.relative and expr.value is None
    got = anchor_back(expr, "De oplevering volgt een half jaar later.",
                      ["De bouw start in het voorjaar: op 4 april 2033 worden de eerste units geplaatst."],
                      date(2033, 1, 20))
    assert got is not None and got.value == "2033-10"
    # "vijf maanden later dan gepland" is a delay told, no moment
    assert not find_time_expressions("De oplevering was vijf maanden later dan gepland.", date(2033, 1, 20))


def test_a_fraction_is_no_day() -> None:
    assert find_time_expressions("op 3/4 deel van de plekken", REF) == []
    assert find_time_expressions("per 1/3 van de kosten", REF) == []


@pytest.mark.parametrize(("text", "value"), [
    # terse mail (blind batch b124): "vj" is "volgend jaar", before a year "voorjaar"; a bare quarter after a word
    # that dates the delivery is the next one
    ("opl. Q1 vj", "2038-Q1"),
    ("opl. medio vj", "2038-07"),
    ("opl. vj 2039", "2039-04"),
    ("H2 dit jaar", "2037-H2"),
    ("+180 Sneek-Noord in aanbouw, opl. Q4.", "2037-Q4"),
    ("klaar in Q1", "2038-Q1"),
])
def test_terse_years_and_quarters(text: str, value: str) -> None:
    assert [e.value for e in find_time_expressions(text, date(2037, 8, 10))] == [value]


def test_vj_alone_and_a_quarter_with_its_year() -> None:
    assert find_time_expressions("vj", date(2037, 8, 10)) == []
    assert [e.value for e in find_time_expressions("opl. Q4 2038", date(2037, 8, 10))] == ["2038-Q4"]
