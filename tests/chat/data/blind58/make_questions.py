#!/usr/bin/env python3
"""Question set 58 (asked on 2029-10-02): 4 personas x 25 questions.
Writes questions58_with_expected_sets.jsonl; expected sets from engine.py (status.json/due.json)."""
import json, zoneinfo, datetime as dt
from engine import BY_NAME, select

ON = "2029-10-02"
AMS = zoneinfo.ZoneInfo("Europe/Amsterdam")
IRIS, MILAN, NINA, FLORIS = 58501, 58502, 58503, 58504
NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]

Q = []


def q(id, text, intent, filters, meaning, after=(), staff=None):
    Q.append(dict(id=id, q=text, intent=intent, filters=filters, after=list(after), as_staff=staff, meaning=meaning))


def local_day(ts):
    return dt.datetime.fromisoformat(ts).astimezone(AMS).date()


def fact_value(f):
    s = BY_NAME[f["gemeente"]]
    c = s["case"]
    k = f["fact"]
    if k == "places":
        return {"realised": s["realised_total"], "planned": s["planned_total"]}
    if k == "expected":
        return s["expected_date"]
    if k == "owner":
        return c["owner"]
    if k == "missing":
        return c["missing"]
    if k == "termijn":
        return c["termijn"]
    if k == "reasons":
        return s["reasons"]
    if k == "trede":
        return c["trede"]
    if k == "compliance":
        return c["compliance"]
    if k == "reply":
        day = local_day(c["reply_at"])
        diff = (day - dt.date.fromisoformat(c["termijn"])).days
        return {"reply_date": day.isoformat(), "termijn": c["termijn"], "on_time": c["reply_on_time"],
                "days_late": max(diff, 0), "days_early": max(-diff, 0)}
    if k == "wrote":
        return [{"id": m["id"], "kind": m["kind"], "subject": m["subject"]}
                for m in s["messages"] if local_day(m["received_at"]).isoformat() == f["date"]]
    raise ValueError(k)


def status_summary(g):
    s = BY_NAME[g]; c = s["case"]
    return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
            "termijn": c["termijn"], "answered": c["answered"], "overdue": c["overdue"],
            "missing": c["missing"], "expected_date": s["expected_date"],
            "extension_requested": c["extension_requested"], "letter_undelivered": c["letter_undelivered"],
            "places": {"realised": s["realised_total"], "planned": s["planned_total"]}}


# ---------------------------------------------------------------- persona 1: political advisor (Iris's account)
P = IRIS
q(58001, "Zou u mij kunnen laten weten hoeveel gemeenten in de provincie Zuid-Holland tot op heden geen reactie hebben gegeven, terwijl de termijn daarvoor inmiddels is verstreken?",
  "count", {"state": ["no_reply"], "province": "Zuid-Holland"}, "count of Zuid-Holland cases with no reply and termijn passed", staff=P)
q(58002, "Welke gemeenten betreft het precies, met uitzondering van Leiden en Westland, die de minister reeds persoonlijk heeft gesproken?",
  "list", {"state": ["no_reply"], "province": "Zuid-Holland", "not_gemeente": ["Leiden", "Westland"]},
  "the same set as a list, Leiden and Westland left out", after=[58001], staff=P)
q(58003, "Ten behoeve van de beantwoording van Kamervragen verneem ik graag welke gemeenten die in trede 3 zijn geplaatst, tot op heden nog altijd niet hebben gereageerd op de brief van het ministerie.",
  "list", {"trede": 3, "state": ["no_reply"]}, "trede 3 cases with no reply, termijn passed", staff=P)
q(58004, "Welke gemeenten voldoen niet aan hun wettelijke taak en hebben bovendien pas na het verstrijken van de termijn gereageerd, met uitzondering van de gemeenten in Gelderland en Overijssel?",
  "list", {"compliance": "voldoet_niet", "state": ["late"], "not_province": ["Gelderland", "Overijssel"]},
  "voldoet_niet and replied late, outside Gelderland and Overijssel", staff=P)
