#!/usr/bin/env python3
"""Recompute every expected set (and fact) of questions51_with_expected_sets.jsonl from status.json and
due.json, independently of make_questions.py, and print the number of differences."""
import json, os, re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
status = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
due = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
rows = [json.loads(l) for l in open(os.path.join(HERE, "questions51_with_expected_sets.jsonl"), encoding="utf-8")]
by = {s["gemeente"]: s for s in status}
overdue = {d["gemeente"]: d["days_overdue"] for d in due if (d["section"], d["kind"]) == ("overdue", "no_reply")}

INTENTS = {"list", "count", "fact", "status", "help", "overview", "clarify", "unknown"}
SLOTS = {"gemeente", "province", "not_province", "not_gemeente", "not_trede", "letter_undelivered", "not_state",
         "trede", "owner", "no_owner", "state", "missing", "reason", "compliance", "expected_before",
         "expected_after", "termijn_from", "termijn_to", "fact", "date", "search"}
STAFF = {51501: "Henk", 51502: "Ayla", 51503: "Bas", 51504: "Noor"}
diffs = []


def diff(i, what):
    diffs.append(f"{i}: {what}")


def bounds(e):
    """first and last day of YYYY-MM-DD / YYYY-MM / YYYY-Qn / YYYY-Hn"""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", e)
    if m:
        d = date.fromisoformat(e)
        return d, d
    y = int(e[:4])
    m = re.fullmatch(r"\d{4}-(\d{2})", e)
    if m:
        a = b = int(m.group(1))
    elif e[5] == "Q":
        b = 3 * int(e[6]); a = b - 2
    elif e[5] == "H":
        b = 6 * int(e[6]); a = b - 5
    else:
        raise ValueError(e)
    nxt = date(y + 1, 1, 1) if b == 12 else date(y, b + 1, 1)
    return date(y, a, 1), nxt - timedelta(days=1)


def L(v):
    return list(v) if isinstance(v, list) else [v]


def st(s, name):
    c = s["case"]
    return {
        "no_reply": s["gemeente"] in overdue,
        "unanswered": not c["answered"],
        "answered": c["answered"] is True,
        "late": c["answered"] is True and c["reply_on_time"] is False,
        "on_time": c["answered"] is True and c["reply_on_time"] is True,
        "incomplete": c["state"] == "answered_incomplete",
        "complete": c["state"] == "answered_complete",
        "extended": c["extension_requested"] is True,
        "suspended": c["suspended"] is True,
    }[name]


def keep(s, f):
    c = s["case"]
    tests = []
    tests.append(s["province"] in L(f["province"]) if "province" in f else True)
    tests.append(s["province"] not in L(f.get("not_province", [])))
    tests.append(s["gemeente"] not in L(f.get("not_gemeente", [])))
    tests.append(c["trede"] == f["trede"] if "trede" in f else True)
    tests.append(c["trede"] not in L(f.get("not_trede", [])))
    tests.append(c["owner"] == f["owner"] if "owner" in f else True)
    tests.append(c["owner"] is None if f.get("no_owner") else True)
    tests.append(c["letter_undelivered"] is True if f.get("letter_undelivered") else True)
    tests.append(c["compliance"] == f["compliance"] if "compliance" in f else True)
    tests.append(all(st(s, x) for x in f.get("state", [])))
    tests.append(not any(st(s, x) for x in f.get("not_state", [])))
    tests.append(set(f.get("missing", [])) <= set(c["missing"]))
    tests.append(f["reason"] in s["reasons"] if "reason" in f else True)
    if "expected_before" in f or "expected_after" in f:
        if s["expected_date"] is None:
            return False
        a, b = bounds(s["expected_date"])
        if "expected_before" in f:
            tests.append(b < date.fromisoformat(f["expected_before"]))
        if "expected_after" in f:
            tests.append(a > date.fromisoformat(f["expected_after"]))
    if "termijn_from" in f or "termijn_to" in f:
        if c["termijn"] is None:
            return False
        t = c["termijn"]  # ISO strings compare as dates
        tests.append(f.get("termijn_from", "0000-00-00") <= t <= f.get("termijn_to", "9999-99-99"))
    return all(tests)


def day(ts):
    return datetime.fromisoformat(ts).astimezone(ZoneInfo("Europe/Amsterdam")).strftime("%Y-%m-%d")


