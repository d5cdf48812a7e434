#!/usr/bin/env python3
"""Blind question set q6 for `spreidingsbot ask` (ids 6001-6070, all asked --on 2026-12-14).

Every expected answer is computed here from due.json (`due --on 2026-12-14 --json`) and
status.json (`status NAME --json` for every official name with a case), never from `ask`.
Re-run:  python3 expected.py   -> writes questions.jsonl next to this file and prints a summary.
"""
import calendar
import collections
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2026-12-14"
S = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
D = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))

NO_REPLY = {x["gemeente"] for x in D if x["section"] == "overdue" and x["kind"] == "no_reply"}
DUE_EXTENDED = {x["gemeente"] for x in D if x.get("extended")}
STAFF = {"61001": "Noor", "61002": "Bram", "61003": "Ilse"}  # Telegram ids given to `staff add`


# ---------------------------------------------------------------- period helpers
def period(s):
    """(first day, last day) of an expected date: YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-H1/H2."""
    if s is None:
        return None
    y = int(s[:4])
    rest = s[5:]
    if len(s) == 10:
        d = dt.date.fromisoformat(s)
        return d, d
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(rest)
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


# ---------------------------------------------------------------- state predicates
def st(name, s):
    v = S[name]
    c = v["case"]
    if s == "no_reply":
        return name in NO_REPLY                      # as due --json's no_reply (README)
    if s == "unanswered":
        return not c["answered"]                     # no reply yet
    if s == "answered":
        return bool(c["answered"])
    if s == "late":
        return c["answered"] and c["reply_on_time"] is False
    if s == "on_time":
        return c["answered"] and c["reply_on_time"] is True
    if s == "incomplete":
        return c["state"] == "answered_incomplete"   # "the case's state as status shows it"
    if s == "complete":
        return c["state"] == "answered_complete"
    if s == "suspended":
        return bool(c["suspended"])
    if s == "extended":
        return bool(c["extension_requested"]) or name in DUE_EXTENDED
    raise ValueError(s)


def match(name, f):
    v = S[name]
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
    for s in f.get("state", []):
        if not st(name, s):
            return False
    for m in f.get("missing", []):
        if m not in (c["missing"] or []):
            return False
    if "reason" in f and f["reason"] not in (v["reasons"] or []):
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
    return sorted(n for n in S if match(n, f))


# ---------------------------------------------------------------- fact values
def fact_value(name, fact, date=None):
    v = S[name]
    c = v["case"]
    if fact == "places":
        return {"realised_total": v["realised_total"], "planned_total": v["planned_total"]}
    if fact == "expected":
        return v["expected_date"]
    if fact == "owner":
        return c["owner"]
    if fact == "missing":
        return c["missing"]
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
        out = []
        for m in v["messages"]:
            local = dt.datetime.fromisoformat(m["received_at"]).astimezone(AMS).date().isoformat()
            if date is None or local == date:
                out.append({"id": m["id"], "kind": m["kind"], "subject": m["subject"]})
        return out
    raise ValueError(fact)


try:
    from zoneinfo import ZoneInfo
    AMS = ZoneInfo("Europe/Amsterdam")
except Exception:  # pragma: no cover
    AMS = dt.timezone(dt.timedelta(hours=1))


def search_hits(text):
    """Cases whose messages carry the searched token as reference or in the subject (status.json only)."""
    hits = set()
    for n, v in S.items():
        for m in v["messages"]:
            if text == (m["reference"] or "") or text.lower() in (m["subject"] or "").lower():
                hits.add(n)
    return sorted(hits)


# ---------------------------------------------------------------- the questions
# (q, intent, filters, after, as_staff, meaning)
Q = []


def add(q, intent, filters, meaning, after=(), as_staff=None):
    Q.append(dict(q=q, intent=intent, filters=filters, after=list(after), as_staff=as_staff, meaning=meaning))


