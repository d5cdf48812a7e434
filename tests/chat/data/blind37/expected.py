#!/usr/bin/env python3
"""Generic engine: computes each question's answer from its intent + filters alone,
over status.json / due.json, and compares it with questionsNN_with_expected_sets.jsonl
(written by make_questions.py, which uses one hand-written predicate per question).

Usage: python3 expected.py [questions37_with_expected_sets.jsonl]
"""
import calendar
import datetime as dt
import json
import os
import sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
AMS = ZoneInfo("Europe/Amsterdam")

STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
BY_NAME = {s["gemeente"]: s for s in STATUS}
CASES = [s for s in STATUS if s["case"]]
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}


def as_list(v):
    return v if isinstance(v, list) else [v]


def interval(expected):
    """status.expected_date as (first day, last day)."""
    e = expected
    if len(e) == 10:
        d = dt.date.fromisoformat(e)
        return d, d
    y = int(e[:4])
    part = e[5:]
    if part.startswith("Q"):
        q = int(part[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif part.startswith("H"):
        h = int(part[1])
        m1, m2 = 6 * h - 5, 6 * h
    else:
        m1 = m2 = int(part)
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def local_day(iso):
    return dt.datetime.fromisoformat(iso).astimezone(AMS).date()


def state_holds(st, s):
    c = s["case"]
    if st == "no_reply":
        return s["gemeente"] in NO_REPLY
    if st == "unanswered":
        return not c["answered"]
    if st == "answered":
        return bool(c["answered"])
    if st == "late":
        return bool(c["answered"]) and c["reply_on_time"] is False
    if st == "on_time":
        return bool(c["answered"]) and c["reply_on_time"] is True
    if st == "incomplete":
        return c["state"] == "answered_incomplete"
    if st == "complete":
        return c["state"] == "answered_complete"
    if st == "extended":
        return bool(c["extension_requested"])
    if st == "suspended":
        return bool(c["suspended"])
    raise ValueError(st)


def matches(f, s):
    c = s["case"]
    if "province" in f and s["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and s["province"] in as_list(f["not_province"]):
        return False
    if "not_gemeente" in f and s["gemeente"] in as_list(f["not_gemeente"]):
        return False
    if "trede" in f and c["trede"] not in as_list(f["trede"]):
        return False
    if "not_trede" in f and c["trede"] in as_list(f["not_trede"]):
        return False
    if "owner" in f and c["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and c["owner"] is not None:
        return False
    if f.get("letter_undelivered") and not c["letter_undelivered"]:
        return False
    if "compliance" in f and c["compliance"] not in as_list(f["compliance"]):
        return False
    if any(not state_holds(st, s) for st in f.get("state", [])):
        return False
    if any(state_holds(st, s) for st in f.get("not_state", [])):
        return False
    if any(m not in c["missing"] for m in f.get("missing", [])):
        return False
    if "reason" in f and any(r not in s["reasons"] for r in as_list(f["reason"])):
        return False
    if "expected_before" in f or "expected_after" in f:
        if not s["expected_date"]:
            return False
        first, last = interval(s["expected_date"])
        if "expected_before" in f and not last < dt.date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not first > dt.date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        if not c["termijn"]:
            return False
        t = dt.date.fromisoformat(c["termijn"])
        if "termijn_from" in f and t < dt.date.fromisoformat(f["termijn_from"]):
            return False
        if "termijn_to" in f and t > dt.date.fromisoformat(f["termijn_to"]):
            return False
    return True


def select(f):
    return sorted(s["gemeente"] for s in CASES if matches(f, s))


def reply_fact(s):
    c = s["case"]
    if c is None:
        return {"case": None}
    if not c["answered"]:
        return {"answered": False, "termijn": c["termijn"], "no_reply_overdue": s["gemeente"] in NO_REPLY}
    r = local_day(c["reply_at"])
    t = dt.date.fromisoformat(c["termijn"])
    return {"reply_on": r.isoformat(), "on_time": c["reply_on_time"], "days": abs((r - t).days)}


def status_fact(s):
    c = s["case"]
    if c is None:
        return {"case": None}
    return {"state": c["state"], "trede": c["trede"], "compliance": c["compliance"], "owner": c["owner"],
            "termijn": c["termijn"], "missing": c["missing"]}


def fact_value(fact, s, f):
    c = s["case"]
    if fact == "reply":
        return reply_fact(s)
    if c is None:
        return {"case": None}
    if fact == "places":
        return {"realised": s["realised_total"], "planned": s["planned_total"]}
    if fact == "expected":
        return s["expected_date"]
    if fact == "owner":
        return c["owner"]
    if fact == "missing":
        return c["missing"]
    if fact == "termijn":
        return c["termijn"]
    if fact == "reasons":
        return sorted(s["reasons"])
    if fact == "trede":
        return c["trede"]
    if fact == "compliance":
        return c["compliance"]
    if fact == "wrote":
        day = dt.date.fromisoformat(f["date"])
        return sorted(({"kind": m["kind"], "subject": m["subject"]} for m in s["messages"]
                       if local_day(m["received_at"]) == day), key=lambda m: m["subject"])
    raise ValueError(fact)


def overview():
    def n(st):
        return sum(1 for s in CASES if state_holds(st, s))
    return {"cases": len(CASES), "no_reply": n("no_reply"), "answered": n("answered"), "late": n("late"),
            "incomplete": n("incomplete"), "extended": n("extended"),
            "voldoet_niet": sum(1 for s in CASES if s["case"]["compliance"] == "voldoet_niet")}


def answer(q):
    intent, f = q["intent"], q["filters"]
    if intent in ("list", "count"):
        g = select(f)
        return g, len(g), None
    if intent == "fact":
        return [], None, fact_value(f["fact"], BY_NAME[f["gemeente"]], f)
    if intent == "status":
        return [], None, status_fact(BY_NAME[f["gemeente"]])
    if intent == "overview":
        return [], None, overview()
    return [], None, None  # help, unknown, clarify (the choices are in `meaning`)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "questions37_with_expected_sets.jsonl")
    qs = [json.loads(l) for l in open(path, encoding="utf-8")]
    diffs = 0
    for q in qs:
        g, n, fact = answer(q)
        if (g, n, fact) != (q["expected_gemeenten"], q["count"], q["expected_fact"]):
            diffs += 1
            print(f"DIFF {q['id']}: engine {g} {n} {fact!r}\n    file   {q['expected_gemeenten']} {q['count']} {q['expected_fact']!r}")
    print(f"{len(qs)} questions; differences: {diffs}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
