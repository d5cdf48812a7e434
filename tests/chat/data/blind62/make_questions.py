"""Write questions62_with_expected_sets.jsonl: 100 labelled chat questions, answers from status.json/due.json.

Run dump_status.py first. Each conversation is a list; `after` = the ids of the earlier questions of the
same conversation (oldest first). Filters of a follow-up hold the full meaning after merging.
"""
import json
import os

import engine as E

ON = "2029-12-04"
FIRST_ID = 62001
HILDE, ARJEN, TESSA, MOHAMED = 62501, 62502, 62503, 62504
NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]

HELP = "help: the commands (/status, /zaken, /termijnen, /ontbreekt, /mijn, /toewijzen, ...) and example questions"
THANKS = "help: a short friendly reply (thanks acknowledged), no data"
ASSIGN = "help: how to assign: /toewijzen <gemeente> <behandelaar|mij> (e.g. /toewijzen Tiel Arjen)"


def L(q, meaning, **f):          # list
    return dict(q=q, intent="list", filters=f, meaning=meaning)


def C(q, meaning, **f):          # count
    return dict(q=q, intent="count", filters=f, meaning=meaning)


def F(q, gemeente, fact, meaning, date=None):   # fact about one municipality
    f = {"gemeente": gemeente, "fact": fact}
    if date:
        f["date"] = date
    return dict(q=q, intent="fact", filters=f, meaning=meaning)


def S(q, gemeente, meaning):     # status of one municipality
    return dict(q=q, intent="status", filters={"gemeente": gemeente}, meaning=meaning)


def X(q, intent, meaning, fact, **f):   # help / overview / clarify / unknown
    return dict(q=q, intent=intent, filters=f, meaning=meaning, expected_fact=fact)


# persona 1: Arjen (behandelaar), field worker, voice-typed in the car: no punctuation, homophones,
# number words, run-on sentences.
P1 = (ARJEN, [
    [C("hoeveel gemeente staan er op twee de trede",
       "count of cases on trede 2 ('twee de trede' = tweede trede, 'gemeente' = gemeenten)", trede=2),
     L("en op de derde trede welke zijn dat", "follow-up: list of the cases on trede 3", trede=3)],
    [L("laat mijn zaken even zien", "list of the asker's (Arjen's) cases", owner="Arjen"),
     L("welke van mijn zaken hebben nog niet gereageerd terwijl de termijn al voorbij is",
       "Arjen's cases without a reply whose termijn has passed", owner="Arjen", state=["no_reply"])],
    [C("hoeveel van mijn zaken hebben te laat gereageerd",
       "count of Arjen's cases that replied after the termijn", owner="Arjen", state=["late"]),
     L("welke zijn dat dan", "follow-up: list the same set", owner="Arjen", state=["late"])],
    [F("wanneer verwacht zaanstad klaar te zijn", "Zaanstad", "expected", "Zaanstad's expected date"),
     F("en hoeveel plekken hebben ze nu al", "Zaanstad", "places",
       "follow-up: Zaanstad's realised (and planned) places"),
     F("wie is daar eigenlijk de behandelaar", "Zaanstad", "owner", "follow-up: owner of Zaanstad's case")],
    [F("wie is de behandelaar van den bosch", "'s-Hertogenbosch", "owner",
       "owner of 's-Hertogenbosch ('den bosch'); there is none")],
    [F("ik rij nu naar deventer wat ontbreekt daar nog aan de reactie", "Deventer", "missing",
       "run-on: which elements Deventer's reply misses")],
    [S("ik sta bij heerlen hoe staat het daar eigenlijk voor met die zaak", "Heerlen",
       "run-on: the status of Heerlen's case"),
     F("hebben ze op tijd gereageerd", "Heerlen", "reply",
       "follow-up fragment about Heerlen: reply date and on time / late (days)")],
    [C("hoeveel gemeente in limburg hebben nog niks gestuurd terwijl de termijn om is",
       "count of Limburg cases with no reply after the termijn", province="Limburg", state=["no_reply"])],
    [L("welke gemeentes in gelderland voldoen niet", "Gelderland cases with compliance voldoet_niet",
       province="Gelderland", compliance="voldoet_niet"),
     L("en in overijssel", "follow-up: the same for Overijssel", province="Overijssel", compliance="voldoet_niet")],
    [L("ik zit in de auto welke brabantse gemeente hebben geen tijdpad gegeven",
       "run-on: Noord-Brabant cases missing the timeline", province="Noord-Brabant", missing=["timeline"])],
    [L("welke gemeentes hebben de brief niet gekregen die kwam terug als onbestelbaar",
       "cases whose latest letter came back undelivered", letter_undelivered=True)],
    [L("welke termijnen verliepen op vijf oktober twee duizend zesentwintig",
       "cases whose termijn was 2026-10-05 (number words)", termijn_from="2026-10-05", termijn_to="2026-10-05")],
    [F("wanneer liep de termijn af van eisden margraten", "Eijsden-Margraten", "termijn",
       "termijn of Eijsden-Margraten ('eisden' by ear)")],
    [X("welke gemeente zijn te laat", "clarify",
       "bare 'te laat': no reply with the termijn passed, or replied late? asked back",
       ["no_reply: nog geen reactie, termijn verstreken", "late: te laat gereageerd"])],
    [L("welke gemeenten in het noorden hebben nog niet gereageerd",
       "cases in Noord-Nederland (Dr/Fr/Gr) without a reply after the termijn",
       province=NOORD, state=["no_reply"])],
    [X("geef me even het overzicht van alle gemeentes hoe staan we ervoor", "overview",
       "the overview of the whole register (/overzicht)", "OVERVIEW")],
    [X("kun je de gemeente landgraaf even voor me bellen", "unknown",
       "calling a municipality is not something the bot can do; the municipality is understood",
       "unknown: cannot phone; nearest: /status Landgraaf", gemeente="Landgraaf")],
    [X("top bedankt", "help", "thanks", THANKS)],
])

