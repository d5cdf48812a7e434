#!/usr/bin/env python3
"""Write questions.jsonl (100 questions, ids 27001-27100) for the q27 register, asked on 2027-05-12."""
import json
import os
import sys

from expected import compute, load

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2027-05-12"
STAFF = {"Esther": 27501, "Bram": 27502, "Lotte": 27503, "Wouter": 27504}
NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]

# (id, persona, question, intent, filters, after, meaning)
Q = [
    # ---- Esther (beheerder): formal, monthly report to the director ----
    (27001, "Esther", "Hoeveel gemeenten hebben na het verstrijken van de termijn nog altijd niet gereageerd op de toezichtsbrief?",
     "count", {"state": ["no_reply"]}, [], "national count of cases without a reply whose termijn has passed"),
    (27002, "Esther", "Kunt u mij een overzicht geven van de gemeenten in Zuid-Holland die niet voldoen aan hun wettelijke taak?",
     "list", {"province": "Zuid-Holland", "compliance": "voldoet_niet"}, [], "list: Zuid-Holland, compliance voldoet_niet ('overzicht' here is a list, not the /overzicht chart)"),
    (27003, "Esther", "Hoeveel gemeenten in Noord-Nederland voldoen gedeeltelijk aan de taakstelling?",
     "count", {"province": NOORD, "compliance": "voldoet_gedeeltelijk"}, [], "region Noord = Drenthe, Friesland, Groningen; partial compliance"),
    (27004, "Esther", "Welke gemeenten in trede 2 hebben een onvolledige reactie gestuurd waarin het tijdpad ontbreekt?",
     "list", {"trede": 2, "state": ["incomplete"], "missing": ["timeline"]}, [], "trede 2, state answered_incomplete, timeline missing"),
    (27005, "Esther", "Hoeveel zaken bevinden zich op dit moment in trede 3?",
     "count", {"trede": 3}, [], "count of cases in trede 3"),
    (27006, "Esther", "Graag het aantal gemeenten dat lopende bezwaarprocedures als reden noemt.",
     "count", {"reason": "objection_procedure"}, [], "count with reason objection_procedure"),
    (27007, "Esther", "Welke gemeenten voldoen niet en noemen het ontbreken van een geschikte locatie als oorzaak?",
     "list", {"compliance": "voldoet_niet", "reason": "no_location"}, [], "voldoet_niet combined with reason no_location"),
    (27008, "Esther", "Kunt u mij het actuele overzicht tonen ten behoeve van mijn maandrapportage aan de directeur?",
     "overview", {}, [], "the overview chart (/overzicht)"),
    (27009, "Esther", "Zou u de lijst van gemeenten die niet voldoen naar Excel kunnen exporteren?",
     "unknown", {"compliance": "voldoet_niet"}, [], "export is not possible in chat; the list it is about is kept as a slot"),
    (27010, "Esther", "Welke vijf gemeenten hebben de grootste achterstand ten opzichte van hun taak?",
     "unknown", {}, [], "ranking (top 5) is not something the bot does"),
    (27011, "Esther", "Hoeveel gemeenten hebben na de gestelde termijn gereageerd?",
     "count", {"state": ["late"]}, [], "replied after the termijn = late (answered, reply_on_time false); not the bare 'te laat'"),
    (27012, "Esther", "En hoeveel daarvan was ook onvolledig?",
     "count", {"state": ["incomplete", "late"]}, [27011], "follow-up narrowing with 'daarvan ... ook': late and incomplete"),
    (27013, "Esther", "Hoeveel gemeenten hebben om uitstel van de reactietermijn verzocht?",
     "count", {"state": ["extended"]}, [], "extension requested (16, none granted)"),
    (27014, "Esther", "Welke gemeenten in Oost-Nederland hebben tijdig en volledig gereageerd?",
     "list", {"province": OOST, "state": ["complete", "on_time"]}, [], "Oost = Gelderland, Overijssel; on time and complete"),
    (27015, "Esther", "Bij hoeveel zaken is de brief als onbestelbaar retour gekomen?",
     "count", {"letter_undelivered": True}, [], "latest letter came back undelivered"),
    (27016, "Esther", "Hoeveel zaken zijn nog niet aan een behandelaar toegewezen?",
     "count", {"no_owner": True}, [], "cases without owner"),
    (27017, "Esther", "Hoeveel gemeenten in trede 2 hebben gereageerd, uitgezonderd de gemeenten die te laat waren?",
     "count", {"trede": 2, "state": ["answered"], "not_state": ["late"]}, [], "README example shape: answered, not late; trede 2"),
    (27018, "Esther", "Welke Zeeuwse gemeenten voldoen gedeeltelijk?",
     "list", {"province": "Zeeland", "compliance": "voldoet_gedeeltelijk"}, [], "adjective 'Zeeuwse' = province Zeeland"),
    (27019, "Esther", "Voldoet de gemeente Rijssen-Holten aan haar wettelijke taak?",
     "fact", {"gemeente": "Rijssen-Holten", "fact": "compliance"}, [], "README: this phrasing is the fact compliance"),
    (27020, "Esther", "Wilt u namens de directie een herinneringsbrief sturen aan de gemeenten die nog niet hebben gereageerd?",
     "unknown", {"state": ["no_reply"]}, [], "sending mail is not possible; the list it is about is kept"),
    (27021, "Esther", "Welke gemeenten hebben noch de feiten noch de stappen aangeleverd?",
     "list", {"missing": ["facts", "steps"]}, [], "'noch ... noch' misses both"),
    (27022, "Esther", "Hoeveel gemeenten in Noord-Holland, met uitzondering van trede 1, hebben na afloop van de termijn nog niet gereageerd?",
     "count", {"province": "Noord-Holland", "not_trede": 1, "state": ["no_reply"]}, [], "not_trede 1 (redundant with no_reply but stated)"),
    (27023, "Esther", "Welke gemeenten in de Randstad hebben nog niet gereageerd?",
     "clarify", {"state": ["no_reply"]}, [], "de Randstad has no fixed border: asked back (README)"),
    (27024, "Esther", "Hoe wijs ik een zaak toe aan een collega?",
     "help", {}, [], "how to assign = help"),
    (27025, "Esther", "Wat is de stand van zaken bij de gemeente Utrecht?",
     "status", {"gemeente": "Utrecht"}, [], "'de gemeente' decides municipality over province: status of Utrecht"),

    # ---- Bram (behandelaar): mijn zaken, chains, terse with typos ----
    (27026, "Bram", "mijn zaken", "list", {"owner": "Bram"}, [], "cases owned by the asker (Bram)"),
    (27027, "Bram", "welke daarvn hebbn nog niet gereageerd", "list", {"owner": "Bram", "state": ["no_reply"]}, [27026],
     "follow-up on mijn zaken: no reply, termijn passed"),
    (27028, "Bram", "hoevl plekken heeft nisewaard gerealiseerd", "fact", {"gemeente": "Nissewaard", "fact": "places"}, [],
     "typo Nisewaard -> Nissewaard; places realised (and planned)"),
    (27029, "Bram", "en wat ontbreekt daar", "fact", {"gemeente": "Nissewaard", "fact": "missing"}, [27028],
     "follow-up: missing elements of Nissewaard"),
    (27030, "Bram", "op tijd gereageerd?", "fact", {"gemeente": "Nissewaard", "fact": "reply"}, [27028, 27029],
     "short fragment after a question about one municipality: reply date and on time/late"),
    (27031, "Bram", "en tiel?", "fact", {"gemeente": "Tiel", "fact": "reply"}, [27028, 27029, 27030],
     "follow-up swaps the municipality, keeps the fact reply"),
    (27032, "Bram", "wat schreef tiel op 6 mei 2026", "fact", {"gemeente": "Tiel", "fact": "wrote", "date": "2026-05-06"}, [],
     "message(s) Tiel sent on 2026-05-06"),
    (27033, "Bram", "wie is eigenaar van hulst", "fact", {"gemeente": "Hulst", "fact": "owner"}, [], "'eigenaar' asks for the owner"),
    (27034, "Bram", "en welke redenen noemen ze", "fact", {"gemeente": "Hulst", "fact": "reasons"}, [27033], "reasons Hulst gave"),
    (27035, "Bram", "wanneer verwacht hoorn klaar te zijn", "fact", {"gemeente": "Hoorn", "fact": "expected"}, [],
     "expected date Hoorn"),
    (27036, "Bram", "wat schreef hoorn op 27 april 2026", "fact", {"gemeente": "Hoorn", "fact": "wrote", "date": "2026-04-27"}, [],
     "message(s) Hoorn sent that day"),
    (27037, "Bram", "hoevl plekken heeft groningen gerealiseerd", "fact", {"gemeente": "Groningen", "fact": "places"}, [],
     "Groningen with a fact: the municipality (README: a fact decides)"),
    (27038, "Bram", "en de verwachte datum", "fact", {"gemeente": "Groningen", "fact": "expected"}, [27037], "follow-up: expected date Groningen"),
    (27039, "Bram", "mijn zaken zonder tijdpad", "list", {"owner": "Bram", "missing": ["timeline"]}, [], "own cases missing the timeline"),
    (27040, "Bram", "mijn zaken in gelderlnd", "list", {"owner": "Bram", "province": "Gelderland"}, [], "typo gelderlnd"),
    (27041, "Bram", "en in NH?", "list", {"owner": "Bram", "province": "Noord-Holland"}, [27040], "follow-up replaces the province; NH = Noord-Holland"),
    (27042, "Bram", "zaken van lotte die te laat gereageerd hebben", "list", {"owner": "Lotte", "state": ["late"]}, [],
     "'te laat gereageerd' = late reply (not bare 'te laat')"),
    (27043, "Bram", "status bergen", "clarify", {}, [], "Bergen: Bergen (L.) or Bergen (NH.) - asked back"),
    (27044, "Bram", "termijn baarn?", "fact", {"gemeente": "Baarn", "fact": "termijn"}, [], "termijn of Baarn"),
    (27045, "Bram", "lelystad welke trede", "fact", {"gemeente": "Lelystad", "fact": "trede"}, [], "trede of Lelystad"),
    (27046, "Bram", "wie heeft rijssen holten", "fact", {"gemeente": "Rijssen-Holten", "fact": "owner"}, [], "owner; name without hyphen"),
    (27047, "Bram", "mijn zaken met uitstelverzoek", "list", {"owner": "Bram", "state": ["extended"]}, [], "own cases with an extension request"),
    (27048, "Bram", "hoeveel v mijn zaken voldoen niet", "count", {"owner": "Bram", "compliance": "voldoet_niet"}, [], "count own voldoet_niet"),
    (27049, "Bram", "stuur heumen ff een herinnering", "unknown", {"gemeente": "Heumen"}, [], "sending mail is not possible; keeps the municipality"),
    (27050, "Bram", "telefoonnr gemeente lochem?", "unknown", {"gemeente": "Lochem"}, [], "contact data is unknown; keeps the municipality"),

    # ---- Lotte (behandelaar): time windows, missing elements, reasons, exclusions ----
    (27051, "Lotte", "Welke gemeenten verwachten vóór de zomer van 2027 te voldoen?", "list", {"expected_before": "2027-07-01"}, [],
     "expected date ends before 2027-07-01 (README example)"),
    (27052, "Lotte", "En welke pas na de zomer van 2027?", "list", {"expected_after": "2027-08-31"}, [27051],
     "follow-up replaces the window: starts after 2027-08-31"),
    (27053, "Lotte", "Hoeveel gemeenten hebben een verwachte datum die al verstreken is?", "count", {"expected_before": ON}, [],
     "expected date entirely before the day asked (2027-05-12)"),
    (27054, "Lotte", "Wie verwacht tussen 1 maart 2027 en 30 juni 2027 klaar te zijn?", "list",
     {"expected_after": "2027-02-28", "expected_before": "2027-07-01"}, [], "window 1 March - 30 June 2027, both ends inside"),
    (27055, "Lotte", "Welke gemeenten verwachten in Q3 2027 te voldoen?", "list",
     {"expected_after": "2027-06-30", "expected_before": "2027-10-01"}, [], "quarter window Q3 2027"),
    (27056, "Lotte", "en in Q4?", "list", {"expected_after": "2027-09-30", "expected_before": "2028-01-01"}, [27055],
     "quarter without year = the one ahead (2027-Q4), replaces the window"),
    (27057, "Lotte", "Welke termijnen liepen af in juni 2026?", "list", {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, [],
     "termijn window June 2026"),
    (27058, "Lotte", "en welke daarvan hebben nog steeds niet gereageerd?", "list",
     {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["no_reply"]}, [27057], "narrows to no_reply"),
    (27059, "Lotte", "Welke gemeenten met een termijn tussen 1 oktober en 30 november 2026 hebben te laat gereageerd?", "list",
     {"termijn_from": "2026-10-01", "termijn_to": "2026-11-30", "state": ["late"]}, [], "termijn window with late replies"),
    (27060, "Lotte", "Gemeenten met een termijn vóór 1 mei 2026 die op tijd gereageerd hebben maar het tijdpad missen, niet in Limburg", "list",
     {"termijn_to": "2026-04-30", "state": ["on_time"], "missing": ["timeline"], "not_province": "Limburg"}, [],
     "termijn on one side of a day -> termijn_to (the day before); on_time, missing timeline; Limburg left out"),
    (27061, "Lotte", "Welke gemeenten missen zowel de stappen als het tijdpad?", "list", {"missing": ["steps", "timeline"]}, [],
     "both steps and timeline missing"),
    (27062, "Lotte", "Bij welke gemeenten ontbreken alle drie de elementen?", "list", {"missing": ["facts", "steps", "timeline"]}, [],
     "all three missing"),
    (27063, "Lotte", "Waar speelt bezwaar, behalve in Noord-Holland en Zuid-Holland?", "list",
     {"reason": "objection_procedure", "not_province": ["Noord-Holland", "Zuid-Holland"]}, [], "reason objection, two provinces left out"),
    (27064, "Lotte", "Welke gemeenten in Zuid-Nederland hebben vergunningsperikelen?", "list",
     {"province": ZUID, "reason": "permit_procedure"}, [], "region Zuid; 'vergunningsperikelen' = permit_procedure"),
    (27065, "Lotte", "Brabantse gemeenten die hun stappen niet hebben beschreven, behalve Breda", "list",
     {"province": "Noord-Brabant", "missing": ["steps"], "not_gemeente": "Breda"}, [], "Noord-Brabant, steps missing, Breda left out"),
    (27066, "Lotte", "Hoeveel gemeenten in Oost-Nederland hebben de feiten niet genoemd?", "count",
     {"province": OOST, "missing": ["facts"]}, [], "region Oost, facts missing"),
    (27067, "Lotte", "Welke gemeenten in de Achterhoek hebben nog niet gereageerd?", "unknown", {"state": ["no_reply"]}, [],
     "de Achterhoek has no border in the register: unknown with the other slots"),
    (27068, "Lotte", "Welke gemeenten zijn te laat?", "clarify", {}, [], "bare 'te laat': no reply after termijn, or a late reply"),
    (27069, "Lotte", "Wie verwacht in de eerste helft van 2027 te voldoen, Gelderland niet meegerekend?", "list",
     {"expected_after": "2026-12-31", "expected_before": "2027-07-01", "not_province": "Gelderland"}, [],
     "H1 2027 window; Gelderland left out"),
    (27070, "Lotte", "Welke gemeenten in de provincie Utrecht hebben nog niet gereageerd en ook nog geen uitstel gevraagd?", "list",
     {"province": "Utrecht", "state": ["no_reply"], "not_state": ["extended"]}, [], "'provincie' decides; no_reply, not extended"),
    (27071, "Lotte", "Welke gemeenten met geldproblemen verwachten pas na 2027 te voldoen?", "list",
     {"reason": "finance", "expected_after": "2027-12-31"}, [], "'geldproblemen' = finance; expected starts after 2027"),
    (27072, "Lotte", "Hoeveel gemeenten hebben te laat gereageerd en misten daarbij het tijdpad?", "count",
     {"state": ["late"], "missing": ["timeline"]}, [], "late reply and timeline missing"),
    (27073, "Lotte", "Onvolledige reacties in Noord-Nederland zonder stappen", "list",
     {"province": NOORD, "state": ["incomplete"], "missing": ["steps"]}, [], "region Noord; incomplete; steps missing"),
    (27074, "Lotte", "Welke gemeenten verwachten in de zomer van 2027 klaar te zijn?", "list",
     {"expected_after": "2027-06-30", "expected_before": "2027-09-01"}, [], "summer = July and August 2027"),
    (27075, "Lotte", "Welke gemeenten hebben op tijd gereageerd maar de feiten niet vermeld?", "list",
     {"state": ["on_time"], "missing": ["facts"]}, [], "on time, facts missing"),

    # ---- Wouter (behandelaar): voice-typed, fillers, spoken numbers, places, former municipalities ----
    (27076, "Wouter", "goedemorgen", "help", {}, [], "greeting = help"),
    (27077, "Wouter", "ehm hoeveel gemeenten in euh Gelderland hebben nog steeds niet gereageerd", "count",
     {"province": "Gelderland", "state": ["no_reply"]}, [], "fillers; 'nog steeds niet gereageerd' = no_reply"),
    (27078, "Wouter", "ja hallo ik wil graag weten wie er behandelaar is van eh Hoofddorp", "fact",
     {"gemeente": "Haarlemmermeer", "fact": "owner"}, [], "place Hoofddorp -> Haarlemmermeer"),
    (27079, "Wouter", "hoe staat het eigenlijk met Delfzijl", "status", {"gemeente": "Eemsdelta"}, [],
     "former municipality Delfzijl -> Eemsdelta (since 2021)"),
    (27080, "Wouter", "wanneer verwacht eh Hellevoetsluis klaar te zijn", "fact", {"gemeente": "Voorne aan Zee", "fact": "expected"}, [],
     "former municipality Hellevoetsluis -> Voorne aan Zee (since 2023)"),
    (27081, "Wouter", "euh mijn zaken in Limburg", "list", {"owner": "Wouter", "province": "Limburg"}, [], "own cases in Limburg"),
    (27082, "Wouter", "en welke daarvan voldoen niet", "list", {"owner": "Wouter", "province": "Limburg", "compliance": "voldoet_niet"},
     [27081], "follow-up narrows with compliance"),
    (27083, "Wouter", "welke gemeenten verwachten voor dertig september tweeduizend zevenentwintig klaar te zijn", "list",
     {"expected_before": "2027-09-30"}, [], "spoken date 30 September 2027; 2027-09 and 2027-Q3 end on 30 September so are not before it"),
    (27084, "Wouter", "hoeveel plekken heeft eh Zaandam nou gerealiseerd", "fact", {"gemeente": "Zaanstad", "fact": "places"}, [],
     "place Zaandam -> Zaanstad"),
    (27085, "Wouter", "Bergen in Limburg wat is daar de status van", "status", {"gemeente": "Bergen (L.)"}, [],
     "'Bergen in Limburg' is Bergen (L.)"),
    (27086, "Wouter", "hoe zit het met Utrecht", "clarify", {}, [], "Utrecht alone: municipality or province - asked back"),
    (27087, "Wouter", "kun je me de gemeenten naast Zwolle geven", "unknown", {"gemeente": "Zwolle"}, [], "neighbours: unknown"),
    (27088, "Wouter", "welke gemeenten in Twente hebben eh te laat gereageerd", "unknown", {"state": ["late"]}, [],
     "Twente has no border in the register: unknown with the other slots"),
    (27089, "Wouter", "wat is eh de termijn van Den Helder", "fact", {"gemeente": "Den Helder", "fact": "termijn"}, [], "termijn"),
    (27090, "Wouter", "heeft Leeuwarden eigenlijk op tijd gereageerd", "fact", {"gemeente": "Leeuwarden", "fact": "reply"}, [],
     "reply date, on time"),
    (27091, "Wouter", "en Smallingerland", "fact", {"gemeente": "Smallingerland", "fact": "reply"}, [27090],
     "follow-up swaps the municipality"),
    (27092, "Wouter", "eh wat ontbreekt er daar nog", "fact", {"gemeente": "Smallingerland", "fact": "missing"}, [27090, 27091],
     "missing elements of Smallingerland"),
    (27093, "Wouter", "hoeveel gemeenten hebben een termijn tussen een oktober en dertig november tweeduizend zesentwintig", "count",
     {"termijn_from": "2026-10-01", "termijn_to": "2026-11-30"}, [], "spoken dates: 1 Oct - 30 Nov 2026 ('een' = 1)"),
    (27094, "Wouter", "zaken van Lotte in trede twee die nog niet gereageerd hebben", "list",
     {"owner": "Lotte", "trede": 2, "state": ["no_reply"]}, [], "owner Lotte, trede 2, no_reply"),
    (27095, "Wouter", "welke gemeenten zitten er in trede drie behalve Lelystad", "list", {"trede": 3, "not_gemeente": "Lelystad"}, [],
     "spoken trede, one municipality left out"),
    (27096, "Wouter", "kun je eh de trede van Vaals naar drie zetten", "unknown", {"gemeente": "Vaals"}, [],
     "changing trede by a question is not possible (/trede needs a confirm)"),
    (27097, "Wouter", "welke redenen noemt eh Den Bosch", "fact", {"gemeente": "'s-Hertogenbosch", "fact": "reasons"}, [],
     "Den Bosch -> 's-Hertogenbosch"),
    (27098, "Wouter", "hoeveel gemeenten hebben uh nog geen behandelaar en liggen in Drenthe", "count",
     {"no_owner": True, "province": "Drenthe"}, [], "no owner, Drenthe"),
    (27099, "Wouter", "hoeveel zaken heeft eh Bram", "count", {"owner": "Bram"}, [], "cases of Bram"),
    (27100, "Wouter", "oké top dankjewel", "help", {}, [], "thanks = help"),
]


def main():
    by_name, no_reply = load()
    ids = [q[0] for q in Q]
    assert ids == list(range(27001, 27101)), "ids must be 27001..27100 in order"
    per = {}
    out = []
    for qid, who, text, intent, filters, after, meaning in Q:
        per[who] = per.get(who, 0) + 1
        if intent == "fact":
            assert "fact" in filters and "gemeente" in filters, qid
        rec = {"id": qid, "q": text, "intent": intent, "filters": filters, "expected_gemeenten": [], "count": None,
               "after": after, "as_staff": STAFF[who], "on": ON, "meaning": meaning}
        gs, cnt, fact = compute(rec, by_name, no_reply)
        rec["expected_gemeenten"], rec["count"] = gs, cnt
        if intent in ("fact", "status"):
            rec["expected_fact"] = fact
        for a in after:
            assert a < qid and a in ids, qid
        out.append(rec)
    assert all(v == 25 for v in per.values()) and len(per) == 4, per
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        for rec in out:
            print(rec["id"], rec["intent"], rec["count"], rec.get("expected_fact", ""), rec["expected_gemeenten"][:8])
    print(len(out), "questions written")


if __name__ == "__main__":
    main()
