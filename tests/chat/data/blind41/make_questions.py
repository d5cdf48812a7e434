#!/usr/bin/env python3
"""make_questions.py -> questions41_with_expected_sets.jsonl.

Every list/count question carries its own hand-written predicate over one case (g = official name,
d = status.json object, c = d["case"]); every fact/status question its own hand-written value.
NR is the due.json overdue no_reply set."""
import json
from datetime import date
from common import load, local_day, DAY, STAFF

st, due = load()
CASES = {g: d for g, d in st.items() if d["case"]}
NR = {x["gemeente"] for x in due if x["section"] == "overdue" and x["kind"] == "no_reply"}
NOORD = {"Drenthe", "Friesland", "Groningen"}
OOST = {"Gelderland", "Overijssel"}
A, D, F, S = 41501, 41502, 41503, 41504


def c(d):
    return d["case"]


def late(d):
    return c(d)["answered"] and c(d)["reply_on_time"] is False


def on_time(d):
    return c(d)["answered"] and c(d)["reply_on_time"] is True


def exp_interval(s):
    """status.expected_date as [first, last] day (hand version)."""
    if s is None:
        return None
    y = int(s[:4])
    if len(s) == 10:
        x = date.fromisoformat(s)
        return x, x
    if "-Q" in s:
        q = int(s[-1]); m1 = 3 * q - 2; m2 = 3 * q
    elif "-H" in s:
        h = int(s[-1]); m1 = 1 if h == 1 else 7; m2 = 6 if h == 1 else 12
    else:
        m1 = m2 = int(s[5:7])
    last = date(y + (m2 == 12), (m2 % 12) + 1, 1).toordinal() - 1
    return date(y, m1, 1), date.fromordinal(last)


def exp_before(d, x):
    i = exp_interval(d["expected_date"]); return i is not None and i[1] < date.fromisoformat(x)


def exp_after(d, x):
    i = exp_interval(d["expected_date"]); return i is not None and i[0] > date.fromisoformat(x)


def T(d, a, b):
    t = c(d)["termijn"]; return t is not None and a <= t <= b


# ---- facts, hand-written per kind but chosen per question ----
def f_places(g): return {"realised": st[g]["realised_total"], "planned": st[g]["planned_total"]}
def f_expected(g): return st[g]["expected_date"]
def f_owner(g): return st[g]["case"]["owner"]
def f_missing(g): return sorted(st[g]["case"]["missing"])
def f_termijn(g): return st[g]["case"]["termijn"]
def f_reasons(g): return sorted(st[g]["reasons"])
def f_trede(g): return st[g]["case"]["trede"]
def f_compliance(g): return st[g]["case"]["compliance"]


def f_reply(g):
    cc = st[g]["case"]
    if not cc["answered"]:
        od = [x["days_overdue"] for x in due if x["gemeente"] == g and x["kind"] == "no_reply"]
        return {"answered": False, "termijn": cc["termijn"], "days_overdue": od[0] if od else None}
    rd = local_day(cc["reply_at"])
    days = (date.fromisoformat(rd) - date.fromisoformat(cc["termijn"])).days
    return {"answered": True, "reply_date": rd, "on_time": cc["reply_on_time"], "days_after_termijn": days}


def f_wrote(g, day):
    return [{"kind": m["kind"], "subject": m["subject"]} for m in st[g]["messages"]
            if local_day(m["received_at"]) == day]


def f_status(g):
    d = st[g]; cc = d["case"]
    return {"trede": cc["trede"], "state": cc["state"], "compliance": cc["compliance"], "owner": cc["owner"],
            "termijn": cc["termijn"], "missing": sorted(cc["missing"]), "expected_date": d["expected_date"],
            "realised": d["realised_total"], "planned": d["planned_total"]}


Q = []


def q(i, who, text, intent, filters, pred=None, fact=None, after=(), meaning=""):
    Q.append(dict(id=i, who=who, q=text, intent=intent, filters=filters, pred=pred, fact=fact,
                  after=list(after), meaning=meaning))