q(58005, "Kunt u mij een overzicht geven van de Noord-Hollandse gemeenten die hebben gereageerd, uitgezonderd de gemeenten die dat te laat deden?",
  "list", {"province": "Noord-Holland", "state": ["answered"], "not_state": ["late"]},
  "Noord-Holland cases answered, the late ones left out", staff=P)
q(58006, "Welke gemeenten, voor zover zij niet in trede 1 zijn geplaatst, hebben te kennen gegeven pas na de zomer van 2027 volledig aan hun taak te kunnen voldoen?",
  "list", {"not_trede": 1, "expected_after": "2027-08-31"}, "expected date starting after the summer (Jul-Aug) of 2027, trede 1 left out", staff=P)
q(58007, "Kunt u mij mededelen op welk moment de gemeente Zaanstad verwacht volledig aan haar wettelijke taak te voldoen?",
  "fact", {"gemeente": "Zaanstad", "fact": "expected"}, "expected date of Zaanstad", staff=P)
q(58008, "Voldoet de gemeente Bergen op Zoom inmiddels aan haar wettelijke taak, of is daarvan nog altijd geen sprake?",
  "fact", {"gemeente": "Bergen op Zoom", "fact": "compliance"}, "compliance of Bergen op Zoom", staff=P)
q(58009, "Welke redenen heeft de gemeente Eindhoven aangevoerd ter verklaring van het achterblijven van de realisatie van opvangplekken?",
  "fact", {"gemeente": "Eindhoven", "fact": "reasons"}, "reasons stated by Eindhoven", staff=P)
q(58010, "Zou u ten behoeve van het overleg met de bewindspersoon een herinneringsbrief willen laten uitgaan aan alle Zeeuwse gemeenten die nog niet hebben gereageerd?",
  "unknown", {"province": "Zeeland", "state": ["no_reply"]}, "asks the bot to send reminder mail: cannot; slots of the list kept", staff=P)
q(58011, "Kunt u mij de vijf gemeenten noemen die de grootste achterstand hebben ten opzichte van hun wettelijke taak, zodat de minister deze in het debat kan aanhalen?",
  "unknown", {}, "ranking (top 5 by shortfall): cannot", staff=P)
q(58012, "Kunt u mij, met het oog op het bestuurlijk overleg van morgen, informeren over hoe het ervoor staat met Utrecht?",
  "clarify", {}, "Utrecht alone: the municipality or the province; asked back", staff=P)
q(58013, "Is het zo dat er in Noord-Holland meer gemeenten zijn die niet aan hun taak voldoen dan in Zuid-Holland?",
  "unknown", {"compliance": "voldoet_niet", "province": ["Noord-Holland", "Zuid-Holland"]},
  "comparison between provinces: cannot; slots understood kept", staff=P)
q(58014, "Bij welke gemeenten in het noorden van het land ontbreekt nog een tijdpad, met uitzondering van Pekela en Westerkwartier, met wier colleges reeds een gesprek is gepland?",
  "list", {"province": NOORD, "missing": ["timeline"], "not_gemeente": ["Pekela", "Westerkwartier"]},
  "Noord-Nederland cases missing the timeline, Pekela and Westerkwartier left out", staff=P)
q(58015, "Is het juist dat de gemeente Heerlen haar reactie pas na het verstrijken van de termijn heeft ingediend, en zo ja, met hoeveel dagen vertraging?",
  "fact", {"gemeente": "Heerlen", "fact": "reply"}, "reply date of Heerlen, late or on time, how many days", staff=P)
q(58016, "En geldt hetzelfde voor de gemeente Brunssum?",
  "fact", {"gemeente": "Brunssum", "fact": "reply"}, "same fact for Brunssum", after=[58015], staff=P)
