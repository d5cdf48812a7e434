#!/usr/bin/env python3
"""expected.py: a second, independent check of questions54_with_expected_sets.jsonl.

Recomputes every expected set, count and fact from status.json / due.json with its own code
(set algebra over precomputed indexes, its own reading of expected dates) and prints
"differences: N"."""
import json, os, sys
from datetime import date, datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
status = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
due = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions54_with_expected_sets.jsonl"), encoding="utf-8")]

rec = {s["gemeente"]: s for s in status if s["case"] is not None}
ALL = frozenset(rec)
problems = []


def idx(pred):
    return frozenset(n for n, s in rec.items() if pred(s, s["case"]))


no_reply = frozenset(r["gemeente"] for r in due if (r["section"], r["kind"]) == ("overdue", "no_reply"))
if no_reply != idx(lambda s, c: c["overdue"]):
    problems.append("due.json no_reply differs from case.overdue")
STATES = {
    "no_reply": no_reply,
    "unanswered": idx(lambda s, c: c["answered"] is False),
    "answered": idx(lambda s, c: c["answered"] is True),
    "late": idx(lambda s, c: c["answered"] is True and c["reply_on_time"] is False),
    "on_time": idx(lambda s, c: c["answered"] is True and c["reply_on_time"] is True),
    "incomplete": idx(lambda s, c: c["state"] == "answered_incomplete"),
    "complete": idx(lambda s, c: c["state"] == "answered_complete"),
    "suspended": idx(lambda s, c: c["suspended"] is True),
    "extended": idx(lambda s, c: c["extension_requested"] is True),
}


def month_end(y, m):
    return (date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1))


def span(e):
    """(first day, last day) of an expected date, parsed independently."""
    parts = e.split("-")
    y = int(parts[0])
    if len(parts) == 3:
        x = date(y, int(parts[1]), int(parts[2]))
        return x, x
    p = parts[1]
    if p[0] == "Q":
        first_m = {"1": 1, "2": 4, "3": 7, "4": 10}[p[1]]
        return date(y, first_m, 1), month_end(y, first_m + 2)
    if p[0] == "H":
        return (date(y, 1, 1), date(y, 6, 30)) if p[1] == "1" else (date(y, 7, 1), date(y, 12, 31))
    m = int(p)
    return date(y, m, 1), month_end(y, m)


def listify(v):
    return list(v) if isinstance(v, list) else [v]


def evaluate(f):
    s = set(ALL)
    for key, val in f.items():
        if key == "province":
            s &= {n for n in ALL if rec[n]["province"] in listify(val)}
        elif key == "not_province":
            s -= {n for n in ALL if rec[n]["province"] in listify(val)}
        elif key == "not_gemeente":
            s -= set(listify(val))
        elif key == "trede":
            s &= idx(lambda x, c: c["trede"] == val)
        elif key == "not_trede":
            s -= idx(lambda x, c: c["trede"] in listify(val))
        elif key == "owner":
            s &= idx(lambda x, c: c["owner"] == val)
        elif key == "no_owner":
            s &= idx(lambda x, c: (c["owner"] is None) == bool(val))
        elif key == "letter_undelivered":
            s &= idx(lambda x, c: c["letter_undelivered"] == val)
        elif key == "compliance":
            s &= idx(lambda x, c: c["compliance"] == val)
        elif key == "state":
            for st in val:
                s &= STATES[st]
        elif key == "not_state":
            for st in val:
                s -= STATES[st]
        elif key == "missing":
            s &= idx(lambda x, c: set(val) <= set(c["missing"]))
        elif key == "reason":
            s &= idx(lambda x, c: val in x["reasons"])
        elif key == "expected_before":
            lim = date.fromisoformat(val)
            s &= idx(lambda x, c: bool(x["expected_date"]) and span(x["expected_date"])[1] < lim)
        elif key == "expected_after":
            lim = date.fromisoformat(val)
            s &= idx(lambda x, c: bool(x["expected_date"]) and span(x["expected_date"])[0] > lim)
        elif key == "termijn_from":
            s &= idx(lambda x, c: c["termijn"] is not None and c["termijn"] >= val)
        elif key == "termijn_to":
            s &= idx(lambda x, c: c["termijn"] is not None and c["termijn"] <= val)
        else:
            problems.append(f"unknown filter key {key}")
    return sorted(s)


def ams_date(ts):
    # Europe/Amsterdam: CET (+1) with summer time (+2) from the last Sunday of March 01:00 UTC
    # to the last Sunday of October 01:00 UTC.
    t = datetime.fromisoformat(ts).astimezone(timezone.utc)
    y = t.year
    def last_sunday(m):
        d = month_end(y, m)
        return d - timedelta(days=(d.weekday() + 1) % 7)
    start = datetime.combine(last_sunday(3), datetime.min.time(), timezone.utc) + timedelta(hours=1)
    end = datetime.combine(last_sunday(10), datetime.min.time(), timezone.utc) + timedelta(hours=1)
    off = 2 if start <= t < end else 1
    return (t + timedelta(hours=off)).date()


