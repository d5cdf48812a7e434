"""Write questions60_with_expected_sets.jsonl: 100 questions (ids 60001-60100), asked on 2029-11-06.

Expected sets come from engine.py (status.json / due.json); facts straight from status.json.
Personas: 1 director-general (as Wilma 60501), 2 colleague on a phone with autocorrect (as Dirk 60504),
3 data analyst (as Anouk 60503), 4 regional account manager (as Ruud 60502).
"""
import datetime as dt
import json
import os
from zoneinfo import ZoneInfo

import engine

ON = "2029-11-06"
AMS = ZoneInfo("Europe/Amsterdam")
HERE = os.path.dirname(os.path.abspath(__file__))
DG, PHONE, ANALYST, ACCOUNT = 60501, 60504, 60503, 60502
NB, ZH, NH = "Noord-Brabant", "Zuid-Holland", "Noord-Holland"
NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]


def local_day(ts):
    return dt.datetime.fromisoformat(ts).astimezone(AMS).date()


def fact_value(kind, g, date=None):
    d = engine.BY_NAME[g]
    c = d["case"]
    if kind == "status":
        if c is None:
            return {"case": None}
        return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
                "termijn": c["termijn"], "answered": c["answered"], "reply_on_time": c["reply_on_time"],
                "overdue": c["overdue"], "missing": c["missing"], "expected_date": d["expected_date"],
                "extension_requested": c["extension_requested"], "letter_undelivered": c["letter_undelivered"]}
    if kind == "places":
        return {"realised": d["realised_total"], "planned": d["planned_total"]}
    if kind == "expected":
        return d["expected_date"]
    if kind == "owner":
        return c["owner"]
    if kind == "missing":
        return c["missing"]
    if kind == "trede":
        return c["trede"]
    if kind == "compliance":
        return c["compliance"]
    if kind == "reasons":
        return d["reasons"]
    if kind == "termijn":
        v = {"termijn": c["termijn"]}
        if c["extension_requested"]:
            v["extension_requested_until"] = c["extension_requested_until"]
        if c["letter_undelivered"]:
            v["letter_undelivered"] = True
        return v
    if kind == "reply":
        if not c["answered"]:
            return {"answered": False, "termijn": c["termijn"], "no_reply_overdue": g in engine.NO_REPLY}
        rd = local_day(c["reply_at"])
        days = (rd - dt.date.fromisoformat(c["termijn"])).days
        return {"answered": True, "reply_date": rd.isoformat(), "termijn": c["termijn"],
                "on_time": c["reply_on_time"], "days_after_termijn": days}
    if kind == "wrote":
        day = dt.date.fromisoformat(date)
        return [{"kind": m["kind"], "subject": m["subject"], "received_at": m["received_at"]}
                for m in d["messages"] if local_day(m["received_at"]) == day]
    raise ValueError(kind)


# (id, persona as_staff, after, question, intent, filters, meaning, fact-kind or None)
Q = []


def q(i, staff, after, text, intent, filters, meaning, fact=None, date=None):
    Q.append(dict(id=i, staff=staff, after=after, q=text, intent=intent, filters=filters, meaning=meaning,
                  fact=fact, date=date))


# ---------------- Persona 1: new director-general (as Wilma) ----------------
q(60001, DG, [], "Hoeveel gemeenten voldoen niet aan hun taak en hebben nog niet gereageerd?", "count",
  {"compliance": "voldoet_niet", "state": ["no_reply"]}, "count: compliance voldoet_niet AND no reply after termijn")
q(60002, DG, [], "Hoeveel zaken zitten in trede 3?", "count", {"trede": 3}, "count of trede-3 cases")
q(60003, DG, [60002], "En hoeveel daarvan hebben gereageerd?", "count", {"trede": 3, "state": ["answered"]},
  "follow-up: trede 3 AND answered")
q(60004, DG, [], "Hoeveel gemeenten in Noord-Nederland hebben te laat gereageerd?", "count",
  {"province": NOORD, "state": ["late"]}, "count: Drenthe/Friesland/Groningen, replied after the termijn")
q(60005, DG, [], "Aantal gemeenten zonder behandelaar met een onvolledige reactie?", "count",
  {"no_owner": True, "state": ["incomplete"]}, "count: no owner AND state answered_incomplete")
q(60006, DG, [], "Hoeveel uitstelverzoeken liggen er nog open?", "count", {"state": ["extended"]},
  "count of cases with an extension request pending")