# persona 2: Mohamed (behandelaar), data analyst: combined filters, negation, counts and lists.
P2 = (MOHAMED, [
    [C("Hoeveel zaken staan op trede 2, maar niet in Gelderland?",
       "count: trede 2, province Gelderland left out", trede=2, not_province="Gelderland")],
    [L("Welke gemeenten voldoen niet, behalve die in Gelderland en Overijssel?",
       "voldoet_niet, Gelderland and Overijssel left out", compliance="voldoet_niet", not_province=OOST)],
    [L("Welke zaken hebben geen eigenaar maar wel een reactie?", "no owner and answered",
       no_owner=True, state=["answered"]),
     C("Hoeveel daarvan waren ook te laat?", "follow-up 'daarvan ook': no owner, answered and late",
       no_owner=True, state=["answered", "late"]),
     L("En welke daarvan zijn ook nog onvolledig?",
       "follow-up 'daarvan ook': no owner, answered, late and incomplete",
       no_owner=True, state=["answered", "incomplete", "late"])],
    [L("Lijst van gemeenten met een onvolledige reactie die niet op trede 2 staan",
       "state incomplete, trede 2 left out", state=["incomplete"], not_trede=2)],
    [C("Hoeveel gemeenten in Zuid-Nederland missen zowel de stappen als het tijdpad?",
       "count: Lb/NB/Zl, missing both steps and timeline", province=ZUID, missing=["steps", "timeline"])],
    [L("Welke gemeenten hebben op tijd gereageerd maar zonder tijdpad?", "on_time and missing timeline",
       state=["on_time"], missing=["timeline"])],
    [C("Aantal zaken zonder behandelaar waarvan de termijn verstreken is zonder reactie, Noord-Holland niet meegerekend",
       "count: no owner, no_reply, Noord-Holland left out", no_owner=True, state=["no_reply"],
       not_province="Noord-Holland")],
    [L("Welke gemeenten noemen een bezwaarprocedure als reden, met uitzondering van Nijmegen en Eindhoven?",
       "reason objection_procedure, Nijmegen and Eindhoven left out", reason="objection_procedure",
       not_gemeente=["Eindhoven", "Nijmegen"])],
    [L("Welke gemeenten in Limburg en Zeeland hebben een volledige reactie gestuurd?",
       "Limburg or Zeeland, state complete", province=["Limburg", "Zeeland"], state=["complete"])],
    [C("Hoeveel gemeenten hebben gereageerd, uitgezonderd de gemeenten die te laat waren?",
       "count: answered, late left out", state=["answered"], not_state=["late"])],
    [L("Welke gemeenten verwachten vóór 1 januari 2027 aan hun taak te voldoen?",
       "expected date ends before 2027-01-01", expected_before="2027-01-01"),
     L("En welke daarvan liggen in Gelderland?", "follow-up: the same, in Gelderland",
       expected_before="2027-01-01", province="Gelderland")],
    [L("Welke gemeenten verwachten pas na de zomer van 2027 klaar te zijn, Noord-Holland niet meegerekend?",
       "expected date starts after 2027-08-31, Noord-Holland left out", expected_after="2027-08-31",
       not_province="Noord-Holland")],
    [C("Hoeveel zaken van Tessa wachten nog op een reactie terwijl de termijn verstreken is?",
       "count: Tessa's cases with no_reply", owner="Tessa", state=["no_reply"])],
    [L("Welke gemeenten met een termijn in juni 2026 hebben nog steeds niet gereageerd?",
       "termijn in June 2026 and no_reply", termijn_from="2026-06-01", termijn_to="2026-06-30",
       state=["no_reply"])],
    [C("Hoeveel gemeenten noemen geldproblemen als reden, Friesland en Drenthe uitgezonderd?",
       "count: reason finance, Friesland and Drenthe left out", reason="finance",
       not_province=["Drenthe", "Friesland"])],
    [L("Geef alle zaken op trede 3 zonder behandelaar", "trede 3 and no owner", trede=3, no_owner=True)],
    [L("Welke van mijn zaken voldoen niet, behalve Gorinchem en Rhenen?",
       "Mohamed's cases with voldoet_niet, Gorinchem and Rhenen left out", owner="Mohamed",
       compliance="voldoet_niet", not_gemeente=["Gorinchem", "Rhenen"])],
    [L("Welke gemeenten in Oost-Nederland hebben een onvolledige reactie gestuurd?",
       "Gelderland/Overijssel, state incomplete", province=OOST, state=["incomplete"])],
    [L("Welke gemeenten hebben een verwachte datum die al verstreken is maar voldoen nog steeds niet?",
       "expected date ends before the day asked (2029-12-04) and voldoet_niet",
       expected_before=ON, compliance="voldoet_niet")],
    [X("Zet de lijst van gemeenten zonder eigenaar even in een csv-bestand", "unknown",
       "exporting (csv) is not something the chat does; the list it is about is understood",
       "unknown: cannot export to csv; nearest: the list of cases without owner", no_owner=True)],
    [C("Hoeveel zaken zonder eigenaar zitten in Noord-Nederland, Drenthe niet meegerekend?",
       "count: no owner, Noord-Nederland (Dr/Fr/Gr) with Drenthe left out", no_owner=True,
       province=NOORD, not_province="Drenthe")],
    [L("welke gemeenten hebben een complete reactie gestuurd maar voldoen niet, excl. trede 3",
       "state complete, voldoet_niet, trede 3 left out", state=["complete"], compliance="voldoet_niet",
       not_trede=3)],
])

