#!/usr/bin/env python3
"""Write questions67_with_expected_sets.jsonl from the dumps (python make_questions.py [DUMPDIR])."""
import datetime as dt, json, sys
from zoneinfo import ZoneInfo
from engine import Register

ON = "2030-02-12"
STAFF = {"Rob": 67501, "Dewi": 67502, "Ferry": 67503, "Zeynep": 67504}
NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]
LIST_INTENTS = {"list", "count"}
AMS = ZoneInfo("Europe/Amsterdam")

R = Register(sys.argv[1] if len(sys.argv) > 1 else "dumps")


def local_day(ts):
    return dt.datetime.fromisoformat(ts).astimezone(AMS).date()


def fact_value(name, fact, date=None):
    d = R.cases[name]
    c = d["case"]
    if fact == "places":
        return {"realised": d["realised_total"], "planned": d["planned_total"]}
    if fact == "expected":
        return d["expected_date"]
    if fact == "owner":
        return c["owner"]
    if fact == "missing":
        return c["missing"]
    if fact == "termijn":
        return c["termijn"]
    if fact == "reasons":
        return d["reasons"]
    if fact == "trede":
        return c["trede"]
    if fact == "compliance":
        return c["compliance"]
    if fact == "reply":
        if not c["answered"] or not c["reply_at"]:
            return {"reply_at": None, "on_time": None, "days_late": None, "termijn": c["termijn"]}
        day = local_day(c["reply_at"])
        late = (day - dt.date.fromisoformat(c["termijn"])).days if c["termijn"] else None
        return {"reply_at": day.isoformat(), "on_time": c["reply_on_time"], "termijn": c["termijn"],
                "days_late": max(late, 0) if late is not None else None}
    if fact == "wrote":
        return [{"received_at": m["received_at"], "kind": m["kind"], "subject": m["subject"]}
                for m in d["messages"] if local_day(m["received_at"]).isoformat() == date]
    if fact == "status":
        return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
                "termijn": c["termijn"], "answered": c["answered"], "missing": c["missing"],
                "extension_requested": c["extension_requested"], "letter_undelivered": c["letter_undelivered"],
                "expected_date": d["expected_date"]}
    raise ValueError(fact)


QS = []  # (key, persona, q, intent, filters, after_keys, meaning)


def q(key, persona, text, intent, filters=None, after=(), meaning=""):
    QS.append((key, persona, text, intent, filters or {}, list(after), meaning))

# ---------------------------------------------------------------- Rob (beheerder)
q("r1", "Rob", "Welke gemeenten in Gelderland en Overijssel staan op trede 2, hebben na het verstrijken van de termijn nog steeds niet gereageerd en hebben ook nog geen behandelaar?",
  "list", {"province": ["Gelderland", "Overijssel"], "trede": 2, "state": ["no_reply"], "no_owner": True},
  meaning="Gld+Ov, trede 2, no reply after termijn, no owner")
q("r2", "Rob", "Hoeveel zaken op trede 2 voldoen niet, behalve die in Noord- en Zuid-Holland, en waarvan de reactie bovendien onvolledig was?",
  "count", {"trede": 2, "compliance": "voldoet_niet", "not_province": ["Noord-Holland", "Zuid-Holland"], "state": ["incomplete"]},
  meaning="count trede 2, voldoet niet, not NH/ZH, state incomplete")
q("r3", "Rob", "Geef me eens een overzicht van hoe we er als team voor staan.", "overview", {},
  meaning="the overview chart")
q("r4", "Rob", "Wat is de top 5 van Brabantse gemeenten met de grootste achterstand?", "unknown",
  {"province": "Noord-Brabant"}, meaning="ranking: cannot; province understood")
q("r5", "Rob", "Zijn er in Limburg nu meer gemeenten zonder reactie dan in Zeeland?", "unknown",
  {"province": ["Limburg", "Zeeland"], "state": ["no_reply"]}, meaning="comparison: cannot")
q("r6", "Rob", "Welke gemeenten hebben te laat gereageerd en missen zowel de stappen als het tijdpad, niet in Noord-Holland?",
  "list", {"state": ["late"], "missing": ["steps", "timeline"], "not_province": "Noord-Holland"},
  meaning="late reply, missing steps and timeline, not NH")