q(58017, "Hoeveel gemeenten hadden een reactietermijn die afliep in de periode van 1 juni tot en met 31 oktober 2026, de gemeenten die om uitstel hebben verzocht niet meegerekend?",
  "count", {"termijn_from": "2026-06-01", "termijn_to": "2026-10-31", "not_state": ["extended"]},
  "count of termijnen 1 Jun-31 Oct 2026, extension requests left out", staff=P)
q(58018, "Welke gemeenten, waarvan de brief van het ministerie onbestelbaar retour is gekomen, bevinden zich buiten de provincie Gelderland?",
  "list", {"letter_undelivered": True, "not_province": "Gelderland"}, "letter came back undelivered, outside Gelderland", staff=P)
q(58019, "Zou het mogelijk zijn om de lijst van gemeenten in trede 3 als Excel-bestand aan te leveren ten behoeve van de nota aan de minister?",
  "unknown", {"trede": 3}, "export to Excel: cannot; the list's slot kept", staff=P)
q(58020, "Kunt u mij een beknopte stand van zaken geven van het dossier van de gemeente Almere?",
  "status", {"gemeente": "Almere"}, "status summary of Almere", staff=P)
q(58021, "Welke gemeenten die naar verwachting vóór 1 januari 2027 aan hun taak voldoen, voldoen op dit moment nog slechts gedeeltelijk?",
  "list", {"expected_before": "2027-01-01", "compliance": "voldoet_gedeeltelijk"},
  "expected date ending before 2027-01-01 and voldoet_gedeeltelijk", staff=P)
q(58022, "Kunt u mij in het kort uitleggen hoe deze bot werkt en welke vragen ik eraan kan stellen?",
  "help", {}, "how does the bot work", staff=P)
q(58023, "Welke gemeenten hebben een bezwaarprocedure als oorzaak van de vertraging aangevoerd, met uitzondering van de Brabantse en Limburgse gemeenten?",
  "list", {"reason": "objection_procedure", "not_province": ["Limburg", "Noord-Brabant"]},
  "reason objection_procedure, Limburg and Noord-Brabant left out", staff=P)
q(58024, "En welke van die gemeenten hebben hun reactie wel tijdig, dat wil zeggen binnen de gestelde termijn, ingediend?",
  "list", {"reason": "objection_procedure", "not_province": ["Limburg", "Noord-Brabant"], "state": ["on_time"]},
  "narrows the previous list to replies on time", after=[58023], staff=P)
q(58025, "Hartelijk dank voor uw hulp, dit is voor nu voldoende.",
  "help", {}, "thanks", staff=P)

# ---------------------------------------------------------------- persona 2: behandelaar Milan on the phone
P = MILAN
q(58026, "wlke gemntn hebbn nog nt gereageerd, termijn voorbij",
  "list", {"state": ["no_reply"]}, "all cases with no reply, termijn passed", staff=P)
q(58027, "en die van mij?",
  "list", {"state": ["no_reply"], "owner": "Milan"}, "narrowed to the asker's (Milan's) cases", after=[58026], staff=P)
q(58028, "alleen limburg",
  "list", {"state": ["no_reply"], "owner": "Milan", "province": "Limburg"}, "further narrowed to Limburg", after=[58026, 58027], staff=P)
q(58029, "mijn zaken",
  "list", {"owner": "Milan"}, "Milan's cases", staff=P)
q(58030, "alleen brabant",
  "list", {"owner": "Milan", "province": "Noord-Brabant"}, "Milan's cases in Noord-Brabant", after=[58029], staff=P)
q(58031, "hoevl onvolledig bij mij",
  "count", {"owner": "Milan", "state": ["incomplete"]}, "count of Milan's cases whose state is answered_incomplete", staff=P)
q(58032, "stand zeewolde",
  "status", {"gemeente": "Zeewolde"}, "status of Zeewolde", staff=P)