GLD_NR = "welke gem. in Gld hebben nog niet gereageerd"
HEEMSKERK = "hoe staat Heemskerk er voor"
HEERLEN = "en Heerlen?"
ENSCHEDE_OWNER = "wie is behandelaar van Enschede"
VOLDOET_NIET_COUNT = "hoeveel gemeentes voldoen er eigenlijk niet"
HOORN_EXP = "wanneer denkt Hoorn te voldoen"
LEEUWARDEN = "hoe staat leeuwaarden ervoor"
FRIES = "friese gem die niet voldoen"
TIEL = "wat ontbreekt er nog bij Tiel"

# ---- list
add(GLD_NR, "list", {"province": "Gelderland", "state": ["no_reply"]},
    "Gelderland municipalities with no reply and the termijn passed")
add("Goedemorgen, ik ben net begonnen in het team. Kun je me vertellen bij welke gemeenten in Noord-Brabant er "
    "nog niks binnen is, terwijl de termijn om op onze brief te reageren al voorbij is?",
    "list", {"province": "Noord-Brabant", "state": ["no_reply"]},
    "Noord-Brabant municipalities with nothing received and the termijn passed (no_reply)")
add("zeeuwse gemeenten zonder tijdpad", "list", {"province": "Zeeland", "missing": ["timeline"]},
    "Zeeland cases whose missing elements include the timeline")
add("mn zaken graag", "list", {"owner": "Ilse"}, "cases owned by the asker (--as 61003 = Ilse)", as_staff="61003")
add("Ik zie dat niet elke zaak iemand heeft die hem behandelt. Welke gemeenten in Flevoland hebben op dit moment "
    "nog geen behandelaar toegewezen gekregen?",
    "list", {"province": "Flevoland", "no_owner": True}, "Flevoland cases without an owner")
add("welke gemeenten in de provincie Utrecht hebben het over een bezwaarprocedure", "list",
    {"province": "Utrecht", "reason": "objection_procedure"},
    "province Utrecht cases stating an objection procedure as reason")
add("Welke Zuid-Hollandse gemeenten hebben wel gereageerd, maar was hun antwoord op de brief niet compleet? "
    "Dus waar ontbreken nog onderdelen in de reactie.", "list",
    {"province": "Zuid-Holland", "state": ["incomplete"]}, "Zuid-Holland cases whose reply misses elements")
add("limburgse gemeentes die op tijd gereageerd hebben", "list", {"province": "Limburg", "state": ["on_time"]},
    "Limburg cases that replied by the termijn")
add("welke gemeenten missen zowel de stappen als het tijdpad", "list", {"missing": ["steps", "timeline"]},
    "cases missing both steps and timeline")
add(FRIES, "list", {"province": "Friesland", "compliance": "voldoet_niet"},
    "Friesland cases with compliance voldoet_niet")
add("wie verwacht voor 1 maart te voldoen", "list", {"expected_before": "2027-03-01"},
    "cases whose expected date ends before 1 March (no year: ahead, so 2027-03-01)")
add("welke gemeenten denken in Q2 2027 klaar te zijn", "list",
    {"expected_after": "2027-03-31", "expected_before": "2027-07-01"},
    "cases whose expected date lies within Q2 2027 (starts after 31 March, ends before 1 July 2027)")
add("welke termijnen zijn in november verlopen", "list",
    {"termijn_from": "2026-11-01", "termijn_to": "2026-11-30"},
    "cases whose termijn falls in November (nearest November = 2026), any state")
add("welke termijnen verlopen de komende week", "list",
    {"termijn_from": "2026-12-14", "termijn_to": "2026-12-20"},
    "cases whose termijn falls in the seven days from 14 Dec 2026 (none)")
add("Ik probeer te begrijpen waar we nog helemaal niets van de gemeente hebben ontvangen. Welke gemeenten in "
    "Flevoland hebben nog geen enkele reactie gestuurd, ook als hun termijn nog niet verlopen is of er iets "
    "anders speelt?", "list", {"province": "Flevoland", "state": ["unanswered"]},
    "Flevoland cases with no reply yet, whatever the termijn (unanswered, not only no_reply)")