q("r7", "Rob", "Welke zaken van Ferry wachten nog op een reactie terwijl de termijn al verlopen is?", "list",
  {"owner": "Ferry", "state": ["no_reply"]}, meaning="Ferry's cases with no reply after termijn")
q("r8", "Rob", "En die van Zeynep?", "list", {"owner": "Zeynep", "state": ["no_reply"]}, after=["r7"],
  meaning="same for Zeynep")
q("r9", "Rob", "Hoeveel gemeenten in het noorden hebben gereageerd, uitgezonderd de gemeenten die te laat waren, en voldoen gedeeltelijk aan hun taak?",
  "count", {"province": NOORD, "state": ["answered"], "not_state": ["late"], "compliance": "voldoet_gedeeltelijk"},
  meaning="Dr/Fr/Gr, answered but not late, voldoet gedeeltelijk")
q("r10", "Rob", "Kun je de lijst met alle gemeenten op trede 3 even naar Excel exporteren voor het MT-overleg?", "unknown",
  {"trede": 3}, meaning="export: cannot; trede 3 understood")
q("r11", "Rob", "Welke Brabantse gemeenten noemen een bezwaarprocedure als reden, behalve Tilburg en Roosendaal?", "list",
  {"province": "Noord-Brabant", "reason": "objection_procedure", "not_gemeente": ["Roosendaal", "Tilburg"]},
  meaning="NB, reason objection_procedure, leaving out Tilburg and Roosendaal")
q("r12", "Rob", "Hoeveel zaken op trede 2 hebben nog geen behandelaar, hebben nog geen uitstel gevraagd en hebben na de termijn nog niet gereageerd?",
  "count", {"trede": 2, "no_owner": True, "not_state": ["extended"], "state": ["no_reply"]},
  meaning="trede 2, no owner, not extended, no reply after termijn")
q("r13", "Rob", "Bij welke gemeenten is onze brief onbestelbaar retour gekomen, Zeeland en Limburg niet meegerekend?", "list",
  {"letter_undelivered": True, "not_province": ["Limburg", "Zeeland"]}, meaning="letter undelivered, not Zl/Lb")
q("r14", "Rob", "Welke gemeenten in Zuid-Nederland voldoen niet, staan niet op trede 1 en noemen het ontbreken van een geschikte locatie als reden?",
  "list", {"province": ZUID, "compliance": "voldoet_niet", "not_trede": 1, "reason": "no_location"},
  meaning="Lb/NB/Zl, voldoet niet, not trede 1, reason no_location")
q("r15", "Rob", "Vergelijk Gelderland eens met Overijssel: waar voldoen verhoudingsgewijs meer gemeenten niet?", "unknown",
  {"province": ["Gelderland", "Overijssel"], "compliance": "voldoet_niet"}, meaning="comparison: cannot")
q("r16", "Rob", "Welke gemeenten in de Achterhoek hebben nog altijd niet gereageerd?", "unknown",
  {"state": ["no_reply"]}, meaning="Achterhoek has no border in the register")
q("r17", "Rob", "Stuur alle gemeenten op trede 2 die nog niet gereageerd hebben een herinnering.", "unknown",
  {"trede": 2, "state": ["no_reply"]}, meaning="sending mail: cannot")
q("r18", "Rob", "Hoeveel zaken heeft Dewi op dit moment in behandeling?", "count", {"owner": "Dewi"},
  meaning="count of Dewi's cases")
q("r19", "Rob", "Welke gemeenten verwachten pas na de zomer van 2027 te voldoen, behalve die in Gelderland, en hebben wel een volledige reactie gestuurd?",
  "list", {"expected_after": "2027-08-31", "not_province": "Gelderland", "state": ["complete"]},
  meaning="expected after summer 2027, not Gld, state complete")
q("r20", "Rob", "Hoe wijs ik een zaak toe aan een collega?", "help", {}, meaning="how to assign")
q("r21", "Rob", "Hoe staat het ervoor met Utrecht?", "clarify", {}, meaning="Utrecht: municipality or province")
q("r22", "Rob", "Welke Zuid-Hollandse gemeenten die niet op trede 1 staan hebben op tijd gereageerd maar missen nog het tijdpad?",
  "list", {"province": "Zuid-Holland", "not_trede": 1, "state": ["on_time"], "missing": ["timeline"]},
  meaning="ZH, not trede 1, on time, missing timeline")
