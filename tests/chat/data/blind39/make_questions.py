#!/usr/bin/env python3
"""make_questions.py: the 100 questions of set 39, each with a hand-written predicate (lists/counts)
or a hand-written fact look-up, evaluated over status.json / due.json (dump_status.py 2028-06-14).
Writes questions39_with_expected_sets.jsonl."""
import json
import os
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ON = '2028-06-14'
STAFF = {'Gerda': 39501, 'Bram': 39502, 'Ingrid': 39503, 'Kees': 39504}
S = json.load(open(os.path.join(HERE, 'status.json'), encoding='utf-8'))
DUE = json.load(open(os.path.join(HERE, 'due.json'), encoding='utf-8'))
G = {s['gemeente']: s for s in S}
CASES = [s for s in S if s['case']]
NR = {d['gemeente'] for d in DUE if d['section'] == 'overdue' and d['kind'] == 'no_reply'}
AMS = ZoneInfo('Europe/Amsterdam')

NOORD = ['Drenthe', 'Friesland', 'Groningen']
OOST = ['Gelderland', 'Overijssel']


def d(x):
    return date.fromisoformat(x)


def exp_iv(s):
    """expected_date as (first day, last day) or None."""
    e = s['expected_date']
    if not e:
        return None
    if len(e) == 10:
        return d(e), d(e)
    y = int(e[:4])
    k = e[5:]
    if k.startswith('Q'):
        m0 = 3 * (int(k[1]) - 1) + 1
        m1 = m0 + 2
    elif k.startswith('H'):
        m0, m1 = (1, 6) if k == 'H1' else (7, 12)
    else:
        m0 = m1 = int(k)
    last = (date(y + (m1 == 12), m1 % 12 + 1, 1) - timedelta(days=1))
    return date(y, m0, 1), last


# ---------------------------------------------------------------- hand facts
def c_of(g):
    return G[g]['case']


def places(g):
    return {'realised': G[g]['realised_total'], 'planned': G[g]['planned_total']}


def reply(g):
    c = c_of(g)
    rd = datetime.fromisoformat(c['reply_at']).astimezone(AMS).date()
    return {'reply_date': rd.isoformat(), 'termijn': c['termijn'], 'on_time': c['reply_on_time'],
            'days_after_termijn': (rd - d(c['termijn'])).days}


def wrote(g, day):
    out = []
    for m in G[g]['messages']:
        if datetime.fromisoformat(m['received_at']).astimezone(AMS).date().isoformat() == day:
            out.append({'kind': m['kind'], 'subject': m['subject'], 'reference': m['reference']})
    return out


def status_summary(g):
    s, c = G[g], G[g]['case']
    return {'gemeente': g, 'trede': c['trede'], 'state': c['state'], 'compliance': c['compliance'],
            'owner': c['owner'], 'termijn': c['termijn'], 'answered': c['answered'],
            'overdue': c['overdue'], 'missing': c['missing'], 'expected_date': s['expected_date']}


def overview():
    return {'cases': len(CASES), 'no_reply': len(NR),
            'answered': sum(1 for s in CASES if s['case']['answered'])}


# ---------------------------------------------------------------- questions
# (id, persona, q, intent, filters, after, meaning, predicate(s, c) or fact())
Q = []


def L(i, who, q, intent, filters, meaning, pred, after=()):
    Q.append(dict(id=i, who=who, q=q, intent=intent, filters=filters, after=list(after),
                  meaning=meaning, pred=pred, fact=None))


def F(i, who, q, intent, filters, meaning, fact=None, after=()):
    Q.append(dict(id=i, who=who, q=q, intent=intent, filters=filters, after=list(after),
                  meaning=meaning, pred=None, fact=fact))


P = lambda s: s['province']  # noqa: E731
ans = lambda c: c['answered']  # noqa: E731
late = lambda c: c['answered'] and c['reply_on_time'] is False  # noqa: E731
ontime = lambda c: c['answered'] and c['reply_on_time'] is True  # noqa: E731
inc = lambda c: c['state'] == 'answered_incomplete'  # noqa: E731
ext = lambda c: c['extension_requested']  # noqa: E731
nr = lambda s: s['gemeente'] in NR  # noqa: E731

