#!/usr/bin/env python3
"""make_questions.py: writes questions52_with_expected_sets.jsonl (100 questions, four personas, asked 2029-05-08).

Expected sets and facts are computed from status.json / due.json by expected.py's functions, never typed in.
"""
import json
import os

from expected import HERE, expected_for, load

ON = "2029-05-08"
PETRA, NIELS, KARIN, HAMZA = 52501, 52502, 52503, 52504
NOORD = ["Drenthe", "Friesland", "Groningen"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]

Q = []


def q(qid, who, text, intent, filters, meaning, after=(), fact=None):
    Q.append({"id": qid, "q": text, "intent": intent, "filters": filters, "after": list(after), "as_staff": who,
              "on": ON, "meaning": meaning, "expected_fact": fact})


# ---------------------------------------------------------------- Petra (beheerder, Monday planning) 52001-52025
q(52001, PETRA, "Goedemorgen! Hoeveel zaken heeft Niels op dit moment?", "count", {"owner": "Niels"},
  "count of cases owned by Niels")
q(52002, PETRA, "en Karin?", "count", {"owner": "Karin"},
  "follow-up: the same count for Karin", after=[52001])
q(52003, PETRA, "Welke zaken heeft Hamza allemaal?", "list", {"owner": "Hamza"},
  "list of cases owned by Hamza")
q(52004, PETRA, "Hoeveel zaken hebben nog geen behandelaar?", "count", {"no_owner": True},
  "count of cases without owner")
q(52005, PETRA, "Welke Gelderse gemeenten zijn nog niet aan iemand toegewezen?", "list",
  {"no_owner": True, "province": "Gelderland"}, "cases in Gelderland without owner")
q(52006, PETRA, "Hoeveel zaken zitten er nu in trede 3?", "count", {"trede": 3}, "count of trede-3 cases")
q(52007, PETRA, "Welke zijn dat?", "list", {"trede": 3},
  "follow-up: the list behind the previous count", after=[52006])
q(52008, PETRA, "En in trede 1?", "count", {"trede": 1},
  "follow-up: count, trede replaced by 1", after=[52006])
q(52009, PETRA, "Hoeveel gemeenten hebben te laat gereageerd?", "count", {"state": ["late"]},
  "count of cases that answered after the termijn ('te laat gereageerd' is not the bare 'te laat')")
q(52010, PETRA, "en hoeveel daarvan was ook onvolledig?", "count", {"state": ["incomplete", "late"]},
  "follow-up narrowing with 'daarvan ... ook': late and incomplete", after=[52009])
q(52011, PETRA, "welke zaken van niels hebben de termijn laten verlopen zonder te reageren vraagteken", "list",
  {"owner": "Niels", "state": ["no_reply"]},
  "voice typing ('vraagteken' spoken): Niels's cases with no reply and the termijn passed")
q(52012, PETRA, "en voor Karin?", "list", {"owner": "Karin", "state": ["no_reply"]},
  "follow-up: the same list for Karin", after=[52011])
q(52013, PETRA, "Hoeveel gemeenten hebben om uitstel gevraagd?", "count", {"state": ["extended"]},
  "count of cases with an extension request")
q(52014, PETRA, "Welke uitstelverzoeken liggen er nog zonder behandelaar?", "list",
  {"state": ["extended"], "no_owner": True}, "extension requests on cases without owner")
q(52015, PETRA, "Bij welke gemeenten is de brief onbestelbaar retour gekomen?", "list",
  {"letter_undelivered": True}, "cases whose latest letter bounced")
q(52016, PETRA, "Geef me even het totaaloverzicht van vandaag.", "overview", {},
  "the overview of the register (per state, trede, what is due)")
q(52017, PETRA, "Hoeveel gemeenten in het noorden hebben nog niet gereageerd terwijl de termijn al verstreken is?",
  "count", {"province": NOORD, "state": ["no_reply"]},
  "'het noorden' = Drenthe, Friesland, Groningen; no reply and termijn passed")
q(52018, PETRA, "Welke zaken in Zuid-Holland hadden hun termijn in juni 2026?", "list",
  {"province": "Zuid-Holland", "termijn_from": "2026-06-01", "termijn_to": "2026-06-30"},
  "cases in Zuid-Holland with a termijn in June 2026 (any state)")
q(52019, PETRA, "Hoeveel zaken in trede 2 voldoen niet aan hun taak?", "count",
  {"trede": 2, "compliance": "voldoet_niet"}, "trede-2 cases with compliance voldoet_niet")