add("NH gemeenten die wachten op een raadsbesluit", "list",
    {"province": "Noord-Holland", "reason": "council_decision"},
    "Noord-Holland cases stating a pending council decision as reason")
add("welke gemeenten op trede 2 in Drenthe missen het tijdpad", "list",
    {"trede": 2, "province": "Drenthe", "missing": ["timeline"]},
    "Drenthe trede-2 cases whose missing elements include the timeline")
add("welke zaken zijn opgeschort", "list", {"state": ["suspended"]}, "suspended cases (none)")
add("welke gemeenten voldoen al wel aan hun taak", "list", {"compliance": "voldoet"},
    "cases with compliance voldoet")
add("gelderse gemeenten zonder behandelaar die te laat gereageerd hebben", "list",
    {"province": "Gelderland", "no_owner": True, "state": ["late"]},
    "Gelderland cases without owner whose reply came after the termijn")
add("zaken van Noor die nog niet gereageerd hebben", "list", {"owner": "Noor", "state": ["no_reply"]},
    "Noor's cases with no reply and the termijn passed")
add("welke van mijn zaken hebben een onvolledige reactie gestuurd", "list",
    {"owner": "Noor", "state": ["incomplete"]}, "asker's (--as 61001 = Noor) cases with an incomplete reply",
    as_staff="61001")
add("Welke gemeenten in Overijssel hebben netjes en volledig gereageerd, dus waar ontbreekt er niets meer in "
    "het antwoord?", "list", {"province": "Overijssel", "state": ["complete"]},
    "Overijssel cases whose reply misses nothing (state answered_complete)")
add("wie heeft er in de provincie Groningen al gereageerd", "list", {"province": "Groningen", "state": ["answered"]},
    "province Groningen cases that have replied")