# ---- Persona A: Gerda, beheerder (formal; counts, regions, compliance, overviews)
A = 'Gerda'
L(39001, A, 'Hoeveel gemeenten hebben op dit moment een lopend toezichtsdossier bij ons?', 'count', {},
  'How many municipalities have a supervision case.', lambda s, c: True)
L(39002, A, 'Kunt u mij vertellen hoeveel gemeenten in Zuid-Holland nog altijd niet hebben gereageerd, terwijl de termijn al is verstreken?',
  'count', {'province': 'Zuid-Holland', 'state': ['no_reply']},
  'Count of South Holland cases without a reply after the deadline.',
  lambda s, c: P(s) == 'Zuid-Holland' and nr(s))
L(39003, A, 'En in Noord-Holland?', 'count', {'province': 'Noord-Holland', 'state': ['no_reply']},
  'Same count for North Holland.', lambda s, c: P(s) == 'Noord-Holland' and nr(s), after=[39002])
L(39004, A, 'Welke gemeenten in het noorden van het land voldoen niet aan hun taakstelling?', 'list',
  {'province': NOORD, 'compliance': 'voldoet_niet'},
  'Northern municipalities (Dr/Fr/Gr) that do not meet their task.',
  lambda s, c: P(s) in NOORD and c['compliance'] == 'voldoet_niet')
L(39005, A, 'En welke daarvan bevinden zich al in trede 3?', 'list',
  {'province': NOORD, 'compliance': 'voldoet_niet', 'trede': 3},
  'Of those, the ones on trede 3.',
  lambda s, c: P(s) in NOORD and c['compliance'] == 'voldoet_niet' and c['trede'] == 3, after=[39004])
L(39006, A, 'Hoeveel gemeenten voldoen gedeeltelijk aan de wettelijke taak, Limburg niet meegerekend?', 'count',
  {'compliance': 'voldoet_gedeeltelijk', 'not_province': 'Limburg'},
  'Count of partly compliant municipalities outside Limburg.',
  lambda s, c: c['compliance'] == 'voldoet_gedeeltelijk' and P(s) != 'Limburg')
L(39007, A, 'Graag een opsomming van de gemeenten in Oost-Nederland die om uitstel hebben gevraagd.', 'list',
  {'province': OOST, 'state': ['extended']},
  'Eastern municipalities (Gld/Ov) with an extension request.',
  lambda s, c: P(s) in OOST and ext(c))
L(39008, A, 'Hoeveel dossiers zijn nog niet aan een behandelaar gekoppeld?', 'count', {'no_owner': True},
  'Count of cases without an owner.', lambda s, c: c['owner'] is None)
L(39009, A, 'En hoeveel daarvan betreffen gemeenten in de provincie Utrecht?', 'count',
  {'no_owner': True, 'province': 'Utrecht'},
  'Of the unowned cases, those in the province of Utrecht.',
  lambda s, c: c['owner'] is None and P(s) == 'Utrecht', after=[39008])
L(39010, A, 'Welke Overijsselse gemeenten hebben gereageerd, uitgezonderd de gemeenten die dat te laat deden?', 'list',
  {'province': 'Overijssel', 'state': ['answered'], 'not_state': ['late']},
  'Overijssel municipalities that replied, leaving out late replies.',
  lambda s, c: P(s) == 'Overijssel' and ans(c) and not late(c))
F(39011, A, 'Mag ik een totaaloverzicht van de stand van het toezicht?', 'overview', {},
  'A general overview of the register.', overview)
L(39012, A, 'Bij welke gemeenten is onze brief als onbestelbaar retour gekomen?', 'list', {'letter_undelivered': True},
  'Municipalities whose latest letter bounced.', lambda s, c: c['letter_undelivered'])
L(39013, A, 'Hoeveel gemeenten in Zeeland en Noord-Brabant staan op trede 2 en voldoen niet?', 'count',
  {'province': ['Noord-Brabant', 'Zeeland'], 'trede': 2, 'compliance': 'voldoet_niet'},
  'Count of trede-2 non-compliant cases in Zeeland or North Brabant.',
  lambda s, c: P(s) in ('Zeeland', 'Noord-Brabant') and c['trede'] == 2 and c['compliance'] == 'voldoet_niet')
