#!/usr/bin/env python3
"""q68: 100 questions (4 personas x 25) with expected sets computed from the dumps -> questions68_with_expected_sets.jsonl"""
import json, sys
from engine import Register, REGIONS

DUMP = sys.argv[1] if len(sys.argv) > 1 else "dump"
ON = "2030-02-19"
STAFF = {"Harm": 68501, "Sietske": 68502, "Bayu": 68503, "Ilona": 68504}
NOORD, OOST, ZUID = REGIONS["noord"], REGIONS["oost"], REGIONS["zuid"]
LIST_INTENTS = ("list", "count")

# (persona, q, intent, filters, after (relative indexes within persona, 1-based), meaning, fact-kind or None)
Q = []


def q(who, text, intent, filters=None, after=(), meaning="", fact=None, date=None):
    Q.append(dict(who=who, q=text, intent=intent, filters=filters or {}, after=list(after), meaning=meaning,
                  fact=fact, date=date))


# ---------------- Harm (beheerder, formal, reports for the DG) ----------------
H = "Harm"
q(H, "Hoeveel gemeenten in Noord-Nederland hebben de termijn laten verstrijken zonder te reageren?", "count",
  {"province": NOORD, "state": ["no_reply"]}, meaning="Noord = Dr/Fr/Gr, no reply after the termijn")
q(H, "Welke gemeenten in Zuid-Holland bevinden zich in trede 2 en voldoen niet aan hun wettelijke taak?", "list",
  {"province": "Zuid-Holland", "trede": 2, "compliance": "voldoet_niet"})
q(H, "Mag ik het actuele overzicht van alle zaken ontvangen?", "overview", {}, meaning="the overview (chart)")
q(H, "Hoeveel zaken zijn op dit moment nog niet aan een behandelaar toegewezen?", "count", {"no_owner": True})
q(H, "Welke gemeenten in Oost-Nederland hebben wel gereageerd, maar zonder tijdpad?", "list",
  {"province": OOST, "state": ["answered"], "missing": ["timeline"]})
q(H, "Hoeveel gemeenten hebben na afloop van de termijn alsnog gereageerd?", "count", {"state": ["late"]},
  meaning="answered after the termijn = late (unambiguous, not the bare 'te laat')")
q(H, "En hoeveel daarvan was ook onvolledig?", "count", {"state": ["incomplete", "late"]}, after=[6],
  meaning="'daarvan ... ook' adds incomplete to late")
q(H, "Welke gemeenten zijn dat?", "list", {"state": ["incomplete", "late"]}, after=[6, 7])
q(H, "Hoeveel gemeenten in Limburg en Noord-Brabant voldoen gedeeltelijk aan de taak, met uitzondering van de gemeenten die om uitstel hebben gevraagd?",
  "count", {"province": ["Limburg", "Noord-Brabant"], "compliance": "voldoet_gedeeltelijk", "not_state": ["extended"]})
q(H, "Welke gemeenten in Zuid-Nederland voeren een bezwaarprocedure aan als oorzaak van de vertraging?", "list",
  {"province": ZUID, "reason": "objection_procedure"})
q(H, "Hoeveel gemeenten verwachten vóór de zomer van 2027 aan hun taak te voldoen?", "count",
  {"expected_before": "2027-07-01"}, meaning="per README: voor de zomer van 2027 = before 2027-07-01")
q(H, "Welke gemeenten bevinden zich inmiddels in trede 3?", "list", {"trede": 3})
q(H, "Bij hoeveel gemeenten is de brief onbestelbaar retour gekomen?", "count", {"letter_undelivered": True})
q(H, "Ik zou graag willen weten hoeveel gemeenten in de Randstad nog niet hebben gereageerd.", "clarify",
  {"state": ["no_reply"]}, meaning="de Randstad has no fixed border: asked back")
q(H, "Kunt u de lijst van gemeenten die niet voldoen naar Excel exporteren ten behoeve van de DG?", "unknown",
  {"compliance": "voldoet_niet"}, meaning="export is not possible; keeps the list slot")
