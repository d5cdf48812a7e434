"""Write questions.jsonl (100 questions, ids 30001-30100) for the q30 register (asking day 2027-09-08).
Expected sets and facts are computed here from status.json / due.json (expected.py recomputes them independently)."""
import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

ON = "2027-09-08"
STAFF = {"Femke": 30501, "Daan": 30502, "Loes": 30503, "Hakim": 30504}
ROWS = json.load(open("status.json", encoding="utf-8"))
BY = {r["gemeente"]: r for r in ROWS}
CASES = [r for r in ROWS if r["case"]]
DUE = json.load(open("due.json", encoding="utf-8"))
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}
NOORD, OOST, ZUID = ["Drenthe", "Friesland", "Groningen"], ["Gelderland", "Overijssel"], ["Limburg", "Noord-Brabant", "Zeeland"]
AMS = ZoneInfo("Europe/Amsterdam")


def interval(v):
    """expected date string -> (first day, last day)"""
    y = int(v[:4])
    rest = v[5:]
    if len(v) == 10:
        d = date.fromisoformat(v); return d, d
    if rest.startswith("Q"):
        q = int(rest[1]); a = date(y, 3 * q - 2, 1)
        b = date(y + 1, 1, 1) if q == 4 else date(y, 3 * q + 1, 1)
        return a, b - timedelta(days=1)
    if rest.startswith("H"):
        h = int(rest[1])
        return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
    m = int(rest); a = date(y, m, 1)
    b = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return a, b - timedelta(days=1)


def state_holds(r, s):
    c = r["case"]
    return {
        "no_reply": r["gemeente"] in NO_REPLY,
        "unanswered": not c["answered"],
        "answered": bool(c["answered"]),
        "late": bool(c["answered"]) and c["reply_on_time"] is False,
        "on_time": bool(c["answered"]) and c["reply_on_time"] is True,
        "incomplete": c["state"] == "answered_incomplete",
        "complete": c["state"] == "answered_complete",
        "extended": bool(c["extension_requested"]),
        "suspended": bool(c["suspended"]),
    }[s]


def as_list(v):
    return v if isinstance(v, list) else [v]


def match(r, f):
    c = r["case"]
    if "province" in f and r["province"] not in as_list(f["province"]): return False
    if "not_province" in f and r["province"] in as_list(f["not_province"]): return False
    if "not_gemeente" in f and r["gemeente"] in as_list(f["not_gemeente"]): return False
    if "trede" in f and c["trede"] != f["trede"]: return False
    if "not_trede" in f and c["trede"] in as_list(f["not_trede"]): return False
    if "owner" in f and c["owner"] != f["owner"]: return False
    if f.get("no_owner") and c["owner"] is not None: return False
    if f.get("letter_undelivered") and not c["letter_undelivered"]: return False
    if "compliance" in f and c["compliance"] != f["compliance"]: return False
    if any(not state_holds(r, s) for s in f.get("state", [])): return False
    if any(state_holds(r, s) for s in f.get("not_state", [])): return False
    if any(m not in (c["missing"] or []) for m in f.get("missing", [])): return False
    if "reason" in f and f["reason"] not in (r["reasons"] or []): return False
    if "expected_before" in f or "expected_after" in f:
        if not r["expected_date"]: return False
        a, b = interval(r["expected_date"])
        if "expected_before" in f and not b < date.fromisoformat(f["expected_before"]): return False
        if "expected_after" in f and not a > date.fromisoformat(f["expected_after"]): return False
    if "termijn_from" in f or "termijn_to" in f:
        if not c["termijn"]: return False
        t = c["termijn"]
        if "termijn_from" in f and t < f["termijn_from"]: return False
        if "termijn_to" in f and t > f["termijn_to"]: return False
    return True


def local_day(ts):
    return datetime.fromisoformat(ts).astimezone(AMS).date()


