#!/usr/bin/env python3
"""q5: 80 blind staff questions for `spreidingsbot ask --json --on 2027-01-11`.

Expected answers are computed ONLY from due.json (`due --on 2027-01-11 --json`) and status.json
(`status NAME --json` for every official name with a case, dump_status.py), with the semantics in
engine.py. Re-run: python3 expected.py  ->  questions.jsonl (and a summary on stdout)."""
import collections, datetime as dt, json, os, zoneinfo

from engine import STATUS, STAFF, select

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2027-01-11"
AMS = zoneinfo.ZoneInfo("Europe/Amsterdam")

# id, question, intent, filters, after (ids of earlier questions, oldest first), as_staff, meaning
SPECS = [
    # --- conversation: no reply per province (follow-up "en in <provincie>?")
    (5001, "welke gem. in Gld. hebben nog steeds niet gereageerd?", "list",
     {"province": "Gelderland", "state": ["no_reply"]}, [], None,
     "Gelderland cases with no reply while the termijn has passed"),
    (5002, "en in Overijssel?", "list",
     {"province": "Overijssel", "state": ["no_reply"]}, [5001], None,
     "follow-up: same question for Overijssel"),
    (5003, "en in limburg", "list",
     {"province": "Limburg", "state": ["no_reply"]}, [5001, 5002], None,
     "follow-up: same question for Limburg"),
    # --- states
    (5004, "Goedemorgen! Kun je me even vertellen welke gemeenten uitstel hebben gevraagd voor hun reactie? Alvast bedankt",
     "list", {"state": ["extended"]}, [], None,
     "cases where an extension was asked (and is still to be answered) or granted"),
    (5005, "hoeveel gemeentes voldoen op dit moment nog steeds niet aan de taak", "count",
     {"compliance": "voldoet_niet"}, [], None, "number of cases with compliance voldoet_niet"),
    (5006, "welke zaken zitten er in trde 3?", "list", {"trede": 3}, [], None, "cases on trede 3"),
    (5007, "trede 1 zaken in drenthe", "list", {"trede": 1, "province": "Drenthe"}, [], None,
     "Drenthe cases on trede 1"),
    (5008, "zaken zonder behandelaar in Flevoland", "list", {"no_owner": True, "province": "Flevoland"}, [], None,
     "Flevoland cases without an owner"),
    (5009, "welke zaken heeft jeroen?", "list", {"owner": "Jeroen"}, [], None, "cases owned by Jeroen"),
    (5010, "laat mijn zaken even zien aub", "list", {"owner": "Marloes"}, [], "700101",
     "the asking staff member's (Marloes) cases"),
    (5011, "welke van mijn gemeenten hebben nog niet gereageerd", "list",
     {"owner": "Jeroen", "state": ["no_reply"]}, [], "700102",
     "Jeroen's cases with no reply and termijn passed"),
    (5012, "hoeveel zaken heb ik eigenlijk", "count", {"owner": "Pieter"}, [], "700104",
     "number of cases owned by the asker (Pieter)"),
    (5013, "mijn zaken waar het tijdpad ontbreekt", "list", {"owner": "Ayla", "missing": ["timeline"]}, [], "700103",
     "Ayla's cases missing the timeline"),
    (5014, "welke gemeenten hebben te laat gereageerd?", "list", {"state": ["late"]}, [], None,
     "cases whose reply came after the termijn"),
    (5015, "en in Friesland?", "list", {"province": "Friesland", "state": ["late"]}, [5014], None,
     "follow-up: late replies in Friesland"),
    (5016, "wie heeft er in N-H op tijd geantwoord", "list", {"province": "Noord-Holland", "state": ["on_time"]}, [], None,
     "Noord-Holland cases that replied by the termijn"),
    (5017, "onvolledige reacties friesland", "list", {"province": "Friesland", "state": ["incomplete"]}, [], None,
     "Friesland cases in state answered_incomplete"),
    (5018, "welke utrechtse gemeenten hebben een volledige reactie gestuurd", "list",
     {"province": "Utrecht", "state": ["complete"]}, [], None,
     "province Utrecht cases in state answered_complete"),
    (5019, "zijn er zaken opgeschort op dit moment?", "list", {"state": ["suspended"]}, [], None,
     "suspended cases (none)"),
    (5020, "van welke zeeuwse gemeenten hebben we nog geen antwoord, ook als de termijn nog loopt", "list",
     {"province": "Zeeland", "state": ["unanswered"]}, [], None,
     "Zeeland cases not answered yet, termijn passed or not"),
    (5021, "gemeenten die te laat en ook nog onvolledig hebben gereageerd", "list",
     {"state": ["late", "incomplete"]}, [], None,
     "cases with a late reply AND state answered_incomplete"),
    # --- missing elements
    (5022, "waar ontbreekt het tijdpat nog", "list", {"missing": ["timeline"]}, [], None, "cases missing the timeline"),
    (5023, "noord-brabant: wie mist er nog een tijdpad?", "list", {"province": "Noord-Brabant", "missing": ["timeline"]}, [], None,
     "Noord-Brabant cases missing the timeline"),
    (5024, "bij welke gemeenten ontbreken zowel de stappen als het tijdpad", "list",
     {"missing": ["steps", "timeline"]}, [], None, "cases missing both steps and timeline"),
    (5025, "welke reacties missen de feiten en omstandigheden", "list", {"missing": ["facts"]}, [], None,
     "cases missing the facts"),
    (5026, "hoeveel zaken lopen er in utrecht?", "clarify", {}, [], None,
     "'utrecht' is the municipality or the province: ask back"),
    # --- reasons
    (5027, "waar speelt een bezwaarprocdure", "list", {"reason": "objection_procedure"}, [], None,
     "cases stating reason objection_procedure"),
    (5028, "en in Noord-Holland?", "list", {"province": "Noord-Holland", "reason": "objection_procedure"}, [5027], None,
     "follow-up: objection procedures in Noord-Holland"),
    (5029, "welke gemeentes noemen woningnood als rede", "list", {"reason": "housing_shortage"}, [], None,
     "cases stating housing_shortage"),
    (5030, "kun je de printer op de derde verdieping even resetten?", "unknown", {}, [], None,
     "not something the bot does: not understood"),
    (5031, "bij wie zijn er opvangplekken weggevallen", "list", {"reason": "places_lost"}, [], None,
     "cases stating places_lost"),
    (5032, "welke gemeenten zijn afhankelijk van het COA", "list", {"reason": "coa_dependency"}, [], None,
     "cases stating coa_dependency"),
    (5033, "limburgse gemeenten waar het op de vergunning vastloopt", "list",
     {"province": "Limburg", "reason": "permit_procedure"}, [], None, "Limburg cases stating permit_procedure"),
    (5034, "wie wacht er nog op een raadsbesluit", "list", {"reason": "council_decision"}, [], None,
     "cases stating council_decision"),
    (5035, "hoeveel gemeentes geven financien als reden", "count", {"reason": "finance"}, [], None,
     "number of cases stating finance"),
    (5036, "Z-H gemeenten die geen geschikte locatie kunnen vinden", "list",
     {"province": "Zuid-Holland", "reason": "no_location"}, [], None, "Zuid-Holland cases stating no_location"),
    # --- compliance
    (5037, "welke groningse gemeenten voldoen gedeeltelijk", "list",
     {"province": "Groningen", "compliance": "voldoet_gedeeltelijk"}, [], None,
     "province Groningen cases with compliance voldoet_gedeeltelijk"),
    (5038, "is er al een gemeente die gewoon voldoet?", "list", {"compliance": "voldoet"}, [], None,
     "cases with compliance voldoet"),
    # --- expected dates
    (5039, "welke gemeenten denken voor de zomer klaar te zijn", "list", {"expected_before": "2027-07-01"}, [], None,
     "cases whose expected date ends before 2027-07-01"),
    (5040, "wie verwacht dit kwartaal aan de taak te voldoen?", "list",
     {"expected_after": "2026-12-31", "expected_before": "2027-04-01"}, [], None,
     "cases whose expected date lies within Q1 2027"),
    (5041, "welke gemeenten verwachten in het eerste halfjaar van 2027 te voldoen", "list",
     {"expected_after": "2026-12-31", "expected_before": "2027-07-01"}, [], None,
     "cases whose expected date lies within H1 2027"),
    (5042, "wie verwacht pas in de tweede helft van 2027 of later klaar te zijn", "list",
     {"expected_after": "2027-06-30"}, [], None, "cases whose expected date starts after 2027-06-30"),
    (5043, "wie denkt pas in 2028 te voldoen", "list", {"expected_after": "2027-12-31"}, [], None,
     "cases whose expected date starts in 2028 or later"),
    (5044, "hoeveel gemeenten verwachten voor het eind van dit jaar te voldoen", "count",
     {"expected_before": "2028-01-01"}, [], None, "number of cases whose expected date ends before 2028-01-01"),
    (5045, "hoeveel gemeenten zijn naar verwachting voor 1 april rond", "count",
     {"expected_before": "2027-04-01"}, [], None, "number of cases whose expected date ends before 2027-04-01"),
    # --- termijn windows
    (5046, "welke termijnen zijn in oktober verlopen", "list",
     {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31"}, [], None,
     "cases whose termijn lies in October 2026 (nearest October)"),
    (5047, "welke termijnen liepen vorige maand af", "list",
     {"termijn_from": "2026-12-01", "termijn_to": "2026-12-31"}, [], None,
     "cases whose termijn lies in December 2026 (none)"),
    (5048, "wat eten we vanmiddag", "unknown", {}, [], None, "small talk: not understood"),
    # --- counts
    (5049, "in welke trede zit lelystad", "fact", {"gemeente": "Lelystad", "fact": "trede"}, [], None,
     "Lelystad's trede"),
    (5050, "hoeveel limburgse gemeentes hebben te laat gereageerd", "count",
     {"province": "Limburg", "state": ["late"]}, [], None, "number of Limburg cases with a late reply"),
    (5051, "hoeveel zaken hebben nog geen behandelaar toegewezen gekregen", "count", {"no_owner": True}, [], None,
     "number of cases without an owner"),
    (5052, "hoeveel gemeenten in overijssel hebben inmiddels een reactie gestuurd", "count",
     {"province": "Overijssel", "state": ["answered"]}, [], None,
     "number of Overijssel cases whose letter has been answered"),
    (5053, "hoeveel brabantse gemeentes voldoen niet?", "count",
     {"province": "Noord-Brabant", "compliance": "voldoet_niet"}, [], None,
     "number of Noord-Brabant cases with compliance voldoet_niet"),
    (5054, "en in zeeland?", "count", {"province": "Zeeland", "compliance": "voldoet_niet"}, [5053], None,
     "follow-up: the same count for Zeeland"),
    # --- status (names through the resolver)
    (5055, "hoe staat het met Delfzijl", "status", {"gemeente": "Eemsdelta"}, [], None,
     "status of Eemsdelta (Delfzijl merged into it)"),
    (5056, "status den bosch?", "status", {"gemeente": "'s-Hertogenbosch"}, [], None,
     "status of 's-Hertogenbosch"),
    (5057, "hoe staat Uden ervoor", "status", {"gemeente": "Maashorst"}, [], None,
     "status of Maashorst (Uden is a former municipality)"),
    (5058, "stand van zaken tietjerksteradeel", "status", {"gemeente": "Tytsjerksteradiel"}, [], None,
     "status of Tytsjerksteradiel (Dutch alias)"),
    (5059, "hoe staat het met weesp", "status", {"gemeente": "Amsterdam"}, [], None,
     "status of Amsterdam (Weesp merged into it); Amsterdam has no case"),
    (5060, "hoe staat Epe ervoor?", "status", {"gemeente": "Epe"}, [], None, "status of Epe"),
    (5061, "en wat ontbreekt daar?", "fact", {"gemeente": "Epe", "fact": "missing"}, [5060], None,
     "follow-up: what is missing in Epe's case"),
    (5062, "en Veere?", "fact", {"gemeente": "Veere", "fact": "missing"}, [5060, 5061], None,
     "follow-up: what is missing in Veere's case"),
    # --- facts
    (5063, "hoeveel plekken heeft nijmegen nu gerealiseerd", "fact", {"gemeente": "Nijmegen", "fact": "places"}, [], None,
     "places realised (and planned) by Nijmegen"),
    (5064, "en Heemskerk?", "fact", {"gemeente": "Heemskerk", "fact": "places"}, [5063], None,
     "follow-up: places realised by Heemskerk"),
    (5065, "en wat ontbreekt daar", "fact", {"gemeente": "Heemskerk", "fact": "missing"}, [5063, 5064], None,
     "follow-up: what is missing in Heemskerk's case (nothing)"),
    (5066, "wanneer verwacht Venlo klaar te zijn", "fact", {"gemeente": "Venlo", "fact": "expected"}, [], "700103",
     "Venlo's expected date"),
    (5067, "en Heerlen?", "fact", {"gemeente": "Heerlen", "fact": "expected"}, [5066], "700103",
     "follow-up: Heerlen's expected date (none stated)"),
    (5068, "wie behandelt almere eigenlijk", "fact", {"gemeente": "Almere", "fact": "owner"}, [], None,
     "owner of the Almere case"),
    (5069, "en Lelystad?", "fact", {"gemeente": "Lelystad", "fact": "owner"}, [5068], None,
     "follow-up: owner of the Lelystad case"),
    (5070, "wanneer liep de termijn van Eindhovn af", "fact", {"gemeente": "Eindhoven", "fact": "termijn"}, [], None,
     "Eindhoven's termijn"),
    (5071, "en Tilburg?", "fact", {"gemeente": "Tilburg", "fact": "termijn"}, [5070], None,
     "follow-up: Tilburg's termijn"),
    (5072, "voldoet sittard geleen?", "fact", {"gemeente": "Sittard-Geleen", "fact": "compliance"}, [], None,
     "Sittard-Geleen's compliance"),
    (5073, "welke redenen noemt Het Hogeland", "fact", {"gemeente": "Het Hogeland", "fact": "reasons"}, [], None,
     "reasons stated by Het Hogeland"),
    (5074, "wat schreef Maasdriel op 11 november", "fact",
     {"gemeente": "Maasdriel", "fact": "wrote", "date": "2026-11-11"}, [], None,
     "what Maasdriel sent on 2026-11-11"),
    (5075, "heeft veenendaal op tijd gereageerd", "fact", {"gemeente": "Veenendaal", "fact": "reply"}, [], None,
     "Veenendaal's reply: when and whether on time"),
    # --- search, help, overview, clarify, unknown
    (5076, "zoek even op driebergen", "search", {"search": "driebergen"}, [], None,
     "search messages for 'Driebergen' (a place in Utrechtse Heuvelrug)"),
    (5077, "wat kun je allemaal? welke commando's zijn er", "help", {}, [], None, "the command list"),
    (5078, "stuur me het overzicht even", "overview", {}, [], None, "the overview chart"),
    (5079, "wie is er te laat", "clarify", {}, [], None,
     "bare 'te laat': ask back (no reply with termijn passed, or late reply)"),
    (5080, "hoe staat bergen ervoor", "clarify", {}, [], None,
     "ambiguous Bergen (L.)/(NH.): ask back"),
]

# search expectations: a subject-based reading (only subjects are visible in status.json; see README)
SEARCH_SUBJECT_TERMS = {5076: "driebergen"}


def local_day(iso):
    return dt.datetime.fromisoformat(iso).astimezone(AMS).date().isoformat()


def fact_value(g, fact, f):
    v = STATUS.get(g)
    if v is None:
        return None
    c = v["case"]
    if fact == "places":
        return {"realised": v["realised_total"], "planned": v["planned_total"], "task": v["task_total"]}
    if fact == "expected":
        return v["expected_date"]
    if fact == "owner":
        return c["owner"]
    if fact == "missing":
        return c["missing"] or []
    if fact == "termijn":
        return c["termijn"]
    if fact == "reply":
        return {"reply_at": c["reply_at"], "reply_on_time": c["reply_on_time"]}
    if fact == "reasons":
        return v["reasons"]
    if fact == "trede":
        return c["trede"]
    if fact == "compliance":
        return c["compliance"]
    if fact == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"], "received_at": m["received_at"]}
                for m in v["messages"] if local_day(m["received_at"]) == f["date"]]
    raise ValueError(fact)


