#!/usr/bin/env python3
"""Set 46: 100 questions for `spreidingsbot ask`, asked on Tuesday 2028-12-12.

Every list/count question carries a hand-written predicate over status.json / due.json; every fact
question a hand-written fact.  expected.py recomputes the sets from intent+filters alone and must agree.
Writes questions46_with_expected_sets.jsonl.
"""
import json, os
from datetime import date, datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2028-12-12"
S = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}
AMS = ZoneInfo("Europe/Amsterdam")

MARIEKE, JOOST, FEMKE, RUBEN = 46501, 46502, 46503, 46504

NOORD = {"Drenthe", "Friesland", "Groningen"}
OOST = {"Gelderland", "Overijssel"}
ZUID = {"Limburg", "Noord-Brabant", "Zeeland"}


def local_day(ts):
    return datetime.fromisoformat(ts).astimezone(AMS).date()


# ---- small hand helpers (used inside the predicates) ----
def P(v):  # province
    return v["province"]

def C(v):  # case
    return v["case"]

def late(v):
    return C(v)["answered"] and C(v)["reply_on_time"] is False

def on_time(v):
    return C(v)["answered"] and C(v)["reply_on_time"] is True

def exp_first_last(e):
    """first and last day of an expected date (day, month, quarter, half year)"""
    if e is None:
        return None
    y = int(e[:4])
    rest = e[5:]
    if len(e) == 10:
        d = date.fromisoformat(e); return d, d
    if rest.startswith("Q"):
        q = int(rest[1]); m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1]); m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(rest)
    first = date(y, m1, 1)
    last = date(y + (m2 == 12), (m2 % 12) + 1, 1).toordinal() - 1
    return first, date.fromordinal(last)


# ---- facts ----
def places(g):
    return {"realised": S[g]["realised_total"], "planned": S[g]["planned_total"]}

def expected(g):
    return S[g]["expected_date"]

def owner(g):
    return C(S[g])["owner"]

def missing(g):
    return sorted(C(S[g])["missing"])

def termijn(g):
    return C(S[g])["termijn"]

def reply(g):
    c = C(S[g])
    if not c["answered"]:
        return {"reply_date": None, "on_time": None, "days_after_termijn": None}
    d = local_day(c["reply_at"])
    return {"reply_date": d.isoformat(), "on_time": c["reply_on_time"],
            "days_after_termijn": (d - date.fromisoformat(c["termijn"])).days}

def reasons(g):
    return sorted(S[g]["reasons"])

def trede(g):
    return C(S[g])["trede"]

def compliance(g):
    return C(S[g])["compliance"]

def wrote(g, day):
    return [{"message_id": m["id"], "kind": m["kind"], "subject": m["subject"], "from": m["from_addr"]}
            for m in S[g]["messages"] if local_day(m["received_at"]).isoformat() == day]

def status(g):
    v = S[g]; c = C(v)
    return {"state": c["state"], "trede": c["trede"], "owner": c["owner"], "compliance": c["compliance"],
            "termijn": c["termijn"], "answered": c["answered"], "overdue": g in NO_REPLY,
            "extension_requested": c["extension_requested"], "letter_undelivered": c["letter_undelivered"],
            "missing": sorted(c["missing"]), "expected_date": v["expected_date"],
            "realised": v["realised_total"], "planned": v["planned_total"], "reasons": sorted(v["reasons"])}


Q = []

def q(id, who, text, intent, filters, pred=None, fact=None, after=(), meaning=""):
    Q.append(dict(id=id, who=who, q=text, intent=intent, filters=filters, pred=pred, fact=fact,
                  after=list(after), meaning=meaning))


# =====================================================================================
# 46501 Marieke, beheerder, DG office: overviews before a Tweede Kamer debate; formal, long
# =====================================================================================
W = MARIEKE
q(46001, W, "Ten behoeve van het debat in de Tweede Kamer van aanstaande donderdag zou ik graag willen weten hoeveel gemeenten tot op heden nog altijd niet hebben gereageerd op onze brief, terwijl de termijn daarvoor inmiddels is verstreken.",
  "count", {"state": ["no_reply"]},
  pred=lambda g, v: g in NO_REPLY,
  meaning="How many municipalities have not replied although the termijn has passed.")
q(46002, W, "En hoeveel van die gemeenten zijn gelegen in de provincie Zuid-Holland?",
  "count", {"state": ["no_reply"], "province": "Zuid-Holland"},
  pred=lambda g, v: g in NO_REPLY and P(v) == "Zuid-Holland", after=[46001],
  meaning="Of those without a reply after the termijn, how many are in Zuid-Holland.")