q("r23", "Rob", "Waar spelen geldproblemen, met uitzondering van Noord-Brabant en Limburg?", "list",
  {"reason": "finance", "not_province": ["Limburg", "Noord-Brabant"]}, meaning="reason finance, not NB/Lb")
q("r24", "Rob", "Geef me de telefoonnummers van de Friese gemeenten die nog niet gereageerd hebben, dan bel ik ze zelf.", "unknown",
  {"province": "Friesland", "state": ["no_reply"]}, meaning="contact data: cannot")
q("r25", "Rob", "Welke gemeenten hebben om uitstel gevraagd en hebben nog geen behandelaar, Zuid-Holland uitgezonderd?", "list",
  {"state": ["extended"], "no_owner": True, "not_province": "Zuid-Holland"}, meaning="extended, no owner, not ZH")

# ---------------------------------------------------------------- Dewi (new behandelaar)
q("d1", "Dewi", "Hoi! Ik ben net nieuw in het team. Hoe werkt deze bot eigenlijk?", "help", {}, meaning="how does it work")
q("d2", "Dewi", "Wat zijn mijn zaken?", "list", {"owner": "Dewi"}, meaning="Dewi's cases")
q("d3", "Dewi", "wat betekent trede 2 eigenlijk?", "help", {}, meaning="what a word means: explanation, no register query")
q("d4", "Dewi", "Wat is de termijn van Coevorden?", "facts", {"gemeente": "Coevorden", "fact": "termijn"}, meaning="termijn Coevorden")
q("d5", "Dewi", "Hoeveel plekken heeft Vlaardngen al gerealiseerd?", "facts", {"gemeente": "Vlaardingen", "fact": "places"},
  meaning="places Vlaardingen (typo)")
q("d6", "Dewi", "Wie is de behandelaar van Nijmegen?", "facts", {"gemeente": "Nijmegen", "fact": "owner"}, meaning="owner Nijmegen")
q("d7", "Dewi", "Welke van mijn zaken hebben nog niet gereageerd terwijl de termijn voorbij is?", "list",
  {"owner": "Dewi", "state": ["no_reply"]}, meaning="Dewi's cases with no reply after termijn")
q("d8", "Dewi", "Wat ontbreekt er nog bij Harlngen?", "facts", {"gemeente": "Harlingen", "fact": "missing"},
  meaning="missing elements Harlingen (typo)")
q("d9", "Dewi", "Wanneer verwacht Amersfort klaar te zijn?", "facts", {"gemeente": "Amersfoort", "fact": "expected"},
  meaning="expected date Amersfoort (typo)")
q("d10", "Dewi", "Op welke trede staat Echt Susteren nu?", "facts", {"gemeente": "Echt-Susteren", "fact": "trede"},
  meaning="trede Echt-Susteren")
q("d11", "Dewi", "Hoe zit het met Apeldoorn?", "status", {"gemeente": "Apeldoorn"}, meaning="status Apeldoorn")
q("d12", "Dewi", "wat is een meldplicht precies?", "help", {}, meaning="what a word means")
q("d13", "Dewi", "Welke redenen geeft Maasdriel op?", "facts", {"gemeente": "Maasdriel", "fact": "reasons"}, meaning="reasons Maasdriel")
q("d14", "Dewi", "Voldoet de gemeente Heerenveen aan haar wettelijke taak?", "facts", {"gemeente": "Heerenveen", "fact": "compliance"},
  meaning="compliance Heerenveen")
q("d15", "Dewi", "Heeft Hellendoorn op tijd gereageerd?", "facts", {"gemeente": "Hellendoorn", "fact": "reply"}, meaning="reply Hellendoorn")
q("d16", "Dewi", "en Stede Broec?", "facts", {"gemeente": "Stede Broec", "fact": "reply"}, after=["d15"], meaning="reply Stede Broec")
q("d17", "Dewi", "Welke van mijn gemeenten liggen in Limburg?", "list", {"owner": "Dewi", "province": "Limburg"},
  meaning="Dewi's cases in Limburg")