q(60007, DG, [60006], "Welke daarvan zitten in Zuid-Holland?", "list", {"state": ["extended"], "province": ZH},
  "follow-up list: extension requested AND Zuid-Holland")
q(60008, DG, [], "Hoe staat Den Haag ervoor?", "status", {"gemeente": "'s-Gravenhage"},
  "status of 's-Gravenhage (Den Haag); it has no case in the register", "status")
q(60009, DG, [], "Hoeveel gemeenten voldoen gedeeltelijk, exclusief Noord- en Zuid-Holland?", "count",
  {"compliance": "voldoet_gedeeltelijk", "not_province": [NH, ZH]},
  "count: voldoet_gedeeltelijk, leaving out Noord-Holland and Zuid-Holland")
q(60010, DG, [], "Hoeveel brieven zijn onbestelbaar retour gekomen?", "count", {"letter_undelivered": True},
  "count of cases whose latest letter bounced")
q(60011, DG, [], "Hoeveel gemeenten in Oost-Nederland missen het tijdpad?", "count",
  {"province": OOST, "missing": ["timeline"]}, "count: Gelderland/Overijssel with timeline missing")
q(60012, DG, [], "Geef me het totaaloverzicht.", "overview", {}, "the overview chart")
q(60013, DG, [], "Hoeveel trede 2-gemeenten voldoen niet, Limburg niet meegerekend?", "count",
  {"trede": 2, "compliance": "voldoet_niet", "not_province": "Limburg"},
  "count: trede 2 AND voldoet_niet, Limburg left out (not the trede)")
q(60014, DG, [], "Wie verwacht vóór de zomer van 2027 te voldoen én heeft op tijd gereageerd?", "list",
  {"expected_before": "2027-07-01", "state": ["on_time"]},
  "list: expected date ends before 2027-07-01 AND replied on time")
q(60015, DG, [60014], "Zet die lijst even in Excel voor me.", "unknown",
  {"expected_before": "2027-07-01", "state": ["on_time"]},
  "export request (cannot); keeps the slots of the list it is about")
q(60016, DG, [], "Hoeveel gemeenten in trede 1 noemen een bezwaarprocedure als reden?", "count",
  {"trede": 1, "reason": "objection_procedure"}, "count: trede 1 AND reason objection_procedure")
q(60017, DG, [], "Vergelijk Limburg met Zeeland.", "unknown", {"province": ["Limburg", "Zeeland"]},
  "comparison (cannot); provinces understood")
q(60018, DG, [], "Hoeveel trede 2-zaken missen alle drie de elementen?", "count",
  {"trede": 2, "missing": ["facts", "steps", "timeline"]}, "count: trede 2 AND facts, steps and timeline all missing")
q(60019, DG, [], "Wanneer verwacht Almere te voldoen?", "fact", {"gemeente": "Almere", "fact": "expected"},
  "expected date of Almere", "expected")
q(60020, DG, [], "Wie is behandelaar van Utrecht?", "fact", {"gemeente": "Utrecht", "fact": "owner"},
  "owner of the municipality Utrecht (a fact decides: not asked back)", "owner")
q(60021, DG, [], "Hoeveel gemeenten hebben gereageerd, uitgezonderd de late reacties?", "count",
  {"state": ["answered"], "not_state": ["late"]}, "count: answered, leaving out late replies")
q(60022, DG, [], "Hoe zit het met Bergen?", "clarify", {},
  "Bergen (L.) or Bergen (NH.): asked back")
q(60023, DG, [], "Hoeveel gemeenten in Zeeland en Limburg voldoen niet?", "count",
  {"province": ["Limburg", "Zeeland"], "compliance": "voldoet_niet"}, "count: Limburg or Zeeland AND voldoet_niet")
q(60024, DG, [], "Hoeveel zaken van Dirk zijn over de termijn zonder reactie?", "count",
  {"owner": "Dirk", "state": ["no_reply"]}, "count: owner Dirk AND no reply after termijn")
q(60025, DG, [], "Dank, helder zo.", "help", {}, "thanks")

# ---------------- Persona 2: colleague typing on a phone, autocorrect (as Dirk) ----------------
q(60026, PHONE, [], "welke vanmijn zakken hebben nog geen redactie gestuurd", "list",
  {"owner": "Dirk", "state": ["no_reply"]},
  "my (Dirk's) cases ('zakken'=zaken) without reply ('redactie'=reactie), termijn passed")
q(60027, PHONE, [60026], "en wat ontbeert er bij almelo", "fact", {"gemeente": "Almelo", "fact": "missing"},
  "what is missing for Almelo ('ontbeert'=ontbreekt)", "missing")