q(46003, W, "Kunt u mij aangeven hoeveel gemeenten in Noord-Nederland, dat wil zeggen Groningen, Friesland en Drenthe, op dit moment in het geheel niet voldoen aan hun wettelijke taak?",
  "count", {"compliance": "voldoet_niet", "province": ["Drenthe", "Friesland", "Groningen"]},
  pred=lambda g, v: C(v)["compliance"] == "voldoet_niet" and P(v) in NOORD,
  meaning="How many municipalities in the three northern provinces do not meet their task at all.")
q(46004, W, "En hoe ligt dat in Zuid-Nederland?",
  "count", {"compliance": "voldoet_niet", "province": ["Limburg", "Noord-Brabant", "Zeeland"]},
  pred=lambda g, v: C(v)["compliance"] == "voldoet_niet" and P(v) in ZUID, after=[46003],
  meaning="The same count (voldoet niet) for Limburg, Noord-Brabant and Zeeland.")
q(46005, W, "Welke gemeenten voldoen slechts gedeeltelijk aan hun taakstelling en hebben in hun reactie aangegeven dat het ontbreken van een geschikte locatie daarvan de oorzaak is?",
  "list", {"compliance": "voldoet_gedeeltelijk", "reason": "no_location"},
  pred=lambda g, v: C(v)["compliance"] == "voldoet_gedeeltelijk" and "no_location" in v["reasons"],
  meaning="Partly compliant municipalities that name the lack of a location as a reason.")
q(46006, W, "Zou u mij kunnen laten weten welke gemeenten zich op dit moment in trede 3, het actief toezicht, bevinden?",
  "list", {"trede": 3},
  pred=lambda g, v: C(v)["trede"] == 3,
  meaning="Municipalities at trede 3.")
q(46007, W, "Graag ontvang ik van u een beknopt totaaloverzicht van de stand van zaken rond de spreiding, zodat ik de staatssecretaris vóór het debat kan informeren.",
  "overview", {},
  meaning="An overall overview of the register.")
q(46008, W, "Hoeveel gemeenten in Oost-Nederland hebben een verzoek om uitstel van de reactietermijn ingediend?",
  "count", {"state": ["extended"], "province": ["Gelderland", "Overijssel"]},
  pred=lambda g, v: C(v)["extension_requested"] and P(v) in OOST,
  meaning="How many municipalities in Gelderland and Overijssel asked for an extension.")
q(46009, W, "Hoeveel gemeenten hebben weliswaar een reactie gestuurd, maar hebben dat pas gedaan nadat de termijn van drie weken was verstreken?",
  "count", {"state": ["late"]},
  pred=lambda g, v: late(v),
  meaning="How many municipalities replied after the termijn.")
q(46010, W, "En hoeveel daarvan waren bovendien ook nog onvolledig?",
  "count", {"state": ["incomplete", "late"]},
  pred=lambda g, v: late(v) and C(v)["state"] == "answered_incomplete", after=[46009],
  meaning="Of the late repliers, how many are also incomplete.")
q(46011, W, "Hoeveel gemeenten hebben ons een verwachte datum voor het voldoen aan de taak opgegeven die inmiddels al verstreken is?",
  "count", {"expected_before": "2028-12-12"},
  pred=lambda g, v: v["expected_date"] is not None and exp_first_last(v["expected_date"])[1] < date(2028, 12, 12),
  meaning="How many municipalities have an expected date that already lies in the past.")
q(46012, W, "Welke gemeenten in de provincie Utrecht verwachten pas in de tweede helft van 2027 aan hun wettelijke taak te voldoen?",
  "list", {"province": "Utrecht", "expected_after": "2027-06-30", "expected_before": "2028-01-01"},
  pred=lambda g, v: P(v) == "Utrecht" and v["expected_date"] is not None
  and exp_first_last(v["expected_date"])[0] > date(2027, 6, 30)
  and exp_first_last(v["expected_date"])[1] < date(2028, 1, 1),
  meaning="Municipalities in the province of Utrecht expecting to be done in the second half of 2027.")
q(46013, W, "Hoeveel Brabantse gemeenten hebben in hun reactie noch de te zetten stappen noch een tijdpad benoemd?",
  "count", {"province": "Noord-Brabant", "missing": ["steps", "timeline"]},
  pred=lambda g, v: P(v) == "Noord-Brabant" and {"steps", "timeline"} <= set(C(v)["missing"]),
  meaning="How many Noord-Brabant municipalities miss both steps and timeline.")