q("d18", "Dewi", "Hoe wijs ik een gemeente aan mezelf toe?", "help", {}, meaning="how to assign")
q("d19", "Dewi", "Wat schreef Lingewaard op 15 juli 2026?", "facts", {"gemeente": "Lingewaard", "fact": "wrote", "date": "2026-07-15"},
  meaning="message(s) of Lingewaard that day")
q("d20", "Dewi", "Hoeveel van mijn zaken missen het tijdpad nog?", "count", {"owner": "Dewi", "missing": ["timeline"]},
  meaning="count Dewi's cases missing timeline")
q("d21", "Dewi", "Status van Bergen op Zoom graag", "status", {"gemeente": "Bergen op Zoom"}, meaning="status Bergen op Zoom")
q("d22", "Dewi", "Welke zaken in Drenthe zijn nog aan niemand toegewezen?", "list", {"province": "Drenthe", "no_owner": True},
  meaning="Drenthe, no owner")
q("d23", "Dewi", "Kan ik via de bot zelf een brief naar Sliedrecht sturen?", "unknown", {"gemeente": "Sliedrecht"},
  meaning="sending a letter: cannot")
q("d24", "Dewi", "Bij wie ligt Vaals?", "facts", {"gemeente": "Vaals", "fact": "owner"}, meaning="owner Vaals")
q("d25", "Dewi", "Dank je wel, super handig!", "help", {}, meaning="thanks")

# ---------------------------------------------------------------- Ferry (English mixed with Dutch)
q("f1", "Ferry", "which gemeenten on trede 2 haven't replied yet?", "list", {"trede": 2, "state": ["no_reply"]},
  meaning="trede 2, no reply after termijn")
q("f2", "Ferry", "reasons for Ede?", "facts", {"gemeente": "Ede", "fact": "reasons"}, meaning="reasons Ede")
q("f3", "Ferry", "show me my cases", "list", {"owner": "Ferry"}, meaning="Ferry's cases")
q("f4", "Ferry", "how many of my cases have an incomplete reactie?", "count", {"owner": "Ferry", "state": ["incomplete"]},
  meaning="count Ferry's cases with state incomplete")
q("f5", "Ferry", "and which of those were also late?", "list", {"owner": "Ferry", "state": ["incomplete", "late"]},
  after=["f4"], meaning="Ferry, incomplete and late")
q("f6", "Ferry", "what's the termijn for Kerkrade?", "facts", {"gemeente": "Kerkrade", "fact": "termijn"}, meaning="termijn Kerkrade")
q("f7", "Ferry", "status Deventer pls", "status", {"gemeente": "Deventer"}, meaning="status Deventer")
q("f8", "Ferry", "which gemeenten in Overijssel are still missing the tijdpad?", "list",
  {"province": "Overijssel", "missing": ["timeline"]}, meaning="Ov, missing timeline")
q("f9", "Ferry", "expected date for Tilburg?", "facts", {"gemeente": "Tilburg", "fact": "expected"}, meaning="expected Tilburg")
q("f10", "Ferry", "who's the behandelaar for Amersfoort?", "facts", {"gemeente": "Amersfoort", "fact": "owner"}, meaning="owner Amersfoort")
q("f11", "Ferry", "can you send Raalte a reminder for me?", "unknown", {"gemeente": "Raalte"}, meaning="sending mail: cannot")
q("f12", "Ferry", "how many gemeenten in Zeeland voldoen niet?", "count", {"province": "Zeeland", "compliance": "voldoet_niet"},
  meaning="count Zl voldoet niet")
q("f13", "Ferry", "and in Limburg?", "count", {"province": "Limburg", "compliance": "voldoet_niet"}, after=["f12"],
  meaning="count Lb voldoet niet")
q("f14", "Ferry", "list the gemeenten with bezwaar as a reason, but not in Noord-Brabant", "list",
  {"reason": "objection_procedure", "not_province": "Noord-Brabant"}, meaning="reason objection_procedure, not NB")
q("f15", "Ferry", "which cases have asked for uitstel and don't have a behandelaar yet?", "list",
  {"state": ["extended"], "no_owner": True}, meaning="extended, no owner")
