"""Filter engine for make_questions.py (the expected sets are computed here, from status.json/due.json)."""
import calendar, json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

AMS = ZoneInfo("Europe/Amsterdam")
STATUS = json.load(open("status.json", encoding="utf-8"))
DUE = json.load(open("due.json", encoding="utf-8"))
CASES = [o for o in STATUS if o["case"]]
BY_NAME = {o["gemeente"]: o for o in STATUS}
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}


def interval(s):
    """expected_date string -> (first day, last day)."""
    if len(s) == 10:
        d = date.fromisoformat(s)
        return d, d
    y = int(s[:4])
    if len(s) == 4:
        return date(y, 1, 1), date(y, 12, 31)
    rest = s[5:]
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(rest)
    return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])


def state_holds(o, s):
    c = o["case"]
    if s == "no_reply":
        return o["gemeente"] in NO_REPLY
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
    if s == "suspended":
        return bool(c["suspended"])
    if s == "extended":
        return bool(c["extension_requested"])
    raise ValueError(s)


def as_list(v):
    return v if isinstance(v, list) else [v]


def matches(o, f):
    c = o["case"]
    for k, v in f.items():
        if k == "province":
            if o["province"] not in as_list(v):
                return False
        elif k == "not_province":
            if o["province"] in as_list(v):
                return False
        elif k == "not_gemeente":
            if o["gemeente"] in as_list(v):
                return False
        elif k == "trede":
            if c["trede"] != v:
                return False
        elif k == "not_trede":
            if c["trede"] in as_list(v):
                return False
        elif k == "owner":
            if c["owner"] != v:
                return False
        elif k == "no_owner":
            if c["owner"] is not None:
                return False
        elif k == "letter_undelivered":
            if not c["letter_undelivered"]:
                return False
        elif k == "compliance":
            if c["compliance"] != v:
                return False
        elif k == "state":
            if not all(state_holds(o, s) for s in v):
                return False
        elif k == "not_state":
            if any(state_holds(o, s) for s in v):
                return False
        elif k == "missing":
            if not all(m in (c["missing"] or []) for m in v):
                return False
        elif k == "reason":
            if v not in o["reasons"]:
                return False
        elif k in ("expected_before", "expected_after"):
            if not o["expected_date"]:
                return False
            a, b = interval(o["expected_date"])
            x = date.fromisoformat(v)
            if k == "expected_before" and not b < x:
                return False
            if k == "expected_after" and not a > x:
                return False
        elif k in ("termijn_from", "termijn_to"):
            if not c["termijn"]:
                return False
            t = date.fromisoformat(c["termijn"])
            x = date.fromisoformat(v)
            if k == "termijn_from" and t < x:
                return False
            if k == "termijn_to" and t > x:
                return False
        else:
            raise ValueError(k)
    return True


def select(f):
    return sorted(o["gemeente"] for o in CASES if matches(o, f))


def local_day(ts):
    return datetime.fromisoformat(ts).astimezone(AMS).date()


def fact(g, kind, day=None):
    o = BY_NAME[g]
    c = o["case"]
    if kind == "places":
        return {"realised": o["realised_total"], "planned": o["planned_total"]}
    if kind == "expected":
        return o["expected_date"]
    if kind == "owner":
        return c["owner"]
    if kind == "missing":
        return c["missing"]
    if kind == "termijn":
        return c["termijn"]
    if kind == "reasons":
        return o["reasons"]
    if kind == "trede":
        return c["trede"]
    if kind == "compliance":
        return c["compliance"]
    if kind == "reply":
        if not c["answered"]:
            return {"answered": False}
        d = local_day(c["reply_at"])
        return {"answered": True, "reply_date": d.isoformat(), "on_time": c["reply_on_time"],
                "days_after_termijn": (d - date.fromisoformat(c["termijn"])).days}
    if kind == "wrote":
        return [{"received_at": datetime.fromisoformat(m["received_at"]).astimezone(AMS).strftime("%Y-%m-%d %H:%M"),
                 "kind": m["kind"], "subject": m["subject"], "reference": m["reference"], "missing": m["missing"]}
                for m in sorted(o["messages"], key=lambda m: m["received_at"]) if local_day(m["received_at"]).isoformat() == day]
    if kind == "status":
        return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
                "termijn": c["termijn"], "answered": c["answered"], "overdue": c["overdue"],
                "missing": c["missing"], "expected_date": o["expected_date"]}
    raise ValueError(kind)