q(52020, PETRA, "Welke gemeenten in trede 2 hebben onvolledig gereageerd, Limburg niet meegerekend?", "list",
  {"trede": 2, "state": ["incomplete"], "not_province": "Limburg"},
  "trede 2, incomplete answer, Limburg left out (not the trede)")
q(52021, PETRA, "Welke zaken van Hamza zijn onvolledig beantwoord en wachten dus op een aanvulling?", "list",
  {"owner": "Hamza", "state": ["incomplete"]}, "Hamza's cases in state answered_incomplete")
q(52022, PETRA, "Wie is de behandelaar van Maastricht?", "fact", {"gemeente": "Maastricht", "fact": "owner"},
  "owner of Maastricht")
q(52023, PETRA, "Kun je Stadskanaal namens mij een herinneringsmail sturen?", "unknown",
  {"gemeente": "Stadskanaal"}, "sending mail: the bot cannot; the municipality is still understood")
q(52024, PETRA, "Zet de lijst van zaken zonder behandelaar even in een Excelbestand.", "unknown",
  {"no_owner": True}, "export: cannot; the list it is about (no owner) is understood")
q(52025, PETRA, "Dank je, dat was het voor vandaag.", "help", {}, "thanks")

# ---------------------------------------------------------------- Niels (careful behandelaar) 52026-52050
q(52026, NIELS, "Hoeveel opvangplekken heeft Den Bosch op dit moment gerealiseerd, en hoeveel zijn er in voorbereiding?",
  "fact", {"gemeente": "'s-Hertogenbosch", "fact": "places"}, "places (realised and planned) of 's-Hertogenbosch")
q(52027, NIELS, "Per wanneer verwacht de gemeente Utrecht aan haar taakstelling te voldoen?", "fact",
  {"gemeente": "Utrecht", "fact": "expected"},
  "expected date of the municipality Utrecht ('de gemeente' and the fact decide against the province)")
q(52028, NIELS, "En welke redenen voert de gemeente daarvoor aan?", "fact",
  {"gemeente": "Utrecht", "fact": "reasons"}, "follow-up: reasons of Utrecht", after=[52027])
q(52029, NIELS, "Welke elementen ontbreken nog in de reactie van Edam-Volendam?", "fact",
  {"gemeente": "Edam-Volendam", "fact": "missing"}, "missing elements of Edam-Volendam")
q(52030, NIELS, "Was die reactie op tijd?", "fact", {"gemeente": "Edam-Volendam", "fact": "reply"},
  "follow-up: reply date of Edam-Volendam and whether on time", after=[52029])
q(52031, NIELS, "Tot wanneer loopt de termijn van Kerkrade?", "fact", {"gemeente": "Kerkrade", "fact": "termijn"},
  "termijn of Kerkrade")
q(52032, NIELS, "Wat heeft Zutphen op 28 juli 2026 gestuurd?", "fact",
  {"gemeente": "Zutphen", "fact": "wrote", "date": "2026-07-28"}, "messages from Zutphen received on 2026-07-28")
q(52033, NIELS, "Hoe staat het ervoor met Heerhugowaard?", "status", {"gemeente": "Dijk en Waard"},
  "former municipality Heerhugowaard = Dijk en Waard: status")
q(52034, NIELS, "Wie is de behandelaar van Volendam?", "fact", {"gemeente": "Edam-Volendam", "fact": "owner"},
  "village Volendam = Edam-Volendam: owner")
q(52035, NIELS, "Heeft A'dam al gereageerd op de brief?", "fact", {"gemeente": "Amsterdam", "fact": "reply"},
  "A'dam = Amsterdam, which has no case: the answer says so")
q(52036, NIELS, "In welke trede zit Dantumadeel?", "fact", {"gemeente": "Dantumadiel", "fact": "trede"},
  "Dutch name Dantumadeel = Dantumadiel: trede")
q(52037, NIELS, "Voldoet de gemeente Súdwest-Fryslân aan haar wettelijke taak?", "fact",
  {"gemeente": "Súdwest-Fryslân", "fact": "compliance"}, "compliance of Súdwest-Fryslân")
q(52038, NIELS, "Welke gemeenten in de provincie Utrecht hebben nog niet gereageerd, terwijl de termijn verstreken is?",
  "list", {"province": "Utrecht", "state": ["no_reply"]}, "province Utrecht ('provincie' decides), no reply, overdue")
q(52039, NIELS, "Wat ontbreekt er nog bij Bilthoven?", "fact", {"gemeente": "De Bilt", "fact": "missing"},
  "village Bilthoven = De Bilt: missing elements")
