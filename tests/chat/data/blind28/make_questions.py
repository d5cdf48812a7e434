#!/usr/bin/env python3
"""Writes questions.jsonl (100 questions, ids 28001-28100) with the expected fields from expected.py."""
import json, os
from expected import fill, REGIONS

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2027-06-16"
ING, TAR, MAR, GIJ = 28501, 28502, 28503, 28504
N, O, Z = REGIONS["noord"], REGIONS["oost"], REGIONS["zuid"]

Q = []


def q(id, staff, text, intent, filters, meaning, after=None):
    Q.append({"id": id, "q": text, "intent": intent, "filters": filters, "after": after or [],
              "as_staff": staff, "on": ON, "meaning": meaning})


# ---------------- Ingeborg (beheerder): Kamerbrief / stuurgroep ----------------
q(28001, ING, "Hoeveel gemeenten in Noord-Nederland voldoen niet aan hun wettelijke taak?", "count",
  {"province": N, "compliance": "voldoet_niet"}, "count: Drenthe/Friesland/Groningen, compliance voldoet_niet")
q(28002, ING, "Graag een lijst van de Zuid-Hollandse gemeenten die nog altijd niet hebben gereageerd terwijl de termijn verstreken is.",
  "list", {"province": "Zuid-Holland", "state": ["no_reply"]}, "list: Zuid-Holland, no reply and termijn passed")
q(28003, ING, "Welke gemeenten zitten op dit moment in trede 3?", "list", {"trede": 3}, "list: trede 3")
q(28004, ING, "Hoeveel gemeenten in trede 2 voldoen gedeeltelijk, met uitzondering van Noord-Holland en Zuid-Holland?",
  "count", {"trede": 2, "compliance": "voldoet_gedeeltelijk", "not_province": ["Noord-Holland", "Zuid-Holland"]},
  "count: trede 2, voldoet gedeeltelijk, both Hollands left out")
q(28005, ING, "Voor de Kamerbrief: in hoeveel gemeenten speelt lokaal verzet een rol?", "count",
  {"reason": "local_opposition"}, "count: reason local_opposition")
q(28006, ING, "En welke daarvan liggen in Oost-Nederland?", "list",
  {"reason": "local_opposition", "province": O}, "follow-up: the local_opposition cases in Gelderland/Overijssel",
  after=[28005])
q(28007, ING, "Welke gemeenten noemen een bezwaarprocedure als reden, behalve de gemeenten in de provincie Utrecht?",
  "list", {"reason": "objection_procedure", "not_province": "Utrecht"},
  "list: reason objection_procedure, province Utrecht left out (the word provincie decides)")
q(28008, ING, "Bij welke gemeenten ontbreken zowel de stappen als het tijdpad?", "list",
  {"missing": ["steps", "timeline"]}, "list: missing steps and timeline (both)")
q(28009, ING, "Hoeveel Limburgse gemeenten hebben te laat gereageerd?", "count",
  {"province": "Limburg", "state": ["late"]}, "count: Limburg, answered after the termijn")
q(28010, ING, "Kun je mij het overzicht geven voor de stuurgroep van morgen?", "overview", {},
  "overview (the /overzicht chart)")
q(28011, ING, "Welke gemeenten in Gelderland en Overijssel hebben volledig gereageerd?", "list",
  {"province": ["Gelderland", "Overijssel"], "state": ["complete"]}, "list: Gelderland or Overijssel, state complete")
q(28012, ING, "Hoeveel gemeenten hebben uitstel gevraagd, de Zuid-Hollandse gemeenten niet meegerekend?", "count",
  {"state": ["extended"], "not_province": "Zuid-Holland"}, "count: extension requested, Zuid-Holland left out")
q(28013, ING, "Welke Zeeuwse gemeenten voldoen niet, behalve Sluis en Veere?", "list",
  {"province": "Zeeland", "compliance": "voldoet_niet", "not_gemeente": ["Sluis", "Veere"]},
  "list: Zeeland, voldoet_niet, without Sluis and Veere")