q(58033, "wie behandelt zwolle eigenlijk",
  "fact", {"gemeente": "Zwolle", "fact": "owner"}, "owner of Zwolle", staff=P)
q(58034, "wat mist velsen nog",
  "fact", {"gemeente": "Velsen", "fact": "missing"}, "missing elements of Velsen", staff=P)
q(58035, "op tijd gereageerd?",
  "fact", {"gemeente": "Velsen", "fact": "reply"}, "fragment about the previous municipality: reply of Velsen on time?", after=[58034], staff=P)
q(58036, "termijn nisewaard",
  "fact", {"gemeente": "Nissewaard", "fact": "termijn"}, "termijn of Nissewaard (typo)", staff=P)
q(58037, "plekken roosendaal?",
  "fact", {"gemeente": "Roosendaal", "fact": "places"}, "places realised/planned of Roosendaal", staff=P)
q(58038, "wanneer verwacht wassenar klaar te zijn",
  "fact", {"gemeente": "Wassenaar", "fact": "expected"}, "expected date of Wassenaar (typo)", staff=P)
q(58039, "zaken van nina",
  "list", {"owner": "Nina"}, "Nina's cases", staff=P)
q(58040, "en daarvan zonder reactie",
  "list", {"owner": "Nina", "state": ["no_reply"]}, "Nina's cases with no reply, termijn passed", after=[58039], staff=P)
q(58041, "die van floris in trede 3",
  "list", {"owner": "Floris", "trede": 3}, "Floris's cases in trede 3", staff=P)
q(58042, "welke in lb hebbn geen behandelaar",
  "list", {"province": "Limburg", "no_owner": True}, "Limburg cases without owner", staff=P)
q(58043, "telnr eijsden-margraten? moet ze ff bellen",
  "unknown", {"gemeente": "Eijsden-Margraten"}, "phone number: cannot", staff=P)
q(58044, "welke zijn te laat",
  "clarify", {}, "bare 'te laat': no reply after termijn or late reply; asked back", staff=P)
q(58045, "uitstel gevraagd, welke",
  "list", {"state": ["extended"]}, "cases with an extension requested", staff=P)
q(58046, "alleen zh",
  "list", {"state": ["extended"], "province": "Zuid-Holland"}, "narrowed to Zuid-Holland", after=[58045], staff=P)
q(58047, "wat schreef dordrecht op 2 okt 2026",
  "fact", {"gemeente": "Dordrecht", "fact": "wrote", "date": "2026-10-02"}, "message(s) Dordrecht sent on 2026-10-02", staff=P)
q(58048, "hoe wijs ik n zaak toe aan nina",
  "help", {}, "how to assign: help", staff=P)
q(58049, "brief retour bij mn zaken?",
  "list", {"letter_undelivered": True, "owner": "Milan"}, "Milan's cases whose letter came back undelivered (none)", staff=P)
q(58050, "hoevl in fr missen t tijdpad",
  "count", {"province": "Friesland", "missing": ["timeline"]}, "count of Friesland cases missing the timeline", staff=P)

# ---------------------------------------------------------------- persona 3: provincial liaison (Nina's account)
P = NINA
q(58051, "Welke gemeenten in Oost-Nederland hebben nog niet gereageerd, terwijl de termijn al verstreken is?",
  "list", {"province": OOST, "state": ["no_reply"]}, "Gelderland + Overijssel, no reply", staff=P)
q(58052, "En in Zuid-Nederland?",
  "list", {"province": ZUID, "state": ["no_reply"]}, "same, region replaced by Zuid-Nederland", after=[58051], staff=P)
q(58053, "Hoeveel daarvan hebben nog geen behandelaar?",
  "count", {"province": ZUID, "state": ["no_reply"], "no_owner": True}, "count of those without owner", after=[58051, 58052], staff=P)
q(58054, "Waar in Gelderland speelt een gebrek aan geschikte locaties?",
  "list", {"province": "Gelderland", "reason": "no_location"}, "Gelderland cases with reason no_location", staff=P)
