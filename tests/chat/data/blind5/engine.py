"""Semantics used for the q5 expectations: filters (README key names) -> set of municipalities,
computed only from due.json (due --on 2027-01-11 --json) and status.json (status NAME --json per case)."""
import calendar, datetime as dt, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
ON = dt.date(2027, 1, 11)
STAFF = {"700101": "Marloes", "700102": "Jeroen", "700103": "Ayla", "700104": "Pieter"}

NO_REPLY = {x["gemeente"] for x in DUE if x["section"] == "overdue" and x["kind"] == "no_reply"}
EXT_DUE = {x["gemeente"] for x in DUE if x["section"] == "overdue" and x["kind"] == "extension_requested"}


def period(exp):
    """expected_date string -> (first day, last day)."""
    if exp is None:
        return None
    y = int(exp[:4])
    rest = exp[5:]
    if not rest:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m3 = 3 * q - 2, 3 * q
        return dt.date(y, m1, 1), dt.date(y, m3, calendar.monthrange(y, m3)[1])
    if rest.startswith("H"):
        h = int(rest[1])
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    if len(rest) == 2:
        m = int(rest)
        return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
    d = dt.date.fromisoformat(exp)
    return d, d


def state_ok(g, v, st):
    c = v["case"]
    if st == "no_reply":
        return g in NO_REPLY
    if st == "unanswered":
        return not c["answered"]
    if st == "answered":
        return bool(c["answered"])
    if st == "late":
        return c["reply_on_time"] is False
    if st == "on_time":
        return c["reply_on_time"] is True
    if st == "incomplete":
        return c["state"] == "answered_incomplete"
    if st == "complete":
        return c["state"] == "answered_complete"
    if st == "suspended":
        return bool(c["suspended"])
    if st == "extended":
        return bool(c["extension_requested"]) or g in EXT_DUE
    raise ValueError(st)


def match(g, v, f, as_staff=None):
    c = v["case"]
    if "gemeente" in f and g != f["gemeente"]:
        return False
    if "province" in f and v["province"] != f["province"]:
        return False
    if "trede" in f and c["trede"] != f["trede"]:
        return False
    if "owner" in f:
        want = f["owner"]
        if want == "mijn":
            want = STAFF[as_staff]
        if c["owner"] != want:
            return False
    if f.get("no_owner") and c["owner"] is not None:
        return False
    for st in f.get("state", []):
        if not state_ok(g, v, st):
            return False
    if "missing" in f and not set(f["missing"]) <= set(c["missing"] or []):
        return False
    if "reason" in f and f["reason"] not in (v["reasons"] or []):
        return False
    if "compliance" in f and c["compliance"] != f["compliance"]:
        return False
    if "expected_before" in f or "expected_after" in f:
        p = period(v["expected_date"])
        if p is None:
            return False
        if "expected_before" in f and not p[1] < dt.date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not p[0] > dt.date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        t = c["termijn"]
        if t is None:
            return False
        t = dt.date.fromisoformat(t)
        if "termijn_from" in f and t < dt.date.fromisoformat(f["termijn_from"]):
            return False
        if "termijn_to" in f and t > dt.date.fromisoformat(f["termijn_to"]):
            return False
    return True


def select(f, as_staff=None):
    return sorted(g for g, v in STATUS.items() if match(g, v, f, as_staff))