q(46014, W, "Hoeveel gemeenten in de Randstad hebben tot op heden niet gereageerd op onze brief?",
  "clarify", {"state": ["no_reply"]},
  meaning="The Randstad has no fixed border, so the bot must ask which provinces are meant.")
q(46015, W, "Zou het mogelijk zijn de lijst van gemeenten die nog niet hebben gereageerd als csv-bestand aan te leveren, zodat wij die als bijlage bij de Kamerbrief kunnen voegen?",
  "unknown", {"state": ["no_reply"]},
  meaning="An export request (csv) of the no-reply list, which the bot cannot do.")
q(46016, W, "Hoeveel gemeenten bevinden zich nog in trede 1 en hebben tot nu toe geen behandelaar toegewezen gekregen?",
  "count", {"trede": 1, "no_owner": True},
  pred=lambda g, v: C(v)["trede"] == 1 and C(v)["owner"] is None,
  meaning="How many trede-1 cases have no owner.")
q(46017, W, "Welke Limburgse gemeenten hebben binnen de gestelde termijn gereageerd, met uitzondering van Venlo, waarover de Kamer reeds is geïnformeerd?",
  "list", {"province": "Limburg", "state": ["on_time"], "not_gemeente": "Venlo"},
  pred=lambda g, v: P(v) == "Limburg" and on_time(v) and g != "Venlo",
  meaning="Limburg municipalities that replied on time, Venlo left out.")
q(46018, W, "Hoeveel gemeenten hebben in hun reactie lopende bezwaarprocedures aangevoerd als reden voor de vertraging?",
  "count", {"reason": "objection_procedure"},
  pred=lambda g, v: "objection_procedure" in v["reasons"],
  meaning="How many municipalities cite objection procedures as a reason.")
q(46019, W, "En hoeveel gemeenten wijzen op weerstand of verzet vanuit de lokale bevolking?",
  "count", {"reason": "local_opposition"},
  pred=lambda g, v: "local_opposition" in v["reasons"], after=[46018],
  meaning="How many municipalities cite local opposition as a reason (replaces the previous reason).")
q(46020, W, "Welke gemeenten in Gelderland en Overijssel hebben op onze brief gereageerd, met uitzondering van de gemeenten die dat te laat hebben gedaan?",
  "list", {"province": ["Gelderland", "Overijssel"], "state": ["answered"], "not_state": ["late"]},
  pred=lambda g, v: P(v) in OOST and C(v)["answered"] and not late(v),
  meaning="Municipalities in Gelderland or Overijssel that answered, leaving out the late ones.")
q(46021, W, "Hoeveel gemeenten hebben een reactie ingediend waarin alle drie de vereiste elementen ontbreken, dus zowel de feiten en omstandigheden als de stappen en het tijdpad?",
  "count", {"missing": ["facts", "steps", "timeline"]},
  pred=lambda g, v: {"facts", "steps", "timeline"} <= set(C(v)["missing"]),
  meaning="How many cases miss all three elements.")
q(46022, W, "Hoeveel gemeenten in trede 2 voldoen in het geheel niet aan hun taak, Limburg niet meegerekend?",
  "count", {"trede": 2, "compliance": "voldoet_niet", "not_province": "Limburg"},
  pred=lambda g, v: C(v)["trede"] == 2 and C(v)["compliance"] == "voldoet_niet" and P(v) != "Limburg",
  meaning="How many trede-2 municipalities do not comply, outside Limburg.")
q(46023, W, "Welke vijf gemeenten hebben naar uw inschatting de grootste achterstand ten opzichte van hun taakstelling, zodat ik die in het debat kan noemen?",
  "unknown", {},
  meaning="A ranking (top five by backlog), which the bot cannot make.")
q(46024, W, "Hoeveel gemeenten in de provincie Groningen hebben een onvolledige reactie gestuurd?",
  "count", {"province": "Groningen", "state": ["incomplete"]},
  pred=lambda g, v: P(v) == "Groningen" and C(v)["state"] == "answered_incomplete",
  meaning="How many municipalities in the province of Groningen are in state answered_incomplete.")
q(46025, W, "Dank u wel, hiermee ben ik voor het debat voldoende voorbereid.",
  "help", {},
  meaning="Thanks; a courtesy message.")