L(39014, A, 'Welke gemeenten hebben een onvolledige reactie gestuurd waarin het tijdpad ontbreekt, Zuid-Holland buiten beschouwing gelaten?',
  'list', {'state': ['incomplete'], 'missing': ['timeline'], 'not_province': 'Zuid-Holland'},
  'Incomplete replies lacking the timeline, outside South Holland.',
  lambda s, c: inc(c) and 'timeline' in c['missing'] and P(s) != 'Zuid-Holland')
F(39015, A, 'Voldoet de gemeente Tilburg aan haar wettelijke taak?', 'fact', {'gemeente': 'Tilburg', 'fact': 'compliance'},
  "Tilburg's compliance.", lambda: c_of('Tilburg')['compliance'])
L(39016, A, 'Hoeveel gemeenten verwachten vóór de zomer van 2027 aan hun taak te voldoen?', 'count',
  {'expected_before': '2027-07-01'},
  'Count of cases whose expected date ends before 1 July 2027.',
  lambda s, c: exp_iv(s) is not None and exp_iv(s)[1] < d('2027-07-01'))
L(39017, A, 'En hoeveel pas na de zomer van 2027?', 'count', {'expected_after': '2027-08-31'},
  'Count of cases whose expected date starts after 31 Aug 2027.',
  lambda s, c: exp_iv(s) is not None and exp_iv(s)[0] > d('2027-08-31'), after=[39016])
F(39018, A, 'Kunt u de lijst van gemeenten in trede 3 voor mij naar Excel exporteren?', 'unknown', {'trede': 3},
  'Export request (cannot do); the trede-3 list is understood.')
L(39019, A, 'Welke gemeenten in Groningen en Drenthe voeren het ontbreken van een geschikte locatie aan als reden?', 'list',
  {'province': ['Drenthe', 'Groningen'], 'reason': 'no_location'},
  'Groningen/Drenthe cases citing no suitable location.',
  lambda s, c: P(s) in ('Groningen', 'Drenthe') and 'no_location' in s['reasons'])
L(39020, A, 'Hoeveel gemeenten hebben op tijd gereageerd maar daarbij de stappen niet beschreven?', 'count',
  {'state': ['on_time'], 'missing': ['steps']},
  'Count of on-time replies whose case misses the steps.',
  lambda s, c: ontime(c) and 'steps' in c['missing'])
F(39021, A, 'Welke gemeenten in de Randstad hebben nog niet gereageerd?', 'clarify', {'state': ['no_reply']},
  '"De Randstad" has no fixed border: asked back.', lambda: None)
L(39022, A, 'Hoeveel zaken heeft Ingrid op dit moment onder haar hoede?', 'count', {'owner': 'Ingrid'},
  "Count of Ingrid's cases.", lambda s, c: c['owner'] == 'Ingrid')
L(39023, A, 'En hoeveel daarvan zijn inmiddels beantwoord?', 'count', {'owner': 'Ingrid', 'state': ['answered']},
  "Of Ingrid's cases, those answered.", lambda s, c: c['owner'] == 'Ingrid' and ans(c), after=[39022])
L(39024, A, 'Welke gemeenten buiten Gelderland en Overijssel hebben een uitstelverzoek ingediend waarop nog niet is beslist?', 'list',
  {'state': ['extended'], 'not_province': ['Gelderland', 'Overijssel']},
  'Pending extension requests outside Gelderland and Overijssel.',
  lambda s, c: ext(c) and P(s) not in OOST)
F(39025, A, 'Hartelijk dank, dat was het voor nu.', 'help', {}, 'Thanks: help/greeting.')

# ---- Persona B: Bram, hurried behandelaar on the phone (shorthand, typos, chains)
B = 'Bram'
L(39026, B, 'mijn zaken zonder reactie?', 'list', {'owner': 'Bram', 'state': ['no_reply']},
  "Bram's cases with no reply after the deadline.", lambda s, c: c['owner'] == 'Bram' and nr(s))
L(39027, B, 'en wlke daarvan in gld', 'list', {'owner': 'Bram', 'state': ['no_reply'], 'province': 'Gelderland'},
  'Of those, the ones in Gelderland.',
  lambda s, c: c['owner'] == 'Bram' and nr(s) and P(s) == 'Gelderland', after=[39026])
