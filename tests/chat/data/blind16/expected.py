#!/usr/bin/env python3
"""Blind question set q16: computes every expected answer from status.json + due.json only.

No bot calls. Writes questions.jsonl next to this file. Run: python3 expected.py
Conventions are in README.md.
"""
import calendar
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DAY = "2027-01-13"  # a Wednesday; every question is asked on this day
STAFF = {16501: "Wouter", 16502: "Esther", 16503: "Lotte", 16504: "Koen"}

S = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
D = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
CASES = {n: d for n, d in S.items() if d.get("case")}
NO_REPLY = {x["gemeente"] for x in D if x["section"] == "overdue" and x["kind"] == "no_reply"}


# ---------------------------------------------------------------- helpers
def d(s):
    return dt.date.fromisoformat(s)


def expected_interval(v):
    """The span an expected date stands for: (first day, last day)."""
    if v is None:
        return None
    if len(v) == 10:
        x = d(v)
        return x, x
    y, rest = v.split("-")
    y = int(y)
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(rest)
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def as_list(v):
    return v if isinstance(v, list) else [v]


def state_ok(st, g):
    c = CASES[g]["case"]
    if st == "no_reply":
        return g in NO_REPLY
    if st == "unanswered":
        return not c["answered"]
    if st == "answered":
        return bool(c["answered"])
    if st == "late":
        return c["reply_on_time"] is False
    if st == "on_time":
        return c["reply_on_time"] is True
    if st == "incomplete":
        return c["state"] == "answered_incomplete"
    if st == "complete":
        return c["state"] == "answered_complete"
    if st == "suspended":
        return bool(c["suspended"])
    if st == "extended":
        return bool(c["extension_requested"])
    raise ValueError(st)


def match(g, f, staff_id):
    s = CASES[g]
    c = s["case"]
    for k, v in f.items():
        if k == "province":
            if s["province"] not in as_list(v):
                return False
        elif k == "not_province":
            if s["province"] in as_list(v):
                return False
        elif k == "not_gemeente":
            if g in as_list(v):
                return False
        elif k == "trede":
            if c["trede"] != v:
                return False
        elif k == "not_trede":
            if c["trede"] in as_list(v):
                return False
        elif k == "owner":
            if c["owner"] != v:
                return False
        elif k == "no_owner":
            if c["owner"] is not None:
                return False
        elif k == "state":  # several states: all must hold ("en hoeveel daarvan ...")
            if not all(state_ok(st, g) for st in v):
                return False
        elif k == "not_state":
            if any(state_ok(st, g) for st in v):
                return False
        elif k == "missing":
            if not all(m in c["missing"] for m in v):
                return False
        elif k == "reason":
            if not any(r in s["reasons"] for r in as_list(v)):
                return False
        elif k == "compliance":
            if c["compliance"] != v:
                return False
        elif k == "letter_undelivered":
            if bool(c["letter_undelivered"]) != v:
                return False
        elif k == "expected_before":
            iv = expected_interval(s["expected_date"])
            if iv is None or not iv[1] < d(v):
                return False
        elif k == "expected_after":
            iv = expected_interval(s["expected_date"])
            if iv is None or not iv[0] > d(v):
                return False
        elif k == "termijn_from":
            if c["termijn"] is None or d(c["termijn"]) < d(v):
                return False
        elif k == "termijn_to":
            if c["termijn"] is None or d(c["termijn"]) > d(v):
                return False
        else:
            raise KeyError(k)
    return True


def select(f, staff_id):
    return sorted(g for g in CASES if match(g, f, staff_id))


def latest_message(g, on=None):
    ms = S[g]["messages"]
    if on:
        ms = [m for m in ms if local_day(m["received_at"]) == on]
    ms = sorted(ms, key=lambda m: m["received_at"])
    if not ms:
        return None
    m = ms[-1]
    return {k: m[k] for k in ("id", "received_at", "kind", "subject", "missing")}


