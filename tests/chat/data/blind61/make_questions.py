#!/usr/bin/env python3
"""Question set 61 (asked on Tuesday 2029-11-20) -> questions61_with_expected_sets.jsonl
Expected sets come from engine.py (status.json / due.json of this folder)."""
import datetime as dt, json, os
from zoneinfo import ZoneInfo
import engine

ON = "2029-11-20"
JOLANDA, SEM, LIEKE, VINCENT = 61501, 61502, 61503, 61504
AMS = ZoneInfo("Europe/Amsterdam")
LIST_INTENTS = {"list", "count"}


def local_day(ts):
    return dt.datetime.fromisoformat(ts).astimezone(AMS).date()


def fact_value(g, fact, date=None):
    d = engine.BY_NAME[g]
    c = d["case"]
    if c is None:
        return {"case": None, "note": f"{g} heeft geen zaak"}
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
    if fact == "trede":
        return c["trede"]
    if fact == "compliance":
        return c["compliance"]
    if fact == "reasons":
        return d["reasons"]
    if fact == "reply":
        if not c["answered"]:
            return {"answered": False, "termijn": c["termijn"], "no_reply": g in engine.NO_REPLY}
        rd = local_day(c["reply_at"])
        t = dt.date.fromisoformat(c["termijn"])
        out = {"answered": True, "reply_date": rd.isoformat(), "termijn": c["termijn"],
               "on_time": c["reply_on_time"]}
        if c["reply_on_time"]:
            out["days_before_termijn"] = (t - rd).days
        else:
            out["days_late"] = (rd - t).days
        return out
    if fact == "wrote":
        day = dt.date.fromisoformat(date)
        return [{"kind": m["kind"], "subject": m["subject"], "received_at": m["received_at"]}
                for m in d["messages"] if local_day(m["received_at"]) == day]
    raise ValueError(fact)


def status_value(g):
    d = engine.BY_NAME[g]
    c = d["case"]
    if c is None:
        return {"case": None}
    return {"trede": c["trede"], "state": c["state"], "compliance": c["compliance"], "owner": c["owner"],
            "termijn": c["termijn"], "answered": c["answered"], "missing": c["missing"],
            "overdue": c["overdue"], "extension_requested": c["extension_requested"],
            "letter_undelivered": c["letter_undelivered"], "expected_date": d["expected_date"],
            "realised_total": d["realised_total"], "planned_total": d["planned_total"]}