q(52040, NIELS, "Wat schreef Hilversum op drieëntwintig april 2026?", "fact",
  {"gemeente": "Hilversum", "fact": "wrote", "date": "2026-04-23"},
  "spoken day 'drieëntwintig april 2026': messages from Hilversum that day")
q(52041, NIELS, "Wanneer verwacht Uden aan de taak te voldoen?", "fact", {"gemeente": "Maashorst", "fact": "expected"},
  "former municipality Uden = Maashorst: expected date (none known)")
q(52042, NIELS, "Hoeveel plaatsen heeft Delfzijl gerealiseerd en gepland?", "fact",
  {"gemeente": "Eemsdelta", "fact": "places"}, "former municipality Delfzijl = Eemsdelta: places")
q(52043, NIELS, "Welke redenen noemt Voorschoten voor de vertraging?", "fact",
  {"gemeente": "Voorschoten", "fact": "reasons"}, "reasons of Voorschoten")
q(52044, NIELS, "Welke van mijn zaken verwachten in 2027 aan de taak te voldoen?", "list",
  {"owner": "Niels", "expected_after": "2026-12-31", "expected_before": "2028-01-01"},
  "Niels's cases with an expected date inside 2027")
q(52045, NIELS, "Bij welke van mijn gemeenten ontbreekt het tijdpad nog?", "list",
  {"owner": "Niels", "missing": ["timeline"]}, "Niels's cases missing the timeline")
q(52046, NIELS, "Wat is de stand van zaken in Bergen?", "clarify", {},
  "bare Bergen: Bergen (L.) or Bergen (NH.) is asked back",
  fact={"choices": ["Bergen (L.)", "Bergen (NH.)"]})
q(52047, NIELS, "Bergen in Limburg bedoel ik.", "status", {"gemeente": "Bergen (L.)"},
  "answer to the question back: status of Bergen (L.)", after=[52046])
q(52048, NIELS, "Wanneer heeft Brielle gereageerd?", "fact", {"gemeente": "Voorne aan Zee", "fact": "reply"},
  "former municipality Brielle = Voorne aan Zee: no reply recorded")
q(52049, NIELS, "Wat is het telefoonnummer van de gemeente Zaltbommel?", "unknown", {"gemeente": "Zaltbommel"},
  "contact data: cannot; the municipality is understood")
q(52050, NIELS, "Wat kwam er op 8 juli 2026 binnen van De Wolden?", "fact",
  {"gemeente": "De Wolden", "fact": "wrote", "date": "2026-07-08"}, "messages from De Wolden received on 2026-07-08")

# ---------------------------------------------------------------- Karin (Dutch-English, jargon) 52051-52075
q(52051, KARIN, "Kun je me een korte status update geven van Zaanstad?", "status", {"gemeente": "Zaanstad"},
  "status of Zaanstad")
q(52052, KARIN, "Welke van mijn cases zijn nog pending met een verlopen deadline?", "list",
  {"owner": "Karin", "state": ["no_reply"]}, "Karin's cases without reply and termijn passed")
q(52053, KARIN, "Lijst graag: Zuid-Holland, incomplete reactie, timeline ontbreekt.", "list",
  {"province": "Zuid-Holland", "state": ["incomplete"], "missing": ["timeline"]},
  "Zuid-Holland, state incomplete, timeline missing")
q(52054, KARIN, "Hoeveel cases zijn er in Drenthe geëscaleerd naar trede 3?", "count",
  {"province": "Drenthe", "trede": 3}, "count of trede-3 cases in Drenthe")
q(52055, KARIN, "Welke gemeenten hebben een extension aangevraagd, excl. Zeeland?", "list",
  {"state": ["extended"], "not_province": "Zeeland"}, "extension requested, Zeeland left out")
q(52056, KARIN, "Backlog check: hoeveel gemeenten in Noord-Holland hebben late gereageerd?", "count",
  {"province": "Noord-Holland", "state": ["late"]}, "count in Noord-Holland answered after the termijn")
q(52057, KARIN, "en in Zuid-Holland?", "count", {"province": "Zuid-Holland", "state": ["late"]},
  "follow-up: province replaced", after=[52056])
q(52058, KARIN, "Welke gemeenten in Gelderland en Overijssel voldoen niet en noemen no location, dus geen geschikte locatie, als reden?",
  "list", {"province": ["Gelderland", "Overijssel"], "compliance": "voldoet_niet", "reason": "no_location"},
  "Gelderland or Overijssel, voldoet_niet, reason no_location")