def local_day(ts):
    # Europe/Amsterdam: CEST (+2) from the last Sunday of March to the last Sunday of October, else CET (+1)
    t = dt.datetime.fromisoformat(ts).astimezone(dt.timezone.utc)
    y = t.year
    def last_sunday(m):
        x = dt.date(y, m, calendar.monthrange(y, m)[1])
        return x - dt.timedelta(days=(x.weekday() + 1) % 7)
    start = dt.datetime.combine(last_sunday(3), dt.time(1), dt.timezone.utc)
    end = dt.datetime.combine(last_sunday(10), dt.time(1), dt.timezone.utc)
    off = 2 if start <= t < end else 1
    return (t + dt.timedelta(hours=off)).date().isoformat()


def fact_value(g, fact, date=None):
    s = S[g]
    c = s["case"]
    if fact == "places":
        return {"realised_total": s["realised_total"], "planned_total": s["planned_total"], "task_total": s["task_total"]}
    if fact == "expected":
        return {"expected_date": s["expected_date"]}
    if fact == "owner":
        return {"owner": c["owner"]}
    if fact == "missing":
        return {"missing": c["missing"]}
    if fact == "termijn":
        return {"termijn": c["termijn"], "days_left": c["days_left"]}
    if fact == "reply":
        return {"reply_at": c["reply_at"], "reply_on_time": c["reply_on_time"]}
    if fact == "reasons":
        return {"reasons": s["reasons"]}
    if fact == "trede":
        return {"trede": c["trede"]}
    if fact == "compliance":
        return {"compliance": c["compliance"]}
    if fact == "wrote":
        return {"message": latest_message(g, date)}
    raise KeyError(fact)


def status_value(g):
    s = S[g]
    c = s["case"]
    return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
            "termijn": c["termijn"], "missing": c["missing"], "no_reply_on_day": g in NO_REPLY,
            "expected_date": s["expected_date"], "realised_total": s["realised_total"]}