# =====================================================================================
# 46502 Joost, behandelaar: types fast on a phone
# =====================================================================================
W = JOOST
q(46026, W, "hoevl gemeenten in gld nog geen reactie",
  "count", {"state": ["no_reply"], "province": "Gelderland"},
  pred=lambda g, v: g in NO_REPLY and P(v) == "Gelderland",
  meaning="How many Gelderland municipalities have no reply after the termijn.")
q(46027, W, "en ov?",
  "count", {"state": ["no_reply"], "province": "Overijssel"},
  pred=lambda g, v: g in NO_REPLY and P(v) == "Overijssel", after=[46026],
  meaning="The same count for Overijssel.")
q(46028, W, "wlke zijn dat",
  "list", {"state": ["no_reply"], "province": "Overijssel"},
  pred=lambda g, v: g in NO_REPLY and P(v) == "Overijssel", after=[46026, 46027],
  meaning="List the Overijssel municipalities without a reply.")
q(46029, W, "mijn zaken",
  "list", {"owner": "Joost"},
  pred=lambda g, v: C(v)["owner"] == "Joost",
  meaning="The asker's (Joost's) cases.")
q(46030, W, "welke vn mijn zaken zijn te laat",
  "clarify", {"owner": "Joost"},
  meaning="Bare 'te laat' is two-way (no reply after termijn / replied late): asked back.")
q(46031, W, "mijn zaken zonder reactie termijn verstreken",
  "list", {"owner": "Joost", "state": ["no_reply"]},
  pred=lambda g, v: C(v)["owner"] == "Joost" and g in NO_REPLY,
  meaning="Joost's cases without a reply after the termijn.")
q(46032, W, "zaken vn femke met onvolledige reactie",
  "list", {"owner": "Femke", "state": ["incomplete"]},
  pred=lambda g, v: C(v)["owner"] == "Femke" and C(v)["state"] == "answered_incomplete",
  meaning="Femke's cases whose reply is incomplete.")
q(46033, W, "hoeveel zonder behandelaar in zh",
  "count", {"no_owner": True, "province": "Zuid-Holland"},
  pred=lambda g, v: C(v)["owner"] is None and P(v) == "Zuid-Holland",
  meaning="How many Zuid-Holland cases have no owner.")
q(46034, W, "trede 2 lb wat mist tijdpad",
  "list", {"trede": 2, "province": "Limburg", "missing": ["timeline"]},
  pred=lambda g, v: C(v)["trede"] == 2 and P(v) == "Limburg" and "timeline" in C(v)["missing"],
  meaning="Limburg trede-2 cases that miss the timeline.")
q(46035, W, "uitstel gevraagd zeeland?",
  "list", {"state": ["extended"], "province": "Zeeland"},
  pred=lambda g, v: C(v)["extension_requested"] and P(v) == "Zeeland",
  meaning="Zeeland municipalities that asked for an extension.")
q(46036, W, "status zwijndrecht",
  "status", {"gemeente": "Zwijndrecht"}, fact=lambda: status("Zwijndrecht"),
  meaning="The status of Zwijndrecht.")
q(46037, W, "wnnr verwacht hoorn klaar te zijn",
  "fact", {"gemeente": "Hoorn", "fact": "expected"}, fact=lambda: expected("Hoorn"),
  meaning="Hoorn's expected date.")
q(46038, W, "en hoevl plekken hebben ze",
  "fact", {"gemeente": "Hoorn", "fact": "places"}, fact=lambda: places("Hoorn"), after=[46037],
  meaning="Hoorn's realised and planned places.")
q(46039, W, "hoevl vldoen niet in fr",
  "count", {"compliance": "voldoet_niet", "province": "Friesland"},
  pred=lambda g, v: C(v)["compliance"] == "voldoet_niet" and P(v) == "Friesland",
  meaning="How many Friesland municipalities do not comply.")
q(46040, W, "welke gem. in dr hebben op tijd gereageerd en zijn compleet",
  "list", {"province": "Drenthe", "state": ["complete", "on_time"]},
  pred=lambda g, v: P(v) == "Drenthe" and on_time(v) and C(v)["state"] == "answered_complete",
  meaning="Drenthe municipalities that replied on time with a complete reply.")
q(46041, W, "brieven onbestelbaar retour?",
  "list", {"letter_undelivered": True},
  pred=lambda g, v: C(v)["letter_undelivered"],
  meaning="Cases whose latest letter came back undelivered.")