L(39028, B, 'hoevl heb ik er in totaal', 'count', {'owner': 'Bram'},
  "Count of all Bram's cases.", lambda s, c: c['owner'] == 'Bram')
F(39029, B, 'wat mist er bij heerlen', 'fact', {'gemeente': 'Heerlen', 'fact': 'missing'},
  'Which elements Heerlen is missing.', lambda: c_of('Heerlen')['missing'])
F(39030, B, 'op tijd gereageerd?', 'fact', {'gemeente': 'Heerlen', 'fact': 'reply'},
  'Did Heerlen reply on time (follow-up fragment).', lambda: reply('Heerlen'), after=[39029])
L(39031, B, 'welke gemeentn in limburg zitten in trede 2 zonder reactie', 'list',
  {'province': 'Limburg', 'trede': 2, 'state': ['no_reply']},
  'Limburg trede-2 cases without a reply after the deadline.',
  lambda s, c: P(s) == 'Limburg' and c['trede'] == 2 and nr(s))
L(39032, B, 'behalve roermond en landgraaf', 'list',
  {'province': 'Limburg', 'trede': 2, 'state': ['no_reply'], 'not_gemeente': ['Landgraaf', 'Roermond']},
  'The same list without Roermond and Landgraaf.',
  lambda s, c: P(s) == 'Limburg' and c['trede'] == 2 and nr(s) and s['gemeente'] not in ('Roermond', 'Landgraaf'),
  after=[39031])
F(39033, B, 'termijn zeewolde', 'fact', {'gemeente': 'Zeewolde', 'fact': 'termijn'},
  "Zeewolde's reply deadline.", lambda: c_of('Zeewolde')['termijn'])
F(39034, B, 'wanneer denkt vlissingen klaar te zijn', 'fact', {'gemeente': 'Vlissingen', 'fact': 'expected'},
  "Vlissingen's expected date.", lambda: G['Vlissingen']['expected_date'])
F(39035, B, 'hoeveel plekken heeft zwolle nu en hoeveel gepland', 'fact', {'gemeente': 'Zwolle', 'fact': 'places'},
  "Zwolle's realised and planned places.", lambda: places('Zwolle'))
F(39036, B, 'wie is eigenaar van texel', 'fact', {'gemeente': 'Texel', 'fact': 'owner'},
  "Texel's case owner.", lambda: c_of('Texel')['owner'])
L(39037, B, 'lijst te laat gereageerd ov', 'list', {'state': ['late'], 'province': 'Overijssel'},
  'Overijssel cases that replied late (none).',
  lambda s, c: late(c) and P(s) == 'Overijssel')
L(39038, B, 'hoeveel zaken zonder behandelaar in fr', 'count', {'no_owner': True, 'province': 'Friesland'},
  'Count of unowned Friesland cases.', lambda s, c: c['owner'] is None and P(s) == 'Friesland')
L(39039, B, 'en daarvan trede 1', 'count', {'no_owner': True, 'province': 'Friesland', 'trede': 1},
  'Of those, trede 1.', lambda s, c: c['owner'] is None and P(s) == 'Friesland' and c['trede'] == 1, after=[39038])
L(39040, B, 'wlke gemeenten hebbn geldproblemen', 'list', {'reason': 'finance'},
  'Cases citing financial reasons.', lambda s, c: 'finance' in s['reasons'])
L(39041, B, 'en in zh', 'list', {'reason': 'finance', 'province': 'Zuid-Holland'},
  'Of those, South Holland.', lambda s, c: 'finance' in s['reasons'] and P(s) == 'Zuid-Holland', after=[39040])
F(39042, B, 'stuur die ff allemaal een herinneringsmail', 'unknown', {'reason': 'finance', 'province': 'Zuid-Holland'},
  'Send reminder mail to that list (cannot do); the list of 39041 is understood.', after=[39040, 39041])
F(39043, B, 'trede dantumadiel?', 'fact', {'gemeente': 'Dantumadiel', 'fact': 'trede'},
  "Dantumadiel's trede.", lambda: c_of('Dantumadiel')['trede'])