q(60028, PHONE, [], "hoeveel gemeenten in gelderland missen de stoppen", "count",
  {"province": "Gelderland", "missing": ["steps"]}, "count: Gelderland with steps ('stoppen') missing")
q(60029, PHONE, [], "wie is behandelaar van zwolle", "fact", {"gemeente": "Zwolle", "fact": "owner"},
  "owner of Zwolle", "owner")
q(60030, PHONE, [], "hoeveel plekjes heeft deventer gerealiseerd", "fact", {"gemeente": "Deventer", "fact": "places"},
  "places realised/planned Deventer", "places")
q(60031, PHONE, [60030], "en nijkerk?", "fact", {"gemeente": "Nijkerk", "fact": "places"},
  "follow-up: places of Nijkerk", "places")
q(60032, PHONE, [], "welke gemeenten in overijssel zittenin trede 1", "list", {"province": "Overijssel", "trede": 1},
  "list: Overijssel AND trede 1")
q(60033, PHONE, [], "onvolledige relaties in friesland", "list", {"province": "Friesland", "state": ["incomplete"]},
  "list: Friesland, incomplete replies ('relaties'=reacties)")
q(60034, PHONE, [], "wanneer verloopt de termijn van ermelo", "fact", {"gemeente": "Ermelo", "fact": "termijn"},
  "termijn of Ermelo (extension asked until 2026-10-16)", "termijn")
q(60035, PHONE, [], "heeft sluis optijd gereageerd", "fact", {"gemeente": "Sluis", "fact": "reply"},
  "reply of Sluis: date and on time/late", "reply")
q(60036, PHONE, [], "mijn taken in zeeland", "list", {"owner": "Dirk", "province": "Zeeland"},
  "list: my (Dirk's) cases ('taken'=zaken) in Zeeland")
q(60037, PHONE, [], "hoeveel hebben er uitstal gevraagd", "count", {"state": ["extended"]},
  "count: extension ('uitstal'=uitstel) requested")
q(60038, PHONE, [], "welke gemeenten in drenthe noemen geen tijdspad", "list",
  {"province": "Drenthe", "missing": ["timeline"]}, "list: Drenthe with timeline missing")
q(60039, PHONE, [], "stuur almelo ff een herinnering", "unknown", {"gemeente": "Almelo"},
  "send a reminder (cannot); municipality understood")
q(60040, PHONE, [], "hoe staat het met ede", "status", {"gemeente": "Ede"}, "status of Ede", "status")
q(60041, PHONE, [], "wat schreef heerde op 27 april 2026", "fact",
  {"gemeente": "Heerde", "fact": "wrote", "date": "2026-04-27"}, "messages from Heerde on 2026-04-27", "wrote",
  "2026-04-27")
q(60042, PHONE, [], "welke zaken in limburg zijn nog niet toegewezen", "list", {"province": "Limburg", "no_owner": True},
  "list: Limburg AND no owner")
q(60043, PHONE, [], "hoe wijs ik een zaak toe aan ruud", "help", {}, "how to assign")
q(60044, PHONE, [], "welke gemeenten in utrecht voldoenniet", "list", {"province": "Utrecht", "compliance": "voldoet_niet"},
  "list: province Utrecht (plural 'gemeenten in' decides) AND voldoet_niet")
q(60045, PHONE, [], "welke gemeente hebben geldproblemen", "list", {"reason": "finance"},
  "list: reason finance")
q(60046, PHONE, [], "hoeveel zijn er te laat", "clarify", {},
  "bare 'te laat': no reply after termijn or a late reply? asked back")
q(60047, PHONE, [], "top 10 slechtste gemeenten", "unknown", {}, "ranking (cannot)")
q(60048, PHONE, [], "in welke trend zit heerlen", "fact", {"gemeente": "Heerlen", "fact": "trede"},
  "trede ('trend') of Heerlen", "trede")
q(60049, PHONE, [], "hoeveel zaken heeft anouk", "count", {"owner": "Anouk"}, "count: owner Anouk")
q(60050, PHONE, [], "top bedankt!!", "help", {}, "thanks")

# ---------------- Persona 3: data analyst (as Anouk) ----------------
q(60051, ANALYST, [], "Welke gemeenten hebben gereageerd maar missen het tijdpad, behalve die in Noord-Holland?", "list",
  {"state": ["answered"], "missing": ["timeline"], "not_province": NH},
  "list: answered AND timeline missing, Noord-Holland left out")