def expected(spec):
    qid, q, intent, f, after, as_staff, meaning = spec
    fact = None
    if intent in ("list", "count"):
        gem = select(f, as_staff)
    elif intent in ("status", "fact"):
        gem = [f["gemeente"]]
        if intent == "fact":
            fact = fact_value(f["gemeente"], f["fact"], f)
    elif intent == "search":
        term = SEARCH_SUBJECT_TERMS[qid].lower()
        gem = sorted(g for g, v in STATUS.items()
                     if any(term in (m["subject"] or "").lower() for m in v["messages"]))
    else:
        gem = []
    return gem, fact


def main():
    by_id = {s[0]: s for s in SPECS}
    assert len(SPECS) == 80 and sorted(by_id) == list(range(5001, 5081))
    out = []
    for spec in SPECS:
        qid, q, intent, f, after, as_staff, meaning = spec
        if as_staff:
            assert f.get("owner") in (None, STAFF[as_staff]) or intent == "fact"
        gem, fact = expected(spec)
        row = {"id": qid, "q": q, "intent": intent, "filters": f, "expected_gemeenten": gem, "count": len(gem),
               "after": [by_id[a][1] for a in after], "as_staff": as_staff, "on": ON, "meaning": meaning}
        if intent == "fact":
            row["expected_fact"] = fact
        out.append(row)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(collections.Counter(r["intent"] for r in out))
    print("follow-ups:", sum(1 for r in out if r["after"]), " as_staff:", sum(1 for r in out if r["as_staff"]))
    for r in out:
        extra = f"  fact={r['expected_fact']}" if "expected_fact" in r else ""
        print(r["id"], r["intent"], r["count"], r["q"], "|", ", ".join(r["expected_gemeenten"][:8]),
              "…" if r["count"] > 8 else "", extra)


if __name__ == "__main__":
    main()