def the_fact(kind, name, day):
    s = rec[name]
    c = s["case"]
    simple = {"expected": s["expected_date"], "owner": c["owner"], "missing": c["missing"],
              "termijn": c["termijn"], "trede": c["trede"], "compliance": c["compliance"],
              "reasons": s["reasons"]}
    if kind in simple:
        return simple[kind]
    if kind == "places":
        return {"realised": s["realised_total"], "planned": s["planned_total"]}
    if kind == "reply":
        rd = ams_date(c["reply_at"])
        delta = (rd - date.fromisoformat(c["termijn"])).days
        key = "days_after_termijn" if delta > 0 else "days_before_termijn"
        if (delta > 0) == bool(c["reply_on_time"]):
            problems.append(f"{name}: reply_on_time disagrees with the reply date")
        return {"reply_date": str(rd), "termijn": c["termijn"], "on_time": c["reply_on_time"], key: abs(delta)}
    if kind == "wrote":
        ms = sorted((m for m in s["messages"] if str(ams_date(m["received_at"])) == day), key=lambda m: m["received_at"])
        return [{"message_id": m["id"], "kind": m["kind"], "subject": m["subject"]} for m in ms]
    if kind == "status":
        return {"trede": c["trede"], "state": c["state"], "compliance": c["compliance"], "owner": c["owner"],
                "termijn": c["termijn"], "answered": c["answered"], "overdue": name in no_reply,
                "extension_requested": c["extension_requested"], "letter_undelivered": c["letter_undelivered"],
                "missing": c["missing"], "expected_date": s["expected_date"],
                "places": {"realised": s["realised_total"], "planned": s["planned_total"]}}
    problems.append(f"unknown fact {kind}")


diffs = 0
ids = [q["id"] for q in qs]
if ids != list(range(54001, 54101)):
    problems.append("ids are not 54001..54100 in order")
INTENTS = {"list", "count", "status", "fact", "help", "overview", "clarify", "unknown"}
asker = {54501: None, 54502: "Bart", 54503: "Leila", 54504: "Olaf"}
per = {}
for q in qs:
    per[q["as_staff"]] = per.get(q["as_staff"], 0) + 1
    if q["on"] != "2029-07-03" or q["as_staff"] not in asker or q["intent"] not in INTENTS:
        problems.append(f"{q['id']}: bad on/as_staff/intent")
    if q["after"] is not None:
        if not (isinstance(q["after"], list) and all(a < q["id"] for a in q["after"])):
            problems.append(f"{q['id']}: bad after")
        chain = [x for x in qs if x["id"] in q["after"]]
        if any(x["as_staff"] != q["as_staff"] for x in chain):
            problems.append(f"{q['id']}: follow-up of another person's question")
    f = q["filters"]
    for k in ("province", "not_province", "not_gemeente", "state", "missing"):
        if isinstance(f.get(k), list) and f[k] != sorted(f[k]):
            problems.append(f"{q['id']}: {k} not sorted")
    if q["intent"] in ("list", "count"):
        exp = evaluate(f)
        if exp != q["expected_gemeenten"] or q["count"] != len(exp) or q["expected_fact"] is not None:
            diffs += 1
            print(f"DIFF {q['id']}: {q['count']} vs {len(exp)}; {set(exp) ^ set(q['expected_gemeenten'])}")
    else:
        if q["expected_gemeenten"] != [] or q["count"] is not None:
            diffs += 1
            print(f"DIFF {q['id']}: non-list intent with a set or count")
        if q["intent"] in ("fact", "status"):
            g = f.get("gemeente")
            if g not in rec:
                diffs += 1
                print(f"DIFF {q['id']}: {g!r} has no case")
                continue
            val = the_fact(f["fact"] if q["intent"] == "fact" else "status", g, f.get("date"))
            if val != q["expected_fact"]:
                diffs += 1
                print(f"DIFF {q['id']}: fact {q['expected_fact']!r} vs {val!r}")
            if q["intent"] == "fact" and f["fact"] == "wrote" and not val:
                problems.append(f"{q['id']}: no message that day")
        elif q["expected_fact"] is not None:
            diffs += 1
            print(f"DIFF {q['id']}: expected_fact on a {q['intent']} question")
if per != {54501: 25, 54502: 25, 54503: 25, 54504: 25}:
    problems.append(f"persona counts {per}")
for p in problems:
    print("PROBLEM", p)
print(f"differences: {diffs + len(problems)}")
sys.exit(1 if diffs or problems else 0)