q("f16", "Ferry", "places in Nissewaard?", "facts", {"gemeente": "Nissewaard", "fact": "places"}, meaning="places Nissewaard")
q("f17", "Ferry", "did Sudwest Fryslan reply on time?", "facts", {"gemeente": "Súdwest-Fryslân", "fact": "reply"},
  meaning="reply Súdwest-Fryslân")
q("f18", "Ferry", "which gemeenten in Friesland and Groningen did not reply?", "list",
  {"province": ["Friesland", "Groningen"], "state": ["no_reply"]}, meaning="Fr+Gr no reply")
q("f19", "Ferry", "export my cases to csv please", "unknown", {"owner": "Ferry"}, meaning="export: cannot")
q("f20", "Ferry", "what's missing for Veere?", "facts", {"gemeente": "Veere", "fact": "missing"}, meaning="missing Veere")
q("f21", "Ferry", "which gemeenten are on trede 3?", "list", {"trede": 3}, meaning="trede 3")
q("f22", "Ferry", "and what about the neighbours of Borsele?", "unknown", {"gemeente": "Borsele"}, meaning="neighbours: cannot")
q("f23", "Ferry", "how many replied late in Zuid-Holland?", "count", {"province": "Zuid-Holland", "state": ["late"]},
  meaning="count ZH late replies")
q("f24", "Ferry", "gemeenten with vergunningsproblemen in Gelderland?", "list",
  {"province": "Gelderland", "reason": "permit_procedure"}, meaning="Gld, reason permit_procedure")
q("f25", "Ferry", "thanks mate", "help", {}, meaning="thanks")

# ---------------------------------------------------------------- Zeynep (deadlines and dates)
q("z1", "Zeynep", "Welke termijnen verlopen deze week?", "list", {"termijn_from": "2030-02-11", "termijn_to": "2030-02-17"},
  meaning="termijn in ISO week of 2030-02-12 (Mon-Sun)")
q("z2", "Zeynep", "En volgende week?", "list", {"termijn_from": "2030-02-18", "termijn_to": "2030-02-24"}, after=["z1"],
  meaning="termijn next week")