F(39044, B, 'status wageningen', 'status', {'gemeente': 'Wageningen'},
  'Status of Wageningen.', lambda: status_summary('Wageningen'))
L(39045, B, 'zaken van kees in zeeland', 'list', {'owner': 'Kees', 'province': 'Zeeland'},
  "Kees's cases in Zeeland.", lambda s, c: c['owner'] == 'Kees' and P(s) == 'Zeeland')
F(39046, B, 'hoe staat t met hulst', 'status', {'gemeente': 'Hulst'},
  'Status of Hulst.', lambda: status_summary('Hulst'))
F(39047, B, 'en wat ontbreekt daar', 'fact', {'gemeente': 'Hulst', 'fact': 'missing'},
  'What Hulst is missing (follow-up).', lambda: c_of('Hulst')['missing'], after=[39046])
L(39048, B, 'mijn zaken met uitstelverzoek', 'list', {'owner': 'Bram', 'state': ['extended']},
  "Bram's cases with an extension request.", lambda s, c: c['owner'] == 'Bram' and ext(c))
L(39049, B, 'ik zit in de auto welke gemeenten in drenthe hebben nog steeds niet gereageerd terwijl de termijn voorbij is', 'list',
  {'province': 'Drenthe', 'state': ['no_reply']},
  'Voice-typed: Drenthe cases without a reply after the deadline.',
  lambda s, c: P(s) == 'Drenthe' and nr(s))
F(39050, B, 'wie zijn er te laat', 'clarify', {},
  'Bare "te laat": asked back (no reply yet vs. replied late).', lambda: None)

# ---- Persona C: Ingrid, jurist (elements, reasons in own words, calendar and termijn windows)
C = 'Ingrid'
L(39051, C, 'Bij welke gemeenten ontbreken zowel de stappen als het tijdpad?', 'list', {'missing': ['steps', 'timeline']},
  'Cases missing both steps and timeline.', lambda s, c: {'steps', 'timeline'} <= set(c['missing']))
L(39052, C, 'In welke dossiers ontbreken alle drie de elementen: feiten, stappen en tijdpad?', 'list',
  {'missing': ['facts', 'steps', 'timeline']},
  'Cases missing all three elements.', lambda s, c: len(c['missing']) == 3)
L(39053, C, 'Hoeveel gemeenten hebben hun reactie pas na het verstrijken van de termijn ingediend?', 'count', {'state': ['late']},
  'Count of late replies.', lambda s, c: late(c))
L(39054, C, 'En hoeveel daarvan was ook onvolledig?', 'count', {'state': ['incomplete', 'late']},
  'Of the late replies, those whose case is incomplete.', lambda s, c: late(c) and inc(c), after=[39053])
L(39055, C, 'Van welke gemeenten liep de reactietermijn af tussen 1 en 30 juni 2026?', 'list',
  {'termijn_from': '2026-06-01', 'termijn_to': '2026-06-30'},
  'Cases with a termijn in June 2026.',
  lambda s, c: c['termijn'] is not None and '2026-06-01' <= c['termijn'] <= '2026-06-30')
L(39056, C, 'Welke daarvan hebben tot op heden niet gereageerd?', 'list',
  {'termijn_from': '2026-06-01', 'termijn_to': '2026-06-30', 'state': ['no_reply']},
  'Of those, the ones still without a reply.',
  lambda s, c: c['termijn'] is not None and '2026-06-01' <= c['termijn'] <= '2026-06-30' and nr(s), after=[39055])
L(39057, C, 'Welke gemeenten wijten de vertraging aan lopende bezwaarprocedures?', 'list', {'reason': 'objection_procedure'},
  'Cases citing objection procedures.', lambda s, c: 'objection_procedure' in s['reasons'])
L(39058, C, 'En welke daarvan staan nog op trede 1?', 'list', {'reason': 'objection_procedure', 'trede': 1},
  'Of those, trede 1.', lambda s, c: 'objection_procedure' in s['reasons'] and c['trede'] == 1, after=[39057])
L(39059, C, 'Welke gemeenten wijzen op verzet van omwonenden als reden?', 'list', {'reason': 'local_opposition'},
  'Cases citing local opposition.', lambda s, c: 'local_opposition' in s['reasons'])