q(58055, "Welke van mijn zaken in Oost-Nederland hebben de termijn laten verlopen zonder te reageren?",
  "list", {"owner": "Nina", "province": OOST, "state": ["no_reply"]}, "Nina's cases in Gelderland/Overijssel with no reply", staff=P)
q(58056, "Welke Limburgse gemeenten hebben wel op tijd gereageerd, maar missen nog de stappen?",
  "list", {"province": "Limburg", "state": ["on_time"], "missing": ["steps"]}, "Limburg, replied on time, steps missing", staff=P)
q(58057, "In Drenthe en Groningen: welke gemeenten noemen de afhankelijkheid van het COA als reden?",
  "list", {"province": ["Drenthe", "Groningen"], "reason": "coa_dependency"}, "Drenthe + Groningen, reason coa_dependency", staff=P)
q(58058, "Welke Zeeuwse gemeenten voldoen niet en hebben bovendien te laat gereageerd?",
  "list", {"province": "Zeeland", "compliance": "voldoet_niet", "state": ["late"]}, "Zeeland, voldoet_niet, late reply", staff=P)
q(58059, "Hoeveel gemeenten in Noord-Holland staan nog in trede 1?",
  "count", {"province": "Noord-Holland", "trede": 1}, "count Noord-Holland trede 1", staff=P)
q(58060, "Welke gemeenten in Twente hebben nog geen reactie gestuurd terwijl de termijn verlopen is?",
  "unknown", {"state": ["no_reply"]}, "Twente has no border in the register: unknown with the other slots", staff=P)
q(58061, "Hoe staan de gemeenten in de Randstad ervoor qua naleving?",
  "clarify", {}, "de Randstad has no fixed border: asked back", staff=P)
q(58062, "Welke gemeenten in de provincie Utrecht voldoen gedeeltelijk?",
  "list", {"province": "Utrecht", "compliance": "voldoet_gedeeltelijk"}, "province Utrecht, voldoet_gedeeltelijk", staff=P)
q(58063, "Overijsselse gemeenten waar zowel de feiten als de stappen ontbreken",
  "list", {"province": "Overijssel", "missing": ["facts", "steps"]}, "Overijssel, facts and steps both missing", staff=P)
q(58064, "Welke reden noemt Bergen in Limburg voor de vertraging?",
  "fact", {"gemeente": "Bergen (L.)", "fact": "reasons"}, "reasons of Bergen (L.)", staff=P)
q(58065, "Welke gemeenten in het zuiden hebben uitstel aangevraagd, behalve Weert?",
  "list", {"province": ZUID, "state": ["extended"], "not_gemeente": "Weert"}, "Zuid-Nederland extension requests, Weert left out", staff=P)
q(58066, "Zijn er in Flevoland gemeenten zonder behandelaar die nog niet gereageerd hebben?",
  "list", {"province": "Flevoland", "no_owner": True, "state": ["no_reply"]}, "Flevoland, no owner, no reply", staff=P)
q(58067, "Welke Zuid-Hollandse gemeenten verwachten tussen 1 januari en 30 juni 2027 aan hun taak te voldoen?",
  "list", {"province": "Zuid-Holland", "expected_after": "2026-12-31", "expected_before": "2027-07-01"},
  "Zuid-Holland, expected date within H1 2027", staff=P)
q(58068, "Noord-Nederland, trede 2: bij welke is de termijn verstreken zonder reactie en is er ook geen uitstel gevraagd?",
  "list", {"province": NOORD, "trede": 2, "state": ["no_reply"], "not_state": ["extended"]},
  "Noord-Nederland trede 2, no reply, no extension requested", staff=P)
q(58069, "Welke Gelderse gemeenten kampen volgens hun eigen zeggen met geldproblemen?",
  "list", {"province": "Gelderland", "reason": "finance"}, "Gelderland, reason finance", staff=P)
