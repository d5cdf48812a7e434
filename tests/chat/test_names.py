"""The one name resolver: every official name, every former municipality since 2019, places and near-misses."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bot.chat import names
from bot.chat.plain import html_to_text
from bot.chat.rendering import name_note, name_text
from parsers.gemeenten import load_directory

DATA = Path(__file__).resolve().parents[2] / "parsers" / "data"


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_every_official_name_is_exact() -> None:
    rows = _rows("gemeenten.csv")
    assert len(rows) == 342
    for r in rows:
        for typed in (r["name"], r["name"].upper(), r["name"].lower(), f"gemeente {r['name']}"):
            m = names.resolve(typed)
            assert m.how == "exact" and [g.name for g in m.gemeenten] == [r["name"]], typed
            assert m.sure and not m.note_needed and name_note(m) == ""


# every municipal merger since 1 January 2019 (CBS): former name -> successor(s), year
MERGERS_SINCE_2019 = {
    2019: {"Haren": "Groningen", "Ten Boer": "Groningen", "Bedum": "Het Hogeland", "De Marne": "Het Hogeland",
           "Eemsmond": "Het Hogeland", "Winsum": "Het Hogeland", "Grootegast": "Westerkwartier",
           "Leek": "Westerkwartier", "Marum": "Westerkwartier", "Zuidhorn": "Westerkwartier",
           "Dongeradeel": "Noardeast-Fryslân", "Ferwerderadiel": "Noardeast-Fryslân",
           "Kollumerland en Nieuwkruisland": "Noardeast-Fryslân", "Aalburg": "Altena", "Werkendam": "Altena",
           "Woudrichem": "Altena", "Haarlemmerliede en Spaarnwoude": "Haarlemmermeer",
           "Giessenlanden": "Molenlanden", "Molenwaard": "Molenlanden", "Binnenmaas": "Hoeksche Waard",
           "Cromstrijen": "Hoeksche Waard", "Korendijk": "Hoeksche Waard", "Oud-Beijerland": "Hoeksche Waard",
           "Strijen": "Hoeksche Waard", "Geldermalsen": "West Betuwe", "Lingewaal": "West Betuwe",
           "Neerijnen": "West Betuwe", "Leerdam": "Vijfheerenlanden", "Vianen": "Vijfheerenlanden",
           "Zederik": "Vijfheerenlanden", "Nuth": "Beekdaelen", "Onderbanken": "Beekdaelen",
           "Schinnen": "Beekdaelen", "Noordwijkerhout": "Noordwijk"},
    2021: {"Appingedam": "Eemsdelta", "Delfzijl": "Eemsdelta", "Loppersum": "Eemsdelta"},
    2022: {"Weesp": "Amsterdam", "Heerhugowaard": "Dijk en Waard", "Langedijk": "Dijk en Waard",
           "Beemster": "Purmerend", "Boxmeer": "Land van Cuijk", "Cuijk": "Land van Cuijk",
           "Grave": "Land van Cuijk", "Mill en Sint Hubert": "Land van Cuijk", "Sint Anthonis": "Land van Cuijk",
           "Landerd": "Maashorst", "Uden": "Maashorst"},
    2023: {"Brielle": "Voorne aan Zee", "Hellevoetsluis": "Voorne aan Zee", "Westvoorne": "Voorne aan Zee"},
}


@pytest.mark.parametrize(("former", "successor", "year"),
                         [(f, s, y) for y, merged in MERGERS_SINCE_2019.items() for f, s in merged.items()])
def test_former_municipality_goes_to_its_successor_with_a_note(former: str, successor: str, year: int) -> None:
    m = names.resolve(former)
    assert m.how == "former" and [g.name for g in m.gemeenten] == [successor]
    assert html_to_text(name_note(m)) == f"{former} valt sinds {year} onder {successor}."
    assert names.resolve(former.lower()).gemeenten == m.gemeenten


def test_the_data_file_holds_exactly_the_mergers() -> None:
    rows = {r["former"]: (r["successors"], int(r["year"])) for r in _rows("former_gemeenten.csv")}
    expected = {f: (s, y) for y, merged in MERGERS_SINCE_2019.items() for f, s in merged.items()}
    expected["Haaren"] = ("Boxtel;Oisterwijk;Tilburg;Vught", 2021)
    assert rows == expected
    official = {g.name for g in load_directory().gemeenten}
    assert not set(rows) & official


def test_a_split_municipality_asks_which() -> None:
    m = names.resolve("Haaren")
    assert m.how == "former" and [g.name for g in m.gemeenten] == ["Boxtel", "Oisterwijk", "Tilburg", "Vught"]
    assert m.one is None
    assert html_to_text(name_text("choose", m)).startswith("Haaren bestaat sinds 2021 niet meer")


@pytest.mark.parametrize(("place", "gemeente"), [("Zaandam", "Zaanstad"), ("Hoofddorp", "Haarlemmermeer"),
                                                 ("Scheveningen", "'s-Gravenhage"), ("sneek", "Súdwest-Fryslân"),
                                                 ("Geleen", "Sittard-Geleen"), ("Volendam", "Edam-Volendam")])
def test_a_place_goes_to_its_municipality_with_a_note(place: str, gemeente: str) -> None:
    m = names.resolve(place)
    assert m.how == "place" and [g.name for g in m.gemeenten] == [gemeente]
    assert html_to_text(name_note(m)).endswith(f"ligt in de gemeente {gemeente}.")


def test_every_place_in_the_data_is_known_and_not_a_municipality() -> None:
    official = {g.name for g in load_directory().gemeenten}
    for r in _rows("woonplaatsen.csv"):
        assert r["gemeente"] in official
        assert r["woonplaats"] not in official
        assert gemeente_of(r["woonplaats"]) >= {r["gemeente"]}
    assert gemeente_of("Valkenburg") == {"Katwijk", "Valkenburg aan de Geul"}  # a place in two: asks


def gemeente_of(text: str) -> set[str]:
    return {g.name for g in names.resolve(text).gemeenten}


@pytest.mark.parametrize(("typed", "meant"), [("Amstrdam", "Amsterdam"), ("heemskrek", "Heemskerk"),
                                              ("Zwole", "Zwolle"), ("Rotterdm", "Rotterdam"),
                                              ("Eindhovn", "Eindhoven"), ("nijmgen", "Nijmegen")])
def test_a_clear_typo_is_a_stated_guess(typed: str, meant: str) -> None:
    m = names.resolve(typed)
    assert m.how == "guess" and [g.name for g in m.gemeenten] == [meant] and not m.sure
    assert html_to_text(name_note(m)) == f"„{typed}” ken ik niet; ik neem aan dat je {meant} bedoelt."


@pytest.mark.parametrize(("typed", "never"), [("Delfzijl", "Delft"), ("Nergenshuizen", "Huizen"),
                                              ("Delfzyl", "Delft"), ("Weesp", "Weert"), ("Uden", "Urk"),
                                              ("Leek", "Leiden"), ("Grave", "Gouda"), ("Nuth", "Urk")])
def test_near_misses_never_answer_about_another_municipality(typed: str, never: str) -> None:
    m = names.resolve(typed)
    assert never not in {g.name for g in m.gemeenten}
    assert m.how in ("former", "suggest", "none")


def test_nothing_close_is_said_so() -> None:
    for typed in ("Atlantis", "Gotham City", "xx"):
        m = names.resolve(typed)
        assert m.how == "none" and not m.gemeenten
        assert html_to_text(name_text("none", m)).startswith(f"Ik ken geen gemeente „{typed}”")


def test_only_near_names_are_suggestions() -> None:
    m = names.resolve("Nergenshuizen")
    assert m.how == "suggest" and m.one is None and "Huizen" not in {g.name for g in m.gemeenten}
    assert html_to_text(name_text("suggest", m)).startswith("Ik ken geen gemeente „Nergenshuizen”. Bedoel je")


def test_status_command_uses_the_resolver(db, cli_env: dict[str, str]) -> None:  # noqa: ANN001
    """`spreidingsbot status`: Delfzijl is Eemsdelta (with a note), never Delft; no Huizen for Nergenshuizen."""
    from tests.chat.factory import build_world
    from tests.chat.test_console_chat import run

    build_world(db)
    proc = run(cli_env, "status", "Delfzijl")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "Delfzijl valt sinds 2021 onder Eemsdelta." and lines[1].startswith("Eemsdelta (Groningen")
    assert "Delft" not in proc.stdout
    proc = run(cli_env, "status", "Nergenshuizen")
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith("Ik ken geen gemeente „Nergenshuizen”. Bedoel je") and "Huizen?" not in proc.stderr
    proc = run(cli_env, "status", "Amstrdam")
    assert proc.returncode == 0
    assert proc.stdout.splitlines()[0] == "„Amstrdam” ken ik niet; ik neem aan dat je Amsterdam bedoelt."
    proc = run(cli_env, "status", "Zaandam", "--json")
    assert proc.returncode == 0 and '"gemeente": "Zaanstad"' in proc.stdout
    assert proc.stderr.strip() == "Zaandam ligt in de gemeente Zaanstad."
    proc = run(cli_env, "status", "Haaren")
    assert proc.returncode == 2 and proc.stderr.startswith("Haaren bestaat sinds 2021 niet meer")


def test_chat_mutations_refuse_a_guess(core) -> None:  # noqa: ANN001
    from tests.chat.test_chat_commands import ask, text_of

    assert text_of(ask(core, "/trede heemskrek 3")).startswith("Ik ken geen gemeente „heemskrek”. Bedoel je Heemskerk?")
    assert "valt sinds 2021 onder Eemsdelta" in text_of(ask(core, "hoe gaat het met delfzijl"))
    assert "Delft" not in text_of(ask(core, "/status delfzijl"))


def test_the_first_part_of_a_hyphenated_place_names_it() -> None:
    """"Driebergen" is Driebergen-Rijsenburg (Utrechtse Heuvelrug); a part another name already has is not taken."""
    from bot.chat import names

    match = names.exact("driebergen")
    assert match is not None and [g.name for g in match.gemeenten] == ["Utrechtse Heuvelrug"]
    assert [g.name for g in names.exact("etten-leur").gemeenten] == ["Etten-Leur"]
    assert names.exact("nieuw") is None  # Nieuw-Vennep's first part is an everyday word ("ik ben nieuw")
