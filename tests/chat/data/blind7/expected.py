#!/usr/bin/env python3
"""Question set q7: the week before Christmas (asked on 2026-12-21, a Monday).

Holds the questions and computes every expectation from due.json and status.json only, by the
definitions of the README's `ask --json` contract.  Re-run: `python3 expected.py` writes questions.jsonl.
"""
import calendar
import datetime as dt
import json
import os
from collections import Counter
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
DAY = "2026-12-21"
AMS = ZoneInfo("Europe/Amsterdam")

STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))

STAFF = {"Sanne": 72001, "Joost": 72002, "Femke": 72003, "Daan": 72004}  # Sanne is beheerder

NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}
EXTENDED_TERMIJN = {d["gemeente"] for d in DUE if d.get("extended")}


# ---------------------------------------------------------------- expected dates
def period(exp):
    """An expected date (YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-H1/H2, YYYY) as (first day, last day)."""
    if exp is None:
        return None
    y = int(exp[:4])
    rest = exp[5:]
    if len(exp) == 10:
        d = dt.date.fromisoformat(exp)
        return d, d
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    elif rest:
        m1 = m2 = int(rest)
    else:
        m1, m2 = 1, 12
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


# ---------------------------------------------------------------- the filter, as the README defines it
def has_state(name, st):
    c = STATUS[name]["case"]
    if st == "no_reply":        # as due --json's overdue no_reply
        return name in NO_REPLY
    if st == "unanswered":      # no reply yet
        return not c["answered"]
    if st == "answered":
        return bool(c["answered"])
    if st == "late":            # the reply came after the termijn
        return bool(c["answered"]) and c["reply_on_time"] is False
    if st == "on_time":
        return bool(c["answered"]) and c["reply_on_time"] is True
    if st == "incomplete":      # the case's state as status shows it
        return c["state"] == "answered_incomplete"
    if st == "complete":
        return c["state"] == "answered_complete"
    if st == "suspended":
        return bool(c["suspended"])
    if st == "extended":        # termijn extended, or an extension asked and still to be answered
        return bool(c["extension_requested"]) or name in EXTENDED_TERMIJN
    raise ValueError(st)


