#!/usr/bin/env python3
"""Recompute every expected set from `intent` + `filters` only (a generic filter engine over
status.json and due.json) and compare with questions35_with_expected_sets.jsonl.
For fact questions it also recomputes the value from `filters.gemeente` + `filters.fact`.
"""
import calendar
import datetime as dt
import json
import sys
from zoneinfo import ZoneInfo

FILE = sys.argv[1] if len(sys.argv) > 1 else "questions35_with_expected_sets.jsonl"
ST = json.load(open("status.json", encoding="utf-8"))
DUE = json.load(open("due.json", encoding="utf-8"))
BY = {d["gemeente"]: d for d in ST}
UNIVERSE = [d for d in ST if d["case"] is not None]
NO_REPLY = {r["gemeente"] for r in DUE if r["section"] == "overdue" and r["kind"] == "no_reply"}
AMS = ZoneInfo("Europe/Amsterdam")
KNOWN = {"gemeente", "province", "not_province", "not_gemeente", "not_trede", "letter_undelivered",
         "not_state", "trede", "owner", "no_owner", "state", "missing", "reason", "compliance",
         "expected_before", "expected_after", "termijn_from", "termijn_to", "fact", "date", "search"}


def as_list(v):
    return v if isinstance(v, list) else [v]


def interval(e):
    """(first day, last day) of YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn"""
    parts = e.split("-")
    y = int(parts[0])
    if len(parts) == 1:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if len(parts) == 3:
        day = dt.date(y, int(parts[1]), int(parts[2]))
        return day, day
    p = parts[1]
    if p[0] == "Q":
        m1, m2 = 3 * int(p[1]) - 2, 3 * int(p[1])
    elif p[0] == "H":
        m1, m2 = 6 * int(p[1]) - 5, 6 * int(p[1])
    else:
        m1 = m2 = int(p)
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def state_holds(s, d):
    c = d["case"]
    if s == "no_reply":
        return d["gemeente"] in NO_REPLY
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


def match(d, f):
    c = d["case"]
    if "province" in f and d["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and d["province"] in as_list(f["not_province"]):
        return False
    if "not_gemeente" in f and d["gemeente"] in as_list(f["not_gemeente"]):
        return False
    if "trede" in f and c["trede"] != f["trede"]:
        return False
    if "not_trede" in f and c["trede"] in as_list(f["not_trede"]):
        return False
    if "owner" in f and c["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and c["owner"] is not None:
        return False
    if f.get("letter_undelivered") and not c["letter_undelivered"]:
        return False
    if "compliance" in f and c["compliance"] != f["compliance"]:
        return False
    if any(not state_holds(s, d) for s in f.get("state", [])):
        return False
    if any(state_holds(s, d) for s in f.get("not_state", [])):
        return False
    if any(m not in c["missing"] for m in f.get("missing", [])):
        return False
    if "reason" in f and not all(r in d["reasons"] for r in as_list(f["reason"])):
        return False
    if "expected_before" in f or "expected_after" in f:
        if d["expected_date"] is None:
            return False
        first, last = interval(d["expected_date"])
        if "expected_before" in f and not last < dt.date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not first > dt.date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        if c["termijn"] is None:
            return False
        t = dt.date.fromisoformat(c["termijn"])
        if "termijn_from" in f and t < dt.date.fromisoformat(f["termijn_from"]):
            return False
        if "termijn_to" in f and t > dt.date.fromisoformat(f["termijn_to"]):
            return False
    return True


def fact(g, name, date):
    d = BY[g]
    c = d["case"]
    if name == "places":
        return {"realised": d["realised_total"], "planned": d["planned_total"]}
    if name in ("owner", "missing", "termijn", "trede", "compliance"):
        return c[name]
    if name == "expected":
        return d["expected_date"]
    if name == "reasons":
        return d["reasons"]
    if name == "reply":
        if c["reply_at"] is None or not c["answered"]:
            return {"reply_date": None, "on_time": None}
        day = dt.datetime.fromisoformat(c["reply_at"]).astimezone(AMS).date()
        return {"reply_date": day.isoformat(), "on_time": c["reply_on_time"],
                "days_after_termijn": (day - dt.date.fromisoformat(c["termijn"])).days}
    if name == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"], "received_at": m["received_at"]}
                for m in d["messages"]
                if dt.datetime.fromisoformat(m["received_at"]).astimezone(AMS).date().isoformat() == date]
    raise ValueError(name)


diffs = 0
rows = [json.loads(line) for line in open(FILE, encoding="utf-8")]
ids = {r["id"] for r in rows}
for r in rows:
    f = r["filters"]
    problems = []
    if set(f) - KNOWN:
        problems.append(f"unknown filter keys {set(f) - KNOWN}")
    if any(a not in ids or a >= r["id"] for a in r["after"]):
        problems.append("bad after")
    if r["intent"] in ("list", "count"):
        got = sorted(d["gemeente"] for d in UNIVERSE if match(d, f))
        if got != r["expected_gemeenten"] or r["count"] != len(got):
            problems.append(f"set differs: engine {len(got)} vs file {r['count']}: "
                            f"{sorted(set(got) ^ set(r['expected_gemeenten']))}")
    else:
        if r["expected_gemeenten"] != [] or r["count"] is not None:
            problems.append("non-list intent with a set")
        if r["intent"] == "fact":
            v = fact(f["gemeente"], f["fact"], f.get("date"))
            if v != r["expected_fact"]:
                problems.append(f"fact differs: {v!r} vs {r['expected_fact']!r}")
    if problems:
        diffs += 1
        print(r["id"], r["q"], "->", "; ".join(problems))
print(f"{len(rows)} questions; differences: {diffs}")