q(28014, ING, "Welke zaken in Flevoland hebben nog geen behandelaar?", "list",
  {"province": "Flevoland", "no_owner": True}, "list: Flevoland, no owner")
q(28015, ING, "Bij welke gemeenten is de brief onbestelbaar retour gekomen?", "list",
  {"letter_undelivered": True}, "list: latest letter came back undelivered")
q(28016, ING, "Kun je de lijst van gemeenten die niet voldoen naar Excel exporteren voor de stuurgroep?", "unknown",
  {"compliance": "voldoet_niet"}, "unknown: export; the list it is about is compliance voldoet_niet")
q(28017, ING, "Welke Zuid-Hollandse gemeenten noemen het woningtekort als reden?", "list",
  {"province": "Zuid-Holland", "reason": "housing_shortage"}, "list: Zuid-Holland, reason housing_shortage")
q(28018, ING, "Hoeveel gemeenten in trede 2 hebben na het verstrijken van de termijn nog niet gereageerd, Limburg niet meegerekend?",
  "count", {"trede": 2, "state": ["no_reply"], "not_province": "Limburg"},
  "count: trede 2, no reply, Limburg left out (not the trede)")
q(28019, ING, "Welke gemeenten missen de feiten en omstandigheden, maar niet in trede 1?", "list",
  {"missing": ["facts"], "not_trede": 1}, "list: missing facts, trede 1 left out")
q(28020, ING, "Stuur alle gemeenten zonder reactie een herinneringsmail.", "unknown",
  {"state": ["no_reply"]}, "unknown: sending mail; the list is the no_reply cases")
q(28021, ING, "Hoeveel gemeenten in Zuid-Nederland hebben geldproblemen als reden genoemd?", "count",
  {"province": Z, "reason": "finance"}, "count: Limburg/Noord-Brabant/Zeeland, reason finance")
q(28022, ING, "Welke gemeenten in de Randstad hebben nog niet gereageerd?", "clarify",
  {"state": ["no_reply"]}, "clarify: de Randstad has no fixed border; asks back")
q(28023, ING, "Wat is de top 5 van Gelderse gemeenten met de grootste achterstand?", "unknown",
  {"province": "Gelderland"}, "unknown: ranking; the slot understood is province Gelderland")
q(28024, ING, "Welke Friese gemeenten hebben gereageerd maar onvolledig, uitgezonderd de gemeenten die te laat waren?",
  "list", {"province": "Friesland", "state": ["answered", "incomplete"], "not_state": ["late"]},
  "list: Friesland, answered and incomplete, late replies left out")
q(28025, ING, "Hoeveel zaken in trede 1 hebben geen tijdpad?", "count",
  {"trede": 1, "missing": ["timeline"]}, "count: trede 1, missing timeline")

# ---------------- Tarik (behandelaar): mijn zaken, follow-ups, typos ----------------
q(28026, TAR, "mijn zaken", "list", {"owner": "Tarik"}, "list: cases owned by the asker (Tarik)")
q(28027, TAR, "wlke van mijn zaken zijn onvolledig?", "list", {"owner": "Tarik", "state": ["incomplete"]},
  "list: Tarik's cases with state answered_incomplete")
q(28028, TAR, "wat ontbreekt er bij ommen?", "fact", {"gemeente": "Ommen", "fact": "missing"},
  "fact missing of Ommen", after=[28027])
q(28029, TAR, "en wnnr verwachten ze klaar te zijn?", "fact", {"gemeente": "Ommen", "fact": "expected"},
  "follow-up: expected date of Ommen", after=[28028])
q(28030, TAR, "wat schreef capelle aan den ijsel op 28 april 2026", "fact",
  {"gemeente": "Capelle aan den IJssel", "fact": "wrote", "date": "2026-04-28"},
  "fact wrote: Capelle aan den IJssel (typo ijsel) on 2026-04-28")