def matches(name, f):
    v = STATUS[name]
    c = v["case"]
    if "gemeente" in f and name != f["gemeente"]:
        return False
    if "province" in f and v["province"] != f["province"]:
        return False
    if "trede" in f and c["trede"] != f["trede"]:
        return False
    if "owner" in f and c["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and c["owner"] is not None:
        return False
    for st in f.get("state", []):
        if not has_state(name, st):
            return False
    for el in f.get("missing", []):
        if el not in c["missing"]:
            return False
    if "reason" in f and f["reason"] not in v["reasons"]:
        return False
    if "compliance" in f and c["compliance"] != f["compliance"]:
        return False
    if "expected_before" in f or "expected_after" in f:
        p = period(v["expected_date"])
        if p is None:
            return False
        if "expected_before" in f and not p[1] < dt.date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not p[0] > dt.date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        t = c["termijn"]
        if t is None:
            return False
        if "termijn_from" in f and t < f["termijn_from"]:
            return False
        if "termijn_to" in f and t > f["termijn_to"]:
            return False
    return True


def select(f):
    keys = {k: v for k, v in f.items() if k not in ("fact", "date", "search")}
    return sorted(n for n in STATUS if matches(n, keys))


# ---------------------------------------------------------------- facts
def local_date(ts):
    return dt.datetime.fromisoformat(ts).astimezone(AMS).date().isoformat()


def fact(name, what, date=None):
    v = STATUS[name]
    c = v["case"]
    if what == "places":
        return {"realised": v["realised_total"], "planned": v["planned_total"], "task": v["task_total"]}
    if what == "expected":
        return {"expected_date": v["expected_date"]}
    if what == "owner":
        return {"owner": c["owner"]}
    if what == "missing":
        return {"missing": c["missing"], "state": c["state"]}
    if what == "termijn":
        return {"termijn": c["termijn"], "extension_requested": c["extension_requested"],
                "extension_requested_until": c["extension_requested_until"]}
    if what == "reply":
        return {"answered": c["answered"], "reply_at": c["reply_at"], "reply_on_time": c["reply_on_time"],
                "termijn": c["termijn"]}
    if what == "reasons":
        return {"reasons": v["reasons"]}
    if what == "trede":
        return {"trede": c["trede"], "trede_name": v["trede_name"]}
    if what == "compliance":
        return {"compliance": c["compliance"]}
    if what == "wrote":
        msgs = [m for m in v["messages"] if m["state"] == "parsed"]
        if date:
            msgs = [m for m in msgs if local_date(m["received_at"]) == date]
        else:
            msgs = sorted(msgs, key=lambda m: m["received_at"])[-1:]
        return {"messages": [{"id": m["id"], "kind": m["kind"], "on": local_date(m["received_at"]),
                              "subject": m["subject"], "missing": m["missing"]} for m in msgs]}
    raise ValueError(what)


# ---------------------------------------------------------------- the questions
# (id, q, intent, filters, after, as_staff, meaning)
Q = []


def q(id_, text, intent, filters=None, after=(), as_staff=None, meaning=""):
    Q.append(dict(id=id_, q=text, intent=intent, filters=filters or {}, after=list(after),
                  as_staff=as_staff, meaning=meaning))


NR = ["no_reply"]
# -- who has not answered (termijn passed) ---------------------------------------------------------
q(7001, "Welke gemeenten hebben nog steeds niet gereageerd terwijl de termijn al verstreken is?", "list",
  {"state": NR}, meaning="all cases with no reply after the termijn (due no_reply)")
q(7002, "hoeveel zijn dat er in Limburg", "count", {"state": NR, "province": "Limburg"}, after=[7001],
  meaning="follow-up: count of no-reply cases, narrowed to Limburg")
q(7003, "en in Brabant?", "count", {"state": NR, "province": "Noord-Brabant"}, after=[7001, 7002],
  meaning="follow-up: same count for Noord-Brabant")
q(7004, "welke gelderse gemeenten hebben nog altijd niks van zich laten horen", "list",
  {"state": NR, "province": "Gelderland"}, meaning="Gelderland cases with no reply after the termijn")
q(7005, "Wie moeten we voor de kerst nog een herinnering sturen omdat ze de termijn hebben laten verlopen zonder reactie?",
  "list", {"state": NR}, meaning="no reply after the termijn, phrased as who needs a reminder")
q(7006, "hoeveel gemeenten zonder reactie hebben nog geen behandelaar", "count",
  {"state": NR, "no_owner": True}, meaning="count of no-reply cases without an owner")
q(7007, "welke van mijn gemeenten hebben nog niet gereageerd", "list", {"state": NR, "owner": "Femke"},
  as_staff=STAFF["Femke"], meaning="Femke's cases with no reply after the termijn")
q(7008, "zaken van Joost zonder reactie", "list", {"state": NR, "owner": "Joost"},
  meaning="Joost's cases with no reply after the termijn")
q(7009, "hoeveel gemeenten in trede drie hebben nog niet gereageerd", "count", {"state": NR, "trede": 3},
  meaning="voice-typed: count of trede-3 cases with no reply")
q(7010, "en welke zijn dat", "list", {"state": NR, "trede": 3}, after=[7009],
  meaning="follow-up: list the same trede-3 no-reply cases")
q(7011, "Z-H gem. die nog niet gereageerd hebben, zonder behandelaar?", "list",
  {"state": NR, "province": "Zuid-Holland", "no_owner": True},
  meaning="Zuid-Holland no-reply cases with no owner")
q(7012, "hoeveel gemeenten in de provincie Groningen hebben niet gereageerd", "count",
  {"state": NR, "province": "Groningen"}, meaning="count of no-reply cases in the province of Groningen")
q(7013, "en in Drenthe?", "count", {"state": NR, "province": "Drenthe"}, after=[7012],
  meaning="follow-up: same count in Drenthe")
q(7014, "en friesland", "count", {"state": NR, "province": "Friesland"}, after=[7012, 7013],
  meaning="follow-up: same count in Friesland")
q(7015, "welek gemeenten in Overijsel hebben nog niet gereagerd?", "list",
  {"state": NR, "province": "Overijssel"}, meaning="typos: Overijssel no-reply cases")

# -- termijnen: this week, next week, before the new year, past months ------------------------------
q(7016, "welke termijnen verlopen deze week", "list",
  {"termijn_from": "2026-12-21", "termijn_to": "2026-12-27"},
  meaning="termijnen ending Mon 21 - Sun 27 Dec 2026 (none)")
q(7017, "en volgende week?", "list", {"termijn_from": "2026-12-28", "termijn_to": "2027-01-03"}, after=[7016],
  meaning="follow-up: termijnen ending 28 Dec 2026 - 3 Jan 2027 (none)")
q(7018, "Kun je me laten zien welke termijnen in de komende 14 dagen aflopen? Ik ben vanaf woensdag met verlof.",
  "list", {"termijn_from": "2026-12-21", "termijn_to": "2027-01-03"},
  meaning="termijnen in the fourteen days counting 21 Dec (none)")
q(7019, "welke termijnen liepen af in november", "list", {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30"},
  meaning="cases whose termijn fell in November 2026 (nearest November)")
q(7020, "en welke daarvan hebben nog steeds niet gereageerd", "list",
  {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30", "state": NR}, after=[7019],
  meaning="follow-up: of those, the ones with no reply after the termijn")
q(7021, "mijn termijnen die deze week of volgende week verlopen", "list",
  {"owner": "Daan", "termijn_from": "2026-12-21", "termijn_to": "2027-01-03"}, as_staff=STAFF["Daan"],
  meaning="Daan's termijnen ending this week or next week (none)")
q(7022, "hoeveel termijnen zijn in oktober verstreken", "count",
  {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31"},
  meaning="count of cases whose termijn fell in October 2026")
q(7023, "welke termijnen lopen er af in januari", "list",
  {"termijn_from": "2027-01-01", "termijn_to": "2027-01-31"},
  meaning="'in januari' asked in December is January 2027 (none)")

# -- late replies ---------------------------------------------------------------------------------
q(7024, "te laat?", "clarify", meaning="bare 'te laat': no reply yet or a late reply -> ask back")
q(7025, "wie is er allemaal te laat", "clarify", meaning="bare 'te laat' again -> ask back")
q(7026, "Friese gemeenten die te laat gereageerd hebben", "list", {"state": ["late"], "province": "Friesland"},
  meaning="Frisian cases whose reply came after the termijn")
q(7027, "hoeveel gemeenten in noord holland hebben te laat gereageerd", "count",
  {"state": ["late"], "province": "Noord-Holland"}, meaning="voice: count of late replies in Noord-Holland")
q(7028, "welke zeeuwse gemeenten hebben wel op tijd geantwoord", "list",
  {"state": ["on_time"], "province": "Zeeland"}, meaning="Zeeland cases that replied by the termijn")
q(7029, "hoeveel reacties kwamen na de termijn binnen", "count", {"state": ["late"]},
  meaning="count of all late replies")
q(7030, "en hoeveel daarvan missen ook het tijdpad", "count", {"state": ["late"], "missing": ["timeline"]},
  after=[7029], meaning="follow-up: late replies that also miss the timeline")

# -- what the answers miss ------------------------------------------------------------------------
q(7031, "Welke reacties uit Gelderland zijn nog onvolledig?", "list", {"state": ["incomplete"], "province": "Gelderland"},
  meaning="Gelderland cases in state answered_incomplete")
q(7032, "en wat ontbreekt er bij Tiel", "fact", {"gemeente": "Tiel", "fact": "missing"}, after=[7031],
  meaning="follow-up: the missing elements of Tiel")
q(7033, "Brabantse gemeenten zonder tijdpad", "list", {"province": "Noord-Brabant", "missing": ["timeline"]},
  meaning="Noord-Brabant cases missing the timeline")
q(7034, "welke Zuid-Hollandse gemeenten missen zowel de stappen als het tijdpad", "list",
  {"province": "Zuid-Holland", "missing": ["steps", "timeline"]},
  meaning="Zuid-Holland cases missing both steps and timeline")
q(7035, "in welke Overijsselse zaken ontbreken de feiten en omstandigheden", "list",
  {"province": "Overijssel", "missing": ["facts"]}, meaning="Overijssel cases missing the facts")
q(7036, "hoeveel onvolledige reacties hebben we op dit moment", "count", {"state": ["incomplete"]},
  meaning="count of cases in state answered_incomplete")
q(7037, "welke limbrugse gemeentes hebbn geen tijdpad gegeven", "list", {"province": "Limburg", "missing": ["timeline"]},
  meaning="typos: Limburg cases missing the timeline")
q(7038, "welke gemeenten hebben wel gereageerd maar geen stappen genoemd", "list",
  {"state": ["answered"], "missing": ["steps"]}, meaning="answered cases whose answer misses the steps")
q(7039, "onvolledige reacties van Daan", "list", {"state": ["incomplete"], "owner": "Daan"},
  meaning="Daan's cases in state answered_incomplete")
q(7040, "wat mist er nog bij Heerlen", "fact", {"gemeente": "Heerlen", "fact": "missing"},
  meaning="missing elements of Heerlen")
q(7041, "en Zoetermeer?", "fact", {"gemeente": "Zoetermeer", "fact": "missing"}, after=[7040],
  meaning="follow-up: missing elements of Zoetermeer")
q(7042, "welke reacties zonder feiten hebben nog geen behandelaar", "list", {"missing": ["facts"], "no_owner": True},
  meaning="cases missing the facts that have no owner")

# -- a given municipality: what it wrote, expects, its termijn, owner ------------------------------
q(7043, "wat schreef Veere op 12 mei 2026", "fact", {"gemeente": "Veere", "fact": "wrote", "date": "2026-05-12"},
  meaning="Veere's message(s) of 12 May 2026")
q(7044, "Wat heeft Noordenveld op 20 november gestuurd?", "fact",
  {"gemeente": "Noordenveld", "fact": "wrote", "date": "2026-11-20"},
  meaning="Noordenveld's message of 20 Nov 2026 (an extension request)")
q(7045, "wanneer verwacht Zaanstad aan de taak te voldoen", "fact", {"gemeente": "Zaanstad", "fact": "expected"},
  meaning="Zaanstad's expected date")
q(7046, "en Heerlen?", "fact", {"gemeente": "Heerlen", "fact": "expected"}, after=[7045],
  meaning="follow-up: Heerlen's expected date (none stated)")
q(7047, "wnaneer verwacht Amersfort klaar te zijn", "fact", {"gemeente": "Amersfoort", "fact": "expected"},
  meaning="typos: Amersfoort's expected date")
q(7048, "hoeveel plekken heeft Tiel gerealiseerd", "fact", {"gemeente": "Tiel", "fact": "places"},
  meaning="places realised (and planned) in Tiel")
q(7049, "en Venlo", "fact", {"gemeente": "Venlo", "fact": "places"}, after=[7048],
  meaning="follow-up: places of Venlo")
q(7050, "wie is behandelaar van Kerkrade", "fact", {"gemeente": "Kerkrade", "fact": "owner"},
  meaning="owner of Kerkrade")
q(7051, "wie heeft Utrecht eigenlijk onder zich", "fact", {"gemeente": "Utrecht", "fact": "owner"},
  meaning="owner of the municipality Utrecht (a fact decides province vs municipality)")
q(7052, "tot wanneer loopt de termijn van Noordenveld", "fact", {"gemeente": "Noordenveld", "fact": "termijn"},
  meaning="termijn of Noordenveld (with the extension asked until 7 Dec)")
q(7053, "welke redenen geeft Veere op", "fact", {"gemeente": "Veere", "fact": "reasons"},
  meaning="reason codes in Veere's replies")
q(7054, "in welke trede zit dantumadeel", "fact", {"gemeente": "Dantumadiel", "fact": "trede"},
  meaning="old Dutch spelling Dantumadeel -> Dantumadiel; its trede")
q(7055, "voldoet Heemskerk inmiddels", "fact", {"gemeente": "Heemskerk", "fact": "compliance"},
  meaning="compliance of Heemskerk")
q(7056, "heeft Hulst op tijd gereageerd", "fact", {"gemeente": "Hulst", "fact": "reply"},
  meaning="whether and when Hulst replied (late)")
q(7057, "heeft heerhugowaard al gereageerd", "fact", {"gemeente": "Dijk en Waard", "fact": "reply"},
  meaning="former name: Heerhugowaard -> Dijk en Waard; no reply")
q(7058, "wanneer denkt Enkhuizen klaar te zijn", "fact", {"gemeente": "Enkhuizen", "fact": "expected"},
  meaning="Enkhuizen's expected date")

# -- status of a municipality, with a chain --------------------------------------------------------
q(7059, "status Brunssum", "status", {"gemeente": "Brunssum"}, meaning="the case of Brunssum")
q(7060, "en wat ontbreekt daar nog", "fact", {"gemeente": "Brunssum", "fact": "missing"}, after=[7059],
  meaning="follow-up: missing elements of Brunssum")
q(7061, "wie is daar de behandelaar", "fact", {"gemeente": "Brunssum", "fact": "owner"}, after=[7059, 7060],
  meaning="follow-up: owner of Brunssum")
q(7062, "hoe staat het ervoor met den bosch", "status", {"gemeente": "'s-Hertogenbosch"},
  meaning="alias: den bosch -> 's-Hertogenbosch")
q(7063, "hoe staat Delfzijl ervoor", "status", {"gemeente": "Eemsdelta"},
  meaning="former name: Delfzijl -> Eemsdelta, with a note")
q(7064, "wat is de stand van zaken bij hoeksche waard", "status", {"gemeente": "Hoeksche Waard"},
  meaning="voice: status of Hoeksche Waard")
q(7065, "status Nijmgen", "status", {"gemeente": "Nijmegen"}, meaning="typo: Nijmegen, guessed with a note")
q(7066, "wat stuurde Zaandam ons als laatste?", "fact", {"gemeente": "Zaanstad", "fact": "wrote"},
  meaning="place Zaandam -> Zaanstad; its latest message")

# -- owners ---------------------------------------------------------------------------------------
q(7067, "mijn zaken", "list", {"owner": "Joost"}, as_staff=STAFF["Joost"], meaning="Joost's cases")
q(7068, "en welke daarvan zijn onvolledig", "list", {"owner": "Joost", "state": ["incomplete"]}, after=[7067],
  as_staff=STAFF["Joost"], meaning="follow-up: Joost's cases in state answered_incomplete")
q(7069, "hoeveel zaken heeft Femke", "count", {"owner": "Femke"}, meaning="count of Femke's cases")
q(7070, "zaken van Daan", "list", {"owner": "Daan"}, meaning="Daan's cases")
q(7071, "welke Limburgse zaken hebben nog geen behandelaar", "list", {"province": "Limburg", "no_owner": True},
  meaning="Limburg cases without owner")
q(7072, "mn zaken met een uitstelverzoek", "list", {"owner": "Sanne", "state": ["extended"]},
  as_staff=STAFF["Sanne"], meaning="Sanne's cases with an extension asked or granted")

# -- extensions -----------------------------------------------------------------------------------
q(7073, "wie heeft er om uitstel gevraagd", "list", {"state": ["extended"]},
  meaning="cases with an extension asked (still open) or granted")
q(7074, "en welke daarvan liggen bij Femke", "list", {"state": ["extended"], "owner": "Femke"}, after=[7073],
  meaning="follow-up: of those, Femke's")

# -- expected dates -------------------------------------------------------------------------------
q(7075, "wie verwacht voor het eind van dit jaar te voldoen", "list", {"expected_before": "2027-01-01"},
  meaning="expected date ending before 1 Jan 2027")
q(7076, "Welke gemeenten verwachten in Q1 2027 aan hun taak te voldoen?", "list",
  {"expected_after": "2026-12-31", "expected_before": "2027-04-01"},
  meaning="expected date within Q1 2027")
q(7077, "welke gemeenten verwachten voor één maart klaar te zijn", "list", {"expected_before": "2027-03-01"},
  meaning="voice: expected date ending before 1 March 2027 (a date without year lies ahead)")
q(7078, "Limburgse gemeenten die voor de zomer van 2027 verwachten te voldoen", "list",
  {"province": "Limburg", "expected_before": "2027-07-01"}, meaning="Limburg, expected before summer 2027")
q(7079, "wie verwacht pas na 15 november 2027 te voldoen", "list", {"expected_after": "2027-11-15"},
  meaning="expected date starting after 15 Nov 2027")

# -- reasons --------------------------------------------------------------------------------------
q(7080, "waar speelt een bezwaarprocedure", "list", {"reason": "objection_procedure"},
  meaning="cases whose replies name an objection procedure")
q(7081, "welke NH gemeenten noemen het woningtekort", "list", {"province": "Noord-Holland", "reason": "housing_shortage"},
  meaning="Noord-Holland cases naming the housing shortage")
q(7082, "hoeveel gemeenten zeggen dat ze op het COA wachten", "count", {"reason": "coa_dependency"},
  meaning="count of cases naming dependency on the COA")
q(7083, "bij welke gemeenten zijn er opvangplekken weggevallen", "list", {"reason": "places_lost"},
  meaning="cases naming lost places")
q(7084, "welke gemeenten in de provincie Utrecht wachten op een raadsbesluit", "list",
  {"province": "Utrecht", "reason": "council_decision"},
  meaning="province of Utrecht (said explicitly), reason council decision")

# -- compliance and trede -------------------------------------------------------------------------
q(7085, "hoeveel gemeenten voldoen niet", "count", {"compliance": "voldoet_niet"},
  meaning="count of cases that do not comply")
q(7086, "en in Zeeland?", "count", {"compliance": "voldoet_niet", "province": "Zeeland"}, after=[7085],
  meaning="follow-up: same count in Zeeland")
q(7087, "welke Drentse gemeenten voldoen maar gedeeltelijk", "list",
  {"province": "Drenthe", "compliance": "voldoet_gedeeltelijk"}, meaning="Drenthe, partly compliant")
q(7088, "welke gemeenten zitten in trede drie", "list", {"trede": 3}, meaning="voice: cases in trede 3")
q(7089, "hoeveel Gld gemeenten staan nog op trede 1", "count", {"province": "Gelderland", "trede": 1},
  meaning="count of Gelderland cases in trede 1")

# -- counts per province --------------------------------------------------------------------------
q(7090, "hoeveel zaken lopen er in Flevoland", "count", {"province": "Flevoland"},
  meaning="count of cases in Flevoland")
q(7091, "Hoeveel Gelderse gemeenten hebben we momenteel in beeld?", "count", {"province": "Gelderland"},
  meaning="count of cases in Gelderland")

# -- not yet answered at all (whatever the termijn) -----------------------------------------------
q(7092, "Welke zaken van Joost hebben nog geen enkele reactie op de brief binnen, los van of de termijn al om is?",
  "list", {"owner": "Joost", "state": ["unanswered"]},
  meaning="Joost's cases with no reply yet, termijn passed or not (also extension asked, letter bounced)")

# -- ask back -------------------------------------------------------------------------------------
q(7093, "hoe staat Utrecht ervoor?", "clarify", meaning="Utrecht: province or municipality -> ask back")
q(7094, "wat is de stand in Bergen", "clarify", meaning="Bergen: Bergen (L.) or Bergen (NH.) -> ask back")
q(7095, "hoe zit het met Groningen", "clarify", meaning="Groningen: province or municipality -> ask back")

# -- out of scope ---------------------------------------------------------------------------------
q(7096, "hoe laat begint de kerstborrel vrijdag", "unknown", meaning="office party: out of scope")
q(7097, "kun je een kerstkaart sturen naar alle burgemeesters", "unknown", meaning="sending Christmas cards: out of scope")
q(7098, "wie heeft er dienst tussen kerst en oud en nieuw", "unknown", meaning="team duty rota: out of scope")
q(7099, "wat kan ik je allemaal vragen", "help", meaning="the list of what the bot can do")


# ---------------------------------------------------------------- compute and write
def build():
    out = []
    ids = set()
    for item in Q:
        assert item["id"] not in ids and 7001 <= item["id"] <= 7099, item["id"]
        ids.add(item["id"])
        for a in item["after"]:
            assert a in ids, (item["id"], a)
        f = item["filters"]
        intent = item["intent"]
        row = {"id": item["id"], "q": item["q"], "intent": intent, "filters": f}
        if intent in ("list", "count"):
            g = select(f)
        elif intent in ("status", "fact"):
            assert f["gemeente"] in STATUS, f["gemeente"]
            g = [f["gemeente"]]
        else:
            g = []
        row["expected_gemeenten"] = g
        row["count"] = len(g)
        row["after"] = item["after"]
        row["as_staff"] = item["as_staff"]
        row["on"] = DAY
        row["meaning"] = item["meaning"]
        if intent == "fact":
            row["expected_fact"] = fact(f["gemeente"], f["fact"], f.get("date"))
        out.append(row)
    return out


if __name__ == "__main__":
    rows = build()
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} questions;", dict(Counter(r["intent"] for r in rows)))
