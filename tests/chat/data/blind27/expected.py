#!/usr/bin/env python3
"""Expected answers for the q27 question set, computed from status.json and due.json by CONV-Q.md.

`python3 expected.py` recomputes expected_gemeenten / count / expected_fact for every line of
questions.jsonl and reports the differences (exit 1 when there is any).
"""
import calendar
import datetime as dt
import json
import os
import sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = ZoneInfo("Europe/Amsterdam")
REGIONS = {
    "Noord": ["Drenthe", "Friesland", "Groningen"],
    "Oost": ["Gelderland", "Overijssel"],
    "Zuid": ["Limburg", "Noord-Brabant", "Zeeland"],
}
LIST_INTENTS = {"list", "count"}


def load():
    status = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
    due = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
    by_name = {d["gemeente"]: d for d in status}
    no_reply = {x["gemeente"] for x in due if x["section"] == "overdue" and x["kind"] == "no_reply"}
    return by_name, no_reply


def d(s):
    return dt.date.fromisoformat(s)


def interval(v):
    """status.expected_date as (first day, last day)."""
    if v is None:
        return None
    if len(v) == 10:
        x = d(v)
        return x, x
    y = int(v[:4])
    if v[5] == "Q":
        q = int(v[6])
        m1, m2 = 3 * q - 2, 3 * q
    elif v[5] == "H":
        h = int(v[6])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(v[5:7])
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def as_set(v):
    if v is None:
        return None
    return set(v) if isinstance(v, list) else {v}


def state_holds(st, s, no_reply):
    c = st["case"]
    if s == "no_reply":
        return st["gemeente"] in no_reply
    if s == "unanswered":
        return not c["answered"]
    if s == "answered":
        return bool(c["answered"])
    if s == "late":
        return bool(c["answered"]) and c["reply_on_time"] is False
    if s == "on_time":
        return bool(c["answered"]) and c["reply_on_time"] is True
    if s == "incomplete":
        return c["state"] == "answered_incomplete"
    if s == "complete":
        return c["state"] == "answered_complete"
    if s == "extended":
        return bool(c["extension_requested"])
    if s == "suspended":
        return bool(c["suspended"])
    raise ValueError(s)


def matches(st, f, no_reply):
    c = st["case"]
    if c is None:
        return False
    if "province" in f and st["province"] not in as_set(f["province"]):
        return False
    if "not_province" in f and st["province"] in as_set(f["not_province"]):
        return False
    if "gemeente" in f and st["gemeente"] not in as_set(f["gemeente"]):
        return False
    if "not_gemeente" in f and st["gemeente"] in as_set(f["not_gemeente"]):
        return False
    if "trede" in f and c["trede"] != f["trede"]:
        return False
    if "not_trede" in f and c["trede"] in as_set(f["not_trede"]):
        return False
    if "owner" in f and c["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and c["owner"] is not None:
        return False
    if "letter_undelivered" in f and bool(c["letter_undelivered"]) != f["letter_undelivered"]:
        return False
    if "compliance" in f and c["compliance"] != f["compliance"]:
        return False
    for s in f.get("state", []):
        if not state_holds(st, s, no_reply):
            return False
    for s in f.get("not_state", []):
        if state_holds(st, s, no_reply):
            return False
    for m in f.get("missing", []):
        if m not in (c["missing"] or []):
            return False
    if "reason" in f and not (as_set(f["reason"]) <= set(st["reasons"])):
        return False
    if "expected_before" in f or "expected_after" in f:
        iv = interval(st["expected_date"])
        if iv is None:
            return False
        if "expected_before" in f and not iv[1] < d(f["expected_before"]):
            return False
        if "expected_after" in f and not iv[0] > d(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        if c["termijn"] is None:
            return False
        t = d(c["termijn"])
        if "termijn_from" in f and t < d(f["termijn_from"]):
            return False
        if "termijn_to" in f and t > d(f["termijn_to"]):
            return False
    return True


def local_day(ts):
    return dt.datetime.fromisoformat(ts).astimezone(TZ).date()


def fact_value(st, fact, f):
    c = st["case"]
    if fact == "places":
        return {"realised": st["realised_total"], "planned": st["planned_total"]}
    if fact == "expected":
        return st["expected_date"]
    if fact == "owner":
        return c["owner"]
    if fact == "missing":
        return c["missing"]
    if fact == "termijn":
        return c["termijn"]
    if fact == "reply":
        if not c["answered"] or not c["reply_at"]:
            return {"reply_date": None, "on_time": None, "days_after_termijn": None}
        day = local_day(c["reply_at"])
        days = (day - d(c["termijn"])).days if c["termijn"] else None
        return {"reply_date": day.isoformat(), "on_time": c["reply_on_time"], "days_after_termijn": days}
    if fact == "reasons":
        return st["reasons"]
    if fact == "trede":
        return c["trede"]
    if fact == "compliance":
        return c["compliance"]
    if fact == "wrote":
        day = d(f["date"])
        return [{"id": m["id"], "kind": m["kind"], "subject": m["subject"]}
                for m in st["messages"] if local_day(m["received_at"]) == day]
    raise ValueError(fact)


def status_summary(st):
    c = st["case"]
    return {"trede": c["trede"], "state": c["state"], "owner": c["owner"], "compliance": c["compliance"],
            "termijn": c["termijn"], "answered": c["answered"], "missing": c["missing"],
            "expected_date": st["expected_date"]}


def compute(q, by_name, no_reply):
    """Return (expected_gemeenten, count, expected_fact or KeyError-sentinel)."""
    f = q["filters"]
    if q["intent"] in LIST_INTENTS:
        gs = sorted(g for g, st in by_name.items() if matches(st, f, no_reply))
        return gs, len(gs), None
    if q["intent"] == "fact":
        return [], None, fact_value(by_name[f["gemeente"]], f["fact"], f)
    if q["intent"] == "status":
        return [], None, status_summary(by_name[f["gemeente"]])
    return [], None, None


def main():
    by_name, no_reply = load()
    diffs = 0
    n = 0
    for line in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8"):
        q = json.loads(line)
        n += 1
        gs, cnt, fact = compute(q, by_name, no_reply)
        if q["expected_gemeenten"] != gs or q["count"] != cnt:
            diffs += 1
            print(q["id"], "list/count differs:", q["count"], "vs", cnt)
        if q["intent"] in ("fact", "status"):
            if q.get("expected_fact") != fact:
                diffs += 1
                print(q["id"], "fact differs:", q.get("expected_fact"), "vs", fact)
        elif "expected_fact" in q:
            diffs += 1
            print(q["id"], "expected_fact on a non-fact question")
        g = q["filters"].get("gemeente")
        for name in ([g] if isinstance(g, str) else g or []) + (
                q["filters"].get("not_gemeente") if isinstance(q["filters"].get("not_gemeente"), list)
                else [q["filters"]["not_gemeente"]] if "not_gemeente" in q["filters"] else []):
            if name not in by_name:
                diffs += 1
                print(q["id"], "unknown municipality", name)
    print(f"{n} questions, differences: {diffs}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