q(60052, ANALYST, [], "Hoeveel gemeenten met een termijn tussen 1 juni en 30 juni 2026 hebben nog niet gereageerd?", "count",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["no_reply"]},
  "count: termijn in June 2026 AND no reply after termijn")
q(60053, ANALYST, [60052], "Welke daarvan liggen niet in Zuid-Holland?", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["no_reply"], "not_province": ZH},
  "follow-up list: same, Zuid-Holland left out")
q(60054, ANALYST, [], "Gemeenten die lokale weerstand als reden noemen en onvolledig hebben gereageerd, zonder Gelderland.", "list",
  {"reason": "local_opposition", "state": ["incomplete"], "not_province": "Gelderland"},
  "list: reason local_opposition AND incomplete, Gelderland left out")
q(60055, ANALYST, [], "Welke gemeenten missen zowel de stappen als het tijdpad, maar niet in trede 1?", "list",
  {"missing": ["steps", "timeline"], "not_trede": 1}, "list: steps and timeline missing, trede 1 left out")
q(60056, ANALYST, [], "Hoeveel reacties waren op tijd maar onvolledig, met een termijn begin oktober 2026?", "count",
  {"state": ["incomplete", "on_time"], "termijn_from": "2026-10-01", "termijn_to": "2026-10-10"},
  "count: on time AND incomplete AND termijn 2026-10-01..2026-10-10 (begin = 1st to 10th)")
q(60057, ANALYST, [], "Welke gemeenten verwachten pas na de zomer van 2027 te voldoen, niet in Limburg of Noord-Brabant?", "list",
  {"expected_after": "2027-08-31", "not_province": ["Limburg", NB]},
  "list: expected date starts after 2027-08-31, Limburg and Noord-Brabant left out")
q(60058, ANALYST, [], "Brabantse gemeenten behalve Breda en Tilburg die gereageerd hebben.", "list",
  {"province": NB, "not_gemeente": ["Breda", "Tilburg"], "state": ["answered"]},
  "list: Noord-Brabant AND answered, Breda and Tilburg left out")
q(60059, ANALYST, [], "Welke gemeenten noemen een vergunningsprocedure als reden en verwachten in Q1 2027 te voldoen?", "list",
  {"reason": "permit_procedure", "expected_after": "2026-12-31", "expected_before": "2027-04-01"},
  "list: reason permit_procedure AND expected date within Q1 2027")
q(60060, ANALYST, [60059], "En in Q2 2027?", "list",
  {"reason": "permit_procedure", "expected_after": "2027-03-31", "expected_before": "2027-07-01"},
  "follow-up: the window replaced by Q2 2027")
q(60061, ANALYST, [], "Hoeveel gemeenten zonder behandelaar hebben te laat gereageerd, excl. Friesland?", "count",
  {"no_owner": True, "state": ["late"], "not_province": "Friesland"},
  "count: no owner AND late reply, Friesland left out")
q(60062, ANALYST, [], "Welke gemeenten missen de feiten maar verwachten wel vóór 1 januari 2027 te voldoen?", "list",
  {"missing": ["facts"], "expected_before": "2027-01-01"}, "list: facts missing AND expected date ends before 2027-01-01")
q(60063, ANALYST, [], "Gemeenten die volledig hebben gereageerd, niet in Noord-Holland, Zuid-Holland of Utrecht.", "list",
  {"state": ["complete"], "not_province": [NH, "Utrecht", ZH]},
  "list: complete replies, three provinces left out")
q(60064, ANALYST, [], "Hoeveel zaken hebben een termijn vóór 1 mei 2026 en voldoen niet?", "count",
  {"termijn_to": "2026-04-30", "compliance": "voldoet_niet"}, "count: termijn up to 2026-04-30 AND voldoet_niet")
q(60065, ANALYST, [], "Welke termijnen van gemeenten in Zuid-Nederland verlopen de komende 14 dagen?", "list",
  {"province": ZUID, "termijn_from": "2029-11-06", "termijn_to": "2029-11-19"},
  "list: Limburg/Noord-Brabant/Zeeland AND termijn 2029-11-06..2029-11-19 (14 days counting --on); none in the register")
q(60066, ANALYST, [], "Welke gemeenten die gereageerd hebben noemen afhankelijkheid van het COA, behalve de gemeenten die te laat waren?", "list",
  {"reason": "coa_dependency", "state": ["answered"], "not_state": ["late"]},
  "list: answered AND reason coa_dependency, late replies left out")
