"""Varied, realistic Dutch mails for the benchmarks (synthetic; nothing copied from the corpus).

Replies with figures and steps, article 8 notices, questions, auto-replies, forwarded chains,
newsletters; plain text, HTML alternatives and quoted history; every mail has a unique Message-ID.
"""
from __future__ import annotations

import csv
import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def gemeenten() -> list[tuple[str, str]]:
    """(name, mail domain) of the 342 municipalities in the packaged reference data."""
    with open(ROOT / "parsers" / "data" / "gemeenten.csv", encoding="utf-8") as fh:
        return [(r["name"], r["email_domain"] or r["domain"]) for r in csv.DictReader(fh)]


REASONS = [
    "de woningmarkt in onze regio zeer krap is",
    "de beoogde locatie aan de {straat} vanwege bezwaren van omwonenden niet door kon gaan",
    "de gemeenteraad het voorstel voor de opvanglocatie heeft verworpen",
    "de aannemer de verbouwing van het voormalige kantoorpand pas later kan afronden",
    "er een tekort is aan begeleiders voor alleenstaande minderjarige vreemdelingen",
    "de vergunningsprocedure voor de tijdelijke units langer duurt dan voorzien",
]
STEPS = [
    "Wij hebben inmiddels een samenwerkingsovereenkomst gesloten met het COA voor de locatie aan de {straat}.",
    "Het college heeft op {datum} besloten het pand aan de {straat} geschikt te maken voor {n} opvangplekken.",
    "Samen met de buurgemeenten onderzoeken wij een regionale locatie voor {n} plekken.",
    "Voor de AMV-opvang zijn wij in gesprek met Nidos en een zorgaanbieder over {n} plekken.",
]
TIMELINES = [
    "Wij verwachten de plekken uiterlijk {datum} in gebruik te nemen.",
    "De eerste {n} plekken zijn naar verwachting per {datum} beschikbaar.",
    "Wij streven ernaar medio 2027 de volledige taak te realiseren.",
    "Wij doen dit zo snel mogelijk.",
]
STREETS = ["Stationsweg", "Kerkstraat", "Dorpsstraat", "Molenweg", "Industrieweg", "Schoolstraat", "Julianalaan"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
QUESTIONS = [
    "Kunt u ons laten weten of ook tijdelijke units meetellen voor de realisatie van de taak?",
    "Wij hebben een vraag over de berekening van het aantal AMV-plekken in uw brief.",
    "Tot wanneer hebben wij precies de tijd om te reageren op uw brief?",
]
NOISE_SUBJECTS = ["Nieuwsbrief VNG november", "Uitnodiging webinar opvang en huisvesting", "Factuur 2026-1187",
                  "RE: Agenda regio-overleg"]


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2027"


def _fill(text: str, rng: random.Random) -> str:
    return text.format(straat=rng.choice(STREETS), datum=_date(rng), n=rng.randint(5, 120))


def _body(kind: str, name: str, ref: str, rng: random.Random) -> tuple[str, str]:
    """(subject, body) of one mail of `kind`."""
    if kind == "reply":
        parts = [f"Geachte heer, mevrouw,\n\nIn reactie op uw brief van {_date(rng)} met kenmerk {ref} "
                 f"berichten wij u als volgt.",
                 f"De gemeente {name} heeft op dit moment {rng.randint(0, 200)} opvangplekken gerealiseerd en "
                 f"{rng.randint(0, 150)} plekken zijn in voorbereiding."]
        if rng.random() < 0.8:
            parts.append("Dat de taak nog niet is gehaald, komt doordat " + _fill(rng.choice(REASONS), rng) + ".")
        parts += [_fill(s, rng) for s in rng.sample(STEPS, rng.randint(0, 3))]
        if rng.random() < 0.7:
            parts.append(_fill(rng.choice(TIMELINES), rng))
        parts.append(f"Met vriendelijke groet,\n\nnamens het college van burgemeester en wethouders van {name},\n"
                     f"{rng.choice(['J. de Vries', 'A. Jansen', 'M. Bakker', 'S. Visser'])}\n"
                     f"beleidsadviseur opvang")
        return f"Reactie gemeente {name} op brief {ref}", "\n\n".join(parts)
    if kind == "meldplicht":
        return (f"Melding artikel 8 Spreidingswet gemeente {name}",
                f"Geachte heer, mevrouw,\n\nHierbij meldt de gemeente {name} op grond van artikel 8 van de "
                f"Spreidingswet dat wij de taak niet tijdig kunnen realiseren. Dit komt doordat "
                f"{_fill(rng.choice(REASONS), rng)}. {_fill(rng.choice(STEPS), rng)} "
                f"{_fill(rng.choice(TIMELINES), rng)}\n\nMet vriendelijke groet,\nGemeente {name}")
    if kind == "question":
        return (f"Vraag over brief {ref}", f"Beste medewerker,\n\n{rng.choice(QUESTIONS)}\n\nGroet,\n"
                                            f"Team Opvang gemeente {name}")
    if kind == "autoreply":
        return ("Automatisch antwoord: Afwezig", f"Ik ben afwezig tot en met {_date(rng)}. Uw bericht wordt niet "
                                                 f"doorgestuurd. Voor dringende zaken kunt u bellen met 14 0{rng.randint(10, 99)}.")
    return (rng.choice(NOISE_SUBJECTS), "Beste relatie,\n\nHierbij ontvangt u onze maandelijkse update over "
                                        "huisvesting, opvang en integratie. Lees verder op onze website.\n\n"
                                        "Uitschrijven? Klik hier.")


KINDS = [("reply", 55), ("meldplicht", 10), ("question", 10), ("autoreply", 10), ("noise", 15)]


def make_mails(count: int, seed: int = 7, tag: str = "bench") -> list[bytes]:
    """`count` varied raw mails (bytes), reproducible for a seed."""
    rng = random.Random(seed)
    gem = gemeenten()
    kinds = [k for k, w in KINDS for _ in range(w)]
    start = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
    out = []
    for i in range(count):
        name, domain = rng.choice(gem)
        domain = domain or "gemeente.nl"
        kind = rng.choice(kinds)
        ref = f"{rng.randint(4000000, 4999999)}"
        subject, body = _body(kind, name, ref, rng)
        sender = (f"Gemeente {name} <opvang@{domain}>" if kind != "noise"
                  else "Nieuwsbrief <nieuws@vng-nieuws.nl>")
        when = start + timedelta(minutes=7 * i + rng.randint(0, 6))
        if kind == "reply" and rng.random() < 0.3:  # quoted history below the answer
            body += ("\n\nVan: IBT Spreidingswet <ibtspreidingswet@minjenv.nl>\nVerzonden: "
                     f"{_date(rng)}\nAan: opvang@{domain}\nOnderwerp: Brief {ref}\n\n"
                     "> Geachte college,\n> Wij verzoeken u binnen drie weken te reageren.\n")
        headers = (f"From: {sender}\r\nTo: IBT Spreidingswet <ibtspreidingswet@minjenv.nl>\r\n"
                   f"Subject: {subject}\r\nDate: {format_datetime(when)}\r\n"
                   f"Message-ID: <{tag}-{seed}-{i}@{domain}>\r\nMIME-Version: 1.0\r\n")
        text = body.replace("\n", "\r\n")
        if rng.random() < 0.4:  # an HTML alternative as Outlook sends it
            html = "<html><body>" + "".join(f"<p>{p}</p>" for p in body.split("\n\n")) + "</body></html>"
            raw = (headers + 'Content-Type: multipart/alternative; boundary="alt"\r\n\r\n'
                   '--alt\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
                   + text + '\r\n--alt\r\nContent-Type: text/html; charset=utf-8\r\n'
                   'Content-Transfer-Encoding: 8bit\r\n\r\n' + html + "\r\n--alt--\r\n")
        else:
            raw = headers + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text
        out.append(raw.encode("utf-8"))
    return out