# ===================== Persona 1: beheerder Annelies (formal, counts, regions, compliance) =====================
q(41001, A, "Hoeveel gemeenten hebben op dit moment een lopend toezichtsdossier bij ons?", "count", {},
  lambda g, d: True, meaning="Count of all cases.")
q(41002, A, "Kunt u mij vertellen hoeveel Zuid-Hollandse gemeenten de reactietermijn hebben laten verlopen zonder iets te sturen?",
  "count", {"province": "Zuid-Holland", "state": ["no_reply"]},
  lambda g, d: d["province"] == "Zuid-Holland" and g in NR, meaning="Count of overdue non-repliers in Zuid-Holland.")
q(41003, A, "En hoe is dat in Noord-Holland?", "count", {"province": "Noord-Holland", "state": ["no_reply"]},
  lambda g, d: d["province"] == "Noord-Holland" and g in NR, after=[41002], meaning="Same count for Noord-Holland.")
q(41004, A, "Welke gemeenten in het noorden van het land voldoen in het geheel niet aan hun taakstelling?", "list",
  {"province": ["Drenthe", "Friesland", "Groningen"], "compliance": "voldoet_niet"},
  lambda g, d: d["province"] in NOORD and c(d)["compliance"] == "voldoet_niet",
  meaning="Northern (Dr/Fr/Gr) cases that do not comply at all.")
q(41005, A, "Graag een opsomming van de Oost-Nederlandse gemeenten die maar voor een deel aan de opgave voldoen.", "list",
  {"province": ["Gelderland", "Overijssel"], "compliance": "voldoet_gedeeltelijk"},
  lambda g, d: d["province"] in OOST and c(d)["compliance"] == "voldoet_gedeeltelijk",
  meaning="Gelderland+Overijssel cases that comply partly.")
q(41006, A, "Hoeveel daarvan bevinden zich in trede 3?", "count",
  {"province": ["Gelderland", "Overijssel"], "compliance": "voldoet_gedeeltelijk", "trede": 3},
  lambda g, d: d["province"] in OOST and c(d)["compliance"] == "voldoet_gedeeltelijk" and c(d)["trede"] == 3,
  after=[41005], meaning="Of those, how many at trede 3 (zero).")
q(41007, A, "Hoeveel dossiers zijn nog aan niemand toegewezen?", "count", {"no_owner": True},
  lambda g, d: c(d)["owner"] is None, meaning="Count of cases without owner.")
q(41008, A, "Welke Limburgse zaken hebben nog geen behandelaar?", "list", {"province": "Limburg", "no_owner": True},
  lambda g, d: d["province"] == "Limburg" and c(d)["owner"] is None, meaning="Limburg cases without owner.")
q(41009, A, "Mag ik een totaaloverzicht van waar we nu staan?", "overview", {},
  fact="overview", meaning="General overview of the register.")
q(41010, A, "Hoeveel gemeenten voldoen inmiddels wél volledig aan de wettelijke taak?", "count", {"compliance": "voldoet"},
  lambda g, d: c(d)["compliance"] == "voldoet", meaning="Count of cases that fully comply.")
q(41011, A, "Welke zaken zijn inmiddels opgeschaald naar trede 3?", "list", {"trede": 3},
  lambda g, d: c(d)["trede"] == 3, meaning="Cases at trede 3.")
q(41012, A, "Hoeveel gemeenten in Friesland, Groningen en Drenthe hebben wel gereageerd, maar pas na het verstrijken van de termijn?",
  "count", {"province": ["Drenthe", "Friesland", "Groningen"], "state": ["late"]},
  lambda g, d: d["province"] in NOORD and late(d), meaning="Northern cases that replied late.")
q(41013, A, "Van welke gemeenten is de laatste brief als onbestelbaar retour gekomen?", "list", {"letter_undelivered": True},
  lambda g, d: c(d)["letter_undelivered"], meaning="Cases whose latest letter bounced.")