q("z3", "Zeynep", "Welke gemeenten hadden een termijn tussen 1 en 30 juni 2026?", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, meaning="termijn June 2026")
q("z4", "Zeynep", "En welke daarvan hebben te laat gereageerd?", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["late"]}, after=["z3"], meaning="... and replied late")
q("z5", "Zeynep", "Welke termijnen liepen af in oktober 2026?", "list", {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31"},
  meaning="termijn October 2026")
q("z6", "Zeynep", "hoeveel daarvan hebben nog steeds niet gereageerd?", "count",
  {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31", "state": ["no_reply"]}, after=["z5"], meaning="... count no reply")
q("z7", "Zeynep", "Welke gemeenten verwachten vóór maart 2027 aan hun taak te voldoen?", "list",
  {"expected_before": "2027-03-01"}, meaning="expected date ends before March 2027 (before 2027-03-01)")
q("z8", "Zeynep", "En welke pas na het tweede kwartaal van 2027?", "list", {"expected_after": "2027-06-30"}, after=["z7"],
  meaning="expected date starts after Q2 2027 (window replaced)")
q("z9", "Zeynep", "Wie verwacht in Q1 2027 klaar te zijn?", "list",
  {"expected_after": "2026-12-31", "expected_before": "2027-04-01"}, meaning="expected in Q1 2027")
q("z10", "Zeynep", "Hoeveel dagen te laat was Aa en Hunze met hun reactie?", "facts", {"gemeente": "Aa en Hunze", "fact": "reply"},
  meaning="reply Aa en Hunze, days late")
q("z11", "Zeynep", "Wanneer heeft Tiel gereageerd, en was dat nog binnen de termijn?", "facts", {"gemeente": "Tiel", "fact": "reply"},
  meaning="reply Tiel")
q("z12", "Zeynep", "Welke van mijn zaken hebben te laat gereageerd?", "list", {"owner": "Zeynep", "state": ["late"]},
  meaning="Zeynep's cases that replied late")
q("z13", "Zeynep", "welke zijn er allemaal te laat?", "clarify", {}, meaning="bare 'te laat': no reply or late reply")
q("z14", "Zeynep", "Welke termijnen vielen eind april 2026?", "list", {"termijn_from": "2026-04-21", "termijn_to": "2026-04-30"},
  meaning="termijn 21-30 April 2026")
q("z15", "Zeynep", "en daarvan in Zeeland?", "list", {"termijn_from": "2026-04-21", "termijn_to": "2026-04-30", "province": "Zeeland"},
  after=["z14"], meaning="... in Zeeland")
q("z16", "Zeynep", "en welke daarvan hebben nog geen reactie gestuurd?", "list",
  {"termijn_from": "2026-04-21", "termijn_to": "2026-04-30", "province": "Zeeland", "state": ["no_reply"]},
  after=["z14", "z15"], meaning="... no reply")
q("z17", "Zeynep", "Welke gemeenten met een termijn vóór 01-05-2026 hebben om uitstel gevraagd?", "list",
  {"termijn_to": "2026-04-30", "state": ["extended"]}, meaning="termijn up to 2026-04-30, extension asked")
q("z18", "Zeynep", "Welke gemeenten hebben een verwachte datum die al verstreken is?", "list", {"expected_before": ON},
  meaning="expected date before the day asked")
q("z19", "Zeynep", "Wie verwacht in de tweede helft van 2027 te voldoen?", "list",
  {"expected_after": "2027-06-30", "expected_before": "2028-01-01"}, meaning="expected in H2 2027")
q("z20", "Zeynep", "Welke Noord-Hollandse gemeenten verwachten tussen 1 maart 2027 en 30 juni 2027 klaar te zijn?", "list",
  {"province": "Noord-Holland", "expected_after": "2027-02-28", "expected_before": "2027-07-01"},
  meaning="NH, expected between 2027-03-01 and 2027-06-30")
q("z21", "Zeynep", "Wanneer verwacht Almere te voldoen?", "facts", {"gemeente": "Almere", "fact": "expected"}, meaning="expected Almere")
q("z22", "Zeynep", "Welke termijnen vallen in maart?", "list", {"termijn_from": "2030-03-01", "termijn_to": "2030-03-31"},
  meaning="nearest March = March 2030")
q("z23", "Zeynep", "Hoeveel gemeenten met een termijn medio juni 2026 reageerden te laat?", "count",
  {"termijn_from": "2026-06-11", "termijn_to": "2026-06-20", "state": ["late"]}, meaning="termijn 11-20 June 2026, late")
q("z24", "Zeynep", "Wat liep er af in week 41 van 2026?", "list", {"termijn_from": "2026-10-05", "termijn_to": "2026-10-11"},
  meaning="termijn in ISO week 41 2026")
q("z25", "Zeynep", "Was Hulst te laat? Zo ja, hoeveel dagen?", "facts", {"gemeente": "Hulst", "fact": "reply"}, meaning="reply Hulst")

# ---------------------------------------------------------------- build
def main():
    ids = {}
    out = []
    for i, (key, persona, text, intent, filters, after, meaning) in enumerate(QS):
        qid = 67001 + i
        ids[key] = qid
        rec = {"id": qid, "q": text, "intent": intent, "filters": filters,
               "expected_gemeenten": [], "count": None, "after": [ids[k] for k in after],
               "as_staff": STAFF[persona], "on": ON, "meaning": meaning, "expected_fact": None}
        if intent in LIST_INTENTS:
            names = R.select(filters)
            rec["expected_gemeenten"] = names
            rec["count"] = len(names)
        elif intent == "facts":
            rec["expected_fact"] = fact_value(filters["gemeente"], filters["fact"], filters.get("date"))
        elif intent == "status":
            rec["expected_fact"] = fact_value(filters["gemeente"], "status")
        out.append(rec)
    assert len(out) == 100 and out[-1]["id"] == 67100
    with open("questions67_with_expected_sets.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    out = main()
    from collections import Counter
    print(Counter(r["intent"] for r in out))
    for r in out:
        print(r["id"], r["intent"], r["count"] if r["count"] is not None else json.dumps(r["expected_fact"], ensure_ascii=False)[:110], "|", r["q"][:70])