def fact(g, kind, day=None):
    r = BY[g]; c = r["case"]
    if kind == "places": return {"realised": r["realised_total"], "planned": r["planned_total"]}
    if kind == "expected": return r["expected_date"]
    if kind == "owner": return c["owner"]
    if kind == "missing": return c["missing"]
    if kind == "termijn": return c["termijn"]
    if kind == "trede": return c["trede"]
    if kind == "compliance": return c["compliance"]
    if kind == "reasons": return r["reasons"]
    if kind == "reply":
        d = local_day(c["reply_at"])
        return {"reply_date": d.isoformat(), "on_time": c["reply_on_time"],
                "days_after_termijn": (d - date.fromisoformat(c["termijn"])).days}
    if kind == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"]} for m in r["messages"]
                if local_day(m["received_at"]).isoformat() == day]
    if kind == "status":
        return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
                "termijn": c["termijn"], "answered": c["answered"], "reply_on_time": c["reply_on_time"],
                "missing": c["missing"], "expected_date": r["expected_date"],
                "places": {"realised": r["realised_total"], "planned": r["planned_total"]}, "reasons": r["reasons"]}
    raise ValueError(kind)


# (persona, q, intent, filters, after(offsets within the persona block, 1-based), meaning[, fact spec])
F, D, L, H = "Femke", "Daan", "Loes", "Hakim"
Q = []
def add(p, q, intent, filters, meaning, after=(), fact_spec=None):
    Q.append(dict(p=p, q=q, intent=intent, filters=filters, meaning=meaning, after=list(after), fact=fact_spec))

# ---------------- Femke: manager, full sentences, negated / combined ----------------
add(F, "Welke gemeenten buiten Brabant hebben wel gereageerd maar onvolledig?", "list",
    {"not_province": "Noord-Brabant", "state": ["answered", "incomplete"]},
    "answered cases whose state is answered_incomplete, Noord-Brabant left out")
add(F, "Hoeveel zaken hebben op dit moment nog geen behandelaar?", "count", {"no_owner": True},
    "count of cases without owner")
add(F, "Hoeveel gemeenten voldoen niet aan hun taak en hebben ook nog geen behandelaar?", "count",
    {"compliance": "voldoet_niet", "no_owner": True}, "voldoet_niet and no owner")
add(F, "Welke gemeenten in trede 2 hebben nog steeds niet gereageerd, Limburg niet meegerekend?", "list",
    {"trede": 2, "state": ["no_reply"], "not_province": "Limburg"}, "trede 2, overdue without reply, not Limburg")
add(F, "Hoeveel gemeenten in het noorden hebben te laat gereageerd?", "count",
    {"province": NOORD, "state": ["late"]}, "Noord = Dr/Fr/Gr; answered after the termijn")
add(F, "Welke gemeenten in Zuid-Holland hebben op tijd en volledig gereageerd?", "list",
    {"province": "Zuid-Holland", "state": ["complete", "on_time"]}, "ZH, reply on time and state answered_complete")
add(F, "Welke zaken staan inmiddels in trede 3?", "list", {"trede": 3}, "cases in trede 3")
add(F, "Hoeveel gemeenten hebben om uitstel gevraagd?", "count", {"state": ["extended"]},
    "extension requested (none granted)")
add(F, "Welke Gelderse gemeenten hebben gereageerd, uitgezonderd de gemeenten die te laat waren?", "list",
    {"province": "Gelderland", "state": ["answered"], "not_state": ["late"]}, "Gelderland, answered, not late")
add(F, "Van welke gemeenten is de brief onbestelbaar retour gekomen?", "list", {"letter_undelivered": True},
    "latest letter bounced")
add(F, "Welke gemeenten in Overijssel voldoen niet, maar niet in trede 3?", "list",
    {"province": "Overijssel", "compliance": "voldoet_niet", "not_trede": 3}, "Overijssel voldoet_niet, trede 3 left out")
add(F, "Wat is de stand van zaken bij Heemskerk?", "status", {"gemeente": "Heemskerk"},
    "status summary of Heemskerk", fact_spec=("Heemskerk", "status"))
add(F, "Welke gemeenten in Gelderland en Overijssel missen zowel de stappen als het tijdpad?", "list",
    {"province": OOST, "missing": ["steps", "timeline"]}, "Gld or Ov; steps and timeline both missing")
add(F, "Hoeveel zaken heeft Loes op dit moment?", "count", {"owner": "Loes"}, "cases owned by Loes")
add(F, "En hoeveel daarvan voldoen niet?", "count", {"owner": "Loes", "compliance": "voldoet_niet"},
    "follow-up: Loes's cases that voldoen niet", after=[14])