q(41014, A, "Welke gemeenten hebben verzocht om meer tijd, Zuid-Holland buiten beschouwing gelaten?", "list",
  {"state": ["extended"], "not_province": "Zuid-Holland"},
  lambda g, d: c(d)["extension_requested"] and d["province"] != "Zuid-Holland",
  meaning="Cases with an extension request, outside Zuid-Holland.")
q(41015, A, "Hoeveel Brabantse gemeenten staan op trede 2, met uitzondering van Breda en Tilburg?", "count",
  {"province": "Noord-Brabant", "trede": 2, "not_gemeente": ["Breda", "Tilburg"]},
  lambda g, d: d["province"] == "Noord-Brabant" and c(d)["trede"] == 2 and g not in ("Breda", "Tilburg"),
  meaning="Noord-Brabant trede-2 cases except Breda and Tilburg.")
q(41016, A, "Hoeveel zaken heeft Floor momenteel in behandeling?", "count", {"owner": "Floor"},
  lambda g, d: c(d)["owner"] == "Floor", meaning="Count of Floor's cases.")
q(41017, A, "En Sjoerd?", "count", {"owner": "Sjoerd"},
  lambda g, d: c(d)["owner"] == "Sjoerd", after=[41016], meaning="Count of Sjoerd's cases.")
q(41018, A, "Welke dossiers van Sjoerd wachten nog op antwoord terwijl de termijn al verstreken is?", "list",
  {"owner": "Sjoerd", "state": ["no_reply"]},
  lambda g, d: c(d)["owner"] == "Sjoerd" and g in NR, meaning="Sjoerd's overdue non-repliers.")
q(41019, A, "Kunt u de lijst van gemeenten die niet voldoen voor mij naar Excel exporteren?", "unknown",
  {"compliance": "voldoet_niet"}, meaning="Export request: the bot cannot export.")
q(41020, A, "Welke provincie telt de meeste gemeenten die nog niet hebben gereageerd?", "unknown",
  {"state": ["no_reply"]}, meaning="Ranking of provinces: not supported.")
q(41021, A, "Hoeveel gemeenten in de Randstad hebben de termijn laten verlopen zonder reactie?", "clarify",
  {"state": ["no_reply"]}, meaning="Randstad has no fixed border: ask back.")
q(41022, A, "Hoeveel gemeenten in Utrecht en Flevoland voldoen niet?", "count",
  {"province": ["Flevoland", "Utrecht"], "compliance": "voldoet_niet"},
  lambda g, d: d["province"] in ("Utrecht", "Flevoland") and c(d)["compliance"] == "voldoet_niet",
  meaning="Non-complying cases in the provinces Utrecht and Flevoland.")
q(41023, A, "Welke trede-2-gemeenten voldoen niet maar hebben wel een volledige reactie gestuurd, Limburg niet meegerekend?", "list",
  {"trede": 2, "compliance": "voldoet_niet", "state": ["complete"], "not_province": "Limburg"},
  lambda g, d: c(d)["trede"] == 2 and c(d)["compliance"] == "voldoet_niet" and c(d)["state"] == "answered_complete"
  and d["province"] != "Limburg", meaning="Trede 2, not complying, complete answer, outside Limburg.")
q(41024, A, "Hoeveel Zeeuwse gemeenten hebben gereageerd, uitgezonderd de gemeenten die te laat waren?", "count",
  {"province": "Zeeland", "state": ["answered"], "not_state": ["late"]},
  lambda g, d: d["province"] == "Zeeland" and c(d)["answered"] and not late(d),
  meaning="Zeeland cases that answered, minus late ones.")
q(41025, A, "Dank u wel, dat was het voor nu.", "help", {}, meaning="Thanks.")

# ===================== Persona 2: behandelaar Daan on the phone (shorthand, typos, chains) =====================
q(41026, D, "mijn zaken zonder reactie?", "list", {"owner": "Daan", "state": ["no_reply"]},
  lambda g, d: c(d)["owner"] == "Daan" and g in NR, meaning="Asker's (Daan) overdue non-repliers.")