# persona 3: Hilde, new beheerder, mixes English.
P3 = (HILDE, [
    [X("Hoi, ik ben nieuw hier. How does this bot work?", "help", "greeting + how does it work", HELP)],
    [C("Hoeveel cases zijn er overdue?", "count of cases overdue without a reply (no_reply)",
       state=["no_reply"])],
    [L("Welke overdue cases hebben nog geen owner?", "no_reply and no owner", state=["no_reply"], no_owner=True),
     C("En hoeveel daarvan zitten in Zuid-Holland?", "follow-up: the same in Zuid-Holland, counted",
       state=["no_reply"], no_owner=True, province="Zuid-Holland")],
    [S("Status update van Tilburg please", "Tilburg", "the status of Tilburg's case")],
    [F("What's the deadline van Almere?", "Almere", "termijn", "Almere's termijn")],
    [F("Wie is de owner van Zeist?", "Zeist", "owner", "owner of Zeist's case")],
    [X("Hoe assign ik een case aan Arjen?", "help", "how do I assign a case", ASSIGN)],
    [L("Show me alle cases van Mohamed", "Mohamed's cases", owner="Mohamed"),
     L("Which ones are incomplete?", "follow-up: Mohamed's cases with state incomplete",
       owner="Mohamed", state=["incomplete"])],
    [L("Which cases in Friesland replied after the deadline?", "Friesland, late reply",
       province="Friesland", state=["late"])],
    [X("Kun je een reminder sturen naar Gorinchem?", "unknown",
       "sending mail is not something the bot does; the municipality is understood",
       "unknown: cannot send a reminder; nearest: /status Gorinchem", gemeente="Gorinchem")],
    [X("Export alle overdue cases naar Excel", "unknown",
       "export to Excel is not a chat action; the list is understood",
       "unknown: cannot export; nearest: the list of no_reply cases", state=["no_reply"])],
    [X("Hoe zit het met Utrecht?", "clarify", "Utrecht is a municipality and a province: asked back",
       ["gemeente Utrecht", "provincie Utrecht"]),
     S("De gemeente bedoel ik", "Utrecht", "answer to the question back: the status of the municipality Utrecht")],
    [L("Welke cases missen een timeline?", "cases whose missing holds timeline", missing=["timeline"])],
    [C("How many gemeenten voldoen niet?", "count of voldoet_niet", compliance="voldoet_niet")],
    [L("Welke cases hebben een extension aangevraagd?", "cases with an extension request",
       state=["extended"])],
    [X("Geef me een overview van hoe we ervoor staan", "overview", "the overview (/overzicht)", "OVERVIEW")],
    [L("Bij welke cases is de letter gebounced?", "latest letter came back undelivered",
       letter_undelivered=True)],
    [F("Wat zijn de reasons die Eindhoven noemt?", "Eindhoven", "reasons", "reasons Eindhoven gives")],
    [L("Welke cases hadden een deadline in november 2026?", "termijn in November 2026",
       termijn_from="2026-11-01", termijn_to="2026-11-30")],
    [C("Hoeveel cases zitten op trede 3, excluding Limburg?", "count: trede 3, Limburg left out",
       trede=3, not_province="Limburg")],
    [L("Welke cases van Tessa hebben geen reply and the deadline has passed?", "Tessa's no_reply cases",
       owner="Tessa", state=["no_reply"])],
    [X("Thanks, super handig!", "help", "thanks", THANKS)],
])

