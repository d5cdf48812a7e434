"""Write questions.jsonl (set q33, asking day 2027-12-08). Expected lists, counts and facts come from
expected.py (status.json / due.json), never by hand. Then run: python expected.py -> differences: 0"""
import json
from expected import expected_for

ON = "2027-12-08"
W, Y, I, P = 33501, 33502, 33503, 33504
NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]

# (q, intent, filters, after, meaning)
W_Q = [
 ("Hoeveel gemeenten voldoen op dit moment niet aan hun wettelijke taak?", "count",
  {"compliance": "voldoet_niet"}, [], "number of cases with compliance voldoet_niet"),
 ("Kunt u mij een overzicht geven van de gemeenten in Noord-Nederland die gedeeltelijk aan de taak voldoen?", "list",
  {"province": NOORD, "compliance": "voldoet_gedeeltelijk"}, [], "region Noord (Dr/Fr/Gr), partly compliant"),
 ("Hoeveel zaken bevinden zich momenteel in trede 3 (actief toezicht)?", "count",
  {"trede": 3}, [], "cases at trede 3"),
 ("Welke gemeenten in Zuid-Nederland hebben de termijn laten verstrijken zonder te reageren?", "list",
  {"province": ZUID, "state": ["no_reply"]}, [], "region Zuid, no reply after the termijn"),
 ("Hoeveel gemeenten in trede 2 voldoen niet, Limburg niet meegerekend?", "count",
  {"trede": 2, "compliance": "voldoet_niet", "not_province": "Limburg"}, [], "trede 2, voldoet_niet, Limburg left out"),
 ("Welke Gelderse gemeenten hebben tijdig gereageerd op de toezichtsbrief?", "list",
  {"province": "Gelderland", "state": ["on_time"]}, [], "Gelderland, answered by the termijn"),
 ("Hoeveel gemeenten hebben pas na het verstrijken van de termijn gereageerd?", "count",
  {"state": ["late"]}, [], "answered late"),
 ("Graag het aantal gemeenten in Oost-Nederland dat een volledige reactie heeft gestuurd.", "count",
  {"province": OOST, "state": ["complete"]}, [], "region Oost, complete answer"),
 ("Welke gemeenten hebben om uitstel van de reactietermijn verzocht?", "list",
  {"state": ["extended"]}, [], "extension requested"),
 ("Hoeveel gemeenten hebben gereageerd, uitgezonderd de gemeenten die te laat waren?", "count",
  {"state": ["answered"], "not_state": ["late"]}, [], "answered, late ones left out"),
 ("Welke gemeenten in Noord-Holland en Zuid-Holland voldoen niet aan de wettelijke taak?", "list",
  {"province": ["Noord-Holland", "Zuid-Holland"], "compliance": "voldoet_niet"}, [], "NH or ZH, voldoet_niet"),
 ("Hoeveel gemeenten bevinden zich in trede 2, met uitzondering van Groningen en Drenthe?", "count",
  {"trede": 2, "not_province": ["Drenthe", "Groningen"]}, [], "trede 2 outside Groningen and Drenthe"),
 ("Ten behoeve van de Kamerbrief: hoeveel zaken staan er in trede 1 in de provincie Utrecht?", "count",
  {"trede": 1, "province": "Utrecht"}, [], "'provincie' decides: province Utrecht, trede 1"),
 ("Welke gemeenten voldoen volledig aan hun wettelijke taak?", "list",
  {"compliance": "voldoet"}, [], "compliance voldoet"),
 ("Bij welke gemeenten is de toezichtsbrief onbestelbaar retour gekomen?", "list",
  {"letter_undelivered": True}, [], "latest letter bounced"),
 ("Hoeveel Brabantse gemeenten hebben nog altijd niet gereageerd, Helmond en Veldhoven buiten beschouwing gelaten?", "count",
  {"province": "Noord-Brabant", "state": ["no_reply"], "not_gemeente": ["Helmond", "Veldhoven"]}, [],
  "Noord-Brabant, no reply, two municipalities left out"),
 ("Welke Zeeuwse gemeenten voldoen niet en hebben geen uitstel aangevraagd?", "list",
  {"province": "Zeeland", "compliance": "voldoet_niet", "not_state": ["extended"]}, [],
  "Zeeland, voldoet_niet, no extension request"),
 ("Hoeveel gemeenten hebben een onvolledige reactie ingediend?", "count",
  {"state": ["incomplete"]}, [], "state answered_incomplete"),
 ("Hoeveel zaken zijn nog aan geen enkele behandelaar toegewezen?", "count",
  {"no_owner": True}, [], "cases without owner"),
 ("Welke gemeenten in Flevoland zitten in trede 2 en voldoen niet?", "list",
  {"province": "Flevoland", "trede": 2, "compliance": "voldoet_niet"}, [], "Flevoland, trede 2, voldoet_niet"),
 ("Welke gemeenten in Twente voldoen niet aan de taak?", "unknown",
  {"compliance": "voldoet_niet"}, [], "Twente has no border in the register: unknown, compliance kept"),
 ("Kunt u de lijst van gemeenten in trede 3 naar Excel exporteren?", "unknown",
  {"trede": 3}, [], "export is not possible: unknown, the list's slot kept"),
 ("Welke Friese gemeenten hebben na de termijn gereageerd?", "list",
  {"province": "Friesland", "state": ["late"]}, [], "Friesland, late reply"),
 ("Hoeveel gemeenten in trede 2 voldoen gedeeltelijk, exclusief de uitstelverzoeken?", "count",
  {"trede": 2, "compliance": "voldoet_gedeeltelijk", "not_state": ["extended"]}, [],
  "trede 2, voldoet_gedeeltelijk, extension requests left out"),
 ("Welke gemeenten in trede 2 hebben nog niet gereageerd, behalve die in Zuid-Holland?", "list",
  {"trede": 2, "state": ["no_reply"], "not_province": "Zuid-Holland"}, [], "trede 2, no reply, not Zuid-Holland"),
]