q(28031, TAR, "wie is eigenaar van Kerkrade?", "fact", {"gemeente": "Kerkrade", "fact": "owner"},
  "fact owner of Kerkrade")
q(28032, TAR, "en in welke trede zit die?", "fact", {"gemeente": "Kerkrade", "fact": "trede"},
  "follow-up: trede of Kerkrade", after=[28031])
q(28033, TAR, "termijn staphorst?", "fact", {"gemeente": "Staphorst", "fact": "termijn"},
  "fact termijn of Staphorst (terse)")
q(28034, TAR, "hoevl van mijn zaken hebbn nog niet gereageerd", "count",
  {"owner": "Tarik", "state": ["no_reply"]}, "count: Tarik's cases without reply, termijn passed")
q(28035, TAR, "welke daarvan zitten in Limburg?", "list",
  {"owner": "Tarik", "state": ["no_reply"], "province": "Limburg"}, "follow-up list: those in Limburg",
  after=[28034])
q(28036, TAR, "wat schreef Venray op 3 sept 2026", "fact",
  {"gemeente": "Venray", "fact": "wrote", "date": "2026-09-03"}, "fact wrote: Venray on 2026-09-03")
q(28037, TAR, "en op 2 september?", "fact", {"gemeente": "Venray", "fact": "wrote", "date": "2026-09-02"},
  "follow-up: what Venray wrote on 2026-09-02 (month without year: the one of the previous question)",
  after=[28036])
q(28038, TAR, "hoeveel plekken heeft Zaanstad gerealiseerd en gepland", "fact",
  {"gemeente": "Zaanstad", "fact": "places"}, "fact places of Zaanstad (realised and planned totals)")
q(28039, TAR, "reactie van weststellingwerf op tijd binnengekomen?", "fact",
  {"gemeente": "Weststellingwerf", "fact": "reply"}, "fact reply: date and on time/late with days")
q(28040, TAR, "mijn zaken zonder tijdpad", "list", {"owner": "Tarik", "missing": ["timeline"]},
  "list: Tarik's cases missing the timeline")
q(28041, TAR, "welke redenen noemt Meierijstad?", "fact", {"gemeente": "Meierijstad", "fact": "reasons"},
  "fact reasons of Meierijstad")
q(28042, TAR, "voldoet leeuwarden aan haar wettelijke taak?", "fact",
  {"gemeente": "Leeuwarden", "fact": "compliance"}, "fact compliance of Leeuwarden")
q(28043, TAR, "status Eindhovn", "status", {"gemeente": "Eindhoven"}, "status of Eindhoven (typo)")
q(28044, TAR, "mijn zaken in trede 1 pls", "list", {"owner": "Tarik", "trede": 1},
  "list: Tarik's cases in trede 1")
q(28045, TAR, "welke v mijn zaken voldoen niet?", "list", {"owner": "Tarik", "compliance": "voldoet_niet"},
  "list: Tarik's cases with compliance voldoet_niet")
q(28046, TAR, "en welke daarvan hebben wel gereageerd?", "list",
  {"owner": "Tarik", "compliance": "voldoet_niet", "state": ["answered"]},
  "follow-up: of those, the answered ones", after=[28045])
q(28047, TAR, "wanneer verwacht Reimerswaal te voldoen", "fact",
  {"gemeente": "Reimerswaal", "fact": "expected"}, "fact expected date of Reimerswaal")
q(28048, TAR, "wat mist er nog bij lingewaard", "fact", {"gemeente": "Lingewaard", "fact": "missing"},
  "fact missing of Lingewaard")
q(28049, TAR, "wat is het telefoonnr van gorinchem? wil ze even bellen", "unknown", {"gemeente": "Gorinchem"},
  "unknown: contact data / calling; the municipality named is Gorinchem")
q(28050, TAR, "hoe wijs ik een zaak toe aan een collega?", "help", {}, "help: how to assign")