F(39060, C, 'Welke redenen voert Voorschoten aan?', 'fact', {'gemeente': 'Voorschoten', 'fact': 'reasons'},
  "Voorschoten's reasons.", lambda: G['Voorschoten']['reasons'])
F(39061, C, 'Heeft Rijssen-Holten binnen de gestelde termijn gereageerd?', 'fact', {'gemeente': 'Rijssen-Holten', 'fact': 'reply'},
  'Whether Rijssen-Holten replied on time.', lambda: reply('Rijssen-Holten'))
L(39062, C, 'Welke gemeenten verwachten in het eerste kwartaal van 2027 aan de taak te voldoen?', 'list',
  {'expected_after': '2026-12-31', 'expected_before': '2027-04-01'},
  'Cases whose expected date lies within Q1 2027.',
  lambda s, c: exp_iv(s) is not None and exp_iv(s)[0] > d('2026-12-31') and exp_iv(s)[1] < d('2027-04-01'))
L(39063, C, 'En in het tweede kwartaal van 2027?', 'list',
  {'expected_after': '2027-03-31', 'expected_before': '2027-07-01'},
  'Same for Q2 2027 (window replaced).',
  lambda s, c: exp_iv(s) is not None and exp_iv(s)[0] > d('2027-03-31') and exp_iv(s)[1] < d('2027-07-01'),
  after=[39062])
L(39064, C, 'Hoeveel gemeenten hebben een verwachte datum genoemd die inmiddels al verstreken is?', 'count',
  {'expected_before': ON},
  'Count of cases whose expected date already lies in the past.',
  lambda s, c: exp_iv(s) is not None and exp_iv(s)[1] < d(ON))
L(39065, C, 'Welke Zuid-Hollandse gemeenten hebben uitstel aangevraagd zonder dat daar al op is beslist?', 'list',
  {'province': 'Zuid-Holland', 'state': ['extended']},
  'South Holland cases with a pending extension request.',
  lambda s, c: P(s) == 'Zuid-Holland' and ext(c))
L(39066, C, 'Welke gemeenten met een onvolledige reactie zitten niet in trede 2?', 'list',
  {'state': ['incomplete'], 'not_trede': 2},
  'Incomplete cases outside trede 2.', lambda s, c: inc(c) and c['trede'] != 2)
L(39067, C, 'Welke Zeeuwse gemeenten die nog geen uitstel hebben gevraagd, hebben de termijn zonder reactie laten verstrijken?', 'list',
  {'province': 'Zeeland', 'state': ['no_reply'], 'not_state': ['extended']},
  'Zeeland no-reply cases without an extension request.',
  lambda s, c: P(s) == 'Zeeland' and nr(s) and not ext(c))
L(39068, C, 'Hoeveel gemeenten met een termijn vóór 1 mei 2026 hebben tijdig gereageerd?', 'count',
  {'termijn_to': '2026-04-30', 'state': ['on_time']},
  'Count of on-time replies among cases with a termijn up to 30 April 2026.',
  lambda s, c: c['termijn'] is not None and c['termijn'] <= '2026-04-30' and ontime(c))
L(39069, C, 'Welke gemeenten stellen dat zij voor de realisatie afhankelijk zijn van het COA?', 'list', {'reason': 'coa_dependency'},
  'Cases citing dependency on the COA.', lambda s, c: 'coa_dependency' in s['reasons'])
L(39070, C, 'en daarvan in Noord-Holland?', 'list', {'reason': 'coa_dependency', 'province': 'Noord-Holland'},
  'Of those, North Holland.',
  lambda s, c: 'coa_dependency' in s['reasons'] and P(s) == 'Noord-Holland', after=[39069])
F(39071, C, 'wanneer heeft de gemeente katwijk gereageerd en was dat op tijd', 'fact', {'gemeente': 'Katwijk', 'fact': 'reply'},
  'Voice-typed: when Katwijk replied and whether on time.', lambda: reply('Katwijk'))
L(39072, C, 'Welke Zeeuwse gemeenten noemen een gebrek aan locaties, behalve sluis en veere?', 'list',
  {'province': 'Zeeland', 'reason': 'no_location', 'not_gemeente': ['Sluis', 'Veere']},
  'Zeeland cases citing no location, leaving out Sluis and Veere.',
  lambda s, c: P(s) == 'Zeeland' and 'no_location' in s['reasons'] and s['gemeente'] not in ('Sluis', 'Veere'))