q(58070, "Hoeveel gemeenten in Utrecht hebben geen behandelaar?",
  "count", {"province": "Utrecht", "no_owner": True}, "plural decides the province: count without owner", staff=P)
q(58071, "en welke daarvan zijn onvolledig?",
  "list", {"province": "Utrecht", "no_owner": True, "state": ["incomplete"]}, "those whose state is answered_incomplete", after=[58070], staff=P)
q(58072, "Welke gemeenten liggen naast Zeist? Die wil ik in hetzelfde overleg meenemen.",
  "unknown", {"gemeente": "Zeist"}, "neighbours: cannot", staff=P)
q(58073, "Gemeenten in het noorden, Drenthe niet meegerekend, waar de stappen en het tijdpad allebei ontbreken",
  "list", {"province": NOORD, "not_province": "Drenthe", "missing": ["steps", "timeline"]},
  "Noord-Nederland without Drenthe, steps and timeline both missing", staff=P)
q(58074, "Wanneer verwacht Groningen klaar te zijn?",
  "fact", {"gemeente": "Groningen", "fact": "expected"}, "a fact decides: the municipality Groningen, its expected date", staff=P)
q(58075, "Hoe staat Bergen ervoor?",
  "clarify", {}, "Bergen: Bergen (L.) or Bergen (NH.); asked back", staff=P)