add("waar speelt woningtekort", "list", {"reason": "housing_shortage"}, "cases stating housing shortage as reason")
add("welke gemeenten hadden hun termijn in oktober en hebben nog steeds niet gereageerd", "list",
    {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31", "state": ["no_reply"]},
    "termijn in October (nearest = 2026) and no reply with termijn passed")
add("brabantse zaken trede 2 die gedeeltelijk voldoen", "list",
    {"province": "Noord-Brabant", "trede": 2, "compliance": "voldoet_gedeeltelijk"},
    "Noord-Brabant trede-2 cases with compliance voldoet_gedeeltelijk")
add("Ik ben nieuw en wil weten welke gemeenten in Zuid-Holland uitstel hebben, dus die om meer tijd voor hun "
    "reactie op de brief hebben gevraagd of een verlenging kregen. Kun je die voor me opzoeken?", "list",
    {"province": "Zuid-Holland", "state": ["extended"]},
    "Zuid-Holland cases with an extension asked/granted")
add("utrechtse gemeentes die gereageerd hebben maar waar de feiten en omstandigheden ontbreken", "list",
    {"province": "Utrecht", "state": ["answered"], "missing": ["facts"]},
    "province Utrecht cases that replied and miss the facts")

# ---- count
add(VOLDOET_NIET_COUNT, "count", {"compliance": "voldoet_niet"}, "number of cases with compliance voldoet_niet")
add("hoeveel zaken hebben nog geen behandelaar", "count", {"no_owner": True}, "number of cases without owner")
add("hoeveel Z-H gemeenten hebben te laat gereageerd", "count", {"province": "Zuid-Holland", "state": ["late"]},
    "number of Zuid-Holland cases that replied late")
add("Kun je even tellen hoeveel gemeenten er in totaal nog niet gereageerd hebben terwijl de termijn al "
    "verstreken is?", "count", {"state": ["no_reply"]}, "number of no_reply cases")
add("hoeveel gemeenten hebben uitstel", "count", {"state": ["extended"]}, "number of cases with an extension")
add("aantal gemeenten op trede 1", "count", {"trede": 1}, "number of trede-1 cases")
add("hoeveel gemeenten noemen geldgebrek als reden", "count", {"reason": "finance"},
    "number of cases stating finance as reason")
add("hoeveel gemeenten verwachten vóór de zomer van 2027 te voldoen", "count", {"expected_before": "2027-07-01"},
    "number of cases whose expected date ends before 2027-07-01")
add("Hoeveel gemeenten in Gelderland hebben wel iets teruggestuurd maar is dat nog niet compleet? Ik wil "
    "alleen het aantal weten.", "count", {"province": "Gelderland", "state": ["incomplete"]},
    "number of Gelderland cases with an incomplete reply")

# ---- status
add(HEEMSKERK, "status", {"gemeente": "Heemskerk"}, "the case of Heemskerk")
add("status den bosch", "status", {"gemeente": "'s-Hertogenbosch"}, "the case of 's-Hertogenbosch (alias Den Bosch)")
add("Hoe is het eigenlijk gesteld met Heerhugowaard? Ik hoorde dat die gemeente is opgegaan in een andere, maar "
    "ik wil graag weten hoe die zaak er nu voor staat.", "status", {"gemeente": "Dijk en Waard"},
    "the case of Dijk en Waard (former municipality Heerhugowaard)")
add("zaak sudwest fryslan", "status", {"gemeente": "Súdwest-Fryslân"}, "the case of Súdwest-Fryslân")
add("stand van zaken Tietjerksteradeel", "status", {"gemeente": "Tytsjerksteradiel"},
    "the case of Tytsjerksteradiel (Dutch name alias)")
add(LEEUWARDEN, "status", {"gemeente": "Leeuwarden"}, "the case of Leeuwarden (typo, guessed)")

# ---- fact
add("hoeveel plekken heeft Zaanstad gerealiseerd", "fact", {"gemeente": "Zaanstad", "fact": "places"},
    "places realised by Zaanstad")
add(HOORN_EXP, "fact", {"gemeente": "Hoorn", "fact": "expected"}, "Hoorn's expected date")
add(ENSCHEDE_OWNER, "fact", {"gemeente": "Enschede", "fact": "owner"}, "owner of Enschede")
add(TIEL, "fact", {"gemeente": "Tiel", "fact": "missing"}, "missing elements of Tiel")
add("wanneer loopt de termijn van Kerkrade af", "fact", {"gemeente": "Kerkrade", "fact": "termijn"},
    "Kerkrade's termijn")
add("Op welke trede van de interventieladder staat Coevorden op dit moment?", "fact",
    {"gemeente": "Coevorden", "fact": "trede"}, "Coevorden's trede")
add("voldoet Hengelo al", "fact", {"gemeente": "Hengelo (O.)", "fact": "compliance"},
    "compliance of Hengelo (O.)")
add("Welke redenen heeft Brielle opgegeven waarom het niet lukt om de opvangplekken op tijd te realiseren?",
    "fact", {"gemeente": "Voorne aan Zee", "fact": "reasons"},
    "reasons stated by Voorne aan Zee (former municipality Brielle)")
add("wanneer heeft eindhoven gereageerd", "fact", {"gemeente": "Eindhoven", "fact": "reply"},
    "when Eindhoven replied")
add("wat schreef Venlo op 14 juli", "fact", {"gemeente": "Venlo", "fact": "wrote", "date": "2026-07-14"},
    "what Venlo sent on 14 July (past: 2026-07-14)")

# ---- search
add("zoek 7468344", "search", {"search": "7468344"}, "search messages for reference 7468344")
add("Kun je in de berichten zoeken naar zaaknummer 2614307? Ik weet niet meer bij welke gemeente dat hoorde.",
    "search", {"search": "2614307"}, "search messages for case number 2614307")

# ---- help / overview / clarify / unknown
add("wat kan ik je allemaal vragen", "help", {}, "the list of what the bot can do")
add("stuur even het overzicht", "overview", {}, "the overview chart")
add("welke gemeenten zijn te laat", "clarify", {}, "bare 'te laat': asks back (no reply vs late reply)")
add("hoe zit het met Bergen", "clarify", {}, "ambiguous Bergen (L.) / Bergen (NH.): asks back")
add("wat speelt er in Utrecht", "clarify", {}, "Utrecht: municipality or province: asks back")
add("kun je een taxi voor me bestellen naar de Turfmarkt", "unknown", {}, "not something the bot does")

# ---- follow-ups (only the README's patterns: "en X?", "en wat ontbreekt daar?", "en in PROVINCIE?")
add(HEERLEN, "status", {"gemeente": "Heerlen"}, "follow-up: the case of Heerlen", after=[HEEMSKERK])
add("en wat ontbreekt daar?", "fact", {"gemeente": "Heerlen", "fact": "missing"},
    "follow-up: missing elements of Heerlen", after=[HEEMSKERK, HEERLEN])
add("en in Limburg?", "list", {"province": "Limburg", "state": ["no_reply"]},
    "follow-up: Limburg municipalities with no reply and termijn passed", after=[GLD_NR])
add("en in Overijssel?", "list", {"province": "Overijssel", "state": ["no_reply"]},
    "follow-up: Overijssel municipalities with no reply and termijn passed", after=[GLD_NR, "en in Limburg?"])
add("en Venlo?", "fact", {"gemeente": "Venlo", "fact": "owner"}, "follow-up: owner of Venlo",
    after=[ENSCHEDE_OWNER])
add("en in Drenthe?", "count", {"province": "Drenthe", "compliance": "voldoet_niet"},
    "follow-up: number of Drenthe cases with compliance voldoet_niet", after=[VOLDOET_NIET_COUNT])
add("en Zwolle?", "fact", {"gemeente": "Zwolle", "fact": "expected"}, "follow-up: Zwolle's expected date",
    after=[HOORN_EXP])
add("en in Gelderland?", "list", {"province": "Gelderland", "compliance": "voldoet_niet"},
    "follow-up: Gelderland cases with compliance voldoet_niet", after=[FRIES])


def expected_for(item):
    f, intent = item["filters"], item["intent"]
    if intent in ("list", "count"):
        return select(f), None
    if intent == "status":
        return [f["gemeente"]], None
    if intent == "fact":
        return [f["gemeente"]], fact_value(f["gemeente"], f["fact"], f.get("date"))
    if intent == "search":
        return search_hits(f["search"]), None
    return [], None


def main():
    assert len(Q) == 70, len(Q)
    rows = []
    for i, item in enumerate(Q):
        g, fact = expected_for(item)
        for n in g:
            assert n in S, n
        row = {
            "id": 6001 + i,
            "q": item["q"],
            "intent": item["intent"],
            "filters": item["filters"],
            "expected_gemeenten": g,
            "count": len(g),
            "after": item["after"],
            "as_staff": item["as_staff"],
            "on": ON,
            "meaning": item["meaning"],
        }
        if item["intent"] == "fact":
            row["expected_fact"] = fact
        rows.append(row)
    # every `after` text must be an earlier question's text
    seen = set()
    for r in rows:
        for a in r["after"]:
            assert a in seen, (r["id"], a)
        seen.add(r["q"])
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(collections.Counter(r["intent"] for r in rows))
    print("follow-ups:", sum(1 for r in rows if r["after"]), " --as:", sum(1 for r in rows if r["as_staff"]))
    for r in rows:
        extra = f"  fact={json.dumps(r.get('expected_fact'), ensure_ascii=False)}" if r["intent"] == "fact" else ""
        print(r["id"], r["intent"], r["count"], json.dumps(r["filters"], ensure_ascii=False), "|", r["q"][:60],
              "|", ", ".join(r["expected_gemeenten"][:8]) + (" …" if r["count"] > 8 else "") + extra)


if __name__ == "__main__":
    main()
