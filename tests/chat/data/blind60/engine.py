"""Filter engine for the question set: filters (README `ask --json` slots) -> sorted municipality names.

Reads status.json and due.json (both written by dump_status.py). Conventions from /work/blind/CONV-Q.md.
"""
import calendar
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
BY_NAME = {d["gemeente"]: d for d in STATUS}
CASES = [d for d in STATUS if d["case"]]
NO_REPLY = {x["gemeente"] for x in DUE if x["section"] == "overdue" and x["kind"] == "no_reply"}


def _as_list(v):
    return v if isinstance(v, list) else [v]


def expected_interval(s):
    """'2027-Q2' -> (2027-04-01, 2027-06-30); '2027-H1', '2027-03', '2027-03-01' likewise."""
    if not s:
        return None
    y = int(s[:4])
    rest = s[5:]
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    elif len(rest) == 2:
        m1 = m2 = int(rest)
    else:
        d = dt.date.fromisoformat(s)
        return d, d
    return dt.date(y, m1, 1), dt.date(y, m2, calendar.monthrange(y, m2)[1])


def state_holds(st, d):
    c = d["case"]
    if st == "no_reply":
        return d["gemeente"] in NO_REPLY
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


def matches(f, d):
    c = d["case"]
    if "province" in f and d["province"] not in _as_list(f["province"]):
        return False
    if "not_province" in f and d["province"] in _as_list(f["not_province"]):
        return False
    if "gemeente" in f and d["gemeente"] not in _as_list(f["gemeente"]):
        return False
    if "not_gemeente" in f and d["gemeente"] in _as_list(f["not_gemeente"]):
        return False
    if "trede" in f and c["trede"] not in _as_list(f["trede"]):
        return False
    if "not_trede" in f and c["trede"] in _as_list(f["not_trede"]):
        return False
    if "owner" in f and c["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and c["owner"] is not None:
        return False
    if f.get("letter_undelivered") and not c["letter_undelivered"]:
        return False
    if "compliance" in f and c["compliance"] != f["compliance"]:
        return False
    for st in f.get("state", []):
        if not state_holds(st, d):
            return False
    for st in f.get("not_state", []):
        if state_holds(st, d):
            return False
    for m in f.get("missing", []):
        if m not in c["missing"]:
            return False
    if "reason" in f:
        for r in _as_list(f["reason"]):
            if r not in d["reasons"]:
                return False
    if "expected_before" in f or "expected_after" in f:
        iv = expected_interval(d["expected_date"])
        if iv is None:
            return False
        if "expected_before" in f and not iv[1] < dt.date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not iv[0] > dt.date.fromisoformat(f["expected_after"]):
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
    return sorted(d["gemeente"] for d in CASES if matches(f, d))
