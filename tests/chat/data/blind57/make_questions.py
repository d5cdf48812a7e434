#!/usr/bin/env python3
"""make_questions.py -> questions57_with_expected_sets.jsonl (expected values from status.json/due.json via engine.py)."""
import json
import engine

ON = "2029-09-04"
H, T, Y, E = 57501, 57502, 57503, 57504
NL, NO, NZ = ["Drenthe", "Friesland", "Groningen"], ["Gelderland", "Overijssel"], ["Limburg", "Noord-Brabant", "Zeeland"]

# (id, as_staff, question, intent, filters, after, meaning)
Q = [
# ---- 1. Hanneke, spokesperson answering journalists ----
(57001, H, "Klopt het dat 60 gemeenten nog altijd niet hebben gereageerd op de toezichtsbrief, terwijl de termijn al verstreken is?",
 "count", {"state": ["no_reply"]}, [], "How many municipalities have not replied although the termijn has passed?"),
(57002, H, "En welke gemeenten zijn dat in Noord-Nederland?",
 "list", {"state": ["no_reply"], "province": NL}, [57001], "Follow-up: list those with no reply in Noord-Nederland (Dr/Fr/Gr)."),
(57003, H, "Een journalist van Omroep West vraagt hoeveel gemeenten in Zuid-Holland niet aan hun wettelijke taak voldoen. Hoeveel zijn het er?",
 "count", {"compliance": "voldoet_niet", "province": "Zuid-Holland"}, [], "Count of municipalities in Zuid-Holland that do not meet the task."),
(57004, H, "En in Noord-Holland?",
 "count", {"compliance": "voldoet_niet", "province": "Noord-Holland"}, [57003], "Follow-up: the same count for Noord-Holland."),
(57005, H, "Om welke gemeenten gaat het daar precies? Ik wil de namen kunnen noemen.",
 "list", {"compliance": "voldoet_niet", "province": "Noord-Holland"}, [57004], "Follow-up: list the Noord-Holland municipalities that do not meet the task."),
(57006, H, "Kunt u bevestigen dat zestien gemeenten om uitstel hebben gevraagd?",
 "count", {"state": ["extended"]}, [], "How many municipalities asked for an extension?"),
(57007, H, "Welke zijn dat, Zeeland niet meegerekend?",
 "list", {"state": ["extended"], "not_province": "Zeeland"}, [57006], "Follow-up: list the extension requests, leaving out Zeeland."),
(57008, H, "Hoeveel opvangplekken heeft Zaanstad inmiddels gerealiseerd?",
 "fact", {"gemeente": "Zaanstad", "fact": "places"}, [], "Places realised (and planned) by Zaanstad."),
(57009, H, "En wanneer verwacht de gemeente volledig aan de taak te voldoen?",
 "fact", {"gemeente": "Zaanstad", "fact": "expected"}, [57008], "Follow-up: Zaanstad's expected date."),
(57010, H, "Hoe staat het ervoor met Utrecht?",
 "clarify", {}, [], "Ambiguous: the municipality Utrecht or the province Utrecht; ask back."),
(57011, H, "De Stentor wil weten: hoeveel gemeenten in Oost-Nederland hebben een onvolledige reactie ingestuurd?",
 "count", {"state": ["incomplete"], "province": NO}, [], "Count of incomplete replies in Oost-Nederland (Gld/Ov)."),
(57012, H, "Welke Gelderse en Overijsselse gemeenten wijzen op bezwaarprocedures als oorzaak van de vertraging?",
 "list", {"reason": "objection_procedure", "province": NO}, [], "Municipalities in Gelderland or Overijssel that cite objection procedures."),
(57013, H, "Klopt het dat er maar één gemeente is die volledig aan haar taak voldoet?",
 "count", {"compliance": "voldoet"}, [], "How many municipalities meet the task (compliance voldoet)?"),
(57014, H, "En welke gemeente is dat dan?",
 "list", {"compliance": "voldoet"}, [57013], "Follow-up: which municipality meets the task."),
(57015, H, "Welke gemeenten staan inmiddels op trede 3, actief toezicht?",
 "list", {"trede": 3}, [], "Municipalities on trede 3."),
(57016, H, "Hoeveel gemeenten verwachten pas na de zomer van 2027 aan hun taak te voldoen?",
 "count", {"expected_after": "2027-08-31"}, [], "Count of municipalities whose expected date starts after summer 2027 (after 31 Aug 2027)."),
(57017, H, "Wat heeft Heerlen precies geschreven op 24 juni 2026?",
 "fact", {"gemeente": "Heerlen", "fact": "wrote", "date": "2026-06-24"}, [], "What Heerlen wrote on 24 June 2026."),
(57018, H, "En was dat op tijd?",
 "fact", {"gemeente": "Heerlen", "fact": "reply"}, [57017], "Follow-up: was Heerlen's reply on time (reply date, days late)?"),
(57019, H, "Kunt u mij de lijst van gemeenten die niet voldoen als Excel-bestand mailen? Dan kan ik die doorsturen naar NRC.",
 "unknown", {"compliance": "voldoet_niet"}, [], "Export request (Excel) of the voldoet-niet list: the bot cannot export."),
(57020, H, "Wat zijn de vijf Brabantse gemeenten met de grootste achterstand?",
 "unknown", {"province": "Noord-Brabant"}, [], "Ranking (top 5 backlog) in Noord-Brabant: not possible."),
(57021, H, "Hoeveel Friese gemeenten voldoen gedeeltelijk aan hun taak, Leeuwarden niet meegerekend?",
 "count", {"compliance": "voldoet_gedeeltelijk", "province": "Friesland", "not_gemeente": "Leeuwarden"}, [], "Count of partially compliant municipalities in Friesland, excluding Leeuwarden."),
(57022, H, "Bij welke gemeenten is de toezichtsbrief onbestelbaar retourgekomen?",
 "list", {"letter_undelivered": True}, [], "Municipalities whose latest letter bounced (undelivered)."),
(57023, H, "Goedemiddag, hoe werkt deze bot eigenlijk? Ik heb hem nog nooit gebruikt.",
 "help", {}, [], "How does the bot work: help."),
(57024, H, "Klopt het dat 24 gemeenten wel hebben gereageerd, maar te laat?",
 "count", {"state": ["late"]}, [], "Count of municipalities that replied after the termijn."),
(57025, H, "Welke gemeenten in Zuid-Nederland noemen geldproblemen als reden?",
 "list", {"reason": "finance", "province": NZ}, [], "Municipalities in Zuid-Nederland (Lb/NB/Zl) citing finance."),
# ---- 2. Thomas, dictating by voice in the car ----
(57026, T, "eh welke zaken van mij hebben nog steeds niet gereageerd terwijl de termijn al verlopen is",
 "list", {"owner": "Thomas", "state": ["no_reply"]}, [], "Thomas's cases with no reply after the termijn."),
(57027, T, "wie is eigenlijk de eigenaar van de zaak nieuwe gein",
 "fact", {"gemeente": "Nieuwegein", "fact": "owner"}, [], "Owner of Nieuwegein (name split in two)."),
(57028, T, "hoeveel plekken heeft rosendaal nou gerealiseerd en hoeveel zijn er gepland",
 "fact", {"gemeente": "Roosendaal", "fact": "places"}, [], "Roosendaal's realised and planned places (name misspelled)."),
(57029, T, "welke gemeenten in trede twee in gelderland hebben nog niet gereageerd punt",
 "list", {"trede": 2, "province": "Gelderland", "state": ["no_reply"]}, [], "Trede-2 municipalities in Gelderland with no reply."),
(57030, T, "hoeveel gemeenten hebben een termijn tussen een en dertig juni tweeduizend zesentwintig",
 "count", {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, [], "Count of cases with termijn 1-30 June 2026."),
(57031, T, "en welke daarvan hebben ook te laat gereageerd",
 "list", {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["late"]}, [57030], "Follow-up: of those, which replied late."),
(57032, T, "hoe staat het met den bosch",
 "status", {"gemeente": "'s-Hertogenbosch"}, [], "Status of 's-Hertogenbosch."),
(57033, T, "en hoeveel plekken hebben ze daar nu",
 "fact", {"gemeente": "'s-Hertogenbosch", "fact": "places"}, [57032], "Follow-up: places of 's-Hertogenbosch (realised 480, planned not stated)."),
(57034, T, "wat ontbreekt er nog allemaal bij almelo",
 "fact", {"gemeente": "Almelo", "fact": "missing"}, [], "Elements missing at Almelo."),
(57035, T, "en bij echt susteren",
 "fact", {"gemeente": "Echt-Susteren", "fact": "missing"}, [57034], "Follow-up: missing elements at Echt-Susteren."),
(57036, T, "geef me even de zaken van yara in de provincie utrecht",
 "list", {"owner": "Yara", "province": "Utrecht"}, [], "Yara's cases in the province of Utrecht."),
(57037, T, "uh wat moet ik deze week allemaal nog doen",
 "list", {"owner": "Thomas", "termijn_from": "2029-09-03", "termijn_to": "2029-09-09"}, [], "Thomas's cases whose termijn falls this week (Mon 3 - Sun 9 Sep 2029): none."),
(57038, T, "welke gemeenten hebben eh zowel de stappen als het tijd pad niet aangeleverd",
 "list", {"missing": ["steps", "timeline"]}, [], "Cases missing both steps and timeline."),
(57039, T, "hoe wijs ik eh een zaak toe aan een collega",
 "help", {}, [], "How to assign a case: help."),
(57040, T, "welke gemeenten in limburg voldoen niet aan de taak behalve vaals",
 "list", {"compliance": "voldoet_niet", "province": "Limburg", "not_gemeente": "Vaals"}, [], "Limburg municipalities not meeting the task, excluding Vaals."),
(57041, T, "wat is de termijn van hollandskroon",
 "fact", {"gemeente": "Hollands Kroon", "fact": "termijn"}, [], "Termijn of Hollands Kroon (name joined)."),
(57042, T, "heeft nijkerk eigenlijk op tijd gereageerd of niet",
 "fact", {"gemeente": "Nijkerk", "fact": "reply"}, [], "Did Nijkerk reply on time (reply date, days)?"),
(57043, T, "welke gemeenten in noord brabant hebben hun reactie netjes op tijd ingestuurd",
 "list", {"state": ["on_time"], "province": "Noord-Brabant"}, [], "Noord-Brabant municipalities that replied on time."),
(57044, T, "hoeveel gemeenten verwachten in het eerste kwartaal van tweeduizend zevenentwintig klaar te zijn",
 "count", {"expected_after": "2026-12-31", "expected_before": "2027-04-01"}, [], "Count with expected date within Q1 2027."),
(57045, T, "en in het tweede kwartaal van tweeduizend zevenentwintig",
 "count", {"expected_after": "2027-03-31", "expected_before": "2027-07-01"}, [57044], "Follow-up: the same count for Q2 2027."),
(57046, T, "welke van mijn gemeenten hebben een onvolledige reactie gestuurd",
 "list", {"owner": "Thomas", "state": ["incomplete"]}, [], "Thomas's cases whose state is answered_incomplete."),
(57047, T, "kun je een herinneringsmail sturen naar nunspeet",
 "unknown", {"gemeente": "Nunspeet"}, [], "Send a reminder mail to Nunspeet: the bot cannot send mail."),
(57048, T, "welke gemeenten zijn er te laat",
 "clarify", {}, [], "Bare 'te laat': no reply after the termijn or a late reply? Ask back."),
(57049, T, "ja hoeveel gemeenten in overijssel hebben nou eigenlijk nog helemaal geen reactie gestuurd terwijl de termijn al verstreken is want ik heb zo overleg met de provincie",
 "count", {"state": ["no_reply"], "province": "Overijssel"}, [], "Count of Overijssel municipalities with no reply after the termijn."),
(57050, T, "wat schreef ede op vier mei tweeduizend zesentwintig",
 "fact", {"gemeente": "Ede", "fact": "wrote", "date": "2026-05-04"}, [], "What Ede wrote on 4 May 2026."),
# ---- 3. Yara, data analyst ----
(57051, Y, "Aantal zaken in Zuid-Holland, trede 2, zonder reactie (termijn verstreken), naleving 'voldoet niet'?",
 "count", {"province": "Zuid-Holland", "trede": 2, "state": ["no_reply"], "compliance": "voldoet_niet"}, [], "Count: Zuid-Holland, trede 2, no reply, voldoet niet."),
(57052, Y, "Friese gemeenten met een onvolledige reactie waarbij het tijdpad ontbreekt?",
 "list", {"province": "Friesland", "state": ["incomplete"], "missing": ["timeline"]}, [], "Friesland, incomplete, timeline missing."),
(57053, Y, "Trede 2, reden bezwaarprocedure, verwachte datum tussen 1 januari 2027 en 30 september 2027: welke gemeenten?",
 "list", {"trede": 2, "reason": "objection_procedure", "expected_after": "2026-12-31", "expected_before": "2027-10-01"}, [], "Trede 2, objection procedure, expected date within 1 Jan - 30 Sep 2027."),
(57054, Y, "Hoeveel zaken met een termijn van 1 oktober t/m 30 november 2026 hebben nog steeds niet gereageerd?",
 "count", {"termijn_from": "2026-10-01", "termijn_to": "2026-11-30", "state": ["no_reply"]}, [], "Count: termijn 1 Oct - 30 Nov 2026, no reply."),
(57055, Y, "NH, op tijd gereageerd, maar zonder tijdpad: welke?",
 "list", {"province": "Noord-Holland", "state": ["on_time"], "missing": ["timeline"]}, [], "Noord-Holland, replied on time, timeline missing."),
(57056, Y, "Hoeveel zaken in de provincie Utrecht zonder behandelaar voldoen niet?",
 "count", {"province": "Utrecht", "no_owner": True, "compliance": "voldoet_niet"}, [], "Count: province Utrecht, no owner, voldoet niet."),
(57057, Y, "Trede 1, reden: plaatsen vervallen, verwachte datum vóór 1 juli 2027. Lijst graag.",
 "list", {"trede": 1, "reason": "places_lost", "expected_before": "2027-07-01"}, [], "Trede 1, places lost, expected date ending before 1 Jul 2027."),
(57058, Y, "Uitstelverzoeken in Zuid-Holland met trede 2?",
 "list", {"state": ["extended"], "province": "Zuid-Holland", "trede": 2}, [], "Extension requested, Zuid-Holland, trede 2."),
(57059, Y, "Aantal beantwoorde zaken in Overijssel, excl. de te late reacties?",
 "count", {"state": ["answered"], "not_state": ["late"], "province": "Overijssel"}, [], "Count: answered in Overijssel, leaving out late replies."),
(57060, Y, "Welke zaken missen zowel de feiten als het tijdpad?",
 "list", {"missing": ["facts", "timeline"]}, [], "Cases missing both facts and timeline."),
(57061, Y, "Alleen die in Gelderland en Zeeland?",
 "list", {"missing": ["facts", "timeline"], "province": ["Gelderland", "Zeeland"]}, [57060], "Follow-up: narrowed to Gelderland and Zeeland."),
(57062, Y, "Hoeveel zaken hebben een verwachte datum in H2 2027?",
 "count", {"expected_after": "2027-06-30", "expected_before": "2028-01-01"}, [], "Count with expected date within the second half of 2027."),
(57063, Y, "En hoeveel daarvan noemen ook een raadsbesluit als reden?",
 "count", {"expected_after": "2027-06-30", "expected_before": "2028-01-01", "reason": "council_decision"}, [57062], "Follow-up: of those, citing a council decision."),
(57064, Y, "Gemeenten in Groningen en Drenthe die wel gereageerd hebben maar niet voldoen?",
 "list", {"province": ["Drenthe", "Groningen"], "state": ["answered"], "compliance": "voldoet_niet"}, [], "Groningen/Drenthe, answered, voldoet niet."),
(57065, Y, "Termijn tussen 1 en 30 april 2026, geen behandelaar, uitstel gevraagd: welke gemeenten?",
 "list", {"termijn_from": "2026-04-01", "termijn_to": "2026-04-30", "no_owner": True, "state": ["extended"]}, [], "Termijn in April 2026, no owner, extension requested."),
(57066, Y, "Welke redenen geeft Voorschoten op?",
 "fact", {"gemeente": "Voorschoten", "fact": "reasons"}, [], "Reasons stated by Voorschoten."),
(57067, Y, "Voldoet de gemeente Bergen op Zoom aan haar wettelijke taak?",
 "fact", {"gemeente": "Bergen op Zoom", "fact": "compliance"}, [], "Compliance of Bergen op Zoom."),
(57068, Y, "Trede 1 + reden COA-afhankelijkheid + Noord-Holland: hoeveel?",
 "count", {"trede": 1, "reason": "coa_dependency", "province": "Noord-Holland"}, [], "Count: trede 1, COA dependency, Noord-Holland."),
(57069, Y, "Flevoland en Zeeland, verwachte datum al verstreken, maar niet in trede 1: welke?",
 "list", {"province": ["Flevoland", "Zeeland"], "expected_before": ON, "not_trede": 1}, [], "Flevoland/Zeeland, expected date already past (before the asked day), not trede 1."),
(57070, Y, "Onvolledig én te laat gereageerd, Noord-Brabant?",
 "list", {"state": ["incomplete", "late"], "province": "Noord-Brabant"}, [], "Noord-Brabant, incomplete and late."),
(57071, Y, "Hoeveel gemeenten missen alle drie de elementen?",
 "count", {"missing": ["facts", "steps", "timeline"]}, [], "Count missing facts, steps and timeline."),
(57072, Y, "Hoeveel gemeenten in de Randstad hebben nog niet gereageerd?",
 "clarify", {"state": ["no_reply"]}, [], "'de Randstad' has no fixed border: ask back (state no_reply understood)."),
(57073, Y, "Zaken van Erik met termijn in oktober 2026 zonder reactie?",
 "list", {"owner": "Erik", "termijn_from": "2026-10-01", "termijn_to": "2026-10-31", "state": ["no_reply"]}, [], "Erik's cases, termijn in Oct 2026, no reply."),
(57074, Y, "Hoeveel gemeenten in Noord-Holland, Zuid-Holland en Utrecht hebben op tijd gereageerd en voldoen gedeeltelijk?",
 "count", {"province": ["Noord-Holland", "Utrecht", "Zuid-Holland"], "state": ["on_time"], "compliance": "voldoet_gedeeltelijk"}, [], "Count: NH/ZH/Utrecht, on time, partially compliant."),
(57075, Y, "Mag ik de overzichtsgrafiek?",
 "overview", {}, [], "The overview chart."),
# ---- 4. Erik, new colleague, English and Dutch mixed ----
(57076, E, "which gemeenten are overdue?",
 "list", {"state": ["no_reply"]}, [], "Municipalities that did not reply and whose termijn has passed."),
(57077, E, "sorry, wat betekent trede eigenlijk?",
 "help", {}, [], "What does 'trede' mean: explanation/help."),
(57078, E, "owner van Almere?",
 "fact", {"gemeente": "Almere", "fact": "owner"}, [], "Owner of Almere (none: expected_fact null means no owner)."),
(57079, E, "show me my cases please",
 "list", {"owner": "Erik"}, [], "Erik's cases."),
(57080, E, "and which of those still have no reply, past the deadline?",
 "list", {"owner": "Erik", "state": ["no_reply"]}, [57079], "Follow-up: Erik's cases with no reply after the termijn."),
(57081, E, "how many gemeenten in Limburg are in trede 2?",
 "count", {"province": "Limburg", "trede": 2}, [], "Count: Limburg, trede 2."),
(57082, E, "when is Groningen klaar?",
 "fact", {"gemeente": "Groningen", "fact": "expected"}, [], "Expected date of the municipality Groningen (a fact decides)."),
(57083, E, "and the reasons they give?",
 "fact", {"gemeente": "Groningen", "fact": "reasons"}, [57082], "Follow-up: reasons of Groningen."),
(57084, E, "hoe zit het met Bergen?",
 "clarify", {}, [], "Bergen (NH.) or Bergen (L.): ask back."),
(57085, E, "which municipalities zitten in trede 3 and have no owner yet?",
 "list", {"trede": 3, "no_owner": True}, [], "Trede 3 without owner."),
(57086, E, "what is the phone number of gemeente Lelystad?",
 "unknown", {"gemeente": "Lelystad"}, [], "Contact data: not possible."),
(57087, E, "gemeenten in Twente die niet voldoen?",
 "unknown", {"compliance": "voldoet_niet"}, [], "Twente has no border in the register: unknown, compliance kept."),
(57088, E, "which gemeenten asked for an extension, uitstel, excluding Noord-Holland?",
 "list", {"state": ["extended"], "not_province": "Noord-Holland"}, [], "Extension requested, not in Noord-Holland."),
(57089, E, "status of sudwest fryslan",
 "status", {"gemeente": "Súdwest-Fryslân"}, [], "Status of Súdwest-Fryslân."),
(57090, E, "does Tilburg voldoen aan de wettelijke taak?",
 "fact", {"gemeente": "Tilburg", "fact": "compliance"}, [], "Compliance of Tilburg."),
(57091, E, "Could you tell me how many replied on time but are missing the steps?",
 "count", {"state": ["on_time"], "missing": ["steps"]}, [], "Count: replied on time, steps missing."),
(57092, E, "welke gemeenten in Gelderland mention vergunningsperikelen?",
 "list", {"reason": "permit_procedure", "province": "Gelderland"}, [], "Gelderland municipalities citing permit procedures."),
(57093, E, "thanks, super helpful!",
 "help", {}, [], "Thanks: help."),
(57094, E, "are there any cases opgeschort, suspended I mean?",
 "list", {"state": ["suspended"]}, [], "Suspended cases (none)."),
(57095, E, "welke trede heeft Kerkrade?",
 "fact", {"gemeente": "Kerkrade", "fact": "trede"}, [], "Trede of Kerkrade."),
(57096, E, "which gemeenten in Fr and Dr did not reply, behalve Heerenveen?",
 "list", {"province": ["Drenthe", "Friesland"], "state": ["no_reply"], "not_gemeente": "Heerenveen"}, [], "Friesland/Drenthe, no reply, excluding Heerenveen."),
(57097, E, "en hun buren?",
 "unknown", {"province": ["Drenthe", "Friesland"], "state": ["no_reply"], "not_gemeente": "Heerenveen"}, [57096], "Neighbours: not possible; the list's slots kept."),
(57098, E, "Bunnik, what did they send on 30 april 2026?",
 "fact", {"gemeente": "Bunnik", "fact": "wrote", "date": "2026-04-30"}, [], "What Bunnik wrote on 30 April 2026 (part 2 only; part 1 came on 29 April)."),
(57099, E, "how many gemeenten have a termijn before 1 mei 2026, Zuid-Holland not counted?",
 "count", {"termijn_to": "2026-04-30", "not_province": "Zuid-Holland"}, [], "Count: termijn up to 30 Apr 2026, not Zuid-Holland."),
(57100, E, "which cases in trede 1 expect to be done vóór de zomer van 2027?",
 "list", {"trede": 1, "expected_before": "2027-07-01"}, [], "Trede 1, expected date ending before 1 Jul 2027."),
]

FACTLESS = {"help", "overview", "clarify", "unknown"}


def build():
    out = []
    ids = [q[0] for q in Q]
    assert ids == list(range(57001, 57101)), "ids"
    for qid, staff, text, intent, filters, after, meaning in Q:
        rec = {"id": qid, "q": text, "intent": intent, "filters": filters, "expected_gemeenten": [], "count": None,
               "after": after, "as_staff": staff, "on": ON, "meaning": meaning, "expected_fact": None}
        if intent in ("list", "count"):
            s = engine.select(filters)
            rec["expected_gemeenten"], rec["count"] = s, len(s)
        elif intent == "fact":
            rec["expected_fact"] = engine.fact(filters["gemeente"], filters["fact"], filters.get("date"))
        elif intent == "status":
            rec["expected_fact"] = engine.fact(filters["gemeente"], "status")
        out.append(rec)
    # follow-ups: `after` lists every earlier question of the chain, oldest first
    by = {r["id"]: r for r in out}
    for r in out:
        chain, a = [], r["after"]
        while a:
            chain = a + chain
            a = by[a[0]]["after"]
        r["after"] = chain
    return out


if __name__ == "__main__":
    recs = build()
    with open("questions57_with_expected_sets.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(Counter(r["intent"] for r in recs))