q(41027, D, "hoevl daarvan in limburg", "count", {"owner": "Daan", "state": ["no_reply"], "province": "Limburg"},
  lambda g, d: c(d)["owner"] == "Daan" and g in NR and d["province"] == "Limburg", after=[41026],
  meaning="Of those, how many in Limburg.")
q(41028, D, "wlke gemeentn in gld hebbn nog steeds niks gestuurd", "list", {"province": "Gelderland", "state": ["no_reply"]},
  lambda g, d: d["province"] == "Gelderland" and g in NR, meaning="Gelderland overdue non-repliers.")
q(41029, D, "en in ov?", "list", {"province": "Overijssel", "state": ["no_reply"]},
  lambda g, d: d["province"] == "Overijssel" and g in NR, after=[41028], meaning="Same for Overijssel.")
q(41030, D, "en daarvan trede 3?", "list", {"province": "Overijssel", "state": ["no_reply"], "trede": 3},
  lambda g, d: d["province"] == "Overijssel" and g in NR and c(d)["trede"] == 3, after=[41028, 41029],
  meaning="Of the Overijssel non-repliers, trede 3 (zero).")
q(41031, D, "status texel", "status", {"gemeente": "Texel"}, fact="status", meaning="Status of Texel.")
q(41032, D, "wat ontbreekt daar", "fact", {"gemeente": "Texel", "fact": "missing"}, fact="missing", after=[41031],
  meaning="Missing elements of Texel.")
q(41033, D, "breda op tijd gereageerd?", "fact", {"gemeente": "Breda", "fact": "reply"}, fact="reply",
  meaning="Did Breda reply on time (reply date, late by days).")
q(41034, D, "hoeveel zijn er te laat", "clarify", {}, meaning="Bare 'te laat': ask back (no reply vs late reply).")
q(41035, D, "hoeveel te laat gereageerd in nh", "count", {"province": "Noord-Holland", "state": ["late"]},
  lambda g, d: d["province"] == "Noord-Holland" and late(d), meaning="Noord-Holland late replies.")
q(41036, D, "en daarvan ook onvolledig?", "count", {"province": "Noord-Holland", "state": ["incomplete", "late"]},
  lambda g, d: d["province"] == "Noord-Holland" and late(d) and c(d)["state"] == "answered_incomplete",
  after=[41035], meaning="Of those, also incomplete.")
q(41037, D, "welke van mij hebben uitstel gevraagd", "list", {"owner": "Daan", "state": ["extended"]},
  lambda g, d: c(d)["owner"] == "Daan" and c(d)["extension_requested"], meaning="Daan's cases with an extension request.")
q(41038, D, "eigenaar zaanstad?", "fact", {"gemeente": "Zaanstad", "fact": "owner"}, fact="owner",
  meaning="Owner of Zaanstad.")
q(41039, D, "wie heeft almere eigenlijk", "fact", {"gemeente": "Almere", "fact": "owner"}, fact="owner",
  meaning="Owner of Almere.")
q(41040, D, "wanneer is dordrecht klaar", "fact", {"gemeente": "Dordrecht", "fact": "expected"}, fact="expected",
  meaning="Expected date of Dordrecht.")
q(41041, D, "en de termijn van dordrecht?", "fact", {"gemeente": "Dordrecht", "fact": "termijn"}, fact="termijn",
  after=[41040], meaning="Termijn of Dordrecht.")
q(41042, D, "zh gemeenten onvolledig zonder tijdpad", "list",
  {"province": "Zuid-Holland", "state": ["incomplete"], "missing": ["timeline"]},
  lambda g, d: d["province"] == "Zuid-Holland" and c(d)["state"] == "answered_incomplete" and "timeline" in c(d)["missing"],
  meaning="Zuid-Holland incomplete answers missing a timeline.")
