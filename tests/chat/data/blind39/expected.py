#!/usr/bin/env python3
"""expected.py: a generic engine that computes the answer of every question from its intent and
filters alone (plus `on`), over status.json / due.json, and compares it with what make_questions.py
wrote into questions39_with_expected_sets.jsonl. Prints "N questions; differences: D"."""
import json
import os
import sys
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
QFILE = os.path.join(HERE, 'questions39_with_expected_sets.jsonl')
S = json.load(open(os.path.join(HERE, 'status.json'), encoding='utf-8'))
DUE = json.load(open(os.path.join(HERE, 'due.json'), encoding='utf-8'))
BY = {s['gemeente']: s for s in S}
CASES = [s for s in S if s['case']]
NO_REPLY = {x['gemeente'] for x in DUE if x['section'] == 'overdue' and x['kind'] == 'no_reply'}
AMS = ZoneInfo('Europe/Amsterdam')


def as_list(v):
    return v if isinstance(v, list) else [v]


def interval(e):
    """An expected date (day, month, quarter, half year) as its first and last day."""
    y = int(e[:4])
    if len(e) == 10:
        x = date.fromisoformat(e)
        return x, x
    k = e[5:]
    if k[0] == 'Q':
        a = 3 * int(k[1]) - 2
        b = a + 2
    elif k[0] == 'H':
        a, b = (1, 6) if k[1] == '1' else (7, 12)
    else:
        a = b = int(k)
    end = date(y + 1, 1, 1) if b == 12 else date(y, b + 1, 1)
    return date(y, a, 1), end - timedelta(days=1)


def state_holds(st, s):
    c = s['case']
    return {
        'no_reply': lambda: s['gemeente'] in NO_REPLY,
        'unanswered': lambda: not c['answered'],
        'answered': lambda: bool(c['answered']),
        'late': lambda: bool(c['answered']) and c['reply_on_time'] is False,
        'on_time': lambda: bool(c['answered']) and c['reply_on_time'] is True,
        'incomplete': lambda: c['state'] == 'answered_incomplete',
        'complete': lambda: c['state'] == 'answered_complete',
        'suspended': lambda: bool(c['suspended']),
        'extended': lambda: bool(c['extension_requested']),
    }[st]()


def matches(f, s):
    c = s['case']
    if 'province' in f and s['province'] not in as_list(f['province']):
        return False
    if 'not_province' in f and s['province'] in as_list(f['not_province']):
        return False
    if 'not_gemeente' in f and s['gemeente'] in as_list(f['not_gemeente']):
        return False
    if 'gemeente' in f and s['gemeente'] != f['gemeente']:
        return False
    if 'trede' in f and c['trede'] not in as_list(f['trede']):
        return False
    if 'not_trede' in f and c['trede'] in as_list(f['not_trede']):
        return False
    if 'owner' in f and c['owner'] != f['owner']:
        return False
    if f.get('no_owner') and c['owner'] is not None:
        return False
    if 'letter_undelivered' in f and bool(c['letter_undelivered']) != f['letter_undelivered']:
        return False
    if 'compliance' in f and c['compliance'] not in as_list(f['compliance']):
        return False
    if any(not state_holds(x, s) for x in f.get('state', [])):
        return False
    if any(state_holds(x, s) for x in f.get('not_state', [])):
        return False
    if any(m not in c['missing'] for m in f.get('missing', [])):
        return False
    if 'reason' in f and any(r not in s['reasons'] for r in as_list(f['reason'])):
        return False
    if 'expected_before' in f or 'expected_after' in f:
        if not s['expected_date']:
            return False
        first, last = interval(s['expected_date'])
        if 'expected_before' in f and not last < date.fromisoformat(f['expected_before']):
            return False
        if 'expected_after' in f and not first > date.fromisoformat(f['expected_after']):
            return False
    if 'termijn_from' in f or 'termijn_to' in f:
        if not c['termijn']:
            return False
        if 'termijn_from' in f and c['termijn'] < f['termijn_from']:
            return False
        if 'termijn_to' in f and c['termijn'] > f['termijn_to']:
            return False
    return True


def local_day(ts):
    return datetime.fromisoformat(ts).astimezone(AMS).date()


def fact(f):
    s = BY[f['gemeente']]
    c = s['case']
    k = f['fact']
    if k == 'places':
        return {'realised': s['realised_total'], 'planned': s['planned_total']}
    if k == 'expected':
        return s['expected_date']
    if k == 'owner':
        return c['owner']
    if k == 'missing':
        return c['missing']
    if k == 'termijn':
        return c['termijn']
    if k == 'reasons':
        return s['reasons']
    if k == 'trede':
        return c['trede']
    if k == 'compliance':
        return c['compliance']
    if k == 'reply':
        day = local_day(c['reply_at'])
        return {'reply_date': day.isoformat(), 'termijn': c['termijn'], 'on_time': c['reply_on_time'],
                'days_after_termijn': (day - date.fromisoformat(c['termijn'])).days}
    if k == 'wrote':
        return [{'kind': m['kind'], 'subject': m['subject'], 'reference': m['reference']}
                for m in s['messages'] if local_day(m['received_at']).isoformat() == f['date']]
    raise ValueError(k)


def status(g):
    s = BY[g]
    c = s['case']
    keys = ('trede', 'state', 'compliance', 'owner', 'termijn', 'answered', 'overdue', 'missing')
    return {'gemeente': g, **{k: c[k] for k in keys}, 'expected_date': s['expected_date']}


def answer(q):
    """(gemeenten, count, fact or the string 'not-derived') for one question."""
    i, f = q['intent'], q['filters']
    if i in ('list', 'count'):
        gs = sorted(s['gemeente'] for s in CASES if matches(f, s))
        return gs, len(gs), None
    if i == 'fact':
        return [], None, fact(f)
    if i == 'status':
        return [], None, status(f['gemeente'])
    if i == 'overview':
        return [], None, {'cases': len(CASES), 'no_reply': len(NO_REPLY),
                          'answered': sum(1 for s in CASES if s['case']['answered'])}
    if i in ('help', 'unknown'):
        return [], None, None
    if i == 'clarify':
        return [], None, 'not-derived'   # the choices come from the words, not from the filters
    raise ValueError(i)


def main():
    rows = [json.loads(x) for x in open(QFILE, encoding='utf-8')]
    ids = {r['id'] for r in rows}
    diffs = 0
    for r in rows:
        gs, n, fa = answer(r)
        problems = []
        if gs != r['expected_gemeenten']:
            problems.append(f"gemeenten {sorted(set(gs) ^ set(r['expected_gemeenten']))}")
        if n != r['count']:
            problems.append(f"count {n} != {r['count']}")
        if fa != 'not-derived' and fa != r['expected_fact']:
            problems.append(f"fact {fa!r} != {r['expected_fact']!r}")
        if any(a not in ids or a >= r['id'] for a in r['after']):
            problems.append('after points at an unknown or later id')
        if r['intent'] in ('fact', 'status') and r['filters'].get('gemeente') not in BY:
            problems.append('gemeente is not an official name')
        if problems:
            diffs += 1
            print(r['id'], r['q'], '→', '; '.join(problems), file=sys.stderr)
    print(f'{len(rows)} questions; differences: {diffs}')
    return 1 if diffs else 0


if __name__ == '__main__':
    sys.exit(main())