# ---------------- Marjolein (behandelaar): precise time windows ----------------
q(28051, MAR, "Welke gemeenten verwachten vóór 1 januari 2027 aan hun taak te voldoen?", "list",
  {"expected_before": "2027-01-01"}, "list: expected date ends before 2027-01-01")
q(28052, MAR, "Welke gemeenten verwachten in het eerste kwartaal van 2027 te voldoen?", "list",
  {"expected_after": "2026-12-31", "expected_before": "2027-04-01"}, "list: expected date within Q1 2027")
q(28053, MAR, "En in het tweede kwartaal van 2027?", "list",
  {"expected_after": "2027-03-31", "expected_before": "2027-07-01"},
  "follow-up: the window replaced by Q2 2027", after=[28052])
q(28054, MAR, "Hoeveel gemeenten verwachten pas na de zomer van 2027 te voldoen?", "count",
  {"expected_after": "2027-08-31"}, "count: expected date starts after 2027-08-31")
q(28055, MAR, "Welke gemeenten hebben een verwachte datum die al verstreken is?", "list",
  {"expected_before": "2027-06-16"}, "list: expected date ended before the day asked (2027-06-16)")
q(28056, MAR, "Welke daarvan liggen in Gelderland?", "list",
  {"expected_before": "2027-06-16", "province": "Gelderland"}, "follow-up: those in Gelderland", after=[28055])
q(28057, MAR, "Welke gemeenten verwachten tussen 1 maart 2027 en 30 september 2027 te voldoen?", "list",
  {"expected_after": "2027-02-28", "expected_before": "2027-10-01"}, "list: expected date inside 1 Mar - 30 Sep 2027")
q(28058, MAR, "Welke gemeenten verwachten in de tweede helft van 2027 klaar te zijn?", "list",
  {"expected_after": "2027-06-30", "expected_before": "2028-01-01"}, "list: expected date within H2 2027")
q(28059, MAR, "Wie verwacht pas in 2028 te voldoen?", "list",
  {"expected_after": "2027-12-31", "expected_before": "2029-01-01"}, "list: expected date within 2028")