Y_Q = [
 ("hoevl gem in gld nog gn reactie?", "count", {"province": "Gelderland", "state": ["no_reply"]}, [],
  "shorthand: Gelderland, no reply"),
 ("en in ov?", "count", {"province": "Overijssel", "state": ["no_reply"]}, [33026], "province replaced"),
 ("wlke zijn dat", "list", {"province": "Overijssel", "state": ["no_reply"]}, [33026, 33027], "same filters as a list"),
 ("mijn zaken", "list", {"owner": "Youssef"}, [], "asker's cases"),
 ("welke vn mijn zaken hebbn nog nt gereageerd", "list", {"owner": "Youssef", "state": ["no_reply"]}, [],
  "asker's cases without reply"),
 ("status stichtse vecht", "status", {"gemeente": "Stichtse Vecht"}, [], "status of one municipality"),
 ("wat ontbreekt daar", "fact", {"gemeente": "Stichtse Vecht", "fact": "missing"}, [33031], "missing, same municipality"),
 ("en zaltbommel?", "fact", {"gemeente": "Zaltbommel", "fact": "missing"}, [33031, 33032],
  "same fact for another municipality"),
 ("wie heeft uitstel gevraagd in zh", "list", {"province": "Zuid-Holland", "state": ["extended"]}, [],
  "ZH, extension requested"),
 ("lb trede 2 zonder tijdpad", "list", {"province": "Limburg", "trede": 2, "missing": ["timeline"]}, [],
  "Limburg, trede 2, timeline missing"),
 ("en in nb?", "list", {"province": "Noord-Brabant", "trede": 2, "missing": ["timeline"]}, [33035],
  "province replaced"),
 ("hoeveel daarvan ook te laat?", "count",
  {"province": "Noord-Brabant", "trede": 2, "missing": ["timeline"], "state": ["late"]}, [33035, 33036],
  "'daarvan ook' narrows with late"),
 ("gem zndr behandelaar in fr", "list", {"province": "Friesland", "no_owner": True}, [], "Friesland, no owner"),
 ("wnneer verwacht opsterland klaar te zijn", "fact", {"gemeente": "Opsterland", "fact": "expected"}, [],
  "expected date"),
 ("en smallingerland", "fact", {"gemeente": "Smallingerland", "fact": "expected"}, [33039],
  "same fact, other municipality"),
 ("op tijd gereageerd?", "fact", {"gemeente": "Smallingerland", "fact": "reply"}, [33039, 33040],
  "fragment about the last municipality: reply on time?"),
 ("hoeveel gemeentn in utrect voldoen nt", "count", {"province": "Utrecht", "compliance": "voldoet_niet"}, [],
  "plural 'gemeenten in' decides province Utrecht"),
 ("nh nog gn reactie behalve texel en uithoorn", "list",
  {"province": "Noord-Holland", "state": ["no_reply"], "not_gemeente": ["Texel", "Uithoorn"]}, [],
  "NH no reply, two names left out"),
 ("te laat", "clarify", {}, [], "bare 'te laat' is asked back"),
 ("schiedam eigenaar?", "fact", {"gemeente": "Schiedam", "fact": "owner"}, [], "owner"),
 ("zaken vn pim in zh", "list", {"owner": "Pim", "province": "Zuid-Holland"}, [], "Pim's cases in ZH"),
 ("en van ilse?", "list", {"owner": "Ilse", "province": "Zuid-Holland"}, [33046], "owner replaced"),
 ("zeeland onvolledig gereageerd", "list", {"province": "Zeeland", "state": ["incomplete"]}, [],
  "Zeeland, incomplete"),
 ("behalve veere en hulst?", "list",
  {"province": "Zeeland", "state": ["incomplete"], "not_gemeente": ["Hulst", "Veere"]}, [33048],
  "same list, two names left out"),
 ("thx", "help", {}, [], "thanks"),
]