q(41043, D, "daarvan ook geen stappen?", "list",
  {"province": "Zuid-Holland", "state": ["incomplete"], "missing": ["steps", "timeline"]},
  lambda g, d: d["province"] == "Zuid-Holland" and c(d)["state"] == "answered_incomplete"
  and {"steps", "timeline"} <= set(c(d)["missing"]), after=[41042], meaning="Of those, also missing steps.")
q(41044, D, "telefoonnummer heerlen?", "unknown", {"gemeente": "Heerlen"}, meaning="Contact data: not supported.")
q(41045, D, "mail zeewolde ff een herinnering", "unknown", {"gemeente": "Zeewolde"},
  meaning="Sending a reminder mail: not supported.")
q(41046, D, "trede 1 zaken in lb zonder behandelaar", "list", {"trede": 1, "province": "Limburg", "no_owner": True},
  lambda g, d: c(d)["trede"] == 1 and d["province"] == "Limburg" and c(d)["owner"] is None,
  meaning="Limburg trede-1 cases without owner.")
q(41047, D, "hoeveel van mijn zaken zijn al beantwoord", "count", {"owner": "Daan", "state": ["answered"]},
  lambda g, d: c(d)["owner"] == "Daan" and c(d)["answered"], meaning="Daan's cases with an answer.")
q(41048, D, "welke brabantse gemeenten behalve oss en breda zitten in trede 1", "list",
  {"province": "Noord-Brabant", "trede": 1, "not_gemeente": ["Breda", "Oss"]},
  lambda g, d: d["province"] == "Noord-Brabant" and c(d)["trede"] == 1 and g not in ("Oss", "Breda"),
  meaning="Noord-Brabant trede 1 except Oss and Breda.")
q(41049, D, "wat moet ik deze week", "list", {"owner": "Daan", "termijn_from": "2028-08-14", "termijn_to": "2028-08-20"},
  lambda g, d: c(d)["owner"] == "Daan" and T(d, "2028-08-14", "2028-08-20"),
  meaning="Daan's cases with a termijn this week (zero).")
q(41050, D, "top thx", "help", {}, meaning="Thanks.")

# ===================== Persona 3: jurist Floor (elements, reasons, calendar, termijn windows) =====================
q(41051, F, "Welke gemeenten hebben binnen de termijn gereageerd, maar geen concreet tijdpad genoemd?", "list",
  {"state": ["on_time"], "missing": ["timeline"]},
  lambda g, d: on_time(d) and "timeline" in c(d)["missing"], meaning="On-time replies missing a timeline.")
q(41052, F, "Bij welke gemeenten staan noch de stappen noch het tijdpad in de stukken?", "list",
  {"missing": ["steps", "timeline"]},
  lambda g, d: "steps" in c(d)["missing"] and "timeline" in c(d)["missing"], meaning="Cases missing steps and timeline.")
q(41053, F, "Welke gemeenten laten alle drie de vereiste elementen achterwege?", "list",
  {"missing": ["facts", "steps", "timeline"]},
  lambda g, d: set(c(d)["missing"]) >= {"facts", "steps", "timeline"}, meaning="Cases missing all three elements.")
q(41054, F, "Welke gemeenten voeren lopende bezwaarprocedures aan als oorzaak van de vertraging?", "list",
  {"reason": "objection_procedure"},
  lambda g, d: "objection_procedure" in d["reasons"], meaning="Cases citing objection procedures.")
q(41055, F, "En welke daarvan liggen in Noord-Brabant?", "list", {"reason": "objection_procedure", "province": "Noord-Brabant"},
  lambda g, d: "objection_procedure" in d["reasons"] and d["province"] == "Noord-Brabant", after=[41054],
  meaning="Of those, the ones in Noord-Brabant.")
q(41056, F, "Welke gemeenten zeggen geen geschikte plek te kunnen vinden, met uitzondering van die in Zuid-Holland?", "list",
  {"reason": "no_location", "not_province": "Zuid-Holland"},
  lambda g, d: "no_location" in d["reasons"] and d["province"] != "Zuid-Holland",
  meaning="Cases citing no location, outside Zuid-Holland.")