q(46042, W, "en daarvan mijn zaken",
  "list", {"letter_undelivered": True, "owner": "Joost"},
  pred=lambda g, v: C(v)["letter_undelivered"] and C(v)["owner"] == "Joost", after=[46041],
  meaning="Of the undelivered letters, Joost's cases.")
q(46043, W, "welke gemeenten hebbn geldproblemen als reden",
  "list", {"reason": "finance"},
  pred=lambda g, v: "finance" in v["reasons"],
  meaning="Municipalities citing finance as a reason.")
q(46044, W, "wat moet ik deze week",
  "list", {"owner": "Joost", "termijn_from": "2028-12-11", "termijn_to": "2028-12-17"},
  pred=lambda g, v: C(v)["owner"] == "Joost" and C(v)["termijn"] is not None
  and "2028-12-11" <= C(v)["termijn"] <= "2028-12-17",
  meaning="Joost's cases with a termijn in the current week (none: every termijn lies in 2026).")
q(46045, W, "telnr gemeente oss?",
  "unknown", {"gemeente": "Oss"},
  meaning="A phone number (contact data), which the bot does not hold.")
q(46046, W, "eigenaar lelystad",
  "fact", {"gemeente": "Lelystad", "fact": "owner"}, fact=lambda: owner("Lelystad"),
  meaning="Who owns the Lelystad case.")
q(46047, W, "wat ontbreekt bij zeewolde",
  "fact", {"gemeente": "Zeewolde", "fact": "missing"}, fact=lambda: missing("Zeewolde"),
  meaning="Which elements are missing for Zeewolde.")
q(46048, W, "hoevl in zeeland gereageerd behalve goes en sluis",
  "count", {"province": "Zeeland", "state": ["answered"], "not_gemeente": ["Goes", "Sluis"]},
  pred=lambda g, v: P(v) == "Zeeland" and C(v)["answered"] and g not in ("Goes", "Sluis"),
  meaning="How many Zeeland municipalities answered, Goes and Sluis left out.")
q(46049, W, "termijn in juni 2026 verlopen en nog nx ontvangen",
  "list", {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["no_reply"]},
  pred=lambda g, v: C(v)["termijn"] is not None and "2026-06-01" <= C(v)["termijn"] <= "2026-06-30" and g in NO_REPLY,
  meaning="Cases with a termijn in June 2026 and no reply.")
q(46050, W, "thx",
  "help", {},
  meaning="Thanks.")

# =====================================================================================
# 46503 Femke, behandelaar: per-municipality facts and follow-ups
# =====================================================================================
W = FEMKE
q(46051, W, "Hoeveel opvangplekken heeft Nijmegen nu gerealiseerd en hoeveel zijn er in voorbereiding?",
  "fact", {"gemeente": "Nijmegen", "fact": "places"}, fact=lambda: places("Nijmegen"),
  meaning="Nijmegen's realised and planned places.")
q(46052, W, "En wanneer verwachten ze volledig aan de taak te voldoen?",
  "fact", {"gemeente": "Nijmegen", "fact": "expected"}, fact=lambda: expected("Nijmegen"), after=[46051],
  meaning="Nijmegen's expected date.")
q(46053, W, "Welke redenen noemen ze voor de vertraging?",
  "fact", {"gemeente": "Nijmegen", "fact": "reasons"}, fact=lambda: reasons("Nijmegen"), after=[46051],
  meaning="The reasons Nijmegen gives.")
q(46054, W, "Tot wanneer had Breda om te reageren?",
  "fact", {"gemeente": "Breda", "fact": "termijn"}, fact=lambda: termijn("Breda"),
  meaning="Breda's termijn.")
q(46055, W, "Hebben ze op tijd gereageerd?",
  "fact", {"gemeente": "Breda", "fact": "reply"}, fact=lambda: reply("Breda"), after=[46054],
  meaning="Breda's reply date and whether it was on time.")
q(46056, W, "Wat ontbreekt er nog in hun reactie?",
  "fact", {"gemeente": "Breda", "fact": "missing"}, fact=lambda: missing("Breda"), after=[46054],
  meaning="The elements missing from Breda's reply.")
q(46057, W, "Wat schreef Hengelo op 16 april 2026?",
  "fact", {"gemeente": "Hengelo (O.)", "fact": "wrote", "date": "2026-04-16"},
  fact=lambda: wrote("Hengelo (O.)", "2026-04-16"),
  meaning="The message(s) Hengelo (O.) sent on 16 April 2026.")