I_Q = [
 ("Welke gemeenten hebben zowel de stappen als het tijdpad niet onderbouwd?", "list",
  {"missing": ["steps", "timeline"]}, [], "steps and timeline both missing"),
 ("Bij hoeveel gemeenten ontbreken alle drie de elementen?", "count",
  {"missing": ["facts", "steps", "timeline"]}, [], "all three elements missing"),
 ("Welke Zuid-Hollandse gemeenten verwachten uiterlijk medio 2028 aan de taak te voldoen?", "list",
  {"province": "Zuid-Holland", "expected_before": "2028-08-01"}, [],
  "medio 2028 = 2028-07; 'uiterlijk' includes that month"),
 ("Welke gemeenten verwachten pas na Q2 te voldoen?", "list",
  {"expected_after": "2028-06-30"}, [], "quarter without year: the one ahead, 2028-Q2"),
 ("Welke gemeenten verwachten tussen maart en juni 2028 te voldoen?", "list",
  {"expected_after": "2028-02-29", "expected_before": "2028-07-01"}, [], "window March-June 2028 (leap year)"),
 ("Welke gemeenten denken in de loop van volgend jaar klaar te zijn?", "list",
  {"expected_after": "2027-12-31", "expected_before": "2029-01-01"}, [], "volgend jaar = 2028"),
 ("Welke gemeenten verwachten tussen maart en juni 2027 aan hun taak te voldoen?", "list",
  {"expected_after": "2027-02-28", "expected_before": "2027-07-01"}, [], "window March-June 2027"),
 ("Bij hoeveel gemeenten is de verwachte datum inmiddels verstreken?", "count",
  {"expected_before": "2027-12-08"}, [], "expected date already passed on the asking day"),
 ("Welke gemeenten voeren bezwaarprocedures aan als reden?", "list",
  {"reason": "objection_procedure"}, [], "reason objection_procedure"),
 ("Waar speelt lokaal verzet, en dan alleen de gemeenten die niet voldoen?", "list",
  {"reason": "local_opposition", "compliance": "voldoet_niet"}, [], "reason local_opposition and voldoet_niet"),
 ("Welke gemeenten melden geldproblemen?", "list", {"reason": "finance"}, [], "'geldproblemen' = finance"),
 ("Bij welke gemeenten ontbreekt de onderbouwing van feiten en omstandigheden, met uitzondering van Limburg?", "list",
  {"missing": ["facts"], "not_province": "Limburg"}, [], "facts missing, Limburg left out"),
 ("Welke gemeenten met een termijn tussen 1 en 30 juni 2026 hebben nog steeds niet gereageerd?", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["no_reply"]}, [],
  "termijn window June 2026, no reply"),
 ("Welke termijnen liepen af tussen 1 oktober en 30 november 2026 zonder dat de gemeente reageerde?", "list",
  {"termijn_from": "2026-10-01", "termijn_to": "2026-11-30", "state": ["no_reply"]}, [],
  "termijn window Oct-Nov 2026, no reply"),
 ("Hoeveel gemeenten met een termijn vóór 1 mei 2026 hebben te laat gereageerd?", "count",
  {"termijn_to": "2026-04-30", "state": ["late"]}, [], "termijn before 1 May 2026 (to 30 April), late"),
 ("Welke zaken met een termijn vanaf 5 oktober 2026 voldoen niet?", "list",
  {"termijn_from": "2026-10-05", "compliance": "voldoet_niet"}, [], "termijn from 5 Oct 2026, voldoet_niet"),
 ("Welke termijnen verlopen deze maand?", "list",
  {"termijn_from": "2027-12-01", "termijn_to": "2027-12-31"}, [], "December 2027"),
 ("Welke gemeenten verwachten vóór 1 april 2027 te voldoen, maar hebben onvolledig gereageerd?", "list",
  {"expected_before": "2027-04-01", "state": ["incomplete"]}, [], "expected before 1 April 2027, incomplete"),
 ("Welke gemeenten verwachten pas na de zomer van 2027 te voldoen?", "list",
  {"expected_after": "2027-08-31"}, [], "after the summer of 2027"),
 ("Welke redenen geeft Voorschoten op?", "fact", {"gemeente": "Voorschoten", "fact": "reasons"}, [], "reasons"),
 ("Welke elementen ontbreken in de reactie van Heerlen?", "fact", {"gemeente": "Heerlen", "fact": "missing"}, [],
  "missing elements"),
 ("Heeft Hulst tijdig gereageerd?", "fact", {"gemeente": "Hulst", "fact": "reply"}, [], "reply on time or late"),
 ("Welke gemeenten verwachten in het eerste kwartaal van 2027 te voldoen en noemen een gebrek aan locaties?", "list",
  {"expected_after": "2026-12-31", "expected_before": "2027-04-01", "reason": "no_location"}, [],
  "2027-Q1 window, reason no_location"),
 ("Bij welke gemeenten in trede 2 ontbreken de stappen, behalve als er uitstel is gevraagd?", "list",
  {"trede": 2, "missing": ["steps"], "not_state": ["extended"]}, [], "trede 2, steps missing, no extension"),
 ("Welke gemeenten met vergunningsperikelen verwachten tussen 1 januari en 30 juni 2027 klaar te zijn?", "list",
  {"reason": "permit_procedure", "expected_after": "2026-12-31", "expected_before": "2027-07-01"}, [],
  "permit_procedure, first half of 2027"),
]