F(39073, C, 'Wat is er op 14 september 2026 van Almere binnengekomen?', 'fact',
  {'gemeente': 'Almere', 'fact': 'wrote', 'date': '2026-09-14'},
  'What Almere sent on 14 Sept 2026.', lambda: wrote('Almere', '2026-09-14'))
L(39074, C, 'Welke gemeenten hadden een termijn die eind november 2026 afliep?', 'list',
  {'termijn_from': '2026-11-21', 'termijn_to': '2026-11-30'},
  'Cases with a termijn from 21 to 30 November 2026.',
  lambda s, c: c['termijn'] is not None and '2026-11-21' <= c['termijn'] <= '2026-11-30')
L(39075, C, 'Van welke gemeenten verloopt de termijn deze week?', 'list',
  {'termijn_from': '2028-06-12', 'termijn_to': '2028-06-18'},
  'Cases whose termijn falls in the asking week (none).',
  lambda s, c: c['termijn'] is not None and '2028-06-12' <= c['termijn'] <= '2028-06-18')

# ---- Persona D: Kees, newcomer (one municipality, help, cannot-do, ambiguous/former names, typos)
D = 'Kees'
F(39076, D, 'Hallo, ik ben nieuw in het team. Hoe werkt deze bot eigenlijk?', 'help', {}, 'How the bot works: help.')
F(39077, D, 'Hoe staat het ervoor met Amersfoort?', 'status', {'gemeente': 'Amersfoort'},
  'Status of Amersfoort.', lambda: status_summary('Amersfoort'))
F(39078, D, 'Hoe zit het met Delfzijl?', 'status', {'gemeente': 'Eemsdelta'},
  'Former municipality Delfzijl: status of Eemsdelta.', lambda: status_summary('Eemsdelta'))
F(39079, D, 'Hoe staat het met Bergen?', 'clarify', {},
  'Bergen is ambiguous (L. or NH.): asked back.', lambda: None)
F(39080, D, 'Ik bedoel Bergen in Limburg.', 'status', {'gemeente': 'Bergen (L.)'},
  'Status of Bergen (L.).', lambda: status_summary('Bergen (L.)'), after=[39079])
F(39081, D, 'Wat is de stand van zaken in Den Bosch?', 'status', {'gemeente': "'s-Hertogenbosch"},
  "Status of 's-Hertogenbosch.", lambda: status_summary("'s-Hertogenbosch"))
F(39082, D, 'Hoeveel opvangplaatsen heeft Eindhovn al gerealiseerd?', 'fact', {'gemeente': 'Eindhoven', 'fact': 'places'},
  "Eindhoven's places (misspelt).", lambda: places('Eindhoven'))
F(39083, D, 'Wie is de behandelaar van Arnhem?', 'fact', {'gemeente': 'Arnhem', 'fact': 'owner'},
  "Arnhem's owner.", lambda: c_of('Arnhem')['owner'])
L(39084, D, 'Welke zaken zijn aan mij toegewezen?', 'list', {'owner': 'Kees'},
  "Kees's cases.", lambda s, c: c['owner'] == 'Kees')
L(39085, D, 'En welke daarvan voldoen niet aan de taak?', 'list', {'owner': 'Kees', 'compliance': 'voldoet_niet'},
  'Of those, non-compliant.', lambda s, c: c['owner'] == 'Kees' and c['compliance'] == 'voldoet_niet', after=[39084])
F(39086, D, 'In welke trede zit Coevorden?', 'fact', {'gemeente': 'Coevorden', 'fact': 'trede'},
  "Coevorden's trede.", lambda: c_of('Coevorden')['trede'])
F(39087, D, 'Wanneer verwacht de gemeente Utrecht klaar te zijn?', 'fact', {'gemeente': 'Utrecht', 'fact': 'expected'},
  "The municipality of Utrecht's expected date.", lambda: G['Utrecht']['expected_date'])
F(39088, D, 'Hoe zit het met Utrecht?', 'clarify', {},
  'Utrecht alone: province or municipality, asked back.', lambda: None)