q(60067, ANALYST, [], "Hoeveel trede 2-gemeenten in Gelderland hebben na het verstrijken van de termijn nog steeds niet gereageerd, Arnhem niet meegeteld?", "count",
  {"trede": 2, "province": "Gelderland", "state": ["no_reply"], "not_gemeente": "Arnhem"},
  "count: trede 2, Gelderland, no reply after termijn, Arnhem left out")
q(60068, ANALYST, [], "Welke gemeenten hebben een reactie gestuurd waarin noch de stappen noch het tijdpad staan?", "list",
  {"state": ["answered"], "missing": ["steps", "timeline"]}, "list: answered AND steps and timeline both missing")
q(60069, ANALYST, [], "Hoeveel gemeenten in de Randstad missen het tijdpad?", "clarify", {"missing": ["timeline"]},
  "'de Randstad' has no fixed border: asked back")
q(60070, ANALYST, [], "Welke gemeenten in Twente hebben nog niet gereageerd?", "unknown", {"state": ["no_reply"]},
  "Twente is not a region of the register: unknown, no_reply understood")
q(60071, ANALYST, [], "Welke gemeenten met termijn 5 oktober 2026 hebben wel gereageerd, maar te laat?", "list",
  {"termijn_from": "2026-10-05", "termijn_to": "2026-10-05", "state": ["late"]},
  "list: termijn on 2026-10-05 AND late reply")
q(60072, ANALYST, [], "Geef de gemeenten die gedeeltelijk voldoen en hun verwachte datum in de tweede helft van 2027 hebben, zonder Overijssel.", "list",
  {"compliance": "voldoet_gedeeltelijk", "expected_after": "2027-06-30", "expected_before": "2028-01-01",
   "not_province": "Overijssel"},
  "list: voldoet_gedeeltelijk AND expected date within H2 2027, Overijssel left out")
q(60073, ANALYST, [60072], "Exporteer die als csv.", "unknown",
  {"compliance": "voldoet_gedeeltelijk", "expected_after": "2027-06-30", "expected_before": "2028-01-01",
   "not_province": "Overijssel"}, "export (cannot); keeps the list's slots")
q(60074, ANALYST, [], "Hoeveel gemeenten noemen het wegvallen van plekken als reden en hebben nog geen uitstel gevraagd?", "count",
  {"reason": "places_lost", "not_state": ["extended"]}, "count: reason places_lost, extension requests left out")
q(60075, ANALYST, [], "Welke gemeenten in Drenthe, Friesland en Groningen voldoen niet en missen de stappen?", "list",
  {"province": NOORD, "compliance": "voldoet_niet", "missing": ["steps"]},
  "list: three northern provinces AND voldoet_niet AND steps missing")

# ---------------- Persona 4: regional account manager (as Ruud) ----------------
q(60076, ACCOUNT, [], "Hoe staat Heerlen ervoor?", "status", {"gemeente": "Heerlen"}, "status of Heerlen", "status")
q(60077, ACCOUNT, [60076], "Wat ontbreekt er nog in hun reactie?", "fact", {"gemeente": "Heerlen", "fact": "missing"},
  "follow-up: missing elements of Heerlen", "missing")
q(60078, ACCOUNT, [60076, 60077], "En die van Sittard-Geleen?", "fact", {"gemeente": "Sittard-Geleen", "fact": "missing"},
  "follow-up: missing elements of Sittard-Geleen (none)", "missing")
q(60079, ACCOUNT, [60076, 60077, 60078], "Wanneer denken ze te voldoen?", "fact",
  {"gemeente": "Sittard-Geleen", "fact": "expected"}, "follow-up: expected date of Sittard-Geleen", "expected")
q(60080, ACCOUNT, [60076, 60077, 60078, 60079], "En hoeveel plekken hebben ze nu al gerealiseerd?", "fact",
  {"gemeente": "Sittard-Geleen", "fact": "places"}, "follow-up: places of Sittard-Geleen", "places")
q(60081, ACCOUNT, [], "Welke redenen noemt Venlo?", "fact", {"gemeente": "Venlo", "fact": "reasons"},
  "reasons stated by Venlo", "reasons")
q(60082, ACCOUNT, [60081], "En die van Roermond?", "fact", {"gemeente": "Roermond", "fact": "reasons"},
  "follow-up: reasons of Roermond (none stated)", "reasons")
q(60083, ACCOUNT, [60081, 60082], "Wie is daar de behandelaar?", "fact", {"gemeente": "Roermond", "fact": "owner"},
  "follow-up: owner of Roermond (none)", "owner")