def reply(s):
    c = s["case"]
    if not c["answered"]:
        return {"reply_date": None, "termijn": c["termijn"], "no_reply_overdue": s["gemeente"] in overdue,
                "days_overdue": overdue.get(s["gemeente"])}
    r = day(c["reply_at"])
    late = 0
    if c["reply_on_time"] is False:
        late = (date.fromisoformat(r) - date.fromisoformat(c["termijn"])).days
    return {"reply_date": r, "termijn": c["termijn"], "on_time": c["reply_on_time"], "days_late": late}


def fact(f):
    s = by[f["gemeente"]]
    c = s["case"]
    k = f["fact"]
    if k == "places":
        return {"realised": s["realised_total"], "planned": s["planned_total"]}
    if k == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"], "reference": m["reference"]}
                for m in s["messages"] if day(m["received_at"]) == f["date"]]
    if k == "reply":
        return reply(s)
    return {"expected": s["expected_date"], "owner": c["owner"], "missing": c["missing"], "termijn": c["termijn"],
            "reasons": s["reasons"], "trede": c["trede"], "compliance": c["compliance"]}[k]


def summary(g):
    s = by[g]
    c = s["case"]
    return {"trede": c["trede"], "state": c["state"], "owner": c["owner"], "termijn": c["termijn"],
            "answered": c["answered"], "reply": reply(s), "compliance": c["compliance"], "missing": c["missing"],
            "extension_requested": c["extension_requested"], "letter_undelivered": c["letter_undelivered"],
            "expected_date": s["expected_date"],
            "places": {"realised": s["realised_total"], "planned": s["planned_total"]}}


def overview(f):
    xs = [s for s in status if keep(s, f)]
    cnt = lambda name: len([s for s in xs if st(s, name)])
    tre = {}
    for s in xs:
        tre[str(s["case"]["trede"])] = tre.get(str(s["case"]["trede"]), 0) + 1
    return {"cases": len(xs), "no_reply": cnt("no_reply"), "answered": cnt("answered"), "late": cnt("late"),
            "incomplete": cnt("incomplete"), "complete": cnt("complete"), "extended": cnt("extended"),
            "letter_undelivered": len([s for s in xs if s["case"]["letter_undelivered"]]),
            "trede": dict(sorted(tre.items())),
            "compliance": {k: len([s for s in xs if s["case"]["compliance"] == k])
                           for k in ("voldoet", "voldoet_gedeeltelijk", "voldoet_niet")}}


# structure
if [r["id"] for r in rows] != list(range(51001, 51101)):
    diff("all", "ids are not 51001..51100 in order")
seen = set()
for r in rows:
    i, f = r["id"], r["filters"]
    if r["intent"] not in INTENTS:
        diff(i, f"intent {r['intent']}")
    if set(f) - SLOTS:
        diff(i, f"unknown slots {set(f) - SLOTS}")
    if r["as_staff"] not in STAFF or r["on"] != "2029-04-10":
        diff(i, "as_staff/on")
    if not set(r["after"]) <= seen:
        diff(i, f"after {r['after']} not earlier")
    seen.add(i)
    if f.get("owner") and f["owner"] not in STAFF.values():
        diff(i, "owner is not a staff name")
    if f.get("gemeente") and f["gemeente"] not in by:
        diff(i, "gemeente without a case")
    if r["intent"] in ("list", "count"):
        exp = sorted(s["gemeente"] for s in status if keep(s, f))
        if exp != r["expected_gemeenten"]:
            diff(i, f"set: file {r['expected_gemeenten']} recomputed {exp}")
        if r["count"] != len(exp):
            diff(i, f"count {r['count']} != {len(exp)}")
        if r["expected_fact"] is not None:
            diff(i, "list/count with a fact")
    else:
        if r["expected_gemeenten"] != [] or r["count"] is not None:
            diff(i, "non-list with a set or count")
        if r["intent"] == "fact":
            if fact(f) != r["expected_fact"]:
                diff(i, f"fact: file {r['expected_fact']} recomputed {fact(f)}")
        elif r["intent"] == "status":
            if summary(f["gemeente"]) != r["expected_fact"]:
                diff(i, "status summary")
        elif r["intent"] == "overview":
            if overview(f) != r["expected_fact"]:
                diff(i, f"overview: file {r['expected_fact']} recomputed {overview(f)}")
        elif r["expected_fact"] is not None:
            diff(i, "help/clarify/unknown with a fact")
per = {}
for r in rows:
    per[r["as_staff"]] = per.get(r["as_staff"], 0) + 1
if sorted(per.values()) != [25, 25, 25, 25]:
    diff("all", f"questions per staff {per}")
for d in diffs:
    print(d)
print(f"differences: {len(diffs)}")