q(41057, F, "Hoeveel gemeenten wijzen op weerstand vanuit de buurt?", "count", {"reason": "local_opposition"},
  lambda g, d: "local_opposition" in d["reasons"], meaning="Count citing local opposition.")
q(41058, F, "Welke gemeenten kampen met geldproblemen?", "list", {"reason": "finance"},
  lambda g, d: "finance" in d["reasons"], meaning="Cases citing financial reasons.")
q(41059, F, "Welke gemeenten verwachten vóór de zomer van 2027 aan hun taak te voldoen?", "list",
  {"expected_before": "2027-07-01"}, lambda g, d: exp_before(d, "2027-07-01"),
  meaning="Expected date ends before 1 July 2027.")
q(41060, F, "Welke gemeenten denken pas na de zomer van 2027 zover te zijn?", "list",
  {"expected_after": "2027-08-31"}, lambda g, d: exp_after(d, "2027-08-31"),
  meaning="Expected date starts after 31 August 2027.")
q(41061, F, "Welke gemeenten verwachten in het eerste kwartaal van 2027 te voldoen?", "list",
  {"expected_after": "2026-12-31", "expected_before": "2027-04-01"},
  lambda g, d: exp_after(d, "2026-12-31") and exp_before(d, "2027-04-01"), meaning="Expected date within 2027-Q1.")
q(41062, F, "En in het tweede kwartaal van 2027?", "list",
  {"expected_after": "2027-03-31", "expected_before": "2027-07-01"},
  lambda g, d: exp_after(d, "2027-03-31") and exp_before(d, "2027-07-01"), after=[41061],
  meaning="Expected date within 2027-Q2.")
q(41063, F, "Bij welke gemeenten is de opgegeven verwachte datum inmiddels al verstreken?", "list",
  {"expected_before": DAY}, lambda g, d: exp_before(d, DAY), meaning="Expected date already past on the asking day.")
q(41064, F, "Voor welke zaken liep de reactietermijn af tussen 1 en 30 juni 2026?", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"}, lambda g, d: T(d, "2026-06-01", "2026-06-30"),
  meaning="Cases with a termijn in June 2026.")
q(41065, F, "Hoeveel daarvan hebben nog altijd niet gereageerd?", "count",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["no_reply"]},
  lambda g, d: T(d, "2026-06-01", "2026-06-30") and g in NR, after=[41064],
  meaning="Of those, overdue non-repliers.")
q(41066, F, "Welke gemeenten met een termijn vóór 1 mei 2026 hebben te laat gereageerd?", "list",
  {"termijn_to": "2026-04-30", "state": ["late"]},
  lambda g, d: c(d)["termijn"] is not None and c(d)["termijn"] < "2026-05-01" and late(d),
  meaning="Termijn before 1 May 2026 and a late reply.")
q(41067, F, "Is de reactie van Heerlen binnen de termijn binnengekomen?", "fact", {"gemeente": "Heerlen", "fact": "reply"},
  fact="reply", meaning="Reply date and timeliness of Heerlen.")
q(41068, F, "Welke redenen voert Voorschoten aan?", "fact", {"gemeente": "Voorschoten", "fact": "reasons"},
  fact="reasons", meaning="Reasons given by Voorschoten.")
q(41069, F, "Welke onderdelen ontbreken in de reactie van Zoetermeer?", "fact", {"gemeente": "Zoetermeer", "fact": "missing"},
  fact="missing", meaning="Missing elements of Zoetermeer.")
q(41070, F, "Wat heeft Heemskerk op 28 april 2026 geschreven?", "fact",
  {"gemeente": "Heemskerk", "fact": "wrote", "date": "2026-04-28"}, fact="wrote",
  meaning="Messages received from Heemskerk on 28 April 2026.")
q(41071, F, "Voldoet de gemeente Waalwijk aan haar wettelijke taak?", "fact", {"gemeente": "Waalwijk", "fact": "compliance"},
  fact="compliance", meaning="Compliance of Waalwijk.")