q(52059, KARIN, "Deadline in oktober 2026: welke cases hebben nog steeds niet gereageerd?", "list",
  {"termijn_from": "2026-10-01", "termijn_to": "2026-10-31", "state": ["no_reply"]},
  "termijn in October 2026 and no reply ('nog steeds niet' = no_reply)")
q(52060, KARIN, "Welke gemeenten hebben on time gereageerd maar missen toch de steps?", "list",
  {"state": ["on_time"], "missing": ["steps"]}, "answered by the termijn, steps missing")
q(52061, KARIN, "Hoeveel van mijn cases zijn complete?", "count", {"owner": "Karin", "state": ["complete"]},
  "count of Karin's cases in state answered_complete")
q(52062, KARIN, "Kun je de no-reply backlog van Limburg als csv sturen?", "unknown",
  {"province": "Limburg", "state": ["no_reply"]}, "export as csv: cannot; the list is understood")
q(52063, KARIN, "Welke trede 2 cases in Zuid-Nederland hebben een expected date vóór de zomer van 2027?", "list",
  {"trede": 2, "province": ZUID, "expected_before": "2027-07-01"},
  "trede 2, Limburg/Noord-Brabant/Zeeland, expected date ends before 2027-07-01")
q(52064, KARIN, "Escalatie-check: welke trede 3 gemeenten hebben hun deadline gemist zonder te reageren?", "list",
  {"trede": 3, "state": ["no_reply"]}, "trede 3 and no reply with the termijn passed")
q(52065, KARIN, "Wie is de owner van Goes?", "fact", {"gemeente": "Goes", "fact": "owner"}, "owner of Goes")
q(52066, KARIN, "Welke gemeenten met geldproblemen hebben wel gereageerd?", "list",
  {"reason": "finance", "state": ["answered"]}, "reason finance ('geldproblemen') and answered")
q(52067, KARIN, "Status update Randstad: hoeveel cases zonder reactie na de deadline?", "clarify",
  {"state": ["no_reply"]}, "de Randstad has no fixed border: asked back; the state is understood",
  fact={"choices": "which provinces the Randstad means"})
q(52068, KARIN, "Welke cases in Twente hebben hun deadline gemist?", "unknown", {"state": ["no_reply"]},
  "Twente has no border in the register: unknown, the state still understood")
q(52069, KARIN, "Alle gemeenten waar zowel de facts als de timeline missen, please", "list",
  {"missing": ["facts", "timeline"]}, "both facts and timeline missing")
q(52070, KARIN, "Alle answered cases in de provincie Utrecht, behalve de late reacties", "list",
  {"province": "Utrecht", "state": ["answered"], "not_state": ["late"]},
  "province Utrecht, answered, late ones left out")
q(52071, KARIN, "FYI, hoe wijs ik een case toe aan een collega?", "help", {}, "how to assign: help")
q(52072, KARIN, "Welke gemeenten met een deadline tussen 1 en 30 juni 2026 hebben incompleet gereageerd?", "list",
  {"termijn_from": "2026-06-01", "termijn_to": "2026-06-30", "state": ["incomplete"]},
  "termijn in June 2026, state incomplete")
q(52073, KARIN, "Hoeveel gemeenten noemen een bezwaarprocedure als reden, niet in Noord-Brabant?", "count",
  {"reason": "objection_procedure", "not_province": "Noord-Brabant"},
  "count with reason objection_procedure, Noord-Brabant left out")
q(52074, KARIN, "Welke letters zijn undelivered teruggekomen en hebben nog geen owner?", "list",
  {"letter_undelivered": True, "no_owner": True}, "letter bounced and no owner")
q(52075, KARIN, "Wat is de top 5 gemeenten met de grootste backlog?", "unknown", {},
  "ranking: cannot")

# ---------------------------------------------------------------- Hamza (terse, typos) 52076-52100
q(52076, HAMZA, "uitstel?", "list", {"state": ["extended"]},
  "bare 'uitstel?' at the start of a conversation: the cases with an extension request")
q(52077, HAMZA, "trede 3 drenthe?", "list", {"trede": 3, "province": "Drenthe"}, "trede 3 in Drenthe")
q(52078, HAMZA, "zonder tijdpad brabant", "list", {"missing": ["timeline"], "province": "Noord-Brabant"},
  "Noord-Brabant, timeline missing")