F(39089, D, 'Kunt u mij het telefoonnummer van de gemeente Zeist geven?', 'unknown', {'gemeente': 'Zeist'},
  'Phone number (cannot do); Zeist understood.')
F(39090, D, 'Welke gemeenten grenzen aan Zeist?', 'unknown', {'gemeente': 'Zeist'},
  'Neighbours (cannot do); Zeist understood.')
F(39091, D, 'Kan ik Almelo hier via de chat naar trede 3 zetten?', 'unknown', {'gemeente': 'Almelo'},
  'Change the trede by question (cannot do); Almelo understood.')
F(39092, D, 'Hoe wijs ik een zaak toe aan een collega?', 'help', {}, 'How to assign a case: help.')
F(39093, D, 'Voldoet Sudwest Fryslan aan de taak?', 'fact', {'gemeente': 'Súdwest-Fryslân', 'fact': 'compliance'},
  "Súdwest-Fryslân's compliance (written without accents).", lambda: c_of('Súdwest-Fryslân')['compliance'])
F(39094, D, 'Wat is de status van Haaren?', 'clarify', {},
  'Haaren was split in 2021 (Boxtel, Oisterwijk, Tilburg, Vught): asked back.', lambda: None)
L(39095, D, 'Welke gemeenten in Flevoland hebben na de termijn nog niets van zich laten horen?', 'list',
  {'province': 'Flevoland', 'state': ['no_reply']},
  'Flevoland cases without a reply after the deadline.', lambda s, c: P(s) == 'Flevoland' and nr(s))
L(39096, D, 'Hoeveel gemeenten hebben hun reactie nog niet ingestuurd terwijl de deadline voorbij is?', 'count',
  {'state': ['no_reply']}, 'Count of no-reply cases.', lambda s, c: nr(s))
F(39097, D, 'Welke vijf gemeenten lopen het verst achter?', 'unknown', {},
  'A ranking (cannot do).')
F(39098, D, 'Wat stuurde Heemskerk ons op 28 april 2026?', 'fact', {'gemeente': 'Heemskerk', 'fact': 'wrote', 'date': '2026-04-28'},
  'What Heemskerk sent on 28 April 2026.', lambda: wrote('Heemskerk', '2026-04-28'))
L(39099, D, 'Zijn er gemeenten in Groningen die al in trede 3 zitten?', 'list', {'province': 'Groningen', 'trede': 3},
  'Groningen cases on trede 3 (none).', lambda s, c: P(s) == 'Groningen' and c['trede'] == 3)
F(39100, D, 'Welke gemeenten in Twente hebben nog niet gereageerd?', 'unknown', {'state': ['no_reply']},
  'Twente has no border in the register: unknown, with the state understood.')

CLARIFY_OPTIONS = {
    39021: None,  # the Randstad: asked back; which choices it offers is not in the contract
    39050: {'options': ['no_reply', 'late']},
    39079: {'options': ['Bergen (L.)', 'Bergen (NH.)']},
    39088: {'options': ['gemeente Utrecht', 'provincie Utrecht']},
    39094: {'options': ['Boxtel', 'Oisterwijk', 'Tilburg', 'Vught']},
}


def main():
    assert len(Q) == 100 and [q['id'] for q in Q] == list(range(39001, 39101))
    with open(os.path.join(HERE, 'questions39_with_expected_sets.jsonl'), 'w', encoding='utf-8') as f:
        for q in Q:
            if q['intent'] in ('list', 'count'):
                gs = sorted(s['gemeente'] for s in CASES if q['pred'](s, s['case']))
                cnt, fact = len(gs), None
            else:
                gs, cnt = [], None
                fact = q['fact']() if q['fact'] else None
                if q['intent'] == 'clarify':
                    fact = CLARIFY_OPTIONS[q['id']]
            row = {'id': q['id'], 'q': q['q'], 'intent': q['intent'], 'filters': q['filters'],
                   'expected_gemeenten': gs, 'count': cnt, 'after': q['after'],
                   'as_staff': STAFF[q['who']], 'on': ON, 'meaning': q['meaning'], 'expected_fact': fact}
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    print(f'{len(Q)} questions written')


if __name__ == '__main__':
    main()