q(46058, W, "In welke trede zit Coevorden op dit moment?",
  "fact", {"gemeente": "Coevorden", "fact": "trede"}, fact=lambda: trede("Coevorden"),
  meaning="Coevorden's trede.")
q(46059, W, "En voldoet de gemeente aan haar wettelijke taak?",
  "fact", {"gemeente": "Coevorden", "fact": "compliance"}, fact=lambda: compliance("Coevorden"), after=[46058],
  meaning="Whether Coevorden meets its legal task.")
q(46060, W, "Wie is de behandelaar van Tholen?",
  "fact", {"gemeente": "Tholen", "fact": "owner"}, fact=lambda: owner("Tholen"),
  meaning="Who owns the Tholen case.")
q(46061, W, "Hoe staat Eindhoven ervoor?",
  "status", {"gemeente": "Eindhoven"}, fact=lambda: status("Eindhoven"),
  meaning="The status of Eindhoven.")
q(46062, W, "Hoeveel plaatsen heeft Sittard-Geleen gepland?",
  "fact", {"gemeente": "Sittard-Geleen", "fact": "places"}, fact=lambda: places("Sittard-Geleen"),
  meaning="Sittard-Geleen's places (planned not stated: null).")
q(46063, W, "Hoe zit het met Bergen?",
  "clarify", {},
  meaning="Bergen is Bergen (L.) or Bergen (NH.): asked back.")
q(46064, W, "Ik bedoel Bergen in Limburg. Wanneer verwachten ze klaar te zijn?",
  "fact", {"gemeente": "Bergen (L.)", "fact": "expected"}, fact=lambda: expected("Bergen (L.)"), after=[46063],
  meaning="Bergen (L.)'s expected date.")
q(46065, W, "Welke reden hebben ze daarvoor opgegeven?",
  "fact", {"gemeente": "Bergen (L.)", "fact": "reasons"}, fact=lambda: reasons("Bergen (L.)"), after=[46064],
  meaning="The reasons Bergen (L.) gives.")
q(46066, W, "Wanneer liep de termijn van Heerlen af?",
  "fact", {"gemeente": "Heerlen", "fact": "termijn"}, fact=lambda: termijn("Heerlen"),
  meaning="Heerlen's termijn.")
q(46067, W, "Hoeveel dagen te laat was hun reactie?",
  "fact", {"gemeente": "Heerlen", "fact": "reply"}, fact=lambda: reply("Heerlen"), after=[46066],
  meaning="Heerlen's reply date and how many days after the termijn.")
q(46068, W, "Wat heeft Venlo ons op 14 juli 2026 gestuurd?",
  "fact", {"gemeente": "Venlo", "fact": "wrote", "date": "2026-07-14"},
  fact=lambda: wrote("Venlo", "2026-07-14"),
  meaning="The message(s) Venlo sent on 14 July 2026 (a meldplicht notice).")
q(46069, W, "Hoe zit het met Utrecht?",
  "clarify", {},
  meaning="Utrecht is a province and a municipality: asked back.")
q(46070, W, "De gemeente bedoel ik. Hoeveel plekken hebben ze nu en hoeveel komen erbij?",
  "fact", {"gemeente": "Utrecht", "fact": "places"}, fact=lambda: places("Utrecht"), after=[46069],
  meaning="The municipality of Utrecht's realised and planned places.")
q(46071, W, "En hoe doen de buurgemeenten van Veenendaal het?",
  "unknown", {"gemeente": "Veenendaal"},
  meaning="Neighbours of a municipality, which the bot cannot determine.")
q(46072, W, "Hoeveel plekken heeft Den Bosch al?",
  "fact", {"gemeente": "'s-Hertogenbosch", "fact": "places"}, fact=lambda: places("'s-Hertogenbosch"),
  meaning="'s-Hertogenbosch's realised (and planned) places.")
q(46073, W, "Wanneer heeft sudwest fryslan gereageerd?",
  "fact", {"gemeente": "Súdwest-Fryslân", "fact": "reply"}, fact=lambda: reply("Súdwest-Fryslân"),
  meaning="Súdwest-Fryslân's reply date and timeliness.")
q(46074, W, "Is er al iemand die Kampen behandelt?",
  "fact", {"gemeente": "Kampen", "fact": "owner"}, fact=lambda: owner("Kampen"),
  meaning="The owner of Kampen (none).")
q(46075, W, "Welke elementen mist de reactie van Veere?",
  "fact", {"gemeente": "Veere", "fact": "missing"}, fact=lambda: missing("Veere"),
  meaning="The elements Veere's reply misses.")

