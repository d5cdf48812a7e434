#!/usr/bin/env python3
"""Independent check of questions58_with_expected_sets.jsonl against status.json and due.json.
Shares no code with engine.py / make_questions.py: own reading of expected dates (as day ranges in
ordinal numbers), own filter test, own fact values. Prints every difference, then "differences: N"."""
import json, re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

rows = json.load(open("status.json", encoding="utf-8"))
due = json.load(open("due.json", encoding="utf-8"))
overdue_no_reply = set()
for d in due:
    if (d["section"], d["kind"]) == ("overdue", "no_reply"):
        overdue_no_reply.add(d["gemeente"])
universe = {r["gemeente"]: r for r in rows if r["case"] is not None}


def month_end(y, m):
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return nxt - timedelta(days=1)


def span(text):
    """expected date text -> (first ordinal, last ordinal)"""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        o = date(*map(int, m.groups())).toordinal()
        return o, o
    m = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if m:
        y, mo = map(int, m.groups())
        return date(y, mo, 1).toordinal(), month_end(y, mo).toordinal()
    m = re.fullmatch(r"(\d{4})-Q([1-4])", text)
    if m:
        y, qq = int(m.group(1)), int(m.group(2))
        return date(y, 3 * qq - 2, 1).toordinal(), month_end(y, 3 * qq).toordinal()
    m = re.fullmatch(r"(\d{4})-H([12])", text)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        first, last = (1, 6) if h == 1 else (7, 12)
        return date(y, first, 1).toordinal(), month_end(y, last).toordinal()
    raise ValueError(text)


def ordinal(iso):
    y, m, d = (int(p) for p in iso.split("-"))
    return date(y, m, d).toordinal()


STATES = {
    "no_reply": lambda r: r["gemeente"] in overdue_no_reply,
    "unanswered": lambda r: r["case"]["answered"] is False,
    "answered": lambda r: r["case"]["answered"] is True,
    "late": lambda r: r["case"]["answered"] is True and r["case"]["reply_on_time"] is False,
    "on_time": lambda r: r["case"]["answered"] is True and r["case"]["reply_on_time"] is True,
    "incomplete": lambda r: r["case"]["state"] == "answered_incomplete",
    "complete": lambda r: r["case"]["state"] == "answered_complete",
    "extended": lambda r: r["case"]["extension_requested"] is True,
    "suspended": lambda r: r["case"]["suspended"] is True,
}


def listify(v):
    if isinstance(v, list):
        return v
    return [v]


def keep(r, f):
    c = r["case"]
    tests = []
    for key, val in f.items():
        if key == "province":
            tests.append(r["province"] in listify(val))
        elif key == "not_province":
            tests.append(r["province"] not in listify(val))
        elif key == "gemeente":
            tests.append(r["gemeente"] in listify(val))
        elif key == "not_gemeente":
            tests.append(r["gemeente"] not in listify(val))
        elif key == "trede":
            tests.append(c["trede"] in listify(val))
        elif key == "not_trede":
            tests.append(c["trede"] not in listify(val))
        elif key == "owner":
            tests.append(c["owner"] == val)
        elif key == "no_owner":
            tests.append(c["owner"] is None)
        elif key == "letter_undelivered":
            tests.append(c["letter_undelivered"] is True)
        elif key == "compliance":
            tests.append(c["compliance"] == val)
        elif key == "state":
            tests.append(all(STATES[s](r) for s in val))
        elif key == "not_state":
            tests.append(not any(STATES[s](r) for s in val))
        elif key == "missing":
            tests.append(set(val).issubset(c["missing"]))
        elif key == "reason":
            tests.append(all(x in r["reasons"] for x in listify(val)))
        elif key == "expected_before":
            tests.append(bool(r["expected_date"]) and span(r["expected_date"])[1] < ordinal(val))
        elif key == "expected_after":
            tests.append(bool(r["expected_date"]) and span(r["expected_date"])[0] > ordinal(val))
        elif key == "termijn_from":
            tests.append(bool(c["termijn"]) and ordinal(c["termijn"]) >= ordinal(val))
        elif key == "termijn_to":
            tests.append(bool(c["termijn"]) and ordinal(c["termijn"]) <= ordinal(val))
        else:
            raise KeyError(key)
    return all(tests)


TZ = ZoneInfo("Europe/Amsterdam")


def day_of(ts):
    return datetime.fromisoformat(ts).astimezone(TZ).strftime("%Y-%m-%d")


def fact(f):
    r = universe[f["gemeente"]]
    c = r["case"]
    kind = f["fact"]
    simple = {"expected": r["expected_date"], "owner": c["owner"], "missing": c["missing"],
              "termijn": c["termijn"], "reasons": r["reasons"], "trede": c["trede"],
              "compliance": c["compliance"]}
    if kind in simple:
        return simple[kind]
    if kind == "places":
        return {"realised": r["realised_total"], "planned": r["planned_total"]}
    if kind == "reply":
        rd = day_of(c["reply_at"])
        delta = ordinal(rd) - ordinal(c["termijn"])
        return {"reply_date": rd, "termijn": c["termijn"], "on_time": c["reply_on_time"],
                "days_late": delta if delta > 0 else 0, "days_early": -delta if delta < 0 else 0}
    if kind == "wrote":
        return [{"id": m["id"], "kind": m["kind"], "subject": m["subject"]}
                for m in r["messages"] if day_of(m["received_at"]) == f["date"]]
    raise KeyError(kind)


diffs = 0
seen = {}
items = [json.loads(line) for line in open("questions58_with_expected_sets.jsonl", encoding="utf-8")]


def problem(i, msg):
    global diffs
    diffs += 1
    print(i, msg)


if len(items) != 100 or [x["id"] for x in items] != list(range(58001, 58101)):
    problem("-", "ids are not 58001..58100")
for x in items:
    i = x["id"]
    for a in x["after"]:
        if a not in seen:
            problem(i, f"after {a} is not an earlier question")
    if x["after"] != sorted(x["after"]):
        problem(i, "after not oldest first")
    if x["on"] != "2029-10-02":
        problem(i, "on")
    if x["as_staff"] not in (58501, 58502, 58503, 58504):
        problem(i, "as_staff")
    if x["intent"] in ("list", "count"):
        want = sorted(g for g, r in universe.items() if keep(r, x["filters"]))
        if want != x["expected_gemeenten"]:
            problem(i, f"set differs: {sorted(set(want) ^ set(x['expected_gemeenten']))}")
        if x["count"] != len(want):
            problem(i, f"count {x['count']} != {len(want)}")
        if x["expected_fact"] is not None:
            problem(i, "list/count with a fact")
    else:
        if x["expected_gemeenten"] != [] or x["count"] is not None:
            problem(i, "non-list with a set or count")
        if x["intent"] == "fact":
            if fact(x["filters"]) != x["expected_fact"]:
                problem(i, f"fact differs: {fact(x['filters'])!r} vs {x['expected_fact']!r}")
        elif x["intent"] == "status":
            r = universe[x["filters"]["gemeente"]]
            ef = x["expected_fact"]
            if (ef["trede"], ef["owner"], ef["state"], ef["compliance"], ef["termijn"], ef["missing"], ef["expected_date"]) != \
               (r["case"]["trede"], r["case"]["owner"], r["case"]["state"], r["case"]["compliance"], r["case"]["termijn"], r["case"]["missing"], r["expected_date"]):
                problem(i, "status summary differs")
        elif x["expected_fact"] is not None:
            problem(i, "unexpected fact")
    seen[i] = x

print("differences:", diffs)