q(60084, ACCOUNT, [], "Welke gemeenten in Limburg hebben nog geen behandelaar?", "list",
  {"province": "Limburg", "no_owner": True}, "list: Limburg AND no owner")
q(60085, ACCOUNT, [60084], "Welke daarvan hebben nog niet gereageerd?", "list",
  {"province": "Limburg", "no_owner": True, "state": ["no_reply"]}, "follow-up: also no reply after termijn")
q(60086, ACCOUNT, [], "Hoe zit het met Utrecht?", "clarify", {}, "municipality or province Utrecht: asked back")
q(60087, ACCOUNT, [], "In welke trede zit Apeldoorn?", "fact", {"gemeente": "Apeldoorn", "fact": "trede"},
  "trede of Apeldoorn", "trede")
q(60088, ACCOUNT, [60087], "En die van Arnhem?", "fact", {"gemeente": "Arnhem", "fact": "trede"},
  "follow-up: trede of Arnhem", "trede")
q(60089, ACCOUNT, [60087, 60088], "Hebben ze al gereageerd?", "fact", {"gemeente": "Arnhem", "fact": "reply"},
  "follow-up: reply of Arnhem (none, termijn passed)", "reply")
q(60090, ACCOUNT, [], "Welke gemeenten liggen naast Arnhem?", "unknown", {"gemeente": "Arnhem"},
  "neighbours (cannot); municipality understood")
q(60091, ACCOUNT, [], "Voldoet de gemeente Nijkerk aan haar wettelijke taak?", "fact",
  {"gemeente": "Nijkerk", "fact": "compliance"}, "compliance of Nijkerk", "compliance")
q(60092, ACCOUNT, [], "Welke van mijn Gelderse zaken hebben nog niet gereageerd?", "list",
  {"owner": "Ruud", "province": "Gelderland", "state": ["no_reply"]},
  "list: my (Ruud's) cases in Gelderland without reply after termijn")
q(60093, ACCOUNT, [], "Wat is de termijn van Gorinchem?", "fact", {"gemeente": "Gorinchem", "fact": "termijn"},
  "termijn of Gorinchem", "termijn")
q(60094, ACCOUNT, [60093], "En die van Molenlanden?", "fact", {"gemeente": "Molenlanden", "fact": "termijn"},
  "follow-up: termijn of Molenlanden (letter came back undelivered)", "termijn")
q(60095, ACCOUNT, [], "Wat schreef Venlo op 14 juli 2026?", "fact",
  {"gemeente": "Venlo", "fact": "wrote", "date": "2026-07-14"}, "messages from Venlo on 2026-07-14", "wrote",
  "2026-07-14")
q(60096, ACCOUNT, [], "Wat is het telefoonnummer van de gemeente Weert?", "unknown", {"gemeente": "Weert"},
  "contact data (cannot); municipality understood")
q(60097, ACCOUNT, [], "Welke gemeenten in Noord-Brabant hebben bezwaar als reden?", "list",
  {"province": NB, "reason": "objection_procedure"}, "list: Noord-Brabant AND reason objection_procedure")
q(60098, ACCOUNT, [60097], "En in Limburg?", "list", {"province": "Limburg", "reason": "objection_procedure"},
  "follow-up: province replaced by Limburg")
q(60099, ACCOUNT, [], "Wanneer reageerde Waalwijk, en was dat op tijd?", "fact", {"gemeente": "Waalwijk", "fact": "reply"},
  "reply of Waalwijk: date and on time", "reply")
q(60100, ACCOUNT, [], "Hoe werkt deze bot eigenlijk?", "help", {}, "how does it work")


def main():
    assert [x["id"] for x in Q] == list(range(60001, 60101)), "ids"
    out = []
    for x in Q:
        for a in x["after"]:
            assert a < x["id"]
        if x["intent"] in ("list", "count"):
            gs = engine.select(x["filters"])
            cnt, fact = len(gs), None
        else:
            gs, cnt = [], None
            fact = fact_value(x["fact"], x["filters"]["gemeente"], x["date"]) if x["fact"] else None
        out.append({"id": x["id"], "q": x["q"], "intent": x["intent"], "filters": x["filters"],
                    "expected_gemeenten": gs, "count": cnt, "after": x["after"], "as_staff": x["staff"],
                    "on": ON, "meaning": x["meaning"], "expected_fact": fact})
    with open(os.path.join(HERE, "questions60_with_expected_sets.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "questions written")


if __name__ == "__main__":
    main()