q(H, "Welke gemeenten in Gelderland, Overijssel en Utrecht missen in hun reactie zowel de stappen als het tijdpad?", "list",
  {"province": ["Gelderland", "Overijssel", "Utrecht"], "missing": ["steps", "timeline"]})
q(H, "Hoeveel gemeenten in Noord-Holland hebben tijdig en volledig gereageerd?", "count",
  {"province": "Noord-Holland", "state": ["complete", "on_time"]})
q(H, "Hoeveel gemeenten in trede 2 hebben na het verstrijken van de termijn nog altijd niet gereageerd, Zuid-Holland niet meegerekend?",
  "count", {"trede": 2, "state": ["no_reply"], "not_province": "Zuid-Holland"})
q(H, "Graag een lijst van de gemeenten met een termijn in juni 2026 waarvan de reactie nog ontbreekt.", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["no_reply"]})
q(H, "Welke gemeenten noemen het ontbreken van een geschikte locatie als reden en verwachten pas na de zomer van 2027 te voldoen?",
  "list", {"reason": "no_location", "expected_after": "2027-08-31"})
q(H, "In welke provincie zijn de meeste gemeenten die nog niet hebben gereageerd?", "unknown", {"state": ["no_reply"]},
  meaning="a ranking of provinces: not possible")
q(H, "Hoeveel zaken heeft Sietske momenteel in behandeling?", "count", {"owner": "Sietske"})
q(H, "Hoeveel gemeenten in Twente hebben nog niet gereageerd?", "unknown", {"state": ["no_reply"]},
  meaning="Twente: region without border in the register")
q(H, "Welke Utrechtse gemeenten hebben binnen de termijn gereageerd, Nieuwegein uitgezonderd?", "list",
  {"province": "Utrecht", "state": ["on_time"], "not_gemeente": "Nieuwegein"})
q(H, "Dank u wel, dit is voldoende voor de nota.", "help", {}, meaning="thanks")

# ---------------- Sietske (behandelaar, short, practical, own cases, dates in figures) ----------------
S = "Sietske"
q(S, "mijn zaken", "list", {"owner": "Sietske"})
q(S, "welke van mijn gemeenten hebben nog steeds niet gereageerd?", "list", {"owner": "Sietske", "state": ["no_reply"]})
q(S, "mijn termijnen in week 48 van 2026?", "list",
  {"owner": "Sietske", "termijn_from": "2026-11-23", "termijn_to": "2026-11-29"}, meaning="ISO week 48 of 2026 = 23-29 Nov")
q(S, "wat moet ik deze week", "list", {"owner": "Sietske", "termijn_from": "2030-02-18", "termijn_to": "2030-02-24"},
  meaning="README: the week as a termijn window of the asker's cases; week of 2030-02-19 (Mon 18 - Sun 24); empty")
q(S, "wie van mij zou voor 15-3 klaar zijn?", "list", {"owner": "Sietske", "expected_before": "2030-03-15"},
  meaning="an expected date without a year lies ahead: 15-3 = 2030-03-15; every expected date of hers is earlier")
q(S, "bij welke van mij ontbreekt het tijdpad?", "list", {"owner": "Sietske", "missing": ["timeline"]},
  meaning="includes meldplicht-only and unanswered cases with missing")
q(S, "status Veendam", "status", {"gemeente": "Veendam"}, fact="status")
q(S, "wanneer kwam de reactie van Veendam binnen?", "fact", {"gemeente": "Veendam", "fact": "reply"}, fact="reply")
q(S, "Pekela, wat mist er nog?", "fact", {"gemeente": "Pekela", "fact": "missing"}, fact="missing")
q(S, "wie van mijn gemeenten verwacht klaar te zijn voor 1/4/2027?", "list",
  {"owner": "Sietske", "expected_before": "2027-04-01"})