# persona 4: Tessa's desk used by the press officer: full sentences about named municipalities, chained
# follow-ups.
P4 = (TESSA, [
    [S("Goedemorgen, ik heb een journalist aan de lijn over Nijmegen. Hoe staat het met de gemeente Nijmegen?",
       "Nijmegen", "the status of Nijmegen's case"),
     F("Hoeveel opvangplekken heeft Nijmegen inmiddels gerealiseerd?", "Nijmegen", "places",
       "Nijmegen's realised (and planned) places"),
     F("En wanneer verwacht de gemeente volledig aan de taak te voldoen?", "Nijmegen", "expected",
       "follow-up: Nijmegen's expected date"),
     F("Een collega vraagt naar Rheden. En daar?", "Rheden", "expected",
       "follow-up 'en daar?': the same fact (expected date) for Rheden"),
     F("En wat ontbreekt er nog?", "Rheden", "missing", "follow-up: what Rheden's reply misses"),
     F("Wanneer hebben ze geschreven?", "Rheden", "reply",
       "follow-up: when Rheden replied (its one message, a reply), and on time / late")],
    [L("Welke gemeenten in Gelderland hebben nog altijd niet gereageerd op onze brief?",
       "Gelderland, no_reply", province="Gelderland", state=["no_reply"]),
     C("En hoeveel zijn dat er in Overijssel?", "follow-up: count for Overijssel, no_reply",
       province="Overijssel", state=["no_reply"])],
    [F("Kunt u mij vertellen wie bij ons de behandelaar is van Zaanstad?", "Zaanstad", "owner",
       "polite opening; owner of Zaanstad")],
    [F("Wat schreef Venlo ons op 14 juli 2026?", "Venlo", "wrote", "the message(s) Venlo sent on 2026-07-14",
       date="2026-07-14")],
    [F("Voldoet de gemeente Heemskerk aan haar wettelijke taak?", "Heemskerk", "compliance",
       "compliance of Heemskerk"),
     F("Welke redenen voert Heemskerk daarvoor aan?", "Heemskerk", "reasons", "reasons Heemskerk gives")],
    [X("Hoe staat het met Bergen?", "clarify", "Bergen: Bergen (L.) or Bergen (NH.)? asked back",
       ["Bergen (L.)", "Bergen (NH.)"]),
     S("Ik bedoel Bergen in Limburg.", "Bergen (L.)", "answer to the question back: status of Bergen (L.)")],
    [L("Welke gemeenten in Zeeland voldoen niet aan hun wettelijke taak?", "Zeeland, voldoet_niet",
       province="Zeeland", compliance="voldoet_niet"),
     X("Welke gemeente in Zeeland doet het daarvan het slechtst?", "unknown",
       "a ranking is not something the bot does; the list it is about is understood",
       "unknown: no rankings; nearest: the list of Zeeland cases that voldoen niet",
       province="Zeeland", compliance="voldoet_niet")],
    [F("Op welke trede staat Lelystad op dit moment?", "Lelystad", "trede", "Lelystad's trede"),
     C("Hoeveel gemeenten staan er in totaal op trede 3?", "count of trede 3 cases", trede=3),
     L("Welke zijn dat?", "follow-up: list of trede 3 cases", trede=3)],
    [S("Hoe staat het ervoor met de gemeente Groningen?", "Groningen",
       "'de gemeente' decides: status of the municipality Groningen"),
     F("Hoeveel plekken zijn daar gepland?", "Groningen", "places", "follow-up: Groningen's planned places"),
     X("Wat is het telefoonnummer van de gemeente Groningen?", "unknown",
       "contact data are not in the register; the municipality is understood",
       "unknown: no phone numbers; nearest: /status Groningen", gemeente="Groningen")],
    [C("Hoeveel gemeenten in Noord-Holland hebben hun reactie te laat ingestuurd?",
       "count: Noord-Holland, late reply", province="Noord-Holland", state=["late"]),
     L("En welke gemeenten zijn dat?", "follow-up: list of the same", province="Noord-Holland", state=["late"])],
    [X("Dank u wel voor de hulp.", "help", "thanks", THANKS)],
])