P_Q = [
 ("Hoi! Ik ben nieuw in het team, hoe werkt deze bot eigenlijk?", "help", {}, [], "how does it work"),
 ("Hoe wijs ik een zaak aan mezelf toe?", "help", {}, [], "how to assign"),
 ("Wat zijn mijn zaken?", "list", {"owner": "Pim"}, [], "asker's cases"),
 ("Wie is de behandelaar van Ede?", "fact", {"gemeente": "Ede", "fact": "owner"}, [], "owner"),
 ("Hoeveel plekken heeft Almere gerealiseerd?", "fact", {"gemeente": "Almere", "fact": "places"}, [], "places"),
 ("In welke trede zit Coevorden?", "fact", {"gemeente": "Coevorden", "fact": "trede"}, [], "trede"),
 ("Voldoet de gemeente Tilburg aan haar wettelijke taak?", "fact", {"gemeente": "Tilburg", "fact": "compliance"}, [],
  "compliance"),
 ("Hoe zit het met Bergen?", "clarify", {}, [], "Bergen (L.) or Bergen (NH.)"),
 ("Hoe staat Bergen in Limburg ervoor?", "status", {"gemeente": "Bergen (L.)"}, [], "Bergen in Limburg = Bergen (L.)"),
 ("Wanneer verwacht Heemskerck klaar te zijn?", "fact", {"gemeente": "Heemskerk", "fact": "expected"}, [],
  "misspelled Heemskerk; expected date"),
 ("Kun je een herinneringsmail sturen naar Heerenveen?", "unknown", {"gemeente": "Heerenveen"}, [],
  "sending mail is not possible"),
 ("Wat is het telefoonnummer van de gemeente Gouda?", "unknown", {"gemeente": "Gouda"}, [], "contact data"),
 ("Welke gemeenten liggen naast Soest?", "unknown", {"gemeente": "Soest"}, [], "neighbours"),
 ("Zet Winterswijk maar in trede 3", "unknown", {"gemeente": "Winterswijk"}, [],
  "changing the trede by question is not possible"),
 ("Wat schreef Stein op 20 november 2026?", "fact", {"gemeente": "Stein (L.)", "fact": "wrote", "date": "2026-11-20"}, [],
  "messages received that day"),
 ("Dank je wel, super handig!", "help", {}, [], "thanks"),
 ("Over hoeveel gemeenten hebben we in totaal een zaak lopen?", "count", {}, [], "all cases"),
 ("Welke gemeente heeft de grootste achterstand?", "unknown", {}, [], "ranking"),
 ("Wat is de stand van zaken bij Den Bosch?", "status", {"gemeente": "'s-Hertogenbosch"}, [], "alias den bosch"),
 ("Wanneer verloopt de termijn van Papendrecht?", "fact", {"gemeente": "Papendrecht", "fact": "termijn"}, [], "termijn"),
 ("Hoe zit het met Utrecht?", "clarify", {}, [], "municipality or province"),
 ("Welke redenen noemt Dantumadiel?", "fact", {"gemeente": "Dantumadiel", "fact": "reasons"}, [], "reasons"),
 ("Hoeveel plaatsen heeft Sudwest Friesland gepland?", "fact", {"gemeente": "Súdwest-Fryslân", "fact": "places"}, [],
  "Dutch spelling of Súdwest-Fryslân; places"),
 ("Welke gemeenten in de Achterhoek hebben nog niet gereageerd?", "unknown", {"state": ["no_reply"]}, [],
  "Achterhoek has no border in the register"),
 ("In welke trede zit Delfzijl?", "fact", {"gemeente": "Eemsdelta", "fact": "trede"}, [],
  "Delfzijl is part of Eemsdelta since 2021"),
]


def build():
    out = []
    qid = 33001
    for block, staff in ((W_Q, W), (Y_Q, Y), (I_Q, I), (P_Q, P)):
        assert len(block) == 25, (staff, len(block))
        for q, intent, filters, after, meaning in block:
            rec = {"id": qid, "q": q, "intent": intent, "filters": filters, "after": after,
                   "as_staff": staff, "on": ON, "meaning": meaning}
            names, n, f = expected_for(rec)
            rec["expected_gemeenten"] = names
            rec["count"] = n
            if f is not None or (intent == "fact"):
                rec["expected_fact"] = f
            out.append(rec)
            qid += 1
    order = ["id", "q", "intent", "filters", "expected_gemeenten", "count", "after", "as_staff", "on",
             "meaning", "expected_fact"]
    with open("questions.jsonl", "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps({k: rec[k] for k in order if k in rec}, ensure_ascii=False) + "\n")
    print(f"{len(out)} questions -> questions.jsonl")


if __name__ == "__main__":
    build()