# (id, as_staff, after, q, intent, filters, meaning)
Q = [
    # ---------------- persona 1: stagiair(e) uit Vlaanderen (asks as Lieke) ----------------
    (61001, LIEKE, [], "Dag iedereen! Ik ben de nieuwe stagiair hier. Hoe werkt dat juist met deze bot, wat kan ik er allemaal aan vragen?",
     "help", {}, "how does the bot work"),
    (61002, LIEKE, [], "Welke gemeentes hebben hun antwoord nog altijd niet binnengestoken, terwijl de termijn al verstreken is?",
     "list", {"state": ["no_reply"]}, "no reply, termijn passed"),
    (61003, LIEKE, [61002], "Allez, en hoeveel daarvan liggen er in Limburg?",
     "count", {"state": ["no_reply"], "province": "Limburg"}, "count of the no-reply cases in Limburg"),
    (61004, LIEKE, [], "Tegen wanneer verwacht Zwolle klaar te zijn met de opvangplaatsen?",
     "fact", {"gemeente": "Zwolle", "fact": "expected"}, "expected date of Zwolle (Flemish 'tegen wanneer' = by when)"),
    (61005, LIEKE, [61004], "En hoeveel plaatsen hebben ze daar nu al effectief?",
     "fact", {"gemeente": "Zwolle", "fact": "places"}, "places of Zwolle (follow-up)"),
    (61006, LIEKE, [], "Wie volgt het dossier van Maastricht op?",
     "fact", {"gemeente": "Maastricht", "fact": "owner"}, "owner of Maastricht (Flemish 'opvolgen' = handle)"),
    (61007, LIEKE, [], "Kunt ge mij efkes al mijn dossiers tonen?",
     "list", {"owner": "Lieke"}, "my cases (asker Lieke)"),
    (61008, LIEKE, [61007], "En welke daarvan hebben nog niks gestuurd terwijl de vervaldag al gepasseerd is?",
     "list", {"owner": "Lieke", "state": ["no_reply"]}, "my cases without reply after the termijn"),
    (61009, LIEKE, [], "Zijn er gemeentes die hun antwoord te laat binnengestoken hebben?",
     "list", {"state": ["late"]}, "replied after the termijn ('te laat binnengestoken' = submitted late, not ambiguous)"),
    (61010, LIEKE, [61009], "En hoeveel daarvan waren ook onvolledig?",
     "count", {"state": ["incomplete", "late"]}, "count late and incomplete"),
    (61011, LIEKE, [], "Welke gemeentes in Zeeuws-Vlaanderen hebben al geantwoord?",
     "unknown", {"state": ["answered"]}, "Zeeuws-Vlaanderen is a region without border in the register -> unknown, state kept"),
    (61012, LIEKE, [], "Hoeveel gemeentes hebben er uitstel aangevraagd?",
     "count", {"state": ["extended"]}, "count extension requested"),
    (61013, LIEKE, [61012], "En welke zijn dat, buiten die in Zuid-Holland?",
     "list", {"state": ["extended"], "not_province": "Zuid-Holland"}, "extension requested, Zuid-Holland left out"),
    (61014, LIEKE, [], "Wat ontbreekt er nog in het antwoord van Heerlen?",
     "fact", {"gemeente": "Heerlen", "fact": "missing"}, "missing elements of Heerlen"),
    (61015, LIEKE, [61014], "Was dat antwoord wel tijdig binnen?",
     "fact", {"gemeente": "Heerlen", "fact": "reply"}, "reply of Heerlen on time? (follow-up fragment)"),
    (61016, LIEKE, [], "Welke gemeentes in Overijssel zijn te laat?",
     "clarify", {"province": "Overijssel"}, "bare 'te laat': no reply after termijn, or replied late -> asked back"),
    (61017, LIEKE, [], "Hoeveel gemeentes zitten er al op trede 3?",
     "count", {"trede": 3}, "count trede 3"),
    (61018, LIEKE, [61017], "Awel, toon ze eens.",
     "list", {"trede": 3}, "list of the trede 3 cases"),
    (61019, LIEKE, [], "Kunt ge de schepen van Venlo eens opbellen? Ik heb hun telefoonnummer niet.",
     "unknown", {"gemeente": "Venlo"}, "calling / phone number: cannot do"),
    (61020, LIEKE, [], "Welke gemeentes verwachten tegen de zomer van 2027 hun plaatsen rond te hebben?",
     "list", {"expected_before": "2027-07-01"}, "expected date before summer 2027 (Flemish 'tegen' = by)"),
    (61021, LIEKE, [], "Welke dossiers heeft nog niemand om op te volgen?",
     "list", {"no_owner": True}, "cases without owner"),
    (61022, LIEKE, [61021], "Enkel die in Noord-Brabant, aub.",
     "list", {"no_owner": True, "province": "Noord-Brabant"}, "cases without owner in Noord-Brabant"),
    (61023, LIEKE, [], "Wat heeft Dalfsen ons gestuurd op 20 oktober 2026?",
     "fact", {"gemeente": "Dalfsen", "fact": "wrote", "date": "2026-10-20"}, "what Dalfsen wrote on 2026-10-20"),
    (61024, LIEKE, [], "Hoe zit het eigenlijk met het dossier van Vaals? Is onze brief daar wel toegekomen?",
     "status", {"gemeente": "Vaals"}, "status of Vaals (letter came back undelivered)"),
    (61025, LIEKE, [], "Merci voor de hulp, tot seffens!",
     "help", {}, "thanks"),

    # ---------------- persona 2: zeer formele juridisch adviseur (asks as Vincent) ----------------
    (61026, VINCENT, [], "Geachte, zoudt u mij kunnen mededelen welke gemeenten in de provincie Gelderland tot op heden hebben nagelaten te reageren op de desbetreffende brief, hoewel de daarin gestelde termijn inmiddels is verstreken?",
     "list", {"state": ["no_reply"], "province": "Gelderland"}, "Gelderland, no reply, termijn passed"),
    (61027, VINCENT, [61026], "Kunt u voorts aangeven hoeveel van voornoemde gemeenten in het geheel niet aan hun wettelijke taak voldoen?",
     "count", {"state": ["no_reply"], "province": "Gelderland", "compliance": "voldoet_niet"}, "count of those that do not meet the task at all"),
    (61028, VINCENT, [], "Is het niet zo dat de gemeente Coevorden niet tijdig heeft gereageerd?",
     "fact", {"gemeente": "Coevorden", "fact": "reply"}, "did Coevorden reply on time (double negative)"),
    (61029, VINCENT, [], "Welke gemeenten hebben niet nagelaten om binnen de gestelde termijn te reageren?",
     "list", {"state": ["on_time"]}, "'niet nagelaten binnen de termijn te reageren' = replied on time"),
    (61030, VINCENT, [61029], "Waarbij ik de gemeenten in Zuid-Holland en Noord-Holland graag buiten beschouwing gelaten zie.",
     "list", {"state": ["on_time"], "not_province": ["Noord-Holland", "Zuid-Holland"]}, "on time, both Hollands left out"),
    (61031, VINCENT, [], "Welke gemeenten hebben weliswaar gereageerd, met uitzondering evenwel van de gemeenten waarvan de reactie eerst na het verstrijken van de termijn is ontvangen?",
     "list", {"state": ["answered"], "not_state": ["late"]}, "answered, except the late ones"),
    (61032, VINCENT, [], "Voldoet de gemeente Heemskerk aan haar wettelijke taak?",
     "fact", {"gemeente": "Heemskerk", "fact": "compliance"}, "compliance of Heemskerk"),
    (61033, VINCENT, [61032], "En welke redenen heeft voornoemde gemeente daarvoor aangevoerd?",
     "fact", {"gemeente": "Heemskerk", "fact": "reasons"}, "reasons of Heemskerk"),
    (61034, VINCENT, [], "Ik verzoek u mij een opgave te verstrekken van de gemeenten wier reactie noch de stappen noch het tijdpad bevat.",
     "list", {"missing": ["steps", "timeline"]}, "missing both steps and timeline"),
    (61035, VINCENT, [61034], "Hoeveel daarvan zijn niet gelegen in de provincie Zuid-Holland?",
     "count", {"missing": ["steps", "timeline"], "not_province": "Zuid-Holland"}, "count of those outside Zuid-Holland"),
    (61036, VINCENT, [], "Zoudt u een herinneringsbrief willen doen uitgaan aan de desbetreffende gemeenten in Limburg die nog immer niet hebben gereageerd?",
     "unknown", {"province": "Limburg", "state": ["no_reply"]}, "sending a reminder: cannot do; list slots kept"),
    (61037, VINCENT, [], "Welke gemeenten hebben kenbaar gemaakt dat een bezwaarprocedure de realisatie van de opvangplaatsen vertraagt?",
     "list", {"reason": "objection_procedure"}, "reason objection procedure"),
    (61038, VINCENT, [61037], "Met uitzondering van de gemeenten Utrecht en Amersfoort: welke gemeenten betreft het alsdan?",
     "list", {"reason": "objection_procedure", "not_gemeente": ["Amersfoort", "Utrecht"]}, "same, Utrecht and Amersfoort left out"),
    (61039, VINCENT, [], "Welke gemeenten in de Randstad voldoen in dezen niet aan hun wettelijke taak?",
     "clarify", {"compliance": "voldoet_niet"}, "de Randstad has no fixed border -> asked back"),
    (61040, VINCENT, [], "Zoudt u mij kunnen berichten welke gemeenten een verwachte datum hebben opgegeven die is gelegen tussen 1 januari 2027 en 30 juni 2027?",
     "list", {"expected_after": "2026-12-31", "expected_before": "2027-07-01"}, "expected date within H1 2027"),
    (61041, VINCENT, [61040], "En indien ik mij beperk tot het eerste kwartaal van 2027?",
     "list", {"expected_after": "2026-12-31", "expected_before": "2027-04-01"}, "window replaced by Q1 2027"),
    (61042, VINCENT, [], "Ten aanzien van de gemeente Zevenaar: wie is aldaar als behandelaar aangewezen?",
     "fact", {"gemeente": "Zevenaar", "fact": "owner"}, "owner of Zevenaar"),
    (61043, VINCENT, [], "Welke zaken zijn aan mij toebedeeld, de zaken in trede 1 niet meegerekend?",
     "list", {"owner": "Vincent", "not_trede": 1}, "my cases (Vincent) except trede 1"),
    (61044, VINCENT, [], "Welke gemeenten hebben de desbetreffende brief niet ontvangen, doordat deze onbestelbaar retour is gekomen?",
     "list", {"letter_undelivered": True}, "letter undelivered"),
    (61045, VINCENT, [], "Zijn er gemeenten waarvan niet kan worden gezegd dat zij niet aan hun wettelijke taak voldoen?",
     "list", {"compliance": "voldoet"}, "double negative: municipalities that do meet their task"),
    (61046, VINCENT, [], "Kunt u mij mededelen welke Friese gemeenten een reactie hebben ingediend die niet onvolledig is?",
     "list", {"state": ["complete"], "province": "Friesland"}, "'reactie die niet onvolledig is' = complete reply, Friesland"),
    (61047, VINCENT, [], "Ik zou gaarne vernemen welke termijn voor de gemeente Kerkrade geldt.",
     "fact", {"gemeente": "Kerkrade", "fact": "termijn"}, "termijn of Kerkrade"),
    (61048, VINCENT, [], "Gelieve de lijst van gemeenten die niet voldoen naar Excel te exporteren, opdat ik deze aan het dossier kan toevoegen.",
     "unknown", {"compliance": "voldoet_niet"}, "export: cannot do; list slots kept"),
    (61049, VINCENT, [], "Hoeveel gemeenten hebben een termijn die is gelegen tussen 1 juni 2026 en 31 oktober 2026?",
     "count", {"termijn_from": "2026-06-01", "termijn_to": "2026-10-31"}, "count termijn in window"),
    (61050, VINCENT, [], "Welke gemeenten in trede 2 voldoen slechts gedeeltelijk, Limburg niet meegerekend?",
     "list", {"trede": 2, "compliance": "voldoet_gedeeltelijk", "not_province": "Limburg"}, "trede 2, partly, not Limburg"),

    # ---------------- persona 3: teamleider, bijnamen en afkortingen (asks as Jolanda) ----------------
    (61051, JOLANDA, [], "stand vn zkn Den Bosch?",
     "status", {"gemeente": "'s-Hertogenbosch"}, "status of 's-Hertogenbosch"),
    (61052, JOLANDA, [], "A'dam al gereageerd?",
     "fact", {"gemeente": "Amsterdam", "fact": "reply"}, "reply of Amsterdam (A'dam); Amsterdam has no case"),
    (61053, JOLANDA, [], "Súdwest: wat ontbr. nog?",
     "fact", {"gemeente": "Súdwest-Fryslân", "fact": "missing"}, "missing of Súdwest-Fryslân"),
    (61054, JOLANDA, [], "hvl gem. in NB zndr rctie na termijn?",
     "count", {"province": "Noord-Brabant", "state": ["no_reply"]}, "count Noord-Brabant no reply"),
    (61055, JOLANDA, [61054], "en Lb?",
     "count", {"province": "Limburg", "state": ["no_reply"]}, "same for Limburg"),
    (61056, JOLANDA, [], "Delfzijl: verw. datum?",
     "fact", {"gemeente": "Eemsdelta", "fact": "expected"}, "Delfzijl -> Eemsdelta, expected date"),
    (61057, JOLANDA, [], "wie heeft T-diel?",
     "fact", {"gemeente": "Tytsjerksteradiel", "fact": "owner"}, "owner of Tytsjerksteradiel"),
    (61058, JOLANDA, [], "Heerhugowaard stand?",
     "status", {"gemeente": "Dijk en Waard"}, "Heerhugowaard -> Dijk en Waard, status"),
    (61059, JOLANDA, [], "lijst trd 2 Gld voldoet niet, excl. uitstelverz.",
     "list", {"trede": 2, "province": "Gelderland", "compliance": "voldoet_niet", "not_state": ["extended"]},
     "trede 2, Gelderland, voldoet niet, without extension requests"),
    (61060, JOLANDA, [], "Bergen?",
     "clarify", {}, "Bergen (L.) or Bergen (NH.) -> asked back"),
    (61061, JOLANDA, [], "gem. Fr + Gr met ontbr. tijdpad",
     "list", {"province": ["Friesland", "Groningen"], "missing": ["timeline"]}, "Friesland and Groningen, timeline missing"),
    (61062, JOLANDA, [], "Dongeradeel: plekken?",
     "fact", {"gemeente": "Noardeast-Fryslân", "fact": "places"}, "Dongeradeel -> Noardeast-Fryslân, places"),
    (61063, JOLANDA, [], "hvl zkn zndr behandelaar in ZH?",
     "count", {"no_owner": True, "province": "Zuid-Holland"}, "count cases without owner in Zuid-Holland"),
    (61064, JOLANDA, [], "top 5 gem. met grootste achterstand in plekken?",
     "unknown", {}, "ranking: cannot do"),
    (61065, JOLANDA, [], "Utrecht?",
     "clarify", {}, "Utrecht municipality or province -> asked back"),
    (61066, JOLANDA, [], "Uden trd?",
     "fact", {"gemeente": "Maashorst", "fact": "trede"}, "Uden -> Maashorst, trede"),
    (61067, JOLANDA, [], "Twente: wie zit er nog zndr rctie?",
     "unknown", {"state": ["no_reply"]}, "Twente has no border in the register -> unknown, state kept"),
    (61068, JOLANDA, [], "Noorden, verw. datum vóór zomer '27?",
     "list", {"province": ["Drenthe", "Friesland", "Groningen"], "expected_before": "2027-07-01"}, "north, expected before summer 2027"),
    (61069, JOLANDA, [], "Sneek tijdig gerea.?",
     "fact", {"gemeente": "Súdwest-Fryslân", "fact": "reply"}, "Sneek (place) -> Súdwest-Fryslân, reply on time?"),
    (61070, JOLANDA, [], "Hengelo rdnn?",
     "fact", {"gemeente": "Hengelo (O.)", "fact": "reasons"}, "reasons of Hengelo (O.)"),
    (61071, JOLANDA, [], "zkn Vincent in ZH + NH",
     "list", {"owner": "Vincent", "province": ["Noord-Holland", "Zuid-Holland"]}, "Vincent's cases in both Hollands"),
    (61072, JOLANDA, [61071], "idem Sem",
     "list", {"owner": "Sem", "province": ["Noord-Holland", "Zuid-Holland"]}, "the same for Sem"),
    (61073, JOLANDA, [], "ZH bezwaar, excl. Voorschoten + Wassenaar?",
     "list", {"province": "Zuid-Holland", "reason": "objection_procedure", "not_gemeente": ["Voorschoten", "Wassenaar"]},
     "Zuid-Holland, objection procedure, two left out"),
    (61074, JOLANDA, [], "ovz pls",
     "overview", {}, "the overview"),
    (61075, JOLANDA, [], "Alphen vlgs planning klaar wnr?",
     "fact", {"gemeente": "Alphen aan den Rijn", "fact": "expected"}, "Alphen -> Alphen aan den Rijn, expected date"),

    # ---------------- persona 4: projectsecretaris, ketens van vervolgvragen (asks as Sem) ----------------
    (61076, SEM, [], "Wat ontbreekt er nog bij Beekdaelen?",
     "fact", {"gemeente": "Beekdaelen", "fact": "missing"}, "missing of Beekdaelen"),
    (61077, SEM, [61076], "en wie heeft die?",
     "fact", {"gemeente": "Beekdaelen", "fact": "owner"}, "owner of Beekdaelen"),
    (61078, SEM, [61076, 61077], "en wanneer moesten ze reageren?",
     "fact", {"gemeente": "Beekdaelen", "fact": "termijn"}, "termijn of Beekdaelen"),
    (61079, SEM, [61076, 61077, 61078], "en hebben ze dat ook op tijd gedaan?",
     "fact", {"gemeente": "Beekdaelen", "fact": "reply"}, "reply of Beekdaelen on time?"),
    (61080, SEM, [61076, 61077, 61078, 61079], "en de rest van Limburg, wie heeft daar nog helemaal niet gereageerd?",
     "list", {"province": "Limburg", "state": ["no_reply"], "not_gemeente": "Beekdaelen"},
     "the other Limburg cases without reply after termijn"),
    (61081, SEM, [], "Welke Drentse gemeenten staan inmiddels op trede 3?",
     "list", {"province": "Drenthe", "trede": 3}, "Drenthe trede 3"),
    (61082, SEM, [61081], "en de rest van Drenthe?",
     "list", {"province": "Drenthe", "not_trede": 3}, "the other Drenthe cases (not trede 3)"),
    (61083, SEM, [61081, 61082], "hoeveel daarvan hebben uitstel gevraagd?",
     "count", {"province": "Drenthe", "not_trede": 3, "state": ["extended"]}, "of those, extension requested"),
    (61084, SEM, [61081, 61082, 61083], "en wie heeft die?",
     "fact", {"gemeente": "Noordenveld", "fact": "owner"}, "owner of the one found (Noordenveld)"),
    (61085, SEM, [], "Hoeveel gemeenten hebben een onvolledige reactie gestuurd?",
     "count", {"state": ["incomplete"]}, "count incomplete"),
    (61086, SEM, [61085], "en in Gelderland?",
     "count", {"state": ["incomplete"], "province": "Gelderland"}, "same in Gelderland"),
    (61087, SEM, [61085, 61086], "welke daarvan missen het tijdpad?",
     "list", {"state": ["incomplete"], "province": "Gelderland", "missing": ["timeline"]}, "of those, timeline missing"),
    (61088, SEM, [], "Welke zaken heb ik eigenlijk allemaal?",
     "list", {"owner": "Sem"}, "my cases (Sem)"),
    (61089, SEM, [61088], "en welke daarvan hebben nog steeds niet gereageerd terwijl de termijn voorbij is?",
     "list", {"owner": "Sem", "state": ["no_reply"]}, "my cases, no reply after termijn"),
    (61090, SEM, [61088, 61089], "en wanneer moest Lelystad reageren?",
     "fact", {"gemeente": "Lelystad", "fact": "termijn"}, "termijn of Lelystad"),
    (61091, SEM, [61088, 61089, 61090], "en wie heeft Schiedam eigenlijk?",
     "fact", {"gemeente": "Schiedam", "fact": "owner"}, "owner of Schiedam"),
    (61092, SEM, [], "Waar speelt lokale weerstand tegen de opvang?",
     "list", {"reason": "local_opposition"}, "reason local opposition"),
    (61093, SEM, [61092], "en daarvan in Overijssel?",
     "list", {"reason": "local_opposition", "province": "Overijssel"}, "same in Overijssel"),
    (61094, SEM, [61092, 61093], "en wanneer verwacht Rijssen-Holten klaar te zijn?",
     "fact", {"gemeente": "Rijssen-Holten", "fact": "expected"}, "expected date of Rijssen-Holten"),
    (61095, SEM, [61092, 61093, 61094], "zet die dan maar meteen op trede 4",
     "unknown", {"gemeente": "Rijssen-Holten"}, "changing the trede by question: cannot do (needs /trede)"),
    (61096, SEM, [], "Welke gemeenten liggen naast Zeist?",
     "unknown", {"gemeente": "Zeist"}, "neighbours: cannot do"),
    (61097, SEM, [], "Hoe wijs ik een zaak toe aan Vincent?",
     "help", {}, "how to assign"),
    (61098, SEM, [], "Welke termijnen verlopen er de komende 14 dagen?",
     "list", {"termijn_from": "2029-11-20", "termijn_to": "2029-12-03"}, "termijn within the 14 days counting today (none)"),
    (61099, SEM, [], "Wat schreef Eemnes op 19 november 2026?",
     "fact", {"gemeente": "Eemnes", "fact": "wrote", "date": "2026-11-19"}, "what Eemnes wrote on 2026-11-19"),
    (61100, SEM, [61099], "en wanneer moesten ze reageren?",
     "fact", {"gemeente": "Eemnes", "fact": "termijn"}, "termijn of Eemnes"),
]


def build():
    ids = [q[0] for q in Q]
    assert ids == list(range(61001, 61101)), "ids"
    out = []
    for qid, staff, after, text, intent, filters, meaning in Q:
        assert all(a < qid for a in after) and after == sorted(after)
        rec = {"id": qid, "q": text, "intent": intent, "filters": filters}
        if intent in LIST_INTENTS:
            g = engine.select(filters)
            rec["expected_gemeenten"], rec["count"] = g, len(g)
            fact = None
        else:
            rec["expected_gemeenten"], rec["count"] = [], None
            if intent == "fact":
                fact = fact_value(filters["gemeente"], filters["fact"], filters.get("date"))
            elif intent == "status":
                fact = status_value(filters["gemeente"])
            else:
                fact = None
        rec.update({"after": after, "as_staff": staff, "on": ON, "meaning": meaning, "expected_fact": fact})
        out.append(rec)
    return out


if __name__ == "__main__":
    recs = build()
    path = os.path.join(engine.HERE, "questions61_with_expected_sets.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(recs), "questions;", dict(Counter(r["intent"] for r in recs)))