add(F, "Welke gemeenten met een onvolledige reactie hebben nog geen behandelaar?", "list",
    {"state": ["incomplete"], "no_owner": True}, "state answered_incomplete (as status shows it), no owner")
add(F, "Kun je de lijst van gemeenten die niet voldoen naar Excel exporteren?", "unknown",
    {"compliance": "voldoet_niet"}, "export is not possible; slot kept: voldoet_niet")
add(F, "Stuur alstublieft een herinnering naar alle gemeenten die nog niet hebben gereageerd.", "unknown",
    {"state": ["no_reply"]}, "sending mail is not possible; slot kept: no_reply")
add(F, "Welke vijf gemeenten hebben de grootste achterstand op hun taak?", "unknown", {},
    "ranking is not possible")
add(F, "Zijn er gemeenten die te laat maar wel volledig hebben gereageerd, Noord-Holland niet meegerekend?", "list",
    {"not_province": "Noord-Holland", "state": ["complete", "late"]}, "late reply, state answered_complete, NH left out")
add(F, "Hoeveel gemeenten met een verwachte datum die al verstreken is hebben nog geen behandelaar?", "count",
    {"expected_before": ON, "no_owner": True}, "expected date wholly before the asking day, no owner")
add(F, "Welke gemeenten in Noord-Brabant hebben gereageerd, behalve Tilburg en Breda?", "list",
    {"province": "Noord-Brabant", "state": ["answered"], "not_gemeente": ["Breda", "Tilburg"]},
    "NB answered, Breda and Tilburg left out")
add(F, "Kun je mij een overzicht geven van hoe alle zaken ervoor staan?", "overview", {}, "the overview")
add(F, "Welke gemeenten in Limburg en Zeeland hebben gereageerd zonder de feiten en omstandigheden te noemen?", "list",
    {"province": ["Limburg", "Zeeland"], "state": ["answered"], "missing": ["facts"]}, "Lb/Zl, answered, facts missing")
add(F, "Hoeveel gemeenten in de Randstad hebben nog steeds niet gereageerd?", "clarify", {"state": ["no_reply"]},
    "the Randstad has no fixed border: asked back")

# ---------------- Daan: hurried case officer, shorthand, typos, own cases, follow-ups ----------------
add(D, "mijn zaken", "list", {"owner": "Daan"}, "cases of the asker (Daan)")
add(D, "en daarvan zonder reactie?", "list", {"owner": "Daan", "state": ["no_reply"]},
    "follow-up: Daan's cases overdue without reply", after=[1])
add(D, "wlke van mij zijn onvolledig", "list", {"owner": "Daan", "state": ["incomplete"]}, "Daan's incomplete cases")
add(D, "hoevl in Lb nog geen reactie", "count", {"province": "Limburg", "state": ["no_reply"]},
    "Limburg, overdue without reply")
add(D, "en in NB?", "count", {"province": "Noord-Brabant", "state": ["no_reply"]},
    "follow-up: same in Noord-Brabant", after=[4])
add(D, "en in Gld ?", "count", {"province": "Gelderland", "state": ["no_reply"]},
    "follow-up: same in Gelderland", after=[4, 5])
add(D, "gld zonder tijdpad", "list", {"province": "Gelderland", "missing": ["timeline"]}, "Gelderland, timeline missing")
add(D, "wie heeft zeist", "fact", {"gemeente": "Zeist", "fact": "owner"}, "owner of Zeist (none)",
    fact_spec=("Zeist", "owner"))
add(D, "status almere", "status", {"gemeente": "Almere"}, "status of Almere", fact_spec=("Almere", "status"))
add(D, "te laat", "clarify", {}, "bare 'te laat': no reply after termijn or late reply: asked back")
add(D, "hoeveel hebbn te laat gereageerd", "count", {"state": ["late"]}, "answered after the termijn")
add(D, "en hoeveel daarvan was ook onvolledig", "count", {"state": ["incomplete", "late"]},
    "follow-up: late and incomplete", after=[11])
add(D, "en in ZH?", "count", {"province": "Zuid-Holland", "state": ["incomplete", "late"]},
    "follow-up: late and incomplete in ZH", after=[11, 12])
add(D, "ov tred 2 geen reactie", "list", {"province": "Overijssel", "trede": 2, "state": ["no_reply"]},
    "Overijssel, trede 2, overdue without reply")