# ---------------------------------------------------------------- the questions
# (id, as_staff, after, q, intent, filters, meaning)
NH, ZH, NB = "Noord-Holland", "Zuid-Holland", "Noord-Brabant"
Q = [
    # ---- persona A: policy officer preparing a Kamerbrief (Esther, 16502), formal
    (16001, 16502, [], "Hoeveel gemeenten voldoen op dit moment niet aan hun wettelijke taak?", "count",
     {"compliance": "voldoet_niet"}, "Number of cases whose compliance is 'voldoet niet'."),
    (16002, 16502, [16001], "En hoeveel voldoen er gedeeltelijk?", "count",
     {"compliance": "voldoet_gedeeltelijk"}, "Follow-up replacing the compliance slot: number partly compliant."),
    (16003, 16502, [16001, 16002], "Hoeveel daarvan liggen in Gelderland?", "count",
     {"compliance": "voldoet_gedeeltelijk", "province": "Gelderland"}, "Of the partly compliant cases, how many are in Gelderland."),
    (16004, 16502, [16001, 16002, 16003], "en in Overijssel?", "count",
     {"compliance": "voldoet_gedeeltelijk", "province": "Overijssel"}, "Same count with the province replaced by Overijssel."),
    (16005, 16502, [], "Welke Limburgse gemeenten voldoen niet?", "list",
     {"province": "Limburg", "compliance": "voldoet_niet"}, "Province adjective: non-compliant cases in Limburg."),
    (16006, 16502, [], "Hoeveel gemeenten zitten momenteel in trede 2, Limburg niet meegerekend?", "count",
     {"trede": 2, "not_province": "Limburg"}, "Cases at trede 2 outside Limburg."),
    (16007, 16502, [16006], "En in trede 3?", "count",
     {"trede": 3, "not_province": "Limburg"}, "Follow-up changing only the trede; Limburg stays left out."),
    (16008, 16502, [], "Welke gemeenten verwachten vóór de zomer van 2027 aan de taakstelling te voldoen?", "list",
     {"expected_before": "2027-07-01"}, "Cases whose expected date ends before 1 July 2027 (README example)."),
    (16009, 16502, [16008], "En welke daarvan liggen in Noord-Holland?", "list",
     {"expected_before": "2027-07-01", "province": NH}, "The previous list narrowed to Noord-Holland."),
    (16010, 16502, [], "Welke gemeenten verwachten in het tweede kwartaal van 2027 te voldoen?", "list",
     {"expected_after": "2027-03-31", "expected_before": "2027-07-01"}, "Expected date lying wholly inside Q2 2027."),
    (16011, 16502, [16010], "en in Q3?", "list",
     {"expected_after": "2027-06-30", "expected_before": "2027-10-01"}, "Quarter without year replaces the window: the Q3 ahead, 2027."),
    (16012, 16502, [], "Hoeveel gemeenten in Noord-Nederland voldoen niet?", "count",
     {"province": ["Drenthe", "Friesland", "Groningen"], "compliance": "voldoet_niet"}, "Region word: non-compliant cases in Drenthe, Friesland and Groningen."),
    (16013, 16502, [], "Hoeveel gemeenten met een verwachte datum die al verstreken is, voldoen nog steeds niet?", "count",
     {"expected_before": DAY, "compliance": "voldoet_niet"}, "Expected date already passed on the day asked, and still not compliant."),
    (16014, 16502, [], "Welke gemeenten verwachten pas na de zomer van 2027 klaar te zijn?", "list",
     {"expected_after": "2027-08-31"}, "Expected date starting after summer 2027 (summer = July and August, so after 31 August)."),
    (16015, 16502, [], "Graag een overzicht van de gemeenten die niet voldoen, behalve die in Limburg en Zeeland.", "list",
     {"compliance": "voldoet_niet", "not_province": ["Limburg", "Zeeland"]}, "Non-compliant cases leaving out two provinces."),
    (16016, 16502, [], "Hoeveel gemeenten voldoen inmiddels volledig?", "count",
     {"compliance": "voldoet"}, "Cases that meet their task in full."),
    (16017, 16502, [], "Welke gemeenten verwachten pas na 2027 aan de taak te voldoen?", "list",
     {"expected_after": "2027-12-31"}, "Expected date starting after the end of 2027."),
    (16018, 16502, [], "Hoeveel Friese gemeenten voldoen gedeeltelijk?", "count",
     {"province": "Friesland", "compliance": "voldoet_gedeeltelijk"}, "Partly compliant cases in Friesland."),
    (16019, 16502, [16018], "En hoeveel Groningse?", "count",
     {"province": "Groningen", "compliance": "voldoet_gedeeltelijk"}, "Follow-up with only the province changed (adjective)."),
    (16020, 16502, [], "Welke gemeenten in trede 2 voldoen niet, met uitzondering van Gelderland en Overijssel?", "list",
     {"trede": 2, "compliance": "voldoet_niet", "not_province": ["Gelderland", "Overijssel"]}, "Trede 2, not compliant, two provinces left out."),
    (16021, 16502, [], "Welke gemeenten verwachten vóór 1 april te voldoen?", "list",
     {"expected_before": "2027-04-01"}, "Expected date without year lies ahead: ends before 1 April 2027."),
    (16022, 16502, [16021], "en welke daarvan voldoen nu nog helemaal niet?", "list",
     {"expected_before": "2027-04-01", "compliance": "voldoet_niet"}, "Previous list narrowed to non-compliant cases."),
    (16023, 16502, [], "Hoeveel gemeenten in de provincie Utrecht zitten in trede 1?", "count",
     {"province": "Utrecht", "trede": 1}, "'provincie' decides Utrecht: trede 1 cases in the province of Utrecht."),
    (16024, 16502, [], "Hoeveel gemeenten verwachten in de eerste helft van 2027 te voldoen?", "count",
     {"expected_after": "2026-12-31", "expected_before": "2027-07-01"}, "Expected date lying wholly inside H1 2027."),
    (16025, 16502, [], "Hoeveel gemeenten in de Randstad voldoen niet?", "clarify",
     {"compliance": "voldoet_niet"}, "The Randstad has no fixed border, so the bot asks which provinces are meant."),

    # ---- persona B: case handler on her phone (Lotte, 16503), terse, typos, voice-typed
    (16026, 16503, [], "mijn zaken", "list", {"owner": "Lotte"}, "The asker's own cases."),
    (16027, 16503, [], "mijn zaken zonder tijdpad", "list", {"owner": "Lotte", "missing": ["timeline"]},
     "Own cases whose answer misses the timeline."),
    (16028, 16503, [], "welke van mij hebben nog niet gereageerd", "list", {"owner": "Lotte", "state": ["no_reply"]},
     "Own cases with no reply while the termijn has passed."),
    (16029, 16503, [], "wat moet ik deze week", "list",
     {"owner": "Lotte", "termijn_from": "2027-01-11", "termijn_to": "2027-01-17"},
     "Own cases whose termijn falls in this week (Mon 11 - Sun 17 Jan 2027); none on this day."),
    (16030, 16503, [], "hoeveel plekken heeft deventr gerealiseerd", "fact", {"gemeente": "Deventer", "fact": "places"},
     "Realised places of Deventer (typo in the name)."),
    (16031, 16503, [16030], "en kampen", "fact", {"gemeente": "Kampen", "fact": "places"},
     "Same fact for Kampen."),
    (16032, 16503, [], "wanneer verwacht tynaarlo klaar te zijn", "fact", {"gemeente": "Tynaarlo", "fact": "expected"},
     "Expected date of Tynaarlo."),
    (16033, 16503, [16032], "en die van westervelt", "fact", {"gemeente": "Westerveld", "fact": "expected"},
     "Same fact for Westerveld (typo)."),
    (16034, 16503, [], "wie is behandelaar van ermelo", "fact", {"gemeente": "Ermelo", "fact": "owner"},
     "Owner of Ermelo: nobody."),
    (16035, 16503, [16034], "en van zevenaar", "fact", {"gemeente": "Zevenaar", "fact": "owner"},
     "Owner of Zevenaar."),
    (16036, 16503, [], "welke termijnen verlopen volgende week", "list",
     {"termijn_from": "2027-01-18", "termijn_to": "2027-01-24"}, "All cases whose termijn falls next week; none."),
    (16037, 16503, [], "wat schreef coevorden het laatst", "fact", {"gemeente": "Coevorden", "fact": "wrote"},
     "The latest message of Coevorden."),
    (16038, 16503, [16037], "en wat ontbreekt daar", "fact", {"gemeente": "Coevorden", "fact": "missing"},
     "What Coevorden's answer misses."),
    (16039, 16503, [], "zaken in drenthe zonder tijdpad", "list", {"province": "Drenthe", "missing": ["timeline"]},
     "Cases in Drenthe missing the timeline."),
    (16040, 16503, [16039], "en in friesland", "list", {"province": "Friesland", "missing": ["timeline"]},
     "Same with Friesland."),
    (16041, 16503, [], "welke termijnen verliepen in november", "list",
     {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30"}, "Month without year = the nearest November (2026)."),
    (16042, 16503, [16041], "en welke daarvan zijn van mij", "list",
     {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30", "owner": "Lotte"}, "Previous list narrowed to own cases."),
    (16043, 16503, [], "wat schreef ede op 4 mei", "fact", {"gemeente": "Ede", "fact": "wrote", "date": "2026-05-04"},
     "What Ede wrote on 4 May (2026, the last 4 May)."),
    (16044, 16503, [], "van wie is emmen", "fact", {"gemeente": "Emmen", "fact": "owner"}, "Owner of Emmen: nobody."),
    (16045, 16503, [], "mijn gelderse zaken die onvolledig zijn", "list",
     {"owner": "Lotte", "province": "Gelderland", "state": ["incomplete"]}, "Own Gelderland cases with an incomplete answer."),
    (16046, 16503, [], "hoeveel zaken heb ik eigenlijk", "count", {"owner": "Lotte"}, "Number of own cases."),
    (16047, 16503, [], "heb ik termijnen die in januari aflopen", "list",
     {"owner": "Lotte", "termijn_from": "2027-01-01", "termijn_to": "2027-01-31"}, "Own termijnen in January 2027; none."),
    (16048, 16503, [], "welke gemeenten in drenthe hebben nog niet gereageerd", "list",
     {"province": "Drenthe", "state": ["no_reply"]}, "No reply after the termijn, in Drenthe (voice-typed, no punctuation)."),
    (16049, 16503, [], "in welke trede zit epe", "fact", {"gemeente": "Epe", "fact": "trede"}, "Trede of Epe."),
    (16050, 16503, [], "wanneer liep de termijn van almelo af", "fact", {"gemeente": "Almelo", "fact": "termijn"},
     "Termijn of Almelo's latest letter."),

    # ---- persona C: new team member (Koen, 16504): help, reasons, states, ambiguity, things the bot cannot do
    (16051, 16504, [], "Wat kan ik je allemaal vragen?", "help", {}, "Help: what the bot can do."),
    (16052, 16504, [], "hoe wijs ik een zaak aan mezelf toe?", "help", {}, "Help on assigning (/toewijzen ... mij)."),
    (16053, 16504, [], "Waar speelt bezwaar?", "list", {"reason": "objection_procedure"}, "Cases with an objection procedure as reason."),
    (16054, 16504, [], "Wie heeft geen locatie?", "list", {"reason": "no_location"}, "Cases with 'no location' as reason."),
    (16055, 16504, [], "Wie heeft uitstel gevraagd?", "list", {"state": ["extended"]}, "Cases with an extension asked and not yet decided (or granted)."),
    (16056, 16504, [], "Welke brieven kwamen niet aan?", "list", {"letter_undelivered": True}, "Cases whose latest letter bounced."),
    (16057, 16504, [], "Hoe zit het met Utrecht?", "clarify", {}, "Utrecht is a province and a municipality: asked back."),
    (16058, 16504, [], "hoe staat Bergen ervoor", "clarify", {}, "Bergen (L.) or Bergen (NH.): asked back."),
    (16059, 16504, [], "Welke gemeenten zijn te laat?", "clarify", {}, "Bare 'te laat': no reply after termijn, or a late reply? Asked back."),
    (16060, 16504, [], "Kun je namens ons een herinnering mailen naar Lochem?", "unknown", {},
     "The bot does not send free reminder mails; it should say so."),
    (16061, 16504, [], "Welke zaken hebben nog geen behandelaar?", "list", {"no_owner": True}, "Cases without an owner."),
    (16062, 16504, [16061], "en in Limburg?", "list", {"no_owner": True, "province": "Limburg"}, "Same in Limburg."),
    (16063, 16504, [], "Zijn er zaken opgeschort?", "count", {"state": ["suspended"]}, "Whether any case is suspended: none."),
    (16064, 16504, [], "Welke gemeenten hebben te laat gereageerd?", "list", {"state": ["late"]},
     "Cases whose reply came after the termijn (not ambiguous: 'te laat gereageerd')."),
    (16065, 16504, [], "Bij welke gemeenten zijn opvangplekken weggevallen?", "list", {"reason": "places_lost"},
     "Cases with places lost as reason."),
    (16066, 16504, [], "Welke gemeenten hebben nog niet gereageerd en ook geen uitstel gevraagd?", "list",
     {"state": ["no_reply"], "not_state": ["extended"]}, "No reply after termijn, leaving out extension requests."),
    (16067, 16504, [], "Wie wacht er nog op een raadsbesluit?", "list", {"reason": "council_decision"},
     "Cases with a council decision as reason."),
    (16068, 16504, [], "Welke gemeenten zijn afhankelijk van het COA?", "list", {"reason": "coa_dependency"},
     "Cases depending on COA."),
    (16069, 16504, [], "Wie heeft uitstel gevraagd buiten Zuid-Holland?", "list",
     {"state": ["extended"], "not_province": ZH}, "Extension requests outside Zuid-Holland."),
    (16070, 16504, [], "Hoe staat Uden ervoor?", "status", {"gemeente": "Maashorst"}, "Former name Uden: status of Maashorst."),
    (16071, 16504, [], "Wat is de stand van zaken in Heerhugowaard?", "status", {"gemeente": "Dijk en Waard"},
     "Former name Heerhugowaard: status of Dijk en Waard."),
    (16072, 16504, [], "Welke Zeeuwse gemeenten hebben op tijd gereageerd?", "list",
     {"province": "Zeeland", "state": ["on_time"]}, "Zeeland cases whose reply came by the termijn."),
    (16073, 16504, [], "hoeveel plekken heeft Apeldoorn al?", "fact", {"gemeente": "Apeldoorn", "fact": "places"},
     "Realised places of Apeldoorn: not known (null)."),
    (16074, 16504, [], "Waar is geld het probleem?", "list", {"reason": "finance"}, "Cases with finance as reason."),

    # ---- persona D: team lead (Wouter, 16501): rankings, comparisons, 'hoeveel ... en hoeveel daarvan'
    (16075, 16501, [], "Geef me de top 5 gemeenten met de grootste achterstand.", "unknown", {},
     "Ranking: the bot cannot rank; it should say so and offer the nearest lists."),
    (16076, 16501, [], "Welke provincie heeft de meeste gemeenten die niet voldoen?", "unknown", {},
     "Grouping/ranking by province: not supported; the bot should say so."),
    (16077, 16501, [], "Hoeveel gemeenten hebben na de termijn nog niet gereageerd en hoeveel daarvan zitten in trede 2?", "count",
     {"state": ["no_reply"], "trede": 2}, "Two counts in one: the scored count is the 'daarvan' subset (no reply and trede 2)."),
    (16078, 16501, [], "Hoeveel zaken staan er open zonder reactie na de termijn?", "count", {"state": ["no_reply"]},
     "No reply while the termijn has passed."),
    (16079, 16501, [16078], "en hoeveel daarvan hebben nog geen behandelaar?", "count",
     {"state": ["no_reply"], "no_owner": True}, "Of those, the ones without owner."),
    (16080, 16501, [], "Voldoen er in Gelderland meer gemeenten niet dan in Overijssel?", "unknown", {},
     "A comparison of two counts: one merged count would mislead; the bot should say it cannot compare."),
    (16081, 16501, [], "Hoeveel gemeenten in Gelderland voldoen niet?", "count",
     {"province": "Gelderland", "compliance": "voldoet_niet"}, "Comparison done the supported way: first count."),
    (16082, 16501, [16081], "en in Overijssel?", "count",
     {"province": "Overijssel", "compliance": "voldoet_niet"}, "Second count."),
    (16083, 16501, [], "Zaken van Lotte", "list", {"owner": "Lotte"}, "Cases owned by Lotte."),
    (16084, 16501, [16083], "en van Koen?", "list", {"owner": "Koen"}, "Cases owned by Koen."),
    (16085, 16501, [16083, 16084], "hoeveel daarvan zijn onvolledig?", "count",
     {"owner": "Koen", "state": ["incomplete"]}, "Koen's cases with an incomplete answer."),
    (16086, 16501, [], "Hoeveel zaken van Esther zitten zonder reactie terwijl de termijn verstreken is?", "count",
     {"owner": "Esther", "state": ["no_reply"]}, "Esther's cases with no reply after the termijn."),
    (16087, 16501, [], "Hoeveel gemeenten zitten in trede 3?", "count", {"trede": 3}, "Cases at trede 3."),
    (16088, 16501, [16087], "Welke zijn dat?", "list", {"trede": 3}, "The same set as a list."),
    (16089, 16501, [], "Welke gemeenten missen alle drie de elementen?", "list",
     {"missing": ["facts", "steps", "timeline"]}, "Cases missing facts, steps and timeline."),
    (16090, 16501, [], "Wie mist zowel de stappen als het tijdpad?", "list", {"missing": ["steps", "timeline"]},
     "Cases missing both steps and timeline."),
    (16091, 16501, [], "Welke Brabantse gemeenten voldoen gedeeltelijk, behalve Breda en Tilburg?", "list",
     {"province": NB, "compliance": "voldoet_gedeeltelijk", "not_gemeente": ["Breda", "Tilburg"]},
     "Partly compliant Brabant cases leaving out two municipalities."),
    (16092, 16501, [], "mijn zaken", "list", {"owner": "Wouter"}, "The team lead's own cases."),
    (16093, 16501, [], "Hoe staat Almere ervoor?", "status", {"gemeente": "Almere"},
     "Status of Almere (answered complete, but a newer letter is unanswered)."),
    (16094, 16501, [], "Hoeveel plekken heeft Den Bosch gerealiseerd?", "fact",
     {"gemeente": "'s-Hertogenbosch", "fact": "places"}, "Realised places of 's-Hertogenbosch (alias)."),
    (16095, 16501, [], "Wanneer verwacht Zaandam klaar te zijn?", "fact", {"gemeente": "Zaanstad", "fact": "expected"},
     "Place name Zaandam: expected date of Zaanstad."),
    (16096, 16501, [], "Hoeveel gemeenten hebben te laat gereageerd?", "count", {"state": ["late"]}, "Late replies."),
    (16097, 16501, [16096], "en hoeveel daarvan was ook nog onvolledig?", "count", {"state": ["late", "incomplete"]},
     "Late replies whose case is answered-incomplete (both states hold)."),
    (16098, 16501, [], "Welke zaken zonder behandelaar missen het tijdpad, maar niet in trede 1?", "list",
     {"no_owner": True, "missing": ["timeline"], "not_trede": 1}, "No owner, timeline missing, trede 1 left out."),
    (16099, 16501, [], "Welke Gelderse gemeenten kregen hun brief onbestelbaar retour?", "list",
     {"province": "Gelderland", "letter_undelivered": True}, "Bounced letters in Gelderland."),
]


def main():
    ids = [q[0] for q in Q]
    assert ids == list(range(16001, 16100)), "ids must run 16001..16099"
    out = []
    for qid, staff, after, q, intent, f, meaning in Q:
        assert all(a < qid for a in after)
        rec = {"id": qid, "q": q, "intent": intent, "filters": f, "expected_gemeenten": [], "count": None,
               "after": after, "as_staff": staff, "on": DAY, "meaning": meaning, "expected_fact": None}
        if intent in ("list", "count"):
            g = select(f, staff)
            rec["expected_gemeenten"] = g
            rec["count"] = len(g)
        elif intent == "fact":
            rec["expected_fact"] = fact_value(f["gemeente"], f["fact"], f.get("date"))
        elif intent == "status":
            rec["expected_fact"] = status_value(f["gemeente"])
        out.append(rec)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in out:
        extra = r["count"] if r["intent"] in ("list", "count") else json.dumps(r["expected_fact"], ensure_ascii=False)
        print(r["id"], r["intent"], extra, "|", r["q"])


if __name__ == "__main__":
    main()