q(41072, F, "Op welke trede van de interventieladder staat Coevorden?", "fact", {"gemeente": "Coevorden", "fact": "trede"},
  fact="trede", meaning="Trede of Coevorden.")
q(41073, F, "Welke gemeenten met vergunningsperikelen hebben een onvolledige reactie ingediend?", "list",
  {"reason": "permit_procedure", "state": ["incomplete"]},
  lambda g, d: "permit_procedure" in d["reasons"] and c(d)["state"] == "answered_incomplete",
  meaning="Permit-procedure reason and incomplete answer.")
q(41074, F, "Welke gemeenten verwachten vóór 1 maart hun plekken gereed te hebben?", "list",
  {"expected_before": "2029-03-01"}, lambda g, d: exp_before(d, "2029-03-01"),
  meaning="Expected date before the next 1 March (2029-03-01): every case with an expected date.")
q(41075, F, "Kunt u de gegevens van alle trede-2-gemeenten als csv aanleveren?", "unknown", {"trede": 2},
  meaning="Export as CSV: not supported.")

# ===================== Persona 4: newcomer Sjoerd (one municipality, help, names) =====================
q(41076, S, "Hallo! Hoe werkt deze bot eigenlijk?", "help", {}, meaning="How does the bot work.")
q(41077, S, "Hoe staat het ervoor met Den Bosch?", "status", {"gemeente": "'s-Hertogenbosch"}, fact="status",
  meaning="Status of 's-Hertogenbosch (everyday name).")
q(41078, S, "Hoe gaat het met Delfzijl?", "status", {"gemeente": "Eemsdelta"}, fact="status",
  meaning="Former municipality Delfzijl: status of Eemsdelta.")
q(41079, S, "Hoe zit het met Bergen?", "clarify", {}, meaning="Bergen (L.) or Bergen (NH.): ask back.")
q(41080, S, "Bergen in Limburg bedoel ik, hoeveel plekken hebben ze al", "fact", {"gemeente": "Bergen (L.)", "fact": "places"},
  fact="places", after=[41079], meaning="Places of Bergen (L.).")
q(41081, S, "hoe staat amstelven ervoor", "status", {"gemeente": "Amstelveen"}, fact="status",
  meaning="Misspelt Amstelveen: status.")
q(41082, S, "Wat is de stand van zaken in Sudwest Fryslan?", "status", {"gemeente": "Súdwest-Fryslân"}, fact="status",
  meaning="Súdwest-Fryslân without diacritics: status.")
q(41083, S, "Hoeveel opvangplekken heeft Groningen al gerealiseerd?", "fact", {"gemeente": "Groningen", "fact": "places"},
  fact="places", meaning="Places of the municipality Groningen (a fact decides).")
q(41084, S, "Hoe zit het met Utrecht?", "clarify", {}, meaning="Province or municipality Utrecht: ask back.")
q(41085, S, "De gemeente Utrecht. Wie is daar de behandelaar?", "fact", {"gemeente": "Utrecht", "fact": "owner"},
  fact="owner", after=[41084], meaning="Owner of the municipality Utrecht.")
q(41086, S, "Welke zaken staan op mijn naam?", "list", {"owner": "Sjoerd"},
  lambda g, d: c(d)["owner"] == "Sjoerd", meaning="Asker's (Sjoerd) cases.")
q(41087, S, "Welke van mijn zaken liggen in Friesland?", "list", {"owner": "Sjoerd", "province": "Friesland"},
  lambda g, d: c(d)["owner"] == "Sjoerd" and d["province"] == "Friesland", after=[41086],
  meaning="Sjoerd's cases in Friesland.")
q(41088, S, "En wat ontbreekt er nog bij Harlingen?", "fact", {"gemeente": "Harlingen", "fact": "missing"}, fact="missing",
  after=[41087], meaning="Missing elements of Harlingen.")