add(D, "mijn zaken met uitstel", "list", {"owner": "Daan", "state": ["extended"]}, "Daan's cases with extension asked")
add(D, "wat ontbreekt bij rheden", "fact", {"gemeente": "Rheden", "fact": "missing"}, "missing elements of Rheden",
    fact_spec=("Rheden", "missing"))
add(D, "fr en gr zonder behandelaar", "list", {"province": ["Friesland", "Groningen"], "no_owner": True},
    "Friesland or Groningen, no owner")
add(D, "wnneer verloopt de termijn van helmond", "fact", {"gemeente": "Helmond", "fact": "termijn"},
    "termijn of Helmond", fact_spec=("Helmond", "termijn"))
add(D, "welke termijnen verlopen volgende week", "list", {"termijn_from": "2027-09-13", "termijn_to": "2027-09-19"},
    "termijn in Mon 13 - Sun 19 Sep 2027: none")
add(D, "wat moet ik deze week", "list", {"owner": "Daan", "termijn_from": "2027-09-06", "termijn_to": "2027-09-12"},
    "Daan's cases with termijn this week (Mon 6 - Sun 12 Sep 2027): none")
add(D, "onbestelbaar in lb?", "list", {"province": "Limburg", "letter_undelivered": True},
    "Limburg, letter undelivered")
add(D, "zh voldoet nie", "list", {"province": "Zuid-Holland", "compliance": "voldoet_niet"},
    "Zuid-Holland voldoet_niet")
add(D, "en zonder behandelaar?", "list", {"province": "Zuid-Holland", "compliance": "voldoet_niet", "no_owner": True},
    "follow-up: ZH voldoet_niet without owner", after=[22])
add(D, "zet urk op trede 3", "unknown", {"gemeente": "Urk"}, "changing the trede by question is not possible (use /trede)")
add(D, "zaken van hakim in gld", "list", {"owner": "Hakim", "province": "Gelderland"}, "Hakim's cases in Gelderland")

# ---------------- Loes: policy adviser: reasons, missing elements, expected dates, compliance ----------------
add(L, "Waar speelt bezwaar of beroep?", "list", {"reason": "objection_procedure"}, "reason objection_procedure")
add(L, "Welke gemeenten geven aan dat ze geen geschikte locatie kunnen vinden?", "list", {"reason": "no_location"},
    "reason no_location")
add(L, "Welke gemeenten in de provincie Utrecht kunnen geen locatie vinden?", "list",
    {"province": "Utrecht", "reason": "no_location"}, "province Utrecht, reason no_location")
add(L, "Wie verwacht vóór de zomer van 2027 te voldoen?", "list", {"expected_before": "2027-07-01"},
    "expected date ends before 1 July 2027")
add(L, "Welke gemeenten verwachten pas volgend jaar aan de taak te voldoen?", "list",
    {"expected_after": "2027-12-31", "expected_before": "2029-01-01"}, "expected date in 2028")
add(L, "Welke gemeenten verwachten dit jaar nog te voldoen?", "list",
    {"expected_after": ON, "expected_before": "2028-01-01"},
    "expected date starts after the asking day and ends in 2027")
add(L, "Welke gemeenten hadden volgens hun eigen planning al klaar moeten zijn?", "list", {"expected_before": ON},
    "an expected date that has already passed")
add(L, "Hoeveel gemeenten missen alle drie de elementen?", "count", {"missing": ["facts", "steps", "timeline"]},
    "facts, steps and timeline all missing")
add(L, "Welke gemeenten noemen geen tijdpad en voldoen niet?", "list",
    {"missing": ["timeline"], "compliance": "voldoet_niet"}, "timeline missing and voldoet_niet")
add(L, "Waar speelt een vergunningsprocedure in Noord-Holland?", "list",
    {"province": "Noord-Holland", "reason": "permit_procedure"}, "NH, reason permit_procedure")
add(L, "en in Zuid-Holland?", "list", {"province": "Zuid-Holland", "reason": "permit_procedure"},
    "follow-up: same in ZH", after=[10])
add(L, "Welke gemeenten wijzen op hun afhankelijkheid van het COA?", "list", {"reason": "coa_dependency"},
    "reason coa_dependency")