q(52079, HAMZA, "wie heeft ede", "fact", {"gemeente": "Ede", "fact": "owner"}, "owner of Ede")
q(52080, HAMZA, "hoevl zonder reactie limburg", "count", {"state": ["no_reply"], "province": "Limburg"},
  "'hoevl' = hoeveel: count in Limburg with no reply and termijn passed")
q(52081, HAMZA, "en gld", "count", {"state": ["no_reply"], "province": "Gelderland"},
  "follow-up: province replaced by Gelderland ('gld')", after=[52080])
q(52082, HAMZA, "mijn zaken", "list", {"owner": "Hamza"}, "the asker's cases")
q(52083, HAMZA, "te laat?", "clarify", {},
  "bare 'te laat': no reply with termijn passed, or answered late? asked back",
  fact={"choices": ["no_reply", "late"]})
q(52084, HAMZA, "stadskanaal termijn", "fact", {"gemeente": "Stadskanaal", "fact": "termijn"},
  "termijn of Stadskanaal")
q(52085, HAMZA, "reactie?", "fact", {"gemeente": "Stadskanaal", "fact": "reply"},
  "follow-up fragment about the same municipality: reply of Stadskanaal (none)", after=[52084])
q(52086, HAMZA, "olst wijhe plekken", "fact", {"gemeente": "Olst-Wijhe", "fact": "places"},
  "places of Olst-Wijhe")
q(52087, HAMZA, "valkenburg wat mist", "fact", {"gemeente": "Valkenburg aan de Geul", "fact": "missing"},
  "Valkenburg = Valkenburg aan de Geul: missing elements")
q(52088, HAMZA, "groningen?", "clarify", {}, "Groningen alone: province or municipality, asked back",
  fact={"choices": ["provincie Groningen", "gemeente Groningen"]})
q(52089, HAMZA, "trede 2 zeeland vldt niet", "list", {"trede": 2, "province": "Zeeland", "compliance": "voldoet_niet"},
  "'vldt' = voldoet: trede 2, Zeeland, voldoet_niet")
q(52090, HAMZA, "zonder eigenaar overijsel", "list", {"no_owner": True, "province": "Overijssel"},
  "typo overijsel = Overijssel; no owner")
q(52091, HAMZA, "telnr heerenveen", "unknown", {"gemeente": "Heerenveen"}, "phone number: cannot")
q(52092, HAMZA, "reden westerkwartier", "fact", {"gemeente": "Westerkwartier", "fact": "reasons"},
  "reasons of Westerkwartier")
q(52093, HAMZA, "verwacht wanneer zwartewaterland", "fact", {"gemeente": "Zwartewaterland", "fact": "expected"},
  "expected date of Zwartewaterland")
q(52094, HAMZA, "mijn zaken zonder reactie", "list", {"owner": "Hamza", "state": ["no_reply"]},
  "the asker's cases with no reply and termijn passed")
q(52095, HAMZA, "hoeveel", "count", {"owner": "Hamza", "state": ["no_reply"]},
  "follow-up: count of the same list", after=[52094])
q(52096, HAMZA, "en in ov", "count", {"owner": "Hamza", "state": ["no_reply"], "province": "Overijssel"},
  "follow-up: narrowed to Overijssel ('ov')", after=[52094, 52095])
q(52097, HAMZA, "hoe werkt dit", "help", {}, "how does it work: help")
q(52098, HAMZA, "wat stuurde oldambt op 19-6-2026", "fact",
  {"gemeente": "Oldambt", "fact": "wrote", "date": "2026-06-19"}, "messages from Oldambt received on 2026-06-19")
q(52099, HAMZA, "uitstel zeeland behalve borsele", "list",
  {"state": ["extended"], "province": "Zeeland", "not_gemeente": "Borsele"},
  "extension requested in Zeeland, Borsele left out")
q(52100, HAMZA, "verwacht na zomer 2027 gld", "list", {"expected_after": "2027-08-31", "province": "Gelderland"},
  "Gelderland, expected date starts after the summer of 2027 (after 2027-08-31)")


def main():
    status, due = load()
    with open(os.path.join(HERE, "questions52_with_expected_sets.jsonl"), "w", encoding="utf-8") as fh:
        for item in Q:
            g, n, fv = expected_for({**item, "expected_fact": item["expected_fact"]}, status, due)
            out = {"id": item["id"], "q": item["q"], "intent": item["intent"], "filters": item["filters"],
                   "expected_gemeenten": g, "count": n, "after": item["after"], "as_staff": item["as_staff"],
                   "on": item["on"], "meaning": item["meaning"], "expected_fact": fv}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"{len(Q)} questions written")


if __name__ == "__main__":
    main()