q(41089, S, "Hoe wijs ik een zaak toe aan een collega?", "help", {}, meaning="How to assign: help.")
q(41090, S, "Wanneer verwacht Hellevoetsluis de opvang rond te hebben?", "fact", {"gemeente": "Voorne aan Zee", "fact": "expected"},
  fact="expected", meaning="Former Hellevoetsluis: expected date of Voorne aan Zee.")
q(41091, S, "Waarom lukt het Uden niet om op tijd te voldoen?", "fact", {"gemeente": "Maashorst", "fact": "reasons"},
  fact="reasons", meaning="Former Uden: reasons of Maashorst.")
q(41092, S, "Welke gemeenten liggen naast Zeist?", "unknown", {"gemeente": "Zeist"}, meaning="Neighbours: not supported.")
q(41093, S, "Welke gemeenten in Twente hebben nog niet gereageerd?", "unknown", {"state": ["no_reply"]},
  meaning="Twente has no border in the register: unknown, keeps the state.")
q(41094, S, "wat is de termijn voor kapelle", "fact", {"gemeente": "Kapelle", "fact": "termijn"}, fact="termijn",
  meaning="Termijn of Kapelle (voice-typed).")
q(41095, S, "heeft goes al gereageerd", "fact", {"gemeente": "Goes", "fact": "reply"}, fact="reply",
  meaning="Reply of Goes: none, overdue.")
q(41096, S, "welke brieven aan limburgse gemeenten zijn onbestelbaar teruggekomen", "list",
  {"letter_undelivered": True, "province": "Limburg"},
  lambda g, d: c(d)["letter_undelivered"] and d["province"] == "Limburg", meaning="Bounced latest letters in Limburg.")
q(41097, S, "Hoeveel Drentse gemeenten zitten in trede 1?", "count", {"province": "Drenthe", "trede": 1},
  lambda g, d: d["province"] == "Drenthe" and c(d)["trede"] == 1, meaning="Drenthe trede-1 count.")
q(41098, S, "Welke gemeenten in Flevoland hebben een reactie gestuurd waar alles in staat?", "list",
  {"province": "Flevoland", "state": ["complete"]},
  lambda g, d: d["province"] == "Flevoland" and c(d)["state"] == "answered_complete", meaning="Flevoland complete answers.")
q(41099, S, "Could you tell me how many municipalities in Zeeland did not reply?", "count",
  {"province": "Zeeland", "state": ["no_reply"]},
  lambda g, d: d["province"] == "Zeeland" and g in NR, meaning="English: Zeeland overdue non-repliers count.")
q(41100, S, "Bedankt voor de hulp!", "help", {}, meaning="Thanks.")


def fact_value(item):
    f = item["fact"]; fl = item["filters"]; g = fl.get("gemeente")
    if f == "overview":
        return {"cases": len(CASES), "no_reply": len(NR),
                "answered": sum(1 for d in CASES.values() if d["case"]["answered"])}
    if f == "status": return f_status(g)
    if f == "wrote": return f_wrote(g, fl["date"])
    return {"places": f_places, "expected": f_expected, "owner": f_owner, "missing": f_missing, "termijn": f_termijn,
            "reply": f_reply, "reasons": f_reasons, "trede": f_trede, "compliance": f_compliance}[f](g)


def main():
    assert len(Q) == 100 and [x["id"] for x in Q] == list(range(41001, 41101))
    with open("questions41_with_expected_sets.jsonl", "w", encoding="utf-8") as out:
        for it in Q:
            if it["intent"] in ("list", "count"):
                gem = sorted(g for g, d in CASES.items() if it["pred"](g, d))
                cnt = len(gem); fact = None
            else:
                gem = []; cnt = None
                fact = fact_value(it) if it["fact"] else None
            rec = {"id": it["id"], "q": it["q"], "intent": it["intent"], "filters": it["filters"],
                   "expected_gemeenten": gem, "count": cnt, "after": it["after"], "as_staff": it["who"],
                   "on": DAY, "meaning": it["meaning"], "expected_fact": fact}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("100 questions written")


if __name__ == "__main__":
    main()
