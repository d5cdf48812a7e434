"""Compute the expected answer of a labelled question from status.json / due.json (the dump of dump_status.py)."""
import calendar
import datetime as dt
import json
import os
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
AMS = ZoneInfo("Europe/Amsterdam")


def load():
    status = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
    due = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
    return status, due


STATUS, DUE = load()
CASES = {name: s for name, s in STATUS.items() if s["case"]}
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}


def as_list(v):
    return v if isinstance(v, list) else [v]


def interval(expected):
    """An expected date (day, month, quarter, half year, year) as (first day, last day)."""
    if expected is None:
        return None
    parts = expected.split("-")
    year = int(parts[0])
    if len(parts) == 3:
        d = dt.date.fromisoformat(expected)
        return d, d
    if len(parts) == 1:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    p = parts[1]
    if p.startswith("Q"):
        q = int(p[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif p.startswith("H"):
        h = int(p[1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(p)
    return dt.date(year, m1, 1), dt.date(year, m2, calendar.monthrange(year, m2)[1])


def state_holds(state, s):
    c = s["case"]
    if state == "no_reply":
        return s["gemeente"] in NO_REPLY
    if state == "unanswered":
        return not c["answered"]
    if state == "answered":
        return bool(c["answered"])
    if state == "late":
        return bool(c["answered"]) and c["reply_on_time"] is False
    if state == "on_time":
        return bool(c["answered"]) and c["reply_on_time"] is True
    if state == "incomplete":
        return c["state"] == "answered_incomplete"
    if state == "complete":
        return c["state"] == "answered_complete"
    if state == "extended":
        return bool(c["extension_requested"])
    if state == "suspended":
        return bool(c["suspended"])
    raise ValueError(state)


def matches(f, s):
    c = s["case"]
    if "province" in f and s["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and s["province"] in as_list(f["not_province"]):
        return False
    if "not_gemeente" in f and s["gemeente"] in as_list(f["not_gemeente"]):
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
    for st in f.get("state", []):
        if not state_holds(st, s):
            return False
    for st in f.get("not_state", []):
        if state_holds(st, s):
            return False
    for m in f.get("missing", []):
        if m not in c["missing"]:
            return False
    if "reason" in f and f["reason"] not in s["reasons"]:
        return False
    if "expected_before" in f or "expected_after" in f:
        iv = interval(s["expected_date"])
        if iv is None:
            return False
        if "expected_before" in f and not iv[1] < dt.date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not iv[0] > dt.date.fromisoformat(f["expected_after"]):
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


def select(f):
    return sorted(n for n, s in CASES.items() if matches(f, s))


def local_day(ts):
    return dt.datetime.fromisoformat(ts).astimezone(AMS).date()


def local_time(ts):
    return dt.datetime.fromisoformat(ts).astimezone(AMS).strftime("%Y-%m-%d %H:%M")


def fact(name, kind, date=None):
    s = STATUS[name]
    c = s["case"]
    if kind == "places":
        return {"realised": s["realised_total"], "planned": s["planned_total"]}
    if kind == "expected":
        return s["expected_date"]
    if kind == "owner":
        return c["owner"]
    if kind == "missing":
        return c["missing"]
    if kind == "termijn":
        return c["termijn"]
    if kind == "reply":
        if not c["answered"]:
            return {"answered": False, "termijn": c["termijn"], "overdue": c["overdue"]}
        day = local_day(c["reply_at"])
        diff = (day - dt.date.fromisoformat(c["termijn"])).days
        return {"reply_on": day.isoformat(), "on_time": c["reply_on_time"], "termijn": c["termijn"],
                "days_late": max(diff, 0), "days_before_termijn": max(-diff, 0)}
    if kind == "reasons":
        return s["reasons"]
    if kind == "trede":
        return c["trede"]
    if kind == "compliance":
        return c["compliance"]
    if kind == "wrote":
        msgs = [m for m in s["messages"] if date is None or local_day(m["received_at"]).isoformat() == date]
        return [{"received": local_time(m["received_at"]), "kind": m["kind"], "subject": m["subject"]}
                for m in sorted(msgs, key=lambda m: m["received_at"])]
    raise ValueError(kind)


def status_summary(name):
    s = STATUS[name]
    c = s["case"]
    return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
            "termijn": c["termijn"], "answered": c["answered"], "reply_on_time": c["reply_on_time"],
            "overdue": c["overdue"], "extension_requested": c["extension_requested"],
            "letter_undelivered": c["letter_undelivered"], "missing": c["missing"],
            "expected_date": s["expected_date"], "realised_total": s["realised_total"],
            "planned_total": s["planned_total"]}


def overview():
    from collections import Counter
    cs = [s["case"] for s in CASES.values()]
    return {"cases": len(cs),
            "by_trede": dict(sorted(Counter(str(c["trede"]) for c in cs).items())),
            "by_state": dict(sorted(Counter(c["state"] for c in cs).items())),
            "by_compliance": dict(sorted(Counter(str(c["compliance"]) for c in cs).items())),
            "no_reply": len(NO_REPLY), "answered": sum(1 for c in cs if c["answered"]),
            "extension_requested": sum(1 for c in cs if c["extension_requested"]),
            "letter_undelivered": sum(1 for c in cs if c["letter_undelivered"]),
            "no_owner": sum(1 for c in cs if c["owner"] is None)}