add(L, "Welke gemeenten voldoen gedeeltelijk en verwachten tussen 1 januari 2027 en 30 juni 2027 klaar te zijn?", "list",
    {"compliance": "voldoet_gedeeltelijk", "expected_after": "2026-12-31", "expected_before": "2027-07-01"},
    "voldoet_gedeeltelijk, expected date inside H1 2027")
add(L, "Hoeveel gemeenten noemen geldproblemen?", "count", {"reason": "finance"}, "reason finance")
add(L, "Bij welke gemeenten buiten Zuid-Holland is een raadsbesluit de oorzaak van de vertraging?", "list",
    {"reason": "council_decision", "not_province": "Zuid-Holland"}, "reason council_decision, ZH left out")
add(L, "Welke gemeenten zijn opvangplekken kwijtgeraakt?", "list", {"reason": "places_lost"}, "reason places_lost")
add(L, "Welke gemeenten met bezwaar of beroep beschrijven noch de stappen noch het tijdpad?", "list",
    {"reason": "objection_procedure", "missing": ["steps", "timeline"]}, "objection_procedure, steps and timeline missing")
add(L, "Voldoet de gemeente Hulst aan haar wettelijke taak?", "fact", {"gemeente": "Hulst", "fact": "compliance"},
    "compliance of Hulst", fact_spec=("Hulst", "compliance"))
add(L, "Welke redenen noemt Voorschoten voor de vertraging?", "fact", {"gemeente": "Voorschoten", "fact": "reasons"},
    "reasons of Voorschoten", fact_spec=("Voorschoten", "reasons"))
add(L, "Welke gemeenten in Zuid-Nederland voldoen niet?", "list", {"province": ZUID, "compliance": "voldoet_niet"},
    "Lb/NB/Zl, voldoet_niet")
add(L, "Hoeveel gemeenten voldoen inmiddels wel aan hun taak?", "count", {"compliance": "voldoet"}, "compliance voldoet")
add(L, "Welke gemeenten verwachten in Q1 2027 te voldoen?", "list",
    {"expected_after": "2026-12-31", "expected_before": "2027-04-01"}, "expected date inside Q1 2027")
add(L, "En in het tweede kwartaal van 2027?", "list",
    {"expected_after": "2027-03-31", "expected_before": "2027-07-01"}, "follow-up: window replaced by Q2 2027",
    after=[22])
add(L, "Welke gemeenten met woningnood hebben nog geen behandelaar?", "list",
    {"reason": "housing_shortage", "no_owner": True}, "reason housing_shortage, no owner")
add(L, "Bij welke onvolledige reacties ontbreken de feiten en omstandigheden?", "list",
    {"state": ["incomplete"], "missing": ["facts"]}, "state answered_incomplete, facts missing")

# ---------------- Hakim: intern, half English, per-municipality facts, can't-do, greetings, ambiguous names ----------------
add(H, "Hoi! How does this bot work?", "help", {}, "greeting + how does it work")
add(H, "How many places has Roosendaal realised?", "fact", {"gemeente": "Roosendaal", "fact": "places"},
    "places of Roosendaal", fact_spec=("Roosendaal", "places"))
add(H, "When does Zaanstad expect to be klaar?", "fact", {"gemeente": "Zaanstad", "fact": "expected"},
    "expected date of Zaanstad", fact_spec=("Zaanstad", "expected"))
add(H, "Who is the behandelaar of Almere?", "fact", {"gemeente": "Almere", "fact": "owner"}, "owner of Almere",
    fact_spec=("Almere", "owner"))
add(H, "hoe staat Bergen ervoor?", "clarify", {}, "Bergen (L.) or Bergen (NH.): asked back")
add(H, "Bergen in Limburg, which trede?", "fact", {"gemeente": "Bergen (L.)", "fact": "trede"}, "trede of Bergen (L.)",
    fact_spec=("Bergen (L.)", "trede"))
add(H, "When did Tholen reply, and was it on time?", "fact", {"gemeente": "Tholen", "fact": "reply"},
    "reply date of Tholen, late by 7 days", fact_spec=("Tholen", "reply"))
add(H, "When did Hilversum answer?", "fact", {"gemeente": "Hilversum", "fact": "reply"},
    "reply date of Hilversum (late)", fact_spec=("Hilversum", "reply"))