q(S, "welke van mijn gemeenten zijn pas na 2027-03-01 klaar?", "list", {"owner": "Sietske", "expected_after": "2027-03-01"})
q(S, "hoeveel van mijn zaken hebben na de termijn gereageerd?", "count", {"owner": "Sietske", "state": ["late"]},
  meaning="replied after the termijn = late; 0")
q(S, "welke van mij zijn te laat", "clarify", {"owner": "Sietske"}, meaning="bare 'te laat': no reply or late reply")
q(S, "onvolledige reacties bij mij", "list", {"owner": "Sietske", "state": ["incomplete"]},
  meaning="state answered_incomplete as status shows it (Veere: incomplete answer to the older letter)")
q(S, "hoeveel termijnen liepen af tussen 1-6-2026 en 30-6-2026?", "count", {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30"},
  meaning="all cases, not only hers")
q(S, "wanneer verliep de termijn van Kapelle?", "fact", {"gemeente": "Kapelle", "fact": "termijn"}, fact="termijn")
q(S, "heb ik zaken waar uitstel is gevraagd?", "list", {"owner": "Sietske", "state": ["extended"]})
q(S, "welke brieven van mij kwamen onbestelbaar terug", "list", {"owner": "Sietske", "letter_undelivered": True})
q(S, "hoeveel zaken hadden termijn op 5-10-2026?", "count", {"termijn_from": "2026-10-05", "termijn_to": "2026-10-05"})
q(S, "wie heeft Nieuwegein?", "fact", {"gemeente": "Nieuwegein", "fact": "owner"}, fact="owner")
q(S, "wat schreef Urk op 27-10-2026?", "fact", {"gemeente": "Urk", "fact": "wrote", "date": "2026-10-27"}, fact="wrote",
  date="2026-10-27")
q(S, "trede Gouda?", "fact", {"gemeente": "Gouda", "fact": "trede"}, fact="trede")
q(S, "mijn Limburgse zaken", "list", {"owner": "Sietske", "province": "Limburg"})
q(S, "en welke daarvan hebben al gereageerd?", "list", {"owner": "Sietske", "province": "Limburg", "state": ["answered"]},
  after=[23])
q(S, "mijn termijnen in wk 18 2026", "list", {"owner": "Sietske", "termijn_from": "2026-04-27", "termijn_to": "2026-05-03"},
  meaning="ISO week 18 of 2026 = 27 Apr - 3 May")

# ---------------- Bayu (English with Dutch terms, typos) ----------------
B = "Bayu"
q(B, "which gemeenten in Overijssel did not reply yet?", "list", {"province": "Overijssel", "state": ["no_reply"]},
  meaning="'did not reply' = no_reply (README)")
q(B, "how many cases zonder behandelaar in Gelderland?", "count", {"province": "Gelderland", "no_owner": True})
q(B, "my cases pls", "list", {"owner": "Bayu"})
q(B, "which of my gemeenten sent their reactie after the termijn?", "list", {"owner": "Bayu", "state": ["late"]})
q(B, "how many gemeenten voldoen niet in Utrecht provnice?", "count", {"province": "Utrecht", "compliance": "voldoet_niet"},
  meaning="'province' (typo) decides Utrecht the province")
q(B, "status of Smallingerland?", "status", {"gemeente": "Smallingerland"}, fact="status")
q(B, "what is missing in the reply of Nijkerk", "fact", {"gemeente": "Nijkerk", "fact": "missing"}, fact="missing")
q(B, "when does Voorschoten expect to be klaar?", "fact", {"gemeente": "Voorschoten", "fact": "expected"}, fact="expected")
q(B, "list gemeenten in Limburg that lost plekken", "list", {"province": "Limburg", "reason": "places_lost"},
  meaning="reason places_lost")
q(B, "how many cases are in trede 1?", "count", {"trede": 1})
q(B, "and in trede 3?", "count", {"trede": 3}, after=[10])
q(B, "wich ones are those", "list", {"trede": 3}, after=[10, 11])
q(B, "can you send a herinnering to Rhenen?", "unknown", {"gemeente": "Rhenen"}, meaning="sending mail: not possible")
q(B, "gemeenten in Friesland without tijdpad", "list", {"province": "Friesland", "missing": ["timeline"]})
q(B, "how many answered on time but incompleet?", "count", {"state": ["incomplete", "on_time"]})
q(B, "which gemeenten had termijn in Oct 2026 and still no reply, excl. Zuid-Holland", "list",
  {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31", "state": ["no_reply"], "not_province": "Zuid-Holland"})
q(B, "who is behandelaar for Delft?", "fact", {"gemeente": "Delft", "fact": "owner"}, fact="owner")
q(B, "how many plekken has Eemsdelta realised?", "fact", {"gemeente": "Eemsdelta", "fact": "places"}, fact="places")
q(B, "do you have the phone number of gemeente Borne?", "unknown", {"gemeente": "Borne"}, meaning="contact data")
q(B, "which gemeenten expect to comply in Q1 2027?", "list", {"expected_after": "2026-12-31", "expected_before": "2027-04-01"})
q(B, "and Q2 2027?", "list", {"expected_after": "2027-03-31", "expected_before": "2027-07-01"}, after=[20],
  meaning="Q2 2027 replaces the Q1 window (year written, so not 'the quarter ahead')")
q(B, "how does this bot work?", "help", {})
q(B, "Olst-Wijhe, did they reply on time?", "fact", {"gemeente": "Olst-Wijhe", "fact": "reply"}, fact="reply",
  meaning="no reply at all; termijn 2026-04-30 passed")
q(B, "gemeenten with geldproblemen in Noord-Holland or Zuid-Holland?", "list",
  {"province": ["Noord-Holland", "Zuid-Holland"], "reason": "finance"})
q(B, "how many open uitstelverzoeken, not counting Gelderland", "count", {"state": ["extended"], "not_province": "Gelderland"})

# ---------------- Ilona (single municipalities, impossible things, one-condition follow-ups) ----------------
I = "Ilona"
q(I, "Hoeveel plekken heeft Nieuwegein inmiddels gerealiseerd?", "fact", {"gemeente": "Nieuwegein", "fact": "places"},
  fact="places")
q(I, "en wanneer verwachten ze klaar te zijn?", "fact", {"gemeente": "Nieuwegein", "fact": "expected"}, after=[1],
  fact="expected")
q(I, "Waarom loopt Waddinxveen achter?", "fact", {"gemeente": "Waddinxveen", "fact": "reasons"}, fact="reasons")
q(I, "Wat schreef Dantumadiel op 31 augustus 2026?", "fact", {"gemeente": "Dantumadiel", "fact": "wrote", "date": "2026-08-31"},
  fact="wrote", date="2026-08-31")
q(I, "Wie is eigenaar van Gouda?", "fact", {"gemeente": "Gouda", "fact": "owner"}, fact="owner")
q(I, "Welke gemeenten in Overijssel hebben geen tijdpad gegeven?", "list", {"province": "Overijssel", "missing": ["timeline"]},
  meaning="missing timeline, meldplicht-only cases count too")
q(I, "en in Gelderland?", "list", {"province": "Gelderland", "missing": ["timeline"]}, after=[6])
q(I, "en zonder eigenaar?", "list", {"province": "Gelderland", "missing": ["timeline"], "no_owner": True}, after=[6, 7])
q(I, "alleen die op trede 2", "list", {"province": "Gelderland", "missing": ["timeline"], "no_owner": True, "trede": 2},
  after=[6, 7, 8])
q(I, "Kun je de trede van Lochem naar 3 zetten?", "unknown", {"gemeente": "Lochem"},
  meaning="changing the trede by question is not possible (the /trede command is)")
q(I, "Welke gemeenten liggen naast Tiel?", "unknown", {"gemeente": "Tiel"}, meaning="neighbours")
q(I, "Hoe staat Almere ervoor?", "status", {"gemeente": "Almere"}, fact="status")
q(I, "Heeft Tiel op tijd gereageerd?", "fact", {"gemeente": "Tiel", "fact": "reply"}, fact="reply")
q(I, "Wat ontbreekt er nog bij Stichtse Vecht?", "fact", {"gemeente": "Stichtse Vecht", "fact": "missing"}, fact="missing")
q(I, "Welke gemeenten in de Achterhoek hebben nog niet gereageerd?", "unknown", {"state": ["no_reply"]},
  meaning="de Achterhoek: region without border")
q(I, "Voldoet de gemeente Purmerend aan haar wettelijke taak?", "fact", {"gemeente": "Purmerend", "fact": "compliance"},
  fact="compliance")
q(I, "Bij welke Gelderse gemeenten kwam de brief onbestelbaar retour?", "list",
  {"province": "Gelderland", "letter_undelivered": True})
q(I, "Welke Zeeuwse gemeenten hebben nog niet gereageerd?", "list", {"province": "Zeeland", "state": ["no_reply"]})
q(I, "en welke daarvan zijn van Sietske?", "list", {"province": "Zeeland", "state": ["no_reply"], "owner": "Sietske"},
  after=[18])
q(I, "en zonder eigenaar?", "list", {"province": "Zeeland", "state": ["no_reply"], "no_owner": True}, after=[18, 19],
  meaning="replaces the owner Sietske by no owner")
q(I, "Wat schreef De Wolden op 8 juli 2026?", "fact", {"gemeente": "De Wolden", "fact": "wrote", "date": "2026-07-08"},
  fact="wrote", date="2026-07-08")
q(I, "In welke trede zit Dantumadiel?", "fact", {"gemeente": "Dantumadiel", "fact": "trede"}, fact="trede")
q(I, "Hoe staat Bergen ervoor?", "clarify", {}, meaning="Bergen (L.) or Bergen (NH.)")
q(I, "Wanneer liep de termijn van Oost Gelre af?", "fact", {"gemeente": "Oost Gelre", "fact": "termijn"}, fact="termijn")
q(I, "Welke gemeente in Zuid-Holland heeft de grootste achterstand?", "unknown", {"province": "Zuid-Holland"},
  meaning="ranking: not possible")


def build():
    R = Register(DUMP)
    out, base = [], {}
    per = {}
    for spec in Q:
        who = spec["who"]
        per.setdefault(who, 0)
        per[who] += 1
    counts = {}
    start = {"Harm": 68001, "Sietske": 68026, "Bayu": 68051, "Ilona": 68076}
    for spec in Q:
        who = spec["who"]
        counts[who] = counts.get(who, 0) + 1
        qid = start[who] + counts[who] - 1
        f = spec["filters"]
        rec = dict(id=qid, q=spec["q"], intent=spec["intent"], filters=f, expected_gemeenten=[], count=None,
                   after=[start[who] + a - 1 for a in spec["after"]], as_staff=STAFF[who], on=ON,
                   meaning=spec["meaning"], expected_fact=None)
        if spec["intent"] in LIST_INTENTS:
            g = R.select(f)
            rec["expected_gemeenten"], rec["count"] = g, len(g)
        elif spec["fact"]:
            rec["expected_fact"] = R.fact(f["gemeente"], spec["fact"], spec["date"])
        out.append(rec)
    assert per == {"Harm": 25, "Sietske": 25, "Bayu": 25, "Ilona": 25}, per
    assert len({r["id"] for r in out}) == 100
    return out


if __name__ == "__main__":
    recs = build()
    with open("questions68_with_expected_sets.jsonl", "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in recs:
        extra = r["count"] if r["intent"] in LIST_INTENTS else (r["expected_fact"] if r["expected_fact"] is not None else "")
        print(r["id"], r["intent"], "|", r["q"][:70], "|", json.dumps(extra, ensure_ascii=False)[:150])
