"""Writes questions.jsonl: the questions by hand, the expected answers from expected.py."""
import json
import expected as E

DAY = "2027-04-14"
STAFF = {"Annelies": 26501, "Thomas": 26502, "Nadia": 26503, "Ruud": 26504}
N = ["Drenthe", "Friesland", "Groningen"]
O = ["Gelderland", "Overijssel"]
Z = ["Limburg", "Noord-Brabant", "Zeeland"]

# (id, asker, question, intent, filters (merged meaning), after, meaning)
Q = [
 # ---- Annelies: beheerder, formal, national/regional overviews for the stuurgroep
 (26001, "Annelies", "Goedemorgen. Hoeveel gemeenten voldoen op dit moment niet aan hun wettelijke taak?", "count", {"compliance": "voldoet_niet"}, [], "count of cases with compliance voldoet_niet"),
 (26002, "Annelies", "Kunt u mij een overzicht geven van de gemeenten die zich in trede 3 bevinden?", "list", {"trede": 3}, [], "cases in trede 3"),
 (26003, "Annelies", "Welke gemeenten in Noord-Nederland hebben na het verstrijken van de termijn nog altijd niet gereageerd?", "list", {"province": N, "state": ["no_reply"]}, [], "no reply after the termijn, Drenthe/Friesland/Groningen"),
 (26004, "Annelies", "Hoeveel gemeenten in Zuid-Holland voldoen slechts gedeeltelijk aan de taakstelling?", "count", {"province": "Zuid-Holland", "compliance": "voldoet_gedeeltelijk"}, [], "count ZH cases voldoet_gedeeltelijk"),
 (26005, "Annelies", "Welke gemeenten in trede 2 voldoen niet en hebben bovendien te laat gereageerd?", "list", {"trede": 2, "compliance": "voldoet_niet", "state": ["late"]}, [], "trede 2, voldoet_niet, answered late"),
 (26006, "Annelies", "Bij welke gemeenten ontbreken zowel de stappen als het tijdpad?", "list", {"missing": ["steps", "timeline"]}, [], "cases missing both steps and timeline"),
 (26007, "Annelies", "In welke gemeenten speelt een bezwaarprocedure een rol?", "list", {"reason": "objection_procedure"}, [], "cases with reason objection_procedure"),
 (26008, "Annelies", "Hoeveel gemeenten in Oost-Nederland noemen het ontbreken van een geschikte locatie als reden?", "count", {"province": O, "reason": "no_location"}, [], "count Gelderland/Overijssel cases with reason no_location"),
 (26009, "Annelies", "Welke zaken in de provincie Utrecht zijn nog niet aan een behandelaar toegewezen?", "list", {"province": "Utrecht", "no_owner": True}, [], "province Utrecht, no owner"),
 (26010, "Annelies", "Graag ontvang ik voor de stuurgroep een totaaloverzicht van de stand van zaken.", "overview", {}, [], "the overview (/overzicht)"),
 (26011, "Annelies", "Hoeveel gemeenten hebben om uitstel van de reactietermijn verzocht?", "count", {"state": ["extended"]}, [], "count cases with an extension request"),
 (26012, "Annelies", "Bij welke gemeenten is de toezichtsbrief onbestelbaar retour gekomen?", "list", {"letter_undelivered": True}, [], "latest letter undelivered"),
 (26013, "Annelies", "En welke daarvan hebben nog geen behandelaar?", "list", {"letter_undelivered": True, "no_owner": True}, [26012], "follow-up: undelivered letter and no owner"),
 (26014, "Annelies", "Welke gemeenten hebben onvolledig gereageerd, met uitzondering van die in Noord-Holland?", "list", {"state": ["incomplete"], "not_province": "Noord-Holland"}, [], "state answered_incomplete, not Noord-Holland"),
 (26015, "Annelies", "Hoeveel Limburgse gemeenten bevinden zich nog in trede 1?", "count", {"province": "Limburg", "trede": 1}, [], "count Limburg cases in trede 1"),
 (26016, "Annelies", "Welke gemeenten die niet voldoen, noemen lokale weerstand als oorzaak?", "list", {"compliance": "voldoet_niet", "reason": "local_opposition"}, [], "voldoet_niet with reason local_opposition"),
 (26017, "Annelies", "Hoeveel gemeenten hebben zowel tijdig als volledig gereageerd?", "count", {"state": ["complete", "on_time"]}, [], "count on time and complete"),
 (26018, "Annelies", "Voldoet de gemeente Zaanstad aan haar wettelijke taak?", "fact", {"gemeente": "Zaanstad", "fact": "compliance"}, [], "compliance of Zaanstad"),
 (26019, "Annelies", "Zou u de lijst van gemeenten die niet voldoen naar Excel kunnen exporteren?", "unknown", {"compliance": "voldoet_niet"}, [], "export: cannot; compliance understood"),
 (26020, "Annelies", "Welke vijf gemeenten hebben de grootste achterstand op hun taakstelling?", "unknown", {}, [], "ranking: cannot"),
 (26021, "Annelies", "Hoe staat het ervoor in de Randstad?", "clarify", {}, [], "de Randstad has no fixed border: asked back"),
 (26022, "Annelies", "Welke gemeenten worden door Thomas behandeld?", "list", {"owner": "Thomas"}, [], "cases owned by Thomas"),
 (26023, "Annelies", "Hoeveel gemeenten in trede 2 hebben gereageerd, uitgezonderd de gemeenten die te laat waren?", "count", {"trede": 2, "state": ["answered"], "not_state": ["late"]}, [], "trede 2, answered, not late"),
 (26024, "Annelies", "Welke gemeenten in Zeeland voldoen niet aan de taakstelling?", "list", {"province": "Zeeland", "compliance": "voldoet_niet"}, [], "Zeeland, voldoet_niet"),
 (26025, "Annelies", "En in Limburg?", "list", {"province": "Limburg", "compliance": "voldoet_niet"}, [26024], "follow-up: same question for Limburg"),
 # ---- Thomas: behandelaar, in the train, his own cases, terse with typos
 (26026, "Thomas", "mijn zaken", "list", {"owner": "Thomas"}, [], "cases owned by the asker (Thomas)"),
 (26027, "Thomas", "welke vn mijn zaken hebbn nog nt gereageerd", "list", {"owner": "Thomas", "state": ["no_reply"]}, [26026], "Thomas's cases without reply after the termijn"),
 (26028, "Thomas", "status eindhovn", "status", {"gemeente": "Eindhoven"}, [], "status of Eindhoven (typo)"),
 (26029, "Thomas", "wanneer verwachten ze klaar te zijn", "fact", {"gemeente": "Eindhoven", "fact": "expected"}, [26028], "expected date of Eindhoven"),
 (26030, "Thomas", "hoeveel plekkn hebben ze nu", "fact", {"gemeente": "Eindhoven", "fact": "places"}, [26028, 26029], "places of Eindhoven"),
 (26031, "Thomas", "en waarom duurt t zo lang", "fact", {"gemeente": "Eindhoven", "fact": "reasons"}, [26028, 26029, 26030], "reasons of Eindhoven"),
 (26032, "Thomas", "op tijd gereageerd?", "fact", {"gemeente": "Eindhoven", "fact": "reply"}, [26028, 26029, 26030, 26031], "reply of Eindhoven: on the termijn day itself"),
 (26033, "Thomas", "wat ontbreekt er nog bij hilversm", "fact", {"gemeente": "Hilversum", "fact": "missing"}, [], "missing elements Hilversum (nothing)"),
 (26034, "Thomas", "en hebben ze op tijd gereageerd", "fact", {"gemeente": "Hilversum", "fact": "reply"}, [26033], "reply Hilversum: late"),
 (26035, "Thomas", "welke trede zit hilversum", "fact", {"gemeente": "Hilversum", "fact": "trede"}, [26033, 26034], "trede of Hilversum"),
 (26036, "Thomas", "wageningen al gereageerd?", "fact", {"gemeente": "Wageningen", "fact": "reply"}, [], "reply Wageningen: none, termijn passed"),
 (26037, "Thomas", "wat schreef wageningen op 15 april 2026", "fact", {"gemeente": "Wageningen", "fact": "wrote", "date": "2026-04-15"}, [26036], "messages of Wageningen on 2026-04-15"),
 (26038, "Thomas", "wie is behandelaar van Oss", "fact", {"gemeente": "Oss", "fact": "owner"}, [], "owner of Oss"),
 (26039, "Thomas", "waarom lukt t oss niet", "fact", {"gemeente": "Oss", "fact": "reasons"}, [26038], "reasons of Oss"),
 (26040, "Thomas", "mijn zaken zonder tijdpad", "list", {"owner": "Thomas", "missing": ["timeline"]}, [], "Thomas's cases missing the timeline"),
 (26041, "Thomas", "hoevl van mijn gemeenten voldoen nt", "count", {"owner": "Thomas", "compliance": "voldoet_niet"}, [], "count Thomas's cases voldoet_niet"),
 (26042, "Thomas", "mijn zaken in trede 1", "list", {"owner": "Thomas", "trede": 1}, [], "Thomas's cases in trede 1"),
 (26043, "Thomas", "mijn zaken in zh", "list", {"owner": "Thomas", "province": "Zuid-Holland"}, [], "Thomas's cases in Zuid-Holland"),
 (26044, "Thomas", "mijn zaken behalve oss en eindhoven", "list", {"owner": "Thomas", "not_gemeente": ["Eindhoven", "Oss"]}, [], "Thomas's cases minus two"),
 (26045, "Thomas", "hoe wijs ik een zaak toe aan nadia", "help", {}, [], "how to assign: help"),
 (26046, "Thomas", "stuur ff een herinnering naar lochem", "unknown", {"gemeente": "Lochem"}, [], "sending mail: cannot"),
 (26047, "Thomas", "status lochem", "status", {"gemeente": "Lochem"}, [26046], "status Lochem (letter undelivered)"),
 (26048, "Thomas", "hoeveel zaken heeft ruud", "count", {"owner": "Ruud"}, [], "count cases owned by Ruud"),
 (26049, "Thomas", "en nadia?", "count", {"owner": "Nadia"}, [26048], "follow-up: count cases owned by Nadia"),
 (26050, "Thomas", "zaken zndr behandelaar in gld die nog nt gereageerd hebbn", "list", {"province": "Gelderland", "no_owner": True, "state": ["no_reply"]}, [], "Gelderland, no owner, no reply"),
 # ---- Nadia: data-minded, date windows, reply quality, exclusions
 (26051, "Nadia", "Wie verwacht vóór de zomer van 2027 aan de taak te voldoen?", "list", {"expected_before": "2027-07-01"}, [], "expected date ends before 2027-07-01"),
 (26052, "Nadia", "En wie pas na de zomer van 2027?", "list", {"expected_after": "2027-08-31"}, [26051], "follow-up: window replaced, starts after 2027-08-31"),
 (26053, "Nadia", "Welke gemeenten verwachten pas na 2027 klaar te zijn?", "list", {"expected_after": "2027-12-31"}, [], "expected date starts after 2027"),
 (26054, "Nadia", "Hoeveel gemeenten verwachten in Q2 2027 te voldoen?", "count", {"expected_after": "2027-03-31", "expected_before": "2027-07-01"}, [], "expected date within 2027-Q2"),
 (26055, "Nadia", "en in Q3?", "count", {"expected_after": "2027-06-30", "expected_before": "2027-10-01"}, [26054], "follow-up: within 2027-Q3"),
 (26056, "Nadia", "Welke gemeenten hebben een verwachte datum die al verstreken is?", "list", {"expected_before": "2027-04-14"}, [], "expected date ended before the day asked"),
 (26057, "Nadia", "Verwachte datum tussen 1 maart 2027 en 30 juni 2027, niet in Zuid-Holland", "list", {"expected_after": "2027-02-28", "expected_before": "2027-07-01", "not_province": "Zuid-Holland"}, [], "expected within Mar-Jun 2027, not ZH"),
 (26058, "Nadia", "Welke gemeenten met een termijn tussen 1 en 30 juni 2026 hebben nog steeds niet gereageerd?", "list", {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["no_reply"]}, [], "termijn in June 2026 and no reply"),
 (26059, "Nadia", "Hoeveel gemeenten hebben te laat gereageerd?", "count", {"state": ["late"]}, [], "count late replies"),
 (26060, "Nadia", "en hoeveel daarvan was ook onvolledig?", "count", {"state": ["incomplete", "late"]}, [26059], "follow-up: late and incomplete"),
 (26061, "Nadia", "Hoeveel gemeenten zijn te laat?", "clarify", {}, [], "bare 'te laat': no reply or late reply"),
 (26062, "Nadia", "Welke gemeenten hebben op tijd maar onvolledig gereageerd, behalve Limburg?", "list", {"state": ["incomplete", "on_time"], "not_province": "Limburg"}, [], "on time and incomplete, not Limburg"),
 (26063, "Nadia", "Volledige reacties in Noord-Holland?", "list", {"state": ["complete"], "province": "Noord-Holland"}, [], "answered_complete in Noord-Holland"),
 (26064, "Nadia", "Hoeveel gemeenten verwachten vóór 1 januari 2027 te voldoen, Zuid-Holland niet meegerekend?", "count", {"expected_before": "2027-01-01", "not_province": "Zuid-Holland"}, [], "expected before 2027, not ZH"),
 (26065, "Nadia", "Welke termijnen verlopen deze week?", "list", {"termijn_from": "2027-04-12", "termijn_to": "2027-04-18"}, [], "termijn in the week of the day asked (none)"),
 (26066, "Nadia", "Gemeenten in Gld die op tijd reageerden maar geen tijdpad gaven", "list", {"province": "Gelderland", "state": ["on_time"], "missing": ["timeline"]}, [], "Gelderland, on time, timeline missing"),
 (26067, "Nadia", "Hoeveel gemeenten hebben nog niet gereageerd en ook nog geen uitstel gevraagd?", "count", {"state": ["no_reply"], "not_state": ["extended"]}, [], "no reply, no extension request"),
 (26068, "Nadia", "Welke gemeenten met een termijn in april 2026 hebben volledig gereageerd, met uitzondering van Limburg en Zeeland?", "list", {"termijn_from": "2026-04-01", "termijn_to": "2026-04-30", "state": ["complete"], "not_province": ["Limburg", "Zeeland"]}, [], "termijn April 2026, complete, not Lb/Zl"),
 (26069, "Nadia", "Welke gemeenten verwachten in Q1 2027 te voldoen, behalve Friesland?", "list", {"expected_after": "2026-12-31", "expected_before": "2027-04-01", "not_province": "Friesland"}, [], "expected within 2027-Q1, not Friesland"),
 (26070, "Nadia", "Welke gemeenten met een termijn tussen 1 oktober en 30 november 2026 hebben te laat gereageerd?", "list", {"termijn_from": "2026-10-01", "termijn_to": "2026-11-30", "state": ["late"]}, [], "termijn Oct-Nov 2026, late reply"),
 (26071, "Nadia", "Hoeveel gemeenten verwachten in de tweede helft van 2027 te voldoen?", "count", {"expected_after": "2027-06-30", "expected_before": "2028-01-01"}, [], "expected within 2027-H2"),
 (26072, "Nadia", "Welke gemeenten in trede 2 hebben onvolledig gereageerd en missen de feiten?", "list", {"trede": 2, "state": ["incomplete"], "missing": ["facts"]}, [], "trede 2, incomplete, facts missing"),
 (26073, "Nadia", "Hoeveel gemeenten reageerden tijdig, uitgezonderd die in Noord-Brabant en Limburg?", "count", {"state": ["on_time"], "not_province": ["Limburg", "Noord-Brabant"]}, [], "on time, not NB/Lb"),
 (26074, "Nadia", "Welke gemeenten die te laat gereageerd hebben, verwachten pas na de zomer van 2027 te voldoen?", "list", {"state": ["late"], "expected_after": "2027-08-31"}, [], "late reply and expected after summer 2027"),
 (26075, "Nadia", "Mijn zaken met een termijn vóór 1 mei 2026", "list", {"owner": "Nadia", "termijn_to": "2026-04-30"}, [], "Nadia's cases with termijn up to 2026-04-30"),
 # ---- Ruud: voice-typed, spoken numbers and dates, fillers, run-ons
 (26076, "Ruud", "Goedemorgen!", "help", {}, [], "greeting"),
 (26077, "Ruud", "eh hoeveel gemeenten zitten er eigenlijk nog in trede drie", "count", {"trede": 3}, [], "count trede 3"),
 (26078, "Ruud", "hoe zit het met Utrecht", "clarify", {}, [], "Utrecht: province or municipality"),
 (26079, "Ruud", "en hoe staat Bergen ervoor", "clarify", {}, [], "Bergen: Bergen (L.) or Bergen (NH.)"),
 (26080, "Ruud", "uh welke gemeenten in Brabant hebben nou nog steeds niet gereageerd", "list", {"province": "Noord-Brabant", "state": ["no_reply"]}, [], "Noord-Brabant, no reply"),
 (26081, "Ruud", "wat heeft Hilversum op tweeëntwintig mei tweeduizend zesentwintig gestuurd", "fact", {"gemeente": "Hilversum", "fact": "wrote", "date": "2026-05-22"}, [], "messages of Hilversum on 2026-05-22"),
 (26082, "Ruud", "ja welke gemeenten verwachten pas na dertig september tweeduizend zevenentwintig klaar te zijn", "list", {"expected_after": "2027-09-30"}, [], "expected date starts after 2027-09-30 (spoken date)"),
 (26083, "Ruud", "kun je de gemeente Zeist even voor me bellen of anders het telefoonnummer geven", "unknown", {"gemeente": "Zeist"}, [], "phone: cannot"),
 (26084, "Ruud", "en welke gemeenten liggen er allemaal naast Zeist", "unknown", {"gemeente": "Zeist"}, [26083], "neighbours: cannot"),
 (26085, "Ruud", "hoeveel gemeenten in Twente hebben eigenlijk nog niet gereageerd", "unknown", {"state": ["no_reply"]}, [], "Twente has no border in the register"),
 (26086, "Ruud", "vergelijk Limburg eens met Zeeland", "unknown", {}, [], "comparison: cannot"),
 (26087, "Ruud", "eh mijn zaken graag", "list", {"owner": "Ruud"}, [], "cases owned by the asker (Ruud)"),
 (26088, "Ruud", "status den bosch", "status", {"gemeente": "'s-Hertogenbosch"}, [], "status 's-Hertogenbosch"),
 (26089, "Ruud", "hoeveel plekken heeft zaandam nou gerealiseerd", "fact", {"gemeente": "Zaanstad", "fact": "places"}, [], "places of Zaanstad (Zaandam is a place in it)"),
 (26090, "Ruud", "wat is er eigenlijk met delfzijl aan de hand", "status", {"gemeente": "Eemsdelta"}, [], "status Eemsdelta (Delfzijl merged)"),
 (26091, "Ruud", "hoeveel gemeenten in oost nederland voldoen niet", "count", {"province": O, "compliance": "voldoet_niet"}, [], "count Gelderland/Overijssel voldoet_niet"),
 (26092, "Ruud", "ja dus ik zoek eigenlijk de gemeenten in Gelderland die niet voldoen en die ook nog in trede twee zitten en waar dan het tijdpad ontbreekt", "list", {"province": "Gelderland", "compliance": "voldoet_niet", "trede": 2, "missing": ["timeline"]}, [], "Gelderland, voldoet_niet, trede 2, timeline missing"),
 (26093, "Ruud", "hoeveel gemeenten missen eh alle drie de elementen", "count", {"missing": ["facts", "steps", "timeline"]}, [], "count missing all three elements"),
 (26094, "Ruud", "hoe staat Haaren ervoor", "clarify", {}, [], "Haaren: split over several municipalities"),
 (26095, "Ruud", "welke van mijn zaken hebben eh onvolledig gereageerd", "list", {"owner": "Ruud", "state": ["incomplete"]}, [], "Ruud's cases whose reply is incomplete"),
 (26096, "Ruud", "wanneer verliep de termijn van sliedrecht ook alweer", "fact", {"gemeente": "Sliedrecht", "fact": "termijn"}, [], "termijn of Sliedrecht"),
 (26097, "Ruud", "stuur even een herinneringsmail naar alle gemeenten die nog niet gereageerd hebben", "unknown", {"state": ["no_reply"]}, [], "sending mail: cannot; state understood"),
 (26098, "Ruud", "wie is eh de eigenaar van de zaak Apeldoorn", "fact", {"gemeente": "Apeldoorn", "fact": "owner"}, [], "owner of Apeldoorn"),
 (26099, "Ruud", "eh wanneer is Groningen nou klaar", "fact", {"gemeente": "Groningen", "fact": "expected"}, [], "expected date of Groningen (a fact decides: municipality)"),
 (26100, "Ruud", "oké top dank je wel", "help", {}, [], "thanks"),
]

ids = [q[0] for q in Q]
assert ids == list(range(26001, 26101)), "ids"
with open("questions.jsonl", "w", encoding="utf-8") as out:
    for qid, who, text, intent, filters, after, meaning in Q:
        d = {"id": qid, "q": text, "intent": intent, "filters": filters, "after": after,
             "as_staff": STAFF[who], "on": DAY, "meaning": meaning}
        g, n, ef = E.compute(d)
        d["expected_gemeenten"], d["count"] = g, n
        if intent in ("fact", "status"):
            d["expected_fact"] = ef
        out.write(json.dumps({k: d[k] for k in ["id", "q", "intent", "filters", "expected_gemeenten", "count", "after",
                                                 "as_staff", "on", "meaning"] + (["expected_fact"] if "expected_fact" in d else [])},
                             ensure_ascii=False) + "\n")
print("wrote", len(Q))