add(H, "and Zevenaar?", "fact", {"gemeente": "Zevenaar", "fact": "reply"},
    "follow-up: reply of Zevenaar (on time)", after=[8], fact_spec=("Zevenaar", "reply"))
add(H, "Can you send Heerenveen a reminder email please?", "unknown", {"gemeente": "Heerenveen"},
    "sending mail is not possible")
add(H, "What is the phone number of gemeente Oss?", "unknown", {"gemeente": "Oss"}, "contact data not possible")
add(H, "which gemeenten lie next to Zeist?", "unknown", {"gemeente": "Zeist"}, "neighbours not possible")
add(H, "how many gemeenten in Twente did not reply?", "unknown", {"state": ["no_reply"]},
    "Twente has no border in the register; slot kept: no_reply")
add(H, "hoe zit het met Utrecht?", "clarify", {}, "Utrecht: municipality or province: asked back")
add(H, "what's missing in De Bilt?", "fact", {"gemeente": "De Bilt", "fact": "missing"}, "missing of De Bilt",
    fact_spec=("De Bilt", "missing"))
add(H, "my cases please", "list", {"owner": "Hakim"}, "cases of the asker (Hakim)")
add(H, "which of my cases did not reply yet?", "list", {"owner": "Hakim", "state": ["no_reply"]},
    "Hakim's cases overdue without reply")
add(H, "thanks!", "help", {}, "thanks")
add(H, "How is Den Bosch doing?", "status", {"gemeente": "'s-Hertogenbosch"}, "status of 's-Hertogenbosch",
    fact_spec=("'s-Hertogenbosch", "status"))
add(H, "how many plekken does Stein have, realised and planned?", "fact", {"gemeente": "Stein (L.)", "fact": "places"},
    "places of Stein (L.)", fact_spec=("Stein (L.)", "places"))
add(H, "what's the termijn of Eemnes?", "fact", {"gemeente": "Eemnes", "fact": "termijn"}, "termijn of Eemnes",
    fact_spec=("Eemnes", "termijn"))
add(H, "Which reasons does Delft give?", "fact", {"gemeente": "Delft", "fact": "reasons"}, "reasons of Delft",
    fact_spec=("Delft", "reasons"))
add(H, "Can you compare Limburg with Zeeland?", "unknown", {"province": ["Limburg", "Zeeland"]},
    "comparison not possible; provinces understood")
add(H, "What did Ede write on 4 mei 2026?", "fact", {"gemeente": "Ede", "fact": "wrote", "date": "2026-05-04"},
    "message(s) of Ede received 4 May 2026", fact_spec=("Ede", "wrote", "2026-05-04"))
add(H, "Goedemorgen, which gemeenten in Fr are still in trede 1?", "list", {"province": "Friesland", "trede": 1},
    "Friesland, trede 1")


def norm(f):
    f = dict(f)
    for k in ("state", "not_state", "missing"):
        if k in f: f[k] = sorted(f[k])
    for k in ("province", "not_province", "not_gemeente"):
        if isinstance(f.get(k), list): f[k] = sorted(f[k])
    return f


def build():
    out, base = [], {F: 30001, D: 30026, L: 30051, H: 30076}
    seen = {p: 0 for p in base}
    for x in Q:
        p = x["p"]; qid = base[p] + seen[p]; seen[p] += 1
        f = norm(x["filters"])
        rec = {"id": qid, "q": x["q"], "intent": x["intent"], "filters": f}
        if x["intent"] in ("list", "count"):
            g = sorted(r["gemeente"] for r in CASES if match(r, f))
            rec["expected_gemeenten"], rec["count"] = g, len(g)
        else:
            rec["expected_gemeenten"], rec["count"] = [], None
        rec["after"] = [base[p] + a - 1 for a in x["after"]]
        rec["as_staff"] = STAFF[p]; rec["on"] = ON; rec["meaning"] = x["meaning"]
        if x["fact"]:
            rec["expected_fact"] = fact(*x["fact"])
        out.append(rec)
    assert all(v == 25 for v in seen.values()), seen
    return out


if __name__ == "__main__":
    recs = build()
    with open("questions.jsonl", "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(recs), "questions -> questions.jsonl")