# =====================================================================================
# 46504 Ruben, behandelaar, new trainee: roundabout and polite
# =====================================================================================
W = RUBEN
q(46076, W, "Goedemorgen! Ik ben net begonnen in het team en vroeg me af wat ik u zoal kan vragen?",
  "help", {},
  meaning="Greeting and a question about what the bot can do.")
q(46077, W, "Zou u mij misschien kunnen laten zien welke zaken er op dit moment aan mij zijn toegewezen?",
  "list", {"owner": "Ruben"},
  pred=lambda g, v: C(v)["owner"] == "Ruben",
  meaning="The asker's (Ruben's) cases.")
q(46078, W, "En bij welke daarvan is de reactie nog niet binnen terwijl de termijn al voorbij is?",
  "list", {"owner": "Ruben", "state": ["no_reply"]},
  pred=lambda g, v: C(v)["owner"] == "Ruben" and g in NO_REPLY, after=[46077],
  meaning="Ruben's cases without a reply after the termijn.")
q(46079, W, "Mag ik vragen hoe ik eigenlijk een zaak aan een collega toewijs?",
  "help", {},
  meaning="How to assign a case.")
q(46080, W, "Zou u zo vriendelijk willen zijn om namens mij een herinnering naar de gemeente Roermond te sturen?",
  "unknown", {"gemeente": "Roermond"},
  meaning="Sending a reminder mail, which the bot cannot do.")
q(46081, W, "Ik ben benieuwd hoeveel gemeenten er in Flevoland eigenlijk een zaak hebben, als dat te zien is?",
  "count", {"province": "Flevoland"},
  pred=lambda g, v: P(v) == "Flevoland",
  meaning="How many Flevoland municipalities have a case.")
q(46082, W, "Could you tell me which municipalities in Zeeland did not reply yet?",
  "list", {"province": "Zeeland", "state": ["no_reply"]},
  pred=lambda g, v: P(v) == "Zeeland" and g in NO_REPLY,
  meaning="Zeeland municipalities without a reply after the termijn (in English).")
q(46083, W, "Als ik het goed begrijp zitten sommige gemeenten nog in trede 1; welke daarvan liggen er in Gelderland?",
  "list", {"trede": 1, "province": "Gelderland"},
  pred=lambda g, v: C(v)["trede"] == 1 and P(v) == "Gelderland",
  meaning="Gelderland municipalities at trede 1.")
q(46084, W, "Zou u mij willen vertellen bij welke gemeenten in Noord-Holland het tijdpad in de reactie ontbreekt?",
  "list", {"province": "Noord-Holland", "missing": ["timeline"]},
  pred=lambda g, v: P(v) == "Noord-Holland" and "timeline" in C(v)["missing"],
  meaning="Noord-Holland municipalities whose case misses the timeline.")
q(46085, W, "Welke gemeenten in Twente hebben al gereageerd, als ik vragen mag?",
  "unknown", {"state": ["answered"]},
  meaning="Twente has no border in the register: unknown, keeping the state.")
q(46086, W, "Ik hoorde van een collega dat er gemeenten te laat zijn; om welke gaat het dan?",
  "clarify", {},
  meaning="Bare 'te laat': no reply after termijn or a late reply? Asked back.")
q(46087, W, "Excuses, ik bedoelde de gemeenten die wel gereageerd hebben, maar pas na de termijn.",
  "list", {"state": ["late"]},
  pred=lambda g, v: late(v), after=[46086],
  meaning="Municipalities that replied after the termijn.")
q(46088, W, "Zijn er eigenlijk ook gemeenten die in hun reactie naar het COA verwijzen als oorzaak van de vertraging?",
  "list", {"reason": "coa_dependency"},
  pred=lambda g, v: "coa_dependency" in v["reasons"],
  meaning="Municipalities citing dependence on COA as a reason.")
q(46089, W, "Is het mogelijk om te zien welke gemeenten verwachten vóór de zomer van 2027 aan hun taak te voldoen?",
  "list", {"expected_before": "2027-07-01"},
  pred=lambda g, v: v["expected_date"] is not None and exp_first_last(v["expected_date"])[1] < date(2027, 7, 1),
  meaning="Municipalities whose expected date ends before 1 July 2027.")
q(46090, W, "En welke gemeenten pas na de zomer van 2027?",
  "list", {"expected_after": "2027-08-31"},
  pred=lambda g, v: v["expected_date"] is not None and exp_first_last(v["expected_date"])[0] > date(2027, 8, 31),
  after=[46089],
  meaning="Municipalities whose expected date starts after 31 August 2027.")