q(28060, MAR, "Bij welke gemeenten liep de termijn af tussen 1 oktober en 31 oktober 2026?", "list",
  {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31"}, "list: termijn within October 2026")
q(28061, MAR, "Welke gemeenten met een termijn vóór 1 juli 2026 hebben te laat gereageerd?", "list",
  {"termijn_to": "2026-06-30", "state": ["late"]}, "list: termijn up to 2026-06-30 (one side of a day), late reply")
q(28062, MAR, "Hoeveel gemeenten met een termijn in november 2026 hebben nog steeds niet gereageerd?", "count",
  {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30", "state": ["no_reply"]},
  "count: termijn in November 2026, no reply")
q(28063, MAR, "Welke gemeenten hebben op tijd gereageerd, maar missen het tijdpad?", "list",
  {"state": ["on_time"], "missing": ["timeline"]}, "list: on-time reply, timeline missing")
q(28064, MAR, "Welke gemeenten hebben uitstel gevraagd en hadden een termijn in juni 2026?", "list",
  {"state": ["extended"], "termijn_from": "2026-06-01", "termijn_to": "2026-06-30"},
  "list: extension requested, termijn in June 2026")
q(28065, MAR, "Hoeveel gemeenten hebben volledig gereageerd?", "count", {"state": ["complete"]},
  "count: state answered_complete")
q(28066, MAR, "En hoeveel daarvan ook te laat?", "count", {"state": ["complete", "late"]},
  "follow-up narrowing with daarvan ... ook: complete and late", after=[28065])
q(28067, MAR, "Welke gemeenten met een termijn vanaf 1 juni 2026 hebben onvolledig gereageerd?", "list",
  {"termijn_from": "2026-06-01", "state": ["incomplete"]}, "list: termijn from 2026-06-01 on, state incomplete")
q(28068, MAR, "Welke gemeenten zonder reactie hadden een termijn tussen 16 juni 2026 en 23 november 2026?", "list",
  {"state": ["no_reply"], "termijn_from": "2026-06-16", "termijn_to": "2026-11-23"},
  "list: no reply, termijn 2026-06-16..2026-11-23 inclusive")
q(28069, MAR, "Welke Zeeuwse gemeenten verwachten vóór de zomer van 2027 te voldoen?", "list",
  {"province": "Zeeland", "expected_before": "2027-07-01"}, "list: Zeeland, expected date ends before 2027-07-01")
q(28070, MAR, "Welke gemeenten met een termijn op 30 april 2026 hebben te laat gereageerd?", "list",
  {"state": ["late"], "termijn_from": "2026-04-30", "termijn_to": "2026-04-30"},
  "list: termijn exactly 2026-04-30, late reply")
q(28071, MAR, "Welke gemeenten verwachten in december 2026 klaar te zijn?", "list",
  {"expected_after": "2026-11-30", "expected_before": "2027-01-01"},
  "list: expected date within December 2026 (a Q4 2026 date is not inside it)")
q(28072, MAR, "Welke Noord-Hollandse gemeenten hebben op tijd én volledig gereageerd?", "list",
  {"province": "Noord-Holland", "state": ["complete", "on_time"]}, "list: Noord-Holland, on time and complete")
q(28073, MAR, "Wanneer liep de termijn van Eemnes af?", "fact", {"gemeente": "Eemnes", "fact": "termijn"},
  "fact termijn of Eemnes")
q(28074, MAR, "Welke gemeenten in trede 2 hebben te laat gereageerd en missen de feiten?", "list",
  {"trede": 2, "state": ["late"], "missing": ["facts"]}, "list: trede 2, late, missing facts")
q(28075, MAR, "Welke gemeenten verwachten pas na 30 september 2027 te voldoen?", "list",
  {"expected_after": "2027-09-30"}, "list: expected date starts after 2027-09-30")

# ---------------- Gijs (behandelaar): voice-typed ----------------
q(28076, GIJ, "Goedemorgen!", "help", {}, "help: greeting")
q(28077, GIJ, "eh ja hoe staat het eigenlijk met eh Bilthoven", "status", {"gemeente": "De Bilt"},
  "status of De Bilt (Bilthoven is a place in it)")
q(28078, GIJ, "euh wanneer verwacht Delfzijl klaar te zijn", "fact", {"gemeente": "Eemsdelta", "fact": "expected"},
  "fact expected of Eemsdelta (Delfzijl merged into it in 2021)")
q(28079, GIJ, "hoeveel plekken heeft eh den bosch nou gerealiseerd", "fact",
  {"gemeente": "'s-Hertogenbosch", "fact": "places"}, "fact places of 's-Hertogenbosch")
q(28080, GIJ, "hoe zit het met Bergen", "clarify", {}, "clarify: Bergen (L.) or Bergen (NH.)")
q(28081, GIJ, "ik bedoel Bergen in Limburg, hoe staat dat ervoor", "status", {"gemeente": "Bergen (L.)"},
  "status of Bergen (L.)", after=[28080])
q(28082, GIJ, "uhm welke gemeenten in trede twee in drenthe hebben eh nog niet gereageerd", "list",
  {"trede": 2, "province": "Drenthe", "state": ["no_reply"]}, "list: trede 2, Drenthe, no reply")
q(28083, GIJ, "wat schreef Doetinchem op twaalf juni tweeduizend zesentwintig", "fact",
  {"gemeente": "Doetinchem", "fact": "wrote", "date": "2026-06-12"}, "fact wrote: Doetinchem on 2026-06-12 (spoken date)")
q(28084, GIJ, "en wie is daar eigenlijk de behandelaar van", "fact", {"gemeente": "Doetinchem", "fact": "owner"},
  "follow-up: owner of Doetinchem", after=[28083])
q(28085, GIJ, "ehm mijn zaken waar de termijn verlopen is zonder reactie", "list",
  {"owner": "Gijs", "state": ["no_reply"]}, "list: Gijs's cases without reply, termijn passed")
q(28086, GIJ, "kun je Oldambt even een herinneringsmail sturen", "unknown", {"gemeente": "Oldambt"},
  "unknown: sending mail; municipality Oldambt")
q(28087, GIJ, "hoe staat het ervoor met Utrecht", "clarify", {}, "clarify: Utrecht province or municipality")
q(28088, GIJ, "wanneer is Utrecht klaar", "fact", {"gemeente": "Utrecht", "fact": "expected"},
  "fact expected of the municipality Utrecht (a fact decides)")
q(28089, GIJ, "oké dank je wel!", "help", {}, "help: thanks")
q(28090, GIJ, "welke gemeenten in de Achterhoek hebben eh geen reactie gestuurd", "unknown",
  {"state": ["no_reply"]}, "unknown: Achterhoek has no border in the register; state no_reply understood")
q(28091, GIJ, "eh hoeveel gemeenten in NB voldoen nou niet", "count",
  {"province": "Noord-Brabant", "compliance": "voldoet_niet"}, "count: Noord-Brabant (NB), voldoet_niet")
q(28092, GIJ, "wat is de termijn van eh Heerhugowaard", "fact", {"gemeente": "Dijk en Waard", "fact": "termijn"},
  "fact termijn of Dijk en Waard (Heerhugowaard merged into it)")
q(28093, GIJ, "kun je Lisse eh naar trede drie zetten", "unknown", {"gemeente": "Lisse"},
  "unknown: changing the trede by a question; municipality Lisse")
q(28094, GIJ, "zeg welke redenen geeft Uden eigenlijk op", "fact", {"gemeente": "Maashorst", "fact": "reasons"},
  "fact reasons of Maashorst (Uden merged into it)")
q(28095, GIJ, "eh hoeveel zaken heeft Marjolein in Limburg", "count", {"owner": "Marjolein", "province": "Limburg"},
  "count: Marjolein's cases in Limburg")
q(28096, GIJ, "wat mist er bij Zuidwest Friesland", "fact", {"gemeente": "Súdwest-Fryslân", "fact": "missing"},
  "fact missing of Súdwest-Fryslân (Dutch name)")
q(28097, GIJ, "welke zaken in Fr hebben nog geen behandelaar", "list", {"province": "Friesland", "no_owner": True},
  "list: Friesland (Fr), no owner")
q(28098, GIJ, "voldoet de gemeente Hengelo in Overijssel eigenlijk aan haar wettelijke taak", "fact",
  {"gemeente": "Hengelo (O.)", "fact": "compliance"}, "fact compliance of Hengelo (O.)")
q(28099, GIJ, "eh op welke datum heeft Hilversum gereageerd en was dat op tijd", "fact",
  {"gemeente": "Hilversum", "fact": "reply"}, "fact reply of Hilversum: date, late with days")
q(28100, GIJ, "welke gemeenten met een termijn van eh vijf oktober tweeduizend zesentwintig hebben eh nog niks gestuurd",
  "list", {"state": ["no_reply"], "termijn_from": "2026-10-05", "termijn_to": "2026-10-05"},
  "list: termijn 2026-10-05 (spoken), no reply")

assert len(Q) == 100 and len({x["id"] for x in Q}) == 100
for persona in (ING, TAR, MAR, GIJ):
    assert sum(1 for x in Q if x["as_staff"] == persona) == 25

with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for x in Q:
        x.update(fill(x))
        rec = {k: x[k] for k in ["id", "q", "intent", "filters", "expected_gemeenten", "count", "after",
                                 "as_staff", "on", "meaning"]}
        if "expected_fact" in x:
            rec["expected_fact"] = x["expected_fact"]
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(Q), "questions")