# ---------------------------------------------------------------- persona 4: controller (Floris's account)
P = FLORIS
q(58076, "Hoeveel zaken hadden een termijn die in juni 2026 afliep?",
  "count", {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, "count termijnen in June 2026", staff=P)
q(58077, "En hoeveel daarvan hebben op tijd gereageerd?",
  "count", {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["on_time"]}, "of those, replied on time", after=[58076], staff=P)
q(58078, "Hoeveel termijnen liepen af tussen 1 oktober en 30 november 2026?",
  "count", {"termijn_from": "2026-10-01", "termijn_to": "2026-11-30"}, "count termijnen Oct-Nov 2026", staff=P)
q(58079, "en hoeveel daarvan zijn inmiddels beantwoord?",
  "count", {"termijn_from": "2026-10-01", "termijn_to": "2026-11-30", "state": ["answered"]}, "of those, answered", after=[58078], staff=P)
q(58080, "Hoeveel gemeenten verwachten in Q1 2027 aan hun taak te voldoen?",
  "count", {"expected_after": "2026-12-31", "expected_before": "2027-04-01"}, "expected date within Q1 2027", staff=P)
q(58081, "en in het tweede kwartaal van 2027?",
  "count", {"expected_after": "2027-03-31", "expected_before": "2027-07-01"}, "window replaced by Q2 2027", after=[58080], staff=P)
q(58082, "Hoeveel gemeenten hebben een verwachte datum opgegeven die inmiddels al verstreken is?",
  "count", {"expected_before": ON}, "expected date that has passed (before the day asked)", staff=P)
q(58083, "Hoeveel gemeenten verwachten pas in 2028 te voldoen?",
  "count", {"expected_after": "2027-12-31", "expected_before": "2029-01-01"}, "expected date within 2028", staff=P)
q(58084, "Hoeveel plekken heeft Utrecht gerealiseerd en hoeveel zijn er gepland?",
  "fact", {"gemeente": "Utrecht", "fact": "places"}, "a fact decides: municipality Utrecht, places", staff=P)
q(58085, "Wat is de termijn van Dordrecht?",
  "fact", {"gemeente": "Dordrecht", "fact": "termijn"}, "termijn of Dordrecht", staff=P)
q(58086, "In welke trede zit Kerkrade op dit moment?",
  "fact", {"gemeente": "Kerkrade", "fact": "trede"}, "trede of Kerkrade", staff=P)
q(58087, "Wanneer heeft Oldambt gereageerd, en was dat binnen de termijn?",
  "fact", {"gemeente": "Oldambt", "fact": "reply"}, "reply date of Oldambt, on time or late", staff=P)
q(58088, "Hoeveel gemeenten met een termijn vóór 1 mei 2026 hebben nog steeds niet gereageerd?",
  "count", {"termijn_to": "2026-04-30", "state": ["no_reply"]}, "termijn up to 30 Apr 2026, no reply", staff=P)
q(58089, "Hoeveel zaken staan er op naam van Nina?",
  "count", {"owner": "Nina"}, "count of Nina's cases", staff=P)
q(58090, "Hoeveel zaken zijn nog aan niemand toegewezen?",
  "count", {"no_owner": True}, "count of cases without owner", staff=P)
q(58091, "Welke gemeenten in trede 2 hebben te laat gereageerd?",
  "list", {"trede": 2, "state": ["late"]}, "trede 2, replied after the termijn", staff=P)
q(58092, "How many municipalities in Overijssel did not reply?",
  "count", {"province": "Overijssel", "state": ["no_reply"]}, "English: count of no reply in Overijssel", staff=P)
q(58093, "Hoeveel gemeenten voldoen niet?",
  "count", {"compliance": "voldoet_niet"}, "count voldoet_niet", staff=P)
q(58094, "en exclusief Zuid-Holland en Gelderland?",
  "count", {"compliance": "voldoet_niet", "not_province": ["Gelderland", "Zuid-Holland"]}, "same, two provinces left out", after=[58093], staff=P)
q(58095, "Wat heeft Hoeksche Waard op 5 oktober 2026 geschreven?",
  "fact", {"gemeente": "Hoeksche Waard", "fact": "wrote", "date": "2026-10-05"}, "message(s) of Hoeksche Waard that day", staff=P)
q(58096, "Kun je de lijst met te late reacties als csv exporteren?",
  "unknown", {"state": ["late"]}, "export: cannot; list slot kept", staff=P)
q(58097, "Hoeveel gemeenten hebben een verwachte datum tussen 1 maart 2027 en 30 juni 2027?",
  "count", {"expected_after": "2027-02-28", "expected_before": "2027-07-01"}, "expected date within 1 Mar-30 Jun 2027", staff=P)
q(58098, "Hoeveel van mijn zaken hebben een verwachte datum in de tweede helft van 2027?",
  "count", {"owner": "Floris", "expected_after": "2027-06-30", "expected_before": "2028-01-01"}, "Floris's cases, expected date within 2027-H2", staff=P)
q(58099, "Mag ik het totaaloverzicht zien?",
  "overview", {}, "the overview chart", staff=P)
q(58100, "Welke van mijn zaken hadden een termijn die eind april 2026 afliep?",
  "list", {"owner": "Floris", "termijn_from": "2026-04-21", "termijn_to": "2026-04-30"}, "Floris's cases, termijn 21-30 Apr 2026", staff=P)


def main():
    ids = [x["id"] for x in Q]
    assert ids == list(range(58001, 58101)), "ids"
    with open("questions58_with_expected_sets.jsonl", "w", encoding="utf-8") as out:
        for x in Q:
            assert all(a < x["id"] for a in x["after"])
            if x["intent"] in ("list", "count"):
                gs = select(x["filters"]); cnt = len(gs); fact = None
            else:
                gs, cnt = [], None
                if x["intent"] == "fact":
                    fact = fact_value(x["filters"])
                elif x["intent"] == "status":
                    fact = status_summary(x["filters"]["gemeente"])
                else:
                    fact = None
            rec = {"id": x["id"], "q": x["q"], "intent": x["intent"], "filters": x["filters"],
                   "expected_gemeenten": gs, "count": cnt, "after": x["after"], "as_staff": x["as_staff"],
                   "on": ON, "meaning": x["meaning"], "expected_fact": fact}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(Q), "questions written")


if __name__ == "__main__":
    main()