q(46091, W, "Zou u Apeldoorn misschien naar trede 2 kunnen zetten? Dat leek me wel passend.",
  "unknown", {"gemeente": "Apeldoorn"},
  meaning="Changing the trede by question, which the bot cannot do.")
q(46092, W, "Welke gemeenten hadden een termijn die ergens tussen 1 en 30 juni 2026 afliep, als ik vragen mag?",
  "list", {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"},
  pred=lambda g, v: C(v)["termijn"] is not None and "2026-06-01" <= C(v)["termijn"] <= "2026-06-30",
  meaning="Cases whose termijn fell in June 2026.")
q(46093, W, "Welke gemeenten in Zuid-Holland hebben nog niet gereageerd en ook nog geen uitstel gevraagd?",
  "list", {"province": "Zuid-Holland", "state": ["no_reply"], "not_state": ["extended"]},
  pred=lambda g, v: P(v) == "Zuid-Holland" and g in NO_REPLY and not C(v)["extension_requested"],
  meaning="Zuid-Holland municipalities without a reply after the termijn that did not ask for an extension.")
q(46094, W, "Mag ik vragen welke Limburgse gemeenten nog niemand als behandelaar hebben en een onvolledige reactie hebben gestuurd?",
  "list", {"province": "Limburg", "no_owner": True, "state": ["incomplete"]},
  pred=lambda g, v: P(v) == "Limburg" and C(v)["owner"] is None and C(v)["state"] == "answered_incomplete",
  meaning="Limburg cases without an owner in state answered_incomplete.")
q(46095, W, "Welke van de zaken van Femke verwachten in het eerste kwartaal van 2027 klaar te zijn?",
  "list", {"owner": "Femke", "expected_after": "2026-12-31", "expected_before": "2027-04-01"},
  pred=lambda g, v: C(v)["owner"] == "Femke" and v["expected_date"] is not None
  and exp_first_last(v["expected_date"])[0] > date(2026, 12, 31)
  and exp_first_last(v["expected_date"])[1] < date(2027, 4, 1),
  meaning="Femke's cases with an expected date within Q1 2027.")
q(46096, W, "Hoe is het eigenlijk gesteld met Zwolle, als ik zo vrij mag zijn?",
  "status", {"gemeente": "Zwolle"}, fact=lambda: status("Zwolle"),
  meaning="The status of Zwolle.")
q(46097, W, "Welke gemeente doet het volgens u het slechtst van allemaal?",
  "unknown", {},
  meaning="A ranking (the worst municipality), which the bot cannot make.")
q(46098, W, "Hoeveel gemeenten hebben hun reactie netjes binnen de termijn ingediend, de gemeenten in Limburg niet meegeteld?",
  "count", {"state": ["on_time"], "not_province": "Limburg"},
  pred=lambda g, v: on_time(v) and P(v) != "Limburg",
  meaning="How many municipalities outside Limburg replied on time.")
q(46099, W, "Heeft u wellicht ook het telefoonnummer van de contactpersoon bij de gemeente Heerde?",
  "unknown", {"gemeente": "Heerde"},
  meaning="Contact data (phone number), which the bot does not hold.")
q(46100, W, "Hartelijk dank voor uw geduld en hulp!",
  "help", {},
  meaning="Thanks.")


def main():
    assert len(Q) == 100 and [x["id"] for x in Q] == list(range(46001, 46101))
    ids = set()
    with open(os.path.join(HERE, "questions46_with_expected_sets.jsonl"), "w", encoding="utf-8") as f:
        for x in Q:
            assert all(a in ids for a in x["after"]), x["id"]
            ids.add(x["id"])
            if x["intent"] in ("list", "count"):
                gs = sorted(g for g, v in S.items() if x["pred"](g, v))
                cnt, fact = len(gs), None
            else:
                gs, cnt = [], None
                fact = x["fact"]() if x["fact"] else None
                if x["intent"] in ("fact", "status"):
                    assert x["filters"]["gemeente"] in S, x["id"]
            rec = {"id": x["id"], "q": x["q"], "intent": x["intent"], "filters": x["filters"],
                   "expected_gemeenten": gs, "count": cnt, "after": x["after"], "as_staff": x["who"],
                   "on": ON, "meaning": x["meaning"], "expected_fact": fact}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("100 questions written")


if __name__ == "__main__":
    main()