def expected_for(item):
    intent, f = item["intent"], item["filters"]
    if intent in ("list", "count"):
        g = E.select(f)
        return g, len(g), None
    if intent == "fact":
        return [], None, E.fact(f["gemeente"], f["fact"], f.get("date"))
    if intent == "status":
        return [], None, E.status_summary(f["gemeente"])
    fact = item["expected_fact"]
    if fact == "OVERVIEW":
        fact = E.overview()
    return [], None, fact


def build():
    rows = []
    qid = FIRST_ID
    for staff, convs in (P1, P2, P3, P4):
        n = sum(len(c) for c in convs)
        assert n == 25, (staff, n)
        for conv in convs:
            earlier = []
            for item in conv:
                for k in ("state", "not_state", "missing"):
                    if k in item["filters"]:
                        item["filters"][k] = sorted(item["filters"][k])
                g, count, fact = expected_for(item)
                rows.append({"id": qid, "q": item["q"], "intent": item["intent"], "filters": item["filters"],
                             "expected_gemeenten": g, "count": count, "after": list(earlier),
                             "as_staff": staff, "on": ON, "meaning": item["meaning"], "expected_fact": fact})
                earlier.append(qid)
                qid += 1
    return rows


if __name__ == "__main__":
    rows = build()
    out = os.path.join(E.HERE, "questions62_with_expected_sets.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), "questions ->", out)
    print(dict(Counter(r["intent"] for r in rows)))
